"""Benign lines for blind20: an agent's ordinary engineering text on an AI product. It talks about
prompts, models, tokens, keys and jailbreaks all the time, but quotes none of them and carries no
credential value."""
import json

import _b20lang as L
import _b20rand as R

MODELS = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "o3-mini", "claude-sonnet-4", "claude-3-5-haiku",
          "gemini-2.0-flash", "gemini-1.5-pro", "llama-3.3-70b", "mistral-large", "deepseek-chat", "qwen2.5-72b"]
PROMPTS = ["support_answer", "ticket_summary", "query_rewrite", "grader", "review_bot", "intent_classifier",
           "onboarding_coach", "sql_assistant", "faq_rag", "refund_policy"]
SUITES = ["faq-regression", "refund-edge-cases", "multilingual-smoke", "jailbreak-200", "pii-leak", "long-context",
          "tool-use", "citation-grounding"]
ENVS = ["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GOOGLE_API_KEY", "HF_TOKEN", "PINECONE_API_KEY", "LANGFUSE_SECRET_KEY",
        "WANDB_API_KEY", "GROQ_API_KEY"]


def _fmt_note(rng, lang):
    return rng.choice(L.NOTE[lang]).format(v=rng.randint(2, 20), n=rng.randint(80, 5000), p=R.pct(rng, 55, 98),
                                           d=f"{rng.uniform(0.3, 9):.1f}", ms=rng.randint(20, 400), m=rng.randint(3, 90))


def eval_report(rng):
    if rng.random() < 0.3:
        return _fmt_note(rng, rng.choice(L.LANGS))
    suite = rng.choice(SUITES)
    rows = []
    for m in rng.sample(MODELS, rng.randint(2, 6)):
        for pv in rng.sample(range(3, 20), rng.randint(1, 3)):
            rows.append(f"| {m} | {rng.choice(PROMPTS)}@v{pv} | {R.pct(rng)} | {rng.randint(200, 4000)} ms | "
                        f"${rng.uniform(0.01, 4):.2f} |")
    if rng.random() < 0.3:
        return (f"eval {suite}: {rows[0].split('|')[1].strip()} {R.pct(rng)}% pass "
                f"({rng.choice(['-', '+'])}{rng.uniform(0.2, 6):.1f} vs main), {rng.randint(1, 30)} regressions")
    head = f"## Eval report — {suite} ({R.day(rng)})\n\n| model | prompt | pass % | p50 latency | cost |\n|---|---|---|---|---|\n"
    tail = rng.choice(["", f"\n\nRegressions: {rng.randint(1, 25)} cases flipped from pass to fail; most are refund questions "
                       "where the new version hedges instead of stating the 14-day window.",
                       f"\n\nNo regression above the 2-point gate. Judge model: {rng.choice(MODELS)}; {rng.randint(100, 900)} cases."])
    return head + "\n".join(rows) + tail


def template_changelog(rng):
    p = rng.choice(PROMPTS)
    v = rng.randint(2, 30)
    changes = rng.sample([
        "tightened the refusal section", "moved the citation rule above the examples", "dropped two few-shot examples",
        "added a rule about answering in the customer's language", "renamed the {context} slot to {passages}",
        "split the persona and the policy into separate blocks", "removed the JSON schema from the system message",
        "reworded the escalation instruction", "added an example for partial refunds",
    ], rng.randint(1, 4))
    t0 = rng.randint(300, 2400)
    t1 = t0 + rng.randint(-300, 300)
    line = f"{p} v{v - 1} → v{v}: {'; '.join(changes)}. System message {t0} → {t1} tokens ({rng.choice(['cl100k_base', 'o200k_base'])})."
    if rng.random() < 0.4:
        return f"CHANGELOG.md\n\n### prompts/{p}.md v{v} ({R.day(rng)})\n- " + "\n- ".join(changes) + \
            f"\n- token count {t0} → {t1}; eval {rng.choice(SUITES)} {R.pct(rng)}% (was {R.pct(rng)}%)"
    return line


def routing_config(rng):
    prim, fb = rng.sample(MODELS, 2)
    style = rng.randrange(3)
    if style == 0:
        return (f"router:\n  default: {prim}\n  fallback: [{fb}, {rng.choice(MODELS)}]\n  temperature: {rng.choice([0, 0.1, 0.3, 0.7])}\n"
                f"  max_tokens: {rng.choice([256, 512, 1024, 4096])}\n  timeout_s: {rng.choice([15, 30, 60])}\n"
                f"  rate_limit:\n    rpm: {rng.choice([60, 500, 3000])}\n    tpm: {rng.choice([90000, 450000, 2000000])}\n"
                f"  api_key: ${{{rng.choice(ENVS)}}}\n  cost_per_1k_tokens:\n    input: {rng.uniform(0.0001, 0.01):.4f}\n"
                f"    output: {rng.uniform(0.0004, 0.03):.4f}")
    if style == 1:
        return json.dumps({"routes": [{"match": {"lang": rng.choice(L.LANGS)}, "model": prim},
                                      {"match": {"tokens_gt": rng.choice([8000, 32000])}, "model": fb}],
                           "api_key_env": rng.choice(ENVS), "retry": {"max": 3, "backoff_ms": 400}})
    return f"routing: short queries (<{rng.choice([200, 400])} tokens) go to {prim}, the rest to {fb}; temperature {rng.choice([0, 0.2])}."


def redteam_summary(rng):
    v = rng.randint(2, 9)
    n = rng.choice([100, 200, 250, 500])
    k = rng.randint(0, 40)
    if rng.random() < 0.5:
        return (f"Red-team run on {rng.choice(PROMPTS)} v{v}: {k}/{n} jailbreak attempts succeeded "
                f"(v{v - 1}: {k + rng.randint(1, 20)}/{n}). Worst families: {', '.join(rng.sample(['role-play', 'grandma', 'translation smuggling', 'DAN variants', 'base64 payloads', 'many-shot'], 2))}.")
    return (f"## Red-team summary {R.day(rng)}\n- attack set: {rng.choice(['jailbreak-200', 'promptinject-v2', 'internal-rt-q3'])}\n"
            f"- success rate: {k / n:.1%}\n- system-prompt leaks: {rng.randint(0, 5)}\n- PII leaks: 0\n"
            f"- action: add guardrail rule `{rng.choice(['block_instruction_override', 'deny_roleplay_admin', 'strip_hidden_text'])}`; re-run on v{v + 1}")


def guardrail_rules(rng):
    rules = rng.sample(["pii_email_mask", "pii_phone_mask", "block_competitor_mentions", "refusal_on_medical_dosage",
                        "max_output_tokens_600", "deny_system_prompt_disclosure", "topic_allowlist_billing",
                        "toxicity_threshold_0_8", "jailbreak_classifier_v3", "url_allowlist"], rng.randint(2, 5))
    if rng.random() < 0.5:
        return "guardrails:\n" + "\n".join(f"  - id: {r}\n    action: {rng.choice(['block', 'redact', 'log'])}\n"
                                           f"    enabled: {rng.choice(['true', 'false'])}" for r in rules)
    return f"Enabled guardrail rules {', '.join(rules)} on the {rng.choice(['EU', 'US', 'staging'])} deployment; " \
           f"false-block rate on the FAQ suite {R.pct(rng, 0.1, 3)}%."


def tokenizer_issue(rng):
    return rng.choice([
        f"Token counts differ between tiktoken {rng.choice(['0.7.0', '0.8.0'])} and the provider's usage field by "
        f"{rng.randint(1, 9)}% for Japanese text; the budget check now uses the provider count.",
        f"Bug: truncation cut a multi-byte character in half when the context hit {rng.choice([4096, 8192, 128000])} tokens; "
        "fixed by truncating on token boundaries, not bytes.",
        f"The {rng.choice(['o200k_base', 'cl100k_base', 'sentencepiece'])} tokenizer splits Hindi words into {rng.randint(3, 8)}x "
        "more tokens than English, so Hindi tickets cost more; noted in the pricing doc.",
        "`count_tokens()` returned 0 for empty messages and crashed the budgeter; added a guard and test_empty_message_budget.",
        "トークナイザのバージョン差でトークン数がずれる問題を修正。プロバイダの usage を正とする。",
        "Tokenizer-Upgrade: deutsche Komposita werden jetzt in weniger Tokens zerlegt, Kosten pro Ticket sinken um ca. 6 %.",
    ]) + (f" ({R.ticket(rng)})" if rng.random() < 0.6 else "")


def embedding_index(rng):
    if rng.random() < 0.3:
        return _fmt_note(rng, rng.choice(L.LANGS))
    return rng.choice([
        f"Rebuilt the {rng.choice(['support-kb', 'docs', 'tickets'])} index with {rng.choice(['text-embedding-3-large', 'bge-m3', 'e5-mistral'])}: "
        f"{rng.randint(10000, 900000):,} chunks, dim {rng.choice([768, 1024, 1536, 3072])}, {rng.randint(4, 120)} min, recall@10 {R.pct(rng, 70, 97)}%.",
        f"qdrant collection stats: points={rng.randint(10000, 5000000)} segments={rng.randint(2, 40)} status=green "
        f"indexed_vectors={rng.randint(10000, 5000000)} optimizer=ok",
        f"pgvector: switched from ivfflat (lists={rng.choice([100, 500])}) to hnsw (m=16, ef_construction=64); p95 query "
        f"{rng.randint(40, 200)} ms → {rng.randint(5, 39)} ms.",
        f"Chunking changed from {rng.choice([256, 512])} to {rng.choice([768, 1024])} tokens with {rng.choice([32, 64, 128])} overlap; "
        f"re-embedding cost ${rng.uniform(3, 90):.2f}.",
    ])


def gateway_log(rng):
    lines = []
    for _ in range(rng.randint(1, 8)):
        lines.append(json.dumps({"ts": f"{R.day(rng)}T{R.clock(rng)}Z", "route": "/v1/chat/completions",
                                 "model": rng.choice(MODELS), "status": rng.choice([200, 200, 200, 429, 500, 503]),
                                 "prompt_tokens": rng.randint(50, 9000), "completion_tokens": rng.randint(0, 1500),
                                 "latency_ms": rng.randint(80, 9000), "request_body": "[REDACTED]",
                                 "response_body": "[REDACTED]", "trace_id": R.hexs(rng, 16)}))
    return "\n".join(lines)


def provider_incident(rng):
    if rng.random() < 0.25:
        return _fmt_note(rng, rng.choice(L.LANGS))
    p = rng.choice(["OpenAI", "Anthropic", "Google", "Azure OpenAI", "Groq", "Bedrock", "Mistral"])
    return rng.choice([
        f"Incident {R.day(rng)}: {p} returned 429 (rate_limit_exceeded) for {rng.randint(5, 90)} min; the router failed "
        f"over to {rng.choice(MODELS)}; {rng.randint(0, 400)} requests dropped after 3 retries. Postmortem in {R.ticket(rng)}.",
        f"{p} status page: elevated error rates on {rng.choice(MODELS)} {R.clock(rng)}–{R.clock(rng)} UTC. No action needed.",
        f"Saw 529 overloaded_error from {p} during the nightly eval; re-ran the {rng.choice(SUITES)} suite, all green.",
        f"Latency p99 for {rng.choice(MODELS)} jumped from {rng.randint(2, 5)}s to {rng.randint(10, 40)}s after the provider's "
        "region migration; opened a support case, no quota change.",
    ])


def aggregate_users(rng):
    topics = rng.sample(["refunds", "shipping delays", "password resets", "export to PDF", "invoice copies",
                         "plan upgrades", "SSO errors", "data deletion"], 3)
    return rng.choice([
        f"This week {rng.randint(30, 70)}% of bot conversations were about {topics[0]}, then {topics[1]} and {topics[2]}. "
        f"Escalation rate {R.pct(rng, 5, 30)}%.",
        f"Most tickets ask about {topics[0]}; users often rephrase the same question twice when the first answer cites the wrong article.",
        f"Top intents last 7 days: {topics[0]} ({rng.randint(200, 900)}), {topics[1]} ({rng.randint(100, 400)}), "
        f"{topics[2]} ({rng.randint(20, 100)}).",
        f"CSAT for bot-only conversations {rng.uniform(3, 4.8):.1f}/5 (n={rng.randint(200, 3000)}); lowest for {topics[0]}.",
        f"Spanish-speaking users ask about {topics[0]} twice as often as English-speaking ones.",
        f"大多数用户在问{rng.choice(['退款', '物流', '保修'])}相关的问题，占比约 {rng.randint(30, 70)}%。",
    ])


def test_names(rng):
    tests = rng.sample(["test_refusal_on_pii", "test_prompt_renders_without_context", "test_system_prompt_not_leaked",
                        "test_jailbreak_suite_below_threshold", "test_token_budget_truncates", "test_fallback_on_429",
                        "test_judge_json_parses", "test_answer_language_matches_user", "test_citations_point_to_context",
                        "test_temperature_zero_is_deterministic", "test_api_key_read_from_env", "test_redacts_bodies_in_logs"],
                       rng.randint(2, 7))
    out = [f"tests/llm/{rng.choice(['test_guardrails', 'test_prompts', 'test_router'])}.py::{t} "
           f"{rng.choice(['PASSED', 'PASSED', 'PASSED', 'SKIPPED', 'FAILED'])}" for t in tests]
    return "\n".join(out) + f"\n===== {rng.randint(20, 400)} passed, {rng.randint(0, 3)} failed in {rng.uniform(1, 90):.2f}s ====="


def dataset_card(rng):
    name = rng.choice(["support-faq-eval", "refund-edge-cases", "multilingual-intents", "review-comments-gold"])
    return (f"# Dataset card: {name}\n\n- rows: {rng.randint(200, 20000)}\n- languages: {', '.join(rng.sample([*L.LANGS, 'en'], 4))}\n"
            f"- fields: `id` (str), `input` (str, the user message), `expected_intent` (enum), `reference` (str), `tags` (list)\n"
            f"- source: anonymised tickets from {R.day(rng)} to {R.day(rng)}, PII removed by `scrub_v{rng.randint(2, 5)}`\n"
            f"- license: internal only\n- known issues: {rng.randint(1, 40)} duplicates; references for refunds are outdated.")


def api_errors(rng):
    return rng.choice([
        f"openai.RateLimitError: Error code: 429 - {{'error': {{'message': 'Rate limit reached for {rng.choice(MODELS)} on tokens per min (TPM): Limit {rng.choice([30000, 200000])}, Used {rng.randint(29000, 199000)}', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}}}",
        f"anthropic.BadRequestError: Error code: 400 - prompt is too long: {rng.randint(200001, 260000)} tokens > 200000 maximum",
        "openai.AuthenticationError: Error code: 401 - Incorrect API key provided. You can find your API key at the dashboard.",
        "google.api_core.exceptions.ResourceExhausted: 429 Quota exceeded for aiplatform.googleapis.com/generate_content_requests_per_minute",
        f"litellm.ContextWindowExceededError: {rng.choice(MODELS)} context window is {rng.choice([8192, 32768, 128000])} tokens",
        f"ValidationError: 1 validation error for JudgeVerdict\nscore\n  Input should be 0 or 1 [type=literal_error, input_value={rng.randint(2, 9)}]",
        "KeyError: 'ANTHROPIC_API_KEY' (the env var is not set in the eval container)",
    ])


def env_twin(rng):
    var = rng.choice(ENVS)
    return rng.choice([
        f"curl https://api.openai.com/v1/chat/completions -H \"Authorization: Bearer ${var}\" -H 'Content-Type: application/json' -d @body.json",
        "curl -s https://api.anthropic.com/v1/messages -H \"x-api-key: $ANTHROPIC_API_KEY\" -H 'anthropic-version: 2023-06-01' -d @req.json | jq .usage",
        f"client = OpenAI(api_key=os.environ[\"{var}\"])",
        f"const llm = new OpenAI({{ apiKey: process.env.{var} }});",
        f"gh secret set {var} < /dev/stdin   # paste the value, never type it in the command",
        f"{var}=\n# fill in from 1Password item \"LLM providers / {rng.choice(['staging', 'prod'])}\"",
        f"api_key: ${{{{ secrets.{var} }}}}",
        f"os.environ.setdefault(\"{var}\", \"\")  # tests use the fake provider",
        f"export {var}=$(op read \"op://ai-platform/{var.lower()}/credential\")",
        f"{var}: vault:secret/data/llm#{var.lower()}",
    ])


def agent_status(rng):
    if rng.random() < 0.3:
        return _fmt_note(rng, rng.choice(L.LANGS))
    p = rng.choice(PROMPTS)
    return rng.choice([
        f"Updated the {p} prompt to v{rng.randint(3, 20)} (shorter refusal section, {rng.randint(20, 300)} tokens fewer); evals pass.",
        f"Next: re-run {rng.choice(SUITES)} against {rng.choice(MODELS)} and compare with last week's baseline.",
        f"The judge prompt now asks for JSON; parse failures went from {rng.randint(3, 12)}% to 0.",
        f"Branch feat/{p}-v{rng.randint(2, 9)}: template split into persona + policy blocks, tests updated, PR #{rng.randint(100, 2000)} open.",
        f"Rotated the {rng.choice(['OpenAI', 'Anthropic', 'Pinecone'])} key; the new one is in Vault under secret/llm and the old one is revoked.",
        f"Model health: {rng.choice(MODELS)} ok, {rng.choice(MODELS)} degraded (p95 {rng.randint(4, 20)}s), fallback active.",
        f"Investigated why the bot refuses refund questions: the v{rng.randint(5, 12)} policy block is too broad. Will narrow it tomorrow.",
        f"Set temperature to 0 for the {p} route so eval runs are reproducible.",
    ])


def long_design(rng):
    parts = [f"# Design note: {rng.choice(['prompt versioning', 'eval gating', 'model fallback', 'RAG freshness'])}\n"]
    for _ in range(rng.randint(6, 12)):
        parts.append(rng.choice([
            "Prompts live in `prompts/<name>/v<N>.md` and are referenced by name and version from code; the renderer fails "
            "if a slot is missing. Each version records its token count and the eval run that approved it.",
            f"Every PR that changes a prompt or a model route runs the {rng.choice(SUITES)} suite ({rng.randint(100, 900)} cases) "
            f"and blocks if the pass rate drops more than {rng.randint(1, 4)} points against main.",
            "Provider keys are read from the environment only; the gateway injects them per route and logs requests with bodies "
            "redacted. No key is ever written to config files or notebooks.",
            f"The fallback chain is {' → '.join(rng.sample(MODELS, 3))}; a 429 or 5xx moves to the next model after "
            f"{rng.randint(1, 3)} retries with jittered backoff.",
            "Red-team sets are run weekly; only aggregate numbers (success rate per attack family) are stored in the report.",
            f"The index is rebuilt nightly from the help center; articles edited in the last {rng.randint(1, 7)} days are "
            "re-embedded first.",
            f"Judge-model scores are calibrated against {rng.randint(100, 500)} human-labelled cases; agreement is {R.pct(rng, 70, 95)}%.",
            "Open question: should we store per-case model outputs at all? For now the eval store keeps only ids, scores and hashes.",
        ]))
    return "\n\n".join(parts)


def cost_report(rng):
    rows = [f"{m:<18} {rng.randint(10**5, 9*10**7):>10,} in  {rng.randint(10**4, 9*10**6):>9,} out  ${rng.uniform(1, 900):>8.2f}"
            for m in rng.sample(MODELS, rng.randint(2, 5))]
    if rng.random() < 0.35:
        return (f"LLM spend {R.day(rng)}: ${rng.uniform(50, 5000):,.2f} total, {rng.choice(MODELS)} is "
                f"{rng.randint(30, 80)}% of it; cache hit rate {R.pct(rng, 5, 60)}%.")
    return "token usage (last 24h)\n" + "\n".join(rows) + f"\nbudget alert at ${rng.choice([500, 1000, 2500])}/day: " \
        f"{rng.choice(['not reached', 'reached 18:20 UTC', 'reached, fallback to mini models'])}"


CATEGORIES = [
    ("benign_eval_report", 90, eval_report), ("benign_template_changelog", 80, template_changelog),
    ("benign_routing_config", 80, routing_config), ("benign_redteam_summary", 70, redteam_summary),
    ("benign_guardrail_rules", 70, guardrail_rules), ("benign_tokenizer_issue", 60, tokenizer_issue),
    ("benign_embedding_index", 75, embedding_index), ("benign_gateway_log_redacted", 75, gateway_log),
    ("benign_provider_incident", 75, provider_incident), ("benign_aggregate_user_notes", 70, aggregate_users),
    ("benign_llm_test_names", 70, test_names), ("benign_dataset_card", 60, dataset_card),
    ("benign_api_error", 60, api_errors), ("benign_env_reference_twin", 70, env_twin),
    ("benign_agent_status", 95, agent_status), ("benign_long_design_note", 50, long_design),
    ("benign_token_cost_report", 50, cost_report),
]
