-- A report body is also found by the SHA-256 of the JSON text the worker sent for it (issue 12,
-- lib/scans/claim-scan-results.ts). Most bodies of a rescan are stored already; with this key the
-- worker asks for them by a 32-byte hash it computes itself and sends only the bodies not found,
-- instead of sending every body (about 1.2 MB per batch of 250) for PostgreSQL to parse, print and
-- hash to its content key (`hash`, which stays the body's identity). One entry per distinct body,
-- not per scan. Empty for bodies stored before: the first rescan that sends one fills it in.
ALTER TABLE "scan_reports" ADD COLUMN "text_key" BYTEA;

CREATE UNIQUE INDEX "scan_reports_text_key_key" ON "scan_reports"("text_key");
