-- domain_daily_status keeps change points (issue 12, "history grows with change"): a row starts a
-- day whose status differs from the row before it, and every reader takes the latest row on or
-- before a day, so an unchanged rescan adds no row (lib/history/write-daily-status.ts). A row equal
-- to its domain's previous one (the same unknown and flags, whichever columns the table has, and
-- for a known status the same report body, whose findings the reports count) reads as that one:
-- it goes. Rows kept point at the scan that started them.
WITH ordered AS (
  SELECT s.domain_id, s.day,
    to_jsonb(s) - 'domain_id' - 'day' - 'domain_scan_id'
      || jsonb_build_object('report', CASE WHEN NOT s.unknown THEN encode(ds.report_hash, 'hex') END) AS status
  FROM domain_daily_status s LEFT JOIN domain_scans ds ON ds.id = s.domain_scan_id
),
compared AS (
  SELECT domain_id, day, status,
    lag(status) OVER (PARTITION BY domain_id ORDER BY day) AS previous
  FROM ordered
)
DELETE FROM domain_daily_status d USING compared c
WHERE d.domain_id = c.domain_id AND d.day = c.day AND c.previous = c.status;

-- The days a domain was scanned come from its scans now (lib/history/scan-day-sql.ts): the rollups
-- read the days of a range from domain_scans by finished_at. Rows are appended in time order, so a
-- BRIN index serves that range at a few bytes per thousand scans; nothing reads status rows by day.
DROP INDEX "domain_daily_status_day_idx";

CREATE INDEX "domain_scans_finished_at_idx" ON "domain_scans" USING BRIN ("finished_at");
