-- A province's list of parks qualified for circular transformation, with each park's expected
-- results, sent to NDRC and MIIT by a due date (the notice: end of June 2022).

CREATE TABLE park_list (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    province_id     BIGINT        NOT NULL,
    list_year       INT           NOT NULL,
    due_date        DATE          NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    content         MEDIUMTEXT    NOT NULL,
    submitted_at    DATETIME(6)   NULL,
    submitted_by    VARCHAR(255)  NULL,
    draft_saved_by  VARCHAR(255)  NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_park_list UNIQUE (province_id, list_year),
    CONSTRAINT fk_park_list_province FOREIGN KEY (province_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
