"""Issue 11, session 23 (cred23): credentials of teams whose working language is not English.

Synthetic values only (``tests/_synthetic.py``, a fixed seed; random characters in each
vendor's published shape, never a real key and never a line of any corpus). Four classes, each
with benign near misses in the same frames:

1. Regional clouds' and services' keys: a key pair's secret written ``SK``, Volcengine's
   ``AKLT`` id, Kakao's ``KakaoAK`` header, a console's label with a full-width colon
   (``SecretKey\\uff1aV``), key nouns in Japanese, Korean and Chinese
   (``API\\u30b7\\u30fc\\u30af\\u30ec\\u30c3\\u30c8``,
   ``\\uc5b4\\ub4dc\\ubbfc \\ud0a4``, ``\\u79c1\\u94a5``).
2. Chat bots: Feishu/Lark and WeCom bot hooks, DingTalk's ``SEC`` signing secret, Rocket.Chat
   hooks.
3. Payment gateways: Xendit, Mercado Pago, Toss Payments, Omise, Midtrans, PayU's merchant salt,
   a private key's DER body in base64 (Alipay's and WeChat Pay's app keys).
4. Passwords in prose with guillemets, corner brackets, full-width colons, and nouns in Persian
   and Indonesian.

Every positive here was accepted by ``main`` before this change (checked against ``git archive
main``; the count is in docs/design.md, "Session 23 (cred23: ...)"), and every near miss passes
on both.
"""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handoff.privacy import scan_text

from ._synthetic import Synthetic

_SYN = Synthetic(232323)
R, H, PW = _SYN.rand, _SYN.hex, _SYN.pw
LOWER = string.ascii_lowercase + string.digits
UPPER = string.ascii_uppercase + string.digits
B64 = string.ascii_letters + string.digits + "+/"
URLSAFE = string.ascii_letters + string.digits + "_-"


def uuid(s: Synthetic = _SYN) -> str:
    h = s.hex(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def digits(n: int, s: Synthetic = _SYN) -> str:
    return str(s.rnd.randrange(10 ** (n - 1), 10**n))


def _flagged(text: str, value: str) -> bool:
    """A finding covers the value (or the value covers a finding of 6+ characters)."""
    return any(value in text[f.start : f.end] or (text[f.start : f.end] in value
               and f.end - f.start >= 6) for f in scan_text(text))


# -- generators of each new format (random characters in the vendor's shape) --------------------

def feishu(s: Synthetic = _SYN) -> str:
    return "https://open.feishu.cn/open-apis/bot/v2/hook/" + uuid(s)


def lark(s: Synthetic = _SYN) -> str:
    return "https://open.larksuite.com/open-apis/bot/v2/hook/" + uuid(s)


def wecom(s: Synthetic = _SYN) -> str:
    return "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=" + uuid(s)


def dingtalk_sec(s: Synthetic = _SYN) -> str:
    return "SEC" + s.hex(64)


def rocket(s: Synthetic = _SYN) -> str:
    return f"https://chat.example.org/hooks/{s.rand(17)}/{s.rand(48)}"


def xendit(s: Synthetic = _SYN) -> str:
    return s.rnd.choice(("xnd_production_", "xnd_development_")) + s.rand(60)


def mercadopago(s: Synthetic = _SYN) -> str:
    return (f"{s.rnd.choice(('APP_USR', 'TEST'))}-{digits(16, s)}-{digits(6, s)}-{s.hex(32)}-"
            f"{digits(9, s)}")


def toss(s: Synthetic = _SYN) -> str:
    return "test_sk_" + s.rand(28)  # live_sk_ is also the shape of Mollie's live_ + 30, caught before


def omise(s: Synthetic = _SYN) -> str:
    return s.rnd.choice(("skey_", "skey_test_")) + s.rand(19, LOWER)


def midtrans(s: Synthetic = _SYN) -> str:
    return s.rnd.choice(("Mid-server-", "SB-Mid-server-")) + s.rand(24, URLSAFE)


def volcengine(s: Synthetic = _SYN) -> str:
    return "AKLT" + s.rand(44)


def pkcs8(s: Synthetic = _SYN) -> str:
    return "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + s.rand(300, B64) + "=="


def pkcs1(s: Synthetic = _SYN) -> str:
    return "MIIEowIBAAKCAQEA" + s.rand(300, B64)


# -- 1. regional clouds and services -----------------------------------------------------------

V1 = [R(40), R(40), H(32), R(32), R(40), R(40), H(32), R(30), R(32), R(40), R(44)]
CLOUDS = [
    (f"HUAWEICLOUD_SDK_SK={V1[0]}", V1[0]),
    (f"HUAWEICLOUD_SDK_AK={R(20, UPPER)}\nHUAWEICLOUD_SDK_SK={V1[1]}", V1[1]),
    (f"\u767e\u5ea6\u667a\u80fd\u4e91 SK\uff1a{V1[2]}", V1[2]),
    (f"SecretKey\uff1a{V1[3]}", V1[3]),
    (f"\u534e\u4e3a\u4e91 SK\uff1a{V1[4]}", V1[4]),
    (f"ak: {R(20, UPPER)}\nsk: {V1[5]}", V1[5]),
    (f"BAIDU_SK = \"{V1[6]}\"", V1[6]),
    (f"\u963f\u91cc\u4e91 AccessKeySecret\uff1a{V1[7]}", V1[7]),
    (f"\u817e\u8baf\u4e91 SecretKey\uff1a{V1[8]}\uff08\u8bf7\u52ff\u5916\u4f20\uff09", V1[8]),
    (f"\u706b\u5c71\u5f15\u64ce SecretAccessKey\uff1a{V1[9]}", V1[9]),
    (f"PayPay API\u30b7\u30fc\u30af\u30ec\u30c3\u30c8\uff1a{V1[10]}", V1[10]),
]
for _v in (volcengine(), volcengine(), volcengine()):
    CLOUDS.append((f"AK: {_v}", _v))
_v = volcengine()
CLOUDS.append((f"ak = '{_v}'", _v))
_v = volcengine()
CLOUDS.append((f"\u706b\u5c71\u5f15\u64ce AK {_v}", _v))
_k = H(32)
CLOUDS.append((f"curl -H 'Authorization: KakaoAK {_k}' https://dapi.kakao.com/v2/local/search", _k))
_k = H(32)
CLOUDS.append((f"Authorization: KakaoAK {_k}", _k))
_k = H(32)
CLOUDS.append((f"\uce74\uce74\uc624 REST API \ud0a4: {_k}", _k))
_k = H(32)
CLOUDS.append((f"\uce74\uce74\uc624 \uc5b4\ub4dc\ubbfc \ud0a4: {_k}", _k))
_k = R(40)
CLOUDS.append((f"\ub124\uc774\ubc84 \ud074\ub77c\uc6b0\ub4dc \uc2dc\ud06c\ub9bf \ud0a4\ub294 {_k} \uc785\ub2c8"
    f"\ub2e4", _k))
_k = R(32)
CLOUDS.append((f"client_secret\uff1a{_k}", _k))
_k = R(36)
CLOUDS.append((f"api_key\uff1d{_k}", _k))
_k = R(32)
CLOUDS.append((f"kh\u00f3a b\u00ed m\u1eadt: {_k}", _k))  # vi: secret key
_k = R(32)
CLOUDS.append((f"kunci rahasia: {_k}", _k))  # id: secret key


@pytest.mark.parametrize(("text", "value"), CLOUDS)
def test_regional_cloud_keys(text: str, value: str) -> None:
    assert _flagged(text, value), text


# -- 2. chat bots -------------------------------------------------------------------------------

BOTS: list[tuple[str, str]] = []
for _v in (feishu(), feishu(), lark()):
    BOTS.append((f"\u98de\u4e66\u7fa4\u673a\u5668\u4eba\uff1a{_v}", _v))
_v = feishu()
BOTS.append((f"FEISHU_WEBHOOK={_v}", _v))
_v = lark()
BOTS.append((f'{{"webhook": "{_v}", "msg_type": "text"}}', _v))
_v = feishu()
BOTS.append((f"curl -X POST -H 'Content-Type: application/json' -d '{{\"msg_type\":\"text\"}}' {_v}", _v))
for _v in (wecom(), wecom(), wecom()):
    BOTS.append((f"\u4f01\u4e1a\u5fae\u4fe1\u544a\u8b66\u7fa4: {_v}", _v))
_v = wecom()
BOTS.append((f"WECOM_WEBHOOK_URL={_v}", _v))
_v = wecom()
BOTS.append((f"requests.post('{_v}', json=payload)", _v))
_v = dingtalk_sec()
BOTS.append((f"\u673a\u5668\u4eba\u7684\u7b7e\u540d {_v} \u5df2\u66f4\u65b0", _v))
_v = dingtalk_sec()
BOTS.append((f"\u52a0\u7b7e {_v}", _v))
_v = dingtalk_sec()
BOTS.append((f"dingtalk:\n  webhook: https://oapi.dingtalk.com/robot/send\n  sign: {_v}", _v))
_v = dingtalk_sec()
BOTS.append((f"string_to_sign = f'{{timestamp}}\\n{_v}'", _v))
_v = dingtalk_sec()
BOTS.append((f"\u9489\u9489\u5b89\u5168\u8bbe\u7f6e\u91cc\u590d\u5236\u7684\u662f {_v}", _v))
for _v in (rocket(), rocket()):
    BOTS.append((f"Rocket.Chat incoming webhook: {_v}", _v.rsplit("/", 1)[1]))
_v = rocket()
BOTS.append((f"ROCKETCHAT_HOOK={_v}", _v.rsplit("/", 1)[1]))
_v = lark()
BOTS.append((f"lark_webhook: {_v}", _v))
_v = feishu()
BOTS.append((f"\u98de\u4e66\u901a\u77e5\u5730\u5740 {_v} \uff0c\u544a\u8b66\u7528", _v))
_v = wecom()
BOTS.append((f'{{"url": "{_v}"}}', _v))
_v = wecom()
BOTS.append((f"\u4f01\u4e1a\u5fae\u4fe1\u673a\u5668\u4eba\u5730\u5740\uff1a{_v}", _v))
_v = dingtalk_sec()
BOTS.append((f"\u9489\u9489\u52a0\u7b7e {_v}", _v))
_v = R(32)
BOTS.append((f"\u98de\u4e66 App Secret\uff1a{_v}", _v))
_v = R(32)
BOTS.append((f"Verification Token\uff1a{_v}", _v))


@pytest.mark.parametrize(("text", "value"), BOTS)
def test_chat_bot_hooks_and_secrets(text: str, value: str) -> None:
    assert _flagged(text, value), text


# -- 3. payment gateways --------------------------------------------------------------------------

PAYMENTS: list[tuple[str, str]] = []
for _v in (xendit(), xendit(), xendit()):
    PAYMENTS.append((f"Xendit: {_v}", _v))
for _v in (mercadopago(), mercadopago(), mercadopago()):
    PAYMENTS.append((f"access token de Mercado Pago: {_v}", _v))
_v = mercadopago()
PAYMENTS.append((f"sdk = mercadopago.SDK(\"{_v}\")", _v))
for _v in (toss(), toss(), toss()):
    PAYMENTS.append((f"\ud1a0\uc2a4\ud398\uc774\uba3c\uce20 \uacb0\uc81c \uc2b9\uc778\uc5d0 {_v} \uc0ac\uc6a9", _v))
for _v in (omise(), omise(), omise()):
    PAYMENTS.append((f"Omise {_v}", _v))
for _v in (midtrans(), midtrans(), midtrans()):
    PAYMENTS.append((f"pakai {_v} untuk sandbox", _v))
for _v in (pkcs8(), pkcs8(), pkcs1()):
    PAYMENTS.append((f"\u5e94\u7528\u79c1\u94a5\uff1a{_v}", _v))
_v = pkcs1()
PAYMENTS.append((f"\u5546\u6237\u79c1\u94a5 {_v}", _v))
_v = xendit()
PAYMENTS.append((f"- {_v}", _v))
_v = omise()
PAYMENTS.append((f"\u0e25\u0e2d\u0e07\u0e43\u0e0a\u0e49 {_v} \u0e43\u0e19\u0e42\u0e2b\u0e21\u0e14\u0e17\u0e14"
    f"\u0e2a\u0e2d\u0e1a", _v))
_v = midtrans()
PAYMENTS.append((f"Midtrans {_v}", _v))
_v = pkcs8()
PAYMENTS.append((f"\u79d8\u5bc6\u9375\uff08PKCS#8\uff09: {_v}", _v))
_v = pkcs8()
PAYMENTS.append((f"[{_v}]", _v))
_v = R(32)
PAYMENTS.append((f"PAYU_SALT={_v}", _v))
_v = R(32)
PAYMENTS.append((f"PAYU_MERCHANT_SALT=\"{_v}\"", _v))
_v = R(16, string.ascii_letters + string.digits + "&@#")
PAYMENTS.append((f"Paytm merchant key: {_v}", _v))
_v = R(40)
PAYMENTS.append((f"\u5fae\u4fe1\u652f\u4ed8 API\u79c1\u94a5\uff1a{_v}", _v))


@pytest.mark.parametrize(("text", "value"), PAYMENTS)
def test_payment_gateway_secrets(text: str, value: str) -> None:
    assert _flagged(text, value), text


# -- 4. passwords in prose in other languages -------------------------------------------------

_PROSE = [
    "\u0643\u0644\u0645\u0629 \u0627\u0644\u0633\u0631: \u00ab{v}\u00bb",  # ar
    "\u0643\u0644\u0645\u0629 \u0627\u0644\u0645\u0631\u0648\u0631 \u0644\u0644\u062e\u0627\u062f\u0645 "
        "\u00ab{v}\u00bb",
    "\u0631\u0645\u0632 \u0639\u0628\u0648\u0631 {v} \u0627\u0633\u062a",  # fa
    "\u0631\u0645\u0632 \u0639\u0628\u0648\u0631: \u00ab{v}\u00bb",
    "\u06af\u0630\u0631\u0648\u0627\u0698\u0647 \u0633\u0631\u0648\u0631 {v} \u0627\u0633\u062a",
    "kata sandinya adalah {v}",  # id
    "\u300e{v}\u300f\u304c\u30d1\u30b9\u30ef\u30fc\u30c9",  # ja
    "\u300c{v}\u300d\u304c\u65b0\u3057\u3044\u30d1\u30b9\u30ef\u30fc\u30c9\u3067\u3059",
    "m\u1eadt kh\u1ea9u: \u300c{v}\u300d",  # vi
    "\u0631\u0645\u0632 \u0639\u0628\u0648\u0631 \u062c\u062f\u06cc\u062f: \u00ab{v}\u00bb",  # fa: the new password
    "\u0643\u0644\u0645\u0629 \u0627\u0644\u0645\u0631\u0648\u0631 \u0627\u0644\u062c\u062f\u064a\u062f\u0629 "
        "\u00ab{v}\u00bb",  # ar
    "kata sandinya: {v}",  # id
    "\u300e{v}\u300f\u304c\u7ba1\u7406\u8005\u30d1\u30b9\u30ef\u30fc\u30c9",  # ja: the admin password
    "m\u1eadt kh\u1ea9u m\u1edbi l\u00e0 \u300c{v}\u300d",  # vi: the new password is
]
PROSE = [(t.format(v=v), v) for t, v in ((t, PW()) for t in _PROSE)]


@pytest.mark.parametrize(("text", "value"), PROSE)
def test_passwords_in_prose_in_other_languages(text: str, value: str) -> None:
    assert _flagged(text, value), text


# -- near misses: the same names and frames with no secret ------------------------------------

BENIGN = [
    "AccessKey ID \u548c AccessKey Secret \u8bf7\u5728\u63a7\u5236\u53f0\u521b\u5efa\uff0c\u4e0d\u8981\u63d0"
        "\u4ea4\u5230\u4ed3\u5e93\u3002",
    "access_key_secret\uff1a<your-access-key-secret>",
    "ALIBABA_CLOUD_ACCESS_KEY_SECRET\uff1d\u5728\u6b64\u586b\u5199",
    "SecretKey\uff1a${TENCENTCLOUD_SECRET_KEY}",
    "HUAWEICLOUD_SDK_SK=${HW_SK}",
    "SK\uff1a\u5728\u63a7\u5236\u53f0\u300c\u8bbf\u95ee\u5bc6\u94a5\u300d\u9875\u9762\u83b7\u53d6",
    "sk = os.environ[\"HUAWEICLOUD_SDK_SK\"]",
    "AK/SK \u8ba4\u8bc1\uff1a\u8bf7\u6c42\u5934\u91cc\u653e\u7b7e\u540d\uff0c\u4e0d\u653e SK \u672c\u8eab",
    "Authorization: KakaoAK ${KAKAO_REST_API_KEY}",
    "\uce74\uce74\uc624 REST API \ud0a4\ub294 \ub0b4 \uc560\ud50c\ub9ac\ucf00\uc774\uc158 \uba54\ub274\uc5d0"
        "\uc11c \ud655\uc778\ud569\ub2c8\ub2e4",
    "\ud328\ud0a4\uc9c0 \ubc84\uc804 " + H(40),
    "https://open.feishu.cn/open-apis/bot/v2/hook/<hook-id>",
    "https://open.feishu.cn/open-apis/bot/v2/hook/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
    "https://open.feishu.cn/open-apis/im/v1/messages?receive_id_type=chat_id",
    "app_id: cli_" + H(16),
    "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=YOUR_KEY",
    "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=",
    "webhook URL: https://oapi.dingtalk.com/robot/send",
    "https://oapi.dingtalk.com/robot/send?access_token=${DINGTALK_TOKEN}",
    "\u52a0\u7b7e\uff1a\u5728\u673a\u5668\u4eba\u5b89\u5168\u8bbe\u7f6e\u4e2d\u52fe\u9009\u201c\u52a0\u7b7e"
        "\u201d\uff0c\u590d\u5236 SEC \u5f00\u5934\u7684\u5bc6\u94a5\u3002",
    "SECURITY_GROUP=sg-0a1b2c3d4e5f6a7b8",
    "Rocket.Chat incoming webhooks post to https://chat.example.org/hooks/ and need a token",
    "XENDIT_PUBLIC_KEY=xnd_public_development_" + R(40),
    "MP_PUBLIC_KEY=APP_USR-" + uuid(),
    "TOSS_CLIENT_KEY=live_ck_" + R(28),
    "test_ck_" + R(28) + " \ub294 \ube0c\ub77c\uc6b0\uc800\uc5d0 \ub178\ucd9c\ub418\ub294 \ud074\ub77c\uc774"
        "\uc5b8\ud2b8 \ud0a4",
    "OMISE_PUBLIC_KEY=pkey_test_" + R(19, LOWER),
    "MIDTRANS_CLIENT_KEY=SB-Mid-client-" + R(16),
    "PAYSTACK_PUBLIC_KEY=pk_live_" + H(40),
    "ALIPAY_PUBLIC_KEY=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + R(200, B64),
    "\u652f\u4ed8\u5b9d\u516c\u94a5\uff1aMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + R(200, B64),
    "ALIPAY_APP_ID=2021000118600000",
    "\u5546\u6237\u53f7 mchid: 1900000109",
    "\u5546\u6237 API \u8bc1\u4e66\u5e8f\u5217\u53f7\uff1a" + H(40).upper(),
    "PAYU_MERCHANT_ID=8617920",
    "merchant salt \u306f\u7ba1\u7406\u753b\u9762\u3067\u518d\u767a\u884c\u3067\u304d\u307e\u3059",
    "\u5b9a\u671f\u8f6e\u6362 AccessKey\uff0c\u65e7\u7684 AccessKey Secret \u5728\u7981\u7528 7 \u5929\u540e"
        "\u5220\u9664\u3002",
    "\u30b7\u30fc\u30af\u30ec\u30c3\u30c8\u306f\u5b9a\u671f\u7684\u306b\u30ed\u30fc\u30c6\u30fc\u30b7\u30e7"
        "\u30f3\u3057\u3066\u304f\u3060\u3055\u3044\u3002",
    "API\u30b7\u30fc\u30af\u30ec\u30c3\u30c8\uff1a\uff08\u5225\u9014\u9001\u4ed8\uff09",
    "\u5e94\u7528\u79c1\u94a5\uff1a\u8bf7\u4f7f\u7528\u5bc6\u94a5\u5de5\u5177\u751f\u6210",
    "\u0643\u0644\u0645\u0629 \u0627\u0644\u0633\u0631: \u00ab\u0633\u0631\u064a\u0629\u00bb",
    "\u0631\u0645\u0632 \u0639\u0628\u0648\u0631 \u0628\u0627\u06cc\u062f \u062d\u062f\u0627\u0642\u0644 "
        "\u06f8 \u06a9\u0627\u0631\u0627\u06a9\u062a\u0631 \u0628\u0627\u0634\u062f",
    "kata sandinya harus diganti setiap 90 hari",
    "\u300e\u5f37\u529b\u306a\u300f\u30d1\u30b9\u30ef\u30fc\u30c9\u3092\u4f7f\u3063\u3066\u304f\u3060\u3055\u3044",
    "m\u1eadt kh\u1ea9u: \u300c********\u300d",
    "\u043f\u0430\u0440\u043e\u043b\u044c \u00ab\u0441\u043a\u0440\u044b\u0442\u00bb",
    "\u00ab\u0441\u0435\u043a\u0440\u0435\u0442\u043d\u044b\u0439 \u043a\u043b\u044e\u0447\u00bb \u0431\u0435"
        "\u0440\u0451\u0442\u0441\u044f \u0438\u0437 Vault",
    "request_id\uff1a" + uuid(),
    "trace_id\uff1a" + H(32),
    "sha256\uff1a" + H(64),
    "commit\uff1a" + H(40),
    "ETag\uff1a\u300c" + H(32) + "\u300d",
    "\u7248\u672c\uff1a\u00ab1.4.2\u00bb\uff0c\u6784\u5efa\u53f7\uff1a\u300c20260301.7\u300d",
    "\u30bf\u30b9\u30af\uff1a\u300c\u30ed\u30b0\u306e\u56de\u8ee2\u300d\u3092\u4fee\u6b63",
    "Token\uff1a\u5728\u63a7\u5236\u53f0\u83b7\u53d6",
]


@pytest.mark.parametrize("text", BENIGN)
def test_near_misses_pass(text: str) -> None:
    assert scan_text(text) == [], text


# -- property: any new format after any punctuation in benign text ------------------------------

_BEFORE = st.sampled_from([
    "", "ran the migration on staging", "\u90e8\u7f72\u5b8c\u6210", "see PR 482 for the context",
    "\u30c6\u30b9\u30c8\u304c\u901a\u308a\u307e\u3057\u305f", "next: rotate the old key",
])
_PUNCT = st.sampled_from([" ", "\n", "(", "[", "{", "'", '"', "`", ":", "=", ",", ";", "|",
                          "<", ">", ".", "@", "#", "\t", "\uff1a", "\u300c", "\u00ab", "\uff08"])
_MAKERS = (feishu, lark, wecom, dingtalk_sec, xendit, mercadopago, toss, omise, midtrans,
           volcengine, pkcs8, pkcs1)


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example])
@given(_BEFORE, _PUNCT, _BEFORE, st.integers(0, 2**32), st.integers(0, len(_MAKERS) - 1))
def test_any_new_format_in_benign_text_is_rejected(before: str, punct: str, after: str,
                                                   seed: int, which: int) -> None:
    token = _MAKERS[which](Synthetic(seed))  # a seeded generator: values stay random
    text = before + punct + token + (" " + after if after else "")
    assert _flagged(text, token), text
