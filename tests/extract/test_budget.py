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


def test_a_budget_never_fires_inside_the_logging_lock():
    # an exception raised there would leave the lock held: the next log call of any thread
    # (the Neo4j driver's retry warning) would wait for ever
    import logging
    import time

    from kg.extract.budget import time_budget

    inside = []
    with pytest.raises(ExtractionTimeout):
        with time_budget("t.txt", 0, seconds=0.05):
            logging._acquireLock()
            try:
                time.sleep(0.2)  # the budget runs out while the lock is held
            except ExtractionTimeout:
                inside.append(True)
                raise
            finally:
                logging._releaseLock()
            time.sleep(0.5)  # ... and fires once it is released
    assert inside == [] and not logging._lock._is_owned()
