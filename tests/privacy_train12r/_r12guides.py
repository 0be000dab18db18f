"""More FAQ entries and contributing-guide text, hand-written for round 12.

FAQ answers are the maintainers' explanations in project docs: they explain why the project
does something, in its own voice, and often point to an option or a file.
"""

from __future__ import annotations

from _r12util import blocks, lines

FAQ = blocks(r"""
Why does the daemon use so much memory right after startup?

It maps the whole index into memory. Most of that is shared, file-backed memory that the
kernel can drop at any time, so it looks large in `top` but is not really used. Look at
the RSS of the anonymous mappings instead.
====
Q: Can I change the port?
A: Yes, with `port` in the config file or `--port` on the command line.
====
Q: Does it work offline?
A: Yes. Only the update check needs a network, and it can be turned off.
====
Why do my fonts look blurry on Windows?

Windows applies its own hinting at small sizes and our fonts are only lightly hinted.
Turning on ClearType and using sizes of 10 pt or above helps. The TTF files in the
`hinted/` directory are manually hinted and look sharper at 9 pt and below.
====
Why is `--force` needed to overwrite an existing output file?

Because the most common support request used to be "I lost my results": people reused a
command from their shell history with the same output name. Refusing by default costs a
flag; the other way cost people days of work.
====
Which versions receive security fixes?

The latest minor release of the current major version and the last minor of the previous
major. The table on the releases page lists the end-of-support date for each.
====
Why does the build need Python when the library is written in C?

Only to generate the Unicode tables and run the test harness. The generated files are
shipped in release tarballs, so building a release only needs a C compiler.
====
How do I uninstall it?

If you installed with the package manager, remove the package. If you used the install
script, delete `~/.local/bin/tarn` and `~/.local/share/tarn`; nothing else is written.
====
Q: Why are timestamps in UTC?
A: Logs from machines in different time zones end up in one place. The UI converts to
your local time; the files keep UTC so they sort correctly.
====
Can I use my own textures in the game?

Yes. Put a folder in `mods/` with the same structure as `assets/textures`. Files with the
same name replace the built-in ones; the game reads them at startup.
====
Why did the default branch change from master to main?

The hosting site changed its default and most new contributors expected main. Old links
still work because the host redirects them.
====
Why does the program ask for accessibility permission on macOS?

Global keyboard shortcuts need it; macOS only lets apps with that permission see key
presses while another app is in front. Without it, the shortcuts only work when our
window has focus.
====
Is there an API?

Yes, a REST API under `/api/v1`, documented in the OpenAPI file shipped with each
release. The web UI uses the same API, so anything the UI can do, a script can do too.
====
Q: Does the driver support monitor mode?
A: Not yet. The firmware supports it, but the driver doesn't expose it. Patches welcome.
====
Why does the test suite take so long?

About two thirds of the time is the integration tests, which start real database
servers. `make test-unit` runs only the unit tests and takes under a minute.
====
What is the difference between `sync` and `push`?

`push` uploads your local changes and fails if the remote has newer ones. `sync` first
pulls and merges the remote changes, then pushes.
====
Why is my board not detected?

Most often the USB cable is charge-only. Try another cable; a cable that works for file
transfer with a phone is a good sign. On Linux, `dmesg` should show a new USB device when
you plug the board in.
====
Why was the `--legacy` option removed?

It kept a second code path alive for a file format nobody had written since 2019. The
`convert` command turns old files into the current format.
====
Does the library allocate?

Only in the functions whose names end in `_alloc`. Everything else works on buffers you
pass in, which is what makes it usable on microcontrollers without a heap.
====
Q: The app says my storage is full, but there's plenty of space.
A: On Android the app can only use its own directory on the SD card. If the card is
formatted as portable storage, move the app's data to internal storage in Settings.
====
Why are some tests marked xfail?

They document known bugs. When a fix lands, the test starts passing, pytest reports it
as XPASS, and we remove the marker in the same PR.
====
How are the benchmark numbers measured?

On a dedicated machine with CPU frequency scaling off, each benchmark run 30 times, and
we report the median. The scripts are in `bench/` if you want to reproduce them.
====
Why is the minimum macOS version 12?

The file watching code uses an FSEvents flag added in macOS 12. Supporting older versions
would mean polling, which we removed for battery reasons.
====
Q: Why don't you publish on the Snap Store?
A: Nobody on the team uses snaps. If someone wants to maintain a snap, we're happy to
link to it from the README.
====
How do I get a stack trace of a crash?

Run with `RUST_BACKTRACE=1`, or on Linux enable core dumps with `ulimit -c unlimited` and
open the core with gdb. Attach the output to the issue.
====
Why does the compiler reject this code that looks fine?

Most often it's the borrow rules around closures: the closure captures the whole struct,
not just the field it uses. Binding the field to a local first usually fixes it.
====
Is the data encrypted at rest?

The store itself is not encrypted. Use full-disk encryption, or put the data directory on
an encrypted volume. We decided against building our own encryption layer.
====
Why are there no prebuilt binaries for 32-bit ARM?

Our CI provider has no 32-bit ARM runners and cross-compiling the GUI dependencies kept
breaking. The CLI builds fine from source on a Raspberry Pi.
====
Q: Can I run two instances on the same machine?
A: Yes, as long as they use different data directories and ports.
====
Why is the font called Glimmer?

The first drafts were made on a night bus with the screen brightness turned all the way
down. The name stuck.
""")

FAQ_SHORT = lines(r"""
Q: Is there a mailing list? A: Yes, see the Community page; it is low traffic, mostly release announcements.
Q: Which license is it under? A: MIT for the code, CC BY 4.0 for the documentation.
Q: Can I embed the player in my website? A: Yes, with the iframe snippet from the Share menu.
Q: Does the plugin work with Neovim? A: Yes, Neovim 0.9 and newer. Vim 9 is supported too.
Q: Where do I find older releases? A: All tagged releases are on the releases page, back to 0.1.
Q: Do you support IPv6? A: Yes, the server listens on both stacks by default.
Q: Why is the download so big? A: It bundles the runtime so you don't need to install one.
Q: Can I contribute translations without knowing git? A: Yes, through Weblate; you only need an account there.
""")

CONTRIB = lines(r"""
Please keep commits focused: one logical change per commit.
Write commit messages in the imperative mood ("Add option", not "Added option").
The first line of a commit message should be at most 72 characters.
Run `make lint` before pushing; CI runs the same checks.
New code should come with tests. We aim to keep coverage above 90%.
If you're not sure where to start, look at issues labelled `help wanted`.
Discuss API changes in an issue before sending a PR.
We use GitHub Discussions for questions; the issue tracker is for bugs.
Update the documentation in the same PR as the code change.
Pull requests need one approving review from a maintainer before merging.
Don't commit generated files unless the build instructions say so.
Test your change on at least one of the supported platforms and say which in the PR.
Mark your PR as draft while it is still in progress.
Please respond to review comments within a couple of weeks, or we may close the PR.
Breaking changes can only land on the `next` branch.
Add yourself to AUTHORS if you like; it's not required.
For documentation fixes you can use the "Edit this page" link on the website.
If you add a dependency, explain in the PR why it is needed.
Benchmarks are welcome in performance PRs; include the numbers before and after.
Avoid drive-by reformatting of code you're not otherwise changing.
New public functions need a docstring with at least one example.
Use `git commit --fixup` for review changes so they can be autosquashed.
Commit messages should explain why, the diff already shows what.
Issue reports without a reproduction may be closed after a month without activity.
Check the roadmap before proposing a large feature.
All user-visible strings must be translatable; wrap them in `_()`.
Each board port needs a maintainer who owns the hardware.
Changes to the file format require a design document in `docs/rfcs/`.
Please use the issue templates; blank issues are disabled.
Run the test suite with `tox -e py312` or `nox -s tests`.
We follow the Rust API guidelines for naming.
Screenshots are required for UI changes.
When fixing a bug, reference the issue with "Fixes #NNN" in the PR description.
Maintainers squash-merge most PRs, so the PR title becomes the commit subject.
Do not add new compiler warnings; CI builds with -Werror.
Fonts: keep glyph names in the AGL format, CI rejects others.
Game assets must be under a license compatible with CC BY-SA 4.0.
Use British English in the documentation, American English in code identifiers.
Please don't @-mention maintainers to ask for reviews; we see every PR.
""")

CONTRIB_BLOCKS = blocks(r"""
## Development setup

```sh
git clone https://github.com/example/tarn
cd tarn
python -m venv .venv
. .venv/bin/activate
pip install -e '.[dev]'
pre-commit install
```
====
## Release process

1. Update CHANGELOG.md and move the entries from "Unreleased" to the new version.
2. Bump the version in `pyproject.toml`.
3. Tag the commit `vX.Y.Z` and push the tag. CI builds and uploads the wheels.
====
### Commit message format

```
<area>: <short summary>

<body: what and why, wrapped at 72 columns>

Fixes: #<issue>
Signed-off-by: Your Name <you@example.com>
```
====
## Reporting bugs

Include:

- the version (`kestrel --version`);
- your OS and architecture;
- what you did, what you expected, what happened instead;
- the log with `--verbose`, if relevant.
====
Before you send a patch, make sure that:

* it applies cleanly to the current master branch,
* `make check` passes,
* it has a Signed-off-by line,
* it does one thing.
====
## Testing on hardware

The CI only runs the tests in QEMU. If your change touches a driver, please also run
`make hwtest BOARD=<board>` on real hardware and paste the summary into the PR.
====
## Documentation

The docs are in `docs/` and written in reStructuredText. Build them with `make -C docs
html`. Every page is checked for broken links in CI, so please make sure external links
work.
====
## Code of conduct

Our code of conduct is in CODE_OF_CONDUCT.md. If someone makes you feel unwelcome here,
write to the two moderators listed there; they will answer within a few days.
====
## Licensing of contributions

We don't require a CLA. Contributions are accepted under the project's license, and you
keep the copyright on your changes.
====
### Adding a translation

1. Copy `po/template.pot` to `po/<lang>.po`.
2. Translate the strings with Poedit or any text editor.
3. Add the language code to `po/LINGUAS`.
4. Open a PR; we'll check that the file compiles.
""")

ITEMS: dict[str, list[str]] = {
    "faq_entry": FAQ + FAQ_SHORT,
    "contributing_guide": CONTRIB + CONTRIB_BLOCKS,
}
