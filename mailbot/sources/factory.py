"""Build the source a mailbox's settings ask for."""
from __future__ import annotations

from mailbot.settings import ConfigError, MailboxSettings
from mailbot.sources.base import MailSource

KINDS = ("imap", "maildir")


def make_source(settings: MailboxSettings) -> MailSource:
    """An unconnected source for one configured mailbox (call `connect()` next).

    >>> make_source(MailboxSettings(address="a@rree.gob.pe", path="/tmp/md")).__class__.__name__
    'MaildirSource'
    """
    if settings.kind == "imap":
        if not settings.host:
            raise ConfigError(f"mailbox {settings.address}: kind \"imap\" needs host")
        from mailbot.sources.imap import ImapSource

        return ImapSource(settings)
    if settings.kind == "maildir":
        if not settings.path:
            raise ConfigError(f"mailbox {settings.address}: kind \"maildir\" needs path")
        from mailbot.sources.maildir import MaildirSource

        return MaildirSource(settings)
    raise ConfigError(
        f"mailbox {settings.address}: unknown kind {settings.kind!r} (expected one of {', '.join(KINDS)})"
    )
