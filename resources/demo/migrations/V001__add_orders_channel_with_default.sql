-- Record which channel an order came from (web shop, sales rep, API).
-- A constant default on PostgreSQL 11+ is stored in the catalog: no rewrite,
-- only a brief ACCESS EXCLUSIVE lock, bounded by lock_timeout.
SET lock_timeout = '3s';

ALTER TABLE orders
    ADD COLUMN channel text NOT NULL DEFAULT 'web';
