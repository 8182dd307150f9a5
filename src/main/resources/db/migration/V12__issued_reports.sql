-- An organisation's prefix of document numbers (发文字号 机关代字, e.g. 陕工信函 → 陕工信函〔2026〕12号).
ALTER TABLE organisation ADD COLUMN document_prefix VARCHAR(40) NULL;

-- An issued report (印发): numbered per issuing organisation and year, its figures kept to compare with the next issue.
-- Never updated or deleted by the application; its files (PDF/A-2b, XLSX, DOCX) are kept byte for byte with their SHA-256.
CREATE TABLE issued_report (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    kind              VARCHAR(32)  NOT NULL,
    subject_id        BIGINT       NOT NULL,
    period            VARCHAR(16)  NULL,
    language          VARCHAR(8)   NOT NULL,
    issuer_id         BIGINT       NOT NULL,
    issue_year        INT          NOT NULL,
    serial            INT          NOT NULL,
    document_number   VARCHAR(80)  NOT NULL,
    issue_date        DATE         NOT NULL,
    issued_at         DATETIME(6)  NOT NULL,
    issued_by         VARCHAR(255) NOT NULL,
    title             VARCHAR(500) NOT NULL,
    addressee         VARCHAR(300) NULL,
    figures           LONGTEXT     NOT NULL,
    previous_id       BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_issued_report_number UNIQUE (issuer_id, issue_year, serial),
    CONSTRAINT fk_issued_report_issuer FOREIGN KEY (issuer_id) REFERENCES organisation (id),
    CONSTRAINT fk_issued_report_previous FOREIGN KEY (previous_id) REFERENCES issued_report (id),
    INDEX ix_issued_report_subject (kind, subject_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE issued_report_file (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    issued_report_id  BIGINT       NOT NULL,
    format            VARCHAR(8)   NOT NULL,
    file_name         VARCHAR(255) NOT NULL,
    size_bytes        BIGINT       NOT NULL,
    sha256            CHAR(64)     NOT NULL,
    content           LONGBLOB     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_issued_report_file UNIQUE (issued_report_id, format),
    CONSTRAINT fk_issued_report_file_report FOREIGN KEY (issued_report_id) REFERENCES issued_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
