"""The SPARQL endpoint on a free loopback port, through a real SPARQL client (SPARQLWrapper)."""

import json
import threading
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest
from SPARQLWrapper import CSV, JSON, N3, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from geograph.rdf import build_dataset
from geograph.serve import Settings, make_server
from geograph.store import replace_graphs
from test_rdf import facts

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/geograph/ontology#Statement> }"


@pytest.fixture(scope="module")
def endpoint(reference):
    store = ox.Store()
    replace_graphs(store, build_dataset([facts("a1"), facts("a2")], reference))
    server = make_server(Settings(store, timeout=5.0, max_rows=50), "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}"
    server.shutdown()
    server.server_close()


def client(endpoint, query, fmt, method="GET"):
    sparql = SPARQLWrapper(f"{endpoint}/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setMethod(method)
    return sparql.query()


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_serve_select_json(endpoint, method):
    result = client(endpoint, COUNT, JSON, method).convert()
    assert result["results"]["bindings"][0]["n"]["value"] == "2"


@pytest.mark.parametrize(("fmt", "check"), [
    (XML, lambda r: r.getElementsByTagName("literal")[0].firstChild.data == "2"),
    (CSV, lambda r: r.decode().splitlines() == ["n", "2"]),
    (TSV, lambda r: r.decode().splitlines()[1].startswith('"2"^^')),
])
def test_serve_result_formats_by_accept(endpoint, fmt, check):
    assert check(client(endpoint, COUNT, fmt).convert())


@pytest.mark.parametrize(("fmt", "media"), [(TURTLE, "text/turtle"), (N3, "text/turtle")])
def test_serve_construct_as_turtle(endpoint, fmt, media):
    response = client(endpoint, "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://schema.org/Country> ; ?p ?o }", fmt)
    assert response.info()["content-type"].startswith(media)
    converted = response.convert()
    graph_text = converted.decode() if isinstance(converted, bytes) else str(converted)
    assert "<https://w3id.org/geograph/id/country/PL>" in graph_text


def test_serve_malformed_query_is_a_bad_request(endpoint):
    with pytest.raises(QueryBadFormed):
        client(endpoint, "SELECT WHERE {", JSON)


def http(endpoint, path, data=None, headers=None, method=None):
    request = urllib.request.Request(endpoint + path, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers.get("Content-Type"), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type"), error.read().decode()


@pytest.mark.parametrize(("path", "data", "headers", "method", "status", "message"), [
    ("/sparql", b"x", {"Content-Type": "text/plain"}, "POST", 415, "unsupported content type 'text/plain'"),
    ("/sparql", b"DROP ALL", {"Content-Type": "application/sparql-update"}, "POST", 403, "read-only"),
    ("/sparql", b"update=DROP+ALL", {"Content-Type": "application/x-www-form-urlencoded"}, "POST", 403, "read-only"),
    ("/sparql?query=SELECT+*+WHERE+%7B+SERVICE+%3Chttp%3A%2F%2Fexample.org%2Fs%3E+%7B+%3Fs+%3Fp+%3Fo+%7D+%7D", None, {}, None, 400,
     "SERVICE and LOAD are not allowed"),
    ("/sparql?query=SELECT+*+WHERE+%7B+%3Fs+%3Fp+%3Fo+%7D", None, {}, None, 413, "more than 50 rows"),
    ("/store?graph=https://example.org/none", None, {}, None, 404, "no graph"),
    ("/sparql", b"x", {"Content-Type": "text/turtle"}, "PUT", 405, "read-only"),
])
def test_serve_refusals(endpoint, path, data, headers, method, status, message):
    code, _, body = http(endpoint, path, data, headers, method)
    assert code == status and message in body


def test_serve_graph_store_protocol_reads_an_article_graph(endpoint):
    code, media, body = http(endpoint, "/store?graph=https://w3id.org/geograph/id/article/a1",
                             headers={"Accept": "application/n-triples"})
    assert code == 200 and media.startswith("application/n-triples")
    assert "<https://w3id.org/geograph/id/article/a1/statement/1>" in body


def test_serve_query_page_escapes_and_map_is_offline(endpoint):
    query = urllib.parse.quote('SELECT ("<script>alert(1)</script>" AS ?x) WHERE {}')
    code, media, page = http(endpoint, f"/?query={query}")
    assert code == 200 and media.startswith("text/html")
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page
    code, _, named = http(endpoint, "/?named=statements")
    assert code == 200 and "speakerLabel" in named
    code, _, page = http(endpoint, "/map")
    assert code == 200 and "https://cdn" not in page and "new vis.Network" in page


def test_serve_binds_loopback_by_default(reference):
    server = make_server(Settings(ox.Store()), port=0)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


def test_serve_json_is_standard(endpoint):
    code, media, body = http(endpoint, "/sparql?query=" + urllib.parse.quote("ASK { ?s ?p ?o }"),
                             headers={"Accept": "application/sparql-results+json"})
    assert (code, json.loads(body)) == (200, {"head": {}, "boolean": True})
