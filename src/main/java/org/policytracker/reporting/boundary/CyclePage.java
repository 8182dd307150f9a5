package org.policytracker.reporting.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.policytracker.platform.web.FormState;
import org.policytracker.platform.web.Language;
import org.policytracker.plans.control.PlanService;
import org.policytracker.reporting.control.CycleData;
import org.policytracker.reporting.control.CycleService;
import org.policytracker.reporting.control.Timeliness;
import org.policytracker.security.control.AccessPolicy;

/**
 * A new reporting cycle (reporting/cycle.xhtml), for the plan office: which plan, how often, how many
 * days after each period the reports are due, grace days, the reviewing organisation (its own by
 * default), from when; the participants are those the plan names in a reporting role
 * (docs/reporting-rules.md). Periods that have begun open at once.
 */
@Named
@ViewScoped
public class CyclePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Language language;

    @Inject
    transient CycleService cycles;

    @Inject
    transient PlanService plans;

    @Inject
    transient AccessPolicy access;

    private final FormState state = new FormState(java.util.Set.of("planId", "code", "nameZh", "dueDaysAfterPeriod", "graceDays",
            "firstPeriodStart")::contains);
    private Long planId;
    private String code;
    private String nameZh;
    private String nameEn;
    private String frequency = "SEMI_ANNUAL";
    private Integer dueDays = 10;
    private Integer graceDays = 0;
    private LocalDate firstPeriodStart;
    private LocalDate lastPeriodEnd;
    private Long createdId;
    private List<SelectItem> planItems;

    @Transactional
    public List<SelectItem> getPlanItems() {
        if (planItems == null) {
            planItems = new ArrayList<>();
            boolean en = language.isEnglish();
            plans.list(null, null, null, null, 0, 500).items().stream().filter(p -> allowed(p))
                    .forEach(p -> planItems.add(new SelectItem(p.getId(), p.getCode() + " " + (en && p.getTitleEn() != null ? p.getTitleEn() : p.getTitleZh()))));
        }
        return planItems;
    }

    private boolean allowed(org.policytracker.plans.entity.Plan p) {
        try {
            access.requireCanChange(p);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public void create() {
        CycleData d = new CycleData();
        d.planId = planId;
        d.code = code;
        d.nameZh = nameZh;
        d.nameEn = nameEn;
        d.frequency = frequency;
        d.dueDaysAfterPeriod = dueDays;
        d.graceDays = graceDays;
        d.reviewerId = ownOrganisation();
        d.firstPeriodStart = firstPeriodStart == null ? null : firstPeriodStart.toString();
        d.lastPeriodEnd = lastPeriodEnd == null ? null : lastPeriodEnd.toString();
        if (!state.valid(language, d, "")) {
            return;
        }
        long[] id = new long[1];
        if (state.attempt(language, () -> id[0] = cycles.create(d, LocalDate.now(Timeliness.SHANGHAI)).getId())) {
            createdId = id[0];
            FormState.top(FacesMessage.SEVERITY_INFO, language.message("ui.cycle.created", code));
        }
    }

    @Transactional
    Long ownOrganisation() {
        return access.user().organisation().map(o -> o.getId()).orElse(null);
    }

    public String error(String field) {
        return state.error(field);
    }

    public Long getPlanId() { return planId; }
    public void setPlanId(Long planId) { this.planId = planId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getFrequency() { return frequency; }
    public void setFrequency(String frequency) { this.frequency = frequency; }
    public Integer getDueDays() { return dueDays; }
    public void setDueDays(Integer dueDays) { this.dueDays = dueDays; }
    public Integer getGraceDays() { return graceDays; }
    public void setGraceDays(Integer graceDays) { this.graceDays = graceDays; }
    public LocalDate getFirstPeriodStart() { return firstPeriodStart; }
    public void setFirstPeriodStart(LocalDate firstPeriodStart) { this.firstPeriodStart = firstPeriodStart; }
    public LocalDate getLastPeriodEnd() { return lastPeriodEnd; }
    public void setLastPeriodEnd(LocalDate lastPeriodEnd) { this.lastPeriodEnd = lastPeriodEnd; }
    public Long getCreatedId() { return createdId; }
}
