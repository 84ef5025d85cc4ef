-- Every API token now expires, within a year of its creation. Tokens made "until revoked" get the
-- longest lifetime one can choose today, a year from their creation, but never less than 30 days
-- from this migration: a token older than eleven months would otherwise stop at the deploy and
-- break its script without warning, while 30 days let an admin see the new expiry in the token
-- list (and scripts read it from GET /api/v1/me) and replace it. Revoked tokens stay revoked.
UPDATE "api_tokens"
SET "expires_at" = GREATEST("created_at" + INTERVAL '365 days', now() + INTERVAL '30 days')
WHERE "expires_at" IS NULL;

-- AlterTable
ALTER TABLE "api_tokens" ALTER COLUMN "expires_at" SET NOT NULL;
