"""More benign blocks for blind26, so that no benign category leans on a handful of fixed texts: each entry is a
function of the random generator returning one block (configs, logs, tables, notes) in that category's domain."""

from _b26lang import NAMES
from _b26rand import DG, HEX, UP, clock, date, host, ident, ip, pick, s, sha, uuid


def _n(r):
    return pick(r, NAMES["en"])


NF_STEPS = [("ALIGN", "reads", "bam", "STAR --runThreadN ${task.cpus} --genomeDir ${params.index} --readFilesIn ${reads} --outSAMtype BAM SortedByCoordinate"),
            ("TRIM", "reads", "trimmed.fq.gz", "fastp -i ${reads[0]} -I ${reads[1]} -w ${task.cpus} --detect_adapter_for_pe"),
            ("DEDUP", "bam", "dedup.bam", "umi_tools dedup -I ${bam} -S ${sample}.dedup.bam --paired"),
            ("QUANT", "reads", "quant.sf", "salmon quant -i ${params.salmon_index} -l A -1 ${reads[0]} -2 ${reads[1]} -p ${task.cpus}"),
            ("CALL", "bam", "vcf.gz", "bcftools mpileup -f ${params.fasta} ${bam} | bcftools call -mv -Oz -o ${sample}.vcf.gz"),
            ("FASTQC", "reads", "fastqc.zip", "fastqc -t ${task.cpus} ${reads}"),
            ("MARKDUP", "bam", "md.bam", "gatk MarkDuplicates -I ${bam} -O ${sample}.md.bam -M ${sample}.metrics")]


def nf_process(r):
    name, inp, out, cmd = pick(r, NF_STEPS)
    return "process %s {\n  tag \"$sample\"\n  cpus %d\n  memory '%d GB'\n  input: tuple val(sample), path(%s)\n  output: path(\"${sample}.%s\")\n  script:\n  \"\"\"\n  %s\n  \"\"\"\n}" % (name, r.choice([2, 4, 8, 16, 32]), r.choice([4, 8, 16, 32, 64]), inp, out, cmd)


MORE = {
    "training_config": [
        lambda r: "deepspeed_config.json:\n{\"train_micro_batch_size_per_gpu\": %d, \"gradient_accumulation_steps\": %d, \"zero_optimization\": {\"stage\": %d, \"offload_optimizer\": {\"device\": \"%s\"}}, \"bf16\": {\"enabled\": true}}" % (r.choice([1, 2, 4]), r.choice([8, 16, 32]), r.choice([2, 3]), pick(r, ["cpu", "none"])),
        lambda r: "vllm serve %s --max-model-len %d --gpu-memory-utilization %.2f --tensor-parallel-size %d --max-num-seqs %d" % (pick(r, ["models/sft-v3", "org/base-7b", "ckpt/ranker"]), r.choice([4096, 8192, 16384]), r.choice([0.85, 0.9, 0.95]), r.choice([1, 2, 4, 8]), r.choice([64, 128, 256])),
        lambda r: "lora:\n  r: %d\n  alpha: %d\n  dropout: %.2f\n  target_modules: [%s]\noptim:\n  name: adamw\n  betas: [0.9, 0.95]\n  weight_decay: %.1f" % (r.choice([8, 16, 64]), r.choice([16, 32, 128]), r.choice([0.0, 0.05, 0.1]), pick(r, ["q_proj, v_proj", "q_proj, k_proj, v_proj, o_proj", "all-linear"]), r.choice([0.0, 0.1])),
        lambda r: "reward_model:\n  base: %s\n  max_length: %d\n  loss: %s\n  margin: %.1f\ndata:\n  pairs: prefs_v%d\n  shuffle_seed: %d" % (pick(r, ["base-1b", "base-7b"]), r.choice([1024, 2048]), pick(r, ["bradley_terry", "hinge"]), r.uniform(0, 1), r.randint(1, 9), r.randint(1, 9999)),
        lambda r: "asr:\n  sample_rate: 16000\n  n_mels: %d\n  spec_augment: {freq_masks: %d, time_masks: %d}\n  decoder: %s\n  beam_size: %d\n  lm_weight: %.2f" % (r.choice([80, 128]), r.randint(1, 3), r.randint(2, 10), pick(r, ["ctc", "rnnt", "attention"]), r.choice([1, 4, 8]), r.uniform(0, 0.6)),
        lambda r: "# distillation run %s\nteacher_temperature = %.1f\nstudent = \"distill-%s\"\nkl_weight = %.2f\nmax_tokens_per_batch = %d\nseed = %d" % (ident(r, 5), r.choice([1.0, 2.0, 4.0]), pick(r, ["350m", "1b", "3b"]), r.uniform(0.1, 0.9), r.choice([65536, 131072, 262144]), r.randint(1, 9999)),
        lambda r: "torchrun --nnodes=%d --nproc_per_node=8 --rdzv_backend=c10d --rdzv_endpoint=%s:29500 pretrain.py --seq_len %d --global_batch %d --warmup %d --cosine_min_lr %s" % (r.choice([2, 4, 16]), host(r), r.choice([2048, 4096]), r.choice([512, 1024, 2048]), r.randint(500, 4000), pick(r, ["3e-5", "1e-5"])),
        lambda r: "sampler_defaults.yaml (used by the demo UI):\n  temperature: %.1f\n  top_p: %.2f\n  presence_penalty: %.1f\n  max_tokens: %d\n  stop_sequences: [\"\\nUser:\"]" % (r.choice([0.3, 0.5, 0.8]), r.choice([0.8, 0.9, 0.95]), r.choice([0.0, 0.5]), r.choice([300, 600, 1200])),
    ],
    "dataset_card": [
        lambda r: "README.md (dataset `%s`)\n---\nlicense: %s\ntask_categories: [%s]\nsize_categories: [%s]\nconfigs:\n  - config_name: default\n    data_files: {train: train-*.parquet, test: test-*.parquet}\n---\nColumns: `instruction` (string), `response` (string), `category` (8 classes). Texts are not shown in this card." % (ident(r, 7), pick(r, ["cc-by-4.0", "other", "apache-2.0"]), pick(r, ["text-generation", "text-classification", "question-answering"]), pick(r, ["10K<n<100K", "100K<n<1M", "1K<n<10K"])),
        lambda r: "Datasheet, section 'Collection': the %d requests were written by %d annotators from a list of task types (summarise, classify, extract). Annotators were paid hourly; the guidelines are in the annotation repo. No requests come from customers." % (r.randint(1000, 90000), r.randint(5, 120)),
        lambda r: "Card for the wafer-notes set: %d inspection notes, 4 labels (scratch %d%%, particle %d%%, pattern %d%%, none the rest). Notes were written by operators; names and lot numbers were replaced by ids." % (r.randint(2000, 40000), r.randint(10, 30), r.randint(10, 30), r.randint(5, 20)),
        lambda r: "Splits: train %d / validation %d / test %d. Test was frozen on %s and deduplicated against train with MinHash (Jaccard ≥ 0.%d). Known issue: %d near-duplicates remain between validation and train." % (r.randint(10**4, 10**6), r.randint(500, 5000), r.randint(500, 5000), date(r), r.randint(7, 9), r.randint(0, 90)),
        lambda r: "Schema of prefs_v%d.parquet:\n  prompt_id: string\n  prompt_tokens: int32\n  response_a_tokens: int32\n  response_b_tokens: int32\n  preference: int8  # -1, 0, 1\n  rater_id: string (hashed)\nText columns are in the restricted table; this export keeps only lengths and labels." % r.randint(1, 9),
        lambda r: "Robot-instruction set: %d spoken commands (\"pick\", \"place\", \"go to\" families), recorded in %d rooms, transcribed by two people each; WER between transcribers %.1f%%. Audio is stored at 16 kHz." % (r.randint(1000, 30000), r.randint(3, 40), r.uniform(1, 8)),
        lambda r: "Limitations: the questions skew to %s; fewer than %d%% are about %s. Answers were checked by one reviewer, not two. Use for development, not for headline numbers." % (pick(r, ["RNA-seq", "Slurm", "Android builds", "FIX sessions"]), r.randint(2, 15), pick(r, ["long-read data", "MPI", "iOS signing", "options"])),
        lambda r: "Changelog %s: v%d drops %d rows whose prompt field was empty, fixes the lang column for %d Portuguese rows tagged es, adds n_tokens under tokenizer v%d." % (date(r), r.randint(2, 6), r.randint(1, 900), r.randint(10, 400), r.randint(2, 5)),
    ],
    "eval_report": [
        lambda r: "%s regression suite, %s: %d/%d pass (%.1f%%). New failures: %s. Flaky: %d." % (pick(r, ["nightly", "release", "pre-merge"]), date(r), *(lambda t: (t - r.randint(0, 40), t))(r.randint(300, 2000)), r.uniform(90, 100), pick(r, ["none", "tool_use/timeout x3", "long_ctx/needle_31k", "json_mode/escaping"]), r.randint(0, 9)),
        lambda r: "WER by condition (%s):\n  clean   %.1f%%\n  noisy   %.1f%%\n  far-field %.1f%%\n  accented %.1f%%" % (pick(r, ["asr-conformer-m", "asr-small", "whisper-ft"]), r.uniform(3, 7), r.uniform(8, 15), r.uniform(12, 25), r.uniform(7, 14)),
        lambda r: "Inter-rater agreement on the pairwise set: Cohen's κ %.2f between humans, %.2f between judge and majority vote; %d items had a 2-2 split and were dropped." % (r.uniform(0.4, 0.8), r.uniform(0.3, 0.7), r.randint(5, 90)),
        lambda r: "pass@1 / pass@10 on humaneval: %.1f / %.1f (n=%d samples, temperature %.1f for pass@10, greedy for pass@1)." % (r.uniform(20, 60), r.uniform(50, 85), r.choice([20, 50, 200]), r.choice([0.6, 0.8])),
        lambda r: "Latency on the eval box (%s, batch %d): p50 %d ms, p95 %d ms, %.0f tokens/s output. Quantised int8 loses %.1f points on internal_qa." % (pick(r, ["A100", "H100", "L4"]), r.choice([1, 8, 32]), r.randint(80, 300), r.randint(300, 1500), r.uniform(40, 400), r.uniform(0, 3)),
        lambda r: "calibration: ECE %.3f before, %.3f after temperature scaling (T=%.2f) on the validation split; reliability plot in the run's artifacts." % (r.uniform(0.05, 0.2), r.uniform(0.01, 0.05), r.uniform(1, 2.5)),
        lambda r: "Contamination check: %d of %d test items have a 13-gram overlap with the pretraining sample; scores with and without them differ by %.1f points." % (r.randint(0, 60), r.randint(500, 5000), r.uniform(0, 2)),
    ],
    "tokenizer_note": [
        lambda r: "Fertility by language (tokens per word, v%d): en %.2f, de %.2f, ja %.2f (per character), ru %.2f, code %.2f." % (r.randint(2, 5), r.uniform(1.2, 1.4), r.uniform(1.5, 2.1), r.uniform(0.8, 1.3), r.uniform(1.8, 2.6), r.uniform(2, 3.5)),
        lambda r: "Added %d domain tokens (gene symbols, Slurm flags, FIX tags) to the vocab; embeddings initialised as the mean of their sub-token embeddings; retrained %d steps." % (r.randint(50, 2000), r.randint(500, 5000)),
        lambda r: "sentencepiece --model_type=%s --vocab_size=%d --character_coverage=%.4f --byte_fallback=true --split_digits=true --input=corpus_sample_%s.txt" % (pick(r, ["bpe", "unigram"]), r.choice([32000, 48000, 64000]), r.choice([0.9995, 0.99995, 1.0]), ident(r, 4)),
        lambda r: "Bug: the fast and slow tokenizers disagree on %d of %d test strings, all with NBSP or zero-width joiners. Normaliser now maps them before encoding." % (r.randint(1, 90), r.choice([10000, 50000])),
        lambda r: "Token id %d is the pad token and must never be predicted; the loss mask ignores it. EOS is %d, BOS %d." % (r.randint(0, 3), r.randint(1, 3), r.randint(0, 2)),
        lambda r: "Digit splitting: numbers are split into single digits since v%d; arithmetic evals went up %.1f points, sequence length up %.1f%% on finance text." % (r.randint(2, 5), r.uniform(0.5, 4), r.uniform(1, 6)),
        lambda r: "Vocabulary overlap between old and new tokenizer: %d%% of tokens kept; %d merges added for CJK. Checkpoints trained on the old one cannot be resumed with the new one." % (r.randint(60, 95), r.randint(1000, 20000)),
    ],
    "run_log": [
        lambda r: "epoch %d/%d  train_loss %.3f  val_loss %.3f  val_acc %.3f  lr %.1e  %ds/epoch" % (r.randint(1, 30), 30, r.uniform(0.1, 1.5), r.uniform(0.2, 1.6), r.uniform(0.6, 0.95), r.uniform(1e-5, 1e-3), r.randint(60, 900)),
        lambda r: "mlflow.log_params({'lr': %s, 'batch': %d, 'dropout': %.1f}); metrics at best epoch: f1=%.3f, auc=%.3f; artifact model/ %.1f MB" % (pick(r, ["1e-3", "3e-4"]), r.choice([32, 64, 256]), r.choice([0.1, 0.2, 0.3]), r.uniform(0.6, 0.9), r.uniform(0.8, 0.98), r.uniform(5, 900)),
        lambda r: "[rank%d] NCCL INFO comm %s rank %d nranks %d cudaDev %d busId %02x000 - Init COMPLETE\n[rank%d] step %d: throughput %.1f TFLOP/s/GPU, MFU %.1f%%" % (r.randint(0, 63), "0x" + s(r, HEX, 10), r.randint(0, 63), r.choice([16, 32, 64]), r.randint(0, 7), r.randint(16, 200), r.randint(0, 63), r.randint(100, 9000), r.uniform(120, 400), r.uniform(30, 55)),
        lambda r: "Run %s summary: %d steps, best eval loss %.3f at step %d, stopped early (patience %d). Wall clock %dh%02dm on %d GPUs." % (ident(r, 8), r.randint(1000, 90000), r.uniform(1, 2.5), r.randint(500, 80000), r.randint(3, 10), r.randint(1, 90), r.randint(0, 59), r.choice([8, 16, 64, 256])),
        lambda r: "wandb: Run summary:\nwandb:   eval/accuracy %.4f\nwandb:   train/loss %.4f\nwandb:   train/global_step %d\nwandb: View run at https://wandb.ai/%s/%s/runs/%s" % (r.uniform(0.5, 0.95), r.uniform(0.5, 2), r.randint(1000, 90000), pick(r, ["lab-ml", "speech-team"]), pick(r, ["sft", "asr"]), ident(r, 8)),
        lambda r: "tensorboard scalars exported: loss/train (%d points), loss/val (%d points), lr (%d points). Spike at step %d traced to a corrupt shard, skipped and logged." % (r.randint(100, 9000), r.randint(10, 900), r.randint(100, 9000), r.randint(100, 90000)),
    ],
    "data_pipeline": [
        lambda r: "spark-submit --conf spark.sql.shuffle.partitions=%d --executor-memory %dg --num-executors %d jobs/%s.py --date %s" % (r.choice([200, 800, 2000]), r.choice([8, 16, 32]), r.randint(4, 200), pick(r, ["compact_events", "build_features", "dedup_readings"]), date(r)),
        lambda r: "dbt run --select %s+ --target prod\n%d of %d OK created sql %s model analytics.%s ... [OK in %.2fs]" % (pick(r, ["stg_orders", "stg_readings", "fct_runs"]), r.randint(1, 30), r.randint(30, 60), pick(r, ["incremental", "table", "view"]), pick(r, ["fct_sensor_daily", "dim_device", "fct_fills"]), r.uniform(1, 300)),
        lambda r: "Iceberg table lake.%s: snapshot %d expired, %d data files rewritten by compaction, average file %d MB (target 512)." % (pick(r, ["events", "ticks", "reads_meta"]), r.randint(10**17, 10**18), r.randint(10, 9000), r.randint(40, 600)),
        lambda r: "Point-in-time join check: %d of %d training rows would have used a feature value from after the label time; fixed by joining on event_timestamp <= label_ts." % (r.randint(0, 9000), r.randint(10**5, 10**7)),
        lambda r: "Data contract for %s v%d: fields device_id (string, not null), ts (timestamp UTC), value (double), unit (enum); breaking changes need a new version and 30 days' notice." % (pick(r, ["telemetry", "lab_results", "fills"]), r.randint(1, 5)),
        lambda r: "Airflow: DAG %s run %s failed at task %s after %d retries (Timeout after %d s). Downstream tasks skipped; backfill scheduled for tonight." % (pick(r, ["ticks_eod", "telemetry_daily", "lims_sync"]), date(r), pick(r, ["extract", "load", "validate"]), r.randint(1, 5), r.choice([600, 1800, 3600])),
    ],
    "mobile_runbook": [
        lambda r: "fastlane lanes: `beta` (build, upload to TestFlight, notify #release), `release` (build, submit for review, phased release on), `screenshots` (snapshot, frameit). Credentials come from the CI environment." ,
        lambda r: "Version %d.%d.%d (%d): Play internal track → closed (%d testers) → production 1%% → 10%% → 50%% → 100%%, each step after 24 h without a crash-rate regression." % (r.randint(3, 9), r.randint(0, 20), r.randint(0, 9), r.randint(1000, 99999), r.randint(20, 500)),
        lambda r: "keytool -list -v -keystore upload.jks prompts for the store password interactively; never pass it with -storepass on a shared machine, it ends up in shell history.",
        lambda r: "iOS certificate inventory %s: Apple Distribution (expires %s), Apple Development x%d, APNs key (no expiry). Renewal owner: %s." % (date(r), date(r), r.randint(2, 9), _n(r)),
        lambda r: "bundletool build-apks --bundle=app-release.aab --output=app.apks --ks=${KEYSTORE_PATH} --ks-key-alias=upload --ks-pass=env:KEYSTORE_PASSWORD",
        lambda r: "App size report %s: download %.1f MB (+%.1f), install %.1f MB; biggest growth from %s." % (date(r), r.uniform(20, 90), r.uniform(-2, 5), r.uniform(40, 200), pick(r, ["the new onboarding videos", "a second ML model", "unstripped symbols"])),
        lambda r: "Review notes template for App Store Connect: describe the new feature in one paragraph, list the test steps, and say where reviewers find the demo login (field 'Sign-in information', filled in by the release lead at submission time).",
    ],
    "gamedev_build": [
        lambda r: "BuildGraph: node 'Compile %s %s' took %d s on %s (%d actions, %d cached)." % (pick(r, ["UnrealEditor", "Game", "Server"]), pick(r, ["Win64", "Linux", "PS5"]), r.randint(60, 3000), host(r), *(lambda n: (n, r.randint(0, n)))(r.randint(500, 9000))),
        lambda r: "p4 describe -s %d\nChange %d by %s@ws_%s on %s\n\t%s\nAffected files ...\n... //depot/Game/%s#%d edit" % (*(lambda c: (c, c))(r.randint(100000, 999999)), ident(r, 6), ident(r, 5), date(r), pick(r, ["Fix crowd LOD bias reset", "Water material fallback", "Boss slam wind-up", "JP font metrics"]), pick(r, ["Content/Maps/Market.umap", "Source/AI/BossController.cpp", "Config/DefaultEngine.ini"]), r.randint(2, 90)),
        lambda r: "Memory report (%s, %s): textures %d MB, meshes %d MB, audio %d MB, free %d MB of %d MB." % (pick(r, ["handheld", "base console"]), pick(r, ["Market", "Harbour", "Boss arena"]), r.randint(800, 2500), r.randint(300, 1200), r.randint(100, 600), r.randint(50, 900), r.choice([5120, 8192, 12288])),
        lambda r: "Crash bucket %s: %d reports, top frame %s, first seen CL%d, %d%% on one GPU driver version." % (s(r, HEX, 8), r.randint(3, 900), pick(r, ["FStreamingManager::Tick", "UAnimInstance::Update", "FRHICommandList::Draw"]), r.randint(100000, 999999), r.randint(10, 90)),
        lambda r: "Shader compile stats, %s: %d permutations, %d new since yesterday, worker pool %d machines, wall time %d min." % (pick(r, ["PS5", "Win64 SM6", "Switch"]), r.randint(10**4, 10**6), r.randint(0, 9000), r.randint(4, 60), r.randint(5, 120)),
        lambda r: "Localisation status: %d strings, %s %d%% translated, %s %d%%, %s %d%%; loc freeze on %s." % (r.randint(5000, 60000), "ja", r.randint(60, 100), "de", r.randint(60, 100), "pt-BR", r.randint(40, 100), date(r)),
        lambda r: "Playtest %s summary: %d players, median session %d min, %d%% reached the boss, %d%% beat phase 2. Top feedback: the slam has no tell; inventory too slow." % (date(r), r.randint(6, 40), r.randint(20, 90), r.randint(40, 95), r.randint(10, 60)),
    ],
    "serial_log": [
        lambda r: "[%8.3f] usb 1-1: new high-speed USB device number %d using xhci_hcd\n[%8.3f] usb 1-1: New USB device found, idVendor=%s, idProduct=%s\n[%8.3f] cdc_acm 1-1:1.0: ttyACM%d: USB ACM device" % (r.uniform(1, 900), r.randint(2, 20), r.uniform(1, 900), s(r, HEX, 4), s(r, HEX, 4), r.uniform(1, 900), r.randint(0, 3)),
        lambda r: "Open On-Chip Debugger 0.12.0\nInfo : clock speed %d kHz\nInfo : STLINK V3J%dM%d (API v3) VID:PID 0483:374F\nInfo : %s.cpu: Cortex-M%d r0p1 processor detected\n** Programming Finished **\n** Verified OK **" % (r.choice([1000, 4000, 8000]), r.randint(7, 15), r.randint(3, 9), pick(r, ["stm32h7x", "stm32l4x", "stm32g4x"]), r.choice([4, 7, 33])),
        lambda r: "arm-none-eabi-size build/app.elf\n   text\t   data\t    bss\t    dec\t    hex\tfilename\n %d\t   %d\t  %d\t %d\t %x\tbuild/app.elf" % (*(lambda t, d, b: (t, d, b, t + d + b, t + d + b))(r.randint(40000, 400000), r.randint(200, 4000), r.randint(2000, 60000)),),
        lambda r: "Zephyr boot: *** Booting Zephyr OS build v3.%d.0 ***\n[00:00:00.%03d,000] <inf> app: fw %d.%d.%d, reset cause 0x%02x\n[00:00:0%d.%03d,000] <wrn> bt_hci_core: No ID address. App must call settings_load()" % (r.randint(4, 7), r.randint(1, 999), r.randint(1, 4), r.randint(0, 20), r.randint(0, 99), r.randint(1, 64), r.randint(1, 9), r.randint(1, 999)),
        lambda r: "mcuboot: Primary image: magic=good, swap_type=0x%d, copy_done=0x1, image_ok=0x1\nmcuboot: Boot source: none\nmcuboot: Image index: 0, Swap type: %s\nmcuboot: Bootloader chainload address offset: 0x%x" % (r.randint(1, 4), pick(r, ["none", "test", "revert"]), r.choice([0x10000, 0x20000, 0xC000])),
        lambda r: "Factory test unit SN%s: VBAT %.2f V, 3V3 %.3f V, RTC drift %+d ppm, radio RSSI %d dBm at 1 m, result %s." % (s(r, UP + DG, 10), r.uniform(3.6, 4.2), r.uniform(3.25, 3.35), r.randint(-20, 20), -r.randint(30, 60), pick(r, ["PASS", "PASS", "FAIL (RTC)"])),
        lambda r: "esptool.py v4.%d\nSerial port /dev/ttyUSB%d\nChip is ESP32-S3 (revision v0.%d)\nMAC: %s\nWrote %d bytes (%d compressed) at 0x00010000 in %.1f seconds\nHash of data verified." % (r.randint(5, 8), r.randint(0, 3), r.randint(1, 2), ":".join(s(r, HEX, 2) for _ in range(6)), *(lambda n: (n, n // 2 + r.randint(0, n // 4)))(r.randint(200000, 1500000)), r.uniform(3, 30)),
    ],
    "hpc_job": [
        lambda r: "squeue -u $USER\n  JOBID PARTITION     NAME     USER ST       TIME  NODES NODELIST(REASON)\n %d       gpu %8s %8s PD       0:00      %d (%s)\n %d       cpu %8s %8s  R    %d:%02d:%02d      1 cn%03d" % (r.randint(800000, 999999), pick(r, ["train", "md_run"]), ident(r, 6), r.randint(1, 8), pick(r, ["Resources", "Priority", "QOSMaxGRESPerUser"]), r.randint(800000, 999999), pick(r, ["post", "align"]), ident(r, 6), r.randint(0, 40), r.randint(0, 59), r.randint(0, 59), r.randint(1, 300)),
        lambda r: "sacct -j %d --format=JobID,MaxRSS,Elapsed,State\n%d.batch   %dK   %02d:%02d:%02d  %s" % (*(lambda j: (j, j))(r.randint(800000, 999999)), r.randint(10**6, 9 * 10**7), r.randint(0, 47), r.randint(0, 59), r.randint(0, 59), pick(r, ["COMPLETED", "OUT_OF_MEMORY", "TIMEOUT"])),
        lambda r: "mpirun -np %d --map-by ppr:%d:socket --bind-to core ./%s -i input_%s.nml\nparallel efficiency at %d ranks: %.0f%% (strong scaling from %d)" % (r.choice([64, 128, 512]), r.choice([8, 16, 32]), pick(r, ["wrf.exe", "lammps", "cp2k.psmp"]), ident(r, 4), r.choice([256, 512, 1024]), r.uniform(55, 92), r.choice([32, 64])),
        lambda r: "Allocation report %s, project proj%04d: %d of %d GPU-hours used (%.0f%%); fair-share factor %.3f." % (date(r), r.randint(1, 9999), *(lambda a: (r.randint(0, a), a))(r.randint(10000, 500000)), r.uniform(0, 100), r.uniform(0, 1)),
        lambda r: "Instrument log, cryo-EM %s: session %s, %d movies collected at %.2f Å/px, dose %.1f e⁻/Å², %d grids screened, data on /archive/%s." % (pick(r, ["Krios 1", "Krios 2", "Glacios"]), ident(r, 6), r.randint(1000, 20000), r.uniform(0.6, 1.2), r.uniform(40, 60), r.randint(2, 12), ident(r, 8)),
        lambda r: "lfs quota -u $USER /scratch\nDisk quotas for usr %s:\n     Filesystem  kbytes   quota   limit   grace   files   quota   limit\n       /scratch %d  %d %d   -  %d  0  0" % (ident(r, 6), r.randint(10**8, 10**10), 10**10, 11 * 10**9, r.randint(10**4, 10**7)),
        lambda r: "Module tree change %s: %s is now the default; the old one stays for %d days as %s. Rebuild C++ code that links libstdc++." % (date(r), pick(r, ["gcc/14.1", "openmpi/5.0", "cuda/12.6"]), r.choice([30, 60, 90]), pick(r, ["gcc/12.3", "openmpi/4.1", "cuda/12.4"])),
    ],
    "trading_ops": [
        lambda r: "Post-trade TCA %s, %s: arrival slippage %+.1f bp, VWAP slippage %+.1f bp, participation %d%%, %d child orders, %d venues." % (date(r), pick(r, ["VOD.L", "SAP.DE", "7203.T", "NESN.S"]), r.uniform(-8, 8), r.uniform(-5, 5), r.randint(3, 25), r.randint(10, 900), r.randint(2, 9)),
        lambda r: "Order state machine: PendingNew → New → PartiallyFilled → Filled; a Cancel while PartiallyFilled goes to PendingCancel and ends in Canceled with the filled quantity kept (tag 14)." ,
        lambda r: "Kill switch test %s: triggered from the risk UI at %s, all %d strategies flat in %d ms, quotes pulled on %d venues; reset by two people as required." % (date(r), clock(r), r.randint(3, 40), r.randint(20, 900), r.randint(2, 8)),
        lambda r: "Reference data %s: %d symbols updated, %d corporate actions applied (%s), %d instruments delisted." % (date(r), r.randint(10, 9000), r.randint(0, 40), pick(r, ["splits and dividends", "one rights issue", "ticker changes"]), r.randint(0, 20)),
        lambda r: "Latency budget, colo %s: feed handler %d µs, strategy %d µs, risk check %d µs, gateway %d µs; p99 tick-to-trade %d µs." % (pick(r, ["LD4", "FR2", "NY4", "TY3"]), r.randint(2, 20), r.randint(3, 40), r.randint(1, 10), r.randint(2, 20), r.randint(20, 200)),
        lambda r: "Reconciliation %s: OMS vs broker drop copy, %d fills matched, %d breaks (%s), resolved by %s." % (date(r), r.randint(100, 90000), r.randint(0, 5), pick(r, ["late busted trade", "price rounding", "none"]), clock(r)),
        lambda r: "Strategy config %s: max_position %d, max_order_qty %d, price_band_bp %d, throttle %d orders/s, enabled %s." % (ident(r, 5), r.randint(1000, 90000), r.randint(100, 5000), r.randint(10, 200), r.randint(5, 100), pick(r, ["true", "false"])),
    ],
    "bio_pipeline": [
        lambda r: nf_process(r),
        lambda r: "samtools flagstat %s.bam\n%d + 0 in total (QC-passed reads + QC-failed reads)\n%d + 0 mapped (%.2f%% : N/A)\n%d + 0 duplicates" % (ident(r, 6), *(lambda t: (t, int(t * 0.93), 93.0, int(t * 0.12)))(r.randint(10**7, 10**8))),
        lambda r: "MultiQC summary, run %s: %d samples, median %.1f M reads, %%GC %d-%d, duplication %d-%d%%, adapter content below 1%% after trimming." % (ident(r, 6), r.randint(6, 96), r.uniform(10, 60), r.randint(40, 45), r.randint(46, 52), r.randint(5, 15), r.randint(16, 40)),
        lambda r: ">%s_%d len=%d\n%s" % (pick(r, ["contig", "scaffold", "tx"]), r.randint(1, 9999), *(lambda n: (n, s(r, "ACGT", n)))(r.randint(60, 140))),
        lambda r: "gene_id\t%s\n%s" % ("\t".join("S%02d" % i for i in range(1, 5)), "\n".join("ENSG%011d\t%s" % (r.randint(10**5, 10**6), "\t".join(str(r.randint(0, 5000)) for _ in range(4))) for _ in range(r.randint(3, 7)))),
        lambda r: "nextflow run nf-core/%s -r %s -profile %s --input samplesheet.csv --genome %s -resume\nCompleted at: %s; Duration: %dh %dm; Succeeded: %d; Cached: %d" % (pick(r, ["rnaseq", "sarek", "atacseq"]), pick(r, ["3.14.0", "3.18.0", "2.6.0"]), pick(r, ["singularity,slurm", "docker"]), pick(r, ["GRCh38", "GRCm39"]), date(r), r.randint(1, 30), r.randint(0, 59), r.randint(50, 900), r.randint(0, 400)),
        lambda r: "chr%d\t%d\t%d\t%s\t%d\t%s" % (r.randint(1, 22), *(lambda a: (a, a + r.randint(100, 5000)))(r.randint(10**5, 10**8)), pick(r, ["peak_1", "exon_3", "CpG_island"]), r.randint(0, 1000), pick(r, "+-")),
    ],
    "robotics_cfg": [
        lambda r: "ros2 topic hz /scan\naverage rate: %.3f\n\tmin: %.3fs max: %.3fs std dev: %.5fs window: %d" % (r.uniform(9, 20), r.uniform(0.04, 0.05), r.uniform(0.05, 0.2), r.uniform(0.001, 0.02), r.randint(50, 500)),
        lambda r: "amcl:\n  ros__parameters:\n    min_particles: %d\n    max_particles: %d\n    laser_max_range: %.1f\n    update_min_d: %.2f\n    update_min_a: %.2f" % (r.choice([200, 500]), r.choice([2000, 5000]), r.uniform(8, 30), r.uniform(0.1, 0.3), r.uniform(0.1, 0.3)),
        lambda r: "Fleet status %s: %d units active, %d charging, %d in maintenance; missions completed %d, aborted %d (%s)." % (clock(r), r.randint(5, 40), r.randint(0, 10), r.randint(0, 4), r.randint(100, 3000), r.randint(0, 20), pick(r, ["blocked aisle", "localisation loss", "low battery"])),
        lambda r: "MoveIt planning stats: %d plans, success %.1f%%, median planning time %d ms, %d collisions avoided with the fixture's updated mesh." % (r.randint(100, 5000), r.uniform(90, 100), r.randint(20, 900), r.randint(0, 60)),
        lambda r: "Wheel odometry calibration: radius L %.4f m, R %.4f m, track %.4f m; square test error %.1f cm after %d laps." % (r.uniform(0.07, 0.09), r.uniform(0.07, 0.09), r.uniform(0.3, 0.6), r.uniform(0.5, 8), r.randint(2, 10)),
        lambda r: "Gripper test: %d picks, %d drops (%s), mean cycle %.1f s; pads replaced at %d cycles." % (r.randint(100, 3000), r.randint(0, 40), pick(r, ["wet boxes", "shrink wrap", "none notable"]), r.uniform(3, 12), r.randint(10000, 90000)),
        lambda r: "colcon build --packages-select %s\nStarting >>> %s\nFinished <<< %s [%.1fs]\nSummary: 1 package finished [%.1fs]" % (*(lambda p: (p, p, p))(pick(r, ["nav_bringup", "arm_control", "lidar_driver", "docking"])), *(lambda t: (t, t + 0.3))(r.uniform(5, 200))),
    ],
    "hwlab": [
        lambda r: "Bench setup for %s: PSU channel 1 at %.1f V / %.1f A limit, e-load CC %.2f A, scope CH1 on VOUT (AC, 20 MHz BW), CH2 on the switch node." % (pick(r, ["buck rev B", "LDO board", "motor driver"]), r.choice([5.0, 12.0, 24.0]), r.uniform(0.5, 5), r.uniform(0.1, 3)),
        lambda r: "Ripple %.1f mVpp at %.1f A load (spec %d mVpp); transient %d mV undershoot on a 0→%.1f A step, recovery %d µs." % (r.uniform(5, 40), r.uniform(0.5, 3), r.choice([30, 50]), r.randint(20, 200), r.uniform(1, 3), r.randint(10, 200)),
        lambda r: "ESD test IEC 61000-4-2 on %s: contact ±%d kV, air ±%d kV; %s." % (pick(r, ["USB-C port", "enclosure seam", "button"]), r.choice([4, 6, 8]), r.choice([8, 15]), pick(r, ["no upset", "reset at +8 kV, recovered by itself (criterion B)", "pass"])),
        lambda r: "Instrument booking %s: %s reserved by %s %s–%s for %s." % (date(r), pick(r, ["spectrum analyser", "thermal chamber", "EMC tent", "network analyser"]), _n(r), *sorted((clock(r), clock(r))), pick(r, ["rev C pre-scan", "antenna tuning", "battery cycling"])),
        lambda r: "Calibration due list: %s" % "; ".join("%s %s due %s" % (pick(r, ["DMM", "scope", "PSU", "load"]), "A%03d" % r.randint(1, 400), date(r)) for _ in range(r.randint(2, 5))),
        lambda r: "ICT results lot %s: %d boards, %d fail (%s), first-pass yield %.1f%%." % (s(r, UP + DG, 6), r.randint(50, 2000), r.randint(0, 40), pick(r, ["R12 open", "U3 bridging", "missing C44"]), r.uniform(90, 100)),
        lambda r: "Drop test %s: %d drops from %.1f m on %d faces, %d units; one cracked battery door at drop %d, no functional failures." % (date(r), r.randint(6, 26), r.choice([0.8, 1.2, 1.5]), r.choice([6, 8]), r.randint(3, 10), r.randint(1, 26)),
    ],
    "helpdesk_kb": [
        lambda r: "KB-%d Printer in lab %s: driver from the software center, queue \\\\print01\\lab%s; scans go to your home folder." % (r.randint(100, 999), r.randint(1, 9), r.randint(1, 9)),
        lambda r: "Ticket %d: instrument PC %s lost its network share after the domain move; re-joined to the domain, mapped drive restored, user logged in with their own account." % (r.randint(10000, 99999), host(r)),
        lambda r: "KB-%d New starter checklist: laptop, badge, MFA enrolment in person, groups per the team template, training on data handling within the first week." % r.randint(100, 999),
        lambda r: "Asset %s: %s, assigned to %s, warranty until %s, disk encrypted, last check-in %s." % (s(r, UP + DG, 8), pick(r, ["MacBook Pro 14", "ThinkPad P1", "Dell Precision 5680"]), _n(r), date(r), date(r)),
        lambda r: "Software request %d: %s for the %s group, licence seat %d of %d; installed via the software center." % (r.randint(10000, 99999), pick(r, ["MATLAB", "Altium", "GraphPad Prism", "Origin"]), pick(r, ["robotics", "bio", "hw lab"]), r.randint(1, 50), r.randint(50, 60)),
        lambda r: "KB-%d Password rules for lab accounts: at least 14 characters, no reuse of the last 10, MFA required off-site; resets only through the self-service portal." % r.randint(100, 999),
        lambda r: "Major incident %s: Wi-Fi outage in building %s from %s to %s, caused by a controller firmware bug; rolled back, root cause with the vendor." % (date(r), pick(r, "ABCDE"), *sorted((clock(r), clock(r)))),
    ],
    "template_doc": [
        lambda r: "prompts/README: each template has a YAML header (name, version, owner, model, eval_set) and a body; the CI job renders every template with the fixture variables and fails on a missing variable.",
        lambda r: "Template versions in production: %s" % ", ".join("%s@v%d" % (pick(r, ["triage", "judge", "summary", "labeller", "notes"]), r.randint(1, 12)) for _ in range(r.randint(3, 6))),
        lambda r: "Review rule for prompt changes: a diff to any file under prompts/ needs an approver from the eval team and a before/after table on the %s set; wording changes alone still need the run." % pick(r, ["regression", "golden", "red-team"]),
        lambda r: "Token budget for the %s template: system part ~%d tokens, few-shot ~%d, retrieved context up to %d, leaving %d for the answer at an 8k context." % (pick(r, ["triage_v3", "qa_grounded", "pairwise_judge"]), r.randint(150, 600), r.randint(300, 1500), r.randint(1500, 5000), r.randint(300, 1200)),
        lambda r: "A/B of two template versions on %d tickets: v%d resolved %.1f%% without escalation vs %.1f%% for v%d; the difference is within noise, keeping the shorter one." % (r.randint(200, 3000), r.randint(3, 6), r.uniform(40, 70), r.uniform(40, 70), r.randint(1, 2)),
        lambda r: "The labeller template takes the label list from labels.yaml at render time, so adding a class does not need a template change; the model's answer is validated against the same list.",
    ],
}

SINGLE_MORE = [
    "Hi {other},\n\nThe calibration certificates for the bench DMMs came back; three are due again in March. I put the dates in the booking calendar.\n\nThanks,\n{n}",
    "Question for the channel (nobody has answered yet): is there a supported way to pin the CUDA version per job on the new nodes, or do we have to build containers? - {n}",
    "Weekly update from {n}: the boss-fight tuning is done, the handheld frame time is at 31 ms in the market, and the JP localisation drop is due Monday.",
    "Decision record ({date}, written by {n}): we keep the judge at temperature 0 and three seeds for every release comparison; single-seed numbers are not quoted any more.",
    "Hi team,\n\nFriendly reminder that the lab floor is closed Thursday afternoon for the safety scanner re-validation. Robots stay docked.\n\n{n}",
    "Postmortem summary by {n}: the staged rollout was paused at 20 % on {date} because of a WebView crash outside our code; no user data was affected; resumed two days later.",
    "Dear {other},\n\nplease find attached the quote for the second thermal chamber. Lead time is eight weeks.\n\nKind regards,\n{n}",
    "Notes from my call with the sequencing core ({date}, {n}): lane 3 will be re-run on Friday; they will also send the per-tile plots for the previous two runs.",
    "In my own words, for the record ({n}): we tried the new signal with the lag fixed and the Sharpe ratio is about 1.2; it goes to paper trading for a month before anyone decides.",
    "Out-of-office: {n} is away until {date}. For cluster questions use the help-desk queue; for release questions ask {other}.",
]


AGENT_DID = [
    "I rebuilt the shader cache on agent {host} and the nightly build went green at CL{cl}.",
    "I traced the failing TestFlight upload to an expired App Store Connect key; the release lead rotated it, I did not see or store the new one.",
    "I bisected the bootloader hang to the VTOR change in commit {sha} and opened a fix.",
    "I moved the Slurm jobs to the bigmem partition and cut the queue wait from two days to three hours.",
    "I switched the eval harness to the new judge model and reran {n} prompts; scores moved by less than a point.",
    "I reviewed the labelling instructions the data team wrote for the model and suggested two clarifications, in the doc's comments, not here.",
    "I profiled the feature backfill: {pct}% of the time was spent in one skewed join; salting the key brought it from {h} h to under one.",
    "I added a blank-flash case to the HIL suite; it fails on main and passes with the VTOR fix.",
    "I updated the Nextflow config so the dedup step gets 64 GB, and reran sample {n}; the run finished.",
    "I compared the two checkpoints on the regression suite with three seeds; the difference is inside the noise.",
    "I wrote the migration plan for moving the signing setup to the new CI runners; it is in the release repo, waiting for review.",
    "I found that the LIDAR frame drops come from the MTU setting of the new driver and documented the fix in the nav-stack README.",
    "I replaced the hard-coded gyro covariance with a parameter and ran the loop course: drift went from {d1} to {d2} cm per 10 m.",
    "I cleaned {tb} TB of old checkpoints from scratch after checking with their owners.",
    "I checked the market-data gap on {date}: the stale-price guard paused all strategies and no orders went out on stale prices.",
    "I regenerated the 6.9-inch screenshots with the snapshot lane for all locales and uploaded them.",
    "I set up the thermal chamber profile for rev C and started the {n}-cycle run; results are due on {date}.",
    "I read the crash reports for the Android 14 spike; all of them point to the system WebView, not our code.",
]
AGENT_NEXT = [
    "Next: rerun with three seeds.", "Open question: whether to raise max_tokens to 1024 for the long-answer set.", "No credentials were needed beyond my usual access.",
    "Temperature stays at 0 for the regression suite.", "", "", "Next step is a review from {name}.", "I left the branch pushed but not merged.",
    "Nothing is deployed yet.", "Tests: {n} passed, 0 failed.", "Time spent: about {h} hours.", "I did not touch production.", "The ticket is updated with the same summary.",
]


def single_more(r):
    return pick(r, SINGLE_MORE).format(n=_n(r), other=_n(r), date=date(r))


def agent_more(r):
    env = {"host": host(r), "cl": r.randint(100000, 999999), "sha": sha(r, 7), "n": r.randint(5, 900), "pct": r.randint(40, 90), "h": r.randint(2, 9),
           "d1": r.randint(8, 20), "d2": r.randint(2, 7), "tb": r.randint(1, 30), "date": date(r), "name": _n(r)}
    first = pick(r, AGENT_DID).format(**env)
    if r.random() < 0.35:
        first += " " + pick(r, [x for x in AGENT_DID if x.format(**env) != first]).format(**env)
    nxt = pick(r, AGENT_NEXT).format(**env)
    return first + (" " + nxt if nxt else "")


_unused = (DG, ip, uuid)
