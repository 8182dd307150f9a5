package org.policytracker.reports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.policytracker.platform.persistence.NotAudited;

/** The bytes of an {@link IssuedReportFile}, read only when somebody downloads it. */
@NotAudited("a file's bytes: the issued report's entry records each file's name, size and SHA-256")
@Entity
@Immutable
@Table(name = "issued_report_content")
public class IssuedReportContent {

    @Id
    @Column(name = "file_id")
    private Long fileId;

    @Lob
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    protected IssuedReportContent() {
    }

    public IssuedReportContent(Long fileId, byte[] content) {
        this.fileId = fileId;
        this.content = content;
    }

    public byte[] getContent() { return content; }
}
