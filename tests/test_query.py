import json
from dataclasses import replace
from decimal import Decimal

import pyoxigraph as ox
import pytest

from geograph.errors import QueryError
from geograph.query import format_results, named_queries, named_query, query_text, run_query
from geograph.rdf import build_dataset, serialize
from geograph.store import replace_graphs
from test_rdf import facts

CONTRACT = {
    "actors": ["actor", "label", "type", "wikidata"],
    "statements": ["statement", "speaker", "speakerLabel", "kind", "quote", "direct", "target",
                   "targetLabel", "sentence", "article"],
    "memberships": ["member", "memberLabel", "organization", "organizationLabel", "status", "explicit", "article"],
    "commitments": ["commitment", "actor", "actorLabel", "amount", "currency", "shareOfGdp", "purpose", "article"],
}


@pytest.fixture(scope="module")
def store(reference):
    store = ox.Store()
    replace_graphs(store, build_dataset([facts()], reference))
    return store


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_query_named_queries_keep_their_variables(store, name):
    results = json.loads(format_results(run_query(store, named_query(name)), "json"))
    assert results["head"]["vars"] == CONTRACT[name]
    assert results["results"]["bindings"]


def test_query_named_rows(store):
    rows = json.loads(format_results(run_query(store, named_query("commitments")), "json"))["results"]["bindings"]
    (row,) = rows
    assert Decimal(row["amount"]["value"]) == Decimal("2000000000")
    assert row["currency"]["value"] == "EUR"
    assert row["actorLabel"]["value"] == "Poland"
    (actor,) = [r for r in json.loads(format_results(run_query(store, named_query("actors")), "json"))
                ["results"]["bindings"] if r["label"]["value"] == "Poland"]
    assert (actor["type"]["value"], actor["wikidata"]["value"]) == ("Country", "Q36")


def test_query_unknown_name_lists_the_known():
    with pytest.raises(QueryError) as caught:
        named_query("nope")
    assert str(caught.value) == f"unknown named query 'nope' (known: {', '.join(named_queries())})"


@pytest.mark.parametrize(("query", "message"), [
    ("SELEC ?x WHERE {}", "malformed SPARQL"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE and LOAD are not allowed"),
])
def test_query_refuses_bad_queries(store, query, message):
    with pytest.raises(QueryError, match=message):
        run_query(store, query)


@pytest.mark.parametrize(("fmt", "start"), [("csv", "label\r\n"), ("table", "label\n")])
def test_query_formats(store, fmt, start):
    text = format_results(run_query(store, "SELECT ?label WHERE { ?a <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label LIMIT 1"), fmt)
    assert text.replace("\r\n", "\n").startswith(start.replace("\r\n", "\n"))


def test_query_text_from_rq_file(tmp_path):
    path = tmp_path / "q.rq"
    path.write_text("ASK {}")
    assert query_text(str(path)) == "ASK {}"
    with pytest.raises(QueryError, match="no such query file"):
        query_text(str(tmp_path / "missing.rq"))


def test_query_facts_name_actors_as_their_own_article_does(reference):
    """Two articles name one actor two ways: each fact row carries its own article's label,
    one row per fact, and a file holding the union of graphs gives one label."""
    first, second = facts("a1"), facts("a2")
    second = replace(second, actors=tuple(replace(a, label="Polska") if a.key == "country/PL" else a
                                          for a in second.actors))
    store = ox.Store()
    replace_graphs(store, build_dataset([first, second], reference))
    for name, variable in (("memberships", "memberLabel"), ("commitments", "actorLabel"), ("statements", "speakerLabel")):
        rows = json.loads(format_results(run_query(store, named_query(name)), "json"))["results"]["bindings"]
        assert sorted((r["article"]["value"][-2:], r[variable]["value"]) for r in rows) == [
            ("a1", "Poland"), ("a2", "Polska")]
    union = ox.Store()
    union.bulk_load(serialize(build_dataset([first, second], reference), "turtle"), ox.RdfFormat.TURTLE)
    rows = json.loads(format_results(run_query(union, named_query("memberships")), "json"))["results"]["bindings"]
    assert [r["memberLabel"]["value"] for r in rows] == ["Poland", "Poland"]


def test_query_statement_without_targets_is_one_row_with_target_unbound(reference):
    first = facts("a1")
    first = replace(first, statements=tuple(replace(s, targets=()) for s in first.statements))
    store = ox.Store()
    replace_graphs(store, build_dataset([first], reference))
    rows = json.loads(format_results(run_query(store, named_query("statements")), "json"))["results"]["bindings"]
    assert len(rows) == 1 and "target" not in rows[0] and "targetLabel" not in rows[0]
