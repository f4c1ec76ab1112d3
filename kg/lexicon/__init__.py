"""The word lists of the extraction rules, read once from `kg/lexicon/data/*.tsv`.

These are closed-class words of the genre (titles, levels, organisation words, verbs,
particles) and a table of surnames; never a person's name. Each list is defined in exactly
one data file (a file's `uses` / `scope` column says which rule reads which entry) and
exposed here as an immutable constant; the rules keep their regular expressions next to them
and build them from these lists.

Data format: UTF-8, one entry per line, tab-separated columns; lines starting with `#` are
comments (the header says what the list is and which rule reads it), and one of them,
`# columns: …`, names the columns. `-` is an empty cell.

This module imports nothing from kg but kg.errors, so any module may use it.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

from kg.errors import KGError

__all__ = [
    "AGENT_ENDS", "ALWAYS_CUT", "BARE_UNITS", "BOUNDARY_WORDS", "BYLINE_ROLES", "COMMITTEES",
    "COMPOUND_SURNAMES", "DEMOCRATIC_PARTIES", "DISTRICT_MARKERS", "END_ABBREVIATIONS", "ETHNIC_NAME_PARTS", "FOLLOWERS", "FUNCTION_CHARS", "LIST_ENDERS",
    "GENERIC_BODIES", "GENERIC_PLACES", "GENERIC_ZONES", "GENERIC_ZONE_TERMS", "GOV_TITLES",
    "HEAD_TITLE_UNITS", "INSPECT_WORDS", "LEADER_WORDS", "LEFT_WORDS", "LEVEL_NOT_BEFORE",
    "LEVEL_ORG_STARTS", "LEVEL_PREFIXES", "LEVEL_RANK", "LOCAL_BODIES", "LexiconError",
    "MEETING_WORDS", "NEVER_FIRST", "NOT_LOCALITIES_IN_NAMES", "NOT_LOCALITIES_IN_TEXT",
    "NOT_LOCALITY_STEMS", "NOT_NAMES", "NOT_NAME_END", "STOP_NAME_ENDS", "NOT_ORGS", "OBJECT_MARKERS", "ORG_CHARS",
    "OTHER_STRONG", "VISIT_WORDS", "PARTY_COMMITTEES", "PARTY_TITLES", "PERSON_KINDS", "PLACE_SUFFIXES", "ROLE_VERBS",
    "SOFT_NAME_END", "START_ABBREVIATIONS", "SURNAMES", "TEXT_LEVELS", "TITLES",
    "TOP_PARENT_ENDINGS", "UNIT_HEAD_TITLES", "WORDS_ENDING_IN_LEVEL", "WORDS_STARTING_WITH_LEVEL",
    "ZONE_BODIES", "ZONE_WORDS", "columns", "data_files", "loaded_files", "rows",
]


class LexiconError(KGError):
    """A data file of kg.lexicon is missing or malformed (a packaging or editing mistake)."""


_DATA = Path(__file__).with_name("data")
_loaded: set[str] = set()


def data_files() -> tuple[str, ...]:
    """Names of the data files shipped with the package."""
    return tuple(sorted(p.name for p in _DATA.glob("*.tsv")))


def loaded_files() -> frozenset[str]:
    """Names of the data files read so far (all of them once kg.lexicon is imported)."""
    return frozenset(_loaded)


@cache
def columns(name: str) -> tuple[str, ...]:
    """The column names of a data file, from its `# columns:` line."""
    for line in _text(name).splitlines():
        if line.startswith("# columns:"):
            return tuple(c.strip() for c in line[len("# columns:"):].split("\t"))
    raise LexiconError(f"kg/lexicon/data/{name}: no '# columns:' line")


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The entries of a data file: one tuple of cells per line ('-' read as '')."""
    cols = columns(name)
    out = []
    for n, line in enumerate(_text(name).splitlines(), 1):
        if not line or line[0] == "#":
            continue
        cells = line.split("\t")
        if (len(cells) != len(cols) or not cells[0] or line != line.strip()
                or " \t" in line or "\t " in line or "  " in line):
            raise LexiconError(f"kg/lexicon/data/{name}:{n}: expected {len(cols)} columns "
                               f"({', '.join(cols)}) without stray spaces, got {line!r}")
        out.append(tuple("" if c == "-" else c for c in cells) if "-" in cells else tuple(cells))
    _loaded.add(name)
    return tuple(out)


@cache
def _text(name: str) -> str:
    try:
        return (_DATA / name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError(f"kg/lexicon/data/{name} is missing") from None


def _words(name: str) -> tuple[str, ...]:
    return tuple(r[0] for r in rows(name))


def _where(name: str, column: str, value: str) -> tuple[str, ...]:
    """First cells of the rows whose `column` (a space-separated list) holds `value`."""
    i = columns(name).index(column)
    return tuple(r[0] for r in rows(name) if value in r[i].split())


def _mapping(name: str, column: str) -> Mapping[str, str]:
    i = columns(name).index(column)
    return MappingProxyType({r[0]: r[i] for r in rows(name) if r[i]})


def _longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


# Titles -------------------------------------------------------------------------------


def _title_rows() -> tuple[tuple[str, ...], ...]:
    """titles.tsv, the executive deputy of each deputy title it lacks (常务副部长 is read as
    副部长 is: same unit, same government) and the candidate for each title (镇长候选人)."""
    listed = rows("titles.tsv")
    names = {r[0] for r in listed}
    listed += tuple(("常务" + r[0],) + r[1:] for r in listed
                    if r[0].startswith("副") and "常务" + r[0] not in names)
    # a candidate for a post at an election: 镇长候选人, 主席人选, 提名县长人选 are read as 镇长, 主席, 县长 are
    # and an assistant to a head (市长助理, 总经理助理: the head's body)
    return listed + tuple((p + r[0] + c,) + r[1:] for r in listed for p, c in (("", "候选人"), ("", "提名人选"), ("", "人选"),
                          ("提名", "人选"), ("", "助理")) if p + r[0] + c not in names and (c != "助理" or r[0][-1] in "长任理裁委"))


_TITLE_ROWS = _title_rows()
_TITLE_COLUMNS = columns("titles.tsv")


def _title_column(column: str) -> Mapping[str, str]:
    i = _TITLE_COLUMNS.index(column)
    return MappingProxyType({r[0]: r[i] for r in _TITLE_ROWS if r[i]})


TITLES: tuple[str, ...] = tuple(r[0] for r in _TITLE_ROWS)
GOV_TITLES: Mapping[str, str] = _title_column("gov")  # 区长 → 区
UNIT_HEAD_TITLES: Mapping[str, str] = _title_column("head")  # 局长 → 局
PARTY_TITLES: frozenset[str] = frozenset(t for t, v in _title_column("party").items() if "y" in v.split())
HEAD_TITLE_UNITS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {t: tuple(u.split()) for t, u in _title_column("opens").items()})  # 校长 → 学校, 中学 …
LEADER_WORDS: tuple[str, ...] = _words("leader_words.tsv")

# Levels and localities ----------------------------------------------------------------
LEVEL_RANK: Mapping[str, int] = MappingProxyType({r[0]: int(r[1]) for r in rows("levels.tsv")})
TEXT_LEVELS: tuple[str, ...] = _where("levels.tsv", "uses", "text")
LEVEL_PREFIXES: tuple[str, ...] = _longest_first(_where("levels.tsv", "uses", "prefix"))
LEVEL_NOT_BEFORE: Mapping[str, str] = _mapping("levels.tsv", "not_before")  # 市 → 场民
PLACE_SUFFIXES: tuple[str, ...] = _where("levels.tsv", "uses", "place") + _words("place_suffixes.tsv")
GENERIC_PLACES: frozenset[str] = frozenset(_words("generic_places.tsv"))
NOT_LOCALITIES_IN_TEXT: frozenset[str] = frozenset(
    _where("not_localities.tsv", "scope", "all") + _where("not_localities.tsv", "scope", "text"))
NOT_LOCALITIES_IN_NAMES: frozenset[str] = frozenset(
    _where("not_localities.tsv", "scope", "all") + _where("not_localities.tsv", "scope", "name"))
NOT_LOCALITY_STEMS: frozenset[str] = frozenset(_words("not_locality_stems.tsv"))
WORDS_STARTING_WITH_LEVEL: frozenset[str] = frozenset(_where("level_words.tsv", "side", "start"))
WORDS_ENDING_IN_LEVEL: frozenset[str] = frozenset(_where("level_words.tsv", "side", "end"))
ZONE_WORDS: tuple[str, ...] = _where("zones.tsv", "uses", "short")
GENERIC_ZONES: frozenset[str] = frozenset(_where("zones.tsv", "uses", "generic"))
GENERIC_ZONE_TERMS: tuple[str, ...] = _where("zones.tsv", "uses", "term")
DISTRICT_MARKERS: tuple[str, ...] = _words("district_markers.tsv")

# Organisations ------------------------------------------------------------------------
GENERIC_BODIES: frozenset[str] = frozenset(_where("org_words.tsv", "uses", "generic"))
COMMITTEES: tuple[str, ...] = _longest_first(_where("org_words.tsv", "uses", "committee"))
ZONE_BODIES: tuple[str, ...] = _where("org_words.tsv", "uses", "zone")
LOCAL_BODIES: frozenset[str] = frozenset(_where("org_words.tsv", "uses", "local"))
TOP_PARENT_ENDINGS: tuple[str, ...] = _where("org_words.tsv", "uses", "top")
PARTY_COMMITTEES: frozenset[str] = frozenset(_where("org_words.tsv", "uses", "party"))
BARE_UNITS: tuple[str, ...] = _where("org_words.tsv", "uses", "bare")
NOT_ORGS: frozenset[str] = frozenset(_words("not_orgs.tsv"))
START_ABBREVIATIONS: Mapping[str, str] = MappingProxyType(
    {r[0]: r[1] for r in rows("abbreviations.tsv") if r[2] == "start"})  # 街办 …
END_ABBREVIATIONS: Mapping[str, str] = MappingProxyType(
    {r[0]: r[1] for r in rows("abbreviations.tsv") if r[2] == "end"})  # 人社局 …
ORG_CHARS: frozenset[str] = frozenset(_words("org_chars.tsv"))
LEVEL_ORG_STARTS: frozenset[str] = frozenset(_words("level_org_starts.tsv"))
DEMOCRATIC_PARTIES: tuple[str, ...] = _longest_first(_words("parties.tsv"))  # 民进 before 民进省委

# Names --------------------------------------------------------------------------------
FOLLOWERS: tuple[str, ...] = _words("followers.tsv")
LIST_ENDERS: tuple[str, ...] = _where("followers.tsv", "uses", "list")  # "、甲乙丙带领…": the item ends
SURNAMES: frozenset[str] = frozenset(w for w in _words("surnames.tsv") if len(w) == 1)
COMPOUND_SURNAMES: frozenset[str] = frozenset(w for w in _words("surnames.tsv") if len(w) > 1)
NOT_NAMES: frozenset[str] = frozenset(_words("not_names.tsv"))
ETHNIC_NAME_PARTS: tuple[str, ...] = _longest_first(_words("ethnic_name_parts.tsv"))  # 次仁, 旺堆 …
PERSON_KINDS: tuple[str, ...] = _words("person_kinds.tsv")
NEVER_FIRST: frozenset[str] = frozenset(_words("never_first.tsv"))
NOT_NAME_END: frozenset[str] = frozenset(_words("not_name_end.tsv"))
SOFT_NAME_END: frozenset[str] = frozenset(_words("soft_name_end.tsv"))
STOP_NAME_ENDS: frozenset[str] = frozenset(_words("stop_name_ends.tsv"))
FUNCTION_CHARS: frozenset[str] = frozenset(_words("function_chars.tsv"))
LEFT_WORDS: frozenset[str] = frozenset(_words("left_words.tsv"))

# People, bylines, events --------------------------------------------------------------
BOUNDARY_WORDS: tuple[str, ...] = _words("boundary_words.tsv")
AGENT_ENDS: tuple[str, ...] = _words("agent_ends.tsv")
ALWAYS_CUT: frozenset[str] = frozenset(_words("always_cut.tsv"))
BYLINE_ROLES: Mapping[str, str] = _mapping("byline_roles.tsv", "role")
ROLE_VERBS: Mapping[str, str] = _mapping("role_verbs.tsv", "kind")
OTHER_STRONG: tuple[str, ...] = _where("event_words.tsv", "type", "other")
INSPECT_WORDS: tuple[str, ...] = _where("event_words.tsv", "type", "inspection")
VISIT_WORDS: tuple[str, ...] = _where("event_words.tsv", "type", "visit")
MEETING_WORDS: tuple[str, ...] = _where("event_words.tsv", "type", "meeting")
OBJECT_MARKERS: frozenset[str] = frozenset(_words("object_markers.tsv"))
