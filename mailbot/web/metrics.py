"""`/metrics`: Prometheus text for the operators, computed from the store at each scrape.

Access: a signed-in operator or admin, or ``Authorization: Bearer <token>`` with the
token in ``$MAILBOT_METRICS_TOKEN`` (for the Prometheus server). Anyone else gets 401.

Series: ``mailbot_messages_total{outcome}``, ``mailbot_queue_size{queue}``,
``mailbot_queue_oldest_age_seconds{queue}``, ``mailbot_deadlines{state="due_soon|overdue"}``,
``mailbot_poll_lag_seconds{mailbox}``, ``mailbot_poll_errors{mailbox}``,
``mailbot_outbox{status}``, ``mailbot_send_failures``.
"""
from __future__ import annotations

import os
import secrets

from fastapi import APIRouter, Request
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from sqlmodel import func, select

from mailbot.store.db import read_session
from mailbot.store.models import MailboxState, Message, OutboxMessage, Quarantine, Registro, utcnow
from mailbot.web.queues import QUEUE_CODES, Filters
from mailbot.web.security import load_auth

TOKEN_ENV = "MAILBOT_METRICS_TOKEN"
router = APIRouter()


class StoreCollector:
    def __init__(self, ctx) -> None:
        self.ctx = ctx

    def collect(self):
        ctx, now = self.ctx, utcnow()
        with read_session(ctx.db) as session:
            outcomes = CounterMetricFamily("mailbot_messages", "Filed registros by outcome (ignored messages as ignorado)",
                                           labels=["outcome"])
            for outcome, count in session.exec(select(Registro.outcome, func.count()).group_by(Registro.outcome)):
                outcomes.add_metric([outcome], count)
            ignored = session.exec(select(func.count()).select_from(Message).where(Message.role == "ignored")).one()
            outcomes.add_metric(["ignorado"], ignored)
            yield outcomes

            counts = ctx.queues.counts(session, Filters())
            sizes = GaugeMetricFamily("mailbot_queue_size", "Items waiting in each staff queue", labels=["queue"])
            oldest = GaugeMetricFamily("mailbot_queue_oldest_age_seconds", "Age of the oldest item per queue",
                                       labels=["queue"])
            for code in QUEUE_CODES:
                sizes.add_metric([code], counts[code])
                if code == "cuarentena":
                    first = session.exec(select(func.min(Quarantine.created_at)).where(Quarantine.status == "open")).one()
                else:
                    rows = ctx.queues.rows(session, code, Filters()) if counts[code] else []
                    first = min((row.received_at for row in rows), default=None)
                oldest.add_metric([code], (now - _aware(first)).total_seconds() if first else 0)
            yield sizes
            yield oldest

            at_risk = GaugeMetricFamily("mailbot_deadlines", "Open deadlines at risk", labels=["state"])
            at_risk.add_metric(["due_soon"], counts["vence_pronto"])
            at_risk.add_metric(["overdue"], counts["vencidos"])
            yield at_risk

            lag = GaugeMetricFamily("mailbot_poll_lag_seconds", "Seconds since the last successful poll",
                                    labels=["mailbox"])
            errors = GaugeMetricFamily("mailbot_poll_errors", "1 when the last poll failed", labels=["mailbox"])
            for state in session.exec(select(MailboxState)):
                success = state.last_success_at
                lag.add_metric([state.mailbox], (now - _aware(success)).total_seconds() if success else -1)
                errors.add_metric([state.mailbox], 1 if state.last_error else 0)
            yield lag
            yield errors

            outbox = GaugeMetricFamily("mailbot_outbox", "Outbox messages by status", labels=["status"])
            failed = 0
            for status, count in session.exec(select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)):
                outbox.add_metric([status], count)
                failed += count if status == "failed" else 0
            yield outbox
            yield GaugeMetricFamily("mailbot_send_failures", "Replies whose sending failed for good", value=failed)


def _aware(moment):
    import datetime as dt

    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def _allowed(request: Request) -> bool:
    token = os.environ.get(TOKEN_ENV, "")
    header = request.headers.get("authorization", "")
    if token and header.startswith("Bearer ") and secrets.compare_digest(header[7:].strip(), token):
        return True
    auth = load_auth(request)
    return auth is not None and auth.user.can("metrics")


@router.get("/metrics")
def metrics(request: Request):
    if not _allowed(request):
        return Response("No autorizado.\n", status_code=401, media_type="text/plain; charset=utf-8",
                        headers={"www-authenticate": "Bearer"})
    registry = CollectorRegistry(auto_describe=False)
    registry.register(StoreCollector(request.app.state.ctx))
    return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
