-- Undo V004: drop the index without blocking writes (outside a transaction).
DROP INDEX CONCURRENTLY IF EXISTS order_items_product_id_idx;
