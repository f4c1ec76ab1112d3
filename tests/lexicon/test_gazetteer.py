"""kg.lexicon.gazetteer: China's divisions from jionlp's data, cached as a compact index."""

from kg.lexicon import gazetteer as gz


def test_units_with_codes_and_containers():
    (street,) = gz.gazetteer().units("南园街道")[:1]
    assert (street.rank, street.county, street.city, street.province) == (4, "福田区", "深圳市", "广东省")
    (county,) = gz.gazetteer().units("桦南县")
    assert county.adcode == "230822" and county.rank == 3


def test_is_locality_full_short_and_former_names():
    g = gz.gazetteer()
    assert g.is_locality("桦南", "县") and g.is_locality("新民", "市")
    assert g.is_locality("静海", "县")  # today's 静海区, printed by older pages as 静海县
    assert g.is_locality("襄樊", "市")  # renamed 襄阳市 in 2010
    assert g.is_locality("科右前", "旗") and g.is_locality("察右后", "旗")  # a banner's short name with 旗
    assert not g.is_locality("经开", "区")  # every city has one: a zone's short name is no locality
    for stem, level in (("关于桦南", "县"), ("会议总结", "县"), ("代理", "区"), ("新一届", "市")):
        assert not g.is_locality(stem, level)


def test_the_index_is_cached_on_disk(tmp_path, monkeypatch):
    monkeypatch.setattr(gz, "user_cache_dir", lambda app: str(tmp_path))
    stale = tmp_path / "gazetteer-v2-1-1.pickle"  # built from another install's data file
    stale.write_bytes(b"old")
    gz.gazetteer.cache_clear()
    try:
        first = gz.gazetteer()
        assert len(list(tmp_path.glob("gazetteer-*.pickle"))) == 1 and not stale.exists()  # one cache, no pile
        gz.gazetteer.cache_clear()
        assert gz.gazetteer().by_name == first.by_name  # read back from the cache
    finally:
        gz.gazetteer.cache_clear()


def test_without_jionlp_the_gazetteer_is_empty(monkeypatch):
    monkeypatch.setattr(gz, "_data_dir", lambda: None)
    gz.gazetteer.cache_clear()
    try:
        g = gz.gazetteer()
        assert g.units("福田区") == () and not g.is_locality("福田", "区")
    finally:
        gz.gazetteer.cache_clear()
