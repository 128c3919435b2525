-- What the shipped content looked like when it was last loaded, so that a start with the same content skips the
-- loader (one query), and a name for this database, so that a search index on disk is never taken for another's.
CREATE TABLE content_state (
    id                  INTEGER     NOT NULL PRIMARY KEY,
    database_id         VARCHAR(36) NOT NULL,
    shipped_fingerprint VARCHAR(64) NOT NULL,
    loaded_at           TIMESTAMP   NOT NULL
);
