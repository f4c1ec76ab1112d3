"""Extraction throughput and quality, side by side with jieba in the same run.

Prints one table:
- throughput of `kg.extract.extract_article` in KB/s over the dev corpus (repeated to get a
  stable timing), and of `jieba.cut` over the same text, and the ratio kg / jieba.cut;
- people F1 of kg against the gold, and of a peer baseline that takes person names from
  jieba's POS tags alone (tag `nr`), over the same articles.

Usage: python -m benchmarks.extraction [--corpus DIR] [--gold DIR] [--repeat N] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import logging
import time
from pathlib import Path

import jieba
import jieba.posseg as pseg

from kg.extract.evaluate import score_pairs
from kg.load.index import read_index
from kg.extract import extract_article
from kg.load.files import load_file
from kg.cli.output import render_table

ROOT = Path(__file__).resolve().parents[1]

jieba.setLogLevel(logging.WARNING)
SHARED = ROOT.parent / "shared"


def load_corpus(corpus: Path):
    index = read_index(corpus / "index.json") if (corpus / "index.json").exists() else None
    out = []
    for f in sorted(corpus.glob("*.txt")):
        out.append((f, load_file(f, meta=index.meta(f) if index else None)))
    return out


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def jieba_people(article) -> dict:
    names = []
    for w in pseg.cut(article.text):
        if w.flag == "nr" and 2 <= len(w.word) <= 4 and w.word not in names:
            names.append(w.word)
    return {"title": article.title, "people": [{"name": n, "posts": []} for n in names]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "dev")
    ap.add_argument("--gold", type=Path, default=SHARED / "gold")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()

    files = load_corpus(args.corpus)
    articles = [a for _, arts in files for a in arts]
    texts = [a.title + "\n" + a.text for a in articles]
    kb = sum(len(t.encode("utf-8")) for t in texts) / 1024
    list(jieba.cut("预热词典"))  # load the dictionary outside the timing
    extract_article(articles[0])

    t_jieba = best_of(lambda: [list(jieba.cut(t)) for t in texts], args.repeat)
    t_kg = best_of(lambda: [extract_article(a) for a in articles], args.repeat)

    rows = [
        {"measure": "text", "value": f"{kb:.1f} KB in {len(articles)} articles"},
        {"measure": "jieba.cut KB/s", "value": f"{kb / t_jieba:.0f}"},
        {"measure": "kg extract KB/s", "value": f"{kb / t_kg:.0f}"},
        {"measure": "ratio kg / jieba.cut (target >= 0.5)", "value": f"{t_jieba / t_kg:.2f}"},
    ]
    results = {"kb": kb, "jieba_kb_s": kb / t_jieba, "kg_kb_s": kb / t_kg, "ratio": t_jieba / t_kg}

    if args.gold.is_dir():
        pairs_kg, pairs_jb = [], []
        for f, arts in files:
            gf = args.gold / (f.stem + ".json")
            if not gf.exists():
                continue
            gold = json.loads(gf.read_text(encoding="utf-8"))
            for i, (g, a) in enumerate(zip(gold, arts)):
                pairs_kg.append((f"{f.name}#{i}", g, extract_article(a).to_json(provenance=False)))
                pairs_jb.append((f"{f.name}#{i}", g, jieba_people(a)))
        f_kg = score_pairs(pairs_kg)["people"].f1
        f_jb = score_pairs(pairs_jb)["people"].f1
        rows += [
            {"measure": "people F1, kg", "value": f"{f_kg:.3f}"},
            {"measure": "people F1, jieba POS nr baseline", "value": f"{f_jb:.3f}"},
        ]
        results.update(people_f1_kg=f_kg, people_f1_jieba=f_jb)

    print(render_table(rows, title="Extraction throughput and quality (best of %d runs)" % args.repeat))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
