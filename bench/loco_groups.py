"""Leave-one-group-out for the prompt classifier, and the real-text halves, for candidate data.

    PYTHONPATH=. python bench/loco_groups.py [--with train16,train17c] [--groups 3]
        [--thresholds 1.5,1.6,1.7,1.8,1.9,2.0] [--real dev|held|none] [--json FILE]
        [--always blind18,blind19] [--open] [--ensemble 4]

A full leave-one-corpus-out (``bench/train_classifier.py`` without ``--no-loco``) trains one
model per corpus, 19 trainings of ~90k texts: more than a round's helper can spend on a shared
two-core machine for each candidate data set. This script splits the training corpora (the
development corpus and ``TRAINING``, in that order) into ``--groups`` groups by position (the
i-th corpus goes to group i mod N) and scores each group with a model trained on the other
groups plus ``AUGMENT`` plus the candidate corpora named by ``--with`` (directories
``tests/privacy_<name>``, always trained on, never held out): session 16's protocol
(docs/design.md, "Session 16 (classifier ...)"), kept so that the next round can rerun it.
Each text's features are computed once and shared by every training. ``--always`` names
corpora of ``TRAINING`` that every group's model trains on and no group holds out (session 18:
blind18 and blind19 added to ``TRAINING``, measured on the same held-out lines as the model
without them). ``--open`` appends ``train_classifier.OPEN`` (blind18-23, open but not trained on)
to ``TRAINING`` and to ``--always``: session 22's measure of them.

A line is flagged when a rule fires, or when no rule fires and the classifier's score of the
whole text reaches the threshold, or when a part of a long text reaches
``classifier_windows.WINDOW_THRESHOLD`` (the scanner's hook). The rules' verdicts do not depend
on the weights and are cached under ``~/.cache/handoff-loco/`` (keyed by the rule modules'
bytes).

Then (``--real dev``, the default) one model trained on everything (as ``train_classifier.py``
ships it, plus ``--with``) scores the development halves of ``probe_real_benign.py`` (changelogs,
NEWS, descriptions), its commit messages and ``probe_real_prompts.py``'s whole prompts, and
the ``OPEN`` corpora in-sample (when trained on: ``--open``); candidate corpora that are not trained on
(``--score``) are scored too.
``--real held`` prints the held halves' counts only (never their texts): quote them, never
tune on them. No text of any corpus or probe is printed.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import math
import os
import sys
from collections.abc import Sequence
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "bench"))

import train_classifier as tc  # noqa: E402

from handoff.privacy import classifier, classifier_windows, scanner  # noqa: E402
from handoff.privacy.classifier import Model, features  # noqa: E402

CACHE = Path.home() / ".cache" / "handoff-loco"
DEFAULT_THRESHOLDS = "1.5,1.6,1.7,1.8,1.9,2.0"
Row = tuple[bool, float | None, bool]
"""(a rule fires, the whole text's score or None when it is not scored, a part flags it)."""


def _rules_key() -> str:
    """A digest of the filter's code apart from the classifier: the rules' verdicts depend on
    nothing else."""
    digest = hashlib.sha1()
    for path in sorted((PROJECT / "handoff" / "privacy").iterdir()):
        if path.is_file() and not path.name.startswith("classifier"):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def rules_fire(texts: Sequence[str]) -> list[bool]:
    """Whether a rule (not the classifier) flags each text; cached by the text's digest."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"rules-{_rules_key()}.json"
    cache: dict[str, bool] = json.loads(path.read_text()) if path.is_file() else {}
    keys = [hashlib.sha1(t.encode("utf-8", "surrogatepass")).hexdigest() for t in texts]
    todo = [(k, t) for k, t in zip(keys, texts, strict=True) if k not in cache]
    if todo:
        saved = list(classifier._MODEL)
        classifier._MODEL[:] = [Model(0, 1, math.inf, {})]  # never fires, whole or by parts
        try:
            for k, t in todo:
                scanner.clear_caches()
                cache[k] = any(f.rule != classifier.RULE_ID for f in scanner.scan_text(t))
        finally:
            classifier._MODEL[:] = saved
        tmp = path.with_name(f"{path.name}.{os.getpid()}")
        tmp.write_text(json.dumps(cache))
        tmp.replace(path)  # two runs side by side: each reads a whole file
    return [cache[k] for k in keys]


def score_rows(model: Model, texts: Sequence[str], fired: Sequence[bool]) -> list[Row]:
    """Each text's row under ``model`` (read back from its bytes, as the scanner would)."""
    loaded = Model.loads(model.dumps())
    saved = list(classifier._MODEL)
    classifier._MODEL[:] = [loaded]
    try:
        rows: list[Row] = []
        for text, rule in zip(texts, fired, strict=True):
            if rule:
                rows.append((True, None, False))
                continue
            whole = loaded.score(text) if classifier.eligible(text) else None
            rows.append((False, whole, classifier_windows.flags(text)))
        return rows
    finally:
        classifier._MODEL[:] = saved


def split_groups(names: Sequence[str], n: int) -> list[list[str]]:
    """The corpora in ``n`` groups by position: the i-th goes to group i mod n."""
    return [[name for i, name in enumerate(names) if i % n == g] for g in range(n)]


def flagged(row: Row, threshold: float) -> bool:
    rule, whole, part = row
    return rule or part or (whole is not None and whole >= threshold)


class Features:
    """Each distinct text's sorted features, computed once, names interned."""

    def __init__(self) -> None:
        self._by_text: dict[str, list[str]] = {}

    def __call__(self, lines: Sequence[tc.Line]) -> list[tuple[list[str], float]]:
        out = []
        for x in lines:
            feats = self._by_text.get(x.text)
            if feats is None:
                feats = self._by_text[x.text] = [sys.intern(f) for f in sorted(features(x.text))]
            out.append((feats, 1.0 if x.positive else 0.0))
        return out


def load_extra(names: Sequence[str]) -> dict[str, list[tc.Line]]:
    out: dict[str, list[tc.Line]] = {}
    for name in names:
        path = tc.TESTS / f"privacy_{name}" / "corpus.jsonl"
        seen: set[str] = set()
        out[name] = []
        for r in tc._jsonl(path):
            if r["text"] not in seen:
                seen.add(r["text"])
                out[name].append(tc.Line(name, r["text"], r["label"], r["category"]))
    return out


def counts(lines: Sequence[tc.Line], rows: Sequence[Row], threshold: float) -> dict[str, list[int]]:
    """label -> [flagged, lines]."""
    out: dict[str, list[int]] = {}
    for x, row in zip(lines, rows, strict=True):
        c = out.setdefault(x.label, [0, 0])
        c[0] += flagged(row, threshold)
        c[1] += 1
    return out


CASE_FILES = ("test_privacy*.py", "test_scan*.py", "test_write_paths.py")
"""The unit tests whose string literals ``--cases`` scores: the hand-written cases."""


def test_literals() -> list[str]:
    """Every distinct string literal of the privacy unit tests that the classifier scores (long
    enough to be eligible), docstrings left out: the hand-written cases, benign and prompt alike."""
    seen: dict[str, None] = {}
    for pattern in CASE_FILES:
        for path in sorted(tc.TESTS.glob(pattern)):
            tree = ast.parse(path.read_text("utf-8"))
            docs = {id(n.body[0].value) for n in ast.walk(tree)  # docstrings are not cases
                    if isinstance(n, ast.Module | ast.ClassDef | ast.FunctionDef) and n.body
                    and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
            for node in ast.walk(tree):
                if (id(node) not in docs and isinstance(node, ast.Constant) and isinstance(node.value, str)
                        and classifier.eligible(node.value)):
                    seen.setdefault(node.value, None)
    return list(seen)


def cases(models: dict[str, Model], threshold: float) -> dict[str, object]:
    """Which hand-written cases each model flags differently from the shipped weights, with their
    scores under every model; and how close to ``threshold`` the closest changed or near case sits."""
    texts = test_literals()
    fired = rules_fire(texts)
    shipped = Model.loads(tc.WEIGHTS.read_bytes())
    base = score_rows(shipped, texts, fired)
    rows = {name: score_rows(m, texts, fired) for name, m in models.items()}
    moved: dict[str, object] = {}
    for i, text in enumerate(texts):
        if fired[i]:
            continue
        was = flagged(base[i], shipped.threshold)
        now = {name: flagged(r[i], threshold) for name, r in rows.items()}
        whole = {name: r[i][1] for name, r in rows.items()}
        near = any(v is not None and abs(v - threshold) < 0.1 for v in whole.values())
        if any(v != was for v in now.values()) or near:
            scores = {name: None if v is None else round(v, 2) for name, v in whole.items()}
            moved[text[:90]] = {"shipped": round(base[i][1] or 0.0, 2), "was_flagged": was, "scores": scores,
                                "changed": [name for name, v in now.items() if v != was]}
            print(f"  case {'CHANGED' if any(v != was for v in now.values()) else 'near   '} shipped "
                  f"{base[i][1] or 0:.2f} ({'flag' if was else 'pass'}) -> "
                  + " ".join(f"{name}:{s}" for name, s in scores.items()) + f"  | {text[:70]!r}")
    changed = {name: sum(name in v["changed"] for v in moved.values()) for name in models}  # type: ignore[index]
    print(f"  cases scored: {sum(not f for f in fired)} of {len(texts)} literals; changed per model: {changed}")
    return {"moved": moved, "changed": changed}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--with", dest="with_", default="", help="candidate corpora trained on (train16,...)")
    parser.add_argument("--score", default="", help="candidate corpora scored, not trained on")
    parser.add_argument("--always", default="",
                        help="corpora of TRAINING trained on in every group and never held out (blind18,blind19):"
                             " the groups, and so the figures, stay those of the corpora before them")
    parser.add_argument("--open", action="store_true",
                        help="train on train_classifier.OPEN too, as --always does (session 22's measured option)")
    parser.add_argument("--groups", type=int, default=3)
    parser.add_argument("--ensemble", type=int, default=tc.ENSEMBLE,
                        help="AdaGrad runs averaged per model (train_classifier.ENSEMBLE)")
    parser.add_argument("--average", type=int, default=tc.AVERAGE,
                        help="last epochs whose iterates are averaged per run (train_classifier.AVERAGE)")
    parser.add_argument("--thresholds", default=DEFAULT_THRESHOLDS)
    parser.add_argument("--real", choices=("dev", "held", "none"), default="dev")
    parser.add_argument("--no-loco", action="store_true", help="only the model trained on everything")
    parser.add_argument("--shipped", action="store_true",
                        help="score the sets with the shipped weights instead of training the final model")
    parser.add_argument("--json", metavar="FILE", help="write the figures as JSON")
    parser.add_argument("--cases", metavar="SEEDS", default="",
                        help="train the final model once per shuffle seed offset (0,1,2,3) and report the unit"
                             " tests' hand-written cases that any of them flags unlike the shipped weights")
    parser.add_argument("--case-threshold", type=float, default=tc.THRESHOLD or 1.7)
    args = parser.parse_args(argv)
    thresholds = [float(t) for t in args.thresholds.split(",")]
    tc.ENSEMBLE = args.ensemble
    tc.AVERAGE = args.average
    with_ = [n for n in args.with_.split(",") if n]
    scored = [n for n in args.score.split(",") if n]

    if args.open:
        tc.TRAINING = tc.TRAINING + tc.OPEN
        args.always = ",".join(n for n in [*args.always.split(","), *(name for name, _ in tc.OPEN)] if n)
    corpora = tc.load_corpora()
    augment = [x for name, _ in tc.AUGMENT for x in corpora.pop(name, [])]
    extra = load_extra(with_)
    augment += [x for xs in extra.values() for x in xs]
    feats = Features()
    report: dict[str, object] = {"with": with_, "groups": args.groups, "thresholds": thresholds}

    if not args.no_loco:
        always = {n for n in args.always.split(",") if n}
        names = [n for n in corpora if n not in always]
        groups = split_groups(names, args.groups)
        rows: dict[str, list[Row]] = {}
        for g, held in enumerate(groups):
            rest = [x for n in corpora if n not in held for x in corpora[n]] + augment
            model = tc.train_features(feats(rest))
            print(f"  group {g} ({', '.join(held)}) scored by a model of {len(model.weights)} features",
                  file=sys.stderr)
            for n in held:
                rows[n] = score_rows(model, [x.text for x in corpora[n]], rules_fire([x.text for x in corpora[n]]))
        loco: dict[str, object] = {}
        for t in thresholds:
            per = {n: counts(corpora[n], rows[n], t) for n in names}
            p = [sum(per[n].get("prompt", [0, 0])[i] for n in names) for i in (0, 1)]
            b = [sum(per[n].get("benign", [0, 0])[i] for n in names) for i in (0, 1)]
            loco[str(t)] = {"prompt": p, "benign": b,
                            "benign_by_corpus": {n: per[n].get("benign", [0, 0])[0] for n in names}}
            print(f"loco {args.groups} groups, {t}: prompt recall {100 * p[0] / p[1]:.2f} % ({p[0]} of {p[1]}), "
                  f"benign {b[0]} of {b[1]} ({100 * b[0] / b[1]:.2f} %)")
        report["groups_by_name"] = groups
        report["loco"] = loco

    every = [x for xs in corpora.values() for x in xs] + augment
    if args.cases:
        data = feats(every)
        models = {f"seed+{k}": tc.train_features(data, tc.SEED + int(k)) for k in args.cases.split(",")}
        report["cases"] = cases(models, args.case_threshold)
    final = Model.loads(tc.WEIGHTS.read_bytes()) if args.shipped else tc.train_features(feats(every))
    print(f"  final model: {len(final.weights)} features", file=sys.stderr)
    sets: dict[str, tuple[list[str], list[str]]] = {}  # name -> (texts, labels)
    for name in [n for n, _ in tc.OPEN]:
        if name in corpora:
            sets[f"{name} in-sample"] = ([x.text for x in corpora[name]], [x.label for x in corpora[name]])
    for name, lines in load_extra(scored).items():
        sets[f"{name} (not trained on)"] = ([x.text for x in lines], [x.label for x in lines])
    if args.real != "none":
        import probe_real_benign
        import probe_real_prompts

        benign = probe_real_benign.collect(probe_real_benign.DEFAULT_SOURCES, 30000, args.real)
        commits = probe_real_benign.collect(["commits"], 30000, args.real)
        prompts = probe_real_prompts.collect(probe_real_prompts.DEFAULT_DATA, args.real)[0]["whole"]
        sets[f"real benign {args.real}"] = ([t for _, _, t in benign], ["benign"] * len(benign))
        sets[f"commits {args.real}"] = ([t for _, _, t in commits], ["benign"] * len(commits))
        sets[f"real prompts {args.real}"] = ([it[3] for it in prompts], ["prompt"] * len(prompts))
    real: dict[str, object] = {}
    for name, (texts, labels) in sets.items():
        rows_ = score_rows(final, texts, rules_fire(texts))
        lines = [tc.Line(name, t, lab, "") for t, lab in zip(texts, labels, strict=True)]
        real[name] = {str(t): counts(lines, rows_, t) for t in thresholds}
        for t in thresholds:
            c = real[name][str(t)]  # type: ignore[index]
            print(f"{name}, {t}: " + ", ".join(f"{lab} {k} of {n}" for lab, (k, n) in sorted(c.items())))
    report["sets"] = real
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
