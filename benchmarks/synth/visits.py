"""Visit and activity templates: inspections (调研, 检查, 督导, 视察 with 陪同 hosts), a city
leader's visit, watching a broadcast (收听收看), 观摩 and tree planting (植树).

Roles follow FORMAT.md: the visiting party (调研, 参加调研, 一同调研) → inspected, 陪同 →
accompanied, 强调/指出/汇报/表示 → spoke; 收听收看/参加观摩/参加植树 → attended (`other` events).
"""

from __future__ import annotations

from datetime import date, timedelta

from .article import Art, Ev, by_rank
from .text import DONE, GENERIC_REMARKS, INSPECT_DETAIL, Topic


def _first(art: Art, s: str) -> str:
    return art.lead + s


def inspection(art: Art, t: Topic, n: int, sites: bool = False, then_meeting: bool = False) -> None:
    rng, d, L = art.rng, art.paper, art.L
    leader = art.one(d, *rng.choice((("secretary",), ("head",), ("standing", "vice"),
                                     ("rd_head", "zx_head"))))
    verb = "视察" if leader.rank == "rd_head" else rng.choice(("调研", "检查", "督导", "调研", "走访调研"))
    ds, iso = art.when(explicit=then_meeting, min_back=2 if then_meeting else 0)
    named = rng.random() < 0.25
    hosts = []
    if sites:
        where = rng.sample(art.w.sites[d.key], rng.randint(2, 3))
        places = list(where)
        go = rng.choice(("带队深入{w}等企业", "先后来到{w}", "深入{w}")).format(w="、".join(where))
        p1 = f"{ds},{art.intro(leader, named=named)}{go},{verb}{t.key}工作"
        art.title = rng.choice((f"{leader.name}{verb}{t.key}工作", f"{L}领导{verb}{t.key}工作",
                                f"{leader.name}带队深入企业{verb}"))
    else:
        sub = rng.choice(art.w.subs[d.key])
        locs = rng.sample(art.w.locals[sub.key], rng.randint(0, 2))
        places = [x.full for x in locs] or [sub.full]
        p1 = f"{ds},{art.intro(leader, named=named)}到{sub.full}{'、'.join(places if locs else [])}" \
             f"{verb}{t.key}工作"
        art.title = rng.choice((f"{leader.name}到{sub.full}{verb}{t.key}工作",
                                f"{L}领导{verb}{t.key}工作", f"{L}领导{verb} {t.key}工作"))
        hosts = by_rank(art.pick(sub, "secretary", "head", k=rng.randint(0, 2)))
        hosts += [p for x in locs for p in art.pick(x, "secretary") if rng.random() < 0.5]
    ev = Ev("inspection", iso, places).add(leader, "inspected")
    comp = art.pick(d, "vice", "dept", k=rng.randint(0, 2))
    if comp:
        p1 += "," + art.group([(p, "full") for p in comp]) + rng.choice(("参加调研", "一同调研", "参加"))
        ev.add_all(comp, "inspected")
    elif rng.random() < 0.15:
        extra = art.pick(d, "standing", "rd_head", "zx_head")
        if extra:
            p1 += "," + art.leaders(extra) + "参加"
            ev.add_all(extra, "inspected")
    if hosts:
        p1 += "," + art.group([(p, "full") for p in hosts], named=rng.random() < 0.5) + "陪同"
        ev.add_all(hosts, "accompanied")
    art.paras.append(_first(art, p1 + "。"))
    art.paras.append(rng.choice(INSPECT_DETAIL).format(x=leader.name, check=t.check))
    if hosts and rng.random() < 0.4:
        art.paras.append(f"{hosts[0].name}汇报了{t.key}工作开展情况。")
        ev.add(hosts[0], "spoke")
    art.paras.append(art.say(leader, t.remarks, GENERIC_REMARKS))
    ev.add(leader, "spoke")
    art.events.append(ev)
    if then_meeting:
        first = date.fromisoformat(iso)
        if (art.pub - first).days < 1:
            return
        ds2, iso2 = art.when(explicit=True, not_before=first + timedelta(days=1))
        others = art.pick(d, "dept", k=rng.randint(1, 3))
        chair = leader if rng.random() < 0.6 else art.one(d, "standing", "vice")
        if chair is None or not others:
            return
        m = Ev("meeting", iso2, []).add(chair, "chaired", "spoke")
        m.add_all(others, "attended")
        p = f"{ds2},{art.intro(chair)}主持召开{t.key}工作专题会议,"
        p += f"{art.group([(x, 'full') for x in others])}参加会议"
        if chair is not leader:
            p += f",{leader.name}出席会议并讲话"
            m.add(leader, "spoke")
        art.paras.append(p + "。")
        art.paras.append(art.say(chair, t.remarks, GENERIC_REMARKS, n=1, verb="要求"))
        art.events.append(m)


def city_visit(art: Art, t: Topic, n: int) -> None:
    rng, d, L = art.rng, art.paper, art.L
    v = art.one(art.city, *rng.choice((("head",), ("standing",), ("vice",), ("rd_vice", "zx_vice"),
                                       ("deputy",))))
    if v is None:
        return inspection(art, t, n)
    ds, iso = art.when()
    verb = "视察" if v.rank == "rd_vice" else rng.choice(("调研", "督导", "检查"))
    r = rng.random()
    if r < 0.35:
        places = [d.full]
        where = f"到{d.full}{verb}{t.key}工作,"
    elif r < 0.7:
        sub = rng.choice(art.w.subs[d.key])
        places = [sub.full]
        where = f"到{d.full}{sub.full}{verb}{t.key}工作,"
    else:
        places = rng.sample(art.w.sites[d.key], 2)
        where = f"到{d.full}{verb}{t.key}工作,先后来到{'、'.join(places)},"
    hosts = by_rank(art.pick(d, "secretary", "head", "vice", "standing", k=rng.randint(1, 3)))
    p1 = f"{ds},{art.intro(v, named=rng.random() < 0.25)}{where}"
    p1 += art.group([(p, "full") for p in hosts]) + "陪同。"
    ev = Ev("inspection", iso, places).add(v, "inspected").add_all(hosts, "accompanied")
    art.title = rng.choice((f"{v.name}到{d.full}{verb}{t.key}工作", f"市领导到我{L}{verb}{t.key}工作"))
    art.paras.append(_first(art, p1))
    art.paras.append(rng.choice(INSPECT_DETAIL).format(x=v.name, check=t.check))
    art.paras.append(art.say(v, t.remarks, GENERIC_REMARKS))
    ev.add(v, "spoke")
    if rng.random() < 0.35:
        art.paras.append(f"{hosts[0].name}{rng.choice(DONE)}")
        ev.add(hosts[0], "spoke")
    art.events.append(ev)


def broadcast(art: Art, t: Topic, n: int) -> None:
    rng, d, L = art.rng, art.paper, art.L
    scope = rng.choice(("全省", "全市", "全国"))
    ds, iso = art.when()
    named = rng.random() < 0.4
    hall = (d.full if named else L) + "分会场"
    watch = [p for p in art.pick(d, "secretary") + art.pick(d, "head")]
    watch += by_rank(art.pick(d, "standing", "vice", k=rng.randint(0, 3)))
    ev = Ev("other", iso, [])
    p1 = f"{ds},{scope}{t.key}工作电视电话会议召开。"
    if rng.random() < 0.4 and len(watch) > 1:
        chair = watch.pop()
        p1 += f"{art.intro(chair)}主持{hall}会议,"
        ev.add(chair, "chaired")
    p1 += f"{art.group([(p, 'full') for p in watch])}在{hall}收听收看。"
    ev.add_all(watch, "attended")
    art.title = f"{d.full if named else L}收听收看{scope}{t.key}工作电视电话会议"
    art.paras.append(_first(art, p1))
    art.paras.append(art.fill(rng.choice(t.background)))
    art.paras.append(f"会议结束后,{watch[0].name}就贯彻落实会议精神提出要求。"
                     + art.say(watch[0], t.remarks, GENERIC_REMARKS, n=2, verb="强调"))
    ev.add(watch[0], "spoke")
    art.events.append(ev)


def observe(art: Art, t: Topic, n: int) -> None:
    rng, d, L = art.rng, art.paper, art.L
    ds, iso = art.when()
    leader = art.one(d, "secretary", "head")
    sites = rng.sample(art.w.sites[d.key], rng.randint(2, 3))
    others = by_rank(art.pick(d, "standing", "rd_head", "zx_head", k=rng.randint(1, 3)))
    p1 = f"{ds},{art.intro(leader)}带领观摩团观摩{t.key}重点项目,"
    p1 += f"{art.group([(p, 'full') for p in others])}参加观摩。"
    art.title = rng.choice((f"{L}领导观摩{t.key}重点项目", f"{leader.name}带队观摩{t.key}重点项目"))
    ev = Ev("other", iso, sites).add(leader, "attended").add_all(others, "attended")
    art.paras.append(_first(art, p1))
    art.paras.append(f"观摩团先后来到{'、'.join(sites)},详细了解项目建设进展情况。")
    art.paras.append("观摩结束后," + art.say(leader, t.remarks, GENERIC_REMARKS))
    ev.add(leader, "spoke")
    art.events.append(ev)


def planting(art: Art, t: Topic, n: int) -> None:
    if art.pub.month not in (2, 3, 4, 5):
        return observe(art, t, n)
    rng, d, L = art.rng, art.paper, art.L
    ds, iso = art.when()
    sub = rng.choice(art.w.subs[d.key])
    lc = rng.choice(art.w.locals[sub.key])
    ps = art.pick(d, "secretary", "head", "rd_head", "zx_head", "standing", k=rng.randint(2, 5))
    ps = by_rank(ps)
    if rng.random() < 0.4:
        who = art.leaders(ps)
    else:
        who = art.group([(p, "full") for p in ps]) + f"等{L}领导"
    art.title = rng.choice((f"{L}领导参加义务植树活动", "履行植树义务 共建绿色家园"))
    art.paras.append(_first(art, f"{ds},{who}到{sub.full}{lc.full}参加义务植树活动。"))
    art.paras.append("植树现场,大家挥锹铲土、扶苗培土、提水浇灌,一株株新苗迎风挺立。")
    art.events.append(Ev("other", iso, [lc.full]).add_all(ps, "attended"))


def zone_inspection(art: Art, t: Topic, n: int) -> None:
    rng, z = art.rng, art.paper
    st = art.one(z, "standing", "head")
    ds, iso = art.when()
    off = rng.choice(art.w.subs[z.key])
    locs = rng.sample(art.w.locals[off.key], rng.randint(0, 2))
    places = [x.full for x in locs] or [off.full]
    verb = rng.choice(("检查督导", "调研指导", "调研"))
    art.title = rng.choice((f"区领导{verb} {t.key}工作", f"{st.name}到{off.full}{verb}{t.key}工作"))
    inside = "、".join(x.full for x in locs)
    p1 = f"{ds},{art.intro(st, named=True)}到{off.full}{inside}{verb}{t.key}工作。"
    ev = Ev("inspection", iso, places).add(st, "inspected")
    art.paras.append(_first(art, p1))
    art.paras.append(rng.choice(INSPECT_DETAIL).format(x=st.name, check=t.check))
    art.paras.append(art.say(st, t.remarks, GENERIC_REMARKS, n=3))
    ev.add(st, "spoke")
    host = art.one(off, "secretary") if rng.random() < 0.5 else None
    art.paras.append((f"{art.intro(host, named=True)}陪同检查。" if host else "办事处党工委负责人陪同检查。"))
    if host:
        ev.add(host, "accompanied")
    art.events.append(ev)


def zone_broadcast(art: Art, t: Topic, n: int) -> None:
    rng, z = art.rng, art.paper
    st = art.one(z, "standing")
    ds, iso = art.when()
    scope = rng.choice(("全省", "全市"))
    art.title = f"{z.full}收听收看{scope}{t.key}工作会议"
    staff = art.pick(z, "staff", k=rng.randint(1, 2))
    p1 = f"{ds},{art.intro(st, named=True)}主持{z.full}分会场收听收看{scope}{t.key}工作会议," \
         f"{art.group([(p, 'full') for p in staff])}出席。"
    ev = Ev("other", iso, []).add(st, "chaired").add_all(staff, "attended")
    art.paras.append(_first(art, p1))
    art.paras.append("收看完后," + art.say(st, t.remarks, GENERIC_REMARKS, n=2, verb="提出"))
    ev.add(st, "spoke")
    art.events.append(ev)
