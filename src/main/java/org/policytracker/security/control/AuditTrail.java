package org.policytracker.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.persistence.PagedQuery;
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
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (entityType != null && !entityType.isBlank()) {
            where.append(" and e.entityType = :type");
            params.put("type", entityType.strip());
        }
        if (entityId != null) {
            where.append(" and e.entityId = :id");
            params.put("id", entityId);
        }
        if (actor != null && !actor.isBlank()) {
            where.append(" and e.actor = :actor");
            params.put("actor", actor.strip());
        }
        if (organisation != null && !organisation.isBlank()) {
            where.append(" and e.actorOrganisation = :org");
            params.put("org", organisation.strip());
        }
        if (from != null) {
            where.append(" and e.occurredAt >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and e.occurredAt < :to");
            params.put("to", to);
        }
        return PagedQuery.page(em, AuditEvent.class, "AuditEvent e", "", where.toString(), params, "e.id desc", page, size);
    }
}
