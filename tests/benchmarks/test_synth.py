"""benchmarks.synth: a deterministic synthetic corpus whose truth follows FORMAT.md."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from datetime import date

import pytest

from benchmarks import synth
from benchmarks.synth.names import gold_names
from tests.support.paths import REPO

ROLES = {
    "meeting": {"chaired", "attended", "spoke"},
    "other": {"chaired", "attended", "spoke"},
    "inspection": {"inspected", "accompanied", "spoke"},
}
HEADING = re.compile(r"^(#{1,2}) (.+)$", re.M)


def articles(page: synth.Page) -> list[tuple[str, str, str]]:
    """(heading marks, title, body) for each article of a page's text."""
    heads = list(HEADING.finditer(page.text))
    out = []
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(page.text)
        out.append((m.group(1), m.group(2), page.text[m.end():end]))
    return out


@pytest.fixture(scope="module")
def big() -> tuple[list[synth.Page], float]:
    t0 = time.perf_counter()
    pages = synth.generate(10_000, seed=7)
    return pages, time.perf_counter() - t0


def test_same_seed_same_pages_and_other_seed_differs():
    a, b = synth.generate(300, seed=3), synth.generate(300, seed=3)
    assert [(p.filename, p.file_text(), p.truth, p.identities) for p in a] == \
        [(p.filename, p.file_text(), p.truth, p.identities) for p in b]
    c = synth.generate(300, seed=4)
    assert [p.text for p in a] != [p.text for p in c]


def test_cli_output_is_byte_identical_whatever_the_hash_seed(tmp_path):
    for d, hash_seed in (("one", "1"), ("two", "4242")):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        subprocess.run([sys.executable, "-m", "benchmarks.synth", "--articles", "120", "--seed",
                        "11", "--out", str(tmp_path / d)], check=True, env=env,
                       capture_output=True, cwd=REPO)
    one = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert one == sorted(p.name for p in (tmp_path / "two").iterdir())
    for name in one:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    index = json.loads((tmp_path / "one" / "index.json").read_text(encoding="utf-8"))
    truth = json.loads((tmp_path / "one" / "truth.json").read_text(encoding="utf-8"))
    ids = json.loads((tmp_path / "one" / "identities.json").read_text(encoding="utf-8"))
    assert [e["file"] for e in index] == sorted(truth) == sorted(ids)
    assert index[0]["file"] == "page-00001.md"
    assert sum(len(v) for v in truth.values()) == 120
    for e in index:
        text = (tmp_path / "one" / e["file"]).read_text(encoding="utf-8")
        assert text.startswith(f"---\npublished: {e['published']}\n---\n\n# ")
        assert all(r["published"] == e["published"] for r in truth[e["file"]])


@pytest.mark.parametrize("n, per_page", [(0, (1, 5)), (1, (1, 5)), (57, (1, 5)), (40, (2, 2))])
def test_counts(n, per_page):
    pages = synth.generate(n, seed=1, articles_per_page=per_page)
    assert sum(len(p.truth) for p in pages) == n
    for p in pages[:-1]:
        assert per_page[0] <= len(p.truth) <= per_page[1]
    if pages:
        assert 1 <= len(pages[-1].truth) <= per_page[1]
    assert [p.filename for p in pages] == [f"page-{i:05d}.md" for i in range(1, len(pages) + 1)]


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError):
        synth.generate(5, articles_per_page=(3, 2))


def test_ten_thousand_articles_are_fast(big):
    pages, seconds = big
    assert sum(len(p.truth) for p in pages) == 10_000
    assert seconds < 20, seconds


def test_truth_is_consistent_with_the_text(big):
    pages, _ = big
    for page in pages:
        arts = articles(page)
        assert [t for _, t, _ in arts] == [r["title"] for r in page.truth], page.filename
        assert [h for h, _, _ in arts] == ["#"] + ["##"] * (len(arts) - 1)
        assert len(set(r["title"] for r in page.truth)) == len(page.truth)
        pub = date.fromisoformat(page.published)
        for (_, _, body), rec, ids in zip(arts, page.truth, page.identities):
            where = f"{page.filename}: {rec['title']}"
            assert set(rec) == {"title", "published", "reporters", "people", "events"}
            assert rec["published"] == page.published
            assert "{" not in body and "None" not in body, where
            names = [p["name"] for p in rec["people"]]
            assert len(names) == len(set(names)) and set(names) == set(ids), where
            for n in names:
                assert n in body, (where, n)
            for r in rec["reporters"]:
                assert r["role"] in ("记者", "通讯员") and r["name"] in body, where
                assert r["name"] not in names, where
            assert rec["events"], where
            for e in rec["events"]:
                assert e["participants"], where
                roles = {}
                for x in e["participants"]:
                    assert x["name"] in names, (where, x)
                    assert x["role"] in ROLES[e["type"]], (where, x)
                    roles.setdefault(x["name"], []).append(x["role"])
                for n, rs in roles.items():
                    assert len(rs) == len(set(rs)), (where, n)
                    if e["type"] != "inspection" and ({"chaired", "spoke"} & set(rs)):
                        assert "attended" in rs, (where, n)
                if e["date"] is not None:
                    d = date.fromisoformat(e["date"])
                    assert d <= pub and d.year == pub.year, where
                for place in e["places"]:
                    assert place and place in body, (where, place)


def test_orgs_get_the_locality_name_only_when_the_body_prints_it(big):
    pages, _ = big
    seen = {"named": 0, "bare": 0}
    for page in pages:
        loc, level = page.paper, page.paper[-1]
        for (_, _, body), rec in zip(articles(page), page.truth):
            for p in rec["people"]:
                for post in p["posts"]:
                    org = post["org"]
                    if org is None:
                        assert post["title"] == "负责人"
                        continue
                    for place, lvl in ((loc, level), (page.city, "市")):
                        if org.startswith(place):
                            assert place in body, (page.filename, org)
                            seen["named"] += 1
                        elif org.startswith(lvl):
                            assert place not in body, (page.filename, org)
                            seen["bare"] += 1
                    assert not org.startswith(loc + level), org  # the level is carried once
    assert seen["named"] > 1000 and seen["bare"] > 1000


def test_combined_posts_split_per_format():
    pages = synth.generate(2000, seed=2)
    posts = {(q["org"], q["title"]) for pg in pages for r in pg.truth for p in r["people"]
             for q in p["posts"]}
    assert ("区委", "常委") in posts and ("区委宣传部", "部长") in posts
    assert ("区政府", "区长") in posts and ("区政府", "副区长") in posts
    assert ("县政府", "县长") in posts and ("市委", "书记") in posts
    assert ("高新区管委会", "副主任") in posts and (None, "负责人") in posts
    assert any(o and o.endswith("街道办事处") for o, _ in posts)
    assert any(o and o.endswith("社区党委") for o, _ in posts)
    # every person keeps the same posts wherever the article prints them in full
    titles: dict[str, set] = {}
    for pg in pages:
        for r, ids in zip(pg.truth, pg.identities):
            for p in r["people"]:
                titles.setdefault(ids[p["name"]], set()).update(q["title"] for q in p["posts"])
    world = synth.build_world(2)
    full = {p.pid: {c.title for c in p.full} for p in world.persons}
    for pid, ts in titles.items():
        assert ts <= full[pid], pid


def test_namesakes_exist_and_officials_recur():
    world = synth.build_world(5)
    sakes = world.namesakes()
    assert len(sakes) >= 4
    for ps in sakes.values():
        assert len({p.unit.key for p in ps}) == len(ps)
    pages = synth.generate(3000, seed=5)
    pids_by_name: dict[str, set[str]] = {}
    appearances: dict[str, int] = {}
    for pg in pages:
        for ids in pg.identities:
            for name, pid in ids.items():
                pids_by_name.setdefault(name, set()).add(pid)
                appearances[pid] = appearances.get(pid, 0) + 1
    assert any(len(v) > 1 for v in pids_by_name.values())
    assert max(appearances.values()) >= 20


def test_no_generated_name_is_a_gold_name():
    gold = gold_names()
    assert gold, "no gold names read: benchmarks.synth.names.GOLD_DIR must be ../shared/gold"
    world = synth.build_world(0)
    made = {p.name for p in world.persons}
    made |= {n for rs, cs in world.reporters.values() for n in rs + cs}
    assert not made & gold
    for p in synth.generate(500, seed=0):
        for r in p.truth:
            assert not {x["name"] for x in r["people"] + r["reporters"]} & gold
