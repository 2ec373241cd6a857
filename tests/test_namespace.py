import pytest
from rdflib import Graph
from rdflib.namespace import OWL, RDF, SKOS

from geograph.namespace import GG, KIND
from geograph.resources import VOCABULARY


@pytest.fixture(scope="module")
def vocabulary():
    return Graph().parse(VOCABULARY, format="turtle")


def declared(graph, namespace):
    base = str(namespace._NS)
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.Concept, SKOS.ConceptScheme}
    return {str(s)[len(base):] for s, _, o in graph.triples((None, RDF.type, None))
            if o in kinds and str(s).startswith(base)}


@pytest.mark.parametrize("namespace", [GG, KIND])
def test_namespace_matches_vocabulary(vocabulary, namespace):
    assert declared(vocabulary, namespace) == set(namespace.__annotations__)


def test_namespace_is_closed():
    with pytest.raises(AttributeError):
        GG.speeker  # noqa: B018


def test_namespace_terms_have_label_and_comment(vocabulary):
    from rdflib.namespace import RDFS

    for term in set(GG.__annotations__):
        iri = GG[term]
        assert vocabulary.value(iri, RDFS.label) is not None, term
        assert vocabulary.value(iri, RDFS.comment) is not None, term
