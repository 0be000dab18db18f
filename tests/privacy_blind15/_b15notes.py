"""Long end-of-session notes for blind15 (up to about 2 KB): a benign note, the same kind of note with
one credential buried in it, and a note that quotes the user's request and the model's reply."""
from __future__ import annotations

from _b15benign import CFG, HEALTH, TALK, TODO_EN
from _b15lang import ANSWERS, REQUESTS
from _b15prompt import EN_ANS, LONG, SHORT_EN
from _b15rand import (
    HOSTS,
    SERVICES,
    any_pw,
    aws_id,
    aws_secret,
    num,
    person,
    pick,
    repo,
    short_sha,
    url_pw,
)
from _b15secret import fill, tok

HEADS = [["## Status", "## What ran", "## Decisions", "## Next"], ["Where I left off:", "Validation:", "Notes:", "Next actions:"],
         ["### Context", "### Results", "### Open questions", "### TODO"], ["STATE", "CHECKS", "FACTS", "NEXT"]]
RUNS = ["pytest -q → {a} passed, {k} skipped ({c}s)", "make lint → ok", "npm test -- --runInBand → {k} failed ({t})",
        "go test ./... → ok ({c}s)", "cargo test → {a} passed", "terraform plan → {k} to change, 0 to destroy",
        "mypy --strict handoff → Success: no issues found", "k6 run load.js → p95 {c}0 ms", "pytest tests/test_sync.py -x → 1 failed ({t})"]
STATUS = ["Working on {b} for {r}; PR #{n} is open and CI is green on {sha}.", "Branch {b} rebased on main ({sha}); two review threads still open on #{n}.",
          "Spent the session on the flaky {t}: it fails about 1 in 40 runs, only with xdist.", "Picked up #{n} from the previous session; the migration part is done, the API part is not.",
          "The {s} export job is fixed on staging; prod deploy waits for the change window on Thursday.",
          "Investigated the slow nightly job in {s}; the N+1 in the invoice loader accounts for most of the time."]
DECIDE = ["Decided to keep the retry in the worker, not the API layer.", "We won't bump the ORM in this PR; separate ticket #{n}.",
          "Timeout stays at 10s (upstream SLA), documented in {f}.", "Chose a partial index over a materialised view (writes matter more here).",
          "Agreed with {p} to ship behind the flag and enable per tenant."]


def _f(r, t):
    return (fill(r, t).replace("{r}", repo(r)).replace("{sha}", short_sha(r)).replace("{p}", person(r))
            .replace("{a}", str(num(r, 50, 900))).replace("{c}", str(num(r, 2, 90))).replace("{k}", str(num(r, 1, 9))))


def _bullets(r, pool, k):
    return "\n".join("- " + _f(r, pick(r, pool)) for _ in range(k))


def _sections(r):
    h = pick(r, HEADS)
    status = " ".join(_f(r, t) for t in r.sample(STATUS, r.randint(1, 3)))
    ran = _bullets(r, RUNS, r.randint(2, 5))
    facts = _bullets(r, DECIDE + TALK + CFG + HEALTH, r.randint(2, 6)).replace("{m}", str(num(r, 5, 60))).replace(
        "{ms}", str(num(r, 80, 900))).replace("{hm}", f"{num(r, 10, 23)}:{num(r, 10, 59)}").replace("{o}", "acme")
    nxt = _bullets(r, TODO_EN, r.randint(2, 5))
    return h, [status, ran, facts, nxt]


def _join(h, parts):
    return "\n\n".join(f"{a}\n{b}" for a, b in zip(h, parts, strict=True))


def note_benign(r):
    h, parts = _sections(r)
    return _join(h, parts)


def note_secret(r):
    h, parts = _sections(r)
    v = pick(r, [
        lambda: f"- staging admin login is admin / {any_pw(r)} (temporary, rotate after the demo)",
        lambda: f"- used token {tok(r)} for the manual backfill",
        lambda: f"- DATABASE_URL=postgres://app:{url_pw(r)}@{pick(r, HOSTS)}:5432/{pick(r, SERVICES)} (copied from the pod)",
        lambda: f"- AWS creds for the export bucket: {aws_id(r)} / {aws_secret(r)}",
        lambda: f"- redis password on the cache box: {any_pw(r)}",
    ])()
    i = r.randrange(1, 3)
    lines = parts[i].split("\n")
    lines.insert(r.randrange(len(lines) + 1), v)
    parts[i] = "\n".join(lines)
    return _join(h, parts)


def note_transcript(r):
    h, parts = _sections(r)
    lang = "en"
    if r.random() < 0.35:
        lang = pick(r, sorted(set(REQUESTS) & set(ANSWERS)))
        q, a = fill(r, pick(r, REQUESTS[lang])), pick(r, ANSWERS[lang])
    else:
        q, a = fill(r, pick(r, SHORT_EN + LONG)).replace("{r}", repo(r)), pick(r, EN_ANS)
    quote = pick(r, [f"User asked: \"{q}\"\nAssistant replied: \"{a}\"", f"> user: {q}\n> assistant: {a}",
                     f"The user's request, verbatim:\n{q}\n\nThe model's answer, verbatim:\n{a}",
                     f"Q (user): {q}\nA (Claude): {a}", f"[user] {q}\n[assistant] {a}"])
    parts[2] = parts[2] + "\n\n" + quote
    return _join(h, parts), lang
