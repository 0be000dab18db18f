"""Benign: developers' own first-person prose in commits, pull requests and changelogs (English).

The real texts the classifier rejected most (``bench/probe_real_benign.py --show``, dev half)
were long and written by a person about their own change: "I wasn't sure why ...", "this is
more of a proof of concept", "let me know if ...", "## Summary ... ## Test Plan", a thank-you
in a changelog, a line that ends "the following:". The open corpora's benign side had short,
impersonal text, so length, "I", "but", "these" and a question mark had learnt to mean a
prompt. These frames pair that voice with ordinary engineering subjects (parsers, resolvers,
connection pools, build scripts) and with the model tooling of ``_t15words``."""

from __future__ import annotations

import random

from _t15words import COMMANDS, COMPONENTS, FILES, ISSUES, NUMBERS, PEOPLE, PROJECTS, VERSIONS

LABEL = "benign"

THINGS = ("the lockfile parser", "the connection pool", "the marker simplifier", "the config loader",
          "the release script", "the font cache", "the query planner", "the retry middleware",
          "the docs build", "the path normaliser", "the schema validator", "the {c}",
          "the Windows installer", "the plugin loader", "the CSV importer", "the test fixtures")
WHY = (
    "The nightly job failed twice last week on {t}, and both times the log pointed somewhere else.",
    "I noticed this while looking into {i}; it is not the cause, but it made the logs hard to read.",
    "I'm not entirely sure why this ever worked on the old runners, but on the new image the sort order differs.",
    "I wrote down the assumptions {t} makes, because I had to work them out again from the tests.",
    "Sorry for the noise in the diff: my editor normalised the line endings and I only noticed afterwards.",
    "This started as a two-line fix and grew; I can split it if that is easier to review.",
    "We kept hitting this in CI, roughly one run in twenty, and it was always {t}.",
    "I tried the simpler approach first but it broke two of the integration tests.",
    "This is an experiment more than a finished change, and I would like opinions on the direction before polishing it.",
    "I think the old behaviour was an accident rather than a decision, but I may be wrong about that.",
    "Honestly I'm not sure the extra cache buys us much; the numbers below say it helps a little.",
    "I ran into this while preparing version {v} for the package mirror at work.",
    "As far as I can tell nobody depends on the old name, but I kept an alias for one release.",
    "It turned out the bug was in {t}, not in the caller as I first assumed.",
)
WHAT = (
    "This change makes {t} return early when the input is empty.",
    "I moved the validation into {f} so both entry points share it.",
    "The {c} now reads its settings once at start-up instead of on every call.",
    "The conversion now happens once, when the file is read, rather than in three places later on.",
    "I replaced the hand-rolled loop with the standard library's implementation.",
    "The error message now names the file and the line that failed.",
    "These helpers were only used by {t}, so I inlined them there.",
    "Both code paths now go through the same function, which also fixes the off-by-one in the second one.",
    "I've added a fast path for the common case and kept the general one unchanged.",
    "Tokens are counted per message now, which is what the provider bills; the totals differ by a few percent.",
    "The default timeout is {n} seconds instead of unlimited.",
    "This doesn't change any behaviour yet, but it makes {i} much easier to fix.",
)
CAVEATS = (
    "I haven't tested this on Windows; if someone could try it there, let me know.",
    "There may be more places with the same pattern, but I only fixed the ones I could reproduce.",
    "It does require raising the minimum supported version, which I think is acceptable now.",
    "Feel free to push to this branch if you want different names.",
    "Not sure whether this deserves a changelog entry; happy to add one.",
    "The remaining failures on the nightly job look unrelated (network timeouts).",
    "If this approach is acceptable I'll do the same for the other two modules.",
    "I left the examples directory alone for now; it needs its own pass.",
    "Is there a reason the old code copied the list first? I couldn't find one.",
    "Any ideas why the second run is slower? I'd expect the cache to help.",
)
TESTS = (
    "{cmd} passes locally.", "Existing tests are updated; I added {n} new ones.",
    "Checked the rendered man page by hand.", "Ran the benchmark before and after: {n} ms vs {n} ms.",
    "Tested by hand against the example project.", "CI should cover the rest.",
)
SUBJECTS = (
    "Explain the cache directory setting in the install guide", "Fix handling of empty inputs in {t}",
    "Write down the assumptions of {t}", "Give the wheel's console script a clearer name",
    "Parse version ranges once, at the edges", "Stop flushing twice when the pool closes",
    "Normalise line endings in the test data", "Print the dependency tree more compactly",
    "Link the public API from the tutorial", "Skip the slow locale tests on emulated architectures",
    "{c}: count tokens per message", "Simplify the header generation",
)
CHANGELOG = (
    "{p} contributed the following:", "Here \"{proj}-compatible\" means the following:",
    "The two new build flags behave as follows:", "The main changes since {v} are the following:",
    "Several helpers in {f} had the same mistake; this release fixes the ones we found.",
    "Updated the maintainer address in the packaging metadata (long overdue, sorry).",
    "Upstream: build fix for 32-bit ARM (testing on real hardware welcome).",
    "Dropped Python 3.8 and used the newer syntax in a few places, as {p} suggested - thanks!",
    "Tests on two slow architectures are allowed to fail for now, until someone has time to look at the timeouts.",
    "Second attempt at this entry; the first one vanished with a crashed editor. In short: {w}",
    "Release notes for {proj} {v}",
    "## Why this exists",
    "Should you use it in production? It is still young, though the test suite is thorough; try it on something small first and tell us how it went.",
)


def _fill(rng: random.Random, text: str) -> str:
    thing = rng.choice(THINGS).replace("{c}", rng.choice(COMPONENTS))
    return text.format(t=thing, c=rng.choice(COMPONENTS), f=rng.choice(FILES), i=rng.choice(ISSUES),
                       n=rng.choice(NUMBERS), v=rng.choice(VERSIONS), p=rng.choice(PEOPLE),
                       cmd=rng.choice(COMMANDS), proj=rng.choice(PROJECTS), w=_fill_plain(rng))


def _fill_plain(rng: random.Random) -> str:
    return rng.choice(WHAT).replace("{t}", "the parser").replace("{f}", "util.c").replace(
        "{c}", "loader").replace("{n}", "30").replace("{i}", "the next issue")


def _sentences(rng: random.Random, pools: tuple[tuple[str, ...], ...]) -> str:
    return " ".join(_fill(rng, rng.choice(pool)) for pool in pools)


def _pr(rng: random.Random) -> str:
    subject = _fill(rng, rng.choice(SUBJECTS)) + f" ({rng.choice(ISSUES)})"
    summary = _sentences(rng, (WHY, WHAT) + ((WHAT,) if rng.random() < 0.5 else ()))
    parts = [subject, "## Summary", summary]
    if rng.random() < 0.5:
        parts.append(_fill(rng, rng.choice(CAVEATS)))
    if rng.random() < 0.7:
        parts += ["## Test Plan", _fill(rng, rng.choice(TESTS))]
    return "\n\n".join(parts)


def _commit(rng: random.Random) -> str:
    subject = _fill(rng, rng.choice(SUBJECTS))
    body = _sentences(rng, (WHAT, WHY) if rng.random() < 0.5 else (WHY, WHAT))
    if rng.random() < 0.6:
        body += " " + _fill(rng, rng.choice(CAVEATS))
    return subject + "\n\n" + body


def _paragraph(rng: random.Random) -> str:
    pools = [WHY, WHAT, CAVEATS, TESTS, WHAT]
    rng.shuffle(pools)
    return _sentences(rng, tuple(pools[: rng.randint(2, 5)]))


def combos(rng: random.Random) -> dict[str, list[str]]:
    """First-person PR descriptions, commit bodies, paragraphs and changelog lines."""
    return {
        "dev_prose_pr": [_pr(rng) for _ in range(500)],
        "dev_prose_commit": [_commit(rng) for _ in range(500)],
        "dev_prose_paragraph": [_paragraph(rng) for _ in range(400)],
        "dev_prose_changelog": [_fill(rng, rng.choice(CHANGELOG)) for _ in range(200)],
    }


ITEMS: dict[str, list[str]] = {}
