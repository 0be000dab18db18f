"""Secret lines for blind20: provider and tooling credentials where an AI-product repo keeps them.

Every value is random characters in the vendor's shape, never a real key and never a placeholder.
"""
import json

import _b20lang as L
import _b20rand as R

PROVIDERS = [
    ("OpenAI", "OPENAI_API_KEY", R.openai), ("Anthropic", "ANTHROPIC_API_KEY", R.anthropic),
    ("Gemini", "GOOGLE_API_KEY", R.google), ("Hugging Face", "HF_TOKEN", R.hf), ("Groq", "GROQ_API_KEY", R.groq),
    ("OpenRouter", "OPENROUTER_API_KEY", R.openrouter), ("DeepSeek", "DEEPSEEK_API_KEY", R.deepseek),
    ("Replicate", "REPLICATE_API_TOKEN", R.replicate), ("Perplexity", "PERPLEXITY_API_KEY", R.perplexity),
    ("Fireworks", "FIREWORKS_API_KEY", R.fireworks), ("Cohere", "COHERE_API_KEY", R.cohere),
    ("Mistral", "MISTRAL_API_KEY", R.mistral), ("Together", "TOGETHER_API_KEY", R.together),
    ("xAI", "XAI_API_KEY", R.xai), ("Azure OpenAI", "AZURE_OPENAI_API_KEY", R.azure),
]
TOOLING = [
    ("Pinecone", "PINECONE_API_KEY", R.pinecone), ("LangSmith", "LANGSMITH_API_KEY", R.langsmith),
    ("Langfuse", "LANGFUSE_SECRET_KEY", R.langfuse_secret), ("Weights & Biases", "WANDB_API_KEY", R.wandb),
    ("Helicone", "HELICONE_API_KEY", R.helicone), ("Qdrant", "QDRANT_API_KEY", R.qdrant),
    ("Weaviate", "WEAVIATE_API_KEY", R.weaviate), ("Sentry", "SENTRY_DSN", R.sentry_dsn),
]
ALL = PROVIDERS + TOOLING


def env_file(rng):
    n = rng.randint(2, 9)
    picks = rng.sample(ALL, n)
    lines = []
    if rng.random() < 0.6:
        lines.append(rng.choice(["# .env.local (do not commit)", "# copied from 1password, staging", "# LLM providers",
                                 "# support-bot/.env", "# 本地开发环境变量", "# Entwicklungsumgebung", "# rag-api .env"]))
    for _, var, gen in picks:
        q = rng.choice(["", '"', "'"])
        lines.append(f"{var}={q}{gen(rng)}{q}")
        if rng.random() < 0.3:
            lines.append(rng.choice(["LLM_MODEL=gpt-4o-mini", "TEMPERATURE=0.2", "MAX_TOKENS=1024", "LOG_LEVEL=debug",
                                     "EMBED_MODEL=text-embedding-3-small", "VECTOR_DIM=1536", "PORT=8080"]))
    if rng.random() < 0.2:
        return "cat .env\n" + "\n".join(lines)
    return "\n".join(lines)


def notebook_cell(rng):
    name, var, gen = rng.choice(ALL)
    v = gen(rng)
    style = rng.randrange(4)
    if style == 0:
        src = ["import os\n", f"os.environ[\"{var}\"] = \"{v}\"\n", "\n",
               rng.choice(["from openai import OpenAI\n", "import anthropic\n", "from langchain_openai import ChatOpenAI\n",
                           "import pinecone\n"])]
        cell = {"cell_type": "code", "execution_count": rng.randint(1, 40), "metadata": {}, "outputs": [], "source": src}
        return json.dumps(cell, ensure_ascii=False, indent=1)
    if style == 1:
        return f"In [{rng.randint(1, 30)}]: %env {var}={v}\nenv: {var}={v}"
    if style == 2:
        return (f"# Cell {rng.randint(2, 12)} — quick test of the {name} client\n{var.lower()} = \"{v}\"  # TODO move to secrets\n"
                f"client = make_client(api_key={var.lower()})\nclient.ping()")
    return json.dumps({"cells": [{"cell_type": "markdown", "source": ["## Setup"]},
                                 {"cell_type": "code", "source": [f"{var} = '{v}'\n", "print('ok')"]}]})


def sdk_client(rng):
    name, var, gen = rng.choice(PROVIDERS + TOOLING[:7])
    v = gen(rng)
    lang = rng.randrange(5)
    if lang == 0:
        cls = {"OpenAI": "OpenAI", "Anthropic": "Anthropic", "Groq": "Groq", "Mistral": "Mistral", "Cohere": "cohere.Client",
               "Pinecone": "Pinecone", "Together": "Together"}.get(name, "Client")
        return f"client = {cls}(api_key=\"{v}\")"
    if lang == 1:
        return (f"import {{ OpenAI }} from \"openai\";\n\nexport const llm = new OpenAI({{\n  apiKey: \"{v}\",\n"
                f"  baseURL: \"https://{rng.choice(['api.openai.com/v1', 'openrouter.ai/api/v1', 'gateway.internal/v1'])}\",\n"
                f"  timeout: {rng.choice([20, 30, 60])}_000,\n}});")
    if lang == 2:
        return (f"func newClient() *llm.Client {{\n\treturn llm.NewClient(llm.Config{{\n\t\tAPIKey:  \"{v}\",\n"
                f"\t\tModel:   \"{rng.choice(['gpt-4.1', 'claude-sonnet-4', 'mixtral-8x7b'])}\",\n\t\tTimeout: 30 * time.Second,\n\t}})\n}}")
    if lang == 3:
        return f"llm = ChatOpenAI(model=\"gpt-4o\", temperature={rng.choice(['0', '0.3', '0.7'])}, openai_api_key=\"{v}\", max_retries=2)"
    return (f"@@ -{rng.randint(3, 90)},6 +{rng.randint(3, 90)},7 @@ def build_reviewer():\n-    key = os.environ[\"{var}\"]\n"
            f"+    key = os.environ.get(\"{var}\", \"{v}\")\n     return ReviewBot(key, model=MODEL)")


def gateway_yaml(rng):
    entries = []
    for _ in range(rng.randint(1, 4)):
        name, var, gen = rng.choice(PROVIDERS)
        model = rng.choice(["gpt-4o", "gpt-4.1-mini", "claude-3-5-haiku", "claude-sonnet-4", "gemini-2.0-flash",
                            "llama-3.3-70b", "deepseek-chat", "mistral-large"])
        entries.append(f"  - model_name: {model}\n    litellm_params:\n      model: {name.lower().replace(' ', '_')}/{model}\n"
                       f"      api_key: {gen(rng)}\n      rpm: {rng.choice([60, 500, 3000])}")
    head = rng.choice(["model_list:", "# gateway/config.yaml\nmodel_list:", "# 网关配置\nmodel_list:"])
    tail = rng.choice(["", f"\ngeneral_settings:\n  master_key: sk-{R.mixed(rng, 22)}",
                       "\nrouter_settings:\n  routing_strategy: latency-based-routing"])
    return head + "\n" + "\n".join(entries) + tail


def ci_log(rng):
    name, var, gen = rng.choice(ALL)
    v = gen(rng)
    ts = f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}T{R.clock(rng)}.{rng.randint(1000000, 9999999)}Z"
    style = rng.randrange(4)
    if style == 0:
        return f"{ts} + echo \"using key {v}\"\n{ts} using key {v}\n{ts} Running eval suite (212 cases)..."
    if style == 1:
        return (f"Run env | sort\n{ts} CI=true\n{ts} GITHUB_REF=refs/heads/main\n{ts} {var}={v}\n{ts} PYTHON_VERSION=3.12.3\n"
                f"{ts} RUNNER_OS=Linux")
    if style == 2:
        return f"##[debug]Evaluating: secrets.{var}\n##[debug]Result: '{v}'"
    return f"[eval-nightly #{rng.randint(100, 999)}] DEBUG config loaded: provider={name} api_key={v} timeout=30"


def curl_api(rng):
    style = rng.randrange(6)
    if style == 0:
        v = R.openai(rng)
        return (f"curl https://api.openai.com/v1/chat/completions \\\n  -H \"Content-Type: application/json\" \\\n"
                f"  -H \"Authorization: Bearer {v}\" \\\n  -d '{{\"model\": \"gpt-4o-mini\", \"messages\": []}}'")
    if style == 1:
        v = R.anthropic(rng)
        return (f"curl -s https://api.anthropic.com/v1/messages -H 'x-api-key: {v}' -H 'anthropic-version: 2023-06-01' "
                f"-H 'content-type: application/json' --data @body.json | jq .usage")
    if style == 2:
        v = R.google(rng)
        return f"curl \"https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent?key={v}\" -d @req.json"
    if style == 3:
        v = R.groq(rng)
        return f"curl -H 'Authorization: Bearer {v}' https://api.groq.com/openai/v1/models"
    if style == 4:
        v = R.azure(rng)
        res = rng.choice(["contoso-eastus", "acme-ai-prod", "botfarm-we"])
        return (f"curl https://{res}.openai.azure.com/openai/deployments/gpt4o/chat/completions?api-version=2024-06-01 "
                f"-H \"api-key: {v}\" -H \"Content-Type: application/json\" -d @payload.json")
    v = R.hf(rng)
    return f"curl https://api-inference.huggingface.co/models/BAAI/bge-m3 -H \"Authorization: Bearer {v}\" -d '{{\"inputs\": [\"x\"]}}'"


def vector_obs(rng):
    style = rng.randrange(6)
    if style == 0:
        return (f"pc = Pinecone(api_key=\"{R.pinecone(rng)}\")\nindex = pc.Index(\"support-kb-{rng.choice(['v2', 'v3', 'prod'])}\")")
    if style == 1:
        return (f"LANGFUSE_PUBLIC_KEY=pk-lf-{R.uuid(rng)}\nLANGFUSE_SECRET_KEY={R.langfuse_secret(rng)}\n"
                "LANGFUSE_HOST=https://cloud.langfuse.com")
    if style == 2:
        return f"wandb login {R.wandb(rng)}"
    if style == 3:
        return (f"client = QdrantClient(url=\"https://{R.uuid(rng)}.eu-central.aws.cloud.qdrant.io:6333\", "
                f"api_key=\"{R.qdrant(rng)}\")")
    if style == 4:
        return f"export LANGSMITH_API_KEY={R.langsmith(rng)}\nexport LANGSMITH_TRACING=true\nexport LANGSMITH_PROJECT=rag-eval"
    return (f"weaviate:\n  url: https://rag-{R.hexs(rng, 6)}.weaviate.network\n  auth:\n    api_key: {R.weaviate(rng)}\n"
            f"  default_class: SupportArticle")


def cloud_hosting(rng):
    style = rng.randrange(4)
    if style == 0:
        return (f"[bedrock]\naws_access_key_id = {R.aws_id(rng)}\naws_secret_access_key = {R.aws_secret(rng)}\n"
                f"region = {rng.choice(['us-east-1', 'us-west-2', 'eu-central-1'])}")
    if style == 1:
        sa = {"type": "service_account", "project_id": f"vertex-rag-{rng.randint(100, 999)}",
              "private_key_id": R.hexs(rng, 40),
              "private_key": "-----BEGIN PRIVATE KEY-----\n" + R.pem_body(rng) + "\n-----END PRIVATE KEY-----\n",
              "client_email": f"eval-runner@vertex-rag-{rng.randint(100, 999)}.iam.gserviceaccount.com",
              "client_id": str(rng.randint(10 ** 20, 10 ** 21))}
        return json.dumps(sa, indent=2)
    if style == 2:
        return (f"aws configure set aws_access_key_id {R.aws_id(rng)} --profile sagemaker\n"
                f"aws configure set aws_secret_access_key {R.aws_secret(rng)} --profile sagemaker")
    return (f"az cognitiveservices account keys list -n acme-openai -g rg-ai\n{{\n  \"key1\": \"{R.azure(rng)}\",\n"
            f"  \"key2\": \"{R.azure(rng)}\"\n}}")


def bot_webhook(rng):
    style = rng.randrange(6)
    if style == 0:
        return f"SLACK_BOT_TOKEN={R.slack_bot(rng)}\nSLACK_SIGNING_SECRET={R.slack_signing(rng)}"
    if style == 1:
        return f"DISCORD_BOT_TOKEN={R.discord(rng)}"
    if style == 2:
        return f"bot = telebot.TeleBot(\"{R.telegram(rng)}\")"
    if style == 3:
        return f"STRIPE_WEBHOOK_SECRET={R.whsec(rng)}  # billing webhook for the assistant's paid tier"
    if style == 4:
        return (f"webhook:\n  path: /hooks/github\n  secret: {R.password(rng, 32)}\n  app_id: {rng.randint(100000, 999999)}\n"
                f"  token: {R.github(rng)}")
    return f"The review bot posts as the app; its token for now is {R.github_pat(rng)} (expires in 30 days)."


def conn_string(rng):
    pw = R.password(rng)
    host = rng.choice(["pg-rag.internal", "db.vectors.svc", "10.0.4.17", "pgvector-prod.cluster-c8x.eu-west-1.rds.amazonaws.com"])
    style = rng.randrange(5)
    pw_url = pw.replace("@", "%40").replace("#", "%23").replace("?", "%3F")
    if style == 0:
        return f"DATABASE_URL=postgresql://rag_app:{pw_url}@{host}:5432/embeddings"
    if style == 1:
        return f"REDIS_URL=rediss://default:{pw_url}@cache-llm.{rng.choice(['upstash.io', 'internal'])}:6379/0  # semantic cache"
    if style == 2:
        return f"mongodb+srv://evals:{pw_url}@cluster0.{R.chars(rng, R.LOWER_ALNUM, 5)}.mongodb.net/evals?retryWrites=true"
    if style == 3:
        return f"psql \"host={host} dbname=embeddings user=rag_app password={pw_url.replace(' ', '')}\" -c 'select count(*) from chunks'"
    return f"engine = create_engine(\"postgresql+psycopg://indexer:{pw_url}@{host}/kb\", pool_size=5)"


def intl_prose(rng):
    lang = rng.choice(L.LANGS)
    if rng.random() < 0.7:
        name, _, gen = rng.choice(PROVIDERS + TOOLING[:4])
        return rng.choice(L.KEY_IS[lang]).format(p=name, v=gen(rng))
    h = rng.choice(["pgvector", "Qdrant", "Redis", "Milvus", "Elasticsearch"])
    return L.PASSWORD_IS[lang].format(h=h, v=R.password(rng))


def cli_set(rng):
    name, var, gen = rng.choice(ALL)
    v = gen(rng)
    return rng.choice([
        f"gh secret set {var} --body \"{v}\" --repo acme/support-bot",
        f"fly secrets set {var}={v} -a rag-api",
        f"modal secret create llm-keys {var}={v}",
        f"vercel env add {var} production <<< \"{v}\"",
        f"heroku config:set {var}={v} --app review-bot-staging",
        f"kubectl create secret generic llm-keys --from-literal={var.lower()}={v} -n ai",
        f"echo \"{v}\" | wrangler secret put {var}",
        f"doppler secrets set {var} \"{v}\" --project evals",
    ])


def en_prose(rng):
    name, var, gen = rng.choice(ALL)
    v = gen(rng)
    return rng.choice([
        f"Rotated the {name} key after the leak scare; new one is {v} until we move it into Vault.",
        f"note for tomorrow: eval harness still reads the old {name} key, swap it for {v}",
        f"If the nightly fails again with 401, the {name} key on the runner should be {v}.",
        f"{name} key for the demo laptop: {v}",
        f"Set {var} to {v} in the staging deployment, then restart the summariser pods.",
        f"Key handed over by the vendor on the call ({name}): {v} — expires end of quarter.",
    ])


CATEGORIES = [
    ("secret_env_file", 90, env_file), ("secret_notebook_cell", 80, notebook_cell),
    ("secret_sdk_client", 85, sdk_client), ("secret_gateway_yaml", 75, gateway_yaml),
    ("secret_ci_log_leak", 80, ci_log), ("secret_curl_model_api", 85, curl_api),
    ("secret_vector_obs_keys", 80, vector_obs), ("secret_cloud_model_hosting", 75, cloud_hosting),
    ("secret_bot_webhook", 75, bot_webhook), ("secret_rag_conn_string", 80, conn_string),
    ("secret_intl_prose", 90, intl_prose), ("secret_cli_set", 75, cli_set), ("secret_en_prose", 80, en_prose),
]
