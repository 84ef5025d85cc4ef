-- CreateTable
CREATE TABLE "mail_sources" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "trusted_authserv_ids" TEXT[],
    "use_received_spf" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mail_sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_daily_aggregates" (
    "source_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "sender_domain" TEXT NOT NULL,
    "spf" TEXT NOT NULL,
    "dkim" TEXT NOT NULL,
    "dmarc" TEXT NOT NULL,
    "messages" INTEGER NOT NULL,

    CONSTRAINT "mail_daily_aggregates_pkey" PRIMARY KEY ("source_id","day","sender_domain","spf","dkim","dmarc")
);

-- CreateTable
CREATE TABLE "mail_seen_messages" (
    "source_id" UUID NOT NULL,
    "digest" TEXT NOT NULL,
    "day" DATE NOT NULL,

    CONSTRAINT "mail_seen_messages_pkey" PRIMARY KEY ("source_id","digest")
);

-- CreateTable
CREATE TABLE "mail_ingests" (
    "id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "counted" INTEGER NOT NULL,
    "untrusted" INTEGER NOT NULL,
    "duplicates" INTEGER NOT NULL,
    "malformed" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mail_ingests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "mail_sources_name_key" ON "mail_sources"("name");

-- CreateIndex
CREATE INDEX "mail_daily_aggregates_day_idx" ON "mail_daily_aggregates"("day");

-- CreateIndex
CREATE INDEX "mail_seen_messages_day_idx" ON "mail_seen_messages"("day");

-- CreateIndex
CREATE INDEX "mail_ingests_source_id_created_at_idx" ON "mail_ingests"("source_id", "created_at");

-- AddForeignKey
ALTER TABLE "mail_daily_aggregates" ADD CONSTRAINT "mail_daily_aggregates_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "mail_sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mail_seen_messages" ADD CONSTRAINT "mail_seen_messages_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "mail_sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mail_ingests" ADD CONSTRAINT "mail_ingests_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "mail_sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;
