"""Slot filling for blind16 frames: every {slot} in a frame gets a fresh random value."""
import random
import string

import _b16rand as R


def slots(r: random.Random) -> dict[str, object]:
    return {
        "sha": R.commit(r), "sha40": R.sha(r, 40), "digest": "sha256:" + R.sha(r, 64), "uuid": R.uuid(r),
        "model": r.choice(R.MODELS), "model2": r.choice(R.MODELS), "up": r.choice(R.UPSTREAMS),
        "when": R.when(r), "repo": r.choice(R.REPOS), "br": r.choice(R.BRANCHES), "file": r.choice(R.FILES),
        "file2": r.choice(R.FILES), "who": r.choice(R.PEOPLE), "test": r.choice(R.TESTS), "agent": r.choice(R.AGENTS),
        "n": r.randint(2, 97), "big": r.randint(120, 9800), "pr": R.pr(r), "mins": r.choice([5, 10, 15, 30, 45, 60, 90]),
        "secs": round(r.uniform(0.4, 380.0), 1), "pct": r.randint(3, 99), "port": r.choice([5432, 6379, 8080, 3000, 9200]),
        "cred": R.any_cred(r), "tok": R.token(r), "pw": R.password(r), "dsn": R.dsn(r), "url": R.signed_url(r),
        "cookie": R.cookie(r), "pem": R.pem(r), "gh": R.token(r, "github"), "aws": R.token(r, "aws_id"),
        "awss": R.token(r, "aws_secret"), "sk": R.token(r, r.choice(["openai", "anthropic", "openrouter", "groq"])),
        "npm": R.token(r, "npm"), "slack": R.token(r, "slack"), "jwt": R.token(r, "jwt"), "pypi": R.token(r, "pypi"),
        "user": r.choice(R.USERS), "host": r.choice(R.HOSTS), "reqid": "req_" + R.s(r, 24),
        "trace": R.sha(r, 32), "ver": f"{r.randint(0, 5)}.{r.randint(0, 30)}.{r.randint(0, 12)}",
        "issue": r.randint(3, 2400), "code": r.choice([429, 500, 502, 503, 529, 401, 403, 408]),
        "mask": r.choice(["****", "<redacted>", "[REDACTED]", "xxxxxxxx", "•••••••", "(hidden)", "***redacted***"]),
        "env": r.choice(["$GITHUB_TOKEN", "${NPM_TOKEN}", "$DATABASE_URL", "${{ secrets.PYPI_TOKEN }}", "$OPENAI_API_KEY",
                         "%API_KEY%", "${env:AWS_SECRET_ACCESS_KEY}", "$(cat ~/.config/gh/token)", "{{ vault_db_password }}"]),
        "num": "".join(r.choice(string.digits) for _ in range(6)),
    }


def fill(r: random.Random, frame: str) -> str:
    return frame.format(**slots(r)).strip()
