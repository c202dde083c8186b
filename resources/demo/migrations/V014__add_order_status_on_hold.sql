-- Orders can be put on hold while a payment is reviewed. Appending an enum
-- value only touches the catalog; existing values are never renamed or removed.
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'on_hold' AFTER 'paid';
