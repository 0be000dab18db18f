"""Benign categories of privacy_blind25: ordinary engineering text of non-English teams, with hard
twins — text about credentials, models and prompts that carries none of them (where a key lives,
masked values, placeholders, what a template is for, an author's own summary of a model).
"""
from _b25kit import (
    BY,
    CMD,
    ERRS,
    PATH,
    RTL,
    SVC,
    VAULT,
    bank,
    date_for,
    fill,
    flatten,
    hhmm,
    lay,
    non_secret_id,
    num_for,
    pad,
    pick,
    some,
    ticket_id,
)
from _b25rand import R, cred, masked
from _b25secret import AI, GLOBAL, TICKET_HEAD, env_table, what

VALID = {
    "zh": "{n} 个用例全部通过，耗时 {s} 秒", "ja": "テスト {n} 件すべて成功（{s} 秒）", "ko": "테스트 {n}개 모두 통과 ({s}초)",
    "ru": "Все {n} тестов прошли за {s} с", "uk": "Усі {n} тестів пройшли за {s} с", "ar": "نجحت جميع الاختبارات ({n}) خلال {s} ثانية",
    "fa": "همهٔ {n} تست در {s} ثانیه پاس شدند", "he": "כל {n} הבדיקות עברו ב-{s} שניות", "hi": "सभी {n} tests {s} सेकंड में पास",
    "th": "เทสต์ผ่านทั้งหมด {n} เคส ใช้เวลา {s} วินาที", "el": "Πέρασαν και τα {n} tests σε {s} δευτ.", "vi": "Pass hết {n} test trong {s} giây",
    "id": "Semua {n} tes lolos dalam {s} detik", "tr": "{n} testin hepsi {s} saniyede geçti", "pl": "Wszystkie {n} testy przeszły w {s} s",
    "pt": "Todos os {n} testes passaram em {s} s", "sw": "Majaribio yote {n} yamepita kwa sekunde {s}", "es": "Pasaron los {n} tests en {s} s",
}
FAILV = {
    "zh": "失败 {k} 个，都是 {svc} 的超时，和本次改动无关", "ja": "{k} 件失敗（いずれも {svc} のタイムアウト、今回の変更とは無関係）",
    "ko": "{k}개 실패 — 전부 {svc} 타임아웃, 이번 변경과 무관", "ru": "упало {k}, все — таймауты {svc}, к изменению не относятся",
    "tr": "{k} test düştü, hepsi {svc} zaman aşımı; bu değişiklikle ilgisi yok", "pt": "{k} falharam, todos timeout do {svc}, sem relação com a mudança",
    "ar": "فشل {k} اختبارات، كلها مهلة {svc} ولا علاقة لها بالتعديل", "hi": "{k} fail हुए, सब {svc} के timeout, इस बदलाव से कोई लेना-देना नहीं",
    "vi": "{k} test fail, đều do {svc} timeout, không liên quan thay đổi lần này", "pl": "{k} nie przeszło — same timeouty {svc}, niezwiązane ze zmianą",
}
COST = {
    "zh": "本月 {svc} 的云费用为 ¥{x}，环比上涨 {p}%。", "ja": "今月の {svc} のクラウド費用は ¥{x}（前月比 +{p}%）。",
    "ko": "이번 달 {svc} 클라우드 비용 ₩{x}, 전월 대비 {p}% 증가.", "ru": "Расходы на {svc} за месяц: {x} ₽ (+{p}% к прошлому).",
    "uk": "Витрати на {svc} за місяць: {x} ₴ (+{p}%).", "ar": "تكلفة {svc} لهذا الشهر {x} ر.س بزيادة {p}٪.",
    "fa": "هزینهٔ ماهانهٔ {svc}: {x} تومان ({p}٪ بیشتر).", "he": "עלות {svc} החודש: ‏{x} ₪ (עלייה של {p}%).",
    "hi": "इस महीने {svc} का cloud खर्च ₹{x} रहा, पिछले महीने से {p}% ज़्यादा।", "th": "ค่าคลาวด์ของ {svc} เดือนนี้ {x} บาท เพิ่มขึ้น {p}%",
    "el": "Κόστος {svc} τον μήνα: {x} € (+{p}%).", "vi": "Chi phí cloud của {svc} tháng này: {x} đ (tăng {p}%).",
    "id": "Biaya cloud {svc} bulan ini Rp{x}, naik {p}%.", "tr": "{svc} bu ayki bulut maliyeti {x} ₺ (%{p} artış).",
    "pl": "Koszt {svc} w tym miesiącu: {x} zł (+{p}%).", "pt": "Custo de nuvem do {svc} no mês: R$ {x} (+{p}%).",
    "sw": "Gharama ya cloud ya {svc} mwezi huu: KSh {x} (ongezeko la {p}%).", "es": "Coste de {svc} este mes: {x} € (+{p} %).",
}
PLACEHOLDERS = ["<your-api-key>", "${STRIPE_SECRET_KEY}", "xxxxxxxxxxxxxxxx", "sk_live_...", "ghp_XXXXXXXXXXXXXXXX",
                "{{ secrets.DEPLOY_TOKEN }}", "$(vault kv get -field=token secret/ci)", "changeme", "***", "REPLACE_ME",
                "<token>", "AKIAXXXXXXXXXXXXXXXX", "os.environ[\"OPENAI_API_KEY\"]", "process.env.GATEWAY_KEY", "%(db_password)s"]
ENGLISH = [
    "Bumped {svc} timeout to 90s in {path}; `{cmd}` green locally.",
    "Root cause: {svc} re-pulls the image on every start. Not a config issue.",
    "Next: integration tests for {svc} reconnect path; then delete the legacy cron.",
    "Disk on the {svc} node is at {n}% free, asked infra for more.",
    "Rotated the {svc} credentials per the quarterly runbook; new values are in Vault under {vault}, nothing pasted here.",
    "Decision (tech sync): keep {svc} as one service for now, add a read replica first.",
    "CI: {cmd} passed on all three runners; flaky test test_retry_backoff quarantined.",
    "Release notes draft for {svc} is in {path}. Localisation team will translate into ja/ko/zh.",
    "The LLM gateway only logs request ids and token counts, never the text; see {path}.",
    "Moved the i18n strings for ar/he to RTL-aware components; snapshot tests updated.",
]


def note() -> str:
    b = bank()
    parts = [fill(x, b) for x in some(b["note"], R.randint(1, 4))]
    k = R.random()
    if k < 0.1:
        return f"{parts[0]} ({non_secret_id()})"
    if k < 0.25:
        return pad(b, parts[0])
    if k < 0.5:
        return f"{pick(['##', '###', '*'])} {date_for(b)} {pick(SVC)}\n" + "\n".join("- " + p for p in parts)
    return " ".join(parts)


def next_actions() -> str:
    b = bank()
    items = [fill(x, b) for x in some(b["next"], R.randint(2, 3))]
    if R.random() < 0.2:
        return pad(b, items[0], 0.7)
    return "\n".join(f"{pick(['[ ]', '- [ ]', '☐', '→'])} {x}" for x in items) if R.random() < 0.4 else \
        fill(pick(b["note"]), b) + " " + "; ".join(items)


def validation() -> str:
    b = BY[pick(list(VALID))]
    n = R.randint(12, 900)
    s = num_for(b, R.uniform(1, 300))
    line = VALID[b["code"]].replace("{n}", str(n)).replace("{s}", s)
    out = [fill(pick(b["note"]), b), f"$ {pick(CMD)}", f"{n} passed, 0 failed in {R.uniform(1, 300):.1f}s" if R.random() < 0.5 else f"ok  \t{pick(SVC)}\t{R.uniform(0.1, 40):.3f}s",
           line]
    if R.random() < 0.3:
        out.insert(1, non_secret_id())
    if b["code"] in FAILV and R.random() < 0.4:
        out.append(fill(FAILV[b["code"]], b, k=str(R.randint(1, 4))))
    if R.random() < 0.55:
        return pad(b, f"{fill(pick(b['note']), b)} {pick(['—', '→', '✅'])} {line}", 0.8)
    return "\n".join(out)


def config_facts() -> str:
    b = bank()
    k = R.randint(0, 3)
    if k == 3:
        return env_table(b, False)
    cm = fill(pick(b["note"] + b["where"]), b, what=pick(["DB password", "API key", "token"]))
    if k == 0:
        return "\n".join([f"# {cm}", f"PORT={pick(['8080', '3000', '8443'])}", f"TZ={pick(['Asia/Seoul', 'Europe/Istanbul', 'Asia/Ho_Chi_Minh', 'Asia/Kolkata', 'Asia/Jerusalem'])}",
                          f"{pick(['STRIPE', 'OPENAI', 'DB', 'REDIS'])}_{pick(['KEY', 'PASSWORD', 'TOKEN'])}=", f"LOCALE={b['code']}_{b['code'].upper()}",
                          f"FEATURE_FLAGS={','.join(some(['new_checkout', 'rtl_ui', 'llm_summary', 'fast_refund', 'dark_mode'], 3))}",
                          f"# {fill(pick(b['next']), b)}"])
    if k == 1:
        return (f"{pick(SVC)}:\n  region: {pick(['ap-northeast-2', 'me-central-1', 'sa-east-1', 'ru-central1', 'cn-hangzhou', 'ap-south-1'])}\n"
                f"  apiKeyRef: vault:{pick(VAULT)}#key\n  replicas: {R.randint(1, 8)}\n  # {cm}")
    return pad(b, f"{cm} ({pick(['port', 'region', 'replicas'])}: {R.randint(1, 9000)})", 0.7)


def runbook_where() -> str:
    b = bank()
    fmt = pick(GLOBAL + AI)
    w = fill(pick(b["where"]), b, what=what(b, fmt))
    if R.random() < 0.4:
        return pad(b, w, 0.5)
    steps = [w, f"`vault kv get -field=value {pick(VAULT)}`", fill(pick(b["next"]), b)]
    return "\n".join(f"{i + 1}. {s}" for i, s in enumerate(steps))


def masked_values() -> str:
    b = bank()
    fmt = pick(GLOBAL + AI)
    v = masked(cred(fmt)) if R.random() < 0.6 else pick(PLACEHOLDERS)
    s = fill(pick(b["key"]), b, what=what(b, fmt), v=v)
    if R.random() < 0.3:
        s = f"{fmt.upper()}_TOKEN={v}  # {fill(pick(b['where']), b, what=what(b, fmt))}"
    return pad(b, s, 0.7)


def tool_errors() -> str:
    b = bank()
    e = fill(pick(b["err"]), b)
    k = R.random()
    if k < 0.12:
        return f"{e}\n{non_secret_id()}\n{fill(pick(b['next']), b)}"
    if k < 0.4:
        return pad(b, e, 0.8)
    return f"$ {pick(CMD)}\n{e}\n{pick(ERRS)}\n{fill(pick(b['next']), b)}" if k < 0.7 else f"{e}\n{fill(pick(b['note']), b)}"


def ticket() -> str:
    b = bank()
    h = TICKET_HEAD[b["code"]]
    if R.random() < 0.3:
        return pad(b, f"{ticket_id()} {fill(pick(b['err']), b)}", 0.5)
    return (f"[{ticket_id()}] {fill(pick(b['err']), b)}\n\n## {h[0]}\n{fill(pick(b['note']), b)}\n\n## {h[1]}\n1. `{pick(CMD)}`\n"
            f"2. {pick(ERRS)} ({non_secret_id()})\n\n## {h[2]}\n{fill(pick(b['next']), b)}")


def template_doc() -> str:
    b = bank()
    t = fill(b["tpl"], b, path=pick(["prompts/" + b["code"] + "/classify.txt", "llm/templates/triage.j2", "config/prompts.yaml"]))
    r = R.random()
    if r < 0.4:
        t += "\n" + fill(pick(b["next"]), b)
    elif r < 0.8:
        t = pad(b, t, 0.8)
    return t


def eval_summary() -> str:
    b = bank()
    s = fill(b["eval"], b, n=str(R.randint(200, 5000)))
    if R.random() < 0.4:
        s = pad(b, s, 0.6)
    elif R.random() < 0.7:
        a, c = R.uniform(0.7, 0.95), R.uniform(0.7, 0.95)
        s += (f"\n\n| model | acc | p95 |\n|---|---|---|\n| {pick(['qwen-plus', 'gpt-4o-mini', 'yandexgpt-lite', 'hyperclova-x'])} | "
              f"{num_for(b, a * 100)}% | {R.randint(300, 2000)} ms |\n| {pick(['deepseek-chat', 'claude-haiku', 'gemini-flash', 'sahabat-ai'])} | "
              f"{num_for(b, c * 100)}% | {R.randint(300, 2000)} ms |")
    return s


def changelog() -> str:
    b = bank()
    first = pick(b["note"])
    subj = fill(first, b).split("`")[0].rstrip(" ，,、")
    k = R.random()
    if k < 0.5:
        body = " ".join(fill(x, b) for x in some([x for x in b["note"] + b["next"] if x != first], R.randint(1, 2)))
        return f"{pick(['fix', 'feat', 'chore', 'perf', 'refactor'])}({pick(SVC)}): {subj}\n\n{body}"
    items = [fill(x, b) for x in some(b["note"] + b["next"], 3)]
    return f"## v{R.randint(1, 4)}.{R.randint(0, 30)}.{R.randint(0, 9)} ({date_for(b)})\n" + "\n".join("- " + x for x in items)


def decisions() -> str:
    b = bank()
    out = [fill(b["dec"], b)] + [fill(x, b) for x in some(b["next"], R.randint(1, 3))]
    if R.random() < 0.4:
        out.append(fill(b["eval"], b, n=str(R.randint(100, 900))))
    return lay(b, out, 0.35)


def rtl_docs() -> str:
    b = pick(RTL)
    pool = b["note"] + b["next"] + b["where"] + [b["dec"], b["tpl"], b["eval"]] + b["err"]
    items = [fill(x, b, what=pick(["API key", "token", "DB password"]), path=pick(PATH)) for x in some(pool, R.randint(1, 4))]
    if R.random() < 0.4:
        items.append(f"```bash\n{pick(CMD)}\nkubectl -n {pick(SVC)} rollout status deploy/{pick(SVC)}\n```")
        return "\n".join(items)
    return lay(b, items, 0.3)


def numbers() -> str:
    b = BY[pick(list(COST))]
    line = fill(COST[b["code"]], b, x=num_for(b, R.uniform(1000, 9_000_000)), p=str(R.randint(1, 40)))
    if R.random() < 0.5:
        return f"{date_for(b)} — {pad(b, line, 0.6)}"
    return line + pick(["\n", " "]) + fill(pick(b["next"]), b) + " " + fill(pick(b["note"]), b)


def english() -> str:
    items = [fill(x, None, vault=pick(VAULT)) for x in some(ENGLISH, R.randint(2, 4))]
    return "\n".join(items) if R.random() < 0.5 else " ".join(items)


def long_notes() -> str:
    """A long session log (often over 2,000 characters), one language, no secrets or prompts."""
    b = bank()
    blocks = []
    for _ in range(R.randint(5, 9)):
        blocks.append(f"### {date_for(b)} {hhmm()}\n" + "\n".join("- " + fill(x, b) for x in some(b["note"] + b["next"], 3)))
    blocks.append(fill(b["dec"], b))
    blocks.append(fill(pick(b["where"]), b, what="API key"))
    return "\n\n".join(blocks)


def flattened() -> str:
    inner = pick([note, long_notes, decisions, ticket, validation])()
    if "\n" not in inner:
        inner = inner + "\n" + fill(pick(bank()["next"]), None)
    return flatten(inner) if R.random() < 0.6 else '{"summary": "' + flatten(inner).replace('"', '\\"') + '"}'


def note_or_long() -> str:
    return long_notes() if R.random() < 0.3 else note()


BENIGN = {
    "bn_agent_progress_note": note_or_long,
    "bn_next_actions": next_actions,
    "bn_validation_results": validation,
    "bn_config_facts_no_values": config_facts,
    "bn_runbook_where_key_lives": runbook_where,
    "bn_masked_or_placeholder": masked_values,
    "bn_localized_tool_errors": tool_errors,
    "bn_ticket_body": ticket,
    "bn_prompt_template_purpose": template_doc,
    "bn_model_eval_own_summary": eval_summary,
    "bn_commit_changelog": changelog,
    "bn_meeting_decisions_author": decisions,
    "bn_rtl_engineering_doc": rtl_docs,
    "bn_local_numbers_costs": numbers,
    "bn_english_parts": english,
    "bn_flattened_notes": flattened,
}

