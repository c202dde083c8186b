-- Step 2: check the existing payments against orders. VALIDATE CONSTRAINT
-- takes SHARE UPDATE EXCLUSIVE on payments, so reads and writes continue.
ALTER TABLE payments VALIDATE CONSTRAINT payments_order_id_fkey;
