"""Issue 11, session 19 (leftovers19): keys named around them, flags without a value, a tool's
result under the user's role.

Synthetic values only (``tests/_synthetic.py``, a fixed seed; never a line of any corpus). Each
class has its benign twins: references, placeholders, another key of the same shape.

- a cloud CLI's key listing (``{"key1": V, "key2": V}``), a literal fallback of a secret-named
  environment read (``process.env.X_API_KEY ?? "V"``), a vendor-named section with a bare
  ``key`` leaf (``{"wandb": {"key": V}}``, ``[wandb]``, ``pinecone:``) (``vendors19.py``);
- a vendor named around the key's noun: in several words (``Weights & Biases key``), in the
  variable a CLI sets (``doppler secrets set AZURE_OPENAI_API_KEY "V"``), or beside a key noun of
  another language (``ключ Azure OpenAI V``, ``Azure OpenAI のキー → V``) (``scanner._follow``);
- a connection string whose generated password starts with ``%`` and a letter (no printf slot);
- ``--password-stdin`` takes no value: the argument after it is never the secret;
- a ``"role": "user"`` message holding only a tool result, whose result's text reads
  ``"type": "text"``, is the agent's own record (``aggregators._tool_blocks_only``).
"""

from __future__ import annotations

import json

import pytest

from handoff.privacy import scan_text

from ._synthetic import Synthetic

_SYN = Synthetic(191919)
HEX32 = [_SYN.hex(32) for _ in range(4)]
HEX40 = [_SYN.hex(40) for _ in range(3)]
RAND = [_SYN.rand(32) for _ in range(3)]
UUID = "-".join((_SYN.hex(8), _SYN.hex(4), "4" + _SYN.hex(3), "9" + _SYN.hex(3), _SYN.hex(12)))


def _rejected(text: str) -> bool:
    return bool(scan_text(text))


def _credential(text: str) -> bool:
    return any(f.rule not in ("prompt-classifier",) for f in scan_text(text))


KEY_PAIRS = [
    f'az cognitiveservices account keys list -n acme -g rg\n{{\n  "key1": "{HEX32[0]}",\n  "key2": "{HEX32[1]}"\n}}',
    f'{{"key1": "{HEX32[2]}", "key2": "{HEX32[3]}"}}',
    f"key1: {RAND[0]}\nkey2: {RAND[1]}\n",
]
KEY_PAIR_TWINS = [
    '{"key1": "${AZURE_KEY1}", "key2": "${AZURE_KEY2}"}',
    '{"key1": "user:42:profile", "key2": "user:42:settings"}',
    f'{{"key1": "{HEX32[0]}", "key2": "{HEX32[0]}"}}',
    "rotated key1 last week; key2 is next, both live in Key Vault",
]


@pytest.mark.parametrize("text", KEY_PAIRS)
def test_a_cloud_key_listing_is_rejected(text: str) -> None:
    assert _rejected(text)


@pytest.mark.parametrize("text", KEY_PAIR_TWINS)
def test_numbered_keys_without_two_random_values_are_allowed(text: str) -> None:
    assert not _rejected(text)


FALLBACKS = [
    f'const client = new OpenAI({{ apiKey: process.env.OPENAI_API_KEY ?? "{HEX32[0]}" }});',
    f'const key = process.env.AZURE_OPENAI_KEY || "{HEX32[1]}";',
    f'const k = import.meta.env.VITE_PINECONE_API_KEY ?? "{UUID}"',
]
FALLBACK_TWINS = [
    'apiKey: process.env.OPENAI_API_KEY ?? "sk-your-key-here"',
    f'const model = process.env.MODEL_ID ?? "{HEX32[0]}"',
    'apiKey: process.env.OPENAI_API_KEY ?? ""',
    "apiKey: process.env.OPENAI_API_KEY ?? undefined",
]


@pytest.mark.parametrize("text", FALLBACKS)
def test_a_literal_fallback_of_a_key_named_environment_read_is_rejected(text: str) -> None:
    assert _rejected(text)


@pytest.mark.parametrize("text", FALLBACK_TWINS)
def test_a_fallback_that_is_no_key_or_names_none_is_allowed(text: str) -> None:
    assert not _rejected(text)


SECTIONS = [
    f'{{"wandb": {{"key": "{HEX40[0]}"}}}}',
    f'[wandb]\nkey = "{HEX40[1]}"\n',
    f"pinecone:\n  environment: us-east1\n  key: {UUID}\n",
    f'[tool.langfuse]\nhost = "https://cloud.langfuse.com"\nsecret = "{HEX32[2]}"\n',
]
SECTION_TWINS = [
    f'{{"cache": {{"key": "{HEX40[0]}"}}}}',
    '[wandb]\nkey = "${WANDB_API_KEY}"\n',
    "pinecone:\n  index: docs\n  key: your-pinecone-key\n",
    f"cache:\n  key: {HEX40[2]}\n",
]


@pytest.mark.parametrize("text", SECTIONS)
def test_a_bare_key_under_a_vendor_named_section_is_rejected(text: str) -> None:
    assert _rejected(text)


@pytest.mark.parametrize("text", SECTION_TWINS)
def test_a_bare_key_under_another_section_or_a_reference_is_allowed(text: str) -> None:
    assert not _rejected(text)


VENDOR_AROUND = [
    f"swap the eval harness's Weights & Biases key for {HEX40[0]}",
    f"If the nightly fails again, the W&B key on the runner should be {HEX40[1]}.",
    f'doppler secrets set AZURE_OPENAI_API_KEY "{HEX32[0]}" --project evals',
    f"Для стейджинга используйте ключ Azure OpenAI {HEX32[1]}",
    f"Azure OpenAI のキーを更新しました → {HEX32[2]}",
]
VENDOR_AROUND_TWINS = [
    f"the Weights & Biases key was rotated in commit {HEX40[2]}.",
    f'doppler secrets set BUILD_SHA "{HEX40[0]}" --project evals',
    f"ключ кэша {HEX32[3]}",
    f"キャッシュのキー → {HEX32[3]}",
    'doppler secrets set AZURE_OPENAI_API_KEY "$AZURE_OPENAI_API_KEY" --project evals',
]


@pytest.mark.parametrize("text", VENDOR_AROUND)
def test_a_vendor_named_around_a_hex_key_makes_it_a_key(text: str) -> None:
    assert _rejected(text)


@pytest.mark.parametrize("text", VENDOR_AROUND_TWINS)
def test_hex_without_a_vendor_or_after_a_commit_is_allowed(text: str) -> None:
    assert not _rejected(text)


def test_a_generated_password_starting_with_percent_is_a_password() -> None:
    pw = "%Z" + _SYN.rand(6) + "-=*" + _SYN.rand(5)
    assert _rejected(f'engine = create_engine("postgresql+psycopg://indexer:{pw}@pg-rag.internal/kb")')
    assert _rejected(f"mongodb+srv://evals:%t^-W_%3F{_SYN.rand(6)}%40@cluster0.h9sg0.mongodb.net/evals")


@pytest.mark.parametrize("text", [
    "printf('mysql://%s:%s@%s' % (user, pw, host))",
    'url = "postgres://%(user)s:%(password)s@%(host)s/db"',
    'dsn := fmt.Sprintf("postgres://%v:%v@%v/db", u, p, h)',
])
def test_a_printf_slot_for_the_password_is_a_template(text: str) -> None:
    assert not _rejected(text)


@pytest.mark.parametrize("text", [
    f'docker login ghcr.io -u etl --password-stdin "call_{_SYN.rand(24)}"',
    f"echo \"$CR_PAT\" | docker login ghcr.io -u bot --password-stdin {_SYN.rand(24)}",
])
def test_password_stdin_takes_no_value(text: str) -> None:
    assert not _rejected(text)


def test_a_password_given_to_login_is_still_caught() -> None:
    assert _rejected(f"docker login ghcr.io -u etl -p {_SYN.rand(24)}")
    assert _rejected(f"the registry password is {_SYN.rand(20)}")


def _transcript_record(content: list[dict[str, object]]) -> str:
    return json.dumps({"parentUuid": None, "type": "user", "sessionId": _SYN.hex(8),
                       "message": {"role": "user", "content": content},
                       "toolUseResult": {"type": "text", "file": {"filePath": "/src/app/cache.py",
                                                                  "content": "class Cache:\n    pass\n"}}})


def test_a_user_turn_holding_only_a_tool_result_is_the_agents_record() -> None:
    # the result's text is a file read's JSON, cut short: its braces do not balance
    result = '{"type": "text", "file": {"filePath": "/src/app/cache.py", "content": "class Cache:\\n"'
    text = _transcript_record([{"tool_use_id": "toolu_" + _SYN.rand(20), "type": "tool_result",
                                "content": result, "is_error": False}])
    assert not _rejected(text)


def test_a_user_turn_with_words_beside_a_tool_result_is_a_turn() -> None:
    text = _transcript_record([
        {"tool_use_id": "toolu_" + _SYN.rand(20), "type": "tool_result", "content": "ok"},
        {"type": "text", "text": "now rewrite the cache so it evicts the oldest chunk first"}])
    assert _rejected(text)
