"""The rows of benchmarks/run.py's table, from its JSON results: value, ratio, target, met."""

from __future__ import annotations


def row(n, measure, value, ratio="", target="", met=None):
    return {"#": n, "measure": measure, "value": value, "ratio": ratio, "target": target,
            "met": "" if met is None else ("yes" if met else "NO")}


def table(r: dict) -> list[dict]:
    x, p, w, e, emb = r["extraction"], r["parallel"], r["writers"], r["e2e"], r["embedded"]
    rows = [
        row(1, "extraction, dev corpus (kg / jieba.cut)", f"{x['kg_kb_s']:.0f} vs {x['jieba_kb_s']:.0f} KB/s",
            f"{x['ratio']:.2f}", ">= 0.5", x["ratio"] >= 0.5),
        row(2, f"read+extract {p['articles']} articles, --jobs 2 vs 1",
            f"{p['jobs2']['wall']:.1f} vs {p['jobs1']['wall']:.1f} s (cpu x{p['cpu_overhead']:.2f})",
            f"{p['speedup']:.2f}", ">= 1.6", p["speedup"] >= 1.6),
        row(2, "  2 processes vs 1 on pure CPU, same moments (machine ceiling)",
            " / ".join(f"{x:.2f}" for x in p["machine_speedups"]), f"{p['machine_speedup']:.2f}", "", None),
        row(3, f"Neo4j write {w['articles']} articles ({w['rels']} rels), batched vs naive",
            f"{w['batched_rels_s']:.0f} vs {w['naive_rels_s']:.0f} rels/s", f"{w['ratio']:.1f}", ">= 10",
            w["ratio"] >= 10 and w["same_counts"]),
    ]
    nrels = sum(e["counts"]["types"].values())
    wr = e["phases"].get("resolve_write") or float("nan")
    sw = e["phases"].get("store_write") or float("nan")
    rss = max(e["maxrss_kib"], e["maxrss_workers_kib"]) / 2**20
    rows += [
        row(4, f"kg ingest --jobs 2 into Neo4j: {e['articles']} articles, {nrels} rels",
            f"{e['wall']:.0f} s, {e['articles'] / e['wall']:.0f} articles/s (read+extract "
            f"{e['phases'].get('read_extract', 0):.0f} s, resolve+build {wr - sw:.0f} s, write {sw:.0f} s)"),
        row(4, "  batched writer at scale", f"{nrels / sw:.0f} rels/s"),
        row(4, "  peak RSS (kg process / largest worker)",
            f"{e['maxrss_kib'] / 1024:.0f} / {e['maxrss_workers_kib'] / 1024:.0f} MiB", f"{rss:.2f} GiB", "<= 1 GiB",
            rss <= 1.0),
        row(4, "  F1 vs generator truth (people/posts/roles/events/reporters)",
            " / ".join(f"{e['f1'][k]:.2f}" for k in ("people", "posts", "roles", "events", "reporters")),
            f"mean {e['f1']['mean']:.3f}"),
    ]
    qn, qe = r["queries_neo4j"], r["queries_embedded"]
    base = qn["RETURN 1"]["median_ms"]
    rows.append(row(5, "Neo4j RETURN 1 round trip (median / p95)",
                    f"{base:.2f} / {qn['RETURN 1']['p95_ms']:.2f} ms"))
    for name, s in qn.items():
        if name == "RETURN 1" or not s["runs"]:
            continue
        ratio = s["median_ms"] / base
        rows.append(row(5, f"  {name} (median / p95, {s['runs']} runs)",
                        f"{s['median_ms']:.1f} / {s['p95_ms']:.1f} ms",
                        f"{ratio:.1f} / {s['p95_ms'] / base:.1f}", "<= 5", ratio <= 5))
    rows.append(row(6, "embedded store: ingest --jobs 2, file, open",
                    f"{emb['wall']:.0f} s, {emb['file_mib']:.0f} MiB, open {emb['open_s']:.1f} s, "
                    f"RSS {emb['maxrss_kib'] / 1024:.0f} MiB"))
    emb_ms = [f"{k} {s['median_ms']:.1f}/{s['p95_ms']:.1f}" for k, s in qe.items() if s["runs"]]
    rows.append(row(6, "  embedded helpers (median/p95 ms)", ", ".join(emb_ms)))
    rows.append(row(6, "  same counts as Neo4j", str(emb["counts"] == e["counts"]), met=emb["counts"] == e["counts"]))
    if "bulk" in r:
        b = r["bulk"]
        bulk_s = b["export_s"] + b["import_s"]
        same = (b["imported"]["nodes"] == sum(e["counts"]["labels"].values())
                and b["imported"]["relationships"] == nrels)
        tw = b["transactional_write_s"]
        rows.append(row(7, "load the graph: transactional writer vs neo4j-admin import",
                        f"{tw:.0f} s vs {b['import_s']:.0f} s (fresh database)", f"{tw / b['import_s']:.2f}"))
        rows.append(row(7, "  ... with the export: kg export --format neo4j-admin + import",
                        f"{tw:.0f} s vs {b['export_s']:.0f} + {b['import_s']:.0f} s", f"{tw / bulk_s:.2f}"))
        rows.append(row(7, "  same node / relationship counts", str(same), met=same))
    if "scale" in r:
        rows += scale_rows(r["scale"])
    if "long_article" in r:
        from benchmarks.long_article import rows as long_rows

        rows += long_rows(r["long_article"], 9, row)
    return rows


def scale_rows(sc: dict) -> list[dict]:
    """Rows 8: the embedded store at scale (benchmarks/scale.py), with the JSON store's figures."""
    old = sc.get("json") or {}
    rows = [row(8, f"embedded store, {sc['articles']} articles: file", f"{sc['file_mib']:.0f} MiB"
                + (f" (JSON store: {old['file_mib']:.0f} MiB)" if old else ""))]
    for name, h in sc["helpers"].items():
        if not h["runs"]:
            continue
        o = (old.get("helpers") or {}).get(name)
        was = f"; JSON store {o['median_s']:.2f} s, {o['peak_rss_mib']:.0f} MiB" if o and o["runs"] else ""
        ok = h["median_s"] <= 1.0 and h["peak_rss_mib"] <= 300
        rows.append(row(8, f"  kg {name}: whole process median / max, peak RSS ({h['runs']} runs)",
                        f"{h['median_s']:.2f} / {h['max_s']:.2f} s, {h['peak_rss_mib']:.0f} MiB{was}",
                        f"{h['median_s']:.2f} s", "<= 1.0 s, <= 300 MiB", ok))
    add = sc["add"]
    write = add["phases"].get("store_write", float("nan"))
    rows.append(row(8, f"  adding {add['articles']} new articles: write phase (whole ingest)",
                    f"{write:.2f} s ({add['process_wall']:.1f} s)", f"{write:.2f} s", "<= 5 s", write <= 5))
    ing = sc["ingest"]
    rss = max(ing["maxrss_kib"], ing["maxrss_workers_kib"]) / 2**20
    was = ""
    if old:
        was = (f"; JSON store {old['wall'] / max(1, old['articles']) * 1000:.1f} ms/article, "
               f"{max(old['maxrss_kib'], old['maxrss_workers_kib']) / 1024:.0f} MiB")
    rows.append(row(8, f"  ingest --jobs 2 of the {ing['articles']} articles: time per article, peak RSS",
                    f"{ing['wall'] / max(1, ing['articles']) * 1000:.1f} ms/article, {rss * 1024:.0f} MiB{was}",
                    f"{rss:.2f} GiB", "<= 1 GiB", rss <= 1.0))
    return rows
