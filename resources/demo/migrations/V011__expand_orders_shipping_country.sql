-- Expand step: orders get their own shipping_country (today it is read from
-- the customer). Nullable and without default, so the ALTER is catalog-only;
-- lock_timeout makes it give up instead of queueing behind long transactions
-- (and blocking everyone queued behind it). Backfill follows in V012.
SET lock_timeout = '2s';
SET statement_timeout = '10s';

ALTER TABLE orders ADD COLUMN shipping_country char(2);
