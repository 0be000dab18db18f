"""Further FAQ entries, man page text and docstrings (round 12), other domains."""

from __future__ import annotations

from _r12util import blocks, lines

FAQ = blocks(r"""
Why does Sable compile to C instead of LLVM IR?

C compilers exist for every platform our users care about, including some
microcontrollers without an LLVM backend, and the generated C is readable, which makes
debugging the compiler much easier. The cost is slightly slower compile times.
====
Why doesn't the Orrery simulation conserve energy exactly?

No numerical integrator with a finite time step does. The leapfrog scheme keeps the error
bounded instead of letting it grow, which is why the orbits stay closed over thousands of
years. The drift display is there to show this.
====
Why does Hearth not support cloud-only devices?

Those devices only work through the vendor's servers, and Hearth is built around local
control. If the vendor offers a local API, we're happy to add an integration for it.
====
How many devices can Hearth handle?

Users run installations with over 300 devices on a Raspberry Pi 4. The limit is usually
the Zigbee network, not Hearth itself; add router devices if you see dropped messages.
====
Why are Tern's containers not privileged?

Privileged containers can take over the host. Steps that need to build container images
should use the rootless builder that Tern provides instead.
====
Why does Marigold not use anti-aliasing for lines?

On the displays it targets, anti-aliased lines cost more RAM for the blending buffer than
most devices have. Fonts are anti-aliased because they're pre-rendered.
====
Why does Driftwood use a fixed timestep?

So the game behaves the same regardless of frame rate. Rendering interpolates between the
last two physics states, so motion still looks smooth on 144 Hz displays.
====
Does Pavo support client certificates?

Yes, both on the client and the server side. See the `mtls` example. Certificate
revocation checking (OCSP) is not implemented; use short-lived certificates instead.
====
Why doesn't Pavo implement TLS 1.1?

TLS 1.0 and 1.1 have been deprecated by the IETF since 2021, and browsers removed them.
Supporting them would add code we'd need to audit for no real benefit.
====
Why do I need PETSc for Lattice?

The linear systems from 3D problems are large and sparse, and PETSc gives us robust
iterative solvers and preconditioners. Writing our own would be a project of its own.
====
Why does Wren-Sans use tabular figures by default?

It was drawn for user interfaces, where numbers in tables, counters and clocks are
common. Proportional figures are available through the `pnum` feature for running text.
====
Why is the microkernel's file system so simple?

It's a teaching kernel. The file system lab asks students to add features like indirect
blocks and a buffer cache, so it starts with the simplest design that works.
====
Why does the course kernel not run on x86?

RISC-V's privileged architecture is much smaller and easier to explain in a semester.
We used x86 until 2021, and students spent weeks on segmentation details.
====
Why does `logfmt` sometimes print fields in a different order?

It keeps the order in which fields appear in each line. Use `--fields` to force a fixed
order across lines.
====
Can I use Tern with GitLab?

Yes, through webhooks. Tern reports the pipeline status back to GitLab as commit
statuses; merge request pipelines are supported from 0.5.
""")

FAQ_SHORT = lines(r"""
Is Sable production-ready? Not yet; the language is still changing and the standard library is small.
Does Hearth need internet access? Only for optional firmware update checks.
Can Tern run on Windows? The server can, under WSL 2; runners need Linux for containers.
Is Marigold thread-safe? No; all calls must come from the UI task.
Can I use Wren-Sans on my website? Yes, the webfont files are included and licensed under OFL.
""")

MAN = blocks(r"""
NAME
       logfmt - pretty-print logfmt lines

SYNOPSIS
       logfmt [--fields LIST] [--no-color] [FILE...]
====
DESCRIPTION
       logfmt reads lines in key=value format from the given files or standard
       input and prints them as aligned columns. Lines that are not logfmt are
       printed unchanged.
====
NAME
       tern - run CI pipelines on one machine

SYNOPSIS
       tern run [PIPELINE]
       tern runner join ADDRESS
       tern logs [--follow] RUN
====
NAME
       hearthd - home automation daemon

DESCRIPTION
       hearthd loads integrations and automations from /etc/hearth and serves
       the HTTP API on port 8123.
====
NAME
       sablec - Sable compiler

SYNOPSIS
       sablec [-O LEVEL] [-o OUTPUT] [--emit c|exe] FILE...
====
       --emit=KIND
              What to produce: c writes the generated C file, exe (the default)
              also compiles and links it.
====
       -O LEVEL
              Optimisation level passed to the C compiler: 0, 1, 2 or s.
====
       --fields=LIST
              Comma-separated list of keys to show, in this order. Other keys
              are hidden.
====
       --no-color
              Do not colour the level column.
====
       --follow, -f
              Keep printing new log lines as the run progresses.
====
       --runner=NAME
              Run the pipeline on the named runner instead of any free one.
====
       --mesh=FILE
              Read the mesh from FILE (Gmsh format 4.1).
====
       --steps=N
              Number of time steps. Default 1000.
====
       --dt=SECONDS
              Time step. The solver warns if it exceeds the stability limit.
====
       --bodies=FILE
              Load initial positions and velocities from a CSV file.
====
       --verify-hostname=yes|no
              Check that the server certificate matches the host name. Default
              yes. Turning it off is only meant for tests.
====
       --alpn=LIST
              Offer the comma-separated protocols via ALPN, e.g. h2,http/1.1.
====
ENVIRONMENT
       TERN_HOME
              Data directory. Default /var/lib/tern.

       TERN_LOG
              Log level: error, warn, info or debug.
====
FILES
       /etc/hearth/configuration.yaml
              Main configuration.

       /etc/hearth/automations/
              One YAML or Lua file per automation.
====
EXIT STATUS
       sablec exits 0 on success, 1 on compile errors and 2 if the C compiler
       fails.
====
EXAMPLES
       Compile a program and run it:

              sablec -o hello hello.sb && ./hello

       Look at the generated C:

              sablec --emit c -o hello.c hello.sb
====
BUGS
       Error messages for type errors in deeply nested records can be long.
====
SEE ALSO
       tern.yml(5), tern-runner(8), podman(1)
====
NOTES
       Runners connect to the main instance over HTTPS. The first connection
       prints the instance's certificate fingerprint, which you should compare
       with the one shown by tern status on the main machine.
====
NAME
       marigold-sim - desktop simulator for Marigold user interfaces

DESCRIPTION
       marigold-sim opens a window with the resolution and colour depth of the
       target display and runs the UI code compiled for the host. Touch input
       is emulated with the mouse.
""")

DOCS = blocks(r"""
Integrate one leapfrog step.

The kick-drift-kick form is used, so positions and velocities are both known at whole
steps. *dt* is in days.
====
/// Builds a client configuration with the platform's root certificates.
///
/// # Errors
///
/// Fails if no root certificates can be loaded from the system store.
====
// Join registers this machine as a runner with the instance at addr. It blocks
// until the instance accepts or rejects the request.
====
/** Marks the rectangle as dirty; it is redrawn at the next flush. */
====
-- Called when any of the trigger entities changes state.
-- @param event table with fields `entity`, `old`, `new`
====
Assemble the global stiffness matrix.

Parameters
----------
mesh : Mesh
    The mesh, with element conductivities set.
threads : int, optional
    Number of OpenMP threads; defaults to the library setting.
====
/// Returns the tile flags at a world position, or `EMPTY` outside the level.
====
// Step advances the physics by one fixed step of 1/120 s.
====
(* [infer env e] returns the principal type of [e] in [env], or raises
   [Type_error] with the location of the first mismatch. *)
====
/**
 * sched_yield - give up the CPU
 *
 * Moves the current process to the end of the run queue. Returns 0.
 */
""")

DOC_LINES = lines(r"""
Return the total energy of the system (kinetic plus potential), in joules.
Return the Zigbee channel the coordinator is on (11-26).
Return True if the automation's conditions currently hold.
// ParseLine splits a logfmt line into key-value pairs, keeping their order.
/// Number of bytes of frame buffer needed for one band of the display.
:param mesh: a mesh read with :func:`lattice.read_gmsh`.
Raises RunnerOffline if no runner has checked in for 60 seconds.
Advance the animation by *dt* seconds; returns False when it has finished.
Return the glyph's advance width in font units.
The unit of *mass* is the solar mass; of *distance*, the astronomical unit.
""")

ITEMS: dict[str, list[str]] = {
    "faq_entry": FAQ + FAQ_SHORT,
    "man_page": MAN,
    "docstring": DOCS + DOC_LINES,
}
