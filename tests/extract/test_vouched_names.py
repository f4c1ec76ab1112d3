"""kg.extract.vouched_names: names after a title that the article vouches for by printing them again."""

from kg.extract import extract_article
from kg.extract.vouched_names import read_reprinted_name
from tests.support.extraction import art, posts


def test_a_name_run_on_into_a_word_is_read_when_printed_again_before_a_follower():
    text = "在京参加表彰大会的市政协副主席、县委书记刘振华载誉归来。刘振华主持会议。"
    assert read_reprinted_name(text, text.index("刘振华")) == "刘振华"
    rec = extract_article(art("7月30日,县委召开总结会。" + text))
    assert posts(rec, "刘振华") == [("市政协", "副主席"), ("县委", "书记")]


def test_a_name_printed_once_or_a_verb_after_代表_is_not_read():
    once = "在京参加表彰大会的市政协副主席、县委书记刘振华载誉归来。"
    assert read_reprinted_name(once, once.index("刘振华")) is None
    text = "当总书记代表党中央向大会致辞。党中央指出,要抓好落实。"
    assert read_reprinted_name(text, text.index("党中央")) is None
    text = "省委领导来开调研。会议传达省委领导来开调研指示精神。"
    assert read_reprinted_name(text, text.index("来开")) is None


def test_a_frequent_verb_after_a_title_printed_twice_is_no_unusual_name():
    from kg.extract.vouched_names import read_unusual_name
    text = "2016年5月,总书记亲临龙江视察时指出,要推动转型;2023年9月,总书记再次亲临龙江视察。"
    assert read_unusual_name(text, text.index("亲临")) is None
    text = "人大常委会主任那仁巴图主持会议。那仁巴图指出,要抓好落实。"
    assert read_unusual_name(text, text.index("那仁")) == "那仁巴图"
