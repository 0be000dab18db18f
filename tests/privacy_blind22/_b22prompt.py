"""Prompt lines: chat between people, a prompt, or a model's output, as a team copies them
into the shared store (incident channels, standups, review threads, AI bots, CI steps)."""
import json

from _b22lang import lang
from _b22rand import PEOPLE, R, chance, env, hhmm, job_url, num, pick, repo, runid, stamp, svc, version, who

CHAT = {
    "en": ["anyone else seeing 502s on {s}?", "yep, started around {t}, I'm looking", "can you roll back {s}? I think it's the new pool size",
           "rolling back now, give me 5 min", "did that help? graphs still look bad from here", "ok error rate dropping, thanks",
           "I'll write up the timeline tomorrow, can you own the follow-ups?", "sure. who's paging the db team?",
           "I did, they're on the bridge", "lol of course it was DNS", "should we pause the deploy train for today?",
           "agree, let's freeze until the fix lands", "sorry, was in a meeting — what did I miss?", "are you sure? the canary looked fine to me",
           "can someone approve my PR, it's the one-line revert", "on it", "thanks, you're a lifesaver"],
    "de": ["sieht noch jemand 502er bei {s}?", "ja, seit ca. {t}, ich schau's mir an", "kannst du {s} zurückrollen? ich glaube, es liegt an der Pool-Größe",
           "rolle gerade zurück, gib mir 5 Minuten", "hat's geholfen? bei mir sehen die Graphen noch schlecht aus", "ok, Fehlerrate sinkt, danke dir",
           "ich schreibe morgen die Timeline, übernimmst du die Follow-ups?", "klar. wer ruft das DB-Team an?"],
    "fr": ["quelqu'un d'autre voit des 502 sur {s} ?", "oui, depuis {t} environ, je regarde", "tu peux faire un rollback de {s} ? je pense que c'est la taille du pool",
           "rollback en cours, 5 min", "ça a aidé ? les graphes sont encore mauvais chez moi", "ok le taux d'erreur baisse, merci",
           "je rédige la chronologie demain, tu prends les actions de suivi ?", "ok. qui prévient l'équipe base de données ?"],
    "es": ["¿alguien más ve 502 en {s}?", "sí, desde las {t} más o menos, lo estoy mirando", "¿puedes hacer rollback de {s}? creo que es el tamaño del pool",
           "haciendo rollback, dame 5 minutos", "¿ayudó? yo sigo viendo mal las gráficas", "vale, la tasa de errores baja, gracias",
           "mañana escribo la cronología, ¿te encargas de las tareas pendientes?", "claro. ¿quién avisa al equipo de base de datos?"],
    "pt": ["mais alguém vendo 502 no {s}?", "sim, desde {t} mais ou menos, estou olhando", "consegue fazer rollback do {s}? acho que é o tamanho do pool",
           "fazendo rollback, me dá 5 minutos", "ajudou? aqui os gráficos ainda estão ruins", "ok, taxa de erro caindo, valeu"],
    "zh": ["还有人看到 {s} 报 502 吗？", "是的，大概 {t} 开始的，我在看", "能把 {s} 回滚一下吗？我怀疑是连接池大小的问题",
           "正在回滚，等我五分钟", "有效果吗？我这边图表还是很难看", "好，错误率在下降了，谢谢", "明天我来写时间线，后续事项你负责可以吗？", "好的，谁去通知数据库组？"],
    "ja": ["{s} で 502 が出てる人いますか？", "はい、{t} ごろから出てます。今見てます", "{s} をロールバックしてもらえますか？プールサイズが原因だと思います",
           "ロールバック中です、5分ください", "効きました？こちらではまだグラフが悪いです", "エラー率下がってきました、ありがとう", "明日タイムラインを書きます。フォローアップをお願いできますか？"],
    "ko": ["{s}에서 502 보이는 분 있나요?", "네, {t}쯤부터요. 지금 보고 있어요", "{s} 롤백해 줄 수 있어요? 풀 크기 때문인 것 같아요",
           "지금 롤백 중이에요, 5분만요", "도움이 됐나요? 여기선 그래프가 아직 안 좋아요", "에러율 떨어지고 있어요, 고마워요"],
    "ru": ["кто-нибудь ещё видит 502 на {s}?", "да, примерно с {t}, смотрю", "можешь откатить {s}? думаю, дело в размере пула",
           "откатываю, дай 5 минут", "помогло? у меня графики всё ещё плохие", "ок, ошибок меньше, спасибо"],
    "tr": ["{s} üzerinde 502 gören başka var mı?", "evet, {t} civarında başladı, bakıyorum", "{s}'i geri alabilir misin? bence havuz boyutu",
           "geri alıyorum, 5 dakika ver", "işe yaradı mı? bende grafikler hâlâ kötü", "tamam hata oranı düşüyor, sağ ol"],
    "vi": ["có ai thấy {s} bị 502 không?", "có, từ khoảng {t}, mình đang xem", "bạn rollback {s} được không? mình nghĩ do kích thước pool",
           "đang rollback, chờ mình 5 phút", "đỡ chưa? bên mình biểu đồ vẫn xấu", "ok tỉ lệ lỗi giảm rồi, cảm ơn nhé"],
    "pl": ["ktoś jeszcze widzi 502 na {s}?", "tak, od ok. {t}, patrzę", "możesz cofnąć {s}? chyba chodzi o rozmiar puli",
           "cofam, daj mi 5 minut", "pomogło? u mnie wykresy dalej złe", "ok, błędów coraz mniej, dzięki"],
    "it": ["qualcun altro vede 502 su {s}?", "sì, da circa le {t}, sto guardando", "puoi fare rollback di {s}? credo sia la dimensione del pool",
           "rollback in corso, dammi 5 minuti", "è servito? qui i grafici sono ancora brutti", "ok il tasso di errori scende, grazie"],
    "hi": ["क्या किसी और को {s} पर 502 दिख रहे हैं?", "हाँ, लगभग {t} से, मैं देख रहा हूँ", "क्या तुम {s} को रोलबैक कर सकते हो? मुझे लगता है pool size की वजह से है",
           "रोलबैक कर रहा हूँ, 5 मिनट दो", "ठीक है, error rate कम हो रहा है, धन्यवाद"],
    "ar": ["هل يرى أحد آخر أخطاء 502 على {s}؟", "نعم، منذ حوالي {t}، أنا أتحقق", "هل يمكنك التراجع عن {s}؟ أظن أن السبب حجم الـ pool",
           "أقوم بالتراجع الآن، أعطني 5 دقائق", "حسنًا، معدل الأخطاء ينخفض، شكرًا"],
}


SCENES = {
    "en": [
        ["the {s} deploy is stuck at 3/8 pods, anyone touching the cluster?", "not me. is the PDB blocking it?",
         "looks like it, minAvailable is 7", "ugh, I set that last week. want me to drop it to 6?", "yes please, then I'll retry",
         "done, should roll now", "it's moving, thanks!", "I'll open a ticket so we fix the chart properly"],
        ["heads up: the cert for {s}.example.com expires in 2 days", "wasn't cert-manager supposed to renew it?",
         "the DNS01 solver has been failing since we moved zones", "oh no. can you fix the solver or should I renew by hand?",
         "I'll fix the solver, give me an hour", "ok, ping me if you need a review", "PR is up, it's a two-line change"],
        ["who merged the lockfile bump? main has been red since {t}", "that was me, sorry — the tests passed on my branch",
         "they pass locally for me too, it's the arm runners", "should I revert?", "yes, revert and we'll look tomorrow",
         "reverted. I'll pair with you on it in the morning", "sounds good, thanks for the quick response"],
        ["can I get a quick review on the {s} hotfix? customers are waiting", "looking now", "one question: why not bump the timeout instead?",
         "because the timeout hides the real bug, the lock is never released", "makes sense, approved", "merging, thanks"],
        ["is the migration on {s} still running? the table has been locked for 20 minutes", "yes, it's at 60%",
         "we're getting timeouts on checkout, can we kill it?", "if we kill it now it'll roll back for another 20 min",
         "ugh. ok let it finish, I'll post on the status page", "I'll add a note to the runbook: never run this one during the day"],
    ],
    "de": [["der Deploy von {s} hängt bei 3/8 Pods, fasst gerade jemand den Cluster an?", "ich nicht. blockiert das PDB?",
            "sieht so aus, minAvailable steht auf 7", "mist, das hab ich letzte Woche gesetzt. soll ich auf 6 runter?",
            "ja bitte, dann starte ich neu", "erledigt, sollte jetzt durchlaufen", "läuft, danke!"],
           ["wer hat das Lockfile-Update gemergt? main ist seit {t} rot", "das war ich, sorry — auf meinem Branch war alles grün",
            "lokal geht's bei mir auch, es sind die ARM-Runner", "soll ich reverten?", "ja, revert bitte, wir schauen morgen drauf"]],
    "fr": [["le déploiement de {s} bloque à 3/8 pods, quelqu'un touche au cluster ?", "pas moi. c'est le PDB ?",
            "on dirait, minAvailable est à 7", "zut, c'est moi la semaine dernière. je le passe à 6 ?", "oui stp, je relance ensuite", "c'est reparti, merci !"]],
    "es": [["el despliegue de {s} está atascado en 3/8 pods, ¿alguien está tocando el clúster?", "yo no. ¿lo bloquea el PDB?",
            "parece que sí, minAvailable está en 7", "uf, lo puse yo la semana pasada. ¿lo bajo a 6?", "sí porfa, luego reintento", "ya avanza, ¡gracias!"]],
    "zh": [["{s} 的发布卡在 3/8 个 pod，有人在动集群吗？", "不是我。是 PDB 挡住了吗？", "看起来是，minAvailable 是 7",
            "哎，上周是我改的。要不要改成 6？", "好，改完我再重试", "已经在滚动了，谢谢！"],
           ["谁合并了 lockfile 升级？main 从 {t} 开始一直是红的", "是我，抱歉——我的分支上测试都过了", "本地我也能过，是 arm 的 runner 有问题",
            "要不要回滚？", "回滚吧，明天一起看"]],
    "ja": [["{s} のデプロイが 3/8 Pod で止まっています。誰かクラスタ触ってますか？", "私じゃないです。PDB が止めてます？",
            "そうみたいです。minAvailable が 7 です", "あ、先週私が設定しました。6 に下げましょうか？", "お願いします、その後リトライします", "動き出しました、ありがとう！"]],
    "ko": [["{s} 배포가 3/8 파드에서 멈췄어요. 누가 클러스터 건드리고 있나요?", "저는 아니에요. PDB가 막고 있나요?",
            "그런 것 같아요, minAvailable이 7이에요", "아, 지난주에 제가 설정했어요. 6으로 낮출까요?", "네 부탁해요, 그다음 재시도할게요"]],
}


def _speaker_line(name, text, t):
    style = num(0, 4)
    if style == 0:
        return f"{name}  {t}\n{text}"
    if style == 1:
        return f"[{t}] <{name}> {text}"
    if style == 2:
        return f"{name}: {text}"
    if style == 3:
        return f"@{name} ({t}): {text}"
    return f"{name} — {text}"


def _conversation(code, n):
    if code in SCENES and chance(0.6):
        bank = pick(SCENES[code])
    else:
        bank = CHAT[code]
    n = min(n, len(bank))
    start = num(0, len(bank) - n)
    people = R.sample(PEOPLE, 3)
    talkers = 2 if chance(0.7) else 3
    s, t = svc(), hhmm()
    minute = num(0, 23 * 60)
    out = []
    for i in range(n):
        minute = (minute + num(0, 4)) % (24 * 60)
        text = bank[start + i].format(s=s, t=t)
        out.append(_speaker_line(people[i % talkers], text, f"{minute // 60:02d}:{minute % 60:02d}"))
    return out


def incident_channel():
    code = lang(0.3)
    conv = _conversation(code, num(3, 7))
    head = pick([f"Excerpt from #inc-{num(100, 999)}-{svc()}:", "pasted from the incident channel:", "", "Slack export:",
                 f"#{pick(['ops', 'sre', 'incident'])}-{env()}"])
    return (head + "\n" + "\n".join(conv)).strip()


STANDUP = {
    "en": ["yesterday: finished the {s} cache work. today: reviewing PRs. blockers: none", "still fighting the flaky e2e suite, could use a second pair of eyes",
           "out this afternoon, ping me async", "can we move the retro to Thursday?", "+1, Thursday works for me", "I can pair with you on it after lunch"],
    "de": ["gestern: {s}-Cache fertig. heute: Reviews. Blocker: keine", "kämpfe noch mit den flaky E2E-Tests, kann jemand mit draufschauen?",
           "bin heute Nachmittag weg, schreibt mir asynchron", "können wir die Retro auf Donnerstag schieben?", "+1, Donnerstag passt"],
    "es": ["ayer: terminé la caché de {s}. hoy: revisar PRs. bloqueos: ninguno", "sigo peleando con los e2e inestables, ¿alguien me echa una mano?",
           "¿movemos la retro al jueves?", "+1, el jueves me viene bien"],
    "zh": ["昨天：完成了 {s} 的缓存改造。今天：review PR。阻塞：无", "还在搞不稳定的 e2e 测试，谁能帮我看一下？", "下午请假，有事异步找我", "回顾会能挪到周四吗？", "+1，周四可以"],
    "ja": ["昨日：{s} のキャッシュ対応を完了。今日：PR レビュー。ブロッカー：なし", "不安定な e2e テストと格闘中です。誰か一緒に見てもらえますか？",
           "レトロを木曜に移せますか？", "+1、木曜で大丈夫です"],
    "fr": ["hier : fini le cache de {s}. aujourd'hui : revues de PR. blocages : aucun", "je me bats toujours avec les e2e instables, quelqu'un peut regarder avec moi ?",
           "on peut décaler la rétro à jeudi ?", "+1, jeudi ça me va"],
    "pt": ["ontem: terminei o cache do {s}. hoje: revisar PRs. bloqueios: nenhum", "ainda brigando com os e2e instáveis, alguém ajuda?", "+1, quinta funciona"],
    "ko": ["어제: {s} 캐시 작업 완료. 오늘: PR 리뷰. 블로커: 없음", "불안정한 e2e 테스트 때문에 아직 고생 중이에요, 같이 봐줄 사람?", "회고를 목요일로 옮길까요?"],
    "pl": ["wczoraj: skończyłem cache dla {s}. dziś: review PR-ów. blokery: brak", "dalej walczę z niestabilnymi e2e, ktoś pomoże?", "+1, czwartek pasuje"],
}


def standup_thread():
    code = pick(list(STANDUP)) if chance(0.3) else "en"
    bank = STANDUP[code]
    s = svc()
    n = min(num(2, 5), len(bank))
    lines = [f"{who()}: {text.format(s=s)}" for text in R.sample(bank, n)]
    return pick(["standup thread:", f"#team-{pick(['platform', 'payments', 'infra'])} standup {stamp()[:10]}", "Standup"]) + "\n" + "\n".join(lines)


REVIEW_HUMAN = [
    ("why do we need the extra retry here? the client already retries", "fair, but the client retry doesn't cover the 409 — I can add a comment"),
    ("nit: can we name this `drain_timeout` instead of `t`?", "done, pushed"),
    ("this will break the ARM runners, they don't have that glibc", "hmm, good catch. should I pin the base image instead?"),
    ("are you sure this migration is safe to run online? it rewrites the table", "you're right, I'll split it into add-column + backfill"),
    ("can you add a test for the empty-list case?", "added in the last commit, thanks for checking"),
    ("I don't love the global here, could we pass it in?", "sure, will refactor before merge"),
    ("这里为什么要关掉缓存？", "因为缓存 key 里没有区域信息，会串数据，我加个注释"),
    ("Warum brauchen wir hier den zusätzlichen Retry?", "Der Client deckt den 409 nicht ab, ich schreibe einen Kommentar dazu"),
    ("¿esto no rompe los runners ARM?", "buena observación, fijo la imagen base"),
    ("この変更でキャッシュキーが変わりますよね？", "はい、意図的です。README に追記します"),
]


def pr_review_thread():
    a, b = who(), who()
    turns = [REVIEW_HUMAN[num(0, len(REVIEW_HUMAN) - 1)] for _ in range(num(1, 3))]
    out = [f"PR #{num(100, 9999)} ({repo()}) review thread, {pick(['src/', 'deploy/', 'ci/'])}{svc()}/{pick(['pool.py', 'values.yaml', 'main.go', 'workflow.yml'])}:"]
    for q, r in turns:
        out.append(f"{a}: {q}")
        out.append(f"{b}: {r}")
    return "\n".join(out)


BOT_BODIES = [
    "Thanks for the PR! I have a couple of observations:\n\n1. In `{f}`, `retry_count` is incremented before the request is sent, so the first attempt is counted as a retry. This makes the metric misleading.\n2. The new log line prints the full request object; this may include headers you don't want in logs.\n\nSuggested change:\n```diff\n- log.info(\"sending %s\", req)\n+ log.info(\"sending %s %s\", req.method, req.url)\n```",
    "Nice cleanup. I traced the call sites of `load_config` and all of them now pass the environment explicitly, so removing the global default should be safe. I couldn't find tests covering the `{v}` override path though — want me to sketch one?",
    "⚠️ Potential race condition: `{f}` reads `self.cache` without holding the lock that `refresh()` takes. Under concurrent requests this can return a partially refreshed map. I'd recommend copying the reference under the lock or switching to an immutable swap.",
    "I'm not confident this change is correct. The Helm template now renders `resources.limits.memory` only when `{v}` is set, which means the default deployment has no memory limit at all. Was that intended?",
    "I found a potential issue in `{f}`: the connection is opened inside the loop but only closed on the success path. If `fetch_batch` raises, the socket leaks. Consider using a context manager:\n\n```python\nwith pool.connection() as conn:\n    ...\n```\n\nOtherwise the change looks good to me.",
    "## Summary\nThis PR changes the retry policy for {s} from fixed to exponential backoff.\n\n## Concerns\n1. The max delay of 300s may exceed the job timeout.\n2. There is no jitter, so clients will retry in lockstep.\n\nI'd suggest adding jitter and capping the delay at the timeout minus a margin.",
    "Great work overall! A few suggestions:\n- `{f}` line {n}: this comparison will always be true because `status` is a string.\n- Consider extracting the parsing logic into a helper so it can be tested in isolation.\nLet me know if you'd like me to propose a patch.",
    "**Walkthrough**\nThe changes introduce a new `drain()` step before shutdown and update the Helm chart to give pods {n}s of grace. I verified the probe paths match. One thing to double-check: the preStop hook sleeps longer than terminationGracePeriodSeconds in the staging values.",
    "I reviewed the diff and I don't see any blocking issues. However, I noticed that the new environment variable `{v}` is read without a default, which will raise a KeyError on the runners that don't set it. You may want to use `os.environ.get` with a sensible fallback.",
    "이 변경으로 `{f}`에서 널 포인터 예외가 발생할 수 있습니다. `user`가 없을 때를 처리하는 분기를 추가하는 것을 권장합니다.",
    "`{f}` の {n} 行目で、例外が握りつぶされています。ログを出すか再送出することをおすすめします。それ以外は問題なさそうです。",
    "这个 PR 把 {s} 的超时从 30 秒改成了 5 秒。我担心在高峰期批量导出会超时，建议只对交互请求缩短超时，或者加一个配置项。",
    "Ich habe mir die Änderungen angesehen. In `{f}` wird der Fehler beim Schließen der Datei ignoriert; ich würde vorschlagen, ihn zumindest zu loggen. Ansonsten sieht der PR gut aus.",
    "He revisado el PR. En `{f}` la consulta se construye concatenando cadenas, lo que puede permitir inyección SQL. Te sugiero usar parámetros en su lugar.",
]


def ai_review_bot():
    bot = pick(["coderabbitai[bot]", "review-gpt[bot]", "copilot-pull-request-reviewer", "ai-reviewer", "claude-review[bot]"])
    body = pick(BOT_BODIES).format(f=f"{svc()}/{pick(['client.py', 'handler.go', 'worker.ts', 'db.rs'])}", s=svc(), n=num(12, 400),
                                   v=pick(["CACHE_TTL", "REGION", "FEATURE_FLAGS_URL"]))
    head = pick([f"{bot} commented on PR #{num(100, 9999)}:", f"Review from {bot} (verbatim):", f"{bot}:",
                 f"copied the AI reviewer's comment on {repo()}#{num(100, 9999)} so the next agent sees it:"])
    return f"{head}\n{body}"


TEMPLATES = [
    "You are an on-call assistant for the {s} team. Given the alert below, summarise the likely cause in two sentences and suggest one safe first action. Never suggest deleting data.\n\nAlert: {{alert}}",
    "You are a release-notes writer. Rewrite the following commit messages as user-facing changelog entries. Group them under Added, Fixed and Changed. Do not mention internal ticket numbers.",
    "Classify this support ticket into one of: billing, outage, feature_request, other. Answer with the label only.\n\nTicket: {{ticket_body}}",
    "Du bist ein hilfreicher Assistent für das Support-Team. Beantworte die Frage des Kunden freundlich und knapp auf Deutsch.",
    "你是一个客服助手。请根据订单信息用简洁的中文回答用户的问题，不要透露内部系统名称。",
    "あなたは社内ヘルプデスクのアシスタントです。質問に対して手順を箇条書きで答えてください。",
    "Eres un asistente que resume incidentes. Resume el siguiente registro en tres viñetas para la página de estado.",
    "Tu es un assistant qui rédige des messages pour la page de statut. Reste factuel, n'invente pas de cause.",
]


def prompt_in_diff():
    t = pick(TEMPLATES).format(s=svc())
    lines = "\n".join("+  " + ln if ln else "+" for ln in t.split("\n"))
    path = pick(["prompts/triage.txt", "deploy/configmap-prompts.yaml", "charts/assistant/values.yaml", "config/llm.yml"])
    if path.endswith(("yaml", "yml")):
        body = f"+system_prompt: |\n{lines}"
    else:
        body = lines
    return (f"deploy {version()} to {env()} changed {path}:\ndiff --git a/{path} b/{path}\n--- a/{path}\n+++ b/{path}\n"
            f"@@ -{num(1, 40)},{num(1, 9)} +{num(1, 40)},{num(2, 20)} @@\n{body}")


LLM_STEP = [
    ("Given this stack trace, which file should the author look at first? Reply with the path only.", "src/{s}/pool.py"),
    ("Review this Terraform plan and list anything that destroys data.", "One resource will be destroyed: aws_s3_bucket.{s}_exports. It is not empty in the last state, so the plan would delete stored exports. Everything else is an in-place update."),
    ("Rédige un résumé de deux phrases de cet échec de build pour l'auteur de la PR.", "Le build échoue car le test {t} dépend du fuseau horaire local. Fixer TZ=UTC dans le job devrait suffire."),
    ("Summarise why these tests failed for the PR author: {t}", "The failures in {t} are caused by a timezone assumption: the fixture creates dates in local time while the assertion expects UTC. Setting TZ=UTC in the job or making the fixture timezone-aware should fix both."),
    ("Write a one-paragraph changelog for version {v} from these commits.", "Version {v} improves reliability of {s}: retries now back off exponentially, the export job no longer times out on large tenants, and several dependency updates close known vulnerabilities."),
    ("Is this diff safe to deploy on a Friday? Answer yes or no and explain.", "No. The diff includes a schema migration that locks the orders table; I'd recommend deploying it early in the week with the team available."),
    ("用中文总结这次构建失败的原因。", "这次构建失败是因为 {s} 的依赖版本冲突：lockfile 中的 protobuf 版本与生成代码不一致。建议重新生成代码或固定版本。"),
    ("Erkläre kurz, warum der Build fehlgeschlagen ist.", "Der Build ist fehlgeschlagen, weil das Basis-Image kein glibc 2.38 enthält. Ein Wechsel auf bookworm sollte das Problem beheben."),
]


def ci_llm_step():
    p, r = pick(LLM_STEP)
    fill = {"t": f"test_{svc().replace('-', '_')}.py", "v": version(), "s": svc()}
    p, r = p.format(**fill), r.format(**fill)
    style = num(0, 2)
    if style == 0:
        return (f"##[group]Run ai-summarise\n+ llm -m {pick(['claude-sonnet-4', 'gpt-4.1', 'gemini-2.5-pro'])} \"{p}\"\n"
                f"##[endgroup]\n{r}")
    if style == 1:
        return json.dumps({"step": "ai-triage", "run": runid(), "request": {"messages": [{"role": "user", "content": p}]},
                           "response": {"content": r}}, ensure_ascii=chance(0.3))
    return f"[ai-summary] prompt: {p}\n[ai-summary] completion: {r}"


def agent_session_turns():
    user_q = pick(["the deploy to {e} failed, can you figure out why?", "please bump the base image and open a PR",
                   "why is the nightly job red again?", "能帮我看看 {e} 部署为什么失败吗？", "kannst du herausfinden, warum der Nightly-Job rot ist?",
                   "¿puedes revisar por qué falló el despliegue en {e}?", "{e} 배포가 왜 실패했는지 봐줄래?"]).format(e=env())
    reply = pick(["I looked at the logs: the readiness probe on {s} times out after the migration. I'll raise the initial delay and redeploy.",
                  "The nightly job fails because the cache key changed after the lockfile update. I'll clear the cache and rerun.",
                  "I've opened PR #{n} bumping the base image; CI is running now.",
                  "日志显示 {s} 的就绪探针在迁移后超时，我会调整初始延迟后重新部署。"]).format(s=svc(), n=num(100, 9999))
    if chance(0.5):
        rows = [{"type": "user", "message": {"role": "user", "content": user_q}, "timestamp": stamp()},
                {"type": "assistant", "message": {"role": "assistant", "content": reply}, "timestamp": stamp()}]
        return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    return f"> {user_q}\n\n⏺ {reply}" if chance(0.5) else f"User: {user_q}\nAssistant: {reply}"


TRIAGE = [
    "Summary: {s} started returning 503s at {t} after the node pool scaled down. Three pods were evicted and the remaining ones hit their CPU limit. Suggested next step: pin minReplicas to 4 until the autoscaler settings are reviewed. I have not taken any action.",
    "I checked the last deploys, the error logs and the dependency dashboard. The most likely trigger is the config push at {t}, which changed the cache TTL for {s} from 300s to 3s and multiplied database reads. Rolling back the config should resolve this within a few minutes.",
    "Likely cause: expired credentials for the {s} → payments integration (401s started exactly at {t}, no deploy in the window). Recommended: rotate via the SEC runbook, then acknowledge. Related incidents: 2 in the last 90 days.",
    "Based on the alert and the last 30 minutes of logs, the most likely cause is connection pool exhaustion on {s}: active connections hit the limit of {n} at {t}. I recommend scaling the deployment to 2 more replicas and checking for long-running transactions. Confidence: medium.",
    "This alert looks like a false positive. The disk usage spike on {h} coincides with the nightly backup, which usually frees space within 20 minutes. No action needed unless it persists past {t}.",
    "根据告警和日志，{s} 很可能是因为上游超时导致的重试风暴。建议先降低重试次数，再观察十分钟。",
    "Según la alerta, {s} está devolviendo errores 5xx porque el certificado del upstream expiró a las {t}. Recomiendo renovar el certificado y reiniciar los pods.",
]


def triage_bot_answer():
    ans = pick(TRIAGE).format(s=svc(), n=num(20, 200), t=hhmm(), h=pick(["db-3", "k8s-node-c4", "build-07"]))
    return pick([f"PagerDuty note added by AI triage ({stamp()}):\n{ans}", f"Opsgenie › AI summary:\n\"{ans}\"",
                 f"The triage assistant answered:\n{ans}", f"🤖 incident-copilot: {ans}"])


def postmortem_quotes():
    code = lang(0.25)
    conv = _conversation(code, num(2, 4))
    return (f"Postmortem {svc()} {stamp()[:10]}\nImpact: {num(2, 90)} min of elevated errors for {num(1, 40)}% of requests.\n"
            f"What the channel said at the time (verbatim):\n" + "\n".join(conv) +
            f"\nAction items: {pick(['add pool saturation alert', 'canary for config changes', 'document rollback'])}")


RELEASE_MODEL = [
    "## What's new in {v}\n- Faster exports: large tenants no longer time out.\n- Retries now use exponential backoff with jitter.\n- Fixed a crash when the cache was empty.\n\nThank you to everyone who reported issues!",
    "Here's a draft announcement for {v}:\n\n\"We're excited to ship {v}! This release focuses on reliability — fewer timeouts, smarter retries and a long list of fixes. Upgrade today.\"\n\nWould you like a shorter version for the status page?",
    "以下是 {v} 版本的发布说明草稿：\n- 导出速度提升\n- 重试策略改为指数退避\n- 修复缓存为空时的崩溃\n如需英文版本请告诉我。",
]


def release_model_draft():
    v = version()
    return (pick(["release-bot asked the model for notes; it returned:", "Model output (verbatim), release notes draft:",
                  f"LLM draft for {repo()} {v}:"]) + "\n" + pick(RELEASE_MODEL).format(v=v))


TICKET = [
    ("Can you give me read access to the {e} logs bucket? I need it for the {s} investigation.", "Approved for 7 days. Let me know if you need longer."),
    ("Is anyone still using the old {s} dashboard? I'd like to delete it.", "yes, support uses it every morning, please don't"),
    ("¿Me podéis dar acceso de lectura al bucket de logs de {e}?", "Aprobado por 7 días, avísame si necesitas más."),
    ("{e} 로그 버킷 읽기 권한 받을 수 있을까요?", "7일간 승인했습니다. 더 필요하면 말씀해 주세요."),
    ("Könnt ihr mir Lesezugriff auf den {e}-Log-Bucket geben?", "Für 7 Tage freigegeben, meld dich, falls du länger brauchst."),
]


def ticket_exchange():
    q, a = pick(TICKET)
    q, a = q.format(e=env(), s=svc()), a.format(e=env(), s=svc())
    n = num(100, 9999)
    asked, answered = sorted([stamp()[:16], stamp()[:16]])
    return (f"OPS-{n} comments:\n{who()} ({asked}): {q}\n{who()} ({answered}): {a}" +
            (f"\n{who()}: thanks!" if chance(0.4) else ""))


RUNBOOK = [
    "Ask the ops agent exactly this: \"Check the replication lag on {s}-db and, if it is above 30 seconds, pause the consumers and tell me what you did.\"",
    "Step 4 (agent prompt): You are the deploy assistant. Read the rollout status of {s} in {e}; if more than one pod is crash-looping, roll back to the previous revision and post a summary.",
    "Paste into the assistant: \"Summarise the last 50 lines of the {s} logs for a non-engineer. Keep it under 80 words.\"",
    "Schritt 3: Gib dem Agenten folgenden Auftrag: \"Prüfe die Replikationsverzögerung von {s}-db und pausiere die Consumer, wenn sie über 30 Sekunden liegt.\"",
    "手順 3: エージェントに次のように指示する：「{s} のロールアウト状況を確認し、クラッシュしている Pod があれば前のリビジョンに戻して報告して」",
]


def runbook_prompt():
    return f"runbook/{svc()}.md\n" + pick(RUNBOOK).format(s=svc(), e=env()) if chance(0.5) else pick(RUNBOOK).format(s=svc(), e=env())


def long_incident_chat():
    code = lang(0.2)
    parts = [f"Full export of #inc-{num(100, 999)} ({job_url()})"]
    for _ in range(num(6, 10)):
        parts.extend(_conversation(code, num(4, 7)))
    return "\n".join(parts)


CATS = [
    ("incident_channel_excerpt", incident_channel, 120),
    ("standup_thread", standup_thread, 75),
    ("pr_review_human_thread", pr_review_thread, 80),
    ("ai_review_bot_verbatim", ai_review_bot, 100),
    ("prompt_template_in_deploy_diff", prompt_in_diff, 80),
    ("ci_step_model_call_echoed", ci_llm_step, 90),
    ("agent_session_turns_copied", agent_session_turns, 90),
    ("alert_triage_bot_answer", triage_bot_answer, 80),
    ("postmortem_channel_quotes", postmortem_quotes, 70),
    ("release_notes_model_draft", release_model_draft, 60),
    ("ticket_comment_exchange", ticket_exchange, 75),
    ("runbook_prompt_for_agent", runbook_prompt, 60),
    ("long_incident_channel_export", long_incident_chat, 70),
]
