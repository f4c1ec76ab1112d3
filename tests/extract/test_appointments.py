"""kg.extract.appointments: posts conferred where the name comes before the post."""

from __future__ import annotations

from kg.extract import extract_article
from kg.extract.appointments import appointed
from tests.support.extraction import art, posts


def test_a_decision_read_out_gives_each_named_comrade_the_posts_of_the_chain():
    rec = extract_article(art(
        "1月5日,全区领导干部大会召开,市委组织部副部长甘明远宣布市委决定:郜立新同志任区党工委副书记、管委会主任,"
        "免去其市科技局局长职务;冉建国同志任市生态环境局党组书记、局长;栾文华同志任中共青石市委委员、常委、副书记。"))
    assert posts(rec, "甘明远") == [("市委组织部", "副部长")]  # "同志任市" names no city
    assert posts(rec, "冉建国") == [("市生态环境局党组", "书记"), ("市生态环境局", "局长")]
    assert posts(rec, "栾文华") == [("青石市委", t) for t in ("委员", "常委", "副书记")]
    assert ("区党工委", "副书记") in posts(rec, "郜立新")
    assert all(t != "局长" for _, t in posts(rec, "郜立新"))  # 免去: a post taken away is no post


def test_a_chain_that_does_not_end_in_a_title_gives_nothing():
    assert appointed("郜立新同志任务繁重,冉建国同志任劳任怨。") == []
    hit, = appointed("会议宣布:郜立新同志任区委常委、宣传部部长。")
    assert [(p.org, p.title) for p in hit.posts] == [("区委", "常委"), ("宣传部", "部长")]


def test_a_list_after_an_election_that_says_dangxuan_is_read_once():
    hits = appointed("经投票选举,郜立新当选为政协青石县第九届委员会主席;冉建国、栾文华、奇安当选为政协青石县第九届委员会副主席。")
    assert sorted(h.name for h in hits) == ["冉建国", "奇安", "栾文华", "郜立新"]  # no "奇安当选"


def test_names_and_posts_elected_respectively_pair_off():
    from kg.extract import extract_article
    from tests.support.extraction import art, posts
    rec = extract_article(art("10月11日,古井镇召开第十五届人民代表大会第一次会议。"
                              "冉建国、栾文华分别当选为镇人大主席和副主席;郜立新当选为镇长。"))
    assert posts(rec, "冉建国") == [("古井镇人大", "主席")]
    assert posts(rec, "栾文华") == [("古井镇人大", "副主席")]
    assert posts(rec, "郜立新") == [("古井镇政府", "镇长")]
    # a bare 人大 at a town's congress is the town's
    rec = extract_article(art("10月11日,古井镇召开第十五届人民代表大会第一次会议。冉建国、栾文华分别当选为人大主席和副主席。"))
    assert posts(rec, "栾文华") == [("古井镇人大", "副主席")]
    # as many posts as names, or none is read
    rec = extract_article(art("冉建国、栾文华分别当选为镇人大主席。"))
    assert not any(p.name == "栾文华" and p.posts for p in rec.people)


def test_one_elected_to_a_chain_of_posts_gets_each_and_the_government_as_printed():
    from kg.extract import extract_article
    from tests.support.extraction import art, posts
    rec = extract_article(art("旗人大常委会主任郜立新宣布选举结果:冉建国同志当选为扎赉特旗委常委、人民政府副旗长,"
                              "栾文华同志当选为扎赉特旗委常委。"))
    assert posts(rec, "冉建国") == [("扎赉特旗委", "常委"), ("扎赉特旗人民政府", "副旗长")]
    assert posts(rec, "栾文华") == [("扎赉特旗委", "常委")]


def test_a_resignation_accepted_gives_the_post_held_and_besides_may_follow_a_name():
    from kg.extract import extract_article
    from tests.support.extraction import art, posts
    rec = extract_article(art("会议接受冉建国辞去滨海新区人民政府区长职务的请求。琼山区委书记栾文华除了汇报工作,还作了发言。"))
    assert posts(rec, "冉建国") == [("滨海新区人民政府", "区长")]
    assert posts(rec, "栾文华") == [("琼山区委", "书记")]


def test_elected_with_ren_and_a_second_election_after_a_dunhao():
    rec = extract_article(art("会议通过无记名投票方式选举产生刘振华任白杨乡人民政府乡长,陈立新任白杨乡人大副主席。"))
    assert posts(rec, "刘振华") == [("白杨乡人民政府", "乡长")]
    assert posts(rec, "陈立新") == [("白杨乡人大", "副主席")]
    rec = extract_article(art("会议选举周晓明为青石县人民政府县长、选举柯小满为青石县第十四届人民代表大会常务委员会副主任。"))
    assert posts(rec, "柯小满") == [("青石县第十四届人民代表大会常务委员会", "副主任")]


def test_a_list_appointed_in_one_act_each_take_the_post():
    rec = extract_article(art("4月26日,东川县人大常委会召开会议。会议决定任命刘振华、陈立新同志为东川县人民政府副县长。"
                              "会议决定任命周晓明、柯小满、柯满三位同志为东川县监察委员会委员。"))
    assert posts(rec, "刘振华") == posts(rec, "陈立新") == [("东川县人民政府", "副县长")]
    assert posts(rec, "柯满") == [("东川县监察委员会", "委员")]


def test_an_election_s_post_ends_before_a_bracketed_note():
    rec = extract_article(art("5月6日,东川区人大召开会议,选举刘振华为东川区人民政府区长,"
                              "选举陈立新为东川区人民检察院检察长(按照法律规定,须报上级批准)。"))
    assert posts(rec, "陈立新") == [("东川区人民检察院", "检察长")]


def test_people_a_motion_names_are_people_without_a_post():
    text = "会议审议通过了马德林、吴秀英两名同志的任职议案;会议表决通过了孙国庆等6名同志的免职议案。"
    assert [(h.name, h.posts) for h in appointed(text)] == [("马德林", []), ("吴秀英", []), ("孙国庆", [])]
    assert [h.name for h in appointed("审议《关于钱立群同志任职的决定(草案)》。")] == ["钱立群"]
    assert appointed("会议通过了相关同志的任职议案。") == []


def test_an_election_list_whose_items_carry_a_note():
    from kg.extract import extract_article
    from tests.support.extraction import art, posts
    rec = extract_article(art("会议选举马德林为自治区党委书记,刘振华(藏族)、吴秀英为自治区党委副书记。"))
    assert posts(rec, "刘振华") == [("自治区党委", "副书记")] and posts(rec, "吴秀英") == [("自治区党委", "副书记")]


def test_the_rest_elected_to_a_post_listed_after_it():
    from kg.extract import extract_article
    from tests.support.extraction import art, posts
    rec = extract_article(art("会议选举马德林为自治区党委书记。当选为自治区党委常委的还有刘振华、吴秀英(女,藏族)、孙国庆。"))
    assert [posts(rec, n) for n in ("刘振华", "吴秀英", "孙国庆")] == [[("自治区党委", "常委")]] * 3


def test_two_posts_joined_by_he_and_the_act_goes_on_after_a_chain():
    rec = extract_article(art("会议选举王建国同志为柴旦镇人大主席和海西州人大代表,李立新同志为柴旦镇人民政府副镇长。"))
    assert posts(rec, "王建国") == [("柴旦镇人大", "主席"), ("海西州人大", "代表")]
    assert posts(rec, "李立新") == [("柴旦镇人民政府", "副镇长")]
