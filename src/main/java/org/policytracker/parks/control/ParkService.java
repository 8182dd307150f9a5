package org.policytracker.parks.control;

import org.policytracker.platform.i18n.Bilingual;
import static org.policytracker.platform.validation.Values.date;
import static org.policytracker.platform.validation.Values.enumOf;
import static org.policytracker.platform.validation.Values.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.policytracker.organisations.control.OrganisationService;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.OrganisationKind;
import org.policytracker.parks.entity.Park;
import org.policytracker.parks.entity.ParkKind;
import org.policytracker.parks.entity.ParkLevel;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.persistence.StaleUpdateException;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.security.control.AccessPolicy;
import java.util.List;
import java.util.ArrayList;
import org.policytracker.organisations.entity.Organisation_;
import org.policytracker.parks.entity.Park_;
import org.policytracker.platform.persistence.CriteriaPage;
import jakarta.persistence.criteria.Predicate;

/** The park registry: list and filter, read, register, change. */
@ApplicationScoped
@Transactional
public class ParkService {

    public static final String ENTITY = "park";

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationService organisations;

    @Inject
    AccessPolicy access;

    @Inject
    ParkAccess parkAccess;


    public record Filter(Long provinceId, Long cityId, ParkLevel level, ParkKind kind, String text) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Park> list(Filter f, int page, int size) {
        access.requireSignedIn();
        return CriteriaPage.page(em, Park.class, (cb, p, query) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.provinceId() != null) {
                where.add(cb.equal(p.get(Park_.province).get(Organisation_.id), f.provinceId()));
            }
            if (f.cityId() != null) {
                where.add(cb.equal(p.get(Park_.city).get(Organisation_.id), f.cityId()));
            }
            if (f.level() != null) {
                where.add(cb.equal(p.get(Park_.level), f.level()));
            }
            if (f.kind() != null) {
                where.add(cb.equal(p.get(Park_.kind), f.kind()));
            }
            if (CriteriaPage.given(f.text())) {
                where.add(CriteriaPage.containing(cb, CriteriaPage.pattern(f.text()), p.get(Park_.nameZh), p.get(Park_.nameEn),
                        p.get(Park_.code)));
            }
            return where;
        }, (cb, p) -> List.of(cb.asc(p.get(Park_.province).get(Organisation_.code)), cb.asc(p.get(Park_.code))), page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Park get(long id) {
        access.requireSignedIn();
        Park p = em.find(Park.class, id);
        if (p == null) {
            throw new NotFoundException(ENTITY, id);
        }
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Park> findByCode(String code) {
        return em.createQuery("select p from Park p where p.code = :c", Park.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    /** The park a committee manages, if it is registered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Park> ofCommittee(Organisation committee) {
        return em.createQuery("select p from Park p where p.committee = :c", Park.class).setParameter("c", committee)
                .getResultStream().findFirst();
    }

    public Park create(ParkData d) {
        // who may register comes first: nothing about the data is told to someone who may not
        parkAccess.requireParkRegistrar(organisations.reference(d.provinceId, "provinceId"));
        Park p = new Park(d.code.strip());
        apply(p, d);
        em.persist(p);
        em.flush();
        return p;
    }

    public Park update(long id, ParkData d) {
        Park p = get(id);
        parkAccess.requireParkRegistrar(p.getProvince());
        StaleUpdateException.check(ENTITY, id, d.version, p.getVersion());
        apply(p, d);
        parkAccess.requireParkRegistrar(p.getProvince());
        em.flush();
        return p;
    }

    private void apply(Park p, ParkData d) {
        findByCode(d.code.strip()).filter(o -> !o.getId().equals(p.getId())).ifPresent(o -> {
            throw new InvalidRequestException("code", "park.code.taken", d.code);
        });
        Organisation province = organisations.reference(d.provinceId, "provinceId");
        if (province.getKind() != OrganisationKind.PROVINCE) {
            throw new InvalidRequestException("provinceId", "park.province.kind", new Bilingual.Text(province.getNameZh(), province.getNameEn()));
        }
        Organisation city = d.cityId == null ? null : organisations.reference(d.cityId, "cityId");
        if (city != null && (city.getKind() != OrganisationKind.CITY
                || city.selfAndAncestors().stream().noneMatch(o -> o.getId().equals(province.getId())))) {
            throw new InvalidRequestException("cityId", "park.city.inProvince", new Bilingual.Text(city.getNameZh(), city.getNameEn()), new Bilingual.Text(province.getNameZh(), province.getNameEn()));
        }
        Organisation committee = organisations.reference(d.committeeId, "committeeId");
        if (committee.getKind() != OrganisationKind.INDUSTRIAL_PARK) {
            throw new InvalidRequestException("committeeId", "park.committee.kind", new Bilingual.Text(committee.getNameZh(), committee.getNameEn()));
        }
        ofCommittee(committee).filter(o -> !o.getId().equals(p.getId())).ifPresent(o -> {
            throw new InvalidRequestException("committeeId", "park.committee.taken", new Bilingual.Text(committee.getNameZh(), committee.getNameEn()), new Bilingual.Text(o.getNameZh(), o.getNameEn()));
        });
        p.setCode(d.code.strip());
        p.setNameZh(d.nameZh.strip());
        p.setNameEn(trimToNull(d.nameEn));
        p.setLevel(enumOf(ParkLevel.class, d.level));
        p.setKind(enumOf(ParkKind.class, d.kind));
        p.setProvince(province);
        p.setCity(city);
        p.setCommittee(committee);
        p.setApprovedOn(date(d.approvedOn));
        p.setAreaKm2(d.areaKm2);
        p.setLeadingIndustries(trimToNull(d.leadingIndustries));
    }
}
