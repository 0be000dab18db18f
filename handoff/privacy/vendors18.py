"""Keys of LLM projects in the places those projects keep them, added in session 18.

Model providers, vector stores and LLM observability platforms whose keys have a literal start
(``sk-ant-``, ``gsk_``, ``pcsk_``, ``lsv2_``, ``sk-lf-``...) are caught by their format rows
wherever they sit. Many are unprefixed (Mistral's 32 characters, Cohere's 40, Azure OpenAI's
hex, W&B's 40 hex, Qdrant's, Weaviate's, Portkey's), and those are found only by the name they
are given. Where an LLM project writes no name, session 18's probe found three places:

- the key handed to an SDK client as its first positional argument (``Pinecone("V")``,
  ``cohere.ClientV2("V")``, ``QdrantClient("V")``) or to a key-credential call
  (``weaviate.auth.AuthApiKey("V")``, ``AzureKeyCredential("V")``, Go's
  ``option.WithAPIKey("V")``): the callee names the vendor or the key, so a hex or UUID value
  counts as it does after ``PINECONE_API_KEY=``. A vendor's other calls take ids of the same
  shape (``client.files.retrieve("file-...")``, ``langfuse.get_trace("<uuid>")``), so only a
  client's constructor (the vendor's name, ``<Vendor>Client``, ``<vendor>.Client``) and the
  key-credential calls count;
- a REPL's echo of a key-named expression (``>>> client.api_key`` then ``'V'``, IPython's
  ``In [3]: os.environ["MISTRAL_API_KEY"]`` then ``Out[3]: 'V'``);
- a notebook cell or a script that prints a key-named environment variable, and its output
  (``print(os.environ["WANDB_API_KEY"])`` and the output's next line, or the notebook's
  ``"text": ["V\\n"]``).

Example values are random characters written as two adjacent literals so that other secret
scanners reading this source do not flag them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handoff.privacy import rule as _rules
from handoff.privacy.values import (
    STRONG,
    VENDOR_NAMES,
    char_classes,
    is_placeholder,
    is_uuid,
    is_wordy,
    looks_random,
    looks_secret,
)

if TYPE_CHECKING:
    from re import Match

_Rule = _rules.Rule
_C, _KW = _rules.CREDENTIAL, _rules.KEYWORD

LLM_VENDORS = frozenset((
    "openai", "anthropic", "mistral", "mistralai", "cohere", "groq", "together", "fireworks",
    "replicate", "perplexity", "deepseek", "xai", "openrouter", "gemini", "genai", "voyageai",
    "cerebras", "deepinfra", "sambanova", "nvidia", "azureopenai", "pinecone", "weaviate",
    "qdrant", "milvus", "zilliz", "chromadb", "upstash", "langsmith", "langfuse", "helicone",
    "wandb", "arize", "braintrust", "humanloop", "promptlayer", "portkey", "elevenlabs",
    "assemblyai", "deepgram", "jina", "huggingface",
))
"""Model providers, inference hosts, vector stores and LLM observability platforms whose
Python, TypeScript or Go clients take the key as a constructor's argument."""
_KEY_CALLS = frozenset(("withapikey", "authapikey", "apikey", "api_key", "azurekeycredential",
                        "keycredential", "setapikey", "set_api_key"))
"""Calls whose one argument is a key (Go's ``option.WithAPIKey``, Weaviate's ``AuthApiKey``,
``Auth.api_key``, Azure's ``AzureKeyCredential``, JavaScript's ``setApiKey``)."""
_CLIENT_WORDS = frozenset(("client", "clientv2", "asyncclient", "asyncclientv2", "cloudclient",
                           "httpclient", "login"))
"""A constructor named only ``Client`` (or a ``login``) counts when a vendor's module names it
(``cohere.ClientV2``, ``chromadb.CloudClient``, ``wandb.login``)."""
_CTORS = frozenset(
    form for v in LLM_VENDORS for form in (v, v + "client", "async" + v, "async" + v + "client"))
"""``Pinecone``, ``QdrantClient``, ``AsyncOpenAI``, ``AsyncQdrantClient``: a vendor's client."""


def _callee_names_key(callee: str) -> bool:
    parts = callee.lower().split(".")
    last = parts[-1]
    if last in _KEY_CALLS or last in _CTORS:
        return True
    return last in _CLIENT_WORDS and any(p in LLM_VENDORS or p in VENDOR_NAMES for p in parts[:-1])


def _key_value(value: str) -> bool:
    """A key handed to a call that names the vendor or the key: random, or hex or a UUID (the
    callee says what it is, as a vendor-named variable does)."""
    if is_placeholder(value) or is_wordy(value):
        return False
    if is_uuid(value):
        return len(set(value.replace("-", ""))) >= 8
    if set(value.lower()) <= set("0123456789abcdef"):
        return len(value) >= 32 and len(set(value)) >= 8
    return looks_secret(value, STRONG) and char_classes(value) >= 2 and looks_random(value, 20)


def _call_key(m: Match[str]) -> bool:
    return _callee_names_key(m.group(1)) and _key_value(m.group(2))


def _echoed_key(m: Match[str]) -> bool:
    value = m.group(m.lastindex or 0)
    return _key_value(value) and not value.startswith(("http", "/", "."))


def _header_value(m: Match[str]) -> bool:
    return _key_value(m.group(2))


_VALUE = r"([A-Za-z0-9_+/=-]{20,256})"
_AUTH_HEADERS = (r"(?i:authorization|x-api-key|api-key|apikey|x-goog-api-key|api_key|key|token"
                 r"|x-[a-z]+-api-key|[a-z]+-auth)")
"""Header and query parameter names that carry a key (``x-portkey-api-key``, ``Helicone-Auth``)."""
_KEY_NAME = r"[A-Za-z0-9_]*(?:KEY|TOKEN|SECRET|key|token|secret)[A-Za-z0-9_]*"

def _loose_body(m: Match[str]) -> bool:
    """The body after the prefix is random: mixed case and a digit, not words nor filler."""
    body = m.group(1)
    return char_classes(body) >= 3 and looks_random(body, 20) and not is_placeholder(
        body, references=False)


_LOOSE_PREFIXES = ("gsk_", "hf_", "r8_", "pplx-", "xai-", "pcsk_", "nvapi-", "tvly-", "llx-",
                   "fw_", "tgp_v1_", "AIza", "csk-")
"""Prefixes of model providers and inference hosts distinctive enough that a random body of
another length is still theirs: a key pasted with a character lost or doubled, or written by
a tool that pads it, is still that key (their own rows want the exact length)."""

RULES_18: tuple[_rules.Rule, ...] = (
    _Rule(
        "llm-key-loose-length",
        "A model provider's or inference host's key prefix (gsk_, hf_, r8_, pplx-, xai-, pcsk_,"
        " nvapi-, tvly-, llx-, fw_, tgp_v1_, AIza, csk-) with a random body of another length"
        " than its format row's.",
        _C, _rules.TOKEN,
        r"(?:gsk_|hf_|r8_|pplx-|xai-|pcsk_|nvapi-|tvly-|llx-|fw_|tgp_v1_|AIza|csk-)"
        r"([A-Za-z0-9_-]{20,160})(?![A-Za-z0-9_-])",
        prefixes=_LOOSE_PREFIXES,
        validator=_loose_body,
        priority=2,  # behind every row that names the key's place
        examples=("the failing call used gsk_" "Hq3ZkT9wLm2Rx7VbN4cPj8Yd yesterday",
                  "export HF=hf_" "Tq9mZ4rWx2LpQ7Kd8VnB3sHj6Fc1Gy5Ua0Xe9Rt2Wm"),
        near_misses=("see hf_hub_download_and_cache_the_model_weights for details",
                     "gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
    ),
    _Rule(
        "sdk-client-key-argument",
        "A key given as the first argument of an LLM SDK's client constructor or of a"
        " key-credential call (Pinecone(V), cohere.ClientV2(V), AuthApiKey(V), WithAPIKey(V)).",
        _C, _KW,
        r"(?<![A-Za-z0-9_.])((?:[A-Za-z_][A-Za-z0-9_]*\.){0,4}[A-Za-z_][A-Za-z0-9_]*)\([ \t]*"
        r"\n?[ \t]*[\"'`]" + _VALUE + r"[\"'`][ \t]*[,)\n]",
        keywords=tuple(sorted(LLM_VENDORS | _KEY_CALLS | _CTORS)),
        validator=_call_key,
        priority=1,
        examples=('pc = Pinecone("0f3c8a2e-' '7b1d-4e6f-9a2c-5d8e1b7f3a90")',
                  "co = cohere.ClientV2('Xq7mR2kLp9Wz4Tn8" "Bv3Hc6Jd1Fs5Gu0Ka7Ye')",
                  'auth_credentials=weaviate.auth.AuthApiKey("THc5ZjiZZzKjr0QQ' 'fORZ02kLWIGLLzxIh3WxBg8M")',
                  'client := openai.NewClient(option.WithAPIKey("77e18a0a5abcca95' 'bf8e2f8559f823cd"))'),
        near_misses=('pc = Pinecone(os.environ["PINECONE_API_KEY"])',
                     'trace = langfuse.get_trace("0f3c8a2e-7b1d-4e6f-9a2c-5d8e1b7f3a90")',
                     'client = QdrantClient("localhost", port=6333)',
                     'llm = Mistral("mistral-large-latest")',
                     'pc = Pinecone("your-pinecone-api-key-here")'),
    ),
    _Rule(
        "gateway-header-value",
        "A gateway's upstream auth given as a header name and its value in two fields"
        " (Kong ai-proxy's header_name: api-key / header_value: V, param_name / param_value).",
        _C, _KW,
        r"(?:header|param)_name[\"']?[ \t]*[:=][ \t]*[\"']?(" + _AUTH_HEADERS + r")[\"']?(?![A-Za-z0-9_-])"
        r"[^{}]{0,160}?(?:header|param)_value[\"']?[ \t]*[:=][ \t]*[\"']?"
        r"(?:Bearer[ \t]+)?" + _VALUE + r"(?![A-Za-z0-9_+/=-])",
        keywords=("header_value", "param_value"),
        lower=False,
        group=2,
        validator=_header_value,
        priority=1,
        examples=("auth:\n  header_name: api-key\n  header_value: Xq7mR2kLp9Wz4Tn8" "Bv3Hc6Jd1Fs5Gu0K\n",
                  'auth: {"param_name": "key", "param_location": "query", "param_value": "3f9c2a7b1d4e6f80'
                  '91a2b3c4d5e6f708"}'),
        near_misses=("auth:\n  header_name: Authorization\n  header_value: Bearer ${OPENAI_API_KEY}\n",
                     "auth:\n  header_name: x-request-id\n  header_value: 3f9c2a7b1d4e6f8091a2b3c4d5e6f708\n"),
    ),
    _Rule(
        "repl-echo-key",
        "A REPL's echo of a key-named expression (>>> client.api_key, then 'V'; IPython's"
        " Out[n]: 'V').",
        _C, _KW,
        r"(?:>>>|In \[\d{1,4}\]:)[ \t][^\n]{0,80}?(?:" + _KEY_NAME + r"|apiKey)[^\n]{0,40}\n"
        r"(?:Out\[\d{1,4}\]:[ \t]*)?[\"']" + _VALUE + r"[\"'][ \t]*(?:\n|$)",
        keywords=("key", "token", "secret", "apikey"),
        validator=_echoed_key,
        priority=1,
        examples=(">>> client.api_key\n'Xq7mR2kLp9Wz4Tn8" "Bv3Hc6Jd1Fs5Gu0Ka7Ye'\n",
                  'In [3]: os.environ["MISTRAL_API_KEY"]\nOut[3]: \'Lp9Wz4Tn8Bv3Hc6J' "d1Fs5Gu0Ka7YeXq7\'"),
        near_misses=(">>> client.api_key\n'sk-...abcd'\n",
                     'In [3]: os.environ["TOKENIZERS_PARALLELISM"]\nOut[3]: \'false\''),
    ),
    _Rule(
        "printed-key-output",
        "The output of a cell or script that prints a key-named environment variable"
        " (print(os.environ['WANDB_API_KEY']) and the value on the output's next line).",
        _C, _KW,
        r"print\([ \t]*os\.(?:environ\[|getenv\(|environ\.get\()[ \t]*\\?[\"']" + _KEY_NAME
        + r"\\?[\"'][ \t]*[\])]\)[^\n]{0,200}?(?:\n[ \t]*|\"text\":[ \t]*\[[ \t]*\")" + _VALUE
        + r"(?=\n|\"|[ \t]*$)",
        keywords=("print",),
        requires=("print(os.",),
        validator=_echoed_key,
        priority=1,
        examples=("print(os.environ['WANDB_API_KEY'])\n117e0ba117798d3391cd" "e77e9dcc74eb27f9c6e6\n",
                  '"source": ["print(os.environ[\'QDRANT_API_KEY\'])"], "outputs": [{"name": "stdout",'
                  ' "text": ["THc5ZjiZZzKjr0QQ' 'fORZ02kLWIGLLzxIh3WxBg8M\\n"]}]'),
        near_misses=("print(os.environ['WANDB_API_KEY'])\nNone\n",
                     "print(os.getenv('HF_TOKEN'))\nKeyError: 'HF_TOKEN'\n"),
    ),
)
"""Session 18's rows, appended to ``rules.RULES`` after session 17's."""
