"""Reading the graph: the lookup helpers (`lookups`: person, office, holders, district,
events, timeline, coattendance, reporter), co-attendance networks (`network`), read-only raw
Cypher (`rawcypher`) and the Neo4j Browser guide (`browser`). Every helper answers on both
stores with the same rows. May import: kg.store, kg.graph and the shared modules.
"""
