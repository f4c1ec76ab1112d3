"""`Rows`: what kg's calls return, a list of dicts (one per row, the shape `--json` prints),
with `.df()` for a pandas DataFrame.

pandas is not a dependency of kg: it is imported when `.df()` is called, and its absence is
a MissingDependency saying how to get it. The rows themselves are plain lists of plain
dicts (strings, numbers, lists, nested dicts), whatever is installed.
"""

from __future__ import annotations

from typing import Any

from kg.errors import MissingDependency


class Rows(list):
    """A list of row dicts; `rows.df()` (or `rows.to_pandas()`) is a pandas DataFrame with a
    column per key, in the order the keys first appear."""

    def df(self) -> Any:
        try:
            import pandas
        except ImportError:
            raise MissingDependency("a DataFrame needs pandas, which is not installed: "
                                    "`pip install pandas` (the rows are a list of dicts without it)") from None
        columns: dict[str, None] = {}
        for row in self:
            columns.update(dict.fromkeys(row))
        return pandas.DataFrame(list(self), columns=list(columns))

    to_pandas = df
