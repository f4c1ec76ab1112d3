"""What an independent probe found (issue 17), through the CLI as a user runs it: symbolic
link loops in a directory walk, exports that appear whole or not at all, control
characters in file names, option checks at parse time, a closed standard output, a
damaged embedded store, and extraction workers outliving a killed `kg ingest --jobs`.
(`kg cypher` and the server's rules: tests/system/test_security.py.)"""

from __future__ import annotations

import json
import os
import resource
import signal
import time
from pathlib import Path

import pytest

from tests.support.faults import base_env, kg, kg_popen, synth, wait_for

PAGE = "# 县长主持召开常务会议\n\n3月20日,县长柏思源主持召开县政府常务会议。\n"


def store_env(tmp_path: Path) -> dict[str, str]:
    return {**base_env(), "KG_STORE": str(tmp_path / "g.kgstore")}


def loop_dir(tmp_path: Path) -> Path:
    d = tmp_path / "pages"
    d.mkdir()
    (d / "a.md").symlink_to("b.md")
    (d / "b.md").symlink_to("a.md")
    (d / "dangling.md").symlink_to("nowhere.md")
    (d / "good.md").write_text(PAGE, "utf-8")
    (d / "more.md").write_text(PAGE.replace("3月20日", "3月21日").replace("常务", "专题"), "utf-8")
    return d


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_symlink_loops_and_dangling_links_are_one_error_each_and_the_rest_is_read(tmp_path, jobs):
    d = loop_dir(tmp_path)
    env = store_env(tmp_path)
    r = kg("extract", str(d), "--format", "json", env=env)
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    errors = [line for line in r.stderr.splitlines() if line.startswith("kg: error:")]
    assert sorted(Path(line.split(": ")[2]).name for line in errors) == ["a.md", "b.md", "dangling.md"]
    assert len(json.loads(r.stdout)) == 2
    r = kg("ingest", str(d), "--jobs", jobs, env=env)
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    assert len([line for line in r.stderr.splitlines() if line.startswith("kg: error:")]) == 3
    assert "2 added" in r.stderr


def _limited(kib: int) -> str:
    """A `wrap` program: run kg (argv after it) under `ulimit -f KIB`."""
    return ("import resource, subprocess, sys\n"
            f"resource.setrlimit(resource.RLIMIT_FSIZE, ({kib * 1024}, resource.RLIM_INFINITY))\n"
            "sys.exit(subprocess.run(sys.argv[1:]).returncode)")


def _big_store(tmp_path: Path) -> dict[str, str]:
    env = store_env(tmp_path)
    pages = tmp_path / "corpus"
    synth(pages, 100)
    assert kg("ingest", str(pages), env=env).returncode == 0
    return env


def test_a_failed_export_leaves_the_previous_file_and_no_partial_one(tmp_path):
    env = _big_store(tmp_path)
    prev = tmp_path / "prev.ttl"
    prev.write_text("previous export\n", "utf-8")
    r = kg("export", "--format", "turtle", "-o", str(prev), env=env, wrap=_limited(64))
    assert r.returncode == 1 and r.stderr.startswith("kg: error: cannot write") and "Traceback" not in r.stderr
    assert prev.read_text("utf-8") == "previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []
    admin = tmp_path / "admin"
    full = kg("export", "--format", "neo4j-admin", "-o", str(tmp_path / "full"), env=env)
    assert full.returncode == 0 and (tmp_path / "full" / "Article.csv").stat().st_size > 48 * 1024
    # 40 KiB: room for the store's 32 KiB shared-memory file (any reader of a WAL database
    # makes one), not for Article.csv
    r = kg("export", "--format", "neo4j-admin", "-o", str(admin), env=env, wrap=_limited(40))
    assert r.returncode == 2 and r.stderr.startswith("kg: error: cannot write") and "Traceback" not in r.stderr
    assert not (admin / "Article.csv").exists()
    for f in admin.iterdir():  # what was written is whole; no temporary file is left
        assert f.read_bytes() == (tmp_path / "full" / f.name).read_bytes(), f.name


def test_write_failures_and_a_closed_stdout_are_one_kg_error_line(tmp_path):
    env = store_env(tmp_path)
    (tmp_path / "p.md").write_text(PAGE, "utf-8")
    assert kg("ingest", str(tmp_path / "p.md"), env=env).returncode == 0
    r = kg("export", "--format", "json", "-o", str(tmp_path / "no" / "such" / "dir.json"), env=env)
    assert r.returncode == 1 and r.stderr.startswith("kg: error: cannot write") and "Error:" not in r.stderr
    wrap = "import subprocess, sys\nsys.exit(subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode)"
    closed = ("import os, subprocess, sys\n"
              "sys.exit(subprocess.run(sys.argv[1:], pass_fds=(), close_fds=True,"
              " preexec_fn=lambda: os.close(1)).returncode)")
    assert kg("export", "--format", "json", env=env, wrap=wrap).returncode == 0
    r = kg("export", "--format", "turtle", env=env, wrap=closed)
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    assert r.stderr.startswith("kg: error: cannot write to standard output")


def test_control_characters_in_file_names_cannot_forge_error_lines(tmp_path):
    bad = tmp_path / "evil\nkg: error: forged\x1b[31m.md"
    bad.write_text("", "utf-8")
    for args in (["extract", str(bad)], ["ingest", str(bad)]):
        r = kg(*args, env=store_env(tmp_path))
        assert r.returncode == 1
        errors = [line for line in r.stderr.splitlines() if line.startswith("kg: error:")]
        assert len(errors) == 1 and "evil\\nkg: error: forged\\x1b[31m.md" in errors[0], r.stderr
        assert "\x1b" not in r.stderr


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_an_impossible_published_date_is_refused_once_at_parse_time(tmp_path, command):
    d = loop_dir(tmp_path)
    r = kg(command, str(d / "good.md"), str(d / "more.md"), "--published", "2023-02-30", env=store_env(tmp_path))
    assert r.returncode == 2 and r.stderr.count("2023-02-30") == 1, r.stderr
    assert not (tmp_path / "g.kgstore").exists()


def test_a_damaged_store_is_one_error_line_and_left_untouched(tmp_path):
    env = store_env(tmp_path)
    (tmp_path / "p.md").write_text(PAGE, "utf-8")
    (tmp_path / "q.md").write_text(PAGE.replace("常务会议", "专题会议"), "utf-8")  # names him again
    assert kg("ingest", str(tmp_path / "p.md"), env=env).returncode == 0
    path = tmp_path / "g.kgstore"
    data = bytearray(path.read_bytes())
    i = data.index('"name":"柏思源"'.encode())
    data[i + 9] ^= 0x01  # one bit of his name in his stored row
    path.write_bytes(bytes(data))
    # every command that reads the row (and `status`, which reads them all) refuses it
    for args in (["status"], ["ingest", str(tmp_path / "q.md")], ["person", "柏"]):
        r = kg(*args, env=env)
        errors = [line for line in r.stderr.splitlines() if line.startswith("kg: error:")]
        assert r.returncode == 2 and len(errors) == 1 and "damaged" in errors[0], r.stderr
        assert "checksum" in r.stderr and "Traceback" not in r.stderr
        assert path.read_bytes() == bytes(data)
    path.write_text(json.dumps({"format": "kg-embedded-store", "version": 1, "nodes": None, "rels": []}), "utf-8")
    r = kg("stats", env=env)
    assert r.returncode == 2 and r.stderr.startswith("kg: error:") and "Traceback" not in r.stderr


def _children(pid: int) -> set[int]:
    out = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out.update(int(c) for c in (task / "children").read_text().split())
        except OSError:
            pass
    return out


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_extraction_workers_die_with_a_killed_ingest(tmp_path):
    pages = tmp_path / "corpus"
    synth(pages, 200)
    proc = kg_popen("ingest", str(pages), "--jobs", "2", env=store_env(tmp_path))
    try:
        workers = wait_for(lambda: len(_children(proc.pid)) >= 2 and _children(proc.pid), 120, 0.05,
                           "two extraction workers")
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        wait_for(lambda: not any(_alive(w) for w in workers), 10, 0.1, "the workers to exit")
    finally:
        proc.kill()
        for w in _children(proc.pid):
            os.kill(w, signal.SIGKILL)
