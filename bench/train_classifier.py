"""Train the prompt classifier (``handoff/privacy/classifier.py``) and measure it honestly.

    PYTHONPATH=. python bench/train_classifier.py            # leave-one-corpus-out table, then
                                                             # write handoff/privacy/classifier_weights.bin
    PYTHONPATH=. python bench/train_classifier.py --check    # retrain; exit 1 if the shipped file differs
    PYTHONPATH=. python bench/train_classifier.py --no-loco  # only the final model
    PYTHONPATH=. python bench/train_classifier.py --augment-held-out  # measure only: the AUGMENT
                                                             # data held out in turn too

Data: the labelled corpora under ``tests/`` named in ``TRAINING`` (the development corpus and
blind1-17: blind5 and blind8 since session 11, blind9-11 since session 12, blind12-13 since
session 13, blind14 since session 14, blind15-16 since session 15, blind17 since session 16; a
corpus whose directory is absent is skipped). A prompt line is a positive; benign and credential
lines are negatives (a credential line is engineering text too, and the rules reject it anyway).
Beside them, generated augmentation data (``AUGMENT``: ``tests/privacy_train8`` ... ``train12``)
is always trained on and never held out. ``tests/privacy_blind26`` and ``blind27`` are held out:
never read here (``HELD_OUT``; naming one in ``TRAINING`` is refused).
``tests/privacy_blind18`` (held out until session 17), ``blind19`` (until session 18), ``blind20``
(until session 19), ``blind21`` (until session 20), ``blind22`` and ``blind23`` (until session 21),
``blind24`` (until session 22), ``blind25`` (until session 23) are open development corpora of the
rules but not yet trained on:
the retrain with blind18 lost hand-written unit-test cases (docs/design.md, "Session 17 (lead)").

Model: logistic regression over ``classifier.features`` (binary, L2-normalised), trained by
AdaGrad in plain Python with a fixed shuffle seed (no numpy, so the bytes written are the same
on every machine), weights quantised to int16 and pruned to the strongest ``KEEP`` features.

Generalisation: for each corpus, train on all the others and score it; report prompt recall and
benign false positives of the rules alone and of rules + classifier (a line is flagged when any
rule fires, or when no rule fires and the classifier's score reaches the threshold: the
scanner's hook). The threshold is chosen from these held-out scores alone: the lowest value at
which the classifier adds at most ``FP_TARGET`` of the held-out benign lines, pooled over the
corpora, to what the rules flag, then ``MARGIN`` above that.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from handoff.privacy import classifier, scanner  # noqa: E402
from handoff.privacy.classifier import Model, features  # noqa: E402

TESTS = PROJECT / "tests"
WEIGHTS = Path(classifier.WEIGHTS)
TRAINING: tuple[tuple[str, str], ...] = (
    ("blind1", "privacy_blind"),
    ("blind2", "privacy_blind2"),
    ("blind3", "privacy_blind3"),
    ("blind4", "privacy_blind4"),
    ("blind5", "privacy_blind5"),
    ("blind6", "privacy_blind6"),
    ("blind7", "privacy_blind7"),
    ("blind8", "privacy_blind8"),
    ("blind9", "privacy_blind9"),
    ("blind10", "privacy_blind10"),
    ("blind11", "privacy_blind11"),
    ("blind12", "privacy_blind12"),
    ("blind13", "privacy_blind13"),
    ("blind14", "privacy_blind14"),
    ("blind15", "privacy_blind15"),
    ("blind16", "privacy_blind16"),
    ("blind17", "privacy_blind17"),
)
"""The training corpora beside the development corpus: (name in the tables, directory under
``tests/`` holding a ``corpus.jsonl`` of ``{"text", "label": secret|prompt|benign, "category"}``
lines). The one place to add a corpus; one that is not there yet is skipped (and said so on
stderr), so the list may name corpora before they are committed. Every corpus is also held out
in turn by the leave-one-corpus-out table and decides the threshold."""
OPEN: tuple[tuple[str, str], ...] = (
    ("blind18", "privacy_blind18"),
    ("blind19", "privacy_blind19"),
    ("blind20", "privacy_blind20"),
    ("blind21", "privacy_blind21"),
    ("blind22", "privacy_blind22"),
    ("blind23", "privacy_blind23"),
    ("blind24", "privacy_blind24"),
    ("blind25", "privacy_blind25"),
)
"""The retired held-out corpora that are open but **not** in ``TRAINING``: a measured option,
``--open`` (here and in ``bench/loco_groups.py``) appends them to ``TRAINING`` for one run.
Session 22 trained on all six (about 20,000 lines by six authors; each labels chat between
people ``prompt``, the project's convention, so nothing is relabelled) and left them out of the
shipped model: on the development halves (``bench/loco_groups.py --open``, scanner's hook; main
at 1.7 rejects 162 of 21,065 real benign texts and 284 of 13,827 commit messages, and catches
1,231 of 2,003 real prompts) no threshold of any configuration tried rejected no more real
text and caught no fewer real prompts (the nearest trade is main's own between 1.6 and 1.7),
every configuration changed the verdict on 26-39 of the unit tests' hand-written cases at 1.7,
and one installed at 1.7 failed 5 unit tests that pass on main. The figures and what was tried
are in docs/design.md, "Session 22 (classifier22 ...)". blind24 joined the list when it was
retired at the end of session 22, blind25 at the end of session 23, after those measures: they did
not train on them."""
AUGMENT: tuple[tuple[str, str], ...] = (
    ("train8", "privacy_train8"),
    ("train9", "privacy_train9"),
    ("train10", "privacy_train10"),
    ("train11p", "privacy_train11p"),
    ("train11", "privacy_train11"),
    ("train12", "privacy_train12"),
    ("train12r", "privacy_train12r"),
    ("train13r", "privacy_train13r"),
    ("train13", "privacy_train13"),
)
"""Generated training data (same format): always in the training set, never held out, never
deciding the threshold. ``tests/privacy_train8`` was written by the round-8 helper after reading
the failure classes of the corpora above, so it is not independent of them: held out in turn,
it would measure the rule's author against themself, and its template-filled hard negatives
(a question to a colleague under twenty service names) spent the pooled false-positive budget
on copies of a few templates (threshold 1.9 -> 2.8, and two of the unit tests' prompts lost).
``--augment-held-out`` holds it out like a corpus, to measure what a model that never saw it
makes of it. ``tests/privacy_train9`` (round 9, the same standing): the shapes of classes 8-12 in
sixteen languages (JSON records under many key conventions, agent logs, ReAct traces, one-line
transcripts, persona switches, "your task:" labels), each beside a benign text of the same shape
and language (runbook steps, README instructions, review comments, config JSON with the same
keys, stand-up lines with people's names). ``tests/privacy_train11p`` (session 11,
prompts): product copy in the second person, first-person handoff notes, terse notes, code that
formats messages for people and logs, each beside requests of the same shape (about copy,
pasted into a note field, terse, in a prompt template). ``tests/privacy_train11`` (session 11,
written by another helper from the class names; its README says how): the same classes at
larger scale and in many languages, each prompt shape beside a benign twin.
``tests/privacy_train12`` (session 12, written from the failure classes without reading the
filter): cue-less requests beside colleagues' to-dos, agents' first-person plans and answers
beside handoff notes, pasted answers beside design prose, 18 languages, chats, agent records
with text beside tool-only records, prompt templates beside product copy; its chats between
people are read as prompts (``RELABEL``). ``tests/privacy_train12r`` (session 12, hand-written
by a helper who never read the filter): benign engineering prose of the kinds an agent copies
from a repository, a tracker or a mailing list (changelog entries, NEWS, commit messages,
README paragraphs, docstrings, man pages, maintainers' FAQ answers, 16 % in other languages).
The corpora above had almost no such prose, and the classifier had learnt that ordinary English
("and", "of a", "written in") meant a prompt: on real changelogs and package descriptions
(``bench/probe_real_benign.py``) it rejected 1.5-13 % of texts. ``tests/privacy_train13r``
(session 13, hand-written by a helper who never read the filter nor any third-party prompt):
the classes of real framework prompts the filter missed (``bench/probe_real_prompts.py``:
coding tasks for an agent, role and mode statements, output-format constraints, tool guidance
written for a model, template skeletons, few-shot material, slash-command and loop prompts,
long system prompts, 24 % in other languages), each beside benign twins of the same form
(docs for people, commit and PR texts, review comments, tickets, contribution guides, config
templates, changelogs, status notes). ``tests/privacy_train13`` (session 13, prompts;
hand-written after reading the leave-one-out misses, so not independent of them): questions
to a model without a question mark, requests tagged ``(model: ...)``, short requests in nine
more languages, chatbot answers that close with an offer, answers under a bracketed model id,
agents' plans in eight languages, "you are here" documentation beside personas, each beside a
note of the same form. ``tests/privacy_train14`` (session 14, hand-written by a helper who never
read the filter): a user's request quoted in a note (English, and English notes quoting other
languages), pasted model answers and chat excerpts, long end-of-session summaries with one
quoted request or pasted answer, chatty "validation results", chat and e-mail between people,
short inputs (one-line requests, an error plus "fix this", fifteen languages), each beside
benign twins of the same form (paraphrases, findings, docs for people, logs, session-log
records, rotas and meeting notes, e-mail templates). It is in the tree but not in ``AUGMENT``:
trained on (session 14), the model rejected 1.23 % of the development half of real benign text
at 1.5 (main: 0.85 %) and lost a unit test's unlabelled model answer; at 2.0, where real text
is back to main's level, real-prompt recall fell 56.6 -> 52.1 % (docs/design.md, "Session 14
(prompts ...)"). ``tests/privacy_train15`` (session 15, benign only; also in the tree but not in
``AUGMENT``): an agent's own notes in its own words (what the user wanted, paraphrased; next
actions; validation results; review summaries), commits, changelogs and package descriptions
about prompts, models and tokens, and developers' first-person prose in commits and pull
requests, fourteen languages. Trained on, at 1.5, it cut the commit messages the filter rejects
(development half, 307 -> 282 of 13,827) but left real benign text (163 -> 164 of 21,065) and
real prompts (1,124 -> 1,128 of 2,003) where they were, and no threshold lowered the first
without the second; its leave-one-corpus-out measure was not finished in session 15
(docs/design.md, "Session 15 (classifier ...)"). ``tests/privacy_train16`` (session 16, long
agent notes with and without one short needle, and status lists; also in the tree but not in
``AUGMENT``): trained on, it lowered real benign text and commit messages rejected on the
development halves at 1.45 with real prompts level, but a leave-one-group-out measure over the
corpora (three groups) rose from 290 to 332 of 20,451 benign lines flagged (blind14, blind17)
(docs/design.md, "Session 16 (classifier ...)"). ``tests/privacy_train17c`` (session 17, in the tree but
not in ``AUGMENT``): first-person and team-voice engineering notes and notes about LLM features
described, never quoted, with fewer positive twins carrying one quoted request or answer.
Trained together with train16 they met classifier17's four conditions at 1.6 on the
development halves and the grouped leave-one-out of ``bench/loco_groups.py``, but that model
scored the unit tests' unlabelled model answer 0.99 and a note about a coding agent 2.32, so it
was not shipped (docs/design.md, "Session 17 (lead)")."""
RELABEL: dict[tuple[str, str], str] = {("train12", "c5_people_chat"): "prompt"}
"""(corpus, category) -> the label trained on, where a corpus's author labelled against the
project's convention. Chat between people is chat text, which the product must not store: the
independent corpora that have it (blind5 ``chat_slack``, blind10 ``chat_export``, blind11
``chat_export_mixed``) label it ``prompt``; train12's author wrote it as the benign twin of a
chat with a model."""
HELD_OUT: frozenset[str] = frozenset({"privacy_blind26", "privacy_blind27"})
"""Corpora nobody trains on or picks a threshold with: the held-out measure of the filter.
blind5 and blind8 were held out until session 11, blind9, blind10 and blind11 until session 12,
blind12 and blind13 until session 13, blind14 until session 14, blind15 and blind16 until
session 15, blind17 until session 16, when each had been measured
after two or more rounds and its weak categories had been named to the helpers: from then on
they are training corpora. blind18 (held out until session 17), blind19 (until session 18),
blind20 (until session 19), blind21 (until session 20), blind22 and blind23 (until session 21) and
blind24 (until session 22) and blind25 (until session 23) are open to the rules' authors and not yet
in ``TRAINING`` (see the module docstring)."""
SEED = 20261201
ENSEMBLE = 1
"""AdaGrad runs averaged into the model, each on its own shuffle (``SEED``, ``SEED + 1``, ...);
1 is the single run every shipped model so far was trained with (the same bytes as before the
option). Session 18 measured how much one run's shuffle decides a one-sentence text's score
(spreads of up to 2.7 logits): on the same data, seeds 20261201, 1, 2 and 3 scored the unit tests'
casual request 2.09, 1.13, 3.86, 2.58 and round 3's "Write a summary of the incident for the
team." 0.54, 1.92, 1.37, 0.23 (threshold 1.7), so adding a corpus reshuffles which
hand-written cases cross the threshold. ``--ensemble 4`` (and ``loco_groups.py --ensemble``)
averages four runs; measured, not shipped (docs/design.md, "Session 18 (classifier ...)")."""
EPOCHS = 4
AVERAGE = 0
"""The last epochs whose iterates are averaged into a run's weights (Polyak averaging); 0 = the
last iterate, as every shipped model so far. Session 19: one run's last iterate is where its
last few thousand shuffled examples left it, which is why the shuffle seed decided
near-threshold hand-written cases; the mean over an epoch's iterates is not."""
RATE = 0.5
L2 = 1e-6
SCALE = 1000
"""Weights are stored as round(weight * SCALE) in int16."""
MIN_DF = 1
"""Features in fewer training texts than this are not learnt."""
KEEP = 25000
MIN_WEIGHT = 20
"""Quantised weights below this magnitude are dropped (0.02 on the logit scale)."""
FP_TARGET = 0.0025
"""The classifier may add at most this share of the held-out benign lines, pooled over every
held-out corpus, to what the rules flag: half of the filter's 0.5 % budget (the other half is
the rules'). Pooled, not per corpus: the corpora are written from templates, and one template
written under two speaker names was enough, counted per corpus, to push the threshold from
about 1.8 to 2.8 (round 5 also counted the rules' own false positives, and one corpus whose
rules flagged 0.7 % pushed it to 4.4). The per-corpus figures are printed beside it."""
MARGIN = 0.1
"""Added to the lowest threshold that meets FP_TARGET (logit units)."""
THRESHOLD: float | None = 1.7
"""The threshold shipped, when set (``--threshold`` overrides it; ``None`` ships the corpus
rule's choice). Session 16: 1.7, the lowest (in steps of 0.1) at which the model retrained
with blind17, plus the round's rules, rejects no more of the real development halves (changelogs,
descriptions and commit messages pooled, ``bench/sweep_threshold.py --half dev``: 1.17 %) than
the round began with (1.23 % at 1.5); at 1.5 it rejected 1.45 %. Before session 16: 1.5.
The labelled corpora's benign lines are generated, narrow, and say little about real prose,
so since session 12 the threshold is chosen on real text: the lowest (in steps of
0.1) at which a model trained as here, plus the rules, rejects at most 0.5 % of the development
half of ``bench/probe_real_benign.py`` (Debian and upstream changelogs; the packages of the
development half split again, half scored). At 1.5 the classifier adds 0.30 % to the rules'
0.18 %. The corpus rule picks 1.17 with this data: 2.1 points more pooled leave-one-out prompt
recall (87.9 against 85.8 %), 16 more of the corpora's 12,914 benign lines, and 0.2 points
more of real text rejected, over the 0.5 % target (docs/design.md, "Session 12 (lead)")."""


@dataclass(frozen=True)
class Line:
    corpus: str
    text: str
    label: str
    category: str

    @property
    def positive(self) -> bool:
        return self.label == "prompt"


def _jsonl(path: Path) -> Iterable[dict[str, str]]:
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.strip():
            yield json.loads(raw)


def load_corpora(augment: bool = True) -> dict[str, list[Line]]:
    """Every labelled line, by corpus, in file order (the ``AUGMENT`` data last, when asked)."""
    out: dict[str, list[Line]] = {}
    dev = TESTS / "privacy_corpus"
    out["dev"] = [Line("dev", r["text"], label, r.get("format", ""))
                  for label, name in (("secret", "secrets"), ("prompt", "prompts"), ("benign", "benign"))
                  for r in _jsonl(dev / f"{name}.jsonl")]
    for name, directory in TRAINING:
        if directory in HELD_OUT:
            raise SystemExit(f"{directory} is held out: it must not be trained on")
        path = TESTS / directory / "corpus.jsonl"
        if not path.is_file():
            print(f"  {name}: {path.relative_to(PROJECT)} absent, skipped", file=sys.stderr)
            continue
        out[name] = [Line(name, r["text"], r["label"], r["category"]) for r in _jsonl(path)]
    for name, directory in AUGMENT if augment else ():
        path = TESTS / directory / "corpus.jsonl"
        out[name] = [Line(name, r["text"], RELABEL.get((name, r["category"]), r["label"]), r["category"])
                     for r in _jsonl(path)]
    for name, lines in out.items():  # the development corpus repeats texts under several styles
        first: dict[str, Line] = {}
        for x in lines:
            first.setdefault(x.text, x)
        out[name] = list(first.values())
    return out


def rules_verdicts(lines: Sequence[Line]) -> list[bool]:
    """Whether the rules alone (no classifier) reject each line."""
    classifier._MODEL[:] = [Model(0, 1, math.inf, {})]  # a model that never fires: the rules alone
    try:
        out = []
        for line in lines:
            scanner.clear_caches()
            out.append(bool(scanner.scan_text(line.text)))
        return out
    finally:
        classifier._MODEL.clear()


def train(lines: Sequence[Line], seed: int = SEED) -> Model:
    """AdaGrad logistic regression, classes weighted to balance; deterministic."""
    return train_features([(sorted(features(x.text)), 1.0 if x.positive else 0.0) for x in lines], seed)


def train_features(data: list[tuple[list[str], float]], seed: int = SEED) -> Model:
    """``train`` on texts already turned into (sorted features, 1.0 for a prompt): a caller that
    trains several models on overlapping data (``bench/loco_groups.py``) computes them once."""
    if MIN_DF > 1:  # a feature seen in one text only is that text's name, not a pattern
        df: dict[str, int] = {}
        for feats, _ in data:
            for f in feats:
                df[f] = df.get(f, 0) + 1
        data = [([f for f in feats if df[f] >= MIN_DF], y) for feats, y in data]
    pos = sum(y for _, y in data)
    neg = len(data) - pos
    weight = {1.0: len(data) / (2 * pos), 0.0: len(data) / (2 * neg)}
    w: dict[str, float] = {}
    bias = 0.0
    for k in range(ENSEMBLE):  # each run on its own shuffle; the weights averaged
        run, run_bias = _adagrad(data, weight, seed + k)
        bias += run_bias / ENSEMBLE
        for f, v in run.items():
            w[f] = w.get(f, 0.0) + v / ENSEMBLE
    quant = {f: round(v * SCALE) for f, v in w.items()}
    strong = sorted((f for f, q in quant.items() if abs(q) >= MIN_WEIGHT), key=lambda f: (-abs(quant[f]), f))
    kept = {f: max(-32767, min(32767, quant[f])) for f in strong[:KEEP]}
    return Model(round(bias * SCALE), SCALE, 0.0, kept)


def _adagrad(data: list[tuple[list[str], float]], weight: dict[float, float],
             seed: int) -> tuple[dict[str, float], float]:
    """One AdaGrad run over ``data`` in the shuffle order of ``seed``: (weights, bias)."""
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    bias = 0.0
    bias_g2 = 0.0
    rng = random.Random(seed)
    order = list(range(len(data)))
    # Iterate averaging over the last AVERAGE epochs, kept lazily: after T steps the mean of the
    # weights after each step is w_T - sum((s - 1) * d_s) / T, d_s being step s's change.
    lag: dict[str, float] = {}
    bias_lag = 0.0
    step = 0
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        averaging = epoch >= EPOCHS - AVERAGE
        for i in order:
            feats, y = data[i]
            x = 1.0 / math.sqrt(len(feats) or 1)
            z = bias + x * sum(w.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
            g = (p - y) * weight[y]
            bias_g2 += g * g
            d = RATE * g / math.sqrt(bias_g2)
            bias -= d
            gx = g * x
            if averaging:
                bias_lag -= step * d
                for f in feats:
                    wf = w.get(f, 0.0)
                    grad = gx + L2 * wf
                    acc = g2.get(f, 0.0) + grad * grad
                    g2[f] = acc
                    d = RATE * grad / math.sqrt(acc)
                    w[f] = wf - d
                    lag[f] = lag.get(f, 0.0) - step * d
                step += 1
                continue
            for f in feats:
                wf = w.get(f, 0.0)
                grad = gx + L2 * wf
                acc = g2.get(f, 0.0) + grad * grad
                g2[f] = acc
                w[f] = wf - RATE * grad / math.sqrt(acc)
    if step:
        w = {f: v - lag.get(f, 0.0) / step for f, v in w.items()}
        bias -= bias_lag / step
    return w, bias


def rate(flags: Iterable[bool]) -> tuple[int, int]:
    items = list(flags)
    return sum(items), len(items)


def pct(k: int, n: int) -> str:
    return f"{100 * k / n:.1f} % ({k}/{n})" if n else "-"


def leave_one_out(corpora: dict[str, list[Line]], rules: dict[str, list[bool]],
                  extra: Sequence[Line] = ()) -> dict[str, list[float]]:
    """Held-out scores of every line of every corpus (by a model trained on all the others and
    on ``extra``, the augmentation data); ``-inf`` for lines the classifier never sees."""
    scores: dict[str, list[float]] = {}
    for name, lines in corpora.items():
        rest = [x for other, xs in corpora.items() if other != name for x in xs] + list(extra)
        m = train(rest)
        scores[name] = [m.score(x.text) if classifier.eligible(x.text) else -math.inf for x in lines]
        print(f"  trained without {name}: {len(m.weights)} features", file=sys.stderr)
    return scores


def choose_threshold(corpora: dict[str, list[Line]], rules: dict[str, list[bool]],
                     scores: dict[str, list[float]]) -> tuple[float, float]:
    """(the lowest threshold at which the classifier adds at most FP_TARGET of the pooled
    held-out benign lines, the one shipped)."""
    added: list[float] = []
    benign = 0
    for name, lines in corpora.items():
        here = [s for x, r, s in zip(lines, rules[name], scores[name], strict=True) if x.label == "benign" and not r]
        benign += sum(x.label == "benign" for x in lines)
        print(f"  {name}: {len(here)} benign lines no rule flags, highest scores "
              f"{', '.join(f'{v:.2f}' for v in sorted(here, reverse=True)[:3])}", file=sys.stderr)
        added.extend(here)
    added.sort(reverse=True)
    allowed = int(FP_TARGET * benign)
    need = added[allowed] + 1e-9 if len(added) > allowed else -math.inf  # the next must not pass
    print(f"  pooled: {allowed} of {benign} benign lines may be added", file=sys.stderr)
    return need, need + MARGIN


def table(corpora: dict[str, list[Line]], rules: dict[str, list[bool]], scores: dict[str, list[float]],
          threshold: float) -> str:
    rows = ["| held-out corpus | prompt recall, rules | prompt recall, rules + classifier "
            "| benign FP, rules | benign FP, rules + classifier |", "|---|---:|---:|---:|---:|"]
    for name, lines in corpora.items():
        both = [r or s >= threshold for r, s in zip(rules[name], scores[name], strict=True)]
        p = [i for i, x in enumerate(lines) if x.label == "prompt"]
        b = [i for i, x in enumerate(lines) if x.label == "benign"]
        rows.append(f"| {name} | {pct(*rate(rules[name][i] for i in p))} | {pct(*rate(both[i] for i in p))} "
                    f"| {pct(*rate(rules[name][i] for i in b))} | {pct(*rate(both[i] for i in b))} |")
    return "\n".join(rows)


def categories(corpus: str, lines: list[Line], rule_flags: list[bool], scores: list[float],
               threshold: float) -> str:
    stats: dict[tuple[str, str], list[int]] = {}
    for x, r, s in zip(lines, rule_flags, scores, strict=True):
        if x.label == "secret":
            continue
        k = stats.setdefault((x.label, x.category), [0, 0, 0])
        k[0] += 1
        k[1] += r
        k[2] += r or s >= threshold
    out = [f"{corpus}: label/category lines rules rules+classifier"]
    for (label, cat), (n, ruled, b) in sorted(stats.items()):
        if label == "prompt" or b:
            out.append(f"  {label:7} {cat:28} {n:5} {100 * ruled / n:6.1f} % {100 * b / n:6.1f} %")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="retrain and compare with the shipped file")
    parser.add_argument("--no-loco", action="store_true", help="skip the leave-one-corpus-out measurement")
    parser.add_argument("--threshold", type=float, help="ship this threshold instead of the chosen one")
    parser.add_argument("--ensemble", type=int, default=ENSEMBLE,
                        help="average this many AdaGrad runs (a measure; the shipped file is trained with ENSEMBLE)")
    parser.add_argument("--average", type=int, default=AVERAGE, help="last epochs averaged (AVERAGE)")
    parser.add_argument("--open", action="store_true",
                        help="train on OPEN as well (a measure: writes nothing; --check ignores it)")
    parser.add_argument("--categories", action="store_true", help="per-category held-out figures")
    parser.add_argument("--dump-scores", metavar="FILE",
                        help="write each corpus's held-out (label, rules verdict, score) lines as JSON")
    parser.add_argument("--augment-held-out", action="store_true",
                        help="hold the AUGMENT data out in turn like a corpus (a measure; ships nothing)")
    args = parser.parse_args(argv)
    globals()["ENSEMBLE"] = args.ensemble
    globals()["AVERAGE"] = args.average
    if args.open and not args.check:
        globals()["TRAINING"] = TRAINING + OPEN
    corpora = load_corpora()
    every = [x for xs in corpora.values() for x in xs]
    final = train(every)
    augment = {name for name, _ in AUGMENT}
    extra: list[Line] = []
    if not args.augment_held_out:
        extra = [x for name in augment if name in corpora for x in corpora.pop(name)]
    if args.check:
        shipped_bytes = WEIGHTS.read_bytes()
        final.threshold = classifier.Model.loads(shipped_bytes).threshold
        same = final.dumps() == shipped_bytes
        print("classifier_weights.bin is what training writes" if same else
              "classifier_weights.bin differs from a fresh training run")
        return 0 if same else 1
    threshold = args.threshold
    if not args.no_loco:
        rules = {name: rules_verdicts(lines) for name, lines in corpora.items()}
        scores = leave_one_out(corpora, rules, extra)
        if args.dump_scores:
            Path(args.dump_scores).write_text(json.dumps(
                {name: [[x.label, r, s] for x, r, s in zip(lines, rules[name], scores[name], strict=True)]
                 for name, lines in corpora.items()}))
        need, chosen = choose_threshold(corpora, rules, scores)
        if threshold is None:
            threshold = THRESHOLD if THRESHOLD is not None else chosen
        print(f"threshold: lowest adding at most {FP_TARGET:.2%} of the pooled held-out benign lines {need:.3f}; "
              f"shipped {threshold:.3f}")
        print(table(corpora, rules, scores, threshold))
        if args.categories:
            for name, lines in corpora.items():
                print(categories(name, lines, rules[name], scores[name], threshold))
    if args.augment_held_out or args.open:
        return 0  # a measure only: the threshold it would choose is not the documented one
    if threshold is None:
        threshold = classifier.Model.loads(WEIGHTS.read_bytes()).threshold
    final.threshold = round(threshold, 3)
    data = final.dumps()
    WEIGHTS.write_bytes(data)
    # The names' index names the weights file's CRC: new weights make the shipped one stale.
    Path(classifier.INDEX).write_bytes(classifier.index_bytes(data))
    print(f"wrote {WEIGHTS.relative_to(PROJECT)}: {len(final.weights)} features, "
          f"{len(data)} bytes, threshold {final.threshold}; and its names' index")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
