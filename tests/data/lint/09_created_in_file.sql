BEGIN;
CREATE TABLE events (id bigint PRIMARY KEY, kind text);
CREATE INDEX events_kind_idx ON events (kind);
ALTER TABLE events ADD COLUMN payload jsonb NOT NULL;
COMMIT;
CREATE TABLE logs (id bigint, body text);
CREATE INDEX logs_body_idx ON logs (body);
DROP TABLE logs;
