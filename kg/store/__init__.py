"""Graph stores: the embedded SQLite file store (default) and Neo4j.

`open_store(settings)` picks one from `Settings.backend`; both implement `Store`
(kg.store.base): init, write a batch of whole articles, forget, counts, named queries,
snapshot (for exports) and status.
"""

from __future__ import annotations

from kg.config import Settings
from kg.store.base import Store


def open_store(settings: Settings) -> Store:
    if settings.backend == "neo4j":
        from kg.store.neo4j import Neo4jStore

        return Neo4jStore(settings.neo4j, lock_timeout=settings.lock_timeout)
    from kg.store.embedded import EmbeddedStore

    return EmbeddedStore(settings.store_path, lock_timeout=settings.lock_timeout)


__all__ = ["Store", "open_store"]
