package org.policytracker.parks.boundary;

import java.util.HashMap;
import java.util.Map;
import org.policytracker.platform.time.Shanghai;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.policytracker.parks.entity.FilingType;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.platform.web.Language;
import org.policytracker.platform.rest.AccessDeniedException;

/** The parks page (parks/index.xhtml): each park's plan and latest annual report; a committee opens new ones. */
@Named
@ViewScoped
public class ParksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FilingForms forms;

    @Inject
    Language language;

    private List<FilingForms.ParkLine> lines;
    /** Each own park's year for a new plan or report, typed beside its buttons (this year unless changed). */
    private final Map<Long, String> years = new HashMap<>();

    public List<FilingForms.ParkLine> getLines() {
        if (lines == null) {
            lines = forms.parks(language.isEnglish());
        }
        return lines;
    }

    public String newPlan(long parkId) {
        return open(parkId, FilingType.PLAN);
    }

    public String newReport(long parkId) {
        return open(parkId, FilingType.ANNUAL_REPORT);
    }

    private String open(long parkId, FilingType type) {
        try {
            long id = forms.open(parkId, type, yearOf(parkId));
            return "/parks/filing?faces-redirect=true&id=" + id;
        } catch (InvalidRequestException e) {
            e.problems().forEach(p -> error(language.message(p.messageKey(), p.args())));
        } catch (AccessDeniedException e) {
            error(language.message(e.messageKey()));
        }
        return null;
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** The year typed for the park (this year when left as it was); a year that is no number is refused by field. */
    private Integer yearOf(long parkId) {
        String typed = years.get(parkId);
        if (typed == null || typed.isBlank()) {
            return java.time.LocalDate.now(Shanghai.ZONE).getYear();
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("year", "parks.year.invalid");
        }
    }

    /** Per park, as EL writes it: {@code #{parksPage.years[l.parkId()]}}. */
    public Map<Long, String> getYears() {
        getLines().forEach(l -> years.putIfAbsent(l.parkId(), String.valueOf(java.time.LocalDate.now(Shanghai.ZONE).getYear())));
        return years;
    }
}
