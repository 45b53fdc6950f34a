-- Metaverse Atlas store, version 4. The search text joins a record's title, summary, place and names: each is held
-- to its own column's size by the import's checks, so their sum gets room enough never to be the field that fails.
-- Indexes on the kind and the origin go: with a handful of values each they never narrow a query worth it, and every
-- import paid to keep them.

ALTER TABLE initiative ALTER COLUMN search_text SET DATA TYPE VARCHAR(1000000);
DROP INDEX initiative_kind;
DROP INDEX initiative_origin;
