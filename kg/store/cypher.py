"""Load Cypher text by name from queries/ and schema/, in the source tree or an installed wheel.

Every `.cypher` file starts with a header comment (purpose, parameters, columns). In the
source tree the files live in `<repo>/queries` and `<repo>/schema`; the wheel carries them
as `kg/_data/queries` and `kg/_data/schema` (pyproject force-includes both folders).

Some write templates hold `{label}`, `{type}`, `{start}`, `{end}` placeholders: graph labels
and relationship types cannot be Cypher parameters, so `load_query` fills them, but only
with names from the fixed model vocabulary (`kg.graph.model.LABELS`, `kg.graph.model.REL_TYPES`); user
values are always passed as parameters.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kg.errors import NotFound

_PKG = Path(__file__).resolve().parents[1]  # the kg package
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_IDENT = re.compile(r"^[A-Z][A-Za-z_]*$")


def data_dirs(kind: str) -> list[Path]:
    """Where `kind` ('queries' or 'schema') files may live, in lookup order."""
    return [_PKG / "_data" / kind, _PKG.parent / kind]


def cypher_path(name: str, kind: str = "queries") -> Path:
    if not _NAME.match(name):
        raise NotFound(f"no {kind} file named {name!r}")
    for d in data_dirs(kind):
        p = d / f"{name}.cypher"
        if p.is_file():
            return p
    raise NotFound(f"no {kind} file named {name!r} (looked in {', '.join(str(d) for d in data_dirs(kind))})")


@lru_cache(maxsize=None)
def _read(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


def header(text: str) -> str:
    """The leading `//` comment block of a Cypher file, without the slashes."""
    lines = []
    for line in text.splitlines():
        if line.startswith("//"):
            lines.append(line[2:].strip())
        elif line.strip() == "" and not lines:
            continue
        else:
            break
    return "\n".join(lines)


def strip_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//")).strip()


def load_query(name: str, kind: str = "queries", **names: str) -> str:
    """The body of a Cypher file, comments removed, with `{placeholders}` filled.

    Placeholder values must be model identifiers (`Person`, `HOLDS` …), never user input.
    """
    text = strip_comments(_read(str(cypher_path(name, kind))))
    for k, v in names.items():
        if not _IDENT.match(v):
            raise ValueError(f"not a graph identifier: {v!r}")
        text = text.replace("{" + k + "}", v)
    return text


def statements(name: str, kind: str = "schema") -> list[str]:
    """The `;`-separated statements of a Cypher file (schema files hold several)."""
    return [s.strip() for s in load_query(name, kind).split(";") if s.strip()]


def available(kind: str = "queries") -> list[str]:
    names: set[str] = set()
    for d in data_dirs(kind):
        if d.is_dir():
            names.update(p.stem for p in d.glob("*.cypher"))
    return sorted(names)
