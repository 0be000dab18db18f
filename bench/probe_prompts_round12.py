# ruff: noqa: E501  (sentences of other scripts written as \u escapes, one a line)
"""Round-12 prompt probes: the classes session 12 worked on, each with benign twins, scanned with
``handoff.privacy.scan_text`` (rules and the shipped classifier).

    PYTHONPATH=. python bench/probe_prompts_round12.py [-v]

Written for session 12 from the failure classes (never a corpus line). Prints recall per class,
the benign twins flagged per class, and with ``-v`` every miss and false positive. In-sample:
the fixes of session 12 were chosen from these classes, so the figure after them says the
classes are closed, not how the filter does on text it was not written against.

Not a test: a probe that prints figures.
"""

from __future__ import annotations

import json
import sys

from probe_report import report

Class = tuple[str, list[str], list[str]]


def _j(*records: dict[str, object]) -> str:
    return "\n".join(json.dumps(r) for r in records)


def tool_records() -> Class:
    """An agent's tool call is a turn beside the model's own words; alone it is an event."""
    calls = [
        {"type": "tool_use", "id": "toolu_01a", "name": "Bash", "input": {"command": "cargo test -p store"}},
        {"type": "tool_use", "name": "Edit", "input": {"file_path": "src/lock.rs", "old_string": "a", "new_string": "b"}},
        {"type": "tool_use", "name": "Glob", "input": {"pattern": "**/*.proto"}},
        {"type": "function_call", "name": "shell", "arguments": "{\"cmd\": [\"make\", \"check\"]}"},
    ]
    words = [
        {"type": "text", "text": "The store tests hang on the second lock; I will add a timeout and rerun."},
        {"type": "text", "text": "Found it: the proto files moved under api/, so the glob in build.rs misses them."},
    ]
    results = [
        {"type": "user", "message": {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "toolu_01a", "content": "test result: ok. 41 passed"}]}},
        {"type": "user", "message": {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "toolu_01b", "content": "error: linker cc not found"}]}},
        {"type": "tool_result", "tool_use_id": "toolu_01c", "content": "3 files changed", "is_error": False},
    ]
    positives = [
        _j(calls[0], words[0]),
        _j(calls[2], words[1], results[2]),
        json.dumps(calls[1]) + "\nI'll patch the lock first, then run the suite again.",
        _j({"type": "assistant", "message": {"role": "assistant", "content": [
            {"type": "text", "text": "Let me check which test leaks the file handle."}, calls[0]]}}),
        "> why does the store test hang on CI only?\n\u25cf Bash(cargo test -p store)\n  \u23bf  1 failed",
        "\u25cf Read(src/lock.rs)\n  \u23bf  Read 88 lines\n\u25cf The guard is dropped before the write; moving it fixes the race.",
        _j(calls[3], {"type": "message", "role": "user", "content": "now explain what that check does"}),
    ]
    twins = [
        *(json.dumps(c) for c in calls),
        *(json.dumps(r) for r in results),
        _j(calls[0], results[0]),
        _j(results[1], calls[1], results[2]),
        "\u25cf Bash(cargo test -p store)\n  \u23bf  test result: ok. 41 passed",
        "\u25cf Glob(**/*.proto)\n  \u23bf  Found 12 files\n\u25cf Read(api/v1/store.proto)\n  \u23bf  Read 140 lines",
    ]
    return "tool-call records", positives, twins


def react_json() -> Class:
    """A ReAct step written as JSON: the model's thought is its own words."""
    positives = [
        _j({"step": 2, "thought": "The config loader reads the env var before the file, so the file wins silently.",
            "action": "read_file", "action_input": "config/loader.py"}),
        json.dumps({"thought": "I should check whether the migration ran on the replica too",
                    "action": {"tool": "sql", "query": "select 1"}}),
    ]
    twins = [
        _j({"step": 2, "action": "read_file", "args": {"path": "config/loader.py"}, "observation": "exit 0"}),
        json.dumps({"action": "deploy", "target": "staging", "status": "done"}),
        json.dumps({"thought_count": 3, "action_count": 5, "tokens": 812}),
    ]
    return "react-json", positives, twins


def foreign_roles() -> Class:
    """Transcripts whose speakers are named in the user's language."""
    positives = [
        "\u0e1c\u0e39\u0e49\u0e43\u0e0a\u0e49: \u0e0a\u0e48\u0e27\u0e22\u0e2a\u0e23\u0e38\u0e1b\u0e1a\u0e17\u0e04\u0e27\u0e32\u0e21\u0e19\u0e35\u0e49\u0e43\u0e2b\u0e49\u0e2b\u0e19\u0e48\u0e2d\u0e22\n"
        "\u0e1c\u0e39\u0e49\u0e0a\u0e48\u0e27\u0e22: \u0e44\u0e14\u0e49\u0e40\u0e25\u0e22 \u0e1a\u0e17\u0e04\u0e27\u0e32\u0e21\u0e19\u0e35\u0e49\u0e1e\u0e39\u0e14\u0e16\u0e36\u0e07\u0e01\u0e32\u0e23\u0e41\u0e04\u0e0a\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25",
        "\u03a7\u03c1\u03ae\u03c3\u03c4\u03b7\u03c2: \u03c4\u03b9 \u03b5\u03af\u03bd\u03b1\u03b9 \u03c4\u03bf Kubernetes;\n"
        "\u0392\u03bf\u03b7\u03b8\u03cc\u03c2: \u0395\u03af\u03bd\u03b1\u03b9 \u03ad\u03bd\u03b1 \u03c3\u03cd\u03c3\u03c4\u03b7\u03bc\u03b1 \u03b3\u03b9\u03b1 \u03ba\u03bf\u03bd\u03c4\u03ad\u03b9\u03bd\u03b5\u03c1.",
        "U\u017eivatel: napi\u0161 mi b\u00e1se\u0148 o podzimu\nAsistent: Listy padaj\u00ed, v\u00edtr si hraje s nimi.",
        "\u041a\u043e\u0440\u0438\u0441\u0442\u0443\u0432\u0430\u0447: \u043f\u043e\u044f\u0441\u043d\u0438 \u0449\u043e \u0442\u0430\u043a\u0435 DNS\n"
        "\u0410\u0441\u0438\u0441\u0442\u0435\u043d\u0442: DNS \u043f\u0435\u0440\u0435\u0442\u0432\u043e\u0440\u044e\u0454 \u0456\u043c\u0435\u043d\u0430 \u043d\u0430 \u0430\u0434\u0440\u0435\u0441\u0438.",
        "Anv\u00e4ndare: skriv en kort dikt om h\u00f6sten | Assistent: L\u00f6ven faller, vinden leker.",
        "K\u00e4ytt\u00e4j\u00e4: kirjoita lyhyt runo syksyst\u00e4\nAvustaja: Lehdet putoavat, tuuli leikkii.",
        "Utilizator: explic\u0103-mi ce este un index\nAsistent: Un index grabe\u0219te c\u0103utarea \u00een tabel\u0103.",
    ]
    twins = [
        "U\u017eivatel admin nem\u00e1 p\u0159\u00edstup k repozit\u00e1\u0159i, opraveno v #412.",
        "Anv\u00e4ndare rapporterar att inloggningen \u00e4r l\u00e5ngsam sedan 2.3.",
        "\u0391\u03bd\u03b1\u03b2\u03ac\u03b8\u03bc\u03b9\u03c3\u03b7 \u03c4\u03b7\u03c2 \u03b2\u03ac\u03c3\u03b7\u03c2 \u03c3\u03c4\u03bf staging \u03bf\u03bb\u03bf\u03ba\u03bb\u03b7\u03c1\u03ce\u03b8\u03b7\u03ba\u03b5.",
        "Utilizator nou creat pentru CI; rolul este read-only.",
    ]
    return "foreign speaker names", positives, twins


def thai_requests() -> Class:
    """Requests in Thai, a script written without blanks between words (the classifier's
    character n-grams)."""
    positives = [
        "\u0e0a\u0e48\u0e27\u0e22\u0e40\u0e02\u0e35\u0e22\u0e19\u0e2d\u0e35\u0e40\u0e21\u0e25\u0e2a\u0e31\u0e49\u0e19\u0e46\u0e16\u0e36\u0e07\u0e25\u0e39\u0e01\u0e04\u0e49\u0e32\u0e40\u0e1e\u0e37\u0e48\u0e2d\u0e02\u0e2d\u0e42\u0e17\u0e29\u0e17\u0e35\u0e48\u0e23\u0e30\u0e1a\u0e1a\u0e25\u0e48\u0e21\u0e2b\u0e19\u0e48\u0e2d\u0e22\u0e04\u0e23\u0e31\u0e1a",
        "\u0e2d\u0e18\u0e34\u0e1a\u0e32\u0e22\u0e43\u0e2b\u0e49\u0e2b\u0e19\u0e48\u0e2d\u0e22\u0e27\u0e48\u0e32 recursion \u0e04\u0e37\u0e2d\u0e2d\u0e30\u0e44\u0e23 \u0e41\u0e1a\u0e1a\u0e07\u0e48\u0e32\u0e22\u0e46 \u0e2a\u0e33\u0e2b\u0e23\u0e31\u0e1a\u0e40\u0e14\u0e47\u0e01",
    ]
    twins = [
        "\u0e23\u0e35\u0e2a\u0e15\u0e32\u0e23\u0e4c\u0e17 worker \u0e1a\u0e19 staging \u0e41\u0e25\u0e49\u0e27 \u0e25\u0e47\u0e2d\u0e01\u0e01\u0e25\u0e31\u0e1a\u0e21\u0e32\u0e1b\u0e01\u0e15\u0e34 \u0e14\u0e39\u0e23\u0e32\u0e22\u0e25\u0e30\u0e40\u0e2d\u0e35\u0e22\u0e14\u0e43\u0e19 PR 412",
    ]
    return "thai (classifier)", positives, twins


def classes() -> list[Class]:
    return [tool_records(), react_json(), foreign_roles(), thai_requests()]


def main(argv: list[str]) -> int:
    return report(classes(), argv, width=24)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
