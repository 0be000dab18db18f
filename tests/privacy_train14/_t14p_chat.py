"""Prompts: chat between people (colleague chat lines with names and times, Slack-style threads,
Teams and Discord exports) and e-mail threads (greeting, body, sign-off, quoted previous message),
pasted into a handoff note or received as input."""

from __future__ import annotations

import random

from _t14util import POOLS, clock, fill, sample

LABEL = "prompt"

LINES = [
    "hey, is anyone looking at the red build?",
    "yeah I'm on it, looks like the lockfile again",
    "can you hold the deploy until I push the fix?",
    "sure, ping me when it's in",
    "did the migration run on staging?",
    "not yet, waiting for the backup to finish",
    "ugh, <<test>> failed again on my PR",
    "that one's flaky, just rerun it",
    "who owns the billing module these days?",
    "I think <<person>>, but ask in #payments",
    "lunch?",
    "5 min, finishing a review",
    "the release notes look good to me 👍",
    "can we push the freeze to <<day>>? two PRs still open",
    "fine by me, I'll tell the PM",
    "quick q: do we still need the v1 endpoints?",
    "no idea, check the access logs",
    "merged, thanks!",
    "I'll be out tomorrow, <<person>> covers on-call",
    "does anyone remember why we pinned <<pkg>>?",
    "there was a regression in the newer version, see <<pr>>",
    "omg the dashboard is down",
    "it's back, someone restarted the pod",
    "thanks for the quick review 🙏",
    "np! left two small comments",
    "meeting moved to <<time>>",
    "ok",
    "are we doing the retro today?",
    "can you send me the link to the design doc?",
    "here: docs/design/export-v2.md",
    "I disagree with dropping the cache, it saved us last week",
    "fair, let's talk after standup",
    "lol yes",
    "sorry, was in a call. what's up?",
    "the customer says exports time out again",
    "which customer? the big one?",
    "yep. I'll open a ticket",
    "I can pair on it after <<time>> if you want",
    "sounds good",
    "heads up: I'm force-pushing <<branch>>",
]

CHAT_FORMATS = [
    "[<<time>>] <<a>>: <<l>>",
    "<<a>> <<time>>\n<<l>>",
    "<<a>>: <<l>>",
    "<<time>> <<a>> > <<l>>",
    "**<<a>>** — <<l>>",
    "[<<day>> <<time>>] <<a>>: <<l>>",
    "<<a>> (<<time>>): <<l>>",
    "<<a>> — Today at <<time>>\n<<l>>",
    "<<a>> [<<time>>]: <<l>>",
    "<<time>> <<a>>: <<l>>",
]

CHAT_INTROS = [
    "", "", "", "Slack thread from #backend:\n\n", "Pasted from Teams:\n", "#dev-chat export:\n",
    "Discord, #help:\n", "Chat log with the team, for context:\n\n", "From the #release channel:\n",
    "Relevant chat:\n", "thread:\n", "Copied the conversation so the next session has it:\n\n",
]

GREETINGS = ["Hi <<b>>,", "Hello <<b>>,", "Hey <<b>>,", "Dear <<b>>,", "Hi all,", "<<b>>,", "Hi team,"]
BODIES = [
    "Thanks for the quick turnaround on the export fix. The customer confirmed it works on their side.",
    "Could you take a look at the release checklist before Friday? I'm not sure the migration step is right.",
    "Quick update: the staging deploy is done and the smoke tests pass. Production goes out tomorrow at 10.",
    "I've attached the logs from last night. It looks like the worker ran out of memory around 3am.",
    "We'd like to move the freeze to <<day>>, since two PRs are still in review. Does that work for you?",
    "Following up on our call: we agreed to keep both cache layers and shrink the in-memory one.",
    "Sorry for the late reply, I was travelling. The numbers in the report look correct to me.",
    "Can you confirm whether the v1 endpoints still get traffic? We'd like to remove them in the next release.",
    "The German translations are ready for review. Let me know if anything reads oddly.",
    "I won't be able to make it to the retro today. My notes are in the shared doc.",
]
SIGNOFFS = ["Best,\n<<a>>", "Thanks,\n<<a>>", "Cheers,\n<<a>>", "Kind regards,\n<<a>>", "— <<a>>", "Thanks!\n<<a>>",
            "Best regards,\n<<a>>\nPlatform team"]
QUOTED_PREV = [
    "On <<day>> at <<time>>, <<b>> wrote:\n> <<p>>",
    "-----Original Message-----\nFrom: <<b>>\nSent: <<day>> <<time>>\nSubject: Re: release\n\n<<p>>",
    "> <<p>>\n> \n> <<b>>",
]
EMAIL_INTROS = ["", "", "Email thread (pasted):\n\n", "From: <<a>>\nTo: <<b>>\nSubject: Re: export timeouts\n\n",
                "Fwd from the customer thread:\n\n", "Subject: release freeze\n\n"]


def _chat(rng: random.Random) -> str:
    people = sample(POOLS["person"], rng.randint(2, 3), rng)
    fmt = rng.choice(CHAT_FORMATS)
    start = rng.randrange(len(LINES) - 8)
    k = rng.randint(2, 7)
    times = clock(rng, k)
    out = []
    for j in range(k):
        line = fmt.replace("<<a>>", people[j % len(people)]).replace("<<time>>", times[j])
        out.append(fill(line.replace("<<l>>", LINES[start + j]), rng))
    sep = "\n\n" if "\n" in fmt else "\n"
    return fill(rng.choice(CHAT_INTROS), rng) + sep.join(out)


def _email(rng: random.Random) -> str:
    a, b = sample(POOLS["person"], 2, rng)
    body = " ".join(sample(BODIES, rng.randint(1, 2), rng))
    parts = [rng.choice(GREETINGS), body, rng.choice(SIGNOFFS)]
    if rng.random() < 0.6:
        parts.append(rng.choice(QUOTED_PREV).replace("<<p>>", rng.choice(BODIES)))
    text = rng.choice(EMAIL_INTROS) + "\n\n".join(parts)
    return fill(text.replace("<<a>>", a).replace("<<b>>", b), rng)


def combos(rng: random.Random) -> dict[str, list[str]]:
    return {
        "p_chat_between_people": [_chat(rng) for _ in range(80)],
        "p_email_thread": [_email(rng) for _ in range(60)],
    }


ITEMS: dict[str, list[str]] = {}
