"""More FAQ entries (round 12): maintainers explaining their project's choices and behaviour."""

from __future__ import annotations

from _r12util import blocks, lines

FAQ = blocks(r"""
Why does the library refuse keys shorter than 2048 bits?

Because they can be factored with resources that are within reach of well-funded
attackers today, and we don't want to make it easy to deploy something that looks secure
and isn't. If you must talk to an old device, use the `legacy` feature, which is off by
default and prints a warning.
====
Why is there no `decrypt_unauthenticated` function?

Decrypting without checking the tag is how padding-oracle and similar attacks start. The
API only hands out plaintext after the tag has been verified. If you need streaming
decryption of large files, use the chunked format, which authenticates each chunk.
====
Is the constant-time code really constant time?

We check it with dudect-style statistical tests in CI on x86_64 and aarch64, and we read
the generated assembly for the core routines at each compiler upgrade. We can't promise
anything for other architectures or compilers.
====
Why does the kernel module taint the kernel?

It is built out of tree and not signed with the distribution's key. The taint flag only
tells kernel developers that an external module was loaded when they read a crash
report; it does not change how the system behaves.
====
Why doesn't the compiler warn about unused variables by default?

It did in 0.x, and people turned the warning off because half-written code produced
pages of it. Now `--strict` enables it, and CI configurations should use that.
====
Why is compilation slower with optimisations on?

The optimiser runs inlining and loop passes that are super-linear in function size. For
day-to-day work use the debug profile; release builds are for benchmarks and shipping.
====
How does the garbage collector decide when to run?

It runs when the heap has grown by a factor of `GC_GROWTH` (2 by default) since the last
collection. Setting it lower trades throughput for memory; `GC_GROWTH=1.5` is a good
value for memory-constrained devices.
====
Why can't I import a module by its file path?

Modules are identified by their package path so that the same module is never loaded
twice under different names. Add the directory to the search path in `project.toml`
instead.
====
Why do saved games from the demo not work in the full game?

The demo used a different save format that we simplified before release. Converting
them would have meant keeping the old format alive, and the demo covered only the first
hour.
====
Why does the frame rate drop when I open the map?

The map renders every explored tile at full resolution the first time it's opened. After
that it's cached. On slow GPUs you can lower the map detail in Settings > Graphics.
====
Why is multiplayer limited to four players?

The lockstep networking sends every player's input to every other player each tick.
Beyond four players the bandwidth and the delay from the slowest connection made the
game feel sluggish in testing.
====
Why does the database use more disk space than my data?

Deleted and overwritten records stay in old segments until compaction runs. Compaction
starts when at least 30% of a segment is garbage. `emberctl compact` forces it.
====
Why are writes slower on macOS?

On macOS, `fsync` doesn't flush the drive's cache; we use `F_FULLFSYNC` to get the same
durability as on Linux, and it is much slower. Set `durability = "relaxed"` if you can
accept losing the last second of writes on power loss.
====
Can I store the database on NFS?

You can, with one writer at a time and `lock_mode = "lockfile"`. Advisory locks over NFS
are unreliable on many servers, which is why the default lock mode refuses to start
there.
====
Why doesn't the web framework include an ORM?

Because the right data layer depends a lot on the application, and we didn't want to tie
the framework's release cycle to one. The docs show integration with three popular ORMs
and with plain SQL.
====
Why are routes matched in the order they are declared?

So that you can predict which handler runs by reading the file top to bottom. A
"most specific wins" rule sounds nicer but led to surprising matches with wildcards.
====
Why does the dev server reload the whole page instead of hot-swapping modules?

Hot swapping is only safe for modules that declare they support it. Modules without
that declaration trigger a full reload, which is slower but always correct.
====
Why does the CI job take longer on pull requests from forks?

Forks can't read the shared cache for security reasons, so their jobs build everything
from scratch. Once a maintainer approves the run, it uses the cache.
====
Why are builds not cached between branches?

They are, but the cache key includes the lock file hash. Branches with different
dependencies get separate caches, and the first build on a new branch is a miss.
====
Why is my self-hosted runner picking up jobs from other repositories?

Runners registered at the organisation level serve every repository in the organisation
by default. Restrict them with a runner group if that's not what you want.
====
Why does the font look different in Firefox and Chrome?

The browsers use different text rasterisers on some platforms, and Chrome applies its
own hinting on Windows. The outlines are the same; only the rendering differs.
====
Why are some glyphs missing in the Light weight?

The Light weight covers Latin and Cyrillic only. Greek and the box-drawing set will be
added in 4.0; until then, the browser falls back to another font for those characters.
====
Why does the widget toolkit draw its own buttons instead of using native ones?

Native widgets behave differently on every platform, and making layouts that look right
everywhere was a constant source of bugs. We draw our own and follow each platform's
conventions for spacing and keyboard navigation.
====
Does the toolkit support right-to-left languages?

Yes. Layouts mirror automatically when the locale is right-to-left, and text is shaped
with HarfBuzz. Icons that imply a direction, like arrows, must be marked as mirrorable.
====
Why does the firmware use so little of the available RAM?

We reserve half of it for the over-the-air update buffer. Without that reserve an update
has to be written straight to flash, and a power cut during the write bricks the board.
====
Why not use an RTOS?

The firmware has three tasks with simple timing needs, and a cooperative loop handles
them in 2 KB of code. An RTOS would add flash use and a second set of bugs to learn.
====
Why does the sensor report 85 °C right after power-on?

That's the DS18B20's power-on reset value, not a measurement. The firmware discards the
first reading; if you read the sensor directly, do the same.
====
Why is the simulation not deterministic across machines?

Floating-point results depend on the order of operations, and the parallel reduction
sums in a different order depending on the number of threads. Set `threads = 1` and the
same seed for bit-identical runs on one platform.
====
Why does the solver report "did not converge" for my mesh?

Most often the mesh has elements with very small angles, which makes the system badly
conditioned. Run the mesh quality check; elements with a minimum angle below 10 degrees
should be remeshed.
====
Why are results in single precision on the GPU?

Consumer GPUs are 16 to 64 times slower in double precision. For most of our users
single precision is accurate enough; the `--double` flag exists for those who need it.
====
Why does the package manager download the index every time?

It doesn't, if the server sends an `ETag`. Some mirrors strip that header; switching to
the main mirror, or one that keeps it, makes repeated runs fast again.
====
Why can't I install two versions of the same package?

Because both would want to provide the same module names, and the import system can
only load one of them. Use separate virtual environments for projects that need
different versions.
====
Why does the lock file change when nothing in my project changed?

The resolver picks the newest versions that satisfy your constraints. If a dependency
published a new release, the lock file changes on the next `lock`. Use `sync --frozen` in
CI to install exactly what the lock file says.
====
Why is the Android app bigger than the iOS app?

The Android package includes native libraries for four CPU architectures. The Play
Store delivers only the one your phone needs, so the download is smaller than the file
we upload.
====
Why does the app ask me to log in again after an update?

Updates that change the local database schema clear the session to be safe. We try to
avoid that; it has happened twice in three years.
====
Why do notifications arrive late on some phones?

Several manufacturers stop background apps aggressively to save battery. Exempting the
app from battery optimisation fixes it; the settings screen links to the right page for
common phones.
====
How is the search ranking computed?

BM25 over titles, headings and body text, with titles weighted three times as much as
body text. Recent pages get a small boost. The weights are in `search.toml` if you want
to tune them for your site.
====
Why does the editor use so much CPU when idle?

Usually a language server or a file watcher is busy in the background. Open the process
list (Help > Processes) to see which one. Large `node_modules` directories are the most
common cause; exclude them in the settings.
====
Why isn't there a "save password" option?

We don't want to be in the business of storing passwords. The app integrates with the
system keychain and with the common password managers instead.
""")

FAQ_SHORT = lines(r"""
Why is it called Emberdb? Because it started as a cache that kept data warm between restarts.
Can I use the icons in a commercial product? Yes, they are under CC0; attribution is appreciated but not required.
Does it run on Wayland? Yes, natively since 2.0; X11 is still supported through XWayland or directly.
Is there a dark theme? Yes, it follows the system setting, or you can force it in Preferences.
How do I reset the settings? Delete the settings file listed under About > Paths and restart.
Why is the first launch slow? The font cache is built on first start; later launches are instant.
Where do crash reports go? Nowhere, unless you send them. The app writes them to the log directory and asks.
Does it support Git LFS? Yes, if `git-lfs` is installed and on your PATH.
Why are there two download buttons? One is the installer, the other a portable zip that needs no admin rights.
Can I self-host the sync server? Yes, the server is open source and ships as a single binary and a Docker image.
""")

ITEMS: dict[str, list[str]] = {"faq_entry": FAQ + FAQ_SHORT}
