"""Pytest fixtures for a private Dovecot IMAP server (see tests/dovecot.py).

Hooked up from tests/conftest.py with `pytest_plugins = ["tests.conftest_imap"]`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator

import pytest

from tests.dovecot import DovecotServer, DovecotUnavailable


@pytest.fixture
def dovecot_factory(tmp_path: Path) -> Iterator[Callable[..., DovecotServer]]:
    """Start Dovecot servers with options (e.g. `capabilities="IMAP4rev1 UIDPLUS"`);
    all are stopped at the end of the test. Fails (never skips) without Dovecot."""
    servers: list[DovecotServer] = []

    def start(**options: object) -> DovecotServer:
        where = tmp_path / f"server{len(servers)}"
        where.mkdir()
        try:
            server = DovecotServer(where, **options)  # type: ignore[arg-type]
            servers.append(server)
            server.start()
        except DovecotUnavailable as exc:
            pytest.fail(str(exc), pytrace=False)
        return server

    yield start
    for server in servers:
        server.close()


@pytest.fixture
def dovecot(dovecot_factory: Callable[..., DovecotServer]) -> DovecotServer:
    """A running private Dovecot with the three institutional mailboxes."""
    return dovecot_factory()
