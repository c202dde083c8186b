-- Backfill orders.shipping_country from the customer, in keyset batches of
-- 10,000 ids, committing after each batch and pausing briefly so replicas
-- keep up and row locks are held only for a moment. Rows already filled in
-- are skipped, so the backfill can be stopped and re-run safely.
-- COMMIT inside DO needs the file to run outside a transaction.
DO $$
DECLARE
    batch_size constant bigint := 10000;
    last_id    bigint := 0;
    max_id     bigint;
BEGIN
    SELECT coalesce(max(id), 0) INTO max_id FROM orders;
    WHILE last_id < max_id LOOP
        UPDATE orders o
           SET shipping_country = c.country_code
          FROM customers c
         WHERE c.id = o.customer_id
           AND o.id > last_id
           AND o.id <= last_id + batch_size
           AND o.shipping_country IS NULL;
        last_id := last_id + batch_size;
        COMMIT;
        PERFORM pg_sleep(0.01);
    END LOOP;
END
$$;
