package org.policytracker.security.control;

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
}
