"""Session 18: keys of LLM projects in the places those projects keep them, and three pieces of
structure left by session 17 (a JSON field's end in ``scanner._follow``, ``scan_credentials``
for ``payloads``, one Basic-pair checker in ``values``).

Every value is synthetic (``tests/_synthetic.py``); each secret case has a benign twin that
names the same key by reference, masks it, or holds an id of the same shape.
"""

from __future__ import annotations

import base64
import json

import pytest

from handoff.privacy import scanner, values
from tests._synthetic import Synthetic

S = Synthetic(1818)


def _uuid() -> str:
    h = S.hex(32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


HEX32, HEX40, UUID = S.hex(32), S.hex(40), _uuid()
ALNUM32, ALNUM40 = S.rand(32), S.rand(40)


def _covers(text: str, value: str) -> bool:
    start = text.index(value)
    mid = start + len(value) // 2
    return any(f.start <= mid <= f.end for f in scanner.scan_text(text))


def _clean(text: str) -> bool:
    return scanner.scan_text(text) == []


# --- an SDK client's constructor or a key-credential call, the key as its first argument ---

@pytest.mark.parametrize(("secret", "value", "twin"), [
    ('pc = Pinecone("{v}")', UUID, 'pc = Pinecone(os.environ["PINECONE_API_KEY"])'),
    ("co = cohere.ClientV2('{v}')", ALNUM40, "co = cohere.ClientV2(api_key=os.getenv('CO_API_KEY'))"),
    ('client = QdrantClient(\n    "{v}",\n    timeout=30,\n)', ALNUM32,
     'client = QdrantClient("localhost", port=6333)'),
    ("auth_credentials=weaviate.auth.AuthApiKey('{v}')", ALNUM40,
     "auth_credentials=weaviate.auth.AuthApiKey(WEAVIATE_KEY)"),
    ('client := openai.NewClient(option.WithAPIKey("{v}"))', HEX32,
     'client := openai.NewClient(option.WithAPIKey(os.Getenv("OPENAI_API_KEY")))'),
    ('cred = AzureKeyCredential("{v}")', HEX32, 'cred = AzureKeyCredential("<your-azure-openai-key>")'),
    ('wandb.login("{v}")', HEX40, 'wandb.login(relogin=True)'),
])
def test_sdk_client_key_argument(secret: str, value: str, twin: str) -> None:
    text = secret.format(v=value)
    assert _covers(text, value), text
    assert _clean(twin), twin


def test_sdk_call_ids_are_not_keys() -> None:
    """A vendor's other calls take ids of a key's shape; only a constructor says "key"."""
    assert _covers(f'lf = Langfuse("{UUID}")', UUID)
    for text in (f'trace = langfuse.get_trace("{UUID}")', f'run = wandb.Api().run("{HEX40}")',
                 'llm = Mistral("mistral-large-latest")', 'pc = Pinecone("pcsk_...abcd")'):
        assert _clean(text), text


# --- a REPL's echo, a printed key's output -------------------------------------------------------

def test_repl_echo_of_a_key() -> None:
    text = f">>> client.api_key\n'{ALNUM32}'\n"
    assert _covers(text, ALNUM32)
    ipython = f'In [3]: os.environ["MISTRAL_API_KEY"]\nOut[3]: \'{ALNUM32}\'\n'
    assert _covers(ipython, ALNUM32)
    assert _clean(">>> client.api_key\n'sk-...abcd'\n")
    assert _clean('In [3]: os.environ["TOKENIZERS_PARALLELISM"]\nOut[3]: \'false\'\n')


def test_printed_key_output_plain_and_notebook() -> None:
    plain = f"print(os.environ['WANDB_API_KEY'])\n{HEX40}\n"
    assert _covers(plain, HEX40)
    cell = {"cell_type": "code", "source": ["print(os.environ['QDRANT_API_KEY'])"],
            "outputs": [{"output_type": "stream", "name": "stdout", "text": [ALNUM40 + "\n"]}]}
    notebook = json.dumps({"cells": [cell]})
    assert _covers(notebook, ALNUM40)
    assert _clean("print(os.environ['WANDB_API_KEY'])\nNone\n")
    assert _clean("print(os.getenv('HF_TOKEN'))\nKeyError: 'HF_TOKEN'\n")


# --- a gateway's header given as a name and a value ------------------------------------------

def test_gateway_header_value() -> None:
    kong = f"plugins:\n  - name: ai-proxy\n    config:\n      auth:\n        header_name: api-key\n" \
           f"        header_value: {ALNUM32}\n"
    assert _covers(kong, ALNUM32)
    assert _clean("auth:\n  header_name: Authorization\n  header_value: Bearer ${OPENAI_API_KEY}\n")
    assert _clean(f"auth:\n  header_name: x-request-id\n  header_value: {HEX32}\n")


# --- command lines ---------------------------------------------------------------------------

def test_wandb_login_and_llm_keys_set() -> None:
    assert _covers(f"$ wandb login {HEX40}", HEX40)
    assert _covers(f"llm keys set mistral --value {ALNUM32}", ALNUM32)
    assert _clean("wandb login --relogin")
    assert _clean("llm keys set mistral")
    assert _clean("wandb sync ./wandb/offline-run-20240501_120000-abc123de")


def test_login_call_over_lines_and_in_a_notebook() -> None:
    multi = f"wandb.login(\n    key='{HEX40}',\n    timeout=30,\n)\n"
    assert _covers(multi, HEX40)
    nb = json.dumps({"cells": [{"cell_type": "code", "source": [f'wandb.login(key="{HEX40}")\n']}]})
    assert _covers(nb, HEX40)
    assert _clean('wandb.login(\n    key=os.environ["WANDB_API_KEY"],\n)\n')


# --- a table whose rows name the key -----------------------------------------------------------

def test_table_row_named_by_its_first_cell() -> None:
    table = f"| var | value |\n|---|---|\n| MISTRAL_API_KEY | {HEX32} |\n| MODEL | mistral-large |\n"
    assert _covers(table, HEX32)
    assert _clean("| var | value |\n|---|---|\n| MISTRAL_API_KEY | your Mistral key |\n"
                  "| PINECONE_INDEX | docs-v2 |\n")
    assert _clean(f"| var | value |\n|---|---|\n| commit | {HEX40} |\n")


# --- structure: a JSON field's end ends a prose follower's clause ----------------------------

@pytest.mark.parametrize("record", [
    {"msg": "auth ok", "key_id": HEX32},
    {"msg": "token issued", "token_id": ALNUM32[:22]},
    {"msg": "secret rotated", "secret_version": HEX32},
])
def test_follower_stops_at_a_json_field(record: dict[str, str]) -> None:
    assert _clean(json.dumps(record)), record
    value = S.pw()  # the follower still reads a value inside its own field
    assert _covers(json.dumps({"msg": f"the token is {value}", "n": 1}), value)


# --- structure: the credential-only entry point ----------------------------------------------

def test_scan_credentials_runs_no_prompt_rule() -> None:
    prompt = "You are a helpful assistant. Summarize the following customer email in three bullet points."
    assert scanner.scan_text(prompt)
    assert scanner.scan_credentials(prompt) == []
    secret = f"PINECONE_API_KEY={UUID}"
    assert [f.rule for f in scanner.scan_credentials(secret)] == [f.rule for f in scanner.scan_text(secret)]


# --- structure: one reading of Basic credentials ---------------------------------------------

def test_basic_pair_one_reading() -> None:
    pw = S.pw()
    good = base64.b64encode(f"ci:{pw}".encode()).decode()
    assert values.basic_pair(good)
    assert values.basic_pair(good.rstrip("="))
    assert not values.basic_pair(base64.b64encode(b"user:password").decode())  # placeholder
    assert not values.basic_pair(base64.b64encode(b"ci:abcd1").decode())  # under 6 characters
    assert not values.basic_pair(base64.b64encode(b"ci:onlyletters").decode())  # no digit or symbol
    assert not values.basic_pair(base64.b64encode("ci:\u00e9t\u00e91234".encode()).decode())


# --- a distinctive provider prefix with a body of another length ----------------------------

@pytest.mark.parametrize("prefix", ["gsk_", "hf_", "r8_", "pplx-", "xai-", "pcsk_", "nvapi-",
                                    "tvly-", "AIza", "csk-"])
def test_provider_prefix_loose_length(prefix: str) -> None:
    value = prefix + S.rand(29)
    assert _covers(f"the failing call used {value} yesterday", value)
    assert _clean(f"see {prefix}hub_download_and_cache_the_model_weights for details")
