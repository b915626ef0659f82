"""What every request handler needs, built once by `create_app`."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine

from mailbot.core.decision import DecisionEngine
from mailbot.settings import Settings
from mailbot.web.queues import Queues


@dataclass
class WebContext:
    settings: Settings
    db: Engine
    engine: DecisionEngine
    queues: Queues
