-- Speed up the back-office order list, filtered by status and sorted by date.
CREATE INDEX orders_status_placed_at_idx ON orders (status, placed_at);
