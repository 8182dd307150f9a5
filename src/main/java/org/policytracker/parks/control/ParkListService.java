package org.policytracker.parks.control;

import org.policytracker.platform.i18n.Bilingual;
import static org.policytracker.platform.validation.Values.date;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policytracker.organisations.control.OrganisationService;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.OrganisationKind;
import org.policytracker.parks.entity.Park;
import org.policytracker.parks.entity.ParkList;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.persistence.StaleUpdateException;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.platform.rest.InvalidRequestException.FieldProblem;
import org.policytracker.platform.time.Timeliness;
import org.policytracker.platform.persistence.Scope;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.organisations.entity.Organisation_;
import org.policytracker.parks.entity.ParkList_;
import org.policytracker.platform.persistence.CriteriaPage;
import jakarta.persistence.criteria.Predicate;

/** A province's list of qualified parks: prepared by its plan office, sent to NDRC and MIIT by the due date. */
@ApplicationScoped
@Transactional
public class ParkListService {

    public static final String ENTITY = "parkList";

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationService organisations;

    @Inject
    ParkService parks;

    @Inject
    AccessPolicy access;

    @Inject
    ParkAccess parkAccess;


    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ParkList> list(Long provinceId, Integer year, int page, int size) {
        access.requireSignedIn();
        Scope<ParkList> scope = parkAccess.parkListScope();
        return CriteriaPage.page(em, ParkList.class, (cb, l, query) -> {
            List<Predicate> where = new ArrayList<>(List.of(scope.on(cb, query, l)));
            if (provinceId != null) {
                where.add(cb.equal(l.get(ParkList_.province).get(Organisation_.id), provinceId));
            }
            if (year != null) {
                where.add(cb.equal(l.get(ParkList_.year), year));
            }
            return where;
        }, (cb, l) -> List.of(cb.desc(l.get(ParkList_.year)), cb.asc(l.get(ParkList_.province).get(Organisation_.code))), page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ParkList get(long id) {
        access.requireSignedIn();
        ParkList l = em.find(ParkList.class, id);
        if (l == null || !access.within(em, ParkList.class, id, parkAccess.parkListScope())) {
            throw new NotFoundException(ENTITY, id);
        }
        return l;
    }

    public ParkList open(ParkListData d) {
        List<FieldProblem> missing = new ArrayList<>();
        if (d.provinceId == null) {
            missing.add(new FieldProblem("provinceId", "field.required"));
        }
        if (d.year == null) {
            missing.add(new FieldProblem("year", "field.required"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidRequestException(missing);
        }
        Organisation province = organisations.reference(d.provinceId, "provinceId");
        parkAccess.requireParkListMaker(province);
        if (province.getKind() != OrganisationKind.PROVINCE) {
            throw new InvalidRequestException("provinceId", "park.province.kind", new Bilingual.Text(province.getNameZh(), province.getNameEn()));
        }
        boolean exists = em.createQuery("select count(l) from ParkList l where l.province = :p and l.year = :y", Long.class)
                .setParameter("p", province).setParameter("y", d.year).getSingleResult() > 0;
        if (exists) {
            throw new InvalidRequestException("year", "filing.exists", d.year);
        }
        LocalDate due = d.dueDate == null ? LocalDate.of(d.year, 6, 30) : date(d.dueDate);
        ParkList l = new ParkList(province, d.year, due, ParkFilingService.json(new ParkListContent()));
        em.persist(l);
        em.flush();
        return l;
    }

    public ParkList saveDraft(long id, ParkListData d) {
        ParkList l = get(id);
        parkAccess.requireParkListMaker(l.getProvince());
        if (l.getStatus() != ParkList.Status.DRAFT) {
            throw new InvalidRequestException("status", "submission.notEditable", l.getStatus());
        }
        StaleUpdateException.check(ENTITY, id, d.version, l.getVersion());
        ParkListContent c = d.content == null ? new ParkListContent() : d.content;
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < c.parks.size(); i++) {
            ParkListContent.Entry e = c.parks.get(i);
            Park p = e.parkId == null ? null : em.find(Park.class, e.parkId);
            if (p == null || !p.getProvince().getId().equals(l.getProvince().getId())) {
                problems.add(new FieldProblem("content.parks[" + i + "].parkId", "parkList.park.inProvince", String.valueOf(e.parkId)));
                continue;
            }
            if (!seen.add(p.getId())) {
                problems.add(new FieldProblem("content.parks[" + i + "].parkId", "parkList.park.twice", new Bilingual.Text(p.getNameZh(), p.getNameEn())));
            }
            e.parkCode = p.getCode();
            e.parkName = p.getNameZh();
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        l.saveDraft(ParkFilingService.json(c), d.dueDate == null ? l.getDueDate() : date(d.dueDate), access.user().name());
        em.flush();
        return l;
    }

    public ParkList submit(long id, Long version, Instant now) {
        ParkList l = get(id);
        parkAccess.requireParkListMaker(l.getProvince());
        if (l.getStatus() != ParkList.Status.DRAFT) {
            throw new InvalidRequestException("status", "submission.notEditable", l.getStatus());
        }
        StaleUpdateException.check(ENTITY, id, version, l.getVersion());
        ParkListContent c = content(l);
        List<FieldProblem> problems = new ArrayList<>();
        if (c.parks.isEmpty()) {
            problems.add(new FieldProblem("content.parks", "parkList.parks.required"));
        }
        for (int i = 0; i < c.parks.size(); i++) {
            ParkListContent.Entry e = c.parks.get(i);
            if (e.expectedResults.isEmpty() || e.expectedResults.stream().anyMatch(r -> r.kind == null || r.target == null)) {
                problems.add(new FieldProblem("content.parks[" + i + "].expectedResults", "parkList.results.required", e.parkName));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        l.submit(access.user().name(), now.truncatedTo(ChronoUnit.MICROS));
        em.flush();
        return l;
    }

    public static ParkListContent content(ParkList l) {
        return ParkFilingService.read(l.getContent(), ParkListContent.class);
    }

    public static Timeliness timeliness(ParkList l, Instant now) {
        return Timeliness.judge(l.getDueDate(), 0, l.getSubmittedAt(), now);
    }
}
