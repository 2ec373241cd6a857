import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from geograph.errors import InputError
from geograph.namespace import GG
from geograph.rdf import build_dataset
from geograph.validate import union_graph, validate_file, validate_graph
from test_rdf import facts


def test_validate_accepts_geograph_output(reference):
    report = validate_graph(build_dataset([facts()], reference))
    assert report.conforms, report.text


@pytest.mark.parametrize("breakage", ["no speaker", "bad kind", "bad currency", "share over one"])
def test_validate_catches_broken_facts(reference, breakage):
    graph = union_graph(build_dataset([facts()], reference))
    statement = URIRef("https://w3id.org/geograph/id/article/a1/statement/1")
    amount = URIRef("https://w3id.org/geograph/id/article/a1/commitment/1/amount")
    commitment = URIRef("https://w3id.org/geograph/id/article/a1/commitment/1")
    if breakage == "no speaker":
        graph.remove((statement, GG.speaker, None))
    elif breakage == "bad kind":
        graph.set((statement, GG.kind, URIRef("https://w3id.org/geograph/kind/rumour")))
    elif breakage == "bad currency":
        graph.set((amount, URIRef("https://schema.org/currency"), Literal("euros")))
    else:
        graph.add((commitment, GG.shareOfGdp, Literal("1.5", datatype=XSD.decimal)))
    assert not validate_graph(graph).conforms


def test_validate_file_refuses_broken_rdf(tmp_path):
    path = tmp_path / "x.ttl"
    path.write_text("<a> <b> .")
    with pytest.raises(InputError, match="not valid Turtle"):
        validate_file(path)
