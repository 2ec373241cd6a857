from decimal import Decimal

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic, to_isomorphic
from rdflib.namespace import ORG, RDF, RDFS, SDO

from geograph.errors import InputError
from geograph.facts import Actor, Article, Commitment, Evidence, Facts, Membership, Statement
from geograph.namespace import GG, ID, KIND, REFERENCE_GRAPH
from geograph.rdf import add_article, build_dataset, format_for, new_dataset, serialize

TEXT = "Poland warned Russia. Poland pledged €2 billion."
EV = Evidence(0, 6, "Poland", "Poland warned Russia.", "", " warned")


def facts(article_id="a1", kind="warning"):
    article = Article(id=article_id, title="T", text=TEXT, source=f"{article_id}.txt")
    return Facts(
        article=article,
        actors=(Actor("country/PL", "Poland", "Country", "Q36", (EV,)),
                Actor("country/RU", "Russia", "Country", "Q159", (Evidence(14, 20, "Russia", "Poland warned Russia."),)),
                Actor("org/NATO", "NATO", "Organization", "Q7184", ())),
        statements=(Statement("country/PL", kind, False, (EV,), ("country/RU",)),),
        memberships=(Membership("country/PL", "org/NATO", True, (EV,)),),
        commitments=(Commitment("country/PL", (EV,), Decimal("2000000000"), "EUR", None, "defence"),),
        pipeline="en_core_web_sm-3.8.0",
    )


def test_rdf_article_lives_in_its_own_named_graph():
    dataset = new_dataset()
    iri = add_article(dataset, facts())
    assert iri == ID["article/a1"]
    graph = dataset.graph(iri)
    statement = URIRef(f"{iri}/statement/1")
    assert (statement, GG.speaker, ID["country/PL"]) in graph
    assert (statement, GG.kind, KIND.warning) in graph
    assert (statement, GG.direct, Literal(False)) in graph
    assert (ID["country/PL"], ORG.memberOf, ID["org/NATO"]) in graph
    amount = graph.value(URIRef(f"{iri}/commitment/1"), GG.amount)
    assert graph.value(amount, SDO.value).toPython() == Decimal("2000000000")
    assert (ID["country/PL"], RDF.type, SDO.Country) in graph


def test_rdf_same_actor_is_one_node_across_articles(reference):
    dataset = build_dataset([facts("a1"), facts("a2")], reference)
    poland = ID["country/PL"]
    articles = {o for _, _, o, _ in dataset.quads((poland, GG.mentionedIn, None, None))}
    assert articles == {ID["article/a1"], ID["article/a2"]}


def test_rdf_reference_graph_holds_only_mentioned_entities(reference):
    dataset = build_dataset([facts()], reference)
    ref = dataset.graph(REFERENCE_GRAPH)
    assert (ID["country/PL"], ORG.memberOf, ID["org/NATO"]) in ref
    assert (ID["country/FR"], None, None) not in ref
    assert (KIND.warning, RDFS.comment, None) in ref


@pytest.mark.parametrize("fmt", ["turtle", "nt", "nquads", "trig", "json-ld"])
def test_rdf_serialisation_is_deterministic_and_round_trips(reference, fmt):
    first = serialize(build_dataset([facts()], reference), fmt)
    second = serialize(build_dataset([facts()], reference), fmt)
    assert first == second
    parsed = Dataset()
    parsed.parse(data=first, format=fmt)
    union = Graph()
    for s, p, o, _ in parsed.quads((None, None, None, None)):
        union.add((s, p, o))
    expected = Graph()
    for s, p, o, _ in build_dataset([facts()], reference).quads((None, None, None, None)):
        expected.add((s, p, o))
    assert isomorphic(union, expected), to_isomorphic(union) ^ to_isomorphic(expected)


@pytest.mark.parametrize(("name", "fmt"), [("x.ttl", "turtle"), ("x.NQ", "nquads"), ("x.jsonld", "json-ld")])
def test_rdf_format_from_extension(tmp_path, name, fmt):
    assert format_for(tmp_path / name) == fmt


def test_rdf_unknown_extension_is_refused(tmp_path):
    with pytest.raises(InputError, match=r"unknown output format '\.xml'"):
        format_for(tmp_path / "x.xml")


def test_rdf_union_keeps_one_label_per_actor(reference):
    second = facts("a2")
    second = Facts(**{**second.__dict__, "actors": tuple(
        Actor(a.key, "Polska" if a.key == "country/PL" else a.label, a.type, a.wikidata, a.mentions)
        for a in second.actors)})
    union = Graph().parse(data=serialize(build_dataset([facts("a1"), second], reference), "turtle"), format="turtle")
    assert list(union.objects(ID["country/PL"], RDFS.label)) == [Literal("Poland")]
