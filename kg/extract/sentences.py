"""Sentence spans of an article body, and mentions that point into them."""

from __future__ import annotations

import bisect
import re

from kg.model import Mention, Sentence

_END = re.compile(r"[。!?！？;；]+[”’」』)]?|\n+")


# the last clause of a list of those present: "县委书记A,县长B;县直部门负责同志;各镇书记等参加活动。"
_PRESENT_AFTER = re.compile(r"[^。!?！？\n]*?等[^,，;；。\n]{0,12}?(?:参加|出席|列席|参会)[^,，;；。\n]{0,10}(?:[。!?！？]|\n|$)")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split at sentence-final punctuation and line breaks; spans exclude line breaks. A
    semicolon inside a list of those present ends no sentence: the verb after it is theirs."""
    out: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        if m.group() in (";", "；") and _PRESENT_AFTER.match(text, m.end()):
            continue
        end = m.end() if not m.group().startswith("\n") else m.start()
        if text[start:end].strip():
            s, e = start, end
            while s < e and text[s].isspace():
                s += 1
            out.append(Sentence(len(out), s, e))
        start = m.end()
    if text[start:].strip():
        s = start
        while text[s].isspace():
            s += 1
        out.append(Sentence(len(out), s, len(text.rstrip())))
    return tuple(out)


class SentenceIndex:
    """Find the sentence holding an offset, and make mentions with provenance."""

    def __init__(self, text: str, sentences: tuple[Sentence, ...]):
        self.text = text
        self.sentences = sentences
        self._starts = [s.start for s in sentences]

    def sentence_at(self, pos: int) -> Sentence:
        i = bisect.bisect_right(self._starts, pos) - 1
        return self.sentences[i if i > 0 else 0]

    def mention(self, start: int, end: int) -> Mention:
        s = self.sentence_at(start)
        return Mention(self.text[start:end], start, end, s.index, s.start, s.end)
