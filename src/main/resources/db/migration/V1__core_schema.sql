-- Policy Tracker core schema: organisations, plans, tasks and their units, indicators and targets.
-- Portable between MySQL 8 and MariaDB 11.4: InnoDB, utf8mb4, no vendor-only types.
-- Timestamps are stored in UTC (DATETIME(6)); deadlines are local dates (DATE, Asia/Shanghai).

CREATE TABLE organisation (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    code          VARCHAR(64)  NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    name_zh       VARCHAR(200) NOT NULL,
    name_en       VARCHAR(300) NOT NULL,
    parent_id     BIGINT       NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_organisation_code UNIQUE (code),
    CONSTRAINT fk_organisation_parent FOREIGN KEY (parent_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_organisation_parent ON organisation (parent_id);
CREATE INDEX ix_organisation_kind ON organisation (kind);

CREATE TABLE organisation_alias (
    organisation_id BIGINT       NOT NULL,
    alias           VARCHAR(300) NOT NULL,
    PRIMARY KEY (organisation_id, alias),
    CONSTRAINT fk_alias_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_organisation_alias_alias ON organisation_alias (alias);

CREATE TABLE plan (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    code              VARCHAR(64)  NOT NULL,
    title_zh          VARCHAR(500) NOT NULL,
    title_en          VARCHAR(500) NULL,
    document_number   VARCHAR(100) NULL,
    level             VARCHAR(32)  NOT NULL,
    status            VARCHAR(32)  NOT NULL,
    issue_date        DATE         NULL,
    period_start      DATE         NULL,
    period_end        DATE         NULL,
    overall_goals_zh  TEXT         NULL,
    overall_goals_en  TEXT         NULL,
    owner_id          BIGINT       NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_plan_code UNIQUE (code),
    CONSTRAINT fk_plan_owner FOREIGN KEY (owner_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_issuer (
    plan_id         BIGINT NOT NULL,
    position        INT    NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_plan_issuer_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_issuer_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_implements (
    plan_id             BIGINT NOT NULL,
    implemented_plan_id BIGINT NOT NULL,
    PRIMARY KEY (plan_id, implemented_plan_id),
    CONSTRAINT fk_plan_impl_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_impl_target FOREIGN KEY (implemented_plan_id) REFERENCES plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE task (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id        BIGINT        NOT NULL,
    parent_id      BIGINT        NULL,
    kind           VARCHAR(16)   NOT NULL,
    number         VARCHAR(32)   NOT NULL,
    position       INT           NOT NULL,
    sort_path      VARCHAR(255)  NOT NULL,
    title_zh       VARCHAR(500)  NULL,
    title_en       VARCHAR(500)  NULL,
    description    TEXT          NULL,
    deadline       DATE          NULL,
    deadline_text  VARCHAR(1000) NULL,
    status         VARCHAR(16)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_task_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_parent FOREIGN KEY (parent_id) REFERENCES task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_task_plan_path ON task (plan_id, sort_path);
CREATE INDEX ix_task_parent ON task (parent_id);
CREATE INDEX ix_task_deadline ON task (deadline);
CREATE INDEX ix_task_status ON task (status);

CREATE TABLE task_assignment (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    task_id         BIGINT        NOT NULL,
    position        INT           NOT NULL,
    role            VARCHAR(32)   NOT NULL,
    organisation_id BIGINT        NOT NULL,
    coverage        VARCHAR(32)   NOT NULL,
    note            VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_assignment_task FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE,
    CONSTRAINT fk_assignment_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_assignment_task ON task_assignment (task_id);
CREATE INDEX ix_assignment_org_role ON task_assignment (organisation_id, role);

CREATE TABLE milestone (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    task_id         BIGINT        NOT NULL,
    position        INT           NOT NULL,
    due_date        DATE          NULL,
    description_zh  VARCHAR(1000) NULL,
    description_en  VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_milestone_task FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_milestone_task ON milestone (task_id);

CREATE TABLE indicator (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    code         VARCHAR(64)  NOT NULL,
    name_zh      VARCHAR(300) NOT NULL,
    name_en      VARCHAR(300) NOT NULL,
    unit         VARCHAR(64)  NOT NULL,
    direction    VARCHAR(32)  NOT NULL,
    aggregation  VARCHAR(32)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_indicator_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE target (
    id                       BIGINT         NOT NULL AUTO_INCREMENT,
    indicator_id             BIGINT         NOT NULL,
    plan_id                  BIGINT         NOT NULL,
    task_id                  BIGINT         NULL,
    scope_id                 BIGINT         NOT NULL,
    relation                 VARCHAR(16)    NOT NULL,
    baseline_year            INT            NULL,
    baseline_value           DECIMAL(20, 6) NULL,
    target_year              INT            NOT NULL,
    target_value             DECIMAL(20, 6) NULL,
    relative_change_percent  DECIMAL(9, 4)  NULL,
    statement                VARCHAR(1000)  NULL,
    version                  BIGINT         NOT NULL DEFAULT 0,
    created_at               DATETIME(6)    NOT NULL,
    updated_at               DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_target_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT fk_target_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_target_task FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE SET NULL,
    CONSTRAINT fk_target_scope FOREIGN KEY (scope_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_target_plan ON target (plan_id);
CREATE INDEX ix_target_indicator ON target (indicator_id);
