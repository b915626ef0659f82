"""Shared pytest fixtures. Each group is owned by one part of the project.

Server tests FAIL (never skip) when their server is missing.
"""
from __future__ import annotations


pytest_plugins = ["tests.conftest_imap", "tests.conftest_store"]
