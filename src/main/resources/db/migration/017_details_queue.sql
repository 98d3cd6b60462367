-- The queue of releases whose details are due no longer keeps an index of every release's fetch time. Only
-- releases that were never fetched are listed (a partial index, empty once the first sync is done), and the
-- releases due again are found from the few the collection, wantlist and browsing refer to (ReleaseRepository).
-- On a mirror of the whole catalogue the full index held a million entries (37 MB, 1 % of the database), and
-- every release a dump import wrote appended to it.
DROP INDEX IF EXISTS releases_details_queue;
CREATE INDEX releases_never_fetched ON releases (id) WHERE details_fetched_at IS NULL;
