"""Issue 11, session 9 (credentials): classes of credential the filter missed, and their
benign look-alikes.

Every value is made here from random characters in the format's shape (a fixed seed, so a
failure reproduces), never a real credential and never a line of any corpus. Classes:

- a prefixed vendor token whose random body holds a ``-``, ``_`` or ``.`` (``sha256~..-..``,
  ``tk-us-..._..``), or a mode word after the vendor (``shippo_test_``): the body was cut at
  the separator and the tail judged too short; GitLab routable tokens longer than 80 characters;
- passwords as arguments of more command-line tools (``cypher-shell -p``, ``oc login -p``,
  ``keytool -storepass``, ``etcdctl --user u:V``, SNMPv3 ``-A``/``-X``, ``ipmitool -P``);
- a token after a word that names no secret but is only said of one (``the bearer is V``,
  ``please rotate V``, ``my JSESSIONID is V``);
- a file named for a secret and its contents behind a label (``secrets.json contents: V``), a
  ``SecureString`` parameter's ``--value``;
- a user and a password as two string literals of an auth or login call
  (``auth=('u', 'V')``, ``HTTPBasicAuth``, ``SetBasicAuth``, ``NetworkCredential``, ``.login``);
- near misses that must stay clean: openssl pass phrase sources (``pass:$VAR``, ``file:``),
  other verbs of the same tools, words and placeholders in the same places.
"""

from __future__ import annotations

import random
import string

import pytest

from handoff.privacy import scan_text

RND = random.Random(90911)
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"


def _rand(n: int, alphabet: str = ALNUM) -> str:
    while True:
        value = "".join(RND.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(
            c.islower() for c in value
        ):
            return value


def _hex(n: int) -> str:
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def _lower(n: int) -> str:
    return "".join(RND.choice(string.ascii_lowercase + string.digits) for _ in range(n))


def _password() -> str:
    return _rand(6) + RND.choice("!@#%^*+") + _rand(5)


def _with_separator(n: int, sep: str, at: int) -> str:
    """A random body of ``n`` characters with ``sep`` at index ``at`` (from the end if < 0)."""
    body = list(_rand(n))
    body[at] = sep
    return "".join(body)


def _flags_value(text: str, value: str) -> bool:
    """Some finding covers the value's first character (the value itself, not a neighbour)."""
    start = text.index(value)
    return any(f.start <= start < f.end for f in scan_text(text))


# --- vendor tokens with a separator inside the body ------------------------------------------

VENDOR_BODIES = [
    ("sha256~", lambda: _with_separator(43, "-", -4)),
    ("sha256~", lambda: _with_separator(43, "_", -6)),
    ("tk-us-", lambda: _with_separator(48, "_", -6)),
    ("AQVN", lambda: _with_separator(36, "-", -5)),
    ("shippo_test_", lambda: _hex(40)),
    ("duffel_test_", lambda: _with_separator(43, "-", 35)),
    ("glpat-", lambda: _rand(120, URLSAFE) + "." + _lower(9)),
    ("glrt-t1_", lambda: _rand(150, URLSAFE) + "." + _lower(9)),
]


@pytest.mark.parametrize(("prefix", "body"), VENDOR_BODIES)
def test_vendor_token_with_a_separator_in_its_body(prefix: str, body: object) -> None:
    value = prefix + body()  # type: ignore[operator]
    assert _flags_value(f"got {value} from the dashboard", value)


# --- passwords as command-line arguments ------------------------------------------------------

CLI = [
    "cypher-shell -a bolt://db:7687 -u neo4j -p {v}",
    "rabbitmqadmin -H mq -u admin -p {v} list queues",
    "dotnet nuget add source https://pkgs.example.com/index.json -n feed -u ci -p {v}",
    "etcdctl --endpoints https://etcd:2379 --user root:{v} get /registry",
    "snmpwalk -v3 -u mon -l authPriv -a SHA -A {v} -x AES -X {v} 10.0.0.1",
    "ipmitool -I lanplus -H 10.0.0.9 -U ADMIN -P {v} chassis status",
]


@pytest.mark.parametrize("template", CLI)
def test_password_argument_of_a_cli(template: str) -> None:
    value = _password()
    assert _flags_value(template.format(v=value), value)


CLI_NEAR = [
    "oc process -f template.yaml -p IMAGE_TAG=v2.14.0 | oc apply -f -",
    "oc new-app -p DATABASE_SERVICE_NAME=postgresql",
    "dotnet test -p:ParallelizeTestCollections=false",
    "dotnet run -p ./src/Api/Api.csproj",
    "keytool -list -storepass:env STOREPASS -keystore app.jks",
    "keytool -list -keystore app.jks -storepass \"$STOREPASS\"",
    "etcdctl --user root get /registry",
    "cf push -p ./build/libs/app.jar",
    "openssl pkcs12 -export -passout pass:$P12_PASS -out a.p12",
    "openssl rsa -in key.pem -passin file:/run/secrets/keypass",
    "openssl rsa -in key.pem -passin env:KEY_PASS -out plain.pem",
    "ipmitool -I lanplus -H 10.0.0.9 -U ADMIN -P \"$IPMI_PASSWORD\" power status",
]


@pytest.mark.parametrize("line", CLI_NEAR)
def test_other_uses_of_the_same_tools_stay_clean(line: str) -> None:
    assert scan_text(line) == []


# --- a token after a word said only of credentials ----------------------------------------------

ACTS = [
    "the bearer is {v}",
    "please rotate {v}, it leaked into the build log",
    "we need to revoke {v} today",
    "my JSESSIONID is {v}",
    "PHPSESSID was {v} when it broke",
    "cookies = {{'sessionid': '{v}'}}",
]


@pytest.mark.parametrize("template", ACTS)
def test_token_after_a_word_said_only_of_credentials(template: str) -> None:
    value = _rand(32)
    assert _flags_value(template.format(v=value), value)


ACTS_NEAR = [
    "rotate the logs at midnight with logrotate-3.21.0",
    "revoke access for build-2024-11-30-runner",
    "sessionid 3f2a7c1e-9b4d-4e8a-a1c2-5d6e7f8a9b0c in the log",
    "bearer token auth is used for /v1/models",
    "rotate {h} is the commit that rotates the keys",
]


@pytest.mark.parametrize("template", ACTS_NEAR)
def test_those_words_before_ids_and_prose_stay_clean(template: str) -> None:
    assert scan_text(template.format(h=_hex(40))) == []


# --- a secret file's contents, a SecureString parameter ----------------------------------------

CONTENTS = [
    "secrets.json contents: {v}",
    "client_secrets.json file contents: {v}",
    "aws ssm put-parameter --name /prod/db --type SecureString --value {v}",
    "aws ssm put-parameter --type SecureString --name /app/x --value '{v}' --overwrite",
]


@pytest.mark.parametrize("template", CONTENTS)
def test_secret_file_contents_and_secure_parameter(template: str) -> None:
    value = _rand(24)
    assert _flags_value(template.format(v=value), value)


CONTENTS_NEAR = [
    "README.md contents: {v}",
    "secrets.yaml contents are encrypted with sops",
    "token file contents: see the vault entry",
    "aws ssm put-parameter --type SecureString --name /app/x --value \"$DB_PASSWORD\"",
    "aws ssm put-parameter --type String --name /app/region --value eu-west-1",
    "cache.json contents: {v}",
]


@pytest.mark.parametrize("template", CONTENTS_NEAR)
def test_other_files_and_references_stay_clean(template: str) -> None:
    assert scan_text(template.format(v="sha256-" + _hex(40))) == []


# --- a user and password as literals of an auth call --------------------------------------------

CALLS = [
    "r = requests.get(url, auth=('deploy', '{v}'))",
    "httpx.post(u, auth=(\"ci\", \"{v}\"), json=body)",
    "session.auth = HTTPBasicAuth('svc', '{v}')",
    "aiohttp.BasicAuth(\"svc\", \"{v}\")",
    "req.SetBasicAuth(\"admin\", \"{v}\")",
    "headers.setBasicAuth(\"admin\", \"{v}\");",
    "var c = new NetworkCredential(\"svc_build\", \"{v}\");",
    "new UsernamePasswordCredentials(\"jenkins\", \"{v}\")",
    "smtp.login('alerts@example.com', '{v}')",
]


@pytest.mark.parametrize("template", CALLS)
def test_user_and_password_literals_of_an_auth_call(template: str) -> None:
    value = _password()
    assert _flags_value(template.format(v=value), value)


CALLS_NEAR = [
    "requests.get(url, auth=('deploy', os.environ['DEPLOY_PW']))",
    "HTTPBasicAuth('user', 'password')",
    "smtp.login(user, password)",
    "client.login('admin', '${ADMIN_PASSWORD}')",
    "auth=('api', 'tokens')",
    "req.SetBasicAuth(\"admin\", \"<password>\")",
]


@pytest.mark.parametrize("line", CALLS_NEAR)
def test_auth_calls_with_names_and_placeholders_stay_clean(line: str) -> None:
    assert scan_text(line) == []


# --- formats the table lacked, and short keys after a known vendor's name ----------------------

B32 = string.ascii_uppercase + "234567"

NEW_FORMATS = [
    lambda: "cfut_" + _rand(48),
    lambda: "cfat_" + _rand(44),
    lambda: "phs_" + _rand(43),
    lambda: "PMAT-" + "".join(RND.choice(string.ascii_uppercase + string.digits) for _ in range(26)),
    lambda: "sbp_v0_" + _hex(40),
    lambda: "SU" + "".join(RND.choice(B32) for _ in range(56)),
    lambda: "SA" + "".join(RND.choice(B32) for _ in range(56)),
]


@pytest.mark.parametrize("make", NEW_FORMATS)
def test_vendor_formats_the_table_lacked(make: object) -> None:
    value = make()  # type: ignore[operator]
    assert _flags_value(f"got {value} from the dashboard", value)


SHORT_VENDOR_KEYS = [
    "airtable key {v}",
    "the Confluent key: {v}",
    "linkedin key is {v}",
    "sumologic key {v} for the collector",
]


@pytest.mark.parametrize("template", SHORT_VENDOR_KEYS)
def test_short_key_right_after_a_known_vendors_key_noun(template: str) -> None:
    value = "q7" + _rand(13)  # 15 random letters and digits
    assert _flags_value(template.format(v=value), value)


SHORT_VENDOR_NEAR = [
    "airtable key rotation2024plan",
    "heroku key build42staging7",
    "redis key user1234session9",
    "airtable key 3f9a2b7c1d4e5f60",
    "cache key {v}",
    "airtable: we rotated the key and {v} is the ticket",
]


@pytest.mark.parametrize("template", SHORT_VENDOR_NEAR)
def test_short_values_that_are_words_ids_or_far_stay_clean(template: str) -> None:
    assert scan_text(template.format(v="q7" + _rand(13))) == []


# --- a secret word inside a dotted config key ---------------------------------------------------

CONFIG_KEYS = [
    "poetry config pypi-token.pypi {v}",
    "poetry config pypi-token.testpypi {v}",
]


@pytest.mark.parametrize("template", CONFIG_KEYS)
def test_secret_word_inside_a_dotted_config_key(template: str) -> None:
    value = _rand(32)
    assert _flags_value(template.format(v=value), value)


CONFIG_NEAR = [
    "git config token.expiry 1h30m",
    "app config set token.ttl 86400s",
    "app config set password.min_length 12",
    "app config set auth.method oauth2",
    "app config set token.file ~/.config/app/token",
]


@pytest.mark.parametrize("line", CONFIG_NEAR)
def test_settings_about_a_secret_stay_clean(line: str) -> None:
    assert scan_text(line) == []


# -- a generated password whose pieces each read as a word, glued by = + @, or after a $ -------
# (hypothesis found "the sudo password on the box is E=ckPoorka879" in round 5's property test:
# the pieces split at '=' read as an acronym and a camelCase word, so the value passed as an
# identifier; a '$' before random mixed case passed as a variable)

@pytest.mark.parametrize("value", [
    "E=ckPoorka879", "s=IDUQrmG0", "n@INB2@zFJ", "W+Fpz8+hb796", "Vi7+VY@e+d", "3v=6GJaaxOVY",
    "$nTlJ2Wa15t", "$J6uCtkGN8", "$Jbo0M3u5DiMmXPzlcu",
])
def test_a_password_glued_from_word_like_pieces_is_found(value: str) -> None:
    for template in ("the sudo password on the box is {}", "Das Passwort lautet {}"):
        assert scan_text(template.format(value)), template.format(value)


@pytest.mark.parametrize("value", ["$dbPassword2", "$DB_PASS", "DB_PASS=changeme", "min=12,max=64",
                                   "John.Doe2@Example.com"])
def test_a_variable_a_setting_or_an_address_after_the_noun_stays_clean(value: str) -> None:
    assert not scan_text(f"the sudo password on the box is {value}")
