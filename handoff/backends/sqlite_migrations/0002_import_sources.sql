-- Tracking records: how far each source (a promotion, an import, a merged log) got.
-- One row per source key, upserted in the same transaction as the events it read, so a
-- run killed at any point resumes from `last_position` and never takes a record twice.
-- `detail` is a path or an error summary, never user content.

CREATE TABLE import_sources (
    source TEXT PRIMARY KEY,
    detail TEXT NOT NULL DEFAULT '',
    digest TEXT NOT NULL,
    size INTEGER CHECK (size IS NULL OR size >= 0),
    records INTEGER NOT NULL DEFAULT 0 CHECK (records >= 0),
    last_position INTEGER NOT NULL CHECK (last_position >= 0),
    status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed')),
    run_id TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
