"""Which roles a person's verbs give at an event.

A person named as the subject of a clause takes the role kinds of the first clause after the
name that has role verbs (ROLE_VERBS: 主持 chair, 出席 attend, 讲话 speak, 陪同 accompany,
调研 inspect …); a subject-less clause joined by 并/同时/还 goes on with the same subject.
`roles_for` turns the kinds into FORMAT.md roles by event type. A person who is the object
of a clause ("向X汇报") or only quoted ("传达X的讲话精神") takes none (`is_object`).
"""

from __future__ import annotations

import re
from typing import Protocol

from kg.extract.memo import bounded, pure_list
from kg.extract.triggers import ARRIVE_RE, HEARD_RE, ROLE_VERB_RE
from kg.lexicon import OBJECT_MARKERS, PERSON_KINDS, ROLE_VERBS


class Mention(Protocol):
    """A person mention (kg.extract.events.PersonSpan): `start` includes the printed posts."""

    start: int
    name_end: int


# "传达学习了市委书记X…的讲话精神": X is quoted, not present
RELAYED_RE = re.compile(r"(?:传达|学习|贯彻|落实|学习贯彻|传达学习)了?$")


# the people called on, named after their kind: "来到困难群众A、B家中"
_CALLED_ON = re.compile("(?:%s)(?:[\u4e00-\u9fff]{2,3}、){0,8}$" % "|".join(sorted(map(re.escape, PERSON_KINDS), key=len, reverse=True)))


# the people called on at home, named before their kind: "来到A、B等老干部家中" (up to the 45
# characters read; "A、B等老干部代表先后发言" speak)
_KIND_AFTER = re.compile("(?:、[\u4e00-\u9fff]{2,3})*等(?:[0-9一二三四五六七八九十]+[名位户])?[\u4e00-\u9fff]{0,2}(?:%s)(?=家)"
                         % "|".join(sorted(map(re.escape, PERSON_KINDS), key=len, reverse=True)))


def is_object(text: str, sent_start: int, m: Mention) -> bool:
    """The person is the object of the clause ("向X汇报") or only quoted ("传达X的讲话")."""
    return _object_of(text[max(sent_start, m.start - 120):m.start], text[m.name_end:m.name_end + 45])


@bounded
def _object_of(before: str, after: str) -> bool:
    """`is_object` from the sentence's text before the mention (at most 120 characters)
    and the 45 after its name."""
    near = before[-6:]
    if near[-1:] in OBJECT_MARKERS or RELAYED_RE.search(near) or _CALLED_ON.search(before) or _KIND_AFTER.match(after):
        return True  # "向X汇报", "传达X…", "看望困难群众A、X", "来到X、B等老干部家中": an object, no subject
    if after.startswith("委托") and re.search(r"受[^,。;]{0,24}$", before):
        return True  # "受市政协主席X委托,Y出席": X sent Y and is not there
    # "传达学习了A的讲话精神,以及B关于…的批示要求": everyone quoted after 传达/学习/贯彻/落实
    clauses = re.split(r"[,;:]", before)
    quoted = re.search(r"传达|学习|贯彻|落实", clauses[-1]) or (
        len(clauses) > 1 and re.match(r"(?:以及|及|和|并)", clauses[-1]) and re.search(r"传达|学习|贯彻|落实", clauses[-2]))
    return bool(quoted) and bool(re.match(r"[^,。;]{0,40}?(?:讲话|批示|指示|精神|要求|部署)", after))


def _clauses(text: str, start: int, end: int):
    """Clause spans of text[start:end], split at , : and quotes."""
    pos = start
    for m in re.finditer(r"[,:“”]", text[start:end]):
        yield pos, start + m.start()
        pos = start + m.end()
    yield pos, end


_BOOK_TITLE = re.compile(r"作《[^《》]{0,40}》")


_MADE_REPORT = re.compile(r"(?:同志)?(?:所作的?|作(?!为)了?(?=[^,，。;；]{0,24}?(?:讲座|辅导|党课)))[^,，。;；]{0,24}?"
                          r"(?:报告|讲话|说明|讲座|辅导|党课)")  # "X作“…”专题讲座": X gives the lecture
_ACCOMPANIED_BY = re.compile(r"在[^,，。;；]{0,40}?陪同下")
# 召开 with its subject: not "召开的会议" (a meeting someone else held), not 主持召开 (a role
# verb), not "会议召开。" (the meeting is the subject)
_CONVENES = re.compile(r"^[^,，。;；:：\n]{0,20}?(?<!主持)(?<!组织)召开(?![的了]?[^,，。;；]{0,24}?的)(?=[^\s,，。;；:：])")


@pure_list
def verb_kinds(span_text: str, at_start_arrive: bool = True) -> list[str]:
    span_text = _BOOK_TITLE.sub("作", span_text)  # "作《宏观经济形势》报告" is 作报告
    span_text = _ACCOMPANIED_BY.sub("", span_text)  # "A等,在工作人员陪同下,来到": A is accompanied
    kinds = []
    if at_start_arrive and ARRIVE_RE.match(span_text):
        kinds.append("inspect")
    if _MADE_REPORT.match(span_text):
        kinds.append("speak")  # "审议了县长X所作的政府工作报告": X delivered it
    heard = HEARD_RE.search(span_text)
    convenes = _CONVENES.search(span_text)
    if convenes and not ROLE_VERB_RE.search(span_text, 0, convenes.end()):
        kinds.append("attend")  # "X在彭高召开包村长会议": who convenes a meeting is at it (主持 alone chairs)
    for m in ROLE_VERB_RE.finditer(span_text):
        k = ROLE_VERBS[m.group()]
        if heard and m.start() > heard.start() and k == "speak":
            continue  # 听取…汇报: somebody else's speech
        kinds.append(k)
    if heard:
        kinds.append("inspect_heard")
    return list(dict.fromkeys(kinds))  # "随团观摩": each kind once


def verbs_after(text: str, start: int, sent_end: int, stop: int) -> list[str]:
    """Role kinds of the first clause after `start` that has any (not past `stop`)."""
    return _verbs_in(text[start:min(sent_end, stop)])


_SHORT_QUOTE = re.compile(r"(?<=[就对把将在为以与和了])“[^“”,。:;]{1,12}”|(?<=作)“[^“”,。:;]{1,16}”")  # "作“…”专题讲座" too


@pure_list
def _verbs_in(span: str) -> list[str]:
    """`verbs_after` of the text it reads."""
    first = True
    found: list[str] = []
    # a short quoted name inside a clause ("并就“八大环境”工作作部署") is no clause break
    span = _SHORT_QUOTE.sub(lambda m: "某" * len(m.group()), span)
    for cs, ce in _clauses(span, 0, len(span)):
        clause = span[cs:ce]
        if found:
            # a subject-less clause joined by 并/同时/还 or opening with 认真/详细 (not 认真学习: what a
            # meeting did) goes on with the same subject, and so does one that opens with a verb of
            # speaking ("X参加会议,提出工作要求")
            # "X主持会议,就Y提出具体要求", "对Y给予肯定": a topic, then a verb of speaking
            if not re.match(r"(?:并|并且|同时|还|又|随后|(?:认真|详细|仔细|亲切)(?!学习|传达|贯彻|研究|审议|听取)"
                            r"|就(?=[^,。;]{1,30}?(?:提出|作出|作了|强调|部署))"
                            r"|对(?=[^,。;]{1,30}?(?:给予|予以|表示|提出|作出)))", clause) \
                    and not _SPEAKS.match(clause):
                break
            found += verb_kinds(clause, at_start_arrive=False)
            continue
        found = verb_kinds(clause, at_start_arrive=first)
        # "A、B等各级领导,来到X": the subject's tail is no clause of its own
        first = first and not found and bool(_SUBJECT_TAIL.fullmatch(clause))
    return found


# (not 传达: "X主持召开会议,传达学习…精神" is what the meeting did)
_SPEAKS = re.compile("|".join(sorted((re.escape(v) for v, k in ROLE_VERBS.items() if k == "speak" and v != "传达"),
                                     key=len, reverse=True)))
_SUBJECT_TAIL = re.compile(r"(?:同志)?(?:等|及|一行)[^,。;:]{0,10}?(?:领导|同志|人员|干部|一行|人)?")


def roles_for(kinds: list[str], etype: str) -> list[str]:
    roles: list[str] = []
    ks = set(kinds)
    if etype == "inspection":
        if "accompany" in ks:
            roles.append("accompanied")
        elif ks & {"inspect", "attend", "inspect_heard"}:
            roles.append("inspected")
        if "chair" in ks:
            roles.append("chaired")  # "X主持座谈会" during a visit: X presides over it
        if "speak" in ks:
            roles.append("spoke")
    else:
        if "chair" in ks:
            roles += ["chaired", "attended"]
        if ks & {"attend", "accompany"} or (etype == "other" and "inspect" in ks):
            roles.append("attended")  # at an activity, arriving at its site is taking part
        if "speak" in ks:
            roles += ["spoke", "attended"]
    return roles


_ADMIN_END = re.compile(r"(?:省|市|县|区|镇|乡|街道|村|社区|旗|嘎查)(?:人民)?(?:政府|党委|党工委|委会|办事处)?$")


def as_hosts(roles: dict[str, list[str]], evidence: dict, places: list[str], orgs: dict[str, list[str]]) -> None:
    """An inspection's officials of a unit it went to (新华中学校长 at 新华中学) host it: accompanied,
    not inspected. The first visitor never hosts; a division's officials (a town's) may tour with."""
    units = [p for p in places if len(p) >= 3 and not _ADMIN_END.search(p)]
    for name in [n for n, rs in roles.items() if "inspected" in rs][1:] if units else ():
        if any(u in o for o in orgs.get(name, ()) for u in units):
            rs = roles[name]
            rs[rs.index("inspected")] = "accompanied"
            evidence[(name, "accompanied")] = evidence.pop((name, "inspected"))

