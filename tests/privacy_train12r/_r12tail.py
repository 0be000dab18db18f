"""Closing batch (round 12): more long texts, and short lines where categories ran thin."""

from __future__ import annotations

from _r12util import blocks, lines

LONG_FAQ = blocks(r"""
Why does Tern run every step in a fresh container?

Because state that leaks from one step to the next is the most common reason a pipeline
passes on one machine and fails on another. A step that installs a package, writes a
file to the home directory or leaves a background process running changes what the next
step sees, and after a few months nobody remembers which step depends on which side
effect. Fresh containers make every step start from the image and the workspace, and
nothing else. The workspace is the one thing that is shared on purpose: it is a
directory mounted into every step, so build outputs can be passed along explicitly.
Starting a container costs around 200 ms on a typical machine, which is small compared
to the steps themselves. If you have many tiny steps, merging them into one script is
usually the better fix than sharing containers.
====
Why does Hearth keep automations running when an integration fails to load?

Early versions stopped every automation if any integration failed, on the theory that a
half-working system was worse than a stopped one. In practice people came home to dark
houses because a cloud weather integration could not reach its server. Now each
integration is isolated: if it fails to load, its devices are marked unavailable, the
automations that depend on them are skipped with a warning in the log, and everything
else keeps working. The dashboard shows failed integrations at the top so they don't go
unnoticed. If you prefer the old behaviour for safety-critical setups, set
`strict_startup: true`.
""")

LONG_README = blocks(r"""
## How Sable compiles a program

The compiler works in five passes. The parser produces a syntax tree with source
locations on every node. Name resolution turns identifiers into references to their
definitions and reports unknown names. The type checker infers a type for every
expression with Hindley–Milner inference extended with row polymorphism, so a function
that reads the `name` field of a record accepts any record that has one. After type
checking, the program is lowered to a small intermediate language in A-normal form,
where pattern matches become decision trees and closures become explicit environment
records. The last pass prints that intermediate language as C, with `#line` directives
pointing back to the Sable source.

Each pass lives in its own module under `src/`, and `sablec --dump=PASS` prints the
output of any pass, which is the fastest way to understand what the compiler does with
a piece of code.
""")

LONG_ISSUE = blocks(r"""
## Tern runner loses connection every few hours

### Setup

Main instance on a small VPS, two runners at home behind a consumer router (NAT). Both
runners are on 0.5.1, the main instance too.

### What happens

Every two to four hours, both runners show as offline in the web UI at the same moment.
They come back by themselves after about five minutes. Jobs that were running at that
moment are marked as failed with "runner lost".

### What I checked

- The runners' logs show no error, just a gap, then "reconnected".
- The VPS is reachable the whole time (monitoring pings it every minute).
- The router's NAT table timeout for idle TCP connections is 2 hours.

### Guess

The runners keep one long-lived HTTPS connection open and only send data when there is
a job. If the connection is idle longer than the router's timeout, the router drops it
silently, and the runner only notices when the next heartbeat times out. A keepalive
every few minutes would probably avoid this.
""")

MAIL_LINES = lines(r"""
Thanks, applied to the 4.3 branch too.
Could you add a Fixes: tag?
Patch looks fine, but the commit message needs a body.
I can reproduce it on my board; testing the patch now.
Works here. Tested-by added.
No, that's expected; the option only affects new files.
Agreed, let's leave it for after the release.
Good point, I hadn't thought about big-endian.
The list archive seems to be down, is anyone else seeing this?
That's a question for the Debian maintainers, not upstream.
Sorry for the noise, wrong list.
Please CC me on v2.
Do we want this in stable, or only in the next release?
This is now tracked as bug #1934.
I'll write up the meeting notes tonight.
""")

FAQ_LINES = lines(r"""
Does Tern support Windows runners? Not yet; runners need Linux containers.
Can Sable call C functions? Yes, through `extern` declarations in a module.
Does Marigold support touch input? Yes, resistive and capacitive controllers.
Can I use Driftwood for commercial games? Yes, it is MIT licensed.
Is Pavo FIPS certified? No, and there are no plans to pursue certification.
Does Lattice run on Windows? The Python package does; MPI builds are Linux only.
Where is Orrery's source code? In the same repository as the course material.
Does logfmt handle multi-line values? Only if they are quoted with escaped newlines.
""")

COMMENTS = lines(r"""
# Heartbeat every 60 s keeps NAT entries alive on consumer routers.
// Matter node IDs are 64-bit; don't store them in a JS number.
/* The display needs 120 ms after reset before it accepts commands. */
// Row polymorphism: the rest of the record is a type variable.
# PETSc is initialised once per process; calling it twice aborts.
// Tiled stores rotations in degrees, clockwise.
/* Kick-drift-kick: half a velocity step on each side of the position step. */
# The weather integration is the usual suspect when startup is slow.
""")

NON_EN = lines(r"""
Der Runner verliert alle paar Stunden die Verbindung zur Hauptinstanz.
Ajout d'un battement de cœur toutes les 60 secondes pour les connexions inactives.
El compilador ahora genera directivas #line en el código C.
A interface agora mostra a duração de cada etapa.
Il runner perde la connessione ogni poche ore dietro un NAT.
Добавлен пульс раз в 60 секунд, чтобы NAT не закрывал соединение.
Dodano obsługę urządzeń Matter 1.3.
Přidána podpora pro zařízení Matter 1.3.
Matter 1.3 cihazları için destek eklendi.
为 NAT 后的 runner 增加每 60 秒一次的心跳。
NAT 配下のランナーが数時間ごとに切断される問題を修正。
NAT 뒤의 러너가 몇 시간마다 연결이 끊기는 문제를 수정했습니다.
""")

ITEMS: dict[str, list[str]] = {
    "faq_entry": LONG_FAQ + FAQ_LINES,
    "readme_paragraph": LONG_README,
    "issue_report": LONG_ISSUE,
    "mailing_list": MAIL_LINES,
    "code_comment": COMMENTS,
    "non_english": NON_EN,
}
