"""Where titles are printed: every title of the lexicon (TITLE_RE) and leader word (区领导) in a
text, less those that are part of an organisation's name or of other words (常委会, 主席台, 河长制,
荆州长江, 市场长期). kg.extract.people reads the names around them.
"""

from __future__ import annotations

import re

from kg.extract.names import TITLE_RE
from kg.extract.words import freq, word_tag
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon import GOV_TITLES, LEADER_WORDS

__all__ = ["LEADER_RE", "title_matches"]

# Pseudo-titles ("区领导X"): a person without a post.
LEADER_RE = re.compile("|".join(sorted(map(re.escape, LEADER_WORDS), key=len, reverse=True)))
# "县人大常委会领导A、B出席": the leaders of a body named before 领导 are named without a post
# (not "各级领导干部", "落实领导带班": 领导 right after a body's last character only)
_BODY_LEADER_RE = re.compile(r"(?<=[委会协府局部院队])领导(?=[\u4e00-\u9fff]{2})")
_WORD_FREQ = 1000  # a word this frequent in jieba's dictionary is read before a title inside it


def title_matches(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, title, is_leader_word) of every title (TITLE_RE) and leader word printed in
    `text`, in order, none inside a longer one; a title that is part of a longer word is left out."""
    out = []
    for m in TITLE_RE.finditer(text):
        nxt = text[m.end():m.end() + 1]
        if nxt == "会" or (nxt == "务" and m.group().endswith("任")) or nxt == "制" or (nxt == "处" and m.group() == "书记"):
            continue  # 常委会, 委员会, 书记处: part of an organisation name; 主任务: a task, no 主任; 河长制: a system
        if m.group() == "书记" and text[m.start() - 1:m.start()] == "总" and text[m.start() - 2:m.start() - 1] not in "央委":
            continue  # "习近平总书记关心的问题": a name's 总书记 (中共中央总书记 names its body), no name after it
        if m.group().endswith(("主席", "代表", "委员")) and nxt in ("台", "团", "席") or (m.group().endswith("代表") and nxt == "性"):
            continue  # 主席台, 主席团, 执行主席席, 代表团: a platform, a seat and a body, not a title; 代表性企业
        if (m.group() in GOV_TITLES and len(m.group()) == 2 and (freq().get(m.group()[1] + nxt, 0) >= 300
                                                                   or word_tag(m.group()[1] + text[m.end():m.end() + 2]) == "ns")
                and any((w := text[max(0, m.start() - k):m.start() + 1]) in gazetteer().short_names or gazetteer().units(w)
                        for k in (1, 2, 3))):
            continue  # "荆州长江防汛": a place (荆州), then a word (长江); 副市长江涛 is a 市长; 吉林省长白山: a mountain
        if len(m.group()) == 2 and m.group()[1] == "长" and min(freq().get(text[m.start() - 1:m.start() + 1], 0),
                                                                  freq().get("长" + nxt, 0)) >= _WORD_FREQ:
            continue  # "房地产市场长期向好": 市场 then 长期, no 场长 (林场场长 is one)
        out.append((m.start(), m.end(), m.group(), False))
    leaders = [(m.start(), m.end(), m.group(), True) for m in LEADER_RE.finditer(text)]
    leaders += [(m.start(), m.end(), m.group(), True) for m in _BODY_LEADER_RE.finditer(text)]
    if leaders:  # the title matches are in order already
        out += leaders
        out.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    # drop matches inside an earlier, longer one
    kept, last_end = [], -1
    for t in out:
        if t[0] >= last_end:
            kept.append(t)
            last_end = t[1]
    return kept
