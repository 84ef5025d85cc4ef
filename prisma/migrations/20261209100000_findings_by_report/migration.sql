-- History grows with change, not with scans (issue 12): a scan's findings are a function of its
-- report body, so they are stored once per body (keyed by its hash, as scan_reports) instead of once
-- per scan. An unchanged rescan references a body it already has and adds no finding row.
CREATE TABLE "scan_report_findings" (
    "report_hash" BYTEA NOT NULL,
    "finding_id" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    CONSTRAINT "scan_report_findings_pkey" PRIMARY KEY ("report_hash", "finding_id")
);

-- Existing rows move: every scan with the same body had the same findings, so one copy per body.
INSERT INTO "scan_report_findings" ("report_hash", "finding_id", "severity")
SELECT DISTINCT ON (s."report_hash", f."finding_id") s."report_hash", f."finding_id", f."severity"
FROM "domain_scan_findings" f JOIN "domain_scans" s ON s."id" = f."domain_scan_id"
WHERE s."report_hash" IS NOT NULL
ORDER BY s."report_hash", f."finding_id";

ALTER TABLE "scan_report_findings" ADD CONSTRAINT "scan_report_findings_report_hash_fkey"
    FOREIGN KEY ("report_hash") REFERENCES "scan_reports"("hash") ON DELETE CASCADE ON UPDATE CASCADE;

DROP TABLE "domain_scan_findings";

-- A chunk is claimed (lib/scans/claim-scan-chunk.ts) and found open (find-open-chunks.ts) only
-- through rows still queued or running: once a run is finished its rows leave the claim index, which
-- no longer grows with the history (17 bytes per scan kept forever before).
DROP INDEX "domain_scans_run_id_chunk_idx";
CREATE INDEX "domain_scans_run_id_chunk_idx" ON "domain_scans"("run_id", "chunk")
    WHERE "status" IN ('queued', 'running');
