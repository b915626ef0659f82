"""The sender's address is read from the header's structure, before encoded words are
decoded: an encoded display name that decodes to "Ana <victim@gmail.com>" is a name."""
from __future__ import annotations

import base64

import pytest

from mailbot.core.parse import parse_message
from mailbot.mailutil import envelope
from mailbot.settings import LimitSettings

FORGED_NAME = "=?utf-8?B?" + base64.b64encode("Ana <victim@gmail.com>".encode()).decode() + "?="
FORGED_Q = "=?utf-8?Q?Ana_=3Cvictim=40gmail=2Ecom=3E?="


def mail(**headers: str) -> bytes:
    lines = [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    lines += ["To: refugiados@rree.gob.pe", "Subject: Solicitud", "", "Buenos días."]
    return "\r\n".join(lines).encode("utf-8")


@pytest.mark.parametrize("name", [FORGED_NAME, FORGED_Q])
def test_an_encoded_display_name_is_never_the_address(name):
    """GIVEN From: <encoded "Ana <victim@gmail.com>"> <attacker@evil.example> WHEN parsed
    THEN the sender is the attacker, the victim's address is only part of the name."""
    raw = mail(From=f"{name} <attacker@evil.example>", Reply_To=f"{name} <reply@evil.example>")
    parsed = parse_message(raw, limits=LimitSettings())
    assert parsed.from_address == "attacker@evil.example"
    assert parsed.from_name == "Ana <victim@gmail.com>"
    env = envelope(raw)
    assert env.sender == "attacker@evil.example"
    assert env.reply_to == "reply@evil.example"


def test_an_encoded_word_alone_gives_no_address():
    """GIVEN From: (only an encoded word decoding to a name and address) THEN no sender
    address at all: the message is answered to nobody rather than to the victim."""
    raw = mail(From=FORGED_NAME, Reply_To=FORGED_Q)
    assert parse_message(raw, limits=LimitSettings()).from_address == ""
    env = envelope(raw)
    assert env.sender == "" and env.reply_to == ""


@pytest.mark.parametrize("header, address, name", [
    ("Ana Pérez <ana@example.pe>", "ana@example.pe", "Ana Pérez"),
    ("=?iso-8859-1?q?Jos=E9_Mart=EDnez?= <Jose@Example.PE>", "jose@example.pe", "José Martínez"),
    ('"Pérez, Ana" <ana@example.pe>, otro@example.pe', "ana@example.pe", "Pérez, Ana"),
    ("ana@example.pe", "ana@example.pe", ""),
])
def test_ordinary_senders_are_read_as_before(header, address, name):
    parsed = parse_message(mail(From=header), limits=LimitSettings())
    assert (parsed.from_address, parsed.from_name) == (address, name)
    assert envelope(mail(From=header)).sender == address


def test_the_reply_goes_to_the_real_sender(engine):
    """GIVEN the forged From: WHEN decided THEN the decision's reply (and the e-mail field
    taken from the sender) never names the victim's address."""
    raw = mail(From=f"{FORGED_NAME} <attacker@evil.example>")
    decision = engine.decide(raw, file="forjado.eml", mailbox="refugiados@rree.gob.pe")
    assert "victim@gmail.com" not in repr(decision.fields)
    assert "victim@gmail.com" not in (decision.reply.body if decision.reply else "")
