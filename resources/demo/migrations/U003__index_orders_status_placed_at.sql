-- Undo V003: drop the order list index.
DROP INDEX IF EXISTS orders_status_placed_at_idx;
