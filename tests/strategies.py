"""Hypothesis strategies for valid event data of every kind.

Text is drawn from a benign alphabet (letters, digits, spaces, punctuation) so that the
privacy filter accepts it: these strategies test the store, not the filter.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from handoff.privacy import scan_text

WORDS = ["fix", "lock", "retry", "tests", "green", "the", "parser", "main", "docs", "bump",
         "merge", "review", "flaky", "timeout", "cache", "deploy", "schema", "refactor", "PR"]

sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join)
name = st.from_regex(r"[a-z][a-z0-9-]{0,15}", fullmatch=True).filter(lambda s: not scan_text(s))
"""A random name can spell a password's shape after a secret abbreviation (``pw54blx8ah00``),
which the filter rightly rejects; these strategies test the store, so such names are drawn again."""
repo = st.builds(lambda a, b: f"{a}/{b}", name, name)
commit = st.from_regex(r"[0-9a-f]{40}", fullmatch=True)
ts = st.sampled_from(["2026-01-01T00:00:00Z", "2026-06-30T12:30:00+02:00", "2030-12-31T23:59:59Z"])


def _opt(d: dict[str, Any], **strategies: Any) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(d, optional=strategies)


note = _opt({"text": sentence}, next_actions=st.lists(sentence, max_size=4), expires_at=ts,
            tags=st.lists(name, max_size=3))
validation = _opt({"command": st.sampled_from(["pytest -q", "npm test", "cargo test", "make lint"]),
                   "exit_code": st.integers(-255, 255)},
                  duration_s=st.floats(0, 10_000, allow_nan=False), summary=sentence,
                  commit=commit, branch=name, repo=repo)
pointer = _opt({"repo": st.sampled_from(["acme/app", "acme/lib", "me/fork"])},
               branch=name, pr=st.integers(1, 10_000), issue=st.integers(1, 10_000),
               title=sentence, state=st.sampled_from(["open", "merged", "closed"]))
runtime = _opt({"component": st.sampled_from(["devserver", "proxy", "db"]),
                "status": st.sampled_from(["up", "down", "degraded"])},
               port=st.integers(1, 65535), version=st.sampled_from(["1.2.3", "v20.1"]))
model_health = _opt({"provider": st.sampled_from(["anthropic", "openai", "local"]),
                     "model": st.sampled_from(["claude-sonnet-4-5", "gpt-4o-mini", "qwen3"]),
                     "status": st.sampled_from(["ok", "degraded", "down", "rate_limited"])},
                    rate_limit_remaining=st.integers(0, 1000), reset_at=ts,
                    retry_after_s=st.floats(0, 3600, allow_nan=False), error_class=name)
config = _opt({"key": st.sampled_from(["test.cmd", "node.version", "proxy.port"]),
               "value": st.one_of(sentence, st.integers(-10**6, 10**6), st.booleans())},
              source=sentence)

by_kind = {"note": note, "validation": validation, "pointer": pointer, "runtime": runtime,
           "model_health": model_health, "config": config}
any_item = st.one_of(*[s.map(lambda d, k=k: (k, d)) for k, s in by_kind.items()])
