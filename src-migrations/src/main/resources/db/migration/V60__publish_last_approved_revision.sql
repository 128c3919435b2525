-- Readers see each text's last approved revision; drafts and texts in review stay in the editor.
-- The published copy lives beside the working copy. Portable SQL: the same script runs on H2 and PostgreSQL.

ALTER TABLE code_text ADD COLUMN published_body VARCHAR(20000);
ALTER TABLE code_text ADD COLUMN published_revision INTEGER;
ALTER TABLE code_text ADD COLUMN published_at TIMESTAMP;

-- Approved texts (shipped content included) are published as they are.
UPDATE code_text SET published_body = body, published_revision = revision, published_at = updated_at
WHERE status = 'APPROVED';

-- A draft or a text in review publishes its last approved revision from the history, when it has one;
-- shipped texts that were edited since recorded their shipped body as an approved ORIGINAL revision.
UPDATE code_text SET
    published_body = (SELECT r.body FROM text_revision r WHERE r.id = (SELECT MAX(a.id) FROM text_revision a
        WHERE a.text_id = code_text.id AND a.status = 'APPROVED')),
    published_revision = (SELECT r.revision FROM text_revision r WHERE r.id = (SELECT MAX(a.id) FROM text_revision a
        WHERE a.text_id = code_text.id AND a.status = 'APPROVED')),
    published_at = (SELECT r.changed_at FROM text_revision r WHERE r.id = (SELECT MAX(a.id) FROM text_revision a
        WHERE a.text_id = code_text.id AND a.status = 'APPROVED'))
WHERE status <> 'APPROVED';
