"""Posts conferred at the reported meeting, read where the name comes before the post:
"任命X为市财政局局长", "X当选区人民政府区长", "A、B、C当选副主席", "X同志任区党工委副书记、
管委会主任". kg.extract.people adds them to the people it found before a title."""

from __future__ import annotations

import re

from kg.extract.hits import PersonHit, RawPost
from kg.extract.names import TITLE_RE, plausible_name, plausible_shape
from kg.lexicon import PARTY_TITLES

_PARTY_BODIES = ("党工委", "党组", "党委")  # 局党组书记、局长: the 局长 is the bureau's
# a list item's note: "A(藏族)、B(女,蒙古族)为…"
_NOTE = r"(?:\((?:女|男)?[,、]?(?:[\u4e00-\u9fff]{1,4}族)?\))?"
_NOTE_RE = re.compile(_NOTE[3:-2])
# "任命A、B、C三位同志为X委员会委员": every name of the list
_APPOINTED = re.compile(r"(?:任命|选举|提名|推选)了?((?:[\u4e00-\u9fff]{2,4}、)*[\u4e00-\u9fff]{2,4}?)"
                        r"(?:等?[\d一二三四五六七八九十两百]+[位名人])?(?:同志)?为([^,。;、(（\n]{2,40})")
# "选举产生X任乡人民政府乡长": a name elected to a post with 任
_ELECTED_TO = re.compile(r"选举产生([\u4e00-\u9fff]{2,4}?)(?:同志)?[为任]([^,。;、(（\n]{2,40})")
# "X当选区人民政府区长", "X被选举为镇长": elected at the reported session
_ELECTED = re.compile(r"(?:(?<=[,。;:\n])|^)((?:[\u4e00-\u9fff]{2,4}、)*[\u4e00-\u9fff]{2,4}?)"
                      r"(?:等?[\d一二三四五六七八九十两百]+[位人名])?(?:同志)?(?:当选为?|被选举?为)([^,。;\n]{2,40})")
# "…,B为Y局局长", "…,A、B为副主任", "…,A等33名同志为委员": more posts of the same act (a list
# that says 当选为 is an election of its own, read by _ELECTED)
_APPOINTED_MORE = re.compile(r"[,，;；、](?:选举)?((?:[\u4e00-\u9fff]{2,4}%s、)*[\u4e00-\u9fff]{2,4}?%s)"
                             r"(?:等?[\d一二三四五六七八九十两百]+[位人名])?(?:同志)?(?<!当选)(?<!选举)[为任]([^,。;、(（\n]{2,40})"
                             % (_NOTE, _NOTE))
# "当选为自治区党委常委的还有A、B(藏族)、C": the post first, then the list elected to it
_ELECTED_ALSO = re.compile(r"当选为?([^,。;、\n]{2,40}?)的(?:还有|有)[:]?((?:[\u4e00-\u9fff]{2,4}%s、)*[\u4e00-\u9fff]{2,4}%s)(?=[。;,\n])"
                           % (_NOTE, _NOTE))
# "X同志任区党工委副书记、管委会主任": a decision read out (免去 is a post taken away: not read)
_NAMED_TO = re.compile(r"(?:(?<=[,。;:\n])|^)([\u4e00-\u9fff]{2,4}?)同志(?:任|担任)([^,。;:\n]{2,40})")

# "A、B分别当选为人大主席和副主席": the names and the posts pair off in order
_RESPECTIVELY = re.compile(r"(?:(?<=[,。;:\n])|^)((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}?)"
                           r"(?:同志)?分别(?:当选为?|被选举?为|任命?为?|担任)([^,。;:\n]{2,60})")

# "审议通过了A、B两名同志的任职议案", "A等6名同志的免职议案", "关于A同志任职的决定(草案)": the people a
# motion names (what the post is, the motion's text gives; the article seldom does)
_MOTION_OF = re.compile(r"(?:通过了?|审议了?|关于)((?:[\u4e00-\u9fff]{2,4}、)*[\u4e00-\u9fff]{2,4}?)"
                        r"(?:等?[\d一二三四五六七八九十两百]+[位名人])?同志(?:的)?(?:任职|免职|任免|职务任免|辞职)")

# "会议接受X辞去滨海新区人民政府区长职务的请求": the post a person held until the session
_RESIGNED = re.compile(r"(?:接受|同意)([\u4e00-\u9fff]{2,4}?)(?:同志)?辞去([^,。;:\n]{2,40}?)(?:的)?职务")


def _joined_posts(post: str) -> str:
    """Two posts joined by 和 or 及 right after a title written as a chain, same length: "镇人大主席和州人大代表"
    → "镇人大主席、州人大代表"."""
    ends = {t.end() for t in TITLE_RE.finditer(post)}
    return "".join("、" if c in "和及" and i in ends else c for i, c in enumerate(post))


def appointed(text: str) -> list[PersonHit]:
    """People given a post in `text`, with the post, in the order printed."""
    out: list[PersonHit] = []
    for first in (*_APPOINTED.finditer(text), *_ELECTED_TO.finditer(text), *_ELECTED.finditer(text)):
        m = first
        while m is not None:  # "任命A为X局局长,B为Y局局长"
            names, post = m.group(1), _joined_posts(m.group(2))
            if "、" in post:  # "X同志当选为扎赉特旗委常委、人民政府副旗长": a chain of posts
                chain = _post_chain(post, m.start(2)) if "、" not in names else []
                if chain and _names_of_list([names]):
                    out.append(PersonHit(names, m.start(1), m.end(1), chain))
                    m = _APPOINTED_MORE.match(text, m.end())  # "…,B为Y镇副镇长": the act goes on
                    continue
                post = post.split("、")[0]  # "A、B当选为副主席、…": the first post is the list's
            t = None
            for t in TITLE_RE.finditer(post):
                pass
            # "A、B、C当选副主席", "A、B等97人当选常务委员": every name of the list
            printed = names.split("、")  # "A(藏族)": the name, its note read past
            items = [_NOTE_RE.sub("", n) for n in printed]
            if t is None or t.end() != len(post) or not _names_of_list(items):
                break
            ps, at = m.start(2), m.start(1)
            for name, item in zip(items, printed):
                # a person already titled elsewhere gets the post too: it is what was conferred
                out.append(PersonHit(name, at, at + len(name),
                                     [RawPost(post[:t.start()], t.group(), ps, ps + t.end())],
                                     list_prev=out[-1] if name is not items[0] else None))
                at += len(item) + 1
            m = _APPOINTED_MORE.match(text, m.end())
    for m in _ELECTED_ALSO.finditer(text):
        post = m.group(1)
        t = None
        for t in TITLE_RE.finditer(post):
            pass
        printed = m.group(2).split("、")
        items = [_NOTE_RE.sub("", n) for n in printed]
        if t is None or t.end() != len(post) or not _names_of_list(items):
            continue
        at = m.start(2)
        for name, item in zip(items, printed):
            out.append(PersonHit(name, at, at + len(name), [RawPost(post[:t.start()], t.group(), m.start(1), m.start(1) + t.end())]))
            at += len(item) + 1
    for m in _RESPECTIVELY.finditer(text):
        items = m.group(1).split("、")
        posts = _post_chain(re.sub(r"[和及]", "、", m.group(2)), m.start(2))  # same length: offsets hold
        if len(posts) == len(items) and _names_of_list(items):
            at = m.start(1)
            for name, post in zip(items, posts):
                out.append(PersonHit(name, at, at + len(name), [post]))
                at += len(name) + 1
    for m in _RESIGNED.finditer(text):
        posts = _post_chain(m.group(2), m.start(2))
        if posts and plausible_name(m.group(1), delimited=True):
            out.append(PersonHit(m.group(1), m.start(1), m.end(1), posts))
    for m in _MOTION_OF.finditer(text):  # "通过了A、B两名同志的任职议案": named, no post read
        items = m.group(1).split("、")
        if _names_of_list(items):
            at = m.start(1)
            for name in items:
                out.append(PersonHit(name, at, at + len(name), []))
                at += len(name) + 1
    for m in _NAMED_TO.finditer(text):
        posts = _post_chain(m.group(2), m.start(2))
        if posts and plausible_name(m.group(1), delimited=True):
            out.append(PersonHit(m.group(1), m.start(1), m.end(1), posts))
    return out


def _post_chain(chain: str, at: int) -> list[RawPost]:
    """The posts of "区党工委副书记、管委会主任" or "中共X市委委员、常委、副书记" (a title alone
    is of the organisation before it, a government title of the unit of a party body before it:
    局党组书记、局长), each item ending in a title; none if one does not."""
    posts: list[RawPost] = []
    pos = 0
    for item in chain.split("、"):
        t = None
        for t in TITLE_RE.finditer(item):
            pass
        if t is None or t.end() != len(item):
            return []
        org = item[:t.start()] or (posts[-1].org if posts else "")
        if not item[:t.start()] and t.group() not in PARTY_TITLES:
            org = next((org[:-len(b)] for b in _PARTY_BODIES if org.endswith(b) and len(org) > len(b)), org)
        posts.append(RawPost(org, t.group(), at + pos, at + pos + t.end()))
        pos += len(item) + 1
    return posts


def _names_of_list(items: list[str]) -> bool:
    """Are these the names of people given a post? One name must read as a name; in a list
    of several, most must, and none may hold a title or be a known non-name: the others
    are names with a rare surname (奇, 折) that the list's place vouches for."""
    if len(items) == 1:
        return plausible_name(items[0], delimited=True)
    if any(TITLE_RE.search(n) or not plausible_shape(n) for n in items):
        return False
    return 2 * sum(plausible_name(n, delimited=True) for n in items) > len(items)
