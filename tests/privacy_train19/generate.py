"""Write tests/privacy_train19/corpus.jsonl from the phrase tables beside this file (README.md).

    python tests/privacy_train19/generate.py           # (re)write corpus.jsonl
    python tests/privacy_train19/generate.py --check   # exit 1 if corpus.jsonl differs

Deterministic (one seeded ``random.Random``, no hash-ordered iteration), standard library only."""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _t19intl as intl  # noqa: E402
import _t19tables as t  # noqa: E402

SEED = 19
COUNTS = {"role_docs": 900, "role_docs_block": 200, "fp_commit": 900, "role_docs_intl": 400,
          "fp_commit_intl": 260, "role_prompt": 420, "role_prompt_intl": 160}


def _fill(rng: random.Random, s: str) -> str:
    return (s.replace("{svc}", rng.choice(t.SERVICES)).replace("{comp}", rng.choice(t.COMPONENTS))
            .replace("{proj}", rng.choice(t.PROJECTS)).replace("{n}", str(rng.randint(12, 4800)))
            .replace("{m}", str(rng.randint(3, 900))))


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _action(rng: random.Random) -> str:
    return _fill(rng, rng.choice(t.ACTIONS) + rng.choice(t.WHEN))


def role_docs(rng: random.Random) -> str:
    one, many = rng.choice(t.ROLES)
    a = _action(rng)
    art = "an" if one[0].lower() in "aeiou" or one.startswith("SRE") else "a"
    frames = [f"If you are {art} {one}, {a}.", f"{_cap(many)} should {a}.", f"{_cap(many)}: please {a}.",
              f"As {art} {one}, you are expected to {a}.", f"As {art} {one} you can {a}.",
              f"This section is for {many}. {_cap(a)}.", f"Note for {many}: {a}.",
              f"If you maintain {rng.choice(t.COMPONENTS)}, {a}.", f"When you are the {one} for the week, {a}.",
              f"Who should read this: {many} and {rng.choice(t.ROLES)[1]}. {_cap(a)}.",
              f"You are {art} {one} if you {_fill(rng, rng.choice(t.CRITERIA))}; {rng.choice(t.CONSEQUENCES)}.",
              f"{_cap(one)} on duty: {a}, and {_action(rng)}.",
              f"If you're {art} {one} on {rng.choice(t.PROJECTS)}, {a}. Everyone else can skip this page.",
              f"Are you {art} {one}? Then {a}.", f"{_cap(many)} are asked to {a}."]
    return rng.choice(frames)


def role_docs_block(rng: random.Random) -> str:
    _, many = rng.choice(t.ROLES)
    items = "\n".join(f"- {_cap(_action(rng))}." for _ in range(rng.randint(2, 4)))
    head = rng.choice([f"## For {many}", f"### If you are one of the {many}", f"{_cap(many)}, before you start:",
                       f"## Notes for {many} of {rng.choice(t.PROJECTS)}"])
    tail = rng.choice(["", "", "\n\nQuestions go to the #dev-help channel.", "\n\nSee docs/oncall.md for contacts."])
    return f"{head}\n\n{items}{tail}"


def fp_commit(rng: random.Random) -> str:
    body = [_fill(rng, f"I changed {rng.choice(t.CHANGES)} because {rng.choice(t.REASONS)}; {rng.choice(t.NOW)}.")]
    if rng.random() < 0.5:
        body = [_fill(rng, rng.choice([
            f"I moved {rng.choice(t.CHANGES).split(' to ')[0]} into its own function because {rng.choice(t.REASONS)}.",
            f"{_cap(rng.choice(t.REASONS))}, so I changed {rng.choice(t.CHANGES)}. {_cap(rng.choice(t.NOW))}.",
            f"We had {rng.choice(t.REASONS).replace('it ', 'a bug where it ', 1)}. I fixed it; {rng.choice(t.NOW)}.",
            f"I'm changing {rng.choice(t.CHANGES)}: {rng.choice(t.REASONS)}. {_cap(rng.choice(t.NOW))}."]))]
    for _ in range(rng.randint(0, 2)):
        extra = _fill(rng, rng.choice(t.EXTRAS))
        if extra:
            body.append(extra)
    text = " ".join(body) if rng.random() < 0.6 else "\n".join(body)
    if rng.random() < 0.6:
        text = f"{_fill(rng, rng.choice(t.SUBJECTS))}\n\n{text}"
    return text


def _lang(rng: random.Random) -> tuple[str, dict[str, list[str]]]:
    name = rng.choice(sorted(intl.LANGS))
    return name, intl.LANGS[name]


def _intl(rng: random.Random, key: str) -> str:
    _, lang = _lang(rng)
    one, many = rng.choice(lang["roles"]).split("|")
    act = _fill(rng, rng.choice(lang["acts"]))
    frame = rng.choice(lang[key])
    return _fill(rng, frame.replace("{role}", one).replace("{roles}", _cap(many) if frame.startswith("{roles}") else many)
                 .replace("{act}", act))


def role_prompt(rng: random.Random) -> str:
    one, many = rng.choice(t.ROLES)
    persona = rng.choice(t.PERSONAS).replace("{role}", one)
    if one[0].lower() in "aeiou":
        persona = persona.replace(" a " + one, " an " + one)
    task = rng.choice(t.TASKS).replace("{act}", rng.choice(t.ACTIONS)).replace("{plural}", many)
    parts = [persona, task, rng.choice(t.OUTPUTS)]
    return _fill(rng, " ".join(p for p in parts if p) + rng.choice(t.PASTES))


GENERATORS: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "role_docs": ("benign", role_docs), "role_docs_block": ("benign", role_docs_block),
    "fp_commit": ("benign", fp_commit), "role_docs_intl": ("benign", lambda r: _intl(r, "docs")),
    "fp_commit_intl": ("benign", lambda r: _intl(r, "commits")), "role_prompt": ("prompt", role_prompt),
    "role_prompt_intl": ("prompt", lambda r: _intl(r, "prompts")),
}


def build() -> str:
    rng = random.Random(SEED)
    seen: set[str] = set()
    rows: list[str] = []
    for category, want in COUNTS.items():
        label, make = GENERATORS[category]
        got = tries = 0
        while got < want and tries < want * 20:
            tries += 1
            text = make(rng)
            if text not in seen:
                seen.add(text)
                got += 1
                rows.append(json.dumps({"text": text, "label": label, "category": category}, ensure_ascii=False))
    return "\n".join(rows) + "\n"


def main() -> int:
    out = HERE / "corpus.jsonl"
    text = build()
    if "--check" in sys.argv[1:]:
        return 0 if out.is_file() and out.read_text("utf-8") == text else 1
    out.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
