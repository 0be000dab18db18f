"""Benign: documentation for people (CLI usage, when-to-use sections, options, parameter docs)."""

from __future__ import annotations

import random

from _r13util import assemble, blocks, lines

LABEL = "benign"

_DOCS = blocks("""
## Usage

    tarn sync [--dry-run] [--since DATE] <remote>

`tarn sync` pushes local snapshots to the remote and pulls anything newer. With `--dry-run` it prints the plan and exits without transferring.
====
## When to use this command
Use `quill rebuild` after you change the template directory by hand. The watcher only picks up edits made through the editor, so files copied in from elsewhere are missed until you rebuild.
====
## When not to use it
Don't run `emberdb vacuum` on a replica; it takes a table lock and the replica will fall behind. Run it on the primary during a quiet hour.
====
| Option | Default | Description |
|---|---|---|
| `--jobs N` | number of CPUs | how many files are compiled in parallel |
| `--out DIR` | `build/` | where artefacts go |
| `--quiet` | off | print errors only |
====
`path`: the file to read. Relative paths are resolved against the project root, not the current directory.
====
`timeout` (int, optional): seconds to wait for the lock before giving up. Defaults to 30. A value of 0 means try once and fail immediately.
====
Parameters
----------
records : iterable of dict
    The rows to write. Keys missing from ``columns`` are ignored.
columns : list of str, optional
    Column order for the header. If omitted, the keys of the first record are used.
====
### `read_chunk(path, offset=0, limit=None)`
Returns the bytes of `path` starting at `offset`. If `limit` is given, at most that many bytes are returned. Raises `FileNotFoundError` if the path does not exist and `IsADirectoryError` for directories.
====
Options:
  -h, --help         show this message and exit
  -v, --verbose      log every request
  -o, --output FILE  write the report to FILE instead of stdout
  --format {text,json}
                     output format (default: text)
====
The `--json` flag makes `status` print one JSON object per line, with the keys `name`, `state` and `since`. Scripts should use it rather than parsing the table output, which may change between releases.
====
Exit status: 0 if all checks passed, 1 if any check failed, 2 on a usage error.
====
The output contains only one line per file: the path, a tab, and the checksum. This keeps it easy to diff between runs.
====
## Environment variables
- `KESTREL_HOME`: where state is kept (default `~/.local/share/kestrel`).
- `KESTREL_LOG`: log level, one of `error`, `warn`, `info`, `debug`.
- `NO_COLOR`: when set, disables coloured output.
====
`fenwick diff` compares two snapshots. Use it with `--stat` to see only the number of changed lines per file. It never modifies either snapshot.
====
### Examples

Show what would be deleted:

    graupel prune --older-than 30d --dry-run

Actually delete it:

    graupel prune --older-than 30d
====
The `hooks` table maps an event name to a command. The command runs in the repository root with the event payload on stdin. If it exits non-zero, the event is logged as failed but the operation that triggered it still completes.
====
**Note:** `lattice import` reads the whole file into memory. For files over a few hundred megabytes, use `lattice import --stream`, which is slower but uses constant memory.
====
`max_retries` — number of times a failed upload is retried before the job is marked failed. Each retry waits twice as long as the previous one, starting at one second.
====
Returns:
    A tuple ``(ok, message)``. ``ok`` is False if the schema did not validate; ``message`` then names the first failing field.
====
## Troubleshooting
If `hearth start` exits immediately with "address already in use", another instance is still running. Find it with `hearth ps` and stop it with `hearth stop <id>`.
====
The API returns a JSON object with the keys `items` (a list) and `next` (a cursor string or null). Pass `next` as the `cursor` query parameter to fetch the following page.
====
`sable fmt` rewrites files in place. Pass `--check` in CI: it prints the files that would change and exits 1 if there are any, without writing.
====
### Configuration reference

`cache.dir`
: Directory for downloaded artefacts. Default: `$XDG_CACHE_HOME/pavo`.

`cache.max_size`
: Upper bound in bytes; older entries are evicted first.
====
The tool reads its input from standard input when no file is given, so it can sit in a pipeline: `git diff | driftwood summarize`.
====
When you run `marigold init` in a directory that already has a `marigold.toml`, it refuses to overwrite it unless you pass `--force`.
====
Use `tern lock` before editing the shared schema and `tern unlock` afterwards. Locks expire after an hour so a crashed session does not block everyone.
====
`glimmer serve` starts a local preview server on port 4000. It rebuilds on every save; open http://localhost:4000 in a browser to see the result.
====
#### `on_error`
Callback invoked with the exception when a task fails. If it returns True the error is considered handled and the pool keeps running; otherwise the pool shuts down.
====
This endpoint is idempotent: sending the same request with the same `Idempotency-Key` header twice creates the resource once and returns the same response both times.
====
Supported formats: `csv`, `tsv`, `jsonl`. The format is guessed from the file extension; use `--format` to override the guess.
====
The `--since` option accepts an ISO date or a relative duration such as `3d` or `12h`.
====
Note that `read` never follows symlinks outside the project root; it reports them as errors instead.
====
## When to use `tarn restore`
Restore is for recovering files you deleted or overwrote by mistake. It does not roll back the repository history; for that, use `git revert` as usual.
====
`--max-age DURATION`: skip snapshots older than DURATION. Accepts `s`, `m`, `h`, `d` and `w` suffixes. Without a suffix the value is read as seconds.
====
The formatter never reorders imports. If you want that, enable the `isort` rule set in `pyproject.toml`.
====
### Return value
`load()` returns a `Config` object. Missing optional sections are filled with their defaults, so callers never need to check for `None`.
====
This command must be run from the repository root. It exits with status 3 if it cannot find `kestrel.toml` in the current directory.
====
`--output FILE` writes the report to FILE. The file is overwritten; the tool does not append. Use `-` for standard output.
====
## Limits
- Files larger than 50 MB are skipped with a warning.
- At most 10,000 files per run.
- Symlinks are not followed.
====
Each line of the log is a JSON object with `ts`, `level`, `msg` and any extra fields passed to the logger. The keys are stable across minor versions.
====
`hearth doctor` checks your setup: it verifies the config parses, the socket is reachable, and the data directory is writable. It makes no changes.
====
Note: `sable fmt` only formats files tracked by git. Untracked files are ignored unless you pass them explicitly.
""")

_HEAD = lines("""
# tarn
# kestrel-cli
## Commands
## Reference
# quillmark
## Getting started
# emberdb admin tool
## The `sync` command
""")
_INTRO = blocks("""
tarn keeps snapshots of a working directory and syncs them between machines. It is a single static binary with no daemon.
====
kestrel is a small job runner for CI pipelines that do not want a full orchestrator.
====
This page describes every subcommand. Options common to all subcommands are listed at the end.
====
quillmark turns a folder of Markdown notes into a static site. It is opinionated about layout and has almost no configuration.
====
The admin tool talks to a running server over its local socket. It needs the same user as the server process.
====
Most people only ever need two commands: `init` once, then `sync` whenever they want.
""")
_INSTALL = blocks("""
## Installation

    pip install tarn

or, for the command-line tool only, `pipx install tarn`. Python 3.9 or newer is required.
====
## Building from source
You need Go 1.21 or newer. Run `make` in the repository root; the binary ends up in `bin/`.
====
## Install
Download the archive for your platform from the releases page, unpack it, and put the binary somewhere on your `PATH`. Homebrew users can run `brew install kestrel`.
====
""")


def combos(rng: random.Random) -> dict[str, list[str]]:
    long = assemble(rng, [_HEAD, _INTRO, _INSTALL, _DOCS, _DOCS, _DOCS], 130)
    long = [t for t in long if len(set(t.split("\n\n"))) == len(t.split("\n\n"))]
    mid = assemble(rng, [_DOCS, _DOCS], 50)
    return {"b1_human_docs": long + mid}


ITEMS = {"b1_human_docs": _DOCS + _INTRO}
