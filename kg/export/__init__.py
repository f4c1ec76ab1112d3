"""Exports of a store's snapshot: RDF (Turtle, JSON-LD, N-Triples), GraphML and kg's JSON
(`render`), and the CSV files of `neo4j-admin database import full` (`admin`).
May import: kg.graph and the shared modules.
"""
