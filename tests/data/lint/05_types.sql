CREATE TABLE accounts (
    id serial PRIMARY KEY,
    small_id smallint,
    code char(4),
    flag "char",
    name varchar(100),
    any_name varchar,
    created_at timestamp,
    updated_at timestamptz,
    ids int[],
    big bigint GENERATED ALWAYS AS IDENTITY
);
ALTER TABLE accounts ALTER COLUMN name TYPE varchar(200);
ALTER TABLE accounts ALTER COLUMN created_at TYPE timestamp without time zone;
