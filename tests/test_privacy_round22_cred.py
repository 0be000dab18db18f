"""Issue 11, session 22 (cred22): a credential whose name sits elsewhere in the text's layout.

Synthetic values only (``tests/_synthetic.py``, a fixed seed; never a line of any corpus). Three
classes, each with benign near misses in the same frames:

1. Tables: a header row names the column and the value sits below it (tab-separated pastes,
   ``;`` exports, ``psql`` and ``mysql`` result grids, ASCII boxes, fixed-width columns,
   headers in other languages): ``columns.py``.
2. Structures whose name is a level up, a line before, or a sibling field: YAML block scalars
   and continued ``.properties`` lines, Terraform's plan diff and ``output -json`` (values
   Terraform marks sensitive), multi-line ``{"Name": ..., "Value": ...}`` objects (Consul's
   base64 value), LDIF's ``userPassword::``, an HTML ``<input>`` in any attribute order, a
   ``Label:``/``Value:`` form: ``levels.py``.
3. A noun in another language with the value on the next line, or before it in a CJK sentence
   (``noun_layout.py``), and a value past a relative clause after a link (``prose._far_value``).

Every positive here was accepted by ``main`` before this change: run against ``git archive
main``, 65 tests of this file failed (the 63 positives and both property tests) and the 68
benign near misses passed.
"""

from __future__ import annotations

import base64

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handoff.privacy import scan_text

from ._synthetic import Synthetic

_SYN = Synthetic(222222)
PW = [_SYN.pw() for _ in range(60)]
RAND = [_SYN.rand(32) for _ in range(20)]
LONG = [_SYN.rand(40) for _ in range(8)]


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _flagged(text: str, value: str) -> bool:
    """A finding covers the value (or its encoded form, for a base64 field)."""
    return any(value in text[f.start : f.end] or (text[f.start : f.end] in value
               and f.end - f.start >= 6) for f in scan_text(text))


# -- 1. tables ---------------------------------------------------------------------------------

TABLES = [
    (f"name\tusername\tpassword\turl\nGrafana\tadmin\t{PW[0]}\thttps://grafana.example.net", PW[0]),
    (f"env\ttoken\tcreated\nprod\t{LONG[0]}\t2026-01-03", LONG[0]),
    (f"service;api_key;owner\nbilling;{RAND[0]};team-a\nsearch;{RAND[1]};team-b", RAND[0]),
    ("+----+----------+-----------------+\n| id | username | password        |\n"
     f"+----+----------+-----------------+\n|  1 | alice    | {PW[2]} |\n"
     "+----+----------+-----------------+", PW[2]),
    (f" id | login | secret\n----+-------+----------------------------------\n  1 | svc1  | {RAND[2]}\n"
     "(1 row)", RAND[2]),
    ("+----+-------+------------------------------------------+\n| id | name  | api_token |\n"
     f"+----+-------+------------------------------------------+\n|  1 | etl   | {LONG[1]} |\n"
     "1 row in set (0.00 sec)", LONG[1]),
    (f"NAME        USER     PASSWORD\nmail-relay  postfix  {PW[3]}\nldap-bind   binder   {PW[4]}", PW[3]),
    (f"ENV    CLIENT_ID              CLIENT_SECRET\nprod   {_SYN.rand(20)}   {RAND[3]}", RAND[3]),
    (f"Account  Login  Passwort\nFTP  webuser  {PW[5]}\nSMTP  mailer  {PW[6]}", PW[5]),
    (f"servicio,usuario,contrase\u00f1a\nsftp,carga,{PW[7]}", PW[7]),
    (f"service,utilisateur,mot de passe\nwiki,admin,{PW[8]}", PW[8]),
    (f"\u0441\u0435\u0440\u0432\u0438\u0441,\u043b\u043e\u0433\u0438\u043d,"
     f"\u043f\u0430\u0440\u043e\u043b\u044c\nvpn,ivanov,{PW[9]}", PW[9]),
    (f"\u7cfb\u7edf,\u7528\u6237\u540d,\u5bc6\u7801\n\u5821\u5792\u673a,ops,{PW[10]}", PW[10]),
    (f"\u30b5\u30fc\u30d3\u30b9\t\u30e6\u30fc\u30b6\u30fc\t\u30d1\u30b9\u30ef\u30fc\u30c9\n"
     f"\u7ba1\u7406\u753b\u9762\tadmin\t{PW[11]}", PW[11]),
    (f"\uc11c\ube44\uc2a4  \uacc4\uc815  \ube44\ubc00\ubc88\ud638\nnas  backup  {PW[12]}", PW[12]),
    (f"us\u0142uga|login|has\u0142o\npoczta|jan|{PW[14]}", PW[14]),
    (f"host | port | pwd\n-----+------+----------------\ndb01 | 5432 | {PW[15]}", PW[15]),
    (f"hostname\tip\troot_password\tnotes\nweb-01\t10.0.0.11\t{PW[17]}\tprimary", PW[17]),
    (f"TENANT      REGION     ACCESS_TOKEN\nacme        eu-west-1  {LONG[2]}", LONG[2]),
    (f"secret_key\tbucket\tregion\n{RAND[7]}\tlogs-archive\teu-central-1", RAND[7]),
    (f"NAME     TOKEN                                      TTL\nci-bot   {LONG[7]}   24h", LONG[7]),
    (f"+------+---------+-----------------+\n| host | user    | passwd          |\n"
     f"+------+---------+-----------------+\n| mx1  | relay   | {PW[41]} |\n"
     "+------+---------+-----------------+", PW[41]),
    (f"sistema  usu\u00e1rio  senha\nerp  joao  {PW[42]}", PW[42]),
    (f"entorno\tusuario\tcontrase\u00f1a\nprod\tbackup\t{PW[43]}", PW[43]),
]


@pytest.mark.parametrize(("text", "value"), TABLES)
def test_value_under_a_secret_header(text: str, value: str) -> None:
    assert _flagged(text, value), text


TABLES_BENIGN = [
    "host,user,password\ndb1,app,********\ndb2,ro,<redacted>",
    "service\tpassword\nbilling\t${DB_PASSWORD}\nsearch\tvault:secret/data/search#pw",
    "| user | password |\n+------+----------+\n| admin | changeme |\n| guest | <your password> |",
    "username  password_set  mfa\nalice     true          false\nbob       false         true",
    "user;has_password;locked\nalice;true;false\nbob;no;yes",
    "id | login | password_hash\n---+-------+------\n 1 | alice | $2b$12$Kix0Zr3uQ5xY8QbGv0nQeOq7s1h3d0g",
    "user\tpassword_changed_at\tlast_login\nalice\t2026-03-01T10:11:12Z\t2026-03-04T08:00:00Z",
    "policy  min_length  password_expiry_days\ndefault  12  90\nadmins  16  30",
    "model           tokens_used  max_tokens  cost\ngpt-4o-mini     1532         4096        0.0021",
    "run,prompt_tokens,completion_tokens,total_tokens\n1,1200,340,1540\n2,980,210,1190",
    "key                          hits  misses\nuser:1042:profile            312   4",
    "| key | value |\n+-----+-------+\n| max_connections | 200 |\n| shared_buffers | 4GB |",
    "key\tcount\nfeature_flag_new_checkout\t1204\nlegacy_export_v2\t33",
    "key;owner;created\n3f2c9a1e-5b7d-4c2a-9e1f-0a8b7c6d5e4f;billing;2026-01-02",
    "token_type,expires_in,scope\nBearer,3600,read write\nBearer,7200,admin",
    "NAME                  TYPE                              DATA   AGE\n"
    "registry-pull-secret  kubernetes.io/dockerconfigjson    1      90d",
    "NAME            TYPE     DATA   AGE\napi-token       Opaque   1      3d\ndb-password     Opaque   2      10d",
    "secret\tversion\tcreated\nprod-db-password\t7\t2026-04-01\nstripe-api-key\t3\t2026-02-11",
    "file,sha256,token\nbuild.tar,9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08,none",
    " name | password_policy | rotation\n------+-----------------+---------\n svc  | strict          | 90d",
    "-[ RECORD 1 ]----+-----\nid               | 42\npassword_hash    | $argon2id$v=19$m=65536,t=3,p=4$c2FsdA\n"
    "password_changed | 2026-03-01",
    "The password  rotation job runs nightly.  It reads the  token from Vault.",
    "  * Fix password  prompt handling when stdin is closed.\n  * Update token  refresh logic.",
    "user,passwordless,mfa\nalice,true,totp\nbob,false,webauthn",
    "KEY            DESCRIPTION\nenter          confirm\nesc            cancel",
    "provider   api_key_env          model\nopenai     OPENAI_API_KEY       gpt-4o",
    "app;secret\nbilling;/run/secrets/billing_db\nsearch;/run/secrets/search_api",
    "NAME          MOUNT                  SECRET\nweb           /etc/web               web-tls",
    "\u670d\u52a1\t\u5bc6\u7801\n\u8ba1\u8d39\t\u5df2\u8bbe\u7f6e\n\u641c\u7d22\t\u672a\u8bbe\u7f6e",
    "usuario;contrase\u00f1a\nadmin;(en el gestor)\nsoporte;********",
]


@pytest.mark.parametrize("text", TABLES_BENIGN)
def test_table_near_misses_pass(text: str) -> None:
    assert scan_text(text) == [], text


# -- 2. structures: a level up, a line before, a sibling ---------------------------------------

STRUCTURES = [
    (f"password: |\n  {PW[18]}", PW[18]),
    (f"api_token: >-\n    {LONG[3]}", LONG[3]),
    (f"app.datasource.password = \\\n        {PW[19]}", PW[19]),
    (f"[smtp]\nsecret:\n   {RAND[4]}", RAND[4]),
    (f'  ~ resource "random_password" "db" {{\n      ~ result = (sensitive value) -> "{PW[20]}"\n    }}',
     PW[20]),
    (f'# aws_elasticache_replication_group.c will be updated in-place ~ resource "x" "c" '
     f'{{ ~ auth_token = (sensitive value) -> "{PW[21]}" }}', PW[21]),
    (f'{{"outputs": {{"db_admin_password": {{"sensitive": true, "value": "{PW[22]}", '
     '"type": "string"}}}', PW[22]),
    (f'{{"result": {{"value": "{PW[23]}", "sensitive": true}}}}', PW[23]),
    (f'{{\n  "conn": {{\n    "sensitive": true,\n    "type": "string",\n    "value": "{RAND[5]}"\n  }}\n}}',
     RAND[5]),
    (f'{{"variable": {{"admin_password": {{"default": "{PW[24]}"}}}}}}', PW[24]),
    (f'{{\n  "name": "REDIS_PASSWORD",\n  "valueFrom": null,\n  "value": "{PW[25]}"\n}}', PW[25]),
    (f'[\n  {{\n    "Key": "app/prod/db_password",\n    "Flags": 0,\n    "Value": "{b64(PW[26])}"\n  }}\n]',
     b64(PW[26])),
    (f'{{\n  "Parameter": {{\n    "Name": "/billing/prod/api-key",\n    "Type": "SecureString",\n'
     f'    "Value": "{LONG[4]}",\n    "Version": 3\n  }}\n}}', LONG[4]),
    (f'[{{"Key": "db/password", "Value": "{PW[27]}"}}]', PW[27]),
    (f"dn: cn=config\nolcRootPW:: {b64(PW[29])}", b64(PW[29])),
    (f'<input value="{PW[30]}" name="pwd" type="password"/>', PW[30]),
    (f"Label: Database password\nValue: {PW[32]}", PW[32]),
    (f"Field: api_token\nValue: {LONG[5]}", LONG[5]),
    (f"Key:   prod/stripe/secret_key\nValue: {RAND[6]}", RAND[6]),
    (f"client_secret: |-\n    {RAND[9]}", RAND[9]),
    (f"mail.smtp.password=\\\n  {PW[44]}", PW[44]),
    (f'[{{"ParameterKey": "DbPassword", "UsePreviousValue": false,\n  "ParameterValue": "{PW[45]}"}}]',
     PW[45]),
    (f'{{\n  "label": "SMTP password",\n  "type": "concealed",\n  "value": "{PW[46]}"\n}}', PW[46]),
    (f'{{"outputs": {{"replica_conn": {{"value": "{RAND[10]}", "type": "string", "sensitive": true}}}}}}',
     RAND[10]),
    (f'      + admin_password = (sensitive value) -> "{PW[47]}"', PW[47]),
]


@pytest.mark.parametrize(("text", "value"), STRUCTURES)
def test_value_named_elsewhere_in_a_structure(text: str, value: str) -> None:
    assert _flagged(text, value), text


STRUCTURES_BENIGN = [
    '  ~ resource "aws_db_instance" "main" {\n      ~ password = (sensitive value) -> (sensitive value)\n    }',
    '      ~ instance_class = "db.t3.medium" -> "db.r6g.large"\n      ~ engine_version = "15.4" -> "16.1"',
    '      ~ tags = {\n          ~ "Owner" = "team-a" -> "team-b"\n        }',
    '      ~ result = (sensitive value) -> "staging"',
    '{"outputs": {"db_host": {"sensitive": true, "value": "db.internal.example.com", "type": "string"}}}',
    '{"db_port": {"sensitive": true, "value": 5432, "type": "number"}}',
    '{"endpoint": {"sensitive": true, "value": "https://api.example.com/v1", "type": "string"}}',
    '{"release_id": {"sensitive": false, "value": "4f9c2e1a7b3d", "type": "string"}}',
    '{\n  "name": "LOG_LEVEL",\n  "value": "debug"\n}',
    '{\n  "name": "DB_PASSWORD",\n  "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/prod/db",\n'
    '  "value": "${DB_PASSWORD}"\n}',
    '[\n  {\n    "Key": "app/prod/log_level",\n    "Flags": 0,\n    "Value": "ZGVidWc="\n  }\n]',
    '{"variable": {"region": {"default": "eu-west-1"}}}',
    '{"variable": {"admin_password": {"default": null, "sensitive": true}}}',
    "tls_key_path: |\n  /etc/ssl/private/server.key",
    "password:\n  secretKeyRef:\n    name: db\n    key: password",
    "token:\n  disabled",
    "app.datasource.password = \\\n    ${DB_PASSWORD}",
    "description: >-\n    Rotates the API token nightly",
    "dn: uid=jdoe,ou=people,dc=example,dc=org\nuserPassword:: e1NTSEF9c2lnbjlmODhkZWFkYmVlZjEyMzQ1Njc4OTA=",
    "dn: uid=jdoe,ou=people,dc=example,dc=org\ndescription:: VGVhbSBsZWFkLCBwbGF0Zm9ybQ==",
    "auto key = std::string{};\nstd::map<std::string, int> tokens;\nfoo::bar::baz();",
    '<input type="password" name="password" value="" placeholder="Password">',
    '<input name="api_key" value="{{ api_key }}">',
    '<input type="text" name="username" value="j.doe@example.com">',
    "Label: Database password\nValue: stored in vault (see runbook)",
    "Field: api_token\nValue: <redacted>",
    "Key: build.cache.dir\nValue: /var/cache/build",
]


@pytest.mark.parametrize("text", STRUCTURES_BENIGN)
def test_structure_near_misses_pass(text: str) -> None:
    assert scan_text(text) == [], text


# -- 3. a noun in another language, the value on the next line or before it ----------------------

NOUNS = [
    (f"{PW[33]} \u662f\u6570\u636e\u5e93\u7684\u65b0\u5bc6\u7801", PW[33]),
    (f"{PW[34]} \u304c\u65b0\u3057\u3044\u30d1\u30b9\u30ef\u30fc\u30c9\u3067\u3059", PW[34]),
    (f"{PW[35]} \uac00 \uc0c8 \ube44\ubc00\ubc88\ud638\uc785\ub2c8\ub2e4", PW[35]),
    (f"\u5bc6\u7801\n{PW[36]}", PW[36]),
    (f"\u30d1\u30b9\u30ef\u30fc\u30c9\uff1a\n{PW[37]}", PW[37]),
    (f"Neues Kennwort f\u00fcr den Jenkins:\n\n    {PW[38]}", PW[38]),
    (f"{LONG[6]} \u5c31\u662f\u8ba1\u8d39\u63a5\u53e3\u7684\u4ee4\u724c", LONG[6]),
    (f"Pour le serveur de recette, le mot de passe que Paul a mis hier soir dans le coffre est {PW[39]}",
     PW[39]),
    (f"a senha que o suporte gerou ontem para o painel de faturamento ficou {PW[0]}", PW[0]),
    (f"het wachtwoord dat ik gisteren voor de nieuwe back-up gebruiker op de NAS instelde is {PW[1]}",
     PW[1]),
    (f"\u65b0\u3057\u3044\u30c8\u30fc\u30af\u30f3\uff1a\n{LONG[0]}", LONG[0]),
    (f"{PW[49]} \u4e3a\u6d4b\u8bd5\u73af\u5883\u7684\u7ba1\u7406\u5458\u5bc6\u7801", PW[49]),
    (f"{PW[50]} \u306f\u672c\u756a\u306e\u30d1\u30b9\u30ef\u30fc\u30c9\u3067\u3059", PW[50]),
    (f"Nowe has\u0142o do poczty:\n  {PW[52]}", PW[52]),
]


@pytest.mark.parametrize(("text", "value"), NOUNS)
def test_value_apart_from_a_foreign_noun(text: str, value: str) -> None:
    assert _flagged(text, value), text


NOUNS_BENIGN = [
    "\u5bc6\u7801\n\u8bf7\u8054\u7cfb\u7ba1\u7406\u5458\u91cd\u7f6e",
    "\u5bc6\u7801\uff1a\n\u89c1 1Password \u4e2d\u7684\u6761\u76ee",
    "\u30d1\u30b9\u30ef\u30fc\u30c9\uff1a\n********",
    "v2.3.1 \u662f\u65b0\u7684\u5bc6\u7801\u7b56\u7565\u7248\u672c",
    "PR-1234 \u304c\u30d1\u30b9\u30ef\u30fc\u30c9\u30ea\u30bb\u30c3\u30c8\u306e\u4fee\u6b63\u3067\u3059",
    "OAuth2 \ub294 \ube44\ubc00\ubc88\ud638 \uc5c6\uc774 \ub85c\uadf8\uc778\ud569\ub2c8\ub2e4",
    "Kennwort f\u00fcr den Jenkins:\n\n    siehe Tresor",
    "\u041f\u0430\u0440\u043e\u043b\u044c \u043e\u0442 \u0441\u0435\u0440\u0432\u0435\u0440\u0430 "
    "\u043d\u0443\u0436\u043d\u043e \u0441\u043c\u0435\u043d\u0438\u0442\u044c \u0434\u043e "
    "\u043f\u044f\u0442\u043d\u0438\u0446\u044b.",
    "le mot de passe que Paul a mis hier soir dans le coffre est toujours le m\u00eame",
    "a senha que o suporte gerou ontem para o painel de faturamento ficou no cofre",
    "die Passwortrichtlinie, die wir letzte Woche f\u00fcr alle Konten eingef\u00fchrt haben, ist streng",
]


@pytest.mark.parametrize("text", NOUNS_BENIGN)
def test_noun_near_misses_pass(text: str) -> None:
    assert scan_text(text) == [], text


# -- properties: a secret header over any column, a sibling name in any order -------------------

_SEPARATORS = ["\t", ";", " | ", "   "]
_SECRET_HEADERS = ["password", "api_key", "client_secret", "access_token", "Passwort",
                   "contrase\u00f1a", "\u043f\u0430\u0440\u043e\u043b\u044c", "\u5bc6\u7801"]
_PLAIN_HEADERS = ["host", "env", "owner", "region", "created", "service", "team"]
_PLAIN_CELLS = ["db01", "prod", "alice", "eu-west-1", "2026-03-01", "billing", "ops"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(2, 6), st.data(), st.sampled_from(_SEPARATORS), st.sampled_from(_SECRET_HEADERS),
       st.integers(0, 2**32))
def test_a_value_under_a_secret_header_at_any_column_is_rejected(
    n: int, data: st.DataObject, sep: str, header: str, seed: int
) -> None:
    at = data.draw(st.integers(0, n - 1))
    value = Synthetic(seed).pw()
    heads = [_PLAIN_HEADERS[i % len(_PLAIN_HEADERS)] for i in range(n)]
    cells = [_PLAIN_CELLS[i % len(_PLAIN_CELLS)] for i in range(n)]
    heads[at], cells[at] = header, value
    text = sep.join(heads) + "\n" + sep.join(cells)
    assert _flagged(text, value), text
    masked = text.replace(value, "********")
    assert scan_text(masked) == [], masked


_NAME_KEYS = ["name", "Name", "key", "Key"]
_VALUE_KEYS = ["value", "Value"]
_SECRET_NAMES = ["DB_PASSWORD", "stripe_api_key", "/prod/billing/client-secret", "app/auth_token"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_NAME_KEYS), st.sampled_from(_VALUE_KEYS), st.sampled_from(_SECRET_NAMES),
       st.booleans(), st.integers(0, 3), st.integers(0, 2**32))
def test_a_sibling_named_value_is_rejected_in_any_order(
    name_key: str, value_key: str, name: str, value_first: bool, extra: int, seed: int
) -> None:
    value = Synthetic(seed).pw()
    members = [f'"{name_key}": "{name}"', f'"{value_key}": "{value}"']
    if value_first:
        members.reverse()
    for i in range(extra):
        members.insert(1, f'"field{i}": {i}')
    text = "{\n  " + ",\n  ".join(members) + "\n}"
    assert _flagged(text, value), text
    placeholder = text.replace(value, "${" + "SECRET_FROM_ENV}")
    assert scan_text(placeholder) == [], placeholder
