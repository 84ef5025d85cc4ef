-- Domains registered before membership periods existed have no registration period, so the
-- 'all' adoption scope would not count them. Open one from the day each was registered (in
-- Asia/Tokyo, the default KENSA_TIME_ZONE); archived domains get a period closed on their archive day.
INSERT INTO "domain_groups" ("id", "domain_id", "group_id", "since_day", "until_day")
SELECT gen_random_uuid(),
       d."id",
       NULL,
       (d."created_at" AT TIME ZONE 'Asia/Tokyo')::date,
       CASE WHEN d."archived_at" IS NULL THEN NULL
            ELSE greatest((d."archived_at" AT TIME ZONE 'Asia/Tokyo')::date,
                          (d."created_at" AT TIME ZONE 'Asia/Tokyo')::date) END
FROM "domains" d
WHERE NOT EXISTS (
  SELECT 1 FROM "domain_groups" g WHERE g."domain_id" = d."id" AND g."group_id" IS NULL
);
