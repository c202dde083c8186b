CREATE TABLE reports (id bigint);
CREATE TABLE public.summaries (id bigint);
ALTER TABLE reports ADD COLUMN title text;
CREATE TEMP TABLE scratch (id bigint);
