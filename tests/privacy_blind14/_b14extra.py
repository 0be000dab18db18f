"""Two streams every blind14 situation shares, filled with that situation's questions (`{ask}`), artefacts
and answers: `flat_model_io` (prompts in compact or unusual notations: one-line transcripts, role tags
without colons, XML-style turns, dataset records, questions typed into a model CLI) and `colleague_ask`
(the same questions and imperatives addressed to a colleague, which are ordinary engineering text).
"""

from __future__ import annotations

FLAT_MODEL_IO = [
    "User: {ask}? Assistant: {ans}",
    "Human: {ask}? AI: {ans}",
    "[user] {ask}? [assistant] {ans}",
    "<user>{ask}?</user><assistant>{ans}</assistant>",
    "<system>You are a careful senior engineer. Answer briefly.</system><user>{ask}?</user>",
    "{\"prompt\": \"{ask}?\", \"completion\": \"{ansj}\"}",
    "{\"from\": \"human\", \"value\": \"{ask}?\"}, {\"from\": \"gpt\", \"value\": \"{ansj}\"}",
    "{\"speaker\": \"assistant\", \"text\": \"{ansj}\"}",
    "### Instruction\n{ask}?\n### Response\n{ans}",
    "llm -m {model} \"{ask}?\"",
    "ollama run {model} \"{ask}? answer in two sentences\"",
    "claude -p \"{ask}? Look at {x} before answering.\"",
    "me → {model}: {ask}?\n{model} → me: {ans}",
    "Q ({model}): {ask}?\nA: {ans}",
    "{model} says: {ans}",
    "## Conversation\n**You:** {ask}?\n**ChatGPT:** {ans}",
    "handoff note \"asked {model}: {ask}? It said: {ans}\"",
    "user › {ask}?\nassistant › {ans}",
]

COLLEAGUE_ASK = [
    "{h} {ask}? No rush, after standup is fine.",
    "{p}, {ask}? You know that part better than I do.",
    "Open question for the team: {ask}?",
    "Q from {p} in #eng: {ask}? (answered in thread)",
    "Agenda for Thursday: {ask}",
    "TODO(me): find out: {ask}?",
    "Ticket {tk}: {ask}? Assigning to {p}.",
    "{h} can you check {x} and tell me {ask}?",
    "Asked {p} {ask}; she thinks it's the pool size, will confirm tomorrow.",
    "Meeting notes {hhmm}: {p} raised {ask}. Decision: investigate before changing anything.",
    "handoff note \"{p} asked {ask}; not answered yet\" --next \"ask {p2} about {x}\"",
    "Before you start on {x}: read the runbook, then ping {h} with questions.",
    "Please look at {x} before the review and leave comments inline.",
    "If you have time today, pair with {p} on {x}; she's stuck on the same thing.",
    "Reminder to self: {ask}? Check with {p} first.",
    "{p}: quick one, {ask}? I'd like to decide before the freeze.",
]

# Multi-line working notes of the kind a person leaves at the end of a stint; near-miss values included.
WORKLOG = [
    "## Handoff {ts}\nDone: {x} checked, nothing changed.\nOpen: {ask}?\nRefs: {sha7}, {tk}",
    "Status\n- branch {br} @ {sha7}\n- CI: green ({n} jobs)\n- deploy token: ${{ secrets.DEPLOY_TOKEN }} (unchanged)\nNext\n- {p} reviews {x}",
    "notes {hhmm}\n{p} says {x} is fine on staging.\nartifact digest sha256:{sha256}\nask {h} tomorrow: {ask}?",
    "What I tried:\n1. restarted {svc}\n2. compared the config with {sha7}\n3. read the runbook again\nWhat's left: {ask}?",
    "Decision log\n- keep {x} as is until Monday\n- credentials stay in {vref}\n- owner: {p}",
    "Summary for {p}:\n{x}: investigated, not the cause.\nrequest ids: {uuid}, {uuid2}\nI'll pick it up again at {hhmm}.",
    "$ git log --oneline -1\n{sha7} fix {x}\n\nPR #{n2} is ready for review; {h} please take it.",
    "Env check\nDATABASE_URL=<from vault>\nAPI_KEY=(unset)\nREGION={region}\nall good, {p} confirmed",
    "Checklist\n[x] snapshot taken ({ulid})\n[x] {x} reviewed by {p}\n[ ] {ask}?",
    "Timeline\n{hhmm} started on {x}\n{hhmm2} {p} joined\nopen question: {ask}?",
    "Known good: {sha}\nKnown bad: {sha7}\nBisect log attached to {tk}.",
    "Links\n- dashboard: https://grafana.internal/d/{hex16}\n- ticket: {tk}\n- runbook: docs/runbooks/{svc}.md",
]
