"""The naive Neo4j writer the batched one is compared with: one MERGE statement per row,
each in its own auto-commit transaction, over the same rows (`kg.graph.model.to_rows`).

The statements are kg's own upserts (queries/upsert_nodes.cypher, upsert_rels.cypher) with
the `UNWIND $rows AS row` taken off and `row.x` read from the parameter `$x`, so both
writers do the same MERGE and the same property updates; only the batching differs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.store.cypher import load_query
from kg.graph.model import LABELS, GraphBatch, to_rows


def per_row(statement: str) -> str:
    """An `UNWIND $rows AS row ...` statement as one that takes a single row's fields."""
    body = re.sub(r"^\s*UNWIND \$rows AS row\s*\n", "", statement)
    assert body != statement, "not an UNWIND $rows statement"
    return re.sub(r"\brow\.(\w+)", r"$\1", body)


def write_naive(driver, batches: Iterable[GraphBatch], database: str | None = None) -> dict[str, int]:
    """Write the batches row by row; how many node and relationship rows were sent."""
    sent = {"nodes": 0, "rels": 0}
    with driver.session(database=database) as session:
        for batch in batches:
            rows = to_rows(batch)
            for label in LABELS:
                q = per_row(load_query("upsert_nodes", label=label))
                for row in rows["nodes"].get(label, []):
                    session.run(q, row).consume()
                    sent["nodes"] += 1
            for k in sorted(rows["rels"]):
                q = per_row(load_query("upsert_rels", type=k[0], start=k[1], end=k[2]))
                for row in rows["rels"][k]:
                    session.run(q, row).consume()
                    sent["rels"] += 1
    return sent
