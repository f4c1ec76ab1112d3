"""Article builder: prints people with their posts and records what a perfect extractor
should output (FORMAT.md) while the text is written.

Orgs are resolved only when the article is finished, from the body actually printed: a
level-only org (区委) gets the locality's name exactly when the body prints the locality with
its level ("青石区"), as FORMAT.md's conventions require.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from .names import SURNAMES
from .world import Comp, Person, Unit, World

ROLE_ORDER = ("chaired", "attended", "inspected", "accompanied", "spoke")
COMPOUND = {s for s, _ in SURNAMES if len(s) == 2}
RANK = ("secretary", "head", "deputy", "standing", "vice", "rd_head", "rd_vice", "zx_head",
        "zx_vice", "zx_sec", "court", "procur", "dept", "staff")


def by_rank(ps: list[Person]) -> list[Person]:
    """Officials in protocol order, as papers list them."""
    return sorted(ps, key=lambda p: (RANK.index(p.rank), p.pid))


def surname(name: str) -> str:
    return name[:2] if name[:2] in COMPOUND else name[:1]


class Ev:
    def __init__(self, type_: str, date_: str | None, places: list[str]):
        self.type, self.date, self.places = type_, date_, list(places)
        self.roles: dict[str, list[str]] = {}
        self.people: dict[str, Person] = {}

    def add(self, p: Person, *roles: str) -> "Ev":
        rs = self.roles.setdefault(p.pid, [])
        self.people[p.pid] = p
        for r in roles:
            assert not (self.type == "inspection" and r in ("attended", "chaired")), r
            assert not (self.type != "inspection" and r in ("inspected", "accompanied")), r
            if r in ("chaired", "spoke") and self.type != "inspection" and "attended" not in rs:
                rs.append("attended")
            if r not in rs:
                rs.append(r)
        return self

    def add_all(self, ps: list[Person], *roles: str) -> "Ev":
        for p in ps:
            self.add(p, *roles)
        return self


class Art:
    def __init__(self, rng: random.Random, world: World, paper: Unit, pub: date):
        self.rng, self.w, self.paper, self.pub = rng, world, paper, pub
        self.city: Unit = paper.parent
        self.L = paper.level
        self.title = ""
        self.paras: list[str] = []
        self.people: dict[str, tuple[Person, list[Comp]]] = {}
        self.by_name: dict[str, str] = {}
        self.events: list[Ev] = []
        self.reporters: list[tuple[str, str]] = []
        self.lead = ""
        self.end = ""

    # -- choosing people ---------------------------------------------------------------
    def ok(self, p: Person) -> bool:
        return self.by_name.get(p.name, p.pid) == p.pid

    def pick(self, unit: Unit, *ranks: str, k: int = 1) -> list[Person]:
        cands = [p for p in self.w.ranks(unit, *ranks) if self.ok(p) and p.pid not in self.people]
        return self.rng.sample(cands, min(k, len(cands)))

    def one(self, unit: Unit, *ranks: str) -> Person | None:
        got = self.pick(unit, *ranks)
        return got[0] if got else None

    # -- printing people -----------------------------------------------------------------
    def phrase(self, comps: tuple[Comp, ...], named: bool, ctx: Comp | None, alt: bool = True
               ) -> tuple[str, Comp | None]:
        out, prev = [], ctx
        for i, c in enumerate(comps):
            pick = (lambda xs: self.rng.choice(xs)) if alt else (lambda xs: xs[0])
            if c.unit is None:
                s = pick(c.full)
            elif c.bare:
                s = c.title
            elif c.abbr and i == 0 and not named and alt and self.rng.random() < 0.3:
                s = pick(c.abbr)
            elif prev is not None and c.rel and c.after == prev.suffix and prev.unit is c.unit:
                s = pick(c.rel)
            else:
                local = c.unit.kind in ("community", "village")
                s = (c.unit.full if (named and i == 0) or local else c.unit.level) + pick(c.full)
            out.append(s)
            prev = c
        return "、".join(out), prev

    def register(self, p: Person, comps: tuple[Comp, ...]) -> None:
        assert self.ok(p), p.name
        self.by_name[p.name] = p.pid
        entry = self.people.setdefault(p.pid, (p, []))
        entry[1].extend(comps)

    def intro(self, p: Person, form: str = "full", named: bool = False,
              ctx: Comp | None = None, tongzhi: bool = False) -> str:
        """The person's post phrase and name at first mention; the bare name afterwards."""
        if p.pid in self.people:
            return p.name
        comps = {"full": p.full, "short": p.short, "none": ()}[form]
        text, _ = self.phrase(comps, named, ctx)
        self.register(p, comps)
        return text + p.name + ("同志" if tongzhi else "")

    def group(self, items: list[tuple[Person, str]], named: bool = False, chain: Comp | None = None
              ) -> str:
        """"区委常委A、B,副区长C": consecutive people with the same printed post share it."""
        groups: list[tuple[str, list[str]]] = []
        ctx = chain
        for p, form in items:
            if p.pid in self.people:
                groups.append(("", [p.name]))
                continue
            comps = {"full": p.full, "short": p.short, "none": ()}[form]
            text, last = self.phrase(comps, named, ctx if chain is not None else None, alt=False)
            if chain is not None:
                ctx = last
            self.register(p, comps)
            if groups and groups[-1][0] == text and text:
                groups[-1][1].append(p.name)
            else:
                groups.append((text, [p.name]))
        return ",".join(t + "、".join(ns) for t, ns in groups)

    def leaders(self, ps: list[Person]) -> str:
        """"区领导A、B": named without a post."""
        for p in ps:
            if p.pid not in self.people:
                self.register(p, ())
        return f"{self.L}领导" + "、".join(p.name for p in ps)

    def short_title(self, p: Person) -> str:
        """"侯书记" when unambiguous in the article so far, else the full name."""
        s = surname(p.name)
        clash = any(surname(q.name) == s for pid, (q, _) in self.people.items() if pid != p.pid)
        if p.surname_title and not clash:
            return s + p.surname_title
        return p.name

    # -- dates, bylines, text ------------------------------------------------------------
    def when(self, explicit: bool = False, not_before: date | None = None, min_back: int = 0
             ) -> tuple[str, str | None]:
        """A printed date ("3月5日上午", "近日") and its ISO form (None when not printed)."""
        rng = self.rng
        if not explicit and rng.random() < 0.12:
            return rng.choice(("近日", "日前")), None
        d = self.pub - timedelta(days=max(min_back, rng.choice((0, 1, 1, 2, 2, 3))))
        if not_before is not None:
            d = not_before + timedelta(days=rng.randint(0, max(0, (self.pub - not_before).days)))
        if d.year != self.pub.year:
            d = self.pub
        s = f"{d.month}月{d.day}日" + rng.choice(("", "", "上午", "下午"))
        if rng.random() < 0.05:
            s = f"{d.year}年" + s
        return s, d.isoformat()

    def byline(self) -> None:
        rng = self.rng
        reps, corrs = self.w.reporters[self.paper.key]
        r, c = rng.choice(reps), rng.choice(corrs)
        style = rng.random()
        corr_word = "通迅员" if rng.random() < 0.03 else "通讯员"
        if style < 0.35:
            kind = rng.randrange(4)
            self.lead = ("本报讯(记者 {r})", "本报讯(记者 {r} {cw} {c})", "本报讯(全媒体记者 {r})",
                         "本报讯(见习记者 {r} {cw} {c})")[kind].format(r=r, c=c, cw=corr_word)
            self.reporters = [(r, "记者")] + ([(c, "通讯员")] if kind in (1, 3) else [])
        elif style < 0.75:
            kind = rng.randrange(6)
            self.lead = rng.choice(("本报讯 ", "本报讯 ", ""))
            self.end = ("记者 {r} {cw} {c}", "记者 {r} 文/图", "记者 {r}", "{cw} {c}",
                        "(本网记者:{r})", "记者 {r} {cw} {c} 文/图")[kind].format(
                            r=r, c=c, cw=corr_word)
            self.reporters = {0: [(r, "记者"), (c, "通讯员")], 1: [(r, "记者")], 2: [(r, "记者")],
                              3: [(c, "通讯员")], 4: [(r, "记者")],
                              5: [(r, "记者"), (c, "通讯员")]}[kind]
        else:
            self.lead = rng.choice(("", "", "本网讯 "))

    def say(self, p: Person, remarks: tuple[str, ...], extra: tuple[str, ...] = (), n: int = 2,
            verb: str | None = None, who: str | None = None) -> str:
        rng = self.rng
        pool = list(remarks) + list(extra)
        chosen = rng.sample(pool, min(n, len(pool)))
        verb = verb or rng.choice(("强调", "指出", "要求", "强调"))
        return f"{who or p.name}{verb}," + "。".join(chosen) + "。"

    def fill(self, s: str) -> str:
        return s.replace("{all}", "全" + self.L)

    # -- truth ---------------------------------------------------------------------------
    def body(self) -> str:
        return "\n\n".join(x for x in self.paras if x)

    def record(self, published: str) -> tuple[dict[str, Any], dict[str, str]]:
        body = self.body()
        people = []
        for p, comps in self.people.values():
            posts, seen = [], set()
            for c in comps:
                key = (c.org(body), c.title)
                if key not in seen:
                    seen.add(key)
                    posts.append({"org": key[0], "title": key[1]})
            people.append({"name": p.name, "posts": posts})
        events = []
        for e in self.events:
            parts = []
            for pid, roles in e.roles.items():
                assert pid in self.people, pid
                name = e.people[pid].name
                parts += [{"name": name, "role": r} for r in ROLE_ORDER if r in roles]
            events.append({"type": e.type, "date": e.date, "places": e.places,
                           "participants": parts})
        rec = {"title": self.title, "published": published,
               "reporters": [{"name": n, "role": r} for n, r in self.reporters],
               "people": people, "events": events}
        ids = {p.name: p.pid for p, _ in self.people.values()}
        return rec, ids

    def text(self, level: int) -> str:
        return "#" * level + " " + self.title + "\n\n" + self.body() + "\n"
