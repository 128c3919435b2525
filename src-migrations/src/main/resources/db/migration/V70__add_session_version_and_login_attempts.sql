-- Sign-out and a password change raise the user's session version; session cookies carry the version they were
-- issued with, so older cookies stop working on every instance at once.
ALTER TABLE app_user ADD COLUMN session_version INTEGER DEFAULT 0 NOT NULL;

-- Login attempts per subject (a hashed user name, or a client address) in the current window, shared by every
-- instance. Rows are locked while counted, so parallel guesses are counted one by one.
CREATE TABLE login_attempt (
    subject        VARCHAR(80) NOT NULL PRIMARY KEY,
    attempts       INTEGER     NOT NULL,
    window_ends_at TIMESTAMP   NOT NULL
);
CREATE INDEX login_attempt_window ON login_attempt (window_ends_at);

-- Secrets the instances share: the session cookie key when ATLAS_SESSION_KEY is not set.
CREATE TABLE app_secret (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    secret     VARCHAR(200) NOT NULL,
    created_at TIMESTAMP    NOT NULL
);
