"""What the people step reads before organisations are written out: a person's name where
it is printed (`PersonHit`) with the posts printed with it (`RawPost`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.lexicon import LEVEL_RANK, ORG_CHARS

_CHIEF = re.compile(r"(?:林|河|湖)长$")
_TITLE_MODIFIER = re.compile(r"(?:原)?(?:副|专职|專職|挂职|掛職|特约|特約|第一|常务|常務)$")  # printed before a title, part of it
_UNIT_ENDINGS = ("社", "公司", "中心", "馆", "台", "学", "院")  # units whose last character may end a place name too (社旗县)
_FORMER_GROUP = re.compile(r"([\u4e00-\u9fff]{3,})原(党组|党委|黨組|黨委)")  # a unit's former party group member


def is_chief_title(title: str) -> bool:
    """A chief of forests, rivers or lakes (州级林长, 市级河长): a title of a level or a stretch,
    no organisation's post (RawPost keeps the printed words before it in the title)."""
    return bool(_CHIEF.search(title))


@dataclass
class RawPost:
    org: str  # raw organisation chunk as printed ("" when none)
    title: str
    start: int
    end: int

    def __post_init__(self) -> None:
        # "省政协原副主席": 原 (former) is part of the title, not of the organisation
        # "天津市原市长", "遵义市人大原副主任", "某联盟原秘书长": after a level word or a body too (太原 is no 太 + 原);
        # "某博物馆原馆长": after the unit its title heads
        if self.org == "原" or (len(self.org) >= 3 and self.org.endswith("原") and (
                self.org[-2] in (*ORG_CHARS, self.title[:1]) or self.org[:-1].endswith((*LEVEL_RANK, "人大", *_UNIT_ENDINGS)))):
            self.org, self.title = self.org[:-1], "原" + self.title
        elif self.org.startswith("原") and len(self.org) > 2:
            self.org, self.title = self.org[1:], "原" + self.title  # "原农业部党组成员"
        elif m := _FORMER_GROUP.fullmatch(self.org):
            self.org, self.title = m.group(1) + m.group(2), "原" + self.title  # 国家发改委原党组成员
        if (m := _TITLE_MODIFIER.search(self.org)) and not is_chief_title(self.title):
            # "研究院副总工程师", "党工委专职委员", "县委挂职副书记": a title's modifier the title list lacks
            self.org, self.title = self.org[:m.start()], m.group() + self.title
        if is_chief_title(self.title):
            # "州级林长", "龙江干流市级河长": a chief of forests or rivers of a level or stretch, no
            # organisation's post; the printed words before it are part of the title
            self.org, self.title = "", self.org + self.title

    @property
    def office_title(self) -> str:
        """The title without 原: what the post's organisation is resolved from."""
        return self.title.removeprefix("原")




@dataclass
class PersonHit:
    name: str
    start: int
    end: int
    posts: list[RawPost] = field(default_factory=list)
    leader: bool = False  # named as 区领导 / 县领导: no post
    list_prev: "PersonHit | None" = None  # the person before in the same "、" list
    # (organisation written out in full or None, title) of each raw post, once resolved
    resolved: list[tuple[str | None, str]] | None = None
