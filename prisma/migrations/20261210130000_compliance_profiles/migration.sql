-- Issue 16: compliance profiles, the groups that follow them, evaluations of stored reports and rollups.
CREATE TYPE "compliance_status" AS ENUM ('compliant', 'not_compliant', 'unknown', 'not_applicable');

CREATE TABLE "compliance_profiles" (
    "id" UUID NOT NULL,
    "builtin_key" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "compliance_profiles_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "compliance_profiles_builtin_key_key" ON "compliance_profiles"("builtin_key");

CREATE TABLE "compliance_profile_versions" (
    "id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "compliance_profile_versions_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "compliance_profile_versions_profile_id_version_key" ON "compliance_profile_versions"("profile_id", "version");
ALTER TABLE "compliance_profile_versions" ADD CONSTRAINT "compliance_profile_versions_profile_id_fkey"
    FOREIGN KEY ("profile_id") REFERENCES "compliance_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "group_compliance_profiles" (
    "group_id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "group_compliance_profiles_pkey" PRIMARY KEY ("group_id", "profile_id")
);
CREATE INDEX "group_compliance_profiles_profile_id_idx" ON "group_compliance_profiles"("profile_id");
ALTER TABLE "group_compliance_profiles" ADD CONSTRAINT "group_compliance_profiles_group_id_fkey"
    FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "group_compliance_profiles" ADD CONSTRAINT "group_compliance_profiles_profile_id_fkey"
    FOREIGN KEY ("profile_id") REFERENCES "compliance_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "compliance_evaluations" (
    "report_id" BIGINT NOT NULL,
    "profile_version_id" UUID NOT NULL,
    "status" "compliance_status" NOT NULL,
    "requirements" JSONB NOT NULL,
    CONSTRAINT "compliance_evaluations_pkey" PRIMARY KEY ("report_id", "profile_version_id")
);
CREATE INDEX "compliance_evaluations_profile_version_id_idx" ON "compliance_evaluations"("profile_version_id");
ALTER TABLE "compliance_evaluations" ADD CONSTRAINT "compliance_evaluations_report_id_fkey"
    FOREIGN KEY ("report_id") REFERENCES "scan_reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "compliance_evaluations" ADD CONSTRAINT "compliance_evaluations_profile_version_id_fkey"
    FOREIGN KEY ("profile_version_id") REFERENCES "compliance_profile_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "compliance_rollups" (
    "group_id" UUID NOT NULL,
    "profile_version_id" UUID NOT NULL,
    "requirement" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "domains" INTEGER NOT NULL,
    "compliant" INTEGER NOT NULL,
    "not_compliant" INTEGER NOT NULL,
    "unknown" INTEGER NOT NULL,
    "not_applicable" INTEGER NOT NULL,
    CONSTRAINT "compliance_rollups_pkey" PRIMARY KEY ("group_id", "profile_version_id", "requirement", "day")
);
