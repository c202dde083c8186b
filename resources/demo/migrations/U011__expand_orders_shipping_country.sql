-- Undo V011 (and the V012 backfill): drop orders.shipping_country.
SET lock_timeout = '2s';

ALTER TABLE orders DROP COLUMN IF EXISTS shipping_country;
