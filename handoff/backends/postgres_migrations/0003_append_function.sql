-- An append as one server-side function call (`append_events`), so that a client sends a
-- single statement in autocommit mode: its own transaction, one message, one reply, and
-- no BEGIN/COMMIT text. It does what the client's multi-statement message did:
--
-- * p_guess: take the store-wide transaction-scoped advisory lock (the key of the
--   session lock every `lock()` holder takes, waiting at most p_lock_timeout), then
--   check that the log's end, its identity and the parts' position are where the client
--   last left them; else fail with SQLSTATE HG001 before anything is written.
-- * otherwise (the caller holds the session lock): check the end only, HG002.
-- * insert the events (one array per column, in seq order; one row as VALUES);
-- * p_parts 1: patch the projection's parts (delete the note rows not in p_keep when it
--   is not null, upsert the given parts, move the position); 2: replace every part and
--   the position (p_split: whether they are split); 0: leave them.
--
-- A VOLATILE PL/pgSQL function takes a new snapshot for each statement, so the end is
-- read after the lock was granted, not from before the wait. It runs with the caller's
-- rights (SECURITY INVOKER) and search_path (the store's schema): a role needs the same
-- table privileges as before, and EXECUTE, which PUBLIC has by default.
CREATE FUNCTION append_events(
    p_guess boolean, p_lock_class integer, p_lock_key integer, p_lock_timeout text,
    p_expected bigint, p_identity text, p_parts_end bigint,
    p_seq bigint[], p_id text[], p_v integer[], p_ts text[], p_kind text[],
    p_project text[], p_agent text[], p_session text[], p_body bytea[], p_digest text[],
    p_position bigint, p_parts integer, p_keep bigint[],
    p_section text[], p_item bigint[], p_part bytea[], p_split boolean)
RETURNS void LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    IF p_guess THEN
        PERFORM set_config('lock_timeout', p_lock_timeout, true);
        PERFORM pg_advisory_xact_lock(p_lock_class, p_lock_key);
        IF (SELECT coalesce(max(seq), 0) FROM events) <> p_expected
           OR (SELECT value FROM store_meta WHERE key = 'identity') IS DISTINCT FROM p_identity
           OR (SELECT position FROM latest_position WHERE slot = 1 AND split) IS DISTINCT FROM p_parts_end THEN
            RAISE EXCEPTION 'another client appended first' USING ERRCODE = 'HG001';
        END IF;
    ELSIF (SELECT coalesce(max(seq), 0) FROM events) <> p_expected THEN
        RAISE EXCEPTION 'the log does not end at seq %', p_expected USING ERRCODE = 'HG002';
    END IF;
    IF cardinality(p_seq) = 1 THEN  -- the common case, without unnest's executor cost (~30-60 us)
        INSERT INTO events (seq, id, v, ts, kind, project, agent, session, body, digest) VALUES
            (p_seq[1], p_id[1], p_v[1], p_ts[1], p_kind[1], p_project[1], p_agent[1], p_session[1], p_body[1],
             p_digest[1]);
    ELSE
        INSERT INTO events (seq, id, v, ts, kind, project, agent, session, body, digest)
            SELECT * FROM unnest(p_seq, p_id, p_v, p_ts, p_kind, p_project, p_agent, p_session, p_body, p_digest);
    END IF;
    IF p_parts = 1 THEN
        IF p_keep IS NOT NULL THEN
            DELETE FROM latest_parts WHERE section = 'notes' AND item <> ALL (p_keep);
        END IF;
        INSERT INTO latest_parts (section, item, body) SELECT * FROM unnest(p_section, p_item, p_part)
            ON CONFLICT (section, item) DO UPDATE SET body = excluded.body;
        UPDATE latest_position SET position = p_position WHERE slot = 1;
    ELSIF p_parts = 2 THEN
        DELETE FROM latest_parts;
        INSERT INTO latest_parts (section, item, body) SELECT * FROM unnest(p_section, p_item, p_part);
        INSERT INTO latest_position (slot, position, split) VALUES (1, p_position, p_split)
            ON CONFLICT (slot) DO UPDATE SET position = excluded.position, split = excluded.split;
    END IF;
END
$$;
