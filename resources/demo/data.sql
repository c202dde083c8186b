-- Slipway demo data, generated inside the server with generate_series.
--
-- {{order_rows}} is replaced by the loader with a validated integer (the
-- number of orders, 1,000,000 by default); nothing else is substituted.
-- Every other table is sized from it. Values are derived from the row number
-- with cheap arithmetic instead of random(), so a load is reproducible:
-- the same order_rows always gives the same rows.
--
-- Runs between the pre-data and post-data sections of schema.sql: the big
-- tables have no indexes or foreign keys yet while they are filled.

INSERT INTO accounts (id, name, plan, vat_number, created_at)
SELECT g,
       (ARRAY['Northwind', 'Blue Harbor', 'Kestrel', 'Ironbark', 'Lumen', 'Quarry', 'Silverline',
              'Tidewater', 'Ember', 'Juniper'])[1 + g % 10]
         || ' ' || (ARRAY['Trading', 'Labs', 'Logistics', 'Studio', 'Works', 'GmbH', 'Ltd'])[1 + g % 7]
         || ' ' || g,
       (ARRAY['free', 'free', 'team', 'team', 'team', 'business', 'enterprise'])[1 + (g * 7) % 7]::subscription_plan,
       CASE WHEN g % 3 = 0 THEN NULL ELSE 'DE' || lpad((g * 7919 % 1000000000)::text, 9, '0') END,
       now() - interval '3 years' + g * interval '7 minutes'
  FROM generate_series(1::bigint, greatest(10, {{order_rows}} / 200)) AS g;

INSERT INTO customers (id, account_id, email, full_name, phone, country_code, marketing_opt_in,
                       legacy_crm_id, created_at, updated_at, deleted_at)
SELECT g,
       a.account_id,
       'buyer' || g || '@acct' || a.account_id || '.example.com',
       (ARRAY['Ada', 'Ben', 'Chloe', 'Dmitri', 'Elif', 'Farah', 'Gustav', 'Hana', 'Ivan', 'Jana',
              'Kofi', 'Lena', 'Mateo', 'Noor', 'Oskar', 'Priya'])[1 + g % 16]
         || ' ' ||
       (ARRAY['Schmidt', 'Okafor', 'Nguyen', 'Larsen', 'Costa', 'Meyer', 'Kowalski', 'Tanaka',
              'Haddad', 'Novak', 'Moreau'])[1 + (g / 16) % 11],
       CASE WHEN g % 4 = 0 THEN NULL ELSE '+49 30 ' || lpad((g * 104729 % 10000000)::text, 7, '0') END,
       (ARRAY['DE', 'DE', 'DE', 'AT', 'CH', 'NL', 'FR', 'PL', 'DK', 'SE'])[1 + (g * 3) % 10],
       g % 5 = 0,
       CASE WHEN g % 2 = 0 THEN 'CRM-' || (100000 + g) END,
       now() - interval '3 years' + g * (interval '3 years' / greatest(50, {{order_rows}} / 10)),
       now() - interval '3 years' + g * (interval '3 years' / greatest(50, {{order_rows}} / 10)),
       CASE WHEN g % 97 = 0 THEN now() - interval '30 days' END
  FROM generate_series(1::bigint, greatest(50, {{order_rows}} / 10)) AS g,
       LATERAL (SELECT 1 + (g * 48271) % greatest(10, {{order_rows}} / 200) AS account_id) AS a;

-- Prices follow from the id (500 + id * 37 % 20000 cents), so order totals
-- below can be computed without reading this table back.
INSERT INTO products (id, sku, name, description, price_cents, stock, active)
SELECT g,
       'SKU-' || lpad(g::text, 6, '0'),
       (ARRAY['Steel', 'Oak', 'Canvas', 'Copper', 'Nylon', 'Granite', 'Bamboo', 'Wool'])[1 + g % 8]
         || ' ' ||
       (ARRAY['Crate', 'Shelf', 'Lamp', 'Rope', 'Hook', 'Tarp', 'Bracket', 'Pallet', 'Valve', 'Hinge'])[1 + (g / 8) % 10]
         || ' ' || (g % 50 + 1),
       'Catalogue item ' || g,
       500 + (g * 37) % 20000,
       1000 + (g * 13) % 5000,
       g % 40 <> 0
  FROM generate_series(1::bigint, 2000) AS g;

-- The big table. Orders are spread over the last two years, oldest first;
-- the newest 0.5 % are still pending, the 1.5 % before them paid or shipped.
INSERT INTO orders (id, customer_id, status, currency, total_cents, shipping_address, note,
                    placed_at, updated_at)
SELECT g,
       1 + (g * 48271) % greatest(50, {{order_rows}} / 10),
       CASE
           WHEN g > {{order_rows}} * 0.995 THEN 'pending'
           WHEN g > {{order_rows}} * 0.98 THEN (CASE WHEN g % 2 = 0 THEN 'paid' ELSE 'shipped' END)
           WHEN (g * 7919) % 100 < 3 THEN 'cancelled'
           WHEN (g * 7919) % 100 < 5 THEN 'refunded'
           ELSE 'delivered'
       END::order_status,
       'EUR',
       t.total_cents,
       (g % 500 + 1) || ' Harbour Street, ' || (10000 + (g * 31) % 89999) || ' '
         || (ARRAY['Berlin', 'Hamburg', 'Vienna', 'Zurich', 'Rotterdam', 'Lyon', 'Gdansk', 'Aarhus'])[1 + g % 8],
       CASE WHEN g % 50 = 0 THEN 'Please deliver to the loading dock' END,
       p.placed_at,
       p.placed_at
  FROM generate_series(1::bigint, {{order_rows}}) AS g,
       LATERAL (SELECT now() - interval '730 days' * (1.0 - g::float8 / {{order_rows}}) AS placed_at) AS p,
       LATERAL (SELECT sum((1 + (g + k) % 4) * (500 + ((1 + (g * 31 + k * 17) % 2000) * 37) % 20000))::integer
                       AS total_cents
                  FROM generate_series(1::bigint, 1 + g % 3) AS k) AS t;

-- One to three items per order (two on average), matching the totals above.
INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents)
SELECT g,
       1 + (g * 31 + k * 17) % 2000,
       1 + (g + k) % 4,
       500 + ((1 + (g * 31 + k * 17) % 2000) * 37) % 20000
  FROM generate_series(1::bigint, {{order_rows}}) AS g,
       LATERAL generate_series(1::bigint, 1 + g % 3) AS k;

INSERT INTO payments (order_id, amount_cents, method, provider_ref, paid_at)
SELECT o.id,
       o.total_cents,
       (ARRAY['card', 'card', 'card', 'sepa_debit', 'invoice', 'paypal'])[1 + o.id % 6],
       'pi_' || to_hex(o.id * 2654435761 % 4294967291),
       o.placed_at + interval '3 minutes'
  FROM orders o
 WHERE o.status IN ('paid', 'shipped', 'delivered', 'refunded');

INSERT INTO shipments (order_id, carrier, tracking_number, shipped_at, delivered_at)
SELECT o.id,
       (ARRAY['DHL', 'DPD', 'UPS', 'GLS'])[1 + o.id % 4],
       'JJD' || lpad((o.id * 104729 % 1000000007)::text, 10, '0'),
       o.placed_at + interval '1 day',
       CASE WHEN o.status = 'delivered' THEN o.placed_at + interval '3 days' END
  FROM orders o
 WHERE o.status IN ('shipped', 'delivered');

-- Identity columns continue after the generated ids.
SELECT setval(pg_get_serial_sequence('accounts', 'id'), (SELECT max(id) FROM accounts));
SELECT setval(pg_get_serial_sequence('customers', 'id'), (SELECT max(id) FROM customers));
SELECT setval(pg_get_serial_sequence('products', 'id'), (SELECT max(id) FROM products));
SELECT setval(pg_get_serial_sequence('orders', 'id'), (SELECT max(id) FROM orders));
