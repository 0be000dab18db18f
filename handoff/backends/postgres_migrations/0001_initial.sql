-- The same tables as the SQLite backend (sqlite_migrations/), in the store's own schema.
-- `body` is the canonical envelope exactly as a JSONL line carries it (without the
-- newline), kept byte for byte in a bytea, and the source of truth; the other columns are
-- copies of its fields for indexes; `digest` is sha256(body) in hex. `seq` is the position.

CREATE TABLE store_meta (
    key text PRIMARY KEY,
    value text NOT NULL
);

INSERT INTO store_meta (key, value) VALUES ('role', 'handoff-events'), ('identity', '1');

CREATE TABLE events (
    seq bigint PRIMARY KEY CHECK (seq >= 1),
    id text NOT NULL UNIQUE,
    v integer NOT NULL,
    ts text NOT NULL,
    kind text NOT NULL,
    project text,
    agent text,
    session text,
    body bytea NOT NULL,
    digest text NOT NULL
);

CREATE INDEX events_kind_seq ON events (kind, seq);

CREATE INDEX events_ts ON events (ts);

-- Tracking records (promotion, imports): one row per source, upserted in the same
-- transaction as the events it read.
CREATE TABLE import_sources (
    source text PRIMARY KEY,
    detail text NOT NULL DEFAULT '',
    digest text NOT NULL,
    size bigint CHECK (size IS NULL OR size >= 0),
    records bigint NOT NULL DEFAULT 0 CHECK (records >= 0),
    last_position bigint NOT NULL CHECK (last_position >= 0),
    status text NOT NULL CHECK (status IN ('running', 'done', 'failed')),
    run_id text NOT NULL,
    updated_at text NOT NULL
);

-- The latest-state projection: the rendered latest.json bytes and the seq they were
-- folded to, written in the same transaction as the events they follow, so a client on
-- another machine catches its local latest.json up with one primary-key read.
CREATE TABLE latest_state (
    slot integer PRIMARY KEY CHECK (slot = 1),
    position bigint NOT NULL CHECK (position >= 0),
    payload bytea NOT NULL
);
