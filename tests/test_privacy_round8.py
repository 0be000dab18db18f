"""Issue 11, session 8: the second prompt signal's training data, and classes found with it.

Classes (built here from made-up sentences and random values, never a line of any corpus):

- a user's request quoted under a label that names the user's side and an act of asking, or
  calls it a prompt, in several languages (``user-request-label``, framing.py);
- benign look-alikes that must pass: a label about the system's own data ("Error message for
  the user:"), a config key holding ``prompt`` inside a longer name, a customer's question in
  a support note, a label with too short a body;
- a config dump whose keys are role words (``model: x | user: deploy``): not a transcript;
- a model called by its name at a line's start (``Claude,`` / ``@copilot`` / ``Gemini:`` before a
  question or another script), and the status lines and lists of models that must pass;
- a bare ``key`` before a readable prefix and a ULID (``idempotency key auth:01...``): an id,
  never a credential; a value holding CJK words after a secret-ish name;
- the round-8 training corpus (``tests/privacy_train8``) is what its generator writes, with the
  standard library only, and every line is well formed.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from handoff.privacy import scan_text, values

RND = random.Random(8080)
CORPUS = Path(__file__).resolve().parent / "privacy_train8"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _rules(text: str) -> set[str]:
    """The rule ids that fired, the trained classifier's aside."""
    return {f.rule for f in scan_text(text)} - {"prompt-classifier"}


def _ulid() -> str:
    return "01" + "".join(RND.choice(CROCKFORD) for _ in range(24))


REQUEST_LABELS = [
    "The human wrote: add a dry-run flag to the cleanup script",
    "user asked: bump every dependency and make sure nothing breaks",
    "request from the user: \"we need cursor pagination on the orders endpoint\"",
    "Original prompt: figure out why the nightly job is red and fix it, do not skip the test",
    "The user's request (verbatim): rename the loader and update the callers",
    "Prompt (verbatim): the dashboard is slow with more than ten thousand rows, make it fast",
    "note for the next session\nuser said: keep the public API, clean up the internals of the parser",
    "U\u017cytkownik poprosi\u0142: niech parser ponawia pr\u00f3b\u0119 przy b\u0142\u0119dzie sieci",
    "\u041f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044c"
    " \u043d\u0430\u043f\u0438\u0441\u0430\u043b: \u043f\u043e\u0447\u0438\u043d\u0438"
    " \u043d\u0435\u0441\u0442\u0430\u0431\u0438\u043b\u044c\u043d\u044b\u0439 \u0442\u0435\u0441\u0442"
    " \u0432 \u043c\u043e\u0434\u0443\u043b\u0435 \u044d\u043a\u0441\u043f\u043e\u0440\u0442\u0430",
    "\u7528\u6237\u8981\u6c42\uff1a\u628a\u5bfc\u51fa\u4efb\u52a1\u6539\u6210\u5f02\u6b65\u7684\uff0c\u5e76\u52a0\u4e0a"
    "\u91cd\u8bd5",
    "El usuario pidi\u00f3: cambia el cargador para que reintente cuando falle la red",
]
REQUEST_LOOKALIKES = [
    "Error message for the user: please try again later with a valid token",
    "Customer asked: whether we support single sign-on on the basic plan",
    "users: 40 active, 3 admins, quota reached on the billing project",
    "user asked: ok",
    "system_prompt_file: prompts/search.txt, user: ci, log_level = info, timeout_ms=4383",
    "User request timeout: raised from 30 s to 60 s for the export endpoint",
]


@pytest.mark.parametrize("text", REQUEST_LABELS)
def test_a_quoted_user_request_is_caught_by_its_label(text: str) -> None:
    assert "user-request-label" in _rules(text)


@pytest.mark.parametrize("text", REQUEST_LOOKALIKES)
def test_labels_about_users_that_quote_no_request_pass(text: str) -> None:
    assert "user-request-label" not in _rules(text)


def _config_dump() -> str:
    items = [f"model: {RND.choice(['gpt-4o-mini', 'claude-3-haiku', 'llama3'])}",
             f"user: {RND.choice(['deploy', 'ci', 'www-data'])}", f"replicas: {RND.randint(1, 9)}",
             f"log_level = {RND.choice(['info', 'debug'])}", f"timeout_ms={RND.randint(100, 9000)}",
             f"system_prompt_file: prompts/{RND.choice(['search', 'billing'])}.txt"]
    RND.shuffle(items)
    return RND.choice(["\n", " | ", "|", "; "]).join(items)


@pytest.mark.parametrize("text", [_config_dump() for _ in range(12)])
def test_a_config_dump_keyed_by_role_words_is_not_a_transcript(text: str) -> None:
    assert scan_text(text) == [], text


@pytest.mark.parametrize("text", [
    "model: gpt-4o | user: how do I rotate the logs without losing lines? | assistant: use copytruncate",
    "User: how do I fix it? Assistant: retry the flock.",
    "## Human\nwhy does my nightly job run twice?\n\n## Assistant\nTwo schedulers are enabled.",
    "\u7528\u6237\uff1a\u6784\u5efa\u4e3a\u4ec0\u4e48\u5931\u8d25\uff1f\n\u52a9\u624b\uff1a\u56e0\u4e3a\u9501\u6ca1\u6709"
    "\u91ca\u653e\u3002",
])
def test_real_turns_still_count(text: str) -> None:
    assert "transcript-turns" in _rules(text) or _rules(text), text


@pytest.mark.parametrize("prefix", ["idempotency key auth:", "order key billing:", "key=tenant:",
                                    "Cache key: app:order:"])
def test_a_ulid_after_a_readable_prefix_is_an_id(prefix: str) -> None:
    text = f"{prefix}{_ulid()}"
    assert scan_text(text) == [], text


def test_a_ulid_is_not_a_secret_value_but_a_random_token_is() -> None:
    assert not values.looks_secret(_ulid(), values.STRONG)
    token = "".join(RND.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(26))
    assert values.looks_secret(token, values.STRONG)
    assert scan_text(f"auth: {token}") != []


def test_a_value_of_cjk_words_is_prose() -> None:
    assert not values.looks_secret("Pod\u6bcf93\u5206\u949f\u91cd\u542f", values.STRONG)
    assert not values.looks_secret("\u91cd\u542f\u4e00\u6b21x9", values.PASSWORD)


def test_training_corpus_is_what_its_generator_writes(tmp_path: Path) -> None:
    for name in ("generate.py", "_t8langs.py", "_t8code.py"):
        shutil.copy(CORPUS / name, tmp_path / name)
    subprocess.run([sys.executable, "-I", "-S", str(tmp_path / "generate.py")], capture_output=True, check=True)
    assert (tmp_path / "corpus.jsonl").read_bytes() == (CORPUS / "corpus.jsonl").read_bytes()


def test_training_corpus_lines_are_well_formed_and_unique() -> None:
    rows = [json.loads(line) for line in (CORPUS / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len({r["text"] for r in rows}) == len(rows)
    labels: dict[str, set[str]] = {}
    for r in rows:
        assert list(r) == ["text", "label", "category"]
        assert r["label"] in ("prompt", "benign") and r["text"].strip() == r["text"] != ""
        labels.setdefault(r["category"], set()).add(r["label"])
    assert all(len(v) == 1 for v in labels.values())
    counts = {lab: sum(r["label"] == lab for r in rows) for lab in ("prompt", "benign")}
    assert min(counts.values()) >= 1800, counts


ADDRESSED = [
    "Claude, \u043d\u0430\u043f\u0438\u0448\u0438 README \u0434\u043b\u044f \u0441\u0435\u0440\u0432\u0438\u0441\u0430"
    " \u043f\u043e\u0438\u0441\u043a\u0430.",
    "ChatGPT, donne-moi quatre id\u00e9es de niveaux pour un jeu de plateforme.",
    "@copilot faz uma revis\u00e3o desse diff e aponta os problemas de concorr\u00eancia.",
    "hey gemini, \u00bfpuedes resumir este informe en tres puntos?",
    "Gemini: \u3053\u306e\u8b70\u8ad6\u3092\u4e09\u3064\u306e\u8981\u70b9\u306b"
    "\u307e\u3068\u3081\u3066\u304f\u3060\u3055\u3044",
    "note for later\nClaude, write the migration for the audit table and keep it reversible",
]
ADDRESSED_LOOKALIKES = [
    "gpt-4.1-mini: healthy, p50 latency 2545 ms",
    "deepseek: degraded, falling back to llama-3.3-70b",
    "Gemini: rate limit hit at 14:02, retried after backoff",
    "Claude, GPT and Gemini all fail on this input",
    "claude code is installed on the build box",
    "gemini-2.5-flash: max output 64k tokens",
    # ids after a model's name, which hypothesis found: letters, but no words
    "gpt-4o-mini, e3e70682-c209-4cac-629f-6fbed82c07cd, f728b4fa-4248-5e3a-0a5d-2f346baa9455, "
    "eb1167b3-67a9-c378-7c65-c1e582e2e662",
    "gpt-4o-mini, git push --force-with-lease",
    "qwen3-coder, the tokenizer counts 812 tokens",
]


@pytest.mark.parametrize("text", ADDRESSED)
def test_a_model_called_by_its_name_is_a_prompt(text: str) -> None:
    assert "model-addressed" in _rules(text), text


@pytest.mark.parametrize("text", ADDRESSED_LOOKALIKES)
def test_a_status_line_or_a_list_of_models_is_not_an_address(text: str) -> None:
    assert "model-addressed" not in _rules(text), text


def test_train8_is_augmentation_never_a_held_out_unit_and_blind9_is_held_out() -> None:
    """blind5 and blind8 became training corpora in session 11, blind9-11 in session 12, blind12-13
    in session 13, blind14 in session 14, blind15-16 in session 15, blind17 in session 16; blind18,
    out of held-out since session 17, blind19, since session 18, blind20, since session 19, and
    blind21, since session 20, blind22 and blind23, since session 21, blind24, since session 22,
    and blind25, since session 23, are not trained on yet; blind26 and blind27 stay held out."""
    sys.path.insert(0, str(CORPUS.parent.parent / "bench"))
    try:
        import train_classifier as tc
    finally:
        sys.path.pop(0)
    assert {"privacy_blind26", "privacy_blind27"} == tc.HELD_OUT
    assert ("blind14", "privacy_blind14") in tc.TRAINING
    assert {("blind15", "privacy_blind15"), ("blind16", "privacy_blind16")} <= set(tc.TRAINING)
    assert ("blind17", "privacy_blind17") in tc.TRAINING
    assert all(d not in ("privacy_blind18", "privacy_blind19", "privacy_blind20",
                                       "privacy_blind21", "privacy_blind22", "privacy_blind23",
                                       "privacy_blind24", "privacy_blind25") for _, d in tc.TRAINING)
    assert not tc.HELD_OUT & {d for _, d in tc.TRAINING}
    assert ("train8", "privacy_train8") in tc.AUGMENT
    assert all(d != "privacy_train8" for _, d in tc.TRAINING)
    corpora = tc.load_corpora()
    assert "train8" in corpora and len(corpora["train8"]) >= 3600  # trained on by the shipped model
    assert "train8" not in tc.load_corpora(augment=False)
