CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_idx ON orders (user_id);
