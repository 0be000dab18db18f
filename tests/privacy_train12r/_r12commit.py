"""Commit messages and code-review comments, hand-written for round 12."""

from __future__ import annotations

from _r12util import blocks, lines

COMMITS = blocks(r"""
Fix use-after-free in the session cache eviction path

When an entry was evicted while a reader still held it, the reader's
pointer was freed under it. Take a reference before dropping the lock
and release it after the copy.

Fixes: 3b9e2a41c07d ("cache: evict in the background")
Reported-by: Oskar Lindqvist <oskar.lindqvist@example.com>
Signed-off-by: Mirela Pop <mirela.pop@example.com>
====
net: phy: realtek: add support for RTL8221D

The RTL8221D is a 2.5G PHY that shares the register layout of the
RTL8221B. Reuse the same callbacks and add the new PHY ID.

Signed-off-by: Hiroshi Tanabe <htanabe@example.jp>
Reviewed-by: Andrea Conti <aconti@example.it>
====
docs: fix typo in the quickstart
====
Bump version to 2.4.0
====
Merge pull request #1184 from okafor/fix-windows-paths

Handle UNC paths in the workspace loader
====
Revert "parser: accept bare keys with dots"

This reverts commit 9f1c0de4a2b7e33b8d5a1f0c6e2d9b7a4c3f8e21.

It broke loading of existing configs that use dotted keys as nested
tables. We'll revisit with an opt-in flag.
====
ci: cache the cargo registry between runs

Cuts the average job time from 11 to 6 minutes.
====
tests: make test_expiry independent of the wall clock

The test used time.time() and failed when the runner was slow enough
for the token to expire between two asserts. Inject a fake clock.
====
Add --json flag to `tarn status`

Scripts have been scraping the human-readable output, which we keep
changing. The JSON output is documented and versioned.

Closes #742
====
arm64: dts: rockchip: enable the second PCIe controller on Quartz64

Signed-off-by: Lena Brandt <lena.brandt@example.de>
====
drm/amdgpu: fix NULL dereference when resuming without a display

On headless boards the connector list is empty and the resume path
dereferenced the first entry unconditionally.

Cc: stable@vger.kernel.org
Signed-off-by: Farid Nasser <fnasser@example.com>
Acked-by: Yuki Morimoto <ymorimoto@example.com>
====
Remove Python 3.8 from the test matrix

3.8 is end-of-life since October 2024 and several of our dependencies
have already dropped it.
====
store: use fdatasync instead of fsync on Linux

We don't need the metadata flush for the append-only log; the size is
recovered from the record headers on open. About 15% faster on ext4
in the import benchmark.
====
Refactor: split App.tsx into layout and routes

No behaviour change.
====
WIP
====
fixup! store: use fdatasync instead of fsync on Linux
====
Update translations from Weblate

Translated using Weblate (Czech)
Currently translated at 97.3% (512 of 526 strings)

Co-authored-by: Jana Dvořáková <jana.dvorakova@example.cz>
====
build(deps): move the docs job to the shared sphinx image
====
chore: release 0.18.0
====
render: clamp the mip level before sampling

Sampling past the last mip returned garbage on some Intel drivers,
visible as flickering on distant terrain.
====
game: don't reset the combo counter on pause

Reported on the forum by several players; pausing mid-combo reset it
to zero, which made the achievement nearly impossible.
====
Initial commit
====
sched/fair: avoid migrating tasks to an idle core that is about to sleep

Signed-off-by: Dmitri Orlov <dorlov@example.com>
Tested-by: Priya Iyer <priya.iyer@example.com>
====
Make the lock timeout configurable

Defaults to 30 s as before. Large monorepos on network storage needed
more, see the discussion in #901.
====
firmware: stm32: move the bootloader jump into its own function

The inline assembly was duplicated in three places.
====
py: drop the six dependency

Everything it was used for is in the standard library since 3.3.
====
Fix flaky integration test on macOS runners

The temp directory on macOS is a symlink (/var -> /private/var), and
the test compared the realpath with the unresolved one.
====
Use a single allocation for small strings

Strings up to 23 bytes are now stored inline. This removes about 40%
of allocations when parsing typical config files.

Benchmark (parse 10k files):
  before: 812 ms
  after:  561 ms
====
font: fix the advance width of U+2014 in the bold weight

It was 20 units narrower than in the regular weight, which made
em dashes misalign in tables.
====
ui: respect prefers-reduced-motion for the sidebar animation
====
crypto: replace the hand-rolled base64 with the library one

The hand-rolled decoder accepted non-canonical padding.
====
db: add index on orders(customer_id, created_at)

The customer history page was doing a sequential scan on a 40M-row
table.
====
Don't panic on empty input in parse_duration

Return an error instead. Found by the fuzzer.
====
mobile: request notification permission only after onboarding

Asking on first launch had a 60% denial rate.
====
packaging: ship the man pages in the wheel's data directory
====
kbuild: fix out-of-tree build with O= and a relative path

Signed-off-by: Tomasz Wiśniewski <tw@example.pl>
====
Rename `Frobnicator` to `Scheduler`

The old name was a joke that outlived its usefulness. A deprecated
alias remains until 3.0.
====
compiler: fold constant comparisons before inlining

This lets the inliner see that most of the branches in `clamp` are
dead, and the call is inlined in 80% more sites in the stdlib build.
====
Add CONTRIBUTING.md
====
gitignore: ignore .DS_Store and editor swap files
====
Handle SIGPIPE when the output is piped to head

Previously `tarn log | head` printed a broken pipe traceback.
====
config: warn about unknown keys instead of ignoring them

Typos like `timout` went unnoticed for a long time. This is only a
warning for now; it becomes an error in 3.0.

Suggested-by: Kenji Watanabe <kwatanabe@example.jp>
====
iOS: fix crash when the share sheet is dismissed on iPad

On iPad the popover needs a source view; without it UIKit raises.
====
ci: run the ARM tests on native runners instead of QEMU
====
Release 1.0.0 🎉
====
http: send Connection: close when the request body was not read fully

Otherwise the next request on the same connection is parsed from the
middle of the previous body.

Signed-off-by: Rafael Queiroz <rq@example.org>
====
net/ipv6: fix typo in comment
====
tools/perf: handle build IDs longer than 20 bytes

Signed-off-by: Noor Haddad <noor@example.com>
Reviewed-by: Ilse de Groot <ilse@example.nl>
====
Avoid double free when the parser fails after allocating the node

Found with AddressSanitizer while running the new corpus from
oss-fuzz issue 66102.
====
Speed up startup by loading plugins lazily

Measured on my laptop: 480 ms -> 120 ms with the default plugin set.
====
docs: document the retention policy options

Also move the example config from the README into the docs, where it
is tested by the doctest job.
====
Squashed 'vendor/miniz/' changes from 2d4b1a9..7f0c3e5
====
Update CHANGELOG for 4.2.1
====
sql: reject LIMIT with a negative value

Postgres errors on it too; we used to treat it as "no limit".
====
physics: use a fixed timestep for the simulation

Variable timesteps made stacked boxes jitter at low frame rates.
====
Make `make install` honour DESTDIR
====
android: bump targetSdk to 34

Foreground services now need a declared type; declare `dataSync` for
the upload service.
====
embedded: halve the stack of the logging task

The high-water mark never went above 600 bytes in a week of testing.
====
Fix race between shutdown and an in-flight flush

The flush could start after the file was closed. Wait for the flush
worker to finish before closing, with a timeout so a stuck disk does
not block shutdown forever.

Link: https://lists.example.org/archives/dev/2024-March/001932.html
Signed-off-by: Katrin Vogt <kvogt@example.net>
====
Add a benchmark for the hot path of the router
====
Drop the vendored copy of zlib

All supported platforms ship zlib 1.2.11 or newer.
====
Use SPDX license identifiers in all source headers
====
locale: add Brazilian Portuguese
====
cli: make --verbose repeatable (-vv for trace)
====
Tidy up imports
====
test: add regression test for #2217
====
mm: fix off-by-one in the slab size calculation

The last object in a slab could overlap the freelist metadata when
the object size was not a multiple of the alignment.

Fixes: 0c4d8e7b1a29 ("mm: pack small slabs tighter")
Signed-off-by: Anneke Visser <anneke.visser@example.nl>
====
Switch the docs theme to Furo
====
Allow building without OpenSSL

The hashing falls back to the bundled SHA-256 implementation; TLS
support is disabled in that case.
====
scripts: make release.sh fail on a dirty tree
====
Remove dead code in the legacy importer

Nothing has called `import_v1` since 2021.
====
Correctly escape backslashes in generated TOML
====
Lower the default log level to INFO

DEBUG was the default by accident since 2.3.
====
Update copyright year
""")

REVIEWS = lines(r"""
nit: trailing whitespace on line 42.
nit: this could be a `const`.
Could you add a test for the empty-input case?
Why not reuse `parse_header` from the http module here?
This looks good to me, thanks!
LGTM once CI is green.
I think this breaks the Windows build, `/dev/null` doesn't exist there.
Can we keep the old name as a deprecated alias for one release?
Minor: the error message should say which file failed to open.
Is the lock still needed now that the map is per-thread?
Please split the formatting changes into a separate commit, the diff is hard to review.
This allocates on every call; could we hoist the buffer out of the loop?
nit: typo in the docstring ("recieve").
I'd rather not add a new dependency for this, it's ten lines.
Does this handle the case where the file is a symlink to a directory?
Approving, but please squash before merging.
Have you benchmarked this? The old version was tuned for the common case.
Shouldn't this be `>=`? A timeout of exactly zero should still poll once.
+1 to what Mirela said about naming.
Good catch, I missed that in the original PR.
We discussed this in the meeting: let's go with option B and revisit in 3.0.
This changes the public API, so it needs a changelog entry.
Can you rebase on main? There's a conflict in the lock file.
Suggestion: use `pathlib` here, the rest of the module already does.
The comment says milliseconds but the code uses seconds.
Please don't catch bare `Exception` here, it hides the KeyboardInterrupt on 3.7.
I'm not sure about the default. Most users will hit the limit on the first import.
Nice cleanup!
Why is this `unsafe`? I don't see any raw pointer access.
This test will be flaky on slow runners; wait for the event instead of sleeping.
Consider returning an iterator instead of building the whole list.
Could you explain in the commit message why the retry is needed?
nit: prefer early return to reduce nesting.
Blocking: this removes the check that prevents writing outside the target directory.
The migration is not reversible; can you add a down step or document it?
I tested this on my Pixel 7 and the keyboard still covers the input field.
Works on Fedora 40 and Debian 12 for me.
Do we need both flags? `--force` seems to imply `--yes`.
This is out of scope for this PR, could you open a separate issue?
Happy to merge this as is and follow up with the docs.
`unwrap()` here will panic on malformed input from the network.
Heads-up: this conflicts with #1290, which moves the same function.
The shader compiles, but the normals look inverted on the back faces in my test scene.
Can we gate this behind a feature flag until the next minor?
Please add the new option to the man page too.
The kernel style is tabs, not spaces.
Reviewed-by tag added, thanks for the quick turnaround.
The name `data2` doesn't tell me much. What does it hold?
This will double-count the retries in the metrics.
Maybe I'm missing something, but where is `ctx` cancelled?
I'd keep the log at debug; at info level this prints once per request.
Fine by me. Let's get a second review from someone who knows the scheduler.
Could this be a `match` instead of the if/elif chain?
Let's not change the file format in a patch release.
Left a few comments, nothing blocking.
Requesting changes for the SQL injection in `build_filter`, the rest looks good.
Thanks for the PR! Would you mind signing the CLA?
Is there an issue for this? I'd like to understand the use case.
The test name says "returns none" but it asserts an exception.
Please keep the public functions in alphabetical order in `__all__`.
We support Go 1.21, and `slices.Concat` is 1.22 only.
On big-endian this reads the length in the wrong byte order.
Does the font still pass the fontbakery checks after the glyph rename?
The CI failure is unrelated (network timeout in the docs job), re-running.
Can you add a screenshot of the new dialog?
I'm a bit worried about the memory use with 10k tabs open.
""")

REVIEW_BLOCKS = blocks(r"""
> +    if len(items) == 0:
> +        return None

nit: `if not items:` reads better, and the caller expects an empty list,
not None.
====
Two things:

1. The retry loop never gives up if the server keeps returning 503.
2. The backoff should have some jitter, otherwise all clients retry at the
   same moment after an outage.
====
I like the direction. Before we merge: the benchmark numbers in the
description are from a debug build. Could you rerun them with --release?
====
src/store.rs line 118:

This holds the write lock across the `await`. If the disk is slow every
reader waits for it. Could we prepare the batch first and only take the
lock for the swap?
====
Sorry for the slow review. I went through it twice and only have small
comments. The new error type is a nice improvement over the strings we
had before.
====
> Why not put this in the config file?

Because the value has to be known before the config file is found. It's
the path to the config file.
====
Tested locally:

- Ubuntu 24.04, GCC 13: builds, tests pass
- macOS 14, Apple clang 15: builds, one failure in test_mmap (also on main)
- Windows 11, MSVC 17.9: link error, see the log below
====
I'm not convinced we need a new setting. Could the importer detect the
encoding from the BOM and fall back to UTF-8? That covers every file in
the bug reports.
====
This is a behaviour change for people who pipe the output into other
tools. Please mention it under "Breaking changes" in the release notes.
====
Looks right to me. One question for my own understanding: why does the
iterator need to be `Send`? Nothing here crosses a thread boundary.
""")

ITEMS: dict[str, list[str]] = {
    "commit_message": COMMITS,
    "review_comment": REVIEWS + REVIEW_BLOCKS,
}
