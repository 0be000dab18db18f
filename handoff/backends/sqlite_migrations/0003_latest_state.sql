-- The latest-state projection: one row, the rendered latest.json bytes and the position
-- (seq) they were folded up to. The store computes the state; the backend stores it in
-- the same transaction as the events it follows, so reading the latest state is one
-- primary-key lookup whatever the size of the log. Derived data: a rewrite (purge)
-- deletes it, and a missing or stale row is recomputed from `events`.

CREATE TABLE latest_state (
    slot INTEGER PRIMARY KEY CHECK (slot = 1),
    position INTEGER NOT NULL CHECK (position >= 0),
    payload BLOB NOT NULL
) STRICT;
