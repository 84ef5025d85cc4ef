-- A scan is keyed by its run's number and its domain (issue 12, "history grows with change": an
-- unchanged rescan must store at most 200 bytes per domain). It was a 120-byte row with a uuid `id`
-- and three indexes of 16-byte uuids: the pkey on `id` (31 B per scan), unique (run_id, domain_id)
-- (50 B) and (domain_id, finished_at) (45 B), 252 B amortized in bench/history-growth.bench.ts.
-- Now runs get a 4-byte `number` (internal: the API keeps showing run uuids), the scan has no `id`,
-- (run_number, domain_id) is the primary key, and the table is rebuilt in alignment order (widest
-- columns first, no padding): a 92-byte row (pg_column_size) and two B-tree indexes. Everything
-- that referenced a scan by its uuid references it by run number beside the domain id it already
-- holds: events, current state and daily status. bench/scan-row-variants.sql measures the layouts side by side;
-- docs/scale.md ("History growth") gives the bench's numbers.

-- Runs are numbered in the order they were created; later runs take the sequence's next number.
CREATE SEQUENCE "scan_runs_number_seq" AS INTEGER;
ALTER TABLE "scan_runs" ADD COLUMN "number" INTEGER;
UPDATE "scan_runs" r SET "number" = n."number"
FROM (SELECT "id", row_number() OVER (ORDER BY "created_at", "id") AS "number" FROM "scan_runs") n
WHERE n."id" = r."id";
SELECT setval('scan_runs_number_seq', coalesce(max("number"), 0) + 1, false) FROM "scan_runs";
ALTER TABLE "scan_runs" ALTER COLUMN "number" SET DEFAULT nextval('scan_runs_number_seq'),
  ALTER COLUMN "number" SET NOT NULL;
ALTER SEQUENCE "scan_runs_number_seq" OWNED BY "scan_runs"."number";
CREATE UNIQUE INDEX "scan_runs_number_key" ON "scan_runs"("number");

-- Each scan uuid, as its run's number. Scans are deleted only with their domain (which takes the
-- rows below with it) or their run (never deleted by Kensa), so a reference to a missing scan is
-- a hand-made row: an event of such a scan, or a day whose scan is gone, is dropped (an event
-- cannot be shown without its scans, and the day's status before it then holds); a current state
-- keeps its flags and findings and loses the reference (the domain's next scan sets it again).
CREATE TEMPORARY TABLE "scan_number" AS
SELECT s."id", s."domain_id", r."number" FROM "domain_scans" s JOIN "scan_runs" r ON r."id" = s."run_id";
ALTER TABLE "scan_number" ADD PRIMARY KEY ("id");

ALTER TABLE "domain_events" ADD COLUMN "run_number" INTEGER, ADD COLUMN "previous_run_number" INTEGER;
UPDATE "domain_events" e SET "run_number" = s."number", "previous_run_number" = p."number"
FROM "scan_number" s, "scan_number" p
WHERE s."id" = e."domain_scan_id" AND p."id" = e."previous_scan_id";
DELETE FROM "domain_events" WHERE "run_number" IS NULL OR "previous_run_number" IS NULL;
DROP INDEX "domain_events_domain_scan_id_kind_subject_key";
ALTER TABLE "domain_events" DROP COLUMN "domain_scan_id", DROP COLUMN "previous_scan_id",
  ALTER COLUMN "run_number" SET NOT NULL, ALTER COLUMN "previous_run_number" SET NOT NULL;
CREATE UNIQUE INDEX "domain_events_domain_id_run_number_kind_subject_key"
  ON "domain_events"("domain_id", "run_number", "kind", "subject");

ALTER TABLE "domain_current_state" ADD COLUMN "last_run_number" INTEGER, ADD COLUMN "complete_run_number" INTEGER;
UPDATE "domain_current_state" c SET
  "last_run_number" = (SELECT s."number" FROM "scan_number" s WHERE s."id" = c."last_scan_id"),
  "complete_run_number" = (SELECT s."number" FROM "scan_number" s WHERE s."id" = c."complete_scan_id")
WHERE c."last_scan_id" IS NOT NULL OR c."complete_scan_id" IS NOT NULL;
ALTER TABLE "domain_current_state" DROP COLUMN "last_scan_id", DROP COLUMN "complete_scan_id";

ALTER TABLE "domain_daily_status" ADD COLUMN "run_number" INTEGER;
UPDATE "domain_daily_status" d SET "run_number" = s."number" FROM "scan_number" s WHERE s."id" = d."domain_scan_id";
DELETE FROM "domain_daily_status" WHERE "run_number" IS NULL;
ALTER TABLE "domain_daily_status" DROP COLUMN "domain_scan_id", ALTER COLUMN "run_number" SET NOT NULL;
DROP TABLE "scan_number";

-- The rebuild: a new table in alignment order, filled in the order rows are appended (by time, so
-- the BRIN on finished_at stays tight), the old one dropped (with its dropped columns' bytes, which
-- rows stored before 20261212100000_adoption_flags_by_report still held), keys built after the copy.
CREATE TABLE "domain_scans_rebuilt" (
    "domain_id" UUID NOT NULL,
    "report_id" BIGINT,
    "checked_at" TIMESTAMPTZ(3),
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "run_number" INTEGER NOT NULL,
    "status" "domain_scan_status" NOT NULL,
    "queries" INTEGER,
    "error" TEXT
);
INSERT INTO "domain_scans_rebuilt" ("domain_id", "report_id", "checked_at", "started_at", "finished_at",
  "run_number", "status", "queries", "error")
SELECT s."domain_id", s."report_id", s."checked_at", s."started_at", s."finished_at", r."number",
  s."status", s."queries", s."error"
FROM "domain_scans" s JOIN "scan_runs" r ON r."id" = s."run_id"
ORDER BY s."finished_at" NULLS FIRST, r."number", s."domain_id";
DROP TABLE "domain_scans";
ALTER TABLE "domain_scans_rebuilt" RENAME TO "domain_scans";

ALTER TABLE "domain_scans" ADD CONSTRAINT "domain_scans_pkey" PRIMARY KEY ("run_number", "domain_id");
CREATE INDEX "domain_scans_domain_id_finished_at_idx" ON "domain_scans"("domain_id", "finished_at" DESC);
CREATE INDEX "domain_scans_finished_at_idx" ON "domain_scans" USING BRIN ("finished_at");
ALTER TABLE "domain_scans" ADD CONSTRAINT "domain_scans_run_number_fkey" FOREIGN KEY ("run_number")
    REFERENCES "scan_runs"("number") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "domain_scans" ADD CONSTRAINT "domain_scans_domain_id_fkey" FOREIGN KEY ("domain_id")
    REFERENCES "domains"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "domain_scans" ADD CONSTRAINT "domain_scans_report_id_fkey" FOREIGN KEY ("report_id")
    REFERENCES "scan_reports"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
