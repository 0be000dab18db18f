"""Write blind16's corpus.jsonl: field values a coding agent writes into handoff, benign and leaking.

Deterministic and stdlib-only: `python generate.py` writes corpus.jsonl beside this file.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import _b16en as EN  # noqa: E402
import _b16leak as LK  # noqa: E402
import _b16logs as LG  # noqa: E402
import _b16rand as R  # noqa: E402
from _b16fill import fill  # noqa: E402
from _b16intl import LANGS  # noqa: E402

LANG_KEYS = sorted(LANGS)


def join(r: random.Random, parts: list[str]) -> str:
    style = r.random()
    if style < 0.5:
        return " ".join(parts)
    if style < 0.75:
        return "\n".join(parts)
    if style < 0.9:
        return "\n".join("- " + p for p in parts)
    return "\n\n".join(parts)


def some(r: random.Random, pool: list[str], lo: int, hi: int) -> list[str]:
    return [fill(r, f) for f in r.sample(pool, r.randint(lo, hi))]


def with_leak(r: random.Random, ctx: list[str], leak: str) -> str:
    parts = list(ctx)
    parts.insert(r.randint(0, len(parts)), leak)
    return join(r, parts)


def env_dump(r: random.Random) -> str:
    plain = ["CI=true", "NODE_ENV=production", "HOME=/home/runner", "LANG=C.UTF-8", "PATH=/usr/local/bin:/usr/bin:/bin",
             f"GIT_COMMIT={R.sha(r, 40)}", f"RUNNER_TEMP=/tmp/{R.s(r, 6, R.LOW)}", "TZ=UTC", "PYTHONUNBUFFERED=1",
             f"BUILD_NUMBER={r.randint(100, 9999)}", "AWS_REGION=eu-west-1"]
    leaks = [f"GITHUB_TOKEN={R.token(r, 'github')}", f"DATABASE_URL={R.dsn(r)}", f"OPENAI_API_KEY={R.token(r, 'openai')}",
             f"AWS_SECRET_ACCESS_KEY={R.token(r, 'aws_secret')}", f"NPM_TOKEN={R.token(r, 'npm')}",
             f"SLACK_BOT_TOKEN={R.token(r, 'slack')}", f"DB_PASSWORD={R.password(r)}", f"STRIPE_SECRET_KEY={R.token(r, 'stripe')}",
             f"HF_TOKEN={R.token(r, 'hf')}", f"SENDGRID_API_KEY={R.token(r, 'sendgrid')}"]
    lines = r.sample(plain, r.randint(2, 6)) + r.sample(leaks, r.randint(1, 3))
    r.shuffle(lines)
    head = r.choice(["", "$ env | sort", "env at failure:", "printenv output from the job:", "docker inspect env:"])
    return "\n".join(([head] if head else []) + lines)


def env_dump_benign(r: random.Random) -> str:
    plain = ["CI=true", "NODE_ENV=test", "HOME=/home/runner", "LANG=C.UTF-8", f"GIT_COMMIT={R.sha(r, 40)}",
             "TZ=UTC", f"BUILD_NUMBER={r.randint(100, 9999)}", "AWS_REGION=eu-west-1"]
    masked = ["GITHUB_TOKEN=***", "DATABASE_URL=***", "OPENAI_API_KEY=[MASKED]", "NPM_TOKEN=<redacted>",
              "DB_PASSWORD=********", "AWS_SECRET_ACCESS_KEY=***", "API_KEY=${API_KEY}", "SLACK_BOT_TOKEN="]
    lines = r.sample(plain, r.randint(2, 6)) + r.sample(masked, r.randint(1, 3))
    r.shuffle(lines)
    head = r.choice(["", "$ env | sort", "env at failure (masked by CI):", "printenv output:"])
    return "\n".join(([head] if head else []) + lines)


def lang(r: random.Random) -> dict[str, list[str]]:
    return LANGS[r.choice(LANG_KEYS)]


def log_line(r: random.Random, kinds_texts: list[tuple[str, str]]) -> str:
    fmt = r.choice(LG.FORMATS)
    return "\n".join(fmt(r, k, t) for k, t in kinds_texts)


def ben_log_parts(r: random.Random) -> list[tuple[str, str]]:
    out = []
    for _ in range(r.randint(1, 3)):
        k = r.choice(["tool_call", "tool_result", "tool_result", "meta"])
        if k == "tool_call":
            out.append((k, fill(r, r.choice(EN.VALIDATION_CMD_BENIGN))))
        elif k == "tool_result":
            out.append((k, fill(r, r.choice(EN.VALIDATION_RESULT_BENIGN)) if r.random() < 0.8 else env_dump_benign(r)))
        else:
            out.append((k, fill(r, r.choice(LG.META_BENIGN))))
    return out


def b_note(r):
    return join(r, some(r, EN.NOTE_BENIGN, 1, 4))


def b_hard(r):
    return with_leak(r, some(r, EN.NOTE_BENIGN, 0, 2), fill(r, r.choice(EN.NOTE_HARD_BENIGN)))


def b_next(r):
    if r.random() < 0.7:
        return fill(r, r.choice(EN.NEXT_BENIGN))
    return join(r, some(r, EN.NEXT_BENIGN, 2, 3))


def shell(r: random.Random, cmd: str) -> str:
    """The ways an agent records a command: bare, with a prompt sign, a cd, a pipe."""
    x = r.random()
    if x < 0.55:
        return cmd
    if x < 0.65:
        return "$ " + cmd
    if x < 0.8:
        return r.choice(["cd services/api && ", "time ", "env -u HTTP_PROXY ", "cd /workspace && ", "nix develop -c "]) + cmd
    return cmd + r.choice([" 2>&1 | tail -50", " | tee /tmp/out.log", " || true", " ; echo exit=$?", " > run.log 2>&1"])


def config(r: random.Random, line: str) -> str:
    """A config fact as `key = value`, `key: value`, `KEY=value`, or the value alone."""
    key, sep, value = line.partition(" = ")
    if not sep:
        return line
    x = r.random()
    if x < 0.5 or "\n" in value:
        return line
    if x < 0.7 and len(value) > 6:
        return value
    if x < 0.85:
        return f"{key}: {value}"
    return f"{key.upper().replace('.', '_')}={value}"


def b_vcmd(r):
    return shell(r, fill(r, r.choice(EN.VALIDATION_CMD_BENIGN)))


def b_vres(r):
    if r.random() < 0.2:
        return env_dump_benign(r)
    return fill(r, r.choice(EN.VALIDATION_RESULT_BENIGN))


def b_config(r):
    return config(r, fill(r, r.choice(EN.CONFIG_BENIGN)))


def b_pr(r):
    return fill(r, r.choice(EN.PR_BENIGN))


def b_health(r):
    return fill(r, r.choice(EN.HEALTH_BENIGN))


def b_log(r):
    return log_line(r, ben_log_parts(r))


def b_intl_note(r):
    L = lang(r)
    return join(r, some(r, L["ben"], 1, 3))


def b_intl_next(r):
    L = lang(r)
    if r.random() < 0.6:
        return fill(r, r.choice(L["next"]))
    return join(r, some(r, L["ben"], 1, 1) + some(r, L["next"], 1, 2))


def s_note(r):
    return with_leak(r, some(r, EN.NOTE_BENIGN, 0, 3), fill(r, r.choice(LK.NOTE_SECRET)))


def s_next(r):
    return with_leak(r, some(r, EN.NEXT_BENIGN, 0, 1), fill(r, r.choice(LK.NEXT_SECRET)))


def s_vcmd(r):
    return shell(r, fill(r, r.choice(LK.VALIDATION_CMD_SECRET)))


def s_vres(r):
    if r.random() < 0.35:
        return env_dump(r)
    return fill(r, r.choice(LK.VALIDATION_RESULT_SECRET))


def s_config(r):
    return config(r, fill(r, r.choice(LK.CONFIG_SECRET)))


def s_pr(r):
    return fill(r, r.choice(LK.PR_SECRET))


def s_health(r):
    return fill(r, r.choice(LK.HEALTH_SECRET))


def s_log(r):
    leak = ("tool_call", fill(r, r.choice(LK.VALIDATION_CMD_SECRET))) if r.random() < 0.5 else \
        ("tool_result", env_dump(r) if r.random() < 0.5 else fill(r, r.choice(LK.VALIDATION_RESULT_SECRET)))
    parts = ben_log_parts(r)[: r.randint(0, 2)]
    parts.insert(r.randint(0, len(parts)), leak)
    return log_line(r, parts)


def s_intl(r):
    L = lang(r)
    return with_leak(r, some(r, L["ben"] + L["next"], 0, 2), fill(r, r.choice(L["secret"])))


def p_quote(r):
    return with_leak(r, some(r, EN.NOTE_BENIGN, 0, 2), fill(r, r.choice(LK.USER_QUOTE)))


def p_answer(r):
    return with_leak(r, some(r, EN.NOTE_BENIGN, 0, 2), fill(r, r.choice(LK.MODEL_ANSWER)))


def p_next(r):
    return with_leak(r, some(r, EN.NOTE_BENIGN, 0, 1), fill(r, r.choice(LK.NEXT_PROMPT)))


def p_pr(r):
    return fill(r, r.choice(LK.PR_PROMPT))


def p_vres(r):
    return fill(r, r.choice(LK.VALIDATION_RESULT_PROMPT))


def p_health(r):
    return fill(r, r.choice(LK.HEALTH_PROMPT))


def p_log(r):
    k = r.choice(["user", "user", "assistant"])
    text = fill(r, r.choice(LG.RAW_REQUESTS if k == "user" else LG.RAW_ANSWERS))
    parts = ben_log_parts(r)[: r.randint(0, 2)]
    parts.insert(r.randint(0, len(parts)), (k, text))
    return log_line(r, parts)


def p_intl_quote(r):
    L = lang(r)
    return with_leak(r, some(r, L["ben"], 0, 2), fill(r, r.choice(L["quote"])))


def p_intl_answer(r):
    L = lang(r)
    return with_leak(r, some(r, L["ben"], 0, 2), fill(r, r.choice(L["answer"])))


def p_foreign_quote(r):
    """An English note that quotes a non-English user verbatim."""
    return with_leak(r, some(r, EN.NOTE_BENIGN, 1, 2), fill(r, r.choice(lang(r)["quote"])))


HEADS = [("## Done", "## Decisions", "## Open", "## Next"), ("Done:", "Why:", "Blocked:", "Next:"),
         ("### Summary", "### Notes", "### Problems", "### Follow-ups"), ("WHAT CHANGED", "DECISIONS", "FAILURES", "TODO")]


def summary(r: random.Random, leak: str = "") -> str:
    """A long end-of-session summary in sections; `leak` goes into one of them as a bullet."""
    heads = r.choice(HEADS)
    bodies = [some(r, EN.NOTE_BENIGN, 2, 7), some(r, EN.NOTE_HARD_BENIGN + EN.NOTE_BENIGN, 1, 3),
              some(r, EN.VALIDATION_RESULT_BENIGN + EN.HEALTH_BENIGN, 1, 3), some(r, EN.NEXT_BENIGN, 2, 6)]
    if leak:
        sec = bodies[r.randrange(4)]
        sec.insert(r.randint(0, len(sec)), leak)
    bullet = r.choice(["- ", "* ", "• "])
    out = []
    for h, b in zip(heads, bodies, strict=True):
        out.append(h + "\n" + "\n".join(bullet + x.replace("\n", " ") for x in b))
    title = r.choice(["", f"Session {R.uuid(r)[:8]} on {r.choice(R.BRANCHES)}", f"Handoff for {r.choice(R.REPOS)}",
                      f"{r.choice(R.AGENTS)} session summary"])
    return "\n\n".join(([title] if title else []) + out)


def b_summary(r):
    return summary(r)


def s_summary(r):
    return summary(r, fill(r, r.choice(LK.NOTE_SECRET + LK.NEXT_SECRET)))


def p_summary(r):
    pool = LK.USER_QUOTE + LK.MODEL_ANSWER + [q for L in LANGS.values() for q in L["quote"]]
    return summary(r, fill(r, r.choice(pool)))


# category -> (label, builder, count)
PLAN = [
    ("note_status_benign", "benign", b_note, 160),
    ("note_mentions_credential_or_prompt_benign", "benign", b_hard, 110),
    ("next_action_benign", "benign", b_next, 100),
    ("validation_command_benign", "benign", b_vcmd, 70),
    ("validation_result_benign", "benign", b_vres, 70),
    ("config_fact_benign", "benign", b_config, 80),
    ("pr_issue_benign", "benign", b_pr, 60),
    ("health_note_benign", "benign", b_health, 70),
    ("session_log_tool_records_benign", "benign", b_log, 110),
    ("session_summary_benign", "benign", b_summary, 60),
    ("intl_note_benign", "benign", b_intl_note, 200),
    ("intl_next_action_benign", "benign", b_intl_next, 90),
    ("note_pasted_credential", "secret", s_note, 180),
    ("next_action_with_credential", "secret", s_next, 70),
    ("validation_command_with_credential", "secret", s_vcmd, 110),
    ("validation_result_with_credential", "secret", s_vres, 80),
    ("config_fact_secret_value", "secret", s_config, 110),
    ("pr_issue_with_credential", "secret", s_pr, 55),
    ("health_note_with_key", "secret", s_health, 40),
    ("session_log_credential", "secret", s_log, 120),
    ("session_summary_with_credential", "secret", s_summary, 50),
    ("intl_note_credential", "secret", s_intl, 250),
    ("note_quotes_user_request", "prompt", p_quote, 160),
    ("note_pastes_model_answer", "prompt", p_answer, 110),
    ("next_action_instructs_model", "prompt", p_next, 100),
    ("pr_issue_with_prompt_or_chat", "prompt", p_pr, 40),
    ("validation_result_is_model_reply", "prompt", p_vres, 30),
    ("health_note_quotes_prompt", "prompt", p_health, 25),
    ("session_log_chat_record", "prompt", p_log, 170),
    ("session_summary_with_prompt", "prompt", p_summary, 50),
    ("intl_note_quotes_user_request", "prompt", p_intl_quote, 200),
    ("intl_note_pastes_model_answer", "prompt", p_intl_answer, 90),
    ("note_quotes_foreign_user_request", "prompt", p_foreign_quote, 90),
]


def build() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for i, (cat, label, fn, count) in enumerate(PLAN):
        r = random.Random(f"blind16/{i}/{cat}")
        made, tries = 0, 0
        while made < count:
            tries += 1
            if tries > count * 200:
                raise SystemExit(f"{cat}: only {made} distinct texts")
            text = fn(r).strip()
            if not text or text in seen:
                continue
            seen.add(text)
            rows.append({"text": text, "label": label, "category": cat})
            made += 1
    random.Random("blind16/order").shuffle(rows)
    return rows


def main() -> None:
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8", newline="\n") as out:
        for row in build():
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
