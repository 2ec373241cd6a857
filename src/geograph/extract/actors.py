"""Actors: people, countries, organisations, groups and places, one node per real-world actor."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..facts import ACTOR_TYPES, Actor
from ..ingest import slugify
from ..nlp import DEMONYM
from ..reference import Entry, Reference
from .common import in_prose, span_evidence

KEY_PREFIX = {"Person": "person", "Country": "country", "Organization": "org",
              "Group": "group", "Location": "place"}
NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Location", "LOC": "Location"}
NAME_PARTICLES = {"of", "the", "for", "and", "de", "von", "van", "der", "al", "bin", "la", "le", "du"}
METONYMIC_DEPS = {"nsubj", "nsubjpass", "poss", "agent"}


@dataclass
class Mention:
    """One mention before resolution: a span, and what it names if already known."""

    span: Span
    type: str
    key: str | None = None
    label: str | None = None
    wikidata: str | None = None
    known: bool = False


def trim(span: Span) -> Span:
    """The span without leading articles and punctuation or a trailing possessive and what follows."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].lower_ == "the"
                           or not doc[start].text.strip("•·▪-–—*")):
        start += 1
    for i in range(start, end):
        if doc[i].tag_ == "POS" or doc[i].text in ("'s", "’s", "'", "’"):
            end = i
            break
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


def looks_like_name(span: Span) -> bool:
    """Capitalised words (or particles), no digits: what a proper name looks like."""
    words = [t for t in span if not t.is_punct]
    return bool(words) and all(
        (t.text[:1].isupper() or t.lower_ in NAME_PARTICLES) and not any(c.isdigit() for c in t.text)
        for t in words
    ) and words[0].text[:1].isupper()


def is_metonymic(span: Span) -> bool:
    """Whether a place name acts as an agent ("Moscow warned", "Beijing's response")."""
    root = span.root
    following = span.doc[span.end] if span.end < len(span.doc) else None
    possessive = following is not None and following.tag_ == "POS"
    return root.dep_ in METONYMIC_DEPS or possessive


def from_entry(span: Span, entry: Entry) -> Mention:
    return Mention(span, entry.type, entry.key, entry.label, entry.wikidata, known=True)


def mention_of(ent: Span, reference: Reference) -> Mention | None:
    """A mention for an entity span, or None when it names no actor."""
    span = trim(ent)
    if not len(span):
        return None
    entry = reference.entries.get(ent.ent_id_)
    if entry is not None and (ent.label_ == DEMONYM or ent.label_ in ACTOR_TYPES):
        country = reference.capital_of.get(entry.key)
        if ent.label_ != DEMONYM and country and is_metonymic(ent):
            entry = reference.entries[country]
        return from_entry(span, entry)
    type_name = NER_TYPES.get(ent.label_)
    if type_name is None or not looks_like_name(span):
        return None
    return Mention(span, type_name)


def person_clusters(mentions: list[Mention], reference: Reference) -> None:
    """Give every person mention a key: a surname or a shorter form joins the full name."""
    by_name = {name: entry for entry in reference.entries.values() if entry.type == "Person"
               for name in (entry.label, *entry.names)}
    people = sorted((m for m in mentions if m.type == "Person"),
                    key=lambda m: (-len(m.span), m.span.start))
    full_names: list[Mention] = []
    for mention in people:
        words = [t.text for t in mention.span if not t.is_punct]
        if mention.key is None and mention.span.text in by_name:
            entry = by_name[mention.span.text]
            mention.key, mention.label, mention.wikidata = entry.key, entry.label, entry.wikidata
            mention.known = True
        if mention.key is None:
            for known in full_names:
                known_words = [t.text for t in known.span if not t.is_punct]
                if words[-1] == known_words[-1] or set(words) <= set(known_words):
                    mention.key, mention.label, mention.wikidata = known.key, known.label, known.wikidata
                    mention.known = known.known
                    break
        if mention.key is None:
            mention.label = mention.span.text
            mention.key = f"person/{slugify(mention.label)}"
        if len(words) > 1 or mention.key.startswith("person/"):
            full_names.append(mention)


def keep(mentions: list[Mention]) -> list[Mention]:
    """Drop actors named only in titles and headings, unless the reference data knows them."""
    in_body = {m.key for m in mentions if in_prose(m.span)}
    return [m for m in mentions if m.key in in_body or m.known]


def extract_actors(doc: Doc, reference: Reference) -> list[Actor]:
    """Every actor the doc mentions, each once, with all its mentions, in order of first mention."""
    mentions = [m for ent in doc.ents if (m := mention_of(ent, reference)) is not None]
    person_clusters(mentions, reference)
    for mention in mentions:
        if mention.key is None:
            mention.label = mention.span.text
            mention.key = f"{KEY_PREFIX[mention.type]}/{slugify(mention.label)}"
    grouped: dict[str, list[Mention]] = defaultdict(list)
    for mention in sorted(keep(mentions), key=lambda m: m.span.start):
        grouped[mention.key].append(mention)  # type: ignore[index]
    actors = []
    for key, group in grouped.items():
        first = group[0]
        actors.append(Actor(
            key=key, label=first.label or first.span.text, type=first.type,
            wikidata=first.wikidata,
            mentions=tuple(span_evidence(m.span) for m in group),
        ))
    return actors

