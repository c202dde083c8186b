-- Index the order_items.product_id foreign key ("which orders contain this
-- product?", and deleting a product no longer scans every item).
-- CONCURRENTLY does not block writes; it cannot run inside a transaction.
SET lock_timeout = '3s';

CREATE INDEX CONCURRENTLY IF NOT EXISTS order_items_product_id_idx
    ON order_items (product_id);
