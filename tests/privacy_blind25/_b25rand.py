"""Seeded randomness and synthetic credential values for privacy_blind25.

Every value is random characters in the vendor's real shape (prefix, length, alphabet); none is a
real key. Each generator takes the shared `random.Random` so the corpus is deterministic.
"""
import base64
import random
import string

R = random.Random(250425)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B64 = AN + "+/"
URLS = AN + "-_"


def rs(alpha: str, n: int) -> str:
    return "".join(R.choice(alpha) for _ in range(n))


def pick(seq):
    return R.choice(seq)


def uuid() -> str:
    h = rs(HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick('89ab')}{h[17:20]}-{h[20:]}"


def b64url(n: int) -> str:
    return base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode().rstrip("=")


def b64(n: int) -> str:
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def jwt() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = '{"sub":"%s","iat":%d,"role":"%s"}' % (rs(DG, 9), R.randint(1700000000, 1790000000),
                                                   pick(["service_role", "admin", "ops", "bot"]))
    return head + "." + base64.urlsafe_b64encode(body.encode()).decode().rstrip("=") + "." + b64url(32)


def password() -> str:
    words = ["Mango", "Sakura", "Berezka", "Kimchi", "Zeytin", "Jalebi", "Pho", "Tulum", "Kopi", "Simba",
             "Lotus", "Olivia", "Dragon", "Baobab", "Samovar", "Chai"]
    shapes = [
        lambda: pick(words) + pick("!@#$%&*") + rs(DG, 4) + pick(words).lower(),
        lambda: rs(AN, 14) + pick("!#%") + rs(DG, 2),
        lambda: rs(LO, 5) + "_" + rs(DG, 3) + "_" + rs(UP, 4) + pick("?!"),
        lambda: rs(AN + "!#%*-_", 20),
        lambda: pick(words) + str(R.randint(1990, 2026)) + pick("!$.") + rs(AN, 6),
    ]
    return pick(shapes)()


def pem(kind: str = "RSA") -> str:
    body = b64(R.choice([600, 900, 1190]))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    if kind == "OPENSSH":
        return "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA" + b64(200)[:40] + "\n" + \
            "\n".join(lines[:10]) + "\n-----END OPENSSH PRIVATE KEY-----"
    tag = {"RSA": "RSA PRIVATE KEY", "EC": "EC PRIVATE KEY", "PK8": "PRIVATE KEY"}[kind]
    n = {"RSA": 18, "EC": 3, "PK8": 14}[kind]
    return f"-----BEGIN {tag}-----\n" + "\n".join(lines[:n]) + f"\n-----END {tag}-----"


# name -> (what it is, generator). Global vendors, AI vendors, local clouds, local payments, IM bots.
FORMATS = {
    "aws_akid": ("AWS access key id", lambda: "AKIA" + rs(UP + "234567", 16)),
    "aws_secret": ("AWS secret access key", lambda: rs(AN + "+/", 40)),
    "aws_session": ("AWS STS session token", lambda: "IQoJb3JpZ2luX2VjE" + rs(AN + "+/", 180)),
    "gh_pat": ("GitHub token", lambda: "ghp_" + rs(AN, 36)),
    "gh_fine": ("GitHub fine-grained token", lambda: "github_pat_11" + rs(UP + DG, 20) + "_" + rs(AN, 59)),
    "gh_oauth": ("GitHub OAuth token", lambda: "gho_" + rs(AN, 36)),
    "gl_pat": ("GitLab token", lambda: "glpat-" + rs(AN + "-_", 20)),
    "slack_bot": ("Slack bot token", lambda: f"xoxb-{rs(DG, 12)}-{rs(DG, 13)}-{rs(AN, 24)}"),
    "slack_user": ("Slack user token", lambda: f"xoxp-{rs(DG, 12)}-{rs(DG, 12)}-{rs(DG, 13)}-{rs(HEX, 32)}"),
    "stripe_sk": ("Stripe secret key", lambda: "sk_live_51" + rs(AN, 97)),
    "stripe_rk": ("Stripe restricted key", lambda: "rk_live_51" + rs(AN, 97)),
    "stripe_wh": ("Stripe webhook secret", lambda: "whsec_" + rs(AN, 32)),
    "openai": ("OpenAI key", lambda: "sk-proj-" + rs(URLS, 74) + "T3BlbkFJ" + rs(URLS, 74)),
    "anthropic": ("Anthropic key", lambda: "sk-ant-api03-" + rs(URLS, 93) + "AA"),
    "google_api": ("Google API key", lambda: "AIza" + rs(URLS, 35)),
    "gcp_oauth": ("Google OAuth client secret", lambda: "GOCSPX-" + rs(URLS, 28)),
    "hf": ("Hugging Face token", lambda: "hf_" + rs(AN, 34)),
    "replicate": ("Replicate token", lambda: "r8_" + rs(AN, 37)),
    "groq": ("Groq key", lambda: "gsk_" + rs(AN, 52)),
    "deepseek": ("DeepSeek key", lambda: "sk-" + rs(HEX, 32)),
    "dashscope": ("DashScope (Tongyi) key", lambda: "sk-" + rs(HEX, 32)),
    "moonshot": ("Moonshot (Kimi) key", lambda: "sk-" + rs(AN, 48)),
    "zhipu": ("Zhipu GLM key", lambda: rs(HEX, 32) + "." + rs(AN, 16)),
    "sendgrid": ("SendGrid key", lambda: "SG." + rs(URLS, 22) + "." + rs(URLS, 43)),
    "mailgun": ("Mailgun key", lambda: "key-" + rs(HEX, 32)),
    "twilio_sid": ("Twilio auth token", lambda: rs(HEX, 32)),
    "twilio_sk": ("Twilio API key", lambda: "SK" + rs(HEX, 32)),
    "npm": ("npm token", lambda: "npm_" + rs(AN, 36)),
    "pypi": ("PyPI token", lambda: "pypi-AgEIcHlwaS5vcmc" + rs(URLS, 140)),
    "docker": ("Docker Hub token", lambda: "dckr_pat_" + rs(URLS, 27)),
    "do": ("DigitalOcean token", lambda: "dop_v1_" + rs(HEX, 64)),
    "shopify": ("Shopify admin token", lambda: "shpat_" + rs(HEX, 32)),
    "atlassian": ("Atlassian API token", lambda: "ATATT3xFfGF0" + rs(URLS, 170) + "=" + rs(UP + DG, 8)),
    "discord_bot": ("Discord bot token", lambda: "M" + rs(AN, 25) + "." + rs(URLS, 6) + "." + rs(URLS, 38)),
    "telegram": ("Telegram bot token", lambda: f"{R.randint(5000000000, 7999999999)}:AA{rs(URLS, 33)}"),
    "line": ("LINE channel access token", lambda: b64(129).replace("\n", "")[:172]),
    "jwt": ("JWT", jwt),
    "vault": ("Vault token", lambda: "hvs." + rs(AN + "_-", 90)),
    "tfc": ("Terraform Cloud token", lambda: rs(AN, 14) + ".atlasv1." + rs(AN, 67)),
    "doppler": ("Doppler service token", lambda: "dp.st.prd." + rs(AN, 43)),
    "grafana": ("Grafana service account token", lambda: "glsa_" + rs(AN, 32) + "_" + rs(HEX, 8)),
    "newrelic": ("New Relic user key", lambda: "NRAK-" + rs(UP + DG, 27)),
    "datadog": ("Datadog API key", lambda: rs(HEX, 32)),
    "sentry_tok": ("Sentry auth token", lambda: "sntrys_" + rs(AN, 160)),
    "linear": ("Linear API key", lambda: "lin_api_" + rs(AN, 40)),
    "notion": ("Notion integration secret", lambda: "ntn_" + rs(AN, 46)),
    "figma": ("Figma token", lambda: "figd_" + rs(URLS, 40)),
    "postman": ("Postman key", lambda: "PMAK-" + rs(HEX, 24) + "-" + rs(HEX, 34)),
    "mapbox": ("Mapbox secret token", lambda: "sk.eyJ1Ijoi" + rs(AN, 50) + "." + rs(URLS, 22)),
    "pscale": ("PlanetScale password", lambda: "pscale_pw_" + rs(URLS, 43)),
    "pulumi": ("Pulumi token", lambda: "pul-" + rs(HEX, 40)),
    "cloudflare": ("Cloudflare API token", lambda: rs(URLS, 40)),
    "firebase": ("FCM server key", lambda: "AAAA" + rs(URLS, 7) + ":APA91b" + rs(URLS, 134)),
    "square": ("Square access token", lambda: "EAAA" + rs(URLS, 60)),
    "aliyun_ak": ("Alibaba Cloud AccessKey", lambda: "LTAI5t" + rs(AN, 18)),
    "aliyun_sk": ("Alibaba Cloud AccessKey secret", lambda: rs(AN, 30)),
    "tencent_id": ("Tencent Cloud SecretId", lambda: "AKID" + rs(AN, 32)),
    "tencent_key": ("Tencent Cloud SecretKey", lambda: rs(AN, 32)),
    "huawei_ak": ("Huawei Cloud AK", lambda: rs(UP + DG, 20)),
    "huawei_sk": ("Huawei Cloud SK", lambda: rs(AN, 40)),
    "yc_iam": ("Yandex Cloud IAM token", lambda: "t1.9euelZ" + rs(URLS, 150)),
    "yc_api": ("Yandex Cloud API key", lambda: "AQVN" + rs(URLS, 36)),
    "yandex_oauth": ("Yandex OAuth token", lambda: "y0_AgAAAA" + rs(URLS, 49)),
    "vk": ("VK access token", lambda: "vk1.a." + rs(URLS, 180)),
    "naver_secret": ("Naver client secret", lambda: rs(AN, 10)),
    "kakao_rest": ("Kakao REST API key", lambda: rs(HEX, 32)),
    "wechat_secret": ("WeChat AppSecret", lambda: rs(HEX, 32)),
    "razorpay": ("Razorpay key secret", lambda: rs(AN, 24)),
    "razorpay_id": ("Razorpay key id", lambda: "rzp_live_" + rs(AN, 14)),
    "midtrans": ("Midtrans server key", lambda: "Mid-server-" + rs(URLS, 24)),
    "xendit": ("Xendit secret key", lambda: "xnd_production_" + rs(AN, 54)),
    "mercadopago": ("Mercado Pago access token",
                    lambda: f"APP_USR-{rs(DG, 16)}-{rs(DG, 6)}-{rs(HEX, 32)}-{rs(DG, 9)}"),
    "paystack": ("Paystack secret key", lambda: "sk_live_" + rs(HEX, 40)),
    "iyzico": ("iyzico secret key", lambda: "sandbox-" + rs(AN, 32) if R.random() < 0.2 else rs(AN, 32)),
    "mpesa": ("M-Pesa consumer secret", lambda: rs(AN, 64)),
    "flutterwave": ("Flutterwave secret key", lambda: "FLWSECK-" + rs(HEX, 32) + "-X"),
    "yookassa": ("YooKassa secret key", lambda: "live_" + rs(URLS, 43)),
    "toss": ("Toss Payments secret key", lambda: "live_sk_" + rs(AN, 24)),
    "payjp": ("PAY.JP secret key", lambda: "sk_live_" + rs(HEX, 48)),
    "omise": ("Omise secret key", lambda: "skey_" + rs(LO + DG, 19)),
}


def cred(name: str) -> str:
    return FORMATS[name][1]()


def host() -> str:
    return pick(["db-prod-01", "pg-main", "mysql-ro-2", "10.12.4.7", "rds-ap-northeast-1.internal",
                 "pg.sel-ru-1.local", "db.hanoi.svc", "172.20.0.14", "mongo-shard-a", "cache-01.ist"])


def connstring() -> str:
    u = pick(["app", "svc_billing", "readonly", "etl", "admin", "postgres", "report_ro", "deploy"])
    p = password().replace("@", "%40").replace("/", "").replace(":", "")
    db = pick(["orders", "crm", "billing", "analytics", "catalog", "core", "payments"])
    shapes = [
        f"postgresql://{u}:{p}@{host()}:5432/{db}",
        f"mysql://{u}:{p}@{host()}:3306/{db}?charset=utf8mb4",
        f"mongodb+srv://{u}:{p}@cluster0.{rs(LO + DG, 5)}.mongodb.net/{db}?retryWrites=true",
        f"redis://default:{p}@{host()}:6379/0",
        f"amqp://{u}:{p}@rabbit.{pick(['svc', 'internal', 'local'])}:5672/%2F",
        f"Server={host()};Database={db};User Id={u};Password={p};TrustServerCertificate=True",
        f"DefaultEndpointsProtocol=https;AccountName={rs(LO + DG, 12)};AccountKey={b64(64)};"
        "EndpointSuffix=core.windows.net",
        f"clickhouse://{u}:{p}@{host()}:9000/{db}",
    ]
    return pick(shapes)


def signed_url() -> str:
    shapes = [
        lambda: (f"https://{pick(['media-prod', 'backup-kr', 'exports-tr'])}.s3.ap-southeast-1.amazonaws.com/"
                 f"{pick(['reports', 'dump', 'invoices'])}/{rs(DG, 8)}.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                 f"&X-Amz-Credential=AKIA{rs(UP + '234567', 16)}%2F20261204%2Fap-southeast-1%2Fs3%2Faws4_request"
                 f"&X-Amz-Date=20261204T0{R.randint(1, 9)}1500Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host"
                 f"&X-Amz-Signature={rs(HEX, 64)}"),
        lambda: (f"https://storage.googleapis.com/{pick(['ml-datasets-vn', 'exports-br'])}/{rs(LO, 6)}.parquet"
                 f"?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=sa-export%40proj-{rs(DG, 5)}"
                 f".iam.gserviceaccount.com%2F20261204%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20261204T101010Z"
                 f"&X-Goog-Expires=3600&X-Goog-SignedHeaders=host&X-Goog-Signature={rs(HEX, 256)}"),
        lambda: (f"https://{rs(LO, 8)}.blob.core.windows.net/backups/db-{rs(DG, 6)}.bak?sv=2022-11-02&ss=b&srt=o"
                 f"&sp=rl&se=2026-12-11T00:00:00Z&st=2026-12-04T00:00:00Z&spr=https&sig={rs(AN + '%', 43)}%3D"),
        lambda: (f"https://{pick(['oss-cn-hangzhou', 'oss-cn-shanghai'])}.aliyuncs.com/{rs(LO, 7)}/export.zip"
                 f"?OSSAccessKeyId=LTAI5t{rs(AN, 18)}&Expires={R.randint(1790000000, 1799999999)}"
                 f"&Signature={rs(AN, 27)}%3D"),
        lambda: (f"https://{rs(LO, 6)}-125{rs(DG, 7)}.cos.ap-guangzhou.myqcloud.com/a.mp4?q-sign-algorithm=sha1"
                 f"&q-ak=AKID{rs(AN, 32)}&q-sign-time=1796000000%3B1796003600&q-key-time=1796000000%3B1796003600"
                 f"&q-header-list=host&q-url-param-list=&q-signature={rs(HEX, 40)}"),
    ]
    return pick(shapes)()


def webhook() -> tuple[str, str]:
    shapes = [
        ("Feishu", lambda: f"https://open.feishu.cn/open-apis/bot/v2/hook/{uuid()}"),
        ("DingTalk", lambda: f"https://oapi.dingtalk.com/robot/send?access_token={rs(HEX, 64)}"),
        ("WeCom", lambda: f"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={uuid()}"),
        ("Slack", lambda: f"https://hooks.slack.com/services/T{rs(UP + DG, 8)}/B{rs(UP + DG, 10)}/{rs(AN, 24)}"),
        ("Discord", lambda: f"https://discord.com/api/webhooks/{rs(DG, 19)}/{rs(URLS, 68)}"),
        ("Teams", lambda: (f"https://{rs(LO, 7)}.webhook.office.com/webhookb2/{uuid()}@{uuid()}/IncomingWebhook/"
                           f"{rs(HEX, 32)}/{uuid()}/V2{rs(URLS, 45)}")),
        ("Telegram", lambda: f"https://api.telegram.org/bot{cred('telegram')}/sendMessage?chat_id=-100{rs(DG, 10)}"),
        ("LINE Notify", lambda: f"Authorization: Bearer {rs(AN, 43)}  (notify-api.line.me/api/notify)"),
        ("Lark", lambda: f"https://open.larksuite.com/open-apis/bot/v2/hook/{uuid()}"),
    ]
    name, g = pick(shapes)
    return name, g()


def cookie() -> str:
    return pick([
        f"Cookie: sessionid={rs(LO + DG, 32)}; csrftoken={rs(AN, 32)}",
        f"Set-Cookie: JSESSIONID={rs(HEX.upper(), 32)}; Path=/; HttpOnly",
        f"Cookie: _session_id={rs(HEX, 32)}; remember_user_token={b64url(60)}",
        f"Cookie: PHPSESSID={rs(LO + DG, 26)}; laravel_session={b64url(120)}",
        f"connect.sid=s%3A{rs(URLS, 32)}.{rs(AN + '%', 43)}",
    ])


def masked(v: str) -> str:
    """A masked or truncated value: what a careful note keeps instead of the secret."""
    k = pick([0, 1, 2, 3])
    if k == 0:
        return v[:4] + "…" + "*" * 6
    if k == 1:
        return v[:3] + "*" * 12 + v[-2:] if len(v) > 8 else "********"
    if k == 2:
        return "<redacted>"
    return "•" * 10
