"""Imported session-log records for blind16: one JSON object per line in the shapes several coding
agents write (Claude Code, Codex, OpenCode, Gemini CLI). A corpus line holds one to three records."""
import json
import random

import _b16rand as R

# What a user types to the agent: a prompt when it appears verbatim in a log record.
RAW_REQUESTS = [
    "can you make the csv export faster? it times out on anything over a million rows",
    "Please refactor the retry loop in lib/retry.ts to use exponential backoff with jitter, and add tests.",
    "why is {test} flaky? fix it properly, no retries or skips",
    "Add dark mode to the settings page. It should follow the OS preference.",
    "review the diff on {br} and tell me if anything could break backwards compatibility",
    "Write release notes for v{ver} from the commits since the last tag, grouped by feature/fix/chore.",
    "don't push anything. just prepare the branch and tell me what you changed",
    "rename every camelCase variable in {file} to snake_case without changing behaviour",
    "The export shows UTC dates. Make it use the customer's timezone from the request header.",
    "bump all dependencies and fix whatever breaks, I'm away until Monday",
    "Explain how the cache key is built, then change it to include the locale.",
    "set up a github action that runs tests on every PR and blocks merge on failure",
    "ok that looks good, now do the same for the orders endpoint",
    "no, revert that, keep the old column order",
    "continue",
    "帮我把 {file} 里的所有 TODO 都处理掉，然后跑一遍测试",
    "このエラーの原因を調べて直してください: FileNotFoundError: [WinError 3]",
    "Kannst du die Migration so umschreiben, dass sie die Tabelle nicht sperrt?",
    "Peux-tu ajouter des tests pour le module d'export ? Vise 90 % de couverture.",
    "¿puedes revisar por qué falla el login en Safari y arreglarlo?",
    "Сделай экспорт потоковым и добавь бенчмарк.",
    "로그인 리다이렉트 무한 루프 좀 고쳐줘",
    "tolong perbaiki test yang gagal di CI lalu jelaskan penyebabnya",
    "Türkçe hata mesajlarını da ekler misin? Anahtarlar aynı kalsın.",
]

# What the model says back: model output, a prompt-class text when stored.
RAW_ANSWERS = [
    "I'll start by looking at how the export is implemented. Let me read the file first.",
    "I've refactored the retry loop to use exponential backoff with jitter. All {n} tests pass. Want me to update the docs too?",
    "The flakiness comes from fixture ordering: `{test}` assumes the user table is empty. I've made the fixture create its own rows.",
    "Sure! Here's my plan:\n1. Read the current migration\n2. Rewrite it with CREATE INDEX CONCURRENTLY\n3. Test on a copy of staging",
    "You're right, I shouldn't have changed the column order. I've reverted that part of the change.",
    "Done. I prepared the branch {br} but did not push it. Summary of changes:\n- streaming writer\n- chunk size option\n- benchmark script",
    "I couldn't reproduce the crash on macOS. Could you tell me which Alpine image tag you're using?",
    "Good catch — the cache key ignores the locale. I'll add it and update the tests.",
    "好的，我先看一下导出模块的实现，然后再提出修改方案。",
    "了解しました。まずテストを実行して、失敗している箇所を確認します。",
    "Verstanden! Ich schaue mir zuerst die Migration an und schlage dann eine Lösung vor.",
    "D'accord, je commence par lire le module d'export puis j'ajoute les tests.",
]

CWDS = ["/home/dev/src/billing", "/Users/mei/work/web", "/workspace/handoff", "/srv/ingest", "C:\\Users\\kenji\\code\\cli"]


def _ts(r: random.Random) -> str:
    return f"2026-12-0{r.randint(1, 3)}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}Z"


def _dump(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


# ---- record builders by agent format; `kind` is user|assistant|tool_call|tool_result|meta
def claude(r: random.Random, kind: str, text: str) -> str:
    base = {"parentUuid": R.uuid(r), "sessionId": R.uuid(r), "cwd": r.choice(CWDS), "gitBranch": r.choice(R.BRANCHES)}
    if kind == "user":
        rec = {"type": "user", "message": {"role": "user", "content": text}}
    elif kind == "assistant":
        rec = {"type": "assistant", "message": {"role": "assistant", "model": "claude-sonnet-4-5",
                                                "content": [{"type": "text", "text": text}]}}
    elif kind == "tool_call":
        rec = {"type": "assistant", "message": {"role": "assistant", "model": "claude-sonnet-4-5", "content": [
            {"type": "tool_use", "id": "toolu_" + R.s(r, 24), "name": "Bash", "input": {"command": text}}]}}
    elif kind == "tool_result":
        rec = {"type": "user", "message": {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "toolu_" + R.s(r, 24), "content": text, "is_error": False}]}}
    else:
        rec = {"type": "system", "subtype": "compact_boundary", "content": text, "level": "info"}
    rec.update(base)
    rec["uuid"] = R.uuid(r)
    rec["timestamp"] = _ts(r)
    return _dump(rec)


def codex(r: random.Random, kind: str, text: str) -> str:
    if kind == "user":
        p = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": text}]}
    elif kind == "assistant":
        p = {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": text}]}
    elif kind == "tool_call":
        p = {"type": "function_call", "name": "shell", "call_id": "call_" + R.s(r, 24),
             "arguments": _dump({"command": ["bash", "-lc", text], "timeout_ms": 120000})}
    elif kind == "tool_result":
        p = {"type": "function_call_output", "call_id": "call_" + R.s(r, 24),
             "output": _dump({"output": text, "metadata": {"exit_code": r.choice([0, 0, 1]), "duration_seconds": round(r.uniform(0.1, 60), 1)}})}
    else:
        return _dump({"timestamp": _ts(r), "type": "session_meta", "payload": {
            "id": R.uuid(r), "cwd": r.choice(CWDS), "originator": "codex_cli_rs", "cli_version": f"0.{r.randint(40, 70)}.0",
            "git": {"commit_hash": R.sha(r, 40), "branch": r.choice(R.BRANCHES), "repository_url": f"https://github.com/{r.choice(R.REPOS)}.git"},
            "note": text}})
    return _dump({"timestamp": _ts(r), "type": "response_item", "payload": p})


def opencode(r: random.Random, kind: str, text: str) -> str:
    mid, sid = "msg_" + R.s(r, 26), "ses_" + R.s(r, 26)
    if kind in ("user", "assistant"):
        rec = {"id": mid, "sessionID": sid, "role": kind, "parts": [{"type": "text", "text": text}]}
        if kind == "assistant":
            rec["modelID"] = r.choice(R.MODELS)
            rec["providerID"] = r.choice(["anthropic", "openai", "openrouter", "google"])
    elif kind in ("tool_call", "tool_result"):
        state = {"status": "completed", "input": {"command": text if kind == "tool_call" else "pytest -q"},
                 "output": text if kind == "tool_result" else "", "time": {"start": r.randint(10**12, 2 * 10**12)}}
        rec = {"id": "prt_" + R.s(r, 26), "messageID": mid, "sessionID": sid, "type": "tool", "tool": "bash", "state": state}
    else:
        rec = {"id": sid, "version": f"0.{r.randint(5, 15)}.{r.randint(0, 9)}", "projectID": R.sha(r, 40),
               "directory": r.choice(CWDS), "title": text}
    return _dump(rec)


def gemini(r: random.Random, kind: str, text: str) -> str:
    if kind == "user":
        rec = {"id": R.uuid(r), "timestamp": _ts(r), "type": "user", "content": text}
    elif kind == "assistant":
        rec = {"id": R.uuid(r), "timestamp": _ts(r), "type": "gemini", "content": text, "model": "gemini-2.5-pro"}
    elif kind == "tool_call":
        rec = {"id": R.uuid(r), "timestamp": _ts(r), "type": "gemini", "content": "",
               "toolCalls": [{"id": "run_shell_command-" + R.s(r, 13, "0123456789"), "name": "run_shell_command", "args": {"command": text},
                              "status": "success"}]}
    elif kind == "tool_result":
        rec = {"id": R.uuid(r), "timestamp": _ts(r), "type": "tool", "name": "run_shell_command", "result": text}
    else:
        rec = {"sessionId": R.uuid(r), "projectHash": R.sha(r, 64), "startTime": _ts(r), "info": text}
    return _dump(rec)


FORMATS = [claude, codex, opencode, gemini]
META_BENIGN = ["session resumed", "context compacted", "{n} tokens used", "branch {br}", "export streaming refactor",
               "checkpoint at {sha}"]

RAW_REQUESTS += [
    "the dashboard is slow again, profile it and fix the worst query",
    "Add a --dry-run flag to the sync command.",
    "why do emails go out twice since yesterday's deploy?",
    "Write an SQL query that lists customers who ordered more than 3 times last month.",
    "just make the tests pass, the demo is in an hour",
    "port deploy.sh to python and keep the flags",
    "please stop asking for confirmation and just do it",
    "Can you check if we're affected by the new OpenSSL CVE?",
    "look at issue #{issue} and tell me if it's the same bug as #{pr}",
    "yes, open the PR",
    "Summarize this stack trace and suggest a fix:\nKeyError: 'export'",
    "make the CLI print a table by default, keep --json",
    "Pourquoi le test {test} échoue-t-il seulement sur CI ?",
    "Por favor, adicione paginação por cursor em /v1/orders.",
    "Zrób przegląd tego PR i wypisz problemy.",
    "हर public function के लिए टेस्ट लिख दो",
]

RAW_ANSWERS += [
    "Let me run the test suite first to see what's failing.",
    "The emails are sent twice because the job is scheduled both in cron and in the beat schedule. I'll remove the cron entry.",
    "Here's the query:\n\nSELECT customer_id, COUNT(*) FROM orders WHERE created_at >= date_trunc('month', now()) - interval '1 month' GROUP BY 1 HAVING COUNT(*) > 3;",
    "Understood — I won't ask for confirmation again unless an action is destructive.",
    "Your OpenSSL version is affected. I'll bump the base image and rebuild.",
    "I opened PR #{pr}. CI is running; I'll report back when it finishes.",
    "I'm not able to push to main directly, but I've pushed the branch {br}. Would you like me to open a PR?",
    "Good question! The cache key is a hash of the path and user id. I'll add the locale to it.",
    "Claro, vou começar lendo o handler de /v1/orders.",
    "Конечно! Сначала посмотрю на текущую реализацию экспорта.",
    "네, 먼저 리다이렉트 로직을 확인해 보겠습니다.",
    "Tabii, önce testi yerel olarak çalıştırıyorum.",
]
