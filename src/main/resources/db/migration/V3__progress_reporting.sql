-- Progress reporting: reporting cycles and who is obliged, one submission slot per obliged
-- organisation and period, its draft (task reports, indicator values, evidence), the frozen
-- versions it was submitted as with their review, and the reminders sent about it.
-- Portable between MySQL 8 and MariaDB 11.4.

ALTER TABLE organisation ADD COLUMN email VARCHAR(254) NULL;

CREATE TABLE reporting_cycle (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id                 BIGINT        NOT NULL,
    code                    VARCHAR(64)   NOT NULL,
    name_zh                 VARCHAR(300)  NOT NULL,
    name_en                 VARCHAR(300)  NULL,
    frequency               VARCHAR(16)   NOT NULL,
    due_days_after_period   INT           NOT NULL,
    grace_days              INT           NOT NULL,
    reminder_days_before    VARCHAR(64)   NOT NULL,
    reviewer_id             BIGINT        NOT NULL,
    first_period_start      DATE          NOT NULL,
    last_period_end         DATE          NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    created_at              DATETIME(6)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_cycle_code UNIQUE (code),
    CONSTRAINT fk_cycle_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_cycle_reviewer FOREIGN KEY (reviewer_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cycle_participant (
    id               BIGINT  NOT NULL AUTO_INCREMENT,
    cycle_id         BIGINT  NOT NULL,
    position         INT     NOT NULL,
    organisation_id  BIGINT  NOT NULL,
    obliged_from     DATE    NULL,
    obliged_until    DATE    NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_participant UNIQUE (cycle_id, organisation_id),
    CONSTRAINT fk_participant_cycle FOREIGN KEY (cycle_id) REFERENCES reporting_cycle (id) ON DELETE CASCADE,
    CONSTRAINT fk_participant_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE submission (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    cycle_id            BIGINT       NOT NULL,
    organisation_id     BIGINT       NOT NULL,
    period_code         VARCHAR(16)  NOT NULL,
    period_start        DATE         NOT NULL,
    period_end          DATE         NOT NULL,
    due_date            DATE         NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    first_submitted_at  DATETIME(6)  NULL,
    last_submitted_at   DATETIME(6)  NULL,
    accepted_at         DATETIME(6)  NULL,
    draft_saved_by      VARCHAR(255) NULL,
    draft_saved_at      DATETIME(6)  NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_submission_slot UNIQUE (cycle_id, organisation_id, period_code),
    CONSTRAINT fk_submission_cycle FOREIGN KEY (cycle_id) REFERENCES reporting_cycle (id) ON DELETE CASCADE,
    CONSTRAINT fk_submission_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_submission_org ON submission (organisation_id, status);
CREATE INDEX ix_submission_due ON submission (due_date, status);

CREATE TABLE task_report (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    submission_id      BIGINT       NOT NULL,
    position           INT          NOT NULL,
    task_id            BIGINT       NOT NULL,
    status             VARCHAR(16)  NULL,
    percent_done       INT          NULL,
    narrative          TEXT         NULL,
    difficulties       TEXT         NULL,
    next_steps         TEXT         NULL,
    delay_explanation  TEXT         NULL,
    corrective_action  TEXT         NULL,
    corrective_due     DATE         NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_task_report UNIQUE (submission_id, task_id),
    CONSTRAINT fk_task_report_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_report_task FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator_value (
    id             BIGINT          NOT NULL AUTO_INCREMENT,
    submission_id  BIGINT          NOT NULL,
    position       INT             NOT NULL,
    indicator_id   BIGINT          NOT NULL,
    reported_value DECIMAL(20, 6)  NULL,
    note           VARCHAR(1000)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_indicator_value UNIQUE (submission_id, indicator_id),
    CONSTRAINT fk_indicator_value_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE,
    CONSTRAINT fk_indicator_value_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE submission_version (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    submission_id   BIGINT       NOT NULL,
    number          INT          NOT NULL,
    submitted_at    DATETIME(6)  NOT NULL,
    submitted_by    VARCHAR(255) NOT NULL,
    content         MEDIUMTEXT   NOT NULL,
    outcome         VARCHAR(16)  NULL,
    reviewed_at     DATETIME(6)  NULL,
    reviewed_by     VARCHAR(255) NULL,
    review_comment  TEXT         NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_submission_version UNIQUE (submission_id, number),
    CONSTRAINT fk_version_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE attachment (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    submission_id   BIGINT        NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    content_type    VARCHAR(128)  NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    uploaded_by     VARCHAR(255)  NOT NULL,
    uploaded_at     DATETIME(6)   NOT NULL,
    first_version   INT           NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_attachment_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_attachment_submission ON attachment (submission_id);

-- the bytes apart from the description, so that listing attachments never reads them
CREATE TABLE attachment_content (
    attachment_id   BIGINT    NOT NULL,
    content         LONGBLOB  NOT NULL,
    PRIMARY KEY (attachment_id),
    CONSTRAINT fk_attachment_content FOREIGN KEY (attachment_id) REFERENCES attachment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per reminder: the unique key is what makes a reminder go out once, however many
-- nodes run the job how often.
CREATE TABLE reminder (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    submission_id    BIGINT        NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    recipient_id     BIGINT        NOT NULL,
    recipient_email  VARCHAR(254)  NULL,
    subject          VARCHAR(500)  NOT NULL,
    body             TEXT          NOT NULL,
    mail_status      VARCHAR(16)   NOT NULL,
    mail_error       VARCHAR(1000) NULL,
    created_at       DATETIME(6)   NOT NULL,
    sent_at          DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_reminder UNIQUE (submission_id, kind),
    CONSTRAINT fk_reminder_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE,
    CONSTRAINT fk_reminder_recipient FOREIGN KEY (recipient_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_reminder_recipient ON reminder (recipient_id, created_at);
