"""Loading files and directories into articles (kg.load.files; HTML pages: tests/load/test_html.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.load.files import LoadResult, load_all, load_file, load_paths, load_text
from tests.support.pages import HTML
from tests.support.paths import DEV, GOLD

PAGE = "zhengzhou-gxq-2022-01-07.txt"


def gold_titles(name: str) -> list[str]:
    return [rec["title"] for rec in json.loads((GOLD / name).read_text("utf-8"))]


# --- the dev corpus -----------------------------------------------------------------

def test_every_dev_file_loads_with_the_gold_titles():
    results = list(load_paths([DEV]))
    assert [Path(r.path).name for r in results] == sorted(p.name for p in DEV.glob("*.txt"))
    for r in results:
        assert r.error is None, r.error
        assert [a.title for a in r.articles] == gold_titles(Path(r.path).stem + ".json")
        assert [a.index for a in r.articles] == list(range(len(r.articles)))
        for a in r.articles:
            assert a.source == r.path and a.text and not a.text.startswith(a.title)
            assert "\n\n" not in a.text and a.text == a.text.strip()


def test_zhengzhou_page_is_five_articles_with_page_breaks_joined():
    articles = load_file(DEV / PAGE, published="2022-01-07")
    assert len(articles) == 5
    assert all(a.published == "2022-01-07" and a.source == str(DEV / PAGE) for a in articles)
    text = "\n".join(a.text for a in articles)
    for joined in ["确保能够快速有效控制疫情", "要抓好经济社会发展", "通过开展“双抓双促”活动",
                   "从建设项目前期", "二是要强化", "高新区“三个一批”项目现场观摩会"]:
        assert joined in text
    first = articles[0].text.split("\n")
    assert first[-1] == "记者 孙庆辉 文/图" and len(first) == 6
    assert articles[1].text.endswith("\n记者 孙庆辉 通讯员 王茜")


def test_caption_and_byline_lines_stay_separate():
    lines = load_file(DEV / "news-021.txt")[0].text.split("\n")
    assert lines[1] == "周代惠督导检查防汛工作现场"
    assert lines[2].startswith("周代惠先后来到")
    assert load_file(DEV / "news-006.txt")[0].text.split("\n")[0] == "□通讯员 梁兴茜"


# --- text and Markdown --------------------------------------------------------------

def test_file_without_headings_is_one_article_titled_by_its_first_line():
    [a] = load_text("\n\n示范区召开会议\n\n本报讯 区委书记甲乙出席会议。\n会议强调,要做好工作。\n",
                    "x.txt")
    assert (a.title, a.text, a.index, a.source) == (
        "示范区召开会议", "本报讯 区委书记甲乙出席会议。\n会议强调,要做好工作。", 0, "x.txt")


def test_front_matter_published_and_the_argument_wins():
    text = "---\npublished: 2022-01-07\nurl: http://example.org/a\n---\n# 标题\n\n正文。\n"
    [a] = load_text(text, "x.md")
    assert (a.title, a.text, a.published, a.url) == ("标题", "正文。", "2022-01-07",
                                                      "http://example.org/a")
    assert load_text(text, "x.md", published="2023-02-03")[0].published == "2023-02-03"
    [b] = load_text("---\ntitle: 前言标题\ndate: 2021年3月4日\n---\n第一段。\n第二段。", "y.md")
    assert (b.title, b.text, b.published) == ("前言标题", "第一段。\n第二段。", "2021-03-04")


def test_bad_dates_are_input_errors():
    with pytest.raises(InputError, match="x.md: front matter published is not a date"):
        load_text("---\npublished: soon\n---\n# 标题\n正文。", "x.md")
    with pytest.raises(InputError, match="published is not a date"):
        load_text("# 标题\n正文。", "x.md", published="07/01/2022")


def test_preamble_teaser_and_masthead_are_dropped_but_a_lead_article_is_kept():
    body = "本报讯 近日,示范区召开工作会议,部署全年任务。\n会议强调,要做好工作。"
    teaser = "本报讯 近日,示范区召开工作会议,部署全年任务。\n\n"
    assert [a.title for a in load_text(teaser + "# 甲\n" + body, "x")] == ["甲"]
    assert [a.title for a in load_text("示范区报 第3版\n\n# 甲\n" + body, "x")] == ["甲"]
    other = "区领导慰问困难群众\n本报讯 1月3日,区领导走访慰问了困难群众。\n\n"
    articles = load_text(other + "# 甲\n" + body + "\n## 乙\n" + body, "x")
    assert [(a.title, a.index) for a in articles] == [
        ("区领导慰问困难群众", 0), ("甲", 1), ("乙", 2)]
    assert articles[0].text == "本报讯 1月3日,区领导走访慰问了困难群众。"


def test_markdown_markup_is_removed():
    text = ("# **示范区** 召开会议 #\n\n> 本报讯 [示范区](http://example.org/x)召开**工作**会议。\n\n"
            "![图](a.jpg)\n\n---\n\n### 小标题\n\n会议强调,要做好工作。\n")
    [a] = load_text(text, "x.md")
    assert a.title == "示范区 召开会议"
    assert a.text == "本报讯 示范区召开工作会议。\n小标题\n会议强调,要做好工作。"


def test_title_whitespace_collapsed_and_text_normalised():
    [a] = load_text("#   迅速部署　　从实从细\t高新区  \n\n（记者　甲乙）１月５日，会议召开。\r\n", "x")
    assert a.title == "迅速部署 从实从细 高新区"
    assert a.text == "(记者 甲乙)1月5日,会议召开。"


def test_empty_text():
    for text in ["", " \n\u3000\n", "\ufeff\u200b"]:
        with pytest.raises(InputError, match="empty file"):
            load_text(text, "x.txt")
    with pytest.raises(InputError, match="no article text"):
        load_text("---\npublished: 2022-01-07\n---\n\n", "x.md")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("# \n\t-:,。“”甲乙丙AZaz09\u3000\u200b\r>*[]()!"),
               max_size=120) | st.text(max_size=120))
def test_load_text_on_arbitrary_text_raises_only_input_error(text):
    try:
        articles = load_text(text, "fuzz.txt")
    except InputError as e:
        assert e.path == "fuzz.txt"
        return
    for i, a in enumerate(articles):
        assert a.index == i and "\n" not in a.title
        assert "\n\n" not in a.text and a.text == a.text.strip()


# --- encodings through files ---------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16",
                                      "utf-16-le", "utf-16-be"])
def test_files_in_each_encoding(tmp_path, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes("# 示范区召开会议\n\n本报讯(记者 甲乙)示范区召开会议。\n".encode(encoding))
    [a] = load_file(path)
    assert (a.title, a.text) == ("示范区召开会议", "本报讯(记者 甲乙)示范区召开会议。")


def test_bad_files(tmp_path):
    cases = {
        "empty.txt": (b"", "empty file"),
        "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
                       "binary file, not text"),
        "odd.txt": (bytes(range(128, 256)) * 2, "cannot detect the text encoding"),
    }
    for name, (data, problem) in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(InputError) as e:
            load_file(tmp_path / name)
        assert (e.value.path, e.value.problem) == (str(tmp_path / name), problem)
    with pytest.raises(InputError, match="no such file"):
        load_file(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        load_file(tmp_path)


def test_truncated_utf8_file_still_loads(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes("# 标题\n\n会议强调,要做好工作。会".encode("utf-8")[:-1])
    assert load_file(path)[0].text == "会议强调,要做好工作。"


# --- directories ------------------------------------------------------------------

def test_directory_with_good_and_bad_files(tmp_path):
    (tmp_path / "b-good.txt").write_text("# 乙\n\n正文。\n", "utf-8")
    (tmp_path / "a-empty.md").write_bytes(b"")
    (tmp_path / "c-binary.txt").write_bytes(bytes(range(256)))
    (tmp_path / "d.jsonl").write_text('{"title": "丁", "text": "正文。"}\nnot json\n', "utf-8")
    (tmp_path / ".hidden.txt").write_text("# 隐藏\n正文。", "utf-8")
    (tmp_path / "index.json").write_text("[]", "utf-8")
    (tmp_path / "notes.csv").write_text("a,b\n", "utf-8")
    (tmp_path / "README.md").write_text("# 说明\n这个目录放新闻。", "utf-8")
    (tmp_path / "FORMAT.md").write_text("# Format\nOne article per file.", "utf-8")
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "e.html").write_text(HTML.format(charset="utf-8"), "utf-8")
    (tmp_path / "sub" / "f.markdown").write_text("戊会议\n正文。", "utf-8")
    results = list(load_paths([tmp_path]))
    assert all(isinstance(r, LoadResult) for r in results)
    summary = {Path(r.path).relative_to(tmp_path).as_posix():
               ([a.title for a in r.articles], r.error and r.error.problem) for r in results}
    assert summary == {
        "a-empty.md": ([], "empty file"),
        "b-good.txt": (["乙"], None),
        "c-binary.txt": ([], "binary file, not text"),
        "d.jsonl": (["丁"], "line 2: invalid JSON (Expecting value at column 1)"),
        "sub/deeper/e.html": (["示范区召开防汛工作会议"], None),
        "sub/f.markdown": (["戊会议"], None),
    }
    assert [Path(r.path).name for r in results][-2:] == ["e.html", "f.markdown"]
    with pytest.raises(InputError, match="a-empty.md: empty file"):
        load_all([tmp_path])
    assert [a.title for a in load_all([tmp_path / "b-good.txt", tmp_path / "sub"])] == [
        "乙", "示范区召开防汛工作会议", "戊会议"]


def test_paths_that_are_missing_or_hold_no_articles(tmp_path):
    (tmp_path / "empty").mkdir()
    results = list(load_paths([tmp_path / "missing.txt", tmp_path / "empty"]))
    assert [(r.articles, r.error.problem) for r in results] == [
        ((), "no such file"), ((), "no article files (.txt .md .markdown .html .htm .jsonl) "
                                   "in directory")]
    assert list(load_paths(str(tmp_path / "missing.txt")))[0].error is not None


def test_headings_without_text_are_not_articles():
    articles = load_text("# 示范区报 第3版\n\n## 甲\n正文。\n## 乙\n\n## 丙\n正文二。", "x.md")
    assert [(a.title, a.index) for a in articles] == [("甲", 0), ("丙", 1)]
    with pytest.raises(InputError, match="no article text"):
        load_text("# 只有标题\n", "x.md")
    [single] = load_text("只有一行的文件,也是正文。", "x.txt")
    assert single.title == single.text == "只有一行的文件,也是正文。"


def test_a_directory_walk_survives_symlink_loops_dangling_links_and_unreadable_entries(tmp_path):
    (tmp_path / "a.md").symlink_to("b.md")
    (tmp_path / "b.md").symlink_to("a.md")
    (tmp_path / "dangling.txt").symlink_to("nowhere.txt")
    (tmp_path / "good.md").write_text("# 标题\n\n县长柏思源主持召开县政府常务会议。\n", "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)  # a link to a directory: not followed
    results = list(load_paths([tmp_path]))
    by_name = {Path(r.path).name: r for r in results}
    assert sorted(by_name) == ["a.md", "b.md", "dangling.txt", "good.md"]
    assert "symbolic links" in str(by_name["a.md"].error) and "broken" in str(by_name["dangling.txt"].error)
    assert by_name["good.md"].error is None and len(by_name["good.md"].articles) == 1
