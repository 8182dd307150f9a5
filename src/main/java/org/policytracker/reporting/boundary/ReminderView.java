package org.policytracker.reporting.boundary;

import java.time.Instant;
import org.policytracker.organisations.boundary.OrganisationView;
import org.policytracker.reporting.entity.Reminder;

/** A reminder as its recipient sees it in the application. */
public record ReminderView(Long id, Long submissionId, String kind, OrganisationView.Ref recipient, String subject, String body,
                           Instant createdAt, String mailStatus, String recipientEmail, Instant sentAt) {

    public static ReminderView of(Reminder r) {
        return new ReminderView(r.getId(), r.getSubmission().getId(), r.getKind(), OrganisationView.Ref.of(r.getRecipient()),
                r.getSubject(), r.getBody(), r.getCreatedAt(), r.getMailStatus().name(), r.getRecipientEmail(), r.getSentAt());
    }
}
