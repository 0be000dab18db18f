"""Imperative lines with no prompt cue, per field, and the ones a careful reader could not place.

For each free-text field a fixed number of candidate imperatives is drawn from three pools, each
pool carrying the author's judgement before any line is drawn:

- `todo`: an ordinary to-do for a colleague or the next session (operational verbs on concrete
  artefacts: rerun, merge, ping, rebase, revert); kept, labelled benign.
- `request`: a request that a careful reader would say is addressed to a model (output-format and
  answer-shape constraints, a persona, "reply only with..."), still with no "prompt:" label and no
  role marker; kept, labelled prompt.
- `unclear`: a content-producing request (write / explain / summarise / translate / draft / suggest)
  with nothing to tell whether a model or a colleague is meant; DROPPED, and counted per field.

The drop counts are what the README reports; they answer whether cue-less requests in note fields
are in scope, without this corpus deciding it.
"""

from __future__ import annotations

import random

from _b12prompt import STRONG, WEAK, _task
from _b12rand import BRANCHES, FILES, PEOPLE, SERVICES, TESTS_, pick, rs, sha

DEPS = ["pydantic", "orjson", "react-query", "tokio", "sqlalchemy", "eslint", "terraform-aws-provider", "kafka-clients",
        "node 22", "go 1.23", "postgres 16.4", "ruff"]


def _todo(r: random.Random) -> str:
    n = r.randint(10, 3200)
    return pick(r, [
        "rerun the flaky test and check why it fails",
        f"rerun {pick(r, TESTS_)} a few times and check why it fails on CI",
        f"merge #{n} once CI is green",
        f"ping {pick(r, PEOPLE)} about the staging deploy",
        f"bump {pick(r, DEPS)} and rerun the matrix",
        f"check why {pick(r, TESTS_)} is slow on the arm64 runners",
        f"revert {sha(r, 7)} if the canary error rate goes above 1%",
        f"rebase {pick(r, BRANCHES)} on main and resolve the conflict in {pick(r, FILES)}",
        f"delete the old {pick(r, SERVICES)} bucket after Friday",
        f"look at p99 latency of {pick(r, SERVICES)} after the deploy",
        f"add a regression test for #{n}",
        "update the runbook with the new failover steps",
        f"ask {pick(r, PEOPLE)} for a review on #{n}",
        f"close #{n} when the fix is released",
        f"drop the {pick(r, ['new_checkout', 'dark_mode', 'async_export', 'v2_search'])} flag once rollout hits 100%",
        f"restart {pick(r, SERVICES)} on stg if the queue keeps growing",
        "re-run `make lint` after the rebase",
        f"cherry-pick {sha(r, 7)} onto release/{r.randint(1, 9)}.{r.randint(0, 20)}",
        f"open a follow-up issue for the timezone edge case in {pick(r, FILES)}",
        f"confirm with {pick(r, PEOPLE)} that the migration window is {r.randint(1, 4)}am-{r.randint(5, 7)}am",
        f"finish the {pick(r, BRANCHES)} branch and push",
        f"fix the failing {pick(r, TESTS_)} before touching anything else",
        f"clean up the temp dirs under /tmp/{pick(r, SERVICES)}-{rs(r, '0123456789', 4)}",
    ])


def _unclear(r: random.Random) -> str:
    return pick(r, [
        f"explain why the cache in {pick(r, FILES)} never evicts anything",
        "write tests for the date parser",
        f"summarise the discussion in #{r.randint(10, 3000)}",
        f"make the error messages in {pick(r, FILES)} friendlier",
        f"translate the onboarding copy into {pick(r, ['German', 'Spanish', 'Japanese', 'French'])}",
        f"suggest three names for the new {pick(r, SERVICES)} service",
        f"refactor {pick(r, FILES)} to use async",
        "write a short description for the PR",
        "draft a reply to the customer about the outage",
        "explain the retry logic in two sentences",
        f"come up with a better name for {pick(r, ['do_stuff', 'helper2', 'Manager', 'utils'])}",
        f"write a migration plan for {pick(r, ['postgres 16', 'the new queue', 'the auth split'])}",
        f"summarise what changed in {pick(r, BRANCHES)}",
        "rewrite the README intro so it is shorter",
    ])


def _request(r: random.Random) -> str:
    t = _task(r)
    return pick(r, [
        f"{t[0].upper() + t[1:]}. {pick(r, STRONG)}",
        f"{t}; {pick(r, STRONG).lower()} {pick(r, WEAK).lower()}",
        f"{pick(r, STRONG)} Task: {t}.",
        f"{t[0].upper() + t[1:]} and reply with nothing but the result. {pick(r, WEAK)}",
    ])


FIELD_WRAP = {
    "note": lambda r, s: s if r.random() < 0.6 else pick(r, ["TODO: ", "todo - ", "next: ", "- [ ] ", "NB "]) + s,
    "next": lambda r, s: s,
    "pr": lambda r, s: pick(r, ["", "WIP: ", "Follow-up: "]) + s[0].upper() + s[1:] if r.random() < 0.7
    else f"{pick(r, ['Tracking', 'Task'])}\n\n- [ ] {s}",
    "summary": lambda r, s: f"Done: {pick(r, ['tests green', 'PR opened', 'lockfile bumped', 'migration applied'])}. Left: {s}",
    "config": lambda r, s: f"{pick(r, ['todo', 'handoff.next', 'notes.followup', 'task'])}={s}",
    "import": lambda r, s: '{"kind": "note", "text": "%s", "ts": "2026-12-0%dT10:00:00Z"}' % (s.replace('"', "'"), r.randint(1, 9)),
}
DRAWS = {"note": 190, "next": 150, "pr": 70, "summary": 60, "config": 50, "import": 50}


def stream(field: str, seed: str) -> tuple[list[str], list[str], int]:
    """(kept benign to-dos, kept model requests, number dropped as unclear) for one field."""
    r = random.Random(seed)
    wrap = FIELD_WRAP[field]
    todos: list[str] = []
    reqs: list[str] = []
    dropped: set[str] = set()
    seen: set[str] = set()
    draws = 0
    while draws < DRAWS[field]:
        k = r.random()
        kind = "todo" if k < 0.5 else ("unclear" if k < 0.72 else "request")
        base = {"todo": _todo, "unclear": _unclear, "request": _request}[kind](r)
        text = wrap(r, base).strip()
        if text in seen:
            continue
        seen.add(text)
        draws += 1
        if kind == "todo":
            todos.append(text)
        elif kind == "request":
            reqs.append(text)
        else:
            dropped.add(text)
    return todos, reqs, len(dropped)


