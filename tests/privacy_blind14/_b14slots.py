"""Template filling for blind14: `{name}` slots in a situation's templates are drawn lazily from the
category's seeded RNG, so a slot used twice in one template holds the same value (a vendor label and
its token, a password and the line that repeats it).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from _b14kit import ANS_LABELS_EN, basic_header, conn, near_miss, private_key, ref_secret_line, secret_value
from _b14rand import (
    AN,
    BRANCHES,
    CUSTOMERS,
    DBS,
    FILES,
    FUNCS,
    HANDLES,
    HOSTS,
    MODELS,
    PEOPLE,
    PKGS,
    REGIONS,
    REPOS,
    SERVICES,
    TESTS,
    TICKETS,
    USERS,
    aws_secret,
    aws_session,
    azure_storage,
    basic,
    cookie_value,
    datadog_api,
    hexs,
    hhmm,
    jwt,
    password,
    pick,
    rs,
    sha,
    sha256,
    token,
    ts,
    ulid,
    uuid4,
    version,
)

SLOT = re.compile(r"\{([a-z][a-z0-9_]*)\}")


def _tok(r: random.Random, d: dict[str, str]) -> str:
    d["tv"], v = token(r)
    return v


def _tv(r: random.Random, d: dict[str, str]) -> str:
    d["tok"] = _tok(r, d)
    return d["tv"]


def _pkg(r: random.Random, d: dict[str, str]) -> str:
    name, old, new = pick(r, PKGS)
    d["pkg"], d["old"], d["new"] = name, old, new
    return name


MAKERS: dict[str, Callable[[random.Random, dict[str, str]], str]] = {
    "tok": _tok,
    "tv": _tv,
    "tok2": lambda r, d: token(r)[1],
    "pw": lambda r, d: password(r),
    "pw2": lambda r, d: password(r),
    "conn": lambda r, d: conn(r),
    "jwt": lambda r, d: jwt(r),
    "awss": lambda r, d: aws_secret(r),
    "akid": lambda r, d: token(r, "aws_akid")[1],
    "asess": lambda r, d: aws_session(r),
    "azure": lambda r, d: azure_storage(r, "st" + rs(r, "abcdefghijklmnopqrstuvwxyz", 8)),
    "dd": lambda r, d: datadog_api(r),
    "cookie": lambda r, d: cookie_value(r),
    "basic": lambda r, d: basic(pick(r, USERS), password(r)),
    "bhdr": lambda r, d: basic_header(r),
    "pkey": lambda r, d: private_key(r),
    "sv": lambda r, d: secret_value(r)[1],
    "gh": lambda r, d: token(r, "github_pat")[1],
    "ghf": lambda r, d: token(r, "github_fine")[1],
    "npm": lambda r, d: token(r, "npm")[1],
    "pypi": lambda r, d: token(r, "pypi")[1],
    "stripe": lambda r, d: token(r, "stripe_secret")[1],
    "slack": lambda r, d: token(r, "slack_bot")[1],
    "hook": lambda r, d: token(r, "slack_hook")[1],
    "oai": lambda r, d: token(r, r.choice(["openai_proj", "openai_svc"]))[1],
    "ant": lambda r, d: token(r, "anthropic")[1],
    "hf": lambda r, d: token(r, "huggingface")[1],
    "wandb": lambda r, d: hexs(r, 40),
    "tfc": lambda r, d: token(r, "tfc")[1],
    "vault": lambda r, d: token(r, "vault")[1],
    "glpat": lambda r, d: token(r, "gitlab_pat")[1],
    "docker": lambda r, d: token(r, "dockerhub")[1],
    "twilio": lambda r, d: hexs(r, 32),
    "sg": lambda r, d: token(r, "sendgrid")[1],
    "gapi": lambda r, d: token(r, "google_api")[1],
    "tg": lambda r, d: token(r, "telegram")[1],
    "postman": lambda r, d: token(r, "postman")[1],
    "age": lambda r, d: token(r, "age")[1],
    "ts_key": lambda r, d: token(r, "tailscale")[1],
    # benign near misses and references
    "nm": lambda r, d: near_miss(r),
    "nm2": lambda r, d: near_miss(r),
    "ref": lambda r, d: ref_secret_line(r),
    "sha": lambda r, d: sha(r),
    "sha7": lambda r, d: sha(r)[:7],
    "sha256": lambda r, d: sha256(r),
    "uuid": lambda r, d: uuid4(r),
    "uuid2": lambda r, d: uuid4(r),
    "ulid": lambda r, d: ulid(r),
    "hex32": lambda r, d: hexs(r, 32),
    "hex16": lambda r, d: hexs(r, 16),
    "label": lambda r, d: pick(r, ANS_LABELS_EN),
    "an24": lambda r, d: rs(r, AN, 24),
    "an32": lambda r, d: rs(r, AN, 32),
    "an40": lambda r, d: rs(r, AN, 40),
    "cf": lambda r, d: rs(r, AN + "_-", 40),
    "vref": lambda r, d: pick(r, ["op://Prod/" + pick(r, SERVICES) + "/credential", "vault:secret/data/" + pick(r, SERVICES),
                                  "AWS Secrets Manager (prod/" + pick(r, DBS) + ")", "the 1Password vault Engineering",
                                  "${{ secrets." + pick(r, ["DEPLOY_TOKEN", "DB_PASSWORD", "NPM_TOKEN"]) + " }}",
                                  "sealed-secrets (" + pick(r, SERVICES) + "-env)", "$" + pick(r, ["DB_PASSWORD", "API_TOKEN"])]),
    "sri": lambda r, d: "sha512-" + rs(r, AN + "+/", 86) + "==",
    "h1": lambda r, d: "h1:" + rs(r, AN + "+/", 43) + "=",
    "mask": lambda r, d: pick(r, ["****", "********", "[REDACTED]", "<redacted>", "***", "xxxxxxxx", "•••••••"]),
    # people, places, things
    "p": lambda r, d: pick(r, PEOPLE),
    "p2": lambda r, d: pick(r, PEOPLE),
    "h": lambda r, d: pick(r, HANDLES),
    "svc": lambda r, d: pick(r, SERVICES),
    "host": lambda r, d: pick(r, HOSTS),
    "db": lambda r, d: pick(r, DBS),
    "user": lambda r, d: pick(r, USERS),
    "f": lambda r, d: pick(r, FILES),
    "fn": lambda r, d: pick(r, FUNCS),
    "t": lambda r, d: pick(r, TESTS),
    "repo": lambda r, d: pick(r, REPOS),
    "br": lambda r, d: pick(r, BRANCHES),
    "model": lambda r, d: pick(r, MODELS),
    "region": lambda r, d: pick(r, REGIONS),
    "tk": lambda r, d: pick(r, TICKETS),
    "cust": lambda r, d: pick(r, CUSTOMERS),
    "pkg": _pkg,
    "old": lambda r, d: (_pkg(r, d), d["old"])[1],
    "new": lambda r, d: (_pkg(r, d), d["new"])[1],
    "ver": lambda r, d: version(r),
    "ver2": lambda r, d: version(r),
    "ts": lambda r, d: ts(r),
    "hhmm": lambda r, d: hhmm(r),
    "hhmm2": lambda r, d: hhmm(r),
    "n": lambda r, d: str(r.randrange(2, 97)),
    "n2": lambda r, d: str(r.randrange(100, 9999)),
    "n3": lambda r, d: str(r.randrange(100, 9999)),
    "hex16b": lambda r, d: hexs(r, 16),
    "ms": lambda r, d: str(r.randrange(40, 4800)),
    "pct": lambda r, d: f"{r.randrange(0, 99)}.{r.randrange(10)}",
    "port": lambda r, d: pick(r, ["5432", "3306", "6379", "8080", "9200", "27017"]),
    "pid": lambda r, d: str(r.randrange(1000, 65000)),
    "ip": lambda r, d: f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
}


def fill(r: random.Random, template: str, extra: dict[str, Callable[[random.Random, dict[str, str]], str]]) -> str:
    """Fill every `{slot}`; `extra` holds the situation's own slots (its artefacts, its answer)."""
    d: dict[str, str] = {}

    def one(m: re.Match[str]) -> str:
        key = m.group(1)
        if key not in d:
            maker = extra.get(key) or MAKERS.get(key)
            if maker is None:
                raise KeyError(f"unknown slot {{{key}}} in {template[:60]!r}")
            d[key] = maker(r, d)
        return d[key]

    return SLOT.sub(one, template)

