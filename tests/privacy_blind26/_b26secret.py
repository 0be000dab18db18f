"""Secret lines for blind26: credentials in the forms specialised engineering teams hold them (experiment
trackers, model hubs, data platforms, mobile signing, console and build-farm accounts, device keys, cluster
tokens, broker keys, lab instruments, IT administration). Every value is random characters in its format."""
import json

from _b26lang import NAMES, SECRET_LEAD, SECRET_TAIL
from _b26rand import (
    AN,
    DG,
    HEX,
    LO,
    UP,
    alpaca_id,
    alpaca_secret,
    anthropic_key,
    app_specific,
    atlassian,
    aws_akid,
    aws_asia,
    aws_secret,
    azure_acct_key,
    azure_client_secret,
    b64,
    balena,
    basespace,
    binance,
    codemagic,
    cohere,
    coinbase_secret,
    comet,
    databricks,
    date,
    discord_hook,
    dnanexus,
    docker_auth,
    eos_secret,
    expo,
    firebase_server,
    foxglove,
    gcs_sig,
    gh_app,
    gh_fine,
    gh_pat,
    gl_pat,
    globus_refresh,
    google_key,
    groq,
    hf_token,
    host,
    ident,
    ip,
    jwt,
    label_studio,
    lorawan_appkey,
    mapbox,
    mistral,
    ncbi,
    neptune,
    npm_token,
    okta_token,
    op_service,
    openai_key,
    p4_ticket,
    particle,
    password,
    pem,
    pick,
    plaid_secret,
    playfab,
    polygon,
    pypi_token,
    replicate,
    roboflow,
    s,
    s3_sig,
    scale_live,
    sendgrid,
    slack_bot,
    slack_hook,
    slack_user,
    steam_webapi,
    synapse,
    teams_hook,
    telegram,
    uuid,
    vault_token,
    wandb_key,
)


def lead(r, lang, what, where):
    if lang != "en" and where.startswith("the "):
        where = where[4:]
    return pick(r, SECRET_LEAD[lang]).format(what=what, where=where)


def tail(r, lang):
    return pick(r, SECRET_TAIL[lang])


CHAT_SAY = {
    "en": ["here's the {what} for {where}", "use this {what} for {where}", "{what} for {where}, don't share"],
    "de": ["hier der {what} für {where}", "nimm diesen {what} für {where}"],
    "fr": ["voilà le {what} pour {where}", "prends ce {what} pour {where}"],
    "es": ["aquí tienes el {what} de {where}", "usa este {what} para {where}"],
    "ja": ["{where} の {what} です", "{where} はこの {what} を使って"],
    "zh": ["{where} 的 {what} 在这", "{where} 用这个 {what}"],
    "pt": ["segue o {what} do {where}", "usa esse {what} pro {where}"],
    "ru": ["вот {what} для {where}", "используй этот {what} для {where}"],
}


def framed(r, lang, what, where, value, sep=None):
    if r.random() < 0.12:  # a colleague pasting it into a chat message
        if lang != "en" and where.startswith("the "):
            where = where[4:]
        who = pick(r, NAMES[lang])
        say = pick(r, CHAT_SAY[lang]).format(what=what, where=where)
        return pick(r, ["%s  %s\n%s:\n%s", "[%s] %s: %s %s", "<%s> (%s) %s: %s"]) % (who, "%02d:%02d" % (r.randint(7, 22), r.randint(0, 59)), say, value)
    t = tail(r, lang)
    sep = sep if sep is not None else pick(r, [" ", "\n", "\n\n    "])
    out = lead(r, lang, what, where) + sep + value
    return out + ("\n" + t if t else "")


COMMENT = {"en": "#", "de": "#", "fr": "#", "es": "#", "ja": "#", "zh": "#", "pt": "#", "ru": "#"}
CMT = {
    "en": ["local overrides, not committed", "copied from the shared runner", "values for the lab box", "do not push"],
    "de": ["lokale Overrides, nicht einchecken", "vom gemeinsamen Runner kopiert", "Werte für den Laborrechner"],
    "fr": ["surcharges locales, ne pas committer", "copié depuis le runner partagé", "valeurs du poste de labo"],
    "es": ["overrides locales, no subir", "copiado del runner compartido", "valores del equipo del laboratorio"],
    "ja": ["ローカル用、コミットしない", "共有ランナーからコピー", "ラボ端末用の値"],
    "zh": ["本地覆盖，不要提交", "从共享 runner 复制", "实验室机器用的值"],
    "pt": ["overrides locais, não commitar", "copiado do runner compartilhado", "valores da máquina do laboratório"],
    "ru": ["локальные значения, не коммитить", "скопировано с общего раннера", "значения для стенда"],
}


def cmt(r, lang):
    return "# " + pick(r, CMT[lang])


# ---------------- ML experiment trackers and model hubs ----------------

def ml_tracker(r, lang):
    run = "%s-%s" % (pick(r, ["sft", "dpo", "pretrain", "distill", "asr", "vit", "rerank", "ctc"]), ident(r, 6))
    k = r.randrange(9)
    if k == 0:
        return framed(r, lang, "WANDB_API_KEY", "wandb (team %s)" % pick(r, ["vision", "speech", "llm-post", "recsys"]), "export WANDB_API_KEY=" + wandb_key(r))
    if k == 1:
        return "%s\nmachine api.wandb.ai\n  login user\n  password %s" % (cmt(r, lang), wandb_key(r))
    if k == 2:
        return ("import wandb\nwandb.login(key=\"%s\")\nrun = wandb.init(project=\"%s\", name=\"%s\", config=cfg)"
                % (wandb_key(r), pick(r, ["tabular-ranker", "whisper-ft", "detr-retail", "llm-judge"]), run))
    if k == 3:
        return framed(r, lang, "Comet API key", "comet.ml workspace %s" % ident(r, 5), "COMET_API_KEY=%s" % comet(r))
    if k == 4:
        return "%s\nneptune:\n  project: %s/%s\n  api_token: %s" % (cmt(r, lang), ident(r, 5), run, neptune(r))
    if k == 5:
        return framed(r, lang, "MLflow tracking URI", "the MLflow server", "MLFLOW_TRACKING_URI=https://mlflow:%s@mlflow.%s.int:5000" % (password(r), ident(r, 5)))
    if k == 6:
        return "MLFLOW_TRACKING_USERNAME=%s\nMLFLOW_TRACKING_PASSWORD=%s\nMLFLOW_EXPERIMENT_NAME=%s" % (ident(r, 6), password(r), run)
    if k == 7:
        return framed(r, lang, "Label Studio token", "annotation server", "curl -H 'Authorization: Token %s' https://label.%s.int/api/projects/%d/export?exportType=JSON" % (label_studio(r), ident(r, 4), r.randint(2, 90)), sep=" ")
    return "%s\nclearml:\n  api:\n    credentials:\n      access_key: \"%s\"\n      secret_key: \"%s\"" % (cmt(r, lang), s(r, UP + DG, 20), s(r, AN, 50))


def model_hub(r, lang):
    k = r.randrange(11)
    if k == 0:
        return framed(r, lang, "HF token", "the gated checkpoint download", "huggingface-cli login --token " + hf_token(r))
    if k == 1:
        return "HF_TOKEN=%s python -m evalharness.run --model %s --tasks %s --batch 16" % (hf_token(r), pick(r, ["org/base-7b", "lab/coder-13b", "team/ranker-v3"]), pick(r, ["gsm8k,arc", "mmlu", "humaneval", "internal_qa_v2"]))
    if k == 2:
        return "%s\nproviders:\n  openai:\n    api_key: %s\n    model: gpt-4o-mini\n    temperature: 0.0\n  anthropic:\n    api_key: %s\n    max_tokens: 1024" % (cmt(r, lang), openai_key(r), anthropic_key(r))
    if k == 3:
        return framed(r, lang, "judge model key", "the eval harness", "OPENAI_API_KEY=" + openai_key(r))
    if k == 4:
        return "client = Anthropic(api_key=\"%s\")  # %s" % (anthropic_key(r), pick(r, ["judge for pairwise eval", "only for the grader", "rate-limited key"]))
    if k == 5:
        return framed(r, lang, "Replicate token", "the image baseline", "REPLICATE_API_TOKEN=" + replicate(r))
    if k == 6:
        return "GROQ_API_KEY=%s\nMISTRAL_API_KEY=%s\nCOHERE_API_KEY=%s" % (groq(r), mistral(r), cohere(r))
    if k == 7:
        return framed(r, lang, "Roboflow key", "dataset export", "rf = Roboflow(api_key=\"%s\")\nproject = rf.workspace(\"%s\").project(\"%s\")" % (roboflow(r), ident(r, 6), pick(r, ["pallets", "weld-defects", "seedlings", "pcb-aoi"])))
    if k == 8:
        return framed(r, lang, "Scale API key", "labelling vendor", "SCALE_API_KEY=" + scale_live(r))
    if k == 9:
        return "[evaluator]\nbackend = \"openai\"\nbase_url = \"https://api.openai.com/v1\"\nkey = \"%s\"\nmax_tokens = 512\ntemperature = 0.2" % openai_key(r)
    return "from huggingface_hub import HfApi\napi = HfApi(token=\"%s\")\napi.upload_folder(folder_path=\"out/%s\", repo_id=\"%s/%s\")" % (hf_token(r), ident(r, 6), ident(r, 5), pick(r, ["segmenter", "ranker", "kw-spotter", "tts-small"]))


def data_platform(r, lang):
    k = r.randrange(10)
    if k == 0:
        return framed(r, lang, "Databricks token", "workspace adb-%s" % s(r, DG, 16), "DATABRICKS_TOKEN=" + databricks(r))
    if k == 1:
        return "[DEFAULT]\nhost = https://adb-%s.%d.azuredatabricks.net\ntoken = %s" % (s(r, DG, 16), r.randint(1, 19), databricks(r))
    if k == 2:
        return framed(r, lang, "Snowflake connection", "feature store", "snowflake://%s:%s@%s-%s/FEATURES/PUBLIC?warehouse=ML_WH&role=TRAINER" % (pick(r, ["svc_ml", "feast", "etl_loader"]), password(r), s(r, LO, 7), s(r, LO, 6)))
    if k == 3:
        return "%s\n{\"username\":\"%s\",\"key\":\"%s\"}" % (pick(r, ["~/.kaggle/kaggle.json:", "kaggle.json"]), ident(r, 8), s(r, HEX, 32))
    if k == 4:
        exp = 3600 * r.randint(1, 168)
        return framed(r, lang, "presigned URL", "the shard bucket", "https://%s.s3.eu-west-1.amazonaws.com/shards/train-%05d.tar?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20260%d1%d%%2Feu-west-1%%2Fs3%%2Faws4_request&X-Amz-Date=20260%d1%dT101500Z&X-Amz-Expires=%d&X-Amz-SignedHeaders=host&X-Amz-Signature=%s" % (ident(r, 7), r.randint(0, 4095), aws_akid(r), r.randint(1, 9), r.randint(0, 9), r.randint(1, 9), r.randint(0, 9), exp, s3_sig(r)), sep=" ")
    if k == 5:
        return "gsutil signed URL for the eval set:\nhttps://storage.googleapis.com/%s/evals/heldout.jsonl?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=%s%%40%s.iam.gserviceaccount.com%%2F20261103%%2Fauto%%2Fstorage%%2Fgoog4_request&X-Goog-Date=20261103T080000Z&X-Goog-Expires=86400&X-Goog-SignedHeaders=host&X-Goog-Signature=%s" % (ident(r, 8), ident(r, 6), ident(r, 7), gcs_sig(r))
    if k == 6:
        return framed(r, lang, "storage connection string", "the raw-events lake", "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (s(r, LO + DG, 12), azure_acct_key(r)))
    if k == 7:
        return "az storage blob download --account-name %s -c parquet -n day=%s/part-0.parquet --sas-token \"sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&st=2026-11-01T00:00:00Z&spr=https&sig=%s\"" % (s(r, LO, 10), date(r), s(r, AN, 43) + "%3D")
    if k == 8:
        return "%s\nAWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s\nAWS_DEFAULT_REGION=us-east-2" % (cmt(r, lang), aws_akid(r), aws_secret(r))
    return "spark.hadoop.fs.s3a.access.key %s\nspark.hadoop.fs.s3a.secret.key %s\nspark.hadoop.fs.s3a.session.token %s" % (aws_asia(r), aws_secret(r), b64(r, 240))


# ---------------- mobile release engineering ----------------

def android_signing(r, lang):
    store = pick(r, ["release.jks", "upload-keystore.jks", "app/keystore/prod.keystore", "signing/play-upload.p12"])
    alias = pick(r, ["upload", "release", "prod", "key0", "androidreleasekey"])
    k = r.randrange(7)
    if k == 0:
        return "%s\nstoreFile=%s\nstorePassword=%s\nkeyAlias=%s\nkeyPassword=%s" % (cmt(r, lang), store, password(r), alias, password(r))
    if k == 1:
        return "signingConfigs {\n    release {\n        storeFile file(\"%s\")\n        storePassword \"%s\"\n        keyAlias \"%s\"\n        keyPassword \"%s\"\n    }\n}" % (store, password(r), alias, password(r))
    if k == 2:
        return framed(r, lang, "keystore password", "the Play upload key", "keytool -list -v -keystore %s -alias %s -storepass %s" % (store, alias, password(r)), sep=" ")
    if k == 3:
        return "jarsigner -verbose -sigalg SHA256withRSA -digestalg SHA-256 -keystore %s -storepass '%s' -keypass '%s' app-release-unsigned.apk %s" % (store, password(r), password(r), alias)
    if k == 4:
        return "./gradlew bundleRelease -Pandroid.injected.signing.store.file=%s -Pandroid.injected.signing.store.password=%s -Pandroid.injected.signing.key.alias=%s -Pandroid.injected.signing.key.password=%s" % (store, password(r), alias, password(r))
    if k == 5:
        return framed(r, lang, "keystore as base64 and its password", "CI secrets", "ANDROID_KEYSTORE_PASSWORD=%s\nANDROID_KEYSTORE_BASE64=%s" % (password(r), b64(r, r.choice([300, 1400]))))
    return "apksigner sign --ks %s --ks-key-alias %s --ks-pass pass:%s --key-pass pass:%s --out app-signed.apk app-aligned.apk" % (store, alias, password(r), password(r))


def apple_release(r, lang):
    k = r.randrange(8)
    kid = s(r, UP + DG, 10)
    if k == 0:
        return framed(r, lang, "App Store Connect API key (AuthKey_%s.p8)" % kid, "release lane", pem(r, "PRIVATE KEY", 138), sep="\n")
    if k == 1:
        return "{\n  \"key_id\": \"%s\",\n  \"issuer_id\": \"%s\",\n  \"key\": \"%s\",\n  \"in_house\": false\n}" % (kid, uuid(r), pem(r, "PRIVATE KEY", 138).replace("\n", "\\n"))
    if k == 2:
        return framed(r, lang, "MATCH_PASSWORD", "the certificates repo", "MATCH_PASSWORD=%s\nMATCH_GIT_BASIC_AUTHORIZATION=%s" % (password(r), docker_auth(r, "ios-ci")))
    if k == 3:
        return framed(r, lang, "app-specific password", "altool / notarytool (%s@%s.com)" % (pick(r, ["release", "build", "mobile-ci"]), ident(r, 6)), app_specific(r), sep=" ")
    if k == 4:
        return "xcrun notarytool submit build/%s.zip --apple-id %s@%s.io --team-id %s --password %s --wait" % (pick(r, ["Viewer", "LabApp", "Console"]), pick(r, ["ci", "release"]), ident(r, 5), s(r, UP + DG, 10), app_specific(r))
    if k == 5:
        return "FASTLANE_USER=%s@%s.com\nFASTLANE_PASSWORD=%s\nFASTLANE_SESSION='---\\n- !ruby/object:HTTP::Cookie\\n  name: myacinfo\\n  value: %s\\n  domain: apple.com'" % (ident(r, 6), ident(r, 5), password(r), s(r, HEX, 160))
    if k == 6:
        return "security import dist.p12 -k ~/Library/Keychains/build.keychain -P '%s' -T /usr/bin/codesign\nsecurity unlock-keychain -p '%s' build.keychain" % (password(r), password(r))
    return framed(r, lang, "distribution certificate password", "the .p12 in the signing repo", "P12_PASSWORD=" + password(r))


def mobile_services(r, lang):
    k = r.randrange(8)
    if k == 0:
        return framed(r, lang, "FCM server key", "push to the beta group", "Authorization: key=" + firebase_server(r), sep=" ")
    if k == 1:
        sa = {"type": "service_account", "project_id": "%s-play" % ident(r, 5), "private_key_id": s(r, HEX, 40),
              "private_key": pem(r, "PRIVATE KEY", 1190) + "\n",
              "client_email": "play-publisher@%s.iam.gserviceaccount.com" % ident(r, 8), "client_id": s(r, DG, 21)}
        return "play-store-credentials.json:\n" + json.dumps(sa, indent=2)
    if k == 2:
        return framed(r, lang, "EXPO_TOKEN", "EAS builds", "EXPO_TOKEN=" + expo(r))
    if k == 3:
        return "CM_API_TOKEN=%s\ncurl -H \"x-auth-token: $CM_API_TOKEN\" https://api.codemagic.io/builds -d '{\"appId\":\"%s\",\"workflowId\":\"release\"}'" % (codemagic(r), s(r, HEX, 24))
    if k == 4:
        return framed(r, lang, "App Center token", "crash symbol uploads", "appcenter login --token " + s(r, HEX, 40), sep=" ")
    if k == 5:
        return "BITRISE_ACCESS_TOKEN=%s\nBITRISE_APP_SLUG=%s" % (s(r, URL_SAFE, 86), s(r, HEX, 16))
    if k == 6:
        return framed(r, lang, "Firebase CLI token", "distribution to testers", "firebase appdistribution:distribute app-release.apk --app 1:%s:android:%s --token \"1//%s\"" % (s(r, DG, 12), s(r, HEX, 16), s(r, URL_SAFE, 100)), sep=" ")
    return "sentry-cli --auth-token sntrys_%s upload-dif --org %s --project %s-ios build/dSYMs" % (s(r, AN, 120), ident(r, 6), ident(r, 5))


URL_SAFE = AN + "-_"


# ---------------- game development ----------------

def gamedev(r, lang):
    k = r.randrange(10)
    if k == 0:
        return "P4PORT=ssl:perforce.%s.int:1666\nP4USER=%s\nP4PASSWD=%s\nP4CLIENT=%s_ws" % (ident(r, 5), pick(r, ["buildfarm", "swarm", "ci_agent"]), password(r), ident(r, 6))
    if k == 1:
        return framed(r, lang, "p4 ticket", "build agent %s" % host(r), "perforce.%s.int:1666=%s:%s" % (ident(r, 5), pick(r, ["buildfarm", "ci_agent"]), p4_ticket(r)), sep=" ")
    if k == 2:
        return "steamcmd +login %s %s +run_app_build ../scripts/app_build_%d.vdf +quit" % (pick(r, ["studio_builder", "cd_uploader"]), password(r), r.randint(1000000, 2999999))
    if k == 3:
        return framed(r, lang, "Steam Web API publisher key", "partner.steamgames.com", "https://partner.steam-api.com/ISteamUser/CheckAppOwnership/v2/?key=%s&steamid=%s&appid=%d" % (steam_webapi(r), s(r, DG, 17), r.randint(1000000, 2999999)), sep=" ")
    if k == 4:
        return "[EpicOnlineServices]\nProductId=%s\nSandboxId=%s\nDeploymentId=%s\nClientId=xyza%s\nClientSecret=%s" % (s(r, HEX, 32), s(r, HEX, 32), s(r, HEX, 32), s(r, AN, 28), eos_secret(r))
    if k == 5:
        return framed(r, lang, "PlayFab developer secret key", "title %s" % s(r, UP + DG, 5), "X-SecretKey: " + playfab(r), sep=" ")
    if k == 6:
        return "UNITY_EMAIL=%s@%s.games\nUNITY_PASSWORD=%s\nUNITY_SERIAL=%s-%s-%s-%s-%s-%s" % (ident(r, 6), ident(r, 5), password(r), s(r, UP, 2), s(r, UP + DG, 4), s(r, UP + DG, 4), s(r, UP + DG, 4), s(r, UP + DG, 4), s(r, UP + DG, 4))
    if k == 7:
        return "[/Script/Engine.UrlDevice]\n; devkit %s\nDevkitUser=admin\nDevkitPassword=%s" % (ip(r), password(r))
    if k == 8:
        return framed(r, lang, "Discord webhook", "build notifications", discord_hook(r), sep=" ")
    return "BuildGraph -Target=\"Publish Client\" -set:StoreUser=%s -set:StorePass=%s -set:CdnKey=%s" % (pick(r, ["ci", "cdn-push"]), password(r), s(r, AN, 40))


# ---------------- embedded and firmware ----------------

def firmware(r, lang):
    k = r.randrange(10)
    if k == 0:
        return "%s\nCONFIG_ESP_WIFI_SSID=\"%s\"\nCONFIG_ESP_WIFI_PASSWORD=\"%s\"\nCONFIG_ESP_MAXIMUM_RETRY=5" % (cmt(r, lang), pick(r, ["LAB-IOT", "Bench-2G", "Factory_Line3"]), password(r))
    if k == 1:
        return framed(r, lang, "device connection string", "IoT Hub (%s)" % ident(r, 6), "HostName=%s.azure-devices.net;DeviceId=%s;SharedAccessKey=%s" % (ident(r, 7), pick(r, ["sensor-", "gw-", "pump-"]) + s(r, DG, 4), b64(r, 32)))
    if k == 2:
        return framed(r, lang, "device private key", "thing %s" % ident(r, 8), pem(r, "RSA PRIVATE KEY", 1190), sep="\n")
    if k == 3:
        return "/* provisioning for dev boards */\nstatic const uint8_t APPKEY[16] = { %s };\nstatic const char *APPKEY_HEX = \"%s\";" % (", ".join("0x" + s(r, HEX.upper(), 2) for _ in range(16)), lorawan_appkey(r))
    if k == 4:
        return framed(r, lang, "MQTT credentials", "the broker on %s" % ip(r), "mosquitto_pub -h %s -u %s -P '%s' -t lab/bench%d/cmd -m reboot" % (ip(r), pick(r, ["fw-test", "gateway", "bench"]), password(r), r.randint(1, 9)), sep=" ")
    if k == 5:
        return "particle login --token %s\nparticle flash %s firmware-%d.%d.bin" % (particle(r), ident(r, 8), r.randint(1, 4), r.randint(0, 30))
    if k == 6:
        return framed(r, lang, "balena API key", "fleet %s" % ident(r, 6), "BALENA_API_KEY=" + balena(r))
    if k == 7:
        return "#define WIFI_SSID \"%s\"\n#define WIFI_PASS \"%s\"\n#define OTA_PASSWORD \"%s\"" % (pick(r, ["devlab", "Shop-Floor", "QA_NET"]), password(r), password(r))
    if k == 8:
        return framed(r, lang, "secure boot signing key", "espsecure", pem(r, "EC PRIVATE KEY", 121), sep="\n")
    return "[golioth]\npsk_id = \"%s@%s\"\npsk = \"%s\"" % (ident(r, 8), ident(r, 6), s(r, AN, 32))


# ---------------- HPC and scientific computing ----------------

def hpc(r, lang):
    k = r.randrange(9)
    if k == 0:
        return framed(r, lang, "SLURM_JWT", "slurmrestd", "export SLURM_JWT=" + jwt(r), sep="\n")
    if k == 1:
        return "curl -s -H \"X-SLURM-USER-NAME: %s\" -H \"X-SLURM-USER-TOKEN: %s\" http://slurm.%s:6820/slurm/v0.0.40/jobs" % (ident(r, 6), jwt(r), ident(r, 4))
    if k == 2:
        return framed(r, lang, "Globus refresh token", "the transfer automation", json.dumps({"transfer.api.globus.org": {"refresh_token": globus_refresh(r), "access_token": s(r, AN, 50), "expires_at_seconds": 1790000000 + r.randrange(9999999)}}), sep="\n")
    if k == 3:
        return "~/.irods/irods_environment.json + password:\nirods_host=data.%s.org irods_user_name=%s irods_zone_name=%sZone\niinit %s" % (ident(r, 5), ident(r, 6), ident(r, 4).capitalize(), password(r))
    if k == 4:
        return framed(r, lang, "service account SSH key", "login node %s" % host(r), pem(r, "OPENSSH PRIVATE KEY", 900), sep="\n")
    if k == 5:
        return "sshpass -p '%s' rsync -av results/ %s@dtn.%s.edu:/scratch/%s/" % (password(r), ident(r, 6), ident(r, 5), ident(r, 6))
    if k == 6:
        return framed(r, lang, "JupyterHub API token", "the cluster hub", "JUPYTERHUB_API_TOKEN=" + s(r, HEX, 32))
    if k == 7:
        return "[instrument-archive]\nurl = https://archive.%s.org/api\nuser = beamline%d\npassword = %s" % (ident(r, 5), r.randint(1, 40), password(r))
    return framed(r, lang, "munge key (base64)", "new compute nodes", b64(r, 1024), sep="\n")


# ---------------- finance and trading ----------------

def trading(r, lang):
    k = r.randrange(9)
    if k == 0:
        return "APCA_API_KEY_ID=%s\nAPCA_API_SECRET_KEY=%s\nAPCA_API_BASE_URL=https://paper-api.alpaca.markets" % (alpaca_id(r), alpaca_secret(r))
    if k == 1:
        return framed(r, lang, "Binance API key and secret", "the market-making sandbox", "api_key=%s\napi_secret=%s" % (binance(r), binance(r)))
    if k == 2:
        sep = "\x01"
        msg = sep.join(["8=FIX.4.4", "9=%d" % r.randint(90, 140), "35=A", "49=%s" % pick(r, ["ACMEQ", "DESK7", "ALGOX"]), "56=%s" % pick(r, ["BROKERUAT", "LPEXEC"]), "34=1", "52=20261104-07:59:%02d.%03d" % (r.randint(0, 59), r.randint(0, 999)), "98=0", "108=30", "553=%s" % ident(r, 6), "554=%s" % password(r), "10=%03d" % r.randint(0, 255)]).replace(sep, "|")
        return framed(r, lang, "FIX logon", "the UAT session", msg, sep="\n")
    if k == 3:
        return framed(r, lang, "Polygon key", "tick backfill", "https://api.polygon.io/v2/aggs/ticker/%s/range/1/minute/2026-10-01/2026-10-31?apiKey=%s" % (pick(r, ["AAPL", "MSFT", "X:BTCUSD", "C:EURUSD"]), polygon(r)), sep=" ")
    if k == 4:
        return "PLAID_CLIENT_ID=%s\nPLAID_SECRET=%s\nPLAID_ENV=%s" % (s(r, HEX, 24), plaid_secret(r), pick(r, ["sandbox", "production"]))
    if k == 5:
        return framed(r, lang, "Coinbase Exchange key", "the hedging bot", "CB-ACCESS-KEY: %s\nCB-ACCESS-PASSPHRASE: %s\nsecret: %s" % (s(r, HEX, 32), s(r, LO + DG, 11), coinbase_secret(r)))
    if k == 6:
        return "ibgateway/jts.ini\n[IBGateway]\nTradingMode=paper\nIbLoginId=%s\nIbPassword=%s" % (ident(r, 8), password(r))
    if k == 7:
        return framed(r, lang, "Alpha Vantage key", "the research notebook", "ALPHAVANTAGE_API_KEY=" + s(r, UP + DG, 16))
    return "kdb+ gateway: h:hopen `:%s:%d:%s:%s" % (host(r), r.randint(5000, 5999), ident(r, 6), password(r))


# ---------------- bioinformatics ----------------

def bio(r, lang):
    k = r.randrange(9)
    if k == 0:
        return framed(r, lang, "NCBI API key", "the Entrez fetch step", "export NCBI_API_KEY=" + ncbi(r))
    if k == 1:
        return "~/.basespace/default.cfg\napiServer = https://api.basespace.illumina.com\naccessToken = %s" % basespace(r)
    if k == 2:
        return framed(r, lang, "DNAnexus token", "project-%s" % s(r, AN, 24), "dx login --token %s --noprojects" % dnanexus(r), sep=" ")
    if k == 3:
        return "[authentication]\nauthtoken = %s" % synapse(r)
    if k == 4:
        return framed(r, lang, "Seven Bridges token", "the CGC platform", "SB_AUTH_TOKEN=" + s(r, HEX, 32))
    if k == 5:
        return "params {\n  lims_url = 'postgresql://lims_ro:%s@lims-db.%s.int:5432/lims'\n  genome = 'GRCh38'\n}" % (password(r), ident(r, 5))
    if k == 6:
        return framed(r, lang, "Benchling API key", "the registry sync", "BENCHLING_API_KEY=sk_" + s(r, AN, 30))
    if k == 7:
        return "tower {\n  accessToken = '%s'\n  enabled = true\n}" % ("eyJ0aWQiOi" + s(r, AN, 40) + "=")
    return framed(r, lang, "Galaxy API key", "usegalaxy instance", "GALAXY_API_KEY=" + s(r, HEX, 32))


# ---------------- robotics and hardware labs ----------------

def robotics_lab(r, lang):
    k = r.randrange(10)
    if k == 0:
        return framed(r, lang, "camera stream URL", "the arm cell", "rtsp://%s:%s@%s:554/Streaming/Channels/101" % (pick(r, ["admin", "operator", "viewer"]), password(r), ip(r)), sep=" ")
    if k == 1:
        return "FOXGLOVE_API_KEY=%s\nfoxglove data import --device-id %s run_%s.mcap" % (foxglove(r), s(r, AN, 16), ident(r, 6))
    if k == 2:
        return framed(r, lang, "controller login", "the UR5e teach pendant (%s)" % ip(r), "user: admin  password: " + password(r), sep=" ")
    if k == 3:
        return "ipmitool -I lanplus -H %s -U %s -P '%s' chassis power cycle" % (ip(r), pick(r, ["ADMIN", "root", "labops"]), password(r))
    if k == 4:
        return framed(r, lang, "iDRAC password", "bench server %s" % host(r), "racadm -r %s -u root -p %s serveraction hardreset" % (ip(r), password(r)), sep=" ")
    if k == 5:
        return "snmpwalk -v3 -l authPriv -u %s -a SHA -A '%s' -x AES -X '%s' %s 1.3.6.1.2.1.1" % (pick(r, ["pdu-monitor", "labsnmp"]), password(r), password(r), ip(r))
    if k == 6:
        return framed(r, lang, "oscilloscope web login", "the EMC bench", "http://%s/ (admin / %s)" % (ip(r), password(r)), sep=" ")
    if k == 7:
        return "rosbridge:\n  port: 9090\n  authenticate: true\n  secret: \"%s\"" % s(r, AN, 32)
    if k == 8:
        return framed(r, lang, "fleet manager token", "the AMR fleet", "Authorization: Bearer " + jwt(r), sep="\n")
    return "network={\n    ssid=\"%s\"\n    psk=\"%s\"\n    key_mgmt=WPA-PSK\n}" % (pick(r, ["ROBOT-FIELD", "AGV-NET", "LabTest5G"]), password(r))


# ---------------- IT operations and help desk ----------------

def itops(r, lang):
    k = r.randrange(11)
    if k == 0:
        return framed(r, lang, "Okta API token", "the onboarding script", "Authorization: SSWS " + okta_token(r), sep=" ")
    if k == 1:
        return "AZURE_TENANT_ID=%s\nAZURE_CLIENT_ID=%s\nAZURE_CLIENT_SECRET=%s" % (uuid(r), uuid(r), azure_client_secret(r))
    if k == 2:
        return framed(r, lang, "Jamf API user", "jamf.%s.com" % ident(r, 5), "jamf_api / %s" % password(r), sep=" ")
    if k == 3:
        return "OP_SERVICE_ACCOUNT_TOKEN=" + op_service(r)
    if k == 4:
        return framed(r, lang, "Vault token", "the lab secrets engine", "VAULT_TOKEN=" + vault_token(r))
    if k == 5:
        return "JIRA_USER=%s@%s.com\nJIRA_API_TOKEN=%s" % (ident(r, 6), ident(r, 5), atlassian(r))
    if k == 6:
        return framed(r, lang, "Slack bot token", "the helpdesk bot", slack_bot(r), sep=" ")
    if k == 7:
        return "ldapsearch -x -H ldaps://dc01.%s.local -D \"CN=svc-helpdesk,OU=Service,DC=%s,DC=local\" -w '%s' \"(sAMAccountName=%s)\"" % (ident(r, 5), ident(r, 5), password(r), ident(r, 6))
    if k == 8:
        return framed(r, lang, "Teams webhook", "the on-call channel", teams_hook(r), sep=" ")
    if k == 9:
        return "net use Z: \\\\fs01\\lab-data /user:LAB\\%s %s /persistent:no" % (ident(r, 6), password(r))
    return framed(r, lang, "SendGrid key", "ticket notifications", "SENDGRID_API_KEY=" + sendgrid(r))


# ---------------- CI and shared build secrets ----------------

def ci_build(r, lang):
    k = r.randrange(12)
    if k == 0:
        return framed(r, lang, "GitHub token", "the release workflow", "GH_TOKEN=" + gh_pat(r))
    if k == 1:
        return "git clone https://%s:%s@github.com/%s/%s.git" % (ident(r, 6), gh_fine(r), ident(r, 6), pick(r, ["firmware", "asset-pipeline", "training-infra", "ios-app"]))
    if k == 2:
        return framed(r, lang, "GitLab token", "the model registry repo", "GITLAB_TOKEN=" + gl_pat(r))
    if k == 3:
        return "//registry.npmjs.org/:_authToken=%s\n@%s:registry=https://npm.pkg.github.com/" % (npm_token(r), ident(r, 5))
    if k == 4:
        return "[pypi]\nusername = __token__\npassword = %s" % pypi_token(r)
    if k == 5:
        return "{\n  \"auths\": {\n    \"%s.azurecr.io\": {\n      \"auth\": \"%s\"\n    }\n  }\n}" % (ident(r, 7), docker_auth(r))
    if k == 6:
        return framed(r, lang, "Telegram bot token", "build alerts", "https://api.telegram.org/bot%s/sendMessage?chat_id=-100%s" % (telegram(r), s(r, DG, 10)), sep=" ")
    if k == 7:
        return framed(r, lang, "Slack webhook", "the nightly eval report", slack_hook(r), sep=" ")
    if k == 8:
        return "GITHUB_APP_INSTALLATION_TOKEN=%s\nSLACK_USER_TOKEN=%s" % (gh_app(r), slack_user(r))
    if k == 9:
        return framed(r, lang, "Mapbox secret token", "the robot map tiles", "MAPBOX_DOWNLOADS_TOKEN=" + mapbox(r))
    if k == 10:
        return framed(r, lang, "Google Maps key", "the field app", "<meta-data android:name=\"com.google.android.geo.API_KEY\" android:value=\"%s\"/>" % google_key(r), sep="\n")
    return "twilio:\n  account_sid: AC%s\n  auth_token: %s\n  api_key: %s" % (s(r, HEX, 32), s(r, HEX, 32), "SK" + s(r, HEX, 32))


# ---------------- long notes carrying one credential deep inside ----------------

LOG_HEAD = {
    "en": ["Full runner log of job %s, for the postmortem:", "Output of %s before it died:", "log %s (unedited)"],
    "de": ["Vollständiges Runner-Log von Job %s:", "Ausgabe von %s vor dem Abbruch:"],
    "fr": ["Log complet du job %s :", "Sortie de %s avant l'échec :"],
    "es": ["Log completo del job %s:", "Salida de %s antes de fallar:"],
    "ja": ["ジョブ %s のランナーログ全文:", "%s が落ちる前の出力:"],
    "zh": ["任务 %s 的完整 runner 日志：", "%s 挂掉之前的输出："],
    "pt": ["Log completo do job %s:", "Saída de %s antes de falhar:"],
    "ru": ["Полный лог джоба %s:", "Вывод %s перед падением:"],
}


def long_with_secret(r, lang):
    steps = []
    n = r.randint(14, 48)
    for i in range(n):
        steps.append("[%s] %s" % ("%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)), pick(r, [
            "step %d/%d: syncing assets from depot" % (i, n), "compiled %d shaders (%d cached)" % (r.randint(100, 9000), r.randint(0, 900)),
            "epoch %d loss=%.4f val_loss=%.4f" % (i, r.uniform(0.1, 2), r.uniform(0.1, 2)), "flashing bank %d at 0x%08x" % (r.randint(0, 3), r.randrange(2**31)),
            "downloaded shard %05d (%d MB)" % (r.randint(0, 4000), r.randint(90, 900)), "queued job %d on partition %s" % (r.randint(100000, 999999), pick(r, ["gpu", "bigmem", "debug"])),
            "uploaded dSYM %s" % uuid(r), "sample %s: %d reads, %.1f%% mapped" % (ident(r, 6), r.randint(10**6, 10**8), r.uniform(80, 99.9))])))
    secret_line = pick(r, [
        "env: WANDB_API_KEY=%s" % wandb_key(r),
        "using credentials AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s" % (aws_akid(r), aws_secret(r)),
        "p4 login ok: ticket %s" % p4_ticket(r),
        "export HF_TOKEN=%s" % hf_token(r),
        "storePassword=%s keyPassword=%s" % (password(r), password(r)),
        "Authorization: Bearer %s" % jwt(r),
        "DATABRICKS_TOKEN=%s" % databricks(r),
        "mongodb+srv://%s:%s@cluster0.%s.mongodb.net/telemetry" % (ident(r, 6), password(r), s(r, LO + DG, 5)),
        "postgres://%s:%s@%s:5432/%s" % (pick(r, ["etl", "ml_reader", "trader"]), password(r), host(r), pick(r, ["features", "ticks", "lims"])),
        "redis://:%s@%s:6379/2" % (password(r), host(r)),
    ])
    steps.insert(r.randint(3, len(steps) - 2), "[%02d:%02d:%02d] %s" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), secret_line))
    head = pick(r, LOG_HEAD[lang]) % pick(r, ["#%d" % r.randint(1000, 9999), ident(r, 6), host(r)])
    return head + "\n" + "\n".join(steps)


SECRET_CATS = [
    ("sec_ml_tracker_tokens", "ml", ml_tracker, 75),
    ("sec_model_hub_and_judge_keys", "ml", model_hub, 75),
    ("sec_data_platform_access", "data", data_platform, 75),
    ("sec_android_keystore", "mobile", android_signing, 75),
    ("sec_apple_signing_and_connect", "mobile", apple_release, 75),
    ("sec_mobile_build_services", "mobile", mobile_services, 65),
    ("sec_gamedev_accounts", "gamedev", gamedev, 75),
    ("sec_firmware_device_keys", "embedded", firmware, 75),
    ("sec_hpc_cluster_tokens", "hpc", hpc, 75),
    ("sec_broker_and_exchange_keys", "finance", trading, 75),
    ("sec_bio_platform_tokens", "bio", bio, 75),
    ("sec_robot_and_lab_equipment", "robotics", robotics_lab, 75),
    ("sec_itops_admin_credentials", "itops", itops, 75),
    ("sec_ci_shared_tokens", "cross", ci_build, 65),
    ("sec_long_logs_one_credential", "cross", long_with_secret, 20),
]
