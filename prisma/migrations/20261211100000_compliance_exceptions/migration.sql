-- Issue 16, comply or explain: exceptions to a profile's requirement per domain or group, their
-- timeline, and exempted counts in the rollups.
-- AlterEnum: the alert an expiry raises.
ALTER TYPE "alert_rule_kind" ADD VALUE 'compliance_exception_expired';

-- CreateEnum
CREATE TYPE "compliance_exception_status" AS ENUM ('pending', 'approved', 'revoked');

-- CreateEnum
CREATE TYPE "compliance_exception_event_kind" AS ENUM ('requested', 'approved', 'revoked', 'expired');

-- AlterTable
ALTER TABLE "compliance_rollups" ADD COLUMN     "exempted" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "compliance_exceptions" (
    "id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "requirement" TEXT NOT NULL,
    "domain_id" UUID,
    "group_id" UUID,
    "justification" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "expires_on" DATE NOT NULL,
    "status" "compliance_exception_status" NOT NULL DEFAULT 'pending',
    "requested_by_id" UUID,
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approved_by_id" UUID,
    "approved_at" TIMESTAMPTZ(3),
    "approved_on" DATE,
    "revoked_by_id" UUID,
    "revoked_at" TIMESTAMPTZ(3),
    "revoked_on" DATE,
    "expiry_noticed_at" TIMESTAMPTZ(3),
    "rollups_through" DATE,

    CONSTRAINT "compliance_exceptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "compliance_exception_events" (
    "id" UUID NOT NULL,
    "exception_id" UUID NOT NULL,
    "kind" "compliance_exception_event_kind" NOT NULL,
    "actor_user_id" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "compliance_exception_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "compliance_exceptions_status_expires_on_idx" ON "compliance_exceptions"("status", "expires_on");

-- CreateIndex
CREATE INDEX "compliance_exceptions_domain_id_idx" ON "compliance_exceptions"("domain_id");

-- CreateIndex
CREATE INDEX "compliance_exceptions_group_id_idx" ON "compliance_exceptions"("group_id");

-- CreateIndex
CREATE UNIQUE INDEX "compliance_exception_events_exception_id_kind_key" ON "compliance_exception_events"("exception_id", "kind");

-- AddForeignKey
ALTER TABLE "compliance_exceptions" ADD CONSTRAINT "compliance_exceptions_profile_id_fkey" FOREIGN KEY ("profile_id") REFERENCES "compliance_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "compliance_exceptions" ADD CONSTRAINT "compliance_exceptions_domain_id_fkey" FOREIGN KEY ("domain_id") REFERENCES "domains"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "compliance_exceptions" ADD CONSTRAINT "compliance_exceptions_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "compliance_exceptions" ADD CONSTRAINT "compliance_exceptions_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "compliance_exceptions" ADD CONSTRAINT "compliance_exceptions_approved_by_id_fkey" FOREIGN KEY ("approved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "compliance_exceptions" ADD CONSTRAINT "compliance_exceptions_revoked_by_id_fkey" FOREIGN KEY ("revoked_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "compliance_exception_events" ADD CONSTRAINT "compliance_exception_events_exception_id_fkey" FOREIGN KEY ("exception_id") REFERENCES "compliance_exceptions"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Four eyes: whoever approves an exception is not whoever asked for it (also checked by the core,
-- lib/compliance/approve-compliance-exception.ts, which answers with a clear code).
ALTER TABLE "compliance_exceptions" ADD CONSTRAINT "compliance_exceptions_four_eyes"
    CHECK ("approved_by_id" IS NULL OR "requested_by_id" IS NULL OR "approved_by_id" <> "requested_by_id");
-- One subject: a domain or a whole group, never both or neither.
ALTER TABLE "compliance_exceptions" ADD CONSTRAINT "compliance_exceptions_one_subject"
    CHECK (("domain_id" IS NULL) <> ("group_id" IS NULL));
ALTER TABLE "compliance_exceptions" ADD CONSTRAINT "compliance_exceptions_window"
    CHECK ("expires_on" > "starts_on");
