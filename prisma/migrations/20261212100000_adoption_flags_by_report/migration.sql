-- The adoption flags move from every scan row to the report body they are flattened from (issue 12,
-- "history grows with change"): lib/history/adoption-flags.ts computes them from the report alone,
-- and not from the two per-scan fields (checkedAt, queries) the body leaves out, so every scan of a
-- body has the same flags. Stored once per distinct body, an unchanged rescan no longer writes them:
-- the scan row's data goes from 128 to 120 bytes (136 with the transport checks' six flags set).
ALTER TABLE "scan_reports"
ADD COLUMN     "spf_published" BOOLEAN,
ADD COLUMN     "spf_valid" BOOLEAN,
ADD COLUMN     "dkim_published" BOOLEAN,
ADD COLUMN     "dmarc_published" BOOLEAN,
ADD COLUMN     "dmarc_enforcing" BOOLEAN,
ADD COLUMN     "adsp_published" BOOLEAN,
ADD COLUMN     "sender_id_published" BOOLEAN,
ADD COLUMN     "null_mx" BOOLEAN,
ADD COLUMN     "mta_sts_enforcing" BOOLEAN,
ADD COLUMN     "tls_rpt_published" BOOLEAN,
ADD COLUMN     "bimi_published" BOOLEAN,
ADD COLUMN     "dnssec_signed" BOOLEAN,
ADD COLUMN     "dane_on_mx" BOOLEAN,
ADD COLUMN     "starttls_offered" BOOLEAN;

-- A body's flags are those of its latest scan: scans of one body differ only if an older release
-- flattened it differently, and the latest release's reading is the one kept. A body no scan
-- references any more (a deleted domain's) keeps every flag unknown; nothing reads its flags.
UPDATE "scan_reports" r SET
  "spf_published" = s."spf_published",
  "spf_valid" = s."spf_valid",
  "dkim_published" = s."dkim_published",
  "dmarc_published" = s."dmarc_published",
  "dmarc_enforcing" = s."dmarc_enforcing",
  "adsp_published" = s."adsp_published",
  "sender_id_published" = s."sender_id_published",
  "null_mx" = s."null_mx",
  "mta_sts_enforcing" = s."mta_sts_enforcing",
  "tls_rpt_published" = s."tls_rpt_published",
  "bimi_published" = s."bimi_published",
  "dnssec_signed" = s."dnssec_signed",
  "dane_on_mx" = s."dane_on_mx",
  "starttls_offered" = s."starttls_offered"
FROM (
  SELECT DISTINCT ON ("report_id") * FROM "domain_scans" WHERE "report_id" IS NOT NULL
  ORDER BY "report_id", "finished_at" DESC NULLS LAST, "id" DESC
) s
WHERE s."report_id" = r."id";

-- Dropping is a catalog change: rows stored before keep their bytes until the table is rewritten
-- (VACUUM FULL or pg_repack, at the operator's choice of time); every row stored after is narrower.
ALTER TABLE "domain_scans"
DROP COLUMN "spf_published",
DROP COLUMN "spf_valid",
DROP COLUMN "dkim_published",
DROP COLUMN "dmarc_published",
DROP COLUMN "dmarc_enforcing",
DROP COLUMN "adsp_published",
DROP COLUMN "sender_id_published",
DROP COLUMN "null_mx",
DROP COLUMN "mta_sts_enforcing",
DROP COLUMN "tls_rpt_published",
DROP COLUMN "bimi_published",
DROP COLUMN "dnssec_signed",
DROP COLUMN "dane_on_mx",
DROP COLUMN "starttls_offered";
