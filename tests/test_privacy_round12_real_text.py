"""Round 12 (lead): real engineering text that the filter rejected.

``bench/probe_real_benign.py`` scans text nobody here wrote (Debian and upstream changelogs,
package descriptions). Its development half showed classes of false positive that no labelled
corpus had; the lines below are written here in those shapes (file names invented), never
copied. The same probe showed the classifier's benign side needed real prose
(``tests/privacy_train12r``) and a threshold chosen on real text; what they buy is measured by
the probe, not asserted per sentence here. A ChangeLog names files under their directory (``*
cipher/blake-avx2-x86.S:``), and a directory then a file looks like ``user/password`` to the
login-pair rule.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from handoff.privacy import classifier, scan_text

TESTS = Path(__file__).resolve().parent
TRAIN12R = TESTS / "privacy_train12r"

CHANGELOG_PATHS = [
    "\t* cipher/blake3-avx512-amd64.S: New.\n\t* cipher/Makefile.am: Add it.",
    "\t* doc/TkImgPhotoFmt.3: Document the new option.",
    "Exclude lib/libQuartz*.a from the -dev package.",
    "\t* generic/tkGrid*Decls.h: Regenerated.",
    "Add patches/0003-Fix-build-on-riscv64.patch (Closes: #1040017)",
    "\t* mpn/x86_64/mulmod_2$N.lo: Remove.",
    "\t* unix/tclUnixPipe2.c: Close the pipe before exec.",
    "For the older history, see the file tools/OldChangeLog)",
]


@pytest.mark.parametrize("text", CHANGELOG_PATHS)
def test_a_file_under_its_directory_in_a_changelog_is_not_a_login(text: str) -> None:
    assert not [f for f in scan_text(text) if f.rule == "login-pair"]


@pytest.mark.parametrize("text", [
    "staging grafana is admin/Kq7vT2mXw9Lp works",
    "the VPN login is deploy / Zt4rQ8nWm2Vx for now",
])
def test_a_login_handed_over_is_still_caught(text: str) -> None:
    assert [f for f in scan_text(text) if f.rule == "login-pair"]


KERNEL_WIFI = [
    "- wifi: rtw89: fix a use-after-free in rtw89_core_txq_flush_work()",
    "- wifi: mt76: mt7996: fix the memory leak in mt7996_mcu_set_txbf",
    "- wifi: ath12k: drop the stale reference in ath12k_dp_rx_tid_cleanup_v2 on error",
    "- wifi: iwlwifi: mvm: check the return of iwl_mvm_ftm_add_pasn_sta (Closes: #1088832)",
]


@pytest.mark.parametrize("text", KERNEL_WIFI)
def test_a_kernel_wifi_entry_naming_a_function_is_not_a_password(text: str) -> None:
    assert not scan_text(text)


@pytest.mark.parametrize("text", [
    "wifi: hq7ns-4kdpe-zr2mx-9wtaq",
    "guest wifi password is pel1can-Rq42",
    "the office wi-fi is Tq8mZr4vLx2n now",
])
def test_a_wifi_password_is_still_caught(text: str) -> None:
    assert scan_text(text)


NAMED_NOT_SECRET = [
    "Pass --with-manpages and --without-pdf to configure, we only want HTML.",
    "Explicitly pass -Wl,--as-needed on the riscv64 builds.",
    "netfilter: nf_tables: pass nft_chain_ctx to the destroy function, not the table",
    "Fix a timing side-channel in the RSA-PSK key exchange. CVE-2031-40412",
    "Harden the handling of the key_share extension. FOOTLS-SA-2031-07-22",
    "Fix the passwd leak in chsh (Closes: #1098123)",
    "* man/pt/passwd.5, man/pt/chage.1, man/pt/login.defs.5: New translations.",
    "mac802154: fix the llsec key release in mac802154_llsec_key_remove_all",
    "s390: pkey: fix the PKEY_TYPE_EP14_AES handling in PKEY_CLR2SECK4",
]


@pytest.mark.parametrize("text", NAMED_NOT_SECRET)
def test_what_a_changelog_names_after_a_secret_word_is_not_a_secret(text: str) -> None:
    assert not [f for f in scan_text(text) if f.rule in ("secret-argument", "generic-assignment")]


@pytest.mark.parametrize("text", [
    "mysql -u root, pass Xq7vT2mWz9Lp",
    "the staging API token: Zq8v_Kt3m_Wp9x_Lr2n",
])
def test_a_secret_after_its_name_is_still_caught(text: str) -> None:
    assert scan_text(text)


def _trainer():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(TESTS.parent / "bench"))
    try:
        import train_classifier as tc
    finally:
        sys.path.pop(0)
    return tc


def test_train12r_is_what_its_generator_writes(tmp_path: Path) -> None:
    (tmp_path / "privacy_train12r").mkdir()
    for name in ["generate.py", *(p.name for p in TRAIN12R.glob("_r12*.py"))]:
        shutil.copy(TRAIN12R / name, tmp_path / "privacy_train12r" / name)
    subprocess.run([sys.executable, str(tmp_path / "privacy_train12r" / "generate.py")], check=True,
                   cwd=tmp_path)
    assert (tmp_path / "privacy_train12r" / "corpus.jsonl").read_bytes() == (
        TRAIN12R / "corpus.jsonl").read_bytes()
    rows = [json.loads(line) for line in (TRAIN12R / "corpus.jsonl").read_text("utf-8").splitlines()]
    assert len(rows) >= 3000 and {r["label"] for r in rows} == {"benign"}
    assert len({r["text"] for r in rows}) == len(rows)


def test_train12r_is_augmentation_and_the_shipped_threshold_is_the_documented_one() -> None:
    tc = _trainer()
    assert ("train12r", "privacy_train12r") in tc.AUGMENT
    assert all(d != "privacy_train12r" for _, d in tc.TRAINING)
    assert tc.THRESHOLD is not None
    assert classifier.model().threshold == round(tc.THRESHOLD, 3)
