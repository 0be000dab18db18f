"""Bad input never ends in a traceback, and an error never repeats a credential (issue #7,
item 6).

Out-of-range durations, times and integers, `inf` and `nan` (in options and in
environment variables such as HANDOFF_LOCK_TIMEOUT) exit 2 with one line on stderr and
leave every stored byte as it was. A usage error, a not-found error or an OS error never
quotes a value the privacy filter would reject: the synthetic token never appears on
stdout or stderr.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import handoff

from ._planted import secret
from .conftest import CliRunner, snapshot

HUGE = "9" * 30


def _prepare(store_dir: Path) -> None:
    with handoff.open_store(store_dir, durability="never") as store:
        store.append("note", {"text": "base", "next_actions": ["do it"]})
        store.append("config", {"key": "build.cmd", "value": "make"})
        store.latest()


OUT_OF_RANGE: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
    "reset-999999999999d": (("health", "anthropic", "m", "rate_limited", "--reset", "999999999999d"), {}),
    "expires-99999999999999d": (("note", "x", "--expires", "99999999999999d"), {}),
    "since-99999999999999999d": (("log", "--since", "99999999999999999d"), {}),
    "config-int-30-digits": (("config", "set", "k", "1" + "2" * 29, "--type", "int"), {}),
    "config-int-minus-30-digits": (("config", "set", "k", "-" + HUGE, "--type", "int"), {}),
    "config-float-inf": (("config", "set", "k", "inf", "--type", "float"), {}),
    "config-float-minus-inf": (("config", "set", "k", "-inf", "--type", "float"), {}),
    "config-float-nan": (("config", "set", "k", "nan", "--type", "float"), {}),
    "config-float-1e999": (("config", "set", "k", "1e999", "--type", "float"), {}),
    "lock-timeout-nan": (("note", "x"), {"HANDOFF_LOCK_TIMEOUT": "nan"}),
    "lock-timeout-inf": (("note", "x"), {"HANDOFF_LOCK_TIMEOUT": "inf"}),
    "lock-timeout-minus-1": (("note", "x"), {"HANDOFF_LOCK_TIMEOUT": "-1"}),
    "lock-timeout-1e999": (("note", "x"), {"HANDOFF_LOCK_TIMEOUT": "1e999"}),
    "lock-timeout-nan-read": (("show",), {"HANDOFF_LOCK_TIMEOUT": "nan"}),
    "duration-inf": (("validation", "--command", "x", "--exit-code", "0", "--duration", "inf"), {}),
    "duration-nan": (("validation", "--command", "x", "--exit-code", "0", "--duration", "nan"), {}),
    "retry-after-inf": (("health", "anthropic", "m", "ok", "--retry-after", "inf"), {}),
    "retry-after-nan": (("health", "anthropic", "m", "ok", "--retry-after", "nan"), {}),
    "pr-30-digits": (("pointer", "--repo", "acme/app", "--pr", HUGE), {}),
    "port-30-digits": (("runtime", "db", "up", "--port", HUGE), {}),
    "exit-code-30-digits": (("validation", "--command", "x", "--exit-code", HUGE), {}),
    "remaining-30-digits": (("health", "anthropic", "m", "ok", "--remaining", HUGE), {}),
    "log-limit-30-digits": (("log", "--limit", HUGE), {}),
}


@pytest.mark.parametrize("case", list(OUT_OF_RANGE))
def test_out_of_range_input_is_one_line_and_exit_2(cli: CliRunner, store_dir: Path, case: str) -> None:
    _prepare(store_dir)
    args, env = OUT_OF_RANGE[case]
    before = snapshot(store_dir)
    out = cli(*args, env=env)
    what = f"{' '.join(args)} {env}: exit {out.returncode}, stderr {out.stderr!r}"
    assert "Traceback" not in out.stderr, what
    assert out.returncode == 2, what
    lines = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, what
    assert snapshot(store_dir) == before, f"{what}: the store changed"


# -- credentials in error messages -----------------------------------------------------

TOKEN = secret(4711)


def _echo_cases(tmp: Path) -> dict[str, tuple[tuple[str, ...], dict[str, str], bool]]:
    """name -> (arguments, environment, use the test's store?)."""
    t = TOKEN
    return {
        "unknown-option": (("note", "x", f"--{t}"), {}, True),
        "unknown-option-equals": (("note", "x", f"--next={t}", f"--{t}=1"), {}, True),
        "config-get-unknown-key": (("config", "get", t), {}, True),
        "unknown-command": ((t,), {}, True),
        "extra-argument": (("show", t), {}, True),
        "done-bad-action-id": (("done", t), {}, True),
        "purge-bad-event-id": (("purge", t), {}, True),
        "log-since": (("log", "--since", t), {}, True),
        "log-kind": (("log", "--kind", t), {}, True),
        "note-expires": (("note", "x", "--expires", t), {}, True),
        "pointer-pr": (("pointer", "--repo", "acme/app", "--pr", t), {}, True),
        "config-int": (("config", "set", "k", t, "--type", "int"), {}, True),
        "config-bool": (("config", "set", "k", t, "--type", "bool"), {}, True),
        "run-command-not-found": (("run", "--", t), {}, True),
        "lock-timeout-env": (("note", "x"), {"HANDOFF_LOCK_TIMEOUT": t}, True),
        "durability-env": (("note", "x"), {"HANDOFF_DURABILITY": t}, True),
        "store-path-missing": (("--store", str(tmp / t), "log"), {}, False),
        "store-path-doctor": (("--store", str(tmp / t), "doctor"), {}, False),
        "handoff-home-missing": (("log",), {"HANDOFF_HOME": str(tmp / t)}, False),
        "schema-out-unwritable": (("schema", "--out", f"/dev/null/{t}"), {}, True),
    }


CASE_NAMES = list(_echo_cases(Path("/")))


@pytest.mark.parametrize("case", CASE_NAMES)
def test_an_error_never_echoes_a_credential(cli: CliRunner, store_dir: Path, tmp_path: Path,
                                            case: str) -> None:
    _prepare(store_dir)
    args, env, with_store = _echo_cases(tmp_path)[case]
    before = snapshot(store_dir)
    out = cli(*args, env=env, store=with_store)
    what = f"{case}: exit {out.returncode}"
    assert "Traceback" not in out.stderr, f"{what}: {out.stderr}"
    assert out.returncode != 0, f"{what}: the command was expected to fail"
    assert TOKEN not in out.stderr and TOKEN not in out.stdout, f"{what}: the credential was echoed"
    assert TOKEN[4:] not in out.stderr + out.stdout, f"{what}: the credential's body was echoed"
    assert snapshot(store_dir) == before, f"{what}: the store changed"
