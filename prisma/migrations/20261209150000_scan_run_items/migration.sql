-- A run's work list leaves domain_scans (issue 12, "history grows with change"). Rows were inserted
-- queued at the run's creation, updated to running by the claim and updated again with the result:
-- no update could be HOT (status and finished_at are indexed), so every index of the history got
-- two or three entries per scan and the run-ordered ones (the uuidv7 pkey, unique (run_id,
-- domain_id)) kept the gaps for ever. Now the unfinished domains of a run are scan_run_items, deleted
-- as results are stored (lib/scans/record-scan-results.ts) or the run is cancelled, and a
-- domain_scans row is inserted once, with its result.
CREATE TABLE "scan_run_items" (
    "run_id" UUID NOT NULL,
    "domain_id" UUID NOT NULL,
    "chunk" INTEGER NOT NULL,

    CONSTRAINT "scan_run_items_pkey" PRIMARY KEY ("run_id","domain_id")
);

CREATE INDEX "scan_run_items_run_id_chunk_idx" ON "scan_run_items"("run_id", "chunk");

ALTER TABLE "scan_run_items" ADD CONSTRAINT "scan_run_items_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "scan_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "scan_run_items" ADD CONSTRAINT "scan_run_items_domain_id_fkey" FOREIGN KEY ("domain_id") REFERENCES "domains"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Runs in flight keep going: their unfinished rows become their work list (same chunks, so the jobs
-- already in Redis claim them) and leave the history, which holds results only.
INSERT INTO "scan_run_items" ("run_id", "domain_id", "chunk")
SELECT "run_id", "domain_id", "chunk" FROM "domain_scans" WHERE "status" IN ('queued', 'running');

DELETE FROM "domain_scans" WHERE "status" IN ('queued', 'running');

DROP INDEX "domain_scans_run_id_chunk_idx";

ALTER TABLE "domain_scans" DROP COLUMN "chunk",
ALTER COLUMN "status" DROP DEFAULT;
