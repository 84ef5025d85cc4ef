-- Candidate layouts of the per-scan row (docs/scale.md "History growth", issue 12), measured side by
-- side: 2,000 domains scanned 30 times, each run inserted in 8 batches of domains sorted by id, the
-- way lib/scans/record-scan-results.ts inserts. Prints heap and index bytes per scan and the row's
-- pg_column_size. Builds and drops its own schema `scan_row_variants`:
--
--   psql "$DATABASE_URL" -f bench/scan-row-variants.sql
--
-- The batches here split (run_id, domain_id) more than the history-growth bench's do (65 B per scan
-- against 50), so compare the variants with each other, not with the bench's absolute numbers.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS scan_row_variants CASCADE;
CREATE SCHEMA scan_row_variants;
SET search_path = scan_row_variants;

-- A time-ordered uuid as uuid(7) makes them (PostgreSQL before 18 has no uuidv7()).
CREATE FUNCTION v7() RETURNS uuid LANGUAGE sql VOLATILE AS $f$
  SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) PLACING
    substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6),
    52, 1), 53, 1), 'hex')::uuid
$f$;
CREATE TABLE doms AS SELECT gen_random_uuid() AS id, i FROM generate_series(1, 2000) i;
CREATE TABLE runs AS SELECT v7() AS id, d FROM generate_series(1, 30) d;

-- before: main before the flags moved (three dropped columns as the migrations leave them, 14 flags set).
CREATE TABLE before (id uuid PRIMARY KEY, run_id uuid NOT NULL, domain_id uuid NOT NULL, status int NOT NULL,
  x5 int, error text, queries int, started_at timestamptz, finished_at timestamptz,
  f1 bool, f2 bool, f3 bool, f4 bool, f5 bool, f6 bool, f7 bool, f8 bool, x18 int, x19 int,
  checked_at timestamptz, report_id bigint, t1 bool, t2 bool, t3 bool, t4 bool, t5 bool, t6 bool,
  UNIQUE (run_id, domain_id));
ALTER TABLE before DROP COLUMN x5, DROP COLUMN x18, DROP COLUMN x19;
-- flags_by_body: the flag columns dropped (they live on scan_reports).
CREATE TABLE flags_by_body (LIKE before INCLUDING ALL);
ALTER TABLE flags_by_body DROP COLUMN f1, DROP COLUMN f2, DROP COLUMN f3, DROP COLUMN f4, DROP COLUMN f5,
  DROP COLUMN f6, DROP COLUMN f7, DROP COLUMN f8, DROP COLUMN t1, DROP COLUMN t2, DROP COLUMN t3,
  DROP COLUMN t4, DROP COLUMN t5, DROP COLUMN t6;
-- aligned: the same columns in a recreated table, in alignment order.
CREATE TABLE aligned (id uuid PRIMARY KEY, run_id uuid NOT NULL, domain_id uuid NOT NULL, status int NOT NULL,
  queries int, report_id bigint, checked_at timestamptz, started_at timestamptz, finished_at timestamptz,
  error text, UNIQUE (run_id, domain_id));
-- no_scan_id: no uuid id, the primary key on (run_id, domain_id).
CREATE TABLE no_scan_id (run_id uuid, domain_id uuid, status int NOT NULL, queries int, report_id bigint,
  checked_at timestamptz, started_at timestamptz, finished_at timestamptz, error text,
  PRIMARY KEY (run_id, domain_id));
-- bigint_keys: the uuid id kept, runs and domains referenced by bigint surrogate keys.
CREATE TABLE bigint_keys (id uuid PRIMARY KEY, run_id bigint NOT NULL, domain_id bigint NOT NULL,
  status int NOT NULL, queries int, report_id bigint, checked_at timestamptz, started_at timestamptz,
  finished_at timestamptz, error text, UNIQUE (run_id, domain_id));
-- run_number_key (chosen, migration 20261213100000_scans_keyed_by_run): no uuid id, runs referenced by a
-- 4-byte number, the primary key (run_number, domain_id), columns in alignment order.
CREATE TABLE run_number_key (domain_id uuid, report_id bigint, checked_at timestamptz, started_at timestamptz,
  finished_at timestamptz, run_number int, status int NOT NULL, queries int, error text,
  PRIMARY KEY (run_number, domain_id));
-- both: bigint keys and no uuid id.
CREATE TABLE both_changes (run_id bigint, domain_id bigint, status int NOT NULL, queries int, report_id bigint,
  checked_at timestamptz, started_at timestamptz, finished_at timestamptz, error text,
  PRIMARY KEY (run_id, domain_id));
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['before', 'flags_by_body', 'aligned', 'no_scan_id', 'run_number_key', 'bigint_keys',
      'both_changes'] LOOP
    EXECUTE format('CREATE INDEX ON %I (domain_id, finished_at DESC)', t);
  END LOOP;
END $$;

DO $$
DECLARE r record; b int;
BEGIN
  FOR r IN SELECT * FROM runs ORDER BY d LOOP
    FOR b IN 0..7 LOOP
      CREATE TEMP TABLE batch ON COMMIT DROP AS
        SELECT id, i, r.id AS run_id, r.d, now() + r.d * interval '1 day' AS at FROM doms WHERE i % 8 = b ORDER BY id;
      INSERT INTO before (id, run_id, domain_id, status, queries, started_at, finished_at,
          f1, f2, f3, f4, f5, f6, f7, f8, checked_at, report_id, t1, t2, t3, t4, t5, t6)
        SELECT v7(), run_id, id, 1, 20, at, at, true, false, true, true, false, false, false, false, at, i,
          true, false, true, true, false, false FROM batch ORDER BY id;
      INSERT INTO flags_by_body (id, run_id, domain_id, status, queries, started_at, finished_at, checked_at, report_id)
        SELECT v7(), run_id, id, 1, 20, at, at, at, i FROM batch ORDER BY id;
      INSERT INTO aligned (id, run_id, domain_id, status, queries, started_at, finished_at, checked_at, report_id)
        SELECT v7(), run_id, id, 1, 20, at, at, at, i FROM batch ORDER BY id;
      INSERT INTO no_scan_id (run_id, domain_id, status, queries, started_at, finished_at, checked_at, report_id)
        SELECT run_id, id, 1, 20, at, at, at, i FROM batch ORDER BY id;
      INSERT INTO run_number_key (run_number, domain_id, status, queries, started_at, finished_at, checked_at, report_id)
        SELECT d, id, 1, 20, at, at, at, i FROM batch ORDER BY id;
      INSERT INTO bigint_keys (id, run_id, domain_id, status, queries, started_at, finished_at, checked_at, report_id)
        SELECT v7(), d, i, 1, 20, at, at, at, i FROM batch ORDER BY i;
      INSERT INTO both_changes (run_id, domain_id, status, queries, started_at, finished_at, checked_at, report_id)
        SELECT d, i, 1, 20, at, at, at, i FROM batch ORDER BY i;
      DROP TABLE batch;
    END LOOP;
  END LOOP;
END $$;
VACUUM;

CREATE TEMP TABLE widths AS
  SELECT 'before' AS variant, max(pg_column_size(x.*)) AS row_bytes FROM before x
  UNION ALL SELECT 'flags_by_body', max(pg_column_size(x.*)) FROM flags_by_body x
  UNION ALL SELECT 'aligned', max(pg_column_size(x.*)) FROM aligned x
  UNION ALL SELECT 'no_scan_id', max(pg_column_size(x.*)) FROM no_scan_id x
  UNION ALL SELECT 'run_number_key', max(pg_column_size(x.*)) FROM run_number_key x
  UNION ALL SELECT 'bigint_keys', max(pg_column_size(x.*)) FROM bigint_keys x
  UNION ALL SELECT 'both_changes', max(pg_column_size(x.*)) FROM both_changes x;
SELECT t.relname AS variant, w.row_bytes,
  round(pg_relation_size(t.oid) / 60000.0, 1) AS heap,
  string_agg(i.relname || ' ' || round(pg_relation_size(i.oid) / 60000.0, 1), ', ' ORDER BY i.relname) AS indexes,
  round((pg_relation_size(t.oid) + sum(pg_relation_size(i.oid))) / 60000.0, 1) AS total
FROM pg_class t JOIN pg_index x ON x.indrelid = t.oid JOIN pg_class i ON i.oid = x.indexrelid
  JOIN widths w ON w.variant = t.relname
WHERE t.relnamespace = 'scan_row_variants'::regnamespace
GROUP BY t.oid, t.relname, w.row_bytes ORDER BY total DESC;
DROP SCHEMA scan_row_variants CASCADE;
