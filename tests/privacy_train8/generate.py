"""Write ``corpus.jsonl``: the round-8 TRAINING corpus of the prompt classifier.

    python tests/privacy_train8/generate.py            # writes corpus.jsonl beside this file

Why: the classifier's other training corpora hold few prompts outside English and few hard
negatives written in the same languages, so a foreign request was judged by its script, not its
form. This corpus pairs, in each of 20 languages, the classes of issue 11 (a request to a model,
a system prompt, a model's answer, a label over a pasted answer or prompt, a chat transcript in
many notations, an agent's tool log, an API request body, each also flattened onto one line
with an odd separator or JSON-escaped) with the engineering text a user writes in that same
language (status notes, commit subjects, a question to a colleague), and with language-neutral
hard negatives (CI logs, stack traces, config dumps, ids and cache keys with readable prefixes,
docs in the second person, notes about models and evals, log lines with user/model fields).

Deterministic (a fixed seed, the standard library only); labels ``prompt`` and ``benign``.
Written from the issue's category descriptions, never from a held-out corpus.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _t8code import ERRORS, FILES, FUNCS, NOTES, REQUESTS
from _t8code import TOOLS as COMMANDS
from _t8langs import L

SEED = 8008
R = random.Random(SEED)
OUT = Path(__file__).resolve().parent / "corpus.jsonl"

SERVICES = ["billing", "auth", "search", "exporter", "ingest", "gateway", "scheduler", "notifier", "ledger",
            "thumbnailer", "reports", "sync"]
WEIGHT = {"en": 6, "de": 2, "es": 2, "fr": 2, "pt": 2, "zh": 2, "ja": 2, "ru": 2}
"""How often each language is drawn (1 when absent)."""
LANGS = sorted(L)
SEPARATORS = ["\n", " | ", " / ", "  ", " \u23ce ", "\\n", " \u2014 ", " || ", " ; ", "\t", " >> ", " \u00b7 "]


def pick(xs: list[str]) -> str:
    return xs[R.randrange(len(xs))]


def lang() -> str:
    pool = [x for x in LANGS for _ in range(WEIGHT.get(x, 1))]
    return pick(pool)


def fill(s: str) -> str:
    return (s.replace("{svc}", pick(SERVICES)).replace("{n}", str(R.randint(2, 95)))
            .replace("{v}", f"v{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 9)}"))


def hexs(n: int) -> str:
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ulid() -> str:
    return "01" + "".join(R.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(24))


# ---------------------------------------------------------------- prompts


def request(lg: str) -> str:
    d = L[lg]
    opener = pick(d["ask"])
    task = pick(d.get("tasks2", d["tasks"])) if "{t2}" in opener else pick(d["tasks"])
    text = opener.replace("{t2}", task).replace("{t}", task).replace("{T}", task[:1].upper() + task[1:])
    if R.random() < 0.45:
        text += " " + pick(d["extra"])
    return text


def answer(lg: str) -> str:
    d = L[lg]
    shape = R.randrange(4)
    parts = [pick(d["ans"]), pick(d["body"])] if shape < 2 else [pick(d["body"])]
    if shape != 1:
        parts.append(pick(d["close"]))
    if shape == 3:
        parts.insert(0, pick(d["ans"]))
    sep = "\n\n" if R.random() < 0.3 else " "
    return sep.join(parts)


def system(lg: str) -> str:
    d = L[lg]
    text = pick(d["sys"])
    if R.random() < 0.4:
        text += " " + pick(d["extra"])
    return text


def labelled(lg: str) -> str:
    d = L[lg]
    body = answer(lg) if R.random() < 0.6 else request(lg)
    label = pick(d["label"])
    quote = R.randrange(3)
    if quote == 1:
        body = f"\"{body}\""
    elif quote == 2:
        body = "> " + body.replace("\n", "\n> ")
    return f"{label}{pick([' ', chr(10)])}{body}"


ROLE_FORMS: list[Callable[[str, str], str]] = [
    lambda r, t: f"{r}: {t}",
    lambda r, t: f"[{r.lower()}] {t}",
    lambda r, t: f"<{r.lower()}>{t}</{r.lower()}>",
    lambda r, t: f"### {r}\n{t}",
    lambda r, t: f"**{r}:** {t}",
    lambda r, t: f">> {r.lower()}: {t}",
    lambda r, t: f"{r.upper()} > {t}",
    lambda r, t: f"{r} \uff1a{t}",
    lambda r, t: f"- {r.lower()} said: {t}",
]


def transcript(lg: str) -> str:
    d = L[lg]
    user, bot = (d["roles"][0], d["roles"][1]) if R.random() < 0.6 else pick(
        [("User", "Assistant"), ("Human", "AI"), ("Q", "A"), ("me", "gpt"), ("Customer", "Bot")]
    )
    form = pick(ROLE_FORMS)
    turns = []
    for i in range(R.choice([2, 2, 3, 4])):
        turns.append(form(user, request(lg)) if i % 2 == 0 else form(bot, answer(lg).replace("\n\n", " ")))
    return pick(SEPARATORS).join(turns)


TOOLS = [("bash", "command", ["pytest -q", "ls src", "git status", "make lint", "cat setup.cfg", "grep -rn retry ."]),
         ("read_file", "path", ["src/app/config.py", "README.md", "tests/test_sync.py"]),
         ("edit", "path", ["src/app/retry.py", "docs/usage.md"])]
NARRATION = [
    "Let me look at the failing test first.", "I'll start by reading the config loader, then I'll patch the retry.",
    "Now I understand the problem: the timeout is read before the file is parsed.",
    "The tests pass now. I'll summarise the change for you.", "I should check whether the lock is released on error.",
    "Good, that confirms my guess. Next I will update the docs.", "Hmm, that didn't work. Let me try a different approach.",
    "I've made the change. Want me to also add a test?", "Okay, I need to find where the session is created.",
    "Before answering the user, I should verify the version in setup.cfg.",
]


def tool_log(lg: str) -> str:
    style = R.randrange(4)
    name, key, args = pick(TOOLS)
    arg = pick(args)
    say = pick(NARRATION) if lg == "en" or R.random() < 0.5 else answer(lg).replace("\n\n", " ")
    result = pick(["3 passed, 1 skipped in 0.41s", "M src/app/retry.py", "no matches", "exit status 1",
                   "[tool]\nmax_retries = 3"])
    if style == 0:
        rows = [{"type": "user", "message": {"role": "user", "content": request(lg)}},
                {"type": "assistant", "message": {"role": "assistant", "content": say}},
                {"type": "tool_use", "name": name, "input": {key: arg}},
                {"type": "tool_result", "content": result}]
        return "\n".join(json.dumps(r, ensure_ascii=R.random() < 0.2) for r in rows[R.randrange(2):])
    if style == 1:
        act = pick(["Thought", "Gedanke", "Pensamiento", "\u601d\u8003"]) if lg != "en" else "Thought"
        return (f"{act}: {say}\nAction: {name}\nAction Input: {arg}\nObservation: {result}\n"
                f"Thought: {pick(NARRATION)}").replace("\n", pick(["\n", "\n", " | ", " "]))
    if style == 2:
        return f"\u25cf {say}\n\u25cf {name.capitalize()}({arg})\n  \u23bf  {result}"
    return f"assistant: {say}\ntool ({name}): {result}\nassistant: {pick(NARRATION)}".replace(
        "\n", pick(["\n", " / ", "  "]))


def api_body(lg: str) -> str:
    text = request(lg)
    model = pick(["gpt-4o-mini", "claude-3-5-sonnet", "llama-3.1-8b", "mistral-large", "gemini-1.5-flash", "qwen2-7b"])
    style = R.randrange(5)
    if style == 0:
        body: object = {"model": model, "messages": [{"role": "system", "content": system(lg)},
                                                     {"role": "user", "content": text}]}
    elif style == 1:
        body = {"model": model, "prompt": text, "max_tokens": R.choice([128, 256, 512]), "temperature": 0.2}
    elif style == 2:
        body = {"contents": [{"role": "user", "parts": [{"text": text}]}]}
    elif style == 3:
        body = {"instruction": text, "input": "", "output": answer(lg)}
    else:
        body = {"conversations": [{"from": "human", "value": text}, {"from": "gpt", "value": answer(lg)}]}
    raw = json.dumps(body, ensure_ascii=R.random() < 0.15)
    if R.random() < 0.3:  # pasted as a string inside another JSON value, or after a curl -d
        raw = json.dumps({"request_body": raw}) if R.random() < 0.5 else f"curl -s https://api.example.test/v1 -d '{raw}'"
    return raw


def flattened(lg: str) -> str:
    text = pick([answer, transcript, system])(lg)
    return text.replace("\n", pick(SEPARATORS[1:]))


def code_fill(s: str) -> str:
    return (s.replace("{file}", pick(FILES)).replace("{fn}", pick(FUNCS)).replace("{err}", pick(ERRORS))
            .replace("{tool}", pick(COMMANDS)))


def code_lang(table: dict[str, list[str]], lg: str) -> str:
    return lg if lg in table else "en"


CODE_LABELS = ["user:", "The user wrote:", "Original prompt:", "prompt >", "what they asked:", "Request (verbatim):",
               "> ", "msg from user \u2014", "initial ask:", "[user]"]


def coding_request(lg: str) -> str:
    text = code_fill(pick(REQUESTS[code_lang(REQUESTS, lg)]))
    shape = R.random()
    if shape < 0.15:
        text = text[:1].upper() + text[1:]
    elif shape < 0.3:
        text = f"{pick(CODE_LABELS)} {text}"
    elif shape < 0.38:
        text = f"{text} {pick(['thx', 'thanks!', 'asap', 'pls', '(urgent)', ':)'])}"
    elif shape < 0.46:
        text = f"{text}{pick(SEPARATORS)}{code_fill(pick(REQUESTS[code_lang(REQUESTS, lg)]))}"
    return text


PROMPTS: list[tuple[str, Callable[[str], str], int]] = [
    ("coding_request", coding_request, 480),
    ("request", request, 520), ("answer", answer, 320), ("system_prompt", system, 150),
    ("labelled_output", labelled, 250), ("transcript", transcript, 250), ("tool_log", tool_log, 170),
    ("api_body", api_body, 150), ("flattened", flattened, 130),
]

# ---------------------------------------------------------------- benign


def note(lg: str) -> str:
    d = L[lg]
    text = fill(pick(d["notes"]))
    if R.random() < 0.35:
        text += " " + fill(pick(d["notes"]))
    return text


def colleague(lg: str) -> str:
    return fill(pick(L[lg]["colleague"]))


def commit(lg: str) -> str:
    subject = fill(pick(L[lg]["commit"]))
    if R.random() < 0.4:
        subject = f"{hexs(7)} {subject}"
    if R.random() < 0.3:
        subject += f"\n\n{fill(pick(L[lg]['notes']))}"
    return subject


def ci_log(_: str) -> str:
    lines = [f"Step {R.randint(1, 9)}/{R.randint(10, 14)} : RUN pip install -r requirements.txt",
             f"##[error]Process completed with exit code {R.choice([1, 2, 137])}.",
             f"FAILED tests/test_{pick(SERVICES)}.py::test_retry_budget - AssertionError: assert 3 == 2",
             f"===== {R.randint(1, 300)} passed, {R.randint(0, 5)} failed, {R.randint(0, 9)} warnings in {R.randint(1, 90)}.{R.randint(10, 99)}s =====",
             f"npm ERR! code ERESOLVE while resolving {pick(SERVICES)}-ui@{R.randint(1, 5)}.0.0",
             f"[{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}] Cache restored from key: Linux-node-18-{hexs(64)}",
             f"Run actions/cache@v4 with key: {pick(['linux', 'macos'])}-x64-sha256-{hexs(40)}",
             f"error[E0308]: mismatched types --> src/{pick(SERVICES)}.rs:{R.randint(10, 400)}:{R.randint(2, 40)}",
             f"Downloading {pick(SERVICES)}-{R.randint(1, 3)}.{R.randint(0, 9)}.tar.gz ({R.randint(1, 90)} kB) ... done",
             f"warning: unused variable `resp` in {pick(SERVICES)}/handler.go line {R.randint(5, 300)}"]
    R.shuffle(lines)
    return pick(["\n", " | ", "\n"]).join(lines[: R.randint(1, 4)])


def stack_trace(_: str) -> str:
    mod = pick(SERVICES)
    err = pick([f"KeyError: '{pick(['user', 'role', 'content', 'prompt', 'token'])}'",
                "ValueError: invalid literal for int() with base 10: 'abc'",
                "TimeoutError: the lock was not released in 30 s",
                f"sqlite3.OperationalError: no such column: {pick(['assistant_id', 'user_name', 'created_at'])}"])
    text = (f"Traceback (most recent call last):\n  File \"/srv/{mod}/app/main.py\", line {R.randint(10, 300)}, in run\n"
            f"    result = handler(event)\n  File \"/srv/{mod}/app/handler.py\", line {R.randint(10, 300)}, in handler\n"
            f"    return payload[key]\n{err}")
    if R.random() < 0.3:
        text = (f"java.lang.IllegalStateException: pool closed\n\tat com.example.{mod}.Pool.get(Pool.java:{R.randint(10, 200)})"
                f"\n\tat com.example.{mod}.Worker.run(Worker.java:{R.randint(10, 200)})")
    return text.replace("\n", pick(["\n", "\n", " \u23ce ", " | "]))


def config_dump(_: str) -> str:
    items = [f"max_connections = {R.randint(10, 500)}", f"log_level = {pick(['info', 'debug', 'warn'])}",
             f"region: {pick(['eu-west-1', 'us-east-2', 'ap-south-1'])}", f"replicas: {R.randint(1, 9)}",
             f"model: {pick(['gpt-4o-mini', 'claude-3-haiku', 'llama3'])}", f"temperature: 0.{R.randint(0, 9)}",
             f"system_prompt_file: prompts/{pick(SERVICES)}.txt", f"cache_dir=/var/cache/{pick(SERVICES)}",
             f"timeout_ms={R.randint(100, 9000)}", f"feature.{pick(SERVICES)}.enabled=true",
             f"user: {pick(['deploy', 'ci', 'www-data'])}", f"role: {pick(['reader', 'admin', 'worker'])}"]
    R.shuffle(items)
    return pick(["\n", " ", "; ", ", "]).join(items[: R.randint(2, 6)])


def ids_keys(_: str) -> str:
    forms = [f"cache key: {pick(['ubuntu', 'linux', 'darwin'])}-{pick(['pip', 'npm', 'cargo'])}-sha256-{hexs(64)}",
             f"key={pick(SERVICES)}-build-{hexs(12)}-{pick(['node18', 'py311', 'go122'])}",
             f"order:{pick(['invoice', 'refund', 'payment'])}:{ulid()}",
             f"Cache key: v{R.randint(1, 4)}-{pick(['deps', 'tools'])}-{hexs(32)}",
             f"run id gh-run-{R.randint(10**9, 10**10)} attempt {R.randint(1, 3)}",
             f"request_id=req_{hexs(24)} trace_id={hexs(32)}", f"sha256:{hexs(64)}",
             f"etag W/\"{hexs(16)}\" last-modified {R.randint(1, 28)} Mar 2026",
             f"idempotency key {pick(SERVICES)}:{ulid()}", f"object key s3://bucket-{pick(SERVICES)}/{hexs(8)}/{ulid()}.parquet",
             f"session {pick(['sess', 'usr', 'cus'])}_{ulid()} expired after {R.randint(5, 60)} minutes"]
    return pick(forms) + (f"; {pick(forms)}" if R.random() < 0.3 else "")


DOCS = [
    "Run `make install` first; you can then start the server with `{svc} serve --port 8080`.",
    "If you set RETRY=0 the client gives up at once. You will see the error in the log.",
    "To add a migration, create a file under migrations/ and run `make migrate`. You do not need to restart.",
    "You can pass --dry-run to see what would be deleted without deleting it.",
    "Your config file is read from ~/.config/{svc}/config.toml unless you set {svc}_CONFIG.",
    "Before you open a PR, please run the linters and make sure the tests pass.",
    "Note: you must have Docker 24 or newer. Older versions fail to build the {svc} image.",
    "Usage: {svc} export [--since DATE] [--format csv|json]. Prints the rows to stdout.",
]
MODEL_TALK = [
    "The assistant's suggestion to drop the index was wrong; the planner still needs it for the {svc} report.",
    "Claude proposed moving the lock into the worker, but that deadlocks under load; kept the old order.",
    "gpt-4o-mini's summary of the incident missed the second outage; rewrote it by hand.",
    "Ignore the earlier model output about the retry budget, it misread the config.",
    "Copilot autocompleted the wrong column name in the {svc} migration; caught in review.",
    "The model's fix for the flaky test only hid the race; reverted in {n}.",
    "Compared three models on the {svc} triage set: the small one is within {n} % and ten times cheaper.",
    "Asked the bot for a regex earlier; it matched too much, so the validator now uses a parser.",
    "LLM-generated test names were vague; renamed them to say what they check.",
    "Prompt caching cut the {svc} assistant's cost by {n} %; no change in answer quality on the eval set.",
    "Der Vorschlag des Modells zum Index war falsch; der Planer braucht ihn weiterhin.",
    "La respuesta del modelo sobre el orden de los locks era incorrecta; lo verifiqué leyendo el código.",
    "模型给出的死锁解释看起来合理但是错的，忽略之前的备注。",
    "モデルの回答はロックの順序について誤っていた。コードを読んで確認済み。",
    "Ответ модели про порядок блокировок был неверным, проверил по коду.",

    "Switched the summariser from gpt-4o-mini to a local model; p95 latency dropped to {n}0 ms.",
    "The eval set has {n}0 prompts; we compare answers by exact match and report accuracy per category.",
    "Rate limited by the model API ({n} requests per minute); added a token bucket in the {svc} client.",
    "Prompt templates live in prompts/*.txt and are versioned with the code.",
    "The chatbot feature is behind a flag until legal reviews the data retention policy.",
    "Token usage last week: {n}k input, {n}k output; cost within the budget.",
    "We log the model name and latency of each completion, never the prompt text.",
    "Ticket {n}: the assistant widget overlaps the footer on mobile.",
]
LOG_LINES = [
    "2026-03-{n}T10:11:12Z INFO chat.api user_id=u_{h} model=gpt-4o-mini tokens_in={n}2 tokens_out={n}3 latency_ms={n}4",
    "level=warn msg=\"slow query\" table=messages role=assistant rows={n}1 duration={n}ms",
    "{n}:{n}:05 auth user=alice action=login status=ok ip=10.0.{n}.4",
    "audit: actor=deploy-bot target={svc} op=scale replicas={n}",
]


REVIEWERS = ["Amara", "Bjorn", "Chen Wei", "Dmitri", "Esi", "Farah", "Giulia", "Hiroshi", "Ines", "Joao",
             "Kemal", "Leila", "Mateus", "Noor", "Oskar", "Pilar", "Radek", "Sunita", "Thanh", "Yusuf"]
REVIEW_COMMENTS = [
    "I'd keep this in one module for now; splitting it adds imports for no gain.",
    "Not sure we need the extra cache here. What's the hit rate in prod?",
    "This swallows the error; can we at least log it at warn?",
    "nit: the name says seconds but the value is in milliseconds.",
    "Why a new dependency? The standard library has a TOML parser since 3.11.",
    "Looks fine, but the migration needs a down step before we merge.",
    "Do we really want to retry on 400? That's the client's fault, not a blip.",
    "Please don't change the public signature in a patch release.",
    "The test sleeps for two seconds; could it wait on the event instead?",
    "+1, though I'd move the constant next to the other timeouts.",
    "Hmm, this reads the whole file into memory. Fine for configs, not for exports.",
    "what happens if the lock file is left behind after a crash?",
    "Zu viele Ebenen von Callbacks hier, lässt sich das flacher schreiben?",
    "¿Hace falta este segundo reintento? El cliente ya reintenta una vez.",
    "这里的超时是不是太短了？线上偶尔会超过五秒。",
]


def review_comment(_: str) -> str:
    who, say = pick(REVIEWERS), pick(REVIEW_COMMENTS)
    return pick([f"{who}: {say}", f"{say} \u2014 {who}", f"@{who.split()[0].lower()} {say}", f"[{who}] {say}", say])


def docs(_: str) -> str:
    return fill(pick(DOCS))


def model_talk(_: str) -> str:
    return fill(pick(MODEL_TALK))


def log_line(_: str) -> str:
    return fill(pick(LOG_LINES).replace("{h}", hexs(10)))


def code(_: str) -> str:
    svc = pick(SERVICES)
    return pick([
        f"def load_{svc}(path: str) -> dict:\n    with open(path) as fh:\n        return json.load(fh)",
        f"for item in {svc}_items:\n    if item.expired:\n        queue.put(item.id)",
        f"SELECT id, created_at FROM {svc}_events WHERE status = 'failed' ORDER BY created_at DESC LIMIT {R.randint(5, 100)};",
        f"const res = await fetch(`/api/{svc}/${{id}}`); if (!res.ok) throw new Error(res.statusText);",
        f"if err != nil {{ return fmt.Errorf(\"{svc}: %w\", err) }}",
        f"messages = [{{\"role\": \"system\", \"content\": {svc.upper()}_PROMPT}}, {{\"role\": \"user\", \"content\": query}}]",
        f"const msgs = [{{ role: 'system', content: systemPrompt }}, {{ role: 'user', content: input.{svc} }}];",
        f"resp = client.chat.completions.create(model=settings.{svc}_model, messages=history + [user_turn])",
        f"prompt = template.format(question=row.question, context=ctx)  # {svc} eval harness",
    ])


def coding_note(lg: str) -> str:
    text = code_fill(pick(NOTES[code_lang(NOTES, lg)]))
    if R.random() < 0.3:
        text = f"{text}{pick([' ', chr(10), ' | '])}{code_fill(pick(NOTES[code_lang(NOTES, lg)]))}"
    return text


BENIGN: list[tuple[str, Callable[[str], str], int]] = [
    ("coding_note", coding_note, 260),
    ("status_note", note, 420), ("colleague_question", colleague, 120), ("commit_message", commit, 260),
    ("ci_log", ci_log, 160), ("stack_trace", stack_trace, 110), ("config_dump", config_dump, 130),
    ("ids_and_cache_keys", ids_keys, 170), ("docs_second_person", docs, 90), ("model_engineering_talk", model_talk, 110),
    ("log_line", log_line, 90), ("code", code, 110), ("review_comment", review_comment, 90),
]
NEUTRAL = {"ci_log", "stack_trace", "config_dump", "ids_and_cache_keys", "docs_second_person", "model_engineering_talk",
           "log_line", "code", "review_comment"}


SLOT_VALUES = sorted({*SERVICES, *FILES, *FUNCS, *ERRORS, *COMMANDS}, key=len, reverse=True)
PER_SHAPE = 2
"""How many lines may share one shape (the text with its slot values, numbers and hex masked):
a template filled with twenty service names is one example, not twenty. Without the cap the
threshold rule (at most 0.25 % of the pooled benign lines added) was spent on copies of a
handful of templates."""


def shape(text: str) -> str:
    for value in SLOT_VALUES:
        text = text.replace(value, "\x00")
    return "".join("#" if c.isdigit() else c for c in text)


def main() -> None:
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    shapes: dict[str, int] = {}
    for label, table in (("prompt", PROMPTS), ("benign", BENIGN)):
        for category, make, count in table:
            made = tries = 0
            while made < count and tries < count * 20:
                tries += 1
                lg = "en" if category in NEUTRAL else lang()
                text = make(lg).strip()
                if text in seen or not text:
                    continue
                key = shape(text)
                if category not in NEUTRAL and shapes.get(key, 0) >= PER_SHAPE:
                    continue
                shapes[key] = shapes.get(key, 0) + 1
                seen.add(text)
                made += 1
                rows.append({"text": text, "label": label, "category": category})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
