"""Per-file metadata: what a corpus index (`kg ingest DIR --index index.json`) or the
command line declares about the files, applied to their articles.

An index is a JSON list of objects, one per file:

    [{"file": "page-01.txt", "published": "2022-01-07", "source": "郑州高新区报",
      "home": "河南省郑州市郑州高新技术产业开发区", "url": "http://…"}, …]

`file` is the file's path relative to the index's folder; a file ingested from another
folder matches the entry whose `file` ends its path (`copy/page-01.txt`). `published` is an
ISO date or null, `source` the paper or website the file belongs to (a name or a URL),
`home` (alias `place`) that source's home locality as printed, `url` the page's address;
other keys (`note`) are ignored. Files the index does not list get the defaults.

Precedence, field by field: the index entry, then the command line (`--published`,
`--source`, `--home`), then what the file itself states (front matter, JSON Lines fields,
HTML markup).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from kg.errors import InputError
from kg.load.text import collapse, iso_date
from kg.model import Article

FIELDS = ("published", "source", "home", "url")


@dataclass(frozen=True)
class Meta:
    """What is declared about one file; None fields leave the file's own values."""

    published: str | None = None
    source: str | None = None
    home: str | None = None
    url: str | None = None

    def over(self, default: "Meta | None") -> "Meta":
        """These values, with `default`'s where these are None."""
        if default is None:
            return self
        return Meta(*(getattr(self, f) or getattr(default, f) for f in FIELDS))

    def apply(self, articles: Iterable[Article]) -> list[Article]:
        """The articles with the declared source, home and URL (the date is applied by
        the loaders, which check it)."""
        if not (self.source or self.home or self.url):
            return list(articles)
        return [replace(a, publisher=self.source or a.publisher, home=self.home or a.home,
                        url=self.url or a.url) for a in articles]


def _text(entry: dict, key: str, where: str) -> str | None:
    value = entry.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(where, f"{key!r} is not a string")
    return collapse(value) or None


def meta_of(entry: dict, where: str) -> Meta:
    """The Meta of one index entry (or front-matter-like mapping); raises InputError."""
    home = entry.get("home") if entry.get("home") is not None else entry.get("place")
    return Meta(published=iso_date(_text(entry, "published", where), where, "published"),
                source=_text(entry, "source", where),
                home=_text({"home": home}, "home", where),
                url=_text(entry, "url", where))


@dataclass(frozen=True)
class Index:
    """A read index: entries by their `file` path (relative to `root`)."""

    root: str
    entries: dict[tuple[str, ...], Meta]

    def meta(self, path: str | os.PathLike) -> Meta | None:
        """The entry for a file: by its path under the index's folder, else the one entry
        whose `file` ends the path (a copy of the corpus elsewhere)."""
        path = os.path.abspath(str(path))
        rel = os.path.relpath(path, self.root)
        if not rel.startswith(os.pardir + os.sep):
            found = self.entries.get(Path(rel).parts)
            if found is not None:
                return found
        parts = Path(path).parts
        hits = [m for key, m in self.entries.items() if parts[-len(key):] == key]
        return hits[0] if len(hits) == 1 else None


def read_index(path: str | os.PathLike) -> Index:
    """Read and check an index file; raises InputError naming it and the bad entry."""
    where = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise InputError(where, "no such file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(where, f"cannot read: {e}") from None
    except json.JSONDecodeError as e:
        raise InputError(where, f"invalid JSON ({e.msg} at line {e.lineno})") from None
    if not isinstance(data, list):
        raise InputError(where, "an index is a JSON list of objects with a 'file' key")
    entries: dict[tuple[str, ...], Meta] = {}
    for number, entry in enumerate(data, start=1):
        at = f"{where}: entry {number}"
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str) or not entry["file"].strip():
            raise InputError(at, "not an object with a 'file' string")
        key = Path(os.path.normpath(entry["file"].strip())).parts
        if key in entries:
            raise InputError(at, f"file {entry['file']!r} is listed twice")
        entries[key] = meta_of(entry, at)
    return Index(os.path.dirname(os.path.abspath(where)), entries)
