ALTER TABLE orders DROP COLUMN legacy;
DROP TABLE old_orders, older_orders;
DROP DATABASE staging;
ALTER TABLE orders RENAME TO purchases;
ALTER TABLE purchases RENAME COLUMN total TO amount;
ALTER INDEX orders_idx RENAME TO purchases_idx;
TRUNCATE audit_log CASCADE;
