package org.policytracker.reporting.entity;

import org.policytracker.platform.persistence.NotAudited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.policytracker.organisations.entity.Organisation;

/**
 * A reminder about a submission, shown in the application to the recipient organisation and sent
 * to its mailbox. Its key (submission, kind — e.g. {@code BEFORE_DUE-14}) is unique in the
 * database: that is what makes it go out once, however often and on however many nodes the job runs.
 */
@NotAudited("the reminder job's own record of a mail it sent: the row is the record")
@Entity
@Table(name = "reminder")
public class Reminder {

    public enum MailStatus { PENDING, SENT, FAILED, NO_ADDRESS, DISABLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id", nullable = false)
    private Submission submission;

    @Column(nullable = false, length = 32)
    private String kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", nullable = false)
    private Organisation recipient;

    @Column(name = "recipient_email", length = 254)
    private String recipientEmail;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "mail_status", nullable = false, length = 16)
    private MailStatus mailStatus = MailStatus.PENDING;

    @Column(name = "mail_error", length = 1000)
    private String mailError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Reminder() {
    }

    public Reminder(Submission submission, String kind, Organisation recipient, String subject, String body, Instant at) {
        this.submission = submission;
        this.kind = kind;
        this.recipient = recipient;
        this.recipientEmail = recipient.getEmail();
        this.subject = subject;
        this.body = body;
        this.createdAt = at;
        if (recipientEmail == null) {
            mailStatus = MailStatus.NO_ADDRESS;
        }
    }

    public void mailed(MailStatus status, String error, Instant at) {
        this.mailStatus = status;
        this.mailError = error == null ? null : error.substring(0, Math.min(1000, error.length()));
        this.sentAt = status == MailStatus.SENT ? at : null;
    }

    public Long getId() { return id; }
    public Submission getSubmission() { return submission; }
    public String getKind() { return kind; }
    public Organisation getRecipient() { return recipient; }
    public String getRecipientEmail() { return recipientEmail; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public MailStatus getMailStatus() { return mailStatus; }
    public String getMailError() { return mailError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
}
