"""Closed namespaces for geograph's own terms, mirroring ontology/geograph.ttl.

A typo such as ``GG.speeker`` fails at attribute access instead of minting a new predicate;
``tests/test_namespace.py`` checks that these classes and the Turtle declare the same terms.
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY = "https://w3id.org/geograph/ontology#"
IDS = "https://w3id.org/geograph/id/"


class GG(DefinedNamespace):
    """geograph's vocabulary."""

    _NS = Namespace(ONTOLOGY)
    _fail = True

    Statement: URIRef
    Commitment: URIRef
    Interaction: URIRef
    Group: URIRef
    Evidence: URIRef
    Extraction: URIRef
    StatementKinds: URIRef
    speaker: URIRef
    target: URIRef
    kind: URIRef
    direct: URIRef
    status: URIRef
    explicit: URIRef
    committedBy: URIRef
    amount: URIRef
    shareOfGdp: URIRef
    purpose: URIRef
    interactionType: URIRef
    participant: URIRef
    counterpart: URIRef
    evidence: URIRef
    sentence: URIRef
    mentionedIn: URIRef
    contentHash: URIRef
    pipeline: URIRef
    softwareVersion: URIRef
    isoAlpha2: URIRef
    isoAlpha3: URIRef
    demonym: URIRef
    capital: URIRef
    seat: URIRef
    includes: URIRef


class KIND(DefinedNamespace):
    """The statement kinds, SKOS concepts with CAMEO notations."""

    _NS = Namespace("https://w3id.org/geograph/kind/")
    _fail = True

    claim: URIRef
    warning: URIRef
    denial: URIRef
    assurance: URIRef
    proposal: URIRef
    support: URIRef
    demand: URIRef
    criticism: URIRef
    threat: URIRef
    other: URIRef


class OA(DefinedNamespace):
    """The part of W3C Web Annotation that evidence uses."""

    _NS = Namespace("http://www.w3.org/ns/oa#")
    _fail = True

    SpecificResource: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef
    prefix: URIRef
    suffix: URIRef


# Instance IRIs (articles, actors, facts) are data, minted under one base.
ID = Namespace(IDS)
WD = Namespace("http://www.wikidata.org/entity/")
REFERENCE_GRAPH = ID["graph/reference"]
