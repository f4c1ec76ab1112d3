"""Loading: files and directories to `Article`s.

Formats, chosen by extension (a file named explicitly with another extension is read as
HTML when it starts like HTML, else as text):

- `.txt`, `.md`, `.markdown`: plain text or Markdown. `#` and `##` headings start
  articles (a page of several articles); a file without such headings is one article
  whose title is its first non-empty line. Optional front matter
  (`---` / `published: 2022-01-07` / `---`) gives `published` (or `date`), `url` and
  `title` (the title of a file without headings), `source` and `home` (alias `place`: the
  paper or website the file belongs to and its home locality, kg.load.index). A heading with no text under it (a
  page or section label) is not an article. Text before the first heading is
  dropped when it is a teaser repeated in the articles or holds no sentence (a
  masthead); otherwise it is an article of its own, read like a file without headings.
  A page of brief reports (paragraphs each opened by the same bullet and a day: "○11月26日,…")
  is one article per report (kg.load.briefs).
- `.html`, `.htm`: a newspaper web page, one article (see kg.load.html).
- `.jsonl`: one JSON object per line with `title`, `text` and optional `published`,
  `url`, `source`; broken lines are reported by line number while the other lines
  load (see kg.load.jsonl).
- Directories are expanded recursively to files with these extensions, skipping hidden
  entries and documentation (README.md, FORMAT.md, ..., see DOC_NAMES).

Size limits (clear InputErrors naming the file, never a long stall or a memory blow-up):
a file over 64 MiB (MAX_BYTES), a web page over 16 MiB (MAX_HTML_BYTES), a text line over
a million characters (kg.load.text.MAX_LINE_CHARS: a 50 MB single-line file is refused in a
second, before normalisation; in JSON Lines only that line is refused), an article over a
million characters (kg.load.text.MAX_ARTICLE_CHARS, before extraction).

An explicit `published` argument wins over a date the file states (front matter,
HTML markup, JSON Lines field). Every body goes through `kg.load.text.normalise`; text and
Markdown bodies (and JSON Lines texts) also get page-break repair (`repair_breaks`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.load.briefs import brief_items
from kg.load.headline import headless
from kg.load.html import declared_charset, looks_like_html, read_page
from kg.load.index import Index, Meta
from kg.load.jsonl import load_jsonl
from kg.load.markdown import front_matter, is_teaser_or_masthead, sections_of
from kg.load.text import body_text, collapse, decode_bytes, iso_date, normalise, overlong_article, overlong_line
from kg.model import Article

__all__ = ["LoadResult", "load_file", "load_paths", "expand_paths", "load_text", "load_html",
           "load_jsonl", "load_all", "decode_bytes", "normalise", "EXTENSIONS"]

KINDS = {".txt": "text", ".md": "text", ".markdown": "text",
         ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
EXTENSIONS = tuple(KINDS)
# Documentation that sits next to articles in a corpus directory, skipped when expanding
# directories (a file named explicitly is still read).
DOC_NAMES = frozenset({"readme", "format", "license", "licence", "copying", "changelog",
                       "changes", "contributing", "authors", "notes", "todo", "index"})
MAX_BYTES = 64 * 1024 * 1024
MAX_HTML_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class LoadResult:
    """One file's outcome: its articles, and the error when (part of) it failed.

    A JSON Lines file with broken lines has both: the good lines' articles and an error
    naming the broken lines."""

    path: str
    articles: tuple[Article, ...] = ()
    error: InputError | None = None


# --- text and Markdown ------------------------------------------------------------

def _declared(value: str | None) -> str | None:
    """A declared source or home as kg keeps it: NFKC, whitespace collapsed; None when empty."""
    return (collapse(value) if value else "") or None


def load_text(text: str, source, published: str | None = None) -> list[Article]:
    """The articles of a decoded plain-text or Markdown page (see the module doc).

    `published` (an ISO date) wins over the front matter's. Raises InputError."""
    source = str(source)
    published = iso_date(published, source)
    if problem := overlong_line(text):
        raise InputError(source, problem)
    text = normalise(text)
    if not text.strip():
        raise InputError(source, "empty file")
    meta, text = front_matter(text)
    published = published or iso_date(meta.get("published") or meta.get("date") or None,
                                      source, "front matter published")
    url = meta.get("url") or None
    publisher, home = _declared(meta.get("source")), _declared(meta.get("home") or meta.get("place"))
    preamble, sections = sections_of(text.split("\n"))
    parts: list[tuple[str, str]] = []
    if not sections:
        if not "".join(preamble).strip():
            raise InputError(source, "no article text after the front matter")
        briefs = brief_items(preamble)
        if briefs is None:
            parts.append(headless(preamble, meta.get("title")))
        else:  # a page of brief reports, each an article of its own
            above, items = briefs
            reports = [body_text(item) for item in items]
            lead = body_text("\n".join(above))
            if lead and not is_teaser_or_masthead(lead, reports):
                parts.append(headless(above, None))
            parts.extend(("", report) for report in reports if report)
    else:
        bodies = [body_text("\n".join(lines)) for _, lines in sections]
        lead = body_text("\n".join(preamble))
        if lead and not is_teaser_or_masthead(lead, bodies):
            parts.append(headless(preamble, None))
        parts.extend((title, body) for (title, _), body in zip(sections, bodies) if body)
    if not parts:
        raise InputError(source, "no article text under the headings")
    for title, body in parts:
        if problem := overlong_article(title, body):
            raise InputError(source, problem)
    return [Article(title=t, text=b, source=source, index=i, published=published, url=url,
                    publisher=publisher, home=home)
            for i, (t, b) in enumerate(parts)]


# --- HTML ----------------------------------------------------------------------------

def load_html(html: str, source, published: str | None = None) -> list[Article]:
    """The article of a decoded web page; `published` wins over the page's own date."""
    source = str(source)
    published = iso_date(published, source)
    page = read_page(html, source)
    if problem := overlong_article(page.title, page.body):
        raise InputError(source, problem)
    if published is None and page.date:
        try:
            published = iso_date(page.date, source)
        except InputError:
            published = None  # an unreadable date in the markup is not the user's error
    return [Article(title=page.title, text=page.body, source=source, index=0,
                    published=published, url=page.url)]


# --- files and directories ---------------------------------------------------------

def _read(path: str) -> bytes:
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise InputError(path, f"file too large ({size // 2**20} MiB; the limit is "
                                   f"{MAX_BYTES // 2**20} MiB)")
        with open(path, "rb") as f:
            return f.read()
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror or e}") from None


def _load_result(path: str, published: str | None, meta: Meta | None = None) -> LoadResult:
    meta = Meta(published).over(meta) if published else meta
    published = meta.published if meta else None
    try:
        data = _read(path)
        kind = KINDS.get(Path(path).suffix.lower())
        if kind is None:
            kind = "html" if looks_like_html(data) else "text"
        if kind == "html" and len(data) > MAX_HTML_BYTES:
            raise InputError(path, f"web page too large ({len(data) // 2**20} MiB; the limit for "
                                   f"HTML is {MAX_HTML_BYTES // 2**20} MiB)")
        declared = declared_charset(data) if kind == "html" else None
        text = decode_bytes(data, path, declared=declared)
        if kind == "jsonl":
            articles, error = load_jsonl(text, path, published)
            return LoadResult(path, tuple(meta.apply(articles) if meta else articles), error)
        load = load_html if kind == "html" else load_text
        articles = load(text, path, published)
        return LoadResult(path, tuple(meta.apply(articles) if meta else articles))
    except InputError as e:
        return LoadResult(path, (), e)


def load_file(path, published: str | None = None, meta: Meta | None = None) -> list[Article]:
    """The articles of one file. Raises InputError(path, problem) when any part of it
    fails (use `load_paths` to keep the good lines of a partly broken JSON Lines file).
    `published` (ISO date) wins over `meta`'s, which wins over a date the file states;
    `meta`'s source, home and URL win over the file's (kg.load.index)."""
    result = _load_result(str(path), published, meta)
    if result.error is not None:
        raise result.error
    return list(result.articles)


def _is_article_file(name: str) -> bool:
    stem, ext = os.path.splitext(name)
    return ext.lower() in KINDS and stem.lower() not in DOC_NAMES


def _walk(directory: str) -> Iterator[LoadResult | str]:
    """Article files under a directory, recursively in name order; hidden entries, other
    extensions and DOC_NAMES are skipped, symbolic links to directories are not followed.
    An article-named entry that cannot be read as a file (a symbolic link loop, a dangling
    link, an entry that cannot be examined) is one error result; the walk goes on."""
    try:
        with os.scandir(directory) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        yield LoadResult(directory, (), InputError(directory, f"cannot read: {e.strerror or e}"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(entry.path)
                continue
            if not _is_article_file(entry.name):
                continue
            if entry.is_file():
                yield entry.path
            elif entry.is_symlink() and not os.path.exists(entry.path):
                yield LoadResult(entry.path, (), InputError(entry.path, "broken symbolic link"))
        except OSError as e:  # ELOOP, EACCES ... while examining the entry
            yield LoadResult(entry.path, (), InputError(entry.path, f"cannot read: {e.strerror or e}"))


def expand_paths(paths) -> Iterator[LoadResult | str]:
    """The files `load_paths` reads, without reading them: a path per file (files as given,
    directories expanded recursively), or an error result for a directory that cannot be
    read or holds no article file. Lets `kg ingest --jobs N` read files in its workers."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for path in map(str, paths):
        if not os.path.isdir(path):
            yield path
            continue
        found = False
        for item in _walk(path):
            found = True
            yield item
        if not found:
            kinds = " ".join(EXTENSIONS)
            yield LoadResult(path, (), InputError(path, f"no article files ({kinds}) in directory"))


def load_paths(paths, published: str | None = None, meta: Meta | None = None,
               index: Index | None = None) -> Iterator[LoadResult]:
    """One LoadResult per file: files as given, directories expanded recursively to
    their article files (EXTENSIONS). A directory without any yields one error result.
    Never raises InputError: problems are in the results. `meta` (kg.load.index) is
    declared for every file; an `index` entry wins over it, field by field."""
    for item in expand_paths(paths):
        if isinstance(item, LoadResult):
            yield item
            continue
        entry = index.meta(os.path.abspath(item)) if index is not None else None
        if entry is None:
            yield _load_result(item, published, meta)
        else:
            yield _load_result(item, None, entry.over(Meta(published).over(meta) if published else meta))


def load_all(paths: Iterable, published: str | None = None) -> list[Article]:
    """Every article of `paths`, raising the first InputError met (strict loading)."""
    articles: list[Article] = []
    for result in load_paths(paths, published):
        if result.error is not None:
            raise result.error
        articles.extend(result.articles)
    return articles
