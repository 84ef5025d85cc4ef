-- IMAP mailboxes pulled on a timer (issues 13 and 14): received mail into a data source, or DMARC reports.
CREATE TABLE "mailbox_accounts" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "host" TEXT NOT NULL,
    "port" INTEGER NOT NULL,
    "tls_mode" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "password_sealed" TEXT NOT NULL,
    "folder" TEXT NOT NULL DEFAULT 'INBOX',
    "processed_folder" TEXT NOT NULL DEFAULT 'Processed',
    "invalid_folder" TEXT NOT NULL DEFAULT 'Invalid',
    "interval_minutes" INTEGER NOT NULL DEFAULT 15,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "purpose" TEXT NOT NULL,
    "mail_source_id" UUID,
    "last_pull_at" TIMESTAMPTZ(3),
    "last_pull_status" TEXT,
    "last_pull_error" TEXT,
    "last_pull_processed" INTEGER,
    "last_pull_invalid" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mailbox_accounts_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "mailbox_accounts_tls_mode" CHECK ("tls_mode" IN ('tls', 'starttls')),
    CONSTRAINT "mailbox_accounts_port" CHECK ("port" BETWEEN 1 AND 65535),
    CONSTRAINT "mailbox_accounts_interval" CHECK ("interval_minutes" BETWEEN 1 AND 1440),
    CONSTRAINT "mailbox_accounts_status" CHECK ("last_pull_status" IN ('ok', 'error')),
    -- Received mail needs the data source it counts into; DMARC reports name no source.
    CONSTRAINT "mailbox_accounts_purpose" CHECK (
      ("purpose" = 'received-mail' AND "mail_source_id" IS NOT NULL) OR
      ("purpose" = 'dmarc-reports' AND "mail_source_id" IS NULL))
);

CREATE UNIQUE INDEX "mailbox_accounts_name_key" ON "mailbox_accounts"("name");
CREATE INDEX "mailbox_accounts_mail_source_id_idx" ON "mailbox_accounts"("mail_source_id");

ALTER TABLE "mailbox_accounts" ADD CONSTRAINT "mailbox_accounts_mail_source_id_fkey" FOREIGN KEY ("mail_source_id") REFERENCES "mail_sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;
