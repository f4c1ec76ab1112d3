"""The dev corpus (../shared/corpus/dev) ingested into a store, one file at a time with the
issue date its index.json gives (null dates stay null), as `kg ingest --published` would."""

from __future__ import annotations

import json
from pathlib import Path

from kg.config import Settings
from kg.pipeline import ingest
from tests.support.paths import DEV


def dev_files() -> list[tuple[Path, str | None]]:
    index = json.loads((DEV / "index.json").read_text(encoding="utf-8"))
    return [(DEV / e["file"], e.get("published")) for e in index]


def ingest_dev(settings: Settings) -> None:
    for path, published in dev_files():
        report = ingest([path], settings, published=published)
        assert not report.errors, report.errors
