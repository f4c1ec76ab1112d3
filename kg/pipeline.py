"""Load → extract → resolve → build → write, and the other store-wide operations.

`ingest` is idempotent and incremental: an article already stored with the same content
hash is left alone; a corrected article (same source and position, or same id, new hash)
replaces its old facts in the same transaction that adds the new ones; a file that cannot
be read or extracted is reported and the rest of the batch goes on. Articles are written
in transactions of whole articles (the store's `batch_articles` per transaction, or
KG_BATCH_ARTICLES).
From reading the stored state to the last batch an ingest holds the store's writer lock
(`Store.exclusive`): a concurrent ingest waits (KG_LOCK_TIMEOUT seconds, default 300,
then a clear error), so the result is that of running them one after the other.
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from kg.config import Settings
from kg.errors import NotFound
from kg.export.admin import write_admin_csv
from kg.export.render import export as render_export
from kg.graph.build import build_graph
from kg.load.index import Index, Meta, read_index
from kg.model import ArticleRecord
from kg.progress import Progress, report as report_step
from kg.resolve import resolve, source_scope
from kg.resolve.merges import explain, link_rows
from kg.rows import Rows
from kg.store import Store, open_store
from kg.workers import load_and_extract, text_files


@dataclass(frozen=True)
class FileReport:
    path: str
    articles: int = 0
    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    removed: int = 0
    error: str | None = None


@dataclass(frozen=True)
class IngestReport:
    backend: str
    where: str
    files: tuple[FileReport, ...] = ()
    merges: int = 0
    near_misses: int = 0
    counts: dict[str, dict[str, int]] = field(default_factory=dict)  # in the store afterwards
    before: dict[str, dict[str, int]] = field(default_factory=dict)  # in the store before writing
    seconds: float = 0.0  # the whole ingest, from reading the first file

    @property
    def errors(self) -> list[str]:
        return [f"{f.path}: {f.error}" if not f.error.startswith(f.path) else f.error
                for f in self.files if f.error]

    def total(self, what: str) -> int:
        return sum(getattr(f, what) for f in self.files)

    def written(self) -> dict[str, int]:
        """How many nodes and relationships the store holds more than before (fewer, when
        corrected or vanished articles took facts with them)."""
        return {what: sum(self.counts.get(key, {}).values()) - sum(self.before.get(key, {}).values())
                for what, key in (("nodes", "labels"), ("relationships", "types"))}

    def rows(self) -> Rows:
        """One row per file (or text): articles read, added, unchanged, replaced, removed, error."""
        return Rows({"file": f.path, "articles": f.articles, "added": f.added, "unchanged": f.unchanged,
                 "replaced": f.replaced, "removed": f.removed, "error": f.error} for f in self.files)


def ingest(paths: Sequence[str | os.PathLike], settings: Settings, published: str | None = None,
           jobs: int = 1, *, source: str | None = None, home: str | None = None,
           index: str | os.PathLike | Index | None = None, texts: Sequence[str] = (),
           progress: Progress | None = None) -> IngestReport:
    """Ingest files (and `texts`, each read like a text file of its own, kg.workers.text_files).
    `published`, `source` and `home` are declared for every file (they win over what a
    file states); `index` (a path or a read `Index`, kg.load.index) declares them per file
    and wins over both. `progress` is called with a kg.progress.Step per file read, when
    resolution starts and after each write transaction."""
    started = time.monotonic()
    if index is not None and not isinstance(index, Index):
        index = read_index(index)
    declared = Meta(published, source, home) if (published or source or home) else None
    with open_store(settings) as store:
        store.init()  # fails fast when the store is unusable
        store.close()  # no connection is open while extraction workers fork; reopens lazily
        files = [*load_and_extract(paths, declared, max(1, jobs), index, progress),
                 *text_files(texts, declared, progress)]
        records = [r for _, recs, _ in files for r in recs]
        # The records live until the end: keep the cyclic GC from re-scanning them on
        # every collection while the graph is built (halves build time at 10,000 articles).
        gc.freeze()
        with store.exclusive():  # one ingest at a time reads, resolves against and writes the store
            states = store.article_states([r.article.id for r in records],
                                          [r.article.source for r in records])
            before = store.counts()
            todo, replace, orphans, reports = _plan(files, states)
            _write(store, todo, replace, orphans, settings.batch_articles or store.batch_articles, progress)
        gc.unfreeze()
        # The summary counts the rows `kg merges` lists that involve what this ingest wrote.
        decided = (_merge_rows(store, {r.article.id for r in todo},
                               {source_scope(r.article) for r in todo}) if todo else [])
        return IngestReport(store.backend, store.where(), tuple(reports),
                            sum(d["kind"] == "merge" for d in decided),
                            sum(d["kind"] == "near-miss" for d in decided), store.counts(), before,
                            time.monotonic() - started)


def _plan(files, states):
    """What to add, what each new article replaces, and stored articles gone from a file.

    Same id and content hash (or no new issue date) → unchanged. A new version of an
    article replaces the one stored at the same position of the same *file*; for other
    sources (a JSON Lines `source` field, a URL) only when the title or URL also match,
    since positions there are not one document's. Re-reading a whole file without errors
    also forgets its stored articles that are no longer in it.
    """
    by_id = {s["key"]: s for s in states}
    by_pos = {(s["source"], s["index"]): s for s in states}
    todo: list[ArticleRecord] = []
    replace: dict[str, list[str]] = {}
    orphans: list[str] = []
    seen: set[str] = set()
    reports = []
    for path, records, error in files:
        counts = {"added": 0, "unchanged": 0, "replaced": 0, "removed": 0}
        first_new = None
        for rec in records:
            a = rec.article
            old = by_id.get(a.id)
            if a.id in seen or (old and (old["content_hash"] == a.content_hash or a.published is None)):
                counts["unchanged"] += 1
                seen.add(a.id)
                continue
            seen.add(a.id)
            stale = [a.id] if old else []
            prev = by_pos.get((a.source, a.index))
            if (prev and prev["key"] not in seen and prev["key"] != a.id
                    and (os.path.isfile(a.source) or prev["title"] == a.title or (a.url and prev["url"] == a.url))):
                stale.append(prev["key"])
                seen.add(prev["key"])
            counts["replaced" if stale else "added"] += 1
            replace[a.id] = stale
            todo.append(rec)
            first_new = first_new or a.id
        sources = {r.article.source for r in records}
        if error is None and records and all(os.path.isfile(src) for src in sources):
            gone = [s["key"] for s in states if s["source"] in sources and s["key"] not in seen]
            seen.update(gone)
            counts["removed"] = len(gone)
            if first_new:
                replace[first_new] += gone
            else:
                orphans += gone
        reports.append(FileReport(path, len(records), error=error, **counts))
    return todo, replace, orphans, reports


def _write(store: Store, todo: list[ArticleRecord], replace: dict[str, list[str]], orphans: list[str],
           step: int, progress: Progress | None = None):
    if orphans:
        store.forget_ids(orphans)
    if not todo:
        return ()
    report_step(progress, "resolve", 0, len(todo))
    resolution = resolve(todo, store)
    for i in range(0, len(todo), step):
        chunk = todo[i:i + step]
        batch = build_graph(chunk, resolution)
        store.write(batch, replace=[old for r in chunk for old in replace.get(r.article.id, [])])
        report_step(progress, "write", i + len(chunk), len(todo))
    return resolution.decisions


def forget(target: str, settings: Settings) -> list[dict[str, Any]]:
    """Remove an article (by id) or every article of a source, with the facts only they
    supported. Raises NotFound when nothing matches."""
    with open_store(settings) as store, store.exclusive():
        rows = store.forget(target)
    if not rows:
        raise NotFound(f"no stored article has id or source {target!r}")
    return rows


def export(settings: Settings, fmt: str) -> str:
    with open_store(settings) as store:
        nodes, rels = store.snapshot()
    return render_export(nodes, rels, fmt)


def export_admin(settings: Settings, directory: str | os.PathLike) -> list[dict[str, Any]]:
    """Files for `neo4j-admin database import full` (kg.export.admin); rows per file."""
    with open_store(settings) as store:
        nodes, rels = store.snapshot()
    return write_admin_csv(nodes, rels, directory)


def init(settings: Settings) -> list[dict[str, Any]]:
    with open_store(settings) as store:
        return store.init()


def status(settings: Settings) -> dict[str, Any]:
    with open_store(settings) as store:
        return store.status()


def stats(settings: Settings) -> list[dict[str, Any]]:
    with open_store(settings) as store:
        c = store.counts()
    return ([{"kind": "node", "name": k, "count": v} for k, v in c["labels"].items()]
            + [{"kind": "relationship", "name": k, "count": v} for k, v in c["types"].items()])


def merges(settings: Settings) -> list[dict[str, Any]]:
    """Entity-resolution decisions to review: source links, merges and near-misses."""
    with open_store(settings) as store:
        return _merge_rows(store)


def _merge_rows(store: Store, articles: set[str] | None = None,
                origins: set[str] | None = None) -> list[dict[str, Any]]:
    """`kg merges` rows; with `articles` and `origins`, only those involving these articles
    (the nodes they support) and these sources (the ingest summary's counts)."""
    return link_rows(store.query("source_links"), origins) + explain(store.entities(articles), articles)


def status_rows(st: dict[str, Any]) -> list[dict[str, Any]]:
    """`status` as (item, value) rows: counts flattened to one row per label and type."""
    rows = [{"item": k, "value": st.get(k)} for k in ("backend", "where", "reachable", "version", "error")
            if k in st]
    for kind, key in (("nodes", "labels"), ("relationships", "types")):
        for name, n in (st.get("counts") or {}).get(key, {}).items():
            rows.append({"item": f"{kind}: {name}", "value": n})
    return rows
