"""Shared building blocks for blind14's situations: credential values of every kind, benign near-miss
values, English model answers, the multilingual line builders and the cue-less imperative pools.

Situations (`_b14ops.py`, `_b14dev.py`, `_b14people.py`) wrap these in the formats their work produces.
"""

from __future__ import annotations

import random

from _b14lang import ANS, CRED, LANGS, LOGS, NOTE, QUOTE, REQ
from _b14rand import (
    AN,
    DBS,
    HOSTS,
    MODELS,
    PEOPLE,
    USERS,
    aws_secret,
    basic,
    cookie_value,
    hexs,
    jwt,
    password,
    pem_private,
    pick,
    rs,
    sha,
    sha256,
    token,
    ulid,
    uuid4,
)


def conn(r: random.Random, pw: str | None = None) -> str:
    """A connection string that carries a password."""
    pw = pw or password(r).replace("@", "").replace("/", "").replace(":", "").replace("#", "").replace("%", "")
    u, h, d = pick(r, USERS), pick(r, HOSTS), pick(r, DBS)
    k = r.randrange(6)
    if k == 0:
        return f"postgresql://{u}:{pw}@{h}:5432/{d}?sslmode=require"
    if k == 1:
        return f"mysql://{u}:{pw}@{h}:3306/{d}"
    if k == 2:
        return f"mongodb+srv://{u}:{pw}@cluster0.{rs(r, 'abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net/{d}?retryWrites=true"
    if k == 3:
        return f"redis://default:{pw}@{h}:6379/0"
    if k == 4:
        return f"amqp://{u}:{pw}@{h}:5672/%2F"
    return f"postgres://{u}:{pw}@{h}/{d}"


def secret_value(r: random.Random) -> tuple[str, str]:
    """(what it is, value) for a credential of any kind."""
    k = r.randrange(10)
    if k < 5:
        vendor, v = token(r)
        return f"{vendor} token", v
    if k == 5:
        return "password", password(r)
    if k == 6:
        return "connection string", conn(r)
    if k == 7:
        return "AWS secret access key", aws_secret(r)
    if k == 8:
        return "JWT", jwt(r)
    return "session cookie", f"session={cookie_value(r)}"


def basic_header(r: random.Random) -> str:
    return "Authorization: Basic " + basic(pick(r, USERS), password(r))


def private_key(r: random.Random) -> str:
    return pem_private(r, r.choice(["OPENSSH", "RSA", "PKCS8"]))


# --- benign near misses ---------------------------------------------------------------------------

def near_miss(r: random.Random) -> str:
    """A value that looks like a secret and is not one: a digest, an id, a placeholder, a masked value or a
    reference to a secret store."""
    k = r.randrange(18)
    return [
        lambda: sha(r),
        lambda: "sha256:" + sha256(r),
        lambda: uuid4(r),
        lambda: "sk_live_" + "X" * 24,
        lambda: "ghp_" + "*" * 36,
        lambda: "${{ secrets." + pick(r, ["NPM_TOKEN", "PROD_DB_PASSWORD", "SLACK_WEBHOOK_URL", "AWS_SECRET_ACCESS_KEY",
                                           "DEPLOY_KEY", "OPENAI_API_KEY"]) + " }}",
        lambda: "op://" + pick(r, ["Engineering", "Prod", "Platform"]) + "/" + pick(r, ["billing-db", "stripe", "github-bot"])
                + "/" + pick(r, ["password", "credential", "token"]),
        lambda: "vault:secret/data/" + pick(r, ["billing", "ledger", "ci"]) + "#" + pick(r, ["password", "api_key"]),
        lambda: "<your-api-key>",
        lambda: "********",
        lambda: "sha512-" + rs(r, AN + "+/", 86) + "==",
        lambda: "SHA256:" + rs(r, AN + "+/", 43),
        lambda: "arn:aws:secretsmanager:eu-west-1:" + rs(r, "0123456789", 12) + ":secret:prod/" + pick(r, DBS) + "-" + rs(r, AN, 6),
        lambda: "$" + pick(r, ["DATABASE_URL", "GITHUB_TOKEN", "STRIPE_KEY", "REDIS_PASSWORD"]),
        lambda: ulid(r),
        lambda: "AKIA" + "*" * 16,
        lambda: "W/\"" + hexs(r, 32) + "\"",
        lambda: "trace_id=" + hexs(r, 32),
    ][k]()


def ref_secret_line(r: random.Random) -> str:
    """A config or shell line that names a secret without holding one."""
    k = r.randrange(10)
    name = pick(r, ["DB_PASSWORD", "STRIPE_SECRET_KEY", "GITHUB_TOKEN", "SENTRY_AUTH_TOKEN", "OPENAI_API_KEY",
                    "REDIS_PASSWORD", "AWS_SECRET_ACCESS_KEY", "SLACK_BOT_TOKEN", "NPM_TOKEN", "ANTHROPIC_API_KEY"])
    return [
        f"{name}=${{{{ secrets.{name} }}}}",
        f"export {name}=\"$(op read op://Prod/{name.lower()}/credential)\"",
        f"{name}=  # set in 1Password, never commit",
        f"{name}: !vault secret/data/prod#{name.lower()}",
        f"- name: {name}\n  valueFrom:\n    secretKeyRef:\n      name: app-secrets\n      key: {name.lower()}",
        f"{name}=changeme",
        f"{name}=<redacted>",
        f"{name}=${{{name}:?must be set}}",
        f"aws secretsmanager get-secret-value --secret-id prod/{name.lower()} --query SecretString --output text > /dev/null",
        f"{name}=****{hexs(r, 4)}",
    ][k]


# --- English model answers ------------------------------------------------------------------------

ANS_LABELS_EN = ["model output (verbatim):", "ChatGPT's answer, pasted as is:", "Claude replied:", "the assistant said:",
                 "Copilot Chat's response:", "Gemini came back with:", "what the bot answered:", "LLM output:"]


# --- multilingual builders ------------------------------------------------------------------------

def intl_prompt(r: random.Random, xs: list[str]) -> str:
    lang = pick(r, LANGS)
    x = pick(r, xs)
    k = r.randrange(4)
    ri, ai = r.randrange(len(REQ[lang])), r.randrange(len(ANS[lang]))
    req = REQ[lang][ri].format(x=x, log=pick(r, LOGS))
    ans = ANS[lang][ai].format(x=x, n=r.randrange(5, 120))
    # A bare request must carry its own cue (a persona, a reply format): the log summary (2) does not.
    # A bare answer must read as a chatbot's (0); the plainer ones appear only under a label or a turn.
    if k == 0 and ri != 2:
        return req
    if k == 3 and ai == 0:
        return ans
    if k == 1:
        return f"{pick(r, QUOTE[lang])}\n{ans}"
    return f"User: {req}\nAssistant: {ans}"


def intl_note(r: random.Random, xs: list[str], ss: list[str]) -> str:
    lang = pick(r, LANGS)
    return pick(r, NOTE[lang]).format(x=pick(r, xs), p=pick(r, PEOPLE), n=r.randrange(3, 60), s=pick(r, ss))


def intl_cred(r: random.Random, ss: list[str]) -> str:
    """Templates 0 and 2 give a password for one of the situation's systems; template 1 a token, named by
    its own vendor."""
    lang = pick(r, LANGS)
    k = r.randrange(3)
    if k == 1:
        vendor, v = token(r)
        return CRED[lang][1].format(s=vendor, v=v)
    return CRED[lang][k].format(s=pick(r, ss), v=password(r))


def model(r: random.Random) -> str:
    return pick(r, MODELS)


# --- cue-less imperatives -------------------------------------------------------------------------
# Three pools judged before any line was drawn: chores on concrete artefacts (benign), requests that
# fix a reply's shape, a persona or its language (prompt), and content-producing requests that could be
# meant for a colleague or a model (unclear: dropped, counted).

TODO = [
    "rerun {t} with -p no:randomly and paste the seed in the ticket",
    "bump {k} to {v} and regenerate the lockfile",
    "revert {sha7} if the canary error rate stays above 2% for 15 minutes",
    "ask {p} to approve the change before the freeze",
    "move the cron for {svc} to 03:30 UTC so it stops overlapping the backup",
    "rotate the on-call schedule in PagerDuty before Monday",
    "delete the stale preview environments older than 14 days",
    "tag {v} once the changelog is merged",
    "add {p} to the CODEOWNERS entry for {f}",
    "close {tk} after the customer confirms the fix",
    "check disk usage on the runner pool before the nightly build",
    "drop the temporary index on {db}.events after the backfill",
    "pin the base image digest in the Dockerfile",
    "book 30 minutes with {p} to walk through the runbook",
    "re-enable the alert for {svc} once the migration is done",
    "file a ticket for the warning in {f} and link it here",
]
REQUEST = [
    "answer only with the corrected {f}, no explanation",
    "reply in JSON with the keys cause and fix, nothing else",
    "from now on answer me in {lang} only",
    "act as a senior reviewer and be blunt; no pleasantries",
    "keep your answer under 50 words and do not use bullet points",
    "respond with a unified diff only, no prose before or after",
    "pretend you are the PostgreSQL query planner and explain your choice of plan for this query",
    "think step by step, then give the final answer on the last line prefixed with ANSWER:",
    "don't apologise and don't repeat my question back to me, just give the command",
    "output only valid YAML that I can paste into {f}",
    "you are a release manager; write in the first person",
    "remember for the rest of this chat: we use pnpm, not npm, and Python 3.11",
]
UNCLEAR = [
    "explain how the lock timeout interacts with the retry loop in {f}",
    "write a docstring for {fn}",
    "summarise the review comments on #{n}",
    "suggest a better name for the pool module",
    "draft release notes for {v}",
    "turn the incident timeline into a short paragraph",
    "list the edge cases the CSV export misses",
    "translate the error messages in {f} into {lang}",
    "describe what {fn} does in plain words",
    "write a test that reproduces #{n}",
    "propose a rollback plan for the {svc} deploy",
    "compare the two migration approaches and recommend one",
]
LANG_NAMES = ["German", "Spanish", "French", "Japanese", "Korean", "Turkish", "Hindi", "Portuguese"]
