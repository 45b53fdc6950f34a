-- Metaverse Atlas store, version 2: Chinese names where the sources give them, each source's language, and the
-- mark of an initiative announced ahead of its date (a plan for a later period, a future event).

ALTER TABLE source ADD COLUMN language VARCHAR(8);
ALTER TABLE organization ADD COLUMN name_zh VARCHAR(500);
ALTER TABLE person ADD COLUMN name_zh VARCHAR(100);
ALTER TABLE initiative ADD COLUMN title_zh VARCHAR(1000);
ALTER TABLE initiative ADD COLUMN announced BOOLEAN DEFAULT FALSE NOT NULL;
