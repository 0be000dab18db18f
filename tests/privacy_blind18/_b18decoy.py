"""Benign decoys: text that talks about credentials, prompts and models without carrying one.
Same forms as the needles so benign twins come from the same frames and placements.
"""
from _b18rand import UP


def masked(k):
    m = k.pick([f"sk-...{k.alnum(4)}", "ghp_****************", f"AKIA****{k.chars(UP, 4)}", "********", "xoxb-***-***",
                f"…{k.hexs(4)}", "[REDACTED]", "sk-ant-•••••", f"glpat-****{k.alnum(2)}"])
    return {
        "prose": k.pick([f"Rotated the deploy key; the new one shows as {m} in the console, the value itself is only in the secret store.",
                         f"The log line printed the key as {m}, so masking works; no full value appears anywhere in the job output.",
                         f"Old token ({m}) revoked at {k.time()} UTC; nothing in the last 24h used it."]),
        "code": ("text", f"token: {m}  (masked by the CLI)\nscopes: repo, workflow\nexpires: {k.date()}"),
        "log": f"{k.ts()} INFO  auth: using credential {m} from env (source=secret-manager)",
        "cell": ("API key", f"{m} (masked)"),
        "short": f"key rotated, now {m}; value in 1Password only",
    }


def references(k):
    ref = k.pick(["${{ secrets.NPM_TOKEN }}", "${{ secrets.AWS_ROLE_ARN }}", "op://Engineering/staging-db/password",
                  "vault:secret/data/billing#api_key", "{{ .Values.db.passwordSecretRef }}", "$DB_PASSWORD",
                  "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/api-Ab12Cd", "${STRIPE_SECRET_KEY}",
                  "sm://projects/kite/secrets/openai-key/versions/latest"])
    return {
        "prose": f"The workflow reads the credential from {ref}; nothing secret is committed, and forks cannot see it.",
        "code": (k.pick(["yaml", "yaml", "bash"]), k.pick([
            f"env:\n  NODE_AUTH_TOKEN: ${{{{ secrets.NPM_TOKEN }}}}\n  TOKEN_SOURCE: {ref}",
            "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: billing-db\n        key: password",
            f"export API_KEY=\"$(aws secretsmanager get-secret-value --secret-id prod/{k.svc()} --query SecretString --output text)\"",
            f"password: {ref}"])),
        "cell": ("db password", f"`{ref}`"),
        "short": f"token comes from {ref} now",
    }


def rotation(k):
    fp = "SHA256:" + k.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 43)
    return {
        "prose": k.pick([f"Key rotation for {k.svc()} is done: new signing key kid={k.uuid()}, fingerprint {fp}. The old key stays valid for verification until {k.date()}.",
                         f"Rotated the database password and the API keys for {k.env()} after the contractor offboarding; both live in the secret manager, and every service picked the new values up on restart.",
                         "Next rotation is due in 90 days; the reminder is on the team calendar and the procedure is in docs/security/rotation.md."]),
        "code": ("text", f"kid: {k.uuid()}\nalg: ES256\ncreated: {k.ts()}\nstatus: active\nfingerprint: {fp}"),
        "log": f"{k.ts()} INFO  keyring: rotated signing key, new kid={k.uuid()} previous retired",
        "cell": ("signing key", f"kid {k.uuid()[:8]} (rotated {k.date()})"),
        "short": f"rotated {k.svc()} keys, fingerprint {fp[:20]}…",
    }


def public_keys(k):
    pub = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + k.alnum(43) + f" deploy@{k.svc()}"
    block = "-----BEGIN PUBLIC KEY-----\n" + "\n".join(k.alnum(64) for _ in range(k.num(2, 5))) + "\n" + k.alnum(20) + "==\n-----END PUBLIC KEY-----"
    return {
        "prose": f"Added the runner's public key to the deploy keys list (read-only): {pub}",
        "code": ("text", k.pick([block, pub])),
        "cell": ("deploy key (public)", f"`{pub[:60]}…`"),
        "short": f"authorized_keys += {pub[:120]}",
    }


def token_budget(k):
    p, c = k.num(400, 90000), k.num(50, 4000)
    return {
        "prose": k.pick([f"The eval run on {k.model()} used {p:,} prompt tokens and {c:,} completion tokens per case on average; the context window is 128k, so truncation is not the issue.",
                         f"Token budget for the summarizer is {k.num(2, 16)}k; anything longer gets chunked by section headings first.",
                         f"Cost per nightly run dropped to ${k.num(1, 40)}.{k.num(10, 99)} after switching to {k.model()} with prompt caching."]),
        "code": ("json", '{"model": "%s", "usage": {"prompt_tokens": %d, "completion_tokens": %d, "total_tokens": %d}, "latency_ms": %d}' % (k.model(), p, c, p + c, k.num(300, 9000))),
        "log": f"{k.ts()} INFO  llm.usage model={k.model()} prompt_tokens={p} completion_tokens={c} cached={k.num(0, p)}",
        "cell": ("tokens / case", f"{p:,} in, {c:,} out"),
        "short": f"{k.model()}: {p} prompt tokens, {c} completion, temp 0.2",
    }


def prompt_files(k):
    f = k.pick(["prompts/review.md", "prompts/triage.j2", "templates/summarize.txt", "llm/prompts/commit_msg.yaml"])
    return {
        "prose": k.pick([f"The prompt template lives in {f}; I changed only the wording of the second instruction and re-ran the eval (score 0.81 → 0.84).",
                         f"Prompt changes now need a review from #ml-platform; {f} has a CODEOWNERS entry.",
                         f"Moved the system prompt out of the code into {f} so it can be versioned and diffed like everything else."]),
        "code": ("text", f"{f}  | 42 +++---\nevals/cases.jsonl | 12 ++\n2 files changed, 31 insertions(+), 23 deletions(-)"),
        "cell": ("prompt file", f"`{f}` (v{k.num(2, 14)})"),
        "short": f"prompt template: {f} (no content change, only moved)",
    }


def paraphrase(k):
    return {
        "prose": k.pick(["The user asked for retries on the upload path; added them with a cap of five attempts and a test.",
                         f"{k.person()} wanted the export to include archived rows; that is now an opt-in flag.",
                         "Per the request, I kept the public API unchanged and only touched internals.",
                         "The user was unhappy with the verbose logging, so I moved the per-row messages to debug level.",
                         "They asked me not to push to main directly; everything went through PR as usual.",
                         f"I asked {k.person()} whether the cutover could wait until Monday; the answer was yes, so it is scheduled then."]),
        "cell": ("request", k.pick(["retries on upload (done)", "opt-in archived rows (done)", "quieter logs (done)"])),
        "short": k.pick(["user asked for retries; added them", "requested: smaller diff. done, 3 files", "asked to skip the docs for now; noted"]),
    }


def auth_errors(k):
    e = k.pick(["401 Unauthorized: invalid API key", "FATAL: password authentication failed for user \"app\"",
                "error: invalid_grant (token expired)", "403 Forbidden: token lacks scope write:packages",
                "AccessDenied: The security token included in the request is expired",
                "bad credentials (GitHub API)", "SASL authentication failed"])
    return {
        "prose": f"The job failed with `{e}`; the credential had been rotated but the runner cache still held the old one. Clearing the cache fixed it.",
        "log": f"{k.ts()} ERROR {k.svc()} {e}",
        "cell": ("error", f"`{e}`"),
        "code": ("text", f"{k.ts()} ERROR {e}\n{k.ts()} INFO  retrying with refreshed credentials\n{k.ts()} INFO  ok"),
        "short": f"CI red: {e}. Re-synced the secret, green again.",
    }


def hashes(k):
    return {
        "prose": f"Pinned the base image to sha256:{k.hexs(64)} and the lockfile hash is {k.hexs(40)}; request {k.uuid()} was the one that failed.",
        "code": ("text", f"image: ghcr.io/{k.repo()}@sha256:{k.hexs(64)}\ncommit: {k.hexs(40)}\ncache-key: linux-x64-sha256-{k.hexs(64)}\nrun: {k.uuid()}"),
        "log": f"{k.ts()} INFO  cache restore key=Linux-node20-{k.hexs(64)} hit=true",
        "cell": ("digest", f"`sha256:{k.hexs(64)}`"),
        "short": f"bisected to {k.hexs(40)}, trace id {k.hexs(32)}",
    }


def placeholders(k):
    v = k.pick(["<your-token-here>", "REPLACE_ME", "xxxxxxxxxxxxxxxx", "${API_KEY}", "<redacted>", "TODO-set-in-vault", "<set me>"])
    return {
        "prose": f"The example config in the README uses `{v}` as the value; the real one comes from the environment at start-up.",
        "code": (k.pick(["dotenv", "yaml"]), k.pick([f"API_KEY={v}\nDB_PASSWORD=\nLOG_LEVEL=debug", f"auth:\n  token: \"{v}\"\n  header: Authorization"])),
        "intro": k.pick(["From `.env.example` (committed, no real values):", "The sample config in the docs:", "Template for new environments:"]),
        "cell": ("token", f"`{v}`"),
        "short": f".env.example: API_KEY={v}",
    }


def chat_summary(k):
    return {
        "prose": k.pick([f"{k.person()} and {k.person()} agreed in standup to postpone the cutover to Thursday; I updated the plan accordingly.",
                         "Discussed with the reviewer: we keep the old endpoint one more release, then remove it.",
                         "The thread in #release concluded that the flaky test gets quarantined, not deleted.",
                         "Talked to support about the customer report; they confirmed the export is the only thing affected."]),
        "cell": ("decision", "postpone cutover to Thursday (standup)"),
        "short": "standup: cutover moved to Thu, owner Priya",
    }


def model_notes(k):
    return {
        "prose": k.pick([f"Switched the triage bot from {k.model()} to {k.model()}; temperature 0.2, max output 800 tokens, same eval set.",
                         "Prompt-injection test cases live in evals/injection.jsonl; all 48 pass after the change to how tool output is quoted.",
                         f"Model health: {k.model()} latency p95 {k.num(800, 9000)} ms, 0.{k.num(1, 9)} % 5xx from the provider this week."]),
        "code": ("yaml", f"model: {k.model()}\ntemperature: 0.2\nmax_tokens: 800\ntop_p: 1.0\nfallback: {k.model()}"),
        "cell": ("model", f"{k.model()} (fallback {k.model()})"),
        "short": f"model health ok: {k.model()} p95 {k.num(800, 9000)}ms",
    }


CATEGORIES = {
    "ben_masked_values": masked,
    "ben_secret_references": references,
    "ben_key_rotation": rotation,
    "ben_public_keys": public_keys,
    "ben_token_budget": token_budget,
    "ben_prompt_file_notes": prompt_files,
    "ben_paraphrased_requests": paraphrase,
    "ben_auth_error_messages": auth_errors,
    "ben_hashes_and_ids": hashes,
    "ben_placeholder_values": placeholders,
    "ben_chat_outcomes": chat_summary,
    "ben_model_config_notes": model_notes,
}
