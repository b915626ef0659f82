"""WriterTurns: the writers of one process take SQLite's write lock first come, first served."""
from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from mailbot.store.db import WriterTurns


def test_turns_pass_in_arrival_order():
    """GIVEN a held turn and two writers waiting, B before C WHEN it is released twice
    THEN B gets it first, then C."""
    turns = WriterTurns()
    assert turns.acquire(1)
    order: list[str] = []

    def writer(name: str) -> None:
        assert turns.acquire(5)
        order.append(name)
        turns.release()

    b = threading.Thread(target=writer, args=("B",))
    b.start()
    time.sleep(0.1)
    c = threading.Thread(target=writer, args=("C",))
    c.start()
    time.sleep(0.1)
    turns.release()
    b.join(5)
    c.join(5)
    assert order[:2] == ["B", "C"]


def test_a_writer_that_waits_too_long_gives_up_and_leaves_no_trace():
    turns = WriterTurns()
    assert turns.acquire(1)
    assert turns.acquire(0.05) is False
    turns.release()
    assert turns.acquire(0.05) is True  # nobody left in the queue to be handed the turn


def test_an_interrupted_wait_leaves_no_turn_behind():
    """GIVEN a writer (the main thread) waiting for a held turn WHEN Ctrl-C interrupts
    the wait and the holder releases THEN the turn is free: the next writer gets it at
    once instead of waiting its whole timeout for a writer that is gone."""
    turns = WriterTurns()
    assert turns.acquire(1)
    # Python's own Ctrl-C handler, whatever an earlier test of the session left installed
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        threading.Timer(0.1, os.kill, args=(os.getpid(), signal.SIGINT)).start()  # a real Ctrl-C
        started = time.monotonic()
        with pytest.raises(KeyboardInterrupt):
            turns.acquire(5)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert time.monotonic() - started < 4  # interrupted, not timed out
    turns.release()
    started = time.monotonic()
    assert turns.acquire(2) is True
    assert time.monotonic() - started < 1
