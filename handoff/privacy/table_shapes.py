"""Rule rows for credentials found by shape or context rather than by vendor: formats from
gitleaks' and CredSweeper's rule sets with a recognisable shape, then the generic formats (key
blocks, headers, URLs with a password, assignments to secret-looking names, passwords given to
command-line tools).

Part of the table ``rules.RULES`` (see ``rules.py`` for what each field of a row means). The
generic assignment rule is judged by ``values.looks_secret``.
"""

from __future__ import annotations

from handoff.privacy.aggregators import (
    _cookie_values,
    _k8s_secret,
)
from handoff.privacy.cli_args import (
    _CLI_COMMANDS,
    _cli_passwords,
    _stdin_secrets,
)
from handoff.privacy.rule import (
    _T,
    _TD,
    AGGREGATE,
    ASSIGNMENT,
    CREDENTIAL,
    KEYWORD,
    TOKEN,
    Rule,
)
from handoff.privacy.validators import (
    _VENDOR_PREFIXES,
    _arrow_pair,
    _b64_jwt,
    _b64_private_key,
    _body,
    _call_password,
    _curl_user,
    _docker_json_b64,
    _group_ok,
    _group_random,
    _header_value,
    _key_block_body,
    _session_value,
    _sql_password,
    _url_password,
    _vendor_body,
)

SHAPE_RULES: tuple[Rule, ...] = (
    # ---- formats from gitleaks' and CredSweeper's rule sets with a recognisable shape -------
    Rule(
        "vendor-token-prefixed",
        "Tokens whose literal start names the vendor: 1Password secret key (A3-), Adobe (p8e-),"
        " Artifactory reference (cmVmd), Authress, Amazon Bedrock (ABSK), ClickHouse (4b1d),"
        " Clojars, Defined Networking (dnkey-), Duffel, Dynatrace (dt0c01.), EasyPost (EZAK/EZTK),"
        " Flutterwave, Frame.io (fio-u-), Harness (pat./sat.), Infracost (ico-), 42 (s-s4t2),"
        " Octopus (API-), OpenShift (sha256~), Plaid, Prefect (pnu_), ReadMe (rdme_), Scalingo"
        " (tk-us-), SettleMint (sm_), Shippo, Sourcegraph (sgp_), Typeform (tfp_), Yandex"
        " (AQVN, t1.), Akamai (akab-), AppSync (da2-), Docker Swarm (SWMTKN/SWMKEY), Tailscale"
        " (tskey-), Together (tgp_v1_), Llama (llx-), Nylas (nyk_v0_), WakaTime (waka_), Riot"
        " (RGAPI-), Vercel (vcp_), Bitbucket Data Center (BBDC-), Amazon MWS, Instagram (IGQVJ),"
        " WunderGraph (cosmo_), Render (rnd_), Honeycomb (hcaik_/hcxik_/hcamk_/hcxmk_),"
        " HubSpot private apps (pat-na1-<uuid>), Asana (1/<digits>/<digits>:<hex>),"
        " Adyen (AQE + 100+ base64 characters), Firecrawl (fc-), Neon (napi_), Firebase Cloud"
        " Messaging server keys (...:APA91b), Telnyx (KEY..._), WooCommerce (ck_/cs_), Razorpay"
        " (rzp_live_), Mollie and GoCardless (live_), Paddle (pdl_live_apikey_), ClickUp"
        " (pk_<digits>_), Infisical service tokens (st.<uuid>.), Trello (ATTA).",
        CREDENTIAL,
        TOKEN,
        r"A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}"
        r"-[A-Z0-9]{5}" + _T
        + r"|p8e-[A-Za-z0-9]{32}" + _T
        + r"|cmVmd[A-Za-z0-9]{59}" + _T
        + r"|(?:sc|ext|scauth|authress)_[a-z0-9]{5,30}\.[a-z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}"
        r"\.[A-Za-z0-9+/_=-]{30,120}"
        + r"|ABSK[A-Za-z0-9+/]{109,269}={0,2}|bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t"
        r"[A-Za-z0-9+/=]{0,2000}"
        + r"|4b1d[A-Za-z0-9]{38}" + _T
        + r"|CLOJARS_[a-z0-9]{60}" + _T
        + r"|dnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52}"
        + r"|duffel_(?:test|live)_[A-Za-z0-9_=-]{43}"
        + r"|dt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}"
        + r"|EZ[AT]K[A-Za-z0-9]{54}" + _T
        + r"|FLWSECK(?:_TEST)?-[a-h0-9]{32}-X|FLWSECK_TEST-[a-h0-9]{12}" + _T
        + r"|fio-u-[A-Za-z0-9_=-]{64}"
        + r"|(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}" + _T
        + r"|ico-[A-Za-z0-9]{32}" + _T
        + r"|s-s4t2(?:ud|af)-[a-f0-9]{64}" + _T
        + r"|API-[A-Z0-9]{26}" + _T
        + r"|sha256~[A-Za-z0-9_-]{43}" + _TD
        + r"|access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}"
        r"-[0-9a-f]{4}-[0-9a-f]{12}"
        + r"|pnu_[A-Za-z0-9]{36}" + _T
        + r"|rdme_[a-z0-9]{70}" + _T
        + r"|tk-us-[A-Za-z0-9_-]{48}" + _TD
        + r"|sm_(?:pat|aat|sat)_[A-Za-z0-9]{16}" + _T
        + r"|shippo_(?:live|test)_[a-fA-F0-9]{40}" + _T
        + r"|sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40}" + _T
        + r"|tfp_[A-Za-z0-9_.=-]{59}" + _TD
        + r"|AQVN[A-Za-z0-9_-]{35,38}" + _TD
        + r"|t1\.[A-Za-z0-9_-]{8,}=*\.[A-Za-z0-9_-]{86}=*"
        + r"|akab-[0-9a-z]{16}-[0-9a-z]{16}" + _T
        + r"|da2-[a-z0-9]{26}" + _T
        + r"|SWMTKN-1-[0-9a-z]{50}-[0-9a-z]{25}|SWMKEY-1-[0-9A-Za-z_+/-]{43}"
        + r"|tskey-(?:api|auth|client|scim|webhook)-[0-9A-Za-z]{8,24}-[0-9A-Za-z]{20,40}"
        + r"|tgp_v1_[0-9A-Za-z_-]{43}|llx-[0-9A-Za-z_-]{48}|nyk_v0_[0-9A-Za-z_-]{64}"
        + r"|waka_[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}"
        + r"|RGAPI-[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}"
        + r"|vcp_[0-9A-Za-z]{56}" + _T
        + r"|BBDC-[A-Za-z0-9]{4}[0-9A-Za-z_-]{40}"
        + r"|amzn\.mws\.[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}"
        + r"|IGQVJ[=0-9A-Za-z_-]{100,8000}"
        + r"|cosmo_[0-9a-f]{32}" + _T
        + r"|rnd_[A-Za-z0-9]{32}" + _T
        + r"|hc[ax][im]k_[0-9a-z]{40,80}" + _T
        + r"|pat-(?:na|eu|ap)[0-9]-[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}" + _T
        + r"|[0-9]/[0-9]{12,20}/[0-9]{12,20}:[0-9a-f]{32}" + _T
        + r"|AQE[A-Za-z0-9]{3}[A-Za-z0-9+/]{94,400}={0,2}(?![A-Za-z0-9+/=])"
        + r"|fc-[0-9a-f]{32}" + _T
        + r"|napi_[a-z0-9]{64}" + _T
        + r"|APA91b[A-Za-z0-9_-]{130,160}" + _TD
        + r"|KEY[0-9A-Z]{32}_[A-Za-z0-9]{22}" + _T
        + r"|c[ks]_[0-9a-f]{40}" + _T
        + r"|rzp_(?:live|test)_[A-Za-z0-9]{14}" + _T
        + r"|(?<![A-Za-z0-9]_)live_(?!g?ck_)[A-Za-z0-9_-]{30,40}" + _TD
        + r"|pdl_(?:live|sdbx)_apikey_[A-Za-z0-9]{26}_[A-Za-z0-9]{22}_[A-Za-z0-9]{3}" + _T
        + r"|pk_[0-9]{6,10}_[A-Z0-9]{32}" + _T
        + r"|st\.[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\.[0-9a-f]{32}\.[0-9a-f]{32}" + _T
        + r"|ATTA[0-9a-f]{64,72}" + _T
        + r"|cf(?:at|ut|k)_[0-9A-Za-z]{40,64}" + _T,
        prefixes=_VENDOR_PREFIXES,
        validator=_vendor_body,
        examples=(
            "OP_SECRET_KEY=A3-" "29326M-L64LG2TJF8C-Z2KA7-B3U2M-7OS5A",
            "adobe client secret p8e-" "f3r09fquo6sbegzgsyebannd4yz0emrv",
            "ARTIFACTORY_TOKEN=cmVmd" "ftva9AW7hipTgadDZFlRJmCGmUXiAPyhzAnar3ZLt4bnlz2MPKgcjnCqaXN",
            "CLICKHOUSE_SECRET=4b1d" "CvJAXrF6bnZ3eBZclIvRY6iEjH5UH1RSC84FL8",
            "dt0c01." "ZNLEVT4GAWDORTVNZL8EY65N.HZBHGPQ2Z6DMYAGQQRV98607G2E9CYKY4K58D150S7ZTX7S4R9SSBAPCK0YDUZDU",
            "EASYPOST_API_KEY=EZAK" "eZ5oBUEqWpcHg7ZU6Dj90pMThdNADhn3dwHjhxCiQADMqOLRAxXVH0",
            "harness token pat." "sFuWvPAX2LJh8NoMtwh6c9.6ZcugmlwnLpMTEMGoCl5rzl6.W7tOJ80JE2qF4z69vQJX",
            "oc login --token=sha256~" "zEygnNOJ1rQ41kvCNpzIxELIVoDMxCJql7j4jfaKG2l",
            "PREFECT_API_KEY=pnu_" "Io2LMFqcmMTdKC34lujMbMFZBGCUq2Zbeh6l",
            "SRC_ACCESS_TOKEN=sgp_" "d3cf1fca9f875c6f_5b72ad4f890c3b2c81cf9fa8201bab985fcab062",
            "tailscale up --authkey tskey-auth-" "kD4pQ7zLm2Rt-9fK2mQ7xL4vR8nT3wZ6pB1cY5hJ0dG2s",
            "OCTOPUS_API_KEY=API-" "27ZJWOCTB3UTU5J4NMSDMUW4BL",
            "RENDER_API_KEY=rnd_" "YK0fFWqcajQLE9WVxuXbrFZmU3A6IIRg",
            "honeycomb ingest key hcaik_" "m9qf1vfx0q2gmsgcmx5m66bxp1twhf67mhrtmy4oin7amkbv9txy7ysi5d",
            "HUBSPOT_TOKEN=pat-na1-" "5dc3e72e-ec2d-f9d2-68ef-50038b68ea8d",
            "asana token 2/" "6974977726747552/9694567248097020:3bbf16480df2f73bb47a41331fe20425",
            "ADYEN_API_KEY=AQE" "NO6H5/cry4945J9iLUKUekJJJ834VekFEewRVegA3RjuoZr7/jqjSdxtxKtXCCq1uOEaXyPW4bYrDVIxtvrXjhbf8homVehC0CLl8jhv4powgd2KG==",
            "FIRECRAWL_API_KEY=fc-" "29d7e983f5e42b5de03c4b006e6af969",
            "neon key napi_" "emuwzetfzrbhw40dz9g1u4xxnlautas4u3vc7lsvgvdxhbzbkj9lg81g9gtyoed5",
            "fcm server key AAAAXQflJEx:APA91b" "nMg1qBTnrAfwW6kzkRnUjKp8eXa1hLzW731hJNkL72rVHZJyAWoS5XguvtSt" "JckZ-UmzzA0IUFZBj3pMLCyuPvJsTMiW4OX51lfC5erxZOIGz2Yk9kO9ILkgneO_zcMbPJxRYsANR0tf",
            "TELNYX_API_KEY=KEY" "PCXMMIBQXNPX5A7WJF1HS8OT22UMANK7_nSWYAjrIFpgPD41kRdbuD4",
            "woo consumer secret cs_" "03cc3a093505c819934e2efcaf341f4e0dcb1d6b",
            "RAZORPAY_KEY_ID=rzp_live_" "bzLDJpjmRqlsqG",
            "MOLLIE_API_KEY=live_" "u3KNA9iYPVT0auzTrVO8FYQEkqDnDf",
            "paddle: pdl_live_apikey_" "lw9flufkyr9ayfsi4tvy9bfl08_ELQaBMyvxcWqOpM87cgr96_Uzy",
            "CLICKUP_TOKEN=pk_" "67389084_PZ7Z7PHF8DZFOSDY7QMRRNPK5X7Y7EX5",
            "INFISICAL_TOKEN=st." "211a95f7-414c-6a2a-09e7-becd948819e1.5c33dd6bac5950b24be8ea9979ba5038.d24bfbe9bb9523dd1a97131927f75aaf",
            "trello token ATTA" "89386f1277da4336eb56a0c4fa32b1db4f3e8c2199f59edc984727daeae8226d",
            "CLOUDFLARE_API_TOKEN=cfut_" "o2qh20xlReGsaL1dvnyzv0ZzyA0xIfl4c7xU2zXCot2PoPUt",
            "cloudflare key cfk_" "g3SUunWZTRTpysCW9f4CA96qeGs6R3uYEIi75qB4sA9Q0Nks",
        ),
        near_misses=(
            "API-GATEWAY-ROUTES-V2-STAGING",
            "sha256~ prefixes mark OpenShift tokens",
            "pat.md is the handover doc",
            "t1.large instances are cheap",
            "rnd_seed_for_the_shuffle_test_is_fixed_here",
            "pat-na1-<your-private-app-token>",
            "live_reload_enabled_for_the_dev_server",
            "pk_test_TYooMQauvdEDq54NiTphI7jx is Stripe's documented publishable key",
            "KEYBOARD_LAYOUT_DEFAULT_US_INTERNATIONAL",
            "cfut_tokens_are_scoped_to_one_account_only_here",
            "ratio 1/1000000000000/2000000000000 of the pool",
        ),
    ),
    Rule(
        "teams-webhook",
        "Microsoft Teams incoming webhook URL (webhook.office.com/webhookb2/...).",
        CREDENTIAL,
        TOKEN,
        r"//(?:[a-z0-9-]{1,64}\.webhook\.office\.com/webhookb2|outlook\.office(?:365)?\.com"
        r"/webhook)/[a-f0-9-]{36}(?:@[a-f0-9-]{36})?/IncomingWebhook/[a-f0-9]{32}/[a-f0-9-]{36}",
        infixes=(".webhook.office.com/webhookb2/", ".office.com/webhook/", ".office365.com/webhook/"),
        examples=(
            "TEAMS_WEBHOOK=https://acme.webhook.office.com/webhookb2/" "6a935897-b466-0624-7fda-a2b8e3e47285"
            "@a4309b7b-552e-1c54-9c05-6de14c3c5a48/IncomingWebhook/7a114cf3fbdd9fedd33add0a19dca927/"
            "3e7c1f37-9c72-bd57-d323-43e09790a52e",
            "hook: https://outlook.office.com/webhook/" "5b0f3e1a-7c2d-4e8f-9a6b-1c3d5e7f9a2b/"
            "IncomingWebhook/0f1e2d3c4b5a69788796a5b4c3d2e1f0/9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
        ),
        near_misses=("https://acme.webhook.office.com/webhookb2/ is the base",
                     "https://outlook.office.com/webhook/ (connector removed)"),
    ),
    Rule(
        "maxmind-license-key",
        "MaxMind license key (<6>_<29>_mmk).",
        CREDENTIAL,
        TOKEN,
        r"[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk" + _T,
        infixes=("_mmk",),
        validator=_body(0),
        examples=("MAXMIND_LICENSE_KEY=PnXj0S_" "yEv6ANaUzNSuYYpQMHbqvmvtPCgJy_mmk",),
        near_misses=("keys end in _mmk",),
    ),
    Rule(
        "jwt-base64",
        "A JSON Web Token base64-encoded once more (ZXlK...): kube secrets, CI variables.",
        CREDENTIAL,
        TOKEN,
        r"ZXlK[A-Za-z0-9+/]{40,8000}={0,2}",
        prefixes=("ZXlK",),
        validator=_b64_jwt,
        examples=("token: ZXlKaGJHY2lPaUpJVXpJMU5pSjkuZXlKemRXSWlPaUl4TWpNME5UWTNPRGt3SW4wLmFiYw==",),
        near_misses=("ZXlK is base64 of eyJ",),
    ),
    Rule(
        "docker-config-base64",
        "A base64-encoded Docker config JSON ({\"auths\": ...}): .dockerconfigjson, CI variables.",
        CREDENTIAL,
        TOKEN,
        r"(?:eyJhdXRocyI6|ewogICJhdXRocyI6|eyAiYXV0aHMiOi|ewoJImF1dGhzIj|ewogICAgImF1dGhzIj)"
        r"[A-Za-z0-9+/]{8,16384}={0,2}",
        prefixes=("eyJhdXRocyI6", "ewogICJhdXRocyI6", "eyAiYXV0aHMiOi", "ewoJImF1dGhzIj",
                  "ewogICAgImF1dGhzIj"),
        validator=_docker_json_b64,
        examples=(
            ".dockerconfigjson: eyJhdXRocyI6eyJnaGNyLmlvIjp7ImF1dGgiOiJZMms2Y3pOamNqTjBMWEJoYzNO"
            "M2IzSmtMVFF5In19fQ==",
        ),
        near_misses=("eyJhdXRocyI6e30=",),
    ),
    Rule(
        "sidekiq-credentials",
        "Sidekiq Pro/Enterprise gem credentials (<8 hex>:<8 hex> for contribsys.com).",
        CREDENTIAL,
        KEYWORD,
        r"(?:contribsys__com[\"']?[ \t]*[:=][ \t]*[\"']?|https?://)([a-f0-9]{8}:[a-f0-9]{8})"
        r"(?=[\"'\s]|@(?:gems|enterprise)\.contribsys\.com|$)",
        keywords=("contribsys",),
        lower=True,
        group=1,
        examples=("BUNDLE_GEMS__CONTRIBSYS__COM=f77ba542:2393ef15",),
        near_misses=("BUNDLE_GEMS__CONTRIBSYS__COM=${SIDEKIQ_CREDS}",),
    ),
    # ---- generic formats --------------------------------------------------------------------
    Rule(
        "jwt",
        "JSON Web Token (eyJ<header>.eyJ<payload>.<signature>).",
        CREDENTIAL,
        TOKEN,
        r"eyJ[A-Za-z0-9_-]{10,4096}\.eyJ[A-Za-z0-9_-]{4,8192}\.[A-Za-z0-9_-]{0,2048}",
        prefixes=("eyJ",),
        examples=(
            "id_token=eyJ" "hbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6Im"
            "FjbWUifQ.HGJR1m4jfXuX8v-h2-1KZNUK9IKLdbFfu0XgOYgOjC2",
        ),
        near_misses=("eyJhbGciOiJIUzI1NiJ9 is just a header",),
    ),
    Rule(
        "private-key-block",
        "PEM, OpenSSH, PGP or PKCS#8 private key block (the BEGIN header alone is enough).",
        CREDENTIAL,
        KEYWORD,
        r"-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----"
        r"(?:[^-]{0,16384}-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----)?",
        keywords=("private key",),
        requires=("-----BEGIN", "PRIVATE KEY"),
        validator=_key_block_body,
        examples=(
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA",
            "-----BEGIN OPENSSH PRIVATE KEY-----",
            "-----BEGIN PGP PRIVATE KEY BLOCK-----",
        ),
        near_misses=(
            "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE\n-----END CERTIFICATE-----",
            "-----BEGIN PUBLIC KEY-----",
            "the private key lives in the HSM",
            "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY----- in .env.example",
        ),
    ),
    Rule(
        "private-key-base64",
        "Base64-encoded PEM private key (kubeconfig client-key-data, tls.key in a Secret).",
        CREDENTIAL,
        TOKEN,
        r"LS0tLS1CRUdJTi[A-Za-z0-9+/=]{20,16384}",
        prefixes=("LS0tLS1CRUdJTi",),
        validator=_b64_private_key,
        examples=("client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFcEFJQkFBS0NBUUVB",),
        near_misses=(
            "certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUREekNDQWZlZ0F3",
        ),
    ),
    Rule(
        "putty-private-key",
        "PuTTY private key file (PuTTY-User-Key-File-2/3).",
        CREDENTIAL,
        KEYWORD,
        r"PuTTY-User-Key-File-\d: [a-z0-9-]{3,40}",
        keywords=("putty-user-key-file",),
        examples=("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none",),
        near_misses=("convert the key with puttygen",),
    ),
    Rule(
        "kubeconfig-client-key",
        "kubeconfig client-key-data (a base64 private key inline).",
        CREDENTIAL,
        KEYWORD,
        r"client-key-data[\"']?:[ \t]*[\"']?([A-Za-z0-9+/=]{16,16384})",
        keywords=("client-key-data",),
        group=1,
        validator=_group_ok(1, 16),
        examples=("    client-key-data: bXktcHJpdmF0ZS1rZXktbWF0ZXJpYWwtZm9yLXRlc3Rpbmc=",),
        near_misses=("client-key-data: <base64>", "client-certificate-data: LS0tLS1CRUdJTiBDRVJU"),
    ),
    Rule(
        "kubernetes-secret-data",
        "Values under data:/stringData: of a Kubernetes Secret manifest (kind: Secret).",
        CREDENTIAL,
        AGGREGATE,
        r"k(?P<kind>ind[\"']?:[ \t]*[\"']?Secret\b)"
        r"|\n(?P<data>(?P<indent>[ \t]*)(?:data|stringData):[ \t]*(?=\n))"
        r"|\"(?P<json>(?:data|stringData)\"[ \t]*:[ \t]*\{[ \t\n]*\"[A-Za-z0-9_.-]+\"[ \t]*:"
        r"[ \t]*\"(?P<jv>[^\"\n]{1,4096})\")",
        keywords=("kind:", 'kind":'),
        requires=("Secret",),
        aggregate=_k8s_secret,
        examples=(
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n"
            "  password: czNjcjN0LXBhc3N3b3JkLTQy\n",
            '{"apiVersion": "v1", "kind": "Secret", "data": {"token": "dG9rZW4tdmFsdWUtOTk="}}',
        ),
        near_misses=(
            "kubectl get secret db -o yaml",
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: <base64>\n",
            "kind: ConfigMap\ndata:\n  LOG_LEVEL: debug\n",
        ),
    ),
    Rule(
        "url-credentials",
        "A URL or connection string with a password (postgres://u:p@h, mongodb+srv://, redis://:p@,"
        " amqp://, mssql://, https://user:pass@host).",
        CREDENTIAL,
        KEYWORD,
        r"://([^\s:/?#@\"'<>\[\]]{0,128}):([^\s/\"']{1,256}?)@(?=[A-Za-z0-9.\[-])",
        keywords=("://",),
        requires=("@",),
        group=2,
        validator=_url_password,
        priority=1,
        examples=(
            "DATABASE_URL=postgres://app:Zr8kq2Lw9Xv4@db.internal:5432/app",
            "mongodb+srv://admin:pR7x2qLm9vK4@cluster0.abcde.mongodb.net/prod",
            "redis://:s3cr3tPa55w0rd@cache:6379/0",
            "https://deploy:Tq9!mZ4r@git.acme.io/repo.git",
            "amqp://svc:Qx7r?41Lm@mq.internal:5672/",
            "redis://:%40Kf9_zQ2$w@cache:6379/0",
            "postgres://app:Zr8kq2Lw9Xv4@!@db.internal/app",
        ),
        near_misses=(
            "postgres://app:${DB_PASSWORD}@db:5432/app",
            "postgres://app:password@localhost/app",
            "https://github.com/acme/handoff/pull/42",
            "ssh://git@github.com/acme/handoff.git",
            "http://proxy:3128?next=ops@acme.io",
            "printf('mysql://%s:%s@%s' % (user, pw, host))",
        ),
    ),
    Rule(
        "authorization-header",
        "An Authorization header value (Bearer, Basic, Token, Digest, SSWS ...).",
        CREDENTIAL,
        KEYWORD,
        r"authorization[\"']?(?:[ \t]*[:=][ \t]*[\"']?|[ \t]+[\"']?(?=(?:bearer|basic|token|digest"
        r"|apikey|api-key|ssws|sso-key|negotiate|ntlm|hmac)[ \t]))(?:(?:bearer|basic|token|digest|apikey|api-key|"
        r"ssws|sso-key|key|negotiate|ntlm|hmac|dsn)[ \t]+)?([a-z0-9._~+/=:%-]{8,4096})",
        keywords=("authorization",),
        lower=True,
        group=1,
        validator=_header_value,
        priority=1,
        examples=(
            'curl -H "Authorization: Bearer 9fK2mQ7xL4vR8nT3wZ6pB1cY5hJ0dG2s" https://api.acme.io',
            "Authorization: Basic YWRtaW46czNjcjN0LXBhc3M=",
            "Authorization: token 4f8a9c2e7b1d3f5a6c8e0b2d4f6a8c0e2b4d6f8a",
        ),
        near_misses=(
            'curl -H "Authorization: Bearer $TOKEN" https://api.acme.io',
            "Authorization: Bearer <token>",
            "the Authorization header is missing on retries",
        ),
    ),
    Rule(
        "bearer-token",
        "A bearer token outside an Authorization header (Bearer <20+ random characters>).",
        CREDENTIAL,
        KEYWORD,
        r"bearer[ \t]+([a-z0-9._~+/-]{20,4096}=*)",
        keywords=("bearer",),
        lower=True,
        group=1,
        validator=_group_random(1, 20),
        priority=1,
        examples=("sent header Bearer 9fK2mQ7xL4vR8nT3wZ6pB1cY5hJ0dG2s and got 200",),
        near_misses=("bearer token authentication is configured", "Bearer ${API_TOKEN}"),
    ),
    Rule(
        "arrow-user-password",
        "A user:password pair pointed at by an arrow in a note (Jenkins -> deploy:V,"
        " VPN => ops:V): the pair is the arrow's target, with no secret noun around it.",
        CREDENTIAL,
        KEYWORD,
        r"(?:->|=>)[ \t]*([A-Za-z][A-Za-z0-9_.-]{0,31}):([^\s'\"`]{6,128})",
        keywords=("->", "=>"),
        anchored=True,
        group=2,
        validator=_arrow_pair,
        priority=1,
        examples=(
            "Grafana -> admin:Qv7#pLm2-Rx9w",
            "vpn => ops_user:kestrel.Tundra44%",
            "Note: Jenkins -> deploy:w8kq3-z0m2p-r7tvx-4nc1d",
        ),
        near_misses=(
            "build -> python:3.12-slim-bookworm",
            "proxy => cache:8080",
            "digest -> sha256:9f2c41d7a0b8e5f6c3d2a1b0e9f8d7c6",
            "fn parse(s: &str) -> Result<Config, Error>",
        ),
    ),
    Rule(
        "curl-user-password",
        "A user:password passed to curl -u/--user/--proxy-user (also glued: -uuser:pw).",
        CREDENTIAL,
        KEYWORD,
        r"-(?:u|-user|-proxy-user)(?:[ \t]+|=)?['\"]?([^\s:'\"$]{1,64}):['\"]?"
        r"([^\s'\"]{3,256})",
        keywords=("curl", "http ", "wget"),
        requires=("-u",),
        group=2,
        validator=_curl_user,
        priority=1,
        examples=(
            "curl -u admin:Zr8kq2Lw9Xv4 https://jenkins.acme.io/api/json",
            "curl -u deploy:'Tq9&mZ4rWx2' https://nexus.acme.io/",
            "curl --proxy-user ops:Zr8kq2Lw9Xv4 -x proxy:3128 https://acme.io",
            "curl -uadmin:Zr8kq2Lw9Xv4 https://jenkins.acme.io/api/json",
        ),
        near_misses=(
            'curl -u "$USER:$TOKEN" https://api.acme.io',
            "curl -u admin https://jenkins.acme.io",
            "curl --user-agent handoff/0.1 https://acme.io",
            "curl -a -o out.txt https://acme.io/a:b",
            "rsync -avz build/ host:/srv/app  # after the http fix",
        ),
    ),
    Rule(
        "httpie-auth-password",
        "A user:password passed to HTTPie's -a/--auth.",
        CREDENTIAL,
        KEYWORD,
        r"-(?:a|-auth)(?:[ \t]+|=)['\"]?([^\s:'\"$]{1,64}):['\"]?([^\s'\"]{3,256})",
        keywords=("http ", "https "),
        requires=("-a",),
        group=2,
        validator=_curl_user,
        priority=1,
        examples=(
            "http -a deploy:Zr8kq2Lw9Xv4 https://api.acme.io/me",
            "https --auth=ops:'Tq9&mZ4rWx2' api.acme.io/v1/items",
        ),
        near_misses=(
            "http -a $USER:$TOKEN https://api.acme.io",
            "http -a admin https://api.acme.io  # prompts for the password",
        ),
    ),
    Rule(
        "cookie-session",
        "A session, auth or CSRF cookie value in a Cookie/Set-Cookie header or --cookie flag.",
        CREDENTIAL,
        AGGREGATE,
        r"(?:cookie[\"']?(?:[ \t]*[:=][ \t]*[\"']?|[ \t]+[\"'])|(?<=[ \t])-b[ \t]+[\"']?)"
        r"([^\n\"']{1,2000})",
        keywords=("cookie", "-b"),
        lower=True,
        anchored=True,
        aggregate=_cookie_values,
        priority=1,
        examples=(
            "Cookie: theme=dark; sessionid=k2m9q7x4l8v3r6n1t5w0p2b7",
            "Set-Cookie: __Host-auth_token=9fK2mQ7xL4vR8nT3wZ6pB1cY; Path=/; Secure; HttpOnly",
            'curl --cookie "connect.sid=s%3Ak2m9q7x4l8v3r6n1t5w0p2b7" https://app.acme.io',
        ),
        near_misses=(
            "Cookie: theme=dark; lang=en-US",
            "Set-Cookie: sessionid=; Max-Age=0",
            "Cookie consent banner copy was updated",
        ),
    ),
    Rule(
        "netrc-credentials",
        "A .netrc entry (machine/login/password).",
        CREDENTIAL,
        KEYWORD,
        r"(?:machine[ \t]+\S{1,256}|default)\s+login[ \t]+\S{1,256}\s+password[ \t]+(\S{1,256})",
        keywords=("machine", "default"),
        words=("login", "password"),
        anchored=True,
        group=1,
        validator=_group_ok(1, 4),
        examples=("machine api.heroku.com\n  login ci@acme.io\n  password 7d2e55f58470670496987c7f",),
        near_misses=("machine api.heroku.com login ci@acme.io password ${HEROKU_API_KEY}",),
    ),
    Rule(
        "secret-argument",
        "A value that follows a secret name without an operator: as a separate argument"
        " (aws configure set aws_secret_access_key V, gh secret set NAME --body V)"
        " or a few words later in prose (the password for the staging db is V). Run by the"
        " scanner's assignment layer.",
        CREDENTIAL,
        ASSIGNMENT,
        r"",
        procedural=True,
        priority=2,
        examples=(
            "aws configure set aws_secret_access_key NGxHqh30YaH/+CXTfcu/DDpt3O7IxdInQQgdLM7h",
            'gh secret set DEPLOY_TOKEN --repo acme/app --body "f3Kq9ZxR2mWv8LpT4nYb6Hc1"',
            "the password for the staging db is Tq9mZ4rWx2",
            "the admin password was reset to Zr8kq2Lw9Xv4 this morning",
            "das Passwort lautet Zr8kq2Lw9Xv4",
            "\u5bc6\u7801\u662fZr8kq2Lw9Xv4",
        ),
        near_misses=(
            "the password for the staging db is in 1Password",
            "gh secret set DEPLOY_TOKEN --body \"$DEPLOY_TOKEN\"",
            "GITHUB_TOKEN 3f0c2a9e-7b14-4c1d-9a55-0e6d2b7c8f41",
            "rotated the token after commit 3f9c2ab1d4e5f60718293a4b5c6d7e8f90a1b2c3",
        ),
    ),
    Rule(
        "header-name-value",
        "A header's name and its value with only blanks between, in prose or a web server's"
        " config (X-API-Key V, proxy_set_header X-Api-Key V;): the name says what the value is,"
        " as a colon would. Judged by values.looks_vendor_secret (hex and UUIDs count). Run by"
        " carriers.py.",
        CREDENTIAL,
        KEYWORD,
        r"",
        keywords=("x-",),
        procedural=True,
        priority=1,
        examples=(
            "X-API-Key " "5d1e9b0c7a3f4e2d8c6b1a0f9e8d7c6b",
            "proxy_set_header X-Auth-Token " "Qm7xT2kLp9Zr4Wv8Nc3Bd6Hf;",
            "called it with Private-Token " "glx0c9RkT2mWq8LpZ4nYb6Hd1 and got a 200",
        ),
        near_misses=(
            "the X-API-Key header carries the tenant key",
            "send the X-Request-Id header 6f1c2b7e-0d3a-4b5e-9c8f-1a2b3c4d5e6f",
            "set X-Api-Key to ${API_KEY}",
        ),
    ),
    Rule(
        "vendor-named-value",
        "A vendor's name alone as a value's name (zendesk=V (sandbox), datadog: V, chave do"
        " vercel: V): the value is that vendor's key, judged by values.looks_vendor_secret (hex"
        " and UUIDs count); vendor names that are common words are left out. Run by"
        " carriers.py.",
        CREDENTIAL,
        KEYWORD,
        r"",
        keywords=("datadog",),
        procedural=True,
        priority=1,
        examples=(
            "datadog=" "7c1e9b0d5a3f4e2d8c6b1a0f9e8d7c6b (prod)",
            "zendesk: " "Qm7xT2kLp9Zr4Wv8Nc3Bd6Hf1Jg5Ys0Ue",
        ),
        near_misses=(
            "grafana: 10.4.2-ubuntu-jammy-2024",
            "pulumi=v3.112.0",
            "merged together: 3f9a0c1d5e7b2a4c6d8e0f1a3b5c7d9e",
        ),
    ),
    Rule(
        "secret-in-prose",
        "A password-shaped value within a few words of a secret noun in any of ~15 languages,"
        " after it or before it across a link word (V is the master password, used V as the"
        " export password, creds are user/V, Mat khau cua jenkins la V), a passphrase of plain"
        " words, or a value introduced later on the line (new value V); a random token near a"
        " token or key noun (use V as the X token, the X key: V). Run by prose.py.",
        CREDENTIAL,
        KEYWORD,
        r"",
        keywords=("password",),
        procedural=True,
        priority=2,
        examples=(
            "my sudo password on the shared box is tangent.glacier.walnut.velvet, feel free",
            "Zr8kq2Lw9Xv4% is the master password for the team vault file",
            "used Kq7Lw2Zr9Xv4 as the PKCS#12 export password",
            "creds are deploy/walnut.cobalt.meadow.thistle for now",
            "the keystore passphrase is walnut.cobalt.meadow.thistle. Keep it safe.",
            "le mdp du serveur de build c'est Zr8kq2Lw9Xv4",
            "M\u1eadt kh\u1ea9u c\u1ee7a jenkins l\u00e0 Zr8kq2Lw9Xv4",
            "rotated the Acme token this morning; new value 3f0c2a9e7b144c1d9a550e6d2b7c8f41",
            "if the deploy fails again use 4c8bdc41a5bfaba65c7f91b763447412 as the zentral token",
        ),
        near_misses=(
            "password rotated, new one in vault",
            "KeyError: 'password' in LoginView.post",
            "the password is hashed with argon2id before it is stored",
            "password reset for user_42 failed, see ticket OPS-1234",
            "password must be at least 12 characters and include 1 symbol",
            "the password for db3.int.corp.example is in 1Password",
            "rotated the password in commit 3f9c2ab1d4e5f60718293a4b5c6d7e8f90a1b2c3",
            "GPG key 0164C504D38DA6B79D36BFE23302079BEE92E227 signed the release tag",
        ),
    ),
    Rule(
        "url-secret-param",
        "A URL query parameter that carries a signature or a token in any URL (sig=, X-Amz-Signature=,"
        " X-Goog-Signature=, token=, access_token=, code= of a magic link, key=) with a long random"
        " value. Run by carriers.py.",
        CREDENTIAL,
        KEYWORD,
        r"",
        keywords=("?",),
        procedural=True,
        priority=1,
        examples=(
            "https://acme.example/cb?code=" "Kq7Lw2Zr9Xv4Tq9mZ4rWx2LpB8nY&state=1f2e",
            "https://bkt.s3.amazonaws.com/a.tgz?X-Amz-Expires=900&X-Amz-Signature=" "9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0",
            "https://storage.googleapis.com/b/o?X-Goog-Date=20250101&X-Goog-Signature="
            "4f1a9c2e8b7d6f5a3c1e9b8d7f6a5c4e3b2d1f0a9e8c7b6d5f4a3e2c1b0d9f8e",
        ),
        near_misses=(
            "https://api.example.org/items?page=2&per_page=50&sort=created",
            "https://acme.example/cb?code=404&state=ok",
            "https://api.example.org/list?token=eyJvZmZzZXQiOjEwMH0",
        ),
    ),
    Rule(
        "webhook-path-secret",
        "A webhook secret as a URL path segment after /integration/, /webhooks/, /hooks/ (long hex or"
        " random). Run by carriers.py.",
        CREDENTIAL,
        KEYWORD,
        r"",
        keywords=("/integration/",),
        procedural=True,
        priority=1,
        examples=(
            "https://events.pagerduty.com/integration/" "4c8bdc41a5bfaba65c7f91b763447412/enqueue",
            "POST https://hooks.acme.io/webhooks/" "Kq7Lw2Zr9Xv4Tq9mZ4rWx2LpB8nY",
        ),
        near_misses=(
            "https://api.github.com/repos/acme/app/hooks/123456789",
            "https://docs.acme.io/webhooks/getting-started-with-events",
        ),
    ),
    Rule(
        "jwk-private-key",
        "A JSON Web Key with a private member (d, p, q, dp, dq, qi, or k of a symmetric key). Run by"
        " carriers.py.",
        CREDENTIAL,
        KEYWORD,
        r"",
        keywords=("\"kty\"",),
        procedural=True,
        priority=1,
        examples=(
            '{"kty": "OKP", "crv": "Ed25519", "x": "Zr8kq2Lw9Xv4Tq9mZ4rWx2LpB8nYcD3fG5hJ", "d": "' "Kq7Lw2Zr9Xv4Tq9mZ4rWx2LpB8nYcD3fG5hJ2k"'"}',
        ),
        near_misses=(
            '{"kty": "EC", "crv": "P-256", "x": "Zr8kq2Lw9Xv4Tq9mZ4rWx2LpB8nYcD3fG5hJ", "y": "Kq7Lw2Zr9Xv4Tq9mZ4rWx2LpB8nYcD3fG5hJ"}',
        ),
    ),
    Rule(
        "secret-name-value-pair",
        "A {\"name\": N, \"value\": V} pair written as text whose name says it holds a secret (an"
        " ECS or Kubernetes env entry). Run by carriers.py.",
        CREDENTIAL,
        KEYWORD,
        r"",
        keywords=("\"value\"",),
        procedural=True,
        priority=1,
        examples=(
            '{"name": "ACME_API_TOKEN", "value": "' "Kq7Lw2Zr9Xv4Tq9mZ4rWx2LpB8nY" '"}',
        ),
        near_misses=(
            '{"name": "ACME_API_TOKEN", "value": "${ACME_API_TOKEN}"}',
            '{"name": "LOG_LEVEL", "value": "debug"}',
        ),
    ),
    Rule(
        "shell-set-secret",
        "set -x NAME V (fish) or setenv NAME V (csh): an assignment without = whose name says it"
        " holds a secret. Run by carriers.py.",
        CREDENTIAL,
        KEYWORD,
        r"",
        keywords=("setenv",),
        procedural=True,
        priority=1,
        examples=(
            "set -x CIRCLE_TOKEN " "f2795d8094e9e20cb55630bd1732cd11adf7230a",
            "setenv DB_PASSWORD Zr8kq2Lw9Xv4",
        ),
        near_misses=(
            "set -x CIRCLE_TOKEN $CIRCLE_TOKEN",
            "setenv EDITOR vim",
        ),
    ),
    Rule(
        "password-command-echo",
        "A password command that only echoes the password (--password-command 'echo V')."
        " Run by carriers.py.",
        CREDENTIAL,
        KEYWORD,
        r"",
        keywords=("echo",),
        procedural=True,
        priority=1,
        examples=(
            "restic -r s3:bkt --password-command 'echo Zr8kq2Lw9Xv4' snapshots",
        ),
        near_misses=(
            "restic --password-command 'pass show restic' snapshots",
        ),
    ),
    Rule(
        "net-use-password",
        "net use with the password as a positional argument after the share. Run by carriers.py.",
        CREDENTIAL,
        KEYWORD,
        r"",
        keywords=("net use",),
        procedural=True,
        priority=1,
        examples=(
            "net use Z: \\\\nas\\share /user:CORP\\svc Zr8kq2-Lw9Xv4",
            "net use Z: \\\\nas\\share Zr8kq2Lw9Xv4 /user:svc",
        ),
        near_misses=(
            "net use Z: \\\\nas\\share * /user:CORP\\svc",
            "net use Z: \\\\nas\\share /persistent:yes",
        ),
    ),
    Rule(
        "secret-named-field",
        "A field whose name says it holds a secret (a config key db.password, a {name, value}"
        " pair, a dict key) holds something other than a reference, placeholder, env-var name,"
        " path or source word. Run by scan_value on dicts (examples are JSON).",
        CREDENTIAL,
        ASSIGNMENT,
        r"",
        procedural=True,
        priority=2,
        examples=(
            '{"key": "db.password", "value": "hunter2x"}',
            '{"key": "stripe_api_key", "value": "k2m9q7x4l8v3r6n1t5w0p2b7aZk8q2xRt5Lm9Pq"}',
            '{"name": "API_TOKEN", "value": "Zr8kq2Lw9Xv4Tq9m"}',
        ),
        near_misses=(
            '{"key": "db.password", "value": "${{ secrets.DB_PASSWORD }}"}',
            '{"key": "api.token", "value": "op://vault/item/token"}',
            '{"key": "db.password", "value": "DB_PASSWORD"}',
            '{"key": "db.password_file", "value": "/run/secrets/db"}',
            '{"key": "build.cmd", "value": "make -j8"}',
        ),
    ),
    Rule(
        "cli-password-flag",
        "A password given to a command-line tool as an argument: mysql -pV, sshpass -p,"
        " redis-cli -a, sqlcmd/bcp -P, mongosh/cqlsh/influx -p, ldapsearch -w, smbclient -U"
        " user%V, zip/unzip -P, 7z -pV, mosquitto -P, xfreerdp /p:V, plink -pw, az login -p,"
        " openssl pass:V, htpasswd -b FILE USER V, rabbitmqctl add_user U V, net user U V,"
        " wpa_passphrase SSID V, mc alias set NAME URL KEY SECRET.",
        CREDENTIAL,
        AGGREGATE,
        r"(" + "|".join(_CLI_COMMANDS) + r")(?=[ \t]|\",)[^\n|;&'\"]*+"
        r"(?:(?:'[^'\n]{0,256}'|\"[^\"\n]{0,256}\"|['\"])[^\n|;&'\"]*+){0,16}",
        keywords=tuple(_CLI_COMMANDS),
        lower=False,
        anchored=True,
        aggregate=_cli_passwords,
        priority=1,
        examples=(
            "mysql -uroot -pZr8kq2Lw9Xv4 -h db.internal app",
            "sshpass -p 'Tq9!mZ4rWx' ssh deploy@10.0.0.5",
            "redis-cli -h cache -a S3cretRedisPa55 ping",
            "sqlcmd -S db.internal -U sa -P Zr8kq2Lw9Xv4 -Q 'select 1'",
            "htpasswd -b -c /etc/nginx/.htpasswd admin Tq9mZ4rWx2",
            "openssl pkcs12 -export -in c.pem -out c.p12 -passout pass:Zr8kq2Lw9Xv4",
            "mongosh --host db -u admin -p Zr8kq2Lw9Xv4 app",
            "smbclient //fs/share -U deploy%Tq9mZ4rWx2",
            'test: ["CMD", "mysqladmin", "ping", "-uroot", "-pZr8kq2Lw9Xv4"]',
        ),
        near_misses=(
            'test: ["CMD", "mysqladmin", "ping", "-h", "localhost"]',
            "mysql -u root -p app",
            "mysqldump -P 3306 app > dump.sql",
            "sqlcmd -S db -U sa -P \"$SA_PASSWORD\"",
            "htpasswd -c /etc/nginx/.htpasswd admin",
        ),
    ),
    Rule(
        "stdin-secret",
        "A secret piped or fed to a command that reads it from stdin: echo V | docker login"
        " --password-stdin, echo V | sudo -S, printf V | gh secret set X, chpasswd <<< user:V.",
        CREDENTIAL,
        AGGREGATE,
        r"(?:echo|printf)[ \t]+(?:-[a-z]{1,3}[ \t]+)*(?:([\"'])%s(?:\\n)?\1[ \t]+)?"
        r"(?:([\"'])|)((?(2)[^\s'\"]|[^\s|'\"]){4,256})(?:\n [^\s|'\"]{0,256}(?=[\"']))?(?(2)\2)"
        r"[ \t]*\|[ \t]*([^\n]{1,300})"
        r"|<<<[ \t]*([\"']?)([^\s'\"]{4,256})\5",
        keywords=("echo", "printf", "<<<"),
        lower=False,
        anchored=True,
        aggregate=_stdin_secrets,
        priority=1,
        examples=(
            "echo Zr8kq2Lw9Xv4 | docker login -u ci --password-stdin registry.acme.io",
            "echo 'Tq9mZ4rWx2' | sudo -S systemctl restart app",
            "echo 'Tq9m:ZrWx|2Lp' | sudo -S systemctl restart app",
            "printf '%s' f3Kq9ZxR2mWv8LpT4nYb6Hc1 | gh secret set DEPLOY_TOKEN",
            "printf 'Hx7qWm2Lr9Tz\\n' | sudo -S systemctl restart app",
            'echo -e "Pw4kZr8q.Lx2\\nPw4kZr8q.Lx2" | passwd svc_app',
        ),
        near_misses=(
            'echo "$REGISTRY_PASSWORD" | docker login -u ci --password-stdin',
            "echo hello | tr a-z A-Z",
            "echo 212 passed | tee summary.txt",
        ),
    ),
    Rule(
        "pgpass-line",
        "A .pgpass line (host:port:database:user:password).",
        CREDENTIAL,
        KEYWORD,
        r"(?m)^[ \t]*[A-Za-z0-9*][A-Za-z0-9_.*-]{0,253}:(?:\d{2,5}|\*):[^\s:]{1,64}:[^\s:]{1,64}"
        r":([^\s]{4,256})[ \t]*$",
        keywords=(":5432:", ":6432:", ":5433:", ":*:", "pgpass"),
        group=1,
        validator=_group_ok(1, 4),
        priority=1,
        examples=("~/.pgpass:\ndb.internal:5432:app:app_rw:Zr8kq2Lw9Xv4",),
        near_misses=("db.internal:5432:app:app_rw:*", "10:14:07 INFO started"),
    ),
    Rule(
        "auth-call-pair",
        "A user and a password passed as two string literals to an HTTP or login call:"
        " requests' auth=('u', 'V'), HTTPBasicAuth('u', 'V'), SetBasicAuth(\"u\", \"V\"),"
        " new NetworkCredential(\"u\", \"V\"), UsernamePasswordCredentials, smtplib's"
        " .login('u', 'V').",
        CREDENTIAL,
        KEYWORD,
        r"(?:(?<![A-Za-z0-9_])auth[ \t]*=[ \t]*[(\[]|(?i:(?:http)?(?:basic|digest)auth"
        r"|setbasicauth|usernamepasswordcredentials|passwordauthentication|networkcredential"
        r"|(?<=\.)login)[ \t]*\()[ \t]*([\"'])[^\"'\n]{1,128}\1[ \t]*,[ \t]*([\"'])([^\"'\n]{4,256})\2",
        keywords=("auth", "basicauth", "httpbasicauth", "digestauth", "httpdigestauth",
                  "setbasicauth", "usernamepasswordcredentials", "passwordauthentication",
                  "networkcredential", "login"),
        requires=("(",),
        anchored=True,
        group=3,
        validator=_call_password,
        priority=1,
        examples=(
            "r = requests.get(url, auth=('deploy', 'Zr8k!q2Lw9Xv'))",
            "session.auth = HTTPBasicAuth(\"ci\", \"Tq9mZ4rWx2pL\")",
            "req.SetBasicAuth(\"admin\", \"hV3#kd9Qz1\")",
            "var c = new NetworkCredential(\"svc_build\", \"Qm7$zR2kWv9\");",
            "server.login('alerts@example.com', 'w8Kq2!zLx0Rt')",
        ),
        near_misses=(
            "requests.get(url, auth=('deploy', os.environ['PW']))",
            "HTTPBasicAuth('user', 'password')",
            "server.login(user, password)",
            "client.login('admin', '${ADMIN_PASSWORD}')",
            "auth=('api', 'tokens')",
        ),
    ),
    Rule(
        "sql-password",
        "A password in SQL: IDENTIFIED BY 'V', WITH PASSWORD 'V', PASSWORD = 'V' in CREATE/ALTER"
        " USER or ROLE; PowerShell ConvertTo-SecureString 'V' -AsPlainText.",
        CREDENTIAL,
        KEYWORD,
        r"(?:identified[ \t]+(?:with[ \t]+\S+[ \t]+)?by|password(?:[ \t]*=)?"
        r"|convertto-securestring(?:[ \t]+-string)?)[ \t]+(['\"])([^'\"\n]{4,256})\1",
        keywords=("identified", "password", "convertto-securestring"),
        lower=True,
        anchored=True,
        group=2,
        validator=_sql_password,
        priority=1,
        examples=(
            "CREATE USER app IDENTIFIED BY 'Zr8kq2Lw9Xv4';",
            "ALTER ROLE app WITH LOGIN PASSWORD 'Tq9mZ4rWx2';",
            "$pw = ConvertTo-SecureString 'Zr8kq2Lw9Xv4' -AsPlainText -Force",
        ),
        near_misses=("CREATE USER app IDENTIFIED BY '<password>';", "ALTER USER app PASSWORD EXPIRE;"),
    ),
    Rule(
        "session-cookie-pair",
        "A session cookie as name=value anywhere (sessionid=, connect.sid=, PHPSESSID=,"
        " JSESSIONID=, _gitlab_session=, __Host-/__Secure- cookies, remember_token=).",
        CREDENTIAL,
        KEYWORD,
        r"(?:phpsessid|jsessionid|sessionid|sessid|session(?:[_.-](?:id|token))?"
        r"|_[a-z0-9]{0,30}session|\.sid|__(?:host|secure)-[a-z0-9_.-]{1,60}"
        r"|remember_[a-z_]{0,20}token)=([^\s;,'\"&]{16,512})",
        keywords=("phpsessid", "jsessionid", "sessionid", "sessid", "session", "_session", ".sid",
                  "__host-", "__secure-", "remember_"),
        requires=("=",),
        lower=True,
        anchored=True,
        group=1,
        validator=_session_value,
        priority=1,
        examples=(
            "my browser session cookie is sessionid=k2m9q7x4l8v3r6n1t5w0p2b7",
            "pasted connect.sid=s%3Ak2m9q7x4l8v3r6n1t5w0p2b7.Zr8kq2Lw9Xv4 into the browser",
            "_gitlab_session=0qbajouyx6rx2wtreugqvnlndi8tnlwg",
            "PHPSESSID=k2m9q7x4l8v3r6n1t5w0p2b7qz (admin session)",
        ),
        near_misses=(
            "session_id=3f0c2a9e-7b14-4c1d-9a55-0e6d2b7c8f41",
            "sessionid=<redacted>",
            "HANDOFF_SESSION=01J9ZK3M4N5P6Q7R8S9T0VWXYZ",
        ),
    ),
    Rule(
        "generic-assignment",
        "A high-entropy value assigned to a secret-looking name (password=, api_key:, "
        '"token": "...", --password x, export X_TOKEN=...). Judged by values.looks_secret.',
        CREDENTIAL,
        ASSIGNMENT,
        r"",
        priority=2,
        examples=(
            "export DEPLOY_TOKEN=f3Kq9ZxR2mWv8LpT4nYb6Hc1",
            'password = "Tq9!mZ4rWx2"',
            '{"client_secret": "Zr8kq2Lw9Xv4Tq9mZ4rWx2Lp"}',
            "--password Zr8kq2Lw9Xv4",
            "db:\n  password: s3cr3t-Pa55\n",
            "the new api key is 9fK2mQ7xL4vR8nT3wZ6p",
        ),
        near_misses=(
            "export GITHUB_TOKEN=${GITHUB_TOKEN}",
            "password: changeme",
            "api_key: your-api-key-here",
            "token_count=4096",
            "max_tokens: 1024",
            "OPENAI_API_KEY is unset",
            "password = os.environ['DB_PASSWORD']",
            "the password is incorrect",
        ),
    ),
)
