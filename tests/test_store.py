import pyoxigraph as ox
import pytest

from geograph.errors import InputError
from geograph.query import named_query, select
from geograph.rdf import build_dataset
from geograph.store import open_source, open_store, replace_graphs
from test_rdf import facts


def statement_kinds(store):
    return sorted(row["kind"] for row in select(store, named_query("statements")))


def test_store_rebuild_replaces_exactly_the_articles_graph(tmp_path, reference):
    store = open_store(tmp_path / "kb", create=True)
    replace_graphs(store, build_dataset([facts("a1"), facts("a2")], reference))
    count = len(store)
    replace_graphs(store, build_dataset([facts("a1")], reference))
    assert len(store) == count  # idempotent
    replace_graphs(store, build_dataset([facts("a1", kind="threat")], reference))
    assert statement_kinds(store) == ["threat", "warning"]


def test_store_persists_on_disk(tmp_path, reference):
    store = open_store(tmp_path / "kb", create=True)
    replace_graphs(store, build_dataset([facts()], reference))
    del store
    assert statement_kinds(open_source(tmp_path / "kb")) == ["warning"]


@pytest.mark.parametrize(("name", "content", "message"), [
    ("missing.ttl", None, "no such file or store"),
    ("empty.ttl", b"", "the file is empty"),
    ("bad.ttl", b"<a> <b> .", "not valid Turtle"),
    ("bad.xyz", b"x", "unknown RDF format '.xyz'"),
])
def test_store_refuses_bad_sources(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        open_source(path)


def test_store_refuses_a_folder_that_is_no_store(tmp_path):
    with pytest.raises(InputError, match="not a geograph store"):
        open_source(tmp_path)


def test_store_query_sees_the_union_of_graphs(reference):
    store = ox.Store()
    replace_graphs(store, build_dataset([facts()], reference))
    assert select(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/geograph/ontology#Statement> }") == [{"n": "1"}]
