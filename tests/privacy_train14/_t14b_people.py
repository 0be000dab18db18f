"""Benign: the twins of pasted chat and e-mail: text with people's names and times that is not a
conversation (git log lines with authors, on-call rotas, meeting and decision notes in the agent's
words, CODEOWNERS, release checklists, e-mail and chat features described as code)."""

from __future__ import annotations

import random

from _t14util import clock, fill, weave

LABEL = "benign"

FRAMES = [
    "<<sha>> <<person>> <<day>> <<time>>  fix(<<mod>>): retry on 429",
    "Decided with <<person>> (call, <<day>>): keep both cache layers, shrink the LRU to 256.",
    "On-call: <<person>> until <<day>> <<time>> UTC, then <<person>>.",
    "Meeting notes <<day>>: release freeze moves to Friday; <<person>> owns the changelog; two PRs still in review.",
    "/billing/ @<<person>>\n/sync/ @<<person>> @<<person>>",
    "Release checklist (owner <<person>>): tag <<ver>>, publish wheels, announce on the mailing list.",
    "<<person>> confirmed by e-mail that the customer's exports work again; closing the incident.",
    "Standup summary: <<person>> is on the export timeouts, <<person>> reviews <<pr>>, nobody blocked.",
    "Reviewer for <<pr>>: <<person>> (approved at <<time>>).",
    "Incident timeline: <<t1>> alert fired; <<t2>> worker restarted by <<person>>; <<t3>> resolved.",
    "git blame: the pin on <<pkg>> was added by <<person>> in <<sha>> (regression in the newer version).",
    "Handover: <<person>> covers on-call tomorrow; nothing paged today.",
    "The `notify` module sends e-mails through the queue; retries 3 times, then logs to the dead-letter table.",
    "Slack webhook for the #release channel is configured in deploy/notify.yaml (URL from the environment).",
    "Chat export parser: one message per line, `[HH:MM] name: text`; malformed lines are skipped and counted.",
    "Retro action items: <<person>> adds a flaky-test label; <<person>> documents the freeze policy.",
    "Time off: <<person>> out <<day>>; reviews go to <<person>>.",
    "Customer contact for the export issue is <<person>> (support), not us.",
    "Pairing session with <<person>> at <<time>>: went through the retry wrapper, no changes.",
    "<<person>> and <<person>> agreed in the design review to drop the v1 endpoints in <<ver>>.",
]


EMAIL_TEMPLATES = [
    "templates/email/export_ready.txt:\n\nSubject: Your export is ready\n\nHi {{ user.first_name }},\n\nYour export of {{ workspace.name }} finished at {{ finished_at | time }}. Download it here: {{ download_url }}\n\nThe link expires in 7 days.\n\n— The {{ product_name }} team",
    "Subject: Password changed\n\nHello {name},\n\nThe password for your account was changed on {date}. If this was not you, reset it at {reset_url}.\n\nRegards,\n{product} Support",
    "welcome.html renders: greeting with {{ first_name }}, one paragraph on getting started, a button to {{ dashboard_url }}, footer with the unsubscribe link. Plain-text part generated from the HTML.",
    "Invoice e-mail (templates/invoice.mjml): 'Hi <%= customer.name %>, your invoice <%= invoice.number %> for <%= invoice.total %> is attached.' Sign-off is the company name, no personal sender.",
    "Digest template: Subject 'Your weekly summary ({{ week }})'; body lists {{ items|length }} updates; closing line 'You receive this because digests are on in your settings.'",
    "The failure notification reads: 'Hi ${OWNER}, the nightly job ${JOB} failed at ${TIME}. Logs: ${LOG_URL}'. Sent by the scheduler, not by a person.",
    "Subject: [{{ env }}] Deploy {{ version }} {{ status }}\n\n{{ commit_list }}\n\nTriggered by {{ actor }} via CI.",
    "Test fixture tests/data/bounce.eml: a delivery-status notification for user@example.org (550 mailbox unavailable); used to test the bounce parser.",
    "Email headers we set: From: noreply@example.org, Reply-To: support@example.org, List-Unsubscribe with the one-click URL.",
    "Trial-ending e-mail: '{first_name}, your trial ends in {days_left} days.' One CTA button; no reply expected (noreply sender).",
]


def combos(rng: random.Random) -> dict[str, list[str]]:
    out = [fill(t, rng, t1=a, t2=b, t3=c) if "<<t1>>" in t else t for t in weave(FRAMES, [""], 105, rng)
           for a, b, c in [clock(rng, 3)]]
    templates = [fill(t, rng) for t in EMAIL_TEMPLATES]
    return {"b_people_times_not_chat": out, "b_email_template_not_correspondence": templates}


ITEMS: dict[str, list[str]] = {}
