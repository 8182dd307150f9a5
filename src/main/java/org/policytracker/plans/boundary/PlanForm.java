package org.policytracker.plans.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.policytracker.plans.control.PlanData;
import org.policytracker.plans.control.PlanService;
import org.policytracker.plans.entity.Plan;
import org.policytracker.platform.web.EditForm;
import org.policytracker.platform.web.Language;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.plans.control.PlanAccess;

/**
 * A plan's own fields (plans/edit.xhtml), new or changed by the plan office that owns it: code, titles,
 * document number, level, status, dates, goals, issuing organisations. Checked as the API checks them;
 * a refused save keeps what was typed; a change made meanwhile by someone else is named.
 */
@Named
@ViewScoped
public class PlanForm extends EditForm {

    private static final long serialVersionUID = 1L;

    @Inject
    Language language;

    public PlanForm() {
        super(Set.of("code", "titleZh", "titleEn", "documentNumber", "level", "status", "issueDate", "periodStart", "periodEnd",
                "overallGoalsZh", "overallGoalsEn", "issuerIds")::contains);
    }

    @Inject
    transient PlanService plans;

    @Inject
    transient AccessPolicy access;

    @Inject
    transient PlanAccess planAccess;

    private Long id;
    private Long version;
    private String code;
    private String titleZh;
    private String titleEn;
    private String documentNumber;
    private String level = "PROVINCIAL";
    private String status = "IN_FORCE";
    private LocalDate issueDate;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String overallGoalsZh;
    private String overallGoalsEn;
    private Long[] issuerIds = new Long[0];

    /** Reads the plan once per view (f:viewAction); a new plan starts empty. */
    @Transactional
    public void load() {
        loadOnce(() -> {
            if (id == null) {
                planAccess.ownerForNewPlan(null);
                return;
            }
            Plan p = plans.get(id);
            planAccess.requireCanChange(p);
            version = p.getVersion();
            code = p.getCode();
            titleZh = p.getTitleZh();
            titleEn = p.getTitleEn();
            documentNumber = p.getDocumentNumber();
            level = p.getLevel().name();
            status = p.getStatus().name();
            issueDate = p.getIssueDate();
            periodStart = p.getPeriodStart();
            periodEnd = p.getPeriodEnd();
            overallGoalsZh = p.getOverallGoalsZh();
            overallGoalsEn = p.getOverallGoalsEn();
            issuerIds = p.getIssuers().stream().map(o -> o.getId()).toArray(Long[]::new);
        });
    }

    public String save() {
        List<Long> issuers = Arrays.stream(issuerIds == null ? new Long[0] : issuerIds).filter(Objects::nonNull).toList();
        PlanData d = new PlanData(code, titleZh, titleEn, documentNumber, level, status, text(issueDate), text(periodStart), text(periodEnd),
                overallGoalsZh, overallGoalsEn, null, issuers, null, version);
        long[] saved = new long[1];
        String done = save(language, d, () -> saved[0] = (id == null ? plans.create(d) : plans.update(id, d)).getId(), "/plans/plan");
        return done == null ? null : done + "?faces-redirect=true&id=" + saved[0];
    }

    static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitleZh() { return titleZh; }
    public void setTitleZh(String titleZh) { this.titleZh = titleZh; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public LocalDate getIssueDate() { return issueDate; }
    public void setIssueDate(LocalDate issueDate) { this.issueDate = issueDate; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate periodEnd) { this.periodEnd = periodEnd; }
    public String getOverallGoalsZh() { return overallGoalsZh; }
    public void setOverallGoalsZh(String overallGoalsZh) { this.overallGoalsZh = overallGoalsZh; }
    public String getOverallGoalsEn() { return overallGoalsEn; }
    public void setOverallGoalsEn(String overallGoalsEn) { this.overallGoalsEn = overallGoalsEn; }
    public Long[] getIssuerIds() { return issuerIds; }
    public void setIssuerIds(Long[] issuerIds) { this.issuerIds = issuerIds; }
}
