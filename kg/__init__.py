"""kg: a knowledge graph of Chinese local officials and what they do, built from news text.

The Python API (kg.api) is available from the package itself, imported on first use so
that `import kg` stays light:

    import kg
    s = kg.open_store(".demo/graph.kgstore")   # the store `make demo` builds
    s.person("柏思源").df()
"""

__version__ = "0.1.0"

_API = ("open_store", "extract_files", "extract_text", "evaluate", "KGStore", "Extraction", "Evaluation")
__all__ = ["__version__", "Rows", "Step", *_API]


def __getattr__(name: str):
    if name in _API:
        import kg.api

        return getattr(kg.api, name)
    if name == "Rows":
        from kg.rows import Rows

        return Rows
    if name == "Step":
        from kg.progress import Step

        return Step
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
