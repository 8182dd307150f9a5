package org.policytracker.security.control;

import org.policytracker.platform.i18n.Bilingual;
import org.policytracker.security.entity.AuditEvent_;
import org.policytracker.platform.persistence.CriteriaPage;
import java.util.List;
import java.util.ArrayList;
import jakarta.persistence.criteria.Predicate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.policytracker.platform.persistence.Page;
import org.policytracker.security.entity.AuditEvent;
import org.policytracker.organisations.entity.Organisation_;
import org.policytracker.organisations.entity.Organisation;
import java.util.Map;
import java.util.HashMap;
import java.util.Collection;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaBuilder;

/**
 * Reading the audit trail: the auditor and the administrator. The entries are written by {@link AuditRecorder} for every
 * change Hibernate flushes, in the same transaction; there is no operation to change or delete one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEvent> search(String entityType, Long entityId, String actor, String organisation, Instant from,
                                   Instant to, int page, int size) {
        access.requireAuditReader();
        return CriteriaPage.page(em, AuditEvent.class, (cb, e, query) -> {
            List<Predicate> where = new ArrayList<>();
            if (CriteriaPage.given(entityType)) {
                where.add(cb.equal(e.get(AuditEvent_.entityType), entityType.strip()));
            }
            if (entityId != null) {
                where.add(cb.equal(e.get(AuditEvent_.entityId), entityId));
            }
            if (CriteriaPage.given(actor)) {
                where.add(cb.equal(e.get(AuditEvent_.actor), actor.strip()));
            }
            if (CriteriaPage.given(organisation)) {
                where.add(cb.equal(e.get(AuditEvent_.actorOrganisation), organisation.strip()));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(e.get(AuditEvent_.occurredAt), from));
            }
            if (to != null) {
                where.add(cb.lessThan(e.get(AuditEvent_.occurredAt), to));
            }
            return where;
        }, (cb, e) -> List.of(cb.desc(e.get(AuditEvent_.id))), page, size);
    }

    /** The values one may filter by: the kinds of record, the people and the organisations in the trail (at most 500 each). */
    public List<String> distinct(SingularAttribute<AuditEvent, String> field) {
        access.requireAuditReader();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<String> q = cb.createQuery(String.class);
        Root<AuditEvent> e = q.from(AuditEvent.class);
        q.select(e.get(field)).distinct(true).where(cb.isNotNull(e.get(field))).orderBy(cb.asc(e.get(field)));
        return em.createQuery(q).setMaxResults(500).getResultList();
    }

    /** The names of the organisations of {@code codes} (the trail keeps the code: a name may change), Chinese or English. */
    public Map<String, String> organisationNames(Collection<String> codes, boolean english) {
        Map<String, String> out = new HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Organisation> q = cb.createQuery(Organisation.class);
        Root<Organisation> o = q.from(Organisation.class);
        q.select(o).where(o.get(Organisation_.code).in(codes));
        for (Organisation org : em.createQuery(q).getResultList()) {
            out.put(org.getCode(), Bilingual.pick(org.getNameZh(), org.getNameEn(), english, null));
        }
        return out;
    }
}
