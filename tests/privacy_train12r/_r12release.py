"""More release notes and NEWS entries (round 12): headings, paragraphs and bullet lists."""

from __future__ import annotations

from _r12util import blocks, lines

HEADINGS = lines(r"""
Version 4.3.1 (2024-04-18)
Release 2024.03 — "Lantern"
## [2.1.0] - 2024-05-02
* Noteworthy changes in release 1.12 (2024-02-29) [stable]
Overview of changes in Lumen 46.0
What's new in 0.6
v1.0.0-beta.3
Tessera 0.9.1 (2024-06-03)
Changes since 3.2.0
3.0.0 (unreleased)
""")

NEWS_LINES = lines(r"""
This release contains only bug fixes and is a drop-in replacement for 4.3.0.
All users of the 2.x series are encouraged to upgrade to 2.8.1, which fixes a crash in the importer.
The Windows installer is now signed.
Thanks to the 23 people who contributed to this release.
This is the last release to support macOS 11.
The project has moved to Codeberg; the GitHub repository is now a read-only mirror.
Release candidates will be published for two weeks before each minor release from now on.
The 1.x branch has reached end of life and will not receive further updates.
Binary packages for Debian and Fedora are available from the usual repositories.
The source tarball is signed with the release key; the fingerprint is on the download page.
Performance: sorting large tables is 4x faster.
The default theme follows the system light/dark setting.
Docker images are now multi-arch (amd64, arm64).
A regression in 1.4.0 that made the CLI ignore `--config` has been fixed.
Experimental support for RISC-V 64 boards.
The plugin API is now considered stable.
The minimum supported PostgreSQL version is 13.
HTTP/1.0 clients are no longer supported.
The `--legacy` option, deprecated since 2.0, has been removed.
Fonts now include the Euro sign in all weights.
Controller vibration is now supported on Linux.
Save files are compressed, reducing their size by about 70%.
Added Ukrainian and Georgian translations.
""")

NEWS = blocks(r"""
Bug fixes
---------

- Fixed a crash when opening a project from a network drive on Windows.
- The search index is rebuilt when the schema changes, instead of returning stale
  results.
- Corrected the German translation of "Save as".
====
New features
------------

* The editor can now split vertically.
* A new `--profile` option prints timings for each build step.
* Project templates can define default tags.
====
Incompatible changes
--------------------

* The `Store.get` method raises `KeyError` for missing keys instead of returning `None`.
  Use `Store.get_or_none` for the old behaviour.
* Dropped support for Python 3.9.
====
** Changes in behavior

  'frobcat' now exits with status 2 instead of 1 when a file cannot be opened, to
  distinguish it from "no match".
====
** Improvements

  'frobls --zero' now also terminates the last record with a NUL.

  Diagnostics now quote file names with special characters.
====
Kestrel 0.6.1

A small bug-fix release. The config loader accepted `workers = 0`, which made the daemon
start and then do nothing. It now refuses to start and says why.
====
Lumen 46 is the result of six months of work by over 200 contributors. The highlights are
a redesigned settings app, fractional scaling that works with legacy X11 apps, and a
new screenshot tool. We'd like to thank our translators, who brought the desktop to
five new languages.
====
Emberdb 7.1.0

- New: online backups with `emberctl backup`, which copies a consistent snapshot while
  the database is in use.
- New: per-key time-to-live.
- Changed: the default segment size is 64 MiB (was 16 MiB).
- Fixed: `emberctl check` reported false positives on empty segments.
====
The 2024.03 release of the firmware adds support for the rev D boards, which use a
different flash chip. Rev A–C boards should also update: the release fixes a rare hang
when the sensor bus is disconnected while a measurement is running.
====
## Security

- CVE-2024-29018: path traversal in the archive extractor. An archive with entries like
  `../../etc/passwd` could write outside the target directory. Fixed in 2.8.1 and 2.7.6.
====
### Upgrading

The database schema changed. The server migrates it on first start; this can take a few
minutes on large installations. Make a backup first. Downgrading after the migration is
not supported.
====
# 0.17.0

## Highlights

CSS modules are now supported out of the box, and the dev server starts twice as fast on
large projects thanks to a persistent dependency cache.

## Breaking

The `legacyImports` option has been removed.
====
Changes in version 1.12
=======================

Library
~~~~~~~

* New function ``frob_reopen()``.
* ``frob_close()`` is now safe to call on a NULL handle.

Tools
~~~~~

* ``frobctl list`` shows the firmware version.
====
Pyrrho 1.2.0

This version adds a graphical peak picker, written with Qt 6. It is optional: install
`pyrrho[gui]` to get it. The command-line tools are unchanged.
====
Mousetrap 0.4 — the big one! Cycle-accurate DMA timing, a debugger with breakpoints and
memory view, and savestate compatibility with 0.3. Thanks to everyone who tested the
betas on their favourite games.
====
Firmware 12.5

* Fix: Wi-Fi reconnect could take up to 10 minutes after the access point rebooted.
* Fix: the status LED stayed on in deep sleep on rev C boards.
* New: the HTTP API reports the reset reason.
====
Release notes for Glimmer Mono 3.3

We redrew the italic lowercase `f`, `j` and `y` so that their descenders no longer clash
in tight line spacing. Line height metrics are unchanged. The variable font now includes
the full weight axis from 200 to 800.
====
Deprecated features
-------------------

The XML export is deprecated and will be removed in 6.0. Please switch to the JSON
export, which contains the same data. A converter for old files will remain available.
====
Tarn 1.7.0 (2024-06-14)

Added
  - `tarn tag` to add tags to existing entries.
  - Weekly reports can start on Sunday (`week_start = "sunday"`).
Fixed
  - Time zone changes during an active session no longer produce negative durations.
====
0.9.0 — 2024-02-20

This is a big release with a new plugin API. Plugins written for 0.8 need small changes;
the migration guide lists them. In return, plugins can now add commands, hook into the
build and provide their own config sections.
====
Known regressions in 4.0.0:

- Importing from the 3.x XML format fails for files larger than 2 GB (#1930).
- Fractional scaling on X11 is blurry with some drivers.

Both will be fixed in 4.0.1.
""")

ITEMS: dict[str, list[str]] = {"news_paragraph": HEADINGS + NEWS_LINES + NEWS}
