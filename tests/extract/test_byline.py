"""kg.extract.byline: reporters in brackets, on lines of their own and at the end."""

from __future__ import annotations

from kg.extract import extract_article
from kg.extract.byline import find_byline
from kg.load.text import normalise
from tests.support.extraction import art


def test_bylines_in_brackets_lines_and_tail():
    rec = extract_article(art(
        "本报讯(见习记者 单晓楠 通迅员 卞家豪)3月1日,镇党委书记伍春林主持召开会议。\n记者 单晓楠 文/图"))
    assert [(r.name, r.role) for r in rec.reporters] == [("单晓楠", "记者"), ("卞家豪", "通讯员")]
    assert "单晓楠" not in {p.name for p in rec.people}
    rec2 = extract_article(art("□通讯员 庞一凡\n4月2日,乡长苟志明主持会议。\n柯小满 摄"))
    assert {(r.name, r.role) for r in rec2.reporters} == {("庞一凡", "通讯员"), ("柯小满", "摄")}
    rec3 = extract_article(art("4月2日,乡长苟志明主持会议。(乡党政办 蒲晓)"))
    assert rec3.reporters == ()


def test_a_byline_line_stops_at_the_editor_and_reads_past_lost_characters():
    rec = extract_article(art("新京报 记者 单晓楠 编辑 卞家豪\n4月2日,乡长苟志明主持会议。"))
    assert [(r.name, r.role) for r in rec.reporters] == [("单晓楠", "记者")]
    # as a page is read: its pinyin readings dropped ("日?qǐng)" → "日?")
    page = "鄉領導參加植樹\n周口日?qǐng)?bào)新周口客戶端記者 單曉楠 通訊員 卞家豪\n4月2日,鄉長苟志明主持會議。"
    lost = extract_article(art(normalise(page)))
    assert [(r.name, r.role) for r in lost.reporters] == [("單曉楠", "记者"), ("卞家豪", "通讯员")]
    # the outlet named with a dash or in title brackets before the role word
    for line in ("农业科技报-中国农科新闻网实习记者 单晓楠", "《中国经济周刊》记者 单晓楠 | 新疆阿克苏报道"):
        rec = extract_article(art(line + "\n4月2日,乡长苟志明主持会议。"))
        assert [(r.name, r.role) for r in rec.reporters] == [("单晓楠", "记者")]


def test_a_role_word_and_name_before_a_credit_and_an_author_field_after_a_slash():
    text = "4月2日,乡长苟志明主持会议。\n单晓楠、某某日报/某某日报客户端记者卞家豪/文\n作者/蒲晓东"
    assert [(b.name, b.role) for b in find_byline(text)] == [("卞家豪", "记者"), ("蒲晓东", "作者")]


def test_two_two_character_names_without_a_space_and_fields_parted_by_semicolons():
    assert [b.name for b in find_byline("本报讯(记者蒲晓卞家)3月11日,会议召开。")] == ["蒲晓", "卞家"]
    assert [b.name for b in find_byline("本报讯(记者 欧阳晓明)3月11日,会议召开。")] == ["欧阳晓明"]
    assert [b.name for b in find_byline("本报讯(记者 索朗旺堆)3月11日,会议召开。")] == ["索朗旺堆"]  # one Tibetan name
    assert [(b.name, b.role) for b in find_byline("会议召开。(记者:蒲晓东;编辑:卞家豪;校对:单晓楠)")] == [("蒲晓东", "记者")]


def test_bylines_that_say_reported():
    rec = extract_article(art("记者 岳泽明 报道:5月8日,东湾经开区举行开工仪式。"))
    assert [(r.name, r.role) for r in rec.reporters] == [("岳泽明", "记者")]


def test_a_byline_after_zuozhe_and_an_event_quoted_past_its_byline():
    rec = extract_article(art("作者：记者 罗晓燕\n3月5日,县委书记刘振华到石湾镇调研。县长陈立新陪同。"))
    assert [(r.name, r.role) for r in rec.reporters] == [("罗晓燕", "记者")]
    rec = extract_article(art("□通讯员 梁兴茜\n5月6日,县委书记刘振华到石湾镇调研。县长陈立新陪同。", title="刘振华调研"))
    assert rec.events and "通讯员" not in rec.events[0].summary and rec.events[0].summary.startswith("5月6日")


def test_a_lead_that_opens_with_its_byline_and_photo_credits():
    rec = extract_article(art("青石日报记者 甘明远 特约记者 冉建国 5月20日,县委书记郜立新到白杨乡调研。"))
    assert [(r.name, r.role) for r in rec.reporters] == [("甘明远", "记者"), ("冉建国", "记者")]
    rec = extract_article(art("近日,县长郜立新到白杨乡调研。\n记者栾文华摄"))
    assert [(r.name, r.role) for r in rec.reporters] == [("栾文华", "摄")]  # not 者栾文华, not 栾文华摄
    rec = extract_article(art("县长郜立新到白杨乡慰问。\n阙志刚摄影报道"))
    assert [(r.name, r.role) for r in rec.reporters] == [("阙志刚", "摄影")]
    rec = extract_article(art("县委书记郜立新 5月20日到白杨乡调研。"))
    assert not rec.reporters  # a title, not a byline, opens this lead


def test_a_byline_whose_bracket_was_lost_and_one_after_stray_marks():
    rec = extract_article(art("福清侨乡报11月21日讯(记者:甘明远1119日下午,市长郜立新带领相关部门前往江镜镇调研。"))
    assert [(r.name, r.role) for r in rec.reporters] == [("甘明远", "记者")]
    rec = extract_article(art("9月1日,州委书记郜立新主持会议。\n/ T6 z) y6 w. h6 \\记者 冉建国 (大理日报) |"))
    assert [(r.name, r.role) for r in rec.reporters] == [("冉建国", "记者")]
    rec = extract_article(art("9月1日,州委书记郜立新主持会议。\n编辑:王津 实习生 李凤"))
    assert rec.reporters == ()  # the page's staff


def test_a_two_character_name_padded_to_three_is_one_name():
    from kg.extract.byline import find_byline
    text = "8月17日下午,会议开幕。记者 王 欢 摄\n本报讯(记者 王 欢 通讯员 李明)5日,会议召开。(记者 甲乙 摄影 丙丁)"
    got = [(b.name, b.role, text[b.start:b.end]) for b in find_byline(text)]
    assert ("王欢", "摄", "王 欢") in got and ("李明", "通讯员", "李明") in got
    assert ("甲乙", "记者", "甲乙") in got and ("丙丁", "摄影", "丙丁") in got


def test_bylines_in_square_brackets_and_a_photographer_under_a_picture():
    rec = extract_article(art("【全媒体记者 柯小满】3月14日,县委书记刘振华到石湾镇调研。"))
    assert [(r.name, r.role) for r in rec.reporters] == [("柯小满", "记者")]
    assert "柯小满" not in {p.name for p in rec.people}
    rec = extract_article(art("县融媒体中心3月7日讯【记者:单晓楠 卞家豪】3月7日,乡长苟志明主持会议。"))
    assert [(r.name, r.role) for r in rec.reporters] == [("单晓楠", "记者"), ("卞家豪", "记者")]
    rec = extract_article(art("11月17日,县委书记刘振华(中)到石湾镇调研。(庞一凡 摄)"))
    assert [(r.name, r.role) for r in rec.reporters] == [("庞一凡", "摄")]
    # a name in brackets with no role word stays neither
    rec = extract_article(art("4月2日,乡长苟志明主持会议。【乡党政办 蒲晓】"))
    assert rec.reporters == ()


def test_where_a_report_was_filed_is_no_name_and_a_unit_may_hold_a_dot():
    rec = extract_article(art("  大众网·海报新闻记者 柯小满 通讯员 庞一凡 滨州报道\n  5月25日,乡长苟志明主持会议。"))
    assert [(r.name, r.role) for r in rec.reporters] == [("柯小满", "记者"), ("庞一凡", "通讯员")]
    rec = extract_article(art("5月25日,乡长苟志明主持会议。\n南海网记者柯小满 庞一凡 乐东报道"))
    assert [(r.name, r.role) for r in rec.reporters] == [("柯小满", "记者"), ("庞一凡", "记者")]


def test_a_byline_glued_to_baodao_keeps_no_bao_in_the_name():
    from kg.extract import extract_article
    from tests.support.extraction import art

    rec = extract_article(art("本报讯 记者刘振华报道:8月4日,市委书记陈立新带领代表团考察。"))
    assert [(r.name, r.role) for r in rec.reporters] == [("刘振华", "记者")]


def test_a_photo_credit_glued_to_its_caption():
    rec = extract_article(art("10月10日,代表团在某区考察。\n图为代表团在某社区考察。刘振华摄\n"))
    assert ("刘振华", "摄") in [(r.name, r.role) for r in rec.reporters]
    rec = extract_article(art("10月10日,代表团在某区考察。\n图为宣传片。组织拍摄\n"))
    assert not rec.reporters  # ordinary words before 摄 are no credit


def test_the_agency_after_a_photo_credit_is_no_name():
    rec = extract_article(art("9月16日,某市召开新闻发布会。\n新闻发布会现场。见习记者 刘振华 摄/视觉某市\n"))
    assert [(r.name, r.role) for r in rec.reporters] == [("刘振华", "摄")]


def test_an_author_field_names_a_reporter_unless_the_byline_names_them():
    rec = extract_article(art("作者:刘振华 来源:某某网\n9月18日,某县召开会议。县长陈立新出席。"))
    assert [(r.name, r.role) for r in rec.reporters] == [("刘振华", "作者")]
    rec = extract_article(art("作者:刘振华 来源:某某网\n本报讯(记者 刘振华)9月18日,某县召开会议。县长陈立新出席。"))
    assert [(r.name, r.role) for r in rec.reporters] == [("刘振华", "记者")]


def test_a_role_word_a_slash_and_the_name_where_a_paragraph_ends():
    text = "视察组详细了解了项目进展。 融媒体中心记者/柯小满 编辑:陈立新 初审:周晓明"
    assert [(h.name, h.role) for h in find_byline(text)] == [("柯小满", "记者")]
    assert find_byline("他向记者/编辑们表示感谢。") == []


def test_a_photo_credit_after_several_reporters_is_each_one_s():
    text = "1月12日,会议开幕。\n本报记者 柯小满 陈立新 周晓明 摄"
    assert [(h.name, h.role) for h in find_byline(text)] == [("柯小满", "摄"), ("陈立新", "摄"), ("周晓明", "摄")]


def test_an_author_field_without_a_colon_and_a_spaced_caption_credit():
    assert [(h.name, h.role) for h in find_byline("正文。(作者 柯小满 编辑 陈立新 审核 周晓明)")] == [("柯小满", "作者")]
    assert [(h.name, h.role) for h in find_byline("活动现场。柯晓丽 摄\n区委常委刘振华出席。")] == [("柯晓丽", "摄")]
    assert find_byline("作者单位:某县融媒体中心") == []


def test_a_bracketed_byline_beside_a_reviewer_a_phone_number_and_a_spaced_role_word():
    from kg.extract.furniture import mask_furniture
    page = "正文。(记者:柯小满 柏满 审核:区委办)\n"
    assert [(h.name, h.role) for h in find_byline(mask_furniture(page))] == [("柯小满", "记者"), ("柏满", "记者")]
    assert [(h.name, h.role) for h in find_byline("正文。(通讯员:柯满15571349572)\n")] == [("柯满", "通讯员")]
    page = "正文。\n\n记 者:柯晓丽 朱 丽 \n\n编 辑:朱 丽\n"
    assert [(h.name, h.role) for h in find_byline(mask_furniture(page))] == [("柯晓丽", "记者"), ("朱丽", "记者")]


def test_every_name_of_an_author_field():
    from kg.extract.byline import find_byline
    assert [(b.name, b.role) for b in find_byline("来源:县委新闻办      作者:刘振华 陈立新 文/图\n正文。")] == [
        ("刘振华", "作者"), ("陈立新", "作者")]
    assert [b.name for b in find_byline("作者 刘振华 编辑 陈立新\n")] == ["刘振华"]


def test_a_name_glued_to_baodao_a_long_unit_before_the_role_and_labels_that_are_no_names():
    from kg.extract.byline import find_byline
    assert [(h.name, h.role) for h in find_byline("东川日报讯(记者陈立新报道)国庆假期首日,县长刘振华调研。")] == [
        ("陈立新", "记者")]
    assert [(h.name, h.role) for h in find_byline("东川日报·新东川客户端记者 陈立新 通讯员 刘振华\n正文。")] == [
        ("陈立新", "记者"), ("刘振华", "通讯员")]
    assert find_byline("时间:2020-05-28  来源:东川网  作者:东川网\n正文。") == []
    assert [h.name for h in find_byline("正文。(撰稿人:陈立新 审稿人:刘振华)")] == ["陈立新"]


def test_answering_reporters_questions_names_no_reporter():
    from kg.extract.byline import find_byline
    assert find_byline("县委书记陈立新出席并答记者提问\n") == []


def test_a_dateline_byline_of_two_roles_joined_by_dun_and_a_photo_credit_glued_to_baodao():
    from kg.extract.byline import find_byline
    assert [(h.name, h.role) for h in find_byline("东川新闻网讯 记者陈立新、通讯员刘振华报道:人勤春来早。")] == [
        ("陈立新", "记者"), ("刘振华", "通讯员")]
    assert [(h.name, h.role) for h in find_byline("东川报(记者周晓明摄影报道)正文")] == [("周晓明", "记者")]


def test_a_byline_after_a_time_stamp_and_a_spaced_credit_before_a_joined_paragraph():
    text = "海报新闻 2026-03-03 18:07:07原创东川网记者 孟庆禾 通讯员 周晓明 东川报道\n春潮涌动处,奋进正当时。"
    assert [(h.name, h.role) for h in find_byline(text)] == [("孟庆禾", "记者"), ("周晓明", "通讯员")]
    text = "义诊活动现场。孟庆禾 摄区委常委周晓明表示,要把服务送到群众身边。"
    assert [(h.name, h.role) for h in find_byline(text)] == [("孟庆禾", "摄")]


def test_a_two_character_name_glued_to_she_took_the_photograph():
    from kg.extract.byline import find_byline
    assert [(b.name, b.role) for b in find_byline("州委常委会会议现场。(记者 钱立摄)")] == [("钱立", "摄")]


def test_a_writer_keeps_the_role_word_printed():
    from kg.extract.byline import find_byline
    assert [(h.name, h.role) for h in find_byline("正文。(撰稿人:陈立新 审稿人:刘振华)")] == [("陈立新", "撰稿人")]
    assert [(h.name, h.role) for h in find_byline("正文。撰稿:陈立新")] == [("陈立新", "撰稿")]


def test_two_names_printed_without_a_space_after_a_role_word():
    from kg.extract.byline import find_byline
    hits = find_byline("县委召开常委会。(青石日报记者钱立吴秀英)")
    assert [(h.name, h.role) for h in hits] == [("钱立", "记者"), ("吴秀英", "记者")]
    # a run that parts two ways is left alone
    assert [h.name for h in find_byline("县委召开常委会。(记者王刚张华明)")] == []  # 王刚+张华明 or 王刚张+华明


def test_slash_credits_in_brackets_name_the_writer_and_the_photographer():
    assert [(h.name, h.role) for h in find_byline("会议召开。(孙晓文/文 余立平/摄)")] == [("孙晓文", "文"), ("余立平", "摄")]
    assert [(h.name, h.role) for h in find_byline("会议召开。(唐明博/摄)")] == [("唐明博", "摄")]
    assert find_byline("会议在合肥召开(安徽/合肥)") == []  # places, no names


def test_a_contributor_is_credited_by_the_printed_word():
    assert [(h.name, h.role) for h in find_byline("会议召开。(供稿:市局办公室 刘文)")] == [("刘文", "供稿")]


def test_photo_credits_after_a_caption():
    def credits(text):
        return [(r.name, r.role) for r in extract_article(art(text)).reporters]
    # several photographers, the next paragraph joined on by the page
    assert credits("县长郜立新到白杨乡调研。孙志远 周晓明 刘振华 摄\n5月20日上午,县长郜立新到白杨乡调研。") == [
        ("孙志远", "摄"), ("周晓明", "摄"), ("刘振华", "摄")]
    assert credits("县长郜立新在白杨乡了解情况。 柯小满/摄\n县长郜立新主持会议。") == [("柯小满", "摄")]  # "X/摄"
    # a spaced credit after a caption, then the lead with its own byline
    assert credits("图为白杨乡举行大会。 冯远舟 摄 青石网5月20日电 (记者 冯远舟)白杨乡20日举行大会。") == [
        ("冯远舟", "摄"), ("冯远舟", "记者")]
    assert credits("县长郜立新主持会议。\n赵海平 摄影") == [("赵海平", "摄影")]  # 摄影 on a line of its own: no 摄


def test_an_underscore_after_the_role_word_and_the_outlet_before_a_credit_after_a_stop():
    def credits(text):
        return [(r.name, r.role) for r in extract_article(art(text)).reporters]
    assert credits("  记者_冯远舟\n县长郜立新主持会议。") == [("冯远舟", "记者")]
    assert credits("县长郜立新主持会议。开幕大会由郜立新主持。海南日报记者冯远舟摄") == [("冯远舟", "摄")]
    assert credits("县长郜立新主持会议。会议强调要抓好落实。") == []


def test_a_contributor_field_keeps_its_printed_word():
    rec = extract_article(art("7月2日,县长刘振华到大桥村调研。\n(供稿人:冯远舟) |"))
    assert [(r.name, r.role) for r in rec.reporters] == [("冯远舟", "供稿人")]


def test_a_closing_credit_cut_off_before_its_bracket_and_a_lead_byline_after_a_field_label():
    text = "6月29日,调研组到我省调研。省有关部门负责同志参加。(记者 孙志远 周晓明"
    assert [(h.name, h.role) for h in find_byline(text)] == [("孙志远", "记者"), ("周晓明", "记者")]
    assert find_byline("6月29日,调研组到我省调研。(图为会议现场") == []  # no role word: no credit
    text = "文章简介:  记者孙志远报道:6月29日,市委全体会议召开。"
    assert [(h.name, h.role) for h in find_byline(text)] == [("孙志远", "记者")]


def test_a_byline_line_that_parts_role_and_name_by_a_bar():
    text = "4月2日,乡长冯远舟主持会议。\n记者|柯小满\n通讯员丨周晓明\n编辑|孙志远"
    assert [(h.name, h.role) for h in find_byline(text)] == [("柯小满", "记者"), ("周晓明", "通讯员")]
