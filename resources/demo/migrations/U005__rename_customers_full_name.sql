-- Undo V005: rename customers.display_name back to full_name.
ALTER TABLE customers RENAME COLUMN display_name TO full_name;
