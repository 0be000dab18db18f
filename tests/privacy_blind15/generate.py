"""Write blind15's corpus.jsonl (HELD OUT: see README.md). Stdlib only, deterministic.

    python3 -I -S tests/privacy_blind15/generate.py [--report]
"""
from __future__ import annotations

import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import _b15benign as B  # noqa: E402
import _b15cueless as C  # noqa: E402
import _b15notes as N  # noqa: E402
import _b15prompt as P  # noqa: E402
import _b15secret as S  # noqa: E402
from _b15lang import LEADS  # noqa: E402

SEED = "handoff-blind15-heldout-v1"

PLAN = [
    # secret
    ("secret", "browser_devtools_credential", 70, S.browser_curl_har),
    ("secret", "apiclient_collection_credential", 60, S.apiclient),
    ("secret", "mobile_config_credential", 55, S.mobile),
    ("secret", "iac_state_values_credential", 75, S.iac),
    ("secret", "host_unit_cron_history_credential", 70, S.host),
    ("secret", "dotfile_credential", 70, S.dotfile),
    ("secret", "dsn_url_credential", 70, S.dsn),
    ("secret", "keymat_private_key", 45, S.keymat),
    ("secret", "applog_credential", 70, S.logline),
    ("secret", "webhook_url_credential", 50, S.webhook),
    ("secret", "idp_client_secret", 50, S.idp),
    ("secret", "pwmanager_export_credential", 35, S.pwexport),
    ("secret", "ide_notebook_credential", 60, S.ide),
    ("secret", "chat_paste_credential", 75, S.chat),
    ("secret", "git_commit_review_credential", 50, S.git),
    ("secret", "sql_fixture_credential", 45, S.sqlfix),
    ("secret", "agent_input_credential", 45, S.agent_request),
    ("secret", "session_note_buried_credential", 35, N.note_secret),
    # prompt
    ("prompt", "agent_input_short", 85, P.agent_short),
    ("prompt", "agent_input_pasted_error_code", 75, P.agent_with_paste),
    ("prompt", "agent_input_long_spec", 45, P.agent_long),
    ("prompt", "agent_input_multilingual", 150, P.agent_multilingual),
    ("prompt", "agent_rules_system_prompt", 55, P.agent_rules),
    ("prompt", "code_fewshot_template", 50, P.fewshot),
    ("prompt", "agent_tool_trace", 60, P.tool_trace),
    ("prompt", "model_answer_quoted", 90, P.model_answer),
    ("prompt", "chat_between_people", 75, P.chat_people),
    ("prompt", "chat_translated", 35, P.translated_chat),
    ("prompt", "notebook_llm_cell", 50, P.notebook_llm),
    ("prompt", "ci_llm_step", 45, P.ci_llm),
    ("prompt", "email_between_people", 45, P.email_people),
    ("prompt", "pr_bot_review", 45, P.pr_bot),
    ("prompt", "ide_chat_export", 50, P.ide_chat),
    ("prompt", "shell_llm_cli", 50, P.shell_llm),
    ("prompt", "session_note_quoted_transcript", 35, N.note_transcript),
    # benign
    ("benign", "browser_devtools_benign", 55, B.browser),
    ("benign", "apiclient_collection_benign", 50, B.apiclient),
    ("benign", "mobile_config_benign", 45, B.mobile),
    ("benign", "iac_benign", 70, B.iac),
    ("benign", "host_unit_cron_history_benign", 60, B.host),
    ("benign", "dotfile_benign", 50, B.dotfile),
    ("benign", "dsn_url_benign", 45, B.dsn),
    ("benign", "keymat_public_benign", 45, B.keymat),
    ("benign", "ci_applog_benign", 75, B.logci),
    ("benign", "digest_id_benign", 75, B.hashes),
    ("benign", "idp_benign", 40, B.idp),
    ("benign", "agent_todo_next", 75, B.todo),
    ("benign", "git_commit_review_benign", 70, B.git),
    ("benign", "docs_second_person", 60, B.docs),
    ("benign", "sql_fixture_benign", 50, B.sqlfix),
    ("benign", "ide_notebook_benign", 50, B.ide),
    ("benign", "talk_about_secrets_benign", 55, B.talk),
    ("benign", "handoff_health_config_benign", 45, B.healthcfg),
    ("benign", "notes_multilingual_benign", 90, B.notes_intl),
    ("benign", "session_note_long", 40, N.note_benign),
]

CUELESS_DRAWS = 120
# categories whose pasted files and logs sometimes carry a lead-in line in another language
LEAD_P = {"secret": 0.24, "benign": 0.2}
NO_LEAD = {"chat_paste_credential", "agent_input_credential", "agent_todo_next", "docs_second_person",
           "git_commit_review_benign", "notes_multilingual_benign", "talk_about_secrets_benign", "handoff_health_config_benign",
           "session_note_buried_credential", "session_note_long"}


def build():
    rows, seen, short, langs = [], set(), {}, Counter()

    def add(text, label, cat, lang):
        text = text.strip()
        if not text or text in seen:
            return False
        seen.add(text)
        rows.append({"text": text, "label": label, "category": cat})
        langs[(label, lang != "en")] += 1
        return True

    for label, cat, n, fn in PLAN:
        r = random.Random(f"{SEED}:{label}:{cat}")
        lr = random.Random(f"{SEED}:lead:{cat}")
        lead_p = 0.0 if cat in NO_LEAD else LEAD_P.get(label, 0.0)
        got, tries = 0, 0
        while got < n and tries < n * 60:
            tries += 1
            out = fn(r)
            text, lang = out if isinstance(out, tuple) else (out, "en")
            if lang == "en" and lr.random() < lead_p:
                lang = lr.choice(sorted(LEADS))
                text = lr.choice(LEADS[lang]) + "\n" + text
            got += add(text, label, cat, lang)
        if got < n:
            short[cat] = n - got
    r = random.Random(f"{SEED}:cueless")
    pools = [("todo", C.TODO), ("request", C.REQUEST), ("unclear", C.UNCLEAR)]
    drawn, dropped_texts = Counter(), set()
    for _ in range(CUELESS_DRAWS):
        kind, pool = pools[r.randrange(3)]
        text = r.choice(C.FRAMES).replace("{x}", r.choice(pool))
        if kind == "unclear":
            drawn["dropped"] += 1
            drawn["dropped_distinct"] = len(dropped_texts | {text})
            dropped_texts.add(text)
        elif add(text, "benign" if kind == "todo" else "prompt", "cueless_todo" if kind == "todo" else "cueless_request", "en"):
            drawn[kind] += 1
        else:
            drawn["duplicate"] += 1
    return rows, short, drawn, langs


def main():
    rows, short, drawn, langs = build()
    out = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(out)
    if "--report" in sys.argv:
        err = sys.stderr
        labels = Counter(r["label"] for r in rows)
        print("labels", dict(labels), "total", len(rows), file=err)
        for (lab, cat), k in sorted(Counter((r["label"], r["category"]) for r in rows).items()):
            print(f"  {lab:7} {cat:40} {k}", file=err)
        print("short of plan:", short, file=err)
        print("cueless:", dict(drawn), file=err)
        foreign = sum(k for (lab, f), k in langs.items() if f)
        print("non-English:", foreign, f"{100 * foreign / len(rows):.1f}%", {lab: k for (lab, f), k in langs.items() if f}, file=err)
        ml = Counter(r["label"] for r in rows if "\n" in r["text"])
        print("multi-line:", dict(ml), file=err)


if __name__ == "__main__":
    main()
