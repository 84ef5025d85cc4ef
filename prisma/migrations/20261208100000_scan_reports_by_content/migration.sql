-- History grows with change, not with scans (issue 12): a report is stored once per distinct content
-- and each domain scan references it by the SHA-256 of its jsonb text. The two fields that differ
-- on every scan, checkedAt and queries, stay on the scan row (queries was already a column).
CREATE TABLE "scan_reports" (
    "hash" BYTEA NOT NULL,
    "body" JSONB NOT NULL,
    CONSTRAINT "scan_reports_pkey" PRIMARY KEY ("hash")
);

ALTER TABLE "domain_scans" ADD COLUMN "report_hash" BYTEA, ADD COLUMN "checked_at" TIMESTAMPTZ(3);

-- Existing reports move: one body per distinct content, the scans pointing at it.
INSERT INTO "scan_reports" ("hash", "body")
SELECT DISTINCT ON (hash) hash, body
FROM (
    SELECT "report" - 'checkedAt' - 'queries' AS body,
           sha256(convert_to(("report" - 'checkedAt' - 'queries')::text, 'UTF8')) AS hash
    FROM "domain_scans" WHERE "report" IS NOT NULL
) r
ORDER BY hash;

UPDATE "domain_scans"
SET "report_hash" = sha256(convert_to(("report" - 'checkedAt' - 'queries')::text, 'UTF8')),
    "checked_at" = CASE WHEN "report" ->> 'checkedAt' ~ '^\d{4}-\d\d-\d\dT'
                        THEN ("report" ->> 'checkedAt')::timestamptz END,
    "queries" = coalesce("queries", ("report" ->> 'queries')::int)
WHERE "report" IS NOT NULL;

ALTER TABLE "domain_scans" DROP COLUMN "report";

ALTER TABLE "domain_scans" ADD CONSTRAINT "domain_scans_report_hash_fkey" FOREIGN KEY ("report_hash")
    REFERENCES "scan_reports"("hash") ON DELETE RESTRICT ON UPDATE CASCADE;
