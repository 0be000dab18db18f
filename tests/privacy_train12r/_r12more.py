"""A last mixed batch (round 12): more mail, FAQ, guides and long texts from other domains."""

from __future__ import annotations

from _r12util import blocks, lines

MAIL = blocks(r"""
On Wed, May 1, 2024 at 7:45 PM Lucía Ferrer wrote:
> The icons look blurry at 125% scaling on Windows.

They're PNGs at 1x and 2x. I'll export a 1.25x set, or better, switch to SVG in 5.0.
====
> Could the release be tagged from the maintenance branch instead of main?

Yes, that's how it should have been done. I'll re-tag 4.3.1 from the branch; the tarball
contents are identical, so the checksums don't change.
====
Hi,

is the remote cache protocol stable enough to write a second server implementation? We
want to back it with our existing artifact store.

Thanks,
Dev
====
> Is the remote cache protocol stable?

The HTTP part is: GET and PUT on content-addressed paths, with the hash in the URL.
The metadata endpoint will change in 5.0. Sticking to GET/PUT is safe.
====
On Thu, 2 May 2024 at 08:20, Tomasz Wiśniewski wrote:
> The package fails to build on loong64.

The upstream build system hard-codes a list of architectures for the atomics check. A
patch is in the Debian BTS, I'll forward it upstream.
====
Hi all, the CI bill for April was three times the usual because of the fuzzing jobs
running on every push. I've moved them to a nightly schedule. Shout if you relied on
them running per push.
====
> > Could we cache the toolchain download?
>
> It's 600 MB; the cache limit is 10 GB, so yes.

Done in the latest workflow change. Cold runs went from 9 to 4 minutes.
====
Thanks everyone who came to the sprint in Tartu. We merged 41 pull requests, closed 90
issues, and the new contributor guide is much better for it. Photos are on the wiki.
====
On Fri, May 3, 2024 at 13:37, Ilse de Groot wrote:
> Can you make the warning a one-time warning?

Good idea, it's very noisy in long-running processes. v3 uses a static flag.
====
[PATCH 1/1] doc: mention that --jobs=0 means one job per CPU

Signed-off-by: Ruben Alves <ruben.alves@example.pt>
---
 doc/tarn.1 | 3 ++-
 1 file changed, 2 insertions(+), 1 deletion(-)
====
> Why does the daemon need CAP_NET_ADMIN?

Only to set the socket mark for policy routing, which is an optional feature. Without the
capability that feature is disabled with a warning; everything else works.
====
I've reverted the commit on main. We can re-land it once the test failures on macOS are
understood; no need to rush for the release.
""")

FAQ = blocks(r"""
Why does the CLI print warnings to stderr and results to stdout?

So you can pipe the results into another program and still see the warnings in your
terminal. Use `2>/dev/null` if you want only the results.
====
Why are my changes not picked up after editing the template?

Templates are cached in production mode. Restart the server, or run with `--dev`, which
reloads templates on every request.
====
Why is there a delay before the backup starts?

The backup waits for the current checkpoint to finish, so that it starts from a
consistent state. On a busy database this can take a few seconds.
====
How do I move my data to a new computer?

Copy the data directory (see `tarn paths`) to the same place on the new machine while
tarn is not running. The data is portable between operating systems.
====
Why does the game ask to restart after changing the resolution?

Some render targets are created at startup with the window size. Recreating them on the
fly caused crashes on a few drivers, so we ask for a restart instead.
====
Why does the scanner skip files in `.git`?

Version-control directories contain compressed objects that never deduplicate usefully,
and changing them would corrupt the repository. Use `--include-vcs` if you really want to
scan them.
====
Is the wire protocol compatible between minor versions?

Yes. Clients and servers negotiate a protocol version on connect, and every minor
release supports the previous two protocol versions.
====
Why was the plugin removed from the default install?

It pulled in a large dependency for a feature most people never used. It's still
available as a separate package, `kiln-plugin-images`.
""")

GUIDE = blocks(r"""
## Commit access

Commit access is given to people who have contributed regularly for a while and who
review other people's work. With it comes the responsibility to follow the review rules:
no merging your own PRs without an approval, even when you're in a hurry.
====
## Issue labels

- `bug`: something doesn't work as documented.
- `enhancement`: a new feature or an improvement.
- `needs-info`: waiting for the reporter.
- `wontfix`: we decided not to do this; the issue explains why.
====
## Writing documentation

Write for someone who knows the problem domain but not our code. Start with what the
feature is for, then how to use it, then the details. Examples should be complete enough
to copy and run.
====
## Updating dependencies

Dependabot opens PRs weekly. A maintainer merges them if CI passes and the changelog of
the dependency has nothing alarming. Major version bumps need a human to read the
migration notes first.
""")

GUIDE_LINES = lines(r"""
If your PR fixes a regression, mention the version that introduced it.
Please attach the output of `tarn doctor` to bug reports.
Don't worry about the changelog wording; we edit entries at release time.
Include before and after screenshots for visual changes.
We prefer small, frequent PRs over large, rare ones.
Changes to the public API need a note in `docs/api-changes.md`.
Run `make fmt` before committing; CI rejects unformatted code.
Patches to vendored libraries should be sent upstream first.
Keep the README short; details belong in the docs.
If a test is flaky, open an issue and mark the test `@flaky` with a link to it.
Use the `WIP:` prefix in the title for work in progress.
All scripts must run with POSIX sh, not just bash.
""")

README = lines(r"""
Hearth runs on a Raspberry Pi 4 or anything faster.
Run `hearthd --check` to validate your configuration without starting the daemon.
Use `sablec --emit c` to look at the generated C code.
You can try Orrery online at https://orrery.example.edu.
For a headless setup, disable the web UI with `ui = false`.
Tern keeps its data in a single directory, so backups are a `tar` away.
Marigold supports ST7789, ILI9341 and SSD1306 displays out of the box.
If you need TLS 1.2 only, turn off the `tls13` feature.
Driftwood's examples are in `examples/`, one directory per feature.
Lattice reads Gmsh meshes; other formats can be converted with meshio.
""")

NEWS = lines(r"""
Hearth 2024.6 adds support for Matter 1.3 devices.
Tern 0.6: matrix builds and a new `tern lint` command.
Sable 0.5 introduces modules with explicit export lists.
Orrery 1.2 adds relativistic precession as an optional correction.
Marigold 2.1 brings a slider widget and a tabbed container.
Pavo 1.0 is the first release with a stable C API.
Driftwood 1.3 adds a particle system.
Lattice 0.8 supports transient problems with implicit time stepping.
Wren-Sans 1.4 adds a Condensed width.
logfmt 1.4 can output JSON lines.
""")

CHANGELOG = lines(r"""
* d/control: add Breaks/Replaces for the file moved from libtarn0.
* d/rules: enable the test suite on all architectures again.
* d/salsa-ci.yml: enable the reprotest job.
* d/gbp.conf: set debian-branch to debian/latest.
* d/upstream/signing-key.asc: add the new release key.
* d/docs: install the upstream README.md.
* Fix the watch file for the new tarball naming.
* Drop the dependency on lsb-base.
- Enable the Python bindings
- Package the documentation in a -doc subpackage
Fix `tern logs --follow` exiting when a step restarts.
Sable: improve the error for missing record fields.
Marigold: fix flicker when scrolling long lists.
Driftwood: fix audio crackle on pause.
Hearth: handle devices that report battery as a string.
""")

REVIEWS = lines(r"""
Could you add a test with a mesh that has a hanging node?
The integration's polling interval should be configurable.
This reads the whole file into memory; the logs can be gigabytes.
Let's not block the UI task on the SPI transfer here.
The type error message could point at the field, not the whole record.
The runner should report its architecture when it registers.
I'd prefer to keep the physics constants in one place.
Do we need to handle the leap-second case here?
Please move this into the Lua API docs as well.
This breaks the Tiled import for maps saved with 1.9.
The new warning fires for every frame; rate-limit it.
Nit: `colour` vs `color`, the codebase uses `color` in identifiers.
""")

ISSUES = lines(r"""
Hearth: Matter devices lose their names after a restart
Tern: `tern lint` doesn't know about matrix builds
Sable: modules with circular imports hang the compiler
Orrery: time step slider resets when switching presets
Marigold: slider widget ignores step size
Pavo: handshake fails with servers that send a zero-length session ticket
Driftwood: particles are drawn behind the background layer
Lattice: implicit solver diverges for very small time steps
Wren-Sans Condensed: wrong line gap in the OS/2 table
logfmt: JSON output escapes slashes
""")

MAN = lines(r"""
--matrix KEY=VALUES   Run the pipeline once for each value of KEY.
--check               Validate the configuration and exit.
--emit c|exe          What sablec should produce.
--interactive         Open the REPL after loading the file.
--json                Write one JSON object per line instead of columns.
-w, --watch           Rebuild when source files change.
--drafts              Include pages marked as drafts.
--baseline FILE       Compare results against FILE and report differences.
--width WIDTH         Build only the given width: normal or condensed.
--particles N         Maximum number of live particles. Default 2048.
""")

DOCS = lines(r"""
Return the Matter node ID of the device, or None if it is not commissioned.
Expand a matrix definition into one job per combination.
Resolve an import path to a module file, relative to the search path.
Return the precession of the perihelion per century, in arcseconds.
/// Sets the slider's value, clamped to its range and rounded to the step size.
/// Returns the negotiated ALPN protocol, if any.
// Emit spawns up to n particles at the emitter's position.
Advance the transient solution by one implicit Euler step.
Return the advance width of *glyph* in the condensed width.
// MarshalJSON writes the record as a flat JSON object.
""")

RST = lines(r"""
.. note:: Matter support requires a Thread border router.
.. versionadded:: 0.6 The ``--matrix`` option.
.. deprecated:: 0.5 Use ``import`` instead of ``include``.
.. seealso:: :doc:`/guides/particles`
.. warning:: The implicit solver needs PETSc built with complex support disabled.
.. code-block:: lua
.. envvar:: HEARTH_CONFIG
:func:`lattice.solve_transient`
### Matrix builds
## Particle systems
""")

ONELINERS = lines(r"""
Home automation hub for local Zigbee, Z-Wave and Matter devices
Single-machine continuous integration with container steps
Compiler for Sable, a small ML-like language targeting C
Teaching N-body simulator that runs in the browser
UI toolkit for small embedded displays
Auditable TLS 1.2/1.3 library in Rust with a C API
2D platformer engine built on SDL3 and Tiled
Finite element library for heat transfer (Python bindings)
Humanist sans-serif typeface for user interfaces
Pretty-printer for logfmt logs
""")

ITEMS: dict[str, list[str]] = {
    "mailing_list": MAIL,
    "faq_entry": FAQ,
    "contributing_guide": GUIDE + GUIDE_LINES,
    "readme_paragraph": README,
    "news_paragraph": NEWS,
    "changelog_entry": CHANGELOG,
    "review_comment": REVIEWS,
    "issue_report": ISSUES,
    "man_page": MAN,
    "docstring": DOCS,
    "rst_markdown_fragment": RST,
    "package_oneliner": ONELINERS,
}
