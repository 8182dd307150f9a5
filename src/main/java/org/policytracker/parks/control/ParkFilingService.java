package org.policytracker.parks.control;

import org.policytracker.platform.i18n.Bilingual;
import org.policytracker.platform.persistence.VersionChanges;
import static org.policytracker.platform.validation.Values.date;
import static org.policytracker.platform.validation.Values.enumOf;
import static org.policytracker.platform.validation.Values.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.policytracker.parks.entity.EvaluationResult;
import org.policytracker.parks.entity.FilingStatus;
import org.policytracker.parks.entity.FilingType;
import org.policytracker.parks.entity.Park;
import org.policytracker.parks.entity.ParkFiling;
import org.policytracker.parks.entity.ResultKind;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.persistence.StaleUpdateException;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.platform.rest.InvalidRequestException.FieldProblem;
import org.policytracker.platform.time.Timeliness;
import org.policytracker.platform.persistence.Scope;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.parks.entity.Park_;
import org.policytracker.parks.entity.ParkFiling_;
import org.policytracker.platform.persistence.CriteriaPage;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaBuilder;

/**
 * The park path (docs/parks.md): the committee drafts and submits its implementation plan, the
 * province returns it with comments or approves it (never the park itself), each version kept; from
 * the plan's first year the committee reports progress every year before 31 December; at the end the
 * province evaluates and accepts the transformation.
 */
@ApplicationScoped
@Transactional
public class ParkFilingService {

    public static final String ENTITY = "parkFiling";

    @PersistenceContext
    EntityManager em;

    @Inject
    ParkService parks;

    @Inject
    AccessPolicy access;

    @Inject
    ParkAccess parkAccess;

    public record Filter(Long parkId, FilingType type, Integer year, FilingStatus status) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ParkFiling> list(Filter f, int page, int size) {
        access.requireSignedIn();
        Scope<ParkFiling> scope = parkAccess.filingScope();
        return CriteriaPage.page(em, ParkFiling.class, (cb, x, query) -> {
            List<Predicate> where = new ArrayList<>(List.of(scope.on(cb, query, x)));
            if (f.parkId() != null) {
                where.add(cb.equal(x.get(ParkFiling_.park).get(Park_.id), f.parkId()));
            }
            if (f.type() != null) {
                where.add(cb.equal(x.get(ParkFiling_.type), f.type()));
            }
            if (f.year() != null) {
                where.add(cb.equal(x.get(ParkFiling_.year), f.year()));
            }
            if (f.status() != null) {
                where.add(cb.equal(x.get(ParkFiling_.status), f.status()));
            }
            return where;
        }, ParkFilingService::byParkTypeAndYear, page, size);
    }

    /** Park by park, plan before annual reports, the latest year first. */
    private static List<Order> byParkTypeAndYear(CriteriaBuilder cb, Root<ParkFiling> x) {
        return List.of(cb.asc(x.get(ParkFiling_.park).get(Park_.code)), cb.asc(x.get(ParkFiling_.type)), cb.desc(x.get(ParkFiling_.year)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ParkFiling get(long id) {
        access.requireSignedIn();
        ParkFiling f = em.find(ParkFiling.class, id);
        if (f == null || !access.within(em, ParkFiling.class, id, parkAccess.filingScope())) {
            throw new NotFoundException(ENTITY, id);
        }
        return f;
    }

    /**
     * What changed between two sent versions of a filing (default: the one before the latest, and the latest; 0 is
     * "nothing sent yet"), for whoever may read the filing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionChanges.Comparison compare(long id, Integer from, Integer to) {
        ParkFiling f = get(id);
        int[] r = VersionChanges.range(f.getVersions().size(), from, to);
        if (r == null) {
            return new VersionChanges.Comparison(0, 0, List.of());
        }
        int a = r[0];
        int b = r[1];
        return new VersionChanges.Comparison(a, b, FilingCompare.between(a == 0 ? null : f.getVersions().get(a - 1).getContent(),
                f.getVersions().get(b - 1).getContent()));
    }

    /**
     * Opens a draft: a plan starting in {@code year}, or the annual report for {@code year} on the
     * park's approved plan (prefilled with the plan's projects and expected results, due 31 December).
     */
    public ParkFiling open(FilingData d) {
        Park park = parks.get(d.parkId);
        parkAccess.requireCanFile(park.getCommittee());
        FilingType type = enumOf(FilingType.class, d.type);
        boolean exists = em.createQuery("select count(f) from ParkFiling f where f.park = :p and f.type = :t and f.year = :y", Long.class)
                .setParameter("p", park).setParameter("t", type).setParameter("y", d.year).getSingleResult() > 0;
        if (exists) {
            throw new InvalidRequestException("year", "filing.exists", d.year);
        }
        ParkFiling f;
        if (type == FilingType.PLAN) {
            ParkPlanContent c = new ParkPlanContent();
            c.periodStart = d.year;
            c.periodEnd = Math.max(d.year, 2025);
            f = new ParkFiling(park, type, d.year, null, null, json(c));
        } else {
            ParkFiling plan = approvedPlan(park, d.year);
            ParkPlanContent p = planContent(plan);
            AnnualReportContent c = new AnnualReportContent();
            for (ParkPlanContent.Project pr : p.projects) {
                AnnualReportContent.ProjectProgress pp = new AnnualReportContent.ProjectProgress();
                pp.code = pr.code;
                pp.name = pr.name;
                pp.investmentPlanned = pr.investment;
                c.projects.add(pp);
            }
            for (ParkPlanContent.ExpectedResult r : p.expectedResults) {
                AnnualReportContent.ResultValue v = new AnnualReportContent.ResultValue();
                v.kind = r.kind;
                v.unit = r.kind == null ? null : ResultKind.valueOf(r.kind).unit();
                v.target = r.target;
                c.results.add(v);
            }
            f = new ParkFiling(park, type, d.year, plan, LocalDate.of(d.year, 12, 31), json(c));
        }
        em.persist(f);
        em.flush();
        return f;
    }

    private ParkFiling approvedPlan(Park park, int year) {
        return em.createQuery("select f from ParkFiling f where f.park = :p and f.type = :t and f.status = :s and f.year <= :y"
                        + " order by f.year desc", ParkFiling.class)
                .setParameter("p", park).setParameter("t", FilingType.PLAN).setParameter("s", FilingStatus.APPROVED)
                .setParameter("y", year).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidRequestException("year", "filing.noApprovedPlan", new Bilingual.Text(park.getNameZh(), park.getNameEn()), year));
    }

    public ParkFiling saveDraft(long id, FilingDraft d, Supplier<JsonValue> input) {
        ParkFiling f = get(id);
        parkAccess.requireCanFile(f.getPark().getCommittee());
        requireEditable(f);
        if (d.version == null || d.version != f.getVersion()) {
            throw new StaleUpdateException(ENTITY, id, d.version == null ? -1 : d.version, f.getVersion())
                    .withContext(f.getDraftSavedBy() == null ? "?" : f.getDraftSavedBy(), f.getUpdatedAt(), input.get());
        }
        Object content = f.getType() == FilingType.PLAN ? d.plan : d.annualReport;
        if (content == null) {
            throw new InvalidRequestException(f.getType() == FilingType.PLAN ? "plan" : "annualReport", "filing.content.required");
        }
        f.saveDraft(json(content), access.user().name());
        em.flush();
        return f;
    }

    public ParkFiling submit(long id, Long version, Instant now) {
        ParkFiling f = get(id);
        parkAccess.requireCanFile(f.getPark().getCommittee());
        requireEditable(f);
        StaleUpdateException.check(ENTITY, id, version, f.getVersion());
        List<FieldProblem> problems = f.getType() == FilingType.PLAN ? FilingChecks.plan(planContent(f))
                : FilingChecks.report(reportContent(f), sentLate(f, now), f.getDueDate());
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        f.submit(access.user().name(), now.truncatedTo(ChronoUnit.MICROS));
        em.flush();
        return f;
    }

    public ParkFiling returnForRevision(long id, Long version, String comment, Instant now) {
        ParkFiling f = reviewable(id, version);
        if (trimToNull(comment) == null) {
            throw new InvalidRequestException("comment", "review.comment.required");
        }
        f.returnForRevision(access.user().name(), now.truncatedTo(ChronoUnit.MICROS), comment.strip());
        em.flush();
        return f;
    }

    public ParkFiling approve(long id, Long version, String comment, Instant now) {
        ParkFiling f = reviewable(id, version);
        f.approve(access.user().name(), now.truncatedTo(ChronoUnit.MICROS), trimToNull(comment));
        em.flush();
        return f;
    }

    /** The province's evaluation and acceptance of an approved plan's transformation. */
    public ParkFiling evaluate(long id, EvaluationData d) {
        ParkFiling f = get(id);
        parkAccess.requireCanApprove(f.getPark().getProvince(), f.getPark().getCommittee());
        if (f.getType() != FilingType.PLAN || f.getStatus() != FilingStatus.APPROVED) {
            throw new InvalidRequestException("status", "evaluation.planApproved");
        }
        StaleUpdateException.check(ENTITY, id, d.version, f.getVersion());
        f.evaluate(enumOf(EvaluationResult.class, d.result), date(d.date), trimToNull(d.comment), access.user().name());
        em.flush();
        return f;
    }

    private ParkFiling reviewable(long id, Long version) {
        ParkFiling f = get(id);
        parkAccess.requireCanApprove(f.getPark().getProvince(), f.getPark().getCommittee());
        if (!f.getStatus().awaitingReview()) {
            throw new InvalidRequestException("status", "review.notAwaiting", f.getStatus());
        }
        StaleUpdateException.check(ENTITY, id, version, f.getVersion());
        return f;
    }

    private void requireEditable(ParkFiling f) {
        if (!f.getStatus().editable()) {
            throw new InvalidRequestException("status", "submission.notEditable", f.getStatus());
        }
    }

    /** One park's annual report for a year: the report if opened, and whether it came in time. */
    public record AnnualStatus(Park park, ParkFiling plan, ParkFiling report, Timeliness timeliness) {
    }

    /**
     * For every park the user may see filings of and whose approved plan covers {@code year}: its
     * annual report for the year and its timeliness — a report never opened or never sent is missing
     * once 31 December has passed (Beijing time).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AnnualStatus> annualStatus(int year, Instant now) {
        access.requireSignedIn();
        Scope<ParkFiling> scope = parkAccess.filingScope();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ParkFiling> q = cb.createQuery(ParkFiling.class);
        Root<ParkFiling> x = q.from(ParkFiling.class);
        q.select(x).where(scope.on(cb, q, x), cb.equal(x.get(ParkFiling_.type), FilingType.PLAN),
                cb.equal(x.get(ParkFiling_.status), FilingStatus.APPROVED), cb.le(x.get(ParkFiling_.year), year))
                .orderBy(cb.asc(x.get(ParkFiling_.park).get(Park_.code)), cb.desc(x.get(ParkFiling_.year)));
        Map<Long, ParkFiling> planOf = new java.util.LinkedHashMap<>();
        for (ParkFiling p : em.createQuery(q).getResultList()) {
            ParkPlanContent c = planContent(p);
            // a report is owed for a year only under a plan approved by the year's end (an approval in 2026 owes no 2024 report)
            if ((c.periodEnd == null || c.periodEnd >= year) && p.approvedBy(LocalDate.of(year, 12, 31))) {
                planOf.putIfAbsent(p.getPark().getId(), p);
            }
        }
        List<AnnualStatus> out = new ArrayList<>();
        for (ParkFiling plan : planOf.values()) {
            ParkFiling report = em.createQuery("select f from ParkFiling f where f.park = :p and f.type = :t and f.year = :y", ParkFiling.class)
                    .setParameter("p", plan.getPark()).setParameter("t", FilingType.ANNUAL_REPORT).setParameter("y", year)
                    .getResultStream().findFirst().orElse(null);
            LocalDate due = LocalDate.of(year, 12, 31);
            out.add(new AnnualStatus(plan.getPark(), plan, report,
                    Timeliness.judge(due, 0, report == null ? null : report.getFirstSubmittedAt(), now)));
        }
        return out;
    }

    /** Whether sending the filing {@code now} is its first send after its due date (then the province is told why). */
    public static boolean sentLate(ParkFiling f, Instant now) {
        return f.latest() == null && f.getDueDate() != null
                && Timeliness.judge(f.getDueDate(), 0, now, now).status() == Timeliness.Status.LATE;
    }

    /** Timeliness of an annual report against its due date (31 December, Beijing time). */
    public static Timeliness timeliness(ParkFiling f, Instant now) {
        return f.getDueDate() == null ? null : Timeliness.judge(f.getDueDate(), 0, f.getFirstSubmittedAt(), now);
    }

    // ------------------------------------------------------------------ JSON documents

    public static ParkPlanContent planContent(ParkFiling f) {
        return read(f.getContent(), ParkPlanContent.class);
    }

    public static AnnualReportContent reportContent(ParkFiling f) {
        return read(f.getContent(), AnnualReportContent.class);
    }

    /** One JSON-B instance for all documents: it is thread-safe, and making one costs more than reading a document. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    public static <T> T read(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }

    public static String json(Object content) {
        return JSONB.toJson(content);
    }

    /** Sum of the plan's project investment (10 000 yuan). */
    public static BigDecimal totalInvestment(ParkPlanContent c) {
        return c.projects.stream().map(p -> p.investment == null ? BigDecimal.ZERO : p.investment).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
