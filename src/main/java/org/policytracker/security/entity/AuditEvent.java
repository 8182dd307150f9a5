package org.policytracker.security.entity;

import org.policytracker.platform.persistence.NotAudited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One change: who (user and organisation), when, what (type, id, action), the state before and after. */
@NotAudited("the trail itself")
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public enum Action { CREATE, UPDATE, DELETE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_organisation", length = 64, updatable = false)
    private String actorOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Action action;

    @Column(name = "entity_type", nullable = false, length = 64, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private long entityId;

    @Column(name = "before_state", columnDefinition = "MEDIUMTEXT", updatable = false)
    private String beforeState;

    @Column(name = "after_state", columnDefinition = "MEDIUMTEXT", updatable = false)
    private String afterState;

    protected AuditEvent() {
    }

    public AuditEvent(String actor, String actorOrganisation, Action action, String entityType, long entityId,
                      String beforeState, String afterState) {
        this.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        this.actor = actor;
        this.actorOrganisation = actorOrganisation;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getActorOrganisation() { return actorOrganisation; }
    public Action getAction() { return action; }
    public String getEntityType() { return entityType; }
    public long getEntityId() { return entityId; }
    public String getBeforeState() { return beforeState; }
    public String getAfterState() { return afterState; }
}
