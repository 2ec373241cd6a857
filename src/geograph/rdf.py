"""The RDF mapper: facts in, triples out, each article in its own named graph.

It knows nothing of spaCy. IRIs are minted from the article id and the fact's position, so the
same article always gives the same triples, and re-building it replaces exactly its graph.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

from . import __version__
from .corpus import content_hash
from .errors import InputError
from .facts import Actor, Article, Commitment, Evidence, Facts, Interaction, Membership, Statement
from .ingest import slugify
from .namespace import GG, ID, KIND, OA, REFERENCE_GRAPH, WD
from .reference import Reference
from .resources import VOCABULARY

ACTOR_CLASSES = {
    "Person": SDO.Person,
    "Country": SDO.Country,
    "Organization": SDO.Organization,
    "Group": GG.Group,
    "Location": SDO.Place,
}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld"}
PREFIXES = {"gg": GG._NS, "kind": KIND._NS, "gid": ID, "schema": SDO, "org": ORG, "prov": PROV,
            "oa": OA._NS, "skos": SKOS, "owl": OWL, "dcterms": DCTERMS, "wd": WD}


def decimal_literal(value: Decimal) -> Literal:
    """An xsd:decimal in canonical form ("2000000000.0"), as Turtle writes and reads it back.

    >>> decimal_literal(Decimal("2E+9"))
    rdflib.term.Literal('2000000000.0', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#decimal'))
    """
    text = format(value.normalize(), "f")
    return Literal(text if "." in text else f"{text}.0", datatype=XSD.decimal)


def article_iri(article: Article) -> URIRef:
    return ID[f"article/{article.id}"]


def actor_iri(key: str) -> URIRef:
    return ID[key]


def new_dataset() -> Dataset:
    """An empty dataset with geograph's prefixes bound."""
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, override=True)
    return dataset


Triple = tuple[URIRef, URIRef, object]


class ArticleMapper:
    """Turns one article's facts into the triples of its named graph."""

    def __init__(self, facts: Facts):
        self.facts = facts
        self.article = article_iri(facts.article)
        self.triples: list[Triple] = []
        pipeline = slugify(facts.pipeline or "unknown")
        self.activity = ID[f"extraction/geograph-{__version__}/{pipeline}"]

    def add(self, *triples: Triple) -> None:
        self.triples.extend(triples)

    def map(self) -> None:
        self.map_article()
        for actor in self.facts.actors:
            self.map_actor(actor)
        for kind, facts, mapper in (
            ("statement", self.facts.statements, self.map_statement),
            ("membership", self.facts.memberships, self.map_membership),
            ("commitment", self.facts.commitments, self.map_commitment),
            ("interaction", self.facts.interactions, self.map_interaction),
        ):
            for number, fact in enumerate(facts, start=1):
                node = URIRef(f"{self.article}/{kind}/{number}")
                self.add((node, PROV.wasDerivedFrom, self.article),
                         (node, PROV.wasGeneratedBy, self.activity))
                mapper(node, fact)  # type: ignore[operator]
                self.map_evidence(node, fact.evidence)

    def map_article(self) -> None:
        article = self.facts.article
        self.add(
            (self.article, RDF.type, SDO.NewsArticle),
            (self.article, SDO.headline, Literal(article.title)),
            (self.article, DCTERMS.identifier, Literal(article.id)),
            (self.article, DCTERMS.source, Literal(article.source)),
            (self.article, GG.contentHash, Literal(content_hash(article))),
            (self.article, PROV.wasGeneratedBy, self.activity),
            (self.activity, RDF.type, GG.Extraction),
            (self.activity, GG.softwareVersion, Literal(__version__)),
            (self.activity, GG.pipeline, Literal(self.facts.pipeline or "unknown")),
        )
        if article.published and ISO_DATE.match(article.published):
            self.add((self.article, SDO.datePublished, Literal(article.published[:10], datatype=XSD.date)))

    def map_actor(self, actor: Actor) -> None:
        node = actor_iri(actor.key)
        self.add((node, RDF.type, ACTOR_CLASSES[actor.type]),
                 (node, RDFS.label, Literal(actor.label)),
                 (node, GG.mentionedIn, self.article))
        if actor.wikidata:
            self.add((node, OWL.sameAs, WD[actor.wikidata]))
        stem = URIRef(f"{self.article}/mention/{slugify(actor.key)}")
        self.map_evidence(node, actor.mentions, stem=stem)

    def map_evidence(self, node: URIRef, evidence: Iterable[Evidence], stem: URIRef | None = None) -> None:
        for number, item in enumerate(evidence, start=1):
            ev = URIRef(f"{stem or node}/evidence/{number}")
            position, quote = URIRef(f"{ev}/position"), URIRef(f"{ev}/quote")
            self.add(
                (node, GG.evidence, ev),
                (ev, RDF.type, GG.Evidence),
                (ev, OA.hasSource, self.article),
                (ev, GG.sentence, Literal(item.sentence)),
                (ev, OA.hasSelector, position),
                (ev, OA.hasSelector, quote),
                (position, RDF.type, OA.TextPositionSelector),
                (position, OA.start, Literal(item.start, datatype=XSD.integer)),
                (position, OA.end, Literal(item.end, datatype=XSD.integer)),
                (quote, RDF.type, OA.TextQuoteSelector),
                (quote, OA.exact, Literal(item.exact)),
                (quote, OA.prefix, Literal(item.prefix)),
                (quote, OA.suffix, Literal(item.suffix)),
            )

    def map_statement(self, node: URIRef, statement: Statement) -> None:
        self.add((node, RDF.type, GG.Statement),
                 (node, GG.speaker, actor_iri(statement.speaker)),
                 (node, GG.kind, KIND[statement.kind]),
                 (node, GG.direct, Literal(statement.direct)))
        for target in statement.targets:
            self.add((node, GG.target, actor_iri(target)))
        if statement.quote is not None:
            self.add((node, SDO.text, Literal(statement.quote)))

    def map_membership(self, node: URIRef, membership: Membership) -> None:
        member, organization = actor_iri(membership.member), actor_iri(membership.organization)
        self.add((node, RDF.type, ORG.Membership),
                 (node, ORG.member, member),
                 (node, ORG.organization, organization),
                 (node, GG.status, Literal(membership.status)),
                 (node, GG.explicit, Literal(membership.explicit)))
        if membership.status == "active":
            self.add((member, ORG.memberOf, organization))

    def map_commitment(self, node: URIRef, commitment: Commitment) -> None:
        self.add((node, RDF.type, GG.Commitment),
                 (node, GG.committedBy, actor_iri(commitment.actor)))
        if commitment.amount is not None:
            amount = URIRef(f"{node}/amount")
            self.add((node, GG.amount, amount),
                     (amount, RDF.type, SDO.MonetaryAmount),
                     (amount, SDO.value, decimal_literal(commitment.amount)),
                     (amount, SDO.currency, Literal(commitment.currency)))
        if commitment.share_of_gdp is not None:
            self.add((node, GG.shareOfGdp, decimal_literal(commitment.share_of_gdp)))
        if commitment.purpose:
            self.add((node, GG.purpose, Literal(commitment.purpose)))

    def map_interaction(self, node: URIRef, interaction: Interaction) -> None:
        self.add((node, RDF.type, GG.Interaction),
                 (node, GG.interactionType, Literal(interaction.type)),
                 (node, GG.participant, actor_iri(interaction.participant)),
                 (node, GG.counterpart, actor_iri(interaction.counterpart)))


def article_triples(facts: Facts) -> tuple[URIRef, list[Triple]]:
    """The name of an article's graph and its triples."""
    mapper = ArticleMapper(facts)
    mapper.map()
    return mapper.article, mapper.triples


def add_article(dataset: Dataset, facts: Facts) -> URIRef:
    """Add one article's facts to the dataset, in the article's named graph; returns its IRI."""
    name, triples = article_triples(facts)
    graph = dataset.graph(name)
    for triple in triples:
        graph.add(triple)  # type: ignore[arg-type]
    return name


def statement_kinds() -> Graph:
    """The statement-kind concepts of the vocabulary."""
    vocabulary = Graph().parse(VOCABULARY, format="turtle")
    kinds = Graph()
    for concept in vocabulary.subjects(RDF.type, SKOS.Concept):
        for predicate, value in vocabulary.predicate_objects(concept):
            kinds.add((concept, predicate, value))
    return kinds


def add_reference(dataset: Dataset, reference: Reference, keys: Iterable[str] | None = None) -> None:
    """Add reference data to its own named graph: all of it, or the entities ``keys`` name and the
    memberships among them, with the statement-kind concepts."""
    graph = dataset.graph(REFERENCE_GRAPH)
    source = reference.graph
    if keys is None:
        for triple in source:
            graph.add(triple)
    else:
        wanted = {actor_iri(key) for key in keys}
        for subject in sorted(wanted):
            for predicate, value in source.predicate_objects(subject):
                if predicate != ORG.memberOf or value in wanted:
                    graph.add((subject, predicate, value))
    for triple in statement_kinds():
        graph.add(triple)


def build_dataset(all_facts: Iterable[Facts], reference: Reference) -> Dataset:
    """A dataset of articles' graphs plus the reference data about the actors they mention."""
    dataset = new_dataset()
    keys: set[str] = set()
    for facts in all_facts:
        add_article(dataset, facts)
        keys.update(actor.key for actor in facts.actors)
    add_reference(dataset, reference, sorted(keys))
    return dataset


def serialize(dataset: Dataset, fmt: str) -> str:
    """Deterministic text of a dataset: sorted lines for N-Triples and N-Quads; sorted subjects
    for Turtle, TriG and JSON-LD. Turtle and N-Triples hold the union of all graphs, where an
    actor that articles name differently keeps one label, the first in sort order."""
    if fmt in ("turtle", "nt"):
        union = Graph()
        for prefix, namespace in dataset.namespaces():
            union.bind(prefix, namespace, override=True)
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            union.add((s, p, o))
        for subject in set(union.subjects(RDFS.label)):
            for extra in sorted(union.objects(subject, RDFS.label))[1:]:
                union.remove((subject, RDFS.label, extra))
        text = union.serialize(format=fmt)
    else:
        text = dataset.serialize(format=fmt)
    if fmt in ("nt", "nquads"):
        lines = sorted(set(line for line in text.splitlines() if line.strip()))
        text = "\n".join(lines) + "\n"
    return text


def format_for(path: Path) -> str:
    """The rdflib format for an output file, from its extension."""
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise InputError(
            f"{path}: unknown output format '{path.suffix}' (use one of {', '.join(FORMATS)})"
        ) from None


def current_umask() -> int:
    """The process's umask (read by setting and restoring it)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path, text: str) -> None:
    """Write a file through a temporary file in the same folder and a rename."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise InputError(f"{path}: cannot be written ({error.strerror})") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.chmod(temporary, 0o666 & ~current_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_dataset(dataset: Dataset, path: Path) -> None:
    """Serialise a dataset to a file, the format chosen by its extension."""
    write_atomic(path, serialize(dataset, format_for(path)))
