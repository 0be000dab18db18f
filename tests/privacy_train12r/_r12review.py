"""More commit messages and review comments (round 12): subjects alone, and subject plus body."""

from __future__ import annotations

from _r12util import blocks, lines

SUBJECTS = lines(r"""
Fix build with -Werror=maybe-uninitialized on GCC 13
Add missing include for <cstdint>
Use size_t for buffer lengths
Remove stray debug print
Update README badges
Bump MSRV to 1.74
Correct spelling of "occurred" in error messages
Add FreeBSD to the CI matrix
Move test fixtures to tests/data
Silence clippy::needless_return in generated code
Regenerate the lock file
Make the Docker image run as a non-root user
Add Polish translation of the settings dialog
Use the monotonic clock for timeouts
Fix broken link to the contributing guide
Rename master branch references to main
Prefer `is None` over `== None`
Add type hints to the public API
Replace deprecated datetime.utcnow()
Guard against division by zero in the progress estimate
Reduce log noise when the cache is cold
Mark slow tests with @pytest.mark.slow
Tag images with the git SHA as well as the version
Drop unused dependency on lodash
Run prettier on the docs
Fix keyboard navigation in the file picker
Support NO_COLOR
Bump golang.org/x/net to v0.23.0
Pin sphinx below 8 until the theme is updated
Add a small example for the streaming API
Fix grammar in the installation guide
Enable LTO for release builds
Add missing newline at end of file
Use constant-time comparison for MAC verification
Return early when the queue is empty
Split long function into parse and validate steps
Increase the default read buffer to 64 KiB
Make clean also remove generated headers
Add CODEOWNERS for the firmware directory
Show the file name in parse errors
Document the wire format of the sync protocol
Avoid shadowing the builtin `id`
Fix z-order of tooltips over modal dialogs
Skip network tests when OFFLINE=1
Remove obsolete autoconf checks for ANSI C headers
Use ninja by default when available
Align struct fields to avoid padding
Add SPDX header to new files
Fix the loop bound in the CRC table generator
Stop retrying on 4xx responses
Revert "Enable LTO for release builds"
""")

COMMITS = blocks(r"""
scheduler: fix starvation of low-priority jobs

A steady stream of high-priority jobs kept low-priority ones waiting
forever. Age waiting jobs: every 10 s a job waits, its effective
priority goes up by one, capped at the high band.
====
tui: redraw only changed cells

The full redraw on every keypress caused visible flicker over SSH.
Keep the previous frame and emit escape sequences only for cells that
differ.
====
wasm: export memory so the host can read strings

Co-authored-by: Lucía Ferrer <lucia.ferrer@example.es>
====
Fix wrong timezone in exported calendar files

DTSTART was written in UTC without the trailing Z, so clients read it
as floating local time.

Fixes #1102
====
crypto: zero the key schedule after use

The expanded AES key stayed in memory after the context was freed.
Use explicit_bzero (or SecureZeroMemory on Windows) before free.
====
render: batch draw calls by material

Drops draw calls in the town scene from 4,100 to 900 and brings the
frame time on the Steam Deck under 16 ms.
====
ci: split the test job by package

The monolithic job hit the 60 minute limit. Running one job per
package also makes it obvious which package broke.
====
deps: replace the unmaintained `chrono-tz` fork with upstream

The fork was created in 2021 for a fix that upstream merged in 0.8.
====
docs: explain why the cache is per user

Several people asked in issues whether they can share one cache
directory between users. They can't, because the files are created
with the user's umask; say so and point to the remote cache instead.
====
riscv: dts: add the GPIO controller for the VisionFive 2

Signed-off-by: Ruairí Byrne <ruairi.byrne@example.ie>
====
store: refuse to open data written by a newer major version

Opening a v8 directory with v7 used to "work" and then corrupt the
index on the first write.
====
i18n: use plural forms from CLDR

Polish, Russian and Czech need more than two forms; "1 files" and
"5 file" are gone now.
====
audio: move resampling off the real-time thread

Allocating in the callback caused dropouts under memory pressure.
The resampler now runs on a worker and fills a lock-free ring buffer.
====
kernel: irq: make the spurious interrupt message rate-limited

A flaky line on one board printed thousands of lines per second and
filled the console.

Signed-off-by: Anneke Visser <anneke.visser@example.nl>
====
parser: report the column of the unexpected token

Before: "syntax error on line 12". After: "syntax error on line 12,
column 7: expected ']' but found ','".
====
test: run the fuzz corpus as a regression test

Every input that ever crashed the parser is kept in fuzz/corpus and
now parsed in the normal test run.
====
ui: increase contrast of disabled buttons

The old grey failed WCAG AA against the panel background.
====
mobile: cache thumbnails on disk

Scrolling the gallery re-downloaded every thumbnail after the app was
backgrounded. They are now stored in the cache directory and evicted
by the OS under storage pressure.
====
packaging: build manylinux_2_28 wheels

manylinux2014 is based on CentOS 7, which is EOL and no longer gets
compiler updates.
====
orm: fix N+1 query in the order listing

Each order loaded its customer separately. Use a join; the page now
issues 2 queries instead of 51.
====
game: rebalance the archer's damage

Archers were picked in 70% of ranked matches after the last patch.
Lower the base damage from 14 to 12 and increase the reload time
slightly.
====
compiler: emit debug info for closures

Debuggers showed closures as `<anonymous>` with no locals. We now emit
DWARF for the captured variables.

Reviewed-by: Sven Aberg <sven.aberg@example.se>
====
Use XDG directories on Linux

Data moves from ~/.tarn to ~/.local/share/tarn. Existing data is
moved on first start, and a symlink is left behind for old scripts.
====
embedded: fix wrong baud rate divisor at 72 MHz

The divisor was computed for 64 MHz, which put the UART 12% off and
garbled output with some USB adapters.
====
build: detect Apple Silicon Homebrew prefix

Homebrew lives in /opt/homebrew on arm64 Macs, not /usr/local.
====
Revert "store: use WAL mode by default"

WAL does not work on the network file systems some users keep their
data on. Back to rollback journal until we can detect that case.
====
http: make the client honour Retry-After

Both the delta-seconds and the HTTP-date forms are supported.
Capped at 5 minutes so a misbehaving server can't stall us for a day.
====
font: add the ss02 stylistic set with a slashed zero
====
docs: add an architecture overview

It covers the three processes, what each owns, and how they talk to
each other. Aimed at new contributors; the diagrams are in
docs/_static and generated from the .dot sources.
====
sql: quote identifiers in generated DDL

Tables named `order` or `user` broke the migration generator.
""")

REVIEWS = lines(r"""
nit: the import order is off, ruff would sort it.
Could we name this `max_retries` to match the config key?
Why does this need to be public?
This check is already done in the caller.
I'd add a short comment explaining why we sleep here.
This changes the default; was that intended?
Can you add the issue number to the commit message?
Please add a `CHANGELOG` entry under "Fixed".
There is a `TODO` left over on line 77.
I don't think this is thread-safe: two callers can both see `None` and both initialise.
Nice, this is much easier to read than the old version.
The variable is assigned but never used.
Shouldn't the error be logged before returning?
`strncpy` doesn't null-terminate if the source is too long.
Do we have a test that covers the Windows path separator?
This is going to be slow for large inputs, the regex is recompiled in the loop.
Not a blocker, but the docs still mention the old flag.
Can you move the magic number 86400 into a named constant?
Does the migration lock the table? On a big table that would take the site down.
Let's keep this PR to the bug fix and do the refactor separately.
Please update the screenshots in the docs too.
Should this be behind `#[cfg(test)]`?
What happens if the file is deleted between the stat and the open?
I think we need a feature flag for this, some users rely on the old sorting.
The indentation is mixed tabs and spaces here.
We already depend on `itertools`, `chain` would do this.
Would it make sense to return a `Result` here instead of logging and continuing?
Good idea, but let's discuss the API in the issue first.
This reads better, thanks for taking the time.
Can you run the benchmark suite before and after? Just to be safe.
The PR description says it fixes #880 but I can still reproduce it with the steps there.
`assert` statements are stripped with -O, use an explicit check.
I'm fine with this as long as the old config keeps working.
Approved. I'll merge after the release branch is cut.
Does this need a migration for existing users?
The test passes even without the fix, so it doesn't test the bug.
Could you add a doc comment on the new trait method?
Let's use the same wording as the CLI help.
Tiny nit: "it's" -> "its".
Please don't bump unrelated dependencies in this PR.
How does this behave when the device is offline?
The texture is loaded twice, once here and once in the material.
Can this fail? If not, drop the `?` and the error type.
The CI matrix still lists Python 3.8.
Thanks! Merging.
Sorry, I misread the diff, ignore my previous comment.
I'd prefer an enum over two booleans; `open(true, false)` is unreadable at the call site.
Should we also handle `EAGAIN` here?
This doubles the binary size. Is the dependency worth it?
Can you share the profile you used to find this?
This will break the Debian package, it patches the same file.
Nit: keep the function under 50 lines if you can, the linter will complain.
Why `Rc` and not `Arc`? The handle is sent to the worker thread later.
The error message leaks the absolute path of the build machine.
Looks like the generated file wasn't regenerated after the schema change.
Could you squash the "fix typo" commits into the one they fix?
Is there a reason to prefer `os.path` here over `pathlib`?
Can we get a second opinion from someone on the graphics team?
The glyph's right side bearing looks too tight next to `f`.
Works for me, but please rebase before merging, main moved a lot.
""")

REVIEW_BLOCKS = blocks(r"""
> +        time.sleep(0.5)

What are we waiting for here? If it's the file watcher, could we wait on the event
it emits instead of a fixed delay?
====
Overall this looks good. Three small things:

- the new option isn't in the man page;
- `parse_size` accepts "10 MB" but not "10MB";
- the error for a negative size says "invalid" without the value.
====
I tried this on the Pinebook Pro and the brightness keys still don't work. dmesg shows
the events arriving, so maybe the keymap isn't loaded?
====
This removes the only place where we validate the signature before unpacking. Could you
keep the check, or move it to `unpack`? Otherwise a tampered archive is extracted first.
====
> Could we use a BTreeMap here?

We could, but lookups are the hot path and the ordering is only needed for output,
where we sort once anyway.
====
Thanks for the quick fix. For the record, the reason the old code worked on Linux is
that glibc's `qsort` is stable for small arrays; musl's isn't.
""")

ITEMS: dict[str, list[str]] = {
    "commit_message": SUBJECTS + COMMITS,
    "review_comment": REVIEWS + REVIEW_BLOCKS,
}
