CREATE DOMAIN positive_int AS bigint CHECK (VALUE > 0);
CREATE DOMAIN plain_text AS text;
ALTER DOMAIN positive_int ADD CONSTRAINT positive_ck CHECK (VALUE > 0) NOT VALID;
ALTER TYPE order_status ADD VALUE 'refunded';
ALTER TYPE order_status ADD VALUE 'disputed' AFTER 'paid';
UPDATE orders SET status = 'x', status = 'y' WHERE id = 1;
UPDATE orders SET status = 'x', total = 1 WHERE id = 1;
CREATE TABLE a_table_name_that_is_much_longer_than_postgres_allows_for_identifiers_x (id bigint);
