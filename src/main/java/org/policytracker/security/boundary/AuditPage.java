package org.policytracker.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.policytracker.platform.time.Shanghai;
import org.policytracker.platform.rest.AccessDeniedException;
import org.policytracker.security.control.AuditTrail;
import org.policytracker.security.entity.AuditEvent;

/** The audit trail for the auditor and the administrator (security/audit.xhtml): who changed what, when, before and after. */
@Named
@RequestScoped
public class AuditPage {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public record Line(String at, String actor, String organisation, String action, String type, long id, String before,
                       String after) {
    }

    @Inject
    AuditTrail audit;

    private String type;
    private String actor;
    private List<Line> lines;
    private boolean denied;

    @Transactional
    public List<Line> getLines() {
        if (lines == null) {
            lines = new ArrayList<>();
            try {
                for (AuditEvent e : audit.search(type, null, actor, null, null, null, 0, 200).items()) {
                    lines.add(new Line(AT.format(e.getOccurredAt().atZone(Shanghai.ZONE)), e.getActor(), e.getActorOrganisation(),
                            e.getAction().name(), e.getEntityType(), e.getEntityId(), e.getBeforeState(), e.getAfterState()));
                }
            } catch (AccessDeniedException e) {
                denied = true;
            }
        }
        return lines;
    }

    public boolean isDenied() {
        getLines();
        return denied;
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
}
