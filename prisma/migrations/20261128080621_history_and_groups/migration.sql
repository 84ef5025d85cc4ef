-- CreateEnum
CREATE TYPE "schedule_kind" AS ENUM ('none', 'daily', 'weekly', 'cron');

-- CreateEnum
CREATE TYPE "domain_event_kind" AS ENUM ('finding_appeared', 'finding_resolved', 'record_changed', 'dkim_key_added', 'dkim_key_removed', 'dkim_key_rotated', 'policy_weakened', 'policy_strengthened');

-- AlterTable
ALTER TABLE "domain_scans" ADD COLUMN     "adsp_published" BOOLEAN,
ADD COLUMN     "dkim_published" BOOLEAN,
ADD COLUMN     "dmarc_enforcing" BOOLEAN,
ADD COLUMN     "dmarc_published" BOOLEAN,
ADD COLUMN     "null_mx" BOOLEAN,
ADD COLUMN     "sender_id_published" BOOLEAN,
ADD COLUMN     "spf_published" BOOLEAN,
ADD COLUMN     "spf_valid" BOOLEAN;

-- AlterTable
ALTER TABLE "domains" ADD COLUMN     "tags" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "domain_scan_findings" (
    "id" UUID NOT NULL,
    "domain_scan_id" UUID NOT NULL,
    "finding_id" TEXT NOT NULL,
    "severity" TEXT NOT NULL,

    CONSTRAINT "domain_scan_findings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "groups" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "schedule_kind" "schedule_kind" NOT NULL DEFAULT 'none',
    "schedule_cron" TEXT,
    "schedule_time_zone" TEXT NOT NULL DEFAULT 'Asia/Tokyo',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "groups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "domain_groups" (
    "id" UUID NOT NULL,
    "domain_id" UUID NOT NULL,
    "group_id" UUID,
    "since_day" DATE NOT NULL,
    "until_day" DATE,

    CONSTRAINT "domain_groups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "domain_current_state" (
    "domain_id" UUID NOT NULL,
    "last_scan_id" UUID,
    "last_scan_at" TIMESTAMPTZ(3),
    "last_scan_status" TEXT,
    "complete_scan_id" UUID,
    "complete_at" TIMESTAMPTZ(3),
    "stale" BOOLEAN NOT NULL DEFAULT false,
    "stale_reason" TEXT,
    "spf_published" BOOLEAN,
    "spf_valid" BOOLEAN,
    "dkim_published" BOOLEAN,
    "dmarc_published" BOOLEAN,
    "dmarc_enforcing" BOOLEAN,
    "adsp_published" BOOLEAN,
    "sender_id_published" BOOLEAN,
    "null_mx" BOOLEAN,
    "finding_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "errors" INTEGER NOT NULL DEFAULT 0,
    "warnings" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "domain_current_state_pkey" PRIMARY KEY ("domain_id")
);

-- CreateTable
CREATE TABLE "domain_daily_status" (
    "domain_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "domain_scan_id" UUID NOT NULL,
    "unknown" BOOLEAN NOT NULL,
    "spf_published" BOOLEAN,
    "spf_valid" BOOLEAN,
    "dkim_published" BOOLEAN,
    "dmarc_published" BOOLEAN,
    "dmarc_enforcing" BOOLEAN,
    "adsp_published" BOOLEAN,
    "sender_id_published" BOOLEAN,
    "null_mx" BOOLEAN,

    CONSTRAINT "domain_daily_status_pkey" PRIMARY KEY ("domain_id","day")
);

-- CreateTable
CREATE TABLE "adoption_rollups" (
    "scope" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "since_day" DATE NOT NULL,
    "until_day" DATE NOT NULL,
    "domains" INTEGER NOT NULL,
    "unknown" INTEGER NOT NULL,
    "spf_published" INTEGER NOT NULL,
    "spf_valid" INTEGER NOT NULL,
    "dkim_published" INTEGER NOT NULL,
    "dmarc_published" INTEGER NOT NULL,
    "dmarc_enforcing" INTEGER NOT NULL,
    "adsp_published" INTEGER NOT NULL,
    "sender_id_published" INTEGER NOT NULL,
    "null_mx" INTEGER NOT NULL,

    CONSTRAINT "adoption_rollups_pkey" PRIMARY KEY ("scope","day","since_day","until_day")
);

-- CreateTable
CREATE TABLE "dkim_keys" (
    "id" UUID NOT NULL,
    "domain_id" UUID NOT NULL,
    "selector" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "type" TEXT,
    "bits" INTEGER,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "dkim_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "domain_events" (
    "id" UUID NOT NULL,
    "domain_id" UUID NOT NULL,
    "domain_scan_id" UUID NOT NULL,
    "previous_scan_id" UUID NOT NULL,
    "kind" "domain_event_kind" NOT NULL,
    "subject" TEXT NOT NULL,
    "detail" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "domain_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "domain_scan_findings_domain_scan_id_idx" ON "domain_scan_findings"("domain_scan_id");

-- CreateIndex
CREATE INDEX "domain_scan_findings_finding_id_idx" ON "domain_scan_findings"("finding_id");

-- CreateIndex
CREATE UNIQUE INDEX "groups_name_key" ON "groups"("name");

-- CreateIndex
CREATE INDEX "domain_groups_group_id_until_day_idx" ON "domain_groups"("group_id", "until_day");

-- CreateIndex
CREATE INDEX "domain_groups_domain_id_group_id_idx" ON "domain_groups"("domain_id", "group_id");

-- CreateIndex
CREATE INDEX "domain_current_state_finding_ids_idx" ON "domain_current_state" USING GIN ("finding_ids");

-- CreateIndex
CREATE INDEX "domain_daily_status_day_idx" ON "domain_daily_status"("day");

-- CreateIndex
CREATE UNIQUE INDEX "dkim_keys_domain_id_selector_fingerprint_key" ON "dkim_keys"("domain_id", "selector", "fingerprint");

-- CreateIndex
CREATE INDEX "domain_events_domain_id_created_at_idx" ON "domain_events"("domain_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "domain_events_created_at_idx" ON "domain_events"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "domain_events_domain_scan_id_kind_subject_key" ON "domain_events"("domain_scan_id", "kind", "subject");

-- CreateIndex
CREATE INDEX "domains_tags_idx" ON "domains" USING GIN ("tags");

-- AddForeignKey
ALTER TABLE "domain_scan_findings" ADD CONSTRAINT "domain_scan_findings_domain_scan_id_fkey" FOREIGN KEY ("domain_scan_id") REFERENCES "domain_scans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "domain_groups" ADD CONSTRAINT "domain_groups_domain_id_fkey" FOREIGN KEY ("domain_id") REFERENCES "domains"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "domain_groups" ADD CONSTRAINT "domain_groups_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "domain_current_state" ADD CONSTRAINT "domain_current_state_domain_id_fkey" FOREIGN KEY ("domain_id") REFERENCES "domains"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "domain_daily_status" ADD CONSTRAINT "domain_daily_status_domain_id_fkey" FOREIGN KEY ("domain_id") REFERENCES "domains"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dkim_keys" ADD CONSTRAINT "dkim_keys_domain_id_fkey" FOREIGN KEY ("domain_id") REFERENCES "domains"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "domain_events" ADD CONSTRAINT "domain_events_domain_id_fkey" FOREIGN KEY ("domain_id") REFERENCES "domains"("id") ON DELETE CASCADE ON UPDATE CASCADE;
