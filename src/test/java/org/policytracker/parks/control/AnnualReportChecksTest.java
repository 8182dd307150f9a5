package org.policytracker.parks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policytracker.parks.entity.ResultKind;
import org.policytracker.platform.rest.InvalidRequestException.FieldProblem;

/** What a park's annual report needs before it is sent — and, sent late the first time, why. */
class AnnualReportChecksTest {

    private static AnnualReportContent complete() {
        AnnualReportContent c = new AnnualReportContent();
        AnnualReportContent.ProjectProgress p = new AnnualReportContent.ProjectProgress();
        p.code = "T1";
        p.name = "再生水管网工程";
        p.status = "IN_PROGRESS";
        p.investmentExecuted = new BigDecimal("1500");
        c.projects.add(p);
        AnnualReportContent.ResultValue r = new AnnualReportContent.ResultValue();
        r.kind = "WATER_SAVED";
        r.actual = new BigDecimal("400000");
        c.results.add(r);
        c.progress = "再生水管网完成 2.1 千米。";
        return c;
    }

    @Test
    void onTimeACompleteReportNeedsNothingMore() {
        assertEquals(List.of(), FilingChecks.report(complete(), false, LocalDate.of(2026, 12, 31)));
    }

    @Test
    void sentLateTheFirstTimeItSaysWhy() {
        List<FieldProblem> late = FilingChecks.report(complete(), true, LocalDate.of(2025, 12, 31));
        assertEquals(1, late.size());
        assertEquals("annualReport.latenessReason", late.get(0).field());
        assertEquals("report.late.reasonRequired", late.get(0).messageKey());
        assertEquals("2025-12-31", late.get(0).args()[0]);
        AnnualReportContent explained = complete();
        explained.latenessReason = "管网工程征地延误，年报随竣工验收资料一并报送。";
        assertEquals(List.of(), FilingChecks.report(explained, true, LocalDate.of(2025, 12, 31)));
    }

    @Test
    void aMissingActualNamesTheResultInWordsNotByItsCode() {
        AnnualReportContent c = complete();
        c.results.get(0).actual = null;
        List<FieldProblem> p = FilingChecks.report(c, false, LocalDate.of(2026, 12, 31));
        assertEquals("annualReport.results[0].actual", p.get(0).field());
        assertEquals(ResultKind.WATER_SAVED, p.get(0).args()[0], "the kind itself, which the messages word (节水量)");
    }
}
