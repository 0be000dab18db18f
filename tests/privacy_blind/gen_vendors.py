# ruff: noqa: E501
"""Vendor credentials: one shape generator per vendor, written from each vendor's published format.

Every token is random characters in the vendor's prefix, length and alphabet, never a
real one. Each vendor has its own templates (its CLI, its config file, its URL) and also
borrows the shared templates below, which place the token the ways agents and people
do: alone, assigned, exported, quoted, in JSON/YAML/TOML, inside a command, in prose,
glued to punctuation.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from gen_common import (
    ALNUM,
    B64,
    B64URL,
    BASE32,
    BECH32,
    DIGITS,
    HEX,
    LETTERS,
    LOWER,
    LOWER_ALNUM,
    UPPER_ALNUM,
    UPPER_HEX,
    R,
    b64_bytes,
    b64_text,
    crc_tail,
    fill,
    pick,
    rs,
    uuid4,
    wrap64,
)

# ---------------------------------------------------------------------------------------
# Shapes


def github_classic(r: R) -> str:
    body = rs(r, ALNUM, 30)
    return r.choice(["ghp_"] * 6 + ["gho_", "ghu_", "ghs_", "ghr_"]) + body + crc_tail(body)


def github_fine(r: R) -> str:
    return "github_pat_11" + rs(r, UPPER_ALNUM, 20) + "_" + rs(r, ALNUM, 59)


def gitlab(r: R) -> str:
    k = r.randrange(6)
    if k == 0:
        return "gldt-" + rs(r, B64URL, 20)
    if k == 1:
        return "glrt-" + rs(r, B64URL, 20)
    if k == 2:
        return "glpat-" + rs(r, B64URL, 27) + ".01." + rs(r, LOWER_ALNUM, 9)
    return "glpat-" + rs(r, B64URL, 20)


def slack_token(r: R) -> str:
    k = r.randrange(4)
    if k == 0:
        return f"xoxp-{rs(r, DIGITS, 12)}-{rs(r, DIGITS, 12)}-{rs(r, DIGITS, 13)}-{rs(r, HEX, 32)}"
    if k == 1:
        return f"xapp-1-A{rs(r, UPPER_ALNUM, 10)}-{rs(r, DIGITS, 13)}-{rs(r, HEX, 64)}"
    return f"xoxb-{rs(r, DIGITS, r.choice([11, 12, 13]))}-{rs(r, DIGITS, 13)}-{rs(r, ALNUM, 24)}"


def slack_webhook(r: R) -> str:
    return f"https://hooks.slack.com/services/T{rs(r, UPPER_ALNUM, 8)}/B{rs(r, UPPER_ALNUM, 10)}/{rs(r, ALNUM, 24)}"


def stripe_key(r: R) -> str:
    prefix = r.choice(["sk_live_", "sk_live_", "rk_live_", "sk_test_"])
    if r.random() < 0.5:
        return prefix + "51" + rs(r, ALNUM, 97)
    return prefix + rs(r, ALNUM, 24)


def stripe_whsec(r: R) -> str:
    return "whsec_" + rs(r, ALNUM, 32)


def aws_key_id(r: R) -> str:
    return r.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(r, BASE32, 16)


def aws_secret(r: R) -> str:
    return rs(r, B64, 40)


def aws_session(r: R) -> str:
    return r.choice(["IQoJb3JpZ2luX2VjE", "FwoGZXIvYXdzE"]) + rs(r, B64, r.randint(280, 360)) + r.choice(["", "=", "=="])


def google_api_key(r: R) -> str:
    return "AIza" + rs(r, B64URL, 35)


def google_oauth(r: R) -> str:
    k = r.randrange(3)
    if k == 0:
        return "GOCSPX-" + rs(r, B64URL, 28)
    if k == 1:
        return "ya29.a0" + rs(r, B64URL, r.randint(150, 210))
    return "1//0" + rs(r, B64URL, 2) + rs(r, B64URL, r.randint(95, 100))


def openai_key(r: R) -> str:
    k = r.randrange(5)
    if k in (0, 1):
        return "sk-proj-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74)
    if k == 2:
        return "sk-" + rs(r, ALNUM, 20) + "T3BlbkFJ" + rs(r, ALNUM, 20)
    if k == 3:
        return "sk-svcacct-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74)
    return "sk-admin-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74)


def anthropic_key(r: R) -> str:
    kind = r.choice(["api03", "api03", "api03", "admin01"])
    return f"sk-ant-{kind}-" + rs(r, B64URL, 93) + "AA"


def hf_token(r: R) -> str:
    return "hf_" + rs(r, LETTERS, 34)


def npm_token(r: R) -> str:
    body = rs(r, ALNUM, 30)
    return "npm_" + body + crc_tail(body)


def pypi_token(r: R) -> str:
    head = r.choice(["pypi-AgEIcHlwaS5vcmcCJ", "pypi-AgEIcHlwaS5vcmcCJ", "pypi-AgENdGVzdC5weXBpLm9yZwIk"])
    return head + rs(r, B64URL, r.randint(140, 170))


def twilio(r: R) -> str:
    return "SK" + rs(r, HEX, 32)


def sendgrid(r: R) -> str:
    return "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)


def mailgun(r: R) -> str:
    if r.random() < 0.6:
        return "key-" + rs(r, HEX, 32)
    return rs(r, HEX, 32) + "-" + rs(r, HEX, 8) + "-" + rs(r, HEX, 8)


def shopify(r: R) -> str:
    return r.choice(["shpat_", "shpat_", "shpca_", "shppa_", "shpss_"]) + rs(r, HEX, 32)


def discord_bot(r: R) -> str:
    uid = str(r.randint(10**17, 10**19 - 1))
    return b64_text(uid, pad=False) + "." + rs(r, B64URL, 6) + "." + rs(r, B64URL, r.choice([27, 38]))


def discord_webhook(r: R) -> str:
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**19 - 1)}/{rs(r, B64URL, 68)}"


def telegram(r: R) -> str:
    return f"{r.randint(10**8, 10**10 - 1)}:AA{rs(r, B64URL, 33)}"


def atlassian(r: R) -> str:
    return "ATATT3xFfGF0" + rs(r, B64URL, 170) + "=" + rs(r, UPPER_HEX, 8)


def azure_storage_key(r: R) -> str:
    return b64_bytes(r, 64)


def azure_sas(r: R) -> str:
    sig = b64_bytes(r, 32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    return (f"sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2026-0{r.randint(1, 9)}-{r.randint(10, 28)}T0{r.randint(0, 9)}:00:00Z"
            f"&st=2025-0{r.randint(1, 9)}-{r.randint(10, 28)}T1{r.randint(0, 9)}:00:00Z&spr=https&sig={sig}")


def azure_ad_secret(r: R) -> str:
    return rs(r, ALNUM, 3) + r.choice(["8Q~", "7Q~"]) + rs(r, ALNUM + "~_.-", 34)


def azure_devops(r: R) -> str:
    if r.random() < 0.5:
        return rs(r, LOWER + "234567", 52)
    return rs(r, ALNUM, 76) + "AZDO" + rs(r, ALNUM, 4)


def digitalocean(r: R) -> str:
    return r.choice(["dop_v1_", "dop_v1_", "doo_v1_", "dor_v1_"]) + rs(r, HEX, 64)


def heroku(r: R) -> str:
    return "HRKU-AA" + rs(r, B64URL, 58)


def doppler(r: R) -> str:
    kind = r.choice(["pt", "pt", "st", "sa", "ct"])
    if kind == "st":
        return f"dp.st.{pick(r, ['dev', 'stg', 'prd', 'ci'])}." + rs(r, ALNUM, 43)
    return f"dp.{kind}." + rs(r, ALNUM, 43)


def vault(r: R) -> str:
    k = r.randrange(3)
    if k == 0:
        return "hvs." + rs(r, ALNUM, 24)
    if k == 1:
        return "hvs.CAESI" + rs(r, B64URL, 86)
    return "hvb.AAAAAQ" + rs(r, B64URL, 130)


def databricks(r: R) -> str:
    return "dapi" + rs(r, HEX, 32) + r.choice(["", "", "-2", "-3"])


def linear(r: R) -> str:
    return "lin_api_" + rs(r, ALNUM, 40)


def notion(r: R) -> str:
    if r.random() < 0.5:
        return "secret_" + rs(r, ALNUM, 43)
    return "ntn_" + rs(r, DIGITS, 11) + rs(r, ALNUM, 35)


def postman(r: R) -> str:
    return "PMAK-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 34)


def jwt(r: R, payload: dict[str, object] | None = None) -> str:
    alg = r.choice(["HS256", "RS256", "ES256", "HS512"])
    header = {"alg": alg, "typ": "JWT"} if r.random() < 0.7 else {"typ": "JWT", "alg": alg, "kid": rs(r, HEX, 16)}
    if payload is None:
        payload = r.choice([
            {"sub": str(r.randint(1000, 99999)), "name": pick(r, ["ci-bot", "svc-deploy", "alice", "grafana"]),
             "iat": r.randint(1_700_000_000, 1_760_000_000)},
            {"iss": f"https://auth.{pick(r, ['acme.dev', 'example.com', 'globex.io'])}/", "sub": uuid4(r),
             "aud": "api", "exp": r.randint(1_760_000_000, 1_800_000_000), "scope": "read write"},
            {"user_id": r.randint(1, 90000), "role": r.choice(["admin", "user", "service"]),
             "exp": r.randint(1_760_000_000, 1_800_000_000), "jti": rs(r, HEX, 24)},
        ])
    sig_len = {"HS256": 43, "HS512": 86, "RS256": 342, "ES256": 86}[alg]
    h = b64_text(json.dumps(header, separators=(",", ":")), urlsafe=True, pad=False)
    p = b64_text(json.dumps(payload, separators=(",", ":")), urlsafe=True, pad=False)
    return f"{h}.{p}.{rs(r, B64URL, sig_len)}"


def sentry_dsn(r: R) -> str:
    ingest = r.choice(["ingest.sentry.io", "ingest.us.sentry.io", "ingest.de.sentry.io"])
    return f"https://{rs(r, HEX, 32)}@o{r.randint(100000, 4500000)}.{ingest}/{r.randint(1000000, 4509999)}"


def sentry_token(r: R) -> str:
    if r.random() < 0.5:
        return "sntryu_" + rs(r, HEX, 64)
    payload = json.dumps({"iat": r.randint(1_700_000_000, 1_760_000_000), "url": "https://sentry.io",
                          "region_url": "https://us.sentry.io", "org": pick(r, ["acme", "globex", "initech"])},
                         separators=(",", ":"))
    return "sntrys_" + b64_text(payload, pad=False) + "_" + rs(r, B64URL, 43)


def cloudflare(r: R) -> str:
    k = r.randrange(4)
    if k == 0:
        return rs(r, HEX, 37)
    if k == 1:
        return "v1.0-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 146)
    return rs(r, B64URL, 40)


def flyio(r: R) -> str:
    if r.random() < 0.6:
        return "FlyV1 fm2_lJPECAAAAAAAA" + rs(r, B64, r.randint(180, 260)) + ",fm2_lJPE" + rs(r, B64, r.randint(120, 180))
    return "fo1_" + rs(r, B64URL, 43)


def vercel(r: R) -> str:
    return rs(r, ALNUM, 24)


def supabase(r: R) -> str:
    k = r.randrange(3)
    if k == 0:
        return "sbp_" + rs(r, HEX, 40)
    if k == 1:
        return "sb_secret_" + rs(r, B64URL, 31)
    return jwt(r, {"iss": "supabase", "ref": rs(r, LOWER, 20), "role": "service_role",
                   "iat": r.randint(1_700_000_000, 1_740_000_000), "exp": r.randint(2_000_000_000, 2_100_000_000)})


def grafana(r: R) -> str:
    if r.random() < 0.5:
        payload = json.dumps({"o": str(r.randint(100000, 999999)), "n": f"stack-{r.randint(100000, 999999)}-hm-read",
                              "k": rs(r, ALNUM, 24), "m": {"r": r.choice(["prod-us-east-0", "prod-eu-west-2"])}},
                             separators=(",", ":"))
        return "glc_" + b64_text(payload, pad=False)
    return "glsa_" + rs(r, ALNUM, 32) + "_" + rs(r, HEX, 8)


def newrelic(r: R) -> str:
    k = r.randrange(3)
    if k == 0:
        return rs(r, HEX, 36) + "NRAL"
    return "NRAK-" + rs(r, UPPER_ALNUM, 27)


def datadog(r: R) -> str:
    return rs(r, HEX, r.choice([32, 32, 40]))


def planetscale(r: R) -> str:
    return r.choice(["pscale_tkn_", "pscale_pw_", "pscale_pw_", "pscale_oauth_"]) + rs(r, B64URL, 43)


def pulumi(r: R) -> str:
    return "pul-" + rs(r, HEX, 40)


def terraform(r: R) -> str:
    return rs(r, ALNUM, 14) + ".atlasv1." + rs(r, ALNUM, 67)


def age_key(r: R) -> str:
    return "AGE-SECRET-KEY-1" + rs(r, BECH32, 58).upper()


def age_public(r: R) -> str:
    return "age1" + rs(r, BECH32, 58)


_PEM_HEADS = {
    "RSA PRIVATE KEY": "MIIEowIBAAKCAQEA",
    "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
    "EC PRIVATE KEY": "MHcCAQEEI",
    "ENCRYPTED PRIVATE KEY": "MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQI",
    "DSA PRIVATE KEY": "MIIBuwIBAAKBgQD",
}


def pem_block(r: R, kind: str | None = None, *, truncate: bool = False) -> str:
    kind = kind or r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY",
                             "ENCRYPTED PRIVATE KEY", "DSA PRIVATE KEY"])
    size = {"EC PRIVATE KEY": 121, "DSA PRIVATE KEY": 448}.get(kind, 1190)
    body = _PEM_HEADS[kind] + b64_bytes(r, size)[len(_PEM_HEADS[kind]):]
    lines = wrap64(body).split("\n")
    if truncate:
        return f"-----BEGIN {kind}-----\n" + "\n".join(lines[:r.randint(1, 3)]) + "\n..."
    if kind == "RSA PRIVATE KEY" and r.random() < 0.3:
        lines = ["Proc-Type: 4,ENCRYPTED", f"DEK-Info: AES-128-CBC,{rs(r, UPPER_HEX, 32)}", "", *lines]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def openssh_key(r: R, *, truncate: bool = False) -> str:
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA"
    body = (head + b64_bytes(r, r.choice([300, 400, 1800]))).rstrip("=")
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    if truncate:
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines[:2])
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def pgp_private(r: R) -> str:
    body = wrap64("lQdGBGX" + b64_bytes(r, 900))
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + body + "\n=" + rs(r, B64, 4)
            + "\n-----END PGP PRIVATE KEY BLOCK-----")


def putty_ppk(r: R) -> str:
    return ("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-2025"
            f"{r.randint(1000, 1231)}\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI{rs(r, B64, 43)}\n"
            f"Private-Lines: 1\nAAAAI{rs(r, B64, 39)}\nPrivate-MAC: {rs(r, HEX, 64)}")


def gcp_sa_json(r: R) -> str:
    project = pick(r, ["acme-prod", "globex-data", "initech-ci", "hooli-ml-4123"])
    key = pem_block(r, "PRIVATE KEY").replace("\n", "\\n") + "\\n"
    return ('{"type": "service_account", "project_id": "' + project + '", "private_key_id": "' + rs(r, HEX, 40)
            + '", "private_key": "' + key + '", "client_email": "ci-deployer@' + project
            + '.iam.gserviceaccount.com", "client_id": "' + rs(r, DIGITS, 21) + '"}')


def docker_hub(r: R) -> str:
    return "dckr_pat_" + rs(r, B64URL, 27)


def okta(r: R) -> str:
    return "00" + rs(r, B64URL, 40)


def airtable(r: R) -> str:
    return "pat" + rs(r, ALNUM, 14) + "." + rs(r, HEX, 64)


def figma(r: R) -> str:
    return "figd_" + rs(r, B64URL, 40)


def replicate(r: R) -> str:
    return "r8_" + rs(r, ALNUM, 37)


def groq(r: R) -> str:
    return "gsk_" + rs(r, ALNUM, 52)


def perplexity(r: R) -> str:
    return "pplx-" + rs(r, ALNUM, 48)


def xai(r: R) -> str:
    return "xai-" + rs(r, ALNUM, 80)


def langsmith(r: R) -> str:
    return r.choice(["lsv2_pt_", "lsv2_sk_"]) + rs(r, HEX, 32) + "_" + rs(r, HEX, 10)


def pinecone(r: R) -> str:
    return "pcsk_" + rs(r, ALNUM, 6) + "_" + rs(r, ALNUM, 63)


def tailscale(r: R) -> str:
    return r.choice(["tskey-auth-", "tskey-api-", "tskey-client-"]) + "k" + rs(r, ALNUM, 11) + "CNTRL-" + rs(r, ALNUM, 33)


def onepassword(r: R) -> str:
    payload = json.dumps({"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
                          "iterations": 650000, "salt": rs(r, B64URL, 22)}, "email": f"{rs(r, LOWER, 12)}@1passwordserviceaccounts.com",
                          "srpX": rs(r, HEX, 64), "muk": {"alg": "A256GCM", "ext": True, "k": rs(r, B64URL, 43),
                                                          "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
                          "secretKey": "A3-" + rs(r, UPPER_ALNUM, 6) + "-" + rs(r, UPPER_ALNUM, 6), "deviceUuid": rs(r, LOWER_ALNUM, 26)},
                         separators=(",", ":"))
    return "ops_" + b64_text(payload, pad=False)


def netlify(r: R) -> str:
    return "nfp_" + rs(r, ALNUM, 40)


def render_token(r: R) -> str:
    return "rnd_" + rs(r, ALNUM, 32)


def sourcegraph(r: R) -> str:
    return "sgp_" + rs(r, HEX, 16) + "_" + rs(r, HEX, 40)


def deno(r: R) -> str:
    return "ddp_" + rs(r, ALNUM, 36)


def circleci(r: R) -> str:
    return "CCIPAT_" + rs(r, ALNUM, 22) + "_" + rs(r, HEX, 40)


def buildkite(r: R) -> str:
    return "bkua_" + rs(r, HEX, 40)


def mapbox(r: R) -> str:
    payload = b64_text(json.dumps({"u": rs(r, LOWER, 8), "a": rs(r, LOWER_ALNUM, 25)}, separators=(",", ":")), pad=False)
    return "sk." + payload + "." + rs(r, B64URL, 22)


def dropbox(r: R) -> str:
    return r.choice(["sl.", "sl.u."]) + rs(r, B64URL, 135)


def facebook(r: R) -> str:
    return r.choice(["EAAG", "EAAB", "EAAJ"]) + rs(r, ALNUM, r.randint(150, 200))


def firebase_fcm(r: R) -> str:
    return "AAAA" + rs(r, B64URL, 7) + ":APA91b" + rs(r, B64URL, 134)


def contentful(r: R) -> str:
    return "CFPAT-" + rs(r, B64URL, 43)


def mailchimp(r: R) -> str:
    return rs(r, HEX, 32) + f"-us{r.randint(1, 21)}"


def rubygems(r: R) -> str:
    return "rubygems_" + rs(r, HEX, 48)


def crates(r: R) -> str:
    return "cio" + rs(r, ALNUM, 32)


def dynatrace(r: R) -> str:
    return "dt0c01." + rs(r, UPPER_ALNUM, 24) + "." + rs(r, UPPER_ALNUM, 64)


def typeform(r: R) -> str:
    return "tfp_" + rs(r, B64URL, 44) + "_" + rs(r, B64URL, 14)


def shippo(r: R) -> str:
    return r.choice(["shippo_live_", "shippo_test_"]) + rs(r, HEX, 40)


def duffel(r: R) -> str:
    return r.choice(["duffel_live_", "duffel_test_"]) + rs(r, B64URL, 43)


def flutterwave(r: R) -> str:
    return "FLWSECK-" + rs(r, HEX, 32) + "-X"


def easypost(r: R) -> str:
    return "EZAK" + rs(r, ALNUM, 54)


def adafruit(r: R) -> str:
    return "aio_" + rs(r, ALNUM, 28)


def prefect(r: R) -> str:
    return "pnu_" + rs(r, ALNUM, 36)


def bitbucket(r: R) -> str:
    return "ATBB" + rs(r, ALNUM, 32)


def square(r: R) -> str:
    return r.choice(["EAAA" + rs(r, B64URL, 60), "sq0csp-" + rs(r, B64URL, 43), "sq0atp-" + rs(r, B64URL, 22)])


def alibaba(r: R) -> str:
    return "LTAI" + rs(r, ALNUM, 20)


def octopus(r: R) -> str:
    return "API-" + rs(r, UPPER_ALNUM, 27)


def fastly(r: R) -> str:
    return rs(r, B64URL, 32)


def shapeless_key(r: R) -> str:
    return r.choice([rs(r, ALNUM, 32), rs(r, HEX, 32), rs(r, ALNUM, 40), uuid4(r), rs(r, HEX, 64)])


# ---------------------------------------------------------------------------------------
# Shared placements. Slots: {tok} the token, {name} the vendor as people write it, {var} an
# env var name for it, {varl} the same lower-case.

BARE = [
    "{tok}",
    "{tok}.",
    "[{tok}]",
    "({tok})",
    "\"{tok}\"",
    "'{tok}'",
    "<{tok}>",
    "ok: {tok}",
    "this one works: {tok}",
]
"""Placements that say nothing about what the value is: fair only for tokens with a vendor shape."""

SHARED = [
    "{var}={tok}",
    "export {var}={tok}",
    'export {var}="{tok}"',
    "token: {tok}",
    "{name} token: {tok}",
    "{name} token {tok}",
    "Using {name} token {tok} for the deploy job.",
    "new {name} key is {tok} (rotated today)",
    "set {var} to {tok} in the CI settings and reran, green now",
    "{varl}: {tok}",
    "  {var}: '{tok}'",
    '{"{varl}": "{tok}"}',
    '{"token": "{tok}", "expires": null}',
    "{var} = \"{tok}\"",
    "docker run --rm -e {var}={tok} {image} ./run-tests.sh",
    "the {name} token ({tok}) expires in 30 days",
    "Creds for {name} -> {tok}",
    "Rotated the {name} token; the old one was {tok}",
    "- {var}={tok}",
    "env:\n  {var}: {tok}\n  LOG_LEVEL: debug",
    "`{tok}` is the {name} token for the bot account",
    "{name} token \"{tok}\".",
    "{tok} <- {name} token, do not lose it",
    "remember: {name} = {tok}",
    ".env.local: {var}={tok}",
    "Added {var} ({tok}) to .env.local, not committed.",
    "echo {tok} > ~/.config/{svc}/token",
    "{var}:{tok}",
    "ci failed because {var} was empty; ran locally with {var}={tok} pytest -q {testfile} and it passed",
    "export {var}={tok}; make deploy ENV={env}",
    "ENV {var}={tok}",
    "ARG {var}={tok}",
    "- name: {var}\n  value: {tok}",
    '$env:{var} = "{tok}"',
    "set {var}={tok}",
    'os.environ["{var}"] = "{tok}"',
    "process.env.{var} = '{tok}';",
    "[default]\n{varl} = {tok}",
    "token—{tok}",
    "token={tok}&format=json",
    "{name}:{tok}",
    "key -> {tok} (scope: read/write)",
    "Tried {tok}, got 401 until I refreshed the scopes.",
    "{name} credentials for {env}: {tok}",
    "{var}='{tok}' npm run e2e",
    "{tok}, expires {date}",
    "--token={tok}",
    "Token for {svc}: {tok}. Next: wire it into the workflow.",
    "pasted {tok} into the {name} settings page",
    "{var}={tok} # {name}, {env}",
    "here is the {name} key -{tok}-",
    "{ \"auth\": { \"type\": \"bearer\", \"value\": \"{tok}\" } }",
    "auth: { token: {tok} }",
    "token:{tok};",
    "The {name} integration is now authenticated with {tok} and the sync job succeeded on run #{n}.",
    "{var}\t{tok}",
    "| {var} | {tok} |",
]


@dataclass(frozen=True)
class Vendor:
    cat: str
    names: tuple[str, ...]
    vars: tuple[str, ...]
    make: Callable[[R], str]
    own: tuple[str, ...] = ()
    n: int = 10
    own_share: float = 0.45
    shared_ok: bool = True
    extra: dict[str, Callable[[R], str]] = field(default_factory=dict)


V = Vendor

VENDORS: list[Vendor] = [
    V("github_token", ("GitHub", "gh", "GitHub PAT", "github"), ("GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT", "GH_PAT", "GITHUB_API_TOKEN"), github_classic, (
        "git clone https://{tok}@github.com/{owner}/{repo}.git",
        "git remote set-url origin https://x-access-token:{tok}@github.com/{owner}/{repo}",
        "gh auth login --with-token <<< {tok}",
        "echo {tok} | gh auth login --with-token",
        "curl -H 'Authorization: token {tok}' https://api.github.com/repos/{owner}/{repo}/pulls",
        "GH_TOKEN={tok} gh pr create --fill",
        "github.com:\n    oauth_token: {tok}\n    user: {user}\n    git_protocol: https",
        "pushed with {tok} because the deploy key lacked write access to {owner}/{repo}",
        "https://{user}:{tok}@github.com/{owner}/{repo}.git",
        "npm config set //npm.pkg.github.com/:_authToken={tok}",
        "The PAT ({tok}) has repo + workflow scope.",
        "PR #{pr} opened using token {tok}",
        "uses: actions/checkout@v4\n  with:\n    token: {tok}",
        "ghcr login: echo {tok} | docker login ghcr.io -u {user} --password-stdin",
    ), n=28, extra={}),
    V("github_fine_grained", ("GitHub fine-grained PAT", "fine-grained token", "GitHub"), ("GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"), github_fine, (
        "git push https://{user}:{tok}@github.com/{owner}/{repo}.git {branch}",
        "fine-grained PAT for {owner}/{repo} (contents: write): {tok}",
        "GH_TOKEN={tok} gh release create v{ver}",
        "gh auth login --with-token < <(echo {tok})",
    ), n=14),
    V("gitlab_token", ("GitLab", "gitlab PAT", "GitLab deploy token"), ("GITLAB_TOKEN", "CI_JOB_TOKEN_OVERRIDE", "GL_TOKEN", "GITLAB_PRIVATE_TOKEN"), gitlab, (
        "curl --header \"PRIVATE-TOKEN: {tok}\" https://gitlab.com/api/v4/projects/{n}/pipelines",
        "git clone https://oauth2:{tok}@gitlab.com/{owner}/{repo}.git",
        "glab auth login --hostname gitlab.{domain} --token {tok}",
        "gitlab-runner register --url https://gitlab.com --token {tok}",
        "private_token = {tok}",
    ), n=16),
    V("slack_token", ("Slack", "Slack bot", "slack"), ("SLACK_BOT_TOKEN", "SLACK_TOKEN", "SLACK_APP_TOKEN", "SLACK_USER_TOKEN"), slack_token, (
        "curl -H 'Authorization: Bearer {tok}' https://slack.com/api/chat.postMessage -d channel=C0{n}",
        "app = App(token=\"{tok}\", signing_secret=os.environ[\"SLACK_SIGNING_SECRET\"])",
        "bot token {tok} invited to #deploys",
        "slack: { token: {tok}, channel: '#alerts' }",
    ), n=16),
    V("slack_webhook", ("Slack webhook", "incoming webhook", "Slack"), ("SLACK_WEBHOOK_URL", "SLACK_WEBHOOK", "ALERT_WEBHOOK"), slack_webhook, (
        "curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deploy done\"}' {tok}",
        "alertmanager slack_api_url: {tok}",
        "webhook for #ci-alerts is {tok}",
        "notify step posts to {tok} on failure",
        "slack_configs:\n  - api_url: '{tok}'\n    channel: '#oncall'",
    ), n=12),
    V("stripe_key", ("Stripe", "Stripe secret key", "stripe"), ("STRIPE_SECRET_KEY", "STRIPE_API_KEY", "STRIPE_KEY"), stripe_key, (
        "stripe.api_key = \"{tok}\"",
        "curl https://api.stripe.com/v1/charges -u {tok}:",
        "stripe listen --forward-to localhost:{port}/webhooks --api-key {tok}",
        "Stripe::StripeClient.new('{tok}')",
        "const stripe = require('stripe')('{tok}');",
    ), n=18),
    V("stripe_webhook_secret", ("Stripe webhook signing secret", "webhook secret", "whsec"), ("STRIPE_WEBHOOK_SECRET", "STRIPE_ENDPOINT_SECRET"), stripe_whsec, (
        "stripe.Webhook.construct_event(payload, sig_header, \"{tok}\")",
        "the signing secret printed by stripe listen was {tok}",
        "endpoint_secret = '{tok}'",
    ), n=10),
    V("aws_access_key_id", ("AWS", "AWS access key", "aws key id"), ("AWS_ACCESS_KEY_ID", "AWS_ACCESS_KEY"), aws_key_id, (
        "aws_access_key_id = {tok}",
        "[default]\naws_access_key_id = {tok}\naws_secret_access_key = {awssk}\nregion = {region}",
        "AWS_ACCESS_KEY_ID={tok} AWS_SECRET_ACCESS_KEY={awssk} aws s3 ls s3://{repo}-artifacts",
        "access key {tok} / secret {awssk}",
        "aws configure set aws_access_key_id {tok} && aws configure set aws_secret_access_key {awssk}",
        "the IAM user ci-deployer has key {tok}",
        "{\"AccessKeyId\": \"{tok}\", \"SecretAccessKey\": \"{awssk}\", \"Status\": \"Active\"}",
        "s3cmd --access_key={tok} --secret_key={awssk} ls",
    ), n=20, own_share=0.6, extra={"awssk": aws_secret}),
    V("aws_secret_access_key", ("AWS secret", "aws secret key", "AWS"), ("AWS_SECRET_ACCESS_KEY", "AWS_SECRET_KEY", "aws_secret_access_key"), aws_secret, (
        "aws_secret_access_key = {tok}",
        "aws configure set aws_secret_access_key {tok}",
        "AWS_SECRET_ACCESS_KEY={tok} terraform plan",
        "secret key for ci-deployer: {tok}",
        "\"SecretAccessKey\": \"{tok}\"",
        "boto3.client('s3', aws_access_key_id=os.environ['AWS_ACCESS_KEY_ID'], aws_secret_access_key='{tok}')",
    ), n=16, own_share=0.6),
    V("aws_session_token", ("AWS session token", "STS token"), ("AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN"), aws_session, (
        "aws_session_token = {tok}",
        "\"SessionToken\": \"{tok}\"",
        "AWS_SESSION_TOKEN={tok} aws sts get-caller-identity",
    ), n=8),
    V("google_api_key", ("Google API key", "Maps key", "Gemini key", "Firebase apiKey"), ("GOOGLE_API_KEY", "GEMINI_API_KEY", "MAPS_API_KEY", "FIREBASE_API_KEY"), google_api_key, (
        "https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key={tok}",
        "curl 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent?key={tok}'",
        "genai.configure(api_key=\"{tok}\")",
        "youtube = build('youtube', 'v3', developerKey='{tok}')",
    ), n=16),
    V("google_oauth", ("Google OAuth", "GCP OAuth client secret", "gcloud access token"), ("GOOGLE_CLIENT_SECRET", "GOOGLE_REFRESH_TOKEN", "GOOGLE_OAUTH_TOKEN"), google_oauth, (
        "\"client_secret\": \"{tok}\"",
        "curl -H \"Authorization: Bearer {tok}\" https://www.googleapis.com/drive/v3/files",
        "refresh_token={tok}",
    ), n=10),
    V("gcp_service_account", ("service account key",), ("GOOGLE_APPLICATION_CREDENTIALS_JSON",), gcp_sa_json, (
        "{tok}",
        "key.json: {tok}",
        "GCP_SA_KEY='{tok}'",
        "the service account JSON for ci-deployer is {tok}",
    ), n=8, own_share=1.0, shared_ok=False),
    V("openai_key", ("OpenAI", "OpenAI API key", "openai"), ("OPENAI_API_KEY", "OPENAI_KEY", "OPENAI_ADMIN_KEY"), openai_key, (
        "client = OpenAI(api_key=\"{tok}\")",
        "openai.api_key = '{tok}'",
        "curl https://api.openai.com/v1/models -H \"Authorization: Bearer {tok}\"",
        "OPENAI_API_KEY={tok} python eval.py --suite smoke",
        "llm keys set openai --value {tok}",
    ), n=24),
    V("anthropic_key", ("Anthropic", "Anthropic API key", "Claude API key"), ("ANTHROPIC_API_KEY", "CLAUDE_API_KEY", "ANTHROPIC_ADMIN_KEY"), anthropic_key, (
        "curl https://api.anthropic.com/v1/messages -H 'x-api-key: {tok}' -H 'anthropic-version: 2023-06-01'",
        "client = anthropic.Anthropic(api_key=\"{tok}\")",
        "ANTHROPIC_API_KEY={tok} claude -p 'run the tests'",
        "x-api-key: {tok}",
    ), n=22),
    V("huggingface_token", ("Hugging Face", "HF", "huggingface"), ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HUGGINGFACE_TOKEN"), hf_token, (
        "huggingface-cli login --token {tok}",
        "git clone https://{user}:{tok}@huggingface.co/{owner}/{repo}",
        "snapshot_download(repo_id=\"{owner}/{repo}\", token=\"{tok}\")",
        "hf auth login --token {tok} --add-to-git-credential",
    ), n=16),
    V("npm_token", ("npm", "npm automation token", "NPM"), ("NPM_TOKEN", "NODE_AUTH_TOKEN", "NPM_AUTH_TOKEN"), npm_token, (
        "//registry.npmjs.org/:_authToken={tok}",
        ".npmrc: //registry.npmjs.org/:_authToken={tok}",
        "npm config set //registry.npmjs.org/:_authToken {tok}",
        "yarn config set npmAuthToken {tok}",
        "npmAuthToken: \"{tok}\"",
    ), n=16),
    V("pypi_token", ("PyPI", "PyPI API token", "pypi"), ("PYPI_TOKEN", "TWINE_PASSWORD", "UV_PUBLISH_TOKEN", "POETRY_PYPI_TOKEN_PYPI"), pypi_token, (
        "[pypi]\n  username = __token__\n  password = {tok}",
        "twine upload -u __token__ -p {tok} dist/*",
        "uv publish --token {tok}",
        "poetry config pypi-token.pypi {tok}",
        "TWINE_USERNAME=__token__ TWINE_PASSWORD={tok} twine upload dist/*",
    ), n=14),
    V("twilio", ("Twilio", "Twilio API key"), ("TWILIO_API_KEY", "TWILIO_API_SECRET", "TWILIO_AUTH_TOKEN"), twilio, (
        "TWILIO_API_KEY={tok}\nTWILIO_API_SECRET={twsecret}",
        "client = Client('{tok}', '{twsecret}', 'AC{hex32}')",
        "TWILIO_AUTH_TOKEN={hex32}",
        "twilio auth token for the SMS sender is {hex32}",
        "curl -u {tok}:{twsecret} https://api.twilio.com/2010-04-01/Accounts/AC{hex32}/Messages.json",
    ), n=10, own_share=0.7, extra={"twsecret": lambda r: rs(r, ALNUM, 32)}),
    V("sendgrid", ("SendGrid", "sendgrid"), ("SENDGRID_API_KEY", "SMTP_PASSWORD"), sendgrid, (
        "sg = SendGridAPIClient('{tok}')",
        "smtp.sendgrid.net user apikey password {tok}",
        "EMAIL_HOST_USER=apikey\nEMAIL_HOST_PASSWORD={tok}",
    ), n=12),
    V("mailgun", ("Mailgun", "mailgun"), ("MAILGUN_API_KEY", "MAILGUN_KEY"), mailgun, (
        "curl -s --user 'api:{tok}' https://api.mailgun.net/v3/mg.{domain}/messages",
        "mailgun private key {tok}",
    ), n=10),
    V("shopify", ("Shopify", "Shopify admin token"), ("SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_TOKEN", "SHOPIFY_API_SECRET"), shopify, (
        "curl -H 'X-Shopify-Access-Token: {tok}' https://{repo}.myshopify.com/admin/api/2024-10/products.json",
        "shopify admin api token {tok}",
    ), n=10),
    V("discord_bot_token", ("Discord", "Discord bot", "discord bot token"), ("DISCORD_TOKEN", "DISCORD_BOT_TOKEN"), discord_bot, (
        "client.run('{tok}')",
        "curl -H 'Authorization: Bot {tok}' https://discord.com/api/v10/users/@me",
        "bot.login(\"{tok}\")",
    ), n=12),
    V("discord_webhook", ("Discord webhook",), ("DISCORD_WEBHOOK_URL",), discord_webhook, (
        "curl -H 'Content-Type: application/json' -d '{\"content\":\"build ok\"}' {tok}",
        "release notes go to {tok}",
    ), n=6),
    V("telegram_bot_token", ("Telegram", "Telegram bot", "BotFather token"), ("TELEGRAM_BOT_TOKEN", "TG_TOKEN", "BOT_TOKEN"), telegram, (
        "curl https://api.telegram.org/bot{tok}/sendMessage -d chat_id=-100{n} -d text=deployed",
        "Application.builder().token(\"{tok}\").build()",
        "https://api.telegram.org/bot{tok}/getUpdates",
        "BotFather gave us {tok}",
    ), n=12),
    V("atlassian_token", ("Atlassian", "Jira API token", "Confluence token"), ("JIRA_API_TOKEN", "ATLASSIAN_API_TOKEN", "CONFLUENCE_TOKEN"), atlassian, (
        "curl -u {user}@{domain}:{tok} https://{owner}.atlassian.net/rest/api/3/myself",
        "jira init --token {tok}",
    ), n=10),
    V("azure_storage_key", ("Azure storage", "storage account key"), ("AZURE_STORAGE_KEY", "AZURE_STORAGE_ACCOUNT_KEY"), azure_storage_key, (
        "DefaultEndpointsProtocol=https;AccountName={repo}store;AccountKey={tok};EndpointSuffix=core.windows.net",
        "AZURE_STORAGE_CONNECTION_STRING=\"DefaultEndpointsProtocol=https;AccountName=st{word};AccountKey={tok};EndpointSuffix=core.windows.net\"",
        "az storage blob upload --account-name st{word} --account-key {tok} -c artifacts -f dist.zip",
        "key1 for st{word}: {tok}",
        "AccountKey={tok}",
    ), n=14, own_share=0.7),
    V("azure_sas", ("SAS token", "Azure SAS"), ("AZURE_SAS_TOKEN", "SAS_TOKEN"), azure_sas, (
        "https://st{word}.blob.core.windows.net/backups/db.bak?{tok}",
        "azcopy copy ./dist 'https://st{word}.blob.core.windows.net/$web?{tok}' --recursive",
        "SAS for the artifacts container: ?{tok}",
        "BlobEndpoint=https://st{word}.blob.core.windows.net/;SharedAccessSignature={tok}",
    ), n=10, own_share=0.8),
    V("azure_ad_secret", ("Azure AD client secret", "Entra app secret", "service principal secret"), ("AZURE_CLIENT_SECRET", "ARM_CLIENT_SECRET"), azure_ad_secret, (
        "az login --service-principal -u {uuid} -p {tok} --tenant {uuid_2}",
        "ARM_CLIENT_ID={uuid}\nARM_CLIENT_SECRET={tok}\nARM_TENANT_ID={uuid_2}",
        "\"password\": \"{tok}\", \"tenant\": \"{uuid}\"",
    ), n=10),
    V("azure_devops_pat", ("Azure DevOps PAT", "ADO token"), ("AZURE_DEVOPS_EXT_PAT", "AZDO_PAT", "SYSTEM_ACCESSTOKEN"), azure_devops, (
        "git clone https://{user}:{tok}@dev.azure.com/{owner}/{repo}/_git/{repo}",
        "echo {tok} | az devops login --organization https://dev.azure.com/{owner}",
    ), n=8),
    V("digitalocean_token", ("DigitalOcean", "DO token", "doctl"), ("DIGITALOCEAN_TOKEN", "DIGITALOCEAN_ACCESS_TOKEN", "DO_TOKEN"), digitalocean, (
        "doctl auth init -t {tok}",
        "curl -X GET -H \"Authorization: Bearer {tok}\" https://api.digitalocean.com/v2/droplets",
        "provider \"digitalocean\" {\n  token = \"{tok}\"\n}",
    ), n=10),
    V("heroku_key", ("Heroku", "Heroku API key"), ("HEROKU_API_KEY", "HEROKU_TOKEN"), heroku, (
        "HEROKU_API_KEY={tok} heroku releases -a {app}",
        "machine api.heroku.com\n  login {user}@{domain}\n  password {tok}",
        "heroku authorizations:create printed {tok}",
    ), n=10),
    V("doppler_token", ("Doppler", "Doppler service token"), ("DOPPLER_TOKEN", "DOPPLER_SERVICE_TOKEN"), doppler, (
        "doppler run --token {tok} -- npm start",
        "doppler configure set token {tok} --scope /",
        "DOPPLER_TOKEN={tok} doppler secrets download --no-file",
    ), n=10),
    V("vault_token", ("Vault", "Vault token", "hvs token"), ("VAULT_TOKEN",), vault, (
        "VAULT_TOKEN={tok} vault kv get secret/{svc}",
        "vault login {tok}",
        "curl -H \"X-Vault-Token: {tok}\" https://vault.{domain}:8200/v1/secret/data/{svc}",
        "root token: {tok}",
    ), n=12),
    V("databricks_token", ("Databricks", "Databricks PAT"), ("DATABRICKS_TOKEN",), databricks, (
        "[DEFAULT]\nhost = https://adb-{n}{n_2}.azuredatabricks.net\ntoken = {tok}",
        "databricks configure --token <<< {tok}",
        "curl -H 'Authorization: Bearer {tok}' https://dbc-{hex32}.cloud.databricks.com/api/2.0/clusters/list",
    ), n=10),
    V("linear_key", ("Linear", "Linear API key"), ("LINEAR_API_KEY",), linear, (
        "curl -H 'Authorization: {tok}' -H 'Content-Type: application/json' https://api.linear.app/graphql",
        "new LinearClient({ apiKey: \"{tok}\" })",
    ), n=8),
    V("notion_token", ("Notion", "Notion integration secret"), ("NOTION_TOKEN", "NOTION_API_KEY"), notion, (
        "curl https://api.notion.com/v1/search -H 'Authorization: Bearer {tok}' -H 'Notion-Version: 2022-06-28'",
        "notion = Client(auth=\"{tok}\")",
    ), n=10),
    V("postman_key", ("Postman", "Postman API key"), ("POSTMAN_API_KEY",), postman, (
        "curl -H 'X-Api-Key: {tok}' https://api.getpostman.com/collections",
        "newman run {uuid} --postman-api-key {tok}",
    ), n=8),
    V("jwt", ("JWT", "bearer JWT", "access token", "id_token"), ("ACCESS_TOKEN", "JWT", "AUTH_TOKEN", "ID_TOKEN"), jwt, (
        "Authorization: Bearer {tok}",
        "curl -H \"Authorization: Bearer {tok}\" https://api.{domain}/v1/me",
        "{\"access_token\": \"{tok}\", \"token_type\": \"Bearer\", \"expires_in\": 3600}",
        "localStorage.setItem('token', '{tok}')",
        "decoded the JWT {tok} and the exp claim is already past",
    ), n=22),
    V("sentry", ("Sentry", "Sentry auth token"), ("SENTRY_AUTH_TOKEN",), sentry_token, (
        "sentry-cli --auth-token {tok} releases new {ver}",
        "[auth]\ntoken={tok}",
        "SENTRY_DSN={dsn}",
        "Sentry.init({ dsn: \"{dsn}\", tracesSampleRate: 0.1 })",
        "sentry_sdk.init(dsn=\"{dsn}\")",
        "dsn: {dsn}",
        "DSN for the {svc} project is {dsn}",
    ), n=14, own_share=0.65, extra={"dsn": sentry_dsn}),
    V("cloudflare", ("Cloudflare", "CF API token", "Cloudflare global API key"), ("CLOUDFLARE_API_TOKEN", "CF_API_TOKEN", "CF_API_KEY", "CLOUDFLARE_API_KEY"), cloudflare, (
        "curl https://api.cloudflare.com/client/v4/user/tokens/verify -H \"Authorization: Bearer {tok}\"",
        "curl -H 'X-Auth-Email: {user}@{domain}' -H 'X-Auth-Key: {tok}' https://api.cloudflare.com/client/v4/zones",
        "CLOUDFLARE_API_TOKEN={tok} wrangler deploy",
        "dns_cloudflare_api_token = {tok}",
    ), n=12, own_share=0.6),
    V("flyio_token", ("Fly.io", "fly deploy token", "flyctl token"), ("FLY_API_TOKEN", "FLY_ACCESS_TOKEN"), flyio, (
        "FLY_API_TOKEN=\"{tok}\" flyctl deploy --remote-only",
        "fly deploy -t \"{tok}\"",
        "flyctl tokens create deploy printed: {tok}",
    ), n=10, own_share=0.6),
    V("vercel_token", ("Vercel", "Vercel token"), ("VERCEL_TOKEN",), vercel, (
        "vercel deploy --prod --token {tok}",
        "vercel --token={tok} env pull .env.local",
        "VERCEL_TOKEN={tok} VERCEL_ORG_ID=team_{alnum} vercel build",
        "npx vercel pull --yes --environment=preview --token={tok}",
    ), n=10, own_share=0.7, extra={"alnum": lambda r: rs(r, ALNUM, 24)}),
    V("supabase", ("Supabase", "Supabase service role key", "supabase access token"), ("SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_ACCESS_TOKEN", "SUPABASE_SECRET_KEY"), supabase, (
        "createClient('https://{lower20}.supabase.co', '{tok}')",
        "supabase login --token {tok}",
        "SUPABASE_URL=https://{lower20}.supabase.co\nSUPABASE_SERVICE_ROLE_KEY={tok}",
    ), n=12, extra={"lower20": lambda r: rs(r, LOWER, 20)}),
    V("grafana", ("Grafana", "Grafana Cloud token", "Grafana service account token"), ("GRAFANA_TOKEN", "GRAFANA_API_KEY", "GRAFANA_CLOUD_TOKEN"), grafana, (
        "curl -H 'Authorization: Bearer {tok}' https://{owner}.grafana.net/api/dashboards/uid/{sha7}",
        "grafana-agent remote_write password: {tok}",
        "basic_auth:\n  username: {n}{n_2}\n  password: {tok}",
    ), n=10),
    V("newrelic", ("New Relic", "New Relic user key", "NR license key"), ("NEW_RELIC_API_KEY", "NEW_RELIC_LICENSE_KEY", "NEW_RELIC_USER_KEY"), newrelic, (
        "newrelic profile add --profile default --apiKey {tok} --region US",
        "curl -H 'Api-Key: {tok}' https://api.newrelic.com/graphql",
        "license_key: {tok}",
    ), n=10),
    V("datadog", ("Datadog", "DD API key", "Datadog app key"), ("DD_API_KEY", "DATADOG_API_KEY", "DD_APP_KEY", "DATADOG_APP_KEY"), datadog, (
        "DD_API_KEY={tok} DD_SITE=datadoghq.eu bash -c \"$(curl -L https://install.datadoghq.com/scripts/install_script_agent7.sh)\"",
        "curl -X GET https://api.datadoghq.com/api/v1/validate -H 'DD-API-KEY: {tok}'",
        "datadog:\n  apiKey: {tok}\n  site: datadoghq.com",
        "api_key: {tok}",
    ), n=12, own_share=0.65),
    V("planetscale", ("PlanetScale", "pscale"), ("PLANETSCALE_SERVICE_TOKEN", "DATABASE_PASSWORD"), planetscale, (
        "mysql://{user}:{tok}@aws.connect.psdb.cloud/{db}?sslaccept=strict",
        "pscale auth login --service-token {tok} --service-token-id {lower12}",
        "DATABASE_URL='mysql://{lower12}:{tok}@aws.connect.psdb.cloud/{db}?ssl={\"rejectUnauthorized\":true}'",
    ), n=10, extra={"lower12": lambda r: rs(r, LOWER_ALNUM, 12)}),
    V("pulumi_token", ("Pulumi", "Pulumi access token"), ("PULUMI_ACCESS_TOKEN",), pulumi, (
        "pulumi login --non-interactive # with PULUMI_ACCESS_TOKEN={tok}",
        "PULUMI_ACCESS_TOKEN={tok} pulumi up --stack {env} --yes",
    ), n=8),
    V("terraform_cloud", ("Terraform Cloud", "TFC token", "HCP Terraform"), ("TF_TOKEN_app_terraform_io", "TFE_TOKEN", "TF_API_TOKEN"), terraform, (
        "credentials \"app.terraform.io\" {\n  token = \"{tok}\"\n}",
        "~/.terraform.d/credentials.tfrc.json: {\"credentials\": {\"app.terraform.io\": {\"token\": \"{tok}\"}}",
        "TF_TOKEN_app_terraform_io={tok} terraform init",
    ), n=10, own_share=0.6),
    V("age_secret_key", ("age key", "sops age key"), ("SOPS_AGE_KEY",), age_key, (
        "# created: {date}T10:12:44+01:00\n# public key: {agepub}\n{tok}",
        "SOPS_AGE_KEY={tok} sops -d secrets.enc.yaml",
        "keys.txt: {tok}",
        "age key for the {env} secrets: {tok}",
    ), n=10, own_share=0.6, extra={"agepub": age_public}),
    V("pem_private_key", ("private key",), ("PRIVATE_KEY",), pem_block, (
        "{tok}",
        "key.pem:\n{tok}",
        "deploy key below, paste it into the runner:\n{tok}",
        "cat tls.key\n{tok}",
        "{trunc}",
        "the private key starts with {trunc}",
        "tls.key: |\n  {tokind}",
        "SSL_KEY=\"{tok}\"",
    ), n=16, own_share=1.0, shared_ok=False, extra={"trunc": lambda r: pem_block(r, truncate=True)}),
    V("openssh_private_key", ("ssh key",), ("SSH_PRIVATE_KEY",), openssh_key, (
        "{tok}",
        "~/.ssh/id_ed25519:\n{tok}",
        "deploy key for {owner}/{repo}:\n{tok}",
        "SSH_PRIVATE_KEY: |\n  {tokind}",
        "{trunc}",
        "here is the bastion key {trunc} (rest in the vault)",
    ), n=12, own_share=1.0, shared_ok=False, extra={"trunc": lambda r: openssh_key(r, truncate=True)}),
    V("pgp_private_key", ("pgp key",), ("GPG_PRIVATE_KEY",), pgp_private, (
        "{tok}",
        "release signing key (gpg --export-secret-keys --armor):\n{tok}",
    ), n=5, own_share=1.0, shared_ok=False),
    V("putty_private_key", ("ppk",), ("PPK",), putty_ppk, (
        "{tok}",
        "bastion.ppk contents:\n{tok}",
    ), n=4, own_share=1.0, shared_ok=False),
    V("docker_hub_pat", ("Docker Hub", "Docker Hub PAT"), ("DOCKERHUB_TOKEN", "DOCKER_PASSWORD"), docker_hub, (
        "docker login -u {user} -p {tok}",
        "echo {tok} | docker login -u {user} --password-stdin",
    ), n=8),
    V("okta_token", ("Okta", "Okta API token"), ("OKTA_API_TOKEN", "OKTA_TOKEN"), okta, (
        "curl -H 'Authorization: SSWS {tok}' https://{owner}.okta.com/api/v1/users?limit=5",
        "okta:\n  client:\n    token: {tok}",
    ), n=6, own_share=0.7),
    V("airtable_pat", ("Airtable",), ("AIRTABLE_API_KEY", "AIRTABLE_TOKEN"), airtable, (), n=6),
    V("figma_token", ("Figma",), ("FIGMA_TOKEN",), figma, ("curl -H 'X-Figma-Token: {tok}' https://api.figma.com/v1/files/{alnum22}",), n=6,
      extra={"alnum22": lambda r: rs(r, ALNUM, 22)}),
    V("replicate_token", ("Replicate",), ("REPLICATE_API_TOKEN",), replicate, (), n=6),
    V("groq_key", ("Groq",), ("GROQ_API_KEY",), groq, ("client = Groq(api_key=\"{tok}\")",), n=6),
    V("perplexity_key", ("Perplexity",), ("PERPLEXITY_API_KEY", "PPLX_API_KEY"), perplexity, (), n=5),
    V("xai_key", ("xAI", "Grok API key"), ("XAI_API_KEY",), xai, (), n=5),
    V("langsmith_key", ("LangSmith", "LangChain"), ("LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"), langsmith, (), n=6),
    V("pinecone_key", ("Pinecone",), ("PINECONE_API_KEY",), pinecone, ("pc = Pinecone(api_key=\"{tok}\")",), n=5),
    V("tailscale_key", ("Tailscale", "tailscale auth key"), ("TS_AUTHKEY", "TAILSCALE_AUTHKEY"), tailscale, (
        "tailscale up --authkey={tok} --hostname=ci-{n}",
        "sudo tailscale up --auth-key {tok}",
    ), n=7),
    V("onepassword_sa_token", ("1Password service account",), ("OP_SERVICE_ACCOUNT_TOKEN",), onepassword, (), n=4),
    V("netlify_token", ("Netlify",), ("NETLIFY_AUTH_TOKEN",), netlify, ("netlify deploy --prod --auth {tok}",), n=5),
    V("render_key", ("Render",), ("RENDER_API_KEY",), render_token, (), n=4),
    V("sourcegraph_token", ("Sourcegraph",), ("SRC_ACCESS_TOKEN",), sourcegraph, (), n=4),
    V("deno_deploy_token", ("Deno Deploy",), ("DENO_DEPLOY_TOKEN",), deno, (), n=4),
    V("circleci_token", ("CircleCI",), ("CIRCLECI_TOKEN", "CIRCLE_TOKEN"), circleci, ("curl -H 'Circle-Token: {tok}' https://circleci.com/api/v2/me",), n=5),
    V("buildkite_token", ("Buildkite",), ("BUILDKITE_API_TOKEN",), buildkite, (), n=4),
    V("mapbox_secret", ("Mapbox", "Mapbox secret token"), ("MAPBOX_SECRET_TOKEN", "MAPBOX_DOWNLOADS_TOKEN"), mapbox, (
        "MAPBOX_DOWNLOADS_TOKEN={tok} pod install",
    ), n=5),
    V("dropbox_token", ("Dropbox",), ("DROPBOX_ACCESS_TOKEN",), dropbox, (), n=4),
    V("facebook_token", ("Facebook", "Meta Graph API token", "WhatsApp Cloud API token"), ("FB_ACCESS_TOKEN", "WHATSAPP_TOKEN", "META_ACCESS_TOKEN"), facebook, (
        "curl 'https://graph.facebook.com/v19.0/me?access_token={tok}'",
    ), n=6),
    V("firebase_fcm_key", ("FCM server key", "Firebase Cloud Messaging"), ("FCM_SERVER_KEY",), firebase_fcm, (
        "curl -H 'Authorization: key={tok}' https://fcm.googleapis.com/fcm/send",
    ), n=4),
    V("contentful_token", ("Contentful",), ("CONTENTFUL_MANAGEMENT_TOKEN",), contentful, (), n=4),
    V("mailchimp_key", ("Mailchimp",), ("MAILCHIMP_API_KEY",), mailchimp, (), n=5),
    V("rubygems_key", ("RubyGems",), ("GEM_HOST_API_KEY", "RUBYGEMS_API_KEY"), rubygems, ("---\n:rubygems_api_key: {tok}",), n=4),
    V("crates_io_token", ("crates.io", "cargo registry token"), ("CARGO_REGISTRY_TOKEN",), crates, (
        "cargo login {tok}", "[registry]\ntoken = \"{tok}\"",
    ), n=5),
    V("dynatrace_token", ("Dynatrace",), ("DT_API_TOKEN",), dynatrace, ("curl -H 'Authorization: Api-Token {tok}' https://{lower8}.live.dynatrace.com/api/v2/metrics",), n=4,
      extra={"lower8": lambda r: rs(r, LOWER, 8)}),
    V("typeform_token", ("Typeform",), ("TYPEFORM_TOKEN",), typeform, (), n=3),
    V("shippo_token", ("Shippo",), ("SHIPPO_API_KEY",), shippo, ("Authorization: ShippoToken {tok}",), n=3),
    V("duffel_token", ("Duffel",), ("DUFFEL_ACCESS_TOKEN",), duffel, (), n=3),
    V("flutterwave_key", ("Flutterwave",), ("FLW_SECRET_KEY",), flutterwave, (), n=3),
    V("easypost_key", ("EasyPost",), ("EASYPOST_API_KEY",), easypost, (), n=3),
    V("adafruit_key", ("Adafruit IO",), ("ADAFRUIT_IO_KEY",), adafruit, (), n=3),
    V("prefect_key", ("Prefect Cloud",), ("PREFECT_API_KEY",), prefect, ("prefect cloud login -k {tok}",), n=4),
    V("bitbucket_app_password", ("Bitbucket", "Bitbucket app password"), ("BITBUCKET_APP_PASSWORD",), bitbucket, (
        "git clone https://{user}:{tok}@bitbucket.org/{owner}/{repo}.git",
    ), n=5),
    V("square_token", ("Square",), ("SQUARE_ACCESS_TOKEN",), square, (), n=4),
    V("alibaba_key", ("Alibaba Cloud", "aliyun AccessKey"), ("ALIBABA_CLOUD_ACCESS_KEY_ID",), alibaba, (
        "aliyun configure set --access-key-id {tok} --access-key-secret {alnum30}",
    ), n=4, extra={"alnum30": lambda r: rs(r, ALNUM, 30)}),
    V("octopus_key", ("Octopus Deploy",), ("OCTOPUS_API_KEY",), octopus, ("octo push --apiKey {tok} --server https://deploy.{domain}",), n=3),
    V("fastly_token", ("Fastly",), ("FASTLY_API_TOKEN",), fastly, ("curl -H 'Fastly-Key: {tok}' https://api.fastly.com/service",), n=4, own_share=0.6),
    V("shapeless_vendor_key", ("Algolia admin key", "Mistral key", "Cohere key", "Snyk token", "Codecov token", "Segment write key",
                               "LaunchDarkly SDK key", "Rollbar token", "Bugsnag key", "Plaid secret", "Together key", "DeepSeek key"),
      ("ALGOLIA_ADMIN_KEY", "MISTRAL_API_KEY", "COHERE_API_KEY", "SNYK_TOKEN", "CODECOV_TOKEN", "SEGMENT_WRITE_KEY",
       "LAUNCHDARKLY_SDK_KEY", "ROLLBAR_ACCESS_TOKEN", "BUGSNAG_API_KEY", "PLAID_SECRET", "TOGETHER_API_KEY", "DEEPSEEK_API_KEY"),
      shapeless_key, (
          "snyk auth {tok}",
          "codecov upload-process -t {tok}",
          "bash <(curl -s https://codecov.io/bash) -t {tok}",
          "algoliasearch('{alnum10}', '{tok}')",
      ), n=14, own_share=0.3, extra={"alnum10": lambda r: rs(r, UPPER_ALNUM, 10)}),
]


SHAPELESS = ("aws_secret_access_key", "vercel_token", "datadog", "cloudflare", "fastly_token", "shapeless_vendor_key",
             "azure_storage_key", "azure_devops_pat", "okta_token", "crates_io_token", "mailgun")
"""Vendors whose tokens have no prefix of their own: they are never placed without a hint of what they are."""


def vendor_sample(r: R, v: Vendor) -> str:
    use_own = v.own and (not v.shared_ok or r.random() < v.own_share)
    pool = SHARED if v.cat in SHAPELESS else SHARED + BARE
    template = pick(r, v.own) if use_own else pick(r, pool)
    i = r.randrange(len(v.vars))
    var = v.vars[i]
    name = v.names[i] if len(v.names) == len(v.vars) else pick(r, v.names)
    tok = v.make(r)
    fixed = {"tok": tok, "tokind": tok.replace("\n", "\n  "), "name": name, "var": var, "varl": var.lower()}
    text = fill(r, template, fixed, {**v.extra, "tok": v.make})
    for doubled, single in ((" token token", " token"), (" key token", " key"), (" secret token", " secret"),
                            (" PAT token", " PAT"), (" password token", " password")):
        text = text.replace(doubled, single)
    return text
