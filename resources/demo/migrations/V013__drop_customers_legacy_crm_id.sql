-- Contract step: the old CRM was switched off last quarter; drop its ids.
ALTER TABLE customers DROP COLUMN legacy_crm_id;
