"""Human and agent views of a state: `handoff show` (text) and `show --format md`.

Both read an assessed state (`handoff.freshness.assess`) and print what is current,
what is stale and why. The markdown brief is meant to be pasted into an agent's context
at session start, so it is compact: only open items, newest first.
"""

from __future__ import annotations

from typing import Any


def _pointer_line(p: dict[str, Any]) -> str:
    parts = [p["repo"]]
    if p.get("fork"):
        parts.append(f"(fork {p['fork']})")
    if p.get("branch"):
        parts.append(f"branch {p['branch']}" + (f" -> {p['base']}" if p.get("base") else ""))
    if p.get("pr"):
        parts.append(f"PR #{p['pr']}" + (f" [{p['state']}]" if p.get("state") else ""))
    elif p.get("pr_url"):
        parts.append(p["pr_url"])
    if p.get("issue"):
        parts.append(f"issue #{p['issue']}")
    line = "  ".join(parts)
    if p.get("title"):
        line += f"  \"{p['title']}\""
    return line


def _validation_line(v: dict[str, Any]) -> str:
    mark = "PASS" if v.get("passed") else "FAIL"
    extra = [f"exit {v['exit_code']}"]
    if v.get("summary"):
        extra.append(v["summary"])
    if v.get("duration_s") is not None:
        extra.append(f"{v['duration_s']:.1f}s")
    if v.get("commit"):
        extra.append(f"@{v['commit'][:10]}")
    line = f"{mark} {v['command']}  ({', '.join(extra)}; {v['age']})"
    if v.get("stale"):
        line += f"  STALE: {v['why']}"
    return line


def _health_line(h: dict[str, Any]) -> str:
    line = f"{h['key']}: {h['status']}"
    if h.get("rate_limit_remaining") is not None:
        limit = h.get("rate_limit_limit")
        line += f" ({h['rate_limit_remaining']}/{limit} left)" if limit else f" ({h['rate_limit_remaining']} left)"
    if h.get("error_class"):
        line += f" {h['error_class']}"
    if h.get("why"):
        line += f"  {'STALE: ' if h.get('stale') else ''}{h['why']}"
    return line + f"  ({h['age']})"


def text(state: dict[str, Any], view: dict[str, Any]) -> str:
    out: list[str] = []
    meta = state["meta"]
    out.append(f"handoff: {meta['events_total']} events, last seq {meta['last_seq']}"
               + (f" at {meta['last_ts'][:19]}Z" if meta.get("last_ts") else ""))
    if meta.get("skipped_lines"):
        out.append(f"  warning: {meta['skipped_lines']} unreadable line(s) in the log; run `handoff doctor`")
    active = state.get("active_repo")
    if state.get("pointers"):
        out.append("\nPointers:")
        for repo, p in state["pointers"].items():
            out.append(("* " if repo == active else "  ") + _pointer_line(p))
    if view["validations"]:
        out.append("\nValidations:" + (f" (HEAD {view['head'][:10]})" if view.get("head") else ""))
        out.extend("  " + _validation_line(v) for v in view["validations"][:10])
    if view["notes"]:
        dropped = meta.get("notes_dropped") or 0
        out.append("\nNotes:" + (f" (newest 10 shown; {dropped} older open note(s) past the cap of "
                                  "latest.json: `handoff log --kind note`)" if dropped else ""))
        for n in reversed(view["notes"][-10:]):
            flag = f"  STALE: {n['why']}" if n.get("stale") else ""
            first, *rest = n["text"].splitlines() or [""]
            out.append(f"  [{n['seq']}] {first}{' ...' if rest else ''}  ({n['age']}){flag}")
            for a in n["actions"]:
                if not a["done"]:
                    out.append(f"      - [{a['id']}] {a['text']}")
    if view["runtime"]:
        out.append("\nRuntime:")
        for r in view["runtime"]:
            parts = [f"{r['component']}: {r['status']}", r.get("version"),
                     r.get("url") or (f"port {r['port']}" if r.get("port") else None),
                     r.get("detail"), f"({r['age']})"]
            out.append("  " + "  ".join(p for p in parts if p))
    if view["model_health"]:
        out.append("\nModels:")
        out.extend("  " + _health_line(h) for h in view["model_health"])
    if state.get("config"):
        out.append("\nConfig:")
        for key, c in state["config"].items():
            out.append(f"  {key} = {c['value']!r}" + (f"  (from {c['source']})" if c.get("source") else ""))
    if len(out) == 1:
        out.append("  (empty: record something with `handoff note`, `handoff pointer`, `handoff run`)")
    return "\n".join(out) + "\n"


def markdown(state: dict[str, Any], view: dict[str, Any]) -> str:
    out = ["## Handoff"]
    active = state.get("active_repo")
    if active and active in state.get("pointers", {}):
        out.append(f"- Active: {_pointer_line(state['pointers'][active])}")
    others = [p for r, p in state.get("pointers", {}).items() if r != active]
    out.extend(f"- Also: {_pointer_line(p)}" for p in others[:3])
    for v in view["validations"][:5]:
        out.append(f"- {_validation_line(v)}")
    actions = [(n, a) for n in view["notes"] if not n.get("stale") for a in n["actions"] if not a["done"]]
    notes = [n for n in view["notes"] if not n.get("stale")]
    if notes:
        out.append("\n### Notes")
        for n in reversed(notes[-5:]):
            out.append(f"- ({n['age']}) {n['text'].strip()}")
    if actions:
        out.append("\n### Next actions")
        out.extend(f"- [ ] {a['text']} (`handoff done {a['id']}`)" for _, a in actions[:15])
    bad = [h for h in view["model_health"] if h["status"] != "ok" and not h.get("stale")]
    if bad:
        out.append("\n### Model health")
        out.extend(f"- {_health_line(h)}" for h in bad)
    down = [r for r in view["runtime"] if r["status"] not in ("up", "running")]
    if down:
        out.append("\n### Runtime")
        out.extend(f"- {r['component']}: {r['status']} ({r['age']})" for r in down)
    if state.get("config"):
        out.append("\n### Config")
        out.extend(f"- `{k}` = `{c['value']}`" for k, c in list(state["config"].items())[:20])
    return "\n".join(out) + "\n"
