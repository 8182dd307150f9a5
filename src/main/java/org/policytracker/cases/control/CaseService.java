package org.policytracker.cases.control;

import org.policytracker.platform.i18n.Bilingual;
import org.policytracker.organisations.entity.Organisation_;
import org.policytracker.cases.entity.CaseList_;
import org.policytracker.cases.entity.TypicalCase_;
import org.policytracker.platform.persistence.CriteriaPage;
import java.util.ArrayList;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.CriteriaBuilder;
import static org.policytracker.platform.validation.Values.enumOf;
import static org.policytracker.platform.validation.Values.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policytracker.cases.entity.CaseList;
import org.policytracker.plans.entity.Recognition;
import org.policytracker.cases.entity.TypicalCase;
import org.policytracker.organisations.control.OrganisationService;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.OrganisationKind;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.plans.control.IndicatorService;
import org.policytracker.plans.entity.Target;

/**
 * Published lists of typical cases: import from the published text (rows joined across page
 * breaks, figures extracted), browse and filter, count the recognised units of a province.
 */
@ApplicationScoped
@Transactional
public class CaseService {

    public static final String ENTITY = "typicalCase";

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationService organisations;

    @Inject
    AccessPolicy access;

    @Inject
    IndicatorService indicators;

    /** Filters of the case list. */
    public record Filter(Long listId, String industry, String mode, String province, Long provinceId, String text) {
    }

    public CaseList importList(CaseListData d) {
        access.requireCaseEditor();
        if (findList(d.code.strip()).isPresent()) {
            throw new InvalidRequestException("code", "caseList.code.taken", d.code);
        }
        CaseListParser.Result parsed = CaseListParser.parse(d.text);
        if (!parsed.problems().isEmpty()) {
            CaseListParser.Problem p = parsed.problems().get(0);
            throw new InvalidRequestException("text", "caseList.text.line", p.line(),
                    p.text().length() > 80 ? p.text().substring(0, 80) + "…" : p.text());
        }
        if (parsed.rows().isEmpty()) {
            throw new InvalidRequestException("text", "caseList.text.noRows");
        }
        java.util.Set<Integer> numbers = new java.util.HashSet<>();
        for (CaseListParser.Row r : parsed.rows()) {
            if (!numbers.add(r.number())) {
                throw new InvalidRequestException("text", "caseList.text.duplicate", r.number());
            }
        }
        CaseList list = new CaseList(d.code.strip(), d.titleZh.strip(), trimToNull(d.titleEn), d.year,
                enumOf(Recognition.class, d.recognition, Recognition.TYPICAL_CASE), trimToNull(d.publisher), trimToNull(d.sourceNote));
        list.setOwner(access.keeperOfNew());
        Map<String, Organisation> provinces = new HashMap<>();
        for (CaseListParser.Row r : parsed.rows()) {
            Organisation province = provinces.computeIfAbsent(r.province(), this::province);
            TypicalCase c = list.add(r.number(), r.unit(), r.industry(), r.province(), province, r.mode(), r.practice(),
                    r.remarks().isEmpty() ? null : r.remarks());
            FigureExtractor.extract(r.practice()).forEach(f -> c.addFigure(f.kind(), f.change(), f.value(), f.unit(),
                    f.atLeast(), f.year(), f.quote()));
        }
        em.persist(list);
        em.flush();
        return list;
    }

    /** Gives a list to the organisation that keeps it from now on: the administrator's (or the system's) decision. */
    public void handOver(CaseList list, Organisation keeper) {
        access.requireKeeper(null, "access.cases.keeper");
        em.find(CaseList.class, list.getId()).setOwner(keeper);
    }

    /** What a workbook did: lists created and updated, cases added, changed and left as they were. */
    public record WorkbookResult(List<String> createdLists, List<String> updatedLists, int added, int changed, int unchanged) {
    }

    /**
     * Takes a catalogue workbook (as exported, or the template filled in): a list whose code is new is created with
     * its cases; a list that exists takes its description and its rows by number — changed rows are revised (figures
     * extracted anew), new numbers added; cases not in the file stay (nothing is deleted by omission). All or nothing.
     */
    public WorkbookResult importWorkbook(byte[] xlsx) {
        access.requireCaseEditor();
        List<CaseSheet.ListRows> lists = CaseSheet.read(xlsx);
        List<String> created = new java.util.ArrayList<>();
        List<String> updated = new java.util.ArrayList<>();
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        Map<String, Organisation> provinces = new HashMap<>();
        for (CaseSheet.ListRows l : lists) {
            CaseListData d = l.description();
            Recognition recognition = enumOf(Recognition.class, d.recognition, Recognition.TYPICAL_CASE);
            CaseList list = findList(d.code).orElse(null);
            boolean isNew = list == null;
            if (isNew) {
                list = new CaseList(d.code, d.titleZh, d.titleEn, d.year, recognition, d.publisher, d.sourceNote);
                list.setOwner(access.keeperOfNew());
            } else {
                // another organisation's list is used, not changed: only its keeper (or the administrator) revises it
                access.requireKeeper(list.getOwner(), "access.cases.keeper");
                list.describe(d.titleZh, d.titleEn, d.year, recognition, d.publisher, d.sourceNote);
            }
            Map<Integer, TypicalCase> existing = new HashMap<>();
            list.getCases().forEach(c -> existing.put(c.getNumber(), c));
            for (CaseSheet.Row r : l.rows()) {
                Organisation province = provinces.computeIfAbsent(r.province(), this::province);
                TypicalCase c = existing.get(r.number());
                if (c == null) {
                    c = list.add(r.number(), r.unit(), r.industry(), r.province(), province, r.mode(), r.practice(), r.remarks());
                    added++;
                } else if (c.revise(r.unit(), r.industry(), r.province(), province, r.mode(), r.practice(), r.remarks())) {
                    changed++;
                } else {
                    unchanged++;
                    continue;
                }
                if (c.getFigures().isEmpty()) {
                    TypicalCase target = c;
                    FigureExtractor.extract(r.practice()).forEach(f -> target.addFigure(f.kind(), f.change(), f.value(), f.unit(),
                            f.atLeast(), f.year(), f.quote()));
                }
            }
            if (isNew) {
                em.persist(list);
                em.flush();
                created.add(d.code);
            } else {
                em.flush();
                updated.add(d.code);
            }
        }
        return new WorkbookResult(created, updated, added, changed, unchanged);
    }

    /** The registry's province of that name (陕西省), or none (a municipality not registered, say). */
    private Organisation province(String name) {
        return organisations.findByName(name).stream().filter(o -> o.getKind() == OrganisationKind.PROVINCE).findFirst()
                .orElse(null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CaseList> findList(String code) {
        return em.createQuery("select l from CaseList l where l.code = :c", CaseList.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseList> lists() {
        access.requireSignedIn();
        return em.createQuery("select l from CaseList l order by l.year desc, l.code", CaseList.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseList list(long id) {
        access.requireSignedIn();
        CaseList l = em.find(CaseList.class, id);
        if (l == null) {
            throw new NotFoundException("caseList", id);
        }
        return l;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TypicalCase> search(Filter f, int page, int size) {
        access.requireSignedIn();
        return CriteriaPage.page(em, TypicalCase.class, where(f), CaseService::inListOrder, page, size);
    }

    /** The filter's conditions: a list, an industry, a mode, a province (by name or registry body), words. */
    private static CriteriaPage.Where<TypicalCase> where(Filter f) {
        return (cb, c, query) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.listId() != null) {
                where.add(cb.equal(c.get(TypicalCase_.list).get(CaseList_.id), f.listId()));
            }
            if (CriteriaPage.given(f.industry())) {
                where.add(cb.equal(c.get(TypicalCase_.industry), f.industry().strip()));
            }
            if (CriteriaPage.given(f.mode())) {
                where.add(cb.equal(c.get(TypicalCase_.mode), f.mode().strip()));
            }
            if (CriteriaPage.given(f.province())) {
                where.add(cb.equal(c.get(TypicalCase_.provinceName), f.province().strip()));
            }
            if (f.provinceId() != null) {
                where.add(cb.equal(c.get(TypicalCase_.province).get(Organisation_.id), f.provinceId()));
            }
            if (CriteriaPage.given(f.text())) {
                where.add(CriteriaPage.containing(cb, CriteriaPage.pattern(f.text()), c.get(TypicalCase_.unitName),
                        c.get(TypicalCase_.practice), c.get(TypicalCase_.remarks)));
            }
            return where;
        };
    }

    /** The newest list first, then by list code and case number. */
    private static List<Order> inListOrder(CriteriaBuilder cb, Root<TypicalCase> c) {
        Join<TypicalCase, CaseList> list = c.join(TypicalCase_.list);
        return List.of(cb.desc(list.get(CaseList_.year)), cb.asc(list.get(CaseList_.code)), cb.asc(c.get(TypicalCase_.number)));
    }

    /** Every case of the filter, in list order (for the export). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TypicalCase> all(Filter f) {
        access.requireSignedIn();
        return CriteriaPage.all(em, TypicalCase.class, where(f), CaseService::inListOrder);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TypicalCase get(long id) {
        access.requireSignedIn();
        TypicalCase c = em.find(TypicalCase.class, id);
        if (c == null) {
            throw new NotFoundException(ENTITY, id);
        }
        return c;
    }

    /** The values to filter by, with how many cases each has: industry, mode, province. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Map<String, Long>> facets(Long listId) {
        access.requireSignedIn();
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (String field : List.of("industry", "mode", "provinceName")) {
            Map<String, Long> counts = new LinkedHashMap<>();
            var q = em.createQuery("select c." + field + ", count(c) from TypicalCase c"
                    + (listId == null ? "" : " where c.list.id = :list") + " group by c." + field
                    + " order by count(c) desc, c." + field, Object[].class);
            if (listId != null) {
                q.setParameter("list", listId);
            }
            q.getResultList().forEach(r -> counts.put((String) r[0], (Long) r[1]));
            out.put(field.equals("provinceName") ? "province" : field, counts);
        }
        return out;
    }

    /** The recognised units a target counts, and which. */
    public record Recognised(Recognition recognition, int fromYear, int toYear, List<TypicalCase> cases) {
    }

    /**
     * The units a target of a counting indicator counts: the cases of lists of that recognition from
     * the plan's first year (or the baseline year) to the target year, whose unit lies in the
     * target's scope — by the registry (the unit's name or alias names an organisation under the
     * scope), or, for a province, by the province the list gives; a national scope counts them all.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Recognised recognisedFor(long targetId) {
        Target t = indicators.target(targetId);
        String counted = t.getIndicator().getCountsRecognition();
        if (counted == null) {
            throw new InvalidRequestException("target", "recognised.notCounting", new Bilingual.Text(t.getIndicator().getNameZh(), t.getIndicator().getNameEn()));
        }
        Recognition r = Recognition.valueOf(counted);
        int from = t.getBaselineYear() != null ? t.getBaselineYear()
                : t.getPlan().getPeriodStart() != null ? t.getPlan().getPeriodStart().getYear() : 0;
        int to = t.getTargetYear();
        Organisation scope = t.getScope();
        List<TypicalCase> candidates = em.createQuery("select c from TypicalCase c where c.list.recognition = :r"
                + " and c.list.year >= :from and c.list.year <= :to order by c.list.year, c.number", TypicalCase.class)
                .setParameter("r", r).setParameter("from", from).setParameter("to", to).getResultList();
        List<TypicalCase> counted2 = candidates.stream().filter(c -> scope.getKind() == OrganisationKind.NATIONAL_AGENCY
                || (scope.getKind() == OrganisationKind.PROVINCE && c.getProvince() != null && c.getProvince().getId().equals(scope.getId()))
                || organisations.findByName(c.getUnitName()).stream().anyMatch(o -> o.selfAndAncestors().stream()
                        .anyMatch(a -> a.getId().equals(scope.getId())))).toList();
        return new Recognised(r, from, to, counted2);
    }

    /**
     * How many units lists of {@code recognition} recognised in the province {@code provinceId}
     * (or in all provinces), in the years given: what targets that count such units count.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countRecognised(Recognition recognition, Long provinceId, Integer fromYear, Integer toYear) {
        access.requireSignedIn();
        var q = em.createQuery("select count(distinct c.unitName) from TypicalCase c where c.list.recognition = :r"
                + (provinceId == null ? "" : " and c.province.id = :p")
                + " and c.list.year >= :from and c.list.year <= :to", Long.class)
                .setParameter("r", recognition)
                .setParameter("from", fromYear == null ? 0 : fromYear)
                .setParameter("to", toYear == null ? 9999 : toYear);
        if (provinceId != null) {
            q.setParameter("p", provinceId);
        }
        return q.getSingleResult();
    }
}
