"""Emptying the test database of the shared Neo4j server (the `clean_neo4j` fixture of
tests/conftest.py, and module fixtures that load it once)."""

from __future__ import annotations

from neo4j import Driver

WIPE_CYPHER = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"


def wipe(driver: Driver, database: str | None) -> None:
    """Delete every node and relationship in the test database."""
    with driver.session(database=database) as session:
        session.run(WIPE_CYPHER).consume()
