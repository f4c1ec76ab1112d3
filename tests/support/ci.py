"""CI=true: tests that need a missing service (Neo4j, Chromium) fail instead of skipping."""

from __future__ import annotations

import os


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() == "true"
