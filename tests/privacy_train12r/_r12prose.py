"""Explanatory prose written by maintainers (round 12): docs paragraphs that explain, in one or
a few sentences, why a project behaves as it does. Close in register to a model's answer, but
written about the project, for its users; plus long texts up to ~1,500 characters."""

from __future__ import annotations

from _r12util import blocks, lines

FAQ_LINES = lines(r"""
The cache is keyed on the compiler's full command line, so changing a define invalidates only the files that use it.
Deleting the lock file while the daemon runs is safe only if you also stop the daemon; otherwise two writers can end up with the same segment.
Timestamps are stored with nanosecond precision but displayed to the second, which is why two entries can look simultaneous.
The importer reads files in 64 KiB chunks, so memory use does not depend on the file size.
We don't follow redirects to a different host by default, because that is how credentials leak to third parties.
Builds are reproducible as long as SOURCE_DATE_EPOCH is set and the build path is mapped with -ffile-prefix-map.
The game pauses physics when the window loses focus because some drivers throttle background windows to 1 fps.
A negative exit code in the log means the process was killed by a signal; -9 is SIGKILL, usually from the OOM killer.
The first sync after an upgrade is slow because the index is rebuilt in the new format.
Your changes appear after a reload because the server caches rendered pages for 60 seconds.
The warning about an unsigned module is informational; the module still loads.
The font's line gap is set to zero so that box-drawing characters connect; editors add their own spacing.
The solver prints a warning rather than an error when the residual stalls, since a stalled residual can still be accurate enough.
The app keeps the last 30 days of history on the phone; older data stays on the server and is fetched on demand.
Hard links are used instead of symlinks because programs that follow symlinks would otherwise see two different paths.
The order of plugins matters only for hooks that modify the same value; the last plugin wins.
Version numbers ending in an odd minor (3.5, 3.7) are development releases.
We sign tags, not individual commits, because most contributors don't have signing keys set up.
The scheduler is cooperative: a task that never yields blocks every other task on its core.
The board resets when the supply dips below 2.9 V, which is why long USB cables cause random reboots.
""")

FAQ = blocks(r"""
How does the remote cache decide whether an object can be reused?

Every object is stored under the hash of its inputs: the preprocessed source, the full
compiler command line with paths normalised, and the compiler's own version string. A build
that produces the same hash gets the stored object. Nothing about the machine is part of the
hash, which is what lets CI and laptops share a cache; the flip side is that two compilers
reporting the same version string must produce the same output, which is true for the
official builds but not always for patched distribution compilers.
====
Why is `sync` not atomic across files?

Making it atomic would mean staging every file and swapping them all at once, which needs
twice the disk space and a file system that supports directory renames over existing
directories. We chose to make each file atomic (written to a temporary name and renamed)
and to record progress, so an interrupted sync resumes where it stopped.
====
Why does the renderer use a depth pre-pass?

Scenes in the game have a lot of overdraw: cave walls behind cave walls. Drawing depth
first and then shading only the visible pixel costs one extra cheap pass and saves a lot of
expensive shading. On GPUs with hidden-surface removal (most phone GPUs) the pre-pass is
skipped, since the hardware already does the same thing.
====
What does "segment checksum mismatch" mean, and is my data lost?

Every record in a segment carries a CRC, and the segment as a whole has one in its footer.
The message means one of them did not match, usually because of a disk error or a crash
during a write with the write cache enabled. Run `emberctl repair`: it keeps every record
whose own checksum is valid and drops the rest, so usually only the last few writes before
the crash are lost. Keep the backup it makes until you have checked the result.
""")

LONG = blocks(r"""
## Architecture

Hearth is one process with three kinds of components. Integrations talk to devices: the
Zigbee integration owns the serial port of the coordinator, the Matter integration owns a
Thread border router connection, and cloud integrations poll or subscribe to vendor APIs.
Each integration runs in its own task and turns what it hears into state changes on
entities, like "light.kitchen is on, brightness 40%".

The state machine holds the current state of every entity and a short history. It is the
only shared data structure, and every change to it goes through one queue, so there are no
locks in integration code.

Automations subscribe to state changes. When a trigger matches, the automation checks its
conditions against the current state and runs its actions, which are service calls back
into integrations ("turn on light.hall"). Automations never talk to devices directly, which
is what makes it possible to test them with a fake state machine.

The HTTP API and the web UI sit on top of the state machine and the service registry. They
can read any state and call any service the logged-in user is allowed to, and they get live
updates over a websocket. Everything is stored in one SQLite file next to the configuration.
====
On Thu, May 2, 2024 at 18:02, Priya Iyer wrote:
> Why does the new allocator hold the zone lock while refilling the per-CPU cache? That
> seems like it would hurt on machines with many cores.

It does hurt, and it is deliberate for now. The refill takes a batch of pages from the
zone's free lists, and doing that without the lock would need the free lists to be
lock-free, which is a much bigger change. What the series does instead is make the batches
large enough that refills are rare: on the 128-core machine we tested, the zone lock is
taken about 40 times less often than before, and the contention we measured with
lock_stat dropped accordingly.

The lock-free free lists are on my list, but I'd like to land this first, since it is a
clear improvement on its own and much easier to review. If the numbers on your machines
look different, I'd be very interested in the lock_stat output.

Dmitri
====
Release notes for Tern 0.6

Matrix builds are the headline feature. A step can declare a `matrix` with one or more
keys, and Tern runs the step once for each combination, in parallel when runners are free.
Failed combinations are shown individually in the web UI, and `tern run --matrix
python=3.12` runs just one of them locally.

`tern lint` checks a pipeline file without running it: unknown keys, steps that depend on
steps that don't exist, images that can't be pulled, and matrix keys that are declared but
never used. CI setups should run it before pushing a pipeline change.

Runners now report their architecture when they register, and jobs are only given to
runners whose architecture matches the step's image. Mixed arm64 and amd64 fleets no
longer fail with "exec format error".

Upgrading: the main instance must be upgraded before the runners. Runners from 0.5 keep
working with a 0.6 main instance but don't get matrix jobs.
====
### Describe the bug

Lattice gives a different temperature field for the same problem depending on the number
of OpenMP threads. The differences are small (around 1e-9 relative) but they grow over a
transient run, and after 10,000 steps the results from 1 and 8 threads differ in the
third significant digit at some nodes.

### Steps to reproduce

1. Use the `examples/transient_plate.py` script from the repository.
2. Run it with `OMP_NUM_THREADS=1` and with `OMP_NUM_THREADS=8`.
3. Compare the output fields.

### Expected

The release notes for 0.7 say that parallel assembly gives bit-identical results. I
expected the same for transient runs.

### Environment

- lattice 0.8.0 from the PyPI wheel
- Ubuntu 22.04, AMD Ryzen 7 5800X

Maybe it's the solver, not the assembly? PETSc's parallel reductions could sum in a
different order.
""")

README = lines(r"""
You can preview the site locally with `kiln serve`; it rebuilds on every change.
If you use fish, source `completions/tern.fish` from your config.
Run `sablec --version` to check which C compiler the Sable compiler will call.
If you build for the Pico, set `BOARD=pico` when running `make`.
You can point Hearth at an existing MQTT broker instead of the built-in one.
If your display is upside down, set `rotation = 180` in `display.toml`.
Run `make docs` to build the HTML documentation into `build/docs`.
You can export any saved game to JSON with `driftwood-save export`.
If you only need the parser, depend on `pavo-core` instead of `pavo`.
Set `OMP_NUM_THREADS` to control how many threads Lattice uses.
""")

ITEMS: dict[str, list[str]] = {
    "faq_entry": FAQ_LINES + FAQ,
    "readme_paragraph": LONG[:1] + README,
    "mailing_list": LONG[1:2],
    "news_paragraph": LONG[2:3],
    "issue_report": LONG[3:4],
}
