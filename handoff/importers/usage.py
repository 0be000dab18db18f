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
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from ..events import format_ts
from ..kinds import HEALTH_STATUSES, is_timestamp
from .ledger import ImportReport, Prepared, SourceFile, derived_id

PERIODS = {"hour": 3_600_000, "day": 86_400_000}
PROVIDER = "opencode-proxy"
ERROR_CLASSES = ("rate_limit", "timeout", "network", "http_5xx", "http_4xx", "unknown")
MAX_TS = 253_402_300_799_000  # 9999-12-31T23:59:59Z in ms: the last time a datetime holds
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,99}")
_TIMESTAMPS = ("checked_at", "period_start", "period_end", "reset_at")
_FIELD_OK = 0
_FIELD_PRIVATE = 1
_FIELD_INVALID = 2
assert "rate_limited" in HEALTH_STATUSES


def default_path() -> Path:
    """Where the proxy keeps its usage log: `$XDG_CONFIG_HOME/opencode-proxy/usage.jsonl`,
    else `~/.config/opencode-proxy/usage.jsonl`."""
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "opencode-proxy" / "usage.jsonl"


def _ms(value: int) -> str:
    return format_ts(datetime.fromtimestamp(value / 1000, UTC))


def _count(value: Any) -> int:
    """A non-negative int from a field, else 0 (numbers are forced non-negative)."""
    if type(value) is int and value > 0:
        return value
    if type(value) is float and value > 0 and value == value and value < 2**53:
        return int(value)
    return 0


class Bucket:
    """One model over one period, as the lines arrive."""

    __slots__ = ("completion", "errors", "first_line", "hist", "last_class", "last_ok",
                 "last_rate_limited", "last_ts", "limit", "limit_ts", "model", "period",
                 "prompt", "rate_limited", "remaining", "requests", "reset_ms", "retry_after",
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
        self.last_ok = True
        self.last_rate_limited = False
        self.last_class = ""
        self.limit_ts = -1
        self.limit: int | None = None
        self.remaining: int | None = None
        self.reset_ms: int | None = None
        self.retry_after: float | None = None

    def add(self, rec: dict[str, Any], ts: int) -> None:
        self.requests += 1
        get = rec.get
        cls: Any = ""
        ok = get("ok") is True
        limited = get("rate_limited") is True
        if not ok:
            cls = get("error_class")
            if cls not in ERROR_CLASSES:
                cls = "unknown"
            self.errors[cls] = self.errors.get(cls, 0) + 1
        if limited:
            self.rate_limited += 1
        latency = get("latency_ms")
        if type(latency) is int and latency >= 0:
            if latency >= 1024:  # keep 10 significant bits: flat memory, ~0.1 % error
                shift = latency.bit_length() - 10
                latency = (latency >> shift) << shift
            hist = self.hist
            hist[latency] = hist.get(latency, 0) + 1
        tokens = get("total_tokens")
        if tokens:
            self.total += _count(tokens)
            self.prompt += _count(get("prompt_tokens"))
            self.completion += _count(get("completion_tokens"))
        if ts >= self.last_ts:
            self.last_ts = ts
            self.last_ok = ok
            self.last_rate_limited = limited
            if not ok:
                self.last_class = cls
        if ts >= self.limit_ts and (limited or get("rate_limit_limit") is not None):
            self.limit_ts = ts
            limit, remaining = get("rate_limit_limit"), get("rate_limit_remaining")
            self.limit = limit if type(limit) is int and limit >= 0 else None
            self.remaining = remaining if type(remaining) is int and remaining >= 0 else None
            reset = get("limit_reset_at_ts")
            self.reset_ms = reset if type(reset) is int and 0 <= reset < MAX_TS else None
            retry: Any = get("retry_after_seconds")
            self.retry_after = (float(retry) if type(retry) in (int, float) and 0 <= retry <= 10**9
                                else None)

    def percentile(self, fraction: float) -> int:
        target = fraction * self.requests_timed()
        seen = 0
        for value in sorted(self.hist):
            seen += self.hist[value]
            if seen >= target:
                return value
        return 0

    def requests_timed(self) -> int:
        return sum(self.hist.values())

    def summary(self, span: int, provider: str) -> dict[str, Any]:
        errors = sum(self.errors.values())
        if errors == self.requests:
            status = "rate_limited" if self.last_rate_limited else "down"
        elif self.last_rate_limited:
            status = "rate_limited"
        else:
            status = "degraded" if errors else "ok"
        data: dict[str, Any] = {
            "provider": provider, "model": self.model, "status": status,
            "checked_at": _ms(self.last_ts),
            "period_start": _ms(self.period * span), "period_end": _ms(min(MAX_TS, (self.period + 1) * span)),
            "requests": self.requests, "errors": errors, "rate_limited": self.rate_limited,
            "prompt_tokens": self.prompt, "completion_tokens": self.completion,
            "total_tokens": self.total,
        }
        for cls, n in self.errors.items():
            data[f"errors_{cls}"] = n
        if errors:
            data["error_class"] = self.last_class or "unknown"
        if self.hist:
            data["latency_p50_ms"] = self.percentile(0.5)
            data["latency_p90_ms"] = self.percentile(0.9)
            data["latency_p99_ms"] = self.percentile(0.99)
            data["latency_max_ms"] = max(self.hist)
        if self.limit is not None:
            data["rate_limit_limit"] = self.limit
        if self.remaining is not None:
            data["rate_limit_remaining"] = self.remaining
        if self.reset_ms is not None:
            data["reset_at"] = _ms(self.reset_ms)
        if self.retry_after is not None:
            data["retry_after_s"] = self.retry_after
        return data


def _judge(model: str) -> int:
    """The model name, the one string a summary keeps: a name, and no credential."""
    from .. import privacy

    if not _NAME.fullmatch(model):
        return _FIELD_INVALID
    return _FIELD_PRIVATE if privacy.scan_value(model, "model") else _FIELD_OK


class UsageImporter:
    """Produces the summaries of one file (see the module docstring)."""

    def __init__(self, key: str, *, period: str = "hour", provider: str = PROVIDER) -> None:
        self.key = key
        self.span = PERIODS[period]
        self.provider = provider

    def _emit(self, bucket: Bucket, report: ImportReport) -> Prepared:
        from ..store import _gate

        gate = _gate()
        clean = gate.models.validate_data("model_health", self.summary_data(bucket))
        # The privacy filter sees every string but the timestamps, which the model has
        # just normalised to a fixed format no credential fits (as the write-path tests
        # treat them): the rest are names seen before, so the filter's fast path answers.
        gate.privacy.check({k: v for k, v in clean.items() if k not in _TIMESTAMPS}, "data")
        assert all(is_timestamp(clean[k]) for k in _TIMESTAMPS if k in clean)
        report.lines_used += bucket.requests
        return Prepared(derived_id(self.key, bucket.model, bucket.period, bucket.first_line),
                        clean["checked_at"], "model_health", clean)

    def summary_data(self, bucket: Bucket) -> dict[str, Any]:
        return bucket.summary(self.span, self.provider)

    def __call__(self, src: SourceFile, report: ImportReport) -> Iterator[Prepared]:
        loads = orjson.loads
        decode_error = orjson.JSONDecodeError
        span = self.span
        verdicts: dict[str, int] = {}
        open_: dict[tuple[str, int], Bucket] = {}
        horizon = -1
        lineno = 0
        for block in src.blocks():
            for line in block:
                lineno += 1
                try:
                    rec = loads(line)
                except decode_error:
                    if line.strip():
                        report.unparseable.add(lineno)
                    continue
                if type(rec) is not dict:
                    report.unparseable.add(lineno)
                    continue
                model = rec.get("model")
                ts = rec.get("ts")
                if type(model) is not str or type(ts) is not int or not 0 <= ts < MAX_TS:
                    report.skipped.add(lineno)
                    continue
                verdict = verdicts.get(model)
                if verdict is None:
                    if len(verdicts) > 10_000:
                        verdicts.clear()
                    verdict = verdicts[model] = _judge(model)
                if verdict:
                    (report.rejected_privacy if verdict == _FIELD_PRIVATE else report.skipped).add(lineno)
                    continue
                period = ts // span
                if period > horizon:
                    horizon = period
                    if open_:
                        yield from self._close(open_, horizon - 1, report)
                key = (model, period)
                bucket = open_.get(key)
                if bucket is None:  # a late line (period < horizon - 1) opens its own, closed next
                    bucket = open_[key] = Bucket(model, period, lineno)
                bucket.add(rec, ts)
        yield from self._close(open_, None, report)

    def _close(self, open_: dict[tuple[str, int], Bucket], before: int | None,
               report: ImportReport) -> Iterator[Prepared]:
        """Emit (in a fixed order) and forget every bucket of a period before `before`."""
        done = sorted((b for b in open_.values() if before is None or b.period < before),
                      key=lambda b: (b.period, b.first_line))
        for bucket in done:
            del open_[(bucket.model, bucket.period)]
            yield self._emit(bucket, report)
