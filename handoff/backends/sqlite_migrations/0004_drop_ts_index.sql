-- `ts` only grows along the log (the store stamps every event no earlier than the one
-- before it), so a time is found by a binary search over `seq`, the primary key
-- (`SQLiteBackend.start_after`), like the JSONL backend's search over byte offsets. The
-- `ts` index cost every append one more b-tree page written and synced, for reads that
-- a search of about log2(events) primary-key probes serves as well.

DROP INDEX events_ts;
