"""Sentence spans of an article body, and mentions that point into them."""

from __future__ import annotations

import bisect
import re

from kg.model import Mention, Sentence

_END = re.compile(r"[。!?！？;；]+[”’」』)]?|\n+")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split at sentence-final punctuation and line breaks; spans exclude line breaks."""
    out: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
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
