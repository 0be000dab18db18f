"""Issue 11, round 4: public data that looks random is not a credential.

Classes (known from earlier rounds): public key fingerprints (ssh ``SHA256:``/``MD5:`` and
colon-hex, OpenPGP fingerprints and key ids), signing-key references (cosign ``--key`` with a
key file, a KMS URI or a Kubernetes secret reference), base64 of public data (pagination
cursors and encoded JSON metadata), data URLs of images. Every value is random characters in
the right format, generated here; each negative class has a positive twin that must stay
flagged (a real credential under the same name or in the same place).
"""

from __future__ import annotations

import base64
import json
import random
import string

import pytest

from handoff.privacy import scan_text, scan_value

RND = random.Random(1104)
B64 = string.ascii_letters + string.digits + "+/"
HEX_UP = "0123456789ABCDEF"


def _b64(n: int) -> str:
    return base64.b64encode(bytes(RND.getrandbits(8) for _ in range(n))).decode()


def _hex(n: int, upper: bool = False) -> str:
    out = "".join(RND.choice("0123456789abcdef") for _ in range(n))
    return out.upper() if upper else out


def _secret(n: int = 24) -> str:
    pool = string.ascii_letters + string.digits
    while True:
        value = "".join(RND.choice(pool) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value):
            return value


SSH_SHA = _b64(32).rstrip("=")
MD5_COLON = ":".join(_hex(2) for _ in range(16))
GPG_FPR = _hex(40, upper=True)
CURSOR = base64.urlsafe_b64encode(json.dumps(
    {"after": RND.randrange(10**6), "sort": "created_at", "dir": "desc"}).encode()).decode()
METADATA = base64.b64encode(json.dumps(
    {"name": "widget", "version": "2.4.1", "license": "Apache-2.0",
     "homepage": "https://example.org/widget"}).encode()).decode()
PNG_URL = "data:image/png;base64," + _b64(150)
DIGEST = _hex(64)
MINISIGN = "RW" + base64.b64encode(b"Ed" + bytes(RND.getrandbits(8) for _ in range(40))).decode()[2:]

FINGERPRINTS = [
    f"The ED25519 key fingerprint is SHA256:{SSH_SHA}.",
    f"256 SHA256:{SSH_SHA} ci@build (ED25519)",
    f"RSA key fingerprint is MD5:{MD5_COLON}.",
    f"host_key_fingerprint: \"SHA256:{SSH_SHA}\"",
    f"KEY_FINGERPRINT={MD5_COLON}",
    f"GPG_FINGERPRINT={GPG_FPR}",
    f"GPG_KEY={GPG_FPR}",
    f"gpg_key_id: {GPG_FPR[-16:]}",
    f"signing_key: {GPG_FPR}",
    "gpg key fingerprint: " + " ".join(GPG_FPR[i : i + 4] for i in range(0, 40, 4)),
    f"gpg --recv-keys {GPG_FPR}",
    f"minisign public key: {MINISIGN}",
    f"the release verify key is {MINISIGN}",
]
COSIGN = [
    "cosign verify --key cosign.pub ghcr.io/acme/widget:v1.9",
    f"cosign verify --key cosign.pub ghcr.io/acme/widget@sha256:{DIGEST}",
    "cosign verify --key ./keys/release.pub ghcr.io/acme/widget:2.0",
    "cosign sign --key awskms:///alias/release-signing ghcr.io/acme/widget:1.2",
    "cosign sign --key gcpkms://projects/acme/locations/global/keyRings/rel/cryptoKeys/cosign x",
    "cosign verify --key azurekms://release-vault.vault.azure.net/cosign ghcr.io/a/b:1",
    "cosign verify --key k8s://sigstore/cosign-pub ghcr.io/acme/widget:1.2",
    "cosign sign --key hashivault://release ghcr.io/acme/widget:1.2",
    "cosign_key: awskms:///arn:aws:kms:us-east-1:123456789012:alias/cosign",
    "COSIGN_KEY=cosign.pub",
]
BASE64_PUBLIC = [
    f"next_page_token: {CURSOR}",
    f"?pageToken={CURSOR}&limit=50",
    f"\"nextPageToken\": \"{CURSOR}\"",
    f"continuationToken: \"{CURSOR.rstrip('=')}\"",
    f"page_token={CURSOR}",
    f"token_info: {METADATA}",
]
DATA_URLS = [
    f"<img src=\"{PNG_URL}\">",
    f"avatar_key: \"{PNG_URL}\"",
    f"icon_token = \"{PNG_URL}\"",
    f"logo: {PNG_URL.replace('png', 'svg+xml')}",
]


@pytest.mark.parametrize("text", FINGERPRINTS + COSIGN + BASE64_PUBLIC + DATA_URLS)
def test_public_data_is_not_a_credential(text: str) -> None:
    assert scan_text(text) == []


@pytest.mark.parametrize(
    ("key", "value"),
    [("gpg_key", GPG_FPR), ("signing_key_fingerprint", MD5_COLON), ("cosign.key", "cosign.pub"),
     ("avatar_token", PNG_URL), ("signing.key", "awskms:///alias/release")],
)
def test_config_key_with_public_value_is_accepted(key: str, value: str) -> None:
    assert scan_value({key: value}) == []


# -- the same names and places with a credential stay flagged --------------------------------


def _docker_config() -> str:
    auth = base64.b64encode(f"ci:{_secret(18)}".encode()).decode()
    return base64.b64encode(json.dumps({"auths": {"ghcr.io": {"auth": auth}}}).encode()).decode()


def _encoded_key_json() -> str:
    return base64.b64encode(json.dumps(
        {"type": "service_account", "client_secret": _secret(32)}).encode()).decode()


STILL_SECRET = [
    f"minisign secret key: {MINISIGN}",  # the same shape under a secret's name
    f"private key: {MINISIGN}",
    f"api_key={_hex(40)}",  # 40 hex under a non-OpenPGP name: an API key's shape
    f"WEBHOOK_SIGNING_KEY={_hex(64)}",  # lower-case hex: an HMAC key, not a fingerprint
    f"page_token: {_secret(40)}",  # random, not base64 of JSON
    f"next_page_token: {_docker_config()}",  # decodes to JSON that carries a credential
    f"payload_token = {_encoded_key_json()}",
    f"cosign sign --key {_secret(32)} ghcr.io/acme/widget:1.2",
    f"skopeo copy --dest-creds ci:{_secret(14)} docker://ghcr.io/acme/widget:2.4.1 docker://x/y",
    f"secret = \"data:application/octet-stream;base64,{_b64(48)}\"",
]


@pytest.mark.parametrize("text", STILL_SECRET)
def test_credentials_beside_public_data_stay_flagged(text: str) -> None:
    assert scan_text(text) != []


def test_the_flagged_span_is_the_password_not_the_next_argument() -> None:
    pw = _secret(14)
    text = f"skopeo copy --dest-creds ci:{pw} docker://ghcr.io/acme/widget:2.4.1 docker://x/y"
    found = scan_text(text)
    at = text.index(pw)
    assert found and all(f.start <= at and at + len(pw) <= f.end <= text.index(" docker:")
                         for f in found)


def test_config_key_with_secret_value_still_rejected() -> None:
    assert scan_value({"gpg_passphrase": _secret(20)}) != []
    assert scan_value({"page_token": _docker_config()}) != []
