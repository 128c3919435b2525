-- Accounts of the people who edit, and the full history of every text.

CREATE TABLE app_user (
    id            BIGINT       NOT NULL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    CONSTRAINT app_user_username UNIQUE (username)
);
CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 50;

-- One row per change of a text: who, when, before and after. Nothing is ever deleted.
CREATE TABLE text_revision (
    id              BIGINT         NOT NULL PRIMARY KEY,
    text_id         BIGINT         NOT NULL REFERENCES code_text (id),
    revision        INTEGER        NOT NULL,
    action          VARCHAR(16)    NOT NULL,
    body_before     VARCHAR(20000),
    body            VARCHAR(20000) NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    source_revision INTEGER,
    changed_by      VARCHAR(64)    NOT NULL,
    changed_at      TIMESTAMP      NOT NULL
);
CREATE SEQUENCE text_revision_seq START WITH 1 INCREMENT BY 50;
CREATE INDEX text_revision_text ON text_revision (text_id, revision);

-- Every content change, in order: other instances poll it to refresh their caches and search index.
CREATE TABLE content_change (
    id         BIGINT      NOT NULL PRIMARY KEY,
    code       VARCHAR(16) NOT NULL,
    changed_at TIMESTAMP   NOT NULL
);
CREATE SEQUENCE content_change_seq START WITH 1 INCREMENT BY 1;
