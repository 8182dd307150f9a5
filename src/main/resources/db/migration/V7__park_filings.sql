-- What a park committee files: its circular-transformation implementation plan (approved by the
-- province) and its annual progress reports (due 31 December); drafts as JSON documents, every
-- submitted version frozen with its review; the province's evaluation and acceptance of a plan.

CREATE TABLE park_filing (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    park_id             BIGINT        NOT NULL,
    filing_type         VARCHAR(16)   NOT NULL,
    report_year         INT           NOT NULL,
    plan_id             BIGINT        NULL,
    due_date            DATE          NULL,
    status              VARCHAR(16)   NOT NULL,
    content             MEDIUMTEXT    NOT NULL,
    first_submitted_at  DATETIME(6)   NULL,
    decided_at          DATETIME(6)   NULL,
    evaluation_result   VARCHAR(16)   NULL,
    evaluation_date     DATE          NULL,
    evaluation_comment  TEXT          NULL,
    evaluated_by        VARCHAR(255)  NULL,
    draft_saved_by      VARCHAR(255)  NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_park_filing UNIQUE (park_id, filing_type, report_year),
    CONSTRAINT fk_filing_park FOREIGN KEY (park_id) REFERENCES park (id),
    CONSTRAINT fk_filing_plan FOREIGN KEY (plan_id) REFERENCES park_filing (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE park_filing_version (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    filing_id       BIGINT       NOT NULL,
    number          INT          NOT NULL,
    submitted_at    DATETIME(6)  NOT NULL,
    submitted_by    VARCHAR(255) NOT NULL,
    content         MEDIUMTEXT   NOT NULL,
    outcome         VARCHAR(16)  NULL,
    reviewed_at     DATETIME(6)  NULL,
    reviewed_by     VARCHAR(255) NULL,
    review_comment  TEXT         NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_park_filing_version UNIQUE (filing_id, number),
    CONSTRAINT fk_filing_version FOREIGN KEY (filing_id) REFERENCES park_filing (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
