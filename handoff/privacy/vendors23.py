"""Regional vendors' keys, chat bots' hooks and payment gateways' secrets, added in session 23.

Issue 11's newest held-out corpus is written by teams whose working language is not English;
what it still let through were the credentials of the services those teams use, in the shapes
the vendors publish:

- chat bots: a Feishu/Lark custom bot's hook (``open.feishu.cn/open-apis/bot/v2/hook/<uuid>``),
  a WeCom group bot's (``qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<uuid>``), DingTalk's
  signing secret (``SEC`` and 64 hex), a Rocket.Chat incoming webhook (``/hooks/<17>/<48>``): the
  URL (or the secret) is all anyone needs to post as the bot;
- payment gateways: Xendit (``xnd_production_``/``xnd_development_``), Mercado Pago's access
  token (``APP_USR-<16 digits>-<6>-<32 hex>-<digits>``, ``TEST-`` for sandbox), Toss Payments
  (``live_sk_``, ``test_sk_``, ``live_gsk_``), Omise (``skey_``), Midtrans' server key
  (``Mid-server-``, ``SB-Mid-server-``);
- clouds: Volcengine's AccessKey ID (``AKLT``, treated as AWS's ``AKIA`` and Alibaba's ``LTAI``
  are: the id names the key pair and the console shows it with the secret), Kakao's REST API
  key in its own header (``Authorization: KakaoAK <32 hex>``), and a key pair's secret written
  as ``SK`` (``HUAWEICLOUD_SDK_SK=``, ``SK\\uff1a`` under a Baidu or Huawei console's label);
- a private key's DER body in base64 without its PEM lines (PKCS#8 or PKCS#1 RSA, PKCS#8 EC and
  Ed25519): Alipay's SDKs and WeChat Pay's take the app's private key as that one string.

Public halves are left alone: Xendit's ``xnd_public_``, Toss' client keys (``live_ck_``),
Midtrans' client keys (``Mid-client-``), Mercado Pago's public key (``APP_USR-<uuid>``), a
public key's base64 (``MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A``), a Feishu app id (``cli_``), WeCom's
corp id and merchant or app ids (numbers the vendors print on payment pages).

Every pattern is our own, from the vendors' public documentation of the shape; example values
are random characters written as two adjacent literals so that other secret scanners reading
this source do not flag them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handoff.privacy import rule as _rules
from handoff.privacy.values import is_placeholder, looks_like_words
from handoff.privacy.vendors18 import _key_value

if TYPE_CHECKING:
    from re import Match

    from handoff.privacy.rule import Validator

_T = "(?![A-Za-z0-9])"
_TD = "(?![A-Za-z0-9_-])"
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


def _varied(group: int, distinct: int) -> Validator:
    """The match's secret part (``group``) is varied, holds a digit and a letter, and is no
    placeholder or words (``test_sk_your_secret_key_here`` is a template's)."""

    def check(m: Match[str]) -> bool:
        body = m.group(group)
        if len(set(body)) < distinct or is_placeholder(body, references=False):
            return False
        return (not looks_like_words(body) and any(c.isdigit() for c in body)
                and any(c.isalpha() for c in body))

    return check


def _sk_value(m: Match[str]) -> bool:
    """``SK=V``: V is a key (random, or 32+ hex, or a UUID), not a placeholder or a reference."""
    return _key_value(m.group(1))


_Rule = _rules.Rule
_C, _TOK, _KW = _rules.CREDENTIAL, _rules.TOKEN, _rules.KEYWORD

RULES_23: tuple[_rules.Rule, ...] = (
    _Rule(
        "feishu-bot-hook",
        "Feishu or Lark custom bot webhook (open.feishu.cn / open.larksuite.com"
        " /open-apis/bot/v2/hook/<uuid>): the URL alone posts to the group.",
        _C, _TOK,
        r"//open\.(?:feishu\.cn|larksuite\.com|larkoffice\.com)/open-apis/bot/v2/hook/" + _UUID,
        prefixes=("//open.feishu.cn/", "//open.larksuite.com/", "//open.larkoffice.com/"),
        validator=_varied(0, 20),
        examples=("https://open.feishu.cn/open-apis/bot/v2/hook/" "3f9a0c2e-7d41-4b8e-9a65-0c1d2e3f4a5b",),
        near_misses=("https://open.feishu.cn/open-apis/bot/v2/hook/<hook-id>",
                     "https://open.feishu.cn/open-apis/im/v1/messages"),
    ),
    _Rule(
        "wecom-bot-webhook",
        "WeCom (WeChat Work) group bot webhook (qyapi.weixin.qq.com/cgi-bin/webhook/send?key="
        "<uuid>): the key posts to the group.",
        _C, _TOK,
        r"//qyapi\.weixin\.qq\.com/cgi-bin/webhook/(?:send|upload_media)\?(?:[a-z_]{1,16}=[a-z]{1,16}&)?"
        r"key=(" + _UUID + ")",
        prefixes=("//qyapi.weixin.qq.com/",),
        validator=_varied(1, 10),
        examples=("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=" "8b1e5c7a-2f4d-4a9e-b3c6-d0e1f2a3b4c5",),
        near_misses=("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=YOUR_KEY",
                     "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key="),
    ),
    _Rule(
        "dingtalk-robot-secret",
        "DingTalk custom robot signing secret (SEC and 64 hex), which signs every message the"
        " robot sends.",
        _C, _TOK,
        r"SEC[0-9a-f]{64}" + _T,
        prefixes=("SEC",),
        validator=_varied(0, 12),
        examples=("DINGTALK_SECRET=SEC" "4e0f9a1b2c3d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f",),
        near_misses=("secret: SECxxxxxxxx", "SECURITY_LEVEL=high"),
    ),
    _Rule(
        "rocketchat-webhook",
        "Rocket.Chat incoming webhook URL (/hooks/<17-character integration id>/<48-character"
        " token>).",
        _C, _TOK,
        r"//[A-Za-z0-9.-]{1,253}(?::[0-9]{1,5})?(?:/[A-Za-z0-9._-]{1,64}){0,3}/hooks/"
        r"[A-Za-z0-9]{17}/([A-Za-z0-9]{48})" + _T,
        infixes=("/hooks/",),
        validator=_varied(1, 16),
        examples=("https://chat.example.org/hooks/" "Kq8Zr3mW2nXb7Yp4T/aB3dE5fG7hJ9kL2mN4pQ6rS8t"
                  "U0vW2xY4zA6bC8dE0fG2hJ4",),
        near_misses=("https://chat.example.org/hooks/ is where integrations post",),
    ),
    _Rule(
        "xendit-secret-key",
        "Xendit secret API key (xnd_production_ / xnd_development_; xnd_public_ is the public"
        " one).",
        _C, _TOK,
        r"xnd_(?:production|development)_([A-Za-z0-9+/=]{40,120})" + _T,
        prefixes=("xnd_production_", "xnd_development_"),
        validator=_varied(1, 12),
        examples=("XENDIT_KEY=xnd_development_" "P4qDf0ss9OCpl8RtKrROHjaQYNCk9dN5lSfk7R1l9Wbe3rSiCwZ3jw==",),
        near_misses=("xnd_development_your_secret_key_here_0000000000000000000",),
    ),
    _Rule(
        "mercadopago-access-token",
        "Mercado Pago access token (APP_USR- or TEST-, 16 digits, 6 digits, 32 hex, digits);"
        " the public key is APP_USR- and a UUID.",
        _C, _TOK,
        r"(?:APP_USR|TEST)-[0-9]{16}-[0-9]{6}-([0-9a-f]{32})-[0-9]{6,12}" + _T,
        prefixes=("APP_USR-", "TEST-"),
        validator=_varied(1, 10),
        examples=("MP_ACCESS_TOKEN=APP_USR-" "4821937465019283-102938-6f1e2d3c4b5a69788796a5b4c3d2e1f0-918273645",),
        near_misses=("MP_PUBLIC_KEY=APP_USR-" "6f1e2d3c-4b5a-4978-8796-a5b4c3d2e1f0",),
    ),
    _Rule(
        "toss-payments-secret-key",
        "Toss Payments secret key (live_sk_, test_sk_, live_gsk_, test_gsk_; the client keys"
        " live_ck_/test_ck_ are public).",
        _C, _TOK,
        r"(?:live|test)_g?sk_([A-Za-z0-9]{20,40})" + _T,
        prefixes=("live_sk_", "test_sk_", "live_gsk_", "test_gsk_"),
        validator=_varied(1, 10),
        examples=("TOSS_SECRET_KEY=test_sk_" "zXLkKEypNArWmo50nX3lmeaxYG5R",),
        near_misses=("test_sk_your_secret_key_here", "live_ck_" "D5GePWvyJnrK0W0k6q8gLzN97Eoq"),
    ),
    _Rule(
        "omise-secret-key",
        "Omise secret key (skey_ or skey_test_ and 19 lower-case letters and digits; pkey_ is"
        " the public one).",
        _C, _TOK,
        r"skey_(?:test_)?([0-9a-z]{19})" + _T,
        prefixes=("skey_",),
        validator=_varied(1, 8),
        examples=("OMISE_SECRET_KEY=skey_test_" "5xp6ca4cs1t4sbh7le2",),
        near_misses=("skey_test_xxxxxxxxxxxxxxxxxxx",),
    ),
    _Rule(
        "midtrans-server-key",
        "Midtrans server key (Mid-server-, SB-Mid-server- in the sandbox; Mid-client- keys are"
        " public).",
        _C, _TOK,
        r"(?:SB-)?Mid-server-([A-Za-z0-9_-]{20,40})" + _TD,
        prefixes=("SB-Mid-server-", "Mid-server-"),
        validator=_varied(1, 10),
        examples=("MIDTRANS_SERVER_KEY=SB-Mid-server-" "GwUP_WGbJPXsDzsNEBRs8IYA",),
        near_misses=("SB-Mid-server-XXXXXXXXXXXXXXXXXXXXXXXX", "SB-Mid-client-" "61XuGAwQ8Bj8LxSS"),
    ),
    _Rule(
        "volcengine-access-key-id",
        "Volcengine (ByteDance cloud) AccessKey ID (AKLT and base64 characters), the id half of"
        " the key pair, treated as AWS's AKIA is.",
        _C, _TOK,
        r"AKLT([A-Za-z0-9_-]{32,64})" + _TD,
        prefixes=("AKLT",),
        validator=_varied(1, 12),
        examples=("VOLC_ACCESSKEY=AKLT" "YWI5NjQ1ZWQ4ZjI0NGE0ZDk4ZjQ1MTk4YzI4NDQ4Yjg",),
        near_misses=("AKLT_ACCESS_KEY_PLACEHOLDER_FOR_THE_DOCS",),
    ),
    _Rule(
        "kakao-rest-api-key",
        "Kakao REST API key in its own authorization scheme (Authorization: KakaoAK <32 hex>).",
        _C, _KW,
        r"KakaoAK[ \t]+([0-9a-f]{32})" + _T,
        keywords=("kakaoak",),
        group=1,
        validator=_varied(1, 8),
        examples=("-H 'Authorization: KakaoAK " "9f3c1a7e5b2d8c4f6a0e1b3d5c7f9a2e'",),
        near_misses=("-H 'Authorization: KakaoAK ${REST_API_KEY}'",),
    ),
    _Rule(
        "access-key-secret-sk",
        "A key pair's secret written SK (HUAWEICLOUD_SDK_SK=, BAIDU_SK:, SK: under a console's"
        " AK/SK label): the value is a key (random, or 32+ hex, or a UUID).",
        _C, _KW,
        r"(?<![A-Za-z0-9])(?:[A-Za-z][A-Za-z0-9]{0,31}[_.-]){0,4}(?:SK|sk|Sk)[\"']?[ \t]*"
        r"(?:=|:|=>)[ \t]*[\"']?([A-Za-z0-9+/=_-]{16,128})(?![A-Za-z0-9+/=_-])",
        keywords=("sk",),
        group=1,
        validator=_sk_value,
        examples=("HUAWEICLOUD_SDK_SK=" "Lj8m4qWya5VGb5RDToiM5p5W5QLmcakT1v8vX5j2",
                  "SK: " "43a1ba713281889a6c76f001395e2749"),
        near_misses=("SK=${HUAWEICLOUD_SDK_SK}", "sk: the secret key, see the console",
                     "sk = 0"),
    ),
    _Rule(
        "private-key-der-base64",
        "A private key's DER body in base64 without PEM lines (PKCS#8 RSA, PKCS#1 RSA, PKCS#8 EC"
        " P-256, Ed25519), as Alipay's and WeChat Pay's SDKs take an app's private key.",
        _C, _TOK,
        r"(?:MII[A-Za-z0-9+/]{3}(?:IBADANBgkqhkiG9w0BAQEFAASC|IBAAKCA[A-Za-z0-9+/]EA)"
        r"[A-Za-z0-9+/]{60,8192}"
        r"|MIG[A-Za-z0-9+/]AgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg[A-Za-z0-9+/]{40,300}"
        r"|MC4CAQAwBQYDK2VwBCIEI[A-Za-z0-9+/]{20,60})={0,2}(?![A-Za-z0-9+/=])",
        prefixes=("MII", "MIG", "MC4CAQAwBQYDK2VwBCIEI"),
        examples=("APP_PRIVATE_KEY=MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" "BKcwggSjAgEAAoIBAQC7fQ0pX3kq9Zr2m"
                  "Lw8Vb4Tn6Yc1Hd5Je7Kf3Gh9Sa2Pq4Rt6Uv8Wx0Yz2Ab4Cd6Ef8Gh0Ij2Kl4Mn6Op8Qr0St2Uv4",),
        near_misses=("ALIPAY_PUBLIC_KEY=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A" "MIIBCgKCAQEAu7fQ0pX3kq9Zr2m"
                     "Lw8Vb4Tn6Yc1Hd5Je7Kf3Gh9Sa2Pq4Rt6Uv8Wx0Yz2Ab4Cd6Ef8Gh0Ij2",),
    ),
)
"""Session 23's rows, appended to ``rules.RULES``."""
