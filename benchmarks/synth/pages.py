"""Deterministic synthetic corpus in the genre of ../shared/corpus, for archive-scale benchmarks.

    python -m benchmarks.synth --articles 1000 --seed 1 --out DIR

writes DIR/page-00001.md … (front matter `published:` then `# headline` / `## headline`
articles), DIR/truth.json (file name → FORMAT.md records a perfect extractor would output),
DIR/index.json (file, published, paper) and DIR/identities.json (file name → one
{name: person id} map per record, the ground truth for entity resolution: namesakes share
a name, not an id).

The world (cities, districts, offices, officials, reporters) depends on the seed only; the
same seed gives byte-identical output. Names that coincide with a gold name are never drawn.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .article import Art
from .names import Picker
from .templates import DISTRICT, ZONE
from .text import TOPICS
from .world import Unit, World, build_world


@dataclass(frozen=True)
class Page:
    filename: str
    text: str  # the page without front matter: articles, each starting with a heading
    published: str
    truth: list[dict[str, Any]]  # one FORMAT.md record per article, in page order
    paper: str = ""  # the locality whose paper this page is ("青石区")
    city: str = ""
    identities: list[dict[str, str]] = field(default_factory=list)  # per record: name → pid

    def file_text(self) -> str:
        return f"---\npublished: {self.published}\n---\n\n{self.text}"


class _Gen:
    def __init__(self, seed: int, world: World):
        self.rng = random.Random(f"synth-pages-{seed}")
        self.world = world
        self.counters: dict[str, int] = {}
        papers = world.papers
        self.paper = Picker([p.key for p in papers],
                            [0.5 if p.kind == "zone" else 1.0 for p in papers])
        self.by_key = {p.key: p for p in papers}
        self.district = Picker([str(i) for i in range(len(DISTRICT))], [w for _, w in DISTRICT])
        self.zone = Picker([str(i) for i in range(len(ZONE))], [w for _, w in ZONE])

    def number(self, paper: Unit, kind: int) -> int:
        """The next number of a paper's recurring meeting (常委会第N次会议)."""
        key = f"{paper.key}/{kind}"
        n = self.counters.get(key) or self.rng.randint(5, 120)
        self.counters[key] = n + 1
        return n

    def article(self, paper: Unit, pub: date) -> Art:
        rng = self.rng
        art = Art(rng, self.world, paper, pub)
        art.byline()
        if paper.kind == "zone":
            kind = int(self.zone(rng))
            fn = ZONE[kind][0]
        else:
            kind = int(self.district(rng))
            fn = DISTRICT[kind][0]
        fn(art, rng.choice(TOPICS), self.number(paper, kind))
        if art.end:
            paras = [i for i, x in enumerate(art.paras) if x]
            if rng.random() < 0.3 and paras:
                art.paras[paras[-1]] += " " + art.end
            else:
                art.paras.append(art.end)
        return art


def generate(n_articles: int, seed: int = 0, articles_per_page: tuple[int, int] = (1, 5)
             ) -> list[Page]:
    """`n_articles` articles on pages of `articles_per_page` articles (the last may be shorter)."""
    lo, hi = articles_per_page
    if n_articles < 0 or lo < 1 or hi < lo:
        raise ValueError("need n_articles >= 0 and 1 <= min <= max articles per page")
    world = build_world(seed)
    g = _Gen(seed, world)
    rng = g.rng
    day = date(2019, 1, 1) + timedelta(days=rng.randrange(1200))
    pages: list[Page] = []
    made = 0
    while made < n_articles:
        k = min(rng.randint(lo, hi), n_articles - made)
        paper = g.by_key[g.paper(rng)]
        pub = day
        day += timedelta(days=rng.choice((0, 1, 1, 1, 2)))
        arts: list[Art] = []
        titles: set[str] = set()
        tries = 0
        while len(arts) < k:
            art = g.article(paper, pub)
            tries += 1
            if art.title in titles and tries < 50:
                continue
            if art.title in titles:
                art.title += f" 之{len(arts) + 1}"
            titles.add(art.title)
            arts.append(art)
        made += k
        iso = pub.isoformat()
        truth, ids = [], []
        for a in arts:
            rec, idmap = a.record(iso)
            truth.append(rec)
            ids.append(idmap)
        text = "\n".join(a.text(1 if i == 0 else 2) for i, a in enumerate(arts))
        pages.append(Page(f"page-{len(pages) + 1:05d}.md", text, iso, truth, paper.full,
                          paper.parent.full, ids))
    return pages


def write(pages: list[Page], out: Path) -> None:
    """Write page files, truth.json, index.json and identities.json into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    for p in pages:
        (out / p.filename).write_text(p.file_text(), encoding="utf-8")

    def dump(name: str, obj: Any) -> None:
        (out / name).write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n",
                                encoding="utf-8")

    dump("truth.json", {p.filename: p.truth for p in pages})
    dump("index.json", [{"file": p.filename, "published": p.published,
                         "source": f"synthetic {p.city}{p.paper} paper"} for p in pages])
    dump("identities.json", {p.filename: p.identities for p in pages})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.synth", description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--min-per-page", type=int, default=1)
    ap.add_argument("--max-per-page", type=int, default=5)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    pages = generate(a.articles, a.seed, (a.min_per_page, a.max_per_page))
    write(pages, a.out)
    print(f"{a.articles} articles on {len(pages)} pages in {a.out} "
          f"({time.perf_counter() - t0:.1f}s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
