"""The one small exception tree; the CLI turns it into ``Error: ...`` and exit 1."""


class GeographError(Exception):
    """Base of every error geograph raises on purpose."""


class InputError(GeographError):
    """An input file or value that cannot be used: missing, empty, binary, not UTF-8, too large."""


class QueryError(GeographError):
    """A SPARQL query that cannot be parsed or run, or an unknown named query."""


class ModelError(GeographError):
    """A spaCy pipeline that is not installed or cannot be loaded."""
