-- The domains table and the findings page at 100,000 domains (docs/scale.md, "Domains table and
-- findings"): every sort the table offers reads an index in order, every domain has a current-state
-- row so those sorts can start from domain_current_state, and finding counts are kept, not recounted.

-- Every domain has a current-state row from its registration, empty (all unknown) until its first
-- scan: whatever inserts domains (registration, import, API, tests), the trigger adds the row in the
-- same statement. writeCurrentState upserts, and an empty row has no complete scan, so the first
-- result replaces it whole, as it did when the row was missing.
CREATE FUNCTION domain_current_state_for_new_domains() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO domain_current_state (domain_id) SELECT id FROM new_domains ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER domains_have_current_state AFTER INSERT ON domains
  REFERENCING NEW TABLE AS new_domains FOR EACH STATEMENT
  EXECUTE FUNCTION domain_current_state_for_new_domains();

INSERT INTO domain_current_state (domain_id) SELECT id FROM domains ON CONFLICT DO NOTHING;

-- One index per sort of the domains table, ties broken by domain id. A never-scanned domain
-- (last_scan_at null) sorts as the oldest: first ascending, last descending, one index both ways.
CREATE INDEX "domain_current_state_errors_domain_id_idx" ON "domain_current_state"("errors", "domain_id");
CREATE INDEX "domain_current_state_warnings_domain_id_idx" ON "domain_current_state"("warnings", "domain_id");
CREATE INDEX "domain_current_state_last_scan_at_domain_id_idx"
  ON "domain_current_state"("last_scan_at" NULLS FIRST, "domain_id");

-- The filter options skip through distinct tag sets on this index instead of unnesting every domain.
CREATE INDEX "domains_tags_sets_idx" ON "domains"("tags");
CREATE INDEX "domains_archived_at_idx" ON "domains"("archived_at");

-- Domains per finding over every current state (archived domains included; readers subtract them).
CREATE TABLE "finding_counts" (
    "finding_id" TEXT NOT NULL,
    "domains" INTEGER NOT NULL,

    CONSTRAINT "finding_counts_pkey" PRIMARY KEY ("finding_id")
);

-- Statement-level, so a batch of results adds its changes once. Only states whose finding_ids
-- changed count, so a rescan that finds nothing new takes no lock here; the counts are updated in
-- finding id order, so two concurrent batches lock them in the same order and cannot deadlock.
CREATE FUNCTION add_finding_counts(ids text[], deltas int[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO finding_counts AS c (finding_id, domains)
  SELECT id, sum(delta) FROM unnest(ids, deltas) AS d(id, delta)
  GROUP BY id HAVING sum(delta) <> 0 ORDER BY id
  ON CONFLICT (finding_id) DO UPDATE SET domains = c.domains + EXCLUDED.domains;
$$;

CREATE FUNCTION finding_counts_follow_current_state() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Each branch names only the transition tables its event has.
  IF TG_OP = 'INSERT' THEN
    PERFORM add_finding_counts(array_agg(id), array_agg(1))
    FROM new_states, unnest(finding_ids) AS id;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM add_finding_counts(array_agg(id), array_agg(-1))
    FROM old_states, unnest(finding_ids) AS id;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM add_finding_counts(array_agg(id), array_agg(delta)) FROM (
      SELECT unnest(n.finding_ids || o.finding_ids) AS id,
        unnest(array_fill(1, ARRAY[cardinality(n.finding_ids)]) || array_fill(-1, ARRAY[cardinality(o.finding_ids)])) AS delta
      FROM old_states o JOIN new_states n USING (domain_id)
      WHERE o.finding_ids IS DISTINCT FROM n.finding_ids
    ) AS changed;
  ELSE
    DELETE FROM finding_counts;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER finding_counts_on_insert AFTER INSERT ON domain_current_state
  REFERENCING NEW TABLE AS new_states FOR EACH STATEMENT
  EXECUTE FUNCTION finding_counts_follow_current_state();
CREATE TRIGGER finding_counts_on_update AFTER UPDATE ON domain_current_state
  REFERENCING OLD TABLE AS old_states NEW TABLE AS new_states FOR EACH STATEMENT
  EXECUTE FUNCTION finding_counts_follow_current_state();
CREATE TRIGGER finding_counts_on_delete AFTER DELETE ON domain_current_state
  REFERENCING OLD TABLE AS old_states FOR EACH STATEMENT
  EXECUTE FUNCTION finding_counts_follow_current_state();
CREATE TRIGGER finding_counts_on_truncate AFTER TRUNCATE ON domain_current_state
  FOR EACH STATEMENT EXECUTE FUNCTION finding_counts_follow_current_state();

INSERT INTO finding_counts (finding_id, domains)
SELECT id, count(*) FROM domain_current_state, unnest(finding_ids) AS id GROUP BY id;
