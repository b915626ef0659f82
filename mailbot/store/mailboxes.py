"""Mailboxes whose last poll failed, as `mailbot status` and the staff pages show them."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, select

from mailbot.store.models import MailboxState


@dataclass(frozen=True)
class MailboxError:
    mailbox: str
    error: str                       # the last error, in words (never personal data)
    since: dt.datetime | None        # the first failed poll of this run
    count: int                       # failed polls in a row


def failing_mailboxes(session: Session) -> list[MailboxError]:
    """Every mailbox whose last poll failed, by address."""
    rows = session.exec(select(MailboxState).where(MailboxState.last_error != "").order_by(MailboxState.mailbox))
    return [MailboxError(row.mailbox, row.last_error, row.error_since, row.error_count or 1) for row in rows]
