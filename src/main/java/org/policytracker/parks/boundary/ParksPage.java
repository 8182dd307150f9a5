package org.policytracker.parks.boundary;

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
    private Integer year = java.time.LocalDate.now(Shanghai.ZONE).getYear();

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
            long id = forms.open(parkId, type, year);
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

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
}
