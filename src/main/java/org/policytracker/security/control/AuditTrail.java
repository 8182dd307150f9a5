package org.policytracker.security.control;

import org.policytracker.platform.json.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.policytracker.platform.persistence.Auditable;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.persistence.PagedQuery;
import org.policytracker.security.entity.AuditEvent;

/**
 * The audit trail: every change made through the services is recorded in the same transaction —
 * who (user name from the token, organisation), when, what, state before and after. There is no
 * operation to change or delete an entry; reading it is for the auditor and the administrator.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    AccessPolicy access;

    /** The state to compare against after a change, taken before it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String before(Auditable entity) {
        return json(entity.snapshot());
    }

    public void created(Auditable entity) {
        write(AuditEvent.Action.CREATE, entity, null);
    }

    /** Records an update, unless nothing changed. */
    public void updated(Auditable entity, String before) {
        String after = json(entity.snapshot());
        if (!after.equals(before)) {
            em.persist(new AuditEvent(actor(), user.organisationCode(), AuditEvent.Action.UPDATE, entity.auditType(),
                    entity.getId(), before, after));
        }
    }

    private void write(AuditEvent.Action action, Auditable entity, String before) {
        em.persist(new AuditEvent(actor(), user.organisationCode(), action, entity.auditType(), entity.getId(), before,
                json(entity.snapshot())));
    }

    private String actor() {
        String name = user.name();
        return name == null ? "anonymous" : name;
    }

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

    /** A flat JSON object of the snapshot (strings, numbers, booleans, lists). */
    static String json(Map<String, Object> snapshot) {
        JsonObjectBuilder b = Jsons.PROVIDER.createObjectBuilder();
        snapshot.forEach((k, v) -> add(b, k, v));
        return b.build().toString();
    }

    private static void add(JsonObjectBuilder b, String key, Object v) {
        if (v == null) {
            b.addNull(key);
        } else if (v instanceof Boolean bool) {
            b.add(key, bool);
        } else if (v instanceof Long || v instanceof Integer) {
            b.add(key, ((Number) v).longValue());
        } else if (v instanceof BigDecimal d) {
            b.add(key, d.stripTrailingZeros());
        } else if (v instanceof Collection<?> c) {
            var a = Jsons.PROVIDER.createArrayBuilder();
            c.forEach(x -> a.add(String.valueOf(x)));
            b.add(key, a);
        } else {
            b.add(key, String.valueOf(v));
        }
    }
}
