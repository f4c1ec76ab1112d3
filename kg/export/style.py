"""kg's graph style, read from schema/browser.grass (the file Neo4j Browser takes through
`:style`), so that `kg view` draws labels and relationship types in the same colours and
sizes as Browser does, from one source.

A grass file is a list of `selector { key: value; ... }` blocks: `node`, `node.<Label>`,
`relationship`, `relationship.<TYPE>`. `style()` returns each node label's and relationship
type's declarations with the defaults (`node`, `relationship`) filled in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import ConfigError
from kg.query.browser import grass

_BLOCK = re.compile(r"([A-Za-z_.]+)\s*\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}")


@dataclass(frozen=True)
class Style:
    nodes: dict[str, dict[str, str]]  # label -> declarations (color, border-color, diameter, ...)
    rels: dict[str, dict[str, str]]  # relationship type -> declarations (color, shaft-width, ...)
    node_default: dict[str, str]
    rel_default: dict[str, str]

    def node(self, label: str) -> dict[str, str]:
        return {**self.node_default, **self.nodes.get(label, {})}

    def rel(self, type_: str) -> dict[str, str]:
        return {**self.rel_default, **self.rels.get(type_, {})}


def parse_grass(text: str) -> Style:
    """The blocks of a grass text; ConfigError when it has none or a declaration is not
    `key: value`."""
    blocks: dict[str, dict[str, str]] = {}
    for selector, body in _BLOCK.findall(text):
        decls = {}
        for d in body.split(";"):
            if not d.strip():
                continue
            key, sep, value = d.partition(":")
            if not sep:
                raise ConfigError(f"browser.grass: {selector}: {d.strip()!r} is not `key: value`")
            decls[key.strip()] = value.strip().strip("'\"")
        blocks[selector] = {**blocks.get(selector, {}), **decls}
    if not blocks:
        raise ConfigError("browser.grass holds no style blocks")
    part = {"node": {}, "relationship": {}}
    for selector, decls in blocks.items():
        kind, _, name = selector.partition(".")
        if kind in part and name:
            part[kind][name] = decls
    return Style(part["node"], part["relationship"], blocks.get("node", {}), blocks.get("relationship", {}))


def style() -> Style:
    """kg's style, from schema/browser.grass."""
    return parse_grass(grass())


def pixels(value: str | None, default: float) -> float:
    """A grass size ("50px") as a number."""
    m = re.match(r"\s*([0-9.]+)", value or "")
    return float(m.group(1)) if m else default
