"""`handoff import events PATH`: merge another handoff store's log into this one.

PATH is a JSONL event log: another machine's `events.jsonl`, a backup's, or the export
of a SQLite store (`handoff export`). The result is the union by event id. Each event
passes this store's write gate (the models, then the privacy filter with today's rules)
as if it were written here; it keeps its id (and its time, unless that would run
backwards along this log) and gets the next seq of this store. An event this store
already holds with the same content is skipped; one it holds under the same id with
other content is reported as divergent and left out, never overwriting what is here.
Tracking lines of the other log are not events and are passed over; purge and compact
tombstones are not merged (they are the other store's bookkeeping), and are reported as
skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import orjson

from ..errors import PrivacyError, ValidationError
from ..kinds import is_envelope
from .ledger import ImportReport, Prepared, SourceFile

_TRACKING = b'{"tracking":'
_ID = re.compile(r"[0-9a-f-]{36}")


def merge_events(src: SourceFile, report: ImportReport) -> Iterator[Prepared]:
    from ..store import _gate

    gate = _gate()
    loads = orjson.loads
    lineno = 0
    for block in src.blocks():
        for line in block:
            lineno += 1
            if line.startswith(_TRACKING) or not line.strip():
                continue
            try:
                rec = loads(line)
            except orjson.JSONDecodeError:
                report.unparseable.add(lineno)
                continue
            if not is_envelope(rec) or not _ID.fullmatch(rec["id"]):
                report.unparseable.add(lineno)
                continue
            if rec["kind"] in ("purge", "compact"):
                report.skipped.add(lineno)
                continue
            try:
                kind, data = gate.data(rec["kind"], rec["data"])
                scope = gate.scope(rec.get("scope") or {})
            except PrivacyError:
                report.rejected_privacy.add(lineno)
                continue
            except ValidationError:
                report.skipped.add(lineno)
                continue
            report.lines_used += 1
            yield Prepared(rec["id"], rec["ts"], kind, data, scope)
