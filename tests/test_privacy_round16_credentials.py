"""Issue 11, session 16 (credentials): what makes a value in a credential's place not a credential,
written as classes of text with synthetic values, and the secrets beside them that stay caught.

Every value is made here from random characters (``tests/_synthetic.py``, a fixed seed), never a
real credential and never a line of any corpus. Classes a credential rule used to flag:

- a log field whose own name says it is an id (``request_id=``, ``kid=``, ``client_id=``);
- a date and time after "token expired", a cloud region after ``get-login-password --region``;
- a word in Markdown emphasis (``**Settings``), prose after a dash (``password =`` then a remark);
- the tail of an id (``arn ends in -<hex>``), a weak entity tag (``W/"<hex>"``), a digest named
  by its algorithm (``"api_key": "sha256:<hex>"``), an OpenPGP message encrypted to a recipient
  (Renovate's ``encrypted`` block);
- a call that reads the environment (``std::env::var("X")``), an environment variable's name
  that names the secret (``read from ORG_GRADLE_PROJECT_signingPassword``);
- a commit named before the password it predates, a unit and line number after ``journalctl -u``,
  a host beside a masked password, JSON escaped inside a tool call's arguments.

The secrets: a GitHub Actions debug log pasted as one line, a glued ``x=Y`` password, hex under
a password name after a type annotation, a log field not named as an id.
"""

from __future__ import annotations

import string

from handoff.privacy import scan_text
from handoff.privacy.rules import RULES

from ._synthetic import Synthetic

_SYN = Synthetic(161616)
_rand = _SYN.rand
_hex = _SYN.hex
_PROMPT_RULES = frozenset(r.id for r in RULES if r.category == "prompt") | {"prompt-classifier"}


def _credential_hits(text: str) -> list[str]:
    """Rule ids of the credential findings (prompt cues and the classifier are not judged here;
    some credential stages report ids that are not rows of ``RULES``)."""
    return [f.rule for f in scan_text(text) if f.rule not in _PROMPT_RULES]


def _clean(text: str) -> None:
    assert _credential_hits(text) == [], text


def test_a_log_field_named_as_an_id_is_not_a_secret() -> None:
    for text in (
        f"2026-11-25T13:41:48.914Z WARN auth.client token expired, refreshing client_id=orders"
        f" expires_in=0 request_id=req_{_rand(24)}",
        "2026-11-25T13:41:48.914Z WARN auth.client token scaduto, rinnovo in corso"
        f" client_id=ledger expires_in=0 request_id={_hex(8)}-{_hex(4)}-4{_hex(3)}-a{_hex(3)}-{_hex(12)}",
        f"jwt verify failed: token is expired (exp=1794729969, now=1799187274), kid={_rand(22)}",
        f"2026-03-03T02:53:35Z WARN token refresh failed for client_id={_hex(8)}-{_hex(4)}-4{_hex(3)}"
        f"-b{_hex(3)}-{_hex(12)}; retrying in 5s (attempt 2/5)",
    ):
        _clean(text)


def test_a_time_or_a_region_in_a_value_place_is_not_a_secret() -> None:
    _clean("El token caducó a las 2026-12-03T03:30Z; no era incorrecto.")
    _clean("Credentials for the eastus2 deployment expired at 2026-12-02T15:00Z; owner notified.")
    _clean("$ aws ecr get-login-password --region ap-northeast-1 | docker login --username AWS"
           " --password-stdin 563659857961.dkr.ecr.ap-northeast-1.amazonaws.com")


def test_markup_and_remarks_are_not_values() -> None:
    _clean("You can find your API key under **Settings → API keys**. Treat it like a password.")
    _clean("Vous trouverez votre clé d'API dans **Paramètres → Clés d'API**. Ne la collez jamais.")
    _clean("`password =` — Muss in den Secret Store.")


def test_ids_digests_and_encrypted_messages_are_not_secrets() -> None:
    _clean(f"the secret lives in Secrets Manager (arn ends in -{_hex(16)}); terraform only reads"
           " the ARN, never the value")
    _clean(f'Secret-scanner hit triaged: `W/"{_hex(32)}"` is a digest, not a credential.')
    _clean(f'{{"ts": "2026-01-13T08:30:09.349Z", "level": "info", "msg": "webhook delivered",'
           f' "trace_id": "{_hex(32)}", "api_key": "sha256:{_hex(12)}"}}')
    _clean(f'{{"hostRules": [{{"matchHost": "npm.pkg.github.com", "encrypted": {{"token":'
           f' "wcFMA{_hex(32)}"}}}}]}}')


def test_where_a_value_is_read_from_is_not_the_value() -> None:
    _clean('let db_password = std::env::var("DB_PASSWORD").context("DB_PASSWORD not set")?;')
    _clean('`let openai_api_key = std::env::var("OPENAI_API_KEY").context("OPENAI_API_KEY not'
           ' set")?;`')
    _clean("# signing.password is read from ORG_GRADLE_PROJECT_signingPassword")


def test_commits_line_numbers_hosts_and_escaped_json_are_not_secrets() -> None:
    _clean(f"Commit {_hex(40)} is the last one before the password hashing switched to argon2id.")
    _clean('journalctl -u app:150: 10.1.2.3 - - [14/Mar/2026:08:05:03 +0000] "GET /api/v1/feed'
           ' HTTP/1.1" 302 22364 "-" "curl/8.5.0"')
    _clean("Out[8]: {'user': 'django', 'password': '********', 'host':"
           f" 'orders-db.{_rand(8).lower()}.us-east-1.rds.amazonaws.com'}}")
    _clean('{"type":"function_call","arguments":"{\\"command\\":[\\"bash\\",\\"-lc\\",'
           '\\"ansible-playbook site.yml --check --vault-password-file ~/.vault_pass\\"],'
           '\\"timeout_ms\\":120000}"}')


def test_the_secrets_beside_them_stay_caught() -> None:
    value = _rand(40)
    log = ("2026-11-10T06:36:41.6352444Z ##[debug]Evaluating: secrets.ENCRYPTION_KEY\n"
           f"2026-11-10T06:36:41.6352444Z ##[debug]Result: '{value}'")
    for text in (log, log.replace("\n", " ")):  # as printed, and pasted as one line
        at = text.index(value)
        assert any(f.start <= at and f.end >= at + len(value) for f in scan_text(text)
                   if f.rule not in _PROMPT_RULES), text  # the value itself, not the time before it
    assert _credential_hits(f'let redisPw: &str = "{_hex(32)}";')
    assert _credential_hits(f"the db password is {_rand(6)}={_rand(6)}")
    assert _credential_hits(f"session_id={_rand(12)}Zq9{_rand(12)} is the admin token")


def test_a_login_passed_as_two_quoted_arguments() -> None:
    """blind17's PHP configs: ``'user', 'V',`` with no password noun; a generated password's
    shape only (``vendors16``), never a word, a text domain or a masked value."""
    for user in ("wordpress", "deploy", "api_user"):
        assert _credential_hits(f"includes/config.php: '{user}', '{_rand(16)}',")
        assert _credential_hits(f'$pdo = new PDO($dsn, "{user}", "{_rand(12)}");')
    _clean("$pdo = new PDO($dsn, 'deploy', getenv('DB_PASSWORD'));")
    _clean("__('Settings', 'my-plugin-textdomain'),")
    _clean("$pdo = new PDO($dsn, 'deploy', '********');")
    _clean(f"cy.setCookie('locale', '{_rand(20)}')")  # a call's name and value, not a login


def test_a_password_that_starts_with_0x_is_no_hex_literal() -> None:
    """Round 5's property test drew ``0XMr&jD8Gx7E=sUw is the master password for the vault``
    (about one draw in 3,000) and the filter let it through: any value opening with ``0x`` was
    taken for a hex literal. Only hex digits after ``0x`` make one."""
    import random

    rnd = random.Random(5016)
    alphabet = string.ascii_letters + string.digits + "&=+%?*"
    for _ in range(20):
        value = "0X" + "".join(rnd.choice(alphabet) for _ in range(14))
        value = value[:4] + "&" + value[5:]  # a symbol no hex literal holds
        assert _credential_hits(f"{value} is the master password for the vault"), value
    literal = "0x" + _hex(12)
    assert not scan_text(f"the register at {literal} holds the password flag"), literal
