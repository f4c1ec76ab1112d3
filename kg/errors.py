"""Errors raised by the kg library. Only kg.cli.commands turns them into exit codes and messages."""


class KGError(Exception):
    """Base class of every error kg raises on purpose."""

    exit_code = 1


class InputError(KGError):
    """A source file cannot be read or understood; the message names the file."""

    def __init__(self, path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class ConfigError(KGError):
    """A setting (backend, store path, Neo4j connection) is wrong."""

    exit_code = 2


class StoreError(KGError):
    """The store cannot be reached, read or written."""

    exit_code = 2


class NotFound(KGError):
    """A lookup matched nothing."""

    exit_code = 1


class QueryRefused(KGError):
    """A raw Cypher query was refused (for instance a write without --write)."""

    exit_code = 1


class OutputError(KGError):
    """An output (a file kg writes, standard output) cannot be written; nothing was replaced."""

    exit_code = 1


class PartialInput(InputError):
    """Part of a file could not be read (`skipped` broken JSON Lines lines); the rest was
    read, so the file counts as read, with lines skipped."""

    def __init__(self, path, problem: str, skipped: int):
        super().__init__(path, problem)
        self.skipped = skipped


class MissingDependency(KGError):
    """An optional package a call needs (pandas, for DataFrames) is not installed."""

    exit_code = 2
