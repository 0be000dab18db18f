"""More man page text: option entries, sections and whole short pages (round 12)."""

from __future__ import annotations

from _r12util import blocks, lines

OPTIONS = blocks(r"""
       -a, --all
              Include hidden files and directories.
====
       -r, --recursive
              Descend into subdirectories.
====
       -f, --force
              Overwrite existing files without asking.
====
       -h, --help
              Print a summary of options and exit.
====
       -V, --version
              Print version information and exit.
====
       -c FILE, --config=FILE
              Read the configuration from FILE instead of the default location.
====
       -p PORT, --port=PORT
              Listen on PORT. The default is 7070.
====
       -b ADDR, --bind=ADDR
              Bind to ADDR. Use 0.0.0.0 to listen on all IPv4 interfaces.
====
       -l LEVEL, --log-level=LEVEL
              Set the log level: error, warn, info, debug or trace.
====
       --log-file=PATH
              Append log messages to PATH instead of writing them to stderr.
====
       -0, --null
              Separate output records with a NUL byte instead of a newline, for
              use with xargs -0.
====
       --min-size=SIZE
              Ignore files smaller than SIZE. K, M and G suffixes are accepted.
====
       --exclude=PATTERN
              Skip files whose path matches the shell glob PATTERN. May be given
              more than once.
====
       -x, --one-file-system
              Do not cross file system boundaries.
====
       --format=FMT
              Output format: text (default), json or csv.
====
       -s, --stats
              Print cache statistics and exit.
====
       -z, --zero-stats
              Reset the statistics counters.
====
       -M SIZE, --max-size=SIZE
              Set the maximum cache size. Old entries are evicted when it is
              exceeded.
====
       --scale=N
              Scale the window by an integer factor N (1 to 8).
====
       --fullscreen
              Start in full-screen mode. Press F11 to toggle.
====
       --no-audio
              Disable sound output.
====
       -d DEVICE, --device=DEVICE
              Use the serial device DEVICE, for example /dev/ttyACM0.
====
       -B RATE, --baud=RATE
              Set the serial line speed. Defaults to 115200.
====
       --serial=SERIAL
              Select the device with this USB serial number when several are
              connected.
====
       -w, --wait
              Wait for the device to appear instead of failing immediately.
====
       --reset
              Reset the board after flashing.
====
       -k, --keep-going
              Continue with other targets after an error.
====
       -C DIR, --directory=DIR
              Change to DIR before doing anything.
====
       --prefix=PREFIX
              Install architecture-independent files in PREFIX. Default
              /usr/local.
====
       --with-zstd
              Build with zstd compression support (enabled automatically if
              libzstd is found).
====
       --daemon
              Detach from the terminal and run in the background.
====
       --pid-file=FILE
              Write the process ID to FILE.
====
       -u USER, --user=USER
              Drop privileges to USER after start-up.
====
       --read-only
              Open the database without write access. Writes fail with an error.
====
       --since=TIME, --until=TIME
              Limit output to records in the given time range.
====
       -e EXPR, --expression=EXPR
              Add EXPR to the list of expressions to evaluate.
====
       --tab-size=N
              Display tabs as N columns wide. Default 8.
====
       --no-pager
              Do not pipe output into a pager.
====
       -i, --interactive
              Ask before each destructive operation.
====
       --check
              Verify that the output would not change and exit with status 1 if
              it would. Nothing is written.
====
       --diff
              Print a unified diff of the changes instead of writing them.
====
       --glyphs=LIST
              Only process the glyphs in LIST, a comma-separated list of glyph
              names or code points (U+0041).
====
       --hinting=MODE
              none, light or full. Default light.
====
       --seed=N
              Seed the random number generator, for reproducible runs.
====
       --threads=N
              Number of solver threads. 0 means one per core.
====
       --tolerance=TOL
              Stop iterating when the residual drops below TOL. Default 1e-8.
""")

SECTIONS = blocks(r"""
NAME
       fenwick - find and merge duplicate files
====
NAME
       kestrel.toml - configuration file for kestrel
====
NAME
       dfu-flash - write firmware to a USB DFU device
====
NAME
       glimmer-build - build font binaries from sources
====
NAME
       emberctl - inspect and repair Emberdb data directories
====
SYNOPSIS
       fenwick scan [--min-size SIZE] [--exclude PATTERN]... DIR...
       fenwick dedupe [--dry-run] DIR...
====
SYNOPSIS
       emberctl check [-v] DATADIR
       emberctl repair [--backup DIR] DATADIR
       emberctl dump [--format json] DATADIR KEY...
====
SYNOPSIS
       nettled [-c FILE] [--daemon] [--pid-file FILE]
====
SYNOPSIS
       dfu-flash [-d VID:PID] [--serial SERIAL] [--reset] IMAGE
====
DESCRIPTION
       emberctl check reads every segment in DATADIR and verifies the record
       checksums and the index. It never writes. Exit status 0 means no
       problems were found.
====
DESCRIPTION
       fenwick scan walks the given directories and groups files with the same
       size, then the same hash of the first 4 KiB, then the same full hash.
       Only the last group is reported.
====
DESCRIPTION
       nettled is the nettle daemon. It accepts connections on the configured
       port, authenticates peers with their host keys and relays traffic
       between them.
====
DESCRIPTION
       glimmer-build compiles the UFO sources in the given directory into TTF,
       OTF and WOFF2 files. Features are read from features.fea next to each
       source.
====
DESCRIPTION
       This manual page documents the configuration file format. The file is
       TOML; unknown keys are rejected, and every key has a default, so an
       empty file is valid.
====
EXIT STATUS
       0      No duplicates were found.
       1      Duplicates were found (scan) or merged (dedupe).
       2      An error occurred.
====
EXIT STATUS
       emberctl exits with 0 if the data directory is consistent, 3 if
       problems were found and repaired, 4 if problems remain, and 1 on other
       errors.
====
ENVIRONMENT
       NO_COLOR
              If set, disables colour output regardless of --color.

       PAGER  The pager used for long output. Defaults to less -FRX.
====
ENVIRONMENT
       TARN_HOME
              Overrides the data directory.

       TZ     Used to display times in local time.
====
FILES
       /var/lib/emberdb/
              Default data directory.

       /run/emberdb/emberdb.sock
              Control socket used by emberctl.
====
FILES
       ~/.local/share/tarn/tarn.db
              The database.

       ~/.config/tarn/config.toml
              Optional configuration file.
====
CONFIGURATION
       [server]
       listen = "0.0.0.0:7070"
              Address and port to listen on.

       workers = 4
              Number of worker threads.
====
EXAMPLES
       Check a data directory and print details of every problem:

              emberctl check -v /var/lib/emberdb

       Dump two keys as JSON:

              emberctl dump --format json /var/lib/emberdb user:1 user:2
====
EXAMPLES
       Flash a board and reset it:

              dfu-flash --reset build/firmware.bin
====
EXAMPLE
       Build only the regular and bold weights:

              glimmer-build --weights Regular,Bold sources/
====
BUGS
       The --one-file-system option is ignored on Windows.
====
BUGS
       Leap seconds are not handled; timestamps around them may be off by one
       second.
====
BUGS
       Please report bugs at https://github.com/example/kestrel/issues.
====
SEE ALSO
       emberctl(8), emberdb.conf(5)
====
SEE ALSO
       dfu-util(1), lsusb(8)
====
SEE ALSO
       tarn-report(1), tarn-export(1), tarn.conf(5)
====
NOTES
       Hard links share one inode, so changing the content of one file changes
       all of them. Use dedupe only on files you do not intend to edit.
====
NOTES
       Hinting increases file size by about 30% and is only useful on Windows
       at small sizes.
====
SECURITY
       The control socket is created with mode 0660 and owned by the emberdb
       group. Anyone in that group can read and modify every record.
====
HISTORY
       fenwick first appeared in 2017 as a shell script. It was rewritten in
       Rust for version 1.0.
====
AUTHORS
       Aino Lehtonen and the Glimmer contributors.
====
REPORTING BUGS
       Report bugs to the mailing list. Please include the output of
       nettled --version.
====
COPYRIGHT
       Copyright © 2023 Emberdb contributors. Emberdb is distributed under
       the Apache License 2.0; see the LICENSE file in the source tree.
====
DIAGNOSTICS
       "stale lock file"
              A previous run did not exit cleanly. If no other instance is
              running, remove the lock file named in the message.

       "segment checksum mismatch"
              The segment is corrupt. Run emberctl repair.
====
ASYNC-SIGNAL SAFETY
       frob_close() is not async-signal-safe; do not call it from a signal
       handler.
====
ERRORS
       EBUSY  The device is already open in exclusive mode.

       ENODEV The device was unplugged.

       EINVAL flags contains an unknown bit.
====
CONFORMING TO
       POSIX.1-2008, except for the -0 option, which is an extension.
====
.SH DESCRIPTION
.B emberctl
inspects and repairs Emberdb data directories.
.PP
Only
.B check
is safe to run on a live directory.
====
.TP
.B \-\-dry\-run
Show what would be done, but do not modify any files.
====
.SH "EXIT STATUS"
.B fenwick
exits 0 when no duplicates were found and 1 when some were.
====
.Dd March 4, 2024
.Dt FROBCTL 8
.Os
.Sh NAME
.Nm frobctl
.Nd control frob devices
====
.Sh DESCRIPTION
The
.Nm
utility queries and configures frob devices attached to the system.
.Bl -tag -width Ds
.It Fl l
List attached devices.
.El
""")

SHORT = lines(r"""
tarn-report(1) — print a summary of logged work
fenwick(1)              User Commands              fenwick(1)
emberctl(8)           System Manager's Manual           emberctl(8)
kestrel.toml(5)          File Formats Manual          kestrel.toml(5)
""")

ITEMS: dict[str, list[str]] = {"man_page": OPTIONS + SECTIONS + SHORT}
