"""Issue 11, session 18 (records): what integrations pipe in, read by its shape.

Synthetic records (ids from ``tests/_synthetic.py``, a fixed seed; never a line of any corpus):

- a chat app's message event (a Slack ``event_callback``, a Discord message, a Teams activity,
  a channel's export): a person's words to others, which are never stored; a bot's notification
  to a channel names no person and stays allowed (``handoff/privacy/chatevents.py``);
- an agent's session log forwarded under a short label, or read back inside a hook's
  ``tool_response.stdout``: the label is not the model speaking, and the nested log is judged on
  its own, not merged with the hook's keys (``records._log_head``, ``records._embedded``);
- records keyed by whose words they hold: an OTLP span's ``gen_ai.completion.N.content``
  attribute, a CLI's turn-complete notification (``input-messages``, ``last-assistant-message``),
  an observability tool's ``GENERATION`` record; redaction marks in them stay allowed.
"""

from __future__ import annotations

import json

from handoff.privacy import scan_text

from ._synthetic import Synthetic

_SYN = Synthetic(181818)


def _id(prefix: str, n: int = 10) -> str:
    return prefix + _SYN.rand(n)


def _rejected(text: str) -> bool:
    return bool(scan_text(text))


def _hook(stdout: str) -> str:
    return json.dumps({"session_id": _id("s", 20), "hook_event_name": "PostToolUse", "tool_name": "Bash",
                       "tool_input": {"command": "cat /tmp/inbox.json", "description": "read the inbox"},
                       "tool_response": {"stdout": stdout, "stderr": "", "interrupted": False}})


# -- chat app events ------------------------------------------------------------------------------

def test_a_members_message_event_is_chat_in_every_app_shape() -> None:
    slack = {"token": "redacted", "team_id": _id("T").upper(), "type": "event_callback",
             "event": {"type": "message", "channel": _id("C").upper(), "user": _id("U").upper(),
                       "text": "are you around after lunch? the canary looks off to me",
                       "ts": "1781234567.000100"}}
    discord = {"content": "sounds good, I'll grab the next slot", "channel_id": "112233445566778899",
               "author": {"username": "noor", "id": "998877665544332211"}}
    teams = {"type": "message", "from": {"name": "Ilse"}, "text": "kannst du heute noch drüberschauen?",
             "channelData": {"tenant": {"id": _id("t", 16)}}}
    for event in (slack, discord, teams):
        for text in (json.dumps(event), json.dumps(event, indent=2), json.dumps(event, ensure_ascii=False)):
            assert _rejected(text), text
        assert _rejected(_hook(json.dumps(event, indent=2))), event
    short = dict(discord, content="merci beaucoup!")
    assert _rejected(json.dumps(short))


def test_a_bots_notification_to_a_channel_is_not_chat() -> None:
    # the shape of an incoming webhook or an app's post: no member wrote it
    assert _rejected(json.dumps({"event": {"type": "message", "channel": "C0ABCDEF12", "user": "U0ABCDEF12",
                                           "text": "the canary looks fine from here, heading out now"}}))
    for bot in ({"channel": "#deploys", "username": "deploy-bot", "text": "Deploy of api v4.2.1 finished in 3m"},
                {"event": {"type": "message", "channel": "C0ABCDEF12", "bot_id": "B0ABCDEF12",
                           "user": "U0ABCDEF12", "text": "Nightly build failed on main, 3 tests red"}},
                {"content": "Release 2.8.0 is out, see the changelog", "channel_id": "112233445566778899",
                 "webhook_id": "223344556677889900", "author": {"username": "releases", "bot": True}},
                # "channel" in its other senses: a logger's, a package's, a release's
                {"message": "Member signed in from a new device", "context": {"user": "m.okafor"},
                 "level_name": "INFO", "channel": "security"},
                {"channel": "conda-forge", "user": "builder", "message": "Solving environment failed for scipy"},
                {"channel": "stable", "author": {"name": "release-train"},
                 "body": "Version 3.2 rolls out to every tenant"}):
        assert not _rejected(json.dumps(bot)), bot


def test_a_channels_export_holds_people_taking_turns() -> None:
    export = {"event": "chat.export", "channel": "#platform",
              "transcript": "oren: did the migration finish on staging?\nmai: not yet, it's stuck on the lock"}
    assert _rejected(json.dumps(export))
    assert _rejected(_hook(json.dumps(export)))
    assert _rejected(json.dumps({"event": "chat.export", "channel": "#ops",
                                 "transcript": "[09:12] <oren> anyone on call tonight?\n[09:14] <mai> me, until 2"}))


# -- an agent's own log, labelled or read back ----------------------------------------------------

def _tool_log(command: str) -> list[str]:
    call = _id("toolu_", 22)
    return [
        json.dumps({"type": "assistant", "sessionId": _id("s", 20), "message": {
            "role": "assistant", "model": "claude-sonnet-4-5", "content": [
                {"type": "tool_use", "id": call, "name": "Bash", "input": {"command": command}}]}}),
        json.dumps({"type": "user", "sessionId": _id("s", 20), "message": {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": call,
             "content": "===== test session starts =====\ncollected 212 items\n212 passed in 9.1s"}]}}),
    ]


def test_a_labelled_session_log_of_tool_calls_is_the_agents_own() -> None:
    log = "\n".join(_tool_log("pytest -q tests/unit"))
    assert not _rejected(log)
    assert not _rejected("Unit tests green on the release branch.\nRun the unit tests:\n" + log)


def test_a_session_log_read_back_by_a_hook_is_judged_on_its_own() -> None:
    log = "\n".join(_tool_log("pytest -q tests/unit"))
    assert not _rejected(_hook(log))
    rpc = {"jsonrpc": "2.0", "id": 7, "method": "tools/call", "params": {"name": "record_validation",
           "arguments": {"label": "unit tests", "status": "passed", "output": log}}}
    assert not _rejected(json.dumps(rpc, indent=2))
    chat = json.dumps({"type": "user", "message": {"role": "user", "content": [
        {"type": "text", "text": "please make the retry loop stop after five attempts and tell me why it spun"}]}})
    assert _rejected(_hook(log + "\n" + chat))


# -- records keyed by whose words they hold -------------------------------------------------------

def _otlp(key: str, value: str) -> str:
    return json.dumps({"traceId": _id("", 32), "spanId": _id("", 16), "name": "chat gpt-4.1", "attributes": [
        {"key": "gen_ai.request.model", "value": {"stringValue": "gpt-4.1"}},
        {"key": key, "value": {"stringValue": value}},
        {"key": "gen_ai.usage.output_tokens", "value": {"intValue": "311"}}]})


def test_an_otlp_span_attribute_holding_the_answer() -> None:
    assert _rejected(_otlp("gen_ai.completion.0.content",
                           "The lock is held because the worker never commits before it sleeps."))
    assert not _rejected(_otlp("gen_ai.completion.0.content", "[REDACTED]"))
    assert not _rejected(_otlp("gen_ai.response.finish_reasons", "stop"))


def test_a_turn_complete_notification_holds_the_prompts_and_the_reply() -> None:
    base = {"type": "agent-turn-complete", "thread-id": _id("", 20), "turn-id": "12", "cwd": "/srv/app"}
    assert _rejected(json.dumps(dict(base, **{"input-messages": [
        "rename the config loader and keep the old name as an alias for one release"]})))
    assert _rejected(json.dumps(dict(base, **{"last-assistant-message":
                                              "Done. I renamed it and added a deprecation warning."}), indent=2))
    assert not _rejected(json.dumps(dict(base, **{"input-messages": [], "last-assistant-message": None})))


def test_a_generation_record_holds_what_was_sent_and_returned() -> None:
    base = {"id": _id("", 20), "type": "GENERATION", "name": "summarize", "model": "gpt-4.1-mini",
            "usage": {"input": 812, "output": 96, "unit": "TOKENS"}}
    assert _rejected(json.dumps(dict(base, input="why does the nightly job time out only on mondays?")))
    assert not _rejected(json.dumps(dict(base, input="[redacted: 3 messages, 2210 chars]", output="[redacted]")))
    assert not _rejected(json.dumps(dict(base, input=None, output=None)))
