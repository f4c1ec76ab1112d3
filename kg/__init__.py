"""kg: a knowledge graph of Chinese local officials and what they do, built from news text."""

__version__ = "0.1.0"
