"""`kg view`: a node's neighbourhood as one self-contained, interactive HTML file.

The file opens from disk in any browser with no network: vis-network's JavaScript is read
from the `pyvis` package (its templates/lib/vis-9.1.2/vis-network.min.js, package data) and
inlined into kg's own small template (kg/export/view.html), with the graph as JSON. Nodes
are coloured and sized by label, and relationships by type, as schema/browser.grass styles
them for Neo4j Browser (kg.export.style). Captions are Chinese: people, offices and places
by name, events by their caption (date, type, short title: kg.graph.captions), articles by
headline, posts (HOLDS) by title, roles as 主持/出席/讲话/检查/陪同. Hovering a relationship
shows the sentences it was read from; hovering a node, what it is.
"""

from __future__ import annotations

import html
import importlib.util
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from kg.atomic import write_atomic
from kg.errors import ConfigError, OutputError
from kg.export.style import Style, pixels, style
from kg.graph.captions import cut, event_caption, short_title
from kg.query.neighbourhood import Subgraph, neighbourhood
from kg.store.base import Store

VIS_JS = ("templates", "lib", "vis-9.1.2", "vis-network.min.js")


def _words(what: str) -> dict[str, str]:
    """name -> Chinese word of one part (label, rel, kind) of kg/export/view_words.tsv, in file order."""
    text = resources.files("kg.export").joinpath("view_words.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {r[1]: r[2] for r in rows if r[0] == what}


LABEL_NAMES, REL_NAMES, KIND_NAMES = _words("label"), _words("rel"), _words("kind")
_REL_ORDER = {t: i for i, t in enumerate(REL_NAMES)}
FONT = '"Noto Sans CJK SC", "WenQuanYi Zen Hei", "PingFang SC", "Microsoft YaHei", sans-serif'
SENTENCES = 3  # sentences shown per relationship tooltip
_PLACEHOLDER = re.compile(r"__KG_[A-Z]+__")


@dataclass(frozen=True)
class ViewResult:
    path: str
    seeds: int
    nodes: int
    relationships: int
    truncated: bool


def vis_js() -> str:
    """vis-network's minified JavaScript from the installed pyvis package. The package is
    located without being imported (importing pyvis imports IPython)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError("kg view needs the pyvis package (pip install pyvis): it ships vis-network")
    root = Path(next(iter(spec.submodule_search_locations)))
    path = root.joinpath(*VIS_JS)
    if not path.is_file():  # another pyvis release: the newest vis-network it ships
        found = sorted(root.glob("templates/lib/vis-*/vis-network.min.js"))
        path = found[-1] if found else path
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"cannot read vis-network from the pyvis package ({path}): {e.strerror or e}") from None
    if "</script" in text.lower():  # would end the inline <script> early
        raise ConfigError(f"{path} cannot be inlined: it holds </script")
    return text


def template() -> str:
    return resources.files("kg.export").joinpath("view.html").read_text(encoding="utf-8")


def node_caption(n: dict[str, Any]) -> str:
    label = n["label"]
    if label == "Event":
        return n.get("caption") or event_caption(n.get("type"), n.get("date"), None, n.get("summary"))
    if label == "Article":
        return short_title(n.get("title"), n.get("summary")) or n["key"]
    return n.get("name") or n["key"]


def node_tooltip(n: dict[str, Any]) -> str:
    label = n["label"]
    lines = [f"{LABEL_NAMES.get(label, label)}: {node_caption(n) if label != 'Article' else n.get('title')}"]
    if label == "Event":
        if n.get("places"):
            lines.append("地点: " + "、".join(n["places"]))
        if n.get("summary"):
            lines.append(cut(n["summary"], 160))
    elif label == "Article":
        source = n.get("source") or ""  # a URL, or only the file's name (not where it lay on a disk)
        lines += [x for x in (n.get("published"), source if "://" in source else Path(source).name) if x]
    elif label in ("District", "Office"):
        lines += [" ".join(x for x in (n.get("level"), n.get("kind")) if x)]
    elif label == "Person" and n.get("home"):
        lines.append(f"所在地区: {n['home']}")
    lines.append(n["key"])
    return "\n".join(x for x in lines if x)


def rel_label(r: dict[str, Any]) -> str:
    if r["type"] == "HOLDS" and r.get("title"):
        return r["title"]
    if r["type"] == "REPORTED_BY" and r.get("role"):
        return r["role"]
    return REL_NAMES.get(r["type"], r["type"])


def _seen(r: dict[str, Any]) -> str:
    first, last = r.get("first_seen"), r.get("last_seen")
    if not (first or last):
        return ""
    return f" ({first})" if first == last else f" ({first or '?'} .. {last or '?'})"


def _edges(sub: Subgraph, names: dict[str, str], st: Style) -> list[dict[str, Any]]:
    """One drawn edge per (start, end) pair: parallel relationships (检查 and 讲话 of one
    person at one event) share it, their labels joined."""
    pairs: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in sorted(sub.rels, key=lambda r: (_REL_ORDER.get(r["type"], len(_REL_ORDER)), r["key"])):
        pairs.setdefault((r["start"], r["end"]), []).append(r)
    out = []
    for (s, e), rels in pairs.items():
        first = st.rel(rels[0]["type"])
        sentences = list(dict.fromkeys(x for r in rels for x in r.get("sentences") or []))
        head = f"{names[s]} → {names[e]}\n" + "、".join(rel_label(r) + _seen(r) for r in rels)
        body = "".join(f"\n\n“{x}”" for x in sentences[:SENTENCES])
        more = f"\n\n(另有 {len(sentences) - SENTENCES} 句)" if len(sentences) > SENTENCES else ""
        out.append({"id": "|".join(r["key"] for r in rels), "from": s, "to": e,
                    "label": "、".join(rel_label(r) for r in rels), "title": head + body + more,
                    "types": [r["type"] for r in rels], "sentences": sentences,
                    "color": {"color": first.get("color"), "highlight": first.get("color")},
                    "width": max(pixels(st.rel(r["type"]).get("shaft-width"), 1) for r in rels),
                    "arrows": "to"})
    return out


def vis_data(sub: Subgraph, st: Style | None = None) -> dict[str, Any]:
    """The vis-network nodes, edges and options of a subgraph."""
    st = st or style()
    seeds = set(sub.seeds)
    nodes, names = [], {}
    for n in sub.nodes:
        s = st.node(n["label"])
        names[n["key"]] = node_caption(n)
        size = pixels(s.get("diameter"), 50) / 3 * (1.3 if n["key"] in seeds else 1)
        nodes.append({"id": n["key"], "label": names[n["key"]], "title": node_tooltip(n), "group": n["label"],
                      "depth": n["depth"], "shape": "dot", "size": size,
                      "borderWidth": pixels(s.get("border-width"), 2) * (2 if n["key"] in seeds else 1),
                      "color": {"background": s.get("color"), "border": s.get("border-color"),
                                "highlight": {"background": s.get("color"), "border": "#000000"},
                                "hover": {"background": s.get("color"), "border": "#000000"}},
                      "font": {"size": pixels(s.get("font-size"), 10) + 3 + (3 if n["key"] in seeds else 0)}})
    options = {"nodes": {"font": {"face": FONT, "color": "#2C2C2C"}},
               "edges": {"font": {"face": FONT, "size": 11, "color": "#5D6D7E", "strokeWidth": 3,
                                  "align": "horizontal"}, "smooth": {"type": "continuous"}},
               "interaction": {"hover": True, "tooltipDelay": 80, "navigationButtons": False},
               "physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 400},
                           "forceAtlas2Based": {"springLength": 150, "gravitationalConstant": -110}}}
    return {"nodes": nodes, "edges": _edges(sub, names, st), "options": options, "seeds": sorted(seeds),
            "query": sub.query, "truncated": sub.truncated}


def _legend(st: Style, labels: list[str]) -> str:
    return "".join(f'<span><i style="background:{html.escape(st.node(x).get("color", ""))};'
                   f'border-color:{html.escape(st.node(x).get("border-color", ""))}"></i>'
                   f"{LABEL_NAMES.get(x, x)}</span>" for x in labels)


def render_html(sub: Subgraph, title: str) -> str:
    """The whole HTML file of a subgraph: template, inlined vis-network, data."""
    st = style()
    data = vis_data(sub, st)
    labels = [x for x in LABEL_NAMES if any(n["label"] == x for n in sub.nodes)]
    note = f"{len(sub.nodes)} 个节点 · {len(sub.rels)} 条关系 · 深度 {sub.depth}"
    if sub.truncated:
        note += " · 已截断 (--limit)"
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    parts = {"__KG_TITLE__": html.escape(title), "__KG_LEGEND__": _legend(st, labels),
             "__KG_NOTE__": html.escape(note), "__KG_DATA__": payload}
    # one pass over the template alone: no value (nor the library) is searched for placeholders
    head, _, tail = template().partition("__KG_VIS_JS__")
    head, tail = (_PLACEHOLDER.sub(lambda m: parts[m.group()], x) for x in (head, tail))
    return head + vis_js() + tail


def write_view(store: Store, kind: str, name: str, output: str | Path, depth: int = 2,
               limit: int = 300) -> ViewResult:
    """Write the neighbourhood of `name` (a person, office, district or event) within
    `depth` hops as one self-contained HTML file at `output`."""
    sub = neighbourhood(store, kind, name, depth=depth, limit=limit)
    seeds = [n for n in sub.nodes if n["key"] in sub.seeds]
    title = f"kg view · {KIND_NAMES.get(kind, kind)} · " + "、".join(dict.fromkeys(node_caption(n) for n in seeds))
    text = render_html(sub, title)
    try:
        write_atomic(output, text)
    except OSError as e:
        raise OutputError(f"cannot write {output}: {e.strerror or e}") from None
    return ViewResult(str(output), len(sub.seeds), len(sub.nodes), len(sub.rels), sub.truncated)
