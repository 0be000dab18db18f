"""Secret categories of privacy_blind25: credential values inside what non-English teams write.

Each builder returns one text; `generate.py` calls it until the category has its lines. Every line
carries at least one synthetic credential value (random characters in the vendor's real shape).
"""
from _b25kit import (
    BY,
    CJK,
    CMD,
    RTL,
    SVC,
    bank,
    date_for,
    fill,
    flatten,
    hhmm,
    lay,
    pad,
    pick,
    some,
    ticket_id,
)
from _b25rand import FORMATS, R, connstring, cookie, cred, password, pem, signed_url, webhook

KEYWORD = {"zh": "密钥", "ja": "APIキー", "ko": "API 키", "th": "คีย์", "vi": "key", "id": "key", "ru": "ключ",
           "uk": "ключ", "ar": "مفتاح", "fa": "کلید", "he": "API key של", "hi": "key", "el": "κλειδί", "tr": "API anahtarı",
           "pl": "klucz", "pt": "token do", "sw": "ufunguo wa", "es": "token de"}
FRONT = {"ar", "fa", "he", "vi", "id", "el", "pl", "pt", "sw", "es"}
PW = {"zh": "密码", "ja": "パスワード", "ko": "비밀번호", "th": "รหัสผ่าน", "vi": "mật khẩu", "id": "password", "ru": "пароль",
      "uk": "пароль", "ar": "كلمة المرور", "fa": "رمز عبور", "he": "סיסמה", "hi": "पासवर्ड", "el": "κωδικός", "tr": "şifre",
      "pl": "hasło", "pt": "senha", "sw": "nywila", "es": "contraseña"}
GLOBAL = ["aws_akid", "gh_pat", "gh_fine", "gl_pat", "slack_bot", "stripe_sk", "stripe_wh", "google_api", "sendgrid",
          "mailgun", "twilio_sk", "npm", "pypi", "docker", "do", "shopify", "atlassian", "discord_bot", "telegram",
          "vault", "tfc", "doppler", "grafana", "newrelic", "sentry_tok", "linear", "notion", "figma", "postman",
          "mapbox", "pscale", "pulumi", "firebase", "square", "gcp_oauth", "line", "slack_user", "gh_oauth",
          "stripe_rk", "jwt", "aws_session", "datadog", "cloudflare", "twilio_sid", "aws_secret"]
AI = ["openai", "anthropic", "hf", "replicate", "groq", "deepseek", "dashscope", "moonshot", "zhipu"]
LOCAL_CLOUD = {"zh": ["aliyun_ak", "aliyun_sk", "tencent_id", "tencent_key", "huawei_ak", "huawei_sk", "wechat_secret"],
               "ru": ["yc_iam", "yc_api", "yandex_oauth", "vk"], "uk": ["yc_api", "vk"],
               "ko": ["naver_secret", "kakao_rest"], "ja": ["line"], "th": ["line"], "id": ["aliyun_ak", "huawei_ak"],
               "tr": ["huawei_ak", "huawei_sk"]}
PAY = {"hi": ["razorpay_id", "razorpay"], "id": ["midtrans", "xendit"], "sw": ["mpesa", "flutterwave", "paystack"],
       "es": ["mercadopago"], "pt": ["mercadopago", "stripe_sk"], "tr": ["iyzico"], "ru": ["yookassa"],
       "uk": ["stripe_sk"], "ko": ["toss"], "ja": ["payjp"], "th": ["omise"], "vi": ["stripe_rk"],
       "pl": ["stripe_sk"], "ar": ["stripe_sk", "paystack"], "el": ["stripe_sk"], "he": ["stripe_sk"],
       "fa": ["stripe_rk"], "zh": ["wechat_secret", "aliyun_sk"]}


GENERIC = {"key", "token", "secret", "id", "api", "access", "auth", "oauth", "client", "password",
           "server", "user", "bot", "admin", "restricted", "session", "sts", "service", "account", "integration",
           "channel", "rest", "consumer", "personal", "fine-grained", "webhook", "accesskey", "secretid", "secretkey",
           "ak", "sk", "iam", "jwt", "(tongyi)", "(kimi)", "glm", "fcm"}


def vendor(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1].lower() in GENERIC:
        words.pop()
    return " ".join(words)


def what(b: dict, fmt: str) -> str:
    name = FORMATS[fmt][0]
    if R.random() < 0.35:
        return name
    kw = KEYWORD[b["code"]]
    v = vendor(name)
    return f"{kw} {v}" if b["code"] in FRONT else f"{v} {kw}"


def key_line(b: dict, fmt: str) -> str:
    return fill(pick(b["key"]), b, what=what(b, fmt), v=cred(fmt))


def _any_fmt() -> str:
    return pick(GLOBAL + AI + GLOBAL)


def agent_note() -> str:
    b = bank()
    fmt = _any_fmt()
    k = R.random()
    if k < 0.3:
        return pad(b, key_line(b, fmt), 0.7)
    if k > 0.88:
        return long_log(b, key_line(b, fmt))
    parts = some(b["note"], R.randint(1, 3)) + [key_line(b, fmt)] + some(b["next"], R.randint(0, 2))
    R.shuffle(parts)
    parts = [fill(p, b) for p in parts]
    if k < 0.65:
        head = pick([f"## {date_for(b)} · {pick(SVC)}", f"[{b['code']}] session {date_for(b)}", f"{date_for(b)} {hhmm()}",
                     "NOTES", f"### {pick(SVC)}"])
        bullet = pick(["- ", "• ", "* ", "", "・" if b["code"] == "ja" else "- "])
        return head + "\n" + "\n".join(bullet + p for p in parts)
    return " ".join(parts)


def long_log(b: dict, secret_line: str) -> str:
    """A whole day's session log (over 2,000 characters) with the credential somewhere inside."""
    blocks = []
    for _ in range(R.randint(6, 9)):
        items = [fill(x, b) for x in some(b["note"] + b["next"], 3)]
        blocks.append(f"### {date_for(b)} {hhmm()}\n" + "\n".join("- " + x for x in items))
    blocks.insert(R.randint(1, len(blocks) - 1), secret_line)
    return "\n\n".join(blocks)


def _comment(b: dict) -> str:
    c = pick(b["note"] + b["next"] + b["where"])
    return fill(c, b, what=pick(["token", "API key", "secret"]))


TABLE_HEAD = {"zh": ("项", "值", "环境信息"), "ja": ("項目", "値", "接続情報"), "ko": ("항목", "값", "접속 정보"),
              "ru": ("Параметр", "Значение", "Доступы к стенду"), "uk": ("Параметр", "Значення", "Доступи"),
              "ar": ("البند", "القيمة", "بيانات الاتصال"), "fa": ("مورد", "مقدار", "اطلاعات اتصال"), "he": ("פריט", "ערך", "פרטי התחברות"),
              "hi": ("item", "value", "Environment details"), "th": ("รายการ", "ค่า", "ข้อมูลเชื่อมต่อ"), "el": ("Παράμετρος", "Τιμή", "Στοιχεία σύνδεσης"),
              "vi": ("Mục", "Giá trị", "Thông tin môi trường"), "id": ("Item", "Nilai", "Info environment"), "tr": ("Öğe", "Değer", "Bağlantı bilgileri"),
              "pl": ("Pozycja", "Wartość", "Dane dostępowe"), "pt": ("Item", "Valor", "Dados de acesso"), "sw": ("Kipengele", "Thamani", "Taarifa za muunganisho"),
              "es": ("Elemento", "Valor", "Datos de acceso")}


def env_table(b: dict, secret: bool) -> str:
    """An environment-info table in the team's language (a wiki page, a handover doc)."""
    h1, h2, title = TABLE_HEAD[b["code"]]
    fmt = pick(GLOBAL + AI)
    pw = password() if secret else pick(["********", "(Vault)", "→ 1Password", "<redacted>", "见 Vault" if b["code"] == "zh" else "—"])
    key = cred(fmt) if secret else pick(["(Vault)", "********", "xxxx-xxxx", "•••••", "n/a", "<redacted>"])
    rows = [("host", host_name()), ("port", pick(["5432", "3306", "6379", "27017"])), ("user", pick(["app", "deploy", "readonly"])),
            (PW[b["code"]], pw), (what(b, fmt), key)]
    if secret and R.random() < 0.5:
        rows = [r for r in rows if r[1] != key] if R.random() < 0.5 else [r for r in rows if r[1] != pw]
    body = "\n".join(f"| {a} | {v} |" for a, v in rows)
    return f"### {title} ({pick(['staging', 'prod', 'dev', 'UAT'])}, {date_for(b)})\n| {h1} | {h2} |\n|---|---|\n{body}"


def host_name() -> str:
    return pick(["db-prod-01", "pg-main.internal", "10.12.4.7", "mysql-ro-2", "redis-01.ist", "mongo-shard-a"])


def env_config() -> str:
    b = bank()
    shape = R.randint(0, 5)
    if shape == 4:
        return env_table(b, True)
    if shape == 5:
        import base64
        raw = pick([password(), cred(pick(GLOBAL)), connstring()])
        enc = base64.b64encode(raw.encode()).decode()
        return (f"# {_comment(b)}\napiVersion: v1\nkind: Secret\nmetadata:\n  name: {pick(SVC)}-secrets\ntype: Opaque\ndata:\n"
                f"  {pick(['DB_PASSWORD', 'API_TOKEN', 'DATABASE_URL'])}: {enc}")
    fmts = some(GLOBAL + AI, R.randint(1, 3))
    cm = _comment(b)
    if shape == 0:
        lines = [f"# {cm}", f"APP_ENV={pick(['production', 'staging', 'prod'])}", f"DATABASE_URL={connstring()}"
                 if R.random() < 0.4 else f"LOG_LEVEL={pick(['info', 'debug', 'warn'])}"]
        lines += [f"{f.upper()}_{pick(['KEY', 'TOKEN', 'SECRET'])}={cred(f)}" for f in fmts]
        lines.append(f"# {fill(pick(b['next']), b)}")
        return "\n".join(lines)
    if shape == 1:
        f = fmts[0]
        return (f"# {cm}\n{pick(SVC)}:\n  replicas: {R.randint(1, 6)}\n  env:\n    - name: {f.upper()}_TOKEN\n"
                f"      value: \"{cred(f)}\"\n    - name: TZ\n      value: {pick(['Asia/Tokyo', 'Europe/Moscow', 'Asia/Jakarta', 'Africa/Nairobi', 'America/Sao_Paulo', 'Asia/Tehran'])}")
    if shape == 2:
        f = fmts[0]
        return (f"[{pick(SVC)}]\n# {cm}\nendpoint = \"https://api.{pick(['internal', 'svc', 'corp'])}.example/v2\"\n"
                f"{pick(['api_key', 'token', 'secret_key', 'access_token'])} = \"{cred(f)}\"\ntimeout_ms = {R.randint(1, 30) * 500}")
    f = fmts[0]
    return (f"// {cm}\n{{\n  \"service\": \"{pick(SVC)}\",\n  \"{pick(['apiKey', 'authToken', 'clientSecret'])}\": \"{cred(f)}\",\n"
            f"  \"retries\": {R.randint(1, 5)}\n}}")


RUNBOOK_STEP = {
    "zh": ["第{i}步：", "步骤 {i}．"], "ja": ["手順{i}：", "{i}．"], "ko": ["{i}단계:", "{i}) "], "ru": ["Шаг {i}.", "{i})"],
    "uk": ["Крок {i}.", "{i})"], "ar": ["الخطوة {i}:", "{i}- "], "fa": ["گام {i}:", "{i}. "], "he": ["שלב {i}:", "{i}. "],
    "hi": ["चरण {i}:", "{i}. "], "th": ["ขั้นที่ {i}:", "{i}. "], "el": ["Βήμα {i}:", "{i}. "], "vi": ["Bước {i}:", "{i}. "],
    "id": ["Langkah {i}:", "{i}. "], "tr": ["Adım {i}:", "{i}. "], "pl": ["Krok {i}:", "{i}. "], "pt": ["Passo {i}:", "{i}. "],
    "sw": ["Hatua {i}:", "{i}. "], "es": ["Paso {i}:", "{i}. "],
}


def runbook_conn() -> str:
    b = bank()
    step = pick(RUNBOOK_STEP[b["code"]])
    cs = connstring()
    if "://" not in cs:
        cmdline = pick([f"export CONN_STR='{cs}'", f"ConnectionStrings__Default=\"{cs}\"", f"az storage container list --connection-string \"{cs}\""])
    else:
        tool = {"postgresql": f"psql \"{cs}\" -c 'select 1'", "mongodb+srv": f"mongosh \"{cs}\"",
                "redis": f"redis-cli -u {cs} ping", "mysql": f"mysqlsh --uri '{cs}'"}.get(cs.split("://")[0], f"DB_DSN={cs}")
        cmdline = pick([tool, tool, f"export DATABASE_URL='{cs}'", f"kubectl create secret generic db --from-literal=url='{cs}'",
                        f"echo '{cs}' >> .env.local"])
    if R.random() < 0.3:
        return fill(pick(b["note"]), b) + " " + cmdline
    steps = [fill(pick(b["note"]), b), f"`{cmdline}`", fill(pick(b["next"]), b)]
    if R.random() < 0.5:
        steps.insert(1, fill(pick(b["err"]), b))
    return lay(b, [step.replace("{i}", str(i + 1)) + " " + s for i, s in enumerate(steps)], 0.5)


def local_cloud() -> str:
    code = pick(list(LOCAL_CLOUD))
    b = BY[code]
    fmts = LOCAL_CLOUD[code]
    f1 = pick(fmts)
    if code == "zh" and R.random() < 0.5:
        ak, sk = ("aliyun_ak", "aliyun_sk") if R.random() < 0.5 else ("tencent_id", "tencent_key")
        region = pick(["cn-hangzhou", "cn-shanghai", "ap-guangzhou", "cn-beijing"])
        return pick([
            f"OSS 上传失败，换了一组 AK：\nAccessKeyId：{cred(ak)}\nAccessKeySecret：{cred(sk)}\n地域 {region}，{fill(pick(b['next']), b)}",
            f"腾讯云 COS 的 SecretId={cred('tencent_id')}　SecretKey={cred('tencent_key')}，先用着，月底前轮换。",
            f"aliyun configure set --access-key-id {cred('aliyun_ak')} --access-key-secret {cred('aliyun_sk')} --region {region}  # {fill(pick(b['note']), b)}",
        ])
    if code == "ru" and R.random() < 0.5:
        return pick([
            f"yc config set token {cred('yandex_oauth')}\n# {fill(pick(b['note']), b)}",
            f"Для Object Storage в Yandex Cloud завели сервисный аккаунт, API-ключ: {cred('yc_api')}. {fill(pick(b['next']), b)}",
            f"curl -H \"Authorization: Bearer {cred('yc_iam')}\" https://compute.api.cloud.yandex.net/compute/v1/instances?folderId=b1g{pick(['a', 'c', 'q'])}x9 — IAM-токен живёт 12 часов.",
            f"Токен VK API для рассылки: {cred('vk')} (права messages, groups)",
        ])
    if code == "ko" and R.random() < 0.6:
        return pick([
            f"네이버 검색 API\nX-Naver-Client-Id: {cred('naver_secret')}{cred('naver_secret')}\nX-Naver-Client-Secret: {cred('naver_secret')}\n{fill(pick(b['next']), b)}",
            f"카카오 로그인 REST API 키 {cred('kakao_rest')} 로 교체했습니다. 앱 설정에서 리다이렉트 URI 도 같이 바꿔야 해요.",
            f"KAKAO_REST_API_KEY={cred('kakao_rest')}  # 운영용, {fill(pick(b['note']), b)}",
        ])
    if code == "zh":
        return pick([f"公众号 AppID：wx{cred('wechat_secret')[:16]}　AppSecret：{cred('wechat_secret')}，{fill(pick(b['next']), b)}",
                     f"华为云 OBS 的 AK={cred('huawei_ak')}，SK={cred('huawei_sk')}，{fill(pick(b['note']), b)}"])
    return pad(b, key_line(b, f1))


def payment_keys() -> str:
    code = pick(list(PAY))
    b = BY[code]
    f = pick(PAY[code])
    k = R.random()
    if code == "hi" and k < 0.5:
        return (f"Razorpay live keys (UPI checkout के लिए):\nkey_id: {cred('razorpay_id')}\nkey_secret: {cred('razorpay')}\n"
                f"{fill(pick(b['next']), b)}")
    if code == "sw" and k < 0.5:
        return (f"Daraja API (M-Pesa) — production\nConsumer Key: {cred('mpesa')[:48]}\nConsumer Secret: {cred('mpesa')}\n"
                f"Passkey: {cred('mpesa')}\n{fill(pick(b['note']), b)}")
    if code == "id" and k < 0.5:
        return f"Server key Midtrans produksi: {cred('midtrans')} — client key boleh di frontend, server key JANGAN. {fill(pick(b['next']), b)}"
    if k < 0.75:
        return pad(b, key_line(b, f), 0.7)
    return f"{fill(pick(b['note']), b)}\n\n{pick(['PAYMENT_SECRET', 'PG_SECRET_KEY', 'GATEWAY_KEY'])}={cred(f)}\n{fill(pick(b['next']), b)}"


def webhook_bots() -> str:
    b = bank()
    name, url = webhook()
    k = R.random()
    if k < 0.35:
        return f"{name}: {url}"
    if k < 0.7:
        return fill(pick(b["note"]), b) + f"\n{name} webhook → {url}\n" + fill(pick(b["next"]), b)
    return (f"curl -X POST '{url}' \\\n  -H 'Content-Type: application/json' \\\n"
            f"  -d '{{\"msg_type\":\"text\",\"content\":{{\"text\":\"{fill(pick(b['note']), b)[:60]}\"}}}}'")


def cli_flags() -> str:
    b = bank()
    f = _any_fmt()
    v = cred(f)
    cmds = [
        f"curl -sS -H \"Authorization: Bearer {v}\" https://api.{pick(['github.com', 'example.org', 'gitlab.com'])}/user",
        f"docker login registry.{pick(['gitlab.com', 'cn-hangzhou.aliyuncs.com', 'cr.yandex'])} -u deploy -p '{password()}'",
        f"export {f.upper()}_TOKEN={v}",
        f"echo {v} | gh auth login --with-token",
        f"npm config set //registry.npmjs.org/:_authToken {cred('npm')}",
        f"aws configure set aws_access_key_id {cred('aws_akid')} && aws configure set aws_secret_access_key {cred('aws_secret')}",
        f"git clone https://oauth2:{cred('gl_pat')}@gitlab.{pick(['corp', 'internal'])}.example/team/{pick(SVC)}.git",
        f"helm upgrade {pick(SVC)} ./chart --set secrets.apiKey={v}",
        f"twine upload -u __token__ -p {cred('pypi')} dist/*",
        f"mysql -h {pick(['10.1.2.3', 'db-ro'])} -u root -p'{password()}' -e 'show databases'",
    ]
    c = pick(cmds)
    k = R.random()
    if k < 0.15:
        return c
    if k < 0.6:
        return f"# {fill(pick(b['note'] + b['next']), b)}\n$ {c}" + (f"\n# {fill(pick(b['next']), b)}" if R.random() < 0.5 else "")
    return fill(pick(b["note"]), b) + f" 실행한 명령: `{c}`" if b["code"] == "ko" else fill(pick(b["note"]), b) + f" → `{c}`"


TICKET_HEAD = {"zh": ["问题描述", "复现步骤", "期望结果"], "ja": ["事象", "再現手順", "期待値"], "ko": ["현상", "재현 방법", "기대 결과"],
               "ru": ["Описание", "Шаги воспроизведения", "Ожидаемое поведение"], "uk": ["Опис", "Кроки", "Очікувано"],
               "ar": ["الوصف", "خطوات إعادة الإنتاج", "النتيجة المتوقعة"], "fa": ["شرح", "مراحل بازتولید", "نتیجهٔ مورد انتظار"],
               "he": ["תיאור", "צעדים לשחזור", "תוצאה צפויה"], "hi": ["विवरण", "दोहराने के चरण", "अपेक्षित परिणाम"],
               "th": ["รายละเอียด", "ขั้นตอนทำซ้ำ", "ผลที่คาดหวัง"], "el": ["Περιγραφή", "Βήματα", "Αναμενόμενο"],
               "vi": ["Mô tả", "Các bước tái hiện", "Kết quả mong đợi"], "id": ["Deskripsi", "Langkah reproduksi", "Hasil yang diharapkan"],
               "tr": ["Açıklama", "Tekrar adımları", "Beklenen"], "pl": ["Opis", "Kroki", "Oczekiwane"],
               "pt": ["Descrição", "Passos para reproduzir", "Resultado esperado"], "sw": ["Maelezo", "Hatua", "Matokeo yanayotarajiwa"],
               "es": ["Descripción", "Pasos", "Resultado esperado"]}


def ticket_pasted() -> str:
    b = bank()
    h = TICKET_HEAD[b["code"]]
    leak = pick([f"Authorization: Bearer {cred(pick(GLOBAL))}", cookie(), f"DATABASE_URL={connstring()}",
                 f"X-Api-Key: {cred(pick(AI + GLOBAL))}", f"?access_token={cred('gh_oauth')}&ref=main"])
    body = (f"[{ticket_id()}] {fill(pick(b['err']), b)}\n\n## {h[0]}\n{fill(pick(b['note']), b)}\n\n## {h[1]}\n"
            f"1. `{pick(CMD)}`\n2. log:\n```\n{hhmm()}:{R.randint(10, 59)} ERROR {pick(SVC)} request failed\n{leak}\n```\n\n## {h[2]}\n"
            f"{fill(pick(b['next']), b)}")
    if R.random() < 0.3:
        body = f"{ticket_id()} · {fill(pick(b['err']), b)} · {leak}"
    return body


LOGFMT = ["{t} INFO  http  → GET /api/v1/orders  {h}", "[{t}] DEBUG 요청 헤더: {h}", "{t} [调试] 请求头 {h}",
          "{t} DEBUG заголовки запроса: {h}", "{t} DEBUG リクエストヘッダ: {h}", "{t} DEBUG istek başlıkları: {h}",
          "{t} DEBUG cabeçalhos da requisição: {h}", "{t} DEBUG header permintaan: {h}", "{t} DEBUG ترويسات الطلب: {h}",
          "{t} DEBUG nagłówki żądania: {h}", "{t} DEBUG tiêu đề yêu cầu: {h}"]


def log_leak() -> str:
    n = R.randint(1, 6)
    out = []
    fmt = pick(LOGFMT)
    for _ in range(n):
        h = pick([f"Authorization: Bearer {cred(pick(GLOBAL + AI))}", cookie(), f"X-Api-Key: {cred(pick(GLOBAL))}",
                  f"Authorization: Basic {pick(['YWRtaW46', 'ZGVwbG95Oi', 'b3BzOl'])}{cred('aws_secret')[:24]}="])
        t = f"2026-{pick(['10', '11', '12'])}-{R.randint(1, 28):02d}T{hhmm()}:{R.randint(10, 59)}"
        out.append((fmt if R.random() < 0.8 else LOGFMT[0]).replace("{t}", t).replace("{h}", h))
    b = bank()
    if R.random() < 0.5:
        out.insert(0, fill(pick(b["note"]), b))
    return "\n".join(out)


def private_key() -> str:
    b = bank()
    kind = pick(["RSA", "EC", "PK8", "OPENSSH"])
    head = pick([fill(pick(b["note"] + b["next"]), b),
                 f"{pick(['id_ed25519', 'deploy_key', 'jwt-signing.pem', 'apns.p8', 'sa.json'])}:",
                 f"{pick(['id_ed25519', 'deploy_key', 'jwt-signing.pem'])} ({pick(SVC)}, {date_for(b)})"])
    return f"{head}\n{pem(kind)}" if R.random() < 0.8 else f"{head}\\n" + flatten(pem(kind))


def signed() -> str:
    b = bank()
    u = signed_url()
    k = R.random()
    if k < 0.3:
        return u
    return fill(pick(b["note"] + b["next"]), b) + pick(["\n", " ", "：" if b in CJK else ": "]) + u


def password_prose() -> str:
    b = bank()
    pw = PW[b["code"]]
    p = password()
    tpl = {
        "zh": [f"跳板机 root {pw}改成 {p} 了", f"Grafana admin 的{pw}：{p}（下周改）"],
        "ja": [f"踏み台サーバの root {pw}は {p} に変更しました", f"管理画面 admin / {p}"],
        "ko": [f"DB 관리자 {pw}는 {p} 입니다", f"VPN 계정 ops / {pw} {p}"],
        "ru": [f"{pw} от root на бастионе сменил на {p}", f"Логин admin, {pw} {p}"],
        "ar": [f"{pw} الجديدة لحساب admin هي {p}", f"اسم المستخدم: ops — {pw}: {p}"],
        "fa": [f"{pw} جدید ادمین: {p}", f"کاربر deploy و {pw} {p}"],
        "he": [f"ה{pw} החדשה של admin היא {p}", f"משתמש ops, {pw}: {p}"],
        "th": [f"{pw} root ของ bastion เปลี่ยนเป็น {p} แล้วนะ", f"user: admin {pw}: {p}"],
        "vi": [f"{pw} root máy bastion đổi thành {p} rồi nha", f"tài khoản admin, {pw} {p}"],
        "id": [f"{pw} root bastion sudah diganti jadi {p}", f"user admin, {pw}nya {p}"],
        "tr": [f"bastion root {pw}si {p} olarak değişti", f"kullanıcı admin, {pw}: {p}"],
        "pl": [f"{pw} roota na bastionie zmienione na {p}", f"login admin, {pw} {p}"],
        "pt": [f"a {pw} do root no bastion agora é {p}", f"usuário admin, {pw} {p}"],
        "es": [f"la {pw} de root del bastión ahora es {p}", f"usuario admin, {pw}: {p}"],
        "sw": [f"{pw} ya root kwenye bastion sasa ni {p}", f"mtumiaji admin, {pw} {p}"],
        "hi": [f"bastion का root {pw} बदलकर {p} कर दिया है", f"user admin, {pw} {p}"],
        "el": [f"ο {pw} του root στο bastion άλλαξε σε {p}", f"χρήστης admin, {pw}: {p}"],
        "uk": [f"{pw} root на бастіоні змінив на {p}", f"логін admin, {pw} {p}"],
    }.get(b["code"], [f"{pw}: {p}", f"admin / {p} ({pw})"])
    s = pick(tpl)
    if R.random() < 0.3:
        return fill(pick(b["note"]), b) + "\n" + s
    return pad(b, s, 0.9)


def ai_keys() -> str:
    b = bank()
    f = pick(AI)
    k = R.random()
    if k < 0.4:
        return pad(b, key_line(b, f), 0.6)
    if k < 0.7:
        base = pick(["https://api.deepseek.com", "https://dashscope.aliyuncs.com/compatible-mode/v1", "https://api.moonshot.cn/v1",
                     "https://api.openai.com/v1", "https://api.groq.com/openai/v1"])
        return (f"# {fill(pick(b['note']), b)}\nfrom openai import OpenAI\nclient = OpenAI(base_url=\"{base}\", "
                f"api_key=\"{cred(f)}\")")
    return fill(pick(b["note"]), b) + "\n" + f"LLM_API_KEY={cred(f)}\nLLM_MODEL={pick(['qwen-plus', 'deepseek-chat', 'glm-4', 'moonshot-v1-8k', 'gpt-4o-mini', 'claude-3-5-haiku'])}"


def rtl_mixed() -> str:
    b = pick(RTL)
    k = R.random()
    f = pick(GLOBAL + AI + ["stripe_sk", "paystack"])
    if k < 0.4:
        return pad(b, key_line(b, f), 0.5)
    if k < 0.7:
        return fill(pick(b["note"]), b) + pick(["\n", " "]) + fill(pick(b["key"]), b, what=what(b, f), v=cred(f)) + "\n" + fill(pick(b["next"]), b)
    return fill(pick(b["note"]), b) + " " + pick([f"`{connstring()}`", f"{PW[b['code']]}: {password()}", cookie()])


def flattened() -> str:
    inner = pick([agent_note, runbook_conn, env_config, ticket_pasted, log_leak])()
    k = R.random()
    if k < 0.5:
        return flatten(inner)
    if k < 0.8:
        return '{"note": "' + flatten(inner).replace('"', '\\"') + '"}'
    return inner.replace("\n", " ⏎ ")


SECRET = {
    "sec_agent_note_local": agent_note,
    "sec_env_config_commented": env_config,
    "sec_connstring_runbook": runbook_conn,
    "sec_local_cloud_keys": local_cloud,
    "sec_payment_gateway_keys": payment_keys,
    "sec_webhook_im_bots": webhook_bots,
    "sec_cli_command_flags": cli_flags,
    "sec_ticket_pasted_log": ticket_pasted,
    "sec_localized_log_headers": log_leak,
    "sec_private_key_block": private_key,
    "sec_signed_storage_url": signed,
    "sec_password_in_prose": password_prose,
    "sec_ai_vendor_keys": ai_keys,
    "sec_rtl_embedded_value": rtl_mixed,
    "sec_flattened_escaped": flattened,
}

