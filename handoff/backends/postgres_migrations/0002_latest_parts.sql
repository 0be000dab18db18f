-- The latest-state projection in parts (replaces `latest_state`, which held the whole
-- rendered latest.json and was rewritten by every append). One row per top-level entry
-- of latest.json, rendered as it appears in the file (`item` 0), except open notes: one
-- row per note, keyed by the note's seq (`item`), so an append rewrites only what it
-- changed (a note adds a row, a pointer rewrites the `pointers` row, and `meta` always).
-- A reader joins the rows in (section, item) order into latest.json's exact bytes.
-- `section` '' holds a whole document instead (a state kept as one piece: the one this
-- migration carries over from `latest_state`, until the next append splits it).
CREATE TABLE latest_parts (
    section text NOT NULL,
    item bigint NOT NULL CHECK (item >= 0),
    body bytea NOT NULL,
    PRIMARY KEY (section, item)
);

-- The seq the parts were folded to; `split` is false while the parts are one whole
-- document (section ''), which an append must replace rather than patch.
CREATE TABLE latest_position (
    slot integer PRIMARY KEY CHECK (slot = 1),
    position bigint NOT NULL CHECK (position >= 0),
    split boolean NOT NULL
);

INSERT INTO latest_parts (section, item, body) SELECT '', 0, payload FROM latest_state WHERE slot = 1;

INSERT INTO latest_position (slot, position, split) SELECT 1, position, false FROM latest_state WHERE slot = 1;

DROP TABLE latest_state;
