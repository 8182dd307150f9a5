package org.policytracker.parks.boundary;

import org.policytracker.platform.i18n.Bilingual;
import org.policytracker.platform.persistence.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policytracker.parks.control.AnnualReportContent;
import org.policytracker.parks.control.ParkFilingService;
import org.policytracker.parks.control.ParkPlanContent;
import org.policytracker.parks.control.ParkService;
import org.policytracker.parks.entity.FilingType;
import org.policytracker.parks.entity.Park;
import org.policytracker.parks.entity.ParkFiling;
import org.policytracker.parks.entity.ParkFilingVersion;
import org.policytracker.parks.entity.TransformationArea;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.parks.control.ParkAccess;
import org.policytracker.parks.control.FilingData;

/**
 * Reads parks and their filings into the plain forms the park pages edit (in one transaction): the
 * parks with their plan's and latest report's state, and one filing's document with what the user
 * may do with it and its sent versions.
 */
@ApplicationScoped
@Transactional
public class FilingForms {

    /** A park with its latest plan and annual report as the user sees them. */
    public record ParkLine(long parkId, String name, String level, boolean mine, Long planId, Integer planYear, String planStatus,
                           Long reportId, Integer reportYear, String reportStatus) implements Serializable {
    }

    public record VersionLine(int number, Instant submittedAt, String submittedBy, String outcome, String reviewedBy,
                              String comment) implements Serializable {
    }

    /** One filing as the form holds it: a plan or an annual report (the other is null). */
    public static final class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        public long id;
        public long version;
        public String park;
        public String type;
        public int year;
        public String status;
        public LocalDate dueDate;
        /** Not sent yet and past its due date: sending asks why. */
        public boolean late;
        public boolean canFile;
        public boolean canApprove;
        public ParkPlanContent plan;
        public AnnualReportContent report;
        public List<VersionLine> versions = new ArrayList<>();

        public long getId() { return id; }
        public long getVersion() { return version; }
        public String getPark() { return park; }
        public String getType() { return type; }
        public int getYear() { return year; }
        public String getStatus() { return status; }
        public LocalDate getDueDate() { return dueDate; }
        public boolean isLate() { return late; }
        public boolean isCanFile() { return canFile; }
        public boolean isCanApprove() { return canApprove; }
        public ParkPlanContent getPlan() { return plan; }
        public AnnualReportContent getReport() { return report; }
        public List<VersionLine> getVersions() { return versions; }
    }

    @Inject
    ParkService parks;

    @Inject
    ParkFilingService filings;

    @Inject
    AccessPolicy access;

    @Inject
    ParkAccess parkAccess;

    /** The parks the user may see filings of, or their own park, with the latest plan and report. */
    public List<ParkLine> parks(boolean english) {
        Map<Long, ParkFiling> plan = new HashMap<>();
        Map<Long, ParkFiling> report = new HashMap<>();
        Map<Long, Park> seen = new HashMap<>();
        for (ParkFiling f : filings.list(new ParkFilingService.Filter(null, null, null, null), 0, Page.EVERY).all()) {
            Map<Long, ParkFiling> m = f.getType() == FilingType.PLAN ? plan : report;
            ParkFiling have = m.get(f.getPark().getId());
            if (have == null || f.getYear() > have.getYear()) {
                m.put(f.getPark().getId(), f);
            }
            seen.put(f.getPark().getId(), f.getPark());
        }
        access.user().organisation().flatMap(parks::ofCommittee).ifPresent(p -> seen.put(p.getId(), p));
        List<ParkLine> out = new ArrayList<>();
        for (Park p : seen.values()) {
            ParkFiling pl = plan.get(p.getId());
            ParkFiling rp = report.get(p.getId());
            out.add(new ParkLine(p.getId(), Bilingual.pick(p.getNameZh(), p.getNameEn(), english, null), p.getLevel().name(),
                    parkAccess.canFile(p.getCommittee()), pl == null ? null : pl.getId(), pl == null ? null : pl.getYear(),
                    pl == null ? null : pl.getStatus().name(), rp == null ? null : rp.getId(), rp == null ? null : rp.getYear(),
                    rp == null ? null : rp.getStatus().name()));
        }
        out.sort(Comparator.comparing(ParkLine::name));
        return out;
    }

    public Form read(long id, boolean english) {
        ParkFiling f = filings.get(id);
        Form form = new Form();
        form.id = f.getId();
        form.version = f.getVersion();
        Park p = f.getPark();
        form.park = Bilingual.pick(p.getNameZh(), p.getNameEn(), english, null);
        form.type = f.getType().name();
        form.year = f.getYear();
        form.status = f.getStatus().name();
        form.dueDate = f.getDueDate();
        form.late = ParkFilingService.sentLate(f, Instant.now());
        form.canFile = f.getStatus().editable() && parkAccess.canFile(p.getCommittee());
        form.canApprove = f.getStatus().awaitingReview() && parkAccess.canApprove(p.getProvince(), p.getCommittee());
        // the committee edits its draft; everyone else reads what was sent
        String content = form.canFile || f.latest() == null ? f.getContent() : f.latest().getContent();
        if (f.getType() == FilingType.PLAN) {
            form.plan = ParkFilingService.read(content, ParkPlanContent.class);
            // one main task per area of the notice, in its order
            for (TransformationArea a : TransformationArea.values()) {
                if (form.plan.tasks.stream().noneMatch(t -> a.name().equals(t.area))) {
                    ParkPlanContent.TaskItem t = new ParkPlanContent.TaskItem();
                    t.area = a.name();
                    form.plan.tasks.add(t);
                }
            }
            form.plan.tasks.sort(Comparator.comparing(t -> t.area == null ? 99 : TransformationArea.valueOf(t.area).ordinal()));
        } else {
            form.report = ParkFilingService.read(content, AnnualReportContent.class);
        }
        for (ParkFilingVersion v : f.getVersions()) {
            form.versions.add(new VersionLine(v.getNumber(), v.getSubmittedAt(), v.getSubmittedBy(),
                    v.getOutcome() == null ? null : v.getOutcome().name(), v.getReviewedBy(), v.getReviewComment()));
        }
        return form;
    }

    /** Opens a new plan or annual report for the user's park; returns its id. */
    public long open(long parkId, FilingType type, int year) {
        FilingData d = new FilingData();
        d.parkId = parkId;
        d.type = type.name();
        d.year = year;
        return filings.open(d).getId();
    }
}
