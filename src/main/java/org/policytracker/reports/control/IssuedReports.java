package org.policytracker.reports.control;

import org.policytracker.platform.time.Shanghai;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.OrganisationKind;
import org.policytracker.platform.i18n.Messages;
import org.policytracker.platform.io.Sha256;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.persistence.Scope;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.reports.entity.IssuedReport;
import org.policytracker.reports.entity.IssuedReportContent;
import org.policytracker.reports.entity.IssuedReportFile;
import org.policytracker.reports.entity.IssuedReportKind;
import org.policytracker.security.control.AccessPolicy;
import java.util.ArrayList;
import org.policytracker.reports.entity.IssuedReport_;
import org.policytracker.platform.persistence.CriteriaPage;
import jakarta.persistence.criteria.Predicate;

/**
 * Issuing a report (印发): the report produced once from the data of this moment, numbered in its issuer's series
 * (陕工信函〔2026〕12号), dated, and kept as PDF/A-2b, XLSX and DOCX with their SHA-256 — never produced again, so
 * every later download is byte for byte the copy that was sent. Issuing again gives the next number and the figures
 * that changed since the last issue.
 */
@ApplicationScoped
@Transactional
public class IssuedReports {

    private static final String ENTITY = "issuedReport";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    IssuedReportAccess rules;

    @Inject
    ReportEngine engine;

    @Inject
    ReportService reports;

    @Inject
    PlanSummaryReport planSummary;

    @Inject
    AttainmentReport attainment;

    @Inject
    ParkReports parks;

    /**
     * What to issue: which report of which subject (a park summary without one: the issuing office's province), for which
     * period, in which language, to whom.
     */
    public record Request(IssuedReportKind kind, Long subjectId, String period, String language, String addressee) {
    }

    /** An issued report with the figures changed since the issue before it (none for a first issue). */
    public record Issued(IssuedReport report, List<Figures.Change> changes) {
    }

    /** Issues {@code r} now, as the signed-in plan office. */
    public Issued issue(Request r, Instant now) {
        access.requireSignedIn();
        Organisation me = access.user().organisation().orElse(null);
        rules.requireIssuer(me);
        // numbers are given one at a time per organisation: the row lock holds a concurrent issue until this one commits
        me = em.find(Organisation.class, me.getId(), LockModeType.PESSIMISTIC_WRITE);
        String period = r.period() == null || r.period().isBlank() ? null : r.period().strip();
        if (period == null && (r.kind() == IssuedReportKind.PLAN_SUMMARY || r.kind() == IssuedReportKind.PARK_SUMMARY)) {
            throw new InvalidRequestException("period", "report.issue.periodRequired");
        }
        if (me.getDocumentPrefix() == null || me.getDocumentPrefix().isBlank()) {
            throw new InvalidRequestException("issuer", "report.issue.noPrefix", me.getNameZh(), me.getNameEn());
        }
        Locale locale = Messages.supported(Locale.forLanguageTag(r.language() == null ? "zh" : r.language()));
        LocalDate day = now.atZone(Shanghai.ZONE).toLocalDate();
        int serial = em.createQuery("select coalesce(max(r.serial), 0) from IssuedReport r where r.issuer = :me and r.issueYear = :y",
                Integer.class).setParameter("me", me).setParameter("y", day.getYear()).getSingleResult() + 1;
        String number = me.getDocumentPrefix().strip() + "〔" + day.getYear() + "〕" + serial + "号";
        long subject = r.subjectId() != null ? r.subjectId() : ownProvince(me);
        ReportService.Produced produced = ReportFrame.issuing(number, day,
                () -> produce(r.kind(), subject, period, locale, r.addressee(), ReportEngine.Format.PDF, now));
        // the report names its issuer (发文机关); only that organisation's office issues it
        rules.requireIssuer(produced.issuer());
        IssuedReport previous = latest(r.kind(), subject, period, locale.getLanguage(), me).orElse(null);
        JsonObjectBuilder figures = Json.createObjectBuilder();
        produced.figures().forEach(figures::add);
        IssuedReport issued = new IssuedReport(r.kind(), subject, period, locale.getLanguage(), me, day.getYear(), serial,
                number, day, now.truncatedTo(ChronoUnit.MICROS), access.user().name(), produced.title(),
                r.addressee() == null || r.addressee().isBlank() ? null : r.addressee().strip(), figures.build().toString(), previous);
        String base = number.replaceAll("[〔〕]", "-").replace("号", "") + " " + produced.title();
        String stem = base.replaceAll("[\\\\/:*?\"<>|]", " ").strip();
        stem = stem.length() > 120 ? stem.substring(0, 120) : stem;
        Map<IssuedReportFile, byte[]> bytes = new LinkedHashMap<>();
        for (ReportEngine.Format f : ReportEngine.Format.values()) {
            byte[] content = f == ReportEngine.Format.PDF ? produced.content()
                    : engine.export(produced.print(), f, Map.of("TITLE", produced.title(), "ISSUER", me.getNameZh()));
            bytes.put(issued.attach(f.name(), stem + "." + f.extension(), content.length, Sha256.hex(content)), content);
        }
        em.persist(issued);
        em.flush();
        bytes.forEach((file, content) -> em.persist(new IssuedReportContent(file.getId(), content)));
        em.flush();
        return new Issued(issued, changes(issued));
    }

    /** The province the organisation lies in (the subject of its park summary when none is named). */
    private static long ownProvince(Organisation me) {
        return me.selfAndAncestors().stream().filter(o -> o.getKind() == OrganisationKind.PROVINCE).findFirst()
                .orElseThrow(() -> new InvalidRequestException("subjectId", "ui.reports.choose")).getId();
    }

    private ReportService.Produced produce(IssuedReportKind kind, long subject, String period, Locale locale, String addressee,
                                           ReportEngine.Format format, Instant now) {
        return switch (kind) {
            case PLAN_SUMMARY -> planSummary.produce(subject, period, locale, addressee, format, now);
            case INDICATORS -> attainment.produce(subject, locale, addressee, format, now);
            case TIMELINESS -> reports.timeliness(subject, locale, addressee, format, now);
            case PARK_SUMMARY -> parks.provincialSummary(subject, year(period), locale, addressee, format, now);
        };
    }

    private static int year(String period) {
        try {
            int y = Integer.parseInt(period);
            if (y >= 1949 && y <= 2200) {
                return y;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new InvalidRequestException("period", "report.issue.year", period);
    }

    /** The issued reports the user may read, newest first, optionally of one kind and subject. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<IssuedReport> list(IssuedReportKind kind, Long subjectId, int page, int size) {
        Scope<IssuedReport> scope = rules.scope();
        return CriteriaPage.page(em, IssuedReport.class, (cb, r, query) -> {
            List<Predicate> where = new ArrayList<>(List.of(scope.on(cb, query, r)));
            if (kind != null) {
                where.add(cb.equal(r.get(IssuedReport_.kind), kind));
            }
            if (subjectId != null) {
                where.add(cb.equal(r.get(IssuedReport_.subjectId), subjectId));
            }
            return where;
        }, (cb, r) -> List.of(cb.desc(r.get(IssuedReport_.issuedAt)), cb.desc(r.get(IssuedReport_.id))),
                r -> r.fetch(IssuedReport_.issuer), page, size);
    }

    /** One issued report the user may read (else: it does not exist). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public IssuedReport get(long id) {
        IssuedReport r = em.find(IssuedReport.class, id);
        if (r == null || !rules.mayRead(r)) {
            throw new NotFoundException(ENTITY, id);
        }
        return r;
    }

    /** One issued report with what changed since the issue before it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Issued view(long id) {
        IssuedReport r = get(id);
        return new Issued(r, changes(r));
    }

    /** One file of an issued report and its bytes, as issued. */
    public record Download(IssuedReportFile file, byte[] content) {
    }

    /** One file of an issued report, as issued. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download file(long id, ReportEngine.Format format) {
        IssuedReport r = get(id);
        IssuedReportFile file = r.getFiles().stream().filter(f -> f.getFormat().equals(format.name())).findFirst()
                .orElseThrow(() -> new NotFoundException(ENTITY, id + "/" + format.extension()));
        return new Download(file, em.find(IssuedReportContent.class, file.getId()).getContent());
    }

    private Optional<IssuedReport> latest(IssuedReportKind kind, long subject, String period, String language, Organisation issuer) {
        return em.createQuery("select r from IssuedReport r where r.kind = :k and r.subjectId = :s and r.language = :l"
                        + " and r.issuer = :i and (r.period = :p or (r.period is null and :p is null)) order by r.issuedAt desc, r.id desc",
                        IssuedReport.class)
                .setParameter("k", kind).setParameter("s", subject).setParameter("l", language).setParameter("i", issuer)
                .setParameter("p", period).setMaxResults(1).getResultStream().findFirst();
    }

    private static List<Figures.Change> changes(IssuedReport r) {
        return r.getPrevious() == null ? List.of() : Figures.changes(figures(r.getPrevious()), figures(r));
    }

    static Map<String, String> figures(IssuedReport r) {
        Map<String, String> out = new LinkedHashMap<>();
        try (var reader = Json.createReader(new StringReader(r.getFigures()))) {
            JsonObject o = reader.readObject();
            o.forEach((k, v) -> out.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
        }
        return out;
    }


}
