"""kg as a Python library, for notebooks and scripts. The `kg` command line is built on it:
each command parses its options, makes one call here and renders what it returns.

    import kg
    s = kg.open_store("dev.kgstore")      # or kg.open_store(backend="neo4j"), kg.open_store(uri=…)
    s.ingest("../shared/corpus/dev", index="../shared/corpus/dev/index.json")
    s.holders("副主任", district="郑州市").df()

Every command on a store is a method of the opened store (`KGStore`) with the command's
name and its options as parameters (`--as-of` is `as_of`; `--from`/`--to` of `kg events`
are `from_`/`to`; the repeatable `--param k=v` is `params={"k": v}`), returning `Rows`
(kg.rows: a list of dicts, the rows `--json` prints; `.df()` for a pandas DataFrame). The
commands that need no store are functions: `extract_files` (`kg extract`; `kg.extract` is
the extraction package), `extract_text` (the same for a string) and `evaluate` (`kg eval`). Errors are KGError subclasses (kg.errors),
the messages the command line prints. Long calls take `progress=`, a callable given a
kg.progress.Step per file read and per write transaction.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from kg.atomic import write_atomic
from kg.config import Settings
from kg.errors import ConfigError, InputError, OutputError
from kg.load.index import Meta
from kg.model import ArticleRecord
from kg.progress import Progress
from kg.query import lookups
from kg.rows import Rows
from kg.store import Store
from kg.store import open_store as _open_backend

if TYPE_CHECKING:  # a lookup process needs none of the pipeline (extract, resolve, networkx)
    from kg import pipeline

EXPORT_FORMATS = ("turtle", "jsonld", "nt", "graphml", "json", "neo4j-admin")
PathLike = str | os.PathLike


def open_store(path: PathLike | None = None, *, backend: str | None = None, uri: str | None = None,
               username: str | None = None, password: str | None = None,
               database: str | None = None) -> KGStore:
    """The store the command line would use, resolved the same way: `backend` (as
    `--backend`, else KG_BACKEND, else `neo4j` when a `uri` is given, else `embedded`),
    `path` the embedded store's file (as `--store`, else KG_STORE, else the default under
    the user's data directory), the Neo4j connection from NEO4J_URI, NEO4J_USERNAME,
    NEO4J_PASSWORD and NEO4J_DATABASE, each overridden by the argument of that name.
    Nothing is opened until the first call; `close()` (or `with`) releases the store."""
    settings = Settings.resolve(backend or ("neo4j" if uri else None), path)
    given = {"uri": uri, "username": username, "password": password, "database": database}
    if any(v is not None for v in given.values()):
        settings = replace(settings, neo4j=replace(settings.neo4j, **{k: v for k, v in given.items() if v is not None}))
    return KGStore(settings)


class KGStore:
    """One store (embedded file or Neo4j) and every kg command on it, as methods."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._store: Store | None = None

    @property
    def backend(self) -> str:
        return self.settings.backend

    def where(self) -> str:
        """The store's file, or NEO4J_URI (without credentials) and database."""
        return self._open().where()  # opening connects to nothing yet

    def __repr__(self) -> str:
        return f"<kg store {self.backend}: {self.where()}>"

    def _open(self) -> Store:
        if self._store is None:
            self._store = _open_backend(self.settings)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store, store = None, self._store
            store.close()

    def __enter__(self) -> KGStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- building the graph (kg init, ingest, forget, export, status, stats, merges) --------
    def init(self) -> Rows:
        """Create the store: the embedded file, or Neo4j's constraints and indexes (idempotent)."""
        from kg import pipeline
        return Rows(pipeline.init(self.settings))

    def ingest(self, paths: PathLike | Sequence[PathLike] = (), *, texts: str | Sequence[str] = (),
               published: str | None = None, source: str | None = None, home: str | None = None,
               index: PathLike | None = None, jobs: int = 1,
               progress: Progress | None = None) -> pipeline.IngestReport:
        """Add files or directories (`paths`) and `texts` (strings, each read like a text
        file: `# headings` start articles) to the graph; unchanged articles are skipped,
        corrected ones replaced. The report's `rows()` are the per-file rows of
        `kg ingest --json`; `total("added")`, `merges`, `errors`, `written()`, `seconds` the rest."""
        from kg import pipeline
        paths = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
        texts = [texts] if isinstance(texts, str) else list(texts)
        return pipeline.ingest(paths, self.settings, published=published, jobs=jobs, source=source,
                               home=home, index=index, texts=texts, progress=progress)

    def forget(self, article: str) -> Rows:
        """Remove an article (id) or every article of a source, and the facts only they supported."""
        from kg import pipeline
        return Rows(pipeline.forget(article, self.settings))

    def export(self, format: str, output: PathLike | None = None) -> str | Rows | None:
        """The whole graph as `format` (turtle, jsonld, nt, graphml, json): the text, or
        written to the file `output` (whole or not at all) and None. neo4j-admin writes the
        CSV files of `neo4j-admin database import full` into the directory `output` and
        returns a row per file."""
        from kg import pipeline
        if format not in EXPORT_FORMATS:
            raise ConfigError(f"unknown export format {format!r}: choose one of {', '.join(EXPORT_FORMATS)}")
        if format == "neo4j-admin":
            if output is None:
                raise ConfigError("the neo4j-admin export writes several files: give an output directory")
            return Rows(pipeline.export_admin(self.settings, output))
        text = pipeline.export(self.settings, format)
        if output is None:
            return text
        try:  # whole or not at all: a failed export leaves the previous file as it was
            write_atomic(output, text)
        except OSError as e:
            raise OutputError(f"cannot write {output}: {e.strerror or e}") from None
        return None

    def status(self) -> Rows:
        """(item, value) rows: backend, where, reachable, version, error, and the counts."""
        from kg import pipeline
        return Rows(pipeline.status_rows(pipeline.status(self.settings)))

    def stats(self) -> Rows:
        """Node counts by label and relationship counts by type."""
        from kg import pipeline
        return Rows(pipeline.stats(self.settings))

    def merges(self) -> Rows:
        """Entity-resolution decisions to review: merges and near-misses, with reasons."""
        from kg import pipeline
        return Rows(pipeline.merges(self.settings))

    def browser(self, queries: bool = False, params: Mapping[str, Any] | None = None,
                http_port: int | None = None) -> dict[str, Any]:
        """Where Neo4j Browser is, its connect URL, the :style line, :param lines and (with
        `queries`) every helper as a snippet: what `kg browser --json` prints."""
        from kg.query.browser import browser_guide

        return browser_guide(self.settings.neo4j, dict(params or {}), with_queries=queries, port=http_port)

    # -- lookups (kg person, office, holders, district, events, timeline, ...) -------------
    def person(self, name: str, *, flat: bool = False) -> Rows:
        """Each person with the name: posts, events, places, articles (nested, as `--json`);
        `flat` gives one fact per row, as the table and `--csv`."""
        rows = lookups.person(self._open(), name)
        return Rows(lookups.person_facts(rows) if flat else rows)

    def office(self, org: str, as_of: str | None = None) -> Rows:
        """Who holds which title at an office and the units under it (as of a date)."""
        return Rows(lookups.office(self._open(), org, as_of=as_of))

    def holders(self, title: str, district: str | None = None) -> Rows:
        """Who holds a title, anywhere or in the offices of a district (and places inside it)."""
        return Rows(lookups.holders(self._open(), title, district=district))

    def district(self, name: str, *, flat: bool = False) -> Rows:
        """A district or place: part of, places, offices, officials, events (`flat`: one fact a row)."""
        rows = lookups.district(self._open(), name)
        return Rows(lookups.district_facts(rows) if flat else rows)

    def events(self, person: str | None = None, place: str | None = None, type: str | None = None,
               role: str | None = None, from_: str | None = None, to: str | None = None) -> Rows:
        """Events matching every filter given, in date order (`from_`, `to`: ISO dates)."""
        return Rows(lookups.events(self._open(), person=person, place=place, type=type, role=role,
                                   date_from=from_, date_to=to))

    def timeline(self, name: str) -> Rows:
        """One person's posts, roles and bylines in date order, with their sentences."""
        return Rows(lookups.timeline(self._open(), name))

    def coattendance(self, name: str) -> Rows:
        """Who appears at the same events as a person, with the number of shared events."""
        return Rows(lookups.coattendance(self._open(), name))

    coattend = coattendance

    def reporter(self, name: str) -> Rows:
        """A reporter's articles and the people each covered."""
        return Rows(lookups.reporter(self._open(), name))

    def network(self, top: int = 20, by: str = "degree", graphml: PathLike | None = None) -> Rows:
        """The `top` most central people of the co-attendance network (by degree or
        betweenness) with their communities; `graphml` also writes the whole network."""
        from kg.query.network import network

        return Rows(network(self._open(), top=top, by=by, graphml=graphml))

    def view(self, kind: str, name: str, output: PathLike, depth: int = 2, limit: int = 300):
        """Write the neighbourhood of a person, office, district or event as one
        self-contained HTML file (`kg view`); returns what was drawn (path, nodes,
        relationships, seeds, truncated)."""
        from kg.export.view import write_view

        return write_view(self._open(), kind, name, output, depth=depth, limit=limit)

    def cypher(self, query: str, params: Mapping[str, Any] | None = None, write: bool = False,
               timeout: float = 60.0) -> Rows:
        """Any Cypher on Neo4j, in a READ transaction unless `write` (kg.query.rawcypher)."""
        from kg.query.rawcypher import raw_cypher

        return Rows(raw_cypher(self._open(), query, dict(params or {}), write=write, timeout=timeout))


# -- the commands without a store -----------------------------------------------------------
@dataclass
class Extraction:
    """What `kg extract` found: the records, the files' errors and counts."""

    records: list[ArticleRecord] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    files_ok: int = 0
    files_failed: int = 0

    def rows(self) -> Rows:
        """One record per article, as `kg extract --format json` prints them (FORMAT.md + provenance)."""
        return Rows(r.to_json() for r in self.records)

    def people(self) -> Rows:
        """One row per person (and byline) per article: the table `kg extract` prints."""
        from kg.extract.batch import people_rows

        return Rows(people_rows(self.records))

    def events(self) -> Rows:
        from kg.extract.batch import event_rows

        return Rows(event_rows(self.records))


def extract_files(paths: PathLike | Sequence[PathLike], published: str | None = None,
                  progress: Progress | None = None, *, source: str | None = None,
                  home: str | None = None, index: PathLike | None = None) -> Extraction:
    """Extract every article under `paths` (files, directories); a bad file is one error
    in the result, not an exception (`kg extract`). `progress` gets a `read` step per file.
    `published`, `source` and `home` are declared for every file; an `index` declares them
    per file and wins (as `ingest`)."""
    from kg.extract.batch import extract_paths
    from kg.load.files import LoadResult, expand_paths
    from kg.load.index import Index, read_index
    from kg.progress import report

    if index is not None and not isinstance(index, Index):
        index = read_index(index)

    items = list(expand_paths(paths))
    out = Extraction()
    report(progress, "read", 0, len(items))
    for i, item in enumerate(items, 1):  # file by file, to report each
        if isinstance(item, LoadResult):
            out.errors.append(item.error)
            out.files_failed += 1
        else:
            part = extract_paths([item], published=published, source=source, home=home, index=index)
            out.records += part.records
            out.errors += part.errors
            out.files_ok += part.files_ok
            out.files_failed += part.files_failed
        report(progress, "read", i, len(items), articles=len(out.records), failed=out.files_failed,
               path=item.path if isinstance(item, LoadResult) else item)
    return out


def extract_text(text: str, published: str | None = None, source: str | None = None,
                 home: str | None = None) -> Rows:
    """The records of one text (a page: `# headings` start articles, else its first line
    is the headline), as `kg extract --format json` gives them for a file holding it.
    `published` resolves dates like 1月5日; `source` and `home` are declared as by
    `kg ingest --source/--home`. Raises InputError when the text or one of its articles
    cannot be read (`extract` of a file reports such errors and keeps the other articles)."""
    from kg.workers import text_files

    declared = Meta(published, source, home) if (published or source or home) else None
    ((name, records, error),) = text_files([text], declared)
    if error:  # an empty text, or an article past its time budget: nothing is left out silently
        raise InputError(name, error.removeprefix(f"{name}: "))
    return Rows(r.to_json() for r in records)


@dataclass
class Evaluation:
    """What `kg eval` prints: `scores` per set, and `errors` (every miss and false hit)."""

    scores: Rows
    errors: Rows


def evaluate(gold: PathLike, corpus: PathLike, index: PathLike | None = None) -> Evaluation:
    """Score extraction against gold annotations (kg eval --gold --corpus --index)."""
    from kg.extract.batch import extract_file_json
    from kg.extract.evaluate import error_rows, score_rows
    from kg.extract.evaluate import evaluate as run

    scores = run(gold, corpus, index, extract_file_json)
    return Evaluation(Rows(score_rows(scores)), Rows(error_rows(scores)))
