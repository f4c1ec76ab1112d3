"""Score extraction records against gold annotations, as ../shared/gold/FORMAT.md defines.

Each article gives five tuple sets (people, posts, roles, events, reporters); true
positives, false positives and misses are summed over all articles (micro-average).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.load.index import Meta, read_index

SETS = ("people", "posts", "roles", "events", "reporters")


def norm(s: str | None) -> str | None:
    if s is None:
        return None
    return "".join(unicodedata.normalize("NFKC", s).split())


def tuples(rec: Mapping[str, Any]) -> dict[str, set[tuple]]:
    """The five scored tuple sets of one record."""
    people = {(norm(p["name"]),) for p in rec.get("people", [])}
    posts = {
        (norm(p["name"]), norm(q.get("org")), norm(q.get("title")))
        for p in rec.get("people", [])
        for q in p.get("posts", [])
    }
    roles = {
        (norm(x["name"]), x["role"])
        for e in rec.get("events", [])
        for x in e.get("participants", [])
    }
    events = {
        (e.get("type"), e.get("date"), norm(e["places"][0]) if e.get("places") else None)
        for e in rec.get("events", [])
    }
    reporters = {(norm(r["name"]), r.get("role")) for r in rec.get("reporters", [])}
    return {"people": people, "posts": posts, "roles": roles, "events": events, "reporters": reporters}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[tuple[str, tuple]] = field(default_factory=list)
    false_hits: list[tuple[str, tuple]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def align(gold: Sequence[Mapping], pred: Sequence[Mapping]) -> list[tuple[Mapping | None, Mapping | None]]:
    """Pair gold and predicted articles: by equal title first, then the rest by position."""
    match: dict[int, int] = {}
    used: set[int] = set()
    for i, g in enumerate(gold):
        j = next((j for j, p in enumerate(pred)
                  if j not in used and norm(p.get("title")) == norm(g.get("title"))), None)
        if j is not None:
            match[i] = j
            used.add(j)
    free = [j for j in range(len(pred)) if j not in used]
    for i in range(len(gold)):
        if i not in match and free:
            match[i] = free.pop(0)
            used.add(match[i])
    pairs: list[tuple[Mapping | None, Mapping | None]] = [
        (g, pred[match[i]] if i in match else None) for i, g in enumerate(gold)]
    pairs.extend((None, p) for j, p in enumerate(pred) if j not in used)
    return pairs


def score_pairs(pairs: Iterable[tuple[str, Mapping | None, Mapping | None]]) -> dict[str, Score]:
    """Score (label, gold, predicted) article pairs; a missing side counts as empty."""
    scores = {s: Score() for s in SETS}
    for label, g, p in pairs:
        gt = tuples(g or {})
        pt = tuples(p or {})
        for s in SETS:
            sc = scores[s]
            sc.tp += len(gt[s] & pt[s])
            for t in sorted(gt[s] - pt[s], key=str):
                sc.fn += 1
                sc.misses.append((label, t))
            for t in sorted(pt[s] - gt[s], key=str):
                sc.fp += 1
                sc.false_hits.append((label, t))
    return scores


def evaluate(gold_dir: str | Path, corpus_dir: str | Path, index: str | Path | None,
             extract_file: Callable[[Path, Meta | None], list[Mapping]]) -> dict[str, Score]:
    """Run `extract_file(source, meta)` for each gold file's source and score it. `meta` is
    the file's entry of the corpus index (date, source, home, URL): the articles are read
    as `kg extract --index` reads them."""
    gold_dir, corpus_dir = Path(gold_dir), Path(corpus_dir)
    if index is None and (corpus_dir / "index.json").exists():
        index = corpus_dir / "index.json"
    entries = read_index(index) if index is not None else None
    gold_files = sorted(p for p in gold_dir.glob("*.json") if p.name != "index.json")
    if not gold_files:
        raise InputError(gold_dir, "no gold .json files here")
    pairs = []
    for gf in gold_files:
        sources = [p for p in corpus_dir.glob(gf.stem + ".*") if p.suffix != ".json"]
        if not sources:
            raise InputError(gf, f"no source file {gf.stem}.* in {corpus_dir}")
        src = sources[0]
        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except ValueError as e:
            raise InputError(gf, f"not valid JSON: {e}") from e
        pred = extract_file(src, entries.meta(src) if entries else None)
        for i, (g, p) in enumerate(align(gold, pred)):
            pairs.append((f"{src.name}#{i + 1}", g, p))
    return score_pairs(pairs)


def score_rows(scores: Mapping[str, Score]) -> list[dict[str, Any]]:
    rows = [
        {"set": s, "precision": round(sc.precision, 3), "recall": round(sc.recall, 3),
         "f1": round(sc.f1, 3), "tp": sc.tp, "fp": sc.fp, "fn": sc.fn}
        for s, sc in scores.items()
    ]
    rows.append({"set": "mean", "f1": round(sum(sc.f1 for sc in scores.values()) / len(scores), 3)})
    return rows


def error_rows(scores: Mapping[str, Score]) -> list[dict[str, Any]]:
    rows = []
    for s, sc in scores.items():
        rows += [{"set": s, "kind": "miss", "article": a, "tuple": list(t)} for a, t in sc.misses]
        rows += [{"set": s, "kind": "false hit", "article": a, "tuple": list(t)} for a, t in sc.false_hits]
    return rows
