"""Names right after a title that the first reading (kg.extract.names.read_name) does not take,
accepted because something else vouches for them: the article prints them again (a name with no
listed surname, "那仁巴图"; a name run on into a word, "县委书记甲乙丙载誉归来"), or a list of
names holds them. `kg.extract.people.find_people` tries them after `read_name`.
"""

from __future__ import annotations

import re

from kg.extract.memo import bounded
from kg.extract.names import (FOLLOWER_RE, TITLE_RE, complete_count, han_run, plausible_name,
                              starts_with_follower)
from kg.extract.words import (freq, holds_common_word, no_words, ordinary_word, splits_word, two_words, unknown_word,
                              word_tag)
from kg.lexicon import NEVER_FIRST, NOT_NAME_END, NOT_NAMES, SOFT_NAME_END, SURNAMES
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon.script import fold


def read_unusual_name(text: str, pos: int) -> str | None:
    """A name right after a title that does not start with a listed surname and may be
    longer (那仁巴图, 其木格): the characters up to a word that may follow a name,
    accepted only when the article prints it complete again elsewhere and it is no
    dictionary word. Of several readings, one ended by a delimiter or a longer follower
    word wins ("那仁巴|图主持" loses to "那仁巴图|主持")."""
    return _best_unusual(text, pos, lambda cand: complete_count(text, cand) >= 2 or (
        # printed once, set off after its title by a comma ("人大常委会主任甲乙丙丁戊,"), with no
        # word of the dictionary in it (班子座谈中, 敬献了哈达, 履职必修课)
        3 <= len(cand) <= 5 and text[pos + len(cand):pos + len(cand) + 1] in (",", "，") and no_words(cand)))


_COUNT = re.compile(r"[百千万][余多]?人|[余多]人$")


_NEAR = 3000  # read_reprinted_name looks this far either side: the time per title stays bounded


def read_reprinted_name(text: str, pos: int) -> str | None:
    """A two- or three-character name from a listed surname right after a title, run on into
    a word no name is followed by ("县委书记甲乙丙载誉归来"): accepted when the article prints
    it elsewhere (within `_NEAR` characters) before a word that follows names ("甲乙丙主持会议"); the
    longer reading first."""
    run = han_run(text, pos, 4)
    if text[pos - 2:pos] == "代表":
        return None  # "代表区政协…": on behalf of a body, a verb and no title
    for k in (3, 2):
        cand = run[:k]
        if (len(run) > k and cand[0] in SURNAMES and fold(cand)[0] not in "来赴" and plausible_name(fold(cand))
                and not ordinary_word(cand)
                and not TITLE_RE.search(cand) and cand not in gazetteer().short_names and any(
                    m.start() != pos and starts_with_follower(text[m.end():m.end() + 4])
                    for m in re.compile(re.escape(cand)).finditer(text, max(0, pos - _NEAR), pos + _NEAR))):
            return cand
    return None


def listed_unusual_name(text: str, pos: int) -> str | None:
    """The last item of a list of names that has no listed surname ("A、B、衮保扎丁出席"): the
    reading `read_unusual_name` takes, which the list vouches for instead of the article."""
    return _best_unusual(text, pos, lambda cand: True)


def _best_unusual(text: str, pos: int, vouched) -> str | None:
    """Of the unusual readings at `pos` that `vouched` accepts, the one with the strongest end
    (then the longest); the first printed wins a tie."""
    best = max((r for r in _unusual_readings(han_run(text, pos)) if r[0][0] != r[0][1] and vouched(r[0])),  # 殷殷嘱托
               key=lambda r: (r[1], r[2]), default=None)
    return best[0] if best else None


@bounded
def _unusual_readings(run: str) -> tuple[tuple[str, int, int], ...]:
    """The readings `read_unusual_name` may take from the Han run after a title, before it
    asks the article: (name, strength of its end, length)."""
    if len(run) < 2 or FOLLOWER_RE.match(run) or run[0] in _NEVER_FIRST_UNUSUAL:
        return ()
    out = []
    for k in range(2, min(5, len(run)) + 1):
        cand, rest = run[:k], run[k:]
        m = FOLLOWER_RE.match(rest) if rest else None
        if rest and not m:
            continue
        if cand in NOT_NAMES or TITLE_RE.search(cand) or cand[-1] in NOT_NAME_END | SOFT_NAME_END or _COUNT.search(cand):
            continue  # "负责人共计百余人": a count, no name
        if rest and splits_word(cand[-1] + rest[0]):
            continue  # "月度工|作": the cut falls inside a word
        if word_tag(cand[:2]) == "v" and freq().get(cand[:2], 0) >= 100:
            continue  # "总书记亲临龙江视察": a frequent verb opens it, no name
        if unknown_word(cand) and not two_words(cand) and not holds_common_word(cand):
            strength = 9 if not rest else len(m.group())
            out.append((cand, min(strength, 2), k))
    return tuple(out)


_NEVER_FIRST_UNUSUAL = NEVER_FIRST - set("那其")  # 那仁巴图, 其木格
