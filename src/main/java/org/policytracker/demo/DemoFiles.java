package org.policytracker.demo;

import java.math.BigDecimal;
import java.util.List;
import org.policytracker.parks.control.ParkPlanContent;

/** The shape of the readable demo data files in {@code src/main/resources/demo/}. */
public final class DemoFiles {

    private DemoFiles() {
    }

    public record Organisations(String source, List<Org> organisations) {
    }

    public record Org(String code, String kind, String nameZh, String nameEn, String parent, List<String> aliases,
                      String documentPrefix) {
    }

    public record Indicators(List<IndicatorEntry> indicators) {
    }

    public record IndicatorEntry(String code, String nameZh, String nameEn, String unit, String direction,
                                 String aggregation, String countsRecognition) {
    }

    public record ReferencedPlans(String source, List<PlanEntry> plans) {
    }

    /** A plan with its task tree and targets; organisations and plans are named by code. */
    public record PlanEntry(String source, String code, String level, String status, String titleZh, String titleEn,
                            String documentNumber, String issueDate, String periodStart, String periodEnd,
                            String overallGoalsZh, String overallGoalsEn, String owner, List<String> issuers,
                            List<String> implementsPlans, String reporting, List<TaskEntry> tasks,
                            List<TargetEntry> targets) {
    }

    public record TaskEntry(String kind, String number, String titleZh, String titleEn, String description,
                            String deadline, String deadlineText, List<UnitEntry> units,
                            List<MilestoneEntry> milestones, List<TaskEntry> children) {
    }

    public record UnitEntry(String role, String organisation, String coverage, String note) {
    }

    public record MilestoneEntry(String dueDate, String descriptionZh, String descriptionEn) {
    }

    /** {@code task} is the path of numbers from the root, e.g. {@code IV/(1)}. */
    public record TargetEntry(String indicator, String scope, String task, String relation, Integer baselineYear,
                              BigDecimal baselineValue, Integer targetYear, BigDecimal targetValue,
                              BigDecimal relativeChangePercent, String statement) {
    }

    public record Reporting(String source, List<CycleEntry> cycles) {
    }

    /** A reporting cycle; {@code participants} null: the plan's units in reporting roles. */
    public record CycleEntry(String code, String plan, String nameZh, String nameEn, String frequency, Integer dueDaysAfterPeriod,
                             Integer graceDays, List<Integer> reminderDaysBefore, String reviewer, String alternateReviewer,
                             String firstPeriodStart,
                             String lastPeriodEnd, String source, List<ParticipantEntry> participants,
                             List<SubmissionEntry> submissions) {
    }

    public record ParticipantEntry(String organisation, String obligedFrom, String obligedUntil) {
    }

    /**
     * What one organisation did for one period, replayed in order. Tasks not in {@code reports} get a
     * plain answer from the period's elapsed share (completed when their deadline fell in it),
     * shifted by {@code progressBias} points.
     */
    public record SubmissionEntry(String organisation, String period, Integer progressBias, List<ReportEntry> reports,
                                  List<ValueEntry> values, List<EventEntry> events) {
    }

    /** A reported indicator value, the indicator named by code. */
    public record ValueEntry(String indicator, BigDecimal value, String note) {
    }

    /** {@code task} is the path of numbers from the root, e.g. {@code IV/(4)}. */
    public record ReportEntry(String task, String status, Integer percentDone, String narrative, String difficulties,
                              String nextSteps, String delayExplanation, String correctiveAction, String correctiveDue) {
    }

    /** SUBMIT, RETURN or ACCEPT at a Beijing time ("2020-01-08T16:20") by a user name. */
    public record EventEntry(String action, String at, String by, String comment, List<ReportEntry> reports, String latenessReason) {
    }

    public record Parks(String source, List<ParkEntry> parks) {
    }

    /** A park; province, city and committee by organisation code. */
    public record ParkEntry(String code, String nameZh, String nameEn, String level, String kind, String province, String city,
                            String committee) {
    }

    public record ParkFilings(String source, List<FilingEntry> filings) {
    }

    /** A park's plan or annual report: its document (the shape of ParkPlanContent / AnnualReportContent) and what happened to it. */
    public record FilingEntry(String park, String type, int year, jakarta.json.JsonObject content, List<EventEntry> events) {
    }

    public record ParkLists(String source, List<ParkListEntry> lists) {
    }

    /** A province's park list (province by code, parks by code) and when it was sent and by whom. */
    public record ParkListEntry(String province, int year, String dueDate, String submittedAt, String by, List<ListedPark> parks) {
    }

    public record ListedPark(String park, List<ParkPlanContent.ExpectedResult> expectedResults,
                             String note) {
    }
}
