"""Benign lines for blind26: ordinary engineering text of specialised teams, with the hard twins that talk
about models, prompts, tokens and credentials without carrying any (configs with max_tokens and temperature,
dataset cards describing prompt fields, eval reports, runbooks naming where a key lives, masked values,
digests and fingerprints that are not secrets, an agent's own report, one author's e-mail or notes)."""

from _b26lang import BENIGN_WHERE, NAMES, frame
from _b26more import MORE, agent_more, nf_process, single_more
from _b26rand import DG, HEX, UP, clock, date, host, ident, ip, pick, s, sha, uuid

DOMAIN = {"now": "cross"}  # the domain of the category being drawn, for the repository a frame names


def wrap(r, lang, x, body):
    """Frame a block in a note (generate.py then leaves it unframed, so no line is framed twice)."""
    if lang == "en" and r.random() < 0.6:
        return body
    if lang != "en" and x.startswith("the "):
        x = x[4:]
    return frame(r, lang, body, x=x, domain=DOMAIN["now"])


# 1 training configs with model words
def training_config(r, lang):
    k = r.randrange(4)
    if k == 0:
        body = "model:\n  name: %s\n  max_position_embeddings: %d\n  vocab_size: %d\ntraining:\n  lr: %s\n  warmup_steps: %d\n  batch_tokens: %d\n  grad_clip: 1.0\ngeneration:\n  temperature: %.1f\n  top_p: %.2f\n  max_new_tokens: %d\n  stop: [\"</s>\"]\nlogging:\n  wandb_project: %s\n  api_key: ${WANDB_API_KEY}" % (
            pick(r, ["decoder-1b3", "ranker-base", "asr-conformer-m", "vit-l16"]), r.choice([2048, 4096, 8192]), r.choice([32000, 50257, 128256]), pick(r, ["3e-4", "1e-4", "6e-5"]), r.randint(100, 4000), r.choice([524288, 1048576]), r.choice([0.0, 0.2, 0.7, 1.0]), r.choice([0.9, 0.95, 1.0]), r.choice([128, 256, 512, 1024]), pick(r, ["pretrain", "sft-run", "asr"]))
    elif k == 1:
        body = "[sampling]\ntemperature = %.2f\nmax_tokens = %d\nfrequency_penalty = 0.0\nn_completions = %d\n\n[judge]\nmodel = \"%s\"\nprompt_template = \"templates/pairwise_v%d.jinja\"\napi_key_env = \"JUDGE_API_KEY\"" % (r.choice([0.0, 0.3, 0.8]), r.choice([256, 512, 2048]), r.randint(1, 16), pick(r, ["gpt-4o-2024-08-06", "claude-3-5-sonnet", "internal-judge-v2"]), r.randint(1, 5))
    elif k == 2:
        body = "python train.py --model_name_or_path %s --dataset %s --max_seq_length %d --per_device_train_batch_size %d --gradient_accumulation_steps %d --learning_rate %s --num_train_epochs %d --bf16 --report_to wandb --run_name %s" % (pick(r, ["org/base-7b", "meta/llama-3-8b", "local/ckpt-48000"]), pick(r, ["data/sft_mix_v4", "hf:team/support-dialogs", "s3://bucket/prefs"]), r.choice([2048, 4096]), r.choice([1, 2, 4, 8]), r.choice([4, 8, 16]), pick(r, ["2e-5", "1e-4"]), r.randint(1, 3), ident(r, 8))
    elif k == 3 and r.random() < 0.5:
        body = "task: %s\ndataset_path: %s\nprompt_field: prompt\nprompt_template_file: prompts/%s.txt\nfewshot: %d\nfewshot_split: dev\nmetric_list:\n  - metric: %s\ngeneration_kwargs:\n  max_gen_toks: %d\n  temperature: 0.0\n  until: [\"\\n\\n\"]" % (pick(r, ["lab_qa", "fw_triage", "trade_intent", "bio_methods"]), pick(r, ["data/eval/heldout.jsonl", "hf://team/eval-set"]), ident(r, 6), r.choice([0, 3, 5]), pick(r, ["exact_match", "f1", "rougeL"]), r.choice([64, 256]))
    else:
        body = "GenerationConfig(do_sample=True, temperature=%.1f, top_k=%d, max_new_tokens=%d, repetition_penalty=%.2f, pad_token_id=tokenizer.eos_token_id)" % (r.choice([0.6, 0.7, 0.9]), r.choice([20, 40, 50]), r.choice([64, 200, 400]), r.choice([1.0, 1.05, 1.1]))
    return wrap(r, lang, pick(r, ["the sampling config", "run %s" % ident(r, 6), "the SFT run"]), body)


# 2 dataset cards describing prompt fields without their text
def dataset_card(r, lang):
    name = "%s-%s" % (pick(r, ["support", "code", "lab-qa", "robot-instr", "trader-intent", "bio-qa"]), pick(r, ["prefs", "sft", "eval", "v2", "mini"]))
    n = r.randint(1000, 900000)
    fields = [("prompt", "string", "the request shown to the model; collected from opted-in internal users, de-identified"),
              ("chosen", "string", "the response raters preferred"), ("rejected", "string", "the response raters did not prefer"),
              ("source", "string", "which tool the request came from"), ("lang", "string", "ISO 639-1 code"),
              ("n_tokens", "int", "prompt length under the v3 tokenizer"), ("split", "string", "train / validation / test")]
    picked = r.sample(fields, r.randint(3, 6))
    body = "# Dataset card: %s\n\n%d rows, %s. %s\n\n## Fields\n%s\n\n## Intended use\n%s" % (
        name, n, pick(r, ["English and German", "8 languages", "English only", "mostly Japanese"]),
        pick(r, ["No prompts or responses are reproduced in this card.", "Examples are in the private viewer, not here.", "Personal data was removed before release."]),
        "\n".join("- `%s` (%s): %s" % f for f in picked),
        pick(r, ["Reward-model training and offline eval only.", "Fine-tuning the support assistant; not for benchmarking.", "Held-out evaluation; never train on the test split."]))
    return wrap(r, lang, name, body)


# 3 eval reports with scores
def eval_report(r, lang):
    models = r.sample(["baseline", "sft-v3", "dpo-v1", "dpo-v2", "distill-1b", "ckpt-52k", "ckpt-48k"], r.randint(2, 4))
    tasks = r.sample(["gsm8k", "mmlu", "humaneval", "internal_qa", "tool_use", "safety_refusals", "long_ctx_32k", "asr_wer"], r.randint(2, 5))
    rows = ["| model | " + " | ".join(tasks) + " |", "|---" * (len(tasks) + 1) + "|"]
    for m in models:
        rows.append("| %s | " % m + " | ".join("%.1f" % r.uniform(20, 90) for _ in tasks) + " |")
    tail = pick(r, ["Judge: %s, temperature 0, 3 seeds; win rate vs baseline %.1f%% ± %.1f." % (pick(r, ["gpt-4o", "internal judge"]), r.uniform(40, 70), r.uniform(0.5, 3)),
                    "Average output length went from %d to %d tokens; the judge prefers longer answers, so read the win rate with care." % (r.randint(150, 300), r.randint(300, 600)),
                    "Refusal rate on the red-team set: %.1f%% (was %.1f%%). Prompts are in the restricted bucket, not in this report." % (r.uniform(80, 99), r.uniform(60, 95)),
                    "Red-team set v%d: %d cases in %d categories (injection, jailbreak, unsafe lab procedures, impersonation); the cases stay in the restricted bucket." % (r.randint(2, 9), r.randint(100, 900), r.randint(4, 8)),
                    "Mean completion length %d tokens, p95 %d; %d generations truncated at max_tokens." % (r.randint(100, 400), r.randint(500, 2000), r.randint(0, 90))])
    return wrap(r, lang, "eval %s" % date(r), "\n".join(rows) + "\n\n" + tail)


# 4 tokenizer notes
def tokenizer_note(r, lang):
    body = pick(r, [
        "Tokenizer v%d: vocab %d, byte fallback on, %d merges. Special tokens: <s>, </s>, <pad>, <|im_start|>, <|im_end|>. German text now averages %.2f tokens per word (was %.2f)." % (r.randint(2, 5), r.choice([32000, 64000, 100277]), r.randint(30000, 99000), r.uniform(1.3, 1.9), r.uniform(1.8, 2.5)),
        "Why token counts differ between the trainer and the eval harness: the harness adds BOS, the trainer does not. Fix in PR #%d; counts now match within 0.1%%." % r.randint(100, 3000),
        "tokens/s by sequence length:\n 512  %d\n2048  %d\n8192  %d" % (r.randint(9000, 12000), r.randint(6000, 9000), r.randint(2000, 5000)),
        "`tokenizer.json` sha256 %s — pin this hash in the model card so downstream users load the same vocabulary." % sha(r, 64),
        "Chat template maps roles to <|im_start|>system / user / assistant; the template itself is in tokenizer_config.json, we don't copy its text into docs.",
        "Max context %d tokens; prompts longer than %d are truncated from the left, which keeps the question and drops early context." % (lambda c: (c, c - r.choice([256, 512, 1024])))(r.choice([4096, 8192, 32768])),
    ])
    return wrap(r, lang, "the tokenizer", body)


# 5 experiment-tracker run logs
def run_log(r, lang):
    lines = []
    step = r.randint(0, 5000)
    for _ in range(r.randint(3, 25)):
        step += r.choice([50, 100, 500])
        lines.append("step %d | loss %.4f | lr %.2e | tokens/s %d | grad_norm %.2f" % (step, r.uniform(0.8, 3), r.uniform(1e-5, 3e-4), r.randint(20000, 90000), r.uniform(0.2, 2)))
    head = pick(r, ["wandb: Syncing run %s (%s)" % (pick(r, ["glorious-sky-%d", "amber-wave-%d", "quiet-river-%d"]) % r.randint(1, 400), ident(r, 8)),
                    "mlflow run_id=%s experiment=%s" % (s(r, HEX, 32), pick(r, ["sft", "asr", "ranker"])),
                    "comet: experiment %s/%s" % (ident(r, 6), s(r, HEX, 32))])
    ckpt = "saved checkpoint-%d (sha256 %s)" % (step, sha(r, 64))
    return wrap(r, lang, "run %s" % ident(r, 6), head + "\n" + "\n".join(lines) + "\n" + ckpt)


# 6 feature stores and data pipelines
def data_pipeline(r, lang):
    k = r.randrange(6)
    if k == 4:
        return wrap(r, lang, "the pipeline", "great_expectations checkpoint sensors_daily: %d expectations, %d failed (expect_column_values_to_be_between on temp_c: %d rows outside -40..125)." % (r.randint(10, 60), r.randint(0, 3), r.randint(0, 500)))
    if k == 5:
        return wrap(r, lang, "the pipeline", "Kafka topic %s: %d partitions, retention %d h, consumer lag of %s peaked at %d messages during the backfill; it recovered in %d min." % (pick(r, ["telemetry.raw", "lab.results", "ticks.norm"]), r.choice([12, 24, 48]), r.choice([24, 72, 168]), pick(r, ["feature-writer", "lake-sink"]), r.randint(1000, 9000000), r.randint(2, 90)))
    if k == 0:
        body = "driver_stats = FeatureView(\n    name=\"%s\",\n    entities=[%s],\n    ttl=timedelta(days=%d),\n    schema=[Field(name=\"%s\", dtype=Float32), Field(name=\"%s\", dtype=Int64)],\n    source=%s,\n)" % (pick(r, ["sensor_stats", "trader_activity", "device_health"]), pick(r, ["sensor", "trader", "device"]), r.randint(1, 30), pick(r, ["avg_temp_7d", "fill_rate", "crash_rate"]), pick(r, ["events_24h", "orders_1h", "reboots_7d"]), pick(r, ["snowflake_source", "parquet_source", "kafka_source"]))
    elif k == 1:
        body = "with DAG(\"%s\", schedule=\"%s\", catchup=False) as dag:\n    extract = PythonOperator(task_id=\"extract\", python_callable=extract_day)\n    load = SnowflakeOperator(task_id=\"load\", snowflake_conn_id=\"snowflake_default\", sql=\"sql/load.sql\")\n    extract >> load" % (pick(r, ["telemetry_daily", "lab_results_sync", "ticks_eod"]), pick(r, ["@daily", "0 3 * * *", "@hourly"]))
    elif k == 2:
        body = "Backfill of %s finished: %d partitions, %.1f TB scanned, %d rows rejected by the schema check (null device_id). Connection uses the `%s` profile from the secrets manager." % (pick(r, ["events", "features_v3", "lab_measurements"]), r.randint(30, 900), r.uniform(0.2, 40), r.randint(0, 5000), pick(r, ["etl_loader", "feast_ro"]))
    else:
        body = "select sensor_id, avg(value) over (partition by sensor_id order by ts range between interval '7 days' preceding and current row) as avg_7d\nfrom {{ ref('stg_readings') }}\nwhere ts >= '{{ var(\"start\") }}'"
    return wrap(r, lang, "the pipeline", body)


# 7 mobile signing runbooks and masked values
MOBILE_SLOTS = [("keystore password", "Android release", "ANDROID_KEYSTORE_PASSWORD"), ("App Store Connect key", "iOS release", "ASC_KEY_P8"),
                ("MATCH_PASSWORD", "iOS signing", "MATCH_PASSWORD"), ("key password", "Android release", "ANDROID_KEY_PASSWORD")]
MOBILE_SLOTS_EN = [("App Store Connect API key", "iOS release", "ASC_KEY_P8"), ("Play upload keystore password", "Android release", "ANDROID_KEYSTORE_PASSWORD"),
                   ("Firebase service account", "beta distribution", "FIREBASE_SA_JSON"), ("Play Console service account JSON", "Android release", "PLAY_JSON_KEY"),
                   ("match repository passphrase", "iOS signing", "MATCH_PASSWORD"), ("TestFlight API key", "beta distribution", "ASC_KEY_P8")]


def mobile_runbook(r, lang):
    if lang != "en" and r.random() < 0.6:
        what, where, var = pick(r, MOBILE_SLOTS)
        return pick(r, BENIGN_WHERE[lang]).format(what=what, where=where, path="mobile/%s" % ident(r, 5), date=date(r), var=var)
    k = r.randrange(6)
    if k == 0:
        mask = pick(r, ["********", "<redacted>", "${KEYSTORE_PASSWORD}", "(see vault)", "xxxxxxxx", "REPLACE_ME"])
        return "storeFile=%s\nstorePassword=%s\nkeyAlias=%s\nkeyPassword=%s\n%s" % (
            pick(r, ["release.jks", "upload-keystore.jks", "signing/prod.keystore"]), mask, pick(r, ["upload", "release", "key0"]), mask,
            pick(r, ["# real values come from the CI secret store; never commit them", "# template only; CI writes the real file at build time", "# copy to keystore.properties and fill in locally"]))
    if k == 1:
        return "signingConfigs {\n    release {\n        storeFile file(System.getenv(\"KEYSTORE_PATH\"))\n        storePassword System.getenv(\"KEYSTORE_PASSWORD\")\n        keyAlias \"upload\"\n        keyPassword System.getenv(\"KEY_PASSWORD\")\n    }\n}"
    if k == 2:
        fp = ":".join(s(r, HEX.upper(), 2) for _ in range(32))
        return "Upload key certificate SHA-256 fingerprint (public, paste it into the Play Console and the API provider's allow list):\n%s" % fp
    if k == 3:
        return "Provisioning profile %s (team %s) expires %s. Renew with `fastlane match appstore --readonly false`; MATCH_PASSWORD is in 1Password under 'iOS signing'." % (uuid(r).upper(), s(r, UP + DG, 10), date(r))
    if k == 4:
        what, where, var = pick(r, MOBILE_SLOTS_EN)
        return pick(r, BENIGN_WHERE["en"]).format(what=what, where=where, path="vault://mobile/%s" % ident(r, 5), date=date(r), var=var)
    return "Release 4.%d checklist: bump versionCode to %d, tag, run `bundle exec fastlane android deploy track:internal`, wait for Play review, check crash-free users ≥ 99.5%% before 20%% rollout." % (r.randint(1, 30), r.randint(4000, 9000))


# 8 game-dev build farm
def gamedev_build(r, lang):
    cl = r.randint(100000, 999999)
    body = pick(r, [
        "Build %d @CL%d: Cook %s %.1f min, %d shaders compiled (%d from DDC), pak %s %.2f GB, result %s." % ((r.randint(1000, 9999), cl, pick(r, ["PS5", "XSX", "Win64", "Switch"]), r.uniform(10, 90)) + (lambda n: (n, r.randint(0, n)))(r.randint(100, 30000)) + (pick(r, ["pakchunk0", "pakchunk3"]), r.uniform(1, 40), pick(r, ["SUCCESS", "FAILED (cook error)", "SUCCESS with warnings"]))),
        "p4 sync //depot/Game/Content/...@%d\np4 changes -m 5 //depot/Game/...\nChange %d on %s by %s@ws_%s 'Lighting pass for the market district'" % (cl, cl - r.randint(1, 50), date(r), ident(r, 6), ident(r, 5)),
        "Asset pipeline: textures over 4096 px are now rejected on check-in; the validator reports the path and the size. %d assets fixed by art this sprint." % r.randint(10, 900),
        "Certification pre-check: suspend/resume ok, save data size %.1f MB, trophies unlocked in test build, no network calls before user consent." % r.uniform(1, 40),
        "Frame timing on %s, market area: game %.1f ms, render %.1f ms, GPU %.1f ms. Crowd LOD bias now 1.5." % (pick(r, ["handheld", "base console", "min-spec PC"]), r.uniform(8, 30), r.uniform(8, 30), r.uniform(10, 35)),
        "Build agent %s: DDC share mounted at \\\\ddc01\\shared, %d GB free; credentials for the share are machine-level, set by IT, not in the agent config." % (host(r), r.randint(50, 900)),
    ])
    return wrap(r, lang, "the build farm", body)


# 9 firmware serial logs with digests and addresses
def serial_log(r, lang):
    lines = ["ESP-ROM:esp32s3-20210327", "rst:0x1 (POWERON),boot:0x8 (SPI_FAST_FLASH_BOOT)", "I (%d) boot: ESP-IDF v5.%d 2nd stage bootloader" % (r.randint(20, 40), r.randint(0, 3)),
             "I (%d) boot: secure boot v2 enabled, key digest %s" % (r.randint(40, 90), sha(r, 64)),
             "I (%d) esp_image: segment 0: paddr=%08x vaddr=%08x size=%05xh" % (r.randint(90, 200), r.randrange(2**24), 0x3C000000 + r.randrange(2**20), r.randrange(2**20)),
             "I (%d) app: firmware %d.%d.%d, sha256 %s" % (r.randint(200, 500), r.randint(1, 4), r.randint(0, 20), r.randint(0, 99), sha(r, 64)),
             "I (%d) wifi: connected to %s, rssi %d, ip %s" % (r.randint(900, 3000), pick(r, ["LAB-IOT", "Bench-2G"]), -r.randint(40, 80), ip(r)),
             "I (%d) mqtt: connected to mqtts://broker.%s.int:8883 (client cert from NVS)" % (r.randint(3000, 6000), ident(r, 5)),
             "E (%d) sensor: i2c timeout at 0x%02x, retry %d" % (r.randint(6000, 9000), r.randint(8, 120), r.randint(1, 3))]
    start = r.randint(0, 3)
    body = "\n".join(lines[start:start + r.randint(3, 9)])
    if r.random() < 0.3:
        body = "Hard fault on rev C: PC=0x%08X LR=0xFFFFFFF9 CFSR=0x%08X\nStack: %s" % (0x08000000 + r.randrange(2**18), r.randrange(2**16), " ".join("%08x" % r.randrange(2**32) for _ in range(r.randint(4, 12))))
    return wrap(r, lang, "board %s" % s(r, HEX.upper(), 6), body)


# 10 HPC job scripts and scheduler output
def hpc_job(r, lang):
    k = r.randrange(5)
    if k == 3:
        return wrap(r, lang, "the cluster", "sinfo -p gpu\nPARTITION AVAIL  TIMELIMIT  NODES  STATE NODELIST\ngpu          up 2-00:00:00     %d  alloc gpu[%02d-%02d]\ngpu          up 2-00:00:00      %d   idle gpu[%02d-%02d]\ngpu          up 2-00:00:00      %d  drain gpu%02d" % (r.randint(10, 40), 1, r.randint(10, 40), r.randint(0, 6), 41, r.randint(42, 48), 1, r.randint(49, 60)))
    if k == 4:
        return wrap(r, lang, "the cluster", "Maintenance %s: Lustre upgrade to 2.15, new CUDA default %s, scratch purge of files older than %d days. Jobs that cannot finish before 06:00 will stay pending; the reservation is called maint_%s." % (date(r), pick(r, ["12.4", "12.6"]), r.choice([30, 60, 90]), ident(r, 4)))
    if k == 0:
        body = "#!/bin/bash\n#SBATCH --job-name=%s\n#SBATCH --partition=%s\n#SBATCH --nodes=%d\n#SBATCH --gpus-per-node=%d\n#SBATCH --time=%02d:00:00\n#SBATCH --account=%s\nmodule load %s\nsrun python train.py --config configs/%s.yaml" % (pick(r, ["md-sim", "cryoem", "train-asr", "climate-ens"]), pick(r, ["gpu", "bigmem", "debug"]), r.randint(1, 32), r.choice([1, 4, 8]), r.randint(1, 48), "proj%04d" % r.randint(1, 9999), pick(r, ["cuda/12.4 openmpi/4.1", "gromacs/2024.2", "python/3.11"]), ident(r, 6))
    elif k == 1:
        body = "       JobID    JobName  Partition    Elapsed      State ExitCode\n" + "\n".join("%12d %10s %10s   %s %10s      %d:0" % (r.randint(800000, 999999), pick(r, ["train", "relion", "vasp", "align"]), pick(r, ["gpu", "cpu"]), "%02d:%02d:%02d" % (r.randint(0, 47), r.randint(0, 59), r.randint(0, 59)), pick(r, ["COMPLETED", "FAILED", "TIMEOUT", "OUT_OF_ME+"]), r.randint(0, 1)) for _ in range(r.randint(2, 6)))
    else:
        body = "Beamline %d detector: %d frames at %.1f Hz, written to /archive/run_%d/ (%.1f TB). Transfer to the cluster uses the Globus endpoint; the automation's token is managed by the facility, users never handle it." % (r.randint(1, 40), r.randint(1000, 900000), r.uniform(10, 500), r.randint(1, 400), r.uniform(0.1, 30))
    return wrap(r, lang, "the cluster", body)


# 11 trading ops
def trading_ops(r, lang):
    k = r.randrange(6)
    if k == 4:
        return wrap(r, lang, "the desk", "kdb: select vwap:size wavg price, n:count i by sym from trade where date=%s, time within 09:30 16:00\nsym  | vwap     n\n----| ----------\n%s" % (date(r).replace("-", "."), "\n".join("%-4s| %.4f %d" % (pick(r, ["AAPL", "MSFT", "VOD", "SAP"]), r.uniform(20, 400), r.randint(1000, 90000)) for _ in range(r.randint(2, 5)))))
    if k == 5:
        return wrap(r, lang, "the desk", "Incident %s: market-data gap of %d ms on the %s feed at %s UTC; strategies paused by the stale-price guard, resumed after %d s. No orders sent on stale prices." % (date(r), r.randint(200, 9000), pick(r, ["ITCH", "OPRA", "EBS"]), clock(r), r.randint(5, 120)))
    if k == 0:
        body = "8=FIX.4.4|9=%d|35=D|49=DESK7|56=BROKERUAT|34=%d|52=20261104-09:%02d:%02d|11=%s|55=%s|54=%d|38=%d|40=2|44=%.2f|59=0|10=%03d" % (r.randint(100, 200), r.randint(2, 9999), r.randint(0, 59), r.randint(0, 59), ident(r, 10).upper(), pick(r, ["VOD.L", "SAP.DE", "7203.T", "AAPL"]), r.randint(1, 2), r.randint(1, 900) * 100, r.uniform(10, 400), r.randint(0, 255))
    elif k == 1:
        body = "FIX logon for the UAT session: 553=%s, 554=<from vault: fix/uat/desk7>. Heartbeat 30 s. Sequence reset at 07:00 UTC." % ident(r, 6)
    elif k == 2:
        body = "Risk EOD %s: gross %.1fm, net %.1fm, VaR(99) %.2fm, largest position %s; limit breaches: %s." % (date(r), r.uniform(50, 900), r.uniform(-50, 50), r.uniform(0.5, 9), pick(r, ["DE10Y fut", "EURUSD", "NVDA"]), pick(r, ["none", "duration (resolved 14:20)"]))
    else:
        body = "Backtest %s: Sharpe %.2f gross / %.2f net, turnover %.1fx per day, max drawdown %.1f%%, costs 1.5 bp per side. The broker API key used for paper trading is in the team vault; the research notebook reads it from the environment." % (ident(r, 6), r.uniform(0.5, 3), r.uniform(-0.5, 2), r.uniform(1, 40), r.uniform(2, 30))
    return wrap(r, lang, "the desk", body)


# 12 bioinformatics pipelines with sequences and quality strings
def bio_pipeline(r, lang):
    k = r.randrange(4)
    if k == 0:
        seq = s(r, "ACGT", 76)
        qual = s(r, "FFFF:,F:FFFFFF:FFF", 76)
        body = "@%s:%d:%s:%d:%d:%d:%d 1:N:0:%s\n%s\n+\n%s" % (pick(r, ["A00123", "NB551", "VH00456"]), r.randint(1, 900), s(r, UP + DG, 9), r.randint(1, 4), r.randint(1000, 9999), r.randint(1000, 30000), r.randint(1000, 30000), s(r, "ACGT", 8), seq, qual)
    elif k == 1:
        body = nf_process(r)
    elif k == 2:
        body = "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n" + "\n".join("chr%d\t%d\t.\t%s\t%s\t%.1f\tPASS\tDP=%d;AF=%.2f" % ((r.randint(1, 22), r.randint(10**5, 10**8)) + tuple(r.sample("ACGT", 2)) + (r.uniform(30, 900), r.randint(10, 200), r.uniform(0.05, 1))) for _ in range(r.randint(2, 6)))
    else:
        body = "Sample_ID,Sample_Name,index,index2,Project\n" + "\n".join("S%03d,%s,%s,%s,%s" % (i, ident(r, 6), s(r, "ACGT", 8), s(r, "ACGT", 8), pick(r, ["RNAseq_24", "WGS_pilot"])) for i in range(1, r.randint(3, 9)))
    return wrap(r, lang, "the sequencing run", body)


# 13 robotics configs
def robotics_cfg(r, lang):
    k = r.randrange(6)
    if k == 3:
        return wrap(r, lang, "the robot", "<joint name=\"wrist_%d\" type=\"revolute\">\n  <parent link=\"forearm\"/>\n  <child link=\"wrist_link_%d\"/>\n  <origin xyz=\"0 0 %.3f\" rpy=\"0 0 0\"/>\n  <limit lower=\"%.2f\" upper=\"%.2f\" effort=\"%d\" velocity=\"%.1f\"/>\n</joint>" % (r.randint(1, 3), r.randint(1, 3), r.uniform(0.05, 0.4), -r.uniform(1, 3.14), r.uniform(1, 3.14), r.randint(10, 150), r.uniform(0.5, 3)))
    if k == 4:
        return wrap(r, lang, "the robot", "ros2 bag info run_%s\nDuration: %.1fs\nMessages: %d\nTopic: /scan | Type: sensor_msgs/msg/LaserScan | Count: %d\nTopic: /odom | Type: nav_msgs/msg/Odometry | Count: %d\nTopic: /tf | Type: tf2_msgs/msg/TFMessage | Count: %d" % (ident(r, 6), r.uniform(30, 900), r.randint(10**4, 10**6), r.randint(1000, 20000), r.randint(1000, 40000), r.randint(1000, 90000)))
    if k == 5:
        return wrap(r, lang, "the robot", "Safety review %s: scanner protective field %d cm at %.1f m/s, warning field %d cm; e-stop chain tested on all %d units; next review after the gripper change." % (date(r), r.randint(40, 120), r.uniform(0.5, 2), r.randint(100, 300), r.randint(2, 40)))
    if k == 0:
        body = "controller_server:\n  ros__parameters:\n    controller_frequency: %.1f\n    FollowPath:\n      plugin: \"nav2_regulated_pure_pursuit_controller::RegulatedPurePursuitController\"\n      desired_linear_vel: %.2f\n      lookahead_dist: %.2f" % (r.choice([10.0, 20.0]), r.uniform(0.2, 1.2), r.uniform(0.3, 1.0))
    elif k == 1:
        body = "hand-eye calibration %s, RMS %.3f mm:\n" % (date(r), r.uniform(0.1, 2)) + "\n".join(" ".join("%.5f" % r.uniform(-1, 1) for _ in range(4)) for _ in range(4))
    else:
        body = "Field report unit %d: %d docking attempts, %d failures (all at dock B, reflective floor). Odometry drift %.1f cm/m after wheel calibration. Next: test with the new LIDAR firmware." % (r.randint(1, 40), r.randint(20, 300), r.randint(0, 20), r.uniform(0.1, 5))
    return wrap(r, lang, "the robot", body)


# 14 hardware lab procedures
def hwlab(r, lang):
    k = r.randrange(6)
    if k == 3:
        return wrap(r, lang, "the lab bench", "*IDN?\n-> KEYSIGHT TECHNOLOGIES,DSOX3034T,MY%s,07.%02d.2021\n:MEAS:FREQ? CHAN1\n-> %.6E\n:SYST:ERR?\n-> +0,\"No error\"" % (s(r, DG, 8), r.randint(10, 60), r.uniform(1e3, 1e8)))
    if k == 4:
        return wrap(r, lang, "the lab bench", "Fixture %s: pogo pins replaced (%d cycles since last service), contact resistance %.1f mΩ avg, %d/%d boards pass ICT. Calibration certificate %s on file." % (s(r, UP, 2) + str(r.randint(10, 99)), r.randint(5000, 90000), r.uniform(5, 40), r.randint(40, 50), 50, "CAL-%d-%04d" % (r.randint(2025, 2026), r.randint(1, 9999))))
    if k == 5:
        return wrap(r, lang, "the lab bench", "test_id,unit,vin_v,iout_a,eff_pct,result\n" + "\n".join("%s,%s,%.1f,%.2f,%.1f,%s" % (ident(r, 5), "U%03d" % r.randint(1, 200), r.choice([12.0, 24.0, 48.0]), r.uniform(0.1, 5), r.uniform(80, 96), pick(r, ["PASS", "PASS", "FAIL"])) for _ in range(r.randint(2, 8))))
    if k == 0:
        body = "rm = pyvisa.ResourceManager()\nscope = rm.open_resource(\"TCPIP0::%s::inst0::INSTR\")\nscope.write(\":TIMebase:SCALe %s\")\nprint(scope.query(\":MEASure:VRMS? CHAN%d\"))" % (ip(r), pick(r, ["1E-6", "5E-5"]), r.randint(1, 4))
    elif k == 1:
        body = "EMC pre-scan %s, board rev %s: radiated emissions peak %.1f dBµV/m at %.1f MHz (limit %.1f). Margin %s." % (date(r), pick(r, ["B", "C", "D"]), r.uniform(20, 45), r.uniform(30, 900), r.uniform(30, 47), pick(r, ["ok", "thin, retest with ferrite"]))
    else:
        body = "Thermal cycling -20/+70 °C, %d cycles, %d/%d units pass. Failure mode: connector J%d intermittent after cycle %d. Instrument calibration due %s." % (r.randint(10, 500), r.randint(5, 20), 20, r.randint(1, 9), r.randint(1, 400), date(r))
    return wrap(r, lang, "the lab bench", body)


# 15 help-desk knowledge base and masked credentials
def helpdesk_kb(r, lang):
    if lang != "en":
        what, where, var = pick(r, [("API-Token", "Jamf Pro", "JAMF_API_TOKEN"), ("PSK", "VPN", "VPN_PSK"), ("bind password", "LDAP", "LDAP_BIND_PASSWORD"), ("API-Token", "Okta", "OKTA_API_TOKEN")])
        return pick(r, BENIGN_WHERE[lang]).format(what=what, where=where, path="it/%s" % ident(r, 5), date=date(r), var=var)
    return pick(r, [
        "KB-%d How to reset your cluster password: go to the self-service portal, choose 'Forgot password', and follow the e-mail. Help desk staff will never ask you for your password." % r.randint(100, 999),
        "Token shown in the ticket was masked: ghp_****************************%s. The user revoked it in GitHub settings; no further action." % s(r, "ABCDEFGHJKLMNP", 4),
        "Rotated the Okta API token for the onboarding script on %s. Old token disabled, new one only in Vault at it/okta/onboarding." % date(r),
        "Lab PC imaging checklist: BitLocker on, recovery key escrowed to Intune, local admin via LAPS, instrument drivers from the software center.",
        "KB-%d Instrument PCs: never join them to Wi-Fi; they get a fixed address on VLAN %d from the lab switch, and updates are applied during the monthly window." % (r.randint(100, 999), r.randint(100, 400)),
        "Ticket %d closed: researcher could not reach the license server for %s; the license file pointed at the old host name. Updated the file, no credentials involved." % (r.randint(10000, 99999), pick(r, ["MATLAB", "Ansys", "COMSOL", "Altium"])),
        "How to request access to the %s project: open a ticket with your manager in copy; access is granted to the group, never by sharing someone's token." % pick(r, ["sequencing", "build farm", "trading research", "GPU cluster"]),
        "Shared mailbox for the %s team reached %d%% of its quota; archived mail older than two years to the compliance store." % (pick(r, ["robotics", "QA", "release"]), r.randint(85, 99)),
        "Onboarding %s: laptop imaged, YubiKey issued (serial recorded in the asset list), accounts created by the identity workflow; the user sets their own passwords at first login." % date(r),
        "Masked in the ticket before saving: Authorization: Bearer eyJ…[truncated] — the user pasted a session header; asked them to sign out everywhere.",
        "Example config with placeholders:\nOPENAI_API_KEY=sk-...your-key-here...\nHF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nWANDB_API_KEY=<paste from wandb.ai/authorize>",
        "VPN drops hourly for researchers on macOS 15: the client's re-key interval is 3600 s. Fixed by pushing profile v%d via Jamf." % r.randint(2, 9),
        pick(r, BENIGN_WHERE["en"]).format(**dict(zip(("what", "where", "var"), pick(r, [("LDAP bind password", "help desk", "LDAP_BIND_PASSWORD"), ("Jamf API password", "lab Macs", "JAMF_API_PASSWORD"), ("SNMP v3 credentials", "PDU monitoring", "SNMP_AUTH")]), strict=True)), path="it/%s" % ident(r, 5), date=date(r)),
    ])


# 16 an agent's own report of its session
def agent_report(r, lang):
    intl = {
        "de": ["Sitzung beendet: Eval-Harness auf den neuen Judge umgestellt, %d Prompts neu bewertet, keine Prompt-Texte in die Notizen übernommen. Token-Verbrauch: %d.",
               "Ich habe den Bootloader-Fehler auf die VTOR-Änderung eingegrenzt und einen Fix vorgeschlagen; %d Testläufe grün, Laufzeit %d s.",
               "Heute: Signierschlüssel der Android-App läuft in %d Tagen ab, Erinnerung angelegt. Den Schlüssel selbst habe ich nicht gesehen; Ticket %d."],
        "fr": ["Session terminée : harnais d'évaluation basculé sur le nouveau juge, %d prompts réévalués, aucun texte de prompt copié dans les notes. Tokens consommés : %d.",
               "J'ai isolé le blocage du bootloader sur le changement de VTOR et proposé un correctif ; %d essais au vert, durée %d s.",
               "Aujourd'hui : la clé de signature Android expire dans %d jours, rappel créé. Je n'ai pas vu la clé elle-même ; ticket %d."],
        "es": ["Sesión terminada: el arnés de evaluación usa el nuevo juez, %d prompts reevaluados, sin copiar textos de prompts en las notas. Tokens usados: %d.",
               "Acoté el cuelgue del bootloader al cambio de VTOR y propuse un arreglo; %d pruebas en verde, duración %d s.",
               "Hoy: la clave de firma de Android caduca en %d días, recordatorio creado. No vi la clave; ticket %d."],
        "ja": ["セッション終了: 評価ハーネスを新しいジャッジに切り替え、%d 件のプロンプトを再評価。プロンプト本文はメモに残していない。消費トークン: %d。",
               "ブートローダのハングを VTOR の変更に絞り込み、修正案を出した。テスト %d 回すべて成功、所要 %d 秒。",
               "本日: Android 署名鍵の期限まで %d 日、リマインダーを登録。鍵そのものは見ていない。チケット %d。"],
        "zh": ["会话结束：评测框架已切换到新的裁判模型，重新评估了 %d 条提示，没有把提示原文写进笔记。消耗 token：%d。",
               "把 bootloader 卡死定位到 VTOR 的改动，提交了修复；%d 次测试全部通过，耗时 %d 秒。",
               "今天：Android 签名密钥还有 %d 天过期，已建提醒。我没有接触密钥本身；工单 %d。"],
        "pt": ["Sessão encerrada: harness de avaliação migrado para o novo juiz, %d prompts reavaliados, nenhum texto de prompt copiado nas notas. Tokens usados: %d.",
               "Isolei o travamento do bootloader na mudança de VTOR e propus uma correção; %d testes verdes, duração %d s.",
               "Hoje: a chave de assinatura do Android vence em %d dias, lembrete criado. Não vi a chave em si; ticket %d."],
        "ru": ["Сессия завершена: харнесс оценки переведён на нового судью, переоценено %d промптов, тексты промптов в заметки не копировал. Потрачено токенов: %d.",
               "Свёл зависание загрузчика к изменению VTOR и предложил исправление; %d прогонов зелёные, время %d с.",
               "Сегодня: ключ подписи Android истекает через %d дней, напоминание создано. Сам ключ не видел; тикет %d."],
    }
    AGENT_INTL_MORE = {'de': ['Ich habe die LIDAR-Aussetzer auf die MTU-Einstellung des neuen Treibers zurückgeführt; %d Minuten ohne Verlust bei 20 Hz, Notiz im README (%d Zeilen).', 'Scratch aufgeräumt: %d alte Checkpoints nach Rückfrage bei den Besitzern gelöscht, %d GB frei. Keine Zugangsdaten benutzt außer meinem eigenen Konto.'], 'fr': ["J'ai relié les pertes de trames du LIDAR au réglage MTU du nouveau pilote ; %d minutes sans perte à 20 Hz, note ajoutée au README (%d lignes).", 'Scratch nettoyé : %d anciens checkpoints supprimés après accord de leurs propriétaires, %d Go libérés. Aucun identifiant utilisé à part mon compte.'], 'es': ['Atribuí las pérdidas de tramas del LIDAR al MTU del nuevo driver; %d minutos sin pérdidas a 20 Hz, nota añadida al README (%d líneas).', 'Limpié scratch: borré %d checkpoints antiguos tras consultar a sus dueños, %d GB libres. No usé credenciales aparte de mi cuenta.'], 'ja': ['LIDARのフレーム落ちを新ドライバのMTU設定に特定。20Hzで%d分間欠落なし、READMEに%d行のメモを追加。', 'scratchを整理: 所有者に確認のうえ古いチェックポイント%d個を削除、%dGB空いた。自分のアカウント以外の認証情報は使っていない。'], 'zh': ['把激光雷达丢帧定位到新驱动的 MTU 设置；20Hz 下 %d 分钟无丢帧，README 里加了 %d 行说明。', '清理了 scratch：和所有者确认后删除了 %d 个旧 checkpoint，释放 %d GB。除了我自己的账号没有用到任何凭据。'], 'pt': ['Atribuí as perdas de quadros do LIDAR ao MTU do driver novo; %d minutos sem perdas a 20 Hz, nota no README (%d linhas).', 'Limpei o scratch: apaguei %d checkpoints antigos depois de falar com os donos, %d GB livres. Nenhuma credencial usada além da minha conta.'], 'ru': ['Свёл пропуски кадров LIDAR к настройке MTU нового драйвера; %d минут без потерь на 20 Гц, заметка в README (%d строк).', 'Почистил scratch: после согласования с владельцами удалил %d старых чекпоинтов, освободилось %d ГБ. Других учётных данных, кроме своих, не использовал.']}
    intl = {k: v + AGENT_INTL_MORE[k] for k, v in intl.items()}
    if lang != "en":
        i = r.randrange(5)
        args = [(r.randint(50, 5000), r.randint(10**4, 10**7)), (r.randint(5, 400), r.randint(30, 3000)), (r.randint(3, 60), r.randint(1000, 99999)), (r.randint(10, 120), r.randint(3, 20)), (r.randint(4, 80), r.randint(50, 4000))][i]
        return intl[lang][i] % args
    return agent_more(r)


# 17 docs describing prompt templates without their words
TEMPLATE_NOTES = [
    "The few-shot block for {name} is three examples long; it moved from the notebook to prompts/{name}_fewshot.txt so reviews see changes.",
    "System prompt for {name} is versioned next to the code; bumping it needs a changelog entry and an eval run. This note does not copy it.",
    "We tried chain-of-thought in {name}: +2.1 points on the dev set, +38% output tokens. Not worth it for the nightly run; kept off.",
    "{name}: the template's few-shot examples come from the dev split only, never from test, and are re-sampled per seed.",
]


def template_doc(r, lang):
    if r.random() < 0.3:
        return wrap(r, lang, "the templates", pick(r, TEMPLATE_NOTES).format(name=pick(r, ["triage_v3", "pairwise_judge", "qa_grounded", "label_wafer_notes"])))
    name = pick(r, ["triage_v3", "summarise_ticket", "pairwise_judge", "label_wafer_notes", "release_notes_draft", "qa_grounded"])
    vars_ = r.sample(["{context}", "{question}", "{ticket_body}", "{candidate_a}", "{candidate_b}", "{labels}", "{pr_titles}", "{lang}"], r.randint(2, 4))
    body = "Template `%s` (templates/%s.jinja)\nPurpose: %s\nVariables: %s\nOwner: %s. Changes need an eval run on the regression set before merge; the template's wording lives only in the repository." % (
        name, name, pick(r, ["asks the model to pick the better of two answers and give a short reason", "turns a help-desk ticket into a one-line summary for the weekly report",
                             "drafts release notes from merged PR titles", "classifies wafer inspection notes into four defect classes", "answers a question only from the retrieved context"]),
        ", ".join(vars_), pick(r, NAMES["en"]))
    return wrap(r, lang, name, body)


# 18 one author's documents: one e-mail, a question posted alone, meeting notes
def single_author(r, lang):
    intl = {
        "de": ["Hallo zusammen,\n\nkurze Info: die Rev-C-Platinen sind da, ich verteile sie morgen. Bitte tragt euch in die Liste ein.\n\nGruß\n{n}",
               "Protokoll Weekly ({n}): Modellkarte für den Spracherkenner fertig, Red-Team-Review geplant, Temperatur des Judges bleibt bei null. Keine Blocker.",
               "Frage an alle: Hat jemand die Eval-Harness mit einem lokalen Modellserver statt dem gehosteten Judge zum Laufen gebracht? – {n}"],
        "fr": ["Bonjour à tous,\n\npetite info : le cluster sera en maintenance jeudi de 8 h à 12 h. Pensez à sauvegarder vos checkpoints.\n\n{n}",
               "Compte rendu du point hebdo ({n}) : la carte du modèle est rédigée, la revue red team est planifiée, la température du juge reste à zéro. Aucun blocage.",
               "Question : quelqu'un a-t-il fait tourner le harnais d'éval avec un serveur de modèle local au lieu du juge hébergé ? — {n}"],
        "es": ["Hola a todos:\n\nla build 4.12 ya está en revisión. Os aviso cuando Apple responda.\n\nUn saludo,\n{n}",
               "Acta de la reunión semanal ({n}): ficha del modelo redactada, revisión de red team programada, la temperatura del juez sigue en cero. Sin bloqueos.",
               "Pregunta: ¿alguien ha hecho funcionar el arnés de evaluación con un servidor de modelos local en lugar del juez alojado? — {n}"],
        "ja": ["皆さん\n\n木曜日の午前中にクラスタのメンテナンスがあります。チェックポイントの保存をお願いします。\n\n{n}",
               "定例メモ（{n}）: 音声認識モデルのモデルカードは下書き済み、レッドチームのレビューは日程確定、ジャッジの温度は0のまま。ブロッカーなし。",
               "質問です: ホスト型のジャッジではなくローカルのモデルサーバーで評価ハーネスを動かせた人はいますか？（{n}）"],
        "zh": ["各位好：\n\n周四上午集群维护，请提前保存好 checkpoint。\n\n{n}",
               "周会纪要（{n}）：语音识别模型卡已起草，红队评审已排期，裁判模型温度保持为 0。没有阻塞项。",
               "请教一下：有人把评测框架接到本地模型服务而不是托管的裁判模型上跑通过吗？——{n}"],
        "pt": ["Oi pessoal,\n\no build 4.12 já está em revisão na Apple. Aviso quando tiver resposta.\n\nAbraço,\n{n}",
               "Ata da semanal ({n}): model card do reconhecedor de fala redigido, revisão de red team agendada, temperatura do juiz continua em zero. Sem bloqueios.",
               "Pergunta: alguém conseguiu rodar o harness de avaliação com um servidor de modelo local em vez do juiz hospedado? — {n}"],
        "ru": ["Всем привет!\n\nВ четверг с 8 до 12 плановые работы на кластере. Сохраните чекпоинты заранее.\n\n{n}",
               "Итоги планёрки ({n}): карточка модели распознавания речи готова, ревью red team назначено, температура судьи остаётся нулевой. Блокеров нет.",
               "Вопрос: кто-нибудь запускал харнесс оценки с локальным сервером модели вместо хостингового судьи? — {n}"],
    }
    if lang != "en":
        return pick(r, intl[lang]).format(n=pick(r, NAMES[lang])) + ("" if r.random() < 0.5 else " (%s)" % date(r))
    if r.random() < 0.5:
        return single_more(r)
    n = pick(r, NAMES["en"])
    return pick(r, [
        "Hi all,\n\nThe %s maintenance moves to %s. Jobs still running at 08:00 will be requeued. Please save checkpoints.\n\nThanks,\n%s" % (pick(r, ["cluster", "build farm", "lab network"]), date(r), n),
        "Question (posted in #help): has anyone got the eval harness to run with a local model server instead of the hosted judge? I only need the scoring part. — %s" % n,
        "Standup notes %s (%s): model card for the speech recogniser is drafted; the red-team review is scheduled; the judge's temperature stays at zero. Nobody is blocked." % (date(r), n),
        "Retro notes, written by %s: releases slipped twice because signing keys expired without warning. Action: calendar reminders 30 days before expiry, owner: release lead." % n,
        "Hi %s,\n\nAttached is the thermal test report for rev C. Two units failed at -20 °C; details in section 3.\n\nBest,\n%s" % (pick(r, NAMES["en"]), n),
        "1:1 notes (%s): discussed moving from prompt engineering to fine-tuning for the labelling task; agreed to measure both on the same 500 examples first." % n,
        "Summary of yesterday's #%s discussion, in my words (%s): we agreed the queue problem comes from one user's array jobs; the admins will add a per-user cap, and nobody needs to change their scripts yet." % (pick(r, ["gpu-cluster", "build-farm", "release"]), n),
        "My summary of the vendor call (%s): the new scope firmware fixes the RMS bug; they will send a loaner unit in two weeks. No action for the lab until then." % n,
    ])


def widen(fn, what, domain, p=0.55):
    """A category's own blocks plus the extra ones in _b26more.MORE, so that no block dominates it."""
    more = MORE[fn.__name__]

    def widened(r, lang):
        DOMAIN["now"] = domain
        if r.random() < p:
            return wrap(r, lang, what, pick(r, more)(r))
        return fn(r, lang)
    return widened


BENIGN_CATS = [
    ("ben_training_and_sampling_configs", "ml", widen(training_config, "the training config", "ml"), 67),
    ("ben_dataset_cards_prompt_fields", "ml", widen(dataset_card, "the dataset card", "ml"), 67),
    ("ben_eval_score_reports", "ml", widen(eval_report, "the eval", "ml"), 67),
    ("ben_tokenizer_notes", "ml", widen(tokenizer_note, "the tokenizer", "ml"), 66),
    ("ben_tracker_run_logs", "ml", widen(run_log, "the run", "ml"), 67),
    ("ben_feature_store_and_pipelines", "data", widen(data_pipeline, "the pipeline", "data"), 67),
    ("ben_mobile_signing_runbooks_masked", "mobile", widen(mobile_runbook, "the release runbook", "mobile"), 67),
    ("ben_gamedev_build_farm", "gamedev", widen(gamedev_build, "the build farm", "gamedev"), 67),
    ("ben_firmware_serial_logs_digests", "embedded", widen(serial_log, "the board", "embedded"), 67),
    ("ben_hpc_jobs_and_instruments", "hpc", widen(hpc_job, "the cluster", "hpc"), 67),
    ("ben_trading_ops_masked_fix", "finance", widen(trading_ops, "the desk", "finance"), 67),
    ("ben_bio_pipelines_and_reads", "bio", widen(bio_pipeline, "the sequencing run", "bio"), 67),
    ("ben_robotics_configs_reports", "robotics", widen(robotics_cfg, "the robot", "robotics"), 66),
    ("ben_hwlab_procedures", "hwlab", widen(hwlab, "the lab bench", "hwlab"), 66),
    ("ben_helpdesk_kb_placeholders", "itops", widen(helpdesk_kb, "the help desk", "itops"), 66),
    ("ben_agent_own_session_reports", "cross", agent_report, 66),
    ("ben_prompt_template_docs", "ml", widen(template_doc, "the templates", "ml"), 67),
    ("ben_single_author_mail_notes", "cross", single_author, 66),
]
