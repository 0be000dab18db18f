"""Ordinary documents with neither a credential nor a prompt, including hard twins: text about keys and
models that carries none (where a key lives, placeholders, masked values, what a prompt template is
for, an author's own summary of a model's output)."""
import random

from _b24lang import filler, pick_lang, words
from _b24rand import HEX, clock, date, handle, person, rs, svc, ver

VARS = ["STRIPE_SECRET_KEY", "OPENAI_API_KEY", "DATABASE_URL", "GITHUB_TOKEN", "SLACK_WEBHOOK_URL", "AWS_SECRET_ACCESS_KEY", "SENDGRID_API_KEY", "DD_API_KEY", "VAULT_TOKEN", "DB_PASSWORD"]


def _head(r: random.Random, lang: str, title: str) -> list[str]:
    return [f"# {title}", f"{words(lang)[0]}: {person(r)}, {date(r)}", ""]


def _pad(r: random.Random, lang: str, lo: int, hi: int) -> list[str]:
    return filler(r, lang, r.randint(lo, hi))


def runbook_where_key_lives(r: random.Random) -> str:
    lang = pick_lang(r)
    v = r.choice(VARS)
    where = r.choice([f"Vault at `secret/{svc(r)}/prod`", "1Password, vault 'Platform – prod'", f"AWS Secrets Manager under `{svc(r)}/{v.lower()}`", "the sealed-secrets manifest in the infra repo", "GitHub Actions environment secrets (prod)"])
    body = [f"`{v}` is stored in {where}.", f"To rotate it: generate a new one in the vendor console, update {where.split(',')[0]}, then restart {svc(r)}.", "Never paste the value into tickets or chat; link to the secret path instead."]
    if r.random() < 0.3:
        return body[0]
    return "\n".join(_head(r, lang, f"Rotating {v}") + body + _pad(r, lang, 0, 5))


def wiki_placeholder_config(r: random.Random) -> str:
    lang = pick_lang(r)
    v = r.choice(VARS)
    ph = r.choice(["<your-key-here>", "${" + v + "}", "{{ secrets." + v + " }}", "YOUR_API_KEY", "xxxxxxxx", "changeme-in-prod", "$(vault read -field=value secret/app)", "<redacted>", "...", "env:" + v])
    return "\n".join(_head(r, lang, f"Configuring {svc(r)}") + _pad(r, lang, 0, 2) + ["```env", f"{v}={ph}", f"{svc(r).upper().replace('-', '_')}_URL=https://{svc(r)}.internal", "```"] + _pad(r, lang, 0, 3))


def masked_values_ticket(r: random.Random) -> str:
    lang = pick_lang(r)
    m = r.choice(["sk_live_****" + rs(r, HEX, 4), "ghp_************************", "AKIA************", "••••••••", "[REDACTED]", "xoxb-…-****", "postgres://app:*****@db.internal:5432/core", "Bearer <masked>"])
    return "\n".join([f"[HD-{r.randint(1000, 99999)}] 401 from {svc(r)} after rotation", f"Reporter: {person(r)}", "", f"Key in use (masked by the form): {m}", f"Fingerprint ends in {rs(r, HEX, 6)}; the rotation ran at {clock(r)}."] + _pad(r, lang, 0, 3))


def prompt_template_purpose_doc(r: random.Random) -> str:
    lang = pick_lang(r)
    p = r.choice(["The triage template classifies incoming tickets into three buckets and returns JSON; it lives in `prompts/triage.txt` and is versioned with the service.",
                  "Our summariser prompt takes the meeting transcript as context and produces action items. Changes to its wording need a review from the Support Tools team.",
                  "The system prompt for the help-centre bot sets tone, language and refusal rules. Its text is not reproduced here; see the repository.",
                  "We keep prompt templates in YAML with fields name, version, model and max_tokens; the loader fills the placeholders at runtime."])
    return "\n".join(_head(r, lang, "Prompt templates: ownership") + [p] + _pad(r, lang, 0, 4))


def author_summary_of_model_use(r: random.Random) -> str:
    lang = pick_lang(r)
    s = r.choice([f"We tried an LLM for drafting release notes for {svc(r)}; it saved about {r.randint(10, 40)} minutes per release but needed edits for version numbers.",
                  f"The model mis-labelled {r.randint(3, 20)} % of tickets in the pilot, mostly billing questions; we added a human review step.",
                  "Evaluation: accuracy improved after we shortened the context window. Cost per ticket is below one cent.",
                  f"{person(r)} compared three models on our FAQ set; the smallest one was good enough and twice as fast."])
    return "\n".join([s] + _pad(r, lang, 0, 3))


def meeting_notes_plain(r: random.Random) -> str:
    lang = pick_lang(r, 0.35)
    return "\n".join([f"{r.choice(['Weekly sync', 'Ops review', 'Planning', 'Retro'])} — {date(r)}", f"Attendees: {', '.join(person(r) for _ in range(r.randint(2, 5)))}", ""]
                     + [f"- {x}" for x in _pad(r, lang, 2, 7)] + ["", f"Next: {date(r)}"])


def changelog_release_notes(r: random.Random) -> str:
    items = r.sample(["Fixed a race in the retry queue", "Added CSV export for invoices", "Dropped support for Python 3.9", "Faster startup (lazy imports)",
                      "Token refresh now happens 5 minutes before expiry", "New `--dry-run` flag for migrations", "Prompt caching is now enabled by default for the summariser",
                      "Fixed typo in the password reset email", "Upgraded orjson", "Secrets are now read from the mounted volume instead of env vars"], r.randint(1, 5))
    return "\n".join([f"## {ver(r)} — {date(r)}", ""] + [f"- {i}" for i in items])


def csv_metrics_export(r: random.Random) -> str:
    rows = ["date,service,requests,errors,p95_ms"]
    for _ in range(r.randint(1, 8)):
        rows.append(f"{date(r)},{svc(r)},{r.randint(1000, 999999)},{r.randint(0, 500)},{r.randint(20, 900)}")
    return "\n".join(rows)


def notebook_cell_analysis(r: random.Random) -> str:
    n = r.randint(1, 40)
    return "\n".join([f"In [{n}]:", "df = pd.read_parquet('events.parquet')", f"df.groupby('{r.choice(['region', 'plan', 'service'])}')['latency_ms'].median()", "",
                      f"Out[{n}]:"] + [f"{x:<10}{r.randint(20, 400)}.0" for x in r.sample(["eu", "us", "apac", "free", "pro", "team"], 3)])


def postmortem_plain(r: random.Random) -> str:
    lang = pick_lang(r)
    return "\n".join([f"Postmortem: {svc(r)} outage ({date(r)})", "", "## Impact", f"{r.randint(2, 90)} minutes of elevated 5xx for {r.randint(1, 40)} % of requests.", "", "## Timeline"]
                     + [f"- {clock(r)} {x}" for x in _pad(r, lang, 2, 5)] + ["", "## Root cause", r.choice(["An expired TLS certificate on the internal load balancer.", "A config push removed the connection pool limit.", "The API key for the geo vendor was rotated but the old one was still cached."])])


def onboarding_checklist_plain(r: random.Random) -> str:
    items = r.sample(["Request access to Vault via the IT portal", "Set up 2FA on GitHub", "Read the architecture overview", "Pair with your buddy on a small ticket",
                      "Install the VPN client (credentials are sent by IT separately)", "Join the on-call shadow rotation", "Ask for an API key for the sandbox in #platform-help"], r.randint(3, 6))
    return "\n".join([f"Onboarding checklist — {r.choice(['backend', 'data', 'SRE'])}"] + [f"- [ ] {i}" for i in items])


def email_thread_plain(r: random.Random) -> str:
    lang = pick_lang(r)
    a, b = person(r), person(r)
    return "\n".join([f"From: {a}", f"To: {b}", f"{words(lang)[3]}: Re: {svc(r)} maintenance window", ""] + _pad(r, lang, 1, 3) + ["", a, "", f"> On {date(r)} {b} wrote:"]
                     + [f"> {x}" for x in _pad(r, lang, 1, 2)])


def rfc_design_doc(r: random.Random) -> str:
    lang = pick_lang(r)
    body = ["## Context"] + _pad(r, lang, 2, 4) + ["", "## Proposal", f"Move {svc(r)} to event sourcing with a compacted topic per tenant.", "", "## Alternatives"] + _pad(r, lang, 1, 3)
    body += ["", "## Security", "Service credentials come from workload identity; no long-lived keys are stored in the repo or images."]
    if r.random() < 0.25:
        body += ["", "## Appendix"] + _pad(r, lang, 35, 50)
    return "\n".join([f"RFC-{r.randint(10, 400)}: {svc(r)} storage redesign", f"Status: {r.choice(['Draft', 'Accepted', 'Superseded'])}", ""] + body)


def support_ticket_plain(r: random.Random) -> str:
    lang = pick_lang(r)
    return "\n".join([f"[HD-{r.randint(1000, 99999)}] {r.choice(['Export stuck at 99 %', 'Wrong timezone in report', 'Invite email not received', 'Slow dashboard'])}",
                      f"Reporter: {person(r)} | Assignee: {handle(r)}", ""] + _pad(r, lang, 1, 4))


def slides_export_plain(r: random.Random) -> str:
    lang = pick_lang(r)
    return "\n".join([f"Slide {r.randint(1, 30)}: {r.choice(['Q3 reliability', 'Roadmap', 'Cost review', 'AI features: what shipped'])}"] + [f"• {x}" for x in _pad(r, lang, 1, 4)])


def qa_post_plain(r: random.Random) -> str:
    lang = pick_lang(r)
    return "\n".join([f"Q: {r.choice(['Where do I find the staging API key?', 'How do we rotate the webhook secret?', 'Which model does the summariser use?', 'Why is the nightly ETL slow?'])}",
                      f"asked by {handle(r)}", "", f"A ({handle(r)}): " + r.choice(["It's in Vault under the service path; request access in the IT portal.", "See the rotation runbook; never post the value here.",
                                                                                  "A small hosted model; the choice is documented in RFC-212.", "The join on events is not partitioned."])] + _pad(r, lang, 0, 2))


BENIGN = [runbook_where_key_lives, wiki_placeholder_config, masked_values_ticket, prompt_template_purpose_doc, author_summary_of_model_use,
          meeting_notes_plain, changelog_release_notes, csv_metrics_export, notebook_cell_analysis, postmortem_plain,
          onboarding_checklist_plain, email_thread_plain, rfc_design_doc, support_ticket_plain, slides_export_plain, qa_post_plain]
