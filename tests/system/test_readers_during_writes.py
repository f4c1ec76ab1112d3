"""Readers during an ingest (issue 16), on both stores: 4 reader threads run lookups through
the store's query API while a `kg ingest` of 2,000 synthetic articles (benchmarks.synth,
batches of 50) writes. Every call succeeds and every answer is whole: article counts are
multiples of the batch and never decrease, every event has the article reporting it and
its sentence, every person the articles naming them, every post a holder.

Neo4j reads at read-committed isolation: a query running while a commit is applied can see
part of it (measured: a full scan of the nodes saw 2 part-applied batches in 512 reads).
Counts come from the count store, where a commit's nodes arrive at once, so they are held
to whole batches as the embedded store's are. An event answer seen part-applied on Neo4j is
asked again: it must be whole once the commit is in."""

from __future__ import annotations

import random
import threading
from collections import Counter

import pytest

from kg.config import Settings
from kg.query import lookups
from kg.store import open_store
from tests.support.faults import BATCH, base_env, finish, kg_popen, synth

ARTICLES = 2000
READERS = 4
ALL_EVENTS = {"person": None, "place": None, "type": None, "role": None, "from": None, "to": None}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("synth2000")
    synth(out, ARTICLES, seed=5)
    return out


def whole(event: dict) -> bool:
    return bool(event["article"] and event["sentence"] and event["participants"])


def read_loop(settings: Settings, stop: threading.Event, seen: list, errors: list, seed: int) -> None:
    rng = random.Random(seed)
    articles = events = 0
    try:
        with open_store(settings) as store:
            while not stop.is_set():
                n = store.counts()["labels"].get("Article", 0)
                assert n % BATCH == 0 and n >= articles, (n, articles)  # whole batches, never fewer
                articles = n
                rows = store.query("events", **ALL_EVENTS)
                assert len(rows) >= events, (len(rows), events)
                events = len(rows)
                half = [r["key"] for r in rows if not whole(r)]
                if half and store.backend == "neo4j":  # part of a commit being applied: ask again
                    stop.wait(0.5)
                    rows = store.query("events", **ALL_EVENTS)
                    half = [r["key"] for r in rows if r["key"] in half and not whole(r)]
                assert not half, half  # never half an article
                if rows:
                    who = rng.choice(rng.choice(rows)["participants"]).rsplit(" (", 1)[0]
                    for p in lookups.person(store, who):
                        assert p["articles"], p
                        assert all(e["article"] and e["roles"] for e in p["events"]), p
                        for post in p["posts"][:2]:
                            assert lookups.holders(store, post["title"]), post
                seen.append(n)
                if not n:
                    stop.wait(0.05)  # nothing stored yet: leave the CPU to the ingest
    except BaseException as e:  # reported by the test, with the reader's own traceback
        errors.append(e)


def run_readers_during_ingest(settings: Settings, corpus, env: dict[str, str], args: list[str]) -> list[int]:
    stop, seen, errors = threading.Event(), [], []
    readers = [threading.Thread(target=read_loop, args=(settings, stop, seen, errors, i)) for i in range(READERS)]
    for t in readers:
        t.start()
    proc = kg_popen(*args, "ingest", str(corpus), env=env)
    try:
        r = finish(proc, timeout=1200)
    finally:
        stop.set()
        for t in readers:
            t.join(120)
    if errors:
        raise errors[0]
    assert r.returncode == 0, r.stderr
    with open_store(settings) as store:
        assert store.counts()["labels"]["Article"] == ARTICLES
    return seen


def test_readers_during_an_embedded_ingest(tmp_path, corpus):
    store = tmp_path / "g.kgstore"
    settings = Settings.resolve("embedded", store)
    seen = run_readers_during_ingest(settings, corpus, base_env(), ["--store", str(store)])
    assert len(seen) >= 2 * READERS and any(0 < n < ARTICLES for n in seen), Counter(seen)  # while writing


def test_readers_during_a_neo4j_ingest(clean_neo4j, neo4j_settings, corpus):
    settings = Settings("neo4j", corpus / "unused.kgstore", neo4j_settings)
    env = {**base_env(), "NEO4J_URI": neo4j_settings.uri, "NEO4J_USERNAME": neo4j_settings.username,
           "NEO4J_PASSWORD": neo4j_settings.password, **({"NEO4J_DATABASE": neo4j_settings.database}
                                                         if neo4j_settings.database else {})}
    seen = run_readers_during_ingest(settings, corpus, env, ["--backend", "neo4j"])
    assert len(seen) >= 2 * READERS and any(0 < n < ARTICLES for n in seen), Counter(seen)
