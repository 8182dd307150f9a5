package org.policytracker.plans.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.platform.web.Language;

/** The plan pages: the list (with a search) and one plan's task tree with lights and targets. */
@Named
@RequestScoped
public class PlansPage {

    @Inject
    PlanPages pages;

    @Inject
    Language language;

    private String q;
    private Long id;
    private List<PlanPages.PlanLine> plans;
    private PlanPages.PlanDetail plan;
    private boolean missing;

    public List<PlanPages.PlanLine> getPlans() {
        if (plans == null) {
            plans = pages.list(q, language.isEnglish());
        }
        return plans;
    }

    public PlanPages.PlanDetail getPlan() {
        if (id == null) {
            // a postback from the page's own form (the task list in Excel) carries the plan as "id": the page must be
            // there when Faces decides, early in the request, which of its parts to process
            String posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            id = posted != null && posted.matches("[0-9]{1,18}") ? Long.valueOf(posted) : null;
        }
        if (plan == null && id != null && !missing) {
            try {
                plan = pages.detail(id, language.isEnglish());
            } catch (NotFoundException e) {
                missing = true;
            }
        }
        return plan;
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
