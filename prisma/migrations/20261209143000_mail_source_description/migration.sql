-- A data source's note for people (what it is, where its mail comes from); never read by the ingest.
ALTER TABLE "mail_sources" ADD COLUMN "description" TEXT NOT NULL DEFAULT '';
