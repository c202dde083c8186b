-- Large B2B orders are getting close to integer range (21 million euros):
-- widen orders.total_cents to bigint. The customer_order_summary view reads
-- the column, so it is dropped and re-created around the change.
DROP VIEW customer_order_summary;

ALTER TABLE orders ALTER COLUMN total_cents TYPE bigint;

CREATE VIEW customer_order_summary AS
SELECT c.id            AS customer_id,
       c.email,
       c.display_name,
       a.name          AS account_name,
       count(o.id)     AS order_count,
       coalesce(sum(o.total_cents) FILTER (WHERE o.status IN ('paid', 'shipped', 'delivered')), 0)
                       AS lifetime_value_cents,
       max(o.placed_at) AS last_order_at
  FROM customers c
  JOIN accounts a ON a.id = c.account_id
  LEFT JOIN orders o ON o.customer_id = c.id
 WHERE c.deleted_at IS NULL
 GROUP BY c.id, c.email, c.display_name, a.name;
