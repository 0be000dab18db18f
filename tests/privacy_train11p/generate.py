"""Write ``corpus.jsonl``: the round-11 (prompts) TRAINING corpus of the prompt classifier.

    python tests/privacy_train11p/generate.py           # writes corpus.jsonl beside this file

Why: the classes blind5 and blind8 showed once they became development data, and the ones
round 10's held-out report named, each prompt shape beside a benign text of the same shape:

- product and UI copy written to the product's user in the second person (dialogs, empty
  states, onboarding, errors, notifications) -- against requests to a model about such copy;
- handoff notes narrated in the first person (what I did, what I had to pin, what is left),
  in plain and in learner's English -- against requests pasted into a note field with no cue;
- terse notes (``bumped x to 1.4``, ``regex for ipv4 fixed``) -- against terse prompts
  (``eli5 raft``, ``regex for ipv4?``, ``haiku about yaml``);
- code that builds a message for a person or a log (log lines, e-mail and i18n templates, SQL)
  -- against code that holds a prompt template (``PROMPT = \"\"\"...{doc}\"\"\"``, ``prompt: |``);
- notes pieced together from ids, paths, commands and plain sentences under labels ("Plan:",
  "Here's the order:"), some repeated: long and labelled, the length and label features alone
  must not make them prompts (benign only).

Not here: other languages. A first version put notes and requests in ten languages side by side
(four templates each) and twice the product copy; the leave-one-corpus-out prompt recall was
87.1 % with it, 88.4 % with this version (88.6 % with neither): a few templates a language teach
the model the notes' common words, not what a request is. blind5 and blind8 hold such requests,
written by other authors, and are training corpora now.

Deterministic (a fixed seed, the standard library only). Written from the category names and
the author's own wording, never from a line of any corpus.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parent / "corpus.jsonl"
R = random.Random(20261202)


def pick(xs: list[str]) -> str:
    return R.choice(xs)


PAGES = ["invoices", "projects", "billing", "team", "reports", "integrations", "inbox", "settings", "dashboard",
         "orders", "customers", "files", "calendar", "tasks"]
THINGS = ["workspace", "project", "board", "invoice", "report", "folder", "API key", "webhook", "team", "file",
          "dashboard", "integration", "subscription", "comment"]
PATHS = ["src/billing/invoice.py", "web/src/pages/Settings.tsx", "cmd/worker/main.go", "lib/export.rb",
         "app/api/routes.ts", "pkg/cache/lru.go", "services/auth/session.py", "charts/web/values.yaml",
         "scripts/backfill.sh", "crates/store/src/lib.rs", "Dockerfile", "migrations/0042_orders.sql"]
TESTS = ["test_export_last_row", "TestCacheEviction", "it_retries_on_503", "test_login_redirect",
         "TestWorkerShutdown", "spec/models/order_spec.rb", "test_tz_boundary", "test_parallel_upload"]
TOPICS = ["raft", "vector clocks", "CRDTs", "backpressure", "the CAP theorem", "bloom filters", "mTLS",
          "event sourcing", "consistent hashing", "B-trees", "OAuth PKCE", "WAL", "two-phase commit",
          "kubernetes operators", "green threads", "idempotency keys", "row-level security"]
TOOLS = ["ruff", "eslint", "golangci-lint", "mypy", "prettier", "terraform", "helm", "poetry", "pnpm", "black"]
DEPS = ["requests", "pydantic", "react", "axios", "tokio", "serde", "sqlalchemy", "lodash", "zod", "grpcio"]
NAMES = ["Marta", "Kenji", "Ola", "Sam", "Priti", "Jonas", "Lea", "Tomasz", "Ines", "Wei"]


def ver() -> str:
    return f"{R.randint(0, 9)}.{R.randint(0, 30)}.{R.randint(0, 12)}"


def fill(t: str) -> str:
    reps = {"{page}": lambda: pick(PAGES), "{thing}": lambda: pick(THINGS), "{path}": lambda: pick(PATHS),
            "{test}": lambda: pick(TESTS), "{topic}": lambda: pick(TOPICS), "{tool}": lambda: pick(TOOLS),
            "{dep}": lambda: pick(DEPS), "{ver}": ver, "{name}": lambda: pick(NAMES),
            "{n}": lambda: str(R.randint(2, 40))}
    for k, f in reps.items():
        while k in t:
            t = t.replace(k, f(), 1)
    return t


# ---------------------------------------------------------------- UI copy vs requests about copy

UI_EN = [
    "You have unsaved changes. Leave this page anyway?",
    "Are you sure you want to delete this {thing}? This can't be undone.",
    "Your {thing} was archived. You can restore it from Settings within {n} days.",
    "You don't have access to this {thing}. Ask an admin to invite you.",
    "Nothing here yet. Create your first {thing} to get started.",
    "Welcome back, {name}! Pick up where you left off.",
    "Your trial ends in {n} days. Upgrade to keep your {page} history.",
    "Check your inbox: we sent you a link to confirm your email address.",
    "You're offline. Your changes will sync when you reconnect.",
    "Drag files here or click to upload. You can add up to {n} files at a time.",
    "Your password must have at least {n} characters and one number.",
    "Tip: press / to search your {page} from anywhere.",
    "You've reached the limit of {n} {thing}s on your plan.",
    "We couldn't save your changes. Check your connection and try again.",
    "Your export is ready. Download it before the link expires in {n} hours.",
    "Invite your team so everyone can see the same {page}.",
    "You can now filter your {page} by owner and status.",
    "Do you want to turn on notifications for new comments?",
    "Your session has expired. Sign in again to continue.",
    "Tell us what you think of the new {page} page. It takes a minute.",
    "Enter the code we sent to your phone. Didn't get it? Resend in {n} seconds.",
    "Choose how you want to be notified when a {thing} changes.",
    "You are viewing an old version of this {thing}. Restore it or go back to the latest.",
    "Connect your calendar to see your {page} next to your meetings.",
    "Write a short description so your teammates know what this {thing} is for.",
    "Describe the problem you ran into and attach a screenshot if you can.",
    "Give your {thing} a name. You can change it later.",
    "Select the {page} you want to include in your weekly summary.",
    "Keep me signed in on this device",
    "By continuing you agree to our terms. You can cancel your subscription at any time.",
]
UI_OTHER = [
    "Sie haben ungespeicherte Änderungen. Möchten Sie die Seite trotzdem verlassen?",
    "Ihr Passwort muss mindestens {n} Zeichen lang sein.",
    "Vous n'avez pas encore de {page}. Créez votre premier projet pour commencer.",
    "Êtes-vous sûr de vouloir supprimer cet élément ? Cette action est irréversible.",
    "Tu sesión ha caducado. Vuelve a iniciar sesión para continuar.",
    "Aún no tienes proyectos. Crea el primero para empezar.",
    "Sua exportação está pronta. Baixe o arquivo antes que o link expire.",
    "Il tuo periodo di prova scade tra {n} giorni.",
    "保存されていない変更があります。このページを離れますか？",
    "您的会话已过期，请重新登录以继续。",
]
UI_WRAP = ["{ui}", "{ui}", "{ui}", "toast: {ui}", "\"{ui}\"", "empty_state.body = \"{ui}\"",
           "<p class=\"hint\">{ui}</p>", "msgid \"{ui}\"", "  title: \"{ui}\"", "t('{ui}')"]


def ui_copy() -> str:
    ui = fill(pick(UI_EN) if R.random() < 0.8 else pick(UI_OTHER))
    return pick(UI_WRAP).replace("{ui}", ui)


UI_ASK = [
    "Write the empty-state copy for our {page} page, two short sentences, friendly, no exclamation marks.",
    "Rewrite this error so it doesn't blame the user: \"{ui}\"",
    "Give me three options for the confirm button on the delete-{thing} dialog.",
    "Translate this onboarding string into German and keep it informal: {ui}",
    "Make this sound less robotic: {ui}",
    "Can you shorten this tooltip to under 60 characters? {ui}",
    "Suggest a subject line for the email we send when a {thing} is shared with someone.",
    "Draft the copy for a banner telling users the {page} page moves next week.",
    "Is this message clear to a non-technical user? {ui}",
    "write 5 variants of the upgrade prompt for users who hit the {thing} limit",
    "Proofread the settings page strings below and fix anything awkward:\n{ui}\n{ui2}",
    "What would be a better label than 'Submit' for the form that creates a {thing}?",
]


def ui_request() -> str:
    return fill(pick(UI_ASK)).replace("{ui}", fill(pick(UI_EN))).replace("{ui2}", fill(pick(UI_EN)))


# ---------------------------------------------------------------- first-person notes vs pasted requests

NARR = [
    "Tomorrow I continue with {path}, today I only got half of it done.",
    "Heads up for whoever picks this up: CI is green but I had to pin {tool} to {ver} because the new release flags half the codebase.",
    "I fixed {test}, the problem was a timezone that was never set in CI.",
    "I wasn't able to finish the migration because the staging db was locked by a long report query. {name} will check tomorrow.",
    "I increased the timeout of {test} from 5 to {n} seconds, please check if that is acceptable.",
    "Sorry this note is long! I started the CSV export in {path}; it works for small files but times out for big ones, I think we need to stream it.",
    "I left a TODO in {path} where I think the change should go.",
    "We reverted the {dep} bump, it broke the build on arm64. I opened an issue upstream.",
    "I spent most of the afternoon on {test}; it only fails when the suite runs in parallel.",
    "Today I did the review of {path} and left comments, the rest is for {name}.",
    "I have tried {n} times to reproduce the crash but I could not, maybe it was the old cache.",
    "I moved the retry logic into {path} and deleted the copy in the handler. Tests pass locally.",
    "We agreed with {name} to keep the old endpoint until the end of the month.",
    "I think the flaky part is the fixture, not the code. I didn't touch it yet.",
    "Just so you know: I rebased on main and force-pushed, so pull before you continue.",
    "I paused the rollout at 25% because error rates went up on {page}. Dashboards are linked in the PR.",
    "Done for today. I got {path} compiling again, the tests for it still fail.",
    "I had a look at the memory leak: it comes from the LRU in {path}, entries are never evicted.",
    "My plan for tomorrow is to split {path} in two and add tests for the parser.",
    "I couldn't get {tool} to run on my machine, so I disabled it in pre-commit for now.",
]
NARR_WRAP = ["{x}", "{x}", "{x}", "note: {x}", "Handoff: {x}", "{x} Thanks!", "{x}\n{y}", "- {x}\n- {y}"]


def narration() -> str:
    return fill(pick(NARR_WRAP).replace("{x}", pick(NARR)).replace("{y}", pick(NARR)))


PASTED = [
    "figure out why {test} flakes on CI and fix it",
    "look at {path} and tell me what the retry loop is for",
    "write the migration that adds a deleted_at column to orders and explain each step",
    "summarise what changed in {path} since last week in three bullets",
    "why does {tool} complain about {path}? give me the fix, not a lecture",
    "can you make {test} pass without touching the test itself",
    "explain the difference between the two caches in {path} like I'm new to the codebase",
    "refactor {path} so the client is created once and reused, keep the public API",
    "write unit tests for the parser in {path}, cover the empty input too",
    "go through the diff of {path} and point out anything that could deadlock",
    "turn these notes into a changelog entry for {dep} {ver}",
    "draft a reply to {name} explaining why we postponed the migration, keep it short",
    "find every place we call {dep} directly and wrap it behind one function",
    "pls add type hints to {path} and fix whatever mypy says after",
]
PASTED_WRAP = ["{x}", "{x}", "next: {x}", "- {x}", "todo: {x}", "{x}\n{y}", "{x}, thanks", "{X}."]


def pasted_request() -> str:
    x = pick(PASTED)
    return fill(pick(PASTED_WRAP).replace("{X}", x[:1].upper() + x[1:]).replace("{x}", x).replace(
        "{y}", pick(PASTED)))


# ---------------------------------------------------------------- terse notes vs terse prompts

TERSE_NOTE = ["bumped {dep} to {ver}", "{test} fixed", "wip: {topic} doc", "{path}: done", "regex for emails fixed",
              "reverted {dep} {ver}", "ci green", "{tool} pinned {ver}", "{test} skipped on windows",
              "renamed {path}", "perf ok after cache fix", "blocked on {name}", "{topic} notes in wiki",
              "merged, deploy tmrw", "haiku release tagged", "tl;dr: rollback worked", "sql for dedupe merged",
              "one-liner in Makefile now", "{n} rows backfilled", "eli5 section added to README"]
TERSE_PROMPT = ["eli5 {topic}", "regex for ipv4?", "{topic} vs {topic}?", "haiku about {tool}", "tl;dr this pls",
                "one-liner to count lines per file extension", "sql to dedupe users by email",
                "name ideas for a {thing} service?", "explain {topic} in 3 lines", "why is {dep} so slow?",
                "bash: rename all .jpeg to .jpg", "{topic}, simply", "fix this: TypeError: x is undefined",
                "convert to async/await pls", "better name for {path}?", "is {topic} overkill here?",
                "limerick about {dep}", "what's {topic}", "translate to french: {ui}", "make it shorter"]


def terse_note() -> str:
    return fill(pick(TERSE_NOTE))


def terse_prompt() -> str:
    return fill(pick(TERSE_PROMPT)).replace("{ui}", fill(pick(UI_EN)))


# ---------------------------------------------------------------- code templates

CODE_BENIGN = [
    'log.info(f"processed {{n}} rows from {{path}} in {{elapsed:.1f}}s")',
    'MSG = "Hi {{name}}, your invoice {{invoice_id}} is ready. You can download it from your account."',
    'subject = f"[{{project}}] build {{build_id}} failed on {{branch}}"',
    'raise ValueError(f"expected {{n}} columns, got {{len(row)}} in {{path}}")',
    'const toast = `Saved ${{count}} {thing}s to ${{folder}}`;',
    'QUERY = """\nSELECT id, email FROM users\nWHERE created_at > %(since)s\nORDER BY id\n"""',
    'fmt.Errorf("open %s: %w", path, err)',
    '"welcome_email": "Welcome to {{app}}, {{name}}! Your {thing} is ready."',
    'body: |\n  Hi {{ user.name }},\n  your export of {page} finished. Download it here: {{ link }}',
    'EMAIL_TEMPLATE = """Hello {{name}},\n\nYour password was changed on {{date}}. If this wasn\'t you, contact support.\n"""',
    'msg = t("errors.upload_too_large", limit=max_mb)',
    'print(f"{{name}} has {{n}} open {thing}s")',
    'commit_msg = f"chore: bump {{dep}} to {{version}}"',
    'alert_text = "Disk usage on {{host}} is {{pct}}%, above the {{limit}}% threshold."',
]
CODE_PROMPT = [
    'PROMPT = """You are reviewing a pull request.\nList the risky changes in {{diff}} and say why, one line each."""',
    'prompt = f"Summarize the ticket below in two sentences for a customer:\\n\\n{{ticket}}"',
    'messages.append({{"role": "user", "content": f"Explain this error to a junior dev: {{err}}"}})',
    'const prompt = `Write a friendly release note for these merged PRs:\\n${{prs.join("\\n")}}`;',
    'SYSTEM = "You answer questions about our {page} docs only. If unsure, say you don\'t know."',
    'prompt: |\n  Classify the support email below as billing, bug or other.\n  Answer with one word.\n  {{ email }}',
    'template = "Translate the following UI string into {{lang}}, keep placeholders intact: {{text}}"',
    'QUESTION = f"Given this stack trace, what is the most likely root cause?\\n{{trace}}"',
    'ask_llm(f"Rewrite {{name}}\'s commit message so it follows conventional commits: {{msg}}")',
    '[prompts.summary]\ntext = "Summarise the changes in {{diff}} as three bullet points for the changelog."',
    'llm.complete("Generate {n} realistic test names for a {thing} fixture, JSON array only")',
    'EXTRACT = """Extract the invoice number, total and due date from the text as JSON.\nText: {{doc}}"""',
    'instructions = "Act as a strict code reviewer. Point out bugs first, style last."',
    'user_msg = "Can you suggest a better name for the function below?\\n" + source',
]


def code_benign() -> str:
    return fill(pick(CODE_BENIGN)).replace("{{", "{").replace("}}", "}")


def code_prompt() -> str:
    return fill(pick(CODE_PROMPT)).replace("{{", "{").replace("}}", "}")


# ---------------------------------------------------------------- notes pieced together

PIECE_SENTENCES = [
    "Here's the order: schema, then the API, then the UI.", "Plan: migrate first, CLI after.",
    "Status: blocked on review.", "Next: wire the exporter into the nightly job.", "The cache is warm again.",
    "Rolled back at 14:10.", "Owner: {name}.", "Decision: keep the old endpoint for now.", "Tests pass locally.",
    "Here is what changed: the retry budget and the log format.", "Summary: two flaky tests, one real bug.",
    "Here is the order of work: tests first, then the refactor.", "Here's where we are: staging done, prod next.",
    "Order of work: parser, lexer, docs.", "The lock file is regenerated on every build.",
]
PIECE_COMMANDS = ["make test", "git rebase -i main", "docker compose up -d db", "pnpm run lint", "go test ./...",
                  "kubectl rollout status deploy/web", "cargo build --release", "pytest -q -k export"]


def piece() -> str:
    x = R.random()
    if x < 0.4:
        return fill(pick(PIECE_SENTENCES))
    if x < 0.55:
        return pick(PIECE_COMMANDS)
    if x < 0.7:
        return fill("{path}")
    if x < 0.85:
        return "".join(R.choice("0123456789abcdef") for _ in range(R.choice([7, 12, 40])))
    return f"{fill('{dep}')}=={ver()}"


def joined_note() -> str:
    """Ids, paths, commands and plain sentences, some under a label, joined as a note or a
    flattened field joins them: long, labelled and repetitive, and still no prompt."""
    parts = [piece() for _ in range(R.randint(3, 22))]
    if R.random() < 0.5:
        parts = parts[:R.choice([1, 2])] * R.randint(2, 8)
    return pick([" ", "\n", "; ", ", "]).join(parts)


PROMPTS: list[tuple[str, Callable[[], str], int]] = [
    ("ui_copy_request", ui_request, 160),
    ("pasted_request", pasted_request, 200),
    ("terse_prompt", terse_prompt, 160),
    ("code_prompt_template", code_prompt, 160),
]
BENIGN: list[tuple[str, Callable[[], str], int]] = [
    ("ui_copy", ui_copy, 160),
    ("note_narration", narration, 300),
    ("terse_note", terse_note, 160),
    ("code_template", code_benign, 160),
    ("joined_note", joined_note, 320),
]


def main() -> None:
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for label, table in (("prompt", PROMPTS), ("benign", BENIGN)):
        for category, make, count in table:
            made = tries = 0
            while made < count and tries < count * 30:
                tries += 1
                text = make().strip()
                if not text or text in seen:
                    continue
                seen.add(text)
                made += 1
                rows.append({"text": text, "label": label, "category": category})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
