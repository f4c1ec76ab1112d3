"""kg.extract.budget: an article past its time budget fails alone, naming its file."""

import pytest

from kg.extract import extract_article
from kg.extract.batch import extract_paths
from kg.extract.budget import ExtractionTimeout
from kg.model import Article

LONG = "3月5日,区委书记刘振华到石湾镇调研,区长陈立新陪同。" * 4000


def test_an_article_past_its_budget_is_an_error_naming_the_file(monkeypatch):
    monkeypatch.setenv("KG_ARTICLE_SECONDS", "0.05")
    with pytest.raises(ExtractionTimeout, match=r"big\.txt.*article 2: extraction took over 0\.05 s"):
        extract_article(Article("t", LONG, "big.txt", index=1))
    monkeypatch.setenv("KG_ARTICLE_SECONDS", "0")  # 0: no budget
    assert extract_article(Article("t", "3月5日,区委书记刘振华到石湾镇调研。", "small.txt")).people


def test_the_other_files_go_on(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("长篇\n" + LONG, encoding="utf-8")
    (tmp_path / "b.txt").write_text("调研\n3月5日,区委书记刘振华到石湾镇调研。", encoding="utf-8")
    monkeypatch.setenv("KG_ARTICLE_SECONDS", "0.05")
    out = extract_paths([tmp_path])
    assert [r.article.source.endswith("b.txt") for r in out.records] == [True]
    assert out.files_failed == 1 and "a.txt" in str(out.errors[0])
