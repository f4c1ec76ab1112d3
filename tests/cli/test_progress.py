"""kg.cli.progress: the real `kg ingest` and `kg extract` draw a progress bar on stderr when
it is a terminal (a pseudo-terminal here), and nothing but their summary lines when it is
not; ingest's per-file rows come with --verbose (or --json / --csv)."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios

from tests.support.paths import DEV, REPO

KG = [sys.executable, "-m", "kg.cli"]
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
SUMMARY = re.compile(r"^17 added, 0 replaced, 0 removed, 0 unchanged, 0 file error\(s\); 10 merge\(s\), "
                     r"2 near-miss\(es\) in what it wrote, as `kg merges` lists them \(embedded: .*\)$")


def env(tmp_path) -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if not k.startswith(("KG_", "NEO4J_"))}
    return {**out, "KG_STORE": str(tmp_path / "g.kgstore"), "TERM": "xterm-256color"}


def on_terminal(tmp_path, *args: str) -> tuple[int, str, str]:
    """Run kg with stderr on a pseudo-terminal (120 columns) and stdout on a pipe: exit
    status, stdout, and what the terminal received."""
    main, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    with open(tmp_path / "stdout", "w+b") as stdout:  # a file: kg never waits for us to read it
        proc = subprocess.Popen([*KG, *args], stdin=subprocess.DEVNULL, stdout=stdout, stderr=child,
                                env=env(tmp_path), cwd=REPO)
        os.close(child)
        seen = b""
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # EIO: the terminal's other end is closed, kg has ended
                break
            if not chunk:
                break
            seen += chunk
        code = proc.wait(timeout=300)
        os.close(main)
        stdout.seek(0)
        return code, stdout.read().decode(), seen.decode("utf-8", "replace")


def piped(tmp_path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *args], capture_output=True, text=True, env=env(tmp_path), cwd=REPO,
                          stdin=subprocess.DEVNULL, timeout=300)


def test_ingest_on_a_terminal_draws_the_bar_and_ends_with_the_totals(tmp_path):
    code, out, terminal = on_terminal(tmp_path, "ingest", str(DEV), "--index", str(DEV / "index.json"))
    assert code == 0 and out == ""  # no per-file rows without --verbose
    text = ANSI.sub("", terminal).replace("\r", "\n")
    assert re.search(r"reading .*━.* 13/13 files +17 article\(s\) .*files/s", text), text
    assert re.search(r"writing .*17/17 articles .*took \d:\d\d:\d\d", text), text
    lines = [line for line in text.splitlines() if line.strip()]
    assert re.fullmatch(r"13 file\(s\), 17 article\(s\) read in [\d.]+ s; \+\d+ node\(s\), \+\d+ relationship\(s\) "
                        r"in the store", lines[-2]), lines[-2:]
    assert SUMMARY.match(lines[-1]), lines[-1]
    assert "\x1b[" in terminal  # drawn with terminal control codes


def test_without_a_terminal_there_is_no_bar_only_the_summary(tmp_path):
    r = piped(tmp_path, "ingest", str(DEV), "--index", str(DEV / "index.json"))
    assert r.returncode == 0 and r.stdout == ""
    (line,) = r.stderr.splitlines()  # what scripts read: one line, no bar, no control codes
    assert SUMMARY.match(line) and "\x1b" not in r.stderr
    again = piped(tmp_path, "ingest", str(DEV), "--index", str(DEV / "index.json"), "--verbose")
    rows = [line for line in again.stdout.splitlines() if ".txt" in line]
    assert len(rows) == 13 and all("│" in row for row in rows)  # a table row per file
    assert again.stderr.startswith("0 added, 0 replaced, 0 removed, 17 unchanged") and "\x1b" not in again.stderr
    as_csv = piped(tmp_path, "ingest", str(DEV / "news-009.txt"), "--csv")
    assert as_csv.stdout.splitlines() == ["file,articles,added,unchanged,replaced,removed,error",
                                          f"{DEV / 'news-009.txt'},1,0,1,0,0,"]


def test_extract_over_files_draws_the_bar_on_a_terminal_only(tmp_path):
    code, out, terminal = on_terminal(tmp_path, "extract", str(DEV), "--format", "json")
    assert code == 0 and out.startswith("[")  # the records on stdout, whole
    text = ANSI.sub("", terminal).replace("\r", "\n")
    assert re.search(r"reading .*13/13 files +17 article\(s\)", text), text
    assert text.rstrip().endswith("13 file(s): 13 read, 0 failed; 17 article(s)")
    r = piped(tmp_path, "extract", str(DEV), "--format", "json")
    assert r.stdout == out and r.stderr == "13 file(s): 13 read, 0 failed; 17 article(s)\n"


def test_the_bar_shows_the_time_left_while_reading():
    """The time left, drawn while files remain (the dev corpus reads too fast for a frame
    between its first and last file, so the bar is driven step by step here)."""
    import io
    import time

    from rich.console import Console

    from kg.cli.progress import Bar
    from kg.progress import Step

    console = Console(file=io.StringIO(), force_terminal=True, width=120, record=True)
    bar = Bar(console)
    bar(Step("read", 0, 10))
    for done in (1, 2, 3):
        time.sleep(0.05)
        bar(Step("read", done, 10, articles=done))
    console.print(bar.progress.get_renderable())
    frame = console.export_text()
    assert re.search(r"reading .*3/10 files +3 article\(s\) .*files/s \d:\d\d:\d\d left", frame), frame
