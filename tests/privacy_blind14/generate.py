"""Write blind14's corpus.jsonl: labelled texts organised by the work situation they arise in.

    python3 -I -S tests/privacy_blind14/generate.py [--report]

Stdlib only. Every category draws from its own `random.Random` seeded with
`handoff-blind14-heldout-v1:<label>:<category>`, so output is byte-identical on every run and adding a
category does not shift the others. See README.md for the labelling rules.
"""

from __future__ import annotations

import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _b14dev import SITS as DEV  # noqa: E402
from _b14extra import COLLEAGUE_ASK, FLAT_MODEL_IO, WORKLOG  # noqa: E402
from _b14kit import LANG_NAMES, REQUEST, TODO, UNCLEAR, intl_cred, intl_note, intl_prompt  # noqa: E402
from _b14ops import SITS as OPS  # noqa: E402
from _b14people import SITS as PEOPLE  # noqa: E402
from _b14slots import fill  # noqa: E402
from _b14topics import ANSWERS, ASKS, INTL_S, INTL_X  # noqa: E402

SEED = "handoff-blind14-heldout-v1"
SITS = {**OPS, **DEV, **PEOPLE}
INTL = {"secret": 16, "prompt": 20, "benign": 17}
CUELESS_DRAWN = 30
SHARED = {"prompt": 16, "benign": 12, "worklog": 11}


def _stream(rng: random.Random, count: int, make, seen: set[str], where: str) -> list[str]:  # type: ignore[no-untyped-def]
    out: list[str] = []
    tries = 0
    while len(out) < count:
        tries += 1
        if tries > count * 60:
            raise RuntimeError(f"{where}: only {len(out)} unique texts of {count}")
        text = make(rng).strip()
        if text and text not in seen:
            seen.add(text)
            out.append(text)
    return out


def _slots(sit: str, spec: dict) -> dict:  # type: ignore[type-arg]
    """The situation's own slots: an artefact `{x}` and an answer `{ans}` that fits the situation."""
    xs = spec["xs"]

    def x(r: random.Random, d: dict[str, str]) -> str:
        return fill(r, r.choice(xs), {})  # an artefact may name a ticket or a number: `ticket {tk}`

    def _index(r: random.Random, d: dict[str, str]) -> int:
        # "_i" cannot be a slot name, so it only pairs a question with its answer within one template
        if "_i" not in d:
            d["_i"] = str(r.randrange(len(ANSWERS[sit])))
        return int(d["_i"])

    def _nested(r: random.Random, d: dict[str, str], text: str) -> str:
        # the outer template's `{x}` is shared with the question and the answer it holds
        return fill(r, text, {"x": lambda r2, d2: d.setdefault("x", x(r, d))})

    def ans(r: random.Random, d: dict[str, str]) -> str:
        return _nested(r, d, ANSWERS[sit][_index(r, d)])

    def ask(r: random.Random, d: dict[str, str]) -> str:
        return _nested(r, d, ASKS[sit][_index(r, d)])

    def askc(r: random.Random, d: dict[str, str]) -> str:
        q = d["ask"] if "ask" in d else ask(r, d)
        return q[:1].upper() + q[1:]

    def ansj(r: random.Random, d: dict[str, str]) -> str:
        return json.dumps(ans(r, d), ensure_ascii=False)[1:-1]

    return {"x": x, "ans": ans, "ansj": ansj, "ask": ask, "askc": askc, **spec.get("slots", {})}


def _cueless(sit: str, spec: dict, seen: set[str]) -> tuple[list[str], list[str], int, int]:  # type: ignore[type-arg]
    """(kept to-dos, kept model requests, dropped unclear, duplicates) of this situation's draw."""
    rng = random.Random(f"{SEED}:cueless:{sit}")
    extra = {**_slots(sit, spec), "lang": lambda r, d: r.choice(LANG_NAMES),
             "k": lambda r, d: fill(r, "{pkg}", {}), "v": lambda r, d: fill(r, "{ver}", {})}
    todo: list[str] = []
    req: list[str] = []
    dropped = dups = 0
    for _ in range(CUELESS_DRAWN):
        pool = rng.choices(["todo", "request", "unclear"], weights=[4, 3, 3])[0]
        body = fill(rng, rng.choice({"todo": TODO, "request": REQUEST, "unclear": UNCLEAR}[pool]), extra)
        text = rng.choice(spec["wrap"]).replace("{c}", body)
        if pool == "unclear":
            dropped += 1
            continue
        if text in seen:
            dups += 1
            continue
        seen.add(text)
        (todo if pool == "todo" else req).append(text)
    return todo, req, dropped, dups


def build() -> tuple[list[dict[str, str]], dict[str, dict[str, int]]]:
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    stats: dict[str, dict[str, int]] = {}
    for sit, spec in SITS.items():
        extra = _slots(sit, spec)
        ixs, iss = INTL_X[sit], INTL_S[sit]
        st = Counter()  # type: ignore[var-annotated]
        shared = [("flat_model_io", "prompt", SHARED["prompt"], FLAT_MODEL_IO),
                  ("colleague_ask", "benign", SHARED["benign"], COLLEAGUE_ASK),
                  ("worklog", "benign", SHARED["worklog"], WORKLOG)]
        for shape, label, count, templates in spec["cats"] + shared:
            cat = f"{sit}_{shape}"
            rng = random.Random(f"{SEED}:{label}:{cat}")
            for text in _stream(rng, count, lambda r, t=templates, e=extra: fill(r, r.choice(t), e), seen, cat):
                rows.append({"text": text, "label": label, "category": cat})
                st[label] += 1
        intl = {"secret": ("intl_credential", lambda r, s=iss: intl_cred(r, s)),
                "prompt": ("intl_model_io", lambda r, x=ixs: intl_prompt(r, x)),
                "benign": ("intl_note", lambda r, x=ixs, s=iss: intl_note(r, x, s))}
        for label, (shape, make) in intl.items():
            cat = f"{sit}_{shape}"
            rng = random.Random(f"{SEED}:{label}:{cat}")
            for text in _stream(rng, INTL[label], make, seen, cat):
                rows.append({"text": text, "label": label, "category": cat})
                st[label] += 1
                st["intl"] += 1
        todo, req, dropped, dups = _cueless(sit, spec, seen)
        rows += [{"text": t, "label": "benign", "category": f"{sit}_cueless_todo"} for t in todo]
        rows += [{"text": t, "label": "prompt", "category": f"{sit}_cueless_request"} for t in req]
        st["benign"] += len(todo)
        st["prompt"] += len(req)
        st.update(todo=len(todo), request=len(req), dropped=dropped, dups=dups)
        stats[sit] = dict(st)
    return rows, stats


def main() -> None:
    rows, stats = build()
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    if "--report" in sys.argv:
        labels = Counter(r["label"] for r in rows)
        multi = Counter(r["label"] for r in rows if "\n" in r["text"])
        print(f"total {len(rows)} {dict(labels)} multi-line {sum(multi.values())} {dict(multi)}", file=sys.stderr)
        for sit, st in stats.items():
            print(sit, st, file=sys.stderr)
        for cat, n in sorted(Counter((r["label"], r["category"]) for r in rows).items()):
            print(f"| {cat[0]} | {cat[1]} | {n} |", file=sys.stderr)


if __name__ == "__main__":
    main()
