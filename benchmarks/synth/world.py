"""A made-up administrative world for the synthetic corpus.

Cities hold districts (区), counties (县) and one development zone (高新区); districts hold
街道 and 镇 with 社区 and 村, counties hold 镇 and 乡 with 村, the zone holds 办事处. Every
unit has offices and officials; an official's posts are `Comp`s (one post each), printed as
a combined phrase ("区委常委、宣传部部长") and resolved to FORMAT.md orgs by `Comp.org`.
Officials are fixed for the whole corpus; a few share a name with an official elsewhere.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace

from .names import NameMaker, city_names, gold_names, place_names, SITE_KIND


@dataclass(frozen=True, eq=False)
class Unit:
    key: str
    name: str  # base name, "青石"
    level: str  # "区", "县", "市", "街道", "镇", "乡", "办事处", "社区", "村"
    kind: str  # city, district, county, zone, street, town, township, office, community, village
    parent: "Unit | None" = None

    @property
    def full(self) -> str:
        return self.name + self.level


@dataclass(frozen=True, eq=False)
class Comp:
    """One post. `org` is the unit's full or level-only name plus `suffix`."""

    unit: Unit | None
    suffix: str  # "委", "委宣传部", "政府", "人大常委会", "党工委", "" (the unit itself) ...
    title: str
    full: tuple[str, ...]  # printed forms after the unit prefix ("委宣传部部长", "委宣传部长")
    rel: tuple[str, ...] = ()  # printed forms right after a post of org suffix `after`
    after: str = ""
    bare: bool = False  # printed as the title alone (区长, 副区长, 镇长)
    abbr: tuple[str, ...] = ()  # whole printed forms without a prefix ("街办副主任")

    def org(self, body: str) -> str | None:
        if self.unit is None:
            return None
        u = self.unit
        return (u.full if u.full in body else u.level) + self.suffix


@dataclass(frozen=True, eq=False)
class Person:
    pid: str
    name: str
    unit: Unit
    rank: str
    full: tuple[Comp, ...]  # the complete combined post
    short: tuple[Comp, ...]  # the post printed in lists

    @property
    def surname_title(self) -> str | None:
        """"侯书记" style short form, when the person is a 书记."""
        return "书记" if any(c.title == "书记" for c in self.full) else None


def C(unit, suffix, title, full=None, rel=(), after="", bare=False, abbr=()):
    return Comp(unit, suffix, title, full or (suffix + title,), tuple(rel), after, bare,
                tuple(abbr))


DEPTS = (
    ("发改局", "局长"), ("教育局", "局长"), ("财政局", "局长"), ("人社局", "局长"),
    ("民政局", "局长"), ("住建局", "局长"), ("农业农村局", "局长"), ("水利局", "局长"),
    ("应急管理局", "局长"), ("市场监管局", "局长"), ("文旅局", "局长"), ("卫健委", "主任"),
    ("商务局", "局长"), ("交通运输局", "局长"), ("自然资源局", "局长"), ("城管局", "局长"),
    ("公安分局", "局长"), ("退役军人事务局", "局长"), ("医保局", "局长"), ("审计局", "局长"),
)
# Standing-committee members' second post: (suffix, title, full forms, relative forms, bare)
SECOND = (
    ("政府", "常务副{L}长", None, (), True),
    ("委宣传部", "部长", ("委宣传部部长", "委宣传部长"), ("宣传部部长", "宣传部长"), False),
    ("委组织部", "部长", ("委组织部部长", "委组织部长"), ("组织部部长", "组织部长"), False),
    ("委统战部", "部长", ("委统战部部长",), ("统战部部长",), False),
    ("委政法委", "书记", ("委政法委书记",), ("政法委书记",), False),
    ("纪委", "书记", ("纪委书记",), (), False),
    ("政府", "副{L}长", None, (), True),
)


@dataclass
class World:
    cities: list[Unit]
    papers: list[Unit]  # districts, counties and zones: each has its own paper
    subs: dict[str, list[Unit]] = field(default_factory=dict)  # paper key -> 街道/镇/乡/办事处
    locals: dict[str, list[Unit]] = field(default_factory=dict)  # sub key -> 社区/村
    roster: dict[str, dict[str, list[Person]]] = field(default_factory=dict)  # unit key -> rank
    reporters: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)
    sites: dict[str, list[str]] = field(default_factory=dict)  # paper key -> enterprise names
    persons: list[Person] = field(default_factory=list)

    def ranks(self, unit: Unit, *ranks: str) -> list[Person]:
        r = self.roster.get(unit.key, {})
        return [p for k in ranks for p in r.get(k, [])]

    def namesakes(self) -> dict[str, list[Person]]:
        by: dict[str, list[Person]] = {}
        for p in self.persons:
            by.setdefault(p.name, []).append(p)
        return {n: ps for n, ps in by.items() if len(ps) > 1}


class _Builder:
    def __init__(self, seed: int, n_cities: int):
        self.rng = random.Random(f"synth-world-{seed}")
        self.names = NameMaker(self.rng, gold_names())
        self.n_cities = n_cities
        self.count = 0
        self.world = World([], [])

    def person(self, unit: Unit, rank: str, full, short=None) -> Person:
        self.count += 1
        p = Person(f"p{self.count:05d}", self.names.person(), unit, rank, tuple(full),
                   tuple(short or full))
        self.world.roster.setdefault(unit.key, {}).setdefault(rank, []).append(p)
        self.world.persons.append(p)
        return p

    def build(self) -> World:
        rng, w = self.rng, self.world
        per_city = 7
        bases = place_names(rng, self.n_cities * per_city * 60)
        for b in bases:
            self.names.reserve(b)
        it = iter(bases)
        for cname in city_names(rng, self.n_cities, set(bases)):
            self.names.reserve(cname)
            city = Unit(f"c-{cname}", cname, "市", "city")
            w.cities.append(city)
            self.gov(city, "市", n_standing=4, n_vice=3)
            for i in range(per_city - 1):
                kind, level = ("county", "县") if i % 3 == 2 else ("district", "区")
                d = Unit(f"d-{len(w.papers)}", next(it), level, kind, city)
                w.papers.append(d)
                self.gov(d, level, n_standing=rng.randint(5, 7), n_vice=rng.randint(2, 4))
                self.depts(d, level)
                self.subunits(d, it)
                self.paper_people(d, it)
            z = Unit(f"z-{len(w.papers)}", "高新", "区", "zone", city)
            w.papers.append(z)
            self.zone(z, it)
            self.paper_people(z, it)
        self.namesakes()
        return w

    def gov(self, u: Unit, L: str, n_standing: int, n_vice: int) -> None:
        rng = self.rng
        wei, gov = C(u, "委", "书记"), C(u, "政府", f"{L}长", bare=True)
        self.person(u, "secretary", [wei])
        self.person(u, "head", [C(u, "委", "副书记"), gov], [gov])
        self.person(u, "deputy", [C(u, "委", "副书记")])
        seconds = list(SECOND[:6]) + [SECOND[6]] * 3
        rng.shuffle(seconds)
        seconds = [SECOND[0]] + [s for s in seconds if s is not SECOND[0]]
        for suffix, title, full, rel, bare in seconds[:n_standing]:
            t = title.format(L=L)
            second = C(u, suffix, t, full=full, rel=rel, after="委" if rel else "", bare=bare)
            self.person(u, "standing", [C(u, "委", "常委"), second], [C(u, "委", "常委")])
        for _ in range(n_vice):
            self.person(u, "vice", [C(u, "政府", f"副{L}长", bare=True)])
        rd = lambda t: C(u, "人大常委会", t, rel=(t,), after="人大常委会")  # noqa: E731
        zx = lambda t: C(u, "政协", t, rel=(t,), after="政协")  # noqa: E731
        self.person(u, "rd_head", [rd("主任")])
        for _ in range(rng.randint(2, 3)):
            self.person(u, "rd_vice", [rd("副主任")])
        self.person(u, "zx_head", [zx("主席")])
        for _ in range(rng.randint(2, 3)):
            self.person(u, "zx_vice", [zx("副主席")])
        self.person(u, "zx_sec", [zx("秘书长")])

    def depts(self, u: Unit, L: str) -> None:
        self.person(u, "court", [C(u, "人民法院", "院长")])
        self.person(u, "procur", [C(u, "人民检察院", "检察长")])
        for dept, title in self.rng.sample(DEPTS, 10):
            forms = (dept + title,) + ((dept + "长",) if title == "局长" else ())
            self.person(u, "dept", [C(u, dept, title, full=forms)])

    def subunits(self, d: Unit, it) -> None:
        rng, w = self.rng, self.world
        kinds = ([("street", "街道")] * rng.randint(4, 6) + [("town", "镇")] * rng.randint(1, 2)
                 if d.kind == "district" else
                 [("town", "镇")] * rng.randint(4, 5) + [("township", "乡")] * rng.randint(1, 2))
        for kind, level in kinds:
            s = Unit(f"{d.key}-{len(w.subs.get(d.key, []))}", next(it), level, kind, d)
            w.subs.setdefault(d.key, []).append(s)
            if kind == "street":
                office = C(s, "办事处", "主任", rel=("办事处主任",), after="党工委")
                self.person(s, "secretary", [C(s, "党工委", "书记")])
                self.person(s, "head", [C(s, "党工委", "副书记"), office], [office])
                self.person(s, "vice", [C(s, "办事处", "副主任", abbr=("街办副主任",))])
                lk, ll = "community", "社区"
            else:
                gov = C(s, "政府", f"{level}长", bare=True)
                self.person(s, "secretary", [C(s, "党委", "书记")])
                self.person(s, "head", [C(s, "党委", "副书记"), gov], [gov])
                self.person(s, "vice", [C(s, "政府", f"副{level}长", bare=True)])
                lk, ll = "village", "村"
            for _ in range(rng.randint(3, 5)):
                v = Unit(f"{s.key}-{len(w.locals.get(s.key, []))}", next(it), ll, lk, s)
                w.locals.setdefault(s.key, []).append(v)
                if lk == "community":
                    sec = C(v, "党委", "书记")
                    head = C(v, "居委会", "主任", rel=("居委会主任",), after="党委")
                    self.person(v, "secretary", [sec, head] if rng.random() < 0.5 else [sec])
                else:
                    self.person(v, "secretary", [C(v, "党支部", "书记")])

    def zone(self, z: Unit, it) -> None:
        rng, w = self.rng, self.world
        gw = lambda t: C(z, "党工委", t)  # noqa: E731
        gwh = lambda t: C(z, "管委会", t, rel=("管委会" + t,), after="党工委")  # noqa: E731
        self.person(z, "secretary", [gw("书记")])
        self.person(z, "head", [gw("副书记"), gwh("主任")])
        for _ in range(rng.randint(3, 5)):
            self.person(z, "standing", [gw("委员"), gwh("副主任")])
        self.person(z, "rd_head", [C(z, "人大工委", "主任")])
        for _ in range(rng.randint(3, 4)):
            s = Unit(f"{z.key}-{len(w.subs.get(z.key, []))}", next(it), "办事处", "office", z)
            w.subs.setdefault(z.key, []).append(s)
            self.person(s, "secretary", [C(s, "党工委", "书记")])
            self.person(s, "head", [C(s, "", "主任", full=("主任",))])
            for j in range(rng.randint(3, 4)):
                lk, ll = ("community", "社区") if j % 2 == 0 else ("village", "村")
                v = Unit(f"{s.key}-{j}", next(it), ll, lk, s)
                w.locals.setdefault(s.key, []).append(v)
                self.person(v, "secretary", [C(v, "党委" if lk == "community" else "党支部", "书记")])

    def paper_people(self, d: Unit, it) -> None:
        rng, w, nm = self.rng, self.world, self.names
        w.reporters[d.key] = ([nm.person() for _ in range(rng.randint(2, 4))],
                              [nm.person() for _ in range(rng.randint(4, 7))])
        for _ in range(6):
            self.person(d, "staff", [C(None, "", "负责人", full=("相关部门负责人",))])
        sites = []
        for _ in range(rng.randint(6, 10)):
            sites.append(next(it) + rng.choice(SITE_KIND))
        w.sites[d.key] = list(dict.fromkeys(sites))

    def namesakes(self) -> None:
        """Give ~3% of local officials the name of an official of another paper's district."""
        rng, w = self.rng, self.world
        local = [p for p in w.persons if p.unit.kind != "city"]

        def scope(p: Person) -> Unit:
            u = p.unit
            while u.kind not in ("district", "county", "zone"):
                u = u.parent
            return u

        used: dict[str, set[str]] = {}
        for p in w.persons:
            key = scope(p).key if p.unit.kind != "city" else p.unit.key
            used.setdefault(key, set()).add(p.name)
        city_names_ = {c.key: used.get(c.key, set()) for c in w.cities}
        touched: set[str] = set()
        for _ in range(max(4, len(local) // 33)):
            a, b = rng.sample(local, 2)
            sa, sb = scope(a), scope(b)
            if a.pid in touched or b.pid in touched or sa is sb:
                continue
            if a.name in used[sb.key] or a.name in city_names_[sb.parent.key]:
                continue
            touched.update((a.pid, b.pid))
            nb = replace(b, name=a.name)
            used[sb.key].add(a.name)
            i = w.persons.index(b)
            w.persons[i] = nb
            lst = w.roster[b.unit.key][b.rank]
            lst[lst.index(b)] = nb


def build_world(seed: int = 0, n_cities: int = 2) -> World:
    return _Builder(seed, n_cities).build()
