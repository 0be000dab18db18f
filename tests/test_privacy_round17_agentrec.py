"""Issue 11, session 17 (agent records): an agent's own machine records, read as the agent's.

What agents write from hooks, MCP servers and CI is often their own session log, raw: a rollout's
tool call and its output, a transcript's compaction marker, a file an agent wrote or read, an
OpenTelemetry span. With no user text and no model text in them they are benign. The classes the
JSON record cue (``handoff/privacy/records.py``) used to misread, as synthetic records (ids from
``tests/_synthetic.py``, a fixed seed; never a line of any corpus):

- a string holding escaped line breaks (a command's output, a file's text): the scanner reads
  each ``\\n`` as a line break, so one record of JSON lines ran over several lines and the whole
  log was judged as one document, its call and its output making a turn together;
- a speaker named only as the kind of an event (``"type": "system"`` on a compaction marker)
  with two words under ``content``;
- a tool's result typed ``"text"`` (a file read) taken for a message's text block;
- a pretty-printed tool call whose ``input`` holds a written file's comment.

And what stays caught: the same frames carrying a user's request or a model's answer, and a
span's ``gen_ai.prompt.N.content`` / ``gen_ai.completion.N.content`` attributes written as JSON
(until now read only in the ``key="..."`` form).
"""

from __future__ import annotations

import json

from handoff.privacy import scan_text

from ._synthetic import Synthetic

_SYN = Synthetic(171717)


def _id(prefix: str, n: int = 24) -> str:
    return prefix + _SYN.rand(n)


def _prompt_rules(text: str) -> list[str]:
    return [f.rule for f in scan_text(text) if f.rule.startswith(("prompt-record", "chat-"))]


def _rollout_call_and_output(command: str, output: str) -> str:
    call_id = _id("call_")
    call = {"timestamp": "2026-11-02T09:32:49.811Z", "type": "response_item",
            "payload": {"type": "function_call", "name": "shell", "call_id": call_id,
                        "arguments": json.dumps({"command": ["bash", "-lc", command], "workdir": "/srv/app"})}}
    done = {"timestamp": "2026-11-02T09:32:53.101Z", "type": "response_item",
            "payload": {"type": "function_call_output", "call_id": call_id,
                        "output": json.dumps({"output": output,
                                              "metadata": {"exit_code": 1, "duration_seconds": 3.6}})}}
    return json.dumps(call) + "\n" + json.dumps(done)


def test_a_rollouts_call_and_its_multiline_output_are_the_agents() -> None:
    text = _rollout_call_and_output(
        "go test ./...",
        "ok  \texample.org/app/store\t0.412s\n--- FAIL: TestCompact (0.03s)\n"
        "    compact_test.go:57: got 3 segments, want 2\nFAIL\texample.org/app/compact\t0.118s")
    assert _prompt_rules(text) == []
    user = {"timestamp": "2026-11-02T09:30:00.000Z", "type": "event_msg",
            "payload": {"type": "user_message", "message": "can you find out why the compact test fails and fix it?"}}
    assert "prompt-record-json" in _prompt_rules(json.dumps(user) + "\n" + text)


def test_a_compaction_marker_is_no_system_turn() -> None:
    marker = {"parentUuid": _id("p"), "sessionId": _id("s"), "type": "system", "subtype": "compact_boundary",
              "content": "Conversation compacted", "level": "info",
              "compactMetadata": {"trigger": "auto", "preTokens": 103810}}
    assert _prompt_rules(json.dumps(marker, indent=2)) == []
    assert _prompt_rules(json.dumps(marker)) == []
    system = {"role": "system", "content": "Answer in French, briefly and politely."}
    assert _prompt_rules(json.dumps(system)) != []


def _tool_use(name: str, tool_input: dict[str, object], text: str | None = None) -> dict[str, object]:
    blocks: list[dict[str, object]] = []
    if text is not None:
        blocks.append({"type": "text", "text": text})
    blocks.append({"type": "tool_use", "id": _id("toolu_01"), "name": name, "input": tool_input})
    return {"type": "assistant", "sessionId": _id("s"),
            "message": {"id": _id("msg_01"), "type": "message", "role": "assistant", "model": "claude-x",
                        "content": blocks, "stop_reason": "tool_use",
                        "usage": {"input_tokens": 12, "output_tokens": 80}}}


def test_a_pretty_printed_write_call_holds_the_files_words() -> None:
    written = ("# Configuración del reintento: tres intentos con espera exponencial.\n"
               "REINTENTOS = 3\nESPERA_BASE = 0.5  # segundos\n")
    record = _tool_use("Write", {"file_path": "/srv/app/config_es.py", "content": written})
    assert _prompt_rules(json.dumps(record, indent=2, ensure_ascii=False)) == []
    assert _prompt_rules(json.dumps(record, ensure_ascii=False)) == []
    said = _tool_use("Write", {"file_path": "/srv/app/config_es.py", "content": written},
                     text="I'll lower the retry count as you asked and add a comment explaining why.")
    assert _prompt_rules(json.dumps(said, indent=2, ensure_ascii=False)) != []


def test_a_file_reads_result_is_not_a_text_block() -> None:
    tool_id = _id("toolu_01")
    source = "def schedule(name: str, every: int) -> None:\n    REGISTRY[name] = every\n"
    shown = "    1\tdef schedule(name: str, every: int) -> None:"
    result = {"type": "user", "sessionId": _id("s"),
              "message": {"role": "user", "content": [{"tool_use_id": tool_id, "type": "tool_result",
                                                        "content": shown}]},
              "toolUseResult": {"type": "text", "file": {"filePath": "/srv/app/jobs.py", "content": source,
                                                          "numLines": 2, "startLine": 1, "totalLines": 2}}}
    assert [f.rule for f in scan_text(json.dumps(result)) if f.rule == "prompt-record-json"] == []
    asked = {"type": "user", "message": {"role": "user", "content": [
        {"type": "text", "text": "please make schedule() reject a negative interval"}]}}
    assert _prompt_rules(json.dumps(asked)) != []


def _span(attributes: dict[str, object]) -> dict[str, object]:
    return {"name": "chat model-x", "context": {"trace_id": _SYN.hex(32), "span_id": _SYN.hex(16)},
            "kind": "SpanKind.CLIENT", "start_time": 1793006924013009511, "end_time": 1793006924423518113,
            "attributes": {"gen_ai.operation.name": "chat", "gen_ai.request.model": "model-x",
                           "gen_ai.usage.input_tokens": 669, **attributes}}


def test_a_spans_prompt_and_completion_attributes_in_json_are_caught() -> None:
    plain = _span({"gen_ai.response.finish_reasons": ["stop"], "gen_ai.usage.output_tokens": 53})
    assert _prompt_rules(json.dumps(plain, indent=2)) == []
    said = "The fixture writes 4095 rows; I raised it to 4096 and the test passes."
    answer = _span({"gen_ai.completion.0.role": "assistant", "gen_ai.completion.0.content": said})
    assert "prompt-record-json" in _prompt_rules(json.dumps(answer, indent=2))
    asked = _span({"gen_ai.prompt.0.role": "user", "gen_ai.prompt.0.content": "why does the export stop at 4095 rows?"})
    pasted = json.dumps({"level": "debug", "msg": "span", "payload": json.dumps(asked)})
    assert "prompt-record-json" in _prompt_rules(pasted)
    cjk = _span({"gen_ai.completion.0.content": "原因が分かりました。キャッシュが件数で削除していたので修正しました。"})
    assert "prompt-record-json" in _prompt_rules(json.dumps(cjk, ensure_ascii=False))


def test_a_grep_of_the_code_that_builds_messages_is_no_turn() -> None:
    stdout = ("src/app/llm/build.py:14:    messages = [{\"role\": \"system\", \"content\": SYSTEM_PROMPT}]\n"
              "src/app/llm/build.py:15:    messages.append({\"role\": \"user\", \"content\": question})\n"
              "src/app/llm/parse.py:9:    if msg[\"role\"] == \"assistant\":")
    payload = {"session_id": _id("s"), "hook_event_name": "PostToolUse", "tool_name": "Bash",
               "tool_input": {"command": "grep -rn '\"role\"' src/app/llm"},
               "tool_response": {"stdout": stdout, "stderr": "", "interrupted": False}}
    assert _prompt_rules(json.dumps(payload)) == []
    asked = "[{\"role\": \"user\", \"content\": \"why is the export capped at 4095 rows?\"}]"
    pasted = {"tool_response": {"stdout": asked}}
    assert _prompt_rules(json.dumps(pasted)) != []


def test_a_spans_output_messages_attribute_is_caught_beside_other_records() -> None:
    said = [{"role": "assistant", "parts": [{"type": "text", "content": "J'ai trouvé le problème : la fixture "
                                                                       "n'écrit que 4095 lignes."}]}]
    span = _span({"gen_ai.output.messages": json.dumps(said, ensure_ascii=False)})
    result = {"type": "user", "message": {"role": "user", "content": [
        {"tool_use_id": _id("toolu_01"), "type": "tool_result", "content": "1 file changed"}]}}
    flat = json.dumps(span, ensure_ascii=False) + " " + json.dumps(result)
    assert "prompt-record-json" in _prompt_rules(flat)
    plain = _span({"gen_ai.output.messages": json.dumps([{"role": "assistant", "parts": []}])})
    assert _prompt_rules(json.dumps(plain) + " " + json.dumps(result)) == []
