"""The worker's memo of X.509 name preparation (pdfworker._install_name_prep_memo) gives
the answers asn1crypto gives without it: names equal under RFC 5280's rules stay equal,
different ones stay different, and a string the preparation rejects raises every time."""
from __future__ import annotations

import pytest
from asn1crypto import x509

from mailbot.core import pdfworker

NAMES = [("Ana  PÉREZ Ruiz", "ana pérez ruiz"), ("Ana Pérez Ruiz", "Ana Perez Ruiz"), ("José Núñez", "JOSÉ  NÚÑEZ")]


def _name(common_name: str) -> x509.Name:
    return x509.Name.build({"common_name": common_name, "email_address": "ana@example.org", "country_name": "PE"})


def _equalities() -> list[bool]:
    return [_name(a) == _name(b) for a, b in NAMES]  # fresh objects: nothing cached on them


@pytest.fixture()
def original_prep():
    original = x509.NameTypeAndValue._ldap_string_prep
    yield original
    x509.NameTypeAndValue._ldap_string_prep = original


def test_equality_is_the_same_with_the_memo(original_prep):
    without = _equalities()
    pdfworker._install_name_prep_memo()
    assert x509.NameTypeAndValue._ldap_string_prep is not original_prep
    assert _equalities() == without == [True, False, True]
    assert _equalities() == without  # the second time, from the memo


def test_the_memo_is_installed_once(original_prep):
    pdfworker._install_name_prep_memo()
    prep = x509.NameTypeAndValue._ldap_string_prep
    pdfworker._install_name_prep_memo()
    assert x509.NameTypeAndValue._ldap_string_prep is prep


def test_a_rejected_string_raises_each_time(original_prep):
    pdfworker._install_name_prep_memo()
    value = _name("Ana").chosen[0][0]
    for _ in range(2):
        with pytest.raises(ValueError):
            value._ldap_string_prep("Ana\ue000")  # a private use character (RFC 4518)
