"""What the post before it in a chain passes on to a post's organisation: the party committee
of a department printed without it (仓山区统战部 → 仓山区委统战部), a democratic party's name
("民建河北省委副主委、石家庄市委主委" → 民建石家庄市委) and the locality of a body's party group
("县委副书记、政府党组书记" → the county's 政府党组). kg.extract.orgs reads them.
"""

from __future__ import annotations

import re

from kg.extract.memo import pure
from kg.extract.org_names import locality_of
from kg.lexicon import DEMOCRATIC_PARTIES, PARTY_COMMITTEES

__all__ = ["party_chain", "party_department", "party_group"]


# a department (部) of a locality's party committee printed without it ("仓山区统战部"), or with the
# committee's standing members between ("武山县委常委组织部"); a 政法委 stays as printed
_PARTY_DEPT = re.compile(r"(.*?[省市区县州旗])(?:委常委)?(%s)" % "|".join(
    sorted((c for c in PARTY_COMMITTEES if c.endswith("部")), key=len, reverse=True)))


@pure
def party_department(org: str) -> str:
    """`org` with the party committee a department of it belongs to written out: 仓山区统战部 →
    仓山区委统战部, 武山县委常委组织部 → 武山县委组织部; any other organisation as it is."""
    m = _PARTY_DEPT.fullmatch(org)
    return m.group(1) + "委" + m.group(2) if m else org


def party_chain(org: str | None, title: str, prev_org: str | None, text: str = "") -> str | None:
    """A democratic party's post (主委, 副主委) takes the party's name: that of the chain's committee
    before it ("民建河北省委副主委、石家庄市委主委" → 民建石家庄市委), else of the one party the
    article prints ("农工党…", "市委会主委X" → 农工党市委会; "社重庆市委" after 九三学社 → 九三学社重庆市委)."""
    if not org or "主委" not in title or org.startswith(DEMOCRATIC_PARTIES):
        return org
    party = next((p for p in DEMOCRATIC_PARTIES if (prev_org or "").startswith(p)), None)
    if party is None:
        printed = {p for p in DEMOCRATIC_PARTIES if p in text}
        party = printed.pop() if len(printed) == 1 else None
    if party and party.endswith(org[0]):
        org = org[1:]  # "社重庆市委", "盟市委": the party printed by its last character
    return party + org if party else org


# a body's party group printed without its locality: "政府党组", "人大常委会党组", "政协机关党组"
_BODY_GROUP = re.compile(r"(?:人民政府|政府|人大常委会|人大|政协)(?:机关)?党组")


def party_group(org: str, prev_org: str | None) -> str:
    """The party group of a body printed bare (政府党组, 人大党组) after a post of a locality in
    one chain takes that locality: "县委副书记、政府党组书记" → 县政府党组 of the county's 县委
    (墨脱县委 → 墨脱县政府党组); "自治区党委书记、人大常委会党组书记" → the region's. Anything else
    stays as it is."""
    if not prev_org or not _BODY_GROUP.fullmatch(org):
        return org
    loc = locality_of(prev_org)
    return loc + org if loc else org
