-- Expose orders to the partner API under an unguessable id instead of the
-- sequential primary key.
ALTER TABLE orders
    ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();

CREATE UNIQUE INDEX orders_public_id_key ON orders (public_id);
