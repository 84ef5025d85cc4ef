-- Issue 16: targets and deadlines per group, and the alert kind for a target fallen behind.
ALTER TYPE "alert_rule_kind" ADD VALUE 'target_behind';

CREATE TABLE "group_targets" (
    "id" UUID NOT NULL,
    "group_id" UUID NOT NULL,
    "metric" TEXT,
    "profile_id" UUID,
    "requirement" TEXT,
    "percent" DOUBLE PRECISION NOT NULL,
    "deadline" DATE NOT NULL,
    "milestones" JSONB NOT NULL DEFAULT '[]',
    "baseline_day" DATE,
    "baseline_percent" DOUBLE PRECISION,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "group_targets_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "group_targets_group_id_idx" ON "group_targets"("group_id");
CREATE INDEX "group_targets_profile_id_idx" ON "group_targets"("profile_id");
ALTER TABLE "group_targets" ADD CONSTRAINT "group_targets_group_id_fkey"
    FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "group_targets" ADD CONSTRAINT "group_targets_profile_id_fkey"
    FOREIGN KEY ("profile_id") REFERENCES "compliance_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
