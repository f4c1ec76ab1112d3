"""Shared fixtures: the real Neo4j server started by scripts/neo4j, and a wiped database per test.

Tests that need Neo4j take `neo4j_driver` (or `clean_neo4j`); they are marked `neo4j`
automatically. When the server is unreachable they fail under CI=true and are skipped
(with instructions) elsewhere.
"""

from __future__ import annotations

import pytest
from neo4j import Driver, GraphDatabase
from neo4j.exceptions import DriverError, Neo4jError

from kg.config import Neo4jSettings
from tests.support.ci import in_ci
from tests.support.database import wipe

START_HINT = 'start it with `eval "$(scripts/neo4j start)"` (or run `make test`)'
NEO4J_FIXTURES = {"neo4j_driver", "clean_neo4j"}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "neo4j: needs the real Neo4j server")
    config.addinivalue_line("markers", "slow: takes tens of seconds (deselect with -m 'not slow')")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if NEO4J_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.neo4j)


@pytest.fixture(scope="session")
def neo4j_settings() -> Neo4jSettings:
    return Neo4jSettings.from_env()


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_settings: Neo4jSettings):
    settings = neo4j_settings
    driver = GraphDatabase.driver(settings.uri, auth=(settings.username, settings.password))
    try:
        driver.verify_connectivity()
    except (DriverError, Neo4jError, OSError) as exc:
        driver.close()
        problem = (
            f"Neo4j at {settings.uri} is not usable as {settings.username!r}"
            f"{'' if settings.password else ' (NEO4J_PASSWORD is empty)'}: {type(exc).__name__}: {exc}"
        )
        if in_ci():
            pytest.fail(f"{problem}. CI=true requires a running Neo4j; {START_HINT}.", pytrace=False)
        pytest.skip(f"{problem}; {START_HINT}")
    yield driver
    driver.close()


@pytest.fixture
def clean_neo4j(neo4j_driver: Driver, neo4j_settings: Neo4jSettings) -> Driver:
    """The driver, with the test database emptied before the test."""
    wipe(neo4j_driver, neo4j_settings.database)
    return neo4j_driver


@pytest.fixture(scope="session")
def own_neo4j(neo4j_driver, tmp_path_factory):
    """A second Neo4j server (tests/support/faults.py) that fault tests may stop, kill and
    wipe; started once per session and stopped at the end. Needs the shared server's jars."""
    from tests.support.faults import OwnNeo4j

    server = OwnNeo4j(tmp_path_factory.mktemp("own-neo4j") / "home")
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def synth_corpus(tmp_path_factory):
    """200 synthetic articles on 70 pages (benchmarks.synth, seed 1): four write batches
    of tests/support/faults.py's kg runs."""
    from tests.support.faults import synth

    out = tmp_path_factory.mktemp("synth")
    synth(out, 200)
    return out
