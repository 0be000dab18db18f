"""Vendor token formats added in session 11: each has a literal start or end of its own.

These rows are ordinary ``token`` rules (see ``rules.py``'s docstring); ``rules.py`` appends
``RULES_11`` to its table, after the prompt rules, where session 11 put them. The
formats are the vendors' published shapes (Voyage AI, Jina AI, New Relic license keys, Octopus
Deploy, Aiven, Neon, Modal, RunPod, NVIDIA NIM, Yandex Cloud OAuth, Defined Networking, Zapier
catch hooks); every pattern is our own. A sweep of synthetic samples of every format family in
gitleaks' rule table (bare and after a name) found only these and four shapes too generic to
match bare (Vault's legacy ``s.``, Yandex's ``YC``, Airtable's ``key``, Okta's ``00``). Example
tokens are random characters written as two adjacent literals so that other secret scanners
reading this source do not flag them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handoff.privacy import rule as _rules
from handoff.privacy.values import is_placeholder, looks_like_words

if TYPE_CHECKING:
    from re import Match

    from handoff.privacy.rule import Validator

_T = "(?![A-Za-z0-9])"
_TD = "(?![A-Za-z0-9_-])"


def _random_body(skip: int, distinct: int = 10) -> Validator:
    """The part after the literal start is varied, not a placeholder and not words
    (``pa-per-project-notes`` is prose with a hyphen)."""

    def check(m: Match[str]) -> bool:
        body = m.group(0)[skip:]
        if len(set(body)) < distinct or is_placeholder(body, references=False):
            return False
        return not looks_like_words(body) and any(c.isdigit() for c in body)

    return check


def _hex_before(suffix: int) -> Validator:
    """A hex body before a literal end (New Relic's ``...NRAL``): varied, not a run of one digit."""

    def check(m: Match[str]) -> bool:
        body = m.group(0)[:-suffix]
        return len(set(body)) >= 10

    return check


_Rule = _rules.Rule
_C, _TOK, _KW = _rules.CREDENTIAL, _rules.TOKEN, _rules.KEYWORD

RULES_11: tuple[_rules.Rule, ...] = (
    _Rule(
        "voyage-api-key",
        "Voyage AI API key (pa- and 43 URL-safe characters).",
        _C, _TOK,
        r"pa-[A-Za-z0-9_-]{40,46}" + _TD,
        prefixes=("pa-",),
        validator=_random_body(3),
        examples=("VOYAGE_API_KEY=pa-" "OKF_N_U6LoD33VsBZ0YqpmDcL2r09VyOd2sM018cDBX",),
        near_misses=("pa-per-project-settings-for-the-migration-notes-x",),
    ),
    _Rule(
        "jina-api-key",
        "Jina AI API key (jina_, 32 hex, then 28 URL-safe characters).",
        _C, _TOK,
        r"jina_[a-f0-9]{32}[A-Za-z0-9_-]{20,40}" + _TD,
        prefixes=("jina_",),
        validator=_random_body(5),
        examples=("JINA_API_KEY=jina_" "94d10dd2e012bca35a53b873cef933ebqY1fhj6HNf8sTb96LHdlNuh5UBzO",),
        near_misses=("jina_embeddings_v3_model_name_for_search",),
    ),
    _Rule(
        "new-relic-license-key",
        "New Relic ingest license key (36 hex characters then NRAL).",
        _C, _TOK,
        r"(?<![A-Za-z0-9])[a-f0-9]{36}NRAL" + _T,
        infixes=("NRAL",),
        validator=_hex_before(4),
        examples=("NEW_RELIC_LICENSE_KEY=24b2cf79f91a38c336f1" "aab9f18c13f9f860NRAL",),
        near_misses=("000000000000000000000000000000000000NRAL",),
    ),
    _Rule(
        "octopus-deploy-api-key",
        "Octopus Deploy API key (API- and 26-32 upper-case letters and digits).",
        _C, _TOK,
        r"API-[A-Z0-9]{26,32}" + _T,
        prefixes=("API-",),
        validator=_random_body(4),
        examples=("OCTOPUS_API_KEY=API-" "FKYRTRTAKVKWMLWYT0QHIAFEN6B5Y4JS",),
        near_misses=("API-GATEWAY-DEPLOYMENT-CONFIGURATION-V", "API-REFERENCE"),
    ),
    _Rule(
        "aiven-service-password",
        "Aiven service password (AVNS_ and 19-23 URL-safe characters).",
        _C, _TOK,
        r"AVNS_[A-Za-z0-9_-]{19,23}" + _TD,
        prefixes=("AVNS_",),
        validator=_random_body(5),
        examples=("AIVEN_SERVICE_PASSWORD=AVNS_" "sa9VlNxEUAafqfE45KDvcoc",),
        near_misses=("AVNS_PASSWORD_PLACEHOLDER_X",),
    ),
    _Rule(
        "neon-password",
        "Neon Postgres role password (npg_ and 12 or more letters and digits).",
        _C, _TOK,
        r"npg_[A-Za-z0-9]{12,64}" + _T,
        prefixes=("npg_",),
        validator=_random_body(4, 8),
        examples=("PGPASSWORD=npg_" "pZFIclYKaXi7",),
        near_misses=("npg_connection_pool",),
    ),
    _Rule(
        "modal-token-secret",
        "Modal token secret (as- and 22 letters and digits; the token id is ak-).",
        _C, _TOK,
        r"as-[A-Za-z0-9]{22}" + _T,
        prefixes=("as-",),
        validator=_random_body(3),
        examples=("MODAL_TOKEN_SECRET=as-" "kV8taFQxYpFgos15SlaYcw",),
        near_misses=("as-a-service-deployment", "as-someone-else"),
    ),
    _Rule(
        "runpod-api-key",
        "RunPod API key (rpa_ and 40 upper-case letters and digits).",
        _C, _TOK,
        r"rpa_[A-Z0-9]{36,44}" + _T,
        prefixes=("rpa_",),
        validator=_random_body(4),
        examples=("RUNPOD_API_KEY=rpa_" "DRKI5CBLQ1RT1NELGC760DIGKMIOL088XXJRQ6NZ",),
        near_misses=("rpa_RECORDER_SETTINGS_FOR_THE_DESKTOP_BOT",),
    ),
    _Rule(
        "nvidia-api-key",
        "NVIDIA NIM / NGC API key (nvapi- and 64 URL-safe characters).",
        _C, _TOK,
        r"nvapi-[A-Za-z0-9_-]{60,70}" + _TD,
        prefixes=("nvapi-",),
        validator=_random_body(6),
        examples=("NVIDIA_API_KEY=nvapi-" "Qm7dK2xP9vL4tR8wZ3nB6yH1cF5jG0sA2eU7iO4pX9kM3qW8rT6vY1zN5bD0hJ2l",),
        near_misses=("nvapi-client-configuration-notes",),
    ),
    _Rule(
        "yandex-oauth-token",
        "Yandex Cloud / Yandex ID OAuth token (y0_ and 50+ URL-safe characters).",
        _C, _TOK,
        r"y[0-3]_[A-Za-z0-9_-]{50,120}" + _TD,
        prefixes=("y0_", "y1_", "y2_", "y3_"),
        validator=_random_body(3),
        examples=("YC_TOKEN=y0_" "AgAAAAlUytuLVszFxHpDgJzvKBpDSd-Xj-87NOeOF7pO4q-otQbLtqvf",),
        near_misses=("y0_intercept_of_the_regression_line_for_the_baseline_model_fit",),
    ),
    _Rule(
        "defined-networking-api-key",
        "Defined Networking (Nebula) API key (dnkey-, 26 and 52 characters).",
        _C, _TOK,
        r"dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52}" + _TD,
        prefixes=("dnkey-",),
        validator=_random_body(6),
        examples=("NEBULA_API_KEY=dnkey-" "VA8DZRTHCRMXI921IYUNMHK80J-"
                  "4T62OGJWIYCPS5TGDT3Q5VPJYI67AWGI7ECUM4HSHEL4F26I2PER",),
        near_misses=("dnkey-rotation-runbook",),
    ),
    _Rule(
        "zapier-catch-hook",
        "Zapier catch hook URL (hooks.zapier.com/hooks/catch/<account>/<hook>/): its path is the"
        " secret that lets anyone trigger the Zap.",
        _C, _TOK,
        r"//hooks\.zapier\.com/hooks/catch/\d{4,12}/[A-Za-z0-9]{5,12}/?",
        prefixes=("//hooks.zapier.com/",),
        validator=_random_body(34, 6),
        examples=("ZAPIER_HOOK_URL=https://hooks.zapier.com/hooks/catch/" "8701960/14rwum/",),
        near_misses=("see https://hooks.zapier.com/hooks/catch/ in the docs",),
    ),
)
"""Session 11's vendor rows, appended to ``rules.RULES``."""
