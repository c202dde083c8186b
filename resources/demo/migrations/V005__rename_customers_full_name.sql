-- The UI now calls it "display name"; follow suit in the schema.
ALTER TABLE customers RENAME COLUMN full_name TO display_name;
