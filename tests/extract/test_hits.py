"""kg.extract.hits: a post as printed before organisations are written out."""

from __future__ import annotations

from kg.extract.hits import RawPost


def org_title(org: str, title: str) -> tuple[str, str]:
    p = RawPost(org, title, 0, 0)
    return p.org, p.title


def test_former_printed_between_the_organisation_and_the_title_is_the_titles():
    assert org_title("省政协原", "副主席") == ("省政协", "原副主席")
    # after a level word, a people's congress or any body whose name ends in a level word
    assert org_title("天津市原", "市长") == ("天津市", "原市长")
    assert org_title("遵义市人大原", "副主任") == ("遵义市人大", "原副主任")
    assert org_title("台江县九摆村原", "第一书记") == ("台江县九摆村", "原第一书记")
    assert org_title("某市博物馆原", "馆长") == ("某市博物馆", "原馆长")  # after the unit its title heads
    # a place name ending in 原 is no former post
    assert org_title("太原", "市长") == ("太原", "市长")
    assert org_title("原农业部党组", "成员") == ("农业部党组", "原成员")


def test_a_modifier_printed_before_a_title_is_the_titles():
    assert (RawPost("中国文化遗产研究院副", "总工程师", 0, 0).org, RawPost("中国文化遗产研究院副", "总工程师", 0, 0).title) \
        == ("中国文化遗产研究院", "副总工程师")
    post = RawPost("福州新区党工委专职", "委员", 0, 0)
    assert (post.org, post.title) == ("福州新区党工委", "专职委员")
    post = RawPost("解放军报社原副", "总编辑", 0, 0)
    assert (post.org, post.title, post.office_title) == ("解放军报社", "原副总编辑", "副总编辑")
    post = RawPost("县委掛職", "副書記", 0, 0)
    assert (post.org, post.title) == ("县委", "掛職副書記")
