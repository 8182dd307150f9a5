package org.policytracker.security.boundary;

import org.policytracker.platform.time.Shanghai;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.validation.Between;
import org.policytracker.platform.validation.IsoDate;
import org.policytracker.platform.validation.Values;
import org.policytracker.security.control.AuditTrail;
import org.policytracker.security.entity.AuditEvent;

/** The audit trail, read-only, for the auditor and the administrator. */
@RequestScoped
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
@Transactional
@Timed(name = "audit", description = "Time spent answering /api/audit")
public class AuditResource {


    @Inject
    AuditTrail audit;

    /** One entry; the states are the JSON snapshots written at the time. */
    public record AuditView(Long id, Instant occurredAt, String actor, String actorOrganisation, AuditEvent.Action action,
                            String entityType, long entityId, String before, String after) {
        static AuditView of(AuditEvent e) {
            return new AuditView(e.getId(), e.getOccurredAt(), e.getActor(), e.getActorOrganisation(), e.getAction(),
                    e.getEntityType(), e.getEntityId(), e.getBeforeState(), e.getAfterState());
        }
    }

    @GET
    @Operation(summary = "Search the audit trail (newest first) by record, user, organisation and day range (Asia/Shanghai)")
    public Page<AuditView> search(@QueryParam("entityType") String entityType,
                                  @QueryParam("entityId") @Pattern(regexp = Values.ID_PATTERN, message = "{id.invalid}") String entityId,
                                  @QueryParam("actor") String actor,
                                  @QueryParam("organisation") String organisation,
                                  @QueryParam("from") @IsoDate String from,
                                  @QueryParam("to") @IsoDate String to,
                                  @QueryParam("page") @DefaultValue("0") @Between(min = 0, message = "{page.min}") int page,
                                  @QueryParam("size") @DefaultValue("50") @Between(min = 1, max = 500, message = "{size.range}") int size) {
        LocalDate fromDay = Values.date(from);
        LocalDate toDay = Values.date(to);
        return audit.search(entityType, Values.id(entityId), actor, organisation,
                fromDay == null ? null : fromDay.atStartOfDay(Shanghai.ZONE).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(Shanghai.ZONE).toInstant(), page, size)
                .map(AuditView::of);
    }
}
