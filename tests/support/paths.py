"""Where the tests find the repository, the shared dev corpus and gold, and tests/data."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TESTS = REPO / "tests"
DATA = TESTS / "data"  # the annotated evaluation sets: one folder each (index.json, NN.txt, NN.json)
SHARED = REPO.parent / "shared"
DEV = SHARED / "corpus" / "dev"
GOLD = SHARED / "gold"
