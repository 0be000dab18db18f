"""The privacy rules, as one reviewable table.

Each ``Rule`` says what it catches (``id``, ``description``, ``category``), how the scanner finds
candidates cheaply (``kind`` with ``prefixes``/``infixes``/``keywords`` and the optional gates
``requires``/``words``/``gate``), the regular
expression that confirms a candidate (``pattern``, compiled only when first needed), an optional
``validator`` that looks at the match (entropy, placeholders, base64 content), and a few
``examples`` that must be caught and ``near_misses`` that this rule must not catch. The tests run
every example and near miss, so extending the table means adding a row with its examples.

Kinds (see ``scanner.py`` for how each is run):

- ``token``: a credential with a known literal start (``ghp_``, ``AKIA``, ``sk-ant-``...). The
  scanner finds runs of 16+ token characters with a C-level byte search and looks their first
  characters up in a dict; ``pattern`` is matched at the run's start. ``infixes`` instead of
  ``prefixes`` dispatch on a literal inside the run (``.atlasv1.``).
- ``keyword``: a structure around the secret (PEM header, ``Authorization:``, ``user:pass@``).
  ``pattern`` is searched in the text only when one of ``keywords`` occurs in the lower-cased text
  (a keyword's longest word must be a whole word of the text: keywords are written as words, not
  word fragments), and then only when the optional gates pass: every literal of ``requires``
  occurs in the text (case-sensitive), every word of ``words`` is a whole word of the lower-cased
  text, and ``gate`` (a function of the keywords found) allows it. A gate must be a necessary
  condition of the pattern (or of the aggregate): ``tests/test_privacy_gates.py`` scans every
  example, near miss and corpus line with the gates switched off and expects the same findings.
- ``assignment``: a value assigned to a secret-looking name (``KEY=value``, ``"token": "..."``,
  ``--password x``). ``name_pattern`` is searched in the normalised name and ``pattern`` must match
  the whole value. ``generic-assignment`` is the fallback judged by ``values.looks_secret``.
- ``aggregate``: prompt and conversation shapes that need several hits (a ``User:`` line and an
  ``Assistant:`` line). ``pattern`` is searched as for ``keyword``; ``aggregate`` gets all matches
  and returns the spans to report.

Patterns marked ``lower=True`` run on the lower-cased text. ``anchored=True`` patterns are matched
only where one of their keywords occurs (every alternative starts with a keyword), so that a long
alternation is not tried at every character of the text. Every text is first mapped to an ASCII
view of the same length (other characters become ``?``), so spans are the same in all views.
``priority`` decides overlaps within a category: a finding is dropped when it overlaps a finding of
equal or stronger (lower) priority; format rules are 0, context rules 1, the generic rule 2.

Where the rows live: ``RULES`` is assembled here from modules named for what they hold, in
scanning order: ``table_vendors`` (cloud, forges, package registries), ``table_services`` (AI
providers, chat and mail, payments, infrastructure SaaS), ``table_shapes`` (formats found by shape
or context, the generic assignment rule), ``table_prompts`` (prompt and conversation rules), then
``vendors11``. The row type is in ``rule.py``; the functions rows call are in ``validators.py``,
``aggregators.py`` and ``cli_args.py``.

Adding a rule: append a ``Rule`` in its family's module (format rules before the context rules,
the generic assignment rule after them, prompt rules last; order only breaks ties between
overlapping findings of equal priority), with two or more ``examples`` and ``near_misses``
(``tests/test_privacy_rules.py`` runs them), and the cheapest dispatch that fits: ``prefixes`` if
the format has a literal start, otherwise ``keywords`` (plus ``requires``/``words`` literals that
every match contains, so the pattern runs on few texts). Then add a few lines in its format to
``tests/privacy_corpus/generate.py`` and regenerate the corpus.

Example tokens are written as two adjacent literals (``"ghp_" "C3J2..."``) so that other secret
scanners reading this source do not flag them; they are random characters, never real credentials.
"""

from __future__ import annotations

from handoff.privacy.rule import AGGREGATE, ASSIGNMENT, CREDENTIAL, KEYWORD, PROMPT, TOKEN, Rule
from handoff.privacy.table_prompts import PROMPT_RULES
from handoff.privacy.table_services import SERVICE_RULES
from handoff.privacy.table_shapes import SHAPE_RULES
from handoff.privacy.table_vendors import VENDOR_RULES
from handoff.privacy.vendors11 import RULES_11
from handoff.privacy.vendors12 import RULES_12
from handoff.privacy.vendors13 import RULES_13
from handoff.privacy.vendors14 import RULES_14
from handoff.privacy.vendors15 import RULES_15
from handoff.privacy.vendors16 import RULES_16
from handoff.privacy.vendors17 import RULES_17
from handoff.privacy.vendors18 import RULES_18
from handoff.privacy.vendors19 import RULES_19
from handoff.privacy.vendors23 import RULES_23

__all__ = [
    "AGGREGATE",
    "ASSIGNMENT",
    "CREDENTIAL",
    "KEYWORD",
    "PROMPT",
    "RULES",
    "TOKEN",
    "Rule",
]

RULES: tuple[Rule, ...] = (
    VENDOR_RULES + SERVICE_RULES + SHAPE_RULES + PROMPT_RULES + RULES_11 + RULES_12 + RULES_13
    + RULES_14 + RULES_15 + RULES_16 + RULES_17 + RULES_18 + RULES_19 + RULES_23
)
"""The whole table in scanning order: vendor formats, the shape and context rules (the generic
assignment rule among them), prompt rules, then session 11's and session 12's vendor formats,
session 13's credential places and session 14's (a name and value parted by markup or a line
break)."""
