"""China's administrative divisions, from the gazetteer jionlp ships (province → city →
county with adcodes → town/street), as a compact index.

jionlp's `china_location.zip` is read straight from the installed package's folder (jionlp
itself is never imported: its import costs seconds), once, and the index is cached as a
pickle in the user cache directory, keyed by the data file's size and mtime, so later
processes load it in milliseconds. Names renamed since (`china_location_change.txt`:
静海县 → 静海区, 襄樊市 → 襄阳市) are known too, since old pages print the old names.

`Unit`: one division: name, level word, rank (1 province … 4 town/street), adcode (county
and above; a town carries its county's), and the names of the province, city and county
it lies in. `units(name)` finds every unit of that name; `is_locality(stem, level)` says
whether "stem + level" names a real division ("关于桦南" + "县" is no place, "桦南" + "县"
is); `short_names` are the short forms of county-level and higher units ("静海").
"""

from __future__ import annotations

import importlib.util
import os
import pickle
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from platformdirs import user_cache_dir

from kg.lexicon import LEVEL_RANK

CACHE_VERSION = 2
_RANK_OF_DEPTH = {0: 1, 1: 2, 2: 3, 3: 4}
_LEVEL_WORDS = tuple(sorted(LEVEL_RANK, key=len, reverse=True))  # longest first
# a short name ("静海") stands for a unit of city or county level, whatever its level word
_SHORT_NAME_LEVELS = frozenset(w for w, rank in LEVEL_RANK.items() if rank in (2, 3))


@dataclass(frozen=True)
class Unit:
    name: str
    level: str  # the level word the name ends with ("县", "街道"); "" when none
    rank: int  # 1 province, 2 city, 3 county, 4 town or street
    adcode: str | None  # the unit's own code (county and above) or its county's (towns)
    province: str
    city: str | None
    county: str | None
    current: bool = True  # False for a former name (renamed or merged since)


def level_of(name: str) -> str:
    return next((w for w in _LEVEL_WORDS if name.endswith(w) and len(name) > len(w)), "")


def _data_dir() -> Path | None:
    spec = importlib.util.find_spec("jionlp")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "dictionary"


Row = tuple  # a Unit's fields as a plain tuple: compact to pickle and fast to load


def _parse(text: str, changes: str) -> tuple[dict[str, tuple[Row, ...]], dict[str, tuple[str, ...]]]:
    by_name: dict[str, list[Row]] = {}
    short: dict[str, list[str]] = {}
    path: list[tuple[str, str | None]] = [("", None)] * 4
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip("\t"))
        if depth > 3:
            continue
        fields = line.strip().split("\t")
        if not fields or not fields[0]:
            continue
        name = fields[0]
        code = fields[1] if len(fields) > 1 else path[depth - 1][1] if depth else None
        path[depth] = (name, code if depth < 3 else path[2][1])
        prov = path[0][0]
        city = path[1][0] if depth >= 1 else None
        county = path[2][0] if depth >= 2 else None
        unit = (name, level_of(name), _RANK_OF_DEPTH[depth], path[depth][1], prov, city, county, True)
        if depth == 1 and name == prov:  # 北京市 as its own city: one unit
            continue
        by_name.setdefault(name, []).append(unit)
        if depth <= 2 and len(fields) > 2 and fields[2] and fields[2] != name:
            short.setdefault(fields[2], []).append(name)
    for line in changes.split("\n"):
        cols = line.strip().split("\t")
        if len(cols) < 4 or "=>" not in line:
            continue
        before = line.split("=>", 1)[0].split("\t")[2:]
        # before: province, short, [city, short, [county, short]]
        names = before[0::2]
        shorts = before[1::2]
        for depth, (name, sh) in enumerate(zip(names, shorts)):
            if name and name not in by_name:
                by_name[name] = [(name, level_of(name), depth + 1, None, names[0],
                                  names[1] if depth >= 1 else None,
                                  names[2] if depth >= 2 else None, False)]
                if sh and sh != name:
                    short.setdefault(sh, []).append(name)
    return ({k: tuple(v) for k, v in by_name.items()},
            {k: tuple(dict.fromkeys(v)) for k, v in short.items()})


@dataclass(frozen=True)
class Gazetteer:
    by_name: dict[str, tuple[Row, ...]]
    short_names: dict[str, tuple[str, ...]]

    def units(self, name: str) -> tuple[Unit, ...]:
        return tuple(Unit(*row) for row in self.by_name.get(name, ()))

    def is_locality(self, stem: str, level: str) -> bool:
        """Whether `stem + level` names a division: the full name is known, or a banner's
        short name printed with its level word (科右前旗 for 科尔沁右翼前旗), or `stem` is the
        short name of a city- or county-level unit and `level` is a level word of those ranks
        (静海 + 县 for today's 静海区)."""
        if (stem + level) in self.by_name or level == "旗" and (stem + level) in self.short_names:
            return True
        return level in _SHORT_NAME_LEVELS and stem in self.short_names


def _cache_file(src: Path) -> Path:
    st = src.stat()
    tag = f"v{CACHE_VERSION}-{st.st_size}-{int(st.st_mtime)}"
    return Path(user_cache_dir("kg")) / f"gazetteer-{tag}.pickle"


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The index, built from jionlp's data at first use and cached on disk. Without
    jionlp installed, an empty gazetteer (structural rules alone decide)."""
    d = _data_dir()
    src = d / "china_location.zip" if d else None
    if src is None or not src.is_file():
        return Gazetteer({}, {})
    cache = _cache_file(src)
    try:
        with open(cache, "rb") as f:
            by_name, short = pickle.load(f)
        return Gazetteer(by_name, short)
    except (OSError, pickle.PickleError, EOFError, ValueError, TypeError):
        pass
    text = zipfile.ZipFile(src).read("china_location.txt").decode("utf-8")
    changes_file = d / "china_location_change.txt"
    changes = changes_file.read_text(encoding="utf-8") if changes_file.is_file() else ""
    by_name, short = _parse(text, changes)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            pickle.dump((by_name, short), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
        for old in cache.parent.glob("gazetteer-*.pickle"):  # built from another install's data
            if old != cache:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home: rebuilt next time
    return Gazetteer(by_name, short)
