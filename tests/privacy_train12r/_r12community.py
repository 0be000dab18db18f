"""More contributing-guide text and issue reports (round 12)."""

from __future__ import annotations

from _r12util import blocks, lines

CONTRIB = lines(r"""
Fork the repository and create a branch from `main` for your change.
Name your branch after the issue, e.g. `fix-1234-empty-config`.
Open the pull request against `develop`, not `main`.
Make sure your editor respects `.editorconfig`.
Include a short summary of the change and the motivation in the PR description.
Link the issue your PR addresses.
If your PR changes the CLI, update the help text and the man page.
Don't include unrelated changes; open separate PRs instead.
For larger changes, a draft PR early on helps us give feedback before you invest too much time.
Maintainers may push small fixes to your branch before merging; uncheck "Allow edits" if you'd rather they didn't.
We can only accept contributions that you have the right to license under the project's terms.
Generated code (protobuf, parsers) must be regenerated with the pinned tool versions in `tools/`.
Run `cargo deny check` if you add or update a dependency.
Vendored code lives in `third_party/` and must keep its original license file.
Please test on real hardware when changing timing-sensitive code.
Performance changes need benchmark results from `make bench` in the PR description.
Keep the public API backwards compatible within a major version.
Deprecate before removing: at least one minor release with a warning.
Documentation changes can go straight to `main` with one approval.
The `stable-*` branches only take bug fixes that are already merged in `main`.
To request a backport, add the `backport-4.x` label to the merged PR.
Add a regression test for every bug fix, named after the issue number.
Use `pytest.mark.parametrize` rather than loops in tests.
Tests must not access the network; use the fixtures in `tests/fakes.py`.
Tests must pass in any order; CI runs them shuffled.
Avoid sleeps in tests; wait on conditions with a timeout instead.
Use `log.debug` for information that only developers need.
User-facing error messages start with a lower-case letter and have no trailing period.
Every new config option must be documented in `docs/config.md`.
Include the upgrade steps in the PR if your change needs users to do something.
Asset files must be optimised (`make optimise-assets`) before committing.
Level designs should be play-tested on the Steam Deck before submission.
Shaders must compile on both the Vulkan and the Metal backend.
Add new glyphs to the glyph order list, or the build will drop them.
New board definitions need a photo of the board and its revision marking.
Commits that touch the bootloader need review from two maintainers.
Schema migrations must be reversible and tested in both directions.
SQL goes into `.sql` files, not string literals in the code.
Don't log personal data, not even at debug level.
Please run the accessibility checker on UI changes.
New translations need at least 80% of strings translated before they are enabled.
If you are unsure whether a change is wanted, ask first in Discussions.
Please be patient: reviews may take a week or two.
Issues labelled `needs-design` should not be picked up without a maintainer's go-ahead.
If you stop working on an issue you claimed, please say so in a comment.
Triagers can label and close issues but not merge; ask in the chat if you'd like to help with triage.
""")

CONTRIB_BLOCKS = blocks(r"""
## Before you open an issue

- Search existing issues, including closed ones.
- Make sure you are on the latest release.
- For questions, use Discussions instead.
====
## Pull request checklist

- [ ] Tests added or updated
- [ ] Docs updated
- [ ] Changelog entry in `changes/`
- [ ] `make lint` passes
====
## Developer Certificate of Origin

Add a `Signed-off-by` line to every commit. It certifies that you wrote the patch or have
the right to pass it on under the project's license. `git commit -s` adds it for you.
====
### Running a single test

```
pytest tests/test_store.py::test_reopen -x -vv
```

Add `--pdb` to drop into the debugger on failure.
====
## Style guide

We use the formatting produced by `clang-format` with the `.clang-format` file in the
repository. Don't argue with the formatter in review; if a rule is bad, open an issue to
change the config.
====
## Working on the website

The website is in `website/` and built with Kiln. Run `kiln serve website` and open
http://localhost:4000. Blog posts go in `website/blog/` with the date in the file name.
====
## Review process

Every PR gets a first response within a week. A maintainer reviews it, asks for changes
if needed, and merges when CI is green and there is at least one approval. Large changes
need two approvals.
====
## Sending patches by email

We don't use pull requests. Format your commits with `git format-patch` and send them to
the list with `git send-email`. Use `--subject-prefix="PATCH tarn"` so the list filters
can route them.
====
## Setting up the toolchain

The firmware builds with the Arm GNU Toolchain 13.2. Other versions may work, but CI uses
that one, and code size differs between versions. `tools/setup.sh` downloads it into
`.toolchain/`.
====
## Where to start

- `good first issue`: small, well-defined tasks.
- `docs`: documentation improvements, no code knowledge needed.
- `help wanted`: bigger tasks where the maintainers would welcome help.
""")

ISSUES = blocks(r"""
Bug: `tarn report` ignores `week_start = "sunday"` when `--week` is given explicitly.
====
## Summary

Fonts installed via the `.pkg` on macOS 14 do not show up in Pages or Keynote until the
user logs out and back in.

## Version

Glimmer Mono 3.2, macOS 14.4.1 on an M2 MacBook Air.
====
**Describe the bug**
The dashboard graph for disk usage shows gaps every night at 02:00.

**To reproduce**
Run the exporter with the default scrape interval and look at the graph for the last
week.

**Expected behaviour**
A continuous line.

**Additional context**
The nightly backup saturates the disk during that time; maybe the exporter times out?
====
Running `emberctl check` on a data directory copied from a 32-bit ARM board reports every
segment as corrupt. The same directory checks fine on the board itself.
====
The CLI prints ANSI colour codes when output is redirected to a file on Windows.
====
Crash report from the game (Windows 10, GTX 1060):

```
thread 'render' panicked at 'called `Result::unwrap()` on an `Err` value: OutOfDeviceMemory'
```

Happens after about an hour in the big cave level. Lowering texture quality avoids it.
====
Import of a 2 GB CSV takes 40 minutes and uses a single core. Is there a way to make the
import parallel, or to turn off the per-row validation for trusted input?
====
Since 4.0 the toolbar icons are blurry on a 150% scaled display (Windows 11). 3.x was
sharp.
====
When compiling with `-O3`, the generated code for the `match` in `eval` is about 3x slower
than with `-O2`. I attached both assembly outputs; the `-O3` version does not use a jump
table.
====
The Python bindings are not compatible with the free-threaded build of 3.13; importing
them re-enables the GIL with a warning.
====
The `--json` output escapes non-ASCII characters (`\u00e9`). That's valid JSON but makes
the output hard to read; could it use UTF-8 directly, like `jq` does?
====
Cannot flash the board with dfu-flash on Windows: "LIBUSB_ERROR_NOT_SUPPORTED". With
Zadig I installed WinUSB for the device, same error.
====
Duplicate entries in the search results when a page has both a title and an H1 with the
same text.
====
The iOS app doesn't respect the system's text size setting; the lists stay at the
default size.
====
**Steps to reproduce**

1. `kiln new site && cd site`
2. Add a page with a date in the front matter: `date: 2024-02-30`
3. `kiln build`

**Result**: the build succeeds and the page is dated 1 March.
**Expected**: an error about the invalid date.
====
Our CI started failing today with "unsupported lock file version 4". The runner image
was updated to the new release of the tool; the lock file was written by the old one.
Is there a way to keep the old format?
====
Proposal: ship a `py.typed` marker so that type checkers use the inline annotations.
====
I think the RPM spec in `contrib/` is outdated: it still references `setup.py`, which was
removed in 2.0.
====
Enabling the remote cache slows down local builds by a few seconds even when every object
is in the local cache. It looks like the remote is contacted before the local cache is
checked.
====
The sensor task occasionally reports a humidity of 100% for one reading, then normal
values again. It correlates with Wi-Fi transmissions; could be supply noise on the I²C
lines.
====
Kernel 6.9-rc1: the touchpad on the Framework 13 (AMD) stops working after the first
suspend. dmesg shows `i2c_hid_acpi: failed to reset device`. 6.8.4 works.
""")

ISSUE_SHORT = lines(r"""
Scrollbar jumps when new log lines arrive
Typo on the download page: "Linxu"
No way to change the language without changing the OS language
Settings are not saved when the app is closed with Cmd+Q
Error "database is locked" when two terminals run tarn at once
Bundle size doubled after upgrading to 0.17
Icon is missing in the GNOME app grid
`--help` output is cut off at 80 columns
The Docker image runs as root
Checksum file for the 1.7.0 release is missing
Broken Unicode in file names on SMB shares
Dark mode: code blocks are unreadable
Can't build from the release tarball: missing `gen/version.h`
Audio crackles on PipeWire at 44.1 kHz
Shortcut conflict with the system screenshot tool on macOS
""")

ITEMS: dict[str, list[str]] = {
    "contributing_guide": CONTRIB + CONTRIB_BLOCKS,
    "issue_report": ISSUES + ISSUE_SHORT,
}
