"""FAQ entries from project documentation, hand-written for round 12.

Questions and the maintainers' answers: explanatory prose written by people for their users,
in the voice of a project ("we", "the tool"), not an answer to one asker.
"""

from __future__ import annotations

from _r12util import blocks

FAQ = blocks(r"""
Why does tarn store its data in SQLite and not in plain text files?

We tried plain text first. Queries like "how long did I spend on project X in March" meant
parsing every file on every run, and concurrent writes from two terminals corrupted the log.
SQLite gives us both for free and the file is still easy to back up.
====
**Q: Does Quillmark support Python 3.9?**

A: No. 2.x requires 3.10 because it uses structural pattern matching. The 1.x series still
works on 3.8 and 3.9 and receives security fixes until the end of 2025.
====
### Why is the first build so slow?

The first build compiles every dependency from source. Later builds reuse the cached
objects and usually take a few seconds. If every build is slow, check that the cache
directory is writable.
====
Q: Can I use Emberdb from several processes at once?
A: Yes, but only one process can write at a time. Readers never block; a second writer
waits for the lock up to the configured timeout and then fails with EMBER_BUSY.
====
Why doesn't the game start on my laptop with two GPUs?

On some laptops the game is launched on the integrated GPU, which lacks Vulkan 1.2. Start it
with `DRI_PRIME=1` on Linux, or pick the discrete GPU for it in the Windows graphics settings.
====
Is the font free for commercial use?

Yes. Glimmer Mono is under the SIL Open Font License, which allows commercial use,
embedding in documents and apps, and modification. You can't sell the font files on their
own.
====
How do I report a security problem?

Please don't open a public issue. Email the security team (address in SECURITY.md) with a
description and, if you can, a proof of concept. We acknowledge reports within three
working days.
====
Why is the version number 0.x after five years?

Because we still change the configuration format between minor releases, and we don't
want to promise stability we can't keep. 1.0 will come when the format is frozen.
====
Why does `fenwick dedupe` refuse to work across file systems?

Hard links can't span file systems. Rather than silently copying, which would not save
space, dedupe skips those pairs and prints a warning.
====
Does the firmware work on clones of the Blue Pill?

Usually, yes. Some clones use the CKS32F103 chip, which has a different flash size
register; the firmware detects it. Boards with a GD32 chip need the `GD32=1` build flag.
====
Q. Where are my settings stored?
A. On Linux in `~/.config/lumen/settings.ini`, on macOS in
`~/Library/Preferences/org.lumen.settings.plist`, and on Windows in the registry under
`HKCU\Software\Lumen`.
====
Why not just use JSON for the configuration file?

JSON has no comments, and a configuration file without comments is hard to maintain. We
picked TOML because it has comments, dates and a clear specification.
====
How is this different from ccache?

Graupel works the same way for single machines. The difference is the shared remote cache:
several machines can read and write the same cache over HTTP, with content addressing so
that a corrupted entry is detected.
====
Can I turn off the ligatures?

Yes. Most editors let you disable the `calt` feature. In VS Code set
`"editor.fontLigatures": false`; in terminals that don't support OpenType features the
ligatures never appear anyway. We also ship a "NL" build without them.
====
Why does the app need location permission?

Only for the nearby-stations feature. The location is used on the device to sort the
list and is never sent to our servers. If you deny the permission, the rest of the app
works normally.
====
My builds are not reproducible. What can I do?

Check that SOURCE_DATE_EPOCH is set, that the build directory path is not embedded in the
output (use `-ffile-prefix-map`), and that no step sorts files by modification time. The
`diffoscope` tool shows where two builds differ.
====
Why are there two packages, `kestrel` and `kestrel-core`?

`kestrel-core` is the library without the network and TLS dependencies, for people who
embed it. `kestrel` is the full daemon and depends on it.
====
Q: The simulation blows up after a few hundred steps. Is it a bug?
A: Almost always the time step is too large for the stiffness of the material. Halve it
and try again; the solver prints a warning when the Courant number goes above 1.
====
Is there a Windows version?

Not an official one. The code builds with MSYS2, and a community member publishes builds
on their site, but we don't test on Windows and can't help with problems specific to it.
====
Why does `make install` put files in /usr/local?

That is the default prefix for software not installed by the system package manager. Pass
`PREFIX=/usr` if you are building a distribution package, and `DESTDIR` for staging.
====
How do I get the old behaviour back?

Set `legacy_sort = true` in the config. The option will stay for the whole 3.x series.
====
What does "stale lock file" mean?

A previous run crashed or was killed while holding the lock. If no other instance is
running, it is safe to delete the file named in the message.
====
Why was my pull request closed without review?

Usually because it changed many unrelated things at once, or because it implemented a
feature we had already declined in an issue. The closing comment says which. You are
welcome to open a smaller PR.
====
Does the library validate certificates?

Yes, by default against the operating system's trust store. Disabling verification is
possible for testing, but the option is deliberately long (`insecure_skip_verify`) and
logs a warning on every connection.
====
Which hash function is used for the content addresses?

BLAKE3 since version 2.0, SHA-256 before. Caches created by 1.x are migrated on first use;
the migration can be interrupted and resumed.
====
Why is the Docker image so large?

It includes the full TeX distribution needed for PDF output. If you only need HTML, use the
`-slim` tag, which is about a tenth of the size.
====
Can I run the server on a Raspberry Pi?

Yes, on a Pi 3 or newer with a 64-bit OS. The Pi 2 and Zero are too slow for the indexer
but can run the read-only mirror mode.
====
Why do I get "permission denied" on /dev/ttyUSB0?

Your user is not in the group that owns the device, usually `dialout` on Debian and Ubuntu
or `uucp` on Arch. Add yourself to it and log out and back in.
====
What happens to my data if the project shuts down?

Nothing, since it never leaves your machine. The file format is documented in FORMAT.md,
and the export command writes plain CSV.
====
**Why don't you accept donations?**

We did for a while, but handling the money took more time than it was worth. If you want
to help, report bugs with good reproduction steps; that's worth more to us.
""")

ITEMS: dict[str, list[str]] = {"faq_entry": FAQ}
