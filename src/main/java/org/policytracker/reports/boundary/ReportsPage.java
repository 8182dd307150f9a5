package org.policytracker.reports.boundary;

import org.policytracker.platform.i18n.Bilingual;
import org.policytracker.platform.time.Shanghai;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.platform.web.Download;
import org.policytracker.platform.web.Language;
import org.policytracker.reports.control.ReportSubjects;
import org.policytracker.reports.control.AttainmentReport;
import org.policytracker.reports.control.ParkReports;
import org.policytracker.reports.control.PlanSummaryReport;
import org.policytracker.reports.control.ReportEngine;
import org.policytracker.reports.control.ReportService;
import org.policytracker.platform.rest.AccessDeniedException;
import org.policytracker.reports.control.IssuedReports;
import org.policytracker.reports.entity.IssuedReportKind;

/**
 * The reports page (reports/index.xhtml): pick a report, its plan, cycle or park, the period or
 * year, the format and the language, and download it — the same reports as /api/reports, with
 * the same rules on who may see what.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The reports on offer (docs/reports.md). */
    public enum Kind { PLAN_SUMMARY, INDICATORS, TIMELINESS, PARK_SUMMARY, PARK_PROGRESS }

    @Inject
    Language language;

    @Inject
    transient ReportSubjects subjects;

    @Inject
    transient PlanSummaryReport planSummary;

    @Inject
    transient AttainmentReport attainment;

    @Inject
    transient ReportService timeliness;

    @Inject
    transient ParkReports parkReports;

    private Kind kind = Kind.PLAN_SUMMARY;
    private Long planId;
    private Long cycleId;
    private Long parkId;
    private Long provinceId;
    private List<SelectItem> provinceItems;
    private String period;
    private Integer year = Instant.now().atZone(Shanghai.ZONE).getYear() - 1;
    private String format = "PDF";
    private String lang;
    private String addressee;
    private List<SelectItem> planItems;
    private List<SelectItem> cycleItems;
    private List<SelectItem> parkItems;

    @Transactional
    public List<SelectItem> getPlanItems() {
        if (planItems == null) {
            planItems = new ArrayList<>();
            boolean en = language.isEnglish();
            subjects.plans().forEach(p -> planItems.add(new SelectItem(p.getId(),
                    p.getCode() + " " + Bilingual.pick(p.getTitleZh(), p.getTitleEn(), en, null))));
        }
        return planItems;
    }

    @Transactional
    public List<SelectItem> getCycleItems() {
        if (cycleItems == null) {
            cycleItems = new ArrayList<>();
            boolean en = language.isEnglish();
            subjects.cycles().forEach(c -> cycleItems.add(new SelectItem(c.getId(),
                    Bilingual.pick(c.getNameZh(), c.getNameEn(), en, null))));
        }
        return cycleItems;
    }

    /** The provinces, for a national reader's choice of the park summary (others get their own province). */
    @Transactional
    public List<SelectItem> getProvinceItems() {
        if (provinceItems == null) {
            provinceItems = new ArrayList<>();
            boolean en = language.isEnglish();
            subjects.provinces().forEach(o -> provinceItems.add(new SelectItem(o.getId(), Bilingual.pick(o.getNameZh(), o.getNameEn(), en, null))));
        }
        return provinceItems;
    }

    @Transactional
    public List<SelectItem> getParkItems() {
        if (parkItems == null) {
            parkItems = new ArrayList<>();
            boolean en = language.isEnglish();
            subjects.parks().forEach(p -> parkItems.add(
                    new SelectItem(p.getId(), Bilingual.pick(p.getNameZh(), p.getNameEn(), en, null))));
        }
        return parkItems;
    }

    /** Runs a report in a transaction of its own; a refusal comes out as its exception, with nothing kept. */
    @jakarta.enterprise.context.ApplicationScoped
    @Transactional
    public static class InTransaction {
        public ReportService.Produced produce(java.util.function.Supplier<ReportService.Produced> report) {
            return report.get();
        }

        /** Issues a report and reads what the page shows of it in the same transaction. */
        public IssuedReportView issue(java.util.function.Supplier<IssuedReports.Issued> issue) {
            return IssuedReportView.of(issue.get());
        }
    }

    @Inject
    transient InTransaction tx;

    /** Produces the chosen report and sends it to the browser as a file. */
    public void download() throws IOException {
        Locale locale = Locale.forLanguageTag(lang == null || lang.isBlank() ? language.getCode() : lang);
        ReportEngine.Format f = ReportEngine.Format.valueOf(format);
        Instant now = Instant.now();
        ReportService.Produced p;
        try {
            p = tx.produce(() -> switch (kind) {
                case PLAN_SUMMARY -> planSummary.produce(required(planId, "planId"), blankToNull(period), locale, addressee, f, now);
                case INDICATORS -> attainment.produce(required(planId, "planId"), locale, addressee, f, now);
                case TIMELINESS -> timeliness.timeliness(required(cycleId, "cycleId"), locale, addressee, f, now);
                case PARK_SUMMARY -> parkReports.provincialSummary(provinceId, required(year, "year"), locale, addressee, f, now);
                case PARK_PROGRESS -> parkReports.park(required(parkId, "parkId"), year, locale, addressee, f, now);
            });
        } catch (InvalidRequestException e) {
            e.problems().forEach(x -> error(language.message(x.messageKey(), x.args())));
            return;
        } catch (AccessDeniedException e) {
            error(language.message(e.messageKey()));
            return;
        } catch (NotFoundException e) {
            error(language.message("ui.reports.notFound"));
            return;
        }
        Download.send(p.content(), p.format().mediaType(), p.contentDisposition());
    }

    @Inject
    transient IssuedReports issued;

    /** The last report issued from this page, with what changed since its previous issue. */
    private IssuedReportView lastIssued;

    /**
     * Issues the chosen report (印发) in the chosen language: numbered, dated and kept unchanged as PDF, Excel and
     * Word; the page then shows its number, its files and the figures changed since the last issue.
     */
    public void issue() {
        if (kind == Kind.PARK_PROGRESS) {
            error(language.message("ui.reports.issue.notIssued"));
            return;
        }
        String l = lang == null || lang.isBlank() ? language.getCode() : lang;
        try {
            var request = switch (kind) {
                case PLAN_SUMMARY -> new IssuedReports.Request(
                        IssuedReportKind.PLAN_SUMMARY, required(planId, "planId"), blankToNull(period), l, addressee);
                case INDICATORS -> new IssuedReports.Request(
                        IssuedReportKind.INDICATORS, required(planId, "planId"), null, l, addressee);
                case TIMELINESS -> new IssuedReports.Request(
                        IssuedReportKind.TIMELINESS, required(cycleId, "cycleId"), null, l, addressee);
                default -> new IssuedReports.Request(
                        IssuedReportKind.PARK_SUMMARY, provinceId,
                        year == null ? null : String.valueOf(year), l, addressee);
            };
            lastIssued = tx.issue(() -> issued.issue(request, Instant.now()));
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    language.message("ui.reports.issued", lastIssued.documentNumber(), lastIssued.changes().size()), null));
        } catch (InvalidRequestException e) {
            e.problems().forEach(x -> error(language.message(x.messageKey(), x.args())));
        } catch (AccessDeniedException e) {
            error(language.message(e.messageKey()));
        } catch (NotFoundException e) {
            error(language.message("ui.reports.notFound"));
        }
    }

    public IssuedReportView getLastIssued() {
        return lastIssued;
    }

    private <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidRequestException(field, "ui.reports.choose");
        }
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public Kind[] getKinds() { return Kind.values(); }
    public Kind getKind() { return kind; }
    public void setKind(Kind kind) { this.kind = kind; }
    public Long getPlanId() { return planId; }
    public void setPlanId(Long planId) { this.planId = planId; }
    public Long getCycleId() { return cycleId; }
    public void setCycleId(Long cycleId) { this.cycleId = cycleId; }
    public Long getProvinceId() { return provinceId; }
    public void setProvinceId(Long provinceId) { this.provinceId = provinceId; }
    public Long getParkId() { return parkId; }
    public void setParkId(Long parkId) { this.parkId = parkId; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format; }
    /** The report's language: the page's until another is chosen. */
    public String getLang() { return lang == null || lang.isBlank() ? language.getCode() : lang; }
    public void setLang(String lang) { this.lang = lang; }
    public String getAddressee() { return addressee; }
    public void setAddressee(String addressee) { this.addressee = addressee; }
}
