"""Importing state that already exists on disk, once and safely.

`ledger` is the engine every importer shares: the per-source ledger (a `Tracking` record
committed atomically with the imported events), ids derived from the source so a rerun
can never duplicate, exactly one importer per source, the durable count checked before a
source is marked done. `usage` turns an OpenAI-compatible proxy's `usage.jsonl` into
`model_health` summaries; `events` merges another handoff store's log by event id.
"""
