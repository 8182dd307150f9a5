package org.policytracker.importing.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the importer proposes from a plan's text, for the user to correct and accept: the plan's
 * header, its task tree (flat, in document order, each with its path "II/(I)/1"), every unit as the
 * text names it with the organisation it was matched to (or none, flagged), deadlines with the words
 * they came from, numeric targets, reporting dates, and the flags — nothing the parser could not
 * place is dropped.
 */
public final class PlanProposal {

    /** Something for the user to look at: a message key (i18n/messages), its arguments, where (a task's path, or null). */
    public record Flag(String key, List<String> args, String path, String text) {
        public static Flag of(String key, List<String> args, String path) {
            return new Flag(key, args, path, null);
        }
    }

    /** A unit: role, the words of the text, coverage, and the organisation matched (code null when unresolved). */
    public static final class Unit {
        public String role;
        public String note;
        public String text;
        public String coverage;
        public Long organisationId;
        public String code;
        public String name;
        public Double score;
        public String matchedName;
        /** A collective the text names (EACH_PROVINCE, GROUP): no single registry body; the user chooses. */
        public String collective;
        /** The list this unit ends ran on with 等 ("and others"): other units may be meant. */
        public Boolean openList;
        /** Unresolved: the registry organisations nearest to the name (best first), for the user to choose from. */
        public List<Candidate> candidates = new ArrayList<>();
        /** Unresolved: the body the name stands for, as it would be registered (kind and parent from the name and area). */
        public NewOrganisation proposedOrganisation;
        /** The user confirms: register {@link #proposedOrganisation} when the plan is accepted, and assign it. */
        public Boolean register;
        public String getCollective() { return collective; }
        public Boolean getOpenList() { return openList; }
        public List<Candidate> getCandidates() { return candidates; }
        public NewOrganisation getProposedOrganisation() { return proposedOrganisation; }
        public Boolean getRegister() { return register; }
        public void setRegister(Boolean register) { this.register = register; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public String getCoverage() { return coverage; }
        public void setCoverage(String coverage) { this.coverage = coverage; }
        public Long getOrganisationId() { return organisationId; }
        public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Double getScore() { return score; }
        public void setScore(Double score) { this.score = score; }
        public String getMatchedName() { return matchedName; }
        public void setMatchedName(String matchedName) { this.matchedName = matchedName; }
    }

    /** A registry organisation an unresolved name may mean. */
    public static final class Candidate {
        public Long organisationId;
        public String code;
        public String name;
        public Double score;
        public Long getOrganisationId() { return organisationId; }
        public String getCode() { return code; }
        public String getName() { return name; }
        public Double getScore() { return score; }
    }

    /** A body the registry does not have, as the plan names it: "省水利厅" of a Shaanxi plan → 陕西省水利厅, a department of 陕西省. */
    public static final class NewOrganisation {
        public String kind;
        public Long parentId;
        public String parentCode;
        public String parentName;
        public String nameZh;
        public String nameEn;
        public String getKind() { return kind; }
        public Long getParentId() { return parentId; }
        public String getParentCode() { return parentCode; }
        public String getParentName() { return parentName; }
        public String getNameZh() { return nameZh; }
        public String getNameEn() { return nameEn; }
    }

    /** A step on the way to a task's deadline: its date and the words that set it. */
    public static final class Milestone {
        public String due;
        public String text;

        public Milestone() {
        }

        public Milestone(String due, String text) {
            this.due = due;
            this.text = text;
        }

        public String getDue() { return due; }
        public void setDue(String due) { this.due = due; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    public static final class Task {
        public String path;
        public String parentPath;
        public String number;
        public String kind;
        public String title;
        public String description;
        public String deadline;
        public String deadlineText;
        /** TEXT (its own time node), OVERALL (the plan's overall goal), or null. */
        public String deadlineSource;
        public List<Unit> units = new ArrayList<>();
        /** The steps on the way the time node sets before the deadline. */
        public List<Milestone> milestones = new ArrayList<>();
        public List<Milestone> getMilestones() { return milestones; }
        public void setMilestones(List<Milestone> milestones) { this.milestones = milestones; }
        public String getPath() { return path; }
        public void setPath(String path) { this.path = path; }
        public String getParentPath() { return parentPath; }
        public void setParentPath(String parentPath) { this.parentPath = parentPath; }
        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getDeadline() { return deadline; }
        public void setDeadline(String deadline) { this.deadline = deadline; }
        public String getDeadlineText() { return deadlineText; }
        public void setDeadlineText(String deadlineText) { this.deadlineText = deadlineText; }
        public String getDeadlineSource() { return deadlineSource; }
        public void setDeadlineSource(String deadlineSource) { this.deadlineSource = deadlineSource; }
        public List<Unit> getUnits() { return units; }
        public void setUnits(List<Unit> units) { this.units = units; }
    }

    public static final class Target {
        public String statement;
        public String indicatorPhrase;
        public Long indicatorId;
        public String indicatorCode;
        public String indicatorName;
        public String relation;
        public BigDecimal value;
        public String unit;
        public BigDecimal changePercent;
        public Integer baselineYear;
        public Integer targetYear;
        public String taskPath;
        public String scopeCode;
        public Long scopeId;
        public String getStatement() { return statement; }
        public void setStatement(String statement) { this.statement = statement; }
        public String getIndicatorPhrase() { return indicatorPhrase; }
        public void setIndicatorPhrase(String indicatorPhrase) { this.indicatorPhrase = indicatorPhrase; }
        public Long getIndicatorId() { return indicatorId; }
        public void setIndicatorId(Long indicatorId) { this.indicatorId = indicatorId; }
        public String getIndicatorCode() { return indicatorCode; }
        public void setIndicatorCode(String indicatorCode) { this.indicatorCode = indicatorCode; }
        public String getIndicatorName() { return indicatorName; }
        public void setIndicatorName(String indicatorName) { this.indicatorName = indicatorName; }
        public String getRelation() { return relation; }
        public void setRelation(String relation) { this.relation = relation; }
        public BigDecimal getValue() { return value; }
        public void setValue(BigDecimal value) { this.value = value; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public BigDecimal getChangePercent() { return changePercent; }
        public void setChangePercent(BigDecimal changePercent) { this.changePercent = changePercent; }
        public Integer getBaselineYear() { return baselineYear; }
        public void setBaselineYear(Integer baselineYear) { this.baselineYear = baselineYear; }
        public Integer getTargetYear() { return targetYear; }
        public void setTargetYear(Integer targetYear) { this.targetYear = targetYear; }
        public String getTaskPath() { return taskPath; }
        public void setTaskPath(String taskPath) { this.taskPath = taskPath; }
        public String getScopeCode() { return scopeCode; }
        public void setScopeCode(String scopeCode) { this.scopeCode = scopeCode; }
        public Long getScopeId() { return scopeId; }
        public void setScopeId(Long scopeId) { this.scopeId = scopeId; }
    }

    /** A reporting date that recurs each year ("before January 10 and July 10 of each year"): a cycle to create. */
    public static final class Reporting {
        public List<String> days = new ArrayList<>();
        public String text;
        public String taskPath;
        public List<String> getDays() { return days; }
        public void setDays(List<String> days) { this.days = days; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public String getTaskPath() { return taskPath; }
        public void setTaskPath(String taskPath) { this.taskPath = taskPath; }
    }

    public String title;
    /** The plan as it will be created (proposed; the user corrects): code, Chinese and English titles, level. */
    public String code;
    public String titleZh;
    public String titleEn;
    public String level;
    public List<String> documentNumbers = new ArrayList<>();
    public List<String> referencedDocuments = new ArrayList<>();
    public List<Unit> issuers = new ArrayList<>();
    public String issueDate;
    public String periodStart;
    public String periodEnd;
    public String scopeCode;
    public String scopeName;
    public String overallGoals;
    public List<Task> tasks = new ArrayList<>();
    public List<Target> targets = new ArrayList<>();
    public List<Reporting> reporting = new ArrayList<>();
    public List<Flag> flags = new ArrayList<>();
    public int paragraphs;
    public int repeatedParagraphs;

    public Task task(String path) {
        return tasks.stream().filter(t -> t.path.equals(path)).findFirst().orElse(null);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitleZh() { return titleZh; }
    public void setTitleZh(String titleZh) { this.titleZh = titleZh; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public List<String> getDocumentNumbers() { return documentNumbers; }
    public void setDocumentNumbers(List<String> documentNumbers) { this.documentNumbers = documentNumbers; }
    public List<String> getReferencedDocuments() { return referencedDocuments; }
    public void setReferencedDocuments(List<String> referencedDocuments) { this.referencedDocuments = referencedDocuments; }
    public List<Unit> getIssuers() { return issuers; }
    public void setIssuers(List<Unit> issuers) { this.issuers = issuers; }
    public String getIssueDate() { return issueDate; }
    public void setIssueDate(String issueDate) { this.issueDate = issueDate; }
    public String getPeriodStart() { return periodStart; }
    public void setPeriodStart(String periodStart) { this.periodStart = periodStart; }
    public String getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(String periodEnd) { this.periodEnd = periodEnd; }
    public String getScopeCode() { return scopeCode; }
    public void setScopeCode(String scopeCode) { this.scopeCode = scopeCode; }
    public String getScopeName() { return scopeName; }
    public void setScopeName(String scopeName) { this.scopeName = scopeName; }
    public String getOverallGoals() { return overallGoals; }
    public void setOverallGoals(String overallGoals) { this.overallGoals = overallGoals; }
    public List<Task> getTasks() { return tasks; }
    public void setTasks(List<Task> tasks) { this.tasks = tasks; }
    public List<Target> getTargets() { return targets; }
    public void setTargets(List<Target> targets) { this.targets = targets; }
    public List<Reporting> getReporting() { return reporting; }
    public void setReporting(List<Reporting> reporting) { this.reporting = reporting; }
    public List<Flag> getFlags() { return flags; }
    public void setFlags(List<Flag> flags) { this.flags = flags; }
    public int getParagraphs() { return paragraphs; }
    public void setParagraphs(int paragraphs) { this.paragraphs = paragraphs; }
    public int getRepeatedParagraphs() { return repeatedParagraphs; }
    public void setRepeatedParagraphs(int repeatedParagraphs) { this.repeatedParagraphs = repeatedParagraphs; }
}
