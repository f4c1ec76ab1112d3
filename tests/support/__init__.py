"""Helpers shared by the tests (imported as `tests.support.<module>`, never collected):
`paths` (the repository, ../shared and tests/data), `ci` (CI=true), `database` (emptying
the test database), `records` (hand-built ArticleRecords), `extraction` (made-up articles
and what was extracted from them), `pages` (a made-up HTML news page), `devcorpus` (the dev
corpus in a store), `faults` (kg subprocesses, a Neo4j server of the tests' own, the
synthetic corpus), `listening` (which addresses a port listens on)."""
