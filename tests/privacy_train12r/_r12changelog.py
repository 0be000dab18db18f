"""Changelog entries in Debian, RPM and upstream styles, hand-written for round 12.

Single bullets as they appear in a ``debian/changelog`` or ``%changelog``, whole hand-written
entries, and a light recombination (which bullets stand under one version heading) with few
shapes, each capped at ten entries.
"""

from __future__ import annotations

import random

from _r12util import blocks, lines

BULLETS = lines(r"""
* Import upstream 3.14.2 (mostly parser fixes).
* Refresh packaging for the 3.14 series.
* Declare compliance with policy 4.7.0; nothing needed changing.
* Replace d/compat with a debhelper-compat (= 13) build dependency.
* d/rules: pass --disable-static to configure.
* d/control: drop obsolete Priority: extra.
* d/watch: switch to version 4 and track GitHub tags.
* d/copyright: update years and add the new contributor.
* d/patches: refresh for the new upstream, drop 0003-fix-typo.patch (applied upstream).
* d/tests: add an autopkgtest that imports the module under every supported Python.
* Drop transitional package libfrobnicate-dev.
* Fix FTBFS with GCC 14 (implicit function declarations). Closes: #1068842
* Fix build on armel by linking with -latomic. Closes: #1051207
* Build-depend on pkgconf instead of pkg-config.
* Remove the Vcs-Browser field pointing at the old Alioth host.
* Mark the -doc package Multi-Arch: foreign.
* Add Rules-Requires-Root: no.
* Install the upstream changelog as NEWS.gz.
* Stop shipping the .la files.
* Update symbols file for new exported functions.
* Tighten dependency on libglib2.0-0t64 after the time_t transition.
* Rename libraries for 64-bit time_t transition.
* d/upstream/metadata: point Bug-Database at the Codeberg tracker.
* Remove stray blanks at the end of lines in d/control.
* Sort the Build-Depends list alphabetically.
* Mark libquill-dev Multi-Arch: same; the headers are identical on every arch.
* Fix typo in the package description. Closes: #1012339
* Team upload.
* Non-maintainer upload.
* Source-only upload to allow migration to testing.
* Upload to unstable.
* Upload to experimental.
* Acknowledge NMU, thanks to Ines Valdés.
* Switch the homepage to HTTPS.
* Remove myself from Uploaders.
* Add Miro Halvorsen to Uploaders.
* Use dh-sequence-python3 instead of --with python3.
* Disable tests that need network access during build.
* Skip the flaky test_socket_timeout on s390x.
* Run the test suite with pytest instead of nose. Closes: #1018127
* Build the documentation with sphinx and ship it in python-quillmark-doc.
* Replace the embedded copy of zlib with the system library.
* Unvendor the bundled jquery and use libjs-jquery.
* Restore the man page that upstream dropped in 2.0.
* Ship the systemd unit in /usr/lib/systemd/system.
* Move the udev rules to /usr/lib/udev/rules.d (merged /usr).
* Drop the init script; the systemd unit is enough.
* Add a lintian override for the embedded test fixture.
* Fix the postinst to not fail when the group already exists.
* Handle the renamed configuration file with dpkg-maintscript-helper.
* Do not start the service on install when policy-rc.d forbids it.
* Recommend fonts-noto-cjk for the CJK renderer.
* Suggest gnuplot for the plotting backend.
* Bump minimum meson version to 1.3.
* Build with -O2 on ppc64el again now that the compiler bug is fixed.
* Pass the build date from SOURCE_DATE_EPOCH for reproducible builds.
* Sort the file list in the generated index to make the build reproducible.
* Update the Japanese debconf translation. Closes: #1049910
* Add a Portuguese debconf translation, by Ruben Alves. Closes: #1033050
* Cherry-pick upstream fix for CVE-2024-31870 (heap overflow in the TIFF reader).
* Backport the fix for the use-after-free in the session cache.
* Security fix: reject oversized header lines in the HTTP parser.
- Update to version 2.8.1
- Rebuild against Python 3.13 for the interpreter update
- Rebuild in the f41 side tag for the libxml2 soname bump
- License field now uses an SPDX expression (MIT AND BSD-3-Clause)
- Drop the python3-mock BuildRequires, tests use unittest.mock now
- Add patch to build with setuptools 70
- Use %pyproject macros
- Remove el7 conditionals
- Split the CLI into its own subpackage
- Own the %{_datadir}/glimmer directory
- Fix rpmlint warnings about non-executable scripts
- Require the exact version of the library subpackage
- Add missing BuildRequires: gcc-c++
- Enable the test suite on i686 again
- Package the zsh completion
- Fix bogus date in %changelog
- Obsolete the retired python3-tenacle-tests package
- Switch to the forge macros
- Exclude s390x, upstream does not support big-endian
- Backport patch for the OpenSSL 3.2 deprecation warnings
- Disable LTO, it breaks the JIT on aarch64
- Correct the source URL
- Update license files list
- Build against the system libyaml
- Fixes rhbz#2251146
- Resolves: RHEL-18892 - segfault when the config file is empty
- Related: RHEL-20114
Fix crash when the window is resized to zero height.
Drop support for Python 3.8.
Add `--json` output to the `status` subcommand.
Deprecate `Reader.open_legacy`; it will be removed in 5.0.
Bump the minimum supported Rust version to 1.74.
Speed up the tokenizer by about 30% on long inputs.
Fix off-by-one in the ring buffer wrap-around (#412).
Make `timeout` accept durations like `1m30s`.
Document the `MAPLE_HOME` environment variable.
Remove the unused `legacy_auth` module.
Fix a deadlock when two workers flush the same segment.
Handle symlinked config directories on macOS.
Correct the exit status of `grindle check` when no files match.
Stop logging the full request body at debug level.
Improve the error message when the schema file is missing.
Allow comments in the lock file.
The default branch is now `main`.
Fix a regression in 4.2.0 where `--quiet` printed progress bars.
Use `os.replace` so the cache file is written atomically.
Avoid a quadratic loop in the path normaliser.
Fix rendering of ligatures in monospace fonts at small sizes.
Update bundled Unicode data to 15.1.
Fixed: tab completion for aliases.
Changed: the config file moved to `$XDG_CONFIG_HOME/tarn/config.toml`.
Added: a `--dry-run` flag to `migrate`.
Removed: the `--legacy-ssl` flag.
Security: validate the length field before allocating.
[Internal] Migrate CI from Travis to GitHub Actions.
[Docs] Fix broken links in the tutorial.
[Build] Require CMake 3.20.
fix(parser): accept trailing commas in arrays
feat(cli): add `completions` subcommand for bash, zsh and fish
perf(store): batch fsync calls when importing
chore(deps): update the kestrel-proto pin to 0.6.1
docs: clarify that the cache is per user
refactor: split the scheduler into its own crate
build: produce universal2 wheels for macOS
""")

ENTRIES = blocks(r"""
quillmark (2.4.0-1) unstable; urgency=medium

  * Import upstream 2.4.0.
  * d/control: build-depend on python3-hatchling.
  * d/patches: drop the setup.py patch, upstream moved to pyproject.toml.

 -- Ines Valdés <ines@debian.org>  Mon, 12 Feb 2024 21:04:11 +0100
====
libtarn (0.9.3-2) unstable; urgency=medium

  * Team upload.
  * Fix FTBFS on 32-bit architectures: use %zu for size_t in the test
    harness. Closes: #1063318

 -- Piotr Zawada <pzawada@debian.org>  Sat, 02 Mar 2024 10:17:45 +0100
====
glimmer-fonts (20231104-1) unstable; urgency=low

  * New upstream snapshot.
  * Add the condensed weights to fonts-glimmer-extra.
  * d/copyright: the fonts are now OFL-1.1 only.

 -- Aino Lehtonen <aino@lehtonen.fi>  Sun, 19 Nov 2023 14:02:00 +0200
====
pyrrho (1.1.0-1~bpo12+1) bookworm-backports; urgency=medium

  * Rebuild for bookworm-backports.

 -- Joris Meulen <joris@debian.org>  Thu, 25 Jan 2024 09:40:12 +0100
====
nettle-ctl (3.2-1) unstable; urgency=medium

  [ Sebastián Ortega ]
  * New upstream version.
  * Install the bash completion script.

  [ Hana Kobayashi ]
  * d/tests: run the smoke test as root only when needed.

 -- Sebastián Ortega <sortega@debian.org>  Wed, 06 Dec 2023 18:30:55 -0300
====
* Tue Mar 05 2024 Lukas Brenner <lbrenner@fedoraproject.org> - 2.8.1-1
- Update to 2.8.1
- Drop upstreamed patch for the pkgconfig file
====
* Wed Jan 24 2024 Marta Kowalczyk <mkowalczyk@fedoraproject.org> - 0.17.2-3
- Rebuild after the glimmer-fonts path change, no code changes
====
* Fri Oct 13 2023 Marta Kowalczyk <mkowalczyk@fedoraproject.org> - 1.4.0-1
- Update to 1.4.0 (rhbz#2243110)
- Run the tests with %pytest
- Add the zsh and fish completions to the files list
====
* Mon Jul 08 2024 Dev Raman <draman@redhat.com> - 5.1.2-4
- Apply fix for the NULL dereference in the DNS resolver
  Resolves: RHEL-44921
====
## [1.6.0] - 2024-04-18

### Added
- `tarn export --format csv`.
- A `--since` filter for `tarn log`.

### Fixed
- Paths with spaces in the watch list are no longer split.
====
## [0.12.1] - 2023-09-02
### Fixed
- Crash on startup when `$HOME` is not set (#288).
- The Windows installer now adds the binary to `PATH` for the current user only.
====
## Unreleased

### Changed
- The minimum supported Node.js version is now 20.
- `createClient()` no longer reads `.env` files on its own.

### Deprecated
- `client.query.raw()`; use `client.sql` instead.
====
v3.0.2 (2024-05-30)
-------------------
- Fix wheel tags for musllinux.
- Restore compatibility with attrs < 23.
====
Version 0.4.7
  - Fix reading of big-endian WAV files.
  - The resampler no longer allocates in the audio callback.
  - Thanks to @okwuosa for the report.
====
2024-02-11  Rafael Queiroz  <rq@example.org>

	* src/lexer.c (scan_number): Accept hexadecimal floats.
	* tests/lexer.test: Add cases for 0x1.8p3.
====
2023-11-28  Katrin Vogt  <kvogt@example.net>

	* configure.ac: Check for sys/random.h.
	* lib/rand.c: Use getrandom when available, fall back to /dev/urandom.
	* NEWS: Mention it.
====
1.2.0:
 * Port to GTK 4.
 * The preferences window remembers its size.
 * Translations: Basque, Catalan, Ukrainian updated.
====
emberdb (7.2.0) stable; urgency=high

  * Fix data loss when a compaction is interrupted by SIGTERM.
  * Refuse to open a data directory written by a newer major version.

 -- Emberdb Release Team <release@emberdb.example>  Tue, 09 Apr 2024 07:55:02 +0000
====
quartz-kernel-signed (3.8.2+1) unstable; urgency=medium

  * Sign the images built from quartz-kernel 3.8.2-1.

 -- Rosa Amaral <ramaral@debian.org>  Sat, 03 Feb 2024 16:21:33 +0100
====
mousetrap (0.3.1-1) unstable; urgency=medium

  * Initial release. Closes: #1059932

 -- Tomasz Wiśniewski <tw@debian.org>  Fri, 29 Dec 2023 12:00:00 +0100
====
rust-kestrel-proto (0.6.0-1) unstable; urgency=medium

  * Package kestrel-proto 0.6.0 from crates.io using debcargo 2.6.1
  * Relax dependency on prost to 0.12.

 -- Jonas Eckert <jonas@debian.org>  Mon, 15 Jan 2024 22:41:08 +0100
====
golang-github-briar-logfmt (0.5.1-1) unstable; urgency=medium

  * New upstream version 0.5.1
  * Add myself to Uploaders.
  * Drop the golang-go.tools build dependency, no longer used.

 -- Amara Okafor <amara@debian.org>  Tue, 20 Feb 2024 08:15:39 +0000
====
Changes in 4.11:
- The `sync` command retries transient network errors three times.
- Fixed the progress bar flickering in tmux.
- Dropped the Python 2 compatibility shims.
====
0.9.0 / 2024-01-07
==================

  * Breaking: `Router#use` now requires a path prefix.
  * Add support for `HEAD` routes.
  * Fix memory leak in the body parser on aborted requests.
====
*** 2.3.4 ***
- Bugfix: the undo stack lost entries after a paste.
- Bugfix: crash when opening a file from a read-only share.
====
[1.0.0-rc.2]
- BREAKING: rename `Config::load_env` to `Config::from_env`.
- Fix panic on empty input in `parse_duration`.
- Bump MSRV to 1.70.
====
## 2.19.0 (March 2024)

* Support for PostgreSQL 16 logical replication slots.
* `pg_fenwick` now refuses to run against a standby unless `--allow-standby` is passed.
* Bug fix: the size estimate ignored TOAST tables.
====
lumen-compositor (1:46.2-1) unstable; urgency=high

  * Import upstream 46.2, which fixes an out-of-bounds read in the XWayland bridge.
  * Drop the two patches that upstream merged.

 -- Emil Sandberg <esandberg@debian.org>  Wed, 17 Jan 2024 09:41:30 +0200
====
* Thu Jun 13 2024 Noor Haddad <nhaddad@fedoraproject.org> - 0.3.0-0.1.rc1
- Update to 0.3.0rc1
- Temporarily disable the docs subpackage, sphinx-book-theme is missing
====
Version 12.4 (2024-06-01)
  * kernel: the watchdog now resets the board after 8 s instead of 2 s.
  * hal/stm32: fix DMA channel mapping on the F4 series.
  * net: DHCP lease renewal no longer blocks the main loop.
====
3.1.0
  - The game now pauses when the window loses focus.
  - Controller rumble can be turned off in Settings > Input.
  - Fixed: save files from 2.x were not found on Linux.
""")

_NAMES = (
    "Ines Valdés <ines@debian.org>",
    "Piotr Zawada <pzawada@debian.org>",
    "Aino Lehtonen <aino@lehtonen.fi>",
    "Hana Kobayashi <hana@debian.org>",
    "Joris Meulen <joris@debian.org>",
    "Amara Okafor <amara@debian.org>",
)
_PACKAGES = (
    "quillmark", "libtarn", "pyrrho", "nettle-ctl", "mousetrap", "fenwick", "graupel",
    "python-sparrowhawk", "ocaml-lintel", "node-brackish", "r-cran-tessera", "ruby-kiln",
)
_DATES = (
    "Mon, 08 Jan 2024 19:22:10 +0100",
    "Thu, 22 Feb 2024 07:03:44 +0000",
    "Sun, 14 Apr 2024 23:51:02 +0200",
    "Wed, 05 Jun 2024 11:30:19 -0400",
    "Fri, 16 Aug 2024 15:12:57 +0900",
)


def _deb(rng: random.Random, debian: list[str]) -> str:
    pkg = rng.choice(_PACKAGES)
    version = f"{rng.randint(0, 4)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}-{rng.randint(1, 3)}"
    body = "\n".join("  " + b for b in rng.sample(debian, rng.randint(2, 4)))
    return (f"{pkg} ({version}) unstable; urgency=medium\n\n{body}\n\n"
            f" -- {rng.choice(_NAMES)}  {rng.choice(_DATES)}")


def _rpm(rng: random.Random, rpm: list[str]) -> str:
    date = rng.choice(("Tue Mar 12 2024", "Sat Jul 20 2024", "Mon Sep 30 2024", "Wed Nov 06 2024"))
    who = rng.choice(_NAMES).replace("@debian.org", "@fedoraproject.org")
    version = f"{rng.randint(0, 6)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}-{rng.randint(1, 4)}"
    return f"* {date} {who} - {version}\n" + "\n".join(rng.sample(rpm, rng.randint(2, 3)))


def _upstream(rng: random.Random, plain: list[str]) -> str:
    head = rng.choice(("## {v}", "v{v}", "Version {v}", "{v} ({d})"))
    v = f"{rng.randint(0, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 12)}"
    d = rng.choice(("2024-03-02", "2023-12-19", "2024-08-27"))
    return head.format(v=v, d=d) + "\n\n" + "\n".join("- " + b for b in rng.sample(plain, rng.randint(2, 4)))


def combos(rng: random.Random) -> dict[str, list[str]]:
    """Three shapes, ten entries each: which hand-written bullets share a heading."""
    debian = [b for b in BULLETS if b.startswith("* ")]
    rpm = [b for b in BULLETS if b.startswith("- ")]
    plain = [b for b in BULLETS if b[0].isupper() and ":" not in b[:12]]
    out = [_deb(rng, debian) for _ in range(10)]
    out += [_rpm(rng, rpm) for _ in range(10)]
    out += [_upstream(rng, plain) for _ in range(10)]
    return {"changelog_entry": out}


ITEMS: dict[str, list[str]] = {"changelog_entry": BULLETS + ENTRIES}
