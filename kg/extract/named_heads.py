"""People printed with their title after the name, in an honorific order ("甲乙区长主持召开…",
"市委甲乙书记在…", "落实甲乙省长的重要批示"), members of a session's body who speak ("甲乙委员
在发言中说"), and a chair named by name only ("会议由甲乙主持"). `kg.extract.people.find_people`
adds them after its scan.
"""

from __future__ import annotations

import re

from kg.extract.chunks import org_chunk
from kg.extract.hits import PersonHit, RawPost
from kg.extract.names import plausible_name
from kg.extract.org_names import session_body, session_name
from kg.extract.people_lists import COUNT, named_by
from kg.extract.printed_units import last_named
from kg.extract.words import ordinary_word
from kg.lexicon import GOV_TITLES, SURNAMES, UNIT_HEAD_TITLES


# "甲乙区长主持召开…": a clause opening with a name and a government head's title after it, then a
# role verb (an honorific order; only the heads of a government: 书记 is printed so of leaders
# who are quoted, "X总书记", and is no post of the article)
_HEAD_TITLES = sorted((t for t in GOV_TITLES if not t.endswith(("候选人", "人选"))), key=len, reverse=True)
_HONORIFIC = re.compile(r"(?:(?<=[,。;:\n“])|^)([\u4e00-\u9fff]{2,3}?)(%s)(?=主持|出席|参加|陪同|讲话|强调|指出|带队|率队|率领|深入|来到|到|认真|传达|宣读|通报|在|作(?!为|用|风|出贡献)"
                        r"|就[^,。;]{2,40}?(?:汇报|介绍|发言|讲话|作))"  # "甲乙镇长就永兴镇工作作汇报"
                        % "|".join(map(re.escape, _HEAD_TITLES)))


# "甲乙副局长传达了…", "在甲乙政委和丙丁支队长的陪同下": a name opening a clause (or after 在 or 和),
# then a unit head's title (no government's: _HONORIFIC), then a role verb, 和 or the 陪同 it is in
# (the heads' titles of the lexicon, 局长 … 场长, and three that head no unit of a kind)
_UNIT_HEADS = "|".join([*sorted((t for t in UNIT_HEAD_TITLES if t.endswith("长") and not t.startswith("提名")), key=len, reverse=True),
                        r"(?:常务)?副?(?:主任|秘书长|政委)"])
_HONORIFIC_UNIT = re.compile(r"(?:(?<=[,。;:\n“在和])|^)([\u4e00-\u9fff]{2,3}?)(%s)(?=主持|出席|参加|陪同|讲话|强调|指出|带队|率队|率领|传达|宣读|通报|介绍|汇报"
                             r"|在|和|的陪同|等(?:陪同|参加|出席))" % _UNIT_HEADS)


# "贯彻落实甲乙省长、丙丁市长的重要批示": government heads whose words are relayed, each
# printed before the title, the list opened by a verb of relaying
_RELAYED = re.compile(r"(?:(?<=落实|学习|传达|贯彻)|(?<=省长、|市长、|县长、|区长、))([\u4e00-\u9fff]{2,3}?)(%s)(?=的|在|、|关于|重要|调研|视察|考察)"
                      % "|".join(map(re.escape, _HEAD_TITLES)))


# "甲乙委员在发言中说", "丙丁委员代表民盟省委发言": a member of the session's body who speaks
_MEMBER_SPEAKS = re.compile(r"(?:(?<=[,。;:\n])|^)([\u4e00-\u9fff]{2,3}?)(委员)(?=在发言中|代表|作(?:大会)?发言|发言)")


def honorific_heads(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """People printed before their government title ("甲乙区长主持召开…", "落实甲乙省长的重要批示"),
    with that post, and members of a session's body before 委员 who speak there."""
    def ok(name: str, m: re.Match, known: set[str]) -> bool:
        return (name[0] in SURNAMES and plausible_name(name, delimited=True) and not ordinary_word(name)
                and name[-1] not in "副代" and not any(k.endswith(name) or name.endswith(k) for k in known if k != name))

    hits = list(hits)
    found = []
    member_of = session_body(session_name(text), "委员")
    for pattern in (_HONORIFIC, _HONORIFIC_UNIT, _RELAYED, _MEMBER_SPEAKS):
        if pattern is _MEMBER_SPEAKS and not member_of:
            continue  # 委员 of what body is not said
        found += named_by(pattern, text, hits + found, ok, lambda m: _unit_head_post(text, m) if m.re is _HONORIFIC_UNIT else [
            RawPost(member_of if m.re is _MEMBER_SPEAKS else "", m.group(2), m.start(2), m.end(2))])
    return found


def _unit_head_post(text: str, m: re.Match) -> list[RawPost]:
    """The post of a unit head printed before the title ("甲乙支队长"): of the last unit named
    before of the kind the title heads (百色消防支队), else none (政委 of what is not said)."""
    head = UNIT_HEAD_TITLES.get(m.group(2))
    before = text[max(0, m.start() - _UNIT_SEEN):m.start()]
    unit = last_named(before, head) if head else None
    # "…由甲乙副局长主持,丙丁局长…": a name and a title's first character, printed as no unit of its own
    ok = unit and re.search(re.escape(unit) + "(?!长)", before)
    return [RawPost(unit, m.group(2), m.start(2), m.end(2))] if ok else []


_UNIT_SEEN = 2000  # how far back the unit a head's title names is looked for


# "会议由甲乙主持": the chair named with no title between 由 and 主持
_CHAIRED_BY = re.compile(r"(?:会议|大会|会)由([\u4e00-\u9fff]{2,3}?)(?=主持)")


# "。甲乙出席会议并讲话": a sentence opening with a name and no title, attending and speaking
_OPENS_ATTENDING = re.compile(r"(?:(?<=[。\n])|^)([\u4e00-\u9fff]{2,3}?)(?=(?:出席|主持)(?:会议|大会|活动|仪式)?并(?:讲话|致辞))")


# "增补甲乙丙等2名同志为委员", "选举甲乙等50名代表为主席团成员": the first of a counted group,
# named after the verb that acts on them
_FIRST_OF_COUNT = re.compile(r"(?<=[了补举过免])([\u4e00-\u9fff]{2,3}?)(?=等" + COUNT + r"(?:同志|代表|委员))")


def chairs_by_name(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """The chair of a meeting printed by name only ("会议由甲乙主持"), a sentence's subject
    who attends and speaks ("甲乙出席会议并讲话"), or the first named of a counted group
    ("增补甲乙等2名同志"): a person, no post."""
    def ok(name: str, m: re.Match, known: set[str]) -> bool:
        return (not any(k.endswith(name) for k in known) and name[0] in SURNAMES
                and plausible_name(name, delimited=True) and not ordinary_word(name))
    found = named_by(_CHAIRED_BY, text, hits, ok)
    found += named_by(_OPENS_ATTENDING, text, hits + found, ok)
    return found + named_by(_FIRST_OF_COUNT, text, hits + found, ok)


# "受市人大常委会甲乙主任委托", "市委甲乙书记在…会议上": a body, a name, then the name's title
# (an honorific order), the title a body's head or deputy and a verb, 在/等 or 重要 (讲话) after it
# (no name opens with 原 or ends in 副: "统战部原副部长" is a former deputy head)
_BODY_NAME_TITLE = re.compile(r"(?<=[委会部局办府协厅处署])(?!公室|公厅|原)([\u4e00-\u9fff]{2,3}?)(?<!副)((?:副)?(?:书记|主任|主席|部长|局长|厅长|处长|[县市区镇乡旗盟州]长|院长|秘书长))"
                              r"(?=在|等|带领|率|主持|出席|参加|讲话|强调|指出|委托|传达|宣读|通报|作(?!为|用|风|出贡献)|重要|[,。;、]"
                              r"|陪同|走访|调研|视察|检查|看望|慰问|深入|来到|一行|带队|莅临|接待|会见|专门|亲自|介绍|关于|汇报|表示|要求|致辞|\d)")  # 县委甲乙书记陪同调研


_NO_BODY = re.compile(r"(?:领会|体会|开会|与会|散会)$|^我[委局办院厅部处所]$")  # verbs ending in 会; 我委: the publisher, unnamed


# "省财政厅甲乙、丙丁副厅长,": a body, a list of names, then their one title
_BODY_LIST_TITLE = re.compile(r"(?<=[委会部局办府协厅处])((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3}?)"
                              r"((?:副)?(?:厅长|局长|处长|主任|部长|书记|主席))(?=[,。;等])")


def body_named_heads(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """People printed between their body and their title ("市委甲乙书记在…"), with that post."""
    def posts(m: re.Match) -> list[RawPost]:
        chunk, start = org_chunk(text, m.start(1), max(0, m.start(1) - 24))
        # "学习领会甲乙书记在…的讲话": a verb before the name (领会, 体会) is no body
        return [RawPost(chunk, m.group(2), start, m.end(2))] if chunk and not _NO_BODY.search(chunk) else []

    ok = (lambda name, m, known: name[0] in SURNAMES and plausible_name(name, delimited=True)
          and not ordinary_word(name) and not any(k.endswith(name) or name.endswith(k) for k in known))
    found = named_by(_BODY_NAME_TITLE, text, hits, ok, posts)
    known = {h.name for h in hits + found}
    for m in _BODY_LIST_TITLE.finditer(text):  # "拜访了省财政厅甲乙、丙丁副厅长,": each with the post
        items = m.group(1).split("、")
        if any(it in known or not ok(it, m, known) for it in items):
            continue
        chunk, start = org_chunk(text, m.start(1), max(0, m.start(1) - 24))
        pos = m.start(1)
        for it in items:
            found.append(PersonHit(it, pos, pos + len(it), [RawPost(chunk, m.group(2), start, m.end(2))] if chunk else []))
            known.add(it)
            pos += len(it) + 1
    return found
