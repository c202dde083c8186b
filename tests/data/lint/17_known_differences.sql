SET lock_timeout = '2s';
SET statement_timeout = '5min';
ALTER TABLE orders ADD COLUMN seq bigserial;
ALTER TABLE orders ADD COLUMN priority bigint DEFAULT -1;
ALTER TABLE orders ADD COLUMN booked_on date DEFAULT CURRENT_DATE;
ALTER TABLE orders ADD COLUMN weight bigint DEFAULT (1);
