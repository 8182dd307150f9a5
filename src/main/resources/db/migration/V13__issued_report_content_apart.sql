-- The bytes of an issued report's files live apart from their name, size and SHA-256, so listing issued reports never
-- reads the files themselves (as attachment / attachment_content).
CREATE TABLE issued_report_content (
    file_id  BIGINT   NOT NULL,
    content  LONGBLOB NOT NULL,
    PRIMARY KEY (file_id),
    CONSTRAINT fk_issued_report_content_file FOREIGN KEY (file_id) REFERENCES issued_report_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO issued_report_content (file_id, content) SELECT id, content FROM issued_report_file;

ALTER TABLE issued_report_file DROP COLUMN content;
