"""README paragraphs and contributing guides, hand-written for round 12."""

from __future__ import annotations

from _r12util import blocks

README = blocks(r"""
Tarn is a small command-line tool that keeps a log of what you worked on. It stores
entries in a plain SQLite file under `~/.local/share/tarn`, so you can back it up,
query it, or delete it like any other file.
====
## Installation

```
pip install quillmark
```

Quillmark requires Python 3.10 or newer. On Debian and Ubuntu you can also install
the `python3-quillmark` package.
====
Run `make` to build the library and `make check` to run the test suite. The build
needs a C11 compiler and GNU make; CMake is not required.
====
If you use Nix, `nix develop` gives you a shell with every build dependency.
====
You can configure the cache location with the `GRAUPEL_CACHE_DIR` environment
variable. By default it lives in `$XDG_CACHE_HOME/graupel`, falling back to
`~/.cache/graupel`.
====
Emberdb is an embedded key-value store for applications that need durability
without running a server. It is a single C file with no dependencies, and it is
used in production on phones, routers and satellites.
====
## Status

This project is in maintenance mode. We fix security issues and build breakage,
but new features are unlikely to be merged. See the fork list in the wiki for
actively developed alternatives.
====
## Usage

```sh
fenwick scan ./photos --min-size 1M
fenwick dedupe ./photos --dry-run
```

`scan` lists duplicate files; `dedupe` replaces them with hard links. Always run
with `--dry-run` first.
====
Mousetrap is a libretro core for the Game Boy Advance. It aims for accuracy over
speed and passes the mGBA test suite except for the timing tests marked as known
failures below.
====
The firmware runs on the Blue Pill (STM32F103C8) and the Black Pill (STM32F411).
Flash it with `dfu-util -a 0 -s 0x08000000 -D build/firmware.bin`, or use the
ST-Link target in the Makefile.
====
### Building from source

You need Rust 1.74 or newer. Clone the repository and run:

    cargo build --release

The binary ends up in `target/release/kestrel`. Copy it somewhere on your `PATH`.
====
Glimmer Mono is a monospaced typeface for code and terminals. It has 1,900 glyphs
covering Latin, Greek and Cyrillic, programming ligatures that you can turn off,
and a box-drawing set that lines up in every terminal we tested.
====
If you are upgrading from 1.x, read the migration guide first: the configuration
file format changed and the old one is not read anymore.
====
You can run the server behind nginx or Caddy. Point the proxy at port 8080 and
make sure it forwards the `Host` header; the server uses it to build absolute
URLs in the feeds.
====
## Supported platforms

| OS | Architectures | Notes |
|----|---------------|-------|
| Linux (glibc 2.28+) | x86_64, aarch64 | primary |
| macOS 12+ | x86_64, arm64 | |
| Windows 10+ | x86_64 | no symlink support |
====
Pyrrho reads measurement files from the lab's spectrometers (Bruker, Horiba and
the generic JCAMP-DX format), corrects the baseline and exports tidy CSV. It was
written for our group's workflow and is shared in the hope it is useful to others.
====
The documentation is at https://docs.example.org/tessera/. Questions are best asked
on the discussion board; the issue tracker is for bugs and feature requests.
====
## License

Dual-licensed under MIT and Apache-2.0, at your option. The fonts in `assets/` are
under the SIL Open Font License 1.1.
====
You don't need root to install it. Download the release archive for your platform,
extract it, and put the `bin` directory on your `PATH`.
====
To enable shell completion for bash, add `eval "$(brackish completions bash)"` to
your `~/.bashrc`. For zsh and fish see `brackish completions --help`.
====
Lintel is a linter for OCaml projects. It runs on the typed tree, so it can catch
mistakes that a syntax-based tool cannot, such as comparing functions with `=`.
====
The game saves automatically at every checkpoint. Save files live in
`~/.local/share/lanternfall/saves` on Linux and in `%APPDATA%\Lanternfall` on
Windows; you can copy them between machines.
====
Kiln builds static sites from Markdown and Liquid templates. It is deliberately
small: no plugins, no asset pipeline. If you need those, you probably want a
bigger generator.
====
## Quick start

1. Install Docker and Docker Compose.
2. Copy `example.env` to `.env` and adjust the host name.
3. Run `docker compose up -d`.
4. Open http://localhost:3000 and create the first admin account.
====
The library is thread-safe as long as each thread uses its own `Session`. Sharing a
session between threads works but serialises all calls on an internal lock.
====
Benchmarks live in `bench/`. They are not run in CI because the shared runners are
too noisy; run them on a quiet machine with `cargo bench` and compare against the
numbers in `bench/RESULTS.md`.
====
We follow semantic versioning. Anything not documented in the API reference is
internal and may change in a minor release.
====
Sparrowhawk talks to Zigbee coordinators over a serial port. Supported sticks are
listed in the compatibility table; others may work if they speak the EZSP protocol
version 8 or newer.
====
On Apple Silicon you may need to allow the binary in System Settings > Privacy &
Security the first time you run it, because the release builds are not notarised.
====
## Acknowledgements

The tokenizer started as a port of the one in the Lua reference implementation.
Thanks to everyone who sent bug reports during the beta.
====
If the build fails with "undefined reference to `clock_gettime`", your glibc is
older than 2.17; add `-lrt` to `LDLIBS`.
====
The plotting backend is optional. Install the `plot` extra (`pip install
tessera[plot]`) if you want `Figure.show()` to work.
====
This repository contains the Android and iOS apps. The backend is in a separate
repository. Both apps share the Kotlin Multiplatform module in `shared/`.
====
Brackish is a JavaScript bundler that does one thing: take an entry point and
produce a single ES module file. It does not minify, transpile or serve.
====
If you use VS Code, install the recommended extensions when prompted; they
configure the formatter and the test runner for this repository.
====
Graupel caches compiler output keyed by the preprocessed source and the command
line. It is a drop-in wrapper: set `CC="graupel gcc"` and build as usual.
====
The sample data in `data/` is from the 2019 field campaign and is licensed CC BY 4.0.
Please cite the paper listed in CITATION.cff if you use it.
====
Logs go to stderr by default. Set `LOG_FORMAT=json` for structured output that
your log collector can parse.
====
## Known limitations

- Files larger than 4 GiB are not supported on 32-bit systems.
- Network shares mounted with `nolock` can corrupt the index if two machines
  write at once.
====
The kernel module is built with DKMS, so it is rebuilt automatically when you
install a new kernel. After installing the package, reboot or run
`modprobe rtw8852`.
====
You can try it in the browser without installing anything: the playground at
https://play.example.dev compiles your code to WebAssembly and runs it locally.
====
There is no GUI. The tool is meant to be run from cron or a systemd timer; a
sample unit file is in `contrib/systemd/`.
====
Pull the image with `docker pull ghcr.io/example/nettle:latest`. Tags follow the
release versions; `edge` is built from the main branch every night.
====
The C API is stable; the Python bindings are generated from it with cffi and
follow its versioning.
====
Scores are stored locally and never uploaded. The online leaderboard is opt-in and
only sends your nickname and score.
====
Requires a GPU with Vulkan 1.2 support. Integrated Intel graphics from Gen 9 on
work, but expect 30 fps at 1080p.
""")

CONTRIBUTING = blocks(r"""
Please open an issue before starting work on a large change, so we can agree on the
approach before you spend time on it.
====
Check for existing pull requests before opening a new one; someone may already be
working on the same thing.
====
## Running the tests

```
make test
```

The tests need a running PostgreSQL 14+; `docker compose up db` starts one with the
expected settings.
====
All commits must carry a `Signed-off-by` line (use `git commit -s`). By adding it you
certify the Developer Certificate of Origin, see DCO.txt.
====
We use Conventional Commits for the first line of the commit message: `fix:`,
`feat:`, `docs:`, `chore:` and so on. The release notes are generated from them.
====
Format your code with `cargo fmt` and make sure `cargo clippy -- -D warnings`
passes before you push. CI checks both.
====
Keep pull requests small. A PR that touches one thing gets reviewed in a day; a PR
that touches ten things can wait for weeks.
====
Good first issues are labelled `good first issue`. If you want to take one, leave a
comment so nobody else starts on it at the same time.
====
## Translations

Translations are managed on Weblate. Please don't edit the `.po` files directly in
a pull request; your changes would be overwritten by the next sync.
====
Security issues should not be reported in the public tracker. Write to the security
team at the address in SECURITY.md instead.
====
Every new feature needs documentation and a test. Bug fixes need a test that fails
without the fix.
====
We review pull requests on a best-effort basis. If you haven't heard back in two
weeks, feel free to ping the maintainers in the PR.
====
## Code style

- Python: black and isort, enforced by pre-commit.
- C: the kernel style, 8-column tabs, 100 columns max.
- Shell: POSIX sh unless the script says otherwise.
====
Before opening a PR, run `pre-commit run --all-files`. It takes a minute the first
time while the hooks are installed.
====
Don't bump the version number in your PR; the maintainers do that when releasing.
====
If your change affects users, add a file to `changes/` named after the issue number,
e.g. `changes/1234.bugfix.md`. Towncrier collects them into the changelog.
====
Patches are welcome on the mailing list (see the README for the address). Send them
with `git send-email` against the `master` branch, one patch per logical change.
====
By contributing you agree that your contributions are licensed under the project's
license (Apache-2.0).
====
When reporting a bug, include the version (`tarn --version`), your operating system
and the smallest input that reproduces the problem.
====
We don't accept pull requests that only fix typos in comments; they create churn and
conflicts for little benefit. Typos in user-facing docs are welcome.
====
To work on the docs locally, install the docs extra and run `make -C docs html`.
Open `docs/_build/html/index.html` in a browser.
====
New fonts glyphs must be drawn in the source files under `sources/`, never in the
generated binaries. Run `make fonts` and commit the sources only.
====
Please rebase instead of merging main into your branch; we keep a linear history.
====
Large binary files (test images, models of more than 1 MB) go through Git LFS.
Run `git lfs install` once after cloning.
====
## Becoming a maintainer

Contributors who have landed a steady stream of good patches over six months are
invited to join the maintainer team. There's no application; we'll ask you.
====
Use the issue templates. Issues that don't follow them may be closed and you'll be
asked to reopen with the missing information.
====
CI runs on every pull request. If a job fails for reasons unrelated to your change,
say so in a comment and a maintainer will re-run it.
====
Please do not force-push after a review has started; push fixup commits and we'll
squash them at merge time. It makes it much easier to see what changed.
====
The `main` branch must always build. Feature work that spans several PRs goes behind
a compile-time feature flag until it is complete.
====
Discussions about the project's direction happen in the monthly community call. The
notes are published in the wiki and anyone can add agenda items.
====
Hardware-specific changes need a `Tested-on:` line in the PR description naming the
board and revision you used.
====
## Adding a new board

1. Copy `boards/template/` to `boards/<vendor>-<board>/`.
2. Fill in the pin map in `board.h`.
3. Add the board to `boards/CMakeLists.txt` and to the CI matrix.
4. Add a photo and a short description to the docs.
====
Be kind. Everyone here is a volunteer, and most of us review on evenings and
weekends. Read the Code of Conduct before participating.
""")

ITEMS: dict[str, list[str]] = {
    "readme_paragraph": README,
    "contributing_guide": CONTRIBUTING,
}
