"""Write blind18's corpus.jsonl: long handoff notes with at most one needle each.

Run with the stdlib only: `python -I -S generate.py`. Deterministic (fixed seed); writes
corpus.jsonl beside itself and prints counts.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _b18decoy import CATEGORIES as DECOYS  # noqa: E402
from _b18frames import (  # noqa: E402
    FRAMES,
    LOGS,
    STATUS,
    USED,
    bullets,
    checklist,
    commands,
    frame_foreign,
    fresh,
    log_block,
    para,
    runs_table,
    sub,
)
from _b18lang import CODES, LANG, fill  # noqa: E402
from _b18prompt import CATEGORIES as PROMPTS  # noqa: E402
from _b18rand import Kit  # noqa: E402
from _b18secret import CATEGORIES as SECRETS  # noqa: E402

SEED = 18_1803
N_LONG = {"secret": 890, "prompt": 890, "benign": 1020}
N_SHORT = {"secret": 160, "prompt": 160, "benign": 180}
FOREIGN_LONG = 0.25
FOREIGN_SHORT = 0.35

CODE_INTRO = ["Commands I ran:", "What is on the box now:", "Relevant snippet:", "Config as found:", "From the PR diff:",
              "Reproduction:", "For reference:", "Pasted from the terminal:", ""]
LOG_INTRO = ["Excerpt from the job log:", "Log lines around the failure:", "Quoting the log:", "From `kubectl logs`:", ""]
TABLE_INTRO = ["State at hand-off:", "Inventory:", "Summary table:", ""]
PRE_BASH = ["cd ~/src/{repo}", "git pull --ff-only", "make build", "source .venv/bin/activate", "kubectl config use-context {env}"]
POST_BASH = ["make test", "git status", "echo done", "kubectl get pods -n {env}"]


SHORT_BENIGN = [
    "rotated NPM_TOKEN in the org settings; publish job green again",
    "{svc}: 401 after key rotation, restarted pods, fixed",
    "context window hit on the summarizer (128k); chunking by heading now",
    "prompt template moved to prompts/triage.j2, no wording change",
    "user wants the export in Parquet; done behind the flag",
    "next: revoke the old deploy key once {env} confirms the new one works",
    "secret scanning alert #{n} was a false positive (test fixture), dismissed",
    "PR #{pr}: eval score up 3 points with the shorter system prompt, see evals/report.md",
    "password reset flow now sends a one-time link, no password in the email",
    "{model} returned 529 overloaded x{n} overnight; fallback kicked in",
    "don't paste tokens in notes; use `handoff config set` with a secret ref",
    "ci: GITHUB_TOKEN permissions narrowed to contents:read",
    "session cookie lifetime reduced from 30d to 12h (security review)",
    "JWT validation now rejects alg=none; test added",
    "vault lease TTL raised to 24h for {svc}",
    "tokenizer bump changed token counts by ~2%, budgets adjusted",
    "the API key field in the settings page is write-only now",
    "migrated {svc} secrets from .env files to the secret manager",
]


def intl_prompt_forms(k, cat, lang):
    L = LANG[lang]
    p1, p2 = k.sample(["lena", "wei", "aiko", "mateo", "olu", "sofia", "jonas", "minh", "ayse", "arjun"], 2)
    if cat in ("pr_quoted_user_request", "pr_json_turn_records") or (cat == "pr_transcript_fragment" and k.chance(0.3)):
        q = fill(k, k.pick(L["req"]))
        if cat == "pr_json_turn_records":
            a = fill(k, k.pick(L["ans"]))
            return {"code": ("json", json.dumps({"messages": [{"role": "user", "content": q}, {"role": "assistant", "content": a}]}, ensure_ascii=False))}
        return {"prose": f"> {q}", "code": ("text", q), "log": f"{k.ts()} INFO  session.start user_message=\"{q}\"", "cell": ("request", q)}
    if cat == "pr_pasted_model_answer":
        a = fill(k, k.pick(L["ans"]))
        return {"prose": "\n".join("> " + x for x in a.splitlines()), "code": ("text", a)}
    if cat == "pr_transcript_fragment":
        q, a = fill(k, k.pick(L["req"])), fill(k, k.pick(L["ans"]))
        return {"code": ("text", f"User: {q}\nAssistant: {a}"), "prose": f"User: {q}\n\nAssistant: {a}"}
    if cat == "pr_system_prompt" and L.get("sys"):
        s = k.pick(L["sys"])
        return {"code": ("text", s), "prose": f"System prompt ({lang}):\n\n> {s}", "cell": ("system prompt", s)}
    if cat == "pr_chat_between_people":
        body = "\n".join(f"{p1 if w == '{p1}' else p2}: {m}" for w, m in L["chat"])
        return {"prose": body, "code": ("text", body)}
    return None


PROMPT_INTRO = ["Verbatim:", "Pasted for context:", "From the session log:", "Kept for the record:", "Copied as is:",
                "Relevant excerpt:", "For reference:", ""]


PLACED = {}


def place(k, title, blocks, forms, lang, label):
    kinds = [f for f in ("prose", "code", "log", "cell") if forms.get(f)]
    kind = k.pick(kinds)
    where = k.pick(["start", "middle", "middle", "end"])
    if label != "benign":
        PLACED[kind] = PLACED.get(kind, 0) + 1
        PLACED[where] = PLACED.get(where, 0) + 1
    if forms.get("intro"):
        intro_code = forms["intro"]
    elif label == "prompt":
        intro_code = k.pick(PROMPT_INTRO)
    else:
        intro_code = LANG[lang]["intro"] if lang and k.chance(0.5) else k.pick(CODE_INTRO)
    if kind == "prose":
        block = forms["prose"]
        plain = [i for i, b in enumerate(blocks) if not b.startswith(("```", "|", "-", "#", "**", "1.")) and "\n" not in b]
        if "\n" not in block and plain and k.chance(0.4):
            i = k.pick(plain)
            blocks[i] = blocks[i] + " " + block if k.chance(0.6) else block + " " + blocks[i]
            if label != "benign":
                PLACED["inline in a paragraph"] = PLACED.get("inline in a paragraph", 0) + 1
            return title, blocks
    elif kind == "code":
        lang_tag, code = forms["code"]
        if lang_tag == "bash" and "\n" not in code:
            pre = [sub(k, s) for s in k.sample(PRE_BASH, k.num(0, 2))]
            post = [sub(k, s) for s in k.sample(POST_BASH, k.num(0, 2))]
            code = "\n".join([*pre, code, *post])
        fence = "```" + (lang_tag if k.chance(0.8) else "")
        block = (intro_code + "\n\n" if intro_code else "") + fence + "\n" + code + "\n```"
    elif kind == "log":
        lines = [sub(k, s) for s in k.sample(LOGS, k.num(2, 6))]
        lines.insert(k.num(0, len(lines)), forms["log"])
        intro = k.pick(LOG_INTRO) if label != "prompt" else k.pick(LOG_INTRO + PROMPT_INTRO[:3])
        if k.chance(0.3):
            body = "\n".join("> " + ln for ln in lines)
        else:
            body = "```\n" + "\n".join(lines) + "\n```"
        block = (intro + "\n\n" if intro else "") + body
    else:
        left, val = forms["cell"]
        pairs = [("branch", k.branch()), ("PR", f"#{k.pr()}"), ("env", k.env()), ("owner", k.person()), ("last run", k.dur()),
                 ("runner", k.pick(["ubuntu-24.04", "macos-14", "arm64-large"])), ("version", k.ver()), ("flag", k.pick(["off", "on (canary)"])),
                 ("service", k.svc()), ("status", k.pick(["green", "red", "flaky", "blocked"]))]
        rows = k.sample(pairs, k.num(2, 5))
        rows.insert(k.num(0, len(rows)), (left, val))
        intro = k.pick(TABLE_INTRO)
        block = (intro + "\n\n" if intro else "") + "| item | value |\n|---|---|\n" + "\n".join(f"| {a} | {b} |" for a, b in rows)
    if where == "start":
        if k.chance(0.5):
            return block + "\n\n" + title, blocks
        blocks.insert(0, block)
    elif where == "end":
        blocks.append(block)
    else:
        blocks.insert(k.num(1, max(1, len(blocks) - 1)), block)
    return title, blocks


def long_doc(k, forms, lang, label):
    USED.clear()
    frame = k.pick(FRAMES)
    title, blocks = frame_foreign(k, lang, frame) if lang else frame(k)
    target = k.pick([k.num(300, 900), k.num(600, 1800), k.num(1200, 2600), k.num(1800, 3300)])
    if label == "benign":
        target += k.num(0, 350)
    while len("\n\n".join(blocks)) > target and len(blocks) > 1:
        blocks.pop(k.num(0, len(blocks) - 1))
    extra = [lambda: para(k, lo=2, hi=4), lambda: log_block(k), lambda: runs_table(k), lambda: "Next:\n" + checklist(k),
             lambda: commands(k), lambda: "Notes:\n" + bullets(k, STATUS, 2, 4)]
    if lang:
        extra = [lambda: "**" + k.pick(LANG[lang]["heads"]) + "**\n" + " ".join(fill(k, s) for s in fresh(k, LANG[lang]["notes"], 2))] * 3 + extra
    tries = 0
    while len("\n\n".join(blocks)) < min(target, 250 if target < 1500 else target - 300) and tries < 40:
        tries += 1
        b = k.pick(extra)()
        if b.strip() and not b.endswith("**") and not b.endswith(":\n"):
            blocks.insert(k.num(0, len(blocks)), b)
    blocks = [b for b in blocks if b.strip() and not b.rstrip().endswith(("**", ":"))]
    if forms is not None:
        title, blocks = place(k, title, blocks, forms, lang, label)
    return (title + "\n\n" + "\n\n".join(blocks)).strip()


def secret_forms(k, cat, lang):
    f = SECRETS[cat](k)
    if lang and cat == "sec_password_prose":
        who = k.pick(["staging Postgres admin", "Grafana admin", "qa-bot", "Jenkins root", "RabbitMQ UI"])
        f["prose"] = fill(k, k.pick(LANG[lang]["pw"]), who=who, pw=k.pw())
    return f


def prompt_forms(k, cat, lang):
    if lang:
        f = intl_prompt_forms(k, cat, lang)
        if f:
            return f
    return PROMPTS[cat](k)


def decoy_forms(k, cat, lang):
    f = DECOYS[cat](k)
    if lang and cat in ("ben_paraphrased_requests", "ben_key_rotation", "ben_prompt_file_notes", "ben_token_budget") and k.chance(0.6):
        f["prose"] = fill(k, k.pick(LANG[lang]["para"]))
    return f


def short_secret(k, lang):
    while True:
        f = SECRETS[k.pick(sorted(SECRETS))](k)
        s = f.get("short")
        if lang and k.chance(0.5):
            s = fill(k, k.pick(LANG[lang]["pw"]), who=k.pick(["qa-bot", "Grafana", "staging DB"]), pw=k.pw())
        elif lang and s:
            s = LANG[lang]["intro"] + " " + s
        if s and len(s) < 200:
            return s


def clip(answer):
    """The first lines (or sentences) of a model answer that fit in a short note."""
    parts = [p for ln in answer.split("\n") for p in ln.replace(". ", ".\n").split("\n") if p.strip() and not p.startswith("```")]
    out = ""
    for p in parts:
        cand = (out + " " + p.strip()).strip()
        if len(cand) > 165:
            break
        out = cand
    return out or parts[0][:160]


def short_prompt(k, lang):
    while True:
        if lang:
            L = LANG[lang]
            c = k.pick(["req", "req", "ans", "chat"])
            if c == "req":
                s = k.pick(["", "user: ", "> ", "the user typed: "]) + fill(k, k.pick(L["req"]))
            elif c == "ans":
                s = k.pick(["assistant: ", "model reply: ", "> "]) + clip(fill(k, k.pick(L["ans"])))
            else:
                a, b = k.sample(["lena", "wei", "aiko", "olu", "minh"], 2)
                s = "\n".join(f"{a if w == '{p1}' else b}: {m}" for w, m in L["chat"][:2])
        else:
            c = k.pick(["req", "ans", "oneline", "chat", "system"])
            if c == "req":
                s = k.pick(["", "user: ", "prompt: ", "asked the agent: "]) + PROMPTS["pr_quoted_user_request"](k)["code"][1][2:]
            elif c == "ans":
                a = clip(PROMPTS["pr_pasted_model_answer"](k)["code"][1])
                s = k.pick(["assistant: ", "model said: ", "reply: ", "the bot answered: "]) + a
            elif c == "oneline":
                t = PROMPTS["pr_transcript_fragment"](k)["code"][1]
                s = t.replace("\n\n", " ").replace("\n", " ")
            elif c == "chat":
                s = PROMPTS["pr_chat_between_people"](k)["code"][1].split("\n")
                s = "\n".join(s[:4] if len(s[0]) < 14 else s[:2])
            else:
                s = PROMPTS["pr_system_prompt"](k)["cell"][1]
        s = s.strip()
        if 20 < len(s) < 200:
            return s


def short_benign(k, lang):
    while True:
        if lang:
            L = LANG[lang]
            s = fill(k, k.pick(L["notes"] + L["para"]))
            if k.chance(0.3):
                s = s + " " + fill(k, k.pick(L["notes"]))
        elif k.chance(0.45):
            s = sub(k, k.pick(SHORT_BENIGN))
        elif k.chance(0.6):
            f = DECOYS[k.pick(sorted(DECOYS))](k)
            s = f.get("short") or ""
        else:
            s = para(k, lo=1, hi=1)
        s = s.strip()
        if 15 < len(s) < 200:
            return s


def main():
    k = Kit(random.Random(SEED))
    rows, seen = [], set()

    def add(text, label, cat, lang):
        if text in seen:
            return False
        seen.add(text)
        rows.append((text, label, cat, lang))
        return True

    plans = []
    for label, cats in (("secret", sorted(SECRETS)), ("prompt", sorted(PROMPTS)), ("benign", [*sorted(DECOYS), "ben_plain_notes"])):
        n = N_LONG[label]
        for i in range(n):
            plans.append((label, cats[i % len(cats)], False))
        for _ in range(N_SHORT[label]):
            plans.append((label, {"secret": "sec_short_note", "prompt": "pr_short_note", "benign": "ben_short_note"}[label], True))
    for label, cat, short in plans:
        while True:
            lang = k.pick(CODES) if k.chance(FOREIGN_SHORT if short else FOREIGN_LONG) else None
            if short:
                text = {"secret": short_secret, "prompt": short_prompt, "benign": short_benign}[label](k, lang)
            else:
                if label == "secret":
                    forms = secret_forms(k, cat, lang)
                elif label == "prompt":
                    forms = prompt_forms(k, cat, lang)
                else:
                    forms = None if cat == "ben_plain_notes" else decoy_forms(k, cat, lang)
                text = long_doc(k, forms, lang, label)
            if add(text, label, cat, lang):
                break
    k.r.shuffle(rows)
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8", newline="\n") as out:
        for text, label, cat, _ in rows:
            out.write(json.dumps({"text": text, "label": label, "category": cat}, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        from collections import Counter
        print(Counter(r[1] for r in rows))
        print(sorted(Counter((r[1], r[2]) for r in rows).items()))
        print("foreign", sum(1 for r in rows if r[3]), "of", len(rows), Counter(r[1] for r in rows if r[3]))
        for lab in ("secret", "prompt", "benign"):
            xs = sorted(len(r[0]) for r in rows if r[1] == lab)
            print(lab, "median", xs[len(xs) // 2], "multiline", sum("\n" in r[0] for r in rows if r[1] == lab))
        print("multiline", sum(1 for r in rows if "\n" in r[0]))
        print("short<200", sum(1 for r in rows if len(r[0]) < 200))
        print("placed", sorted(PLACED.items()))
        print("langs", sorted(Counter(r[3] for r in rows if r[3]).items()))
        ls = sorted(len(r[0]) for r in rows)
        print("len p10/p50/p90/max", ls[len(ls) // 10], ls[len(ls) // 2], ls[9 * len(ls) // 10], ls[-1])


if __name__ == "__main__":
    main()
