-- Issue 16: group owners/contacts, scheduled scorecard mails and the public status page's link.
CREATE TYPE "scorecard_schedule" AS ENUM ('off', 'weekly', 'monthly');

ALTER TABLE "groups" ADD COLUMN "scorecard_schedule" "scorecard_schedule" NOT NULL DEFAULT 'off',
    ADD COLUMN "status_token_hash" TEXT,
    ADD COLUMN "status_token_set_at" TIMESTAMPTZ(3);
CREATE UNIQUE INDEX "groups_status_token_hash_key" ON "groups"("status_token_hash");

CREATE TABLE "group_contacts" (
    "id" UUID NOT NULL,
    "group_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "group_contacts_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "group_contacts_group_id_email_key" ON "group_contacts"("group_id", "email");
ALTER TABLE "group_contacts" ADD CONSTRAINT "group_contacts_group_id_fkey"
    FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "group_scorecard_mails" (
    "id" UUID NOT NULL,
    "group_id" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "status" "alert_delivery_status" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_attempt_at" TIMESTAMPTZ(3),
    "sent_at" TIMESTAMPTZ(3),
    CONSTRAINT "group_scorecard_mails_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "group_scorecard_mails_group_id_period_language_key" ON "group_scorecard_mails"("group_id", "period", "language");
CREATE INDEX "group_scorecard_mails_group_id_created_at_idx" ON "group_scorecard_mails"("group_id", "created_at" DESC);
ALTER TABLE "group_scorecard_mails" ADD CONSTRAINT "group_scorecard_mails_group_id_fkey"
    FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;
