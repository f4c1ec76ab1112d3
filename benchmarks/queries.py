"""Lookup-helper latency (kg.query.lookups) on a loaded graph, against a `RETURN 1` round trip.

Parameters are drawn (seeded) from the graph itself: persons who took part in events,
offices that have holders, titles, districts where events were held, reporters. Each
helper runs over its sample `repeat` times after one warm-up pass (plans cached); the
median and 95th percentile are compared with `RETURN 1` sent the same way (a new session
and a managed read transaction per call, as `Neo4jStore.query` does).
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

from kg.query import lookups
from kg.errors import NotFound
from kg.graph.model import ROLE_TYPES

ROLE_RELS = set(ROLE_TYPES.values())


def pools(g, size: int, seed: int = 7) -> dict[str, list[str]]:
    """Parameter values from an embedded store's graph (networkx), `size` of each."""
    rng = random.Random(seed)
    by_label: dict[str, dict[str, dict]] = {}
    for k, d in g.nodes(data=True):
        by_label.setdefault(d.get("label"), {})[k] = d
    people, offices, titles, places, reporters = set(), set(), set(), set(), set()
    for s, e, d in g.edges(data=True):
        t = d.get("type")
        if t in ROLE_RELS:
            people.add(g.nodes[s].get("name"))
        elif t == "HOLDS":
            offices.add(g.nodes[e].get("name"))
            titles.add(d.get("title"))
        elif t == "HELD_IN":
            places.add(g.nodes[e].get("name"))
        elif t == "REPORTED_BY":
            reporters.add(g.nodes[e].get("name"))

    def pick(values):
        values = sorted(v for v in values if v)
        return rng.sample(values, min(size, len(values)))

    return {"people": pick(people), "offices": pick(offices), "titles": pick(titles),
            "places": pick(places), "reporters": pick(reporters)}


def helpers(p: dict[str, list[str]]) -> dict[str, tuple[Callable, list[dict]]]:
    """helper name -> (function, keyword-argument sets)."""
    return {
        "person": (lookups.person, [{"name": x} for x in p["people"]]),
        "office": (lookups.office, [{"org": x} for x in p["offices"]]),
        "holders": (lookups.holders, [{"title": x} for x in p["titles"]]),
        "district": (lookups.district, [{"name": x} for x in p["places"]]),
        "events": (lookups.events, [{"person": x} for x in p["people"]]),
        "timeline": (lookups.timeline, [{"name": x} for x in p["people"]]),
        "coattendance": (lookups.coattendance, [{"name": x} for x in p["people"]]),
        "reporter": (lookups.reporter, [{"name": x} for x in p["reporters"]]),
    }


def _stats(times: list[float]) -> dict[str, float]:
    times = sorted(times)
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return {"median_ms": statistics.median(times) * 1000, "p95_ms": p95 * 1000, "runs": len(times)}


def measure(store, p: dict[str, list[str]], repeat: int, baseline: bool = True) -> dict[str, dict]:
    """Latency per helper (and of RETURN 1 on a Neo4j store), in milliseconds."""
    out: dict[str, dict] = {}
    if baseline:
        for _ in range(20):
            store._read("RETURN 1 AS one")  # warm the pool and the plan
        times = []
        for _ in range(repeat * 20):
            t = time.perf_counter()
            store._read("RETURN 1 AS one")
            times.append(time.perf_counter() - t)
        out["RETURN 1"] = _stats(times)
    for name, (fn, argsets) in helpers(p).items():
        usable = []
        for kw in argsets:  # warm-up, and drop values a helper has nothing for
            try:
                fn(store, **kw)
                usable.append(kw)
            except NotFound:
                pass
        times = []
        for _ in range(repeat):
            for kw in usable:
                t = time.perf_counter()
                fn(store, **kw)
                times.append(time.perf_counter() - t)
        out[name] = _stats(times) if times else {"median_ms": None, "p95_ms": None, "runs": 0}
    return out
