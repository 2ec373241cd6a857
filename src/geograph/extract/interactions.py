"""Interactions: visits, meetings and talks between actors, the relations an analyst expects to
see on the map beside what was said."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..facts import Interaction
from .common import Mentions, evidence
from .statements import subject_of

NOUNS = {"visit": "visit", "trip": "visit", "meeting": "meeting", "talks": "talks",
         "conference": "meeting", "summit": "meeting", "call": "talks", "negotiations": "talks"}
VERBS = {"visit": "visit", "meet": "meeting", "host": "meeting", "receive": "meeting"}


def participant_of(token: Token, mentions: Mentions) -> str | None:
    """Who visits or meets: the subject of the clause, or the owner of the noun."""
    for child in token.children:
        if child.dep_ == "poss" and (key := mentions.resolve(child)):
            return key
    verb = token if token.pos_ == "VERB" else next((a for a in token.ancestors if a.pos_ == "VERB"), None)
    subject = subject_of(verb) if verb is not None else None
    return mentions.resolve(subject) if subject is not None else None


def heads_of(token: Token) -> list[Token]:
    """A noun and the nouns coordinated with it ("Russia and China")."""
    return [token, *(t for t in token.conjuncts)]


def counterparts(token: Token, mentions: Mentions) -> list[str]:
    """Whom or where: the object, or the object of to/with/in."""
    objects: list[Token] = []
    for child in token.children:
        if child.dep_ == "dobj":
            objects += heads_of(child)
        elif child.dep_ == "prep" and child.lower_ in ("to", "with", "in"):
            objects += [h for pobj in child.children if pobj.dep_ == "pobj" for h in heads_of(pobj)]
    return [key for t in objects if (key := mentions.resolve(t))]


def extract_interactions(doc: Doc, mentions: Mentions) -> list[Interaction]:
    """Visits, meetings and talks; "U.S.-Russia talks" gives talks between the two."""
    found: dict[tuple[str, str, str], Interaction] = {}
    for token in doc:
        lemma = token.lemma_.lower()
        kind = NOUNS.get(lemma) if token.pos_ == "NOUN" else VERBS.get(lemma) if token.pos_ == "VERB" else None
        if kind is None:
            continue
        sides = [(participant_of(token, mentions), other) for other in counterparts(token, mentions)]
        modifiers = [mentions.at(c) for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
        modifiers = [m for m in dict.fromkeys(modifiers) if m]
        if len(modifiers) >= 2:
            sides.append((modifiers[0], modifiers[1]))
        for participant, counterpart in sides:
            if participant and counterpart and participant != counterpart:
                sentence = token.sent
                found.setdefault((kind, participant, counterpart), Interaction(
                    kind, participant, counterpart,
                    (evidence(doc, sentence.start_char, sentence.end_char),)))
    return sorted(found.values(), key=lambda i: i.evidence[0].start)
