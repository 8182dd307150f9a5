package org.policytracker.plans.boundary;

import org.policytracker.platform.i18n.Units;
import java.util.Locale;
import org.policytracker.platform.i18n.Bilingual;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.policytracker.plans.control.IndicatorData;
import org.policytracker.plans.control.IndicatorService;
import org.policytracker.plans.control.PlanService;
import org.policytracker.plans.control.TargetData;
import org.policytracker.plans.control.TaskService;
import org.policytracker.plans.entity.Indicator;
import org.policytracker.plans.entity.Plan;
import org.policytracker.plans.entity.Target;
import org.policytracker.plans.entity.Task;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.web.EditForm;
import org.policytracker.platform.web.FormState;
import org.policytracker.platform.web.Language;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.plans.control.PlanAccess;

/**
 * One target of a plan (plans/target.xhtml), new or changed by the plan office: which indicator, for
 * which organisation's area, at most / at least / about / equal to a value, or a change in percent
 * against a baseline year ("decrease by 10 % compared to 2020"), by which year, in the plan's words;
 * optionally tied to a task. An indicator the registry lacks can be defined on the same page.
 */
@Named
@ViewScoped
public class TargetForm extends EditForm {

    private static final long serialVersionUID = 1L;

    @Inject
    Language language;

    public TargetForm() {
        super(f -> !f.equals("planId"));
    }

    @Inject
    transient IndicatorService indicators;

    @Inject
    transient PlanService plans;

    @Inject
    transient TaskService tasks;

    @Inject
    transient AccessPolicy access;

    @Inject
    transient PlanAccess planAccess;

    private Long planId;
    private Long id;
    private Long version;
    private String planTitle;
    private Long indicatorId;
    private Long scopeId;
    private Long taskId;
    private String relation = "AT_MOST";
    private Integer baselineYear;
    private BigDecimal baselineValue;
    private Integer targetYear;
    private BigDecimal targetValue;
    private BigDecimal relativeChangePercent;
    private String statement;
    private final List<SelectItem> taskItems = new ArrayList<>();
    private List<SelectItem> indicatorItems;
    // a new indicator, defined here
    private String newCode;
    private String newNameZh;
    private String newNameEn;
    private String newUnit;
    private String newDirection = "DECREASE";
    private String newAggregation = "SUM";

    @Transactional
    public void load() {
        loadOnce(() -> {
            Target g = id == null ? null : indicators.target(id);
            Plan plan = g != null ? g.getPlan() : plans.get(planId == null ? -1 : planId);
            planAccess.requireCanChange(plan);
            planId = plan.getId();
            boolean en = language.isEnglish();
            planTitle = Bilingual.pick(plan.getTitleZh(), plan.getTitleEn(), en, null);
            for (Task t : tasks.tree(planId)) {
                String title = Bilingual.pick(t.getTitleZh(), t.getTitleEn(), en, null);
                taskItems.add(new SelectItem(t.getId(), t.path() + (title == null ? "" : " " + (title.length() > 40 ? title.substring(0, 40) + "…" : title))));
            }
            if (g == null) {
                scopeId = plan.getOwner() == null ? null : plan.getOwner().getParent() == null ? plan.getOwner().getId() : plan.getOwner().getParent().getId();
                return;
            }
            version = g.getVersion();
            indicatorId = g.getIndicator().getId();
            scopeId = g.getScope().getId();
            taskId = g.getTask() == null ? null : g.getTask().getId();
            relation = g.getRelation().name();
            baselineYear = g.getBaselineYear();
            baselineValue = g.getBaselineValue();
            targetYear = g.getTargetYear();
            targetValue = g.getTargetValue();
            relativeChangePercent = g.getRelativeChangePercent();
            statement = g.getStatement();
        });
    }

    @Transactional
    public List<SelectItem> getIndicatorItems() {
        if (indicatorItems == null) {
            indicatorItems = new ArrayList<>();
            boolean en = language.isEnglish();
            List<Indicator> all = indicators.indicators(null, 0, Page.EVERY).all();
            // the name and unit in the reader's words; the code (an identifier) only where two share a name
            java.util.Map<String, Long> named = all.stream().collect(java.util.stream.Collectors.groupingBy(
                    i -> Bilingual.pick(i.getNameZh(), i.getNameEn(), en, i.getCode()), java.util.stream.Collectors.counting()));
            for (Indicator i : all) {
                String name = Bilingual.pick(i.getNameZh(), i.getNameEn(), en, i.getCode());
                String unit = Units.of(i.getUnit(), en ? Locale.ENGLISH : Locale.CHINESE);
                String code = named.get(name) > 1 ? i.getCode() : null;
                indicatorItems.add(new SelectItem(i.getId(), name + (en
                        ? " (" + unit + (code == null ? "" : ", " + code) + ")"
                        : "（" + unit + (code == null ? "" : "，" + code) + "）")));
            }
        }
        return indicatorItems;
    }

    /** Defines the indicator typed in the "new indicator" fields and picks it for this target. */
    public void createIndicator() {
        IndicatorData d = new IndicatorData(newCode, newNameZh, newNameEn, newUnit, newDirection, newAggregation, null);
        if (!state.valid(language, d, "indicator.")) {
            return;
        }
        Long[] created = new Long[1];
        if (state.attempt(language, () -> created[0] = indicators.createIndicator(d).getId())) {
            indicatorId = created[0];
            indicatorItems = null;
            FormState.top(FacesMessage.SEVERITY_INFO, language.message("ui.indicator.created", newCode));
            newCode = null;
            newNameZh = null;
            newNameEn = null;
            newUnit = null;
        }
    }

    public String save() {
        TargetData d = new TargetData(indicatorId, planId, taskId, scopeId, relation, baselineYear, baselineValue, targetYear, targetValue,
                relativeChangePercent, statement, version);
        return save(language, d, () -> {
            if (id == null) {
                indicators.createTarget(d);
            } else {
                indicators.updateTarget(id, d);
            }
        }, "/plans/plan?faces-redirect=true&id=" + planId);
    }

    public String getPlanTitle() { return planTitle; }
    public List<SelectItem> getTaskItems() { return taskItems; }
    public Long getPlanId() { return planId; }
    public void setPlanId(Long planId) { this.planId = planId; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getIndicatorId() { return indicatorId; }
    public void setIndicatorId(Long indicatorId) { this.indicatorId = indicatorId; }
    public Long getScopeId() { return scopeId; }
    public void setScopeId(Long scopeId) { this.scopeId = scopeId; }
    public Long getTaskId() { return taskId; }
    public void setTaskId(Long taskId) { this.taskId = taskId; }
    public String getRelation() { return relation; }
    public void setRelation(String relation) { this.relation = relation; }
    public Integer getBaselineYear() { return baselineYear; }
    public void setBaselineYear(Integer baselineYear) { this.baselineYear = baselineYear; }
    public BigDecimal getBaselineValue() { return baselineValue; }
    public void setBaselineValue(BigDecimal baselineValue) { this.baselineValue = baselineValue; }
    public Integer getTargetYear() { return targetYear; }
    public void setTargetYear(Integer targetYear) { this.targetYear = targetYear; }
    public BigDecimal getTargetValue() { return targetValue; }
    public void setTargetValue(BigDecimal targetValue) { this.targetValue = targetValue; }
    public BigDecimal getRelativeChangePercent() { return relativeChangePercent; }
    public void setRelativeChangePercent(BigDecimal relativeChangePercent) { this.relativeChangePercent = relativeChangePercent; }
    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }
    public String getNewCode() { return newCode; }
    public void setNewCode(String newCode) { this.newCode = newCode; }
    public String getNewNameZh() { return newNameZh; }
    public void setNewNameZh(String newNameZh) { this.newNameZh = newNameZh; }
    public String getNewNameEn() { return newNameEn; }
    public void setNewNameEn(String newNameEn) { this.newNameEn = newNameEn; }
    public String getNewUnit() { return newUnit; }
    public void setNewUnit(String newUnit) { this.newUnit = newUnit; }
    public String getNewDirection() { return newDirection; }
    public void setNewDirection(String newDirection) { this.newDirection = newDirection; }
    public String getNewAggregation() { return newAggregation; }
    public void setNewAggregation(String newAggregation) { this.newAggregation = newAggregation; }
}
