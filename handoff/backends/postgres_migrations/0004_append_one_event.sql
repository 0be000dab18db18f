-- The common append, one event, as its own function (`append_event`): the same steps as
-- `append_events` (0003), which stays for batches, with three of the server's costs
-- taken out of every single append:
--
-- * the event's columns are scalar parameters, not ten one-element arrays: the server
--   decoded each array (`array_recv`, looking up the element type's input each time) and
--   subscripted it again in the INSERT;
-- * p_lock_timeout NULL: the session's own `lock_timeout` already bounds the wait (the
--   client passes a value only when the time left differs from it), so no
--   transaction-local setting is made and undone;
-- * a patch of the projection writes the event, the changed parts and the position in
--   one statement (a data-modifying WITH) instead of three.
--
-- The guard and what is written are those of 0003; the new end is the event's seq.
CREATE FUNCTION append_event(
    p_guess boolean, p_lock_class integer, p_lock_key integer, p_lock_timeout text,
    p_expected bigint, p_identity text, p_parts_end bigint,
    p_seq bigint, p_id text, p_v integer, p_ts text, p_kind text,
    p_project text, p_agent text, p_session text, p_body bytea, p_digest text,
    p_parts integer, p_keep bigint[], p_section text[], p_item bigint[], p_part bytea[], p_split boolean)
RETURNS void LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    IF p_guess THEN
        IF p_lock_timeout IS NOT NULL THEN
            PERFORM set_config('lock_timeout', p_lock_timeout, true);
        END IF;
        PERFORM pg_advisory_xact_lock(p_lock_class, p_lock_key);
        IF (SELECT coalesce(max(seq), 0) FROM events) <> p_expected
           OR (SELECT value FROM store_meta WHERE key = 'identity') IS DISTINCT FROM p_identity
           OR (SELECT position FROM latest_position WHERE slot = 1 AND split) IS DISTINCT FROM p_parts_end THEN
            RAISE EXCEPTION 'another client appended first' USING ERRCODE = 'HG001';
        END IF;
    ELSIF (SELECT coalesce(max(seq), 0) FROM events) <> p_expected THEN
        RAISE EXCEPTION 'the log does not end at seq %', p_expected USING ERRCODE = 'HG002';
    END IF;
    IF p_parts = 1 THEN
        IF p_keep IS NOT NULL THEN
            DELETE FROM latest_parts WHERE section = 'notes' AND item <> ALL (p_keep);
        END IF;
        -- The event, the changed parts and the position as one statement: one executor
        -- run instead of three (its sub-statements see one snapshot and touch different
        -- tables; any error still fails the whole transaction).
        WITH event AS (
            INSERT INTO events (seq, id, v, ts, kind, project, agent, session, body, digest)
            VALUES (p_seq, p_id, p_v, p_ts, p_kind, p_project, p_agent, p_session, p_body, p_digest)
        ), moved AS (
            UPDATE latest_position SET position = p_seq WHERE slot = 1
        )
        INSERT INTO latest_parts (section, item, body) SELECT * FROM unnest(p_section, p_item, p_part)
            ON CONFLICT (section, item) DO UPDATE SET body = excluded.body;
        RETURN;
    END IF;
    INSERT INTO events (seq, id, v, ts, kind, project, agent, session, body, digest)
        VALUES (p_seq, p_id, p_v, p_ts, p_kind, p_project, p_agent, p_session, p_body, p_digest);
    IF p_parts = 2 THEN
        DELETE FROM latest_parts;
        INSERT INTO latest_parts (section, item, body) SELECT * FROM unnest(p_section, p_item, p_part);
        INSERT INTO latest_position (slot, position, split) VALUES (1, p_seq, p_split)
            ON CONFLICT (slot) DO UPDATE SET position = excluded.position, split = excluded.split;
    END IF;
END
$$;

-- No `ts` index: a time is found by a binary search over seq (ts only grows along the
-- log, as on SQLite since its migration 0004), so an append no longer keeps a fourth
-- index up to date (~10 us of the server's time per append).
DROP INDEX IF EXISTS events_ts;
