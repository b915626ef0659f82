"""Exponential, capped waits between reconnection attempts."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Backoff:
    """Delays 0.5, 1, 2, 4 ... up to `maximum` seconds; `reset()` after a success.

    >>> backoff = Backoff(initial=1.0, maximum=3.0)
    >>> [backoff.next_delay() for _ in range(4)]
    [1.0, 2.0, 3.0, 3.0]
    """

    initial: float = 0.5
    maximum: float = 60.0
    factor: float = 2.0
    _next: float = field(init=False, default=0.0)

    def __post_init__(self) -> None:
        self.reset()

    def next_delay(self) -> float:
        delay = self._next
        self._next = min(self.maximum, self._next * self.factor)
        return delay

    def reset(self) -> None:
        self._next = self.initial
