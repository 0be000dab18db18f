"""Everything around the agents: GitHub Actions / GitLab CI logs, Jupyter notebook cells, Slack /
Teams / email pastes, terminal sessions (bash, zsh, fish, PowerShell), editors' config files and the
handoff CLI's own arguments. Each leak sits in the tool's own format."""

from __future__ import annotations

import json
import random
from collections.abc import Callable

from _b13lang import answer, en_request, labelled_output, request, turn
from _b13rand import (
    BRANCHES,
    FILES,
    HOSTS,
    MODELS,
    PEOPLE,
    REPOS,
    TESTS_,
    USERS,
    aws_pair,
    hm,
    jwt,
    password,
    pick,
    rs,
    sha,
    token,
    ts,
    uuid,
)
from _b13shapes import any_leak, benign_cmd, benign_env, db_url, named_secret, second_person_doc, secret_cmd

Gen = Callable[[random.Random], str]
Cat = tuple[str, str, int, Gen]


def _j(obj: object, pretty: bool = False) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None)


# ---------------------------------------------------------------- GitHub Actions / GitLab CI
def _gha_ts(r: random.Random) -> str:
    return ts(r).replace("Z", f".{r.randint(1000000, 9999999)}Z")


def ci_log_secret(r: random.Random) -> str:
    t = _gha_ts(r)
    k = r.randrange(4)
    if k == 0:
        return f"{t} ##[group]Run {secret_cmd(r)}" + pick(r, ["", "", f"\n{t} ##[endgroup]"])
    if k == 1:
        name, v = named_secret(r)
        return f"{t} env:\n{t}   {name}: {v}\n{t}   NODE_ENV: production"
    if k == 2:
        return f"Running with gitlab-runner 17.{r.randint(0, 9)}.0 ({sha(r, 8)})\n  on {pick(r, ['docker-auto-scale', 'shared-runner-3'])} {rs(r, 8)}, system ID: s_{sha(r, 12)}\n$ {secret_cmd(r)}"
    return f"{t} Error: request to https://{pick(r, USERS)}:{password(r)}@{pick(r, HOSTS)}:8443/api failed (ECONNREFUSED)"


def ci_log_benign(r: random.Random) -> str:
    t = _gha_ts(r)
    k = r.randrange(6)
    if k == 0:
        return f"{t} ##[group]Run {benign_cmd(r)}" + pick(r, ["", "", f"\n{t} ##[endgroup]"])
    if k == 1:
        return f"{t} env:\n{t}   NPM_TOKEN: ***\n{t}   GITHUB_TOKEN: ***\n{t}   CI: true"
    if k == 2:
        return pick(r, [f"{t} Cache restored from key: {pick(r, ['Linux', 'macOS'])}-pip-{sha(r, 64)}",
                        f"{t} Cache saved with key: node-cache-{pick(r, ['Linux', 'Windows'])}-x64-npm-{sha(r, 64)}",
                        f"{t} idempotency key=ord:payment:01J{rs(r, 23, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')} accepted"])
    if k == 3:
        return f"$ {benign_cmd(r)}\nJob succeeded (pipeline #{r.randint(100000, 999999)}, job {r.randint(1000000, 9999999)})"
    if k == 4:
        return f"{t} Download action repository 'actions/checkout@v4' (SHA:{sha(r)})"
    return f"{t} ===== {r.randint(1, 900)} passed, {r.randint(0, 5)} skipped in {r.randint(1, 300)}.{r.randint(10, 99)}s ====="


def ci_yaml_secret(r: random.Random) -> str:
    name, v = named_secret(r)
    if r.random() < 0.35:
        return f".github/workflows/{pick(r, ['deploy', 'release', 'nightly'])}.yml:{r.randint(5, 80)}:      {name}: {v}"
    if r.random() < 0.5:
        return f"jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      {name}: {v}\n    steps:\n      - run: make deploy"
    return f"variables:\n  {name}: \"{v}\"\ndeploy:\n  stage: deploy\n  script:\n    - ./deploy.sh"


def ci_yaml_benign(r: random.Random) -> str:
    name = pick(r, ["NPM_TOKEN", "PYPI_API_TOKEN", "DOCKERHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "SLACK_WEBHOOK_URL"])
    if r.random() < 0.35:
        return f".github/workflows/{pick(r, ['deploy', 'release', 'nightly'])}.yml:{r.randint(5, 80)}:      {name}: ${{{{ secrets.{name} }}}}"
    if r.random() < 0.5:
        return f"    env:\n      {name}: ${{{{ secrets.{name} }}}}\n      PYTHON_VERSION: \"3.1{r.randint(0, 3)}\"\n    steps:\n      - uses: actions/checkout@v4"
    return f"deploy:\n  stage: deploy\n  variables:\n    {name}: ${name}\n  script:\n    - ./deploy.sh --env {pick(r, ['staging', 'prod'])}\n  needs: [test-{r.randint(1, 9)}]"


def ci_log_prompt(r: random.Random) -> str:
    t = _gha_ts(r)
    if r.random() < 0.3:
        return f"{t} [ai-review] <system>You are a code reviewer for {pick(r, REPOS)}.</system><user>{request(r)}</user>"
    if r.random() < 0.5:
        q, a = turn(r)
        return f"{t} ##[group]Run llm -m {pick(r, MODELS)} \"{q}\"\n{t} ##[endgroup]\n{t} {a}"
    q, a = turn(r)
    return f"$ python scripts/ai_review.py --diff origin/main\n[ai-review] prompt: {q}\n[ai-review] response: {a}"


def ci_yaml_prompt(r: random.Random) -> str:
    return (f"      - uses: anthropics/claude-code-action@v1\n        with:\n          anthropic_api_key: ${{{{ secrets.ANTHROPIC_API_KEY }}}}\n"
            f"          prompt: |\n            {en_request(r)}")


CI: list[Cat] = [
    ("ci_job_log_credential", "secret", 50, ci_log_secret),
    ("ci_workflow_yaml_credential", "secret", 30, ci_yaml_secret),
    ("ci_job_log_model_io", "prompt", 45, ci_log_prompt),
    ("ci_workflow_yaml_prompt", "prompt", 30, ci_yaml_prompt),
    ("ci_job_log_benign", "benign", 65, ci_log_benign),
    ("ci_workflow_yaml_benign", "benign", 40, ci_yaml_benign),
]


# ---------------------------------------------------------------- Jupyter notebooks
def _cell(r: random.Random, kind: str, src: list[str], outputs: list[object] | None = None) -> str:
    c: dict[str, object] = {"cell_type": kind, "id": rs(r, 8, "0123456789abcdef"), "metadata": {}, "source": src}
    if kind == "code":
        c["execution_count"] = r.randint(1, 80)
        c["outputs"] = outputs or []
    return _j(c, r.random() < 0.1)


def nb_secret(r: random.Random) -> str:
    name, v = named_secret(r)
    k = r.randrange(3)
    if k == 0:
        return _cell(r, "code", ["import os\n", f"os.environ[\"{name}\"] = \"{v}\"\n"])
    if k == 1:
        vendor, _, tv = token(r, prefixed_only=True)
        return _cell(r, "code", [f"client = {vendor.title()}Client(api_key=\"{tv}\")\n", "client.ping()"])
    return _cell(r, "code", [f"engine = create_engine(\"{db_url(r)}\")"])


def nb_prompt(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 3 and r.random() < 0.5:
        q, a = turn(r)
        rec = pick(r, [{"conversations": [{"from": "human", "value": q}, {"from": "gpt", "value": a}]},
                       {"prompt": q, "completion": a}, {"speaker": "assistant", "text": a}])
        return _cell(r, "code", ["ds[1]"], [{"output_type": "execute_result", "execution_count": r.randint(1, 80), "metadata": {}, "data": {"text/plain": [str(rec)]}}])
    if k == 3:
        q, a = turn(r)
        return _cell(r, "code", ["ds[0]"], [{"output_type": "execute_result", "execution_count": r.randint(1, 80), "metadata": {},
                                            "data": {"text/plain": [str({"instruction": q, "output": a})]}}])
    if k == 0:
        return _cell(r, "code", ["resp = client.messages.create(\n", f"    model=\"{pick(r, MODELS)}\", max_tokens=1024,\n",
                                  f"    messages=[{{\"role\": \"user\", \"content\": {json.dumps(request(r), ensure_ascii=False)}}}])"])
    if k == 1:
        return _cell(r, "code", ["print(resp.content[0].text)"], [{"output_type": "stream", "name": "stdout", "text": [answer(r)]}])
    return _cell(r, "code", [f"PROMPT = \"\"\"{en_request(r)}\"\"\""])


def nb_benign(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return _cell(r, "code", ["import pandas as pd\n", f"df = pd.read_parquet(\"data/{pick(r, ['orders', 'events', 'users'])}-{r.randint(1, 12):02d}.parquet\")\n", "df.shape"],
                     [{"output_type": "execute_result", "data": {"text/plain": [f"({r.randint(100, 99999)}, {r.randint(2, 40)})"]}, "execution_count": r.randint(1, 80), "metadata": {}}])
    if k == 1:
        return _cell(r, "code", ["import os\n", f"api_key = os.environ[\"{pick(r, ['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'HF_TOKEN'])}\"]  # set in .env, never here"])
    if k == 2:
        return _cell(r, "markdown", [f"## {pick(r, ['Latency by region', 'Retry histogram', 'Cohort analysis'])}\n", f"Run {sha(r, 7)}; {r.randint(2, 30)} days of data."])
    return _cell(r, "code", [f"model.fit(X_train, y_train, epochs={r.randint(2, 50)})"],
                 [{"output_type": "stream", "name": "stdout", "text": [f"Epoch 1/{r.randint(2, 50)} - loss: 0.{r.randint(1000, 9999)} - acc: 0.{r.randint(50, 99)}"]}])


JUPYTER: list[Cat] = [
    ("jupyter_cell_credential", "secret", 75, nb_secret),
    ("jupyter_cell_model_io", "prompt", 75, nb_prompt),
    ("jupyter_cell_benign", "benign", 95, nb_benign),
]


# ---------------------------------------------------------------- Slack / Teams / email pastes
def chat_secret(r: random.Random) -> str:
    p = pick(r, PEOPLE)
    k = r.randrange(5)
    if k == 0:
        return f"{p}  {r.randint(1, 12)}:{r.randint(10, 59)} PM\nhere's the staging one: {any_leak(r)}"
    if k == 1:
        return f"[{hm(r)}] {p}: the {pick(r, ['db', 'grafana', 'vpn', 'jenkins'])} password is {password(r)} (rotating friday)"
    if k == 2:
        name, v = named_secret(r)
        return f"From: {p.lower()}@acme.io\nSubject: creds for the vendor sandbox\n\nHi,\n\n{name}={v}\n\nThanks,\n{p}"
    if k == 3:
        a, s = aws_pair(r)
        return f"{p} (Teams, {hm(r)}): access key {a} secret {s}"
    return f"{p}: login is {pick(r, USERS)} / {password(r)}"


def chat_prompt(r: random.Random) -> str:
    p = pick(r, PEOPLE)
    k = r.randrange(4)
    if k == 3:
        return f"[{hm(r)}] {p}: {pick(r, ['asked the bot about the lock bug', 'pasting this for the record', 'fyi'])}; {labelled_output(r)}"
    if k == 0:
        q, a = turn(r)
        return f"{p}  {r.randint(1, 12)}:{r.randint(10, 59)} PM\nthis is what I sent to ChatGPT:\n> {q}\nand it answered:\n> {a}"
    if k == 1:
        if r.random() < 0.4:
            q, a = turn(r)
            return f"[{hm(r)}] {p}: [user] {q} [assistant] {a}"
        return f"@{pick(r, ['AIBot', 'Claude', 'askgpt'])} {request(r)}"
    return f"[{hm(r)}] Claude (app): {answer(r)}"


def chat_benign(r: random.Random) -> str:
    p, q = pick(r, PEOPLE), pick(r, PEOPLE)
    return pick(r, [f"[{hm(r)}] {p}: deploy of {sha(r, 7)} to staging is done, {r.randint(100, 900)} tests green",
                    f"{p}  {r.randint(1, 12)}:{r.randint(10, 59)} PM\nI rotated the {pick(r, ['npm', 'pypi', 'stripe'])} token, it's in 1Password under Eng/CI now",
                    f"From: {p.lower()}@acme.io\nSubject: Re: incident {r.randint(100, 999)}\n\n{q}, the postmortem doc is up, please review by {pick(r, ['Fri', 'Mon', 'Tue'])}.\n\n{p}",
                    f"{p} (Teams, {hm(r)}): PR #{r.randint(10, 999)} needs one more approval, can you look?",
                    f"[{hm(r)}] {p}: the request id was {uuid(r)}, trace {sha(r, 32)}",
                    f"{p}: never paste passwords here, use `op item share` please"])


CHAT: list[Cat] = [
    ("chat_paste_credential", "secret", 75, chat_secret),
    ("chat_paste_model_io", "prompt", 75, chat_prompt),
    ("chat_paste_benign", "benign", 95, chat_benign),
]


# ---------------------------------------------------------------- terminal sessions
def _prompt_str(r: random.Random) -> str:
    return pick(r, [f"{pick(r, USERS)}@{pick(r, ['devbox', 'mbp', 'ci-7'])}:~/widget$ ", "❯ ", f"PS C:\\src\\{pick(r, ['widget', 'api'])}> ",
                    f"{pick(r, USERS)}@devbox ~/widget ({pick(r, BRANCHES)})> ", "% "])


def term_secret(r: random.Random) -> str:
    k = r.randrange(7)
    if k >= 5:
        return f"{_prompt_str(r)}{secret_cmd(r)}"
    if k == 0:
        return f"{_prompt_str(r)}{secret_cmd(r)}"
    if k == 1:
        _, name, v = token(r)
        return f"PS C:\\src\\widget> $env:{name} = \"{v}\"\nPS C:\\src\\widget> npm run deploy"
    if k == 2:
        _, name, v = token(r)
        return f"~/widget> set -gx {name} {v}\n~/widget> make release"
    if k == 3:
        return f"$ gh auth token\n{'gho_' + rs(r, 36)}"
    return f"$ cat ~/.pgpass\n{pick(r, HOSTS)}:5432:app:{pick(r, USERS)}:{password(r)}"


def term_prompt(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        q, a = turn(r)
        return f"$ ollama run {pick(r, ['llama3.1:8b', 'qwen2.5-coder:14b', 'mistral'])}\n>>> {q}\n{a}"
    if k == 1:
        return f"{_prompt_str(r)}claude -p \"{request(r)}\""
    if k == 2:
        q, a = turn(r)
        return f"$ llm -m {pick(r, MODELS)} '{q}'\n{a}"
    return f"PS C:\\src> sgpt \"{request(r)}\""


def term_benign(r: random.Random) -> str:
    k = r.randrange(7)
    if k >= 4:
        return f"{_prompt_str(r)}{benign_cmd(r)}  # {pick(r, ['ok', 'exit 0', 'took ' + str(r.randint(2, 90)) + 's', 'retry #' + str(r.randint(2, 5))])}"
    if k == 0:
        return f"{_prompt_str(r)}{benign_cmd(r)}"
    if k == 1:
        return f"$ env | grep -i key\n{benign_env(r)}\n{benign_env(r)}"
    if k == 2:
        return f"$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:{rs(r, 43)} {pick(r, USERS)}@devbox (ED25519)"
    return f"PS C:\\src\\widget> Get-ChildItem Env:AZURE*\n\nName                           Value\n----                           -----\nAZURE_TENANT_ID                {uuid(r)}\nAZURE_SUBSCRIPTION_ID          {uuid(r)}"


TERM: list[Cat] = [
    ("term_session_credential", "secret", 85, term_secret),
    ("term_session_model_cli", "prompt", 75, term_prompt),
    ("term_session_benign", "benign", 100, term_benign),
]


# ---------------------------------------------------------------- editors' config files
def ed_secret(r: random.Random) -> str:
    vendor, name, v = token(r, prefixed_only=True)
    k = r.randrange(4)
    if k == 0:
        return _j({"editor.formatOnSave": True, "github.copilot.advanced": {"authProvider": "github"}, f"{vendor}.apiKey": v}, r.random() < 0.3)
    if k == 1:
        return f"{pick(r, ['-- ~/.config/nvim/lua/plugins/ai.lua' + chr(10), ''])}require(\"codecompanion\").setup({{ adapters = {{ api_key = \"{v}\" }} }})"
    if k == 2:
        head = pick(r, ['" ~/.vimrc\n', ''])
        return f"{head}let g:{vendor}_api_key = '{v}'"
    return f"// zed settings.json\n{{ \"language_models\": {{ \"{vendor}\": {{ \"api_key\": \"{v}\" }} }} }}"


def ed_prompt(r: random.Random) -> str:
    if r.random() < 0.5:
        return _j({"github.copilot.chat.codeGeneration.instructions": [{"text": f"You are my coding assistant. {en_request(r)}"}]}, r.random() < 0.3)
    return f"{pick(r, [';; init.el' + chr(10), ''])}(setq gptel-directives '((default . \"You are a terse assistant living in Emacs. {en_request(r)}\")))"


def ed_benign(r: random.Random) -> str:
    if r.random() < 0.45:
        return pick(r, [f"\"editor.rulers\": [{r.choice([80, 88, 100])}, {r.choice([110, 120])}],",
                        f"\"python.defaultInterpreterPath\": \"${{workspaceFolder}}/.venv-{r.randint(1, 9)}/bin/python\",",
                        f"\"github.copilot.enable\": {{\"markdown\": {pick(r, ['true', 'false'])}, \"plaintext\": false}},  // {sha(r, 7)}",
                        f"set tabstop={r.choice([2, 4, 8])} shiftwidth={r.choice([2, 4])} textwidth={r.choice([79, 88, 100])}",
                        f"vim.g.copilot_filetypes = {{ {pick(r, ['markdown', 'yaml', 'gitcommit'])} = false }}  -- {r.randint(1, 99)}",
                        f"\"rest-client.environmentVariables\": {{\"staging\": {{\"token\": \"{{{{$dotenv API_TOKEN}}}}\", \"n\": {r.randint(1, 999)}}}}}"])
    return pick(r, [_j({"editor.tabSize": r.choice([2, 4]), "files.exclude": {"**/.venv": True}, "python.testing.pytestArgs": ["tests", "-q"]}, True),
                    f"\" ~/.vimrc\nset number\nset expandtab shiftwidth={r.choice([2, 4])}\nlet g:ale_linters = {{'python': ['ruff']}}",
                    f"# .editorconfig\nroot = true\n[*]\nindent_style = space\nindent_size = {r.choice([2, 4])}\nmax_line_length = {r.choice([88, 100, 120])}",
                    _j({"terminal.integrated.env.linux": {"OPENAI_API_KEY": "${env:OPENAI_API_KEY}"}, "workbench.colorTheme": pick(r, ["Solarized Dark", "One Dark Pro"])}, True),
                    f"-- lazy.nvim lock: {pick(r, ['telescope', 'gitsigns', 'lspconfig'])}.nvim {sha(r)}"])


EDITOR: list[Cat] = [
    ("editor_config_credential", "secret", 75, ed_secret),
    ("editor_config_assistant_prompt", "prompt", 70, ed_prompt),
    ("editor_config_benign", "benign", 95, ed_benign),
    ("editor_docs_second_person", "benign", 15, lambda r: second_person_doc(r, "editor")),
]


# ---------------------------------------------------------------- handoff CLI arguments
def ho_secret(r: random.Random) -> str:
    k = r.randrange(5)
    if k == 0:
        name, v = named_secret(r)
        return f"handoff config set {name.lower().replace('_', '.')} {v}"
    if k == 1:
        return f"handoff run -- {secret_cmd(r)}"
    if k == 2:
        return f"handoff note \"stg creds rotated, new one is {any_leak(r)}\""
    if k == 3:
        return f"handoff health {pick(r, ['openai', 'anthropic', 'groq'])} {pick(r, MODELS)} failing --detail \"401 for key {token(r, prefixed_only=True)[2]}\""
    return f"handoff note \"db ok\" --next \"log in as {pick(r, USERS)} with {password(r)} and rerun the migration\""


def ho_prompt(r: random.Random) -> str:
    k = r.randrange(5)
    if k == 4:
        return f"handoff note \"{labelled_output(r)}\""
    if k == 0:
        return f"handoff note \"user asked: {request(r)}\""
    if k == 1:
        return f"handoff note \"model said: {answer(r)}\""
    if k == 2:
        q, a = turn(r)
        return f"handoff note \"User: {q} Assistant: {a}\""
    return f"handoff config set review.prompt \"{request(r)}\""


def ho_benign(r: random.Random) -> str:
    return pick(r, [f"handoff pointer --repo {pick(r, REPOS)} --branch {pick(r, BRANCHES)} --pr {r.randint(10, 999)} --state open",
                    f"handoff run -- {benign_cmd(r)}",
                    f"handoff health {pick(r, ['anthropic', 'openai'])} {pick(r, MODELS)} rate_limited --reset {r.randint(1, 90)}m --remaining 0",
                    f"handoff note \"{pick(r, TESTS_)} flaky on {pick(r, BRANCHES)}, {r.randint(2, 9)}/10 runs\" --next \"bisect from {sha(r, 7)}\"",
                    f"handoff config set {pick(r, ['python', 'node'])} {r.randint(3, 22)}.{r.randint(0, 12)} --source .tool-versions",
                    f"handoff config set db.password_ref op://Eng/{pick(r, ['pg-stg', 'pg-dev'])}/password",
                    f"handoff done {r.randint(1, 40)}.{r.randint(1, 5)}",
                    f"handoff log --kind validation --since {r.randint(1, 48)}h --json"])


HANDOFF: list[Cat] = [
    ("handoff_cli_args_credential", "secret", 75, ho_secret),
    ("handoff_cli_args_prompt", "prompt", 70, ho_prompt),
    ("handoff_cli_args_benign", "benign", 95, ho_benign),
    ("handoff_docs_second_person", "benign", 15, lambda r: second_person_doc(r, "handoff")),
]

_unused = (FILES, jwt)
