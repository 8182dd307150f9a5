package org.policytracker.reporting.boundary;

import org.policytracker.platform.i18n.Bilingual;
import org.policytracker.platform.time.Shanghai;
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
import org.policytracker.reporting.control.CycleData;
import org.policytracker.reporting.control.CycleService;
import org.policytracker.reporting.entity.Participant;
import org.policytracker.reporting.entity.ReportingCycle;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.platform.rest.AccessDeniedException;
import org.policytracker.security.control.AccessPolicy;

/**
 * A reporting cycle (reporting/cycle.xhtml), new or changed, for the plan office: which plan, how often,
 * how many days after each period the reports are due, grace days, the reviewing organisation (its own
 * when new) and an alternate reviewer, from when to when; a new cycle's participants are those the plan
 * names in a reporting role (docs/reporting-rules.md), a cycle's participants can then be changed one
 * by one (who, obliged from / until). Periods that have begun open at once.
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
    transient AccessPolicy access;

    /** An obliged organisation's row. */
    public static final class ParticipantRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long organisationId;
        private LocalDate from;
        private LocalDate until;

        public Long getOrganisationId() { return organisationId; }
        public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
        public LocalDate getFrom() { return from; }
        public void setFrom(LocalDate from) { this.from = from; }
        public LocalDate getUntil() { return until; }
        public void setUntil(LocalDate until) { this.until = until; }
    }

    private final FormState state = new FormState(f -> !f.equals("reviewerId") && !f.equals("reminderDaysBefore"));
    private Long id;
    private Long version;
    private boolean loaded;
    private boolean missing;
    private boolean allowed = true;
    private Long reviewerId;
    private Long alternateReviewerId;
    private final List<ParticipantRow> participants = new ArrayList<>();
    private List<Integer> reminderDays;
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
            cycles.plansForCycles().stream()
                    .forEach(p -> planItems.add(new SelectItem(p.getId(), p.getCode() + " " + Bilingual.pick(p.getTitleZh(), p.getTitleEn(), en, null))));
        }
        return planItems;
    }

    /** Reads the cycle to change once per view (f:viewAction); a new cycle starts with defaults. */
    @Transactional
    public void load() {
        if (loaded || id == null) {
            loaded = true;
            return;
        }
        loaded = true;
        try {
            ReportingCycle c = cycles.get(id);
            cycles.requireCanChange(c);
            version = c.getVersion();
            planId = c.getPlan().getId();
            code = c.getCode();
            nameZh = c.getNameZh();
            nameEn = c.getNameEn();
            frequency = c.getFrequency().name();
            dueDays = c.getDueDaysAfterPeriod();
            graceDays = c.getGraceDays();
            firstPeriodStart = c.getFirstPeriodStart();
            lastPeriodEnd = c.getLastPeriodEnd();
            reviewerId = c.getReviewer().getId();
            alternateReviewerId = c.getAlternateReviewer() == null ? null : c.getAlternateReviewer().getId();
            reminderDays = c.reminderDays();
            for (Participant p : c.getParticipants()) {
                ParticipantRow r = new ParticipantRow();
                r.organisationId = p.getOrganisation().getId();
                r.from = p.getObligedFrom();
                r.until = p.getObligedUntil();
                participants.add(r);
            }
        } catch (NotFoundException e) {
            missing = true;
            allowed = false;
        } catch (AccessDeniedException e) {
            allowed = false;
        }
    }

    public void addParticipant() {
        participants.add(new ParticipantRow());
    }

    public void removeParticipant(int index) {
        participants.remove(index);
    }

    /** Saves the changed cycle; periods that have begun meanwhile open. */
    public void save() {
        CycleData d = data();
        d.reviewerId = reviewerId;
        d.alternateReviewerId = alternateReviewerId;
        d.reminderDaysBefore = reminderDays;
        d.version = version;
        d.participants = new ArrayList<>();
        for (ParticipantRow r : participants) {
            d.participants.add(new CycleData.ParticipantData(r.organisationId, r.from == null ? null : r.from.toString(),
                    r.until == null ? null : r.until.toString()));
        }
        if (!state.valid(language, d, "")) {
            return;
        }
        Long[] v = new Long[1];
        if (state.attempt(language, () -> v[0] = cycles.update(id, d, LocalDate.now(Shanghai.ZONE)).getVersion())) {
            version = v[0];
            FormState.top(FacesMessage.SEVERITY_INFO, language.message("ui.cycle.saved", code));
        }
    }

    private CycleData data() {
        CycleData d = new CycleData();
        d.planId = planId;
        d.code = code;
        d.nameZh = nameZh;
        d.nameEn = nameEn;
        d.frequency = frequency;
        d.dueDaysAfterPeriod = dueDays;
        d.graceDays = graceDays;
        d.firstPeriodStart = firstPeriodStart == null ? null : firstPeriodStart.toString();
        d.lastPeriodEnd = lastPeriodEnd == null ? null : lastPeriodEnd.toString();
        return d;
    }

    public void create() {
        CycleData d = data();
        d.alternateReviewerId = alternateReviewerId;
        d.reviewerId = ownOrganisation();
        if (!state.valid(language, d, "")) {
            return;
        }
        long[] id = new long[1];
        if (state.attempt(language, () -> id[0] = cycles.create(d, LocalDate.now(Shanghai.ZONE)).getId())) {
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

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isMissing() { return missing; }
    public boolean isAllowed() { return allowed; }
    public List<ParticipantRow> getParticipants() { return participants; }
    public Long getAlternateReviewerId() { return alternateReviewerId; }
    public void setAlternateReviewerId(Long alternateReviewerId) { this.alternateReviewerId = alternateReviewerId; }
    public Long getReviewerId() { return reviewerId; }
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
