"""kg's tests. They mirror the code: tests/<package>/test_<module>.py holds the tests of
kg/<package>/<module>.py (tests/test_pipeline.py: kg/pipeline.py). tests/system/ holds the
tests that cross stages (faults, security, concurrency, the Neo4j server script, the
browser, and the evaluation gate over every annotated set), tests/benchmarks/ those of
benchmarks/, and tests/support/ the shared helpers (`from tests.support.records import
record`). Every folder is a package, so that test files of the same name in different
folders (tests/query/test_browser.py, tests/system/test_browser.py) do not collide."""
