"""Article templates of a district paper: meetings (常委会, 常务会议, 工作会议, 人大主任会议,
政协主席会议, 街道/镇 meetings, 高新区 meetings) and the tables of all templates with weights.

Each template writes `art.title`, `art.paras` and `art.events` through the `Art` helpers,
so the people, posts and roles recorded are exactly those printed. Roles follow FORMAT.md:
主持 → chaired; 出席/参加/列席/收听收看 → attended; 强调/指出/汇报/传达/表示 → spoke; the visiting
party of an inspection (调研, 参加调研, 一同调研) → inspected; 陪同 → accompanied.
"""

from __future__ import annotations

from .article import Art, Ev, by_rank
from .visits import (broadcast, city_visit, inspection, observe, planting, zone_broadcast,
                          zone_inspection)
from .text import CLOSINGS, GENERIC_REMARKS, MEETING_POINTS, STUDY, Topic


def _first(art: Art, s: str) -> str:
    return art.lead + s


def standing_committee(art: Art, t: Topic, n: int) -> None:
    rng, d, L = art.rng, art.paper, art.L
    named = rng.random() < 0.35
    org = (d.full if named else L) + "委"
    art.title = rng.choice((f"{org}召开常委会第{n}次会议", f"{org}常委会召开第{n}次(扩大)会议"))
    ds, iso = art.when()
    sec = art.one(d, "secretary")
    speak = rng.random() < 0.6
    items = [(p, "full") for p in art.pick(d, "head") + art.pick(d, "deputy")]
    items += [(p, "short") for p in by_rank(art.pick(d, "standing", k=rng.randint(3, 7)))]
    lx = [(p, "full") for p in art.pick(d, "rd_head") + art.pick(d, "zx_head")] \
        if rng.random() < 0.6 else []
    p1 = _first(art, f"{ds},{org}召开常委会第{n}次会议,传达学习{rng.choice(STUDY)},研究部署"
                     f"{t.key}等工作。{art.intro(sec)}主持会议{'并讲话' if speak else ''},"
                     f"{art.group(items)}出席会议")
    p1 += (f",{art.group(lx)}列席会议。" if lx else "。")
    ev = Ev("meeting", iso, []).add(sec, "chaired", *(["spoke"] if speak else []))
    ev.add_all([p for p, _ in items + lx], "attended")
    art.paras.append(p1)
    if rng.random() < 0.3:
        cs = art.one(art.city, "secretary")
        if cs is not None:
            art.paras.append(f"会议传达学习了{art.intro(cs)}在全市{t.key}工作会议上的讲话精神。")
    art.paras.append(art.fill(rng.choice(MEETING_POINTS)))
    if speak:
        art.paras.append(art.say(sec, t.remarks, GENERIC_REMARKS, n=3))
    art.paras.append(rng.choice(CLOSINGS))
    art.events.append(ev)


def executive(art: Art, t: Topic, n: int) -> None:
    rng, d, L = art.rng, art.paper, art.L
    head = art.one(d, "head")
    art.title = f"{L}政府召开第{n}次常务会议"
    ds, iso = art.when()
    govs = [p for p in art.w.ranks(d, "standing") if p.full[-1].suffix == "政府" and art.ok(p)]
    vices = govs[:1] + by_rank(art.pick(d, "vice", k=rng.randint(1, 3)))
    p1 = _first(art, f"{ds},{art.intro(head)}主持召开{L}政府第{n}次常务会议,研究{t.key}等工作。"
                     f"{art.group([(p, 'full') for p in vices])}出席会议。")
    ev = Ev("meeting", iso, []).add(head, "chaired").add_all(vices, "attended")
    art.paras.append(p1)
    dept = art.one(d, "dept")
    if dept is not None and rng.random() < 0.7:
        art.paras.append(f"会上,{art.intro(dept)}汇报了{t.key}工作推进情况。")
        ev.add(dept, "spoke")
    else:
        art.paras.append(f"会议听取了{t.key}工作推进情况的汇报。")
    art.paras.append(art.fill(rng.choice(t.background)))
    art.paras.append(art.say(head, t.remarks, GENERIC_REMARKS))
    ev.add(head, "spoke")
    art.events.append(ev)


def work_meeting(art: Art, t: Topic, n: int) -> None:
    rng, d, L = art.rng, art.paper, art.L
    named = rng.random() < 0.5
    loc = d.full if named else "全" + L
    kind = rng.choice(("工作会议", "工作推进会", "工作部署会", "工作调度会"))
    art.title = rng.choice((f"{loc}{t.key}{kind}召开", f"{loc}召开{t.key}{kind}" if named else
                            f"{L}委{L}政府召开{t.key}{kind}"))
    ds, iso = art.when()
    main = art.one(d, rng.choice(("secretary", "head")))
    chair = art.one(d, "head", "standing", "vice") if main.rank == "secretary" else \
        art.one(d, "standing", "vice")
    assert chair is not None
    places: list[str] = []
    venue = ""
    if rng.random() < 0.2:
        sub = rng.choice(art.w.subs[d.key])
        lc = rng.choice(art.w.locals[sub.key])
        venue, places = f"在{sub.full}{lc.full}", [lc.full]
    p1 = _first(art, f"{ds},{loc}{t.key}{kind}{venue}召开。{art.intro(main)}出席会议并讲话,"
                     f"{art.intro(chair)}主持会议。")
    ev = Ev("meeting", iso, places).add(chair, "chaired").add(main, "spoke")
    if rng.random() < 0.5:
        others = by_rank(art.pick(d, "standing", "rd_head", "zx_head", "vice", k=rng.randint(2, 5)))
        if others:
            p1 += (art.leaders(others) if rng.random() < 0.4 else
                   art.group([(p, "short") for p in others])) + "出席会议。"
            ev.add_all(others, "attended")
    rep = art.one(d, "dept", "standing")
    if rep is not None and rng.random() < 0.6:
        p1 += f"会上,{art.intro(rep)}通报了{t.key}工作情况。"
        ev.add(rep, "spoke")
    p1 += f"各{'街道' if d.kind == 'district' else '乡镇'}、{L}直各部门主要负责人参加会议。"
    art.paras.append(p1)
    art.paras.append(art.fill(rng.choice(t.background)))
    art.paras.append(art.say(main, t.remarks, GENERIC_REMARKS, n=3))
    art.events.append(ev)


def council(art: Art, t: Topic, n: int, body: str) -> None:
    """人大常委会主任会议 (body="rd") or 政协主席会议 (body="zx")."""
    rng, d, L = art.rng, art.paper, art.L
    head = art.one(d, f"{body}_head")
    org, what = (f"{L}人大常委会", "主任会议") if body == "rd" else (f"{L}政协", "主席会议")
    art.title = f"{org}召开第{n}次{what}"
    ds, iso = art.when()
    vices = by_rank(art.pick(d, f"{body}_vice", k=3))
    vices += art.pick(d, "zx_sec") if body == "zx" else []
    head_text = art.intro(head)
    p1 = _first(art, f"{ds},{org}召开第{n}次{what}。{head_text}主持,"
                     f"{art.group([(p, 'full') for p in vices], chain=head.full[-1])}出席会议。")
    ev = Ev("meeting", iso, []).add(head, "chaired").add_all(vices, "attended")
    if body == "rd" and rng.random() < 0.5:
        v = art.one(d, "vice")
        if v is not None:
            p1 += f"{art.intro(v)}列席会议并汇报了{t.key}工作情况。"
            ev.add(v, "spoke")
    art.paras.append(p1)
    if body == "zx" and vices and vices[-1].rank == "zx_sec":
        art.paras.append(f"会议听取了{vices[-1].name}关于{t.key}专题协商活动方案的汇报。")
        ev.add(vices[-1], "spoke")
    art.paras.append(art.fill(rng.choice(MEETING_POINTS)))
    if rng.random() < 0.7:
        art.paras.append(art.say(head, t.remarks, GENERIC_REMARKS, verb="要求"))
        ev.add(head, "spoke")
    art.events.append(ev)


def sub_meeting(art: Art, t: Topic, n: int) -> None:
    rng, d = art.rng, art.paper
    sub = rng.choice(art.w.subs[d.key])
    sec = art.one(sub, "secretary")
    ds, iso = art.when()
    kind = rng.choice(("工作推进会", "工作部署会", "专题会议"))
    art.title = f"{sub.full}召开{t.key}{kind}"
    tz = rng.random() < 0.4
    p1 = f"{ds},{sub.full}召开{t.key}{kind}。会议由{art.intro(sec, tongzhi=tz)}主持," \
         f"{sub.level}全体机关干部参加会议。"
    ev = Ev("meeting", iso, []).add(sec, "chaired")
    speakers = art.pick(sub, "vice", "head", k=2)
    for i, p in enumerate(speakers):
        act = ("传达学习了" + rng.choice(STUDY)) if i == 0 else f"对{t.key}工作进行了安排部署"
        p1 += f"{'会上,' if i == 0 else ''}{art.intro(p, tongzhi=tz)}{act}{'。' if i else ','}"
        ev.add(p, "spoke")
    if len(speakers) == 1:
        p1 = p1[:-1] + "。"
    guest = art.one(d, "standing") if rng.random() < 0.3 else None
    if guest is not None:
        p1 += f"{art.intro(guest)}出席会议并讲话。"
        ev.add(guest, "spoke")
    art.paras.append(_first(art, p1))
    art.paras.append(art.fill(rng.choice(t.background)))
    art.paras.append("最后," + art.say(sec, t.remarks, GENERIC_REMARKS, who=art.short_title(sec)))
    ev.add(sec, "spoke")
    art.events.append(ev)


# -- development zone ----------------------------------------------------------------------
def zone_meeting(art: Art, t: Topic, n: int) -> None:
    rng, z = art.rng, art.paper
    head = art.one(z, "head")
    ds, iso = art.when()
    art.title = rng.choice((f"{z.full}召开{t.key}工作专题会议", f"扎实推进 {z.full}部署{t.key}工作"))
    p1 = f"{ds},{z.full}召开{t.key}工作专题会议。{art.intro(head, named=True)}出席会议并讲话," \
         f"区党工委、人大工委、管委会领导全体出席会议。"
    ev = Ev("meeting", iso, []).add(head, "spoke")
    art.paras.append(_first(art, p1))
    st = art.one(z, "standing")
    art.paras.append(f"会上,各办事处分别汇报了{t.key}工作开展情况;{art.intro(st)}对{t.key}工作进行了安排部署。")
    ev.add(st, "spoke")
    art.paras.append(art.say(head, t.remarks, GENERIC_REMARKS, n=3, verb="强调"))
    art.events.append(ev)


DISTRICT = (
    (standing_committee, 8), (executive, 6), (work_meeting, 12),
    (lambda a, t, n: council(a, t, n, "rd"), 4), (lambda a, t, n: council(a, t, n, "zx"), 4),
    (inspection, 16), (lambda a, t, n: inspection(a, t, n, sites=True), 12), (city_visit, 6),
    (broadcast, 6), (observe, 4), (planting, 3), (sub_meeting, 7),
    (lambda a, t, n: inspection(a, t, n, then_meeting=True), 4),
)
ZONE = ((zone_meeting, 4), (zone_inspection, 5), (zone_broadcast, 3))
