"""More README paragraphs (round 12): descriptions, install and usage text in second person."""

from __future__ import annotations

from _r12util import blocks, lines

README_LINES = lines(r"""
A fast, small and portable implementation of the Zstandard format for embedded systems.
Run `cargo test` to run the unit tests; the integration tests need `--features net`.
You can pass `--help` to any subcommand to see its options.
If you use Fish, completions are installed automatically by the package.
To update, run the install script again; it replaces the binary in place.
The `examples/` directory has small programs for the most common tasks.
Pre-built binaries for Linux, macOS and Windows are on the releases page.
You can also install it with Homebrew: `brew install fenwick`.
On Arch Linux, the package is in the AUR as `kiln-bin`.
Nightly builds are published every day at 03:00 UTC from the main branch.
Older versions of the documentation are available from the version menu.
The project is named after a small bird that lives in the Andes.
If something in this README is unclear, please open an issue; the docs are a work in progress.
You need a working OpenGL 3.3 driver to run the editor.
Tested on Ubuntu 22.04 and 24.04, Fedora 40 and macOS 14.
To uninstall, delete the binary and `~/.config/brackish`.
The minimum supported Rust version is 1.74 and is bumped only in minor releases.
You can set `NO_COLOR=1` to disable coloured output.
The server exposes Prometheus metrics on `/metrics`.
Run `docker compose logs -f` to follow the logs of all services.
Default credentials for the demo instance are shown on the login page and reset every hour.
The library has no dependencies beyond the C standard library.
Questions? Join the Matrix room #tarn:example.org.
Sponsored by the Example Foundation's open source fund.
Made with ♥ by a handful of volunteers in Lisbon and Tartu.
This is a personal project; I maintain it in my spare time.
If you use this in academic work, please cite the JOSS paper.
The schema is versioned; `emberctl migrate` upgrades old data directories in place.
""")

README = blocks(r"""
# Lanternfall

A cave exploration game about light and darkness. You carry a lantern with limited oil
through procedurally generated caverns, mapping them as you go. Written in Rust with a
custom renderer; runs on Linux, Windows and the Steam Deck.
====
## Why another static site generator?

Most generators grew plugin systems, asset pipelines and themes over the years. Kiln
stays small on purpose: one binary, Markdown in, HTML out, and templates you can read in
an afternoon.
====
## Configuration

Tarn reads `~/.config/tarn/config.toml` if it exists. Every setting has a default, so
the file is optional. A commented example is in `docs/config.example.toml`.
====
## Running the tests

```
python -m pytest
```

Some tests need a PostgreSQL server. Set `TEST_DATABASE_URL` to point at one, or they
are skipped.
====
## Hardware

You need:

- a Black Pill board (STM32F411CEU6),
- a BME280 sensor breakout,
- a 3.3 V USB-serial adapter for the debug console (optional).

The wiring diagram is in `docs/wiring.svg`.
====
## Using the library

```python
from tessera import fit

result = fit(x, y, model="linear")
print(result.slope, result.intercept)
```

`fit` returns a frozen dataclass; see the API reference for all fields.
====
Quillmark turns Markdown into well-typeset PDF and HTML. It understands footnotes,
tables, citations and maths, and lets you style the output with a small set of
variables instead of a full template language.
====
## Building the fonts

The sources are in `sources/` in UFO format. Install the tools with
`pip install -r requirements.txt`, then run `make`. The binaries are written to
`fonts/ttf`, `fonts/otf` and `fonts/webfonts`.
====
## Design

The store is an append-only log of records, split into segments of 64 MiB. An in-memory
index maps keys to the latest record. Compaction rewrites old segments in the
background, dropping records that have been overwritten.
====
## Getting help

- Read the FAQ in `docs/faq.md`.
- Search the issue tracker; your question may have been answered.
- Ask on the discussion board. Please don't email the maintainers directly.
====
### macOS

Install the dependencies with Homebrew:

    brew install pkgconf libusb

Then build as on Linux.
====
### Windows

Use the MSI installer from the releases page. If you prefer building from source,
install Visual Studio 2022 with the C++ workload and run `cmake --preset windows`.
====
You can embed Emberdb in any program that can call C functions. Bindings for Python,
Go and Rust live in the `bindings/` directory and are released together with the core
library, with the same version number.
====
## Roadmap

- 1.0: freeze the file format.
- 1.1: remote cache over S3.
- Later: Windows support, if someone volunteers to maintain it.
====
## Comparison

| | Kiln | Big generators |
|---|---|---|
| Binary size | 4 MB | 40–200 MB |
| Plugins | no | yes |
| Build 1,000 pages | 0.8 s | 2–30 s |
====
Graupel supports GCC, Clang and MSVC. It detects the compiler from the command line,
so you don't need to configure anything for the common cases. For cross-compilers with
unusual names, list them under `compilers` in the config file.
====
## Data format

Each line of the export is one JSON object with the fields `start`, `end`, `project`
and `note`. Times are RFC 3339 in UTC. The format is stable across 1.x releases.
====
Sparrowhawk runs on anything with Python 3.11 and a serial port. Most people run it on a
Raspberry Pi next to their router. A Docker image is available if you prefer that.
====
## Screenshots

![Main window with the project list](docs/img/main.png)
![Weekly report](docs/img/report.png)
====
## Upgrading from 0.x

The configuration format changed in 1.0. Run `tarn config migrate` once; it rewrites
your config and keeps the old file as `config.toml.bak`.
====
## Performance

On a 2021 laptop the parser handles about 400 MB/s of typical JSON. It is slower than
the SIMD parsers but uses no more than a few kilobytes of memory regardless of the input
size, which is the point.
====
The simulation code is in Fortran 2008 for historical reasons; the Python package wraps
it with f2py. You need gfortran to build from source. Wheels for Linux and macOS include
the compiled library.
====
## Project status

Actively maintained. We release roughly every six weeks and backport security fixes to
the previous minor version.
====
## Contributing

Contributions are welcome. Please read CONTRIBUTING.md first; it explains how to set up
a development environment and what we expect from pull requests.
====
## Related projects

- [mousetrap-ui](https://github.com/example/mousetrap-ui): a Qt front-end.
- [gba-tests](https://github.com/example/gba-tests): the test ROMs we use.
====
If you package Tarn for a distribution, please let us know so we can link to it. The
`contrib/` directory has a systemd user unit, shell completions and a desktop file.
====
The mobile apps are written in Kotlin and Swift with a shared core in Rust. The core
handles sync and storage, so both apps behave the same offline.
====
## Keyboard shortcuts

| Key | Action |
|-----|--------|
| `j` / `k` | next / previous item |
| `/` | search |
| `?` | show all shortcuts |
====
The compiler targets WebAssembly and native code through LLVM. Programs are statically
typed with type inference, have no garbage collector, and use reference counting with
cycle detection for shared data.
====
This crate provides `#![no_std]` drivers for the BME280 and BMP280 sensors over I²C and
SPI. It uses the `embedded-hal` 1.0 traits, so it works with any HAL that implements
them.
""")

ITEMS: dict[str, list[str]] = {"readme_paragraph": README_LINES + README}
