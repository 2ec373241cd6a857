"""SPARQL over a store: free queries, a library of named analyst queries, and result formats."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .errors import QueryError
from .resources import QUERIES

FORMATS = ("table", "json", "csv")
SHORT = (
    ("https://w3id.org/geograph/id/", "gid:"),
    ("https://w3id.org/geograph/ontology#", "gg:"),
    ("http://www.wikidata.org/entity/", "wd:"),
    ("https://schema.org/", "schema:"),
)
FORBIDDEN = re.compile(r"\b(SERVICE|LOAD)\b", re.IGNORECASE)


def named_queries() -> list[str]:
    """The names of the queries that ship with geograph."""
    return sorted(path.stem for path in QUERIES.glob("*.rq"))


def named_query(name: str) -> str:
    """The text of a named query."""
    path = QUERIES / f"{name}.rq"
    if name not in named_queries():
        raise QueryError(f"unknown named query '{name}' (known: {', '.join(named_queries())})")
    return path.read_text(encoding="utf-8")


def query_text(query: str) -> str:
    """SPARQL text from the command line: the text itself, or a .rq file's contents."""
    if query.endswith(".rq"):
        path = Path(query)
        if not path.is_file():
            raise QueryError(f"{query}: no such query file")
        return path.read_text(encoding="utf-8")
    return query


def run_query(store: ox.Store, query: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """Run a read-only query over the union of all graphs."""
    if FORBIDDEN.search(re.sub(r'"[^"]*"|<[^>]*>|#[^\n]*', "", query)):
        raise QueryError("SERVICE and LOAD are not allowed: geograph makes no network calls")
    try:
        return store.query(query, use_default_graph_as_union=True)
    except SyntaxError as error:
        raise QueryError(f"malformed SPARQL: {error}") from None
    except OSError as error:
        raise QueryError(f"the query failed: {error}") from None


def shorten(value: str) -> str:
    """An IRI under a well-known base written with its prefix, for tables."""
    for long, prefix in SHORT:
        if value.startswith(long):
            return prefix + value[len(long):]
    return value


def term_text(term: object | None, short: bool = False) -> str:
    """A plain rendering of an RDF term: IRIs as IRIs, literals as their lexical value."""
    if term is None:
        return ""
    value = getattr(term, "value", str(term))
    return shorten(value) if short and isinstance(term, ox.NamedNode) else value


def as_table(variables: list[str], table: list[list[str]]) -> str:
    """Fixed-width columns, long cells cut."""
    limit = 60
    cells = [[c if len(c) <= limit else c[: limit - 1] + "…" for c in row] for row in table]
    widths = [max([len(v)] + [len(row[i]) for row in cells]) for i, v in enumerate(variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(variables, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines) + "\n"


def format_rows(rows: list[dict[str, Any]], fmt: str) -> str:
    """Rows of plain values as a table, a JSON list of objects, or CSV."""
    if fmt == "json":
        return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    columns = list(rows[0]) if rows else []
    table = [["" if row.get(c) is None else shorten(str(row[c])) if fmt == "table" else str(row[c])
              for c in columns] for row in rows]
    if fmt == "table":
        return as_table(columns, table) if rows else "(no rows)\n"
    return as_csv(columns, table)


def as_csv(columns: list[str], table: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(table)
    return buffer.getvalue()


def format_results(results: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, fmt: str) -> str:
    """Query results as a table, SPARQL 1.1 Query Results JSON, or CSV."""
    if isinstance(results, ox.QueryTriples):
        return ox.serialize(results, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    if isinstance(results, ox.QueryBoolean):
        if fmt == "table":
            return f"{bool(results)}\n".lower()
        return results.serialize(format=ox.QueryResultsFormat.JSON if fmt == "json"
                                 else ox.QueryResultsFormat.CSV).decode("utf-8")
    if fmt == "json":
        return results.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8") + "\n"
    variables = [v.value for v in results.variables]
    short = fmt == "table"
    table = [[term_text(solution[v], short) for v in variables] for solution in results]
    if fmt == "table":
        return as_table(variables, table)
    return as_csv(variables, table)


def select(store: ox.Store, query: str) -> list[dict[str, str]]:
    """Rows of a SELECT query as dicts of plain strings (unbound variables left out)."""
    results = run_query(store, query)
    if not isinstance(results, ox.QuerySolutions):
        raise QueryError("expected a SELECT query")
    variables = [v.value for v in results.variables]
    return [{v: term_text(s[v]) for v in variables if s[v] is not None} for s in results]
