"""The `kg` command line: a thin layer over the Python API (kg/api.py): each command parses,
makes one API call and renders the rows."""

from kg.cli.commands import cli, main

__all__ = ["cli", "main"]
