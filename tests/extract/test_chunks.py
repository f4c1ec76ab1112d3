"""kg.extract.chunks: the organisation words printed right before a title."""

from __future__ import annotations

from kg.extract import extract_article
from kg.extract.chunks import org_chunk
from tests.support.extraction import art, posts


def _chunk(text: str, title: str, floor: int = 0) -> str:
    return org_chunk(text, text.index(title), floor)[0]


def test_back_to_a_delimiter_or_a_boundary_word():
    assert _chunk("会上,区委副书记讲话", "副书记") == "区委"
    assert _chunk("会议上主管副镇长李勇做了部署", "副镇长") != "上主管"  # 会议上 ends the words before a post
    assert _chunk("纪委派驻深业上城党委书记", "书记") == "深业上城党委"
    assert _chunk("和平区人民政府区长", "区长") == "和平区人民政府"  # 和 starts a place here
    assert _chunk("调研组主要成员有团地委办公室主任", "主任") == "团地委办公室"  # "成员有": the members listed next
    assert _chunk("图为横县人大主任", "主任") == "横县人大"  # a photo caption's 图为, no part of the name


def test_never_past_the_floor():
    text = "刘振华区委书记"
    assert _chunk(text, "书记", floor=3) == "区委"


def test_the_cppcc_s_full_name_is_not_cut_at_its_huiyi():
    assert _chunk("12月17日,中国人民政治协商会议青石县委员会副主席", "副主席") == "中国人民政治协商会议青石县委员会"
    assert _chunk("会议暨区委书记", "书记") == "暨区委"  # 会议 still ends the words before it


def test_a_team_is_an_agent_before_zai():
    assert _chunk("督导组在州农业农村局副局长", "副局长") == "州农业农村局"
    assert _chunk("市政府重点督查第三组在市煤管局副局长孙国庆陪同下", "副局长") == "市煤管局"  # any 组
    assert _chunk("省政协原主席、党组原书记孙国庆", "书记") == "党组原"  # a party group is a body, no agent
    assert _chunk("会上,他与驻会部队政委孙国庆交流", "政委") == "驻会部队"  # a pronoun is an agent
    assert _chunk("检查组同时与弘海公司负责人孙国庆座谈", "负责人") == "弘海公司"  # an adverb before 与
    assert _chunk("游客关注消费方式,对此某某县副县长孙国庆表示", "副县长") == "某某县"  # 对此: about this
    assert _chunk("接受记者的采访......住疆全国政协委员孙国庆", "委员") == "住疆全国政协"  # an ellipsis ends it
    assert _chunk("检查组共同和某某公司负责人孙国庆座谈", "负责人") == "某某公司"
    assert _chunk("我们来到安和村党支部书记孙国庆家", "书记") == "安和村党支部"  # 安 is no adverb


def test_a_body_whose_name_opens_with_a_boundary_character_is_not_cut():
    text = "11月22日,同济大学研究所副所长"
    assert org_chunk(text, text.index("副所长"), 0)[0] == "同济大学研究所"
    text = "刘振华同县委副书记"
    assert org_chunk(text, text.index("副书记"), 3)[0] == "县委"


def test_haiyou_ends_the_words_before_an_organisation():
    text = "参加考察人员还有某某师范学院研究员"
    assert org_chunk(text, text.index("研究员"), 0)[0] == "某某师范学院"


def test_a_session_s_presidium_is_not_cut_at_its_huiyi():
    text = "自治区政协十二届一次会议主席团常务主席"
    assert org_chunk(text, text.index("常务主席"), 0)[0] == "自治区政协十二届一次会议主席团"
    text = "会议主席团常务主席"  # no sitting printed: the boundary word cuts as before
    assert org_chunk(text, text.index("常务主席"), 0)[0] == "主席团"


def test_a_post_of_its_own_before_he_ends_the_next_organisation():
    from kg.extract.chunks import org_chunk
    text = "东川县人大常委会主任次仁顿巴和县委常委、组织部部长孟庆禾"
    assert org_chunk(text, text.index("常委、"), 0)[0] == "县委"  # no 和县 read across 和
    text = "东川镇人大主席和西川州人大代表孟庆禾"
    assert org_chunk(text, text.index("代表"), 0)[0] == "西川州人大"


def test_an_interview_s_subtitle_opens_with_who_was_interviewed():
    text = "——访州人大代表、某县文化和旅游局局长刘振华"
    assert org_chunk(text, text.index("代表"), 0)[0] == "州人大"


def test_a_visit_to_someone_ends_before_the_organisation():
    text = "刘振华看望市妇儿医院儿一科主任马德林"
    assert org_chunk(text, text.index("主任"), 0)[0] == "市妇儿医院儿一科"


def test_those_present_listed_after_de_you_start_after_it():
    assert _chunk("参加会议的有县委书记", "书记") == "县委"
    assert _chunk("出席会议的有区文明办主任", "主任") == "区文明办"


def test_a_person_read_before_and_a_yu_before_the_organisation_are_no_part_of_it():
    text = "在省烟草专卖局,孙国庆与省烟草专卖局副局长"
    at = text.index("副局长")
    assert org_chunk(text, at, 0, {"孙国庆"})[0] == "省烟草专卖局"
    assert _chunk(text, "副局长") == "孙国庆与省烟草专卖局"  # no such person read: as printed
    assert org_chunk("安和村党支部书记", 6, 0, {"刘振华"})[0] == "安和村党支部"


def test_a_title_run_on_into_the_next_one_without_a_delimiter():
    for text in ("县委常委副县长钱立群调研。", "市林业局党组成员副局长钱立群调研。", "县教育局党组书记局长钱立群调研。"):
        rec = extract_article(art(text))
        assert len(rec.people[0].posts) == 2, text
    # 人大常委 is 人大常委会 shortened, no title 常委 before 副主任
    rec = extract_article(art("县人大常委副主任钱立群调研。"))
    assert [q.title for q in rec.people[0].posts] == ["副主任"]


def test_words_holding_dui_are_no_preposition():
    assert _chunk("山东省对口支援新疆工作指挥部总指挥", "总指挥") == "山东省对口支援新疆工作指挥部"
    assert _chunk("市应对疫情工作领导小组组长", "组长") == "市应对疫情工作领导小组"
    assert _chunk("钱立群对县教育局局长", "局长") == "县教育局"


def test_yi_before_a_post_opens_no_organisation():
    text = "3月4日,以市农业局局长甲乙丙为组长的督查组来我县督查。"
    assert org_chunk(text, text.index("局长"), 0)[0] == "市农业局"


def test_a_quoted_word_inside_a_bodys_name_stays_in_it():
    text = "会上,市“四个城市”建设协调推进委员会办公室主任甲乙丙讲话。"
    assert org_chunk(text, text.index("主任"), 0)[0] == "市“四个城市”建设协调推进委员会办公室"
    text = "他说“要抓紧”县长甲乙丙到场。"
    assert org_chunk(text, text.index("县长"), 0)[0] == ""  # a quotation ends the words before the title


def test_a_bodys_other_name_in_brackets_is_part_of_it():
    assert _chunk("会见了河南企业联合会(商会)会长陈立新", "会长") == "河南企业联合会(商会)"
    assert _chunk("省农业农村厅种植业管理处(农药管理处)处长周晓明", "处长") == "省农业农村厅种植业管理处(农药管理处)"
    assert _chunk("县政协副主席(兼)统战部部长", "部长") == "统战部"  # 兼 is no body's name
    text = "5月3日,市委书记刘振华会见了河南企业联合会(商会)会长陈立新一行。省农业农村厅种植业管理处(农药管理处)处长周晓明参加。"
    people = {p.name: {(q.org, q.title) for q in p.posts} for p in extract_article(art(text)).people}
    assert people["陈立新"] == {("河南企业联合会(商会)", "会长")}
    assert people["周晓明"] == {("省农业农村厅种植业管理处(农药管理处)", "处长")}  # no second 处 after the bracket


def test_a_visit_verb_before_a_firm_is_no_part_of_its_name():
    text = "市委书记一行莅临某某集团公司副总裁赵海平陪同考察"
    assert org_chunk(text, text.index("副总裁"), 0)[0] == "某某集团公司"


def test_a_stop_lost_after_gongzuo_before_a_level_s_body_ends_the_words_before_it():
    text = "县长赵海平深入到塘背村开展巡河督导工作县水利局局长孙志远陪同巡河"
    assert org_chunk(text, text.index("局长"), 6)[0] == "县水利局"
    text = "县委社会工作部部长孙志远"  # 工作 inside a body's name
    assert org_chunk(text, text.index("部长"), 0)[0] == "县委社会工作部"


def test_a_standing_member_run_on_to_the_committee_s_department_head():
    rec = extract_article(art("5月3日,在县委书记赵海平、县委常委组织部长周晓明的陪同下,调研组到工业园调研。"))
    assert [(p.org, p.title) for p in next(p for p in rec.people if p.name == "周晓明").posts] == [
        ("县委", "常委"), ("县委组织部", "部长")]


def test_a_visit_in_progress_before_a_body_is_no_part_of_it():
    rec = extract_article(art("6月5日,行署专员冯远舟到福海县调研。调研中行署专员冯远舟、副专员孙志远详细了解了方案。"))
    assert posts(rec, "冯远舟") == [("行署", "专员")]
