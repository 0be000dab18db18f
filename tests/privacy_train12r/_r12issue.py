"""Bug reports and feature requests as filed in issue trackers, hand-written for round 12."""

from __future__ import annotations

from _r12util import blocks, lines

ISSUES = blocks(r"""
### Describe the bug

`tarn report --week` shows Monday twice when the week crosses a DST change.

### Steps to reproduce

1. Set TZ=Europe/Berlin
2. Add entries on 2024-03-25 and 2024-03-31
3. Run `tarn report --week 2024-W13`

### Expected behaviour

Seven days, Monday to Sunday.

### Actual behaviour

Eight rows, the first two both labelled Monday.

### Environment

- tarn 1.6.0
- Fedora 39, Python 3.12.2
====
Crash on startup after upgrading to 0.12.0

```
thread 'main' panicked at src/config.rs:88:34:
called `Option::unwrap()` on a `None` value
```

I don't have a config file, so maybe that's it? 0.11.3 works fine.
====
Build fails on Alpine (musl): `error: unknown type name 'cpu_set_t'`

Alpine 3.19, gcc 13.2.1. Looks like `_GNU_SOURCE` isn't defined before including sched.h.
====
**Feature request:** export to Parquet

We load the CSV exports into DuckDB anyway; Parquet would keep the column types and be
much smaller. Happy to help with a PR if you're open to adding the dependency as an extra.
====
Font: the lowercase `l` and the digit `1` are hard to tell apart at 10pt

Screenshot attached (macOS, Terminal.app, 10pt, no ligatures). Other monospace fonts add a
tail or a serif to one of them.
====
Memory grows without bound when watching a directory with many files

Watching ~/src (about 400k files) the RSS goes from 80 MB to 3 GB over a day. It seems the
inotify watch list is rebuilt on every rename and the old entries are never removed.

Version: 2.1.4, Linux 6.6, ext4.
====
Docs: the example in "Configuring retries" uses `retry_count`, but the option is called
`retries`. Took me a while to figure out why it had no effect.
====
[Android] The app freezes when rotating during a sync

Device: Pixel 6a, Android 14. Steps: start a sync, rotate the phone. The progress bar
stops and the UI is unresponsive until the app is killed. Happens every time.
====
Segfault in frob_close() when the device was unplugged

Backtrace:

    #0  0x00007ffff7e3a1b2 in frob_flush (dev=0x0) at src/frob.c:211
    #1  0x00007ffff7e3a3f0 in frob_close (dev=0x5555555592a0) at src/frob.c:240
    #2  0x0000555555555259 in main () at examples/read.c:31

libfrob 0.8.2 from the Debian package.
====
Regression: `--quiet` prints progress bars again in 4.2.0

Bisected to the commit that moved the progress output to its own thread.
====
Game crashes when loading a save from 2.x

Linux, Steam version. The log ends with "unknown chunk type 0x0C". The save file is
attached. I'd really like not to lose 40 hours of progress.
====
Slow query planner on tables with many partitions

With 2,000 daily partitions even `SELECT 1 FROM events WHERE id = 5` takes 300 ms in
planning. EXPLAIN shows all partitions considered, though the partition key is the date.
Is pruning expected to work on the primary key here?
====
The installer doesn't work behind a proxy

`curl | sh` style install fails with "connection timed out". The script downloads the
binary with its own HTTP code that ignores `https_proxy`. Using curl for the download
would fix it.
====
Steps:
1. Open a file with CRLF line endings
2. Edit one line
3. Save

Expected: line endings preserved.
Actual: the whole file is converted to LF, and git shows every line as changed.
====
Tests fail on big-endian (s390x)

The Debian build logs show 14 failures in test_codec on s390x, all in the checksum tests.
Log: https://buildd.example.org/status/fetch.php?pkg=libtarn&arch=s390x
====
Cannot pip install on Python 3.13: building the wheel fails with
`error: 'PyLongObject' has no member named 'ob_digit'`.
====
Please publish arm64 Docker images. We run our CI on Graviton instances and have to build
the image ourselves at the moment.
====
Wrong glyph for U+2011 (non-breaking hyphen) in the Light weight — it shows the tofu box.
====
Dark mode: the text in the "About" dialog is black on dark grey and nearly unreadable.
====
Typo in error message: "Could not open fiel"
====
Timeout when the repository has more than 10k tags

`kiln deploy` spends minutes in `git describe`. Could it use `--abbrev=0 --tags` on the
current commit only?
====
Physics objects fall through the floor at 240 Hz

On a 240 Hz monitor with vsync on, small objects tunnel through thin colliders. At 60 Hz it
never happens. Maybe the fixed timestep isn't used for the collision pass?
====
Environment:
- OS: Windows 11 23H2
- Version: 3.0.1 (installer from the website)
- GPU: RTX 3060, driver 551.23

The window is blank white after the splash screen. Starting with `--disable-gpu` works.
====
Keyboard shortcuts don't work with a German keyboard layout

Ctrl+/ to comment a line does nothing, since / needs Shift+7 here. VS Code maps shortcuts
by key code for this reason; maybe the same could be done.
====
Kernel oops in the rtw8852 driver after resume

[ 4711.203418] BUG: kernel NULL pointer dereference, address: 0000000000000018
[ 4711.203456] RIP: 0010:rtw89_pci_rx_napi_poll+0x52/0x1a0 [rtw89_pci]

Laptop: ThinkPad E14 Gen 5, kernel 6.7.4. Happens on about one resume in five.
====
The sensor readings jump by exactly 256 every few minutes

Looks like the high byte is read before the low byte is latched. Board: rev C, firmware
12.3. Attached a CSV with the raw values.
====
`make check` hangs forever in test-fifo on FreeBSD 14
====
Add a way to exclude directories from the scan. We have a huge `node_modules` in every
project and `--exclude` only takes file globs.
====
Question: is the on-disk format stable between 3.x releases? I'd like to keep the data on a
shared volume used by two versions during a rolling upgrade.
""")

SHORT = lines(r"""
Crash when the config file is empty
Build broken on macOS 14 with Xcode 15.3
Wrong exit status when no files match
Docs link to the API reference is 404
Japanese text renders with Chinese glyphs in the editor
High CPU usage when idle on Wayland
Unable to connect to the server after upgrading OpenSSL to 3.2
Tab completion suggests hidden files
Support for RISC-V
Sound stutters on Bluetooth headphones
""")

ITEMS: dict[str, list[str]] = {"issue_report": ISSUES + SHORT}
