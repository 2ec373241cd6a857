"""Extractors: pure functions of a parsed Doc that return facts carrying their evidence."""

from __future__ import annotations

from spacy.tokens import Doc

from ..facts import Article, Facts
from ..nlp import dateline_place
from ..reference import Reference
from .actors import extract_actors
from .commitments import extract_commitments
from .common import Mentions
from .interactions import extract_interactions
from .memberships import extract_memberships
from .statements import extract_statements


def extract(doc: Doc, article: Article, reference: Reference, pipeline: str = "") -> Facts:
    """All the facts of one article's Doc."""
    actors = extract_actors(doc, reference)
    keys = {actor.key for actor in actors}
    capitals = {place: state for place, state in reference.capital_of.items() if place in keys and state in keys}
    names = {key: entry.all_names for key in keys if (entry := reference.entries.get(key))}
    place = dateline_place(doc.text)
    mentions = Mentions(doc, actors, capitals, names, reference.state_with_capital(place) if place else None)
    return Facts(
        article=article,
        actors=tuple(actors),
        statements=tuple(extract_statements(doc, mentions)),
        memberships=tuple(extract_memberships(doc, mentions, reference)),
        commitments=tuple(extract_commitments(doc, mentions)),
        interactions=tuple(extract_interactions(doc, mentions)),
        pipeline=pipeline,
    )


__all__ = [
    "extract", "extract_actors", "extract_commitments", "extract_interactions",
    "extract_memberships", "extract_statements",
]
