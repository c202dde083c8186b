-- Payments get a foreign key to orders as well, in two steps. Step 1 (this
-- file): add it NOT VALID. New and updated rows are checked at once; existing
-- rows are not scanned, so the lock is held only for a moment.
SET lock_timeout = '3s';

ALTER TABLE payments
    ADD CONSTRAINT payments_order_id_fkey
    FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;
