"""Stage 4, build: the graph model both stores hold (`model`) and `build_graph` (`build`),
which turns whole-article records and their `Resolution` into nodes and relationships.
May import: kg.resolve and the shared modules.
"""
