"""The first two stages of an ingest, load and extract, file by file: in this process, or
in `--jobs` worker processes that read and extract whole files and send back only records.

`load_and_extract` yields (path, records, error) per file in file order and reports each
file to the `progress` callback (kg.progress) as its result comes back; `text_files` does
the same for texts given as strings (kg.api's `ingest(texts=...)`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from kg.errors import InputError, KGError
from kg.extract import extract_article
from kg.ids import content_hash
from kg.load.files import LoadResult, expand_paths, load_paths, load_text
from kg.load.index import Index, Meta
from kg.model import Article, ArticleRecord
from kg.progress import Progress, report

FileResult = tuple[str, list[ArticleRecord], "str | None"]


def extract_articles(articles: Sequence[Article]) -> tuple[list[ArticleRecord], str | None]:
    records, errors = [], []
    for a in articles:  # a failed article is reported; the others of the file go on
        try:
            records.append(extract_article(a))
        except KGError as e:
            errors.append(str(e))
        except Exception as e:  # an extractor bug must not stop the other articles
            errors.append(f"article {a.index + 1}: extraction failed: {type(e).__name__}: {e}")
    return records, "; ".join(errors) or None


def load_extract_file(path: str, meta: Meta | None) -> FileResult:
    """One file read and extracted (in a worker process when jobs > 1), with what is
    declared about it (`meta`: date, source, home, URL)."""
    results = list(load_paths([path], None, meta))
    records, err = extract_articles(results[0].articles)
    errors = [str(e) for e in (results[0].error, err) if e]
    return results[0].path, records, "; ".join(errors) or None


def warm() -> None:
    """Load jieba's dictionaries once, before workers fork, so that they share them
    (copy-on-write) instead of each spending seconds loading its own."""
    import logging

    import jieba
    import jieba.posseg  # noqa: F401  (loads the word tags on import)

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()


def die_with_parent(parent: int) -> None:
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


def load_and_extract(paths: Iterable[str], declared: Meta | None, jobs: int, index: Index | None = None,
                     progress: Progress | None = None) -> Iterator[FileResult]:
    """(path, records, error) per file, in file order. With jobs > 1, a pool of `jobs`
    processes reads and extracts whole files; only paths go out and records come back,
    and the caller stays the one writer. Each file gets its index entry over `declared`."""
    import multiprocessing

    items = list(expand_paths([os.path.abspath(str(p)) for p in paths]))
    files = [i for i in items if not isinstance(i, LoadResult)]
    metas = [(index.meta(f) if index else None) or declared for f in files]
    metas = [m.over(declared) if m is not None else None for m in metas]
    counted = _Counter(progress, len(items))
    if jobs > 1 and len(files) > 1:
        warm()
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
        chunk = max(1, min(16, len(files) // (jobs * 8)))
        with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=die_with_parent,
                                 initargs=(os.getpid(),)) as pool:
            done = pool.map(load_extract_file, files, metas, chunksize=chunk)  # in order, as they finish
            yield from counted(_in_order(items, done))
    else:
        yield from counted(_in_order(items, (load_extract_file(f, m) for f, m in zip(files, metas))))


def _in_order(items: list, done: Iterator[FileResult]) -> Iterator[FileResult]:
    for item in items:
        if isinstance(item, LoadResult):
            yield item.path, [], str(item.error)
        else:
            yield next(done)


def text_files(texts: Sequence[str], declared: Meta | None, progress: Progress | None = None,
               ) -> Iterator[FileResult]:
    """(name, records, error) per text, as if each text were a file of its own named
    `text-<hash of the text>` (the same text always has the same name, which `forget`
    takes; an undeclared source is that name). `declared` gives date, source and home."""
    counted = _Counter(progress, len(texts))

    def each() -> Iterator[FileResult]:
        for text in texts:
            name = "text-" + content_hash(str(text))[:12]
            try:
                articles = load_text(str(text), name, declared.published if declared else None)
            except InputError as e:
                yield name, [], str(e)
                continue
            records, error = extract_articles(declared.apply(articles) if declared else articles)
            yield name, records, error

    yield from counted(each())


class _Counter:
    """Reports each (path, records, error) that passes through as a `read` step."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total = progress, total

    def __call__(self, results: Iterable[FileResult]) -> Iterator[FileResult]:
        articles = failed = 0
        if self.total:
            report(self.progress, "read", 0, self.total)  # the clock starts before the first file
        for i, (path, records, error) in enumerate(results, 1):
            articles += len(records)
            failed += error is not None
            report(self.progress, "read", i, self.total, articles=articles, failed=failed, path=path)
            yield path, records, error
