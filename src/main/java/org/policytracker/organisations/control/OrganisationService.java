package org.policytracker.organisations.control;

import org.policytracker.organisations.entity.Organisation_;
import org.policytracker.platform.persistence.CriteriaPage;
import java.util.ArrayList;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Predicate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.NoResultException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.OrganisationKind;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.persistence.StaleUpdateException;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.platform.validation.Values;

/** The organisation registry: lookup by id, code, name or alias; the hierarchy; changes. */
@ApplicationScoped
@Transactional
public class OrganisationService {

    public static final String ENTITY = "organisation";

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistryGuard access;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Organisation> list(OrganisationKind kind, Long parentId, String text, int page, int size) {
        access.requireSignedIn();
        return CriteriaPage.page(em, Organisation.class, (cb, o, query) -> {
            List<Predicate> where = new ArrayList<>();
            if (kind != null) {
                where.add(cb.equal(o.get(Organisation_.kind), kind));
            }
            if (parentId != null) {
                where.add(cb.equal(o.get(Organisation_.parent).get(Organisation_.id), parentId));
            }
            if (CriteriaPage.given(text)) {
                String like = CriteriaPage.pattern(text);
                // or one of its aliases ("省工信厅")
                Subquery<Long> alias = query.subquery(Long.class);
                Root<Organisation> a = alias.from(Organisation.class);
                alias.select(cb.literal(1L)).where(cb.equal(a, o), cb.like(cb.lower(a.join(Organisation_.aliases)), like));
                where.add(cb.or(CriteriaPage.containing(cb, like, o.get(Organisation_.code), o.get(Organisation_.nameZh),
                        o.get(Organisation_.nameEn)), cb.exists(alias)));
            }
            return where;
        }, (cb, o) -> List.of(cb.asc(o.get(Organisation_.code))), page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Organisation get(long id) {
        access.requireSignedIn();
        Organisation o = em.find(Organisation.class, id);
        if (o == null) {
            throw new NotFoundException(ENTITY, id);
        }
        return o;
    }

    /** The organisation a request field refers to; an unknown id is reported against that field. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Organisation reference(Long id, String field) {
        if (id == null) {
            return null;
        }
        Organisation o = em.find(Organisation.class, id);
        if (o == null) {
            throw new NotFoundException(ENTITY, id, field);
        }
        return o;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Organisation> findByCode(String code) {
        try {
            return Optional.of(em.createQuery("select o from Organisation o where o.code = :code", Organisation.class)
                    .setParameter("code", code).getSingleResult());
        } catch (NoResultException e) {
            return Optional.empty();
        }
    }

    /** Organisations whose Chinese or English name or one of whose aliases is exactly {@code name}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Organisation> findByName(String name) {
        return em.createQuery("select distinct o from Organisation o left join o.aliases a"
                        + " where o.nameZh = :n or o.nameEn = :n or a = :n order by o.code", Organisation.class)
                .setParameter("n", name.strip()).getResultList();
    }

    public Organisation create(OrganisationData data) {
        access.requireRegistryKeeper();
        if (findByCode(data.code()).isPresent()) {
            throw new InvalidRequestException("code", "organisation.code.taken", data.code());
        }
        Organisation o = new Organisation(data.code().strip(), Values.enumOf(OrganisationKind.class, data.kind()), data.nameZh().strip(), data.nameEn().strip());
        o.setParent(reference(data.parentId(), "parentId"));
        o.replaceAliases(data.aliases());
        o.setEmail(Values.trimToNull(data.email()));
        o.setDocumentPrefix(Values.trimToNull(data.documentPrefix()));
        em.persist(o);
        em.flush();
        return o;
    }

    /**
     * Registers a body a plan names that the registry did not have (the importer proposes it, the user confirms): by
     * the administrator, or by a plan office within the area the body belongs to ({@link RegistryGuard#requireMayRegisterUnder}).
     * Its code is the parent's with a running number ("610000.N1"); one of the same name under the same parent is
     * returned as it is.
     */
    public Organisation registerNamedInPlan(String kind, Long parentId, String nameZh, String nameEn) {
        Organisation parent = reference(parentId, "parentId");
        access.requireMayRegisterUnder(parent);
        String zh = nameZh.strip();
        jakarta.persistence.TypedQuery<Organisation> q = em.createQuery("select o from Organisation o where o.nameZh = :n and "
                + (parent == null ? "o.parent is null" : "o.parent = :p"), Organisation.class).setParameter("n", zh);
        if (parent != null) {
            q.setParameter("p", parent);
        }
        Optional<Organisation> same = q.getResultList().stream().findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        String prefix = (parent == null ? "CN" : parent.getCode()) + ".N";
        int n = 1;
        while (findByCode(prefix + n).isPresent()) {
            n++;
        }
        Organisation o = new Organisation(prefix + n, Values.enumOf(OrganisationKind.class, kind), zh,
                nameEn == null || nameEn.isBlank() ? zh : nameEn.strip());
        o.setParent(parent);
        em.persist(o);
        em.flush();
        return o;
    }

    public Organisation update(long id, OrganisationData data) {
        access.requireRegistryKeeper();
        Organisation o = get(id);
        StaleUpdateException.check(ENTITY, id, data.version(), o.getVersion());
        findByCode(data.code()).filter(other -> !other.getId().equals(o.getId())).ifPresent(other -> {
            throw new InvalidRequestException("code", "organisation.code.taken", data.code());
        });
        Organisation parent = reference(data.parentId(), "parentId");
        if (parent != null && parent.selfAndAncestors().contains(o)) {
            throw new InvalidRequestException("parentId", "organisation.parent.cycle");
        }
        o.setCode(data.code().strip());
        o.setKind(Values.enumOf(OrganisationKind.class, data.kind()));
        o.rename(data.nameZh().strip(), data.nameEn().strip());
        o.setParent(parent);
        o.replaceAliases(data.aliases());
        o.setEmail(Values.trimToNull(data.email()));
        o.setDocumentPrefix(Values.trimToNull(data.documentPrefix()));
        em.flush();
        return o;
    }
}
