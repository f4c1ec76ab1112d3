"""Settings from options and the environment: backend, embedded store path, Neo4j connection."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from kg.errors import ConfigError

BACKENDS = ("embedded", "neo4j")
DEFAULT_LOCK_TIMEOUT = 300.0  # seconds a writer waits for another one (KG_LOCK_TIMEOUT)


_USERINFO = re.compile(r"(?<=://)[^/?#@]*@")


def redact_uri(uri: str) -> str:
    """A URI as kg may print it: any credentials in it (`bolt://user:password@host`)
    replaced by `***@` (the whole user-info part, whatever it holds)."""
    return _USERINFO.sub("***@", str(uri))


def default_store_path() -> Path:
    return Path(user_data_dir("kg", appauthor=False)) / "graph.kgstore"


@dataclass(frozen=True)
class Neo4jSettings:
    uri: str
    username: str
    password: str = ""
    database: str | None = None

    @classmethod
    def from_env(cls) -> "Neo4jSettings":
        return cls(
            uri=os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"),
            username=os.environ.get("NEO4J_USERNAME", "neo4j"),
            password=os.environ.get("NEO4J_PASSWORD", ""),
            database=os.environ.get("NEO4J_DATABASE") or None,
        )

    @property
    def shown_uri(self) -> str:
        """NEO4J_URI as kg prints it: without credentials (kg.config.redact_uri)."""
        return redact_uri(self.uri)

    def __repr__(self) -> str:  # never show the password
        return f"Neo4jSettings(uri={self.shown_uri!r}, username={self.username!r}, database={self.database!r})"


@dataclass(frozen=True)
class Settings:
    backend: str
    store_path: Path
    neo4j: Neo4jSettings
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT  # how long `kg ingest` waits for another writer
    batch_articles: int | None = None  # articles per write transaction (None: the store's own)

    @classmethod
    def resolve(cls, backend: str | None = None, store: str | os.PathLike | None = None) -> "Settings":
        backend = backend or os.environ.get("KG_BACKEND") or "embedded"
        if backend not in BACKENDS:
            raise ConfigError(f"unknown backend {backend!r}: choose one of {', '.join(BACKENDS)}")
        store_path = Path(store or os.environ.get("KG_STORE") or default_store_path()).expanduser()
        lock_timeout = _seconds("KG_LOCK_TIMEOUT", DEFAULT_LOCK_TIMEOUT)
        batch = os.environ.get("KG_BATCH_ARTICLES", "").strip()
        if batch and not (batch.isdigit() and int(batch) > 0):
            raise ConfigError(f"KG_BATCH_ARTICLES={batch!r} is not a positive whole number")
        return cls(backend=backend, store_path=store_path, neo4j=Neo4jSettings.from_env(),
                   lock_timeout=lock_timeout, batch_articles=int(batch) if batch else None)


def _seconds(var: str, default: float) -> float:
    raw = os.environ.get(var, "").strip()
    try:
        value = float(raw) if raw else default
    except ValueError:
        value = -1.0
    if not 0 <= value < float("inf"):
        raise ConfigError(f"{var}={raw!r} is not a number of seconds")
    return value
