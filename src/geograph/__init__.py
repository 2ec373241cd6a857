"""geograph: knowledge graphs of international affairs from news articles."""

__version__ = "0.1.0"
