-- Substring search in the domains table (LIKE/ILIKE '%q%') uses these trigram indexes instead of
-- scanning every domain. pg_trgm ships with PostgreSQL and is a trusted extension (13+).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "domains_ascii_trgm_idx" ON "domains" USING GIN ("ascii" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "domains_unicode_trgm_idx" ON "domains" USING GIN ("unicode" gin_trgm_ops);
