"""kg.workers: files (and texts) read and extracted in order, in this process or in --jobs
workers, each reported as a kg.progress `read` step as its result comes back."""

from kg.load.index import Meta
from kg.workers import load_and_extract, text_files
from tests.support.paths import DEV

ARTICLE = "# 县长主持召开常务会议\n\n3月20日,县长柏思源主持召开县政府常务会议。副县长栾文华出席会议。\n"


def test_every_file_is_a_read_step_in_file_order_with_or_without_jobs(tmp_path):
    missing = tmp_path / "missing.txt"
    files = [DEV / "news-009.txt", missing, DEV / "zhengzhou-gxq-2022-01-07.txt", DEV / "news-018.txt"]
    for jobs in (1, 2):
        steps = []
        results = list(load_and_extract(files, None, jobs, progress=steps.append))
        assert [r[0] for r in results] == [str(f) for f in files]
        assert [(s.phase, s.done, s.total) for s in steps] == [("read", i, 4) for i in range(5)]
        assert [s.path for s in steps] == [None, *map(str, files)]
        counts = [len(r[1]) for r in results]
        assert [s.articles for s in steps] == [0, *(sum(counts[:i]) for i in range(1, 5))]
        assert counts[2] == 5 and [s.failed for s in steps] == [0, 0, 1, 1, 1]
        assert "no such file" in results[1][2]


def test_texts_are_named_by_their_content_and_take_what_is_declared():
    steps = []
    declared = Meta("2023-03-22", "青石日报", "某省青石县")
    (name, records, error), (again, _, _), (empty, none, problem) = text_files(
        [ARTICLE, ARTICLE, "  "], declared, steps.append)
    assert name == again and name.startswith("text-") and error is None
    (rec,) = records
    assert rec.article.source == name and rec.article.published == "2023-03-22"
    assert (rec.article.publisher, rec.article.home) == ("青石日报", "某省青石县")
    assert rec.people[0].name == "柏思源" and rec.events[0].date == "2023-03-20"
    assert none == [] and "empty" in problem and empty != name
    assert [(s.done, s.total, s.articles, s.failed) for s in steps] == [(0, 3, 0, 0), (1, 3, 1, 0), (2, 3, 2, 0),
                                                                       (3, 3, 2, 1)]
