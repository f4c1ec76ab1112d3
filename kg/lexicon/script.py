"""Traditional characters folded to simplified ones, so that the rules (written for
simplified text) read pages printed in traditional characters (繁體) too.

The table is jionlp's `tra2sim_char.txt` (3,446 one-to-one character pairs), read from the
installed package's folder (jionlp is never imported). Folding is one character for one
character, so every offset into the folded text is an offset into the printed one; what
is read from the folded text is written back in the article's own characters by
`Unfolder`, built from the article (a simplified character becomes the traditional one the
article printed in its place).
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    spec = importlib.util.find_spec("jionlp")
    if spec is None or spec.origin is None:
        return {}
    path = Path(spec.origin).parent / "dictionary" / "tra2sim_char.txt"
    if not path.is_file():
        return {}
    table = {}
    for line in path.read_text(encoding="utf-8").split("\n"):
        cols = line.strip().split("\t")
        if len(cols) == 2 and len(cols[0]) == 1 and len(cols[1]) == 1:
            table[ord(cols[0])] = cols[1]
    return table


@lru_cache(maxsize=1)
def _traditional() -> re.Pattern | None:
    """The characters the table folds (a scan for them is cheaper than a translation of
    every character, and most pages have none)."""
    table = _table()
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(table)) + "]") if table else None


def fold(text: str) -> str:
    """`text` in simplified characters, character for character (same length)."""
    pattern = _traditional()
    if pattern is None or pattern.search(text) is None:
        return text
    return text.translate(_table())


class Unfolder:
    """Writes strings read from `fold(printed)` back in the characters `printed` uses.

    A folded character printed one way throughout the article is written that way. One
    printed in several ways (干 for 乾, 幹 and 干 itself: "韩玉干" on a page that prints 乾坤)
    is written as printed where the string itself is printed, found in the folded text (at
    most `LOOKUPS` searches an article, so the work stays linear in its size), else as the
    first printed form."""

    LOOKUPS = 256

    def __init__(self, printed: str, folded: str):
        self.back: dict[str, str] = {}
        self.printed, self.folded = printed, folded
        self.several: set[str] = set()
        self.lookups = 0
        if printed != folded:
            for p, f in zip(printed, folded):
                if p != f:
                    self.back.setdefault(f, p)
            forms: dict[str, set[str]] = {}
            for p, f in zip(printed, folded):
                if f in self.back:
                    forms.setdefault(f, set()).add(p)
            self.several = {f for f, ps in forms.items() if len(ps) > 1}

    def __call__(self, s: str | None) -> str | None:
        if not s or not self.back:
            return s
        if self.several and self.lookups < self.LOOKUPS and any(c in self.several for c in s):
            self.lookups += 1
            at = self.folded.find(s)
            if at >= 0:
                return self.printed[at:at + len(s)]
        return "".join(self.back.get(c, c) for c in s)
