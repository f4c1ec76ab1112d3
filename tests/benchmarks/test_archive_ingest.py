"""benchmarks.archive_ingest: the parts an archive is ingested in."""

from benchmarks.archive_ingest import parts


def test_pages_split_into_ordered_parts_covering_every_page(tmp_path):
    for i in range(1, 24):
        (tmp_path / f"page-{i:05d}.md").write_text("x", encoding="utf-8")
    (tmp_path / "index.json").write_text("[]", encoding="utf-8")
    got = parts(tmp_path, 5)
    assert len(got) == 5 and [len(p) for p in got] == [5, 5, 5, 5, 3]
    flat = [p for part in got for p in part]
    assert flat == sorted(flat) and len(flat) == 23 and all(p.endswith(".md") for p in flat)
