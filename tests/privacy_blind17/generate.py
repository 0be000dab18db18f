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
from _b17rand import BRANCHES, PY_FILES, RECORD, pick  # noqa: E402

SEED = 17_1717

PATHS = {"config": ["config/production.yml", ".env", "docker-compose.yml", "deploy/k8s/secret.yaml", "charts/app/values.yaml",
                    "infra/prod.tfvars", "src/main/resources/application.properties", "appsettings.Production.json",
                    "wp-config.php", "config/database.yml", "settings.xml", "gradle.properties", "config.toml", "alembic.ini"],
         "ci": [".github/workflows/deploy.yml", ".gitlab-ci.yml", "Jenkinsfile", ".circleci/config.yml"],
         "dot": ["~/.npmrc", "~/.pypirc", "~/.netrc", "~/.docker/config.json", "~/.aws/credentials", "~/.kube/config"],
         "code": [*PY_FILES, "src/lib/client.ts", "internal/config/config.go", "src/main.rs", "app/Services/Billing.php"]}

# per-text bookkeeping for the README figures
FOREIGN_TEXTS: set[str] = set()


FRAME_PATHS = {
    "dotenv": [".env", ".env.production", "deploy/.env", "services/api/.env"], "compose": ["docker-compose.yml", "compose.prod.yaml"],
    "compose_db": ["docker-compose.yml", "docker-compose.override.yml"], "k8s_secret": ["deploy/k8s/secret.yaml", "k8s/overlays/prod/secrets.yaml"],
    "k8s_env": ["deploy/k8s/deployment.yaml", "k8s/base/deployment.yaml"], "helm_values": ["charts/app/values-prod.yaml", "helm/values.yaml"],
    "tfvars": ["infra/prod.tfvars", "terraform/envs/staging/terraform.tfvars"], "tf_provider": ["infra/main.tf", "terraform/providers.tf"],
    "tf_resource": ["infra/rds.tf", "terraform/modules/db/main.tf"], "app_properties": ["src/main/resources/application.properties"],
    "app_yml": ["src/main/resources/application-prod.yml"], "appsettings": ["appsettings.Production.json", "src/Api/appsettings.json"],
    "wp_config": ["wp-config.php", "public_html/wp-config.php"], "database_yml": ["config/database.yml"], "maven_settings": ["~/.m2/settings.xml", "ci/settings.xml"],
    "gradle_props": ["gradle.properties", "~/.gradle/gradle.properties"], "toml_cfg": ["config.toml", "settings/prod.toml"],
    "ini_cfg": ["~/.my.cnf", "config/app.ini", "setup.cfg"], "alembic_ini": ["alembic.ini"], "json_cfg": ["config/production.json", "config/default.json"],
    "systemd": ["/etc/systemd/system/app.service", "deploy/worker.service"], "nginx": ["/etc/nginx/conf.d/app.conf", "nginx/default.conf"],
    "apache": ["/etc/apache2/sites-enabled/000-default.conf"], "dockerfile": ["Dockerfile", "docker/api.Dockerfile"],
    "pulumi_cfg": ["Pulumi.prod.yaml"], "ansible_vars": ["ansible/group_vars/all.yml"], "serverless": ["serverless.yml"],
    "rails_secrets": ["config/secrets.yml"], "django_env": [".env", "deploy/django.env"], "sa_json": ["gcp-sa.json", "secrets/service-account.json"],
    "gha": [".github/workflows/deploy.yml", ".github/workflows/release.yml"], "gha_with": [".github/workflows/pr-comment.yml"],
    "gitlab_ci": [".gitlab-ci.yml"], "jenkinsfile": ["Jenkinsfile"], "circleci": [".circleci/config.yml"],
    "npmrc": ["~/.npmrc", ".npmrc"], "npmrc_gh": [".npmrc"], "pypirc": ["~/.pypirc"], "netrc": ["~/.netrc"], "docker_cfg": ["~/.docker/config.json"],
    "git_credentials": ["~/.git-credentials", "~/.gitconfig"], "aws_credentials": ["~/.aws/credentials", "~/.aws/config"], "kubeconfig": ["~/.kube/config"],
    "pip_conf": ["~/.config/pip/pip.conf", "/etc/pip.conf"], "yarnrc": [".yarnrc.yml"], "composer_auth": ["auth.json", "~/.composer/auth.json"],
    "pgpass": ["~/.pgpass"], "rclone": ["~/.config/rclone/rclone.conf"], "ssh_key_file": ["the bastion's home dir", "the CI runner"],
    "ts_const": ["src/lib/client.ts", "src/server/env.ts"], "ts_fallback": ["src/config.ts"], "ts_stripe": ["src/lib/stripe.ts"],
    "js_fetch": ["scripts/sync.mjs", "src/api.js"], "go_const": ["internal/config/config.go"], "go_client": ["pkg/client/http.go"],
    "rust_const": ["src/main.rs", "src/client.rs"], "java_const": ["src/main/java/com/acme/Gateway.java"], "java_value": ["src/main/java/com/acme/PartnerClient.java"],
    "kotlin": ["app/src/main/java/com/acme/ApiConfig.kt"], "ruby": ["config/initializers/stripe.rb"], "php": ["src/db.php", "includes/config.php"],
    "csharp": ["src/Notifications/Mailer.cs"], "shell_script": ["scripts/deploy.sh", "bin/release"], "shell_curl": ["scripts/notify.sh"],
    "swift": ["App/Secrets.swift"], "py_django": ["config/settings/production.py"],
    "url_webhook_cfg": ["alertmanager.yml", "monitoring/alertmanager/config.yml"], "url_share_link": ["the export job output", "the release checklist"],
    "url_presign": ["the export job output"], "url_gsutil": ["the export job output"],
}
for _f in ["py_const", "py_openai", "py_requests", "py_boto", "py_db", "py_slack", "py_test_fixture", "py_dict_cfg"]:
    FRAME_PATHS[_f] = PY_FILES

# frames whose leaking value spans several lines or whose one line would not stand alone
NO_SINGLE = {"ssh_key_file", "sa_json", "term_aws", "kubeconfig", "term_k8s_secret", "term_cli_status", "bot_scan",
             "issue_comment_log", "term_history", "diff_stat", "term_cat_dotfile", "url_gsutil", "url_presign"}


GROUP_PATHS = [
    (TERMINAL, ["the bastion session", "the CI runner shell", "my terminal", "`make deploy` scrollback", "the debug pod"]),
    (LOGS, ["logs/app.log", "the CI job log", "journalctl -u app", "kubectl logs deploy/api", "the Datadog log view"]),
    (REVIEW, ["PR #" + "2291", "issue #" + "877", "the review thread", "the incident ticket"]),
    (NOTEBOOK, ["notebooks/eda.ipynb", "analysis/churn.ipynb", "the shared Colab"]),
    (DIFFS, ["git diff HEAD~1", "the PR diff", "git show " + "4f2c9e1"]),
]


def paths_of(frame, default: list[str]) -> list[str]:
    for group, paths in GROUP_PATHS:
        if frame in group:
            return paths
    return default


def _has(text: str, values: list[str]) -> bool:
    return any(len(v) >= 6 and v in text for v in values)


def _draw(frame, seed: float, leak: bool, c: str) -> tuple[str, list[str]]:
    RECORD.clear()
    text = frame(random.Random(seed), leak, c)
    return text, list(RECORD)


REF_MARKS = ["${", "secrets.", "environ", "getenv", "Getenv", "env(", "ENV", "<", "***", "REDACTED", "FILTERED", "vault", "op://",
             "secretKeyRef", "credentials(", "secure:", "helper", "sso_", "credHelpers", "credsStore", "exec:", "profile", "PassEnv",
             "EnvironmentFile", "LoadCredential", "$", "redacted", "changeme", "getpass", "userdata", "var."]


def key_line(r: random.Random, frame, leak: bool, c: str) -> str | None:
    """One line of the frame: for a secret, the line holding the value; for a benign text, the same line of the
    clean version of the same draw (where the reference or placeholder sits)."""
    if frame.__name__ in NO_SINGLE:
        return None
    seed = r.random()
    a, rec_a = _draw(frame, seed, True, c)
    b, rec_b = _draw(frame, seed, False, c)
    la, lb = a.split("\n"), b.split("\n")
    idx = [i for i, x in enumerate(la) if _has(x, rec_a)]
    if not idx:
        return None
    i = idx[0]
    if leak:
        line = la[i].strip()
    elif len(la) == len(lb) and la[i] != lb[i] and not _has(lb[i], rec_b):
        line = lb[i].strip()
    else:
        alt = [x for x in lb if x not in la and any(m in x for m in REF_MARKS) and not _has(x, rec_b)]
        if not alt:
            return None
        line = alt[0].strip()
    if len(line) < 10 or line.startswith(("# ", "// ", "; ", "<!--", "-- ")) or line in ("#", "//"):
        return None
    return line


def site_maker(leak: bool, paths: list[str], foreign_p: float, force_foreign: bool = False, lead_p: float = 0.3,
               single_p: float = 0.8):
    def make(r: random.Random, frame) -> str:
        lang = pick(r, FOREIGN) if (force_foreign or r.random() < foreign_p) else "en"
        c = comment(r, lang)
        if r.random() < single_p:
            line = key_line(r, frame, leak, c)
            if line is not None:
                style = r.randrange(6)
                if lang != "en" or force_foreign:
                    style = pick(r, [1, 2, 4])
                if "`" in line and style in (1, 4):
                    style = 2
                p = pick(r, FRAME_PATHS.get(frame.__name__, paths_of(frame, paths)))
                if style == 0:
                    text = line
                elif style == 1:
                    text = f"{lead(r, lang, p, pick(r, BRANCHES))} `{line}`"
                elif style == 2:
                    text = f"{lead(r, lang, p, pick(r, BRANCHES))} {line}"
                elif style == 3:
                    text = f"{p}: {line}"
                elif style == 4:
                    text = f"`{line}` — {after(r, lang)}"
                else:
                    text = f"{p}:{r.randint(3, 300)}: {line}"
                if lang != "en":
                    FOREIGN_TEXTS.add(text)
                return text
        body, recorded = _draw(frame, r.random(), leak, c)
        if _has(body, recorded) != leak:
            return ""  # the draw did not come out as labelled (e.g. a value too short to check): skip it
        parts = [body]
        lp = 1.0 if force_foreign else lead_p
        used_lead = False
        if r.random() < lp:
            parts.insert(0, lead(r, lang, pick(r, FRAME_PATHS.get(frame.__name__, paths_of(frame, paths))), pick(r, BRANCHES)))
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
    TERM = ["the bastion session", "the CI runner shell", "my terminal", "`make deploy` scrollback", "the debug pod"]
    LOGP = ["logs/app.log", "the CI job log", "journalctl -u app", "kubectl logs deploy/api", "the Datadog log view"]
    REV = ["PR #" + "2291", "issue #" + "877", "the review thread", "the incident ticket"]
    NB = ["notebooks/eda.ipynb", "analysis/churn.ipynb", "the shared Colab"]
    URL = ["alertmanager.yml", "the export job output", "the release checklist"]
    # ---- secret
    build(rows, seen, r, "config_file_secret", S, 165, CONFIG, site_maker(True, P["config"], 0.12))
    build(rows, seen, r, "dotfile_credential", S, 90, DOTFILES, site_maker(True, P["dot"], 0.1))
    build(rows, seen, r, "ci_file_secret", S, 45, CI, site_maker(True, P["ci"], 0.12))
    build(rows, seen, r, "source_code_secret", S, 165, CODE, site_maker(True, P["code"], 0.12))
    build(rows, seen, r, "terminal_scrollback_secret", S, 100, TERMINAL, site_maker(True, TERM, 0.0, lead_p=0.2))
    build(rows, seen, r, "log_excerpt_secret", S, 80, LOGS, site_maker(True, LOGP, 0.0, lead_p=0.2))
    build(rows, seen, r, "diff_hunk_secret", S, 50, DIFFS, site_maker(True, P["code"], 0.1))
    build(rows, seen, r, "review_thread_secret", S, 40, REVIEW, site_maker(True, REV, 0.0, lead_p=0.1))
    build(rows, seen, r, "notebook_cell_secret", S, 40, NOTEBOOK, site_maker(True, NB, 0.1))
    build(rows, seen, r, "signed_url_webhook_secret", S, 40, URLS, site_maker(True, URL, 0.1))
    build(rows, seen, r, "intl_file_secret", S, 235, all_sites, site_maker(True, P["config"] + P["code"], 0.0, force_foreign=True), foreign=True)
    # ---- prompt
    for cat, n, frames, foreign in PR.CATEGORIES:
        build(rows, seen, r, cat, "prompt", n, frames, plain, foreign)
    # ---- benign: the same frames with references in place of the values
    build(rows, seen, r, "benign_config_with_refs", B, 120, CONFIG, site_maker(False, P["config"], 0.12))
    build(rows, seen, r, "benign_dotfile_without_secret", B, 55, DOTFILES, site_maker(False, P["dot"], 0.1))
    build(rows, seen, r, "benign_ci_file_with_secret_refs", B, 40, CI, site_maker(False, P["ci"], 0.12))
    build(rows, seen, r, "benign_code_reads_env", B, 110, CODE, site_maker(False, P["code"], 0.12))
    build(rows, seen, r, "benign_terminal_scrollback", B, 75, TERMINAL, site_maker(False, TERM, 0.0, lead_p=0.2))
    build(rows, seen, r, "benign_log_masked_values", B, 60, LOGS, site_maker(False, LOGP, 0.0, lead_p=0.2))
    build(rows, seen, r, "benign_diff_hunk", B, 35, DIFFS, site_maker(False, P["code"], 0.1))
    build(rows, seen, r, "benign_review_thread", B, 30, REVIEW, site_maker(False, REV, 0.0, lead_p=0.1))
    build(rows, seen, r, "benign_notebook_cell", B, 25, NOTEBOOK, site_maker(False, NB, 0.1))
    build(rows, seen, r, "benign_unsigned_urls", B, 25, URLS, site_maker(False, URL, 0.1))
    build(rows, seen, r, "intl_file_benign", B, 125, all_sites, site_maker(False, P["config"] + P["code"], 0.0, force_foreign=True), foreign=True)
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
