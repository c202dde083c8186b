CREATE INDEX orders_created_idx ON orders (created_at);
DROP INDEX orders_created_idx;
REINDEX TABLE orders;
REINDEX INDEX CONCURRENTLY orders_pkey;
ALTER TABLE measurements DETACH PARTITION measurements_2020;
ALTER TABLE measurements DETACH PARTITION measurements_2021 CONCURRENTLY;
