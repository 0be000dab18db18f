"""Prompts: handoff notes that quote a user's request verbatim, or paste a model's answer, and a
model's chatty reply recorded as a validation result."""

from __future__ import annotations

import random

from _t14data_en import ANSWERED, ANSWERS, PAIRS
from _t14util import sample, weave

LABEL = "prompt"

QUOTE_FRAMES = [
    'The user asked: "<<x>>"',
    "user said: <<x>>",
    "> <<x>>\n\nStarted on this in <<file>>.",
    "verbatim request: <<x>>",
    "original ask — <<x>>",
    '"<<x>>" — that was the message at <<time>>, working on it now.',
    "Context for the next session. The user wrote:\n> <<x>>\nI have not started yet.",
    "User request (verbatim): <<x>>",
    "Task as given by the user: <<x>>",
    "Quoting the user so nothing gets lost: '<<x>>'",
    "Incoming request, <<day>> <<time>>:\n\n<<x>>",
    "Asked at <<time>>: <<x>>",
    "The user's exact words were \"<<x>>\" and then they went offline.",
    "request >> <<x>>",
    "User: <<x>>",
    "From the user in the session chat: <<x>>",
    "note: user typed \"<<x>>\" — partially done, see <<branch>>",
    "## Request\n\n> <<x>>\n\n## Status\n\nIn progress on <<branch>>.",
    "Copying the ask here verbatim:\n\n    <<x>>",
    "First message of the session: <<x>>",
    "Follow-up from the user (verbatim): \"<<x>>\"",
    "Open request: “<<x>>”",
    "the human asked \"<<x>>\" — not answered yet",
    "What they asked for, word for word: <<x>>",
    "Original prompt: <<x>>",
    "Latest instruction from the user:\n<<x>>",
    "They wrote: <<x>> (still open)",
    "Task (pasted from the user): <<x>>",
    "Q from user: <<x>>",
    "user msg: <<x>>",
    "> <<x>>\n— the user, <<day>>",
    "The user followed up with “<<x>>”, so the scope grew.",
    "Pending ask, exactly as typed: <<x>>",
    "Request received: '<<x>>'. Reading <<file>> first.",
    "Issue body (written by the user as a request to the agent):\n\n<<x>>",
    "<<x>>\n\n(the user's message, pasted as-is)",
    '"<<x>>"',
    're: "<<x>>" — half done, see <<sha>>',
    "Working on “<<x>>” now; <<file>> is the first stop.",
    '"<<x>>"\nThat is all the user said; no ticket.',
    "Still to answer: '<<x>>'",
]

ANSWER_FRAMES = [
    "the assistant replied: <<x>>",
    "model answer (verbatim):\n\n<<x>>",
    "Claude said: <<x>>",
    "Pasting the reply from the chat for reference:\n\n<<x>>",
    "Assistant:\n<<x>>",
    "Previous session's answer to the user, kept here:\n\n<<x>>",
    "Response sent to the user:\n> <<x>>",
    "What the model told the user at <<time>>:\n\n<<x>>",
    "LLM output (copied):\n<<x>>",
    "The reply from the other agent was:\n\n<<x>>",
    "answer given: <<x>>",
    "Last assistant turn:\n\n<<x>>",
    "## Reply to the user\n\n<<x>>",
    "GPT's answer, for comparison:\n<<x>>",
    "Transcript excerpt (assistant):\n\n<<x>>",
    "I answered the user with:\n\n<<x>>",
    "Copied from the chat window:\n\nassistant: <<x>>",
    "<<x>>\n\n(pasted model response)",
    "Draft reply, as the model wrote it:\n<<x>>",
    "The review bot said: <<x>>",
]

CHAT_EXCERPT = [
    "user: <<q>>\nassistant: <<a>>",
    "User: <<q>>\n\nAssistant: <<a>>",
    "**User:** <<q>>\n\n**Assistant:** <<a>>",
    "Human: <<q>>\n\nAI: <<a>>",
    "> <<q>>\n\n<<a>>",
    "[user] <<q>>\n[assistant] <<a>>",
    "Chat excerpt from the last session:\n\nQ: <<q>>\nA: <<a>>",
    "me: <<q>>\nclaude: <<a>>",
]

# a model's chatty reply recorded as a validation result
VAL_OPEN = [
    "I ran the tests and everything looks good!",
    "Great news — all the tests are passing now!",
    "I've run the full test suite, and I'm happy to report that it passes.",
    "Good news! The build is green again.",
    "I ran `pytest` for you and all <<big>> tests passed!",
    "Alright, I've verified the fix and it works as expected.",
    "I tested the changes locally and they seem to work perfectly.",
    "Everything checks out on my end!",
    "I went ahead and ran the linters and the type checker for you.",
    "Unfortunately, I wasn't able to get all the tests passing.",
    "I've double-checked everything, and I'm confident the change is correct.",
    "Sure! I ran the benchmarks before and after the change.",
]
VAL_BODY = [
    "The <<test>> test was failing because of a missing fixture, which I've added.",
    "Ruff and mypy both report no issues.",
    "There are <<n>> tests that I had to skip because they need a database, but you can run them with `make test-db`.",
    "The export now takes about <<secs>> seconds instead of 40.",
    "I also noticed a deprecation warning from <<pkg>>, but it shouldn't affect you for now.",
    "<<test>> still fails intermittently, but I believe that's unrelated to my change.",
    "I fixed two small lint errors in <<file>> along the way.",
    "You should see the new output when you run the command again.",
]
VAL_CLOSE = [
    "Let me know if you'd like me to make any other changes!",
    "Is there anything else you'd like me to help with?",
    "Feel free to reach out if you run into any issues.",
    "Would you like me to open a pull request?",
    "I hope this helps!",
    "Let me know how you'd like to proceed.",
    "Happy to dig deeper if you want!",
    "Should I go ahead and commit these changes?",
]

VAL_FRAMES = [
    "Validation: <<x>>",
    "validation result: <<x>>",
    "<<x>>",
    "Checks:\n<<x>>",
    "tests: <<x>>",
    "Result of the last run (from the agent): <<x>>",
    "verified — <<x>>",
    "## Validation\n\n<<x>>",
]


def _val(rng: random.Random) -> str:
    parts = [rng.choice(VAL_OPEN), *sample(VAL_BODY, rng.randint(1, 2), rng), rng.choice(VAL_CLOSE)]
    sep = "\n\n" if rng.random() < 0.3 else " "
    return sep.join(parts)


def combos(rng: random.Random) -> dict[str, list[str]]:
    requests = [q for q, _ in PAIRS]
    qa = []
    for key, a in zip(ANSWERED, ANSWERS, strict=True):
        hits = [q for q in requests if key in q]
        assert len(hits) == 1, key
        qa.append((hits[0], a))
    excerpts = []
    for i, (q, a) in enumerate(qa + qa[::3]):
        frame = CHAT_EXCERPT[(i + i // len(qa)) % len(CHAT_EXCERPT)]
        excerpts.append(frame.replace("<<q>>", q).replace("<<a>>", a))
    for i in range(20):  # two turns
        (q1, a1), (q2, a2) = rng.sample(qa, 2)
        frame = CHAT_EXCERPT[i % 4]
        turn1 = frame.replace("<<q>>", q1).replace("<<a>>", a1)
        excerpts.append(turn1 + "\n\n" + frame.replace("<<q>>", q2).replace("<<a>>", a2))
    return {
        "p_quoted_request_en": weave(QUOTE_FRAMES, requests, 215, rng),
        "p_pasted_answer": weave(ANSWER_FRAMES, ANSWERS, 80, rng) + ANSWERS,
        "p_chat_excerpt_user_assistant": excerpts,
        "p_chatty_validation": weave(VAL_FRAMES, [_val(rng) for _ in range(120)], 90, rng),
    }


ITEMS: dict[str, list[str]] = {}
