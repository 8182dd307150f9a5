package org.policytracker.reports.control;

import org.policytracker.platform.i18n.Bilingual;
import org.policytracker.platform.time.Shanghai;
import org.policytracker.platform.persistence.Page;
import static org.policytracker.reports.control.ReportFrame.chinese;
import static org.policytracker.reports.control.ReportFrame.label;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.policytracker.cases.control.CaseService;
import org.policytracker.cases.entity.TypicalCase;
import org.policytracker.organisations.control.OrganisationService;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.OrganisationKind;
import org.policytracker.parks.control.AnnualReportContent;
import org.policytracker.parks.control.ParkFilingService;
import org.policytracker.parks.control.ParkListContent;
import org.policytracker.parks.control.ParkListService;
import org.policytracker.parks.control.ParkPlanContent;
import org.policytracker.parks.control.ParkService;
import org.policytracker.parks.entity.FilingStatus;
import org.policytracker.parks.entity.FilingType;
import org.policytracker.parks.entity.Park;
import org.policytracker.parks.entity.ParkFiling;
import org.policytracker.parks.entity.ParkFilingVersion;
import org.policytracker.parks.entity.ParkList;
import org.policytracker.parks.entity.ResultKind;
import org.policytracker.platform.i18n.Messages;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.parks.control.ParkAccess;

/**
 * The parks' reports: the provincial annual summary of the parks' circular transformation to NDRC
 * and MIIT, and one park's plan and annual progress. Both read the <em>sent</em> versions of the
 * filings the user may see (never a draft being edited), as of the moment the report is made.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ParkReports {

    /** The results whose park figures add up to a provincial total; the others (rates, intensities) are averaged. */
    static final Set<ResultKind> ADDITIVE = Set.of(ResultKind.ENERGY_SAVED, ResultKind.WATER_SAVED, ResultKind.CO2_REDUCED,
            ResultKind.SOLID_WASTE_REDUCED, ResultKind.WASTEWATER_REDUCED, ResultKind.AIR_POLLUTANTS_REDUCED);

    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    ReportEngine engine;

    @Inject
    ReportFrame frame;

    @Inject
    ParkFilingService filings;

    @Inject
    ParkListService lists;

    @Inject
    ParkService parks;

    @Inject
    OrganisationService organisations;

    @Inject
    CaseService cases;

    @Inject
    AccessPolicy access;

    @Inject
    ParkAccess parkAccess;

    /** A park's standing in a year, from its sent filings. */
    record Standing(Park park, ParkFiling plan, ParkPlanContent planContent, ParkFiling pendingPlan,
                    TreeMap<Integer, ParkFiling> reports, Map<Integer, AnnualReportContent> reportContent) {

        AnnualReportContent in(int year) {
            return reportContent.get(year);
        }

        /** Each project's status in the latest report up to the year. */
        Map<String, String> projectStatus(int year) {
            Map<String, String> out = new HashMap<>();
            reportContent.entrySet().stream().filter(e -> e.getKey() <= year).sorted(Map.Entry.comparingByKey())
                    .forEach(e -> e.getValue().projects.forEach(p -> {
                        if (p.code != null && p.status != null) {
                            out.put(p.code, p.status);
                        }
                    }));
            return out;
        }

        BigDecimal executed(int fromYear, int toYear) {
            BigDecimal sum = BigDecimal.ZERO;
            for (var e : reportContent.entrySet()) {
                if (e.getKey() >= fromYear && e.getKey() <= toYear) {
                    for (var p : e.getValue().projects) {
                        sum = sum.add(p.investmentExecuted == null ? BigDecimal.ZERO : p.investmentExecuted);
                    }
                }
            }
            return sum;
        }

        BigDecimal planned() {
            return planContent == null ? BigDecimal.ZERO : ParkFilingService.totalInvestment(planContent);
        }
    }

    /** The sent version of a filing (the draft being edited never counts), or null if never sent. */
    static String sent(ParkFiling f) {
        ParkFilingVersion v = f.latest();
        return v == null ? null : v.getContent();
    }

    /** Every visible park of the province (all visible when null) with an approved plan or a plan under review, as in {@code year}. */
    List<Standing> standings(Long provinceId, int year) {
        List<ParkFiling> all = filings.list(new ParkFilingService.Filter(null, null, null, null), 0, Page.EVERY).all();
        Map<Long, Park> parkById = new LinkedHashMap<>();
        Map<Long, ParkFiling> approvedPlan = new HashMap<>();
        Map<Long, ParkFiling> pending = new HashMap<>();
        Map<Long, TreeMap<Integer, ParkFiling>> reports = new HashMap<>();
        for (ParkFiling f : all) {
            Park p = f.getPark();
            if (provinceId != null && !p.getProvince().getId().equals(provinceId)) {
                continue;
            }
            if (f.getType() == FilingType.PLAN) {
                if (f.getYear() > year) {
                    continue;
                }
                parkById.putIfAbsent(p.getId(), p);
                // approved as the year stood: an approval after 31 December of the year does not count for it
                if (f.approvedBy(java.time.LocalDate.of(year, 12, 31))) {
                    ParkFiling have = approvedPlan.get(p.getId());
                    if (have == null || f.getYear() > have.getYear()) {
                        approvedPlan.put(p.getId(), f);
                    }
                } else if (f.getStatus() != FilingStatus.DRAFT || f.latest() != null) {
                    pending.put(p.getId(), f);
                } else {
                    pending.putIfAbsent(p.getId(), null);
                }
            } else if (f.getYear() <= year && sent(f) != null) {
                reports.computeIfAbsent(p.getId(), k -> new TreeMap<>()).put(f.getYear(), f);
            }
        }
        List<Standing> out = new ArrayList<>();
        for (Park p : parkById.values()) {
            ParkFiling plan = approvedPlan.get(p.getId());
            ParkPlanContent pc = plan == null ? null : ParkFilingService.read(sent(plan), ParkPlanContent.class);
            TreeMap<Integer, ParkFiling> rs = reports.getOrDefault(p.getId(), new TreeMap<>());
            Map<Integer, AnnualReportContent> rc = new TreeMap<>();
            rs.forEach((y, f) -> rc.put(y, ParkFilingService.read(sent(f), AnnualReportContent.class)));
            out.add(new Standing(p, plan, pc, plan == null ? pending.get(p.getId()) : null, rs, rc));
        }
        out.sort(Comparator.comparing(s -> s.park().getCode()));
        return out;
    }

    /** Whether the approved plan's period covers the year (an annual report is due for it). */
    static boolean covers(Standing s, int year) {
        return s.planContent() != null && (s.planContent().periodStart == null || s.planContent().periodStart <= year)
                && (s.planContent().periodEnd == null || s.planContent().periodEnd >= year);
    }

    // ------------------------------------------------------------------ provincial summary

    /**
     * The provincial annual summary of the parks' circular transformation in {@code year}, addressed
     * to NDRC's Department of Resource Conservation and Environmental Protection and MIIT's
     * Department of Energy Conservation and Comprehensive Utilisation.
     */
    public ReportService.Produced provincialSummary(Long provinceId, int year, Locale requested, String addressee,
                                                    ReportEngine.Format format, Instant now) {
        access.requireSignedIn();
        Locale locale = Messages.supported(requested);
        boolean zh = chinese(locale);
        Organisation province = provinceId != null ? organisations.get(provinceId) : ownProvince();
        if (province != null && province.getKind() != OrganisationKind.PROVINCE) {
            throw new InvalidRequestException("province", "report.parks.notProvince", new Bilingual.Text(province.getNameZh(), province.getNameEn()));
        }
        parkAccess.requireParkSummaryReader(province);
        Long pid = province == null ? null : province.getId();
        List<Standing> all = standings(pid, year);
        Set<Long> listed = withListedParks(all, pid, year);
        all.sort(Comparator.comparing(st -> st.park().getCode()));
        ParkSummaryFigures f = ParkSummaryFigures.of(all, year, now, locale);
        String scopeName = province == null ? label(locale, "parks.allProvinces") : name(province, zh);
        Lines lines = new Lines();
        ParkSummaryLayout.overview(lines, locale, f, scopeName, year, listed.size(), all);
        ParkSummaryLayout.byPark(lines, locale, f);
        ParkSummaryLayout.results(lines, locale, f, year);
        lines.section(label(locale, "parks.behindSection"));
        if (f.behind.isEmpty()) {
            lines.paragraph(label(locale, "parks.noneBehind"));
        }
        ParkSummaryLayout.remarks(lines, f.behind);
        lines.section(label(locale, "parks.experience"));
        ParkSummaryLayout.remarks(lines, f.experience);
        List<TypicalCase> typical = typicalCases(province, year);
        if (!typical.isEmpty()) {
            lines.paragraph(label(locale, "parks.typicalCases", typical.size(), year));
            typical.forEach(c -> lines.remark(c.getUnitName(),
                    (zh ? c.getList().getTitleZh() : c.getList().getTitleEn() == null ? c.getList().getTitleZh() : c.getList().getTitleEn())
                            + (c.getIndustry() == null ? "" : " · " + c.getIndustry())));
        }
        if (f.experience.isEmpty() && typical.isEmpty()) {
            lines.paragraph(label(locale, "summary.none"));
        }
        lines.section(label(locale, "parks.difficulties"));
        if (f.difficulties.isEmpty()) {
            lines.paragraph(label(locale, "summary.none"));
        }
        ParkSummaryLayout.remarks(lines, f.difficulties);

        Organisation issuer = issuer(province);
        String to = addressee != null && !addressee.isBlank() ? addressee : label(locale, "parks.addressee");
        Map<String, Object> p = frame.official(locale, label(locale, "parks.title", scopeName, year),
                label(locale, "parks.subtitle", year), to, issuer, now);
        p.put("YEAR", String.valueOf(year));
        return engine.produce("park-summary", p, lines.rows(), format,
                (province == null ? "all" : province.getCode()) + "-parks-summary-" + year + "." + format.extension());
    }

    /**
     * The parks on the province's lists sent by the end of the year; a listed park that has sent no plan yet is added to
     * {@code all} (it is behind too).
     */
    private Set<Long> withListedParks(List<Standing> all, Long pid, int year) {
        // listed parks: on the province's lists sent by the end of the year
        Set<Long> listed = new LinkedHashSet<>();
        for (ParkList l : lists.list(pid, null, 0, Page.EVERY).all()) {
            if (l.getStatus() == ParkList.Status.SUBMITTED && l.getYear() <= year) {
                ParkListContent c = ParkListService.content(l);
                c.parks.forEach(e -> listed.add(e.parkId));
            }
        }
        // a listed park that has sent no plan yet is behind too
        Set<Long> have = new HashSet<>();
        all.forEach(st -> have.add(st.park().getId()));
        for (Long id : listed) {
            if (id != null && !have.contains(id)) {
                all.add(new Standing(parks.get(id), null, null, null, new TreeMap<>(), Map.of()));
            }
        }
        return listed;
    }

    private List<TypicalCase> typicalCases(Organisation province, int year) {
        if (province == null) {
            return List.of();
        }
        return cases.search(new CaseService.Filter(null, null, null, null, province.getId(), null), 0, Page.EVERY).all().stream()
                .filter(c -> c.getList().getYear() == year).toList();
    }

    /** The user's province (the first province among their organisation and its ancestors), or null (national, administrator). */
    private Organisation ownProvince() {
        return access.user().organisation().flatMap(o -> o.selfAndAncestors().stream()
                .filter(a -> a.getKind() == OrganisationKind.PROVINCE).findFirst()).orElse(null);
    }

    /** Who issues: the user's own organisation when it lies in the province, else the province itself. */
    private Organisation issuer(Organisation province) {
        Organisation me = access.user().organisation().orElse(null);
        if (me != null && (province == null || me.selfAndAncestors().stream().anyMatch(a -> a.getId().equals(province.getId())))) {
            return me;
        }
        return province != null ? province : me;
    }

    // ------------------------------------------------------------------ one park

    /** One park's plan and its progress year by year up to {@code year}. */
    public ReportService.Produced park(long parkId, Integer requestedYear, Locale requested, String addressee,
                                       ReportEngine.Format format, Instant now) {
        Locale locale = Messages.supported(requested);
        boolean zh = chinese(locale);
        Park park = parks.get(parkId);
        if (!parkAccess.mayReadParkReport(park.getProvince(), park.getCommittee())) {
            throw new NotFoundException(ParkService.ENTITY, parkId);
        }
        int year = requestedYear != null ? requestedYear : now.atZone(Shanghai.ZONE).getYear() - 1;
        Standing s = standings(park.getProvince().getId(), year).stream().filter(x -> x.park().getId().equals(parkId))
                .findFirst().orElse(null);
        Lines lines = ParkProgressSections.of(park, s, year, now, locale);
        Map<String, Object> p = frame.official(locale, label(locale, "park.title", name(park, zh), year),
                label(locale, "park.subtitle", year), addressee, park.getCommittee(), now);
        p.put("YEAR", String.valueOf(year));
        if (addressee == null || addressee.isBlank()) {
            p.put("ADDRESSEE", name(park.getProvince(), zh) + (zh ? "：" : ":"));
        }
        return engine.produce("park-progress", p, lines.rows(), format,
                park.getCode() + "-progress-" + year + "." + format.extension());
    }

    static BigDecimal executedOf(Standing s, String code, int from, int to) {
        BigDecimal sum = BigDecimal.ZERO;
        for (var e : s.reportContent().entrySet()) {
            if (e.getKey() >= from && e.getKey() <= to) {
                for (var p : e.getValue().projects) {
                    if (code != null && code.equals(p.code) && p.investmentExecuted != null) {
                        sum = sum.add(p.investmentExecuted);
                    }
                }
            }
        }
        return sum;
    }

    /** Share of the way from baseline (0 when absent) to target that the actual covers, in percent. */
    static BigDecimal progress(BigDecimal baseline, BigDecimal target, BigDecimal actual) {
        if (target == null || actual == null) {
            return null;
        }
        BigDecimal b = baseline == null ? BigDecimal.ZERO : baseline;
        if (target.compareTo(b) == 0) {
            return null;
        }
        return actual.subtract(b).multiply(BigDecimal.valueOf(100)).divide(target.subtract(b), 1, RoundingMode.HALF_UP);
    }

    static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    static BigDecimal avg(BigDecimal sum, BigDecimal n) {
        return n.signum() == 0 ? null : sum.divide(n, 3, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }

    static String name(Park p, boolean zh) {
        return zh || p.getNameEn() == null ? p.getNameZh() : p.getNameEn();
    }

    static String name(Organisation o, boolean zh) {
        return o == null ? "" : zh || o.getNameEn() == null ? o.getNameZh() : o.getNameEn();
    }

    static String level(Locale locale, Park p) {
        return label(locale, "level." + p.getLevel().name());
    }
}
