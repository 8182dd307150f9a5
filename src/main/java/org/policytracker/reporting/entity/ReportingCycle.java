package org.policytracker.reporting.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.plans.entity.Plan;
import org.policytracker.platform.persistence.Auditable;
import org.policytracker.platform.persistence.BaseEntity;

/**
 * A reporting cycle (报送周期) of a plan: who reports ({@link Participant}s), how often, by when
 * (so many days after each period ends: Jiaozuo's "before 10 January and 10 July" is semi-annual,
 * 10 days), to whom (the reviewing organisation), and which days before the due date reminders go out.
 */
@Entity
@Table(name = "reporting_cycle")
public class ReportingCycle extends BaseEntity implements Auditable {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private Plan plan;

    @Column(nullable = false, length = 64)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 300)
    private String nameZh;

    @Column(name = "name_en", length = 300)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Frequency frequency;

    @Column(name = "due_days_after_period", nullable = false)
    private int dueDaysAfterPeriod;

    @Column(name = "grace_days", nullable = false)
    private int graceDays;

    /** Comma-separated days before the due date on which to remind, e.g. "14,3". */
    @Column(name = "reminder_days_before", nullable = false, length = 64)
    private String reminderDaysBefore = "14,3";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reviewer_id", nullable = false)
    private Organisation reviewer;

    /** Reviews what the reviewing organisation itself files (nobody reviews their own organisation's). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "alternate_reviewer_id")
    private Organisation alternateReviewer;

    @Column(name = "first_period_start", nullable = false)
    private LocalDate firstPeriodStart;

    @Column(name = "last_period_end")
    private LocalDate lastPeriodEnd;

    @OneToMany(mappedBy = "cycle", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Participant> participants = new ArrayList<>();

    protected ReportingCycle() {
    }

    public ReportingCycle(Plan plan, String code) {
        this.plan = plan;
        this.code = code;
    }

    /** Who reviews {@code filer}'s reports: the reviewer, or for the reviewer's own the alternate reviewer. */
    public Organisation reviewerFor(Organisation filer) {
        return alternateReviewer != null && filer.getId().equals(reviewer.getId()) ? alternateReviewer : reviewer;
    }

    /** The due date of a period: its last day plus the cycle's days. */
    public LocalDate dueDate(Period period) {
        return period.end().plusDays(dueDaysAfterPeriod);
    }

    /** The periods from the first one up to the one containing {@code today} (and not beyond the last). */
    public List<Period> periodsUpTo(LocalDate today) {
        List<Period> out = new ArrayList<>();
        for (Period p = Period.containing(frequency, firstPeriodStart); !p.start().isAfter(today)
                && (lastPeriodEnd == null || !p.start().isAfter(lastPeriodEnd)); p = p.next(frequency)) {
            out.add(p);
        }
        return out;
    }

    public List<Integer> reminderDays() {
        return Arrays.stream(reminderDaysBefore.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Integer::valueOf).sorted(java.util.Comparator.reverseOrder()).toList();
    }

    public void replaceParticipants(List<Participant> list) {
        // keep the rows of organisations that stay (their ids are referenced nowhere, but the order changes)
        participants.removeIf(p -> list.stream().noneMatch(n -> n.getOrganisation().getId().equals(p.getOrganisation().getId())));
        for (int i = 0; i < list.size(); i++) {
            Participant n = list.get(i);
            Participant existing = participants.stream()
                    .filter(p -> p.getOrganisation().getId().equals(n.getOrganisation().getId())).findFirst().orElse(null);
            if (existing == null) {
                n.attach(this, i);
                participants.add(n);
            } else {
                existing.attach(this, i);
                existing.oblige(n.getObligedFrom(), n.getObligedUntil());
            }
        }
        participants.sort(java.util.Comparator.comparingInt(Participant::getPosition));
    }

    @Override
    public String auditType() {
        return "cycle";
    }


    public Plan getPlan() { return plan; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public Frequency getFrequency() { return frequency; }
    public void setFrequency(Frequency frequency) { this.frequency = frequency; }
    public int getDueDaysAfterPeriod() { return dueDaysAfterPeriod; }
    public void setDueDaysAfterPeriod(int dueDaysAfterPeriod) { this.dueDaysAfterPeriod = dueDaysAfterPeriod; }
    public int getGraceDays() { return graceDays; }
    public void setGraceDays(int graceDays) { this.graceDays = graceDays; }
    public String getReminderDaysBefore() { return reminderDaysBefore; }
    public void setReminderDaysBefore(String reminderDaysBefore) { this.reminderDaysBefore = reminderDaysBefore; }
    public Organisation getReviewer() { return reviewer; }
    public void setReviewer(Organisation reviewer) { this.reviewer = reviewer; }
    public Organisation getAlternateReviewer() { return alternateReviewer; }
    public void setAlternateReviewer(Organisation alternateReviewer) { this.alternateReviewer = alternateReviewer; }
    public LocalDate getFirstPeriodStart() { return firstPeriodStart; }
    public void setFirstPeriodStart(LocalDate firstPeriodStart) { this.firstPeriodStart = firstPeriodStart; }
    public LocalDate getLastPeriodEnd() { return lastPeriodEnd; }
    public void setLastPeriodEnd(LocalDate lastPeriodEnd) { this.lastPeriodEnd = lastPeriodEnd; }
    public List<Participant> getParticipants() { return participants; }
}
