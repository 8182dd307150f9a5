package org.policytracker.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policytracker.platform.excel.Xlsx;
import org.policytracker.platform.rest.AccessDeniedException;
import org.policytracker.platform.time.Shanghai;
import org.policytracker.platform.web.Download;
import org.policytracker.platform.web.Language;
import org.policytracker.security.control.AuditTrail;
import org.policytracker.security.entity.AuditEvent;
import org.policytracker.security.entity.AuditEvent_;

/**
 * The audit trail for the auditor and the administrator (security/audit.xhtml): who changed what, when, before and
 * after — actions, kinds of record and organisations in the reader's language; filtered by choosing the kind, the
 * organisation, the person and the dates (Beijing); the same lines as an Excel workbook.
 */
@Named
@RequestScoped
public class AuditPage {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** The page shows the latest 200 changes (as it always did); the workbook takes up to 5 000. */
    private static final int PAGE_LINES = 200;
    private static final int EXPORT_LINES = 5000;

    public record Line(String at, String actor, String organisation, String action, String type, long id, String before,
                       String after) {
    }

    /** A value to choose in a filter: what is sent, what is shown. */
    public record Choice(String value, String label) {
    }

    @Inject
    AuditTrail audit;

    @Inject
    Language language;

    private String type;
    private String actor;
    private String organisation;
    private String from;
    private String to;
    private String export;
    private List<Line> lines;
    private boolean denied;

    @Transactional
    public List<Line> getLines() {
        if (lines == null) {
            lines = new ArrayList<>();
            try {
                List<AuditEvent> events = audit.search(type, null, actor, organisation, day(from, 0), day(to, 1), 0,
                        "xlsx".equals(export) ? EXPORT_LINES : PAGE_LINES).items();
                Set<String> codes = new HashSet<>();
                events.forEach(e -> codes.add(e.getActorOrganisation()));
                codes.remove(null);
                Map<String, String> names = audit.organisationNames(codes, language.isEnglish());
                for (AuditEvent e : events) {
                    String org = e.getActorOrganisation();
                    lines.add(new Line(AT.format(e.getOccurredAt().atZone(Shanghai.ZONE)), e.getActor(),
                            org == null ? "" : names.getOrDefault(org, org), label("audit.action." + e.getAction().name()),
                            typeLabel(e.getEntityType()), e.getEntityId(), e.getBeforeState(), e.getAfterState()));
                }
            } catch (AccessDeniedException e) {
                denied = true;
            }
        }
        return lines;
    }

    /** The kinds of record in the trail, by name in the reader's language. */
    @Transactional
    public List<Choice> getTypes() {
        return denied() ? List.of() : audit.distinct(AuditEvent_.entityType).stream().map(t -> new Choice(t, typeLabel(t))).toList();
    }

    @Transactional
    public List<Choice> getActors() {
        return denied() ? List.of() : audit.distinct(AuditEvent_.actor).stream().map(a -> new Choice(a, a)).toList();
    }

    @Transactional
    public List<Choice> getOrganisations() {
        if (denied()) {
            return List.of();
        }
        List<String> codes = audit.distinct(AuditEvent_.actorOrganisation);
        Map<String, String> names = audit.organisationNames(codes, language.isEnglish());
        return codes.stream().map(c -> new Choice(c, names.getOrDefault(c, c))).toList();
    }

    /** Sends the lines shown as a workbook (view action: ?export=xlsx with the same filters). */
    public void exportIfAsked() throws IOException {
        if (!"xlsx".equals(export) || denied()) {
            return;
        }
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(label("audit.at"), label("audit.actor"), label("audit.organisation"), label("audit.action"),
                label("audit.type"), "ID", label("audit.before"), label("audit.after")));
        for (Line l : getLines()) {
            rows.add(java.util.Arrays.asList(l.at(), l.actor(), l.organisation(), l.action(), l.type(), l.id(), l.before(), l.after()));
        }
        Download.send(Xlsx.write(List.of(new Xlsx.Sheet(label("audit.title"), rows))), Xlsx.MEDIA_TYPE,
                Xlsx.disposition("audit-trail.xlsx", label("audit.title") + ".xlsx"));
    }

    private boolean denied() {
        getLines();
        return denied;
    }

    public boolean isDenied() {
        return denied();
    }

    private String typeLabel(String type) {
        String key = "audit.entity." + type;
        String text = language.text(key);
        return text == null ? type : text;
    }

    private String label(String key) {
        return language.text(key);
    }

    /** The start of the day {@code iso} (plus {@code days}) in Beijing, or null when none or not a date. */
    private static Instant day(String iso, int days) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(iso.strip()).plusDays(days).atStartOfDay(Shanghai.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getExport() { return export; }
    public void setExport(String export) { this.export = export; }
}
