-- Shipments were imported from the old fulfilment system without a foreign
-- key; make the database enforce that every shipment belongs to an order.
ALTER TABLE shipments
    ADD CONSTRAINT shipments_order_id_fkey
    FOREIGN KEY (order_id) REFERENCES orders (id);
