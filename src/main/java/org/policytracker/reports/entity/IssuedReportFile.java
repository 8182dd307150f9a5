package org.policytracker.reports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.policytracker.platform.persistence.Auditable;
import org.policytracker.platform.persistence.AuditedPart;

/** One file of an issued report (PDF/A-2b, XLSX or DOCX): its name, size and SHA-256; the bytes are {@link IssuedReportContent}. */
@Entity
@Immutable
@Table(name = "issued_report_file")
public class IssuedReportFile implements AuditedPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issued_report_id", nullable = false)
    private IssuedReport report;

    @Column(nullable = false, length = 8)
    private String format;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    protected IssuedReportFile() {
    }

    IssuedReportFile(IssuedReport report, String format, String fileName, long size, String sha256) {
        this.report = report;
        this.format = format;
        this.fileName = fileName;
        this.size = size;
        this.sha256 = sha256;
    }

    @Override
    public Auditable auditRoot() {
        return report;
    }

    @Override
    public String auditLabel() {
        return fileName;
    }

    public Long getId() { return id; }
    public IssuedReport getReport() { return report; }
    public String getFormat() { return format; }
    public String getFileName() { return fileName; }
    public long getSize() { return size; }
    public String getSha256() { return sha256; }
}
