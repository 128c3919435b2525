-- Translators work in the languages assigned to them; an account can be disabled; each person picks the language
-- of the admin area.

-- Comma-separated locale tags ("fr,de"); admins edit every language whatever this holds.
ALTER TABLE app_user ADD COLUMN languages VARCHAR(64) DEFAULT '' NOT NULL;
ALTER TABLE app_user ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE app_user ADD COLUMN ui_locale VARCHAR(8) DEFAULT 'en' NOT NULL;

-- Existing translators keep the translations they could edit before; English becomes admin-only.
UPDATE app_user SET languages = 'fr,vi,de,es,pt,ja,zh' WHERE role = 'translator';
