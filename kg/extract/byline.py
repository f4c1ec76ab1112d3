"""Bylines: "本报讯(记者 甲乙)", "记者 甲乙 通讯员 丙丁", "□通讯员 甲乙", "X 摄"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.names import is_han, plausible_name
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon.script import fold
from kg.lexicon import BYLINE_ROLES, COMPOUND_SURNAMES, ETHNIC_NAME_PARTS, SURNAMES

_ROLE_WORDS = sorted(BYLINE_ROLES, key=len, reverse=True)
_ROLE_RE = re.compile("|".join(map(re.escape, [w for w in _ROLE_WORDS if w != "摄"])))
_TAIL_RE = re.compile(r"(?:文/图|文图|图/文|/图|/摄|摄影)$")
_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")
PHOTO_CREDIT = re.compile(r"\s*[\u4e00-\u9fff]{2,4}\s*摄\s*")  # "甲乙 摄" under a picture


_PHONE = re.compile(r"\d{7,}$")
_NOT_A_NAME = re.compile(r"文|图|摄|报道|摄影|提问|采访")  # credit words and 答记者提问 after a role word
_OTHER_JOB = re.compile(r"(?:责任)?编辑|责编|编审|审核|审校|校对|监制|值班主任")  # a page's staff after the reporters


def _reporter_name(stem: str) -> bool:
    """Whether `stem` reads as a person's name, not the place a report was filed from (滨州)."""
    return stem[:1] in SURNAMES and plausible_name(stem) and stem not in gazetteer().short_names
_ROLE_UNDERSCORE = re.compile(r"(%s)_(?=[\u4e00-\u9fff])" % _ROLE_RE.pattern)
_SPACED_ROLE = re.compile(r"(记|摄)[ \u3000](者|影)(?=\s*[:：])")


@dataclass(frozen=True)
class BylineHit:
    name: str
    role: str
    start: int
    end: int


def _names_after(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Names in text[start:end], separated by spaces, "、" or ":"."""
    out = []
    seg = text[start:end]
    toks = [(m.group(), m.start(), m.end()) for m in re.finditer(r"[^\s、:,;/|｜丨]+(?:/[图摄])?", seg)]  # "记者|甲乙"
    # a two-character name padded to the width of three ("记者 王 欢 摄"): one name
    i = 0
    while i + 1 < len(toks):
        (a, a0, a1), (b, b0, b1) = toks[i], toks[i + 1]
        if len(a) == 1 and len(b) == 1 and a in SURNAMES and b not in "文图摄" and seg[a1:b0].strip() == "" \
                and b0 - a1 <= 2:
            toks[i:i + 2] = [(a + b, a0, b1)]
        i += 1
    for tok0, t0, t1 in toks:
        tok = _TAIL_RE.sub("", tok0) if len(tok0) > 2 else tok0
        tok = tok[:-1] if len(tok) >= 3 and tok.endswith("摄") else tok  # "陈星宇摄", "钱立摄"
        tok = _PHONE.sub("", tok)  # "通讯员:甲乙15571349572": the phone number is no part of the name
        if tok0 == "摄" and seg[t1:t1 + 1] == "/":
            break  # "记者 X 摄/视觉重庆": the agency after the credit is no name
        if seg[t1:t1 + 1] in (":", "：") and t0 > 0:
            break  # "撰稿人:X 审稿人:Y": the label of another field ends the names
        if len(tok) > 3 and tok.endswith("报道") and _reporter_name(_TAIL_RE.sub("", tok[:-2])):
            tok = _TAIL_RE.sub("", tok[:-2])  # "(记者甲乙报道)", "丙丁摄影报道": the name glued to 报道
        if _OTHER_JOB.fullmatch(tok):
            break  # "记者 甲乙 编辑 丙丁": the editor is no reporter
        if _NOT_A_NAME.fullmatch(tok) or (len(tok) > 2 and tok.endswith("报道")):
            continue  # "滨州报道": where the report was filed; "答记者提问": no name
        cut = _two_names(tok)  # "记者甲乙丙丁": two names printed without a space, read once
        if _NAME_RE.fullmatch(tok) and cut is None:
            s = start + t0
            padded = t1 - t0 != len(tok0)  # "王 欢": the span keeps the padding
            out.append((tok, s, start + t1 if padded else s + len(tok)))
        elif cut is not None:
            s = start + t0  # "记者甲乙丙丁戊": two names printed without a space
            out += [(tok[:cut], s, s + cut), (tok[cut:], s + cut, s + len(tok))]
    return out


def _two_names(tok: str) -> int | None:
    """Where a run of four to six characters parts into two names, each from a surname, when
    exactly one cut does ("甲乙丙丁戊" → 甲乙 + 丙丁戊; "蒲晓卞家" → 蒲晓 + 卞家, no compound surname
    first); else None."""
    folded = fold(tok)
    if not 4 <= len(tok) <= 6 or not all(map(is_han, tok)) or (len(tok) == 4 and (
            tok[:2] in COMPOUND_SURNAMES or folded.startswith(ETHNIC_NAME_PARTS))):
        return None  # 欧阳晓明, 索朗旺堆: one name
    cuts = [k for k in (2, 3) if 2 <= len(tok) - k <= 3
            and all(_reporter_name(p) for p in (folded[:k], folded[k:]))]
    return cuts[0] if len(cuts) == 1 else None


def _parse(text: str, start: int, end: int) -> list[BylineHit]:
    seg = text[start:end]
    roles = list(_ROLE_RE.finditer(seg))
    hits: list[BylineHit] = []
    for i, rm in enumerate(roles):
        nend = roles[i + 1].start() if i + 1 < len(roles) else len(seg)
        names = _names_after(text, start + rm.end(), start + nend)
        for name, s, e in names:
            after = text[names[-1][2]:names[-1][2] + 4].lstrip(" \u3000")
            # "记者X摄", "记者 王 欢 摄", "记者 甲乙 丙丁 摄": the reporters' photograph ("摄影 Y" is Y's
            # role word)
            took = after[:1] == "摄" and after[1:2] not in ("影", "像")
            hits.append(BylineHit(name, "摄" if took else BYLINE_ROLES[rm.group()], s, e))
    # "X 摄" with no role word before the name
    for m in re.finditer(r"([\u4e00-\u9fff]{2,4})\s*摄(?![\u4e00-\u9fff])", seg):
        if not any(h.start <= start + m.start(1) < h.end or start + m.start(1) <= h.start < start + m.end(1)
                   for h in hits):
            hits.append(BylineHit(m.group(1), "摄", start + m.start(1), start + m.end(1)))
    return hits


_SLASH_CREDIT = re.compile(r"([\u4e00-\u9fff]{2,4})\s*/\s*(文|摄|图)")
_SLASH_CREDITS = re.compile(r"\s*[\u4e00-\u9fff]{2,4}\s*/\s*(?:文|摄|图)(?:\s+[\u4e00-\u9fff]{2,4}\s*/\s*(?:文|摄|图))*\s*")


def find_byline(text: str) -> list[BylineHit]:
    """Byline names of an article body, each once, in printed order."""
    text = _SPACED_ROLE.sub(r"\1\2 ", text)  # "记 者:甲乙" padded to a width: 记者 (same offsets)
    text = _ROLE_UNDERSCORE.sub(r"\1 ", text)  # "记者_甲乙": the underscore a page put for a space
    found: list[BylineHit] = []
    # in brackets near the start or the end: (记者 X), (本网记者:X), (某报全媒体记者 甲乙 通讯员丙丁文/图)
    # 【记者:X Y】 and [记者 X] too; "(X 摄)" under a photograph: X took it
    for m in re.finditer(r"[(【\[]([^()【】\[\]]{2,60})[)】\]]", text):
        if _ROLE_RE.search(m.group(1)) or PHOTO_CREDIT.fullmatch(m.group(1)):
            found += _parse(text, m.start(1), m.end(1))
        elif _SLASH_CREDITS.fullmatch(m.group(1)):  # "(甲乙/文 丙丁/摄)": each name by its credit
            found += [BylineHit(c.group(1), c.group(2), m.start(1) + c.start(1), m.start(1) + c.end(1))
                      for c in _SLASH_CREDIT.finditer(m.group(1)) if _reporter_name(c.group(1))]
    # a page cut off inside its closing credit: "…参加。(记者 甲乙 丙丁" with no bracket after it
    if (cut := re.search(r"[(【\[]([^()【】\[\]\n]{2,40}?)\s*$", text)) and _ROLE_RE.match(cut.group(1).strip()):
        found += _parse(text, cut.start(1), cut.end(1))
    # a line that starts with a role word, maybe after the unit or stray marks: "□通讯员 甲乙",
    # "融媒体中心记者 甲乙"
    # also after "作者:" ("作者：记者 甲乙" on many sites' meta lines)
    # and after a page's source and time stamp ("海报新闻 2026-03-03 18:07:07原创大众网记者 甲乙"; the stamp
    # masked as furniture is a run of spaces)
    for m in re.finditer(r"(?m)^(?:[^\n]{0,40}?(?:\d{1,2}:\d{2}(?::\d{2})?| {10,}))?[□■●◆\s!-~]*?(?:作者\s*[:：]\s*)?"
                         # "周口日?新周口客戶端記者 X": a "?" stands for a character a copying site lost
                         # "某报-某新闻网实习记者 X", "《某某周刊》记者 X": the outlet's name with a dash or its brackets
                         r"[\u4e00-\u9fff·?《》-]{0,20}?((?:%s)[^\n。]{0,40})$" % _ROLE_RE.pattern, text):
        found += _parse(text, m.start(1), m.end(1))
    # "作者:甲乙" (a page's author field), "(作者:甲乙)" or "(作者 甲乙 编辑 …)": the author, by the printed word
    # "作者:甲乙 丙丁 文/图": each name of the field
    for m in re.finditer(r"作者(?:[ \u3000]*[:：/][ \u3000]{0,2}|[ \u3000]{1,2})([\u4e00-\u9fff]{2,3}(?:[ \u3000、][\u4e00-\u9fff]{2,3})*)(?![\u4e00-\u9fff])", text):
        at = m.start(1)
        for name in re.split(r"[ \u3000、]", m.group(1)):
            if not (name[0] in SURNAMES and plausible_name(name)):
                break
            found.append(BylineHit(name, "作者", at, at + len(name)))
            at += len(name) + 1
    # the end of the last paragraph (or of any paragraph): "… 记者 甲乙 通讯员 丙丁"
    # "…主持。海南日报记者甲乙摄": after the outlet's name too
    for m in re.finditer(r"(?:^|[。!?\s])(?:[\u4e00-\u9fff]{1,6}(?:日报|晚报|报社|网|电视台|融媒体中心))?((?:本报|本网)?(?:%s)[\s:]*[^\n。]{0,40})$" % _ROLE_RE.pattern,
                         text, flags=re.M):
        body = m.group(1)
        if len(re.sub(r"[\s:]", "", body)) <= 30:
            found += _parse(text, m.start(1), m.end(1))
    # "融媒体中心记者/甲乙 编辑:…": a role word, a slash and the name, anywhere a paragraph ends
    for m in re.finditer(r"(?:^|[。!?\s])[\u4e00-\u9fff]{0,8}?((?:%s)\s*/\s*([\u4e00-\u9fff]{2,4}))(?![\u4e00-\u9fff/])"
                         % _ROLE_RE.pattern, text, flags=re.M):
        if m.group(2)[0] in SURNAMES and plausible_name(m.group(2)) and not _ROLE_RE.match(m.group(2)):
            found += _parse(text, m.start(1), m.end(1))
    # "…客户端记者甲乙/文" at a line's end: the name between the role word and the credit
    for m in re.finditer(r"((?:%s)\s*([\u4e00-\u9fff]{2,4}))\s*/\s*(?:文|图|摄|文图)\s*$" % _ROLE_RE.pattern, text, flags=re.M):
        if _reporter_name(m.group(2)):
            found += _parse(text, m.start(1), m.end(1))
    # "讯(记者:X" whose bracket a page lost, the day glued after the name
    for m in re.finditer(r"讯\s*[(（]\s*((?:%s)\s*[:：]?\s*[\u4e00-\u9fff]{2,4})(?=\d)" % _ROLE_RE.pattern, text):
        found += _parse(text, m.start(1), m.end(1))
    # "本报讯 记者 X" without brackets
    for m in re.finditer(r"(?:本报讯|本网讯|讯)\s+((?:%s)\s*[\u4e00-\u9fff]{2,4}(?:[\s、]+(?:%s)\s*[\u4e00-\u9fff]{2,4})*)"
                         % (_ROLE_RE.pattern, _ROLE_RE.pattern), text):
        end = m.end(1) - 1 if text.startswith("报道", m.end(1) - 1) else m.end(1)  # "记者X报道:": 报 is no name
        found += _parse(text, m.start(1), end)
    # a lead that opens with the byline: "记者 X 报道:5月8日…", "记者 X 通讯员 Y 报道"
    # (or a page's field label before it: "文章简介:  记者X报道:")
    for m in re.finditer(r"(?m)(?:^|[:：])\s*((?:%s)\s*[\u4e00-\u9fff]{2,4}(?:\s+(?:%s)\s*[\u4e00-\u9fff]{2,4})*)\s*报道"
                         % (_ROLE_RE.pattern, _ROLE_RE.pattern), text):
        found += _parse(text, m.start(1), m.end(1))
    # "文/X 图/Y" on a line of its own
    # "文/本报记者 X 图/通讯员 Y": the printed role word wins over 文 / 图
    role = r"(?:本报|本网)?(%s)?\s*" % _ROLE_RE.pattern
    for m in re.finditer(r"(?m)^\s*文/%s([\u4e00-\u9fff]{2,4})(?:\s+图/%s([\u4e00-\u9fff]{2,4}))?\s*$"
                         % (role, role), text):
        found.append(BylineHit(m.group(2), BYLINE_ROLES.get(m.group(1) or "", "文"), m.start(2), m.end(2)))
        if m.group(4):
            found.append(BylineHit(m.group(4), BYLINE_ROLES.get(m.group(3) or "", "图"), m.start(4), m.end(4)))
    # "X 摄" at the end of a line; "X摄影报道" on a line of its own
    for m in re.finditer(r"(?m)(?:^|\s|。)([\u4e00-\u9fff]{2,4})(?:\s|\s?/\s?)摄$", text):  # "X 摄", "X/摄"
        found.append(BylineHit(m.group(1), "摄", m.start(1), m.end(1)))
    # "甲乙 丙丁 戊己 摄": several photographers after a caption (the next paragraph may be joined on)
    for m in re.finditer(r"(?m)(?:^|。)\s?((?:[\u4e00-\u9fff]{2,3} ){1,3})[\u4e00-\u9fff]{2,3} 摄(?:$|(?=[\u4e00-\u9fff“\d])(?!影|像))", text):
        names = [(n.group(), n.start()) for n in re.finditer(r"[\u4e00-\u9fff]+", m.group(1))]
        if all(n[0] in SURNAMES for n, _ in names) and sum(not plausible_name(n) for n, _ in names) <= len(names) // 2:
            found += [BylineHit(n, "摄", m.start(1) + at, m.start(1) + at + len(n)) for n, at in names]
    # "…活动现场。甲乙 摄" with the next paragraph joined on by the page: a spaced credit after a caption
    for m in re.finditer(r"(?<=。) ?([\u4e00-\u9fff]{2,3}) 摄(?= ?[\u4e00-\u9fff“])(?!影|像)", text):
        if m.group(1)[0] in SURNAMES and plausible_name(m.group(1)):
            found.append(BylineHit(m.group(1), "摄", m.start(1), m.end(1)))
    # a photo caption's credit glued to it: "图为代表团在某社区考察。甲乙摄"
    for m in re.finditer(r"(?m)(?<=。)([\u4e00-\u9fff]{2,3}) ?摄$", text):
        if m.group(1)[0] in SURNAMES and plausible_name(m.group(1)):
            found.append(BylineHit(m.group(1), "摄", m.start(1), m.end(1)))
    for m in re.finditer(r"(?m)^\s*([\u4e00-\u9fff]{2,4}?)\s?摄影(?:报道)?\s*$", text):
        found.append(BylineHit(m.group(1), "摄影", m.start(1), m.end(1)))
    # a lead that opens with its byline and goes on with the news: "海南日报记者 甲乙 特约记者 丙丁 5月20日,…"
    for m in re.finditer(r"(?m)^\s*[\u4e00-\u9fff]{0,8}?((?:%s)\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{0,4}?(?:%s)\s*"
                         r"[\u4e00-\u9fff]{2,4})*)\s+(?=\d{1,4}[年月]|近日|日前|今天|昨天)" % (_ROLE_RE.pattern, _ROLE_RE.pattern), text):
        found += _parse(text, m.start(1), m.end(1))
    seen: set[tuple[str, str]] = set()
    out = []
    bylined = {h.name for h in found if h.role != "作者"}  # an author field repeats a byline's name
    for h in sorted(found, key=lambda h: h.start):
        if h.role == "作者" and h.name in bylined:
            continue
        if text[h.end:h.end + 1] in (":", "：") or h.name.endswith(("网", "網")):
            continue  # "审稿人:", "作者:青石网": a label or a site, no name
        if (h.name, h.role) not in seen and all(is_han(c) for c in h.name):
            seen.add((h.name, h.role))
            out.append(h)
    return out
