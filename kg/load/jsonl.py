"""JSON Lines input: one article per line, `{"title": …, "text": …}` with optional
`published` (a date), `url`, `source` and `home`.

`source`, when given, is the article's declared source (`Article.publisher`: a paper's or
website's name or a URL; kg.resolve.refs.source_scope) and replaces the file path as
`Article.source`; `home` (or its alias `place`) is that source's home locality. `Article.index`
is the line's 0-based number, so it stays put when other lines are fixed or broken. Texts get
the same normalisation and page-break repair as text files. A broken line does not stop
the others: `load_jsonl` returns the good lines' articles and one InputError naming every
broken line by number. A line over a million characters (kg.load.text.MAX_LINE_CHARS) or an
article over kg.load.text.MAX_ARTICLE_CHARS is a broken line.
"""

from __future__ import annotations

import json

from kg.errors import InputError, PartialInput
from kg.model import Article
from kg.load.text import MAX_LINE_CHARS, body_text, collapse, iso_date, normalise, overlong_article

MAX_REPORTED = 5  # broken lines described in the error; the rest are counted


def _jsonl_article(line: str, source: str, index: int, published: str | None) -> Article:
    """One JSON Lines record; raises ValueError describing what is wrong with it."""
    if len(line) > MAX_LINE_CHARS:
        raise ValueError(f"{len(line):,} characters; kg reads at most {MAX_LINE_CHARS:,} per line")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise ValueError(f"invalid JSON ({e.msg} at column {e.colno})") from None
    except RecursionError:
        raise ValueError("invalid JSON (nested too deeply)") from None
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    for key in ("title", "text"):
        if not isinstance(obj.get(key), str):
            raise ValueError(f"{key!r} is missing or not a string")
    for key in ("published", "url", "source", "home", "place"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise ValueError(f"{key!r} is not a string")
    title, text = collapse(obj["title"]), body_text(obj["text"])
    for key, value in (("title", title), ("text", text)):
        if not value:
            raise ValueError(f"{key!r} is empty")
    if problem := overlong_article(title, text):
        raise ValueError(problem)
    try:
        published = published or iso_date(obj.get("published") or None, source)
    except InputError as e:
        raise ValueError(e.problem) from None
    declared = collapse(obj.get("source") or "") or None
    return Article(title=title, text=text, source=normalise(obj.get("source") or "") or source,
                   index=index, published=published, url=obj.get("url") or None, publisher=declared,
                   home=collapse(obj.get("home") or obj.get("place") or "") or None)


def load_jsonl(text: str, source, published: str | None = None
               ) -> tuple[list[Article], InputError | None]:
    """The articles of a JSON Lines file, and an error naming the broken lines (or None).

    `published` wins over the lines' own field."""
    source = str(source)
    published = iso_date(published, source)
    articles: list[Article] = []
    problems: list[str] = []
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.strip().lstrip("\ufeff")
        if not line:
            continue
        try:
            articles.append(_jsonl_article(line, source, number - 1, published))
        except ValueError as e:
            problems.append(f"line {number}: {e}")
    if not articles and not problems:
        raise InputError(source, "empty file")
    if not problems:
        return articles, None
    extra = len(problems) - MAX_REPORTED
    more = f"; and {extra} more broken lines" if extra > 0 else ""
    problem = "; ".join(problems[:MAX_REPORTED]) + more
    if articles:  # the file was read, with lines skipped
        return articles, PartialInput(source, problem, len(problems))
    return articles, InputError(source, problem)
