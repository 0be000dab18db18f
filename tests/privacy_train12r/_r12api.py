"""Docstrings and doc comments (Python, Go, Rust, C, Java, JS) and man page text, round 12."""

from __future__ import annotations

from _r12util import blocks, lines

DOCSTRINGS = blocks(r'''
Return the number of bytes that would be written, without writing them.
====
Parse an ISO 8601 duration such as ``P1DT2H`` and return a ``timedelta``.

Raises:
    ValueError: if the string is not a valid duration or uses years or months,
        which have no fixed length.
====
Open the store at *path*, creating it if needed.

:param path: directory that holds the data files.
:param readonly: open without taking the write lock.
:returns: a :class:`Store` that must be closed with :meth:`Store.close`.
:raises StoreLockedError: if another process holds the write lock.
====
Args:
    frames: Iterable of decoded video frames, in presentation order.
    fps: Output frame rate. Frames are dropped or duplicated to match it.

Returns:
    The path of the written file.
====
// ParseLevel converts a level name such as "warn" or "ERROR" to a Level.
// It returns an error for unknown names; the comparison is case-insensitive.
====
// Package logfmt encodes and decodes the logfmt key=value format used by
// many command-line tools and log shippers.
====
// Close flushes pending writes and releases the file handle. Calling Close
// more than once is safe; later calls return nil.
====
/// Returns the tile at `(x, y)`, or `None` if the coordinates are outside the map.
====
/// Splits the input into tokens.
///
/// # Errors
///
/// Returns [`LexError::UnterminatedString`] if a string literal reaches the end
/// of the input.
///
/// # Examples
///
/// ```
/// let toks = lex("a + 1")?;
/// assert_eq!(toks.len(), 3);
/// ```
====
/// # Safety
///
/// `buf` must point to at least `len` initialised bytes that stay valid for the
/// lifetime of the returned slice.
====
//! Fixed-point numbers with a compile-time number of fractional bits.
//!
//! The types wrap the integer primitives and never allocate, so they can be used
//! in `no_std` firmware.
====
/**
 * frob_open - open a device handle
 * @path: device node, e.g. "/dev/frob0"
 * @flags: FROB_O_* flags
 *
 * Return: a handle on success, NULL on failure with errno set.
 */
====
/**
 * Returns the list of accounts visible to the current user, newest first.
 *
 * @param limit maximum number of accounts to return; must be positive
 * @return an unmodifiable list, never {@code null}
 * @throws IllegalArgumentException if {@code limit} is zero or negative
 */
====
/**
 * Debounces calls to `fn` so that it runs at most once per `wait` milliseconds.
 * @param {Function} fn
 * @param {number} wait
 * @returns {Function} the debounced function, with a `cancel()` method
 */
====
"""Helpers for reading the instrument's binary export format.

The format is undocumented; the field layout was worked out from files the
vendor software wrote with known settings. See ``docs/format-notes.md``.
"""
====
Compute the weighted median of *values*.

Ties are broken towards the lower value, which matches what the old Fortran code
did and keeps the regression tests stable.
====
Yield successive chunks of *size* items from *iterable*. The last chunk may be
shorter.
====
Decorator that retries the wrapped function on :class:`ConnectionError`, up to
*attempts* times, sleeping *delay* seconds between attempts.
====
Deprecated since 3.2: use :func:`load_config` instead. This wrapper will be
removed in 4.0.
====
Convert a colour from sRGB to linear light. Values are expected in [0, 1].
====
Return ``True`` if the two paths point to the same file, following symlinks.
On Windows this compares the file index, not the path strings.
====
Attributes:
    width: Width of the canvas in device pixels.
    height: Height of the canvas in device pixels.
    scale: Ratio of device pixels to CSS pixels.
====
Parameters
----------
signal : ndarray
    One-dimensional input signal.
window : int, optional
    Length of the moving window in samples. Default is 5.

Returns
-------
ndarray
    The smoothed signal, same length as the input.
====
Examples
--------
>>> clamp(5, 0, 3)
3
>>> clamp(-1, 0, 3)
0
====
// Invariant: head <= tail, and tail - head <= capacity.
====
// Handler serves the health endpoint. It reports unhealthy if the last
// successful database ping is older than the configured threshold.
====
/// Configuration for the connection pool. All durations are in seconds.
====
/// A handle to a running game session. Dropping it ends the session and
/// saves the player's progress.
====
"""Load the level file and build the collision grid.

Levels made with editor versions before 0.9 store tiles row-major with a
one-tile border; that border is stripped here.
"""
====
/** Maximum number of glyphs cached per font size. */
====
/**
 * Called on the main thread when the download finishes. Not called if the
 * download was cancelled.
 */
====
"""Test that the importer survives a file with a BOM and mixed line endings."""
====
"""Fixtures shared by the integration tests.

The database fixture creates a throwaway schema per test module and drops it at
teardown, so tests can run in parallel against one server.
"""
====
Build the wheel tags for this interpreter, most specific first.
====
Sign *message* with the Ed25519 private key held by this object. The signature is
deterministic: signing the same message twice gives the same bytes.
====
Verify a signature. Returns ``None`` on success and raises
:class:`InvalidSignature` otherwise; there is no boolean return, so a forgotten
check fails loudly.
====
// Hash returns the SHA-256 digest of the file contents, hex-encoded.
====
/// Number of worker threads. Defaults to the number of available cores.
====
// Deprecated: Use NewClientWithOptions instead.
====
"""Enum of the supported board revisions. The value is what the EEPROM reports."""
====
Render the widget tree into *surface*. Only dirty regions are redrawn unless
*full* is true.
''')

DOC_LINES = lines(r"""
Return the current position of the read cursor, in bytes.
True if the queue has been closed and drained.
Create a new, empty histogram with the given bucket boundaries.
Raise KeyError if the section does not exist.
The user's preferred locale, or None if it cannot be determined.
// String implements fmt.Stringer.
// Len returns the number of items in the set.
/// Returns `true` if the buffer is full.
/// Creates an empty map with room for `capacity` entries.
@return the number of rows affected
@param timeout how long to wait, in milliseconds
:param encoding: text encoding of the file, defaults to UTF-8.
:type retries: int
:rtype: list[str]
Shorthand for ``read(n, block=False)``.
Alias of :meth:`close`, kept for the context manager protocol.
Must be called with the GIL held.
Thread-safe. May block if the queue is full.
Not part of the public API.
""")

MAN = blocks(r"""
NAME
       tarn - keep a log of work sessions

SYNOPSIS
       tarn [OPTIONS] COMMAND [ARGS]...

DESCRIPTION
       tarn records what you work on in a local SQLite database and prints
       summaries per day, week or project.
====
OPTIONS
       -v, --verbose
              Print more detail. May be given twice.

       -q, --quiet
              Print only errors.

       --color=WHEN
              Colourise the output. WHEN is always, never or auto (the default).
====
EXIT STATUS
       0      Success.
       1      A file could not be read or written.
       2      Invalid command-line usage.
====
ENVIRONMENT
       GRAUPEL_CACHE_DIR
              Where cached objects are stored. Overrides the cache_dir setting.

       GRAUPEL_DISABLE
              If set to a non-empty value, graupel runs the compiler directly.
====
FILES
       /etc/nettle/nettle.conf
              System-wide configuration.

       ~/.config/nettle/nettle.conf
              Per-user configuration; settings here override the system file.
====
BUGS
       Sparse files are copied as regular files; the holes are filled with zeros.
       Report other bugs at https://bugs.example.org/fenwick.
====
SEE ALSO
       fenwick.conf(5), find(1), rsync(1)
====
NAME
       frob_open, frob_close - open and close a frob device

SYNOPSIS
       #include <frob.h>

       frob_t *frob_open(const char *path, int flags);
       int frob_close(frob_t *dev);

RETURN VALUE
       frob_open() returns a handle, or NULL with errno set. frob_close()
       returns 0 on success and -1 on error.
====
EXAMPLES
       Scan a directory and print duplicates larger than one megabyte:

              fenwick scan ~/Pictures --min-size 1M

       Replace duplicates with hard links, showing what would be done:

              fenwick dedupe ~/Pictures --dry-run
====
DESCRIPTION
       The kestrel.toml file configures the kestrel daemon. It is read at
       startup and when the daemon receives SIGHUP. Keys not listed here are
       rejected.
====
AUTHOR
       Written by Katrin Vogt and contributors.

COPYRIGHT
       Copyright (C) 2019-2024 The Graupel Authors. License GPLv3+.
====
       --since=DATE
              Show only entries on or after DATE. DATE may be an ISO date
              (2024-03-01) or a relative expression such as "3 days ago".
====
       -n, --dry-run
              Show what would be done without changing anything.
====
       -j N, --jobs=N
              Run up to N jobs in parallel. The default is the number of
              online processors.
====
       -o FILE, --output=FILE
              Write the result to FILE instead of standard output. If FILE
              exists it is replaced atomically.
====
NOTES
       The daemon drops privileges to the nettle user after binding the
       listening socket, so ports below 1024 work without running as root
       permanently.
====
mousetrap(6)                    Games Manual                    mousetrap(6)

NAME
       mousetrap - Game Boy Advance emulator

SYNOPSIS
       mousetrap [--scale N] [--fullscreen] ROM
====
HISTORY
       The --legacy flag appeared in version 1.4 and was removed in 3.0.
====
CAVEATS
       On file systems without hard link support (FAT, exFAT), dedupe falls
       back to deleting the duplicate and printing its path.
====
.TH GRAUPEL 1 "March 2024" "graupel 4.3" "User Commands"
.SH NAME
graupel \- compiler cache
.SH SYNOPSIS
.B graupel
.RI [ options ]
.I compiler
.RI [ compiler-options ]
====
.SH OPTIONS
.TP
.BR \-s ", " \-\-stats
Print cache statistics and exit.
.TP
.BR \-C ", " \-\-clear
Remove every cached object.
====
COMMANDS
       init   Create an empty repository in the current directory.

       add PATH...
              Start tracking the given files.

       status Show tracked files that changed since the last snapshot.
====
       --no-verify
              Skip checksum verification of downloaded archives. Only use this
              on trusted networks; a corrupt download will not be detected.
====
       -t, --timeout SECONDS
              Abort if the device does not respond within SECONDS. Default 5.
====
SIGNALS
       SIGHUP reloads the configuration. SIGUSR1 reopens the log files, for
       use with logrotate. SIGTERM and SIGINT shut down after in-flight
       requests finish.
====
DESCRIPTION
       dfu-flash writes a firmware image to a device in DFU mode. The device
       is found by USB vendor and product ID; if several match, use --serial
       to pick one.
====
STANDARDS
       The output format follows RFC 4180, except that a trailing newline is
       always written.
""")

ITEMS: dict[str, list[str]] = {
    "docstring": DOCSTRINGS + DOC_LINES,
    "man_page": MAN,
}
