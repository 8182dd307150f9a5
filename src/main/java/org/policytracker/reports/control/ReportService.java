package org.policytracker.reports.control;

import org.policytracker.platform.time.Shanghai;
import org.policytracker.platform.persistence.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JasperPrint;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.platform.i18n.Messages;
import org.policytracker.reporting.control.CycleService;
import org.policytracker.reporting.control.ProgressService;
import org.policytracker.reporting.control.SubmissionService;
import org.policytracker.platform.time.Timeliness;
import org.policytracker.reporting.entity.ReportingCycle;
import org.policytracker.reporting.entity.Period;

/**
 * The formal reports from live data, with only what the person generating them may see, each
 * stating the moment its data was taken (docs/reports.md).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

    @Inject
    ReportEngine engine;

    @Inject
    CycleService cycles;

    @Inject
    SubmissionService submissions;

    @Inject
    ProgressService progress;

    @Inject
    ReportFrame frame;

    /**
     * A produced report: its bytes, the file name to offer; the filled report it was exported from (for the other
     * formats of an issue), the organisation it names as issuer, its title and its figures.
     */
    public record Produced(byte[] content, String fileName, ReportEngine.Format format, JasperPrint print, Organisation issuer,
                           String title, Map<String, String> figures) {

        /** The Content-Disposition of the download. */
        public String contentDisposition() {
            return contentDispositionOf(fileName);
        }

        /** The Content-Disposition of a file download: an ASCII name for old clients, the real (Chinese) one in UTF-8. */
        public static String contentDispositionOf(String fileName) {
            return "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                    + java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    /**
     * Timeliness and ranking of a reporting cycle: per organisation slots due, submitted, on time,
     * late, missing, reporting and on-time rates, red tasks; ranked by on-time rate, reporting rate,
     * then fewest missing, late and red.
     */
    public Produced timeliness(long cycleId, Locale requested, String addressee, ReportEngine.Format format, Instant now) {
        Locale locale = Messages.supported(requested);
        boolean zh = !locale.getLanguage().equals("en");
        ReportingCycle cycle = cycles.get(cycleId);
        var visible = submissions.list(new SubmissionService.Filter(cycleId, null, null, null, null), 0, Page.EVERY).all();
        ProgressService.CycleTimeliness t = progress.cycleTimeliness(cycle, visible, now);
        LocalDate today = now.atZone(Shanghai.ZONE).toLocalDate();
        // red tasks from this cycle's own reports only, judged as at the end of its last period already begun (a 2024
        // ranking never counts a 2026 report of another cycle)
        LocalDate end = cycle.periodsUpTo(today).stream().map(Period::end)
                .max(LocalDate::compareTo).orElse(today);
        LocalDate asOf = end.isBefore(today) ? end : today;
        Map<Long, Integer> red = new HashMap<>();
        progress.planProgress(cycle.getPlan().getId(), asOf, end, cycle.getId()).organisations()
                .forEach(o -> red.put(o.organisation().getId(), o.red()));
        record Line(Organisation org, ProgressService.Rates rates, int red) {
        }
        List<Line> lines = new ArrayList<>();
        t.byOrganisation().forEach((org, rates) -> lines.add(new Line(org, rates, red.getOrDefault(org.getId(), 0))));
        lines.sort(Comparator.comparing((Line l) -> l.rates().onTimeRate() == null ? -1 : l.rates().onTimeRate(), Comparator.reverseOrder())
                .thenComparing(l -> l.rates().reportingRate() == null ? -1 : l.rates().reportingRate(), Comparator.reverseOrder())
                .thenComparingInt(l -> l.rates().missing()).thenComparingInt(l -> l.rates().late()).thenComparingInt(Line::red)
                .thenComparing(l -> l.org().getCode()));
        List<RankLine> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            rows.add(new RankLine(i + 1, zh ? l.org().getNameZh() : l.org().getNameEn(), l.rates().due(), l.rates().submitted(),
                    l.rates().onTime(), l.rates().late(), l.rates().missing(), l.rates().reportingRate(), l.rates().onTimeRate(), l.red()));
        }
        Map<String, Object> p = frame.official(locale, zh ? cycle.getNameZh() + (cycle.getNameZh().endsWith("报送") ? "" : "报送")
                        + "及时性与排名情况"
                        : (cycle.getNameEn() == null ? cycle.getNameZh() : cycle.getNameEn()) + ": timeliness and ranking",
                periods(t), addressee, cycle.getReviewer(), now);
        for (String label : List.of("RANK", "ORG", "DUE", "SUBMITTED", "ON_TIME", "LATE", "MISSING", "REPORTING_RATE",
                "ON_TIME_RATE", "RED", "TOTAL")) {
            p.put("L_" + label, Messages.get(locale, "report.timeliness." + label.toLowerCase(Locale.ROOT).replace('_', '-')));
        }
        p.put("TOTAL_DUE", t.overall().due());
        p.put("TOTAL_SUBMITTED", t.overall().submitted());
        p.put("TOTAL_ON_TIME", t.overall().onTime());
        p.put("TOTAL_LATE", t.overall().late());
        p.put("TOTAL_MISSING", t.overall().missing());
        p.put("TOTAL_REPORTING_RATE", t.overall().reportingRate());
        p.put("TOTAL_ON_TIME_RATE", t.overall().onTimeRate());
        p.put("TOTAL_RED", lines.stream().mapToInt(Line::red).sum());
        return engine.produce("timeliness-ranking", p, rows, format,
                cycle.getCode() + "-timeliness-" + today + "." + format.extension());
    }

    /** An organisation's place in the ranking: its reports due, sent, on time, late and missing, the two rates, red tasks. */
    public record RankLine(int rank, String organisation, int due, int submitted, int onTime, int late, int missing,
                           Double reportingRate, Double onTimeRate, int redTasks) implements ReportLine {
    }

    private static String periods(ProgressService.CycleTimeliness t) {
        List<String> p = new ArrayList<>(t.byPeriod().keySet());
        return p.isEmpty() ? "" : p.size() == 1 ? p.get(0) : p.get(0) + " – " + p.get(p.size() - 1);
    }
}
