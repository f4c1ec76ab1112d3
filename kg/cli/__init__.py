"""The `kg` command line: a thin layer over the library (see kg/pipeline.py and kg/query/)."""

from kg.cli.commands import cli, main

__all__ = ["cli", "main"]
