"""More docstrings, doc comments and code comments (round 12), across languages and domains."""

from __future__ import annotations

from _r12util import blocks, lines

DOC_LINES = lines(r"""
Return the absolute path of the cache directory, creating it if it does not exist.
Flush buffered records to disk. Blocks until the data is durable.
Return a copy of the matrix with rows and columns swapped.
Compute the CRC-32C of *data*, continuing from *crc*.
Look up a glyph by Unicode code point; returns the .notdef glyph if missing.
Convert a duration in seconds to a human-readable string like "2h 5m".
Decode one UTF-8 sequence and return the code point and its length.
Return the intersection of two axis-aligned bounding boxes, or None.
Read exactly *n* bytes or raise EOFError.
Reset the device and wait until it reports ready.
Return the list of enabled plugins, in load order.
Whether the current terminal supports 24-bit colour.
Number of pending jobs in the queue. Approximate under concurrency.
Close the connection. Pending requests fail with ConnectionClosed.
Apply the migration. Idempotent: running it twice has no further effect.
Return the player's position interpolated between the last two physics steps.
Resample the signal to *rate* Hz using a windowed sinc filter.
Serialise the object to canonical JSON (sorted keys, no whitespace).
Raise PermissionError if the current user may not write to *path*.
Return the version of the on-disk format this build writes.
// Reset clears the buffer but keeps the allocated memory.
// Stop signals the worker to exit and waits for it.
// WithTimeout returns an Option that sets the request timeout.
// ErrNotFound is returned when the key does not exist.
// MaxFrameSize is the largest frame the decoder accepts, in bytes.
// NewPool creates a pool with at most n open connections.
// Walk calls fn for every file under root, in lexical order.
// Err returns the first error encountered by the scanner, if any.
/// Returns the number of elements in the queue.
/// Panics if `index` is out of bounds.
/// Consumes the builder and returns the configured client.
/// The default number of retries for idempotent requests.
/// Converts degrees to radians.
/// Marker trait for types that can be stored in GPU buffers.
/// An error returned when the input is not valid UTF-8.
/// Borrows the inner value mutably.
/** Returns the current frame number, starting at zero. */
/** The default font size in points. */
/** @deprecated Use {@link #openStream()} instead. */
/** Listener notified when the sync finishes or fails. */
@param path the file to read, relative to the project root
@throws IOException if the file cannot be read
@returns {Promise<void>} resolves when the file is written
@param {string} locale BCP 47 language tag, e.g. "pt-BR"
@see RFC 6455, section 5.5.2
:param int timeout: seconds to wait before giving up; ``None`` waits forever.
:param bool strict: reject unknown fields instead of ignoring them.
:returns: the parsed document.
:raises FileNotFoundError: if no configuration file is found.
:ivar name: display name of the board.
""")

DOC_BLOCKS = blocks(r'''
"""Command-line entry point.

Parses the arguments, sets up logging and dispatches to the subcommand. Exit codes
follow sysexits.h where a matching code exists.
"""
====
"""Migrations for the v2 schema.

Each migration is a function that receives an open connection inside a transaction.
They run in the order of their numeric prefix and are recorded in the
``schema_migrations`` table.
"""
====
Fit a line to the points with ordinary least squares.

Args:
    x: Independent variable, one-dimensional.
    y: Dependent variable, same length as ``x``.

Returns:
    Tuple ``(slope, intercept)``.

Raises:
    ValueError: If fewer than two points are given.
====
Load a sprite sheet and split it into frames.

The sheet must be a grid of equal-sized cells. Empty cells at the end of the last row
are ignored.

:param path: PNG file.
:param cell: ``(width, height)`` of one frame in pixels.
====
// Package ringbuf implements a fixed-size, single-producer single-consumer ring
// buffer that is safe to use from two goroutines without locks.
====
// Retry calls fn until it succeeds, the context is cancelled, or the maximum
// number of attempts is reached. The delay between attempts grows exponentially
// with full jitter.
====
/// Parses a semantic version string.
///
/// Pre-release and build metadata are accepted. Leading `v` is not.
///
/// ```
/// let v = Version::parse("1.2.3-rc.1")?;
/// assert_eq!(v.major, 1);
/// ```
====
/// A cheap, clonable handle to the shared texture cache.
///
/// Cloning the handle does not clone the cache. Textures are evicted when the
/// total size exceeds the budget set at creation.
====
/**
 * struct frob_dev - per-device state
 * @lock: protects @queue and @state
 * @queue: pending requests, oldest first
 * @state: one of FROB_STATE_*
 */
====
/**
 * Called when the activity comes back to the foreground. Restarts the location
 * updates if the user granted the permission while we were in the background.
 */
====
/**
 * A small wrapper around IndexedDB that stores blobs by content hash.
 * All methods return promises and never throw synchronously.
 */
====
"""Physical constants in SI units, from CODATA 2018."""
====
"""Tests for the CSV exporter.

The expected files in ``tests/data/export`` were checked by hand in a spreadsheet;
regenerate them only after checking the diff.
"""
====
Notes
-----
The algorithm is O(n log n). For inputs shorter than 32 elements an insertion sort
is used instead, which is faster in practice.
====
See Also
--------
fit_robust : The same fit with Huber loss.
====
Warnings
--------
The result is not defined for matrices with a zero on the diagonal.
====
--- Returns the length of the longest common prefix of two strings.
-- @param a string
-- @param b string
-- @return integer
====
(defun tarn-insert-entry (text)
  "Insert TEXT as a new tarn entry for the current project."
====
## Installs the font files into the user's font directory and refreshes the cache.
## Usage: install_fonts [DESTDIR]
====
%% @doc Starts the supervisor with one worker per scheduler.
''')

COMMENTS = lines(r"""
// The compiler can't see that `len` is always > 0 here.
# Some old routers send the DNS reply twice; ignore the second one.
/* Matches the value the bootloader leaves in the register. */
// Avoid `format!` in the hot loop; it allocates.
# Pandas would be simpler but doubles the start-up time.
// Deliberately leaking: lives for the whole process.
# Float comparison with a tolerance; the values come from a sensor.
// Order: background, terrain, sprites, particles, UI.
/* Disable interrupts while updating the 32-bit counter on this 16-bit MCU. */
// The API is paginated; the last page has no `next` link.
# Prefer the system library if it's new enough.
// The font's units per em is 2048, not 1000.
# Nothing to do: the user already has the latest version.
// Browsers differ here; Firefox fires `input` before `change`.
-- Keep this view for the reporting tool, it can't handle the new table.
# Skip lines starting with '#' or ';', the old format allowed both.
// Copy, don't move: the caller keeps using the original.
/* TODO: SMP safety. Currently only called on the boot CPU. */
// This used to be a recursive function; it overflowed the stack on deep trees.
# Set by the CI runner; we don't rely on it being there locally.
// Negative zero must print as "-0" to round-trip.
# The wire format is big-endian regardless of the host.
// Use the locale-independent variant; commas in decimals broke the parser.
/* Reserved bits must be written as zero per the reference manual. */
// Every 64th frame we rebuild the spatial hash from scratch to avoid drift.
# These are the only characters Windows forbids in file names.
// Clamp to avoid NaN in acos when rounding pushes the value past 1.
# Twice the Nyquist rate, with some margin.
// FIXME: doesn't handle surrogate pairs.
# TODO: move to a config option once someone asks for it.
// Must match the server's MAX_BODY; keep them in sync.
/* Written this way so GCC turns it into a single rotate instruction. */
// A map would be cleaner but the switch is measurably faster here.
# Not using `subprocess.run(..., check=True)`: we want the stderr in the error.
// The ID is a ULID, so sorting by it sorts by creation time.
# Old entries used a different date format; both are accepted.
// Wait for the fade-out to finish before unloading the level.
/* Timer 2 drives the PWM for the fan; don't reuse it. */
// The list is small; a linear search beats the hash map here.
# Assumes the input is already normalised to NFC.
// Intentionally empty: the default implementation is enough.
# Retry on SQLITE_BUSY; another process may be checkpointing.
// The shader expects premultiplied alpha.
# The DB stores cents as integers to avoid rounding errors.
// Parsing stops at the first NUL, like the C library does.
# Hardcoded because the vendor tool always writes 512-byte headers.
// Unicode says these are letters, but users expect them to act as punctuation.
/* 0x7F is DEL, not printable. */
// Keep the old constant name as an alias for plugins compiled against 2.x.
# It's fine if this fails; the directory may already exist.
""")

COMMENT_BLOCKS = blocks(r"""
# We don't use the vendor's SDK here: it pulls in a whole RTOS and we only need
# to read three registers. The register map is in the datasheet, section 7.
====
// There are two ways a frame can be late: the render took too long, or the
// compositor missed the vblank. Only the first is our fault, so only that one
// counts towards the adaptive quality setting.
====
/*
 * Rounding: we round half to even, like IEEE 754, so that summing many rounded
 * values does not drift upwards. Don't "fix" this to round half up.
 */
====
# The fixture data was recorded from a real device in 2022. If the firmware
# changes its output format, record a new file instead of editing this one.
====
// The lock file is created with O_EXCL so that two processes racing to create it
// cannot both succeed. If it exists we read the PID in it and check whether that
// process is still alive before giving up.
====
# Why a thread and not asyncio: the driver library is blocking and not thread-safe,
# so it gets one dedicated thread and a queue in front of it.
====
/* The checksum covers the header and the payload but not the checksum field
 * itself, which is treated as zero during the computation. */
====
// Glyphs are cached per (font, size, subpixel offset). Four subpixel offsets are
// enough: the difference between them and exact positioning is not visible.
""")

ITEMS: dict[str, list[str]] = {
    "docstring": DOC_LINES + DOC_BLOCKS,
    "code_comment": COMMENTS + COMMENT_BLOCKS,
}
