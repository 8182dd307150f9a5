package org.policytracker.cases.boundary;

import java.math.BigDecimal;
import java.util.List;
import org.policytracker.cases.entity.CaseFigure;
import org.policytracker.cases.entity.CaseList;
import org.policytracker.cases.entity.FigureKind;
import org.policytracker.plans.entity.Recognition;
import org.policytracker.cases.entity.TypicalCase;
import org.policytracker.organisations.boundary.OrganisationView;

/** A typical case as published, with its typed figures. */
public record CaseView(Long id, ListRef list, int number, String unitName, String industry, String province,
                       OrganisationView.Ref provinceOrganisation, String mode, String practice, String remarks,
                       List<FigureView> figures) {

    public record ListRef(Long id, String code, String titleZh, int year, Recognition recognition) {
        static ListRef of(CaseList l) {
            return new ListRef(l.getId(), l.getCode(), l.getTitleZh(), l.getYear(), l.getRecognition());
        }
    }

    public record FigureView(FigureKind kind, boolean change, BigDecimal value, String unit, boolean atLeast, Integer year,
                             String quote) {
        static FigureView of(CaseFigure f) {
            return new FigureView(f.getKind(), f.isChange(), f.getValue().stripTrailingZeros(), f.getUnit(), f.isAtLeast(),
                    f.getYear(), f.getQuote());
        }
    }

    public static CaseView of(TypicalCase c) {
        return new CaseView(c.getId(), ListRef.of(c.getList()), c.getNumber(), c.getUnitName(), c.getIndustry(),
                c.getProvinceName(), OrganisationView.Ref.of(c.getProvince()), c.getMode(), c.getPractice(), c.getRemarks(),
                c.getFigures().stream().map(FigureView::of).toList());
    }

    /** A list with how many cases and figures it holds. */
    public record ListView(Long id, String code, String titleZh, String titleEn, int year, Recognition recognition,
                           String publisher, String sourceNote, int cases, long figures, long version) {
        public static ListView of(CaseList l) {
            return new ListView(l.getId(), l.getCode(), l.getTitleZh(), l.getTitleEn(), l.getYear(), l.getRecognition(),
                    l.getPublisher(), l.getSourceNote(), l.getCases().size(),
                    l.getCases().stream().mapToLong(c -> c.getFigures().size()).sum(), l.getVersion());
        }
    }
}
