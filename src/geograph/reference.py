"""Reference knowledge that does not come from articles: states, organisations, groups, places
and well-known people, with Wikidata IDs, names, demonyms, capitals and members.

It lives as Turtle in ontology/ and is loaded once; the NLP stage turns its names into
EntityRuler patterns, extractors use it to type and link actors, and the RDF stage ships it in
its own named graph.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import Graph, URIRef
from rdflib.namespace import ORG, OWL, RDF, SDO, SKOS

from .namespace import GG, ID, WD
from .resources import ONTOLOGY, REFERENCE_FILES

TYPES = {
    SDO.Person: "Person",
    SDO.Country: "Country",
    SDO.Organization: "Organization",
    GG.Group: "Group",
    SDO.Place: "Location",
}


@dataclass(frozen=True)
class Entry:
    """One reference entity, keyed by its IRI relative to geograph's id base."""

    key: str
    label: str
    type: str
    wikidata: str | None
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None = None

    @property
    def all_names(self) -> tuple[str, ...]:
        """The label first, then the other names."""
        return (self.label, *self.names)


@dataclass
class Reference:
    """All reference entities, with lookups by key and membership."""

    graph: Graph
    entries: dict[str, Entry] = field(default_factory=dict)
    members: dict[str, frozenset[str]] = field(default_factory=dict)
    parts: dict[str, frozenset[str]] = field(default_factory=dict)
    capital_of: dict[str, str] = field(default_factory=dict)  # place → the state or body it stands for

    def is_member(self, member: str, organization: str) -> bool:
        """Whether reference data lists ``member`` (or every state of a group) in ``organization``."""
        listed = self.members.get(organization, frozenset())
        parts = self.parts.get(member)
        return member in listed or bool(parts) and parts <= listed

    def state_with_capital(self, name: str) -> str | None:
        """The state whose capital is called ``name``, in any case ("OTTAWA": Canada)."""
        folded = name.casefold()
        for entry in self.entries.values():
            capital = self.entries.get(entry.capital or "")
            if capital is not None and any(n.casefold() == folded for n in capital.all_names):
                return entry.key
        return None


def key_of(iri: URIRef) -> str:
    """The key of an entity IRI under the id base: ``country/PL``."""
    return str(iri).removeprefix(str(ID))


def _strings(graph: Graph, subject: URIRef, predicate: URIRef) -> tuple[str, ...]:
    return tuple(sorted(str(value) for value in graph.objects(subject, predicate)))


def _entry(graph: Graph, subject: URIRef, type_name: str) -> Entry:
    same = [str(o) for o in graph.objects(subject, OWL.sameAs) if str(o).startswith(str(WD))]
    capital = graph.value(subject, GG.capital)
    return Entry(
        key=key_of(subject),
        label=str(graph.value(subject, SKOS.prefLabel)),
        type=type_name,
        wikidata=same[0].removeprefix(str(WD)) if same else None,
        names=_strings(graph, subject, SKOS.altLabel),
        demonyms=_strings(graph, subject, GG.demonym),
        capital=key_of(capital) if capital else None,
    )


def reference_from_graph(graph: Graph) -> Reference:
    """Index a reference graph."""
    reference = Reference(graph)
    for rdf_type, type_name in TYPES.items():
        for subject in graph.subjects(RDF.type, rdf_type):
            if isinstance(subject, URIRef):
                entry = _entry(graph, subject, type_name)
                reference.entries[entry.key] = entry
    members: dict[str, set[str]] = defaultdict(set)
    for member, organization in graph.subject_objects(ORG.memberOf):
        members[key_of(organization)].add(key_of(member))
    reference.members = {k: frozenset(v) for k, v in members.items()}
    parts: dict[str, set[str]] = defaultdict(set)
    for group, part in graph.subject_objects(GG.includes):
        parts[key_of(group)].add(key_of(part))
    reference.parts = {k: frozenset(v) for k, v in parts.items()}
    reference.capital_of = {
        entry.capital: entry.key for entry in reference.entries.values() if entry.capital
    }
    for organization, place in graph.subject_objects(GG.seat):
        reference.capital_of[key_of(place)] = key_of(organization)  # "Brussels" acting: the EU
    return reference


@lru_cache(maxsize=1)
def load_reference() -> Reference:
    """The reference data that ships with geograph (parsed once per process)."""
    graph = Graph()
    for name in REFERENCE_FILES:
        path = ONTOLOGY / name
        if path.exists():
            graph.parse(path, format="turtle")
    return reference_from_graph(graph)
