"""Load → extract → resolve → build → write, and the other store-wide operations.

`ingest` is idempotent and incremental: an article already stored with the same content
hash is left alone; a corrected article (same source and position, or same id, new hash)
replaces its old facts in the same transaction that adds the new ones; a file that cannot
be read or extracted is reported and the rest of the batch goes on. Articles are written
in transactions of whole articles (`BATCH_ARTICLES` per transaction, or KG_BATCH_ARTICLES).
From reading the stored state to the last batch an ingest holds the store's writer lock
(`Store.exclusive`): a concurrent ingest waits (KG_LOCK_TIMEOUT seconds, default 300,
then a clear error), so the result is that of running them one after the other.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from kg.config import Settings
from kg.errors import KGError, NotFound
from kg.export.admin import write_admin_csv
from kg.export.render import export as render_export
from kg.extract import extract_article
from kg.graph.build import build_graph
from kg.load.files import LoadResult, expand_paths, load_paths
from kg.load.index import Index, Meta, read_index
from kg.model import Article, ArticleRecord
from kg.resolve import resolve, source_scope
from kg.resolve.merges import explain, link_rows
from kg.store import Store, open_store

BATCH_ARTICLES = 200


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
    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def errors(self) -> list[str]:
        return [f"{f.path}: {f.error}" if not f.error.startswith(f.path) else f.error
                for f in self.files if f.error]

    def total(self, what: str) -> int:
        return sum(getattr(f, what) for f in self.files)

    def rows(self) -> list[dict[str, Any]]:
        return [{"file": f.path, "articles": f.articles, "added": f.added, "unchanged": f.unchanged,
                 "replaced": f.replaced, "removed": f.removed, "error": f.error} for f in self.files]


def _extract(articles: Sequence[Article]) -> tuple[list[ArticleRecord], str | None]:
    records, errors = [], []
    for a in articles:  # a failed article is reported; the others of the file go on
        try:
            records.append(extract_article(a))
        except KGError as e:
            errors.append(str(e))
        except Exception as e:  # an extractor bug must not stop the other articles
            errors.append(f"article {a.index + 1}: extraction failed: {type(e).__name__}: {e}")
    return records, "; ".join(errors) or None


def _load_extract_file(path: str, meta: Meta | None):
    """One file read and extracted (in a worker process when jobs > 1), with what is
    declared about it (`meta`: date, source, home, URL)."""
    results = list(load_paths([path], None, meta))
    records, err = _extract(results[0].articles)
    errors = [str(e) for e in (results[0].error, err) if e]
    return results[0].path, records, "; ".join(errors) or None


def _warm() -> None:
    """Load jieba's dictionaries once, before workers fork, so that they share them
    (copy-on-write) instead of each spending seconds loading its own."""
    import logging

    import jieba
    import jieba.posseg  # noqa: F401  (loads the word tags on import)

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()


def _die_with_parent(parent: int) -> None:
    """Worker initializer: end this worker when the kg process that started it dies (even
    by kill -9), instead of living on reparented. Linux: PR_SET_PDEATHSIG; elsewhere, a
    thread polling the parent's pid."""
    import signal
    import threading
    import time

    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(1, signal.SIGKILL, 0, 0, 0) == 0:  # PR_SET_PDEATHSIG
            if os.getppid() != parent:  # the parent died before prctl took effect
                os._exit(1)
            return
    except (OSError, AttributeError):
        pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="kg-parent-watch", daemon=True).start()


def _load_and_extract(paths: Iterable[str], declared: Meta | None, jobs: int, index: Index | None = None):
    """(path, records, error) per file, in file order. With jobs > 1, a pool of `jobs`
    processes reads and extracts whole files; only paths go out and records come back,
    and the caller stays the one writer. Each file gets its index entry over `declared`."""
    import multiprocessing

    items = list(expand_paths([os.path.abspath(str(p)) for p in paths]))
    files = [i for i in items if not isinstance(i, LoadResult)]
    metas = [(index.meta(f) if index else None) or declared for f in files]
    metas = [m.over(declared) if m is not None else None for m in metas]
    if jobs > 1 and len(files) > 1:
        _warm()
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
        chunk = max(1, min(16, len(files) // (jobs * 8)))
        with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_die_with_parent,
                                 initargs=(os.getpid(),)) as pool:
            done = iter(list(pool.map(_load_extract_file, files, metas, chunksize=chunk)))
    else:
        done = (_load_extract_file(f, m) for f, m in zip(files, metas))
    for item in items:
        if isinstance(item, LoadResult):
            yield item.path, [], str(item.error)
        else:
            yield next(done)


def ingest(paths: Sequence[str | os.PathLike], settings: Settings, published: str | None = None,
           jobs: int = 1, *, source: str | None = None, home: str | None = None,
           index: str | os.PathLike | Index | None = None) -> IngestReport:
    """Ingest files. `published`, `source` and `home` are declared for every file (they win
    over what a file states); `index` (a path or a read `Index`, kg.load.index) declares
    them per file and wins over both."""
    if index is not None and not isinstance(index, Index):
        index = read_index(index)
    declared = Meta(published, source, home) if (published or source or home) else None
    with open_store(settings) as store:
        store.init()  # fails fast when the store is unusable
        store.close()  # no connection is open while extraction workers fork; reopens lazily
        files = list(_load_and_extract(paths, declared, max(1, jobs), index))
        records = [r for _, recs, _ in files for r in recs]
        # The records live until the end: keep the cyclic GC from re-scanning them on
        # every collection while the graph is built (halves build time at 10,000 articles).
        gc.freeze()
        with store.exclusive():  # one ingest at a time reads, resolves against and writes the store
            states = store.article_states([r.article.id for r in records],
                                          [r.article.source for r in records])
            todo, replace, orphans, reports = _plan(files, states)
            _write(store, todo, replace, orphans, settings.batch_articles or BATCH_ARTICLES)
        gc.unfreeze()
        # The summary counts the rows `kg merges` lists that involve what this ingest wrote.
        decided = (_merge_rows(store, {r.article.id for r in todo},
                               {source_scope(r.article) for r in todo}) if todo else [])
        return IngestReport(store.backend, store.where(), tuple(reports),
                            sum(d["kind"] == "merge" for d in decided),
                            sum(d["kind"] == "near-miss" for d in decided), store.counts())


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
           step: int = BATCH_ARTICLES):
    if orphans:
        store.forget_ids(orphans)
    if not todo:
        return ()
    resolution = resolve(todo, store)
    for i in range(0, len(todo), step):
        chunk = todo[i:i + step]
        batch = build_graph(chunk, resolution)
        store.write(batch, replace=[old for r in chunk for old in replace.get(r.article.id, [])])
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
