"""kg.extract.words: what jieba's dictionary says of a string."""

from kg.extract.words import common_noun, common_words, holds_common_word, ordinary_word, two_words


def test_ordinary_words_and_names():
    assert common_words("旅游综合体项目") and not common_words("青石山村")
    assert common_noun("口罩") and not common_noun("立新")
    assert ordinary_word("工作") and not ordinary_word("刘振华")
    assert two_words("月度工作") and not two_words("刘振华")
    assert holds_common_word("进社区活动") and not holds_common_word("那仁巴图")


def test_a_kind_of_unit_holds_no_place_or_person():
    from kg.extract.words import kind_of_unit

    assert kind_of_unit("代表联络站") and kind_of_unit("卫生院")
    assert not kind_of_unit("北京卫生院")


def test_a_tibetan_or_mongolian_name_of_given_name_elements():
    from kg.extract.words import ethnic_name
    assert ethnic_name("索朗旺堆") and ethnic_name("巴桑卓嘎") and ethnic_name("旦增曲扎")
    assert ethnic_name("斯琴高娃") and ethnic_name("阿旺晋美")
    assert ethnic_name("巴图苏和") and ethnic_name("特木尔巴音")  # Mongolian elements
    assert not ethnic_name("扎西")  # one element: no four-character name
    assert not ethnic_name("索朗干部")  # an element and a word



def test_longest_first_matches_as_the_alternation_sorted_longest_first_does():
    import re

    from kg.extract.words import longest_first

    words = ["书记", "副书记", "书记员", "主任", "副主任", "主任委员", "长", "县长", "副县长"]
    sorted_alt = re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))
    trie = re.compile(longest_first(words))
    text = "县委副书记、县长甲乙,书记员丙丁,主任委员戊己,副主任,长期,副县长庚"
    assert [m.group() for m in trie.finditer(text)] == [m.group() for m in sorted_alt.finditer(text)]
    assert trie.fullmatch("书记员") and not trie.fullmatch("书")
