-- Scan jobs by chunk (issue 12): each domain scan row names the job of its run that audits it.
-- Rows of runs created before this are chunk 0: their run's one job claims them all.
ALTER TABLE "domain_scans" ADD COLUMN "chunk" INTEGER NOT NULL DEFAULT 0;

CREATE INDEX "domain_scans_run_id_chunk_idx" ON "domain_scans"("run_id", "chunk");
