"""What every request handler needs, built once by `create_app`."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

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
    _decider: Any = field(default=None, repr=False)
    _decider_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def decider(self) -> Any:
        """The decide process of the staff pages (started at the first re-decision):
        a message is never decided in the web process, always within the budget."""
        with self._decider_lock:
            if self._decider is None:
                from mailbot.decider import ProcessDecider

                self._decider = ProcessDecider(self.settings)
            return self._decider
