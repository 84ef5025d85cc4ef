-- CreateEnum
CREATE TYPE "dmarc_route" AS ENUM ('upload', 'api', 'cli', 'imap');

-- CreateEnum
CREATE TYPE "reverse_dns_status" AS ENUM ('name', 'none', 'unknown');

-- CreateTable
CREATE TABLE "dmarc_reports" (
    "id" UUID NOT NULL,
    "org_name" TEXT NOT NULL,
    "report_id" TEXT NOT NULL,
    "policy_domain" TEXT NOT NULL,
    "begin_at" TIMESTAMPTZ(3) NOT NULL,
    "end_at" TIMESTAMPTZ(3) NOT NULL,
    "policy_published" JSONB NOT NULL,
    "messages" INTEGER NOT NULL,
    "reporter_email" TEXT,
    "extra_contact_info" TEXT,
    "errors" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "generator" TEXT,
    "namespace" TEXT,
    "route" "dmarc_route" NOT NULL,
    "label" TEXT NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dmarc_reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dmarc_records" (
    "id" UUID NOT NULL,
    "report_id" UUID NOT NULL,
    "source_ip" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "disposition" TEXT NOT NULL,
    "dkim_aligned" BOOLEAN NOT NULL,
    "spf_aligned" BOOLEAN NOT NULL,
    "dkim_auth_pass" BOOLEAN NOT NULL,
    "spf_auth_pass" BOOLEAN NOT NULL,
    "header_from" TEXT NOT NULL,
    "envelope_from" TEXT,
    "envelope_to" TEXT,
    "dkim" JSONB NOT NULL,
    "spf" JSONB NOT NULL,
    "reasons" JSONB NOT NULL,
    "provider" TEXT,

    CONSTRAINT "dmarc_records_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dmarc_report_days" (
    "report_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "pass" INTEGER NOT NULL,
    "fail" INTEGER NOT NULL,
    "quarantined" INTEGER NOT NULL,
    "rejected" INTEGER NOT NULL,

    CONSTRAINT "dmarc_report_days_pkey" PRIMARY KEY ("report_id","day")
);

-- CreateTable
CREATE TABLE "dmarc_sources" (
    "ip" TEXT NOT NULL,
    "reverse_name" TEXT,
    "reverse_status" "reverse_dns_status" NOT NULL,
    "provider" TEXT,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "looked_up_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dmarc_sources_pkey" PRIMARY KEY ("ip")
);

-- CreateTable
CREATE TABLE "dmarc_approved_sources" (
    "domain_id" UUID NOT NULL,
    "source_ip" TEXT NOT NULL,
    "approved_by_id" UUID,
    "approved_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dmarc_approved_sources_pkey" PRIMARY KEY ("domain_id","source_ip")
);

-- CreateTable
CREATE TABLE "dmarc_learned_selectors" (
    "domain" TEXT NOT NULL,
    "selector" TEXT NOT NULL,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dmarc_learned_selectors_pkey" PRIMARY KEY ("domain","selector")
);

-- CreateTable
CREATE TABLE "dmarc_refused_inputs" (
    "id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "route" "dmarc_route" NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dmarc_refused_inputs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "dmarc_reports_policy_domain_end_at_idx" ON "dmarc_reports"("policy_domain", "end_at");

-- CreateIndex
CREATE INDEX "dmarc_reports_received_at_idx" ON "dmarc_reports"("received_at");

-- CreateIndex
CREATE UNIQUE INDEX "dmarc_reports_org_name_report_id_policy_domain_begin_at_end_key" ON "dmarc_reports"("org_name", "report_id", "policy_domain", "begin_at", "end_at");

-- CreateIndex
CREATE INDEX "dmarc_records_report_id_idx" ON "dmarc_records"("report_id");

-- CreateIndex
CREATE INDEX "dmarc_records_source_ip_idx" ON "dmarc_records"("source_ip");

-- CreateIndex
CREATE INDEX "dmarc_report_days_day_idx" ON "dmarc_report_days"("day");

-- CreateIndex
CREATE INDEX "dmarc_learned_selectors_domain_last_seen_at_idx" ON "dmarc_learned_selectors"("domain", "last_seen_at" DESC);

-- CreateIndex
CREATE INDEX "dmarc_refused_inputs_received_at_idx" ON "dmarc_refused_inputs"("received_at" DESC);

-- AddForeignKey
ALTER TABLE "dmarc_records" ADD CONSTRAINT "dmarc_records_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "dmarc_reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dmarc_report_days" ADD CONSTRAINT "dmarc_report_days_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "dmarc_reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dmarc_approved_sources" ADD CONSTRAINT "dmarc_approved_sources_domain_id_fkey" FOREIGN KEY ("domain_id") REFERENCES "domains"("id") ON DELETE CASCADE ON UPDATE CASCADE;

