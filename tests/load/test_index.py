"""kg.load.index: a corpus index declares each file's date, source, home and URL."""

from __future__ import annotations

import json
import shutil

import pytest

from kg.errors import InputError
from kg.load.files import load_file, load_paths
from kg.load.index import Meta, read_index
from tests.support.paths import DEV

PAGE = "---\npublished: 2021-12-31\nsource: 自报家门\nhome: 北京市\n---\n# 标题\n\n本报讯 正文。\n"


def write_index(path, entries):
    path.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    return path


def test_front_matter_declares_source_and_home(tmp_path):
    page = tmp_path / "p.md"
    page.write_text(PAGE, encoding="utf-8")
    (a,) = load_file(page)
    assert (a.published, a.publisher, a.home) == ("2021-12-31", "自报家门", "北京市")
    (b,) = load_file(page, meta=Meta(source="郑州高新区报", home="河南省郑州市"))
    assert (b.published, b.publisher, b.home) == ("2021-12-31", "郑州高新区报", "河南省郑州市")
    (c,) = load_file(page, "2022-01-07", Meta("2020-01-01"))  # the argument wins over meta
    assert c.published == "2022-01-07"


def test_the_dev_index_gives_dates_sources_and_homes():
    index = read_index(DEV / "index.json")
    m = index.meta(DEV / "zhengzhou-gxq-2022-01-07.txt")
    assert m.published == "2022-01-07" and m.home.startswith("河南省郑州市") and m.source
    assert index.meta(DEV / "news-006.txt").published is None  # null: the file's own, or --published
    assert index.meta(DEV / "news-003.txt").source.startswith("http://epaper.cqjjnet.com/")
    assert index.meta(DEV / "missing.txt") is None


def test_an_index_matches_a_copy_of_the_corpus_elsewhere(tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(DEV, copy)
    index = read_index(DEV / "index.json")
    assert index.meta(copy / "news-018.txt") == index.meta(DEV / "news-018.txt")


def test_index_entries_win_over_the_defaults_and_the_files(tmp_path):
    page = tmp_path / "pages" / "p.md"
    page.parent.mkdir()
    page.write_text(PAGE, encoding="utf-8")
    index = read_index(write_index(tmp_path / "index.json", [
        {"file": "pages/p.md", "published": "2022-01-07", "place": "河南省郑州市", "note": "ignored"}]))
    meta = index.meta(page).over(Meta("2023-03-03", "某报", "北京市"))
    assert meta == Meta("2022-01-07", "某报", "河南省郑州市")
    (result,) = load_paths([page], meta=meta)
    (a,) = result.articles
    assert (a.published, a.publisher, a.home) == ("2022-01-07", "某报", "河南省郑州市")


@pytest.mark.parametrize("entries, problem", [
    ({"file": "a.txt"}, "JSON list"),
    ([{"published": "2022-01-07"}], "'file' string"),
    ([{"file": "a.txt", "published": "tomorrow"}], "not a date"),
    ([{"file": "a.txt", "source": 3}], "not a string"),
    ([{"file": "a.txt"}, {"file": "./a.txt"}], "listed twice"),
])
def test_bad_indexes_are_input_errors(tmp_path, entries, problem):
    with pytest.raises(InputError, match=problem):
        read_index(write_index(tmp_path / "index.json", entries))
    (tmp_path / "broken.json").write_text("[{", encoding="utf-8")
    with pytest.raises(InputError, match="invalid JSON"):
        read_index(tmp_path / "broken.json")
