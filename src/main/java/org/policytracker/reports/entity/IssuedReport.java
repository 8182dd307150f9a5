package org.policytracker.reports.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.platform.persistence.Auditable;

/**
 * A report as it was issued (印发): numbered 陕工信函〔2026〕12号 within its issuing organisation and year, dated, with
 * the figures it printed and its files. Immutable: nothing changes it after it is written (Hibernate ignores any
 * change and the application has no path to one), so every download is byte for byte the copy that was sent.
 */
@Entity
@Immutable
@Table(name = "issued_report")
public class IssuedReport implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private IssuedReportKind kind;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(length = 16)
    private String period;

    @Column(nullable = false, length = 8)
    private String language;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issuer_id", nullable = false)
    private Organisation issuer;

    @Column(name = "issue_year", nullable = false)
    private int issueYear;

    @Column(nullable = false)
    private int serial;

    @Column(name = "document_number", nullable = false, length = 80)
    private String documentNumber;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 255)
    private String issuedBy;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = 300)
    private String addressee;

    /** The figures it printed, as JSON (name → value), to list what changed at the next issue. */
    @Lob
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String figures;

    /** The issue of the same report before this one, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_id")
    private IssuedReport previous;

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<IssuedReportFile> files = new ArrayList<>();

    protected IssuedReport() {
    }

    public IssuedReport(IssuedReportKind kind, long subjectId, String period, String language, Organisation issuer, int issueYear,
                        int serial, String documentNumber, LocalDate issueDate, Instant issuedAt, String issuedBy, String title,
                        String addressee, String figures, IssuedReport previous) {
        this.kind = kind;
        this.subjectId = subjectId;
        this.period = period;
        this.language = language;
        this.issuer = issuer;
        this.issueYear = issueYear;
        this.serial = serial;
        this.documentNumber = documentNumber;
        this.issueDate = issueDate;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.title = title;
        this.addressee = addressee;
        this.figures = figures;
        this.previous = previous;
    }

    /** Adds one of its files (only while it is being issued: the entity is immutable once written). */
    public IssuedReportFile attach(String format, String fileName, long size, String sha256) {
        IssuedReportFile f = new IssuedReportFile(this, format, fileName, size, sha256);
        files.add(f);
        return f;
    }

    @Override
    public String auditType() {
        return "issued-report";
    }

    @Override
    public Long getId() { return id; }
    public IssuedReportKind getKind() { return kind; }
    public long getSubjectId() { return subjectId; }
    public String getPeriod() { return period; }
    public String getLanguage() { return language; }
    public Organisation getIssuer() { return issuer; }
    public int getIssueYear() { return issueYear; }
    public int getSerial() { return serial; }
    public String getDocumentNumber() { return documentNumber; }
    public LocalDate getIssueDate() { return issueDate; }
    public Instant getIssuedAt() { return issuedAt; }
    public String getIssuedBy() { return issuedBy; }
    public String getTitle() { return title; }
    public String getAddressee() { return addressee; }
    public String getFigures() { return figures; }
    public IssuedReport getPrevious() { return previous; }
    public List<IssuedReportFile> getFiles() { return List.copyOf(files); }
}
