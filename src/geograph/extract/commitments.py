"""Commitments: budget, spending, aid and purchase commitments, normalised to amount in units,
ISO 4217 currency and share of GDP, with their purpose; also those the text gives without a
figure ("Spain is ramping up its defence budget"). Figures that are not commitments (GDP,
losses, trade, past spending) are left out.
"""

from __future__ import annotations

import re
from decimal import Decimal

from spacy.tokens import Doc, Span, Token

from ..facts import Commitment
from .common import Mentions, evidence, lexicon
from .money import find_amounts, find_shares
from .statements import subject_of

COMMITTER_TYPES = ("Country", "Organization", "Group", "Person")
CONTEXT_BEFORE = 48
CONTEXT_AFTER = 24


def words() -> dict:
    return lexicon("commitments")


def is_not_commitment(text: str, start: int, end: int, share: bool) -> bool:
    """Whether the words around a figure show it is not a commitment (GDP, losses, past spending)."""
    window = text[max(0, start - CONTEXT_BEFORE):end + CONTEXT_AFTER].lower()
    cues = [c for c in words()["not_commitment"] if not (share and c in ("gdp", "gross domestic product"))]
    return any(re.search(rf"\b{re.escape(cue)}\b", window) for cue in cues)


def committing_verb(token: Token) -> Token | None:
    """The verb (or spending noun) a figure depends on, if it is one that commits money."""
    verbs = set(words()["verbs"])
    for ancestor in [token, *token.ancestors]:
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.lemma_.lower() in verbs:
            return ancestor
        if ancestor.pos_ == "VERB":
            return None
    return None


def committer(verb: Token, sentence: Span, mentions: Mentions) -> str | None:
    """Who commits: the verb's subject, an owner of the spending noun, or the nearest actor
    before the verb in the sentence."""
    subject = subject_of(verb)
    if subject is not None:
        key = mentions.resolve(subject)
        if key and mentions.type_of(key) in COMMITTER_TYPES:
            return key
    for i in range(verb.i - 1, max(sentence.start, verb.i - 5) - 1, -1):
        key = mentions.at(sentence.doc[i])
        if key and mentions.type_of(key) in COMMITTER_TYPES:
            return key
    return None


def purpose_of(tokens: list[Token], verb: Token, skip: set[int]) -> str | None:
    """What the money is for: the noun the figure modifies, or the verb's for/to/on phrase."""
    for token in tokens:
        head = token.head
        while head.i in skip and head.head.i != head.i:
            head = head.head
        if head.pos_ == "NOUN" and head.i not in skip:
            words_ = [t for t in head.subtree if t.i not in skip and t.dep_ != "det"
                      and not t.is_punct and t.dep_ != "poss" and t.tag_ != "POS"]
            if words_:
                return _words(words_ + _infinitive(verb, words_))
    for child in verb.children:
        if child.dep_ in ("prep", "xcomp", "advcl") and child.lower_ in ("for", "to", "on", "towards"):
            return _words([t for t in child.subtree if t.i not in skip])
    return None


def _words(tokens: list[Token]) -> str:
    """Tokens as text, without punctuation at either end."""
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return " ".join(t.text for t in tokens)


def _infinitive(verb: Token, taken: list[Token]) -> list[Token]:
    """A "to ..." clause of the verb that states the purpose, unless already taken."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "advcl") and child not in taken:
            tokens = list(child.subtree)
            if tokens and tokens[0].lower_ == "to":
                return tokens
    return []


def figured(doc: Doc, mentions: Mentions) -> list[Commitment]:
    """Commitments with an amount or a share of GDP."""
    found = []
    for sentence in doc.sents:
        text = sentence.text
        offset = sentence.start_char
        figures = [(a.start, a.end, a.value, a.currency, None) for a in find_amounts(text)]
        figures += [(s.start, s.end, None, None, s.fraction) for s in find_shares(text)]
        for start, end, value, currency, share in figures:
            if is_not_commitment(text, start, end, share is not None):
                continue
            span = doc.char_span(offset + start, offset + end, alignment_mode="expand")
            if span is None:
                continue
            verb = committing_verb(span.root)
            if verb is None:
                continue
            actor = committer(verb, sentence, mentions)
            if actor is None:
                continue
            skip = {t.i for t in span}
            found.append(Commitment(actor, (evidence(doc, offset + start, offset + end),),
                                    value, currency, share, purpose_of(list(span), verb, skip)))
    return found


def unfigured(doc: Doc, mentions: Mentions) -> list[Commitment]:
    """"Spain is ramping up its defence budget", "Sweden embarking on its largest rearmament"."""
    found = []
    nouns, growth = set(words()["spending_nouns"]), set(words()["growth_verbs"])
    purposes = set(words()["purpose_words"])
    for token in doc:
        if token.lower_ not in nouns:
            continue
        phrase = [t for t in token.subtree]
        if not any(t.lower_ in purposes for t in phrase) and token.lower_ != "rearmament":
            continue
        verb = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
        if verb is None or verb.lemma_.lower() not in growth:
            continue
        actor = committer(verb, token.sent, mentions)
        if actor is None or mentions.type_of(actor) == "Person":
            continue
        words_ = [t for t in phrase if t.dep_ not in ("det", "poss") and t.tag_ != "POS" and not t.is_punct]
        found.append(Commitment(actor, (evidence(doc, token.sent.start_char, token.sent.end_char),),
                                purpose=_words(words_)))
    return found


def extract_commitments(doc: Doc, mentions: Mentions) -> list[Commitment]:
    """Commitments of the doc: one per actor and figure; one without figures for an actor only
    when the text gives it none with."""
    result: dict[tuple[str, Decimal | None, str | None, Decimal | None], Commitment] = {}
    for commitment in figured(doc, mentions):
        key = (commitment.actor, commitment.amount, commitment.currency, commitment.share_of_gdp)
        result.setdefault(key, commitment)
    with_figures = {key[0] for key in result}
    for commitment in unfigured(doc, mentions):
        if commitment.actor not in with_figures:
            result.setdefault((commitment.actor, None, None, None), commitment)
    return sorted(result.values(), key=lambda c: c.evidence[0].start)
