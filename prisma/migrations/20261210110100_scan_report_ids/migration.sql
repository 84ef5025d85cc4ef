-- A scan references its report body by a bigint id instead of the body's 32-byte SHA-256 (issue 12,
-- "history grows with change"): domain_scans holds a row per domain per scan, and the hash was its
-- widest column (33 bytes and padding against 8). The hash stays the body's unique content key
-- (lib/scans/record-scan-results.ts stores a body once per hash) and the key of its findings.
ALTER TABLE "scan_reports" ADD COLUMN "id" BIGSERIAL NOT NULL;

ALTER TABLE "domain_scans" ADD COLUMN "report_id" BIGINT;

-- Leaves a dead version of every row, which (auto)vacuum gives back to new rows.
UPDATE "domain_scans" s SET "report_id" = r."id" FROM "scan_reports" r WHERE r."hash" = s."report_hash";

ALTER TABLE "domain_scans" DROP CONSTRAINT "domain_scans_report_hash_fkey";
ALTER TABLE "domain_scans" DROP COLUMN "report_hash";

ALTER TABLE "scan_report_findings" DROP CONSTRAINT "scan_report_findings_report_hash_fkey";
ALTER TABLE "scan_reports" DROP CONSTRAINT "scan_reports_pkey";
ALTER TABLE "scan_reports" ADD CONSTRAINT "scan_reports_pkey" PRIMARY KEY ("id");
CREATE UNIQUE INDEX "scan_reports_hash_key" ON "scan_reports"("hash");

ALTER TABLE "scan_report_findings" ADD CONSTRAINT "scan_report_findings_report_hash_fkey"
    FOREIGN KEY ("report_hash") REFERENCES "scan_reports"("hash") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "domain_scans" ADD CONSTRAINT "domain_scans_report_id_fkey" FOREIGN KEY ("report_id")
    REFERENCES "scan_reports"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
