"""`handoff import usage` / `import events` and the import ledger, on both backends.

Real files, the real `handoff` entry point, real processes (a SIGKILL mid-import, two
importers racing). The usage fixture is `fixtures/usage/usage.jsonl` (made by its
generator): thousands of lines, three corrupt ones, unknown fields, a late line every
997, and one planted synthetic credential in the `model` field of line 2500.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import orjson
import pytest

import handoff
from handoff.store import Store

from ._planted import secret
from .conftest import CliRunner, handoff_command, snapshot

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "usage" / "usage.jsonl"
CORRUPT_LINES = [1234, 2222, 3333]
PLANTED_LINE = 2500


@pytest.fixture
def usage(tmp_path: Path) -> Path:
    """A copy of the fixture in a folder of its own (so its listing can be compared)."""
    folder = tmp_path / "proxy"
    folder.mkdir()
    target = folder / "usage.jsonl"
    shutil.copyfile(FIXTURE, target)
    return target


def _listing(folder: Path) -> dict[str, bytes | None]:
    return {p.name: p.read_bytes() if p.is_file() else None for p in sorted(folder.iterdir())}


def _report(out: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert out.returncode == 0, out.stderr
    report: dict[str, Any] = orjson.loads(out.stdout)
    return report


def _state(store: Store) -> Any:
    """What a store holds: every file's bytes on JSONL; on SQLite (whose file a closing
    connection checkpoints) the events, the ledger and latest.json."""
    if store.backend.name == "jsonl":
        return snapshot(store.root)
    return ([e.to_record() for e in store.events()], store.backend.sources(),
            sorted(p.name for p in store.root.iterdir() if not p.name.startswith("events.sqlite3")),
            (store.root / "latest.json").read_bytes() if (store.root / "latest.json").exists() else None)


def _health(store: Store) -> list[dict[str, Any]]:
    return [{"id": e.id, **e.data} for e in store.events(kind="model_health")]


def _reference(path: Path) -> tuple[Counter[str], Counter[tuple[str, str]], Counter[str]]:
    """Requests, errors by class and total tokens per model, computed the plain way."""
    requests: Counter[str] = Counter()
    errors: Counter[tuple[str, str]] = Counter()
    tokens: Counter[str] = Counter()
    for number, line in enumerate(path.read_bytes().splitlines(), start=1):
        if number in CORRUPT_LINES or number == PLANTED_LINE:
            continue
        rec = orjson.loads(line)
        requests[rec["model"]] += 1
        if not rec["ok"]:
            errors[(rec["model"], rec["error_class"] or "unknown")] += 1
        tokens[rec["model"]] += rec["total_tokens"]
    return requests, errors, tokens


def test_usage_import_summarises_filters_and_reports(store: Store, cli: CliRunner, usage: Path) -> None:
    planted = orjson.loads(usage.read_bytes().splitlines()[PLANTED_LINE - 1])["model"]
    before = _listing(usage.parent)
    out = cli("import", "usage", str(usage), "--json")
    report = _report(out)
    assert report["status"] == "imported"
    assert report["lines"] == 5000
    assert report["unparseable"]["items"] == CORRUPT_LINES
    assert report["rejected_privacy"]["items"] == [PLANTED_LINE]
    assert report["lines_used"] == 5000 - 4
    assert planted not in out.stdout + out.stderr
    for name, raw in snapshot(store.root).items():
        assert planted.encode() not in raw, name
    assert _listing(usage.parent) == before  # the source: same bytes, nothing added or removed

    summaries = _health(store)
    assert len(summaries) == report["records"] == report["imported"]
    assert len(summaries) < 1000  # summaries, not one event per request
    requests, errors, tokens = _reference(usage)
    got_requests: Counter[str] = Counter()
    got_errors: Counter[tuple[str, str]] = Counter()
    got_tokens: Counter[str] = Counter()
    for s in summaries:
        got_requests[s["model"]] += s["requests"]
        got_tokens[s["model"]] += s["total_tokens"]
        for cls in ("rate_limit", "timeout", "network", "http_5xx", "http_4xx", "unknown"):
            if s.get(f"errors_{cls}"):
                got_errors[(s["model"], cls)] += s[f"errors_{cls}"]
        assert s["latency_p50_ms"] <= s["latency_p90_ms"] <= s["latency_p99_ms"] <= s["latency_max_ms"]
        assert s["period_start"] < s["period_end"]
        assert set(s) <= {"id", "provider", "model", "status", "error_class", "rate_limit_remaining",
                          "rate_limit_limit", "reset_at", "retry_after_s", "checked_at", "period_start",
                          "period_end", "requests", "errors", "errors_rate_limit", "errors_timeout",
                          "errors_network", "errors_http_5xx", "errors_http_4xx", "errors_unknown",
                          "rate_limited", "latency_p50_ms", "latency_p90_ms", "latency_p99_ms",
                          "latency_max_ms", "prompt_tokens", "completion_tokens", "total_tokens"}
    assert got_requests == requests
    assert got_errors == errors
    assert got_tokens == tokens
    assert not any("upstream_region" in raw.decode("utf-8", "replace")
                   for raw in snapshot(store.root).values())  # unknown fields dropped


def test_rerun_is_already_imported_and_changes_nothing_even_if_the_file_changed(
        store: Store, cli: CliRunner, usage: Path) -> None:
    _report(cli("import", "usage", str(usage), "--json"))
    with usage.open("ab") as f:  # the user's proxy keeps writing
        f.write(usage.read_bytes().splitlines(keepends=True)[10])
    before = _state(store)
    again = _report(cli("import", "usage", str(usage), "--json"))
    assert again["status"] == "already imported"
    assert _state(store) == before
    out = cli("import", "usage", str(usage))
    assert "already imported" in out.stdout


def test_again_reimports_and_still_deduplicates(store: Store, cli: CliRunner, usage: Path) -> None:
    first = _report(cli("import", "usage", str(usage), "--json"))
    ids = [s["id"] for s in _health(store)]
    second = _report(cli("import", "usage", str(usage), "--json", "--again"))
    assert second["status"] == "imported"
    assert second["imported"] == 0
    assert second["duplicates"] == first["records"]
    assert [s["id"] for s in _health(store)] == ids


def test_again_after_the_file_grew_adds_only_new_summaries_and_reports_changed_ones(
        store: Store, cli: CliRunner, usage: Path) -> None:
    lines = usage.read_bytes().splitlines(keepends=True)
    usage.write_bytes(b"".join(lines[:4000]))
    first = _report(cli("import", "usage", str(usage), "--json"))
    usage.write_bytes(b"".join(lines))
    second = _report(cli("import", "usage", str(usage), "--json", "--again"))
    # The summaries still open at line 4000 changed: reported, left out, never replaced.
    assert second["divergent"]["count"] >= 1
    assert second["imported"] > 0
    ids = [s["id"] for s in _health(store)]
    assert len(ids) == len(set(ids)) == first["records"] + second["imported"]


def test_missing_source_is_reported_not_an_error(store: Store, cli: CliRunner, tmp_path: Path) -> None:
    before = _state(store)
    out = cli("import", "usage", str(tmp_path / "nowhere" / "usage.jsonl"))
    assert out.returncode == 0
    assert "missing" in out.stderr
    assert _state(store) == before
    report = _report(cli("import", "usage", str(tmp_path / "nope.jsonl"), "--json"))
    assert report["status"] == "missing"


def test_default_path_is_the_proxy_config_dir(store: Store, cli: CliRunner, tmp_path: Path) -> None:
    config = tmp_path / "xdg"
    (config / "opencode-proxy").mkdir(parents=True)
    shutil.copyfile(FIXTURE, config / "opencode-proxy" / "usage.jsonl")
    report = _report(cli("import", "usage", "--json", env={"XDG_CONFIG_HOME": str(config)}))
    assert report["path"] == str(config / "opencode-proxy" / "usage.jsonl")
    assert report["imported"] > 0


def test_read_error_fails_the_import_records_it_and_a_retry_succeeds(
        store: Store, cli: CliRunner, tmp_path: Path) -> None:
    """/proc/self/mem is a regular file of size 0 whose read fails with EIO: exactly the
    case an importer must not take for an empty file."""
    link = tmp_path / "usage.jsonl"
    link.symlink_to("/proc/self/mem")
    out = cli("import", "usage", str(link))
    assert out.returncode == 1, out.stderr
    assert "error" in out.stderr and out.stderr.count("\n") == 1
    [entry] = orjson.loads(cli("import", "list", "--json").stdout)
    assert entry["status"] == "failed"
    assert "read error" in entry["error"]
    link.unlink()
    shutil.copyfile(FIXTURE, link)
    report = _report(cli("import", "usage", str(link), "--json"))
    assert report["status"] == "imported" and report["imported"] > 0
    [entry] = orjson.loads(cli("import", "list", "--json").stdout)
    assert entry["status"] == "done"
    assert entry["records"] == report["records"]
    assert entry["sha256"] == report["sha256"]
    assert entry["size"] == FIXTURE.stat().st_size


def _clean_ids(tmp_path: Path, backend: str, usage: Path) -> list[str]:
    other = handoff.open_store(tmp_path / "clean", backend=backend)
    other.close()
    out = subprocess.run([*handoff_command(), "--store", str(tmp_path / "clean"), "import", "usage",
                          str(usage)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    with handoff.open_store(tmp_path / "clean", create=False) as s:
        return sorted(e.id for e in s.events(kind="model_health"))


def _start(store_dir: Path, *args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANDOFF_")}
    return subprocess.Popen([*handoff_command(), "--store", str(store_dir), *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_sigkill_mid_import_then_rerun_is_exactly_once(store: Store, store_dir: Path, usage: Path,
                                                       tmp_path: Path, backend_name: str) -> None:
    proc = _start(store_dir, "import", "usage", str(usage), "--batch", "1", "--progress")
    assert proc.stderr is not None
    first = proc.stderr.readline()  # one batch is committed: now kill it mid-import
    assert first.startswith("handoff: importing")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    done_before = len(_health(store))
    assert done_before > 0
    [entry] = store.backend.sources()
    assert entry.status == "running"  # killed before it finished
    rerun = _start(store_dir, "import", "usage", str(usage), "--json")
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    report = orjson.loads(out)
    assert report["duplicates"] == done_before
    ids = sorted(s["id"] for s in _health(store))
    assert ids == _clean_ids(tmp_path, backend_name, usage)
    assert store.backend.tracking(entry.source).status == "done"  # type: ignore[union-attr]


def test_two_processes_importing_the_same_source_exactly_one_imports(
        store: Store, store_dir: Path, usage: Path, tmp_path: Path, backend_name: str) -> None:
    procs = [_start(store_dir, "import", "usage", str(usage), "--batch", "5", "--json") for _ in range(2)]
    results = [(p.wait(timeout=120), p.stdout.read(), p.stderr.read()) for p in procs]  # type: ignore[union-attr]
    winners = [orjson.loads(out) for code, out, _ in results if code == 0 and out]
    imported = [w for w in winners if w["status"] == "imported" and w["imported"] > 0]
    assert len(imported) == 1, results
    for code, out, err in results:
        if code != 0:
            assert code == 4 and "imported by" in err and err.count("\n") == 1
        elif orjson.loads(out) is not imported[0]:
            assert orjson.loads(out)["status"] in ("already imported", "imported")
    ids = sorted(s["id"] for s in _health(store))
    assert ids == _clean_ids(tmp_path, backend_name, usage)


def test_an_entry_written_by_another_writer_between_batches_stops_the_import(
        store: Store, store_dir: Path, usage: Path) -> None:
    """Between two batches of a run, another writer records its own entry for the same
    source (no events, only the tracking record): the run's next commit must see it and
    stop, even where it skips reading the entry while the log ends where it left it."""
    from handoff.backends.base import Tracking
    from handoff.importers.ledger import ImportContended, Ledger
    from handoff.importers.usage import UsageImporter

    ledger = Ledger(store, "usage", usage, batch=20)
    importer = UsageImporter(ledger.key)

    def produce(src: Any, report: Any) -> Any:
        for n, item in enumerate(importer(src, report)):
            if n == 50:  # two batches committed by this run, a third pending
                with handoff.open_store(store_dir, create=False) as other:
                    backend = other.backend
                    with backend.lock(10):
                        backend.append([], backend.end()[1], tracking=Tracking(
                            ledger.key, 0, "", 0, "running", '{"run": "another"}'))
            yield item

    produce.unique_ids = True  # type: ignore[attr-defined]
    with pytest.raises(ImportContended):
        ledger.run_import(produce)
    assert ledger.report.imported == 40
    entry = store.backend.tracking(ledger.key)
    assert entry is not None and entry.detail == '{"run": "another"}'


def test_imported_history_never_replaces_a_newer_current_fact(store: Store, cli: CliRunner,
                                                              usage: Path) -> None:
    live = store.append("model_health", {"provider": "opencode-proxy", "model": "mimo-v2.5-free",
                                         "status": "ok", "detail": "live check"})
    _report(cli("import", "usage", str(usage), "--json"))
    latest = store.latest()["model_health"]
    assert latest["opencode-proxy/mimo-v2.5-free"]["id"] == live.id
    assert latest["opencode-proxy/mimo-v2.5-free"]["status"] == "ok"
    # models with no live fact show the newest imported summary
    entry = latest["opencode-proxy/glm-4.6-free"]
    newest = max((s for s in _health(store) if s["model"] == "glm-4.6-free"), key=lambda s: s["checked_at"])
    assert entry["id"] == newest["id"]
    assert store.rebuild() == store.latest()  # the fold stays a pure function of the log


def test_older_model_health_after_a_newer_one_keeps_the_newer(store: Store) -> None:
    new = store.append("model_health", {"provider": "p", "model": "m", "status": "ok",
                                        "checked_at": "2026-06-02T00:00:00Z"})
    store.append("model_health", {"provider": "p", "model": "m", "status": "down",
                                  "checked_at": "2026-06-01T00:00:00Z"})
    assert store.latest()["model_health"]["p/m"]["id"] == new.id
    newer = store.append("model_health", {"provider": "p", "model": "m", "status": "degraded"})
    assert store.latest()["model_health"]["p/m"]["id"] == newer.id


def test_progress_shows_on_a_terminal(store: Store, store_dir: Path, usage: Path) -> None:
    import pty

    main, child = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANDOFF_")}
    proc = subprocess.Popen([*handoff_command(), "--store", str(store_dir), "import", "usage",
                             str(usage), "--batch", "50"], stdout=subprocess.PIPE, stderr=child, env=env)
    os.close(child)
    seen = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(timeout=120)
    os.close(main)
    assert proc.returncode == 0
    assert b"\rhandoff: importing... " in seen
    assert b"100%" in seen


# -- import events --------------------------------------------------------------------


def _export(s: Store, path: Path) -> Path:
    s.export(path, overwrite=True)
    return path


def test_merging_two_stores_gives_the_union_and_reports_a_divergent_id(
        store: Store, cli: CliRunner, tmp_path: Path, backend_name: str) -> None:
    other_backend = "sqlite" if backend_name == "jsonl" else "jsonl"
    shared = [store.append("note", {"text": f"shared {i}"}) for i in range(3)]
    theirs = handoff.open_store(tmp_path / "laptop", backend=other_backend)
    # The laptop starts from a copy of this store's log (the two-machine workflow).
    with subprocess.Popen([*handoff_command(), "--store", str(tmp_path / "laptop"), "import", "events",
                           str(_export(store, tmp_path / "a1.jsonl")), "--json"],
                          stdout=subprocess.PIPE, text=True) as p:
        assert orjson.loads(p.communicate()[0])["imported"] == 3
    mine = [store.append("pointer", {"repo": "acme/app", "branch": f"b{i}"}) for i in range(2)]
    laptop = [theirs.append("validation", {"command": "pytest -q", "exit_code": i}) for i in range(4)]
    export = _export(theirs, tmp_path / "laptop.jsonl")
    theirs.close()
    # A divergent duplicate: one of this store's ids with other content in their log.
    lines = export.read_bytes().splitlines(keepends=True)
    forged = orjson.loads([x for x in lines if not x.startswith(b'{"tracking"')][-1])
    forged["id"] = mine[0].id
    lines.append(orjson.dumps(forged) + b"\n")
    export.write_bytes(b"".join(lines))
    before = _listing(tmp_path)

    report = _report(cli("import", "events", str(export), "--json"))
    assert report["imported"] == len(laptop)
    assert report["duplicates"] == len(shared)
    assert report["divergent"]["items"] == [mine[0].id]
    events = list(store.events())
    ids = [e.id for e in events]
    assert len(ids) == len(set(ids))
    assert set(ids) == {e.id for e in shared + mine + laptop}
    assert [e.seq for e in events] == list(range(1, len(events) + 1))  # re-sequenced
    assert store.get(mine[0].id).data == mine[0].data  # never overwritten
    assert {e.id: e.data for e in events if e.id in {x.id for x in laptop}} == {x.id: x.data for x in laptop}
    assert _listing(tmp_path) == before
    # The way back: the laptop imports this store's export; nothing is duplicated.
    back = _report(subprocess.run([*handoff_command(), "--store", str(tmp_path / "laptop"), "import", "events",
                                   str(_export(store, tmp_path / "a2.jsonl")), "--json"],
                                  capture_output=True, text=True))
    assert back["imported"] == len(mine)
    with handoff.open_store(tmp_path / "laptop", create=False) as s:
        assert sorted(e.id for e in s.events()) == sorted(ids)


def test_events_import_filters_privacy_and_counts_bad_lines(store: Store, cli: CliRunner,
                                                            tmp_path: Path) -> None:
    planted = secret(3)
    good = {"v": 1, "id": "019a0000-0000-7000-8000-000000000001", "seq": 1, "ts": "2026-03-01T09:00:00.000000Z",
            "kind": "note", "scope": {}, "data": {"text": "fine"}}
    bad = {**good, "id": "019a0000-0000-7000-8000-000000000002", "seq": 2,
           "data": {"text": f"token {planted}"}}
    source = tmp_path / "other.jsonl"
    source.write_bytes(orjson.dumps(good) + b"\n{not json\n" + orjson.dumps(bad) + b"\n")
    out = cli("import", "events", str(source), "--json")
    report = _report(out)
    assert report["imported"] == 1
    assert report["unparseable"]["items"] == [2]
    assert report["rejected_privacy"]["items"] == [3]
    assert planted not in out.stdout + out.stderr
    assert [e.id for e in store.events()] == [good["id"]]
    for name, raw in snapshot(store.root).items():
        assert planted.encode() not in raw, name


def test_import_ledger_is_listed(store: Store, cli: CliRunner, usage: Path) -> None:
    report = _report(cli("import", "usage", str(usage), "--json"))
    rows = orjson.loads(cli("import", "list", "--json").stdout)
    assert [(r["status"], r["records"], r["path"], r["sha256"], r["size"]) for r in rows] == [
        ("done", report["records"], str(usage), report["sha256"], usage.stat().st_size)]
    by_model: defaultdict[str, int] = defaultdict(int)
    for s in _health(store):
        by_model[s["model"]] += 1
    assert sum(by_model.values()) == report["records"]


def test_every_summary_is_in_the_models_normal_form(store: Store, cli: CliRunner, usage: Path) -> None:
    """Only the first summary of a run goes through pydantic (the rest are built in normal
    form): each stored summary must be exactly what the models make of it, key order too."""
    from handoff.models import validate_data

    _report(cli("import", "usage", str(usage), "--json"))
    summaries = [orjson.loads(item.body or b"")["data"] for item in store.backend.read(0)
                 if item.record is not None and item.record["kind"] == "model_health"]
    assert len(summaries) > 100
    for data in summaries:
        assert list(validate_data("model_health", data).items()) == list(data.items())


def test_a_count_beyond_the_models_range_is_refused_not_stored(store: Store, cli: CliRunner,
                                                               tmp_path: Path) -> None:
    """A summary the fast path cannot vouch for goes through the models like the first."""
    path = tmp_path / "usage.jsonl"
    hour = 3_600_000
    lines = [{"ts": 1782216000000, "model": "m", "ok": True, "latency_ms": 5}]  # the first: proven
    lines += [{"ts": 1782216000000 + 3 * hour + i, "model": "m", "ok": True, "latency_ms": 5,
               "total_tokens": 2**53, "prompt_tokens": 1, "completion_tokens": 1} for i in range(3)]
    lines.append({"ts": 1782216000000 + 6 * hour, "model": "m", "ok": True, "latency_ms": 5})
    path.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in lines))
    out = cli("import", "usage", str(path))
    assert out.returncode == 2 and "total_tokens" in out.stderr and "Traceback" not in out.stderr
    assert not [e for e in store.events() if e.kind == "model_health"]


@pytest.mark.parametrize("field", ["rate_limit_remaining", "rate_limit_limit", "latency_ms", "total_tokens"])
def test_a_value_past_the_bound_in_a_proven_shape_is_refused(store: Store, cli: CliRunner, tmp_path: Path,
                                                             field: str) -> None:
    """A summary whose shape was proven still goes through the models when one of the
    counts taken from a line's values is past the models' bound, whichever it is."""
    path = tmp_path / "usage.jsonl"
    hour = 3_600_000
    plain = {"model": "m", "ok": False, "rate_limited": True, "latency_ms": 5, "total_tokens": 3,
             "prompt_tokens": 2, "completion_tokens": 1, "rate_limit_limit": 50, "rate_limit_remaining": 0,
             "error_class": "rate_limit"}
    lines = [{**plain, "ts": 1782216000000}]  # proves the shape
    lines.append({**plain, "ts": 1782216000000 + 3 * hour, field: 2**60})
    lines.append({**plain, "ts": 1782216000000 + 6 * hour})
    path.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in lines))
    out = cli("import", "usage", str(path))
    assert out.returncode == 2 and "Traceback" not in out.stderr, out.stderr
    assert not [e for e in store.events() if e.kind == "model_health"]


def test_summary_keys_follow_the_models_field_order() -> None:
    """`Bucket.summary` writes its keys in `SUMMARY_KEYS` order, which must be the
    models' field order: a summary is then its own normal form without reordering."""
    from handoff.importers.usage import SUMMARY_KEYS
    from handoff.models import KIND_MODELS

    fields = list(KIND_MODELS["model_health"].model_fields)
    assert set(SUMMARY_KEYS) <= set(fields)
    assert [k for k in fields if k in SUMMARY_KEYS] == list(SUMMARY_KEYS)


def test_each_shape_and_each_word_goes_through_the_gate_once(tmp_path: Path) -> None:
    """Summaries are checked by the models and the filter once per shape (their keys)
    and once per word (status, error class): a new error class in a shape already proven
    is checked again, a repeated one is not."""
    from handoff.importers.ledger import ImportReport, SourceFile
    from handoff.importers.usage import UsageImporter

    checked: list[dict[str, Any]] = []

    class Counting(UsageImporter):
        def _checked(self, data: dict[str, Any]) -> dict[str, Any]:
            checked.append(data)
            return super()._checked(data)

    hour = 3_600_000
    base = 1782216000000
    lines = []
    # Every summary has the same keys (a timeout and a network error, no limit info);
    # the error class of its last failed request is timeout, network, timeout, network.
    for n, last in enumerate(["timeout", "network", "timeout", "network"]):
        first = "network" if last == "timeout" else "timeout"
        for i, cls in enumerate([first, last]):
            lines.append({"model": "m", "ts": base + n * 3 * hour + i, "ok": False, "latency_ms": 5,
                          "total_tokens": 0, "prompt_tokens": 0, "completion_tokens": 0,
                          "rate_limited": False, "error_class": cls})
    path = tmp_path / "usage.jsonl"
    path.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in lines))
    importer = Counting("import:usage:/test")
    src = SourceFile(path)
    try:
        out = [p.data for p in importer(src, ImportReport("usage", str(path)))]
    finally:
        src.close()
    assert [d["error_class"] for d in out] == ["timeout", "network", "timeout", "network"]
    assert len({tuple(d) for d in out}) == 1
    assert [d["error_class"] for d in checked] == ["timeout", "network"]


def _summaries(path: Path, period: str, *, fast: bool) -> tuple[list[tuple[str, bytes]], dict[str, Any]]:
    from handoff.importers.ledger import ImportReport, SourceFile
    from handoff.importers.usage import UsageImporter

    importer = UsageImporter("import:usage:/test", period=period)
    importer.fast_lines = fast
    report = ImportReport("usage", str(path))
    src = SourceFile(path)
    try:
        out = [(p.id, orjson.dumps(p.data)) for p in importer(src, report)]
    finally:
        src.close()
    return out, report.to_dict()


@pytest.mark.parametrize("period", ["hour", "day"])
def test_the_inlined_loop_and_bucket_add_make_the_same_summaries(tmp_path: Path, period: str) -> None:
    """The import loop writes `Bucket.add` out in place for plain lines and skips the
    checks for a line of a bucket already open; both must give what `Bucket.add` and the
    full checks give for every line: the fixture, plus lines with odd values mixed into
    open buckets (floats, negatives, huge latencies, a float or bool time, an
    unhashable model or error class, the last period before year 10000)."""
    base = 1_782_216_000_000
    odd: list[dict[str, Any]] = [
        {"model": "m", "ts": base + 1, "ok": False, "rate_limited": True, "latency_ms": 70_000,
         "total_tokens": -5, "prompt_tokens": 3, "completion_tokens": 2.5, "rate_limit_limit": None,
         "error_class": ["rate_limit"]},
        {"model": "m", "ts": base + 2, "ok": True, "rate_limited": False, "latency_ms": 1500.0,
         "total_tokens": 10.0, "prompt_tokens": 4, "completion_tokens": 6, "rate_limit_limit": 9},
        {"model": "m", "ts": float(base + 3), "ok": True, "rate_limited": False, "latency_ms": 5,
         "total_tokens": 1, "prompt_tokens": 1, "completion_tokens": 0, "rate_limit_limit": None},
        {"model": "m", "ts": True, "ok": True, "rate_limited": False, "latency_ms": 5,
         "total_tokens": 1, "prompt_tokens": 1, "completion_tokens": 0, "rate_limit_limit": None},
        {"model": ["m"], "ts": base + 4, "ok": True, "rate_limited": False, "latency_ms": 5,
         "total_tokens": 1, "prompt_tokens": 1, "completion_tokens": 0, "rate_limit_limit": None},
        {"model": "m", "ts": base + 2, "ok": False, "rate_limited": False, "latency_ms": -3,
         "total_tokens": 0, "prompt_tokens": 0, "completion_tokens": 0, "rate_limit_limit": 9,
         "error_class": "timeout"},
        {"model": "m", "ts": base + 5, "ok": 1, "rate_limited": 1, "latency_ms": 1025,
         "total_tokens": 7, "prompt_tokens": -1, "completion_tokens": 8, "rate_limit_limit": 3},
        {"model": "z", "ts": 253_402_300_798_000, "ok": True, "rate_limited": False, "latency_ms": 1,
         "total_tokens": 1, "prompt_tokens": 1, "completion_tokens": 0, "rate_limit_limit": None},
        {"model": "z", "ts": 253_402_300_799_500, "ok": True, "rate_limited": False, "latency_ms": 1,
         "total_tokens": 1, "prompt_tokens": 1, "completion_tokens": 0, "rate_limit_limit": None},
    ]
    plain = {"model": "m", "ok": True, "rate_limited": False, "latency_ms": 200, "total_tokens": 3,
             "prompt_tokens": 2, "completion_tokens": 1, "rate_limit_limit": 50}
    lines = [orjson.dumps({**plain, "ts": base}), *(orjson.dumps(rec) for rec in odd),
             orjson.dumps({**plain, "ts": base + 9})]
    path = tmp_path / "odd.jsonl"
    path.write_bytes(FIXTURE.read_bytes() + b"\n".join(lines) + b"\n")
    fast, fast_report = _summaries(path, period, fast=True)
    slow, slow_report = _summaries(path, period, fast=False)
    assert fast == slow and fast_report == slow_report
    first = FIXTURE.read_bytes().count(b"\n") + 1  # the plain line; odd[i] is line first + 1 + i
    skipped = set(fast_report["skipped"]["items"])
    # the float and bool times, the list model, a time past 9999-12-31T23:59:59Z
    assert {first + 3, first + 4, first + 5, first + 9} <= skipped
    assert not {first, first + 1, first + 2, first + 6, first + 7, first + 8, first + 10} & skipped


def test_a_log_rewritten_mid_import_is_read_back_and_a_lost_summary_fails_it(store: Store,
                                                                             usage: Path) -> None:
    """The durable count trusts what the backend acknowledged only while the log is the
    one this run appended to; a purge between two batches rewrites it (a new identity),
    so the count reads the store back, finds the purged summary missing and fails the
    import (a retry then imports it again and finishes)."""
    from handoff.errors import CorruptStoreError
    from handoff.importers.ledger import Ledger
    from handoff.importers.usage import UsageImporter

    purged: list[str] = []

    def purge_one(done: int, size: int, lines: int) -> None:
        if not purged:
            [first] = [e.id for e in store.events(kind="model_health")][:1]
            store.purge([first], reason="test")
            purged.append(first)

    ledger = Ledger(store, "usage", usage, batch=50, progress=purge_one)
    with pytest.raises(CorruptStoreError, match="the store holds"):
        ledger.run_import(UsageImporter(ledger.key))
    assert purged and store.backend.tracking(ledger.key).status == "failed"  # type: ignore[union-attr]
    retry = Ledger(store, "usage", usage)
    report = retry.run_import(UsageImporter(retry.key))
    assert report.imported == 1 and store.backend.tracking(retry.key).status == "done"  # type: ignore[union-attr]
    assert purged[0] in {e.id for e in store.events(kind="model_health")}


def test_an_import_whose_log_is_only_appended_to_by_others_is_done(store: Store, usage: Path) -> None:
    """Another writer appending between two batches does not rewrite the log: the import
    finishes, and every summary it counted is in the store."""
    from handoff.importers.ledger import Ledger
    from handoff.importers.usage import UsageImporter

    def write_between(done: int, size: int, lines: int) -> None:
        store.append("note", {"text": f"written between batches at {done}"})

    ledger = Ledger(store, "usage", usage, batch=50, progress=write_between)
    report = ledger.run_import(UsageImporter(ledger.key))
    assert store.backend.tracking(ledger.key).status == "done"  # type: ignore[union-attr]
    assert report.records == len(_health(store)) > 100


def _stored_digest(tmp_path: Path, source: Path, period: str) -> str:
    """sha256 of the event lines an import of `source` leaves in a fresh JSONL store (the
    ledger's own lines, which hold a run id and a time, left out)."""
    import hashlib

    from handoff.importers.ledger import Ledger
    from handoff.importers.usage import UsageImporter

    root = tmp_path / f"golden-{period}"
    s = handoff.open_store(root)
    try:
        ledger = Ledger(s, "usage", Path("/fixtures/usage.jsonl"))
        ledger.path = source  # the key (and so every id) names a fixed path, not tmp_path
        ledger.run_import(UsageImporter(ledger.key, period=period))
    finally:
        s.close()
    lines = [line for line in (root / "events.jsonl").read_bytes().splitlines(keepends=True)
             if not line.startswith(b'{"tracking"')]
    return hashlib.sha256(b"".join(lines)).hexdigest()


# The stored bytes of the fixture's import as the first released summaries made them
# (commit bab2342): each speed-up of the importer must leave them as they are, since
# the ids derived from them are how a rerun finds what an earlier import stored.
GOLDEN = {"hour": "86c4f2125d8abdfff5505ad95557a212730ec5c282fe8cd9ce83d285c2041c30",
          "day": "056abd95e21d040fa7b91d052cd22962f725781b4113b82149cb1080c13183a9"}


@pytest.mark.parametrize("period", ["hour", "day"])
def test_the_fixture_imports_to_the_same_bytes_as_before(tmp_path: Path, period: str) -> None:
    """Summaries, ids, seqs and times stored from the fixture, byte for byte."""
    assert _stored_digest(tmp_path, FIXTURE, period) == GOLDEN[period]


def test_times_are_formatted_as_the_store_formats_them() -> None:
    """`_ms` (tables and a per-day cache) against `format_ts` on the same instant."""
    import random
    from datetime import UTC, datetime, timedelta

    from handoff.events import format_ts
    from handoff.importers.usage import MAX_TS, _ms

    rng = random.Random(7)
    values = [0, 1, 999, 1000, 59_999, 60_000, 3_599_999, 86_399_999, 86_400_000, MAX_TS,
              1_782_216_000_000, *(rng.randrange(MAX_TS + 1) for _ in range(20_000)),
              *(1_782_216_000_000 + rng.randrange(10**9) for _ in range(20_000))]
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    for value in values:
        assert _ms(value) == format_ts(epoch + timedelta(milliseconds=value)), value


def test_derived_ids_are_the_hash_of_the_key_and_parts_as_uuid8() -> None:
    """`IdMaker.make` (a copied hash state, string slices) against the definition: 48 bits
    of sha256(key), 80 of sha256(JSON [key, *parts]), version 8 and variant 10 set."""
    import hashlib
    import random
    import uuid

    from handoff.importers.ledger import IdMaker, derived_id

    def reference(key: str, *parts: object) -> str:
        raw = bytearray(hashlib.sha256(key.encode()).digest()[:6]
                        + hashlib.sha256(orjson.dumps([key, *parts])).digest()[:10])
        raw[6] = 0x80 | (raw[6] & 0x0F)
        raw[8] = 0x80 | (raw[8] & 0x3F)
        return str(uuid.UUID(bytes=bytes(raw)))

    rng = random.Random(3)
    for key in ("import:usage:/home/u/usage.jsonl", 'import:events:/tmp/é"x\\y', "k"):
        maker = IdMaker(key)
        assert maker.make() == reference(key) == derived_id(key)
        for _ in range(3000):
            parts = (rng.choice(["m", "mimo-v2.5-free", 'ü\n"q']), rng.randrange(10**7),
                     rng.randrange(10**9))[:rng.randrange(1, 4)]
            made = maker.make(*parts)
            assert made == reference(key, *parts)
            assert uuid.UUID(made).version == 8 and uuid.UUID(made).variant == uuid.RFC_4122
