"""Release notes and NEWS/CHANGES files, hand-written for round 12."""

from __future__ import annotations

import random

from _r12util import blocks, lines

NEWS = blocks(r"""
Overview of changes in Lumen 46.1
=================================

* Files: the sidebar can be resized again
* Settings: fix a crash when removing the last keyboard layout
* Updated translations: Basque, Galician, Korean, Serbian
====
Noteworthy changes in release 9.5 (2024-03-28) [stable]

** Bug fixes

  'frobsort -n' now orders numbers with a leading '+' like the same
  numbers without it. [bug introduced in 9.2]

** New features

  'frobcp --keep' refuses to replace an existing destination and reports
  each skipped file on stderr.
====
What's new in Quillmark 2.4
---------------------------

Tables can now span pages in PDF output, with the header row repeated on every page.
The HTML writer produces smaller files by sharing style blocks between documents.
====
Emberdb 7.2.0 — April 9, 2024

This is a bug-fix release. The most important fix is for data loss when a compaction
was interrupted by SIGTERM: the old segments were deleted before the new one was fully
written. Upgrading is strongly recommended.
====
Release 0.18.0

Breaking changes
- `Client.fetch` now returns an async iterator.
- Python 3.8 is no longer supported.

Features
- Connection pooling for HTTP/2.
- A `--trace` option that logs every request.
====
Version 3.0 of Lanternfall is out! The biggest change is the new lighting engine, which
makes caves actually dark and lets torches cast shadows. Saves from 2.x are converted on
first load. Mods will need to be updated for the new item API.
====
CHANGES
=======

1.4.2 (2024-01-11)
------------------

- Fix installation on Windows when the user name contains non-ASCII characters.
- Declare support for Python 3.12.
====
Graupel 4.3 released

The remote cache can now be served from any S3-compatible object store, not just plain
HTTP. Hit rates on our own CI went up from 71% to 88% after we moved the cache next to the
runners. The on-disk format is unchanged, so you can upgrade a shared cache in place.
====
Kestrel 0.6 brings a new configuration loader. Values can come from the TOML file, from
environment variables prefixed with `KESTREL_`, or from command-line flags, in increasing
order of priority.
====
Security release: Nettle 3.2.1 fixes a heap buffer overflow in the parsing of long
header lines (CVE-2024-31902). All earlier 3.x versions are affected. 2.x is not.
====
GNU Frobutils 1.12 has been released. It is available from the usual GNU mirrors. This
release adds a `--zero` option to all commands that print file names and removes the
deprecated `frobcat -u` option.
====
## 2.0.0 — Highlights

- New plugin API, documented in docs/plugins.md.
- 3x faster startup thanks to lazy loading.
- Config files from 1.x are migrated automatically; a backup is kept as `config.toml.bak`.
====
Firmware 12.4 fixes the long-standing issue where the board reset during OTA updates on
weak Wi-Fi. It also lowers idle power draw by about 15% by putting the radio to sleep
between beacons.
====
Glimmer Mono 3.2 adds Vietnamese support, a slashed zero variant (ss02) and
box-drawing characters that connect properly at every size. The Light weight is no
longer marked as beta.
====
Pyrrho 1.1: baseline correction with asymmetric least squares, support for Horiba .l6s
files, and a new `--normalise area` option. Thanks to everyone at the March workshop for
testing.
====
Deprecations
------------

The ``legacy_auth`` module is deprecated and will be removed in 5.0. The ``Reader.open``
classmethod replaces ``Reader.open_legacy``.
====
Known issues

- On Wayland, window positions are not restored.
- The Flatpak build cannot access USB devices without an override.
====
Upgrade notes: the default port changed from 8000 to 8080. If you relied on the old
default, set `port = 8000` in the config before upgrading.
====
Tessera 0.9.0 (2024-05-20)
==========================

Features
--------

- Added :func:`tessera.fit_robust`. (#412)

Bugfixes
--------

- Fixed ``NaN`` results when all weights were zero. (#430)

Improved Documentation
----------------------

- New tutorial on hierarchical models. (#401)
====
* Noteworthy changes in release 2.7

The configure script now detects libzstd and enables zstd compression by default.
The minimum required autoconf version is 2.71.
====
This release drops support for iOS 15 and Android 8. Usage data shows fewer than 1% of
our users on those versions, and supporting them kept us on old SDKs.
====
v5.1.0

Improvements
  • Dark theme follows the system setting.
  • The search box remembers the last 20 queries.
Fixes
  • Printing no longer cuts off the right margin on A4.
====
Quartz kernel 3.8 brings a rewritten timer wheel, support for the VisionFive 2 display
pipeline and the removal of the old buddy-allocator debug mode. See the full changelog
for the driver updates.
====
Lintel 1.0.0 is the first stable release. From now on, new warnings are only added in
minor releases and are disabled by default until the next major release, so upgrading a
patch version never breaks a CI build.
====
MOUSETRAP 0.3 — RTC support for Pokémon cartridges, a rewind buffer (hold R), and the
audio resampler no longer pops when fast-forwarding.
""")

ITEM_LINES = lines(r"""
Added support for HTTP/3.
The minimum supported Go version is now 1.21.
Dropped the Windows 7 build.
Improved error messages when the manifest cannot be parsed.
Startup is about twice as fast on large projects.
Bundled SQLite updated to 3.45.2.
Fixed a crash when the clipboard contained an image.
The `--color` option now defaults to `auto`.
Documentation is now built with Sphinx 7.
New translations: Estonian, Hebrew.
Plugins can register their own subcommands.
Reduced the memory footprint of the index by 30%.
Fixed incorrect rounding in the currency formatter.
The API server now supports pagination via cursors.
Deprecated options now print a warning with the replacement.
""")


def combos(rng: random.Random) -> dict[str, list[str]]:
    """Two shapes, ten entries each: which hand-written items one release lists."""
    out = []
    for _ in range(10):
        v = f"{rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 5)}"
        out.append(f"Version {v}\n\n" + "\n".join("* " + x for x in rng.sample(ITEM_LINES, rng.randint(2, 5))))
    for _ in range(10):
        v = f"{rng.randint(0, 5)}.{rng.randint(0, 30)}"
        out.append(f"## What's changed in {v}\n\n" + "\n".join("- " + x for x in rng.sample(ITEM_LINES, rng.randint(2, 4))))
    return {"news_paragraph": out}


ITEMS: dict[str, list[str]] = {"news_paragraph": NEWS + ITEM_LINES}
