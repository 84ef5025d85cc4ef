-- Issue 14: a report's messages are the sum of up to 100,000 record counts of up to 2^31 - 1 each
-- (RFC 7489 Appendix C: unsignedInt), and a day's share of a report is bounded only by that sum:
-- 32-bit columns overflowed (and refused the report) past 2^31. A record's own count stays int.
ALTER TABLE "dmarc_reports" ALTER COLUMN "messages" SET DATA TYPE BIGINT;
ALTER TABLE "dmarc_report_days" ALTER COLUMN "pass" SET DATA TYPE BIGINT,
  ALTER COLUMN "fail" SET DATA TYPE BIGINT,
  ALTER COLUMN "quarantined" SET DATA TYPE BIGINT,
  ALTER COLUMN "rejected" SET DATA TYPE BIGINT;
