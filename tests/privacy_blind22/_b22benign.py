"""Benign lines: ordinary engineering text of a team and its machines, many of them twins of
the secret and prompt frames (the same log with the value masked, the same incident told in the
author's own words, the same review bot reduced to a status line)."""
import json

from _b22lang import lang, say
from _b22rand import (
    Clock,
    akia,
    chance,
    dur,
    env,
    hhmm,
    hosts_pick,
    image,
    job_url,
    num,
    pick,
    repo,
    runid,
    sha,
    stamp,
    svc,
    version,
    who,
)


def ci_masked():
    if chance(0.3):
        return container_build()
    k = num(0, 4)
    if k == 0:
        return (f"##[group]Run ./scripts/configure-registry.sh\nNPM_TOKEN: ***\nREGISTRY: https://npm.pkg.github.com\n"
                f"##[endgroup]\nwrote .npmrc ({num(80, 140)} bytes)\nfinished in {dur()}")
    if k == 1:
        return (f"echo \"::add-mask::$DEPLOY_TOKEN\"\n{stamp()} ##[group]Deploy {svc()} to {env()}\n"
                f"{stamp()} Authorization: Bearer ***\n{stamp()} deployment {sha(7)} accepted (HTTP 202)\n{stamp()} ##[endgroup]")
    if k == 2:
        return (f"$ echo \"//registry.npmjs.org/:_authToken=${{NPM_TOKEN}}\" > .npmrc\n$ npm publish --access public\n"
                f"npm notice name: @acme/{svc()}\nnpm notice version: {version()}\n+ @acme/{svc()}@{version()}\nJob succeeded")
    if k == 3:
        return ("[Pipeline] withCredentials\nMasking supported pattern matches of $REGISTRY_PASSWORD\n[Pipeline] sh\n"
                "+ docker login -u acme-ci --password-stdin registry.example.com\nLogin Succeeded\n[Pipeline] }\nFinished: SUCCESS")
    return (f"~~~ Running commands\n$ buildkite-agent secret get DEPLOY_KEY > /dev/null\n--- :rocket: deploy {svc()}\n"
            f"deploy key loaded (value redacted by agent)\nexit status 0 in {dur()}")


def long_ci_masked():
    clock = Clock()
    lines = [f"{clock()} ##[group]Run actions/checkout@v4", f"{clock()} Syncing repository: {repo()}", f"{clock()} ##[endgroup]"]
    for _ in range(num(30, 55)):
        lines.append(f"{clock()} " + pick([f"Step {num(1, 30)}/{num(30, 40)} : RUN npm ci --no-audit", f" ---> Using cache {sha(12)}",
                                           f"added {num(100, 1500)} packages in {dur()}", f"PASS src/{svc()}/{sha(5)}.test.ts ({dur()})",
                                           f"Cache restored from key: node-cache-Linux-x64-npm-{sha(40)}", "REGISTRY_PASSWORD: ***",
                                           "##[warning]Node.js 16 actions are deprecated", f"{num(1, 99)}% done",
                                           f"Post job cleanup. Removed {num(1, 9)} temporary credentials files"]))
    return "\n".join(lines)


def test_report():
    k = num(0, 3)
    if k == 0:
        n = num(40, 900)
        f = num(0, 4)
        return (f'<testsuite name="{svc()}" tests="{n}" failures="{f}" errors="0" skipped="{num(0, 12)}" time="{num(5, 400)}.{num(0, 99)}">\n'
                f'  <testcase classname="tests.test_{svc().replace("-", "_")}" name="test_token_refresh_expires" time="0.{num(10, 99)}"/>\n'
                f'  <testcase classname="tests.test_auth" name="test_rejects_expired_api_key" time="0.{num(10, 99)}"/>\n</testsuite>')
    if k == 1:
        return (f"==== {num(1, 3)} failed, {num(200, 1500)} passed, {num(0, 30)} skipped in {num(20, 400)}.{num(10, 99)}s ====\n"
                f"FAILED tests/test_{svc().replace('-', '_')}.py::test_retry_after_{pick(['timeout', '409', 'reset'])} - AssertionError")
    if k == 2:
        tests = [f"{svc()}::{pick(['test_prompt_template_renders', 'test_login_flow', 'test_webhook_signature', 'test_export_large'])}" for _ in range(num(2, 5))]
        return f"Flaky tests this week ({repo()}):\n" + "\n".join(f"- {t}: {num(2, 30)}% failure over {num(20, 200)} runs" for t in tests)
    return f"pytest {repo()}@{sha(7)}: {num(300, 2000)} passed in {dur()} on {pick(hosts_pick())}"


def container_build():
    k = num(0, 2)
    if k == 0:
        return (f"#{num(5, 12)} [build {num(2, 6)}/{num(7, 9)}] RUN --mount=type=secret,id=npmrc npm ci\n"
                f"#{num(5, 12)} DONE {num(1, 90)}.{num(0, 9)}s\n#{num(13, 20)} exporting to image\n#{num(13, 20)} naming to {image()} done")
    if k == 1:
        return (f"INFO[0003] Retrieving image manifest node:22-bookworm-slim\nINFO[00{num(10, 99)}] Taking snapshot of full filesystem...\n"
                f"INFO[00{num(10, 99)}] Pushing image to {image()}\nINFO[00{num(10, 99)}] Pushed {image().split(':')[0]}@sha256:{sha(64)}")
    return f"docker buildx build --platform linux/amd64,linux/arm64 --push -t {image()} . ({dur()}, cache hit {num(40, 99)}%)"


def tf_masked():
    k = num(0, 2)
    if k == 0:
        return (f"  # aws_db_instance.{svc().replace('-', '_')} will be updated in-place\n  ~ resource \"aws_db_instance\" \"main\" {{\n"
                f"        id       = \"{svc()}-{env()}\"\n      ~ password = (sensitive value)\n      ~ instance_class = \"db.t4g.{pick(['medium', 'large'])}\" -> \"db.r7g.large\"\n    }}\n\n"
                f"Plan: 0 to add, 1 to change, 0 to destroy.")
    if k == 1:
        return (f"Previewing update ({env()})\n     Type                 Name           Plan\n     pulumi:pulumi:Stack  {svc()}-{env()}\n"
                f" ~   aws:rds:Instance     db             update     [diff: ~password (secret)]\nResources:\n    ~ 1 to update\n    {num(10, 80)} unchanged")
    return json.dumps({"outputs": {"db_password": {"sensitive": True, "type": "string"},
                                   "db_endpoint": {"sensitive": False, "value": f"{svc()}-db.{env()}.internal:5432"}}})


def kubectl_output():
    k = num(0, 2)
    if k == 0:
        return (f"Name:         {svc()}-db\nNamespace:    {env()}\nType:  Opaque\n\nData\n====\npassword:  {num(16, 32)} bytes\n"
                f"username:  {num(3, 10)} bytes\nurl:       {num(60, 120)} bytes")
    if k == 1:
        return (f"Name:           {svc()}-{sha(10)[:9]}-{sha(5)}\nNode:           {pick(hosts_pick())}\nStatus:         Running\n"
                f"Image:          {image()}\nEnvironment:\n  DB_PASSWORD:  <set to the key 'password' in secret '{svc()}-db'>\n"
                f"  LOG_LEVEL:    info\nEvents:\n  Normal  Pulled  {num(1, 59)}s  kubelet  Successfully pulled image in {dur()}")
    return (f"Type:  kubernetes.io/dockerconfigjson\nData\n====\n.dockerconfigjson:  {num(150, 400)} bytes\n"
            f"(regcred in {env()} recreated by deploy-bot {stamp()})")


def deploy_status():
    k = num(0, 4)
    if k == 0:
        return f"argocd app get {svc()}-{env()}: Sync Status: Synced to {sha(7)}, Health Status: {pick(['Healthy', 'Progressing', 'Degraded'])}"
    if k == 1:
        return (f"Release \"{svc()}\" has been upgraded. Happy Helming!\nNAME: {svc()}\nNAMESPACE: {env()}\nSTATUS: deployed\nREVISION: {num(2, 300)}")
    if k == 2:
        return f"flag {pick(['new-checkout', 'bulk-export', 'ledger-v2'])} set to {num(1, 100)}% in {env()} by {who()} ({stamp()}); rollback plan: set to 0"
    if k == 3:
        return (f"{stamp()} alembic Running upgrade {sha(12)} -> {sha(12)}, add index on orders.created_at\n"
                f"{stamp()} using sqlalchemy.url = postgresql://migrator:***@{svc()}-db.internal:5432/app\n{stamp()} done in {dur()}")
    return f"Rolled back {svc()} in {env()} from {version()} to {version()} after the canary showed {num(2, 9)}% 5xx; no data migration was involved."


def alert_payload():
    if chance(0.6):
        return json.dumps({"receiver": "oncall", "status": pick(["firing", "resolved"]),
                           "alerts": [{"labels": {"alertname": pick(["HighErrorRate", "PodCrashLooping", "DiskFull", "CertExpiringSoon"]),
                                                  "service": svc(), "env": env(), "severity": pick(["critical", "warning"])},
                                       "startsAt": stamp(), "generatorURL": f"https://prometheus.{env()}.internal/graph?g0.expr=up"}],
                           "groupKey": "{}:{alertname=\"%s\"}" % svc()})
    return (f"[PagerDuty] #{num(10000, 99999)} triggered: {svc()} {pick(['latency', 'error budget burn', 'queue depth'])} — "
            f"assigned to {who()} (escalation policy {pick(['platform-primary', 'payments-oncall'])}); routing key is kept in the vault, not here")


TIMELINE = {
    "en": ["{t} deploy of {s} finished; {t2} first customer report via support; {t3} {p} paged, traced it to the cache TTL change and reverted.",
           "Incident summary in my own words: {s} lost its database connections at {t}, {p} restarted the pods at {t2}, and the backlog drained by {t3}.",
           "{t} PagerDuty fired (queue depth on {s}). {t2} {p} found the consumer stuck after a broker failover. {t3} consumer restarted, lag back to zero.",
           "{t} cert expiry warning for {s}; {t2} renewal failed (DNS01); {t3} {p} fixed the solver and the new certificate was issued.","{t} alerts fired for {s}; {p} acknowledged. {t2} we rolled back the pool-size change. {t3} error rate back to baseline.",
           "Timeline (my words): the 502s started after the config push, the on-call rolled back, and the graphs recovered within ten minutes."],
    "de": ["{t} Alarme für {s}; {p} hat bestätigt. {t2} Änderung der Pool-Größe zurückgerollt. {t3} Fehlerrate wieder normal."],
    "fr": ["{t} alertes sur {s} ; {p} a pris l'astreinte. {t2} retour arrière de la taille du pool. {t3} taux d'erreur revenu à la normale."],
    "es": ["{t} saltaron las alertas de {s}; {p} las reconoció. {t2} revertimos el cambio del pool. {t3} la tasa de errores volvió a su nivel."],
    "zh": ["{t} {s} 告警触发，{p} 确认。{t2} 回滚了连接池配置。{t3} 错误率恢复正常。"],
    "ja": ["{t} {s} のアラート発生、{p} が対応開始。{t2} プールサイズ変更をロールバック。{t3} エラー率が平常値に回復。"],
    "ko": ["{t} {s} 알림 발생, {p} 확인. {t2} 풀 크기 변경 롤백. {t3} 에러율 정상화."],
    "ru": ["{t} сработали алерты {s}; {p} принял. {t2} откатили размер пула. {t3} ошибки вернулись к норме."],
    "pt": ["{t} alertas de {s}; {p} reconheceu. {t2} revertemos o tamanho do pool. {t3} taxa de erro normalizada."],
    "tr": ["{t} {s} alarmları tetiklendi; {p} üstlendi. {t2} havuz boyutu değişikliği geri alındı. {t3} hata oranı normale döndü."],
    "vi": ["{t} cảnh báo {s} kích hoạt; {p} tiếp nhận. {t2} rollback thay đổi pool. {t3} tỉ lệ lỗi trở lại bình thường."],
    "pl": ["{t} alerty dla {s}; {p} potwierdził. {t2} wycofano zmianę puli. {t3} błędy wróciły do normy."],
    "it": ["{t} scattati gli allarmi di {s}; {p} ha preso in carico. {t2} rollback della dimensione del pool. {t3} errori tornati normali."],
    "hi": ["{t} {s} के अलर्ट आए; {p} ने संभाला। {t2} pool size का बदलाव वापस लिया। {t3} error rate सामान्य हुआ।"],
    "ar": ["{t} انطلقت تنبيهات {s}؛ تولّى {p} الأمر. {t2} تراجعنا عن تغيير حجم الـ pool. {t3} عاد معدل الأخطاء إلى طبيعته."],
}


def incident_timeline():
    if chance(0.3):
        return status_release()
    code = lang(0.4)
    return say(TIMELINE, code).format(t=hhmm(), t2=hhmm(), t3=hhmm(), s=svc(), p=who()) + (f" ({job_url()})" if chance(0.3) else "")


PM_EN = [
    "Users reported that checkout hung on the payment step and some saw a generic error page. Support received about {n} tickets. Root cause: the pool size change in {s} halved available connections. We are adding a saturation alert.",
    "Customers in the EU could not log in for roughly {m} minutes; mobile clients showed 'session expired' in a loop. The cause was an expired intermediate certificate on the {s} load balancer. cert-manager had been failing silently since the DNS zone move.",
    "About {n} scheduled exports were delivered late. No data was lost. A lockfile bump pulled in a client library that ignored our timeout setting, so {s} workers hung on slow tenants until the job deadline.",
    "Search results were stale for {m} minutes because {s} stopped consuming from the queue after a broker failover. Users noticed missing new products; support escalated after the third report.",
    "Between the two deploys the feature flag for the new checkout was at 100% in one region only. Some users saw prices without tax. We reverted the flag and wrote a check into the deploy pipeline.",
]

PM = {
    "en": "",
    "de": "Nutzer meldeten, dass der Checkout beim Bezahlschritt hing. Der Support erhielt etwa {n} Tickets. Ursache: die Änderung der Pool-Größe in {s}.",
    "es": "Los usuarios informaron de que el pago se quedaba colgado y algunos vieron una página de error. Soporte recibió unos {n} tickets. Causa: el cambio del pool en {s}.",
    "zh": "用户反馈结账在支付步骤卡住，部分用户看到错误页。客服收到约 {n} 张工单。根因：{s} 的连接池配置变更。",
    "ja": "ユーザーから決済ステップで止まるとの報告があり、サポートには約 {n} 件の問い合わせがありました。原因は {s} のプールサイズ変更です。",
    "fr": "Des utilisateurs ont signalé un blocage au paiement ; le support a reçu environ {n} tickets. Cause : le changement de taille du pool dans {s}.",
    "pt": "Usuários relataram que o checkout travava no pagamento; o suporte recebeu cerca de {n} chamados. Causa: a mudança do pool em {s}.",
}


def postmortem_summary():
    code = pick(list(PM)) if chance(0.3) else "en"
    body = (pick(PM_EN) if code == "en" else PM[code]).format(n=num(10, 900), s=svc(), m=num(5, 120))
    extra = ""
    if chance(0.3):
        extra = ("\n\nDetails: " + " ".join(pick([f"At {hhmm()} the deploy of {version()} finished.", "The canary did not catch it because it sees 1% of traffic.",
                                                  "Nobody was paged for the first twelve minutes.", f"We added runbook/{svc()}.md with the rollback steps.",
                                                  "The on-call engineer asked in the channel whether anyone had changed config; someone had."])
                                             for _ in range(num(12, 30))))
    return f"Postmortem: {svc()} degraded ({stamp()[:10]})\n{body}{extra}"


def review_bot_status():
    bot = pick(["coderabbitai[bot]", "review-gpt[bot]", "sonarcloud[bot]", "codecov[bot]", "ai-reviewer"])
    return pick([f"{bot}: reviewed {num(1, 40)} files, {num(0, 9)} comments, {num(0, 3)} suggestions on PR #{num(100, 9999)}",
                 f"AI review on {repo()}#{num(100, 9999)} finished: {num(0, 6)} issues (1 high). Details left as review comments.",
                 f"{bot} quality gate passed — coverage {num(60, 98)}.{num(0, 9)}%, duplications {num(0, 5)}.{num(0, 9)}%",
                 f"AI 리뷰 완료: 코멘트 {num(0, 9)}개 (PR #{num(100, 9999)})", f"AIレビュー完了：指摘 {num(0, 9)} 件 (PR #{num(100, 9999)})",
                 f"KI-Review abgeschlossen: {num(0, 9)} Anmerkungen zu PR #{num(100, 9999)}"])


ACCESS = {
    "en": ["SEC-{n}: rotated the {s} database password in {e}; new value is in vault at secret/{e}/{s}/db, consumers restarted.",
           "Access request OPS-{n}: {p} granted read on the {e} logs bucket for 7 days (approved by {q}).",
           "Rotated the Slack bot token for #deploys; the new one lives in the org secret SLACK_BOT_TOKEN. Old token revoked at {t}."],
    "de": ["SEC-{n}: Passwort der {s}-Datenbank in {e} rotiert; neuer Wert liegt im Vault unter secret/{e}/{s}/db."],
    "fr": ["SEC-{n} : mot de passe de {s} renouvelé en {e}, la nouvelle valeur est dans Vault (secret/{e}/{s}/db)."],
    "es": ["SEC-{n}: rotada la contraseña de {s} en {e}; el valor nuevo está en Vault en secret/{e}/{s}/db."],
    "zh": ["SEC-{n}：已轮换 {e} 环境 {s} 的数据库密码，新值保存在 Vault 的 secret/{e}/{s}/db。"],
    "ja": ["SEC-{n}：{e} の {s} DB パスワードをローテーション済み。新しい値は Vault の secret/{e}/{s}/db にあります。"],
    "ko": ["SEC-{n}: {e}의 {s} DB 비밀번호 교체 완료. 새 값은 Vault secret/{e}/{s}/db 에 있음."],
    "ru": ["SEC-{n}: пароль БД {s} в {e} заменён, новое значение в Vault: secret/{e}/{s}/db."],
    "tr": ["SEC-{n}: {e} ortamında {s} veritabanı şifresi yenilendi; yeni değer Vault'ta secret/{e}/{s}/db altında."],
    "it": ["SEC-{n}: ruotata la password del DB di {s} in {e}; il nuovo valore è in Vault (secret/{e}/{s}/db)."],
    "pl": ["SEC-{n}: hasło bazy {s} w {e} zmienione; nowa wartość w Vault pod secret/{e}/{s}/db."],
    "vi": ["SEC-{n}: đã đổi mật khẩu DB của {s} trên {e}; giá trị mới nằm trong Vault tại secret/{e}/{s}/db."],
}


def access_rotation():
    code = lang(0.4)
    return say(ACCESS, code).format(n=num(100, 9999), s=svc(), e=env(), p=who(), q=who(), t=hhmm())


def store_entries():
    rows = []
    for _ in range(num(2, 6)):
        when = stamp()
        a = pick(["claude-code", "codex", "opencode", "ci-runner", "nightly-agent", "deploy-bot", who()])
        rows.append(f"[{when}] {a}@{pick(hosts_pick())} " + pick([
            f"run {runid()} {pick(['passed', 'failed', 'cancelled'])} on {repo()}@{sha(7)} ({job_url()})",
            f"note: {svc()} flaky test quarantined, ticket OPS-{num(100, 9999)}",
            f"next: re-run the {env()} smoke suite after the cache fix",
            f"model health: {pick(['claude-sonnet-4', 'gpt-4.1', 'gemini-2.5-pro'])} p95 {num(1, 9)}.{num(0, 9)}s, {num(0, 5)} errors/100",
            f"conflict: {pick(['codex', 'claude-code'])} set deploy.window=Tue, {who()} set Thu — keeping Thu, agreed in standup",
            f"branch {pick(['fix/retry-backoff', 'feat/bulk-export', 'ci/cache-keys'])} rebased, PR #{num(100, 9999)} ready for review",
            f"summary for the next human: {num(1, 12)} jobs green, 1 red ({svc()} lint), nothing deployed"]))
    return "\n".join(sorted(rows))


FACTS = [
    "config set ci.cache_key_prefix node-{v}-{h}", "config set deploy.freeze_window \"Fri 15:00–Mon 09:00 UTC\"",
    "config set secrets.source vault (never paste tokens into notes; reference vault paths)",
    "config set llm.prompt_templates_dir prompts/ (reviewed like code, owners: @ml-platform)",
    "config set oncall.rotation weekly, handover Mondays {t} UTC", "config set registry.auth github-oidc (no long-lived tokens)",
    "config set tokens.max_age_days 90", "config set review.ai_bot advisory-only; humans approve",
    "config set terraform.state s3://acme-tfstate/{e}", "config set model.default claude-sonnet-4; fallback gpt-4.1 on 5xx",
    "Agreed in the platform sync: API keys are rotated by the SEC-rotation job; agents only record the ticket number.",
    "团队约定：令牌一律放在 Vault，笔记里只记录路径。", "Teamvereinbarung: Prompts liegen im Repo unter prompts/, nicht in Notizen.",
    "Acordado: las claves de API se rotan cada 90 días mediante el job de rotación.", "チーム合意：トークンは Vault に置き、メモにはパスのみ記載する。",
]


def team_config_facts():
    picks = [pick(FACTS).format(v=num(18, 22), h=sha(8), t=hhmm(), e=env()) for _ in range(num(1, 4))]
    return "\n".join(dict.fromkeys(picks)) + f"\n(set by {who()} {stamp()[:10]})"


HANDOVER = {
    "en": ["Handover {t} UTC: {s} stable after the rollback, two pages overnight (both disk alerts, resolved). Open: OPS-{n} waits on the DB team.",
           "Shift summary: nothing paging, deploy train paused for {s}, replay job credentials are in vault under ops/replay."],
    "de": ["Übergabe {t} UTC: {s} nach dem Rollback stabil, zwei Pages in der Nacht (Plattenplatz, erledigt). Offen: OPS-{n}."],
    "fr": ["Passation {t} UTC : {s} stable après le rollback, deux alertes disque cette nuit (résolues). Ouvert : OPS-{n}."],
    "es": ["Traspaso {t} UTC: {s} estable tras el rollback, dos avisos de disco esta noche (resueltos). Pendiente: OPS-{n}."],
    "ja": ["引き継ぎ {t} UTC：ロールバック後 {s} は安定。夜間に 2 件のディスクアラート（解決済み）。未完了：OPS-{n}。"],
    "zh": ["交接 {t} UTC：回滚后 {s} 稳定，夜间两次磁盘告警（已处理）。待办：OPS-{n}。"],
    "ru": ["Передача смены {t} UTC: {s} стабилен после отката, ночью два алерта по диску (закрыты). Открыто: OPS-{n}."],
    "pt": ["Passagem {t} UTC: {s} estável após o rollback, dois alertas de disco à noite (resolvidos). Aberto: OPS-{n}."],
    "ko": ["인수인계 {t} UTC: 롤백 후 {s} 안정. 야간 디스크 알림 2건(해결). 남은 일: OPS-{n}."],
    "hi": ["हैंडओवर {t} UTC: रोलबैक के बाद {s} स्थिर है, रात में दो disk alert आए (हल हो गए)। बाकी: OPS-{n}।"],
    "ar": ["تسليم المناوبة {t} UTC: {s} مستقر بعد التراجع، تنبيهان للقرص ليلًا (تم حلهما). مفتوح: OPS-{n}."],
}


def handover_own_words():
    code = lang(0.4)
    return say(HANDOVER, code).format(t=hhmm(), s=svc(), n=num(100, 9999))


def status_release():
    k = num(0, 3)
    if k == 0:
        return f"Status page ({stamp()[:16]}): Investigating — some customers see errors at checkout. Next update in 30 minutes."
    if k == 1:
        return f"Resolved: {svc()} errors between {hhmm()} and {hhmm()} UTC. A configuration change reduced database capacity; it has been reverted."
    if k == 2:
        return (f"Release {version()} of {svc()} is out.\n- exports no longer time out for large tenants\n- retries use exponential backoff\n"
                f"- the AI summary step now records token usage per run\nThanks to {who()} and {who()}.")
    return pick([f"Estado: resuelto el incidente de {svc()}.", f"Statut : incident {svc()} résolu à {hhmm()} UTC.",
                 f"状态：{svc()} 故障已于 {hhmm()} UTC 恢复。", f"Status: Störung bei {svc()} um {hhmm()} UTC behoben."])


def audit_infra_events():
    k = num(0, 4)
    if k == 0:
        return json.dumps({"action": pick(["org.update_actions_secret", "repo.create_actions_secret", "environment.remove_actions_secret"]),
                           "actor": who(), "repo": repo(), "secret_name": pick(["NPM_TOKEN", "DEPLOY_KEY", "SLACK_WEBHOOK_URL", "DB_PASSWORD"]),
                           "created_at": stamp(), "@timestamp": num(1760000000000, 1790000000000)})
    if k == 1:
        name = f"{svc()}-{env()}"
        return (f"{stamp()} UPDATE_IN_PROGRESS AWS::CloudFormation::Stack {name} User Initiated\n"
                f"{stamp()} UPDATE_COMPLETE AWS::SecretsManager::Secret DbCredentials\n"
                f"{stamp()} UPDATE_COMPLETE AWS::ECS::Service {svc().title().replace('-', '')}Service\n"
                f"{stamp()} UPDATE_COMPLETE AWS::CloudFormation::Stack {name}")
    if k == 2:
        host = f"db-{num(1, 9)}.{env()}"
        return (f"TASK [postgres : create application role] ****\nok: [{host}] => (item=None)\n"
                "censored: 'the output has been hidden due to the fact that no_log: true was specified for this result'\n"
                f"PLAY RECAP ****\n{host} : ok={num(3, 40)} changed={num(0, 9)} unreachable=0 failed=0 skipped={num(0, 5)}")
    if k == 3:
        return (f"kustomization/{svc()} {pick(['True', 'False'])} Applied revision: main@sha1:{sha(40)}  ({env()})\n"
                f"helmrelease/{svc()} True Helm upgrade succeeded for release {env()}/{svc()}.v{num(2, 90)}")
    return (f"audit: {who()} granted {pick(['roles/cloudsql.client', 'AmazonS3ReadOnlyAccess', 'pull on registry.example.com/acme'])} "
            f"to sa-{svc()}@{env()} until {stamp()[:10]} (ticket OPS-{num(100, 9999)}, approved by {who()})")


def about_secrets_prompts():
    return pick([
        f"The CI step that called the model with the whole diff as its prompt was removed from {repo()}; it cost about {num(2, 40)} USD a day.",
        f"Token usage of the review bot last week: {num(1, 90)}k input, {num(1, 30)}k output per PR on average.",
        f"Rotate the {pick(['npm', 'PyPI', 'Docker Hub', 'Slack'])} token before {stamp()[:10]}; owner {who()}, ticket SEC-{num(100, 9999)}.",
        f"gitleaks found {num(0, 4)} findings on {repo()}@{sha(7)}, all in test fixtures; allowlisted in .gitleaks.toml.",
        f"The access key {akia()[:4]}… of ci-deployer was deactivated; IAM roles via OIDC replace it.",
        "The prompt template for triage moved to prompts/triage.txt; changes need review from @ml-platform.",
        f"kubeconfig for {env()} is generated per job by `aws eks update-kubeconfig`; nothing is stored on the runner.",
        f"Signed URLs for artefacts now expire after 1 hour instead of 7 days (PR #{num(100, 9999)}).",
        "提示词模板已迁移到 prompts/ 目录，修改需要 ML 平台组审核。", f"Le jeton npm expire le {stamp()[:10]}, pensez à le renouveler.",
    ])


CATS = [
    ("ci_and_build_log_masked", ci_masked, 140),
    ("long_ci_log_masked", long_ci_masked, 45),
    ("test_report_summary", test_report, 80),
    ("terraform_pulumi_masked", tf_masked, 70),
    ("kubectl_describe_masked", kubectl_output, 75),
    ("deploy_sync_rollout", deploy_status, 85),
    ("alert_payload_plain", alert_payload, 70),
    ("incident_timeline_and_status", incident_timeline, 120),
    ("postmortem_user_reports", postmortem_summary, 80),
    ("review_bot_status_line", review_bot_status, 70),
    ("access_rotation_ticket_no_value", access_rotation, 80),
    ("shared_store_entries", store_entries, 95),
    ("team_config_facts", team_config_facts, 60),
    ("handover_own_words", handover_own_words, 60),
    ("talk_about_tokens_prompts", about_secrets_prompts, 65),
    ("audit_and_infra_events", audit_infra_events, 70),
]
