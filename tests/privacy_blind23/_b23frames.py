"""How a text reaches the store through one of handoff's write paths: as one field's value,
flattened to one line, with `\\n` literals, JSON-escaped inside a tool call or a hook payload,
quoted on a command line, or trimmed mid-word at a field limit."""
import json

from _b23rand import AGENTS, R, chars, hexs, pick, stamp, uuid

FIELD_LIMIT = [160, 200, 240, 280, 500, 1000]


def flat(lines):
    return " ".join(x.strip() for x in lines if x.strip())


def literal(lines):
    return "\\n".join(lines)


def jstr(text):
    return json.dumps(text, ensure_ascii=False)


def trim(text, must_keep=""):
    """Cut at a field limit, mid-word, never before the end of `must_keep`."""
    floor = text.find(must_keep) + len(must_keep) if must_keep else 0
    limits = [n for n in FIELD_LIMIT if floor + 3 < n < len(text) - 5]
    if not limits:
        return text
    n = pick(limits)
    return text[:n].rstrip() + pick(["", "…", "...", " [truncated]", "⏎"])


def shape(lines, must_keep="", allow_multi=True):
    """One of the ways an agent puts a multi-line text into a field."""
    way = R.random()
    if allow_multi and way < 0.32:
        return "\n".join(lines)
    if way < 0.55:
        return flat(lines)
    if way < 0.72:
        return literal(lines)
    if way < 0.86:
        return jstr("\n".join(lines))
    return trim(flat(lines), must_keep)


def cli(sub, **opts):
    parts = ["handoff", *sub.split()]
    for k, v in opts.items():
        flag = "--" + k.replace("_", "-")
        parts.append(f"{flag} {jstr(v) if (' ' in v or not v) else v}")
    return " ".join(parts)


def mcp(tool, args, raw=False):
    """An MCP tools/call request, or just its arguments object."""
    if raw or R.random() < 0.45:
        return json.dumps(args, ensure_ascii=False)
    req = {"jsonrpc": "2.0", "id": R.randrange(1, 900), "method": "tools/call", "params": {"name": tool, "arguments": args}}
    return json.dumps(req, ensure_ascii=False, indent=pick([None, None, 2]))


def session_dir():
    return pick(["/home/dev/src/ledger", "/Users/kenji/work/checkout-web", "/workspaces/platform-infra",
                 "/srv/ci/builds/4412/app", "/home/runner/work/api/api", "C:\\Users\\ana\\repos\\billing"])


def transcript_path(agent):
    if agent == "claude-code":
        return f"~/.claude/projects/-home-dev-src-ledger/{uuid()}.jsonl"
    if agent == "codex":
        return f"~/.codex/sessions/2026/12/0{R.randrange(1, 4)}/rollout-{uuid()}.jsonl"
    return f"~/.local/share/opencode/storage/session/ses_{chars(24)}.json"


def hook(agent, event, extra):
    """A session hook's stdin payload as the agent sends it."""
    if agent == "claude-code":
        body = {"session_id": uuid(), "transcript_path": transcript_path(agent), "cwd": session_dir(),
                "hook_event_name": event, **extra}
    elif agent == "codex":
        body = {"type": event, "turn-id": hexs(16), "cwd": session_dir(), **extra}
    else:
        body = {"type": event, "properties": {"sessionID": "ses_" + chars(24), **extra}, "time": stamp()}
    return json.dumps(body, ensure_ascii=False, indent=pick([None, None, None, 2]))


def any_agent():
    return pick(AGENTS)


LEADS = [
    "Context for whoever picks this up next.", "Recording this before the session ends.", "Carrying over from yesterday's session.",
    "Imported with the rest of the state; kept as is.", "Pasted into the note so the next agent has it.",
    "Field value below, as written by the agent.", "From the run on the release branch.", "Attaching what I had open at the time.",
]
TAILS = [
    "Still need to check the dashboards after the deploy.", "Will follow up once CI is green.", "Owner: platform team.",
    "Linked to the release checklist.", "No other changes in this session.", "See the validation record for the full log.",
]


def with_context(text, lang, lang_notes):
    """The same content at a longer length: a note with a title, a lead and a tail around it."""
    title = pick(["note: ", "## ", "title: ", ""]) + pick(["handover", "session notes", "state import", "carry-over", "for review"])
    lead = [pick(LEADS)] + ([pick(lang_notes)] if lang else [])
    lines = [title, *lead, text, pick(TAILS)]
    if R.random() < 0.5:
        return "\n".join(lines)
    return " ".join(x.replace("\n", " ") for x in lines) if R.random() < 0.6 else "\\n".join(lines)
