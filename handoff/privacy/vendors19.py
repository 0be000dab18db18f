"""Keys whose name is written around them rather than on them, added in session 19.

A provider's key that is only hex or a UUID (Azure OpenAI's 32 hex, W&B's 40, Pinecone's UUID)
is caught under a name that says whose key it is (``AZURE_OPENAI_API_KEY=``). Three places of
LLM projects write that name somewhere other than right before the value:

- a cloud CLI's key listing: ``az cognitiveservices account keys list`` prints ``{"key1": V,
  "key2": V}``; the pair of numbered keys holding two random values of one shape is the listing,
  whatever the command above it (one ``key1`` alone is a column name or a cache key);
- a fallback after an environment read (``process.env.OPENAI_API_KEY ?? "V"``, ``|| "V"``,
  ``os.getenv("WANDB_API_KEY") or "V"``): the variable's name is the literal's name;
- a vendor-named section whose leaf is a bare ``key``/``token``/``secret`` (``{"wandb":
  {"key": V}}``, YAML ``pinecone:\\n  key: V``, TOML ``[wandb]\\nkey = "V"``): the section
  names the vendor, as ``WANDB_`` would.

Values are judged as a vendor-named variable's are (``vendors18._key_value``): random, or hex
of 32+ characters, or a UUID. Example values are random characters written as two adjacent
literals so that other secret scanners reading this source do not flag them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handoff.privacy import rule as _rules
from handoff.privacy.values import VENDOR_NAMES, classify_name, is_placeholder
from handoff.privacy.vendors18 import LLM_VENDORS, _key_value

if TYPE_CHECKING:
    from re import Match

_Rule = _rules.Rule
_C, _KW = _rules.CREDENTIAL, _rules.KEYWORD

_VALUE = r"([A-Za-z0-9_+/=-]{20,256})"


def _key_pair(m: Match[str]) -> bool:
    """Two numbered keys of one listing: both random, distinct, of one length."""
    first, second = m.group(1), m.group(2)
    return (first != second and len(first) == len(second) and _key_value(first)
            and _key_value(second))


def _fallback_key(m: Match[str]) -> bool:
    """The variable names a secret (``OPENAI_API_KEY``, not ``MODEL``) and the literal is a key."""
    name = m.group(1)
    return classify_name(name) is not None and _key_value(m.group(2)) and not is_placeholder(
        m.group(2))


_SECTION_VENDORS = frozenset(LLM_VENDORS | VENDOR_NAMES)
"""Vendors whose name as a section says whose key its bare ``key`` leaf holds."""


def _section_key(m: Match[str]) -> bool:
    """``vendor-section-key``'s two forms, JSON (groups 1, 2) or YAML/TOML (groups 3, 4): the
    section is a vendor's (``wandb``, ``openai``, ``langfuse``) and the leaf's value a key."""
    section, value = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3), m.group(4))
    return section.lower() in _SECTION_VENDORS and _key_value(value)


_ENV_READ = (r"(?:process\.env\.|import\.meta\.env\.|Deno\.env\.get\([ \t]*[\"']|"
             r"os\.(?:getenv|environ\.get)\([ \t]*[\"']|ENV\.fetch\([ \t]*[\"']|getenv\([ \t]*[\"'])")
_LEAF = r"(?:key|token|secret|api_key|apikey|apiKey|api-key)"

RULES_19: tuple[_rules.Rule, ...] = (
    _Rule(
        "cloud-key-pair",
        "A cloud CLI's key listing: two numbered keys (key1/key2, as az cognitiveservices"
        " account keys list prints them) holding two random values of one shape.",
        _C, _KW,
        r"[\"']?key1[\"']?[ \t]*[:=][ \t]*[\"']?" + _VALUE + r"[\"']?[ \t]*,?[ \t]*\n?[ \t]*"
        r"[\"']?key2[\"']?[ \t]*[:=][ \t]*[\"']?" + _VALUE + r"(?![A-Za-z0-9_+/=-])",
        keywords=("key1",),
        requires=("key2",),
        validator=_key_pair,
        priority=1,
        examples=('{\n  "key1": "34abb180e9f368d2' '2ced23deb6ba96ea",\n  "key2": "762c6c6fe1a8a2d6'
                  '014f19b75e489c67"\n}',
                  "key1: Xq7mR2kLp9Wz4Tn8" "Bv3Hc6Jd1Fs5Gu0K\nkey2: Lp9Wz4Tn8Bv3Hc6J" "d1Fs5Gu0Ka7YeXq7\n"),
        near_misses=('{"key1": "${AZURE_KEY1}", "key2": "${AZURE_KEY2}"}',
                     '{"key1": "user:42:profile", "key2": "user:42:settings"}',
                     '{"key1": "0000000000000000000000000000000000", "key2": "0000000000000000000000000000000000"}'),
    ),
    _Rule(
        "env-fallback-key",
        "A literal key given as the fallback of a secret-named environment read"
        " (process.env.OPENAI_API_KEY ?? \"V\", || \"V\", os.getenv(\"X_KEY\") or \"V\").",
        _C, _KW,
        _ENV_READ + r"([A-Za-z_][A-Za-z0-9_]{2,80})[\"']?[ \t]*\)?[ \t]*(?:\?\?|\|\||or)[ \t]*"
        r"[\"'`]" + _VALUE + r"[\"'`]",
        keywords=("env.", "getenv", "environ.get", "env.fetch"),
        group=2,
        validator=_fallback_key,
        priority=1,
        examples=('apiKey: process.env.OPENAI_API_KEY ?? "77e18a0a5abcca95' 'bf8e2f8559f823cd"',
                  'key = os.getenv("WANDB_API_KEY") or "117e0ba117798d3391cd' 'e77e9dcc74eb27f9c6e6"'),
        near_misses=('apiKey: process.env.OPENAI_API_KEY ?? "sk-your-key-here"',
                     'model: process.env.MODEL_ID ?? "77e18a0a5abcca95bf8e2f8559f823cd"',
                     'apiKey: process.env.OPENAI_API_KEY ?? ""'),
    ),
    _Rule(
        "vendor-section-key",
        "A bare key/token/secret leaf under a vendor-named section ({\"wandb\": {\"key\": V}},"
        " YAML pinecone:/key: V, TOML [wandb] key = \"V\").",
        _C, _KW,
        r"(?:[\"']([A-Za-z][A-Za-z0-9]{1,24})[\"'][ \t]*:[ \t]*\{[^{}\n]{0,160}?[\"']" + _LEAF
        + r"[\"'][ \t]*:[ \t]*[\"']" + _VALUE + r"[\"']"
        r"|(?m:^[ \t]*\[?(?:[A-Za-z0-9_-]+\.)?([A-Za-z][A-Za-z0-9]{1,24})(?:\]|:)[ \t]*\n"
        r"(?:[ \t]*[A-Za-z_][A-Za-z0-9_-]*[ \t]*[:=][^\n]*\n){0,6}?[ \t]*" + _LEAF
        + r"[ \t]*[:=][ \t]*[\"']?" + _VALUE + r"[\"']?[ \t]*$))",
        keywords=tuple(sorted(_SECTION_VENDORS)),
        validator=_section_key,
        priority=1,
        examples=('{"wandb": {"key": "117e0ba117798d3391cd' 'e77e9dcc74eb27f9c6e6"}}',
                  "pinecone:\n  environment: us-east1\n  key: 0f3c8a2e-7b1d-4e6f-" "9a2c-5d8e1b7f3a90\n",
                  '[wandb]\nkey = "117e0ba117798d3391cd' 'e77e9dcc74eb27f9c6e6"\n'),
        near_misses=('{"cache": {"key": "117e0ba117798d3391cde77e9dcc74eb27f9c6e6"}}',
                     '[wandb]\nkey = "${WANDB_API_KEY}"\n',
                     "pinecone:\n  index: docs\n  key: your-pinecone-key\n"),
    ),
)
"""Session 19's rows, appended to ``rules.RULES`` after session 18's."""

