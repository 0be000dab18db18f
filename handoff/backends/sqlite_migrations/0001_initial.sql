-- The event log. `body` is the canonical envelope exactly as a JSONL line carries it
-- (without the newline) and is the source of truth; every other column is a copy of one
-- of its fields, kept for indexes. `digest` is the sha256 of `body` (hex), so a
-- promotion or a merge can compare events by id and content without parsing them.
-- `seq` is the position: the rowid, gapless except where a purge removed events.

CREATE TABLE store_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

INSERT INTO store_meta (key, value) VALUES ('role', 'handoff-events'), ('identity', '1');

CREATE TABLE events (
    seq INTEGER PRIMARY KEY CHECK (seq >= 1),
    id TEXT NOT NULL UNIQUE,
    v INTEGER NOT NULL,
    ts TEXT NOT NULL,
    kind TEXT NOT NULL,
    project TEXT,
    agent TEXT,
    session TEXT,
    body BLOB NOT NULL,
    digest TEXT NOT NULL
) STRICT;

-- "the events of one kind from a position" (log --kind, DuckDB views) and time ranges.
CREATE INDEX events_kind_seq ON events (kind, seq);
CREATE INDEX events_ts ON events (ts);
