package org.policytracker.reporting.entity;

import org.policytracker.platform.persistence.AuditedPart;

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
import org.policytracker.platform.persistence.Auditable;

/**
 * A piece of evidence (PDF, Word, Excel, image) attached to a submission: its type as found in its
 * bytes, size and SHA-256. Once part of a submitted version it can no longer be removed. The bytes
 * live apart ({@link AttachmentContent}).
 */
@Entity
@Table(name = "attachment")
public class Attachment implements AuditedPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id", nullable = false)
    private Submission submission;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 128)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 255)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    /** The first submitted version that included it; from then on it is part of the record. */
    @Column(name = "first_version")
    private Integer firstVersion;

    protected Attachment() {
    }

    public Attachment(Submission submission, String fileName, String contentType, long size, String sha256,
                      String uploadedBy, Instant uploadedAt) {
        this.submission = submission;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public void includedIn(int version) {
        if (firstVersion == null) {
            firstVersion = version;
        }
    }

    public Long getId() { return id; }
    public Submission getSubmission() { return submission; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSize() { return size; }
    public String getSha256() { return sha256; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
    public Integer getFirstVersion() { return firstVersion; }

    @Override
    public Auditable auditRoot() {
        return submission;
    }

    @Override
    public String auditLabel() {
        return "attachment " + fileName;
    }

    /** A file name as kept: characters no file system takes replaced by "_", at most its last 255 characters. */
    public static String safeName(String name) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return safe.length() > 255 ? safe.substring(safe.length() - 255) : safe;
    }
}
