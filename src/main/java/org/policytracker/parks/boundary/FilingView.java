package org.policytracker.parks.boundary;

import org.policytracker.platform.json.Jsons;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.policytracker.parks.control.AnnualReportContent;
import org.policytracker.parks.control.ParkFilingService;
import org.policytracker.parks.control.ParkPlanContent;
import org.policytracker.parks.entity.EvaluationResult;
import org.policytracker.parks.entity.FilingStatus;
import org.policytracker.parks.entity.FilingType;
import org.policytracker.parks.entity.ParkFiling;
import org.policytracker.parks.entity.ParkFilingVersion;
import org.policytracker.platform.time.Timeliness;

/** A park filing as the API shows it; one filing also with its draft document. */
public record FilingView(Long id, long version, ParkRef park, FilingType type, int year, Long planId, LocalDate dueDate,
                         FilingStatus status, Timeliness timeliness, Instant firstSubmittedAt, Instant decidedAt, int versions,
                         Review lastReview, Evaluation evaluation, boolean canEdit, boolean canReview, String draftSavedBy,
                         BigDecimal totalInvestment, ParkPlanContent plan, AnnualReportContent annualReport) {

    public record ParkRef(Long id, String code, String nameZh, String nameEn) {
    }

    public record Review(int version, FilingStatus outcome, String by, Instant at, String comment) {
    }

    public record Evaluation(EvaluationResult result, LocalDate date, String comment, String by) {
    }

    /** One submitted version as it was sent, with the province's decision. */
    public record VersionView(int number, Instant submittedAt, String submittedBy, FilingStatus outcome, Instant reviewedAt,
                              String reviewedBy, String reviewComment, JsonObject content) {
        public static VersionView of(ParkFilingVersion v) {
            return new VersionView(v.getNumber(), v.getSubmittedAt(), v.getSubmittedBy(), v.getOutcome(), v.getReviewedAt(),
                    v.getReviewedBy(), v.getReviewComment(), Jsons.PROVIDER.createReader(new StringReader(v.getContent())).readObject());
        }
    }

    public static FilingView of(ParkFiling f, Instant now, boolean canEdit, boolean canReview, boolean withContent) {
        ParkFilingVersion last = f.latest();
        ParkPlanContent plan = withContent && f.getType() == FilingType.PLAN ? ParkFilingService.planContent(f) : null;
        return new FilingView(f.getId(), f.getVersion(),
                new ParkRef(f.getPark().getId(), f.getPark().getCode(), f.getPark().getNameZh(), f.getPark().getNameEn()),
                f.getType(), f.getYear(), f.getPlan() == null ? null : f.getPlan().getId(), f.getDueDate(), f.getStatus(),
                ParkFilingService.timeliness(f, now), f.getFirstSubmittedAt(), f.getDecidedAt(), f.getVersions().size(),
                last == null || last.getOutcome() == null ? null
                        : new Review(last.getNumber(), last.getOutcome(), last.getReviewedBy(), last.getReviewedAt(), last.getReviewComment()),
                f.getEvaluationResult() == null ? null
                        : new Evaluation(f.getEvaluationResult(), f.getEvaluationDate(), f.getEvaluationComment(), f.getEvaluatedBy()),
                canEdit && f.getStatus().editable(), canReview && f.getStatus().awaitingReview(), f.getDraftSavedBy(),
                plan == null ? null : ParkFilingService.totalInvestment(plan), plan,
                withContent && f.getType() == FilingType.ANNUAL_REPORT ? ParkFilingService.reportContent(f) : null);
    }
}
