-- The durable queue of the user's writes to Discogs. An action is stored here before any request is made,
-- sent in id order through the governor's person-first lane, and marked done once Discogs confirmed it.
-- sent_at is set *before* the first request goes out: an action with sent_at that is not done may have
-- happened, so a replay checks Discogs first where repeating it is not harmless (adding a copy, creating
-- a folder). known_ids holds what existed before that first request (instance or folder ids, comma-separated).
CREATE TABLE actions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    kind          TEXT    NOT NULL CHECK (kind IN ('add_want', 'edit_want', 'remove_want', 'add_copy', 'remove_copy',
                      'rate_copy', 'move_copy', 'set_field', 'create_folder', 'rename_folder', 'delete_folder')),
    release_id    INTEGER,
    instance_id   INTEGER,
    folder_id     INTEGER,                -- the copy's folder on Discogs when this action goes; the folder acted on
    to_folder_id  INTEGER,                -- move_copy: where to
    field_id      INTEGER,                -- set_field
    rating        INTEGER,                -- rate_copy, add_want, edit_want
    text          TEXT,                   -- notes, a field's value, a folder's name
    label         TEXT    NOT NULL,       -- what the person asked for, in words: 'Rate "Blue Lines" 4 stars'
    state         TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed', 'dismissed')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT    NOT NULL,
    sent_at       TEXT,
    finished_at   TEXT,
    known_ids     TEXT,
    result_id     INTEGER,                -- the instance or folder Discogs created
    error         TEXT                    -- pending: why it is waiting; failed: why it could not apply
);
CREATE INDEX actions_open ON actions (state, id);
CREATE INDEX actions_release ON actions (release_id, state);
