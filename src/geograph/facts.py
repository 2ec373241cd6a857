"""The facts extractors return: frozen dataclasses that carry their evidence.

Facts know nothing of spaCy or RDF: the extractors build them from a Doc, the RDF mapper turns
them into triples. Offsets are character offsets into the article text, in code points.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

ACTOR_TYPES = ("Person", "Country", "Organization", "Group", "Location")


@dataclass(frozen=True, order=True)
class Evidence:
    """Where a fact stands in the article: its words and the sentence around them."""

    start: int
    end: int
    exact: str
    sentence: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Article:
    """One article as read from disk."""

    id: str
    title: str
    text: str
    source: str
    published: str | None = None


@dataclass(frozen=True)
class Actor:
    """A person, country, organisation, group or place, with every mention of it."""

    key: str
    label: str
    type: str
    wikidata: str | None = None
    mentions: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Statement:
    """Who said what, to or about whom, in which words and of which kind."""

    speaker: str
    kind: str
    direct: bool
    evidence: tuple[Evidence, ...]
    targets: tuple[str, ...] = ()
    quote: str | None = None


@dataclass(frozen=True)
class Membership:
    """An actor's membership of an organisation, stated or presupposed by the article."""

    member: str
    organization: str
    explicit: bool
    evidence: tuple[Evidence, ...]
    status: str = "active"


@dataclass(frozen=True)
class Commitment:
    """A budget, spending or aid commitment, with its figures where the text gives them."""

    actor: str
    evidence: tuple[Evidence, ...]
    amount: Decimal | None = None
    currency: str | None = None
    share_of_gdp: Decimal | None = None
    purpose: str | None = None


@dataclass(frozen=True)
class Interaction:
    """A visit, meeting or talks between two actors."""

    type: str
    participant: str
    counterpart: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Facts:
    """Everything extracted from one article; actors are referred to by key elsewhere."""

    article: Article
    actors: tuple[Actor, ...] = ()
    statements: tuple[Statement, ...] = ()
    memberships: tuple[Membership, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    interactions: tuple[Interaction, ...] = ()
    pipeline: str = field(default="")
