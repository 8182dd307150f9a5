-- Published lists of typical cases (典型案例名单, e.g. seed 003) with their rows as published and the
-- figures their texts state, typed.

CREATE TABLE case_list (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    code          VARCHAR(64)   NOT NULL,
    title_zh      VARCHAR(500)  NOT NULL,
    title_en      VARCHAR(500)  NULL,
    list_year     INT           NOT NULL,
    recognition   VARCHAR(32)   NOT NULL,
    publisher     VARCHAR(300)  NULL,
    source_note   VARCHAR(1000) NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_case_list_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE typical_case (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    list_id         BIGINT        NOT NULL,
    number          INT           NOT NULL,
    unit_name       VARCHAR(300)  NOT NULL,
    industry        VARCHAR(100)  NOT NULL,
    province_name   VARCHAR(100)  NOT NULL,
    province_id     BIGINT        NULL,
    mode            VARCHAR(100)  NOT NULL,
    practice        TEXT          NOT NULL,
    remarks         VARCHAR(300)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_typical_case UNIQUE (list_id, number),
    CONSTRAINT fk_case_list FOREIGN KEY (list_id) REFERENCES case_list (id) ON DELETE CASCADE,
    CONSTRAINT fk_case_province FOREIGN KEY (province_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_case_industry ON typical_case (industry);
CREATE INDEX ix_case_mode ON typical_case (mode);
CREATE INDEX ix_case_province ON typical_case (province_name);

CREATE TABLE case_figure (
    id          BIGINT          NOT NULL AUTO_INCREMENT,
    case_id     BIGINT          NOT NULL,
    position    INT             NOT NULL,
    kind        VARCHAR(32)     NOT NULL,
    is_change   BOOLEAN         NOT NULL,
    figure_value DECIMAL(20, 6) NOT NULL,
    unit        VARCHAR(32)     NOT NULL,
    at_least    BOOLEAN         NOT NULL,
    figure_year INT             NULL,
    quote       VARCHAR(500)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_figure_case FOREIGN KEY (case_id) REFERENCES typical_case (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_figure_kind ON case_figure (kind, figure_value);
