-- Audit trail (append-only: the application has no way to change or delete an entry) and the
-- administrator's mapping of people (Keycloak user names) to organisations.

CREATE TABLE audit_event (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at         DATETIME(6)  NOT NULL,
    actor               VARCHAR(255) NOT NULL,
    actor_organisation  VARCHAR(64)  NULL,
    action              VARCHAR(16)  NOT NULL,
    entity_type         VARCHAR(64)  NOT NULL,
    entity_id           BIGINT       NOT NULL,
    before_state        MEDIUMTEXT   NULL,
    after_state         MEDIUMTEXT   NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_entity ON audit_event (entity_type, entity_id);
CREATE INDEX ix_audit_actor ON audit_event (actor, occurred_at);
CREATE INDEX ix_audit_time ON audit_event (occurred_at);

CREATE TABLE person (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    username        VARCHAR(255) NOT NULL,
    display_name    VARCHAR(200) NULL,
    organisation_id BIGINT       NOT NULL,
    active          BOOLEAN      NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_person_username UNIQUE (username),
    CONSTRAINT fk_person_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
