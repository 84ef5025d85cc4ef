-- Issue 15: the adoption metrics of the transport and brand checks (lib/history/adoption-flags.ts).
-- Rows written before the checks existed stay null: unknown, never "not adopted".

ALTER TABLE "domain_scans"
ADD COLUMN     "mta_sts_enforcing" BOOLEAN,
ADD COLUMN     "tls_rpt_published" BOOLEAN,
ADD COLUMN     "bimi_published" BOOLEAN,
ADD COLUMN     "dnssec_signed" BOOLEAN,
ADD COLUMN     "dane_on_mx" BOOLEAN,
ADD COLUMN     "starttls_offered" BOOLEAN;

ALTER TABLE "domain_current_state"
ADD COLUMN     "mta_sts_enforcing" BOOLEAN,
ADD COLUMN     "tls_rpt_published" BOOLEAN,
ADD COLUMN     "bimi_published" BOOLEAN,
ADD COLUMN     "dnssec_signed" BOOLEAN,
ADD COLUMN     "dane_on_mx" BOOLEAN,
ADD COLUMN     "starttls_offered" BOOLEAN;

ALTER TABLE "domain_daily_status"
ADD COLUMN     "mta_sts_enforcing" BOOLEAN,
ADD COLUMN     "tls_rpt_published" BOOLEAN,
ADD COLUMN     "bimi_published" BOOLEAN,
ADD COLUMN     "dnssec_signed" BOOLEAN,
ADD COLUMN     "dane_on_mx" BOOLEAN,
ADD COLUMN     "starttls_offered" BOOLEAN;

-- Each metric gets its own unknown count: a check that did not run leaves only its metric unknown.
-- Past days are backfilled so that the new metrics are unknown for every member (adopted 0,
-- unknown = domains) and the old ones keep the day's unknown count, as they were read before.
ALTER TABLE "adoption_rollups"
ADD COLUMN     "mta_sts_enforcing" INTEGER,
ADD COLUMN     "tls_rpt_published" INTEGER,
ADD COLUMN     "bimi_published" INTEGER,
ADD COLUMN     "dnssec_signed" INTEGER,
ADD COLUMN     "dane_on_mx" INTEGER,
ADD COLUMN     "starttls_offered" INTEGER,
ADD COLUMN     "spf_published_unknown" INTEGER,
ADD COLUMN     "spf_valid_unknown" INTEGER,
ADD COLUMN     "dkim_published_unknown" INTEGER,
ADD COLUMN     "dmarc_published_unknown" INTEGER,
ADD COLUMN     "dmarc_enforcing_unknown" INTEGER,
ADD COLUMN     "adsp_published_unknown" INTEGER,
ADD COLUMN     "sender_id_published_unknown" INTEGER,
ADD COLUMN     "null_mx_unknown" INTEGER,
ADD COLUMN     "mta_sts_enforcing_unknown" INTEGER,
ADD COLUMN     "tls_rpt_published_unknown" INTEGER,
ADD COLUMN     "bimi_published_unknown" INTEGER,
ADD COLUMN     "dnssec_signed_unknown" INTEGER,
ADD COLUMN     "dane_on_mx_unknown" INTEGER,
ADD COLUMN     "starttls_offered_unknown" INTEGER;

UPDATE "adoption_rollups" SET
  "mta_sts_enforcing" = 0,
  "tls_rpt_published" = 0,
  "bimi_published" = 0,
  "dnssec_signed" = 0,
  "dane_on_mx" = 0,
  "starttls_offered" = 0,
  "spf_published_unknown" = "unknown",
  "spf_valid_unknown" = "unknown",
  "dkim_published_unknown" = "unknown",
  "dmarc_published_unknown" = "unknown",
  "dmarc_enforcing_unknown" = "unknown",
  "adsp_published_unknown" = "unknown",
  "sender_id_published_unknown" = "unknown",
  "null_mx_unknown" = "unknown",
  "mta_sts_enforcing_unknown" = "domains",
  "tls_rpt_published_unknown" = "domains",
  "bimi_published_unknown" = "domains",
  "dnssec_signed_unknown" = "domains",
  "dane_on_mx_unknown" = "domains",
  "starttls_offered_unknown" = "domains";

ALTER TABLE "adoption_rollups"
ALTER COLUMN   "mta_sts_enforcing" SET NOT NULL,
ALTER COLUMN   "tls_rpt_published" SET NOT NULL,
ALTER COLUMN   "bimi_published" SET NOT NULL,
ALTER COLUMN   "dnssec_signed" SET NOT NULL,
ALTER COLUMN   "dane_on_mx" SET NOT NULL,
ALTER COLUMN   "starttls_offered" SET NOT NULL,
ALTER COLUMN   "spf_published_unknown" SET NOT NULL,
ALTER COLUMN   "spf_valid_unknown" SET NOT NULL,
ALTER COLUMN   "dkim_published_unknown" SET NOT NULL,
ALTER COLUMN   "dmarc_published_unknown" SET NOT NULL,
ALTER COLUMN   "dmarc_enforcing_unknown" SET NOT NULL,
ALTER COLUMN   "adsp_published_unknown" SET NOT NULL,
ALTER COLUMN   "sender_id_published_unknown" SET NOT NULL,
ALTER COLUMN   "null_mx_unknown" SET NOT NULL,
ALTER COLUMN   "mta_sts_enforcing_unknown" SET NOT NULL,
ALTER COLUMN   "tls_rpt_published_unknown" SET NOT NULL,
ALTER COLUMN   "bimi_published_unknown" SET NOT NULL,
ALTER COLUMN   "dnssec_signed_unknown" SET NOT NULL,
ALTER COLUMN   "dane_on_mx_unknown" SET NOT NULL,
ALTER COLUMN   "starttls_offered_unknown" SET NOT NULL;
