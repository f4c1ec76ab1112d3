"""Extraction over files and directories: load each, extract each article, collect errors."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.extract import extract_article
from kg.load.files import load_file, load_paths
from kg.load.index import Index, Meta, read_index
from kg.model import ArticleRecord


@dataclass
class BatchResult:
    records: list[ArticleRecord] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    files_ok: int = 0
    files_failed: int = 0

    @property
    def summary(self) -> str:
        return (f"{self.files_ok + self.files_failed} file(s): {self.files_ok} read, "
                f"{self.files_failed} failed; {len(self.records)} article(s)")


def extract_paths(paths: Iterable[str | Path], published: str | None = None, *,
                  source: str | None = None, home: str | None = None,
                  index: str | Path | Index | None = None) -> BatchResult:
    """Load and extract every article under `paths`; a bad file is recorded, not raised.
    `published`, `source` and `home` are declared for every file; an `index` (a path or a
    read `Index`) declares them per file and wins, as in `kg.pipeline.ingest`."""
    out = BatchResult()
    if index is not None and not isinstance(index, Index):
        index = read_index(index)
    meta = Meta(source=source, home=home) if (source or home) else None
    for res in load_paths([str(p) for p in paths], published=published, meta=meta, index=index):
        failed = None
        for art in res.articles:
            try:
                out.records.append(extract_article(art))
            except InputError as e:  # past its time budget: reported, the rest goes on
                failed = failed or e
                out.errors.append(e)
        if failed is not None and res.error is None:
            out.files_failed += 1
        elif res.error is not None:
            out.errors.append(res.error)
            out.files_failed += 1
        else:
            out.files_ok += 1
    return out


def extract_file_json(path: str | Path, meta: Meta | None = None) -> list[dict[str, Any]]:
    """FORMAT.md records of one file as declared by `meta` (an index entry), for scoring;
    raises InputError for a bad file."""
    return [extract_article(a).to_json(provenance=False) for a in load_file(path, meta=meta)]


def people_rows(records: list[ArticleRecord]) -> list[dict[str, Any]]:
    """One row per person per article: posts and roles, for the table view."""
    rows = []
    for rec in records:
        roles: dict[str, list[str]] = {}
        for ev in rec.events:
            for p in ev.participants:
                roles.setdefault(p.name, []).append(f"{p.role}@{ev.type}")
        for p in rec.people:
            rows.append({
                "article": rec.article.title[:24],
                "person": p.name,
                "posts": ", ".join(f"{q.org or '?'} {q.title}" for q in p.posts),
                "roles": ", ".join(dict.fromkeys(roles.get(p.name, []))),
            })
        for r in rec.reporters:
            rows.append({"article": rec.article.title[:24], "person": r.name,
                         "posts": f"(byline) {r.role}", "roles": ""})
    return rows


def event_rows(records: list[ArticleRecord]) -> list[dict[str, Any]]:
    rows = []
    for rec in records:
        for ev in rec.events:
            rows.append({
                "article": rec.article.title[:24],
                "type": ev.type,
                "date": ev.date,
                "places": ", ".join(ev.places),
                "participants": ", ".join(f"{p.name}:{p.role}" for p in ev.participants),
            })
    return rows
