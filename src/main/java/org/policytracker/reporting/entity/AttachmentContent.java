package org.policytracker.reporting.entity;

import org.policytracker.platform.persistence.NotAudited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of an {@link Attachment}, read only when somebody downloads it. */
@NotAudited("a file's bytes: the attachment's entry records its name, size and SHA-256")
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Lob
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    protected AttachmentContent() {
    }

    public AttachmentContent(Long attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content;
    }

    public byte[] getContent() { return content; }
}
