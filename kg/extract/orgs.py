"""Write organisations out in full from the article's context (FORMAT.md's conventions).

- A level-only organisation (区委, 街道党工委, 市人大常委会) takes the locality's name only
  when the article prints that locality with its level (福田区, 南园街道, 周口市).
- The locality carries its level once: 二七区 + 区委 → 二七区委.
- Bare government titles (区长, 副区长) get the government (区政府).
- A department after a committee in one chain attaches to it: 区委常委、宣传部部长 → 区委宣传部;
  "组织部长" → 组织部 + 部长.
- A bare body (管委会, 党工委, 党委) takes the locality of the organisation before it in the
  chain or list, else the latest full one of the same kind printed in the article.
- A sub-committee with no owner (提案委) attaches to the latest top body (区政协).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from .lexicon import (TITLE_RE, ABBREVIATIONS, GENERIC_BODIES, GENERIC_ORG_WORDS, GOV_TITLES, LEVELS,
                      NOT_LOCALITIES, UNIT_HEAD_TITLES, ZONE_WORDS)

log = logging.getLogger(__name__)

PROPER_FLAGS = {"ns", "nz", "x", "nrt", "nr", "nrfg"}
NAME_FLAGS = {"ns", "nz", "n", "nt", "ng", "x", "nrt", "nr", "nrfg"}
LEVEL_ORG_STARTS = set("委政人党纪监")
FUNCTION_CHARS = set("是的在了等将要从到由各全我本该这此每其与及或并对向")
NOT_LOCALITY_STEMS = {"位于", "关于", "全体", "各个", "所在", "本地", "外地", "当地", "周边"}
GENERIC_ZONE_TERMS = ("工业园区", "产业园区", "经济开发区", "经济技术开发区", "高新技术产业开发区",
                      "高新技术开发区", "工业集中区", "产业集聚区", "综合保税区", "产业新城")
ZONE_BODIES = ("党工委", "管委会", "人大工委", "机关党委", "工委")
ADMIN_LEVELS = ("街道", "区", "县", "市", "省", "镇", "乡", "州", "旗")


def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


@dataclass
class Localities:
    """Localities printed with their level in an article: level -> name, zones."""

    admin: dict[str, str] = field(default_factory=dict)
    zones: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, text: str, people: frozenset[str] = frozenset()) -> "Localities":
        """Localities of `text`; `people`: names found in it, which are never places."""
        text = _DATELINE.sub(lambda m: " " * len(m.group()), text)  # the source is no context
        toks, flags = _window_tokens(text)
        counts: dict[tuple[str, str], int] = {}
        zones: list[str] = []

        def add(level: str, name: str) -> None:
            if name in NOT_LOCALITIES or len(name) <= len(level) or not _is_han(name):
                return
            if any(name.endswith(w) for w in _SUFFIX_WORDS):
                return
            stem = name[: -len(level)]
            if any(c in stem for c in "省市区县镇乡") or stem in NOT_LOCALITY_STEMS or stem.endswith("地"):
                return
            if stem[0] in FUNCTION_CHARS or stem[-1] in FUNCTION_CHARS or any(p in name for p in people):
                return
            if TITLE_RE.search(stem) or any(stem.endswith(w) for w in ("领导", "全体", "各级", "所在")):
                return
            if "副" in stem or "常务" in stem:
                return  # 常务副区长: a title, not a place
            counts[(level, name)] = counts.get((level, name), 0) + 1

        for i, w in enumerate(toks):
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if w in ZONE_WORDS:
                zones.append(w)
                continue
            if i and toks[i - 1][-1:].isdigit():
                continue  # "120余家区政协委员": a quantity, not a place
            if flags[i] not in NAME_FLAGS or not _is_han(w):
                continue
            zone = next((z for z in ZONE_WORDS if w.endswith(z)), None)
            if zone:
                zones.append(w)
                continue
            if (nxt in ZONE_WORDS or nxt in GENERIC_ZONE_TERMS) and len(w) >= 2:
                zones.append(w + nxt)
                continue
            lv = next((lv for lv in ADMIN_LEVELS if w.endswith(lv)), None)
            if lv:
                if len(w) >= len(lv) + 2:
                    add(lv, w)
                continue
            if len(w) >= 2 and flags[i] in PROPER_FLAGS:
                for lv in ADMIN_LEVELS:
                    after = toks[i + 2] if i + 2 < len(toks) else ""
                    if (nxt == lv and not (len(after) == 1 and _is_han(after))) or (nxt.startswith(lv) and nxt[len(lv):len(lv) + 1] in LEVEL_ORG_STARTS):
                        add(lv, w + lv)
                        break
        for lv, name in _printed_localities(text):
            add(lv, name)
        for (lv, name), n in list(counts.items()):
            # 乌素旗 read by the segmenter inside 巴音乌素旗 read back to the delimiter: one place
            longer = [k for k in counts if k[0] == lv and k[1] != name and k[1].endswith(name)]
            if len(longer) == 1:
                counts[longer[0]] += counts.pop((lv, name))
        admin: dict[str, str] = {}
        for (lv, name), n in sorted(counts.items(), key=lambda kv: -kv[1]):
            admin.setdefault(lv, name)
        return cls(admin, zones)

    def zone_for(self, word: str) -> str | None:
        """The printed zone that `word` stands for (港区 → 周口港区; 高新区 stays)."""
        cands = [z for z in self.zones if z.endswith(word)]
        if not cands:
            return None
        if word in cands and len(word) >= 3 and word not in GENERIC_ZONE_TERMS:
            return word  # 高新区 stays 高新区 (the dev gold's convention)
        longer = [z for z in cands if z != word]
        # 工业园区 is the short form of 杞园工业园区 printed in the same article
        longer = [z for z in longer if not any(o != z and o.endswith(z) for o in longer)] or longer
        if not longer:
            return None
        return max(set(longer), key=lambda z: (longer.count(z), -len(z)))


_LEVEL_HINT = re.compile("|".join(("街道", "区", "县", "市", "省", "镇", "乡", "州", "旗")))
_CLAUSE_STOP = set(",、。;:!?()“”\n ")


def _window_tokens(text: str) -> tuple[list[str], list[str]]:
    """Tokens and dictionary tags of the text around level words only.

    Segmenting the whole article would cost as much as the rest of extraction together;
    a place name with its level sits in a short window before the level character. Tags
    come from jieba's dictionary (no Viterbi tagging); a word it does not know gets "x"
    (unknown words here are mostly names)."""
    jb = _jieba()
    import jieba.posseg as pseg

    tags = pseg.dt.word_tag_tab
    toks: list[str] = []
    flags: list[str] = []
    last_end = 0
    for m in _LEVEL_HINT.finditer(text):
        if m.start() < last_end:
            continue
        start = m.start()
        while start > 0 and start > m.start() - 8 and text[start - 1] not in _CLAUSE_STOP:
            start -= 1
        start = max(start, last_end)
        end = min(len(text), m.end() + 4)
        for w in jb.cut(text[start:end], HMM=True):
            toks.append(w)
            flags.append(tags.get(w, "x"))
        toks.append("|")  # window boundary
        flags.append("w")
        last_end = end
    return toks, flags


_LONG_NOT_LOCALITIES = tuple(w for w in NOT_LOCALITIES if len(w) >= 2)
# words that end other names without being a locality of that level ("红光社区", "文明城市")
_SUFFIX_WORDS = {"社区", "园区", "小区", "景区", "校区", "片区", "街区", "厂区", "商区", "辖区", "营区",
                 "城市", "都市", "超市", "门市", "夜市", "集市", "上市", "股市", "楼市", "车市", "地区",
                 "红旗", "国旗", "党旗", "团旗", "队旗", "锦旗", "彩旗", "升旗", "战旗", "会旗"}
_LEFT_STOP = set(",、。;:!?()“”‘’《》\n \t")
_LEFT_WORDS = set("到在赴往入进至的和与及对向是为了由从经把将给让被同跟等暨")
_LEVEL_AT = re.compile("街道|区|县|市|镇|乡|旗")
_LEVEL_WORDS = {"省时", "省力", "省心", "省钱", "省级", "市场", "市民", "市级", "市值", "区域", "区别",
                "区间", "区级", "县级", "县城", "县域", "乡村", "乡镇", "乡亲", "乡土", "乡贤", "镇级",
                "市县", "县市", "区县", "县区", "市区", "镇街", "街道办", "旗帜", "旗舰", "旗下", "旗号",
                "旗袍", "旗杆", "旗手", "旗县"}
_ZONE_AS_DISTRICT = ("区委", "区政府", "区人大", "区政协", "区长")  # 湄港区区委: an administrative 区


def _has_verb(stem: str) -> bool:
    """Whether a would-be place name is made of verbs ("传达学习" + 市委): per jieba's dictionary."""
    _jieba()
    import jieba.posseg as pseg

    tags = pseg.dt.word_tag_tab
    parts = [stem] + [stem[i:i + 2] for i in range(0, len(stem) - 1, 2)]
    return any(tags.get(p, "").startswith("v") for p in parts)


def _printed_localities(text: str):
    """(level, name) for every "X县", "X镇", "X街道" … printed with a clear left edge.

    Segmenters split unknown place names badly ("寨宁镇" → 寨 / 宁镇), so this reads the
    characters before the level back to a delimiter or a word such as 到 / 在 / 和."""
    for m in _LEVEL_AT.finditer(text):
        lv = m.group()
        if text[m.start():m.start() + 2] in _LEVEL_WORDS:
            continue
        if any(text[m.start() - k:m.end()] in _SUFFIX_WORDS for k in (1, 2)) or (
                any(text[:m.end()].endswith(z) for z in ZONE_WORDS)
                and not text[m.end():].startswith(_ZONE_AS_DISTRICT)):
            continue  # 社区, 城市, 港区: a word, or a zone handled elsewhere
        # 岑山瑶族自治县: the name of an autonomous county is longer
        longest = 8 if text[m.start() - 2:m.start()] == "自治" else 4
        i = m.start()
        while i > 0 and m.start() - i < longest and text[i - 1] not in _LEFT_STOP and text[i - 1] not in _LEFT_WORDS:
            i -= 1
            if not _is_han(text[i]):
                break
        while m.start() - i < 2 and i > 0 and text[i - 1] in _LEFT_WORDS:
            i -= 1  # 和平区, 松和街道: the boundary character is part of the name
            while i > 0 and m.start() - i < 4 and text[i - 1] not in _LEFT_STOP and text[i - 1] not in _LEFT_WORDS:
                i -= 1
        stem = text[i:m.start()]
        if not (2 <= len(stem) <= longest) or (i > 0 and text[i - 1] not in _LEFT_STOP and text[i - 1] not in _LEFT_WORDS):
            continue
        if _is_han(stem) and (longest > 4 or not _has_verb(stem)):
            yield lv, stem + lv


def _is_han(s: str) -> bool:
    return bool(s) and all("\u4e00" <= c <= "\u9fff" for c in s)


def _level_prefix(org: str) -> str | None:
    for lv in LEVELS:
        if org.startswith(lv):
            return lv
    return None


def _locality_of(org: str) -> str | None:
    """The locality part of a full organisation: 高新区党工委 → 高新区, 南园街道党工委 → 南园街道."""
    for body in sorted(GENERIC_BODIES | {"委", "党支部", "党总支"}, key=len, reverse=True):
        if org.endswith(body) and len(org) > len(body):
            loc = org[: -len(body)]
            if _level_prefix(loc) == loc:
                return None
            if loc.endswith(ADMIN_LEVELS) or loc.endswith(ZONE_WORDS) or loc.endswith(("社区", "村")):
                return loc
    return None


PARTY_TITLES = {"书记", "副书记", "第一书记", "专职副书记", "常务副书记", "委员", "常委", "成员",
                "组织委员", "宣传委员", "纪检委员", "统战委员"}


def _unit_of(org: str) -> str:
    """The unit whose party group or committee `org` is: X党组 → X, X集团党委 → X集团; a
    locality's committee (县委, 镇党委, 街道党工委) is left alone."""
    for body in ("党组", "党委", "纪委"):
        if org.endswith(body) and len(org) > len(body):
            unit = org[: -len(body)]
            if not unit.endswith(ADMIN_LEVELS + ZONE_WORDS + ("社区", "村")):
                return unit
    return org


PARTY_COMMITTEES = {"政法委", "编委", "网信委", "深改委", "财经委", "外事委", "教育工委", "两新工委"}
TOP_PARENT_ENDINGS = ("政协", "人大常委会", "区委", "县委", "市委", "省委", "州委", "旗委", "党委",
                      "党工委")


BARE_UNITS = ("公司", "集团", "企业", "医院", "学校", "合作社", "协会", "银行", "局")


def _last_named(before: str, unit: str) -> str | None:
    """The last full name ending in `unit` printed before: "在星辰电子科技有限公司,公司总经理…"."""
    found = None
    for m in re.finditer(r"[\u4e00-\u9fffA-Za-z0-9()]{2,24}?" + re.escape(unit), before):
        name = re.sub(r"^(?:在|到|走进|来到|深入|和|与|及)", "", m.group())
        if len(name) > len(unit):
            found = name
    return found


# "鹭屿区融媒体中心讯(通讯员 X)": the dateline names the source, not the article's place
_DATELINE = re.compile(r"(?m)^[^\n,，。(（]{2,20}?(?:融媒体中心|新闻中心|新闻网|日报|晚报|报社|电视台|广播电视台|网|台)讯")
_LOCAL_BODIES = {"人大", "人大主席团", "人大常委会", "政协", "政府", "纪委", "人民政府"}
_VILLAGE_RE = re.compile(r"(?:^|[,，。;；、:：\s在到赴和与及])([\u4e00-\u9fff]{2,3}村)(?![民委级庄里落])")


def _last_village(before: str) -> str | None:
    found = None
    for m in _VILLAGE_RE.finditer(before):
        found = m.group(1)
        while len(found) > 3 and found[0] in "在到赴和与及":
            found = found[1:]  # "，在柳塘村": the boundary word is no part of the name
    return found


def _is_sub_unit(org: str) -> bool:
    """A committee or department that belongs to a body: 提案委, 宣传部, 委员工委."""
    if org in GENERIC_BODIES or org.endswith(("党委", "党工委", "人大工委", "支部", "总支", "党组")):
        return False
    if "村" in org or "社区" in org:
        return False
    return org.endswith(("委", "部")) and not any(c in org for c in "省市区县镇乡街旗州")


class OrgResolver:
    """Resolves raw organisation chunks of one article, in text order."""

    def __init__(self, text: str, people: frozenset[str] = frozenset(), offset: int = 0):
        self.text = text
        self.offset = offset  # where the body starts in `text` (positions are body offsets)
        self.loc = Localities.of(text, people)
        self.history: list[str] = []
        self.sub_units: set[str] = set()  # resolved sub-units: never a parent or inherited

    def _with_locality(self, org: str) -> str:
        """Replace a leading bare level (区委, 街道党工委) by the printed locality."""
        for ab, full in ABBREVIATIONS.items():
            if org.startswith(ab):
                org = full + org[len(ab):]
        lv = _level_prefix(org)
        if lv is None and org.startswith(ZONE_BODIES + ("纪工委",)):
            # a bare 党工委 / 管委会 in an article about a development zone is the zone's
            zone = next((self.loc.zone_for(z) for z in ZONE_WORDS if self.loc.zone_for(z)), None)
            if zone:
                return zone + org
        if lv is None:
            for term in GENERIC_ZONE_TERMS:  # 工业园区管委会 after 杞山工业园区
                zone = self.loc.zone_for(term) if org.startswith(term) else None
                if zone and zone != term:
                    return zone + org[len(term):]
            for z in ZONE_WORDS:
                if org.startswith(z) and len(z) <= 2:
                    zone = self.loc.zone_for(z)
                    if zone:
                        return zone + org[len(z):]
            return org
        rest = org[len(lv):]
        if lv == "区" and rest.startswith(ZONE_BODIES):
            zone = next((self.loc.zone_for(z) for z in ZONE_WORDS if self.loc.zone_for(z)), None)
            if zone:
                return zone + rest
        name = self.loc.admin.get(lv)
        if name:
            return name + rest
        return org

    def resolve(self, chunk: str, title: str, prev_org: str | None, pos: int | None = None) -> str | None:
        """The full organisation of one post. `prev_org`: the resolved organisation before
        it in the same chain or list."""
        org = chunk.strip()
        if org in GENERIC_ORG_WORDS or org.startswith(("相关", "有关")):
            return None
        if org.endswith("区") and title in GOV_TITLES:
            pass
        if not org:
            if title in GOV_TITLES:
                return self._remember(self._with_locality(GOV_TITLES[title] + "政府"))
            inherited = prev_org or next((h for h in reversed(self.history) if h not in self.sub_units), None)
            if title in ("负责人", "成员"):
                return None
            if inherited and title not in PARTY_TITLES:
                inherited = _unit_of(inherited)  # 县卫健委党组书记、主任 → 县卫健委 主任
            head = UNIT_HEAD_TITLES.get(title)
            if inherited and head and head in inherited and not inherited.endswith(head):
                # 县教育局党组书记、局长 → the 局长 heads 县教育局, not its 党组
                inherited = inherited[: inherited.rindex(head) + 1]
            return inherited
        if title in GOV_TITLES and org.endswith(GOV_TITLES[title]) and len(org) > 1:
            return self._remember(self._with_locality(org + "政府"))  # 北湖区副区长 → 北湖区政府
        head = UNIT_HEAD_TITLES.get(title)
        if head and not org.endswith(head) and not org.endswith(tuple(GENERIC_BODIES)):
            org += head  # 组织部长 → 组织部, 公安局长 → 公安局
        # the locality carries its level once: 二七区区委 → 二七区委
        org = re.sub(r"^(.+?(?:区|县|市))\1?(?:区|县|市)委", lambda m: m.group(1) + "委", org) \
            if re.match(r"^.+(区区委|县县委|市市委)", org) else org
        bare = next((u for u in BARE_UNITS if org.startswith(u)), None)
        if bare and pos is not None:
            named = _last_named(self.text[: self.offset + pos], bare)
            if named:
                return self._remember(named + org[len(bare):])
        earlier = next((h for h in reversed(self.history)
                        if h.endswith(org) and len(h) > len(org) and org not in GENERIC_BODIES
                        and _level_prefix(org) is None), None)
        if earlier:
            return self._remember(earlier)  # 经开区党工委 after 云溪经开区党工委
        if org in GENERIC_BODIES or org == "委":
            base = _locality_of(prev_org) if prev_org else None
            if base:  # 柳塘村 + 村委会 → 柳塘村委会: the level is printed once
                return self._remember(base + (org[1:] if org[:1] == base[-1:] else org))
            same = next((h for h in reversed(self.history) if h.endswith(org) and h != org), None)
            if same:
                return self._remember(same)
            return self._remember(self._with_locality(org))
        if org in ("办公室", "办") and prev_org and prev_org.endswith(TOP_PARENT_ENDINGS + ("政府",)):
            return self._remember(prev_org + org)  # 县委常委、办公室主任 → 县委办公室
        if _is_sub_unit(org):
            parent = prev_org if prev_org and prev_org.endswith(TOP_PARENT_ENDINGS) else None
            if parent is None:
                # a special committee (社法委, 提案委) belongs to the 政协 or 人大 named before;
                # a department (宣传部) or 政法委 to the party committee
                prefer = ("政协", "人大常委会") if org.endswith("委") and org not in PARTY_COMMITTEES else ("委",)
                tops = [h for h in reversed(self.history) if h not in self.sub_units and h.endswith(TOP_PARENT_ENDINGS)]
                parent = next((h for h in tops if h.endswith(prefer)), tops[0] if tops else None)
            if parent:
                self.sub_units.add(parent + org)
                return self._remember(parent + org)
        if org.startswith("村") and len(org) > 1 and pos is not None:
            # 村党总支书记、村委会主任 after "在柳塘村," : the village printed last
            village = _last_village(self.text[: self.offset + pos])
            if village:
                return self._remember(village + org.lstrip("村"))
        if org in _LOCAL_BODIES and prev_org and _level_prefix(prev_org) is None:
            base = _locality_of(prev_org)  # 青樟镇党委书记、人大主席 → 青樟镇人大
            if base:
                return self._remember(base + org)
        if _level_prefix(org) is None and prev_org and org.endswith(("局", "办", "中心")):
            lv = _level_prefix(prev_org)
            if lv:
                org = lv + org
        return self._remember(self._with_locality(org))

    def _remember(self, org: str) -> str:
        self.history.append(org)
        return org
