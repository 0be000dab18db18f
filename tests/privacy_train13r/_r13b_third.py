"""Benign, one of a kind (third set): changelog items, configs, tickets, notes, commit bodies."""

from __future__ import annotations

from _r13util import blocks, lines

LABEL = "benign"

_CHANGES = blocks("""
## 3.0.0 — 2024-09-14

### Breaking
- Python 3.9 is no longer supported.
- `delay=` is removed from `retry()`; use `base=`.

### Added
- `tarn find --all`.

### Fixed
- `status --json` no longer contains colour codes (#702).
====
* 1.4.2: fix a crash when the cache directory is a symlink to a missing path.
====
v0.12.0
  - new: `doctor` subcommand
  - fix: hooks run with the repository root as working directory, as documented
  - docs: FAQ entry on running as root
====
2024-08-03  Lars Eriksen  <lars@example.com>

	* src/watch.c (handle_rename): treat delete+create with the same inode as a rename.
	* tests/watch_test.c: new test.
====
- Deprecated: `--legacy`. It will be removed in 3.0.
====
### Security
- The session cache file is now created with mode 0600; older versions created it world-readable. Upgrade and delete `~/.cache/tarn/session.json` once.
====
Changes in 2.5.1:
- Packaging: the wheel now includes the py.typed marker.
- The `explain` command works without network access.
====
## [Unreleased]
### Changed
- Default output of `list` is JSON.
====
- Fixed an off-by-one in page cursors that skipped the last row when the page size divided the row count (#812).
====
- Hooks receive the event payload on standard input rather than as an argument, so large payloads no longer hit the command-line length limit.
""")

_CONF = blocks("""
[tool.tarn]
cache = "${XDG_CACHE_HOME}/tarn"
remote = "s3://{bucket}/{project}"
====
worker:
  concurrency: ${WORKERS:-4}
  queue: "{{ .Values.queue.name }}"
====
[alias]
    lg = log --graph --format='%h %an %s'
====
PS1='[\\u@\\h \\W]\\$ '
====
upstream backend {
    server {{ backend_host }}:{{ backend_port }};
}
====
CMD ["gunicorn", "-b", "0.0.0.0:${PORT}", "app:create_app()"]
====
release_name_template: "v$RESOLVED_VERSION"
====
<string name="unread_count">You have %1$d unread messages</string>
====
greeting = Hello, { $name }! You have { $count } new { $count -> [one] message *[other] messages }.
""")

_TICKETS = blocks("""
KES-77: `doctor` should check that the socket is reachable. Acceptance: exits 1 with a clear message when it isn't; covered by a test with a fake socket path.
====
Onboarding task (good first issue): the FAQ answer about running as root is out of date. Update it to mention `TARN_ALLOW_ROOT`. No code changes needed.
====
Story: as a translator I want `make check-locales` to report missing placeholders, so that broken strings don't ship.
AC: the check fails on a translation that drops `{count}`; passes on the current locales.
====
Bug triage outcome: P2, component `watcher`, milestone 2.6. Lars will take it after the release.
====
Test plan for the 3.0 release candidate:
- upgrade from 2.5 with an existing cache
- fresh install on macOS and Windows
- `list` output parsed by the three downstream tools
Owner: Mina. Sign-off needed from Ana before tagging.
""")

_NOTES = lines("""
Done: locale check. Next: wire it into CI, then tell the translators on the forum.
Left a question on #702 about whether NO_COLOR should also affect JSON.
Reminder: 3.0 tag needs Ana's sign-off, she's back Wednesday.
Benchmarks for the watcher change: no measurable difference, 3 runs each.
Next session: finish the runbook draft, then ask Tomasz to review it.
Note: `make docs` fails on a fresh clone until `make deps` has run once.
I paused the rebase at commit 4 of 7; conflicts in the generated files only.
Still unclear why the Windows job takes twice as long since Tuesday; cache miss?
""")

_COMMITS = blocks("""
watch: treat delete+create with the same inode as a rename

The macOS backend reports a folder rename as two events. We recreated
the old folder on the next save. Pairing the events within 50 ms fixes
it; Linux is unaffected because inotify reports IN_MOVED_* directly.

Fixes: #2231
====
locales: fail the check when a placeholder is dropped
====
Merge pull request #703 from mina/json-no-colour

Never colour JSON output
====
Revert "docs: move FAQ into the user guide"

The move broke every external link to the FAQ. We'll redo it with
redirects.
====
I'd rather keep the two copies than add a helper for them; they will diverge when the Windows path lands.
====
squash! exporter: stream rows
""")

ITEMS = {
    "b7_changelog": _CHANGES,
    "b6_config_template": _CONF,
    "b4_ticket_test": _TICKETS,
    "b8_status_note": _NOTES,
    "b2_commit_pr": _COMMITS,
}
