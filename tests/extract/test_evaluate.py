"""The scorer: tuple sets, micro-averaging, alignment, normalisation."""

from kg.extract.evaluate import Score, align, score_pairs, tuples

REC = {
    "title": "标题",
    "reporters": [{"name": "甲乙", "role": "记者"}],
    "people": [{"name": "柏思源", "posts": [{"org": "青石县委", "title": "副书记"}]}],
    "events": [{"type": "meeting", "date": "2023-03-13", "places": ["白杨村", "红旗社区"],
                "participants": [{"name": "柏思源", "role": "attended"}]}],
}


def test_tuples_follow_format_md():
    t = tuples(REC)
    assert t["people"] == {("柏思源",)}
    assert t["posts"] == {("柏思源", "青石县委", "副书记")}
    assert t["roles"] == {("柏思源", "attended")}
    assert t["events"] == {("meeting", "2023-03-13", "白杨村")}
    assert t["reporters"] == {("甲乙", "记者")}


def test_names_compared_after_nfkc_and_whitespace_removal():
    other = {**REC, "people": [{"name": "柏 思源", "posts": [{"org": "青石县委 ", "title": "副书记"}]}]}
    s = score_pairs([("a", REC, other)])
    assert s["people"].f1 == 1.0 and s["posts"].f1 == 1.0


def test_micro_average_counts_misses_and_false_hits():
    pred = {**REC, "people": [{"name": "柏思源", "posts": []}, {"name": "错人", "posts": []}]}
    s = score_pairs([("a", REC, pred)])
    assert (s["people"].tp, s["people"].fp, s["people"].fn) == (1, 1, 0)
    assert (s["posts"].tp, s["posts"].fn) == (0, 1)
    assert s["posts"].misses == [("a", ("柏思源", "青石县委", "副书记"))]
    assert round(s["people"].precision, 2) == 0.5


def test_missing_article_counts_as_empty():
    s = score_pairs([("a", REC, None)])
    assert s["people"].fn == 1 and s["people"].recall == 0.0


def test_align_by_title_then_position():
    g = [{"title": "一"}, {"title": "二"}]
    p = [{"title": "二"}, {"title": "三"}]
    pairs = align(g, p)
    assert pairs[1] == (g[1], p[0])
    assert pairs[0] == (g[0], p[1])


def test_empty_score_is_perfect_not_a_division_by_zero():
    assert Score().f1 == 1.0


def test_eval_reads_each_file_as_its_index_entry_declares_it(tmp_path):
    """kg eval extracts as `kg extract --index` does: the entry's home counts."""
    import json

    from kg.extract.batch import extract_file_json
    from kg.extract.evaluate import evaluate

    (tmp_path / "a.txt").write_text(
        "标题\n\n5月9日,由湖里区发改委副主任郜立新带队,湖里区调研团来思明区考察。区委书记冉建国参加。湖里区和思明区结对以来,思明区发展加快。", encoding="utf-8")
    (tmp_path / "index.json").write_text(json.dumps(
        [{"file": "a.txt", "published": "2024-05-16", "place": "某省某市思明区"}], ensure_ascii=False), encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text(json.dumps([{
        "title": "标题", "published": "2024-05-16", "reporters": [], "events": [],
        "people": [{"name": "郜立新", "posts": [{"org": "湖里区发改委", "title": "副主任"}]},
                   {"name": "冉建国", "posts": [{"org": "思明区委", "title": "书记"}]}]}], ensure_ascii=False),
        encoding="utf-8")
    scores = evaluate(gold, tmp_path, tmp_path / "index.json", extract_file_json)
    assert (scores["posts"].tp, scores["posts"].fp, scores["posts"].fn) == (2, 0, 0)
