CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_idx ON orders (user_id);
ALTER TABLE orders ADD CONSTRAINT orders_uq UNIQUE USING INDEX orders_user_idx;
