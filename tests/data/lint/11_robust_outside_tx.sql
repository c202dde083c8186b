CREATE TABLE IF NOT EXISTS settings (key text PRIMARY KEY, value text);
CREATE TABLE flags (name text);
ALTER TABLE settings ADD COLUMN scope text;
ALTER TABLE settings DROP COLUMN IF EXISTS scope;
ALTER TABLE settings DROP CONSTRAINT IF EXISTS settings_value_ck;
ALTER TABLE settings ADD CONSTRAINT settings_value_ck CHECK (value <> '') NOT VALID;
ALTER TABLE settings VALIDATE CONSTRAINT settings_value_ck;
DROP TYPE old_kind;
DROP TABLE IF EXISTS flags;
