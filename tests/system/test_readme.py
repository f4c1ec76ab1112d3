"""The README's command examples, run as printed (from the repository root, where
`../shared/` is the shared data folder next to it) on the embedded store, in README order:
each exits as shown, prints the columns (CSV header, JSON keys, table header) the README
shows, and the ingest summaries print the counts it shows. The `--backend neo4j` examples
run against the real server in the second test. The README's Python block runs on both
stores too: each call commented with a `kg` command gives the rows that command prints
with `--json`, and each print commented with its output prints that."""

from __future__ import annotations

import json
import re
import shlex

import pytest
from click.testing import CliRunner

from kg.cli.commands import cli
from kg.pipeline import IngestReport
from tests.support.database import wipe
from tests.support.paths import REPO, SHARED

README = REPO / "README.md"
NEEDED = {"extract", "eval", "ingest", "stats", "person", "office", "holders", "district", "events", "timeline",
          "coattendance", "reporter", "merges", "export", "view"}
_STORE_NOTE = re.compile(r"\((embedded|neo4j): [^)]*\)\s*$")


def examples() -> list[tuple[str, list[str]]]:
    """(`kg …` command line, the output lines shown under it) for every `$ kg` line of the
    README's code blocks."""
    out: list[tuple[str, list[str]]] = []
    in_block, block_start = False, 0
    for line in README.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            in_block, block_start = not in_block, len(out)  # output belongs to a command of its block
            continue
        if not in_block:
            continue
        if line.startswith("$ "):
            out.append((line[2:], []))
        elif len(out) > block_start and line.strip() and line.strip() not in ("…", "..."):
            out[-1][1].append(line)
    return [(cmd, shown) for cmd, shown in out if cmd.startswith("kg ")]


def args_of(command: str) -> list[str]:
    """The arguments of a README command line, its paths made absolute."""
    args = shlex.split(command, comments=True)[1:]
    fixed = []
    for a in args:
        if a.startswith("../shared/"):
            a = str(SHARED / a[len("../shared/"):])
        elif a.startswith("samples/"):
            a = str(REPO / a)
        fixed.append(a)
    return fixed


def command_name(args: list[str]) -> str:
    i = 0
    while args[i].startswith("--"):
        i += 2  # --store PATH, --backend NAME
    return args[i]


def keys(value) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in keys(v)}
    return set()


def check(command: str, shown: list[str], result) -> None:
    where = f"README example `{command}`"
    if shown and shown[0].startswith("kg: error:"):
        assert result.exit_code == 1, (where, result.stderr)
        assert shown[0] in result.stderr, (where, result.stderr)
        return
    assert result.exit_code == 0, (where, result.stdout, result.stderr)
    if not shown:
        return
    if "--csv" in command:
        header = shown[0]
        assert result.stdout.splitlines()[0] == header, (where, result.stdout[:400])
        width = len(next(iter(__import__("csv").reader([header]))))
        rows = list(__import__("csv").reader(result.stdout.splitlines()))
        assert rows[1:] and all(len(r) == width for r in rows), where
    elif shown[0].startswith(("[", "{")):
        wanted = set(re.findall(r'"(\w+)":', "\n".join(shown)))
        assert wanted <= keys(json.loads(result.stdout)), (where, wanted - keys(json.loads(result.stdout)))
    elif re.match(r"\d+ added, ", shown[0]):  # an ingest summary, on stderr
        summary = result.stderr.strip().splitlines()[-1]
        assert _STORE_NOTE.sub("", summary) == _STORE_NOTE.sub("", shown[0]), (where, summary)
    else:  # a table: the header words shown are in the output
        for word in shown[0].split():
            assert word in result.stdout, (where, word)


def run_examples(tmp_path, monkeypatch, neo4j: bool) -> set[str]:
    monkeypatch.chdir(tmp_path)  # the stores and exports the examples name are written here
    for var in ("KG_BACKEND", "KG_STORE"):
        monkeypatch.delenv(var, raising=False)
    runner = CliRunner()
    ran = set()
    for command, shown in examples():
        args = args_of(command)
        if ("neo4j" in args) != neo4j:
            continue
        result = runner.invoke(cli, args, obj={}, catch_exceptions=False)
        check(command, shown, result)
        ran.add(command_name(args))
    return ran


def test_readme_examples_run_as_printed_on_the_embedded_store(tmp_path, monkeypatch):
    ran = run_examples(tmp_path, monkeypatch, neo4j=False)
    assert NEEDED <= ran, NEEDED - ran
    assert "coattend " not in "\n".join(c for c, _ in examples())  # the README uses the full name


def test_readme_neo4j_examples_run_as_printed(clean_neo4j, tmp_path, monkeypatch):
    assert {"ingest", "cypher"} <= run_examples(tmp_path, monkeypatch, neo4j=True)


def test_readme_explains_where_shared_and_the_browser_port_come_from():
    text = README.read_text(encoding="utf-8")
    assert "`../shared/` is the project's shared" in text
    assert "NEO4J_HTTP_PORT" in text and "<http://127.0.0.1:7474/browser/>" not in text


@pytest.mark.parametrize("command", ["kg --store g.kgstore ingest samples/ # x", "kg extract ../shared/gold"])
def test_args_of_makes_paths_absolute(command):
    args = args_of(command)
    assert all(not a.startswith(("samples/", "../shared/")) for a in args) and "#" not in " ".join(args)


# -- the Python block ----------------------------------------------------------------------
CALL = re.compile(r"^(\w+) = s\.\w+\(.*\)\s+# (kg .+)$")
PRINT = re.compile(r"^print\(.*\)\s+# (.+)$")


def python_example() -> str:
    """The README's one ```python block."""
    (code,) = re.findall(r"^```python\n(.*?)^```$", README.read_text(encoding="utf-8"), re.S | re.M)
    return code


def run_python_example(tmp_path, monkeypatch, capsys, options: list[str], reset) -> set[str]:
    """Run the block as printed (its `../shared/` made absolute, cwd a fresh folder) and
    compare each commented call with its command's --json on the same store; the ingest
    command runs first, on an empty store, which `reset` empties again for the block."""
    monkeypatch.chdir(tmp_path)
    for var in ("KG_BACKEND", "KG_STORE"):
        monkeypatch.delenv(var, raising=False)
    code = python_example().replace("../shared/", f"{SHARED}/")
    if "neo4j" in options:
        assert 'kg.open_store("dev.kgstore")' in code
        code = code.replace('kg.open_store("dev.kgstore")', 'kg.open_store(backend="neo4j")')
    calls = [CALL.match(line).groups() for line in code.splitlines() if CALL.match(line)]
    runner = CliRunner()

    def cli_json(command: str):
        result = runner.invoke(cli, [*options, *args_of(command), "--json"], obj={}, catch_exceptions=False)
        assert result.exit_code == 0, (command, result.stderr)
        return json.loads(result.stdout)

    (ingest,) = [command for _, command in calls if command.startswith("kg ingest ")]
    ingested = cli_json(ingest)
    reset()
    namespace: dict = {}
    exec(compile(code, "README.md (python block)", "exec"), namespace)
    printed = capsys.readouterr().out.splitlines()
    for line in code.splitlines():
        if PRINT.match(line):
            assert PRINT.match(line).group(1) in printed, (line, printed)
    for var, command in calls:
        value = namespace[var]
        rows = value.rows() if isinstance(value, IngestReport) else value
        wanted = ingested if command == ingest else cli_json(command)
        assert json.loads(json.dumps(rows, ensure_ascii=False)) == wanted, command
    return {command_name(args_of(command)) for _, command in calls}


def test_readme_python_example_gives_the_rows_of_the_commands_on_the_embedded_store(tmp_path, monkeypatch, capsys):
    def reset():
        (tmp_path / "dev.kgstore").unlink()

    ran = run_python_example(tmp_path, monkeypatch, capsys, ["--store", "dev.kgstore"], reset)
    assert {"ingest", "holders", "person", "events"} <= ran


def test_readme_python_example_gives_the_rows_of_the_commands_on_neo4j(clean_neo4j, neo4j_settings, tmp_path,
                                                                        monkeypatch, capsys):
    run_python_example(tmp_path, monkeypatch, capsys, ["--backend", "neo4j"],
                       lambda: wipe(clean_neo4j, neo4j_settings.database))
