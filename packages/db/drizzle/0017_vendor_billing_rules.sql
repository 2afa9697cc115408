-- Each firm's billing rule: calls are billed for at least the minimum, then per
-- increment begun. The one-hour minimum with quarter-hour increments is the
-- common case; self-service and aggregator networks sell half-hour calls, and
-- the Asia-Pacific specialists bill by the half hour.
UPDATE "expert_network"."vendor_platforms" AS v
SET "minimum_billable_minutes" = r.minimum, "billing_increment_minutes" = r.increment
FROM (VALUES
  ('GLG', 60, 15),
  ('AlphaSights', 60, 15),
  ('Guidepoint', 60, 15),
  ('Third Bridge', 60, 15),
  ('Atheneum', 60, 15),
  ('Inex One', 30, 15),
  ('Coleman Research', 60, 15),
  ('Tegus', 30, 15),
  ('Prosapient', 60, 15),
  ('Stream', 30, 15),
  ('Maven', 30, 15),
  ('Dialectica', 60, 15),
  ('Capvision', 60, 30),
  ('Brainworks', 60, 15),
  ('Nexus', 60, 30),
  ('Zintro', 30, 15),
  ('NewtonX', 60, 15),
  ('ExpertConnect', 60, 30)
) AS r(name, minimum, increment)
WHERE v."name" = r.name;
