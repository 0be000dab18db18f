"""`handoff import usage`: a proxy's `usage.jsonl` as `model_health` history.

The file (written by a local OpenAI-compatible proxy, one line per upstream request)
becomes one summary per model and period (an hour by default), not one event per
request: request and error counts by class, the rate-limited count, latency percentiles,
token totals, and the latest limit and reset information. Only the fields named here are
read; every other field of a line is dropped unread. The one kept string, the model
name, goes through the privacy filter (once per distinct name): a line whose model
holds a credential is rejected and reported by line number, never by value. A line that
is not JSON is counted by line number and never stops the import.

Memory does not grow with the file: a summary is closed as soon as the file has moved
two periods past it (lines arrive in time order, give or take), and latencies go into a
histogram with about 0.1 % resolution rather than a list. A late line for a closed
period starts a new summary of its own, so the summaries (and their ids, derived from
the source, the model, the period and the line that opened it) depend only on the bytes
before them: a rerun, or a resumed run after a crash, produces the same events.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from itertools import accumulate
from operator import itemgetter
from pathlib import Path
from typing import Any

import orjson

from ..events import format_ts
from ..kinds import HEALTH_STATUSES, is_timestamp
from .ledger import IdMaker, ImportReport, Prepared, SourceFile

PERIODS = {"hour": 3_600_000, "day": 86_400_000}
PROVIDER = "opencode-proxy"
ERROR_CLASSES = ("rate_limit", "timeout", "network", "http_5xx", "http_4xx", "unknown")
MAX_TS = 253_402_300_799_000  # 9999-12-31T23:59:59Z in ms: the last time a datetime holds
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,99}")
_TIMESTAMPS = ("checked_at", "period_start", "period_end", "reset_at")
PARALLEL_MIN = 16 << 20
"""Below this size, one process reads the file (starting workers costs more)."""
SPAN_MAX = 32 << 20
"""The largest range a worker reads at once (its memory follows this, not the file)."""
TAIL_MIN = 4 << 20
"""The smallest range the end of a file is cut into (`parallel._cuts`)."""
_FIELD_OK = 0
_FIELD_PRIVATE = 1
_FIELD_INVALID = 2
assert "rate_limited" in HEALTH_STATUSES


def default_path() -> Path:
    """Where the proxy keeps its usage log: `$XDG_CONFIG_HOME/opencode-proxy/usage.jsonl`,
    else `~/.config/opencode-proxy/usage.jsonl`."""
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "opencode-proxy" / "usage.jsonl"


_DAYS: dict[int, str] = {}
_CLOCK = tuple(f"T{h:02d}:{m:02d}:" for h in range(24) for m in range(60))
_SECONDS = tuple(f"{s:02d}." for s in range(60))
_MILLIS = tuple(f"{ms:03d}000Z" for ms in range(1000))


def _ms(value: int) -> str:
    """A time in ms (0 or later) as the store writes it (`format_ts`'s fixed width): the
    date from a small cache, the rest from tables (hour and minute, second, millisecond),
    joined. (A cache of whole minutes missed: a summary's times rarely share one.)"""
    day, rest = divmod(value, 86_400_000)
    date = _DAYS.get(day)
    if date is None:
        if len(_DAYS) > 4096:
            _DAYS.clear()
        date = _DAYS[day] = format_ts(datetime.fromtimestamp(day * 86_400, UTC))[:10]
    minute, rest = divmod(rest, 60_000)
    second, ms = divmod(rest, 1000)
    return date + _CLOCK[minute] + _SECONDS[second] + _MILLIS[ms]


_BOUNDS: dict[tuple[int, int], tuple[str, str]] = {}


def _bounds(period: int, span: int) -> tuple[str, str]:
    """A period's `period_start` and `period_end`, formatted once for all the models
    whose summaries share it."""
    key = (period, span)
    found = _BOUNDS.get(key)
    if found is None:
        if len(_BOUNDS) > 4096:
            _BOUNDS.clear()
        found = _BOUNDS[key] = (_ms(period * span), _ms(min(MAX_TS, (period + 1) * span)))
    return found


def _count(value: Any) -> int:
    """A non-negative int from a field, else 0 (numbers are forced non-negative)."""
    if type(value) is int and value > 0:
        return value
    if type(value) is float and value > 0 and value == value and value < 2**53:
        return int(value)
    return 0


def _round(latency: int) -> int:
    """A latency kept to 10 significant bits: flat memory, about 0.1 % error."""
    if latency >= 1024:
        shift = latency.bit_length() - 10
        return (latency >> shift) << shift
    return latency


_ROUNDED = 1 << 14
_ROUND = [_round(v) for v in range(_ROUNDED)]
"""`_round` of every latency below `_ROUNDED` ms, looked up by the import loop."""


class Bucket:
    """One model over one period, as the lines arrive.

    `add` runs once per line, so it does only what every line needs (counts, the latency
    histogram, tokens); the latest line and the latest line with limit information are
    kept as references and read once, when the summary is made."""

    __slots__ = ("completion", "errors", "first_line", "hist", "last", "last_class", "last_ts",
                 "limit_rec", "limit_ts", "model", "period", "prompt", "rate_limited", "requests",
                 "total")

    def __init__(self, model: str, period: int, first_line: int) -> None:
        self.model = model
        self.period = period
        self.first_line = first_line
        self.requests = 0
        self.errors: dict[str, int] = {}
        self.rate_limited = 0
        self.hist: dict[int, int] = {}
        self.prompt = self.completion = self.total = 0
        self.last_ts = -1
        self.last: dict[str, Any] = {}
        self.last_class = ""
        self.limit_ts = -1
        self.limit_rec: dict[str, Any] | None = None

    def add(self, rec: dict[str, Any], ts: int, ok: Any, limited: Any, latency: Any, tokens: Any,
            prompt: Any, completion: Any, limit: Any) -> None:
        """One line, its fields already taken out (`LINE_FIELDS`, in that order)."""
        self.requests += 1
        latest = ts >= self.last_ts
        if ok is not True:
            cls = rec.get("error_class")
            if cls not in ERROR_CLASSES:
                cls = "unknown"
            self.errors[cls] = self.errors.get(cls, 0) + 1
            if latest:
                self.last_class = cls
        if limited is True:
            self.rate_limited += 1
        if type(latency) is int and latency >= 0:
            latency = _round(latency)
            hist = self.hist
            hist[latency] = hist.get(latency, 0) + 1
        if tokens:
            self.total += tokens if type(tokens) is int and tokens > 0 else _count(tokens)
            self.prompt += prompt if type(prompt) is int and prompt > 0 else _count(prompt)
            self.completion += completion if type(completion) is int and completion > 0 else _count(completion)
        if latest:
            self.last_ts = ts
            self.last = rec
        if ts >= self.limit_ts and (limited is True or limit is not None):
            self.limit_ts = ts
            self.limit_rec = rec

    def _limits(self, data: dict[str, Any]) -> None:
        """The latest limit and reset information, from the line that carried it (in the
        models' field order: remaining, limit, reset, retry)."""
        rec = self.limit_rec
        if rec is None:
            return
        get = rec.get
        limit, remaining = get("rate_limit_limit"), get("rate_limit_remaining")
        if type(remaining) is int and remaining >= 0:
            data["rate_limit_remaining"] = remaining
        if type(limit) is int and limit >= 0:
            data["rate_limit_limit"] = limit
        reset = get("limit_reset_at_ts")
        if type(reset) is int and 0 <= reset < MAX_TS:
            data["reset_at"] = _ms(reset)
        retry: Any = get("retry_after_seconds")
        if type(retry) in (int, float) and 0 <= retry <= 10**9:
            data["retry_after_s"] = float(retry)

    def latencies(self) -> tuple[int, int, int, int]:
        """p50, p90 and p99 of the timed requests, and the largest: each percentile is the
        first latency (ascending) whose running count reaches that fraction of them, found
        by bisecting the running counts rather than walking them in Python."""
        hist = self.hist
        values = sorted(hist)
        running = list(accumulate(map(hist.__getitem__, values)))
        timed = running[-1]
        n = len(values)
        i50 = bisect_left(running, 0.5 * timed)
        i90 = bisect_left(running, 0.9 * timed, i50)
        i99 = bisect_left(running, 0.99 * timed, i90)
        return (values[i50] if i50 < n else 0, values[i90] if i90 < n else 0,
                values[i99] if i99 < n else 0, values[-1])

    def summary(self, span: int, provider: str) -> dict[str, Any]:
        """The summary's data, its keys written in the models' field order (`SUMMARY_KEYS`),
        so that it is its own normal form and needs no reordering."""
        start, end = _bounds(self.period, span)
        counts = self.errors
        errors = sum(counts.values()) if counts else 0
        last_rate_limited = self.last.get("rate_limited") is True
        if errors == self.requests:
            status = "rate_limited" if last_rate_limited else "down"
        elif last_rate_limited:
            status = "rate_limited"
        else:
            status = "degraded" if errors else "ok"
        data: dict[str, Any] = {"provider": provider, "model": self.model, "status": status}
        if errors:
            data["error_class"] = self.last_class or "unknown"
        if self.limit_rec is not None:
            self._limits(data)
        data["checked_at"] = _ms(self.last_ts)
        data["period_start"] = start
        data["period_end"] = end
        data["requests"] = self.requests
        data["errors"] = errors
        if counts:
            for cls, key in _ERROR_KEYS:
                n = counts.get(cls)
                if n:
                    data[key] = n
        data["rate_limited"] = self.rate_limited
        if self.hist:
            (data["latency_p50_ms"], data["latency_p90_ms"], data["latency_p99_ms"],
             data["latency_max_ms"]) = self.latencies()
        data["prompt_tokens"] = self.prompt
        data["completion_tokens"] = self.completion
        data["total_tokens"] = self.total
        return data


_ERROR_KEYS = tuple((cls, f"errors_{cls}") for cls in ERROR_CLASSES)
SUMMARY_KEYS = ("provider", "model", "status", "error_class", "rate_limit_remaining", "rate_limit_limit",
                "reset_at", "retry_after_s", "checked_at", "period_start", "period_end", "requests",
                "errors", *(key for _, key in _ERROR_KEYS), "rate_limited", "latency_p50_ms",
                "latency_p90_ms", "latency_p99_ms", "latency_max_ms", "prompt_tokens",
                "completion_tokens", "total_tokens")
"""Every key a summary may hold, in the order `Bucket.summary` writes them (a summary
holds a subsequence of these): the models' field order, checked once per run."""
_LARGE = ("rate_limit_remaining", "rate_limit_limit", "latency_max_ms", "prompt_tokens",
          "completion_tokens", "total_tokens")
"""The counts that come from a line's values (the rest count lines): the ones that may
be past the models' bound. A percentile is at most `latency_max_ms`."""
_WORDS = ("status", "error_class")
"""A summary's strings besides the provider (one per run) and the model (judged when
its first line was read): fixed words, judged by the privacy filter once per run each."""


def _judge(model: str) -> int:
    """The model name, the one string a summary keeps: a name, and no credential."""
    from .. import privacy

    if not _NAME.fullmatch(model):
        return _FIELD_INVALID
    return _FIELD_PRIVATE if privacy.scan_value(model, "model") else _FIELD_OK


LINE_FIELDS = ("model", "ts", "ok", "rate_limited", "latency_ms", "total_tokens", "prompt_tokens",
               "completion_tokens", "rate_limit_limit")
"""The fields read from every line (the rest of a line is dropped unread; `error_class`
is read from failed requests, the limit fields from the latest line that has them)."""
_FIELDS = itemgetter(*LINE_FIELDS)

_MAX_COUNT = 2**53
"""The models' bound on a count (`handoff.models.Count`)."""


class UsageImporter:
    """Produces the summaries of one file (see the module docstring).

    A summary is built here from counts, times this module formats, fixed words (status,
    error class, provider) and a model name the privacy filter has already judged, so it
    is in the models' normal form by construction. The first summary of a run proves it:
    it goes through the models and the privacy filter, and its normal form must equal
    what was built, key order included. The rest skip the pydantic pass (the slowest
    step per summary) unless a count is out of the models' range, which sends it through
    the models like the first. `unique_ids` tells the ledger each id comes once per run.
    """

    unique_ids = True
    fast_lines = True
    """False: every line goes through `Bucket.add` (the tests compare the two ways)."""

    def __init__(self, key: str, *, period: str = "hour", provider: str = PROVIDER) -> None:
        self.key = key
        self.span = PERIODS[period]
        self.provider = provider
        self.ids = IdMaker(key)
        self._verdicts: dict[str, int] = {}
        self._shapes: set[tuple[str, ...]] = set()
        """Key sequences of summaries the models and the filter passed as built (`_normal`)."""
        self._words: set[tuple[str, Any]] = set()
        """(field, word) pairs that passed the filter in a summary (None: no error class)."""
        self._open: dict[tuple[str, int], Bucket] = {}
        self._horizon = -1
        self._taken: tuple[Any, ...] = ()
        self.discard = False
        """True: summaries closed are dropped, not made (a worker reading up to its range)."""
        self.parallel_min = PARALLEL_MIN
        """Files at least this large are read by worker processes (`parallel.py`)."""
        self.span_max = SPAN_MAX
        """The most bytes one worker reads at a time."""
        self.tail_min = TAIL_MIN
        """The smallest range the end of the file is cut into (`parallel._cuts`)."""
        self.warm_max = SPAN_MAX
        """The most bytes a worker reads before its range to find the state there."""
        self.ranges = 0
        """Ranges the workers read in the last run (0: one process read it)."""
        self.reread = 0
        """Ranges the workers read that the parent had to read again (`parallel.py`)."""
        self.deferred: deque[tuple[str, int, int]] | None = None
        """In a worker, which numbers lines from its range's first: the summaries carry
        no id, and (model, period, first line) of each is queued here, in order, for the
        parent to make the id once it knows the lines before the range."""

    def _checked(self, data: dict[str, Any]) -> dict[str, Any]:
        """The write gate's models and privacy filter, as every write passes them."""
        from ..store import _gate

        gate = _gate()
        clean: dict[str, Any] = gate.models.validate_data("model_health", data)
        # The privacy filter sees every string but the timestamps, which the model has
        # just normalised to a fixed format no credential fits (as the write-path tests
        # treat them).
        gate.privacy.check({k: v for k, v in clean.items() if k not in _TIMESTAMPS}, "data")
        assert all(is_timestamp(clean[k]) for k in _TIMESTAMPS if k in clean)
        return clean

    def _normal(self, data: dict[str, Any]) -> dict[str, Any]:
        """`data` as the write gate would pass it: through the models and the privacy
        filter once per shape (its keys, in order), cheaply after that.

        A summary is built from counts, times `_ms` formats, fixed words, the importer's
        provider and a model name the filter has judged, in the models' field order. The
        first summary of each shape goes through the models and the filter, and must come
        out equal, key order included; the shape is then proven. A later summary of a
        proven shape is passed as it is if its counts are within the models' bound and
        its words (status, error class) have each passed the filter in a summary before
        (a verdict depends on the word alone); any other goes through both again, which
        refuses it as any write would."""
        shapes = self._shapes
        words = self._words
        if tuple(data) in shapes:
            get = data.get
            if (max(get("rate_limit_remaining", 0), get("rate_limit_limit", 0), get("latency_max_ms", 0),
                    data["prompt_tokens"], data["completion_tokens"], data["total_tokens"]) <= _MAX_COUNT
                    and ("status", data["status"]) in words
                    and ("error_class", get("error_class")) in words):
                return data
        clean = self._checked(data)
        if list(clean.items()) == list(data.items()):
            if len(shapes) < 4096:
                shapes.add(tuple(data))
            for key in _WORDS:
                words.add((key, data.get(key)))
        return clean

    def _emit(self, bucket: Bucket, report: ImportReport) -> Prepared:
        clean = self._normal(bucket.summary(self.span, self.provider))
        report.lines_used += bucket.requests
        if self.deferred is not None:
            self.deferred.append((bucket.model, bucket.period, bucket.first_line))
            return Prepared("", clean["checked_at"], "model_health", clean)
        return Prepared(self.ids.make(bucket.model, bucket.period, bucket.first_line),
                        clean["checked_at"], "model_health", clean)

    def __call__(self, src: SourceFile, report: ImportReport) -> Iterator[Prepared]:
        """The summaries of `src`, in a fixed order.

        A large file on a machine with a second core is read by worker processes, a
        range each (`parallel.py`), with the same summaries, ids and report as the one
        process path below, which every other file takes."""
        from . import parallel

        self.reset()
        self.ranges = self.reread = 0
        if parallel.worth_it(self, src):
            yield from parallel.summaries(self, src, report)
            return
        yield from self.lines(src.blocks(), 0, report)
        yield from self.close_all(report)

    def reset(self, *, verdicts: bool = True) -> None:
        """Forget every open summary (a fresh run), and the privacy filter's verdicts on
        model names, summary shapes and words unless `verdicts` is False (a worker keeps
        them from range to range: a verdict depends on the string or shape alone)."""
        if verdicts:
            self._verdicts = {}
            self._shapes = set()
            self._words = set()
        self._open = {}
        self._horizon = -1
        self.discard = False

    def state(self) -> tuple[int, frozenset[tuple[str, int, int]]]:
        """What the summaries still to come depend on, besides the lines: the horizon and
        the open summaries (model, period, first line). Two runs in the same state at a
        line hold the same open summaries (each holds every line of its model and period
        since its first) and go on the same way."""
        return self._horizon, frozenset((b.model, b.period, b.first_line) for b in self._open.values())

    def close_all(self, report: ImportReport) -> Iterator[Prepared]:
        """The summaries still open at the end of the file."""
        return self._close(self._open, None, report)

    def lines(self, blocks: Iterable[list[bytes]], lineno: int, report: ImportReport) -> Iterator[Prepared]:
        """The summaries closed while reading `blocks` (lines numbered from `lineno` + 1),
        carrying on from the open summaries and horizon this importer holds.

        The loop runs once per line of the file, so it is `Bucket.add` written out in
        place with everything it touches in local variables (a method call with ten
        arguments cost as much as the rest of the line); a line whose latency or tokens
        are not plain non-negative ints goes through `Bucket.add` itself, so the two
        agree by construction (`tests/test_import.py` compares them line by line)."""
        loads = orjson.loads
        decode_error = orjson.JSONDecodeError
        fields = _FIELDS
        span = self.span
        open_ = self._open
        classes = ERROR_CLASSES
        rounded = _ROUND
        fast = self.fast_lines
        for block in blocks:
            for lineno, line in enumerate(block, lineno + 1):  # noqa: B020 (numbering carries on)
                try:
                    rec = loads(line)
                    model, ts, ok, limited, latency, tokens, prompt, completion, limit = fields(rec)
                    # A line of a bucket already open needs no other check: its model was
                    # judged and its period is not past the horizon (an int ts maps to it).
                    bucket = open_.get((model, ts // span)) if type(ts) is int and ts < MAX_TS else None
                except decode_error:
                    bucket = rec = None
                except (KeyError, TypeError):
                    bucket = None
                if bucket is None:
                    bucket, closed = self._first(line, rec, lineno, report)
                    if closed:
                        yield from closed
                    if bucket is None:
                        continue
                    rec, ts, ok, limited, latency, tokens, prompt, completion, limit = self._taken
                if not (fast and type(latency) is int and 0 <= latency < _ROUNDED and type(tokens) is int
                        and type(prompt) is int and type(completion) is int):
                    bucket.add(rec, ts, ok, limited, latency, tokens, prompt, completion, limit)
                    continue
                # Bucket.add, in place (the same steps in the same order).
                bucket.requests += 1
                latest = ts >= bucket.last_ts
                if ok is not True:
                    cls = rec.get("error_class")
                    if cls not in classes:
                        cls = "unknown"
                    errors = bucket.errors
                    errors[cls] = errors.get(cls, 0) + 1
                    if latest:
                        bucket.last_class = cls
                if limited is True:
                    bucket.rate_limited += 1
                hist = bucket.hist
                latency = rounded[latency]
                hist[latency] = hist.get(latency, 0) + 1
                if tokens:
                    if tokens > 0:
                        bucket.total += tokens
                    if prompt > 0:
                        bucket.prompt += prompt
                    if completion > 0:
                        bucket.completion += completion
                if latest:
                    bucket.last_ts = ts
                    bucket.last = rec
                if (limited is True or limit is not None) and ts >= bucket.limit_ts:
                    bucket.limit_ts = ts
                    bucket.limit_rec = rec

    def _first(self, line: bytes, rec: Any, lineno: int, report: ImportReport
               ) -> tuple[Bucket | None, list[Prepared]]:
        """A line that is not of a bucket already open, judged in full: unparseable, not a
        request (skipped), a model name the filter rejects, or the first line of a bucket
        (opened here, after closing what the horizon leaves behind). `rec` is the line as
        the loop parsed it (None: not JSON, or JSON null). Returns the bucket (None: the
        line is reported, not counted) and the summaries closed; the line's fields are
        left in `_taken`."""
        if rec is None:
            try:
                rec = orjson.loads(line)
            except orjson.JSONDecodeError:
                if line.strip():
                    report.unparseable.add(lineno)
                return None, []
        if type(rec) is not dict:
            report.unparseable.add(lineno)
            return None, []
        try:
            model, ts, ok, limited, latency, tokens, prompt, completion, limit = _FIELDS(rec)
        except KeyError:
            get = rec.get
            model, ts, ok, limited, latency, tokens, prompt, completion, limit = (
                get(name) for name in LINE_FIELDS)
        if type(model) is not str or type(ts) is not int or not 0 <= ts < MAX_TS:
            report.skipped.add(lineno)
            return None, []
        verdicts = self._verdicts
        verdict = verdicts.get(model)
        if verdict is None:
            if len(verdicts) > 10_000:
                verdicts.clear()
            verdict = verdicts[model] = _judge(model)
        if verdict:
            (report.rejected_privacy if verdict == _FIELD_PRIVATE else report.skipped).add(lineno)
            return None, []
        open_ = self._open
        period = ts // self.span
        closed: list[Prepared] = []
        if period > self._horizon:
            self._horizon = period
            if open_:
                closed = list(self._close(open_, period - 1, report))
        key = (model, period)
        bucket = open_.get(key)
        if bucket is None:  # a late line (period < horizon - 1) opens its own, closed next
            bucket = open_[key] = Bucket(model, period, lineno)
        self._taken = (rec, ts, ok, limited, latency, tokens, prompt, completion, limit)
        return bucket, closed

    def _close(self, open_: dict[tuple[str, int], Bucket], before: int | None,
               report: ImportReport) -> Iterator[Prepared]:
        """Emit (in a fixed order) and forget every bucket of a period before `before`."""
        done = sorted((b for b in open_.values() if before is None or b.period < before),
                      key=lambda b: (b.period, b.first_line))
        for bucket in done:
            del open_[(bucket.model, bucket.period)]
            if not self.discard:
                yield self._emit(bucket, report)
