"""Write blind17's corpus.jsonl deterministically (standard library only): `python generate.py`.

Texts are what an agent copies out of files and tool output: config files, dotfiles, source code,
terminal scrollback, logs, diffs, review threads, notebooks, and the prompt material that lives in
repositories. See README.md for the labelling rules and the category table.
"""
from __future__ import annotations

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import _b17benign as BN  # noqa: E402
import _b17prompt as PR  # noqa: E402
from _b17cfg import CI, CONFIG, DOTFILES  # noqa: E402
from _b17code import CODE  # noqa: E402
from _b17lang import FOREIGN, after, comment, lead  # noqa: E402
from _b17ops import DIFFS, LOGS, NOTEBOOK, REVIEW, TERMINAL, URLS  # noqa: E402
from _b17rand import BRANCHES, PY_FILES, pick  # noqa: E402

SEED = 17_1717

PATHS = {"config": ["config/production.yml", ".env", "docker-compose.yml", "deploy/k8s/secret.yaml", "charts/app/values.yaml",
                    "infra/prod.tfvars", "src/main/resources/application.properties", "appsettings.Production.json",
                    "wp-config.php", "config/database.yml", "settings.xml", "gradle.properties", "config.toml", "alembic.ini"],
         "ci": [".github/workflows/deploy.yml", ".gitlab-ci.yml", "Jenkinsfile", ".circleci/config.yml"],
         "dot": ["~/.npmrc", "~/.pypirc", "~/.netrc", "~/.docker/config.json", "~/.aws/credentials", "~/.kube/config"],
         "code": PY_FILES + ["src/lib/client.ts", "internal/config/config.go", "src/main.rs", "app/Services/Billing.php"]}

# per-text bookkeeping for the README figures
FOREIGN_TEXTS: set[str] = set()


def site_maker(leak: bool, paths: list[str], foreign_p: float, force_foreign: bool = False, lead_p: float = 0.3):
    def make(r: random.Random, frame) -> str:
        lang = pick(r, FOREIGN) if (force_foreign or r.random() < foreign_p) else "en"
        c = comment(r, lang)
        body = frame(r, leak, c)
        parts = [body]
        lp = 0.85 if force_foreign else lead_p
        used_lead = False
        if r.random() < lp:
            parts.insert(0, lead(r, lang, pick(r, paths), pick(r, BRANCHES)))
            used_lead = True
        if r.random() < (0.35 if force_foreign else 0.15):
            parts.append(after(r, lang))
            used_lead = True
        text = "\n".join(parts).strip()
        if lang != "en" and (used_lead or c in body):
            FOREIGN_TEXTS.add(text)
        return text
    return make


def build(rows: list, seen: set, r: random.Random, category: str, label: str, n: int, frames: list, make, foreign: bool = False) -> None:
    order = list(frames)
    r.shuffle(order)
    got = 0
    i = 0
    misses = 0
    while got < n:
        frame = order[i % len(order)]
        i += 1
        text = make(r, frame).strip()
        if not text or text in seen:
            misses += 1
            if misses > 20 * n:
                raise RuntimeError(f"{category}: cannot find {n} unique texts")
            continue
        seen.add(text)
        if foreign:
            FOREIGN_TEXTS.add(text)
        rows.append({"text": text, "label": label, "category": category})
        got += 1


def plain(r: random.Random, frame) -> str:
    return frame(r)


def main() -> None:
    r = random.Random(SEED)
    rows: list[dict] = []
    seen: set[str] = set()
    P = PATHS
    S, B = "secret", "benign"
    all_sites = CONFIG + CI + DOTFILES + CODE + TERMINAL + LOGS + DIFFS + REVIEW + NOTEBOOK + URLS
    # ---- secret
    build(rows, seen, r, "config_file_secret", S, 175, CONFIG, site_maker(True, P["config"], 0.12))
    build(rows, seen, r, "dotfile_credential", S, 95, DOTFILES, site_maker(True, P["dot"], 0.1))
    build(rows, seen, r, "ci_file_secret", S, 45, CI, site_maker(True, P["ci"], 0.12))
    build(rows, seen, r, "source_code_secret", S, 175, CODE, site_maker(True, P["code"], 0.12))
    build(rows, seen, r, "terminal_scrollback_secret", S, 105, TERMINAL, site_maker(True, P["dot"], 0.0, lead_p=0.2))
    build(rows, seen, r, "log_excerpt_secret", S, 85, LOGS, site_maker(True, ["logs/app.log", "CI run #" + "4512"], 0.0, lead_p=0.2))
    build(rows, seen, r, "diff_hunk_secret", S, 50, DIFFS, site_maker(True, P["code"], 0.1))
    build(rows, seen, r, "review_thread_secret", S, 40, REVIEW, site_maker(True, ["PR #" + "2291", "issue #" + "877"], 0.0, lead_p=0.1))
    build(rows, seen, r, "notebook_cell_secret", S, 40, NOTEBOOK, site_maker(True, ["notebooks/eda.ipynb", "analysis/churn.ipynb"], 0.1))
    build(rows, seen, r, "signed_url_webhook_secret", S, 40, URLS, site_maker(True, ["alertmanager.yml", "export job output"], 0.1))
    build(rows, seen, r, "intl_file_secret", S, 155, all_sites, site_maker(True, P["config"] + P["code"], 0.0, force_foreign=True), foreign=True)
    # ---- prompt
    for cat, n, frames, foreign in PR.CATEGORIES:
        build(rows, seen, r, cat, "prompt", n, frames, plain, foreign)
    # ---- benign: the same frames with references in place of the values
    build(rows, seen, r, "benign_config_with_refs", B, 150, CONFIG, site_maker(False, P["config"], 0.12))
    build(rows, seen, r, "benign_dotfile_without_secret", B, 65, DOTFILES, site_maker(False, P["dot"], 0.1))
    build(rows, seen, r, "benign_ci_file_with_secret_refs", B, 45, CI, site_maker(False, P["ci"], 0.12))
    build(rows, seen, r, "benign_code_reads_env", B, 140, CODE, site_maker(False, P["code"], 0.12))
    build(rows, seen, r, "benign_terminal_scrollback", B, 90, TERMINAL, site_maker(False, P["dot"], 0.0, lead_p=0.2))
    build(rows, seen, r, "benign_log_masked_values", B, 75, LOGS, site_maker(False, ["logs/app.log", "CI run #" + "4512"], 0.0, lead_p=0.2))
    build(rows, seen, r, "benign_diff_hunk", B, 40, DIFFS, site_maker(False, P["code"], 0.1))
    build(rows, seen, r, "benign_review_thread", B, 35, REVIEW, site_maker(False, ["PR #" + "2291", "issue #" + "877"], 0.0, lead_p=0.1))
    build(rows, seen, r, "benign_notebook_cell", B, 30, NOTEBOOK, site_maker(False, ["notebooks/eda.ipynb"], 0.1))
    build(rows, seen, r, "benign_unsigned_urls", B, 30, URLS, site_maker(False, ["alertmanager.yml", "export job output"], 0.1))
    build(rows, seen, r, "intl_file_benign", B, 130, all_sites, site_maker(False, P["config"] + P["code"], 0.0, force_foreign=True), foreign=True)
    for cat, n, frames, foreign in BN.CATEGORIES:
        build(rows, seen, r, cat, B, n, frames, plain, foreign)
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        from collections import Counter
        lab = Counter(x["label"] for x in rows)
        cats = Counter((x["category"], x["label"]) for x in rows)
        ml = Counter(x["label"] for x in rows if "\n" in x["text"])
        fo = Counter(x["label"] for x in rows if x["text"] in FOREIGN_TEXTS)
        print(dict(lab), "multi", dict(ml), sum(ml.values()), "foreign", dict(fo), sum(fo.values()))
        for (c, lb), k in cats.items():
            print(f"{c}\t{lb}\t{k}")


if __name__ == "__main__":
    main()
