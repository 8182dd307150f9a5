-- The park registry: industrial parks with level, kind, location and managing committee.

CREATE TABLE park (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    code          VARCHAR(64)   NOT NULL,
    name_zh       VARCHAR(300)  NOT NULL,
    name_en       VARCHAR(300)  NULL,
    level         VARCHAR(16)   NOT NULL,
    kind          VARCHAR(48)   NOT NULL,
    province_id   BIGINT        NOT NULL,
    city_id       BIGINT        NULL,
    committee_id  BIGINT        NOT NULL,
    approved_on   DATE          NULL,
    area_km2      DECIMAL(12, 3) NULL,
    leading_industries VARCHAR(500) NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_park_code UNIQUE (code),
    CONSTRAINT uk_park_committee UNIQUE (committee_id),
    CONSTRAINT fk_park_province FOREIGN KEY (province_id) REFERENCES organisation (id),
    CONSTRAINT fk_park_city FOREIGN KEY (city_id) REFERENCES organisation (id),
    CONSTRAINT fk_park_committee FOREIGN KEY (committee_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_park_province ON park (province_id, level);
