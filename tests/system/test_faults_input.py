"""Bad input through the loader and `kg ingest`: empty, binary, truncated UTF-8, GBK without a
declaration, a 50 MB single-line file, malformed HTML, a JSON Lines file with a broken line,
a directory mixing good and bad files; and a fuzz of loader + extractor (only KGErrors that
name the file escape). Unit cases of kg.load.files / kg.load.text / kg.load.jsonl live in their own tests."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.cli.commands import cli
from kg.errors import InputError, KGError
from kg.extract import extract_article
from kg.load.files import MAX_HTML_BYTES, load_file
from kg.model import Article
from kg.store.embedded import EmbeddedStore
from kg.load.text import MAX_ARTICLE_CHARS
from tests.support.faults import kg

ARTICLE = "# {title}\n\n本报讯 1月5日,示范区召开专题会议。区委书记甲乙丙主持会议并讲话。\n"


def stored_titles(store: Path) -> set[str]:
    nodes, _ = EmbeddedStore(store).snapshot()
    return {n.props["title"] for n in nodes if n.label == "Article"}


def ingest(store: Path, *paths: Path):
    """`kg ingest` in this process (an exception other than SystemExit fails the test)."""
    args = ["--store", str(store), "ingest", "--published", "2022-01-07", *map(str, paths)]
    return CliRunner().invoke(cli, args, obj={}, catch_exceptions=False)


def assert_clean_failure(r, exit_code: int = 1):
    code = r.returncode if hasattr(r, "returncode") else r.exit_code
    assert code == exit_code, r.stderr
    assert "Traceback" not in r.stderr + r.stdout


def test_directory_mixing_good_and_bad_files(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "good.txt").write_text(ARTICLE.format(title="好文件"), "utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (d / "cut.md").write_bytes(ARTICLE.format(title="截断文件").encode("utf-8") + "会".encode()[:2])
    (d / "gbk.txt").write_bytes(ARTICLE.format(title="国标文件").encode("gbk"))
    (d / "gbk.html").write_bytes(  # GBK, no <meta charset>
        "<html><head><title>国标网页</title></head><body><p>本报讯 示范区召开专题会议,研究部署工作。"
        "</p></body></html>".encode("gbk"))
    (d / "broken.html").write_text("<html><head><title>只有标题</title><body><div></d", "utf-8")
    (d / "lines.jsonl").write_text(
        json.dumps({"title": "第一行", "text": "正文一。"}, ensure_ascii=False) + "\n{not json\n"
        + json.dumps({"title": "第三行", "text": "正文三。"}, ensure_ascii=False) + "\n", "utf-8")
    store = tmp_path / "g.kgstore"
    r = ingest(store, d)
    assert_clean_failure(r)
    errors = [line for line in r.stderr.splitlines() if line.startswith("kg: error:")]
    assert sorted(Path(e.split(": ")[2]).name for e in errors) == [
        "binary.txt", "broken.html", "empty.txt", "lines.jsonl"]
    assert f"{d / 'lines.jsonl'}: line 2: invalid JSON" in r.stderr
    assert f"{d / 'empty.txt'}: empty file" in r.stderr
    assert "4 file error(s)" in r.stderr
    assert stored_titles(store) == {"好文件", "截断文件", "国标文件", "国标网页", "第一行", "第三行"}


def test_jsonl_broken_line_reported_by_number_and_the_rest_loaded(tmp_path):
    good = [json.dumps({"title": f"第{i}条", "text": f"示范区召开第{i}次会议。"}, ensure_ascii=False)
            for i in range(1, 5)]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(good[:2] + ['{"title": "坏行", "text": 5}'] + good[2:]) + "\n", "utf-8")
    store = tmp_path / "g.kgstore"
    r = ingest(store, path)
    assert_clean_failure(r)
    assert f"kg: error: {path}: line 3: 'text' is missing or not a string" in r.stderr
    assert stored_titles(store) == {"第1条", "第2条", "第3条", "第4条"}
    path.write_text("\n".join(good) + "\n", "utf-8")  # fixed: nothing new, exit 0
    r = ingest(store, path)
    assert r.exit_code == 0 and "0 added" in r.stderr and "4 unchanged" in r.stderr


def test_50mb_single_line_file_is_refused_quickly_in_bounded_memory(tmp_path):
    big = tmp_path / "dump.txt"
    sentence = "区委书记甲乙丙主持召开会议,研究部署工作。".encode("utf-8")
    with open(big, "wb") as f:
        for _ in range(50 * 2**20 // (len(sentence) * 1000)):
            f.write(sentence * 1000)
    assert big.stat().st_size > 49 * 2**20
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE.format(title="好文件"), "utf-8")
    store = tmp_path / "g.kgstore"
    started = time.monotonic()  # a real process, to measure its memory
    r = kg("--store", str(store), "ingest", "--published", "2022-01-07", str(big), str(good),
           wrap=MAXRSS_WRAPPER)
    elapsed = time.monotonic() - started
    assert_clean_failure(r)
    assert re.search(f"kg: error: {re.escape(str(big))}: line 1 has 18,[0-9,]+ characters; kg reads "
                     "at most 1,000,000 per line \\(not a news page\\)", r.stderr)
    assert stored_titles(store) == {"好文件"}
    assert elapsed < 30, f"took {elapsed:.1f} s"
    # the kg process's own peak (KiB), reported by a wrapper whose only child it was (this
    # test process has had other children: browsers, servers)
    peak = int(re.search(r"maxrss_kib=(\d+)", r.stderr).group(1))
    assert peak < 700 * 1024, peak


MAXRSS_WRAPPER = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
                  "print(f'maxrss_kib={resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}', "
                  "file=sys.stderr); sys.exit(r.returncode)")


def test_oversized_articles_and_pages_are_input_errors(tmp_path):
    many_lines = tmp_path / "no-headings.txt"  # short lines, one article of 1.2M characters
    many_lines.write_text("标题\n" + ("示范区召开会议,研究部署工作。" * 4 + "\n") * 20_000, "utf-8")
    with pytest.raises(InputError, match=f"has 1,2[0-9,]+ characters; kg reads at most {MAX_ARTICLE_CHARS:,} per article"):
        load_file(many_lines)
    page = tmp_path / "huge.html"
    page.write_bytes(b"<html><body>" + b"<p>x</p>" * (MAX_HTML_BYTES // 8 + 1) + b"</body></html>")
    with pytest.raises(InputError, match="web page too large"):
        load_file(page)
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"title": "长", "text": "会" * (MAX_ARTICLE_CHARS + 1)}) + "\n"
                    + json.dumps({"title": "短", "text": "会议。"}, ensure_ascii=False) + "\n", "utf-8")
    r = ingest(tmp_path / "g.kgstore", feed)
    assert_clean_failure(r)
    assert "feed.jsonl: line 1: " in r.stderr and "characters; kg reads at most" in r.stderr
    assert stored_titles(tmp_path / "g.kgstore") == {"短"}


MALFORMED_HTML = [  # (page, has text)
    ("<html><body><p>本报讯 示范区召开会议,区委书记甲乙丙出席。<p>会议强调,要抓好落实。", True),  # unclosed
    ("<html><body><div><span>本报讯 示范区召开会议。</div></span></p></td></body>", True),  # misnested
    ("<!DOCTYPE html><html><head><title>标题</title></head><body><p>本报讯 示范区召开会议。</p><p", True),
    ("<html><body><<>><p>本报讯 示范区<召开>会议。</p>&#xZZ;&bogus;</body></html>", True),
    ("<html><body>\x00\x01<p>本报讯 示范区召开会议。</p></body></html>", True),  # stray NULs
    ("<html>" + "<div>" * 200 + "本报讯 示范区召开会议。" + "</div>" * 10 + "</html>", True),
    ("<html><head><script>var a = '<p>不是正文</p>';</script></head><body></body></html>", False),
    ("<html>" + "<div>" * 5000 + "本报讯 示范区召开会议。</html>", True),  # beyond libxml2's depth: read anyway
]


@pytest.mark.parametrize("i", range(len(MALFORMED_HTML)))
def test_malformed_html_loads_or_fails_naming_the_file(tmp_path, i):
    path = tmp_path / f"page{i}.html"
    page, has_text = MALFORMED_HTML[i]
    path.write_text(page, "utf-8")
    if not has_text:
        with pytest.raises(InputError, match=f"^{re.escape(str(path))}: no article text in the HTML page$"):
            load_file(path)
        return
    [article] = load_file(path)
    assert "本报讯 示范区" in article.text and "不是正文" not in article.text


# --- fuzz -----------------------------------------------------------------------------

SUFFIXES = [".txt", ".md", ".html", ".jsonl", ""]
NEWS = list("区县市委书记长副主任主持召开会议调研检查出席讲话同志记者通讯员,。、:;“”()《》\n #-"
            "0123456789年月日甲乙丙丁张王李赵党工委管委会镇街道办事处村社区人大政协常委<>p/{}\"")
FILE_BYTES = (
    st.binary(max_size=300)
    | st.text(st.sampled_from(NEWS), max_size=200).map(lambda s: s.encode("utf-8"))
    | st.tuples(st.text(st.sampled_from(NEWS), max_size=200),
                st.sampled_from(["gbk", "utf-16", "utf-8-sig", "big5", "shift_jis"])
                ).map(lambda t: t[0].encode(t[1], errors="ignore"))
    | st.lists(st.fixed_dictionaries({"title": st.text(max_size=10), "text": st.text(max_size=40)}),
               max_size=3).map(lambda xs: "\n".join(json.dumps(x) for x in xs).encode())
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=FILE_BYTES, suffix=st.sampled_from(SUFFIXES))
def test_fuzz_loader_and_extractor_raise_only_kg_errors_naming_the_file(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        articles = load_file(path)
    except KGError as e:
        assert str(path) in str(e)
        return
    for a in articles:
        assert a.source == str(path)
        extract_article(a)  # raises nothing for any loaded article


@settings(max_examples=400, deadline=None)
@given(text=st.text(st.sampled_from(NEWS), min_size=1, max_size=300) | st.text(min_size=1, max_size=300),
       title=st.text(min_size=1, max_size=20))
def test_fuzz_extractor_on_arbitrary_text(text, title):
    article = Article(title=title, text=text, source="fuzz.txt", index=0, published="2022-01-07")
    try:
        record = extract_article(article)
    except KGError as e:  # allowed only with the file named
        assert "fuzz.txt" in str(e)
        return
    for person in record.people:
        for m in person.mentions:
            assert text[m.start:m.end] == m.text
