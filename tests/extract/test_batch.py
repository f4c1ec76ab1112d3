"""kg.extract.batch: extraction of files and folders, with declared and indexed metadata."""

from pathlib import Path

from kg.extract.batch import extract_paths
from tests.support.paths import DEV


def test_extract_paths_takes_the_index_and_declared_source_and_home(tmp_path):
    result = extract_paths([DEV], index=DEV / "index.json", home="不用的家")
    by_file = {Path(r.article.source).name: r.article for r in result.records}
    assert by_file["news-003.txt"].published == "2024-03-01"
    assert by_file["news-003.txt"].home.startswith("重庆市江津区")  # the index wins over --home
    assert by_file["news-006.txt"].published is None
    page = tmp_path / "p.txt"
    page.write_text("# 县委召开会议\n\n3月13日,县委召开常委会会议。\n", encoding="utf-8")
    (rec,) = extract_paths([page], published="2023-03-15", source="青石日报", home="青石县").records
    assert (rec.article.publisher, rec.article.home, rec.article.published) == ("青石日报", "青石县", "2023-03-15")
    assert {"publisher", "home"} <= set(rec.to_json())
