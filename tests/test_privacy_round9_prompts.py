"""Issue 11, session 9: prompt and model-output classes found with the round-9 training data.

Classes (every text here is made up for this file, never a line of any corpus):

- conversation records in JSON under an asking key and a replying key, each holding prose
  (question/answer, query/response, utterance/reply, prompt/chosen), in any script; a record
  pasted as an escaped string inside another JSON value; an agent log whose ``event`` names
  the turn (``"event": "assistant_message"``) (``prompt-record-json``, cues.py);
- and the config they must not be confused with: role-word keys holding one token each
  (``"user": "ci", "system": "linux"``), input/output paths, counters, SQL under ``query``;
- ReAct traces whose step names are in another language (ko, nl, vi, ar, hi, ru, ...), and an
  English trace flattened onto one line with blanks only (``react-trace``, cues.py); an
  incident note's "Action: ... Observation: ..." stays benign;
- a verbatim model answer under a label in another language that says the model *wrote* it or
  calls it its *output* (``La IA escribió:``, ``Sortie du bot :``, ``AIの出力``), and an English
  label over an answer in another script
  (``model-output-framed`` in framing.py, ``model-output-label`` in cues.py); a build's or a
  command's output under the same words stays benign;
- the round-9 training corpus (``tests/privacy_train9``) is what its generator writes, and the
  trainer always trains on it and never holds it out.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from handoff.privacy import scan_text

CORPUS = Path(__file__).resolve().parent / "privacy_train9"


def _rules(text: str) -> set[str]:
    """The rule ids that fired, the trained classifier's aside."""
    return {f.rule for f in scan_text(text)} - {"prompt-classifier"}


RECORDS = [
    json.dumps({"question": "Kannst du mir erklären, warum der Himmel blau ist?",
                "answer": "Gerne! Das liegt an der Streuung des Sonnenlichts in der Luft."}, ensure_ascii=False),
    json.dumps({"query": "\u0647\u0644 \u062a\u0633\u062a\u0637\u064a\u0639 \u0623\u0646 \u062a\u0643\u062a\u0628"
                         " \u0644\u064a \u0642\u0635\u064a\u062f\u0629 \u0639\u0646"
                         " \u0627\u0644\u0628\u062d\u0631\u061f",
                "response": "\u0628\u0627\u0644\u062a\u0623\u0643\u064a\u062f\u060c \u0647\u0630\u0647"
                            " \u0642\u0635\u064a\u062f\u0629 \u0642\u0635\u064a\u0631\u0629 \u0639\u0646"
                            " \u0627\u0644\u0623\u0645\u0648\u0627\u062c"}, ensure_ascii=False),
    json.dumps({"utterance": "quiero que me recomiendes tres novelas cortas",
                "reply": "Claro, te sugiero estas tres novelas breves y amenas"}),
    json.dumps({"wrapped": json.dumps({"question": "Puoi consigliarmi un film per stasera?",
                                       "answer": "Certo, ti consiglio una commedia leggera e divertente."})}),
    json.dumps({"ts": 3, "event": "assistant_message",
                "text": "Natuurlijk, hier is een korte samenvatting van het boek."}),
    json.dumps({"question": "\u4f60\u80fd\u63a8\u8350\u51e0\u672c\u9002\u5408\u5b69\u5b50\u7684\u4e66\u5417\uff1f",
                "answer": "\u5f53\u7136\uff0c\u8fd9\u91cc\u6709\u4e09\u672c"
                          "\u9002\u5408\u5b69\u5b50\u9605\u8bfb\u7684\u7ae5\u8bdd"}),
]


@pytest.mark.parametrize("text", RECORDS)
def test_an_asking_and_a_replying_key_holding_prose_is_a_conversation_record(text: str) -> None:
    assert "prompt-record-json" in _rules(text)


CONFIG_RECORDS = [
    json.dumps({"user": "deploy", "role": "maintainer", "system": "darwin", "groups": ["ops", "web"]}),
    json.dumps({"system": "linux", "arch": "arm64", "user": "runner"}, indent=2),
    json.dumps({"input": "gs://raw-events/2026/", "output": "gs://clean-events/", "format": "avro"}),
    json.dumps({"input": "a list with one duplicate item", "output": "the same list without it"}),
    json.dumps({"question_id": 881, "answer_count": 4, "accepted": True}),
    json.dumps({"query": "SELECT count(*) FROM orders WHERE status = 'open'", "response_ms": 31}),
    json.dumps({"event": "user_login", "text": "signed in from a new device", "user": "u_1842"}),
]


def test_role_word_keys_holding_one_token_each_are_config_not_a_conversation() -> None:
    flagged = [t for t in CONFIG_RECORDS if _rules(t)]
    assert flagged == []


REACT = [
    "\uc0dd\uac01: \uba3c\uc800 \ub0a0\uc528\ub97c \ucc3e\uc544\ubcf4\uc790\n\ud589\ub3d9: weather[\ubd80\uc0b0]\n"
    "\uad00\ucc30: \ub9d1\uc74c, 21\ub3c4",
    "Gedachte: ik moet de wisselkoers opzoeken\nActie: search[euro naar yen]\nObservatie: 1 euro is 160 yen",
    "Suy ngh\u0129: c\u1ea7n tra c\u1ee9u d\u00e2n s\u1ed1\nH\u00e0nh \u0111\u1ed9ng: search[d\u00e2n s\u1ed1 Hu\u1ebf]"
    "\nQuan s\u00e1t: kho\u1ea3ng 650 ngh\u00ecn ng\u01b0\u1eddi",
    "\u062a\u0641\u0643\u064a\u0631: \u0623\u062d\u062a\u0627\u062c \u0625\u0644\u0649 \u0627\u0644\u0628\u062d\u062b"
    " | \u0625\u062c\u0631\u0627\u0621: search[\u0639\u0627\u0635\u0645\u0629 \u0645\u0635\u0631]"
    " | \u0645\u0644\u0627\u062d\u0638\u0629: \u0627\u0644\u0642\u0627\u0647\u0631\u0629",
    "\u041c\u044b\u0441\u043b\u044c: \u043d\u0443\u0436\u043d\u043e "
    "\u043f\u043e\u0441\u0447\u0438\u0442\u0430\u0442\u044c\n"
    "\u0414\u0435\u0439\u0441\u0442\u0432\u0438\u0435: calculator[17*23]\n"
    "\u041d\u0430\u0431\u043b\u044e\u0434\u0435\u043d\u0438\u0435: 391",
    "Question: how tall is the Eiffel tower? Thought: I should look it up Action: search Action Input: Eiffel tower"
    " height Observation: 330 m Final Answer: It is about 330 metres tall.",
]


@pytest.mark.parametrize("text", REACT)
def test_a_react_trace_in_another_language_or_on_one_line(text: str) -> None:
    assert "react-trace" in _rules(text)


def test_an_incident_note_with_actions_and_observations_is_not_a_trace() -> None:
    notes = ["Incident 77 action: restarted the pod. Observation: p99 back under 200 ms. Thought: cache warm-up?",
             "Akcja: restart serwisu o 14:00\nMy\u015bl przewodnia: stabilno\u015b\u0107",
             "Action items: Lena rotates the keys, Budi updates the runbook. Final answer on the budget by Friday."]
    assert [n for n in notes if "react-trace" in _rules(n)] == []
    assert "react-trace" in _rules("Action: lookup Action Input: capital of Peru Observation: Lima Final Answer: Lima"
                                   " is the capital.")


LABELS = [
    "La IA escribi\u00f3: Hab\u00eda una vez un faro que so\u00f1aba con viajar por el mundo entero.",
    "Sortie du bot : Bien s\u00fbr ! Voici trois id\u00e9es de cadeaux pour ta grand-m\u00e8re.",
    "AI\u306e\u51fa\u529b\uff1a\u3082\u3061\u308d\u3093\u3067\u3059\u3002\u6625\u306e\u4eac\u90fd\u3067\u304a\u3059\u3059\u3081"
    "\u306e\u6563\u6b69\u30b3\u30fc\u30b9\u3092\u4e09\u3064\u7d39\u4ecb\u3057\u307e\u3059\u3002",
    "Der Bot schrieb: Gerne, hier sind drei Ideen f\u00fcr ein schnelles Abendessen mit Nudeln.",
    "Yapay zeka \u015funu yazd\u0131: Elbette, \u0130stanbul'da gezilecek \u00fc\u00e7 yer \u00f6neriyorum.",
    "The assistant replied: \u092e\u0926\u0926 \u0915\u0930\u0915\u0947 \u0916\u0941\u0936\u0940"
    " \u0939\u094b\u0917\u0940\u0964 \u092f\u0939 \u0930\u0939\u093e \u090f\u0915 \u091b\u094b\u091f\u093e"
    " \u0938\u0941\u091d\u093e\u0935\u0964",
    "ChatGPT said: \ubb3c\ub860\uc774\uc8e0! \ubd80\uc0b0\uc5d0\uc11c \uac00\ubcfc \ub9cc\ud55c \uacf3 \uc138"
    " \uacf3\uc744"
    " \ucd94\ucc9c\ud574 \ub4dc\ub9b4\uac8c\uc694.",
]


@pytest.mark.parametrize("text", LABELS)
def test_a_verbatim_answer_under_a_wrote_or_output_label(text: str) -> None:
    assert _rules(text) & {"model-output-framed", "model-output-label"}


def test_a_build_or_a_command_output_under_the_same_words_is_not_a_model_answer() -> None:
    notes = ["Ausgabe des Build-Jobs: 3 Tests fehlgeschlagen, siehe Log f\u00fcr Details",
             "Salida del comando: error de conexi\u00f3n con la base de datos en el puerto 5432",
             "Output from the build: 3 passed, 2 failed in 4.5 seconds on the runner",
             "The model wrote: 0.93",
             "Aim output: 40 requests per second at the gateway after the change"]
    assert [n for n in notes if _rules(n)] == []
    assert "model-output-framed" in _rules("Sortie du mod\u00e8le : Voici un po\u00e8me court sur la pluie d'automne.")


# -- the round-9 training corpus -------------------------------------------------------------------


def test_train9_is_what_its_generator_writes(tmp_path: Path) -> None:
    for name in ("generate.py", "_t9langs.py"):
        shutil.copy(CORPUS / name, tmp_path / name)
    subprocess.run([sys.executable, str(tmp_path / "generate.py")], check=True, cwd=tmp_path)
    assert (tmp_path / "corpus.jsonl").read_bytes() == (CORPUS / "corpus.jsonl").read_bytes()
    rows = [json.loads(line) for line in (CORPUS / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 5000
    assert {r["label"] for r in rows} == {"prompt", "benign"}
    assert all(set(r) == {"text", "label", "category"} and r["text"].strip() for r in rows)


def test_train9_is_augmentation_never_a_held_out_unit() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import train_classifier as tc

    assert ("train9", "privacy_train9") in tc.AUGMENT
    assert all(d != "privacy_train9" for _, d in tc.TRAINING)
    assert "train9" not in tc.load_corpora(augment=False)
