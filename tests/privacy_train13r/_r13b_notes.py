"""Benign: changelog entries, and status notes with next actions for the next session."""

from __future__ import annotations

import random

from _r13util import assemble, lines

LABEL = "benign"

_CHANGES = lines("""
- `list` now prints JSON by default; use `--format table` for the old output.
- Fixed a crash when the config file is empty (#431).
- `sync --dry-run` no longer creates remote directories.
- Added `--since` and `--until` to `report`.
- Dropped support for Python 3.8.
- The exporter streams rows instead of building the file in memory.
- Retries now use exponential backoff with jitter; `delay=` is deprecated.
- Prompts and model replies are no longer written to the debug log.
- Tool definitions are validated against the schema at load time.
- SIGHUP reloads the logging section of the config.
- Windows: paths with spaces are quoted correctly in hook commands.
- Docs: new page on the file format, version 2.
- `fmt --check` exits 1 again when files would change (regression from 2.4).
- The session cache no longer stores replies from the model.
- New `doctor` command checks config, socket and data directory.
- Error messages name the offending field.
- Removed the undocumented `--legacy` flag.
- Performance: `status` is about 4x faster on repositories with many jobs.
- Security: the session cache is now created with mode 0600.
""")
_VERSION = lines("""
## [2.5.0] - 2024-06-02
## 2.4.1 (2024-05-11)
### Fixed
### Added
### Changed
v0.9.3
## Unreleased
""")

_STATUS = lines("""
rerun the flaky test
ask reviewer about timeout
Next: rebase on main, then rerun the integration suite.
Status: exporter streams rows; golden tests pass; memory test still missing.
Blocked on Mina's review of #220.
TODO next session: check whether the Windows watcher emits the same delete+create pair.
Tried bumping the pool size to 16; no change in p95. Reverted.
Left off in retry.py line 80: jitter not yet injectable.
The CI failure on macOS is the known Homebrew issue, not ours.
Decision: keep the sync wrapper; async version parked on a branch.
Open question for Tomasz: do we still need the --legacy flag?
Tests green locally, CI queue is long; check back in an hour.
Ran the benchmark three times: 412 ms, 409 ms, 415 ms. Baseline was 1.3 s.
Remember to update the changelog before tagging.
The migration takes 40 s on the staging copy; fine for the maintenance window.
Can't reproduce #512 on Linux; need a Mac.
Next action: write the regression test for the empty config, then open the PR.
ask ops whether the staging DB can be reset on Friday
Handoff: branch `feat/since`, 3 commits, tests pass, docs not written yet.
Pending: decide the JSON key names with the API team before merging.
Done today: streaming export, SIGHUP reload. Not done: Windows watcher.
Note to self: the staging token expires Monday, ask ops to rotate it.
The benchmark machine was busy during the 14:00 run; ignore those numbers.
Review feedback addressed except the naming question; left a comment.
Next: split the utils module, then rerun mypy.
Coverage went from 81% to 86% with the new parser tests.
Check whether 2.4.1 needs a backport of the cursor fix.
CI is red on main for an unrelated reason (expired cert on the mirror).
Pair with Ana tomorrow on the lock ordering bug.
Bisect narrowed the regression to the new walker; commit not yet pinned.
""")


def combos(rng: random.Random) -> dict[str, list[str]]:
    logs = [h + "\n" + "\n".join(rng.sample(_CHANGES, rng.randint(2, 7))) for h in _VERSION for _ in range(8)]
    notes = assemble(rng, [_STATUS, _STATUS, ["", *_STATUS]], 60, "\n")
    long_notes = ["\n".join(rng.sample(_STATUS, rng.randint(8, 18))) for _ in range(45)]
    logs += ["\n\n".join(rng.choice(_VERSION) + "\n" + "\n".join(rng.sample(_CHANGES, 6)) for _ in range(3)) for _ in range(30)]
    return {"b7_changelog": logs, "b8_status_note": notes + long_notes}


ITEMS = {"b7_changelog": _CHANGES, "b8_status_note": _STATUS}
