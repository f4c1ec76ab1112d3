"""kg.lexicon: the word lists of the extraction rules are data files, each defined once, each
loaded, each used by a rule, and never holding a person's name."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import zipfile
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

import pytest

import kg.lexicon as lexicon
from kg.lexicon import LexiconError

PACKAGE = Path(lexicon.__file__).parent
KG = PACKAGE.parent
DATA = PACKAGE / "data"
TESTS = Path(__file__).resolve().parents[1]
HAN = re.compile(r"[\u4e00-\u9fff]")
FILES = lexicon.data_files()

# Cells that are space-separated tags: an unknown tag (a typo) would silently drop an entry.
TAGS = {
    ("levels.tsv", "uses"): {"text", "prefix", "place"},
    ("zones.tsv", "uses"): {"short", "generic", "term"},
    ("org_words.tsv", "uses"): {"generic", "committee", "zone", "local", "top", "party", "bare"},
    ("not_localities.tsv", "scope"): {"all", "text", "name"},
    ("level_words.tsv", "side"): {"start", "end"},
    ("abbreviations.tsv", "at"): {"start", "end"},
    ("event_words.tsv", "type"): {"other", "inspection", "visit", "meeting"},
    ("role_verbs.tsv", "kind"): {"chair", "attend", "speak", "inspect", "accompany"},
    ("titles.tsv", "party"): {"y"},
}


def _constants() -> dict[str, object]:
    return {n: getattr(lexicon, n) for n in lexicon.__all__
            if isinstance(getattr(lexicon, n), (tuple, frozenset, Mapping))}


def _kg_modules_outside_lexicon() -> list[Path]:
    return [p for p in sorted(KG.rglob("*.py")) if PACKAGE not in p.parents]


# Data files ---------------------------------------------------------------------------

def test_every_data_file_is_loaded_by_the_loader():
    on_disk = {p.name for p in DATA.iterdir() if p.is_file()}
    assert on_disk == set(FILES), "data/ holds only .tsv lists"
    assert lexicon.loaded_files() == set(FILES)


def test_no_two_data_files_share_a_name():
    stems = Counter(p.stem.lower() for p in DATA.iterdir())
    assert [s for s, n in stems.items() if n > 1] == []


@pytest.mark.parametrize("name", FILES)
def test_data_file_has_a_header_saying_what_it_is_and_who_reads_it(name):
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    header = []
    for line in lines:
        if not line.startswith("#"):
            break
        header.append(line)
    assert len(header) >= 2 and header[-1].startswith("# columns:"), name
    assert re.search(r"\bkg\.[a-z_.]+", "\n".join(header)), f"{name}: the header names the rule (kg.…) that reads it"


@pytest.mark.parametrize("name", FILES)
def test_entries_are_unique_han_words(name):
    rows = lexicon.rows(name)
    assert rows, f"{name} is empty"
    keys = [r[0] for r in rows]
    assert [k for k, n in Counter(keys).items() if n > 1] == [], f"{name}: duplicate entries"
    assert [k for k in keys if not all(HAN.fullmatch(c) for c in k)] == [], f"{name}: not Han words"


@pytest.mark.parametrize("name", FILES)
def test_columns_parse(name):
    cols = lexicon.columns(name)
    for row in lexicon.rows(name):
        assert len(row) == len(cols)
        for col, cell in zip(cols, row):
            allowed = TAGS.get((name, col))
            if allowed is not None and cell:
                tags = cell.split()
                assert set(tags) <= allowed, f"{name}: {row[0]}: unknown {col} {cell!r}"
                assert len(tags) == len(set(tags)), f"{name}: {row[0]}: repeated {col}"


@pytest.mark.slow
def test_wheel_carries_the_data_files(tmp_path):
    out = tmp_path / "wheel"
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(KG.parent), "--no-deps", "-q", "-w", str(out)],
                   check=True, capture_output=True, timeout=600)
    (whl,) = out.glob("kg-*.whl")
    names = set(zipfile.ZipFile(whl).namelist())
    assert {f"kg/lexicon/data/{n}" for n in FILES} <= names
    # an installed copy, with no source tree around, loads every list
    site = tmp_path / "site"
    zipfile.ZipFile(whl).extractall(site)
    probe = "import kg.lexicon as L; print(L.__file__); assert L.loaded_files() == set(L.data_files()), L.data_files()"
    got = subprocess.run([sys.executable, "-c", probe], env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
                         cwd=tmp_path, check=True, capture_output=True, text=True).stdout.split()
    assert got == [str(site / "kg/lexicon/__init__.py")]


def test_malformed_row_is_refused(monkeypatch):
    monkeypatch.setattr(lexicon, "_text", lambda name: "# a list, read by kg.test\n# columns: a\tb\n甲\n")
    with pytest.raises(LexiconError, match="expected 2 columns"):
        lexicon.rows("malformed-for-test.tsv")


# Used, and defined once ------------------------------------------------------------------

def test_every_exported_list_is_read_by_a_rule_in_kg():
    """A constant counts as used when a module of kg outside kg/lexicon imports it from
    kg.lexicon and reads it (so an unused list fails here)."""
    used: set[str] = set()
    for path in _kg_modules_outside_lexicon():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {a.asname or a.name for n in ast.walk(tree)
                    if isinstance(n, ast.ImportFrom) and n.module == "kg.lexicon" for a in n.names}
        loads = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
        used |= imported & loads
        used |= {n.attr for n in ast.walk(tree)  # import kg.lexicon as lexicon; lexicon.X
                 if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "lexicon"}
    assert sorted(set(_constants()) - used) == []


def _cjk_strings(nodes) -> int:
    return sum(1 for n in nodes if isinstance(n, ast.Constant) and isinstance(n.value, str) and HAN.search(n.value))


def _word_list_literals(tree: ast.AST):
    """Collection literals of 8 or more Han strings, and strings of 8 or more Han characters
    used as a set of characters (set("…"), x in "…", for c in "…")."""
    for n in ast.walk(tree):
        if isinstance(n, (ast.Set, ast.Tuple, ast.List)) and _cjk_strings(n.elts) >= 8:
            yield n.lineno, "collection"
        elif isinstance(n, ast.Dict) and max(_cjk_strings(n.keys), _cjk_strings(n.values)) >= 8:
            yield n.lineno, "dict"
        else:
            chars = []
            if (isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                    and n.func.id in ("set", "frozenset", "tuple", "list") and n.args):
                chars = [n.args[0]]
            elif isinstance(n, ast.Compare) and any(isinstance(o, (ast.In, ast.NotIn)) for o in n.ops):
                chars = n.comparators
            elif isinstance(n, ast.comprehension):
                chars = [n.iter]
            for c in chars:
                if isinstance(c, ast.Constant) and isinstance(c.value, str) and len(HAN.findall(c.value)) >= 8:
                    yield c.lineno, "characters"


def test_no_word_list_is_defined_outside_kg_lexicon():
    found = []
    for path in _kg_modules_outside_lexicon():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{path.relative_to(KG.parent)}:{line}: {kind}" for line, kind in _word_list_literals(tree)]
    assert found == []


def test_the_literal_scan_finds_word_lists():
    tree = ast.parse('A = frozenset({"全区", "我区", "本区", "该区", "各区", "城区", "辖区", "园区"})\n'
                     'B = set("委党局部厅会府政院")\nC = {"区": "区", "县": "县"}\n')
    assert sorted(line for line, _ in _word_list_literals(tree)) == [1, 2]


# Loader -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(_constants()))
def test_exported_list_is_not_empty(name):
    assert len(_constants()[name]) > 0


def test_lists_are_immutable():
    for name, value in _constants().items():
        assert isinstance(value, (tuple, frozenset)) or not hasattr(value, "__setitem__"), name


def test_levels():
    assert set(lexicon.LEVEL_RANK.values()) == {1, 2, 3, 4, 5}
    assert lexicon.LEVEL_RANK["省"] == 1 and lexicon.LEVEL_RANK["街道"] == 4 and lexicon.LEVEL_RANK["村"] == 5
    assert set(lexicon.TEXT_LEVELS) == {"街道", "省", "市", "区", "县", "镇", "乡", "州", "旗", "盟"}
    assert set(lexicon.LEVEL_PREFIXES) <= set(lexicon.LEVEL_RANK)
    assert [len(p) for p in lexicon.LEVEL_PREFIXES] == sorted(map(len, lexicon.LEVEL_PREFIXES), reverse=True)
    assert set(lexicon.LEVEL_NOT_BEFORE) <= set(lexicon.LEVEL_RANK) and lexicon.LEVEL_NOT_BEFORE["市"] == "场民"
    assert {"省", "社区", "街道办事处", "园区", "产业园", "公司"} <= set(lexicon.PLACE_SUFFIXES)


def test_titles():
    titles = set(lexicon.TITLES)
    assert {"书记", "区长", "局长", "负责人"} <= titles
    assert set(lexicon.GOV_TITLES) <= titles and set(lexicon.GOV_TITLES.values()) <= set(lexicon.TEXT_LEVELS)
    assert lexicon.GOV_TITLES["常务副区长"] == "区" and "书记" not in lexicon.GOV_TITLES
    assert all(t.removeprefix("提名").removesuffix("候选人").removesuffix("人选").removesuffix("提名").removesuffix("助理").endswith(u + "长")
               for t, u in lexicon.UNIT_HEAD_TITLES.items())
    assert lexicon.PARTY_TITLES <= titles and "书记" in lexicon.PARTY_TITLES and "局长" not in lexicon.PARTY_TITLES
    assert set(lexicon.HEAD_TITLE_UNITS) <= titles and lexicon.HEAD_TITLE_UNITS["院长"] == ("医院", "学院")


def test_every_deputy_title_has_its_executive_deputy():
    titles = set(lexicon.TITLES)
    assert "常务副部长" in titles and "常务副局长" in titles  # not listed in titles.tsv
    assert lexicon.UNIT_HEAD_TITLES["常务副部长"] == "部" and lexicon.GOV_TITLES["常务副县长"] == "县"
    assert len(lexicon.TITLES) == len(titles)  # a listed executive title is not added twice
    text = (Path(lexicon.__file__).with_name("data") / "titles.tsv").read_text(encoding="utf-8")
    assert "常务副部长" not in text


def test_every_title_has_its_candidate():
    assert {"镇长候选人", "副主席提名人选", "常务副县长候选人"} <= set(lexicon.TITLES)
    assert lexicon.GOV_TITLES["镇长候选人"] == "镇"


def test_organisations_and_zones():
    assert lexicon.COMMITTEES[0] == "人大常委会" and lexicon.COMMITTEES[-1] == "委"
    assert [len(c) for c in lexicon.COMMITTEES] == sorted(map(len, lexicon.COMMITTEES), reverse=True)
    assert {"党工委", "管委会"} <= set(lexicon.ZONE_BODIES) and "党工委" in lexicon.GENERIC_BODIES
    assert lexicon.ZONE_WORDS[:2] == ("高新区", "开发区") and "工业园区" in lexicon.GENERIC_ZONE_TERMS
    assert set(lexicon.ZONE_WORDS) - {"试验区", "实验区"} <= lexicon.GENERIC_ZONES
    assert lexicon.END_ABBREVIATIONS["人社局"] == "人力资源和社会保障局"
    assert lexicon.START_ABBREVIATIONS == {"街办": "街道办事处", "街党工委": "街道党工委"}


def test_two_not_locality_lists_share_their_base():
    text, names = lexicon.NOT_LOCALITIES_IN_TEXT, lexicon.NOT_LOCALITIES_IN_NAMES
    assert {"全区", "城市", "社区"} <= text & names
    assert "超市" in text - names and "市场" in names - text


def test_names_and_roles():
    assert len(lexicon.SURNAMES) == 495 and all(len(s) == 1 for s in lexicon.SURNAMES)
    assert all(len(s) == 2 for s in lexicon.COMPOUND_SURNAMES) and "欧阳" in lexicon.COMPOUND_SURNAMES
    assert all(lexicon.BYLINE_ROLES[r] == r for r in lexicon.BYLINE_ROLES.values())
    assert lexicon.ROLE_VERBS["主持"] == "chair" and lexicon.ROLE_VERBS["陪同"] == "accompany"
    assert "收听收看" in lexicon.OTHER_STRONG and "调研" in lexicon.INSPECT_WORDS and "座谈会" in lexicon.MEETING_WORDS


def test_lists_hold_no_person_names():
    """No entry of any list is a person of the evaluation sets' gold (people or reporters)."""
    names = set()
    for path in TESTS.glob("data/**/*.json"):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        for art in gold if isinstance(gold, list) else []:
            if isinstance(art, dict):
                names |= {p.get("name") for p in art.get("people", []) + art.get("reporters", []) if isinstance(p, dict)}
    names = {n for n in names if n and len(n) >= 2}  # a surname printed alone ("副主任袁") names nobody
    if not names:
        pytest.skip("no gold files found")
    # ethnic_name_parts.tsv holds given-name elements (次仁, 旺堆): a Tibetan often goes by one
    # element alone, so an element may be someone's whole name; the rule reads only names of two
    # or more elements (test_a_name_element_alone_is_no_name)
    entries = {r[0] for name in FILES if name != "ethnic_name_parts.tsv" for r in lexicon.rows(name)}
    assert sorted(entries & names) == []


def test_a_name_element_alone_is_no_name():
    from kg.extract.words import ethnic_name
    assert [p for p in lexicon.ETHNIC_NAME_PARTS if ethnic_name(p)] == []
