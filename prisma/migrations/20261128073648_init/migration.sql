-- CreateEnum
CREATE TYPE "role" AS ENUM ('admin', 'viewer');

-- CreateEnum
CREATE TYPE "scan_trigger" AS ENUM ('manual', 'schedule', 'api');

-- CreateEnum
CREATE TYPE "run_status" AS ENUM ('queued', 'running', 'complete', 'cancelled', 'failed');

-- CreateEnum
CREATE TYPE "domain_scan_status" AS ENUM ('queued', 'running', 'complete', 'partial', 'failed');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "password_hash" TEXT NOT NULL,
    "role" "role" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_login_at" TIMESTAMPTZ(3),

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "user_agent" TEXT,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "domains" (
    "id" UUID NOT NULL,
    "ascii" TEXT NOT NULL,
    "unicode" TEXT NOT NULL,
    "parked" BOOLEAN NOT NULL DEFAULT false,
    "selectors" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "notes" TEXT NOT NULL DEFAULT '',
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "domains_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scan_runs" (
    "id" UUID NOT NULL,
    "trigger" "scan_trigger" NOT NULL,
    "triggered_by" TEXT,
    "scope" JSONB NOT NULL,
    "status" "run_status" NOT NULL DEFAULT 'queued',
    "total" INTEGER NOT NULL,
    "done" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "scan_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "domain_scans" (
    "id" UUID NOT NULL,
    "run_id" UUID NOT NULL,
    "domain_id" UUID NOT NULL,
    "status" "domain_scan_status" NOT NULL DEFAULT 'queued',
    "report" JSONB,
    "error" TEXT,
    "queries" INTEGER,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "domain_scans_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions"("token_hash");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE INDEX "sessions_expires_at_idx" ON "sessions"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "domains_ascii_key" ON "domains"("ascii");

-- CreateIndex
CREATE INDEX "scan_runs_created_at_idx" ON "scan_runs"("created_at" DESC);

-- CreateIndex
CREATE INDEX "domain_scans_domain_id_finished_at_idx" ON "domain_scans"("domain_id", "finished_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "domain_scans_run_id_domain_id_key" ON "domain_scans"("run_id", "domain_id");

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "domain_scans" ADD CONSTRAINT "domain_scans_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "scan_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "domain_scans" ADD CONSTRAINT "domain_scans_domain_id_fkey" FOREIGN KEY ("domain_id") REFERENCES "domains"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Identities are compared exactly, so they are stored lower-case (Prisma does not model CHECK
-- constraints; `prisma migrate diff` ignores them).
ALTER TABLE "users" ADD CONSTRAINT "users_email_lower" CHECK ("email" = lower("email"));
ALTER TABLE "domains" ADD CONSTRAINT "domains_ascii_lower" CHECK ("ascii" = lower("ascii"));
