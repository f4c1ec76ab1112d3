"""Write organisations out in full from the article's context (FORMAT.md's conventions).

- A level-only organisation (区委, 街道党工委, 市人大常委会) takes the locality's name only when the article prints it (福田区).
- The locality carries its level once (二七区 + 区委 → 二七区委); bare government titles (区长) get the government (区政府).
- A department after a committee in one chain attaches to it (区委常委、宣传部部长 → 区委宣传部); 组织部长 → 组织部 + 部长.
- A bare body (管委会, 党工委, 党委) takes the locality of the organisation before it in the chain or list, else the latest full one of its kind.
- A sub-committee with no owner (提案委) attaches to the latest top body (区政协); what a chain passes on: kg.extract.chains.
"""

from __future__ import annotations

import re

from kg.extract.chains import party_chain, party_department, party_group
from kg.extract.divisions import parse_place
from kg.extract.hits import is_chief_title
from kg.extract.localities import Localities
from kg.extract.org_names import (NATIONAL_STARTS, SENTENCE_END, SESSION_TITLES, bare_unit, carried_locality, is_place_name, is_sub_unit, section_of,
                                  level_prefix, locality_of, printed_org, printed_prefecture, printed_in_sentence, printed_region,
                                  sentence_locality, session_name, unit_of, TOWN_SESSION)
from kg.extract.printed_units import delegation_branch, destinations, last_named, opened_unit, printed_count, printed_cppcc, travelled_to, unit_printed_before
from kg.extract.locality_check import trim_locality
from kg.extract.words import word_tag
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon import (DEMOCRATIC_PARTIES, ORG_CHARS, GENERIC_BODIES, GOV_TITLES, HEAD_TITLE_UNITS,
                        LOCAL_BODIES, NOT_ORGS, PARTY_COMMITTEES, PARTY_TITLES, START_ABBREVIATIONS,
                        TOP_PARENT_ENDINGS, UNIT_HEAD_TITLES, ZONE_BODIES, ZONE_WORDS)

_DOUBLED = re.compile(r"^.+(区区委|县县委|市市委)")
_DOUBLE_LEVEL = re.compile(r"^(.+?(?:区|县|市))\1?(?:区|县|市)委")
_LOCAL_COMMITTEE = re.compile(r"(.*?[省市区县州旗盟])(?:委|纪委|监委)")  # a locality's 县委, 兴县委, 县纪委
_PARTY_COMMITTEE_RE = re.compile(r"(?:党委|党工委|党总支|党支部|党组|^[^局厅办部]{0,12}[省市区县州旗盟]委)$")  # no party group
# a firm's, a school's or a bureau's own committees, printed bare after it; the units with such committees
_UNIT_COMMITTEES, _COMMITTEE_UNITS = ("党委", "纪委"), tuple({u for us in HEAD_TITLE_UNITS.values() for u in us} | {"局"})
# the session, a sitting of it or its presidium: "大会", "开幕会", "第二次全体会议", "大会主席团"
_SESSION_PART = re.compile(r"(?:本次|此次|这次)?(?:大会)?(?:开幕会|闭幕会|预备会议?|(?:第[一二三四五六七八九十]+次)?全体会议)?(?:主席团)?")
_PARTY_DEPT_ENDS = ("工作部", "人武部", "武装部")  # 社会工作部; a ministry (交通运输部) is no committee's
_GOVERNMENT = re.compile("(.*[省市县区州旗])(?:人民)?政府")  # a government has no 常委: its committee has
_NOT_PARTY_TOPS = ("人大常委会", "政协", "政府")  # no departments (部) of their own: a 部 in their chain is the committee's
_REGION_HEAD = re.compile(r"(?:常务)?副?主席|代(?:理)?主席")  # 自治区主席, 副主席, 代主席: the region's government
_PREFECTURE_BODIES = ("地委", "行署", "地区")
_UNIT_ENDS = frozenset(ORG_CHARS) - {"政", "党"}  # characters that end a unit's name (厅, 局, 委 …)


class OrgResolver:
    """Resolves raw organisation chunks of one article, in text order."""

    def __init__(self, text: str, people: frozenset[str] = frozenset(), offset: int = 0, home: str | None = None):
        self.text = text
        self.home = home or ""  # the source's home locality as declared ("山西省长治市潞州区")
        self.offset = offset  # where the body starts in `text` (positions are body offsets)
        self.loc = Localities.of(text, people)
        self.dests, self.regional, self.cppcc = destinations(text), "自治区" in text, printed_cppcc(text)  # travels; region; 政协
        self.session = session_name(text)
        self.history: dict[str, int] = {}  # organisations resolved so far, most recent last, each with where it is printed
        self.pos = 0  # where the post being resolved is printed (a text offset)
        self.sub_units: set[str] = set()  # resolved sub-units: never a parent or inherited
        self.heads: dict[str, str] = {}  # each title's last resolved organisation

    def _with_locality(self, org: str) -> str:
        """Replace a leading bare level (区委, 街道党工委) by the printed locality."""
        if self.loc.several:
            return self._localised(org)  # depends on the organisations resolved so far
        known = self.__dict__.setdefault("_localised_once", {})  # else on the article only
        if org not in known:
            known[org] = self._localised(org)
        return known[org]

    def _localised(self, org: str) -> str:
        party = next((p for p in DEMOCRATIC_PARTIES if org.startswith(p) and len(org) > len(p)), None)
        if party:  # 民进省委: the party's committee of the article's province (民进辽宁省委)
            return party + self._localised(org[len(party):])
        for ab, full in START_ABBREVIATIONS.items():
            if org.startswith(ab):
                org = full + org[len(ab):]
        if org.startswith(("自治区", "自治州", "自治县")) and (region := printed_region(self.text, org[:3])):
            return region + org[3:]  # 自治区人大常委会 in an article printing 宁夏回族自治区
        lv = level_prefix(org)
        if lv is None and org.startswith(_PREFECTURE_BODIES):
            # 地委书记, 行署专员: the prefecture's, as printed ("喀什地区") or as the chain names it
            stem = printed_prefecture(self.text) or next(
                (h[:-2] for h in reversed(self.history) if h.endswith("地委") and len(h) > 2), None)
            return stem + org if stem else org
        if lv is None:
            if zoned := self.loc.zone_org(org):
                return zoned
            towns = [self.loc.admin[lv] for lv in ("镇", "乡") if lv in self.loc.admin]
            if org in ("党委", "人大", "人大主席团") and len(towns) == 1:
                return towns[0] + org  # "党委书记X", "人大主席Y" in an article about a town: the town's
            cppcc = org.startswith("政协") and "届" not in org and self.cppcc  # 政协副主席X (乌苏市政协 printed)
            return cppcc + org[2:] if cppcc else org
        rest = org[len(lv):]
        if lv == "区" and (rest.startswith(ZONE_BODIES) or rest in ("党委", "纪委") and "区" not in self.loc.admin and not self.regional):
            if zone := self.loc.main_zone():  # 区党委 in a zone's article printing no district: the zone's
                return zone + rest
        name = self.loc.admin.get(lv)
        if lv in self.loc.several:
            # several localities of this level printed (a 涟源市 delegation visits 常德市): the
            # one of the organisation resolved last at that level in the same sentence, else as below
            last = [(n, at) for h, at in reversed(self.history.items()) for n in self.loc.several[lv]
                    if h.startswith(n) and not h.startswith(n + n[-1:])]
            # the home's own: the last of its localities at this level (贵港市桂平市 → 桂平市)
            at_home = sorted((n for n in self.loc.several[lv] if n in self.home), key=self.home.rfind)
            if last and not SENTENCE_END.search(self.text, last[0][1], self.pos):
                name = last[0][0]
            else:  # a known one printed before in the sentence ("丰城市代表团在市委书记X率领下"), the home's, the last
                name = printed_in_sentence(self.text, self.pos, self.loc.several[lv]) or (
                    at_home[-1] if at_home else last[0][0] if last else name)
        own = self._home_unit(lv)
        # "在如皋市委书记A,市委副书记B陪同下": the host's 市 resolved in the same sentence goes on (not past 来我县)
        recent = name and any(h.startswith(name) and not SENTENCE_END.search(self.text, at, self.pos)
                              and self.text.find("我" + lv, at, self.pos) < 0 for h, at in self.history.items())
        if name and own and name != own and ("我" + lv) in self.text and not recent:
            # "北京市政协调研组来我市", "宁德市两会精神" in a 福鼎市 paper that says 我市: the paper's own 市 is the
            # declared home's, not the other one printed; its bare 市委 takes the home's name only when the body prints it
            name = own if own in self.loc.several.get(lv, ()) or self.loc.admin.get(lv) == own else None
        if name and own and name not in self.home and not recent and lv in "省市" and printed_count(self.text, name, self.__dict__.setdefault("_counts", {})) == 1 and not printed_in_sentence(self.text, self.pos, (name,)):
            name = None  # a 湖北省 printed once in a list of guests, in a 贵州省 paper: 省文联 is no 湖北省's
        if name and not recent and travelled_to(self.dests, lv, name):
            name = own if own and own in self.text else None  # 市人大常委会考察组赴成都: not 成都's
        return name + rest if name else org

    def _home_unit(self, lv: str) -> str | None:
        """The declared home's own unit of level `lv` (the last of its chain: 福建省宁德市福鼎市 → 福鼎市)."""
        units = self.__dict__.setdefault("_home_units", parse_place(self.home)[0] if self.home else ())
        return next((u.name for u in reversed(units) if u.name.endswith(lv)), None)

    def resolve(self, chunk: str, title: str, prev_org: str | None, pos: int | None = None) -> str | None:
        """The full organisation of one post; `prev_org`: the one resolved before it in the same chain or list."""
        if is_chief_title(title):
            return None  # 州级林长, 市级河长: no body's post
        chunk = party_group(chunk, prev_org)  # "县委副书记、政府党组书记": the county's 政府党组
        org = party_department(self._resolve(chunk, title, prev_org, pos) or "") or None  # 区统战部长 → 区委统战部
        org = party_chain(org, title, prev_org, self.text)  # "民建河北省委副主委、石家庄市委主委": a 主委 is the chain's party's
        if org and org.endswith("界别") and "政协" not in org and (cp := next((h[:h.index("政协") + 2] for h in reversed(self.history) if "政协" in h), None)):
            org = cp + org  # "区政协副主席A走访妇联界别召集人B": a sector of the 政协 printed before
        if org:
            self.heads[title] = org  # "管委会主任A,…,副主任B": a deputy of the head printed before
        return org  # an autonomous prefecture as printed (迪庆藏族自治州委, 迪庆州委): kg.resolve makes them one office

    def _resolve(self, chunk: str, title: str, prev_org: str | None, pos: int | None = None) -> str | None:
        org = printed_org(chunk)
        self.pos = self.offset + pos if pos is not None else len(self.text)
        presidium = org.endswith("主席团") and title == "成员"
        if (title in SESSION_TITLES or (title.endswith("秘书长") and org == "大会") or presidium) and self.session \
                and _SESSION_PART.fullmatch(org):
            # 执行主席 / 主席团常务主席 / 主席团成员 / 大会秘书长 of the session the article reports
            of_presidium = org.endswith("主席团") or not org and (prev_org or "").endswith("主席团")  # 主席团执行主席A
            return self._with_locality(self.session) + ("主席团" if title == "常务主席" or of_presidium else "")
        if org in NOT_ORGS or org.startswith(("相关", "有关")):
            return None
        org = "" if title == "委员" and re.fullmatch(r"[\u4e00-\u9fff]{1,8}界别?", org) else org  # 经济界委员: the CPPCC's
        if title in GOV_TITLES and len(org) == 2 and ((word_tag(org) or "").startswith("v") or (
                org[-1] not in _UNIT_ENDS and not is_place_name(org))):
            org = ""  # "会议赞同市长X所作的报告", "要把市长X…", "落实市长X…": words before the title, the government's head
        if self.regional and (org.startswith("区党委") or org.startswith("区") and not org.startswith(("区委", "区长", "区级"))
                              and "区" not in self.loc.admin):
            # an autonomous region's page: 区党委 is the 自治区党委 (a district has a 区委; a zone's 区党委 prints no
            # 自治区); 区政协, 区人大常委会, 区安委会 too when no district is printed
            org = "自治" + org
        org = trim_locality(org)
        if org.startswith(_PREFECTURE_BODIES):
            return self._remember(self._with_locality(org))  # 地委政法委: the prefecture's, never a sub-unit
        if _REGION_HEAD.fullmatch(title) and (org.endswith("自治区") or not org and (prev_org or "").endswith("自治区党委")):
            return self._remember(self._with_locality((org or (prev_org or "")[:-2]) + "政府"))  # 自治区党委副书记、主席
        unit = opened_unit(self.text, self.offset + pos, org, title) if pos is not None else None
        if unit:
            return self._remember(unit)  # "在育才中学,校长X": the unit the sentence opens in
        if not org:
            if title in GOV_TITLES:
                base = locality_of(prev_org) if prev_org else None  # 河镇乡党委副书记、乡长 → 河镇乡政府
                own = base if base and base.endswith(GOV_TITLES[title]) and not base.startswith("自治") \
                    else self._with_locality(GOV_TITLES[title])
                return self._remember(own + "政府")
            inherited = prev_org or (title[:1] == "副" and self.heads.get(title[1:])) or next(
                (h for h in reversed(self.history) if h not in self.sub_units), None)
            if title in ("负责人", "成员") or (not prev_org and any(re.fullmatch("公司|集团|商会|协会", u) for u in HEAD_TITLE_UNITS.get(title, ()))):
                return None  # a firm's 董事长, an association's 会长 (out of a chain): no post of the government before
            if "指挥" in title:  # "总指挥A,副指挥B": a command's post, never the committee's before it
                inherited = next((h for h in reversed(self.history) if "指挥" in h or h.endswith("防指")), None)
            if inherited and title not in PARTY_TITLES:
                inherited = unit_of(inherited)  # 县卫健委党组书记、主任 → 县卫健委 主任
            if title == "常委" and inherited and (m := _GOVERNMENT.fullmatch(inherited)):
                return self._remember(m.group(1) + "委")  # "市长A,常委、副市长B" → 市委 常委
            head = UNIT_HEAD_TITLES.get(title)
            if inherited and head and head in inherited and not inherited.endswith(head):
                # 县教育局党组书记、局长 → the 局长 heads 县教育局, not its 党组
                inherited = inherited[: inherited.rindex(head) + 1]
            return inherited
        if title in GOV_TITLES and org in ("政府", "人民政府"):
            # 当选政府副乡长 → 乡政府; 人民政府副旗长 → 旗人民政府 (kept as printed);
            # 郊区委副书记、政府区长 → 郊区政府: the chain's committee names the locality
            base = locality_of(prev_org) if prev_org else None
            if base and base.endswith(GOV_TITLES[title]):
                return self._remember(base + org)
            return self._remember(self._with_locality(GOV_TITLES[title] + org))
        if title in GOV_TITLES and org.endswith(GOV_TITLES[title]) and len(org) > 1:
            return self._remember(self._with_locality(org + "政府"))  # 北湖区副区长 → 北湖区政府
        if title in GOV_TITLES and len(org) >= 2 and gazetteer().is_locality(org, GOV_TITLES[title]):
            return self._remember(org + GOV_TITLES[title] + "政府")  # 双鸭山市长 → 双鸭山市政府
        if "指挥" in title and org.endswith("工作"):
            org += "指挥部"  # 旗疫情防控工作总指挥: the command of that work
        head = UNIT_HEAD_TITLES.get(title)
        named = re.sub(r"[(（][^()（）]*[)）]$", "", org)  # 管理处(农药管理处)处长: the name before its other name
        if head and not named.endswith((head, "大学", *GENERIC_BODIES)) and named[-1:] not in _UNIT_ENDS \
                and not org.endswith(tuple(HEAD_TITLE_UNITS.get(title, ()))):  # 新华中学副校长: the school's, no 中学校; X大学副院长: no 大学院
            # 组织部长 → 组织部, 公安局长 → 公安局; a unit printed whole keeps its name (政协办公厅副科长: the 办公厅's)
            org += head
        org = _DOUBLE_LEVEL.sub(lambda m: m.group(1) + "委", org) if _DOUBLED.match(org) else org  # 二七区区委 → 二七区委
        bare = bare_unit(org) or (org if org in ("厅", "室", "处") else None)  # 室主任: the 研究室 printed last
        if bare and pos is not None:
            before = self.text[max(0, self.offset + pos - 4000): self.offset + pos]
            # 学校 stands for the school printed last, whatever kind: 学院, 大学, 中学 (校长's units)
            kinds = HEAD_TITLE_UNITS.get("校长", ()) if bare == "学校" else (bare,)
            named = max((n for k in kinds if (n := last_named(before, k))), key=before.rfind, default=None)
            if named:  # the unit printed last, its bare level written out (县教育局 → 修水县教育局)
                return self._remember(self._with_locality(named + org[len(bare):]))
        if org in ("党支部", "临时党支部") and (branch := delegation_branch(self.history, self.text)):
            return self._remember(branch)  # a congress delegation's own 临时党支部
        if org in ("纪委", "监委", "纪委监委") and prev_org and (m := _LOCAL_COMMITTEE.fullmatch(prev_org)):
            return self._remember(m.group(1) + org)  # 县委常委、纪委书记、监委主任 → 县纪委, 县监委
        if prev_org and prev_org.endswith(TOP_PARENT_ENDINGS) and is_sub_unit(org) and level_prefix(org) is None:
            # 区委常委、统战部长: the chain's committee, whatever other 统战部 was printed; a 部 is a
            # party committee's ("市人大常委会主任、组织部部长" → 市委组织部)
            parent = prev_org
            if org.endswith("部") and prev_org.endswith(_NOT_PARTY_TOPS) and (base := locality_of(prev_org)):
                parent = base + "委"
            elif org.startswith(_NOT_PARTY_TOPS) and (base := locality_of(prev_org)):
                parent = base  # 镇党委委员、政协工委主任 → the town's 政协工委, no committee of the 党委
            self.sub_units.add(parent + org)
            return self._remember(parent + org)
        parent = prev_org or next((h for h in reversed(self.history) if h not in self.sub_units), None)
        if org == "党组" and parent and not _PARTY_COMMITTEE_RE.search(unit_of(parent)):
            return self._remember(unit_of(parent) + org)  # "区政协主席A,党组书记B": the party group of the unit named before it
        if prev_org and (sec := section_of(org, unit_of(prev_org))):
            return self._remember(sec)  # 统战部副部长A、党派处处长B → 统战部党派处
        earlier = next((h for h in reversed(self.history)
                        if h.endswith(org) and len(h) > len(org) and org not in GENERIC_BODIES
                        and level_prefix(org) is None), None)
        if earlier:
            return self._remember(earlier)  # 经开区党工委 after 云溪经开区党工委
        if org in GENERIC_BODIES or org == "委":
            # 县政协党组副书记、政协副主席 → the county's 政协: the chain's locality, through a party group
            base = (locality_of(prev_org) or locality_of(unit_of(prev_org))) if prev_org else None
            if base:  # 柳塘村 + 村委会 → 柳塘村委会: the level is printed once
                return self._remember(base + (org[1:] if org[:1] == base[-1:] else org))
            if prev_org and org in _UNIT_COMMITTEES and (unit := unit_of(prev_org)).endswith(_COMMITTEE_UNITS):
                return self._remember(unit + org)  # 油田公司党委常委、纪委书记; 集团副总经理、党委常委: the unit's
            same = next((h for h in reversed(self.history) if h.endswith(org) and h != org), None) or next((
                loc + org for h in reversed(self.history) if org == "办事处" and (loc := locality_of(h) or "").endswith("街道")), None)
            # "街道党工委书记A,办事处主任B": the street's; "县长A,政协主席B": the county's
            return self._remember(same or sentence_locality(org, self.history, self.text, self.pos)
                                  or self._with_locality(org))
        if org in ("办公室", "办", "办公厅") and parent and unit_of(parent).endswith(TOP_PARENT_ENDINGS + ("政府", "委会")):
            # 县委常委、办公室主任 → 县委办公室; 县政府党组成员、办公室主任 → 县政府办公室;
            # 省政协副秘书长、办公厅主任 → 省政协办公厅; "区政协秘书长A,办公室主任B" → 区政协办公室
            return self._remember(unit_of(parent) + org)
        if org.startswith("政府办") and prev_org and unit_of(prev_org).endswith("政府"):
            return self._remember(unit_of(prev_org) + org[2:])  # 区政府党组成员、政府办主任 → 区政府办
        if org.startswith(("政府", "人民政府")) and len(org) > org.index("政府") + 2:
            # "政府党组成员X" after "县长Y": the government resolved last (桦南县政府党组)
            gov = next((unit_of(h) for h in reversed(self.history) if unit_of(h).endswith("政府")), None)
            if gov:
                return self._remember(gov + org[org.index("政府") + 2:])
        if is_sub_unit(org):
            parent = prev_org if prev_org and prev_org.endswith(TOP_PARENT_ENDINGS) else None
            if parent is None and (not org.endswith("部") or org in PARTY_COMMITTEES or org.endswith(_PARTY_DEPT_ENDS)):
                # a special committee (社法委, 提案委) belongs to the 政协 or 人大 named before;
                # a department (宣传部) or 政法委 to the party committee
                prefer = ("政协", "人大常委会") if org.endswith("委") and org not in PARTY_COMMITTEES else ("委",)
                tops = [h for h in reversed(self.history) if h not in self.sub_units and h.endswith(TOP_PARENT_ENDINGS)]
                parent = next((h for h in tops if h.endswith(prefer)), tops[0] if tops else None)
            if parent and len(org) > 2 and org[:-2] == parent[:-2]:
                parent = None  # "校党委书记A,校纪委书记B": one unit's two committees, neither inside the other
            if parent:
                self.sub_units.add(parent + org)
                return self._remember(parent + org)
        printed = unit_printed_before(org, self.text[max(0, self.offset + pos - 4000): self.offset + pos]) if pos is not None else None
        if printed:
            return self._remember(printed)  # 村党总支书记 after "在柳塘村,"; 该公司总经理: the unit printed last
        town = TOWN_SESSION.match(self.session or "")
        if org in ("人大", "人大主席团") and not prev_org and town:
            return self._remember(town.group(1) + org)  # 当选为人大主席 at 古井镇's congress
        if org in LOCAL_BODIES and prev_org and level_prefix(prev_org) is None and (base := locality_of(prev_org)):
            return self._remember(base + org)  # 青樟镇党委书记、人大主席 → 青樟镇人大
        if org in LOCAL_BODIES and not prev_org and (carried := sentence_locality(org, self.history, self.text, self.pos)):
            return self._remember(carried)
        if (level_prefix(org) is None and prev_org and org.endswith(("局", "办", "中心"))
                and not org.startswith(NATIONAL_STARTS)  # a national unit takes no level
                and (lv := level_prefix(prev_org) or carried_locality(org, prev_org))):
            org = lv + org  # "五常副市长A、农业局局长B" → 五常市农业局: the list's locality carries on
        full = self._with_locality(org)
        if title in PARTY_TITLES and full.endswith(("乡", "镇", "街道")):
            full += "党工委" if full.endswith("街道") else "党委"  # 乡宣传委员: the township's party committee
        return self._remember(full)

    def _remember(self, org: str) -> str:
        self.history.pop(org, None)
        self.history[org] = self.pos  # most recent last, each once (scans stay short)
        return org
