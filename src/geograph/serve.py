"""A read-only SPARQL 1.1 endpoint over a store: the SPARQL 1.1 Protocol (GET and POST), result
formats chosen by the Accept header, reading graphs through the Graph Store Protocol, an HTML
page to type queries, and the map. It binds to 127.0.0.1 unless told otherwise, refuses updates,
SERVICE and LOAD, and bounds query time and result size.
"""

from __future__ import annotations

import html
import json
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse
from xml.sax.saxutils import escape as xml_escape

import pyoxigraph as ox

from .errors import QueryError
from .query import named_queries, named_query, run_query
from .viz import map_page

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
         "csv": "text/csv", "tsv": "text/tab-separated-values"}


class EndpointError(Exception):
    """An error answered with an HTTP status and a one-line message."""

    def __init__(self, status: HTTPStatus, message: str):
        super().__init__(message)
        self.status = status


@dataclass
class Settings:
    """What the endpoint serves and how much it allows."""

    store: ox.Store
    timeout: float = 10.0
    max_rows: int = 10_000


def negotiate(accept: str, choices: dict[str, object], default: str) -> str:
    """The first media type of the Accept header that we serve, else the default."""
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in choices:
            return media
    return default


def term_json(term: object) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    assert isinstance(term, ox.Literal)
    value = {"type": "literal", "value": term.value}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        value["datatype"] = term.datatype.value
    return value


def term_xml(term: object) -> str:
    data = term_json(term)
    if data["type"] == "uri":
        return f"<uri>{xml_escape(data['value'])}</uri>"
    if data["type"] == "bnode":
        return f"<bnode>{xml_escape(data['value'])}</bnode>"
    attributes = "".join(f' {"xml:lang" if k == "xml:lang" else "datatype"}="{xml_escape(v)}"'
                         for k, v in data.items() if k in ("xml:lang", "datatype"))
    return f"<literal{attributes}>{xml_escape(data['value'])}</literal>"


def csv_cell(term: object | None) -> str:
    if term is None:
        return ""
    text = getattr(term, "value", str(term))
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\n\r') else text


def solutions_text(variables: list[str], rows: list[list[object | None]], kind: str) -> str:
    """SELECT results in the SPARQL 1.1 JSON, XML, CSV or TSV format."""
    if kind == "json":
        bindings = [{v: term_json(t) for v, t in zip(variables, row) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}, ensure_ascii=False)
    if kind == "xml":
        head = "".join(f'<variable name="{xml_escape(v)}"/>' for v in variables)
        body = "".join("<result>" + "".join(f'<binding name="{xml_escape(v)}">{term_xml(t)}</binding>'
                                            for v, t in zip(variables, row) if t is not None) + "</result>"
                       for row in rows)
        return ('<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head>{head}</head><results>{body}</results></sparql>")
    if kind == "csv":
        return "\r\n".join([",".join(variables)] + [",".join(csv_cell(t) for t in row) for row in rows]) + "\r\n"
    return "\n".join(["\t".join(f"?{v}" for v in variables)]
                     + ["\t".join("" if t is None else str(t) for t in row) for row in rows]) + "\n"


def boolean_text(value: bool, kind: str) -> str:
    if kind == "xml":
        return ('<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{str(value).lower()}</boolean></sparql>")
    if kind in ("csv", "tsv"):
        return f"{str(value).lower()}\n"
    return json.dumps({"head": {}, "boolean": value})


def bounded(items: Iterable[object], settings: Settings, count_rows: bool = True) -> list[object]:
    """The items of a lazy result, stopping with an error past the row or time bound."""
    deadline = time.monotonic() + settings.timeout
    taken: list[object] = []
    for item in items:
        taken.append(item)
        if count_rows and len(taken) > settings.max_rows:
            raise EndpointError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                                f"the result has more than {settings.max_rows} rows; add a LIMIT")
        if time.monotonic() > deadline:
            raise EndpointError(HTTPStatus.SERVICE_UNAVAILABLE,
                                f"the query ran longer than {settings.timeout:g} s; narrow it down")
    return taken


def answer(settings: Settings, query: str, accept: str) -> tuple[str, str]:
    """(media type, body) for a query."""
    try:
        results = run_query(settings.store, query)
    except QueryError as error:
        raise EndpointError(HTTPStatus.BAD_REQUEST, str(error)) from None
    if isinstance(results, ox.QueryBoolean):
        media = negotiate(accept, RESULT_TYPES, "application/sparql-results+json")
        return MEDIA[RESULT_TYPES[media]], boolean_text(bool(results), RESULT_TYPES[media])
    if isinstance(results, ox.QueryTriples):
        media = negotiate(accept, GRAPH_TYPES, "text/turtle")
        triples = bounded(results, settings)
        return media, ox.serialize(triples, format=GRAPH_TYPES[media]).decode("utf-8")
    media = negotiate(accept, RESULT_TYPES, "application/sparql-results+json")
    variables = [v.value for v in results.variables]
    rows = [[solution[v] for v in variables] for solution in bounded(results, settings)]  # type: ignore[index]
    return MEDIA[RESULT_TYPES[media]], solutions_text(variables, rows, RESULT_TYPES[media])


def graph_text(settings: Settings, params: dict[str, list[str]], accept: str) -> tuple[str, str]:
    """Graph Store Protocol, reading: ?graph=IRI or ?default."""
    media = negotiate(accept, {k: v for k, v in GRAPH_TYPES.items() if k != "application/ld+json"}, "text/turtle")
    if "default" in params:
        graph: ox.NamedNode | ox.DefaultGraph = ox.DefaultGraph()
    elif params.get("graph"):
        graph = ox.NamedNode(params["graph"][0])
        if not settings.store.contains_named_graph(graph):
            raise EndpointError(HTTPStatus.NOT_FOUND, f"no graph {params['graph'][0]}")
    else:
        raise EndpointError(HTTPStatus.BAD_REQUEST, "give ?graph=IRI or ?default")
    triples = [q.triple for q in settings.store.quads_for_pattern(None, None, None, graph)]
    return media, ox.serialize(bounded(triples, settings, count_rows=False), format=GRAPH_TYPES[media]).decode("utf-8")


def form_page(query: str = "", result: str = "") -> str:
    """The page to type queries on; everything shown is escaped."""
    links = " · ".join(f'<a href="/?named={html.escape(n)}">{html.escape(n)}</a>' for n in named_queries())
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>geograph SPARQL</title>
<style>body{{font-family:system-ui,sans-serif;margin:16px}}textarea{{width:100%;height:12em;font-family:monospace}}
table{{border-collapse:collapse;font-size:13px}}td,th{{border:1px solid #ccc;padding:2px 6px;vertical-align:top}}</style>
</head><body><h1>geograph SPARQL endpoint</h1><p>Named queries: {links} · <a href="/map">map</a></p>
<form action="/" method="get"><textarea name="query">{html.escape(query)}</textarea><br>
<button type="submit">Run</button></form>{result}</body></html>"""


def html_table(settings: Settings, query: str) -> str:
    _, body = answer(settings, query, "application/sparql-results+json")
    data = json.loads(body)
    if "boolean" in data:
        return f"<p>{html.escape(str(data['boolean']).lower())}</p>"
    variables = data["head"]["vars"]
    head = "".join(f"<th>{html.escape(v)}</th>" for v in variables)
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(b.get(v, {}).get('value', ''))}</td>" for v in variables)
                   + "</tr>" for b in data["results"]["bindings"])
    return f"<p>{len(data['results']['bindings'])} rows</p><table><tr>{head}</tr>{rows}</table>"


READ_ONLY = EndpointError(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")


def query_parameter(params: dict[str, list[str]]) -> str:
    """The query of a protocol request's parameters (query string or form); updates are refused."""
    if "update" in params:
        raise READ_ONLY
    if not params.get("query"):
        raise EndpointError(HTTPStatus.BAD_REQUEST, "give a query")
    return params["query"][0]


class Handler(BaseHTTPRequestHandler):
    """Routes: / (query page), /sparql (protocol), /store (graph store, read), /map."""

    settings: Settings
    server_version = "geograph"

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        url = urlparse(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        self.respond(lambda: self.route_get(url.path, params))

    def do_POST(self) -> None:  # noqa: N802
        self.respond(self.route_post)

    def do_PUT(self) -> None:  # noqa: N802
        self.refuse()

    do_DELETE = do_PATCH = do_PUT  # noqa: N815

    def refuse(self) -> None:
        self.send_text(HTTPStatus.METHOD_NOT_ALLOWED, "text/plain", "this endpoint is read-only\n")

    def route_get(self, path: str, params: dict[str, list[str]]) -> tuple[str, str]:
        accept = self.headers.get("Accept", "")
        if path == "/sparql":
            return answer(self.settings, query_parameter(params), accept)
        if path == "/store":
            return graph_text(self.settings, params, accept)
        if path == "/map":
            return "text/html; charset=utf-8", map_page(self.settings.store, "geograph relationship map", 300)[0]
        if path == "/":
            query = params.get("query", [""])[0]
            if params.get("named"):
                try:
                    query = named_query(params["named"][0])
                except QueryError as error:
                    raise EndpointError(HTTPStatus.NOT_FOUND, str(error)) from None
            result = ""
            if query.strip():
                try:
                    result = html_table(self.settings, query)
                except EndpointError as error:
                    result = f"<p><strong>Error:</strong> {html.escape(str(error))}</p>"
            return "text/html; charset=utf-8", form_page(query, result)
        raise EndpointError(HTTPStatus.NOT_FOUND, f"nothing at {path}")

    def route_post(self) -> tuple[str, str]:
        if urlparse(self.path).path != "/sparql":
            raise EndpointError(HTTPStatus.NOT_FOUND, "POST queries to /sparql")
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        accept = self.headers.get("Accept", "")
        if kind == "application/sparql-query":
            return answer(self.settings, body, accept)
        if kind == "application/x-www-form-urlencoded":
            return answer(self.settings, query_parameter(parse_qs(body)), accept)
        if kind == "application/sparql-update":
            raise READ_ONLY
        raise EndpointError(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                            f"unsupported content type '{kind}' (use application/sparql-query or a form)")

    def respond(self, route: object) -> None:
        try:
            media, body = route()  # type: ignore[operator]
        except EndpointError as error:
            self.send_text(error.status, "text/plain; charset=utf-8", f"{error}\n")
            return
        self.send_text(HTTPStatus.OK, media if "charset" in media else f"{media}; charset=utf-8", body)

    def send_text(self, status: HTTPStatus, media: str, body: str) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (http.server's name)
        sys.stderr.write(f"{self.address_string()} {format % args}\n")


def make_server(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    """A server for the endpoint (port 0 picks a free one); serve it with ``serve_forever``."""
    handler = type("BoundHandler", (Handler,), {"settings": settings})
    return ThreadingHTTPServer((host, port), handler)
