-- A digest of what an imported dump record said (every element and attribute the importer reads), so
-- that importing next month's dump over a mirror of the whole catalogue rewrites only the releases whose
-- record changed. NULL for releases no dump wrote; an API fetch leaves it alone (a later dump whose
-- record is unchanged then keeps the fetched copy, which is at least as new).
ALTER TABLE releases ADD COLUMN dump_digest INTEGER;
