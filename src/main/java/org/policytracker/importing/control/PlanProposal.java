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
    public record Flag(String key, List<String> args, String path) {
    }

    /** A unit: role, the words of the text, coverage, and the organisation matched (code null when unresolved). */
    public static final class Unit {
        public String role;
        public String text;
        public String coverage;
        public Long organisationId;
        public String code;
        public String name;
        public Double score;
        public String matchedName;
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
    }

    /** A reporting date that recurs each year ("before January 10 and July 10 of each year"): a cycle to create. */
    public static final class Reporting {
        public List<String> days = new ArrayList<>();
        public String text;
        public String taskPath;
    }

    public String title;
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
}
