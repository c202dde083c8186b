-- Undo V008 (and V009): drop the payments -> orders foreign key.
SET lock_timeout = '3s';

ALTER TABLE payments DROP CONSTRAINT IF EXISTS payments_order_id_fkey;
