-- When each person (Keycloak user name) last marked their notifications as read: the start page shows
-- the notifications after that moment as new.
CREATE TABLE notice_mark (
    username    VARCHAR(255) NOT NULL,
    read_until  DATETIME(6)  NOT NULL,
    PRIMARY KEY (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
