"""Long texts (600 to 1,500 characters) across the categories, hand-written for round 12."""

from __future__ import annotations

from _r12util import blocks

README = blocks(r"""
# Fenwick

Fenwick finds duplicate files and, if you ask it to, replaces them with hard links so
they take up space only once. It was written for photo libraries that had been copied
between laptops, phones and backup drives for a decade, and it is careful about the
things that matter there: it never deletes a file whose content it has not compared
byte for byte, it keeps the oldest modification time, and it refuses to link files on
different file systems.

## How it works

Files are grouped by size first, which is free. Groups with more than one file are
hashed on their first 4 KiB, and only files that still collide are hashed in full with
BLAKE3. On a typical photo library fewer than 5% of the files are ever read completely.

## Installation

Download a binary from the releases page, or build it with `cargo install fenwick`.
Packages exist for Arch (AUR), Debian testing and Homebrew.

## Usage

Run `fenwick scan DIR` to see what would be merged, then `fenwick dedupe DIR --dry-run`
to see the exact actions. When you are happy, run it without `--dry-run`.
====
## Building on Windows

The Windows build uses MSVC and vcpkg. Install Visual Studio 2022 with the "Desktop
development with C++" workload, then clone vcpkg somewhere short (long paths still cause
trouble with some ports) and set `VCPKG_ROOT` to point at it. From a Developer PowerShell,
run `cmake --preset windows-release` followed by `cmake --build --preset windows-release`.
The first configure takes a long time because vcpkg builds Qt from source; later builds
reuse the binary cache in `%LOCALAPPDATA%\vcpkg\archives`.

If the configure step fails with an error about the Windows SDK, open the Visual Studio
Installer and add the newest Windows 11 SDK. If it fails inside a vcpkg port, delete the
`buildtrees` directory of that port and try again; partial builds are not always cleaned
up after a failure. The resulting installer is written to `build/windows-release/dist`.
""")

FAQ = blocks(r"""
Why does Emberdb use an append-only log instead of a B-tree?

Most of our users run on flash storage: SD cards in routers, eMMC in phones, industrial
SSDs in field equipment. Flash wears out with writes, and a B-tree rewrites whole pages
for small updates, often several pages per update once you count the parent nodes and
the journal. An append-only log writes each update once, sequentially, which is the
pattern flash handles best. The price is that old versions of records accumulate until
compaction removes them, so the files are larger than the live data, and reads need an
index to find the latest version of a key. We keep that index in memory, which limits
the number of keys to what fits in RAM; for our users that has not been a problem, but
it is the main reason Emberdb is not a general-purpose database. If your data set has
hundreds of millions of keys, a B-tree engine will serve you better.
====
Why are the release binaries so much bigger than what I get with `cargo build --release`?

Three reasons. First, the release binaries are statically linked against musl on Linux,
so they run on any distribution, including old ones; a dynamically linked build relies
on the system's libc and is smaller. Second, they include the debug symbols for the
crash reporter in a compressed section, which adds about a third. Third, they are built
with the `full` feature set, which includes the PDF and image backends that many people
leave out. If size matters to you, build from source with the features you need and
strip the binary; the result is usually under 10 MB.
""")

ISSUES = blocks(r"""
### Describe the bug

After upgrading from 4.2 to 4.3, the nightly import job on our server fails about one
night in three with "database is locked". Nothing else should be writing to the database
at that time. The job imports around 200,000 rows from CSV files dropped by another
system.

### What I found so far

- The failure always happens in the last few seconds of the import.
- `lsof` during a failing run shows the web application holding the database open, but
  it should only read.
- Setting `busy_timeout = 30000` in the config makes it go away, but the import is then
  sometimes 30 seconds slower.

### Environment

- tarn-server 4.3.0 from the Debian package
- Debian 12, ext4 on an SSD
- The web application runs under gunicorn with four workers

### Expected behaviour

Readers should not block the import. With 4.2 the same setup never failed.

My guess is that the switch to WAL mode in 4.3 changed when checkpoints run, and the
web workers hold a read transaction open across requests, which prevents the
checkpoint from completing. Happy to test a patch.
""")

MAIL = blocks(r"""
On Tue, Apr 30, 2024 at 09:12:00AM +0200, Katrin Vogt wrote:
> I'd like to get a decision on the build system before the 5.0 cycle starts. The
> options are: stay with autotools, move to Meson, or move to CMake.

I've used all three on this code base in the last year, so here's my take.

Autotools works, and the people who package us know it. But configure takes longer
than the build on most machines, and nobody on the team enjoys touching configure.ac.
Every time we add an optional dependency, someone spends an afternoon on m4.

CMake would be the most familiar choice for contributors coming from other C projects,
and Windows support is better than what we have now. My worry is the amount of
boilerplate for the install rules and the pkg-config file, which we'd have to maintain
by hand.

Meson gave me the nicest experience. The build files for the library and the tools came
to about 300 lines, pkg-config generation is built in, and cross-compiling for the ARM
boards worked the first time with a cross file. The downsides are the Python and ninja
dependencies, which matter for a few embedded distributions.

So I'd vote Meson, keeping autotools in parallel for two releases as Andrea suggested.

Jonas
""")

NEWS = blocks(r"""
Lumen 46 release notes

Lumen 46 is the result of six months of work. Here are the highlights.

Settings has been reorganised around what people actually look for. Display, sound and
network are now on the first page, and the search box finds individual options, not
just panels. Many settings that used to need a terminal, such as the power button
action and the screen lock delay on battery, now have switches.

Fractional scaling works with X11 applications. Legacy apps are rendered at the nearest
integer scale and downscaled, which is slightly blurry but no longer tiny.

The new screenshot tool can capture a window, an area or the whole screen, record the
screen, and annotate screenshots with arrows, boxes and text before saving.

Under the hood, the compositor's frame scheduling has been rewritten. On 120 Hz laptops
the desktop now hits the full refresh rate consistently, and input latency is down by
about one frame.

Translations were updated for 48 languages, and five new languages were added.

We'd like to thank everyone who contributed code, translations, bug reports and testing.
""")

COMMITS = blocks(r"""
store: make compaction crash-safe

Compaction used to write the new segment, delete the old segments, and
then update the manifest. A crash between the delete and the manifest
update left the manifest pointing at files that no longer existed, and
the next open failed with "missing segment". Users hit this when the
service manager killed the process during shutdown.

The new order is:

  1. write the new segment and fsync it;
  2. write a new manifest that lists the new segment and not the old
     ones, fsync it, and rename it over the old manifest;
  3. fsync the directory;
  4. delete the old segments.

A crash before step 2 leaves an orphan segment, which the next open
deletes. A crash after step 2 leaves old segments that are no longer
referenced, which are also deleted on open. In both cases no data is
lost. The new test in tests/crash.rs kills the process at each step
and checks that the store opens with all records intact.

Fixes: #1930
Reported-by: Dev Raman <draman@example.com>
Signed-off-by: Katrin Vogt <kvogt@example.net>
""")

CONTRIB = blocks(r"""
## How we review

Reviews here aim to get good code merged, not to prove a point. A reviewer will usually
look at the design first: does the change solve the problem in the issue, does it fit
the architecture, does it add a public API that we would have to keep forever? Only
after that do we look at details like naming and style, and most style points are
handled by the formatter and the linter before a human sees the code.

If you disagree with a review comment, say so and explain why. Reviewers are wrong
sometimes, and a short discussion is better than a change you don't believe in. If the
discussion goes in circles, a third maintainer will make the call.

Comments prefixed with "nit:" are small suggestions that you can ignore. Comments that
must be addressed before merging are marked "blocking". Everything else is a question or
a suggestion, and it's fine to answer instead of changing the code.

We try to respond within a week. If a review is taking longer, please ping the PR; it
has probably slipped through.
""")

ITEMS: dict[str, list[str]] = {
    "readme_paragraph": README,
    "faq_entry": FAQ,
    "issue_report": ISSUES,
    "mailing_list": MAIL,
    "news_paragraph": NEWS,
    "commit_message": COMMITS,
    "contributing_guide": CONTRIB,
}
