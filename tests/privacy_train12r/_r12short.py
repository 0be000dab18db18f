"""Package one-liners and code comments, hand-written for round 12: short texts, one a line."""

from __future__ import annotations

from _r12util import blocks, lines

ONELINERS = lines(r"""
Fast incremental build system for C and C++ projects
A tiny, dependency-free JSON parser for embedded C.
Command-line tool to resize and convert images in bulk
Python bindings for the libtarn compression library
Pure-Rust implementation of the QUIC transport protocol.
Terminal UI for browsing PostgreSQL databases
Lightweight markup language processor (documentation)
Monospaced font designed for source code
Open-source firmware for 3D printers based on STM32 boards
Header-only C++17 library for fixed-point arithmetic
Directory lister that shows file types as icons and marks files changed in git.
HTTP/1.1 and HTTP/2 server and client built on asyncio streams
Collection of GStreamer plugins for hardware video decoding
Shared library for reading and writing FITS astronomy images
Utilities for managing SELinux policy modules
Go library for structured, levelled logging
Static site generator written in Haskell
Time series database optimised for IoT sensor data
Debugger front-end for GDB and LLDB
Kernel module for Realtek RTL8852 wireless cards (DKMS)
virtual package provided by all mail transport agents
transitional package for the rename to glimmer-fonts; safe to remove
development files for libquill (headers and static library)
documentation for the Ember database engine
debugging symbols for glimmer
Perl module to parse ISO 8601 dates
Ruby gem for building command-line interfaces
R package for Bayesian hierarchical models
Julia package for sparse linear algebra on GPUs
OCaml library for parsing command-line arguments
Node.js module for watching file system changes
Emacs major mode for editing Dockerfiles
Vim plugin that highlights trailing whitespace
A keyboard-driven tiling window manager for Wayland.
Lossless audio codec library — runtime files
Tools to inspect and modify ELF binaries
Scientific plotting library with a MATLAB-like interface
Simple, fast and safe password hashing for Rust (Argon2id)
Elliptic-curve cryptography primitives in constant-time C
TLS 1.3 library with a small code footprint, aimed at microcontrollers
Framework for writing Android apps in Kotlin with declarative UI
Cross-platform GUI toolkit with native widgets
Immediate-mode GUI library for game tools
2D game engine with a built-in level editor
Roguelike dungeon crawler with procedurally generated levels
Chess engine supporting the UCI protocol
Physics engine for rigid-body simulation
Compiler for a statically typed language that targets WebAssembly
LLVM-based optimising compiler for the Zephyr language
Formatter for SQL queries
Checks POSIX shell scripts for quoting mistakes and bashisms
Language server for Terraform files
Jupyter kernel for the Lua language
Continuous integration runner that executes jobs in containers
Self-hosted Git service with issue tracking and code review
Reproducible build environment based on Nix
Tool to create Debian packages from Python projects
Helper scripts for maintaining RPM spec files
Font rendering engine with subpixel positioning
OpenType font with extensive coverage of Cyrillic and Greek
Fonts for the Devanagari script, four weights
Message queue with at-least-once delivery and persistence
Distributed key-value store using the Raft consensus algorithm
Object-relational mapper for Python with async support
Migrations tool for SQLite databases
In-memory cache with LRU and TTL eviction
Library for computing diffs between text files
Regular expression engine with linear-time matching
Unicode normalisation and segmentation routines
Bindings to the Vulkan graphics API for Go
Driftwood game engine — headers and pkg-config files
Mesh processing library for point clouds and triangle meshes
Finite element solver for structural mechanics
Molecular dynamics package for GPUs
Library for reading GRIB weather data
Parser for the Markdown dialect used by CommonMark
HTML sanitiser that keeps a safe subset of tags
Web framework for building REST APIs in Go
Small routing library for Node.js HTTP servers, no middleware stack
Batteries-included web framework for Python
Template engine with sandboxed execution
Front-end build tool with hot module replacement
Component library for React with accessible defaults
CSS framework built on utility classes
Typed query builder for TypeScript
Protocol Buffers compiler plugin for generating Rust code
gRPC health-check service implementation
Prometheus exporter for RAID controllers
Dashboard for visualising metrics and logs
Network packet analyser with a curses interface
DNS server with DNSSEC validation
VPN daemon using the WireGuard protocol
SSH server for embedded devices
Utility to flash firmware images over USB DFU
Real-time operating system for Cortex-M microcontrollers
Bootloader for RISC-V boards
Converts device tree sources to blobs and back
Filesystem in userspace for mounting S3 buckets
Backup program with deduplication and encryption
Tool to find duplicate files
Disk usage analyser with a treemap view
Clipboard manager for X11 and Wayland
Screenshot tool with annotation support
PDF viewer with vim-like key bindings
E-book reader and library manager
Music player daemon client for the terminal
Podcast downloader and player
Spell checker with dictionaries for 40 languages
Hyphenation patterns for TeX
LaTeX package for typesetting chemical formulae
Bibliography manager with BibTeX export
Citation style files (CSL) for academic journals
Translation memory tool for gettext catalogs
Internationalisation helpers for C programs
Localisation files for the Tarn desktop (Polish)
Game controller database for SDL
Emulator for the Game Boy Advance
MIDI sequencer with a piano-roll editor
Audio plugin host for LV2 and VST3
Digital signal processing library for software-defined radio
GPS daemon and client library
Weather station data collector
Home automation hub with a plugin system
Library for talking to Zigbee coordinators
Bluetooth Low Energy stack for Linux
Smart card middleware (PC/SC)
Tools for TPM 2.0 devices
Hardware sensor monitoring tools
Power management daemon for laptops
Input method framework for Chinese, Japanese and Korean
On-screen keyboard for touch devices
Accessibility toolkit bridge for Qt applications
Screen reader for the GNOME desktop
Icon theme following the Material Design guidelines
Cursor theme with large pointers
Wallpapers for the Lumen desktop
Metapackage that installs the full Lumen desktop environment
Core utilities for the Lumen desktop (files, settings, terminal)
Test framework for C with automatic test discovery
Property-based testing for Rust
Mocking library for Go interfaces
Snapshot testing for Jest
Benchmark harness with statistical analysis
Code coverage tool for Python
Fuzzer for file format parsers
Static analyser for C and C++ based on abstract interpretation
Profiler for Linux with flame graph output
Memory leak detector for long-running processes
Tracing library compatible with OpenTelemetry
Configuration management tool with agentless deployment
Container runtime implementing the OCI specification
Kubernetes operator for managing PostgreSQL clusters
Helm chart linter
Infrastructure-as-code tool for cloud resources
Secret scanning pre-commit hook
Dependency update bot for monorepos
Semantic versioning parser and comparator
Command-line argument parser for Rust with derive macros
Progress bars for long-running loops
Coloured terminal output for Python
Interactive picker that filters lines from stdin as you type
Shell prompt that shows git status and exit codes
Z shell plugin manager
Tool for managing multiple runtime versions
Bundles an ES module entry point into one file, nothing more.
A small, opinionated code formatter for Lua.
Yet another YAML library, this one streaming.
Blazing fast CSV toolkit.
Image loading and resizing for Lua, with no C dependencies.
Type annotations for the quillmark plugin API
Time zone rules compiled into a Python module, updated with every tzdata release
Launcher that keeps a separate prefix per game for running old Windows titles
Library for decoding HEIF and AVIF images
Barcode and QR code scanner library
OCR engine — English language data
Speech synthesis for Finnish
Geographic projections library
Routing engine for OpenStreetMap data
Tile server for vector maps
Statistical computing environment — recommended packages
Numerical library for interval arithmetic
Symbolic mathematics in pure Python
Arbitrary-precision integer arithmetic in C
Quantum circuit simulator
Library for reading genomic sequence alignments
Bioinformatics toolkit for variant calling
Image registration for medical volumes (DICOM)
Astronomical ephemeris calculations
""")

COMMENTS = lines(r"""
# TODO: remove once every supported distro ships glibc >= 2.34
// FIXME: this leaks the buffer when realloc fails
/* NOTE: the order matters here, the lock must be taken before the refcount is read. */
# XXX: upstream bug, see https://bugs.example.org/show_bug.cgi?id=4412
// HACK: Safari reports the wrong width until the fonts are loaded.
# Keep in sync with the list in docs/formats.rst.
// We retry once because the first connect after a resume often fails on macOS.
/* Work around a GCC 12 false positive (-Wstringop-overflow). */
# The API returns 404 instead of an empty list when there are no results.
// Intentionally not using std::filesystem: we still build with GCC 7 on CentOS.
# Windows paths can be longer than MAX_PATH when the \\?\ prefix is used.
// TODO(mkowalczyk): handle the 32-bit case properly.
-- This index makes the nightly report go from minutes to seconds.
# noqa comment below because the import has side effects (registers the codecs).
// Fall through: a zero-length packet is still a valid keepalive.
/* This table is generated by tools/gen_crc.py, do not edit by hand. */
# Seconds, not milliseconds. The old config format used milliseconds.
// Don't use a HashMap here: iteration order ends up in the output file.
# The sleep is not a race fix, the device needs 50 ms after reset per the datasheet.
; Interrupt vector table, must stay at 0x0000.
// Safety: `ptr` is non-null and aligned because it came from `Box::into_raw`.
# Deprecated since 3.2, kept for plugins that still call it.
/* Big-endian hosts need the byte swap; little-endian ones get a no-op. */
// The server sends a trailing NUL in the banner, strip it.
# If you change this, bump CACHE_VERSION too, or old caches will be read with the new layout.
// This is O(n^2) but n is the number of monitors.
# pragma: no cover - only reached on Windows
// eslint-disable-next-line no-console -- CLI output, not debug logging
# type: ignore[attr-defined]  # added dynamically by the plugin loader
/* Unreachable in practice; keeps the compiler quiet about a missing return. */
// Two passes: first collect the labels, then resolve the forward jumps.
# The first row of the CSV export is a header even when the table is empty.
// TODO: the retry budget should come from the config, not a constant.
# FIXME: flaky on CI when the runner is under load; needs a proper wait.
// Mirrors the behaviour of `git check-ignore`, including negated patterns.
/* Caller must hold dev->lock. */
// Returns early on EINTR; the main loop calls us again.
# Ordered by how often each format appears in the wild.
// Keep this struct packed: it is written to disk as-is.
# Values above 0.8 made the fan audible in testing.
/* The hardware ignores the low two bits of the address. */
// The sprite sheet is 16x16 tiles; index 0 is transparent.
# Grid spacing in metres. The solver becomes unstable below 0.5.
// Player can only double-jump once per airtime, reset on landing.
# Use the median, not the mean, the timings have long tails.
// Shaders are compiled lazily the first time a material is drawn.
# Skip the header row and the two comment lines that the instrument writes.
// Z-fighting on the terrain edges, bumping the near plane fixes it.
/* Errata 2.1.3: the first ADC conversion after wake-up is garbage, discard it. */
// Postgres folds unquoted identifiers to lower case; quote them.
# SQLite does not support ALTER COLUMN, so we rebuild the table.
// This query hits the replica; writes go through `primary()`.
# Timestamps in the log are UTC; the UI converts to local time.
// We can't await inside the lock, hence the clone.
# Retries with exponential backoff, capped at 30 s.
// The kernel may return fewer bytes than asked; loop until done.
/* Must be a power of two for the mask trick to work. */
// Kept for ABI compatibility; new code should call frob_open2().
# A missing file is not an error here: the user may not have a config yet.
// Debounce: the file watcher fires twice on some editors' atomic saves.
# This is the only place where we shell out; everything else uses the library.
// NOTE: Android 14 kills background services after 3 minutes, use WorkManager.
// iOS keeps the keyboard open unless we resign first responder explicitly.
# Font hinting off: it distorted the glyphs at 11 px.
// Kerning pairs are looked up in the GPOS table first, then the legacy kern table.
/* Constant-time compare, do not replace with memcmp. */
// The nonce must never repeat for the same key; we use a counter, not random bytes.
# 4096 rounds was the default in 2015; raised to match current guidance.
// Clippy wants `is_empty` here but the trait does not have it.
# This test is slow (about 40 s); it is marked and skipped by default.
// Reproduces issue #1823: the second save used to truncate the file.
# Snapshot updated after the date format change in 2.0.
// Mock clock so the expiry test does not depend on the machine.
/* See RFC 9110, section 8.8.3 for the ETag comparison rules. */
// Per the spec, a missing charset means UTF-8 for JSON.
# Matches the grammar in the language reference, section 6.2.
// The linker script places this section in SRAM2, which survives deep sleep.
# Built with -fno-strict-aliasing because of the packet parsing code below.
// Old Gradle versions cannot read this property, hence the fallback.
# The CI image has no display; the GUI tests run under xvfb.
// Don't cache 5xx responses, even if the origin says so.
# Everything below this line is only for the deprecated v1 API.
// Remove after the 2025-01 release, when the migration window closes.
# TODO: profile this; I suspect the regex compile dominates.
// Yes, this is a linear scan. The list never has more than a dozen entries.
/* Fallback for compilers without __builtin_clz. */
// The assembler wants the immediate in hex here.
# Locale-independent: we parse the number ourselves instead of using float().
// CJK text has no spaces, so break opportunities come from the line-break table.
# Right-to-left scripts are laid out by the shaping engine, not here.
// For the game's speedrun mode, frame timing must be deterministic.
# This path is hit when the user cancels the dialog.
// Undo groups are closed when the cursor moves to another line.
// See the comment in scheduler.c about why this is a spinlock and not a mutex.
# The order of these imports avoids a circular import between models and views.
// Protect against a malformed length field: never trust the peer.
# Borrowed from the old Makefile; not sure it is still needed.
// The worker pool size defaults to the number of physical cores, not logical ones.
""")

# Longer comment blocks as they sit above a function or inside it.
COMMENT_BLOCKS = blocks(r"""
# The cache key includes the compiler version because two compilers can produce
# different object files from the same source. Without it a toolchain upgrade
# would silently reuse stale objects.
====
/*
 * The controller has two FIFOs but only one interrupt line. We read the status
 * register first to find which FIFO fired, then clear only that bit: clearing
 * both loses an event when they fire within the same cycle.
 */
====
// Tile streaming works in rings around the camera. Ring 0 is always resident;
// rings 1 and 2 are loaded in the background and may be evicted under memory
// pressure. Never hold a reference to a ring-2 tile across frames.
====
# NOTE(release): bump this together with the minimum version in pyproject.toml.
# The wheel builder reads it to decide which ABI tags to produce.
====
/* Layout of the on-disk header (all little-endian):
 *   0  magic      u32
 *   4  version    u16
 *   6  flags      u16
 *   8  entries    u64
 */
====
// Why not use the standard library's sort? It is not stable on this platform
// and the UI relies on equal items keeping their order.
====
# Steps:
#   1. read the manifest
#   2. resolve every dependency to an exact version
#   3. write the lock file only if something changed
====
-- Partial index: only unprocessed rows are queried by the worker, and they are
-- a tiny fraction of the table.
====
// TODO: this is the third copy of this helper (see net/retry.go and
// store/retry.go). Move it to internal/backoff when someone has a free afternoon.
====
# The instrument drifts by about 0.2 K per hour after power-on, so the first
# 30 minutes of each run are discarded before fitting.
====
// A negative timeout means "wait forever", zero means "poll once". This matches
// poll(2), which is what most callers expect.
====
/* When the display is rotated the touch controller keeps reporting raw
 * coordinates, so we rotate them here before handing them to the input layer. */
====
# We deliberately do not follow symlinks: a link pointing outside the project
# would otherwise pull unrelated files into the archive.
====
// Both branches look identical, but the first one is taken on the hot path and
// the compiler vectorises it only when the bounds are known. Don't merge them.
====
# FIXME: the translation strings below are concatenated, which breaks languages
# with a different word order. Switch to a single format string with named fields.
""")

ITEMS: dict[str, list[str]] = {
    "package_oneliner": ONELINERS,
    "code_comment": COMMENTS + COMMENT_BLOCKS,
}
