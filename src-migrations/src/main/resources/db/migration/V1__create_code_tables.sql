-- Codes with a page, and their texts per locale and field.
-- Portable SQL: the same script runs on H2 (2.x) and PostgreSQL.

CREATE TABLE smtp_code (
    code        VARCHAR(16) NOT NULL PRIMARY KEY,
    kind        VARCHAR(16) NOT NULL,
    class_digit INTEGER     NOT NULL,
    sort_order  INTEGER     NOT NULL
);

-- One row per code, locale and field (title, summary, ...). "revision" counts content changes;
-- "version" is Hibernate's optimistic lock; "source_revision" is the English revision a translation follows.
CREATE TABLE code_text (
    id              BIGINT        NOT NULL PRIMARY KEY,
    code            VARCHAR(16)   NOT NULL REFERENCES smtp_code (code),
    locale          VARCHAR(8)    NOT NULL,
    field           VARCHAR(32)   NOT NULL,
    body            VARCHAR(20000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    revision        INTEGER       NOT NULL,
    source_revision INTEGER,
    version         BIGINT        NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    updated_by      VARCHAR(64)   NOT NULL,
    CONSTRAINT code_text_unique UNIQUE (code, locale, field)
);

CREATE INDEX code_text_locale ON code_text (locale, code);

CREATE SEQUENCE code_text_seq START WITH 1 INCREMENT BY 50;
