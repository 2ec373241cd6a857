"""Memberships: which actors belong to which organisations, as the article states or presupposes.

Stated: "Poland and other NATO members", "NATO members, particularly Poland", "Finland joined
NATO", "suspended from the African Union". Presupposed (explicit false): a state the reference
data lists as a member, named in a paragraph that speaks of the organisation's members or allies.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..facts import Membership
from ..layout import block_at
from ..reference import Reference
from .common import Mentions, evidence, lexicon

MEMBER_TYPES = ("Country", "Group", "Organization")


def words() -> dict:
    return lexicon("memberships")


def member_noun_after(doc: Doc, index: int) -> Token | None:
    """The member noun right after an organisation mention ("NATO members", "NATO member state")."""
    nouns = set(words()["member_nouns"])
    for token in doc[index + 1:index + 4]:
        if token.lower_ in nouns:
            return token
        if token.is_punct or token.pos_ not in ("NOUN", "PROPN", "PART", "ADJ"):
            return None
    return None


def coordinated(doc: Doc, first: int, step: int, limit: int, mentions: Mentions) -> list[Token]:
    """Actor mentions listed from token ``first`` in one direction: "Poland, the Baltic states and"."""
    found: list[Token] = []
    i = first
    while 0 <= i < len(doc) and abs(i - first) <= limit:
        token = doc[i]
        key = mentions.at(token)
        if key and mentions.type_of(key) in MEMBER_TYPES:
            if not found or mentions.at(found[-1]) != key:
                found.append(token)
        elif token.lower_ not in (",", "and", "or", "the", "as", "well") and not token.is_space \
                and not (key and mentions.type_of(key) == "Location"):
            break
        i += step
    return found


def organization_at(token: Token, mentions: Mentions) -> str | None:
    key = mentions.at(token)
    return key if key and mentions.type_of(key) == "Organization" else None


def listed_members(doc: Doc, mentions: Mentions) -> list[tuple[str, str, int, int, str]]:
    """(member, organisation, start, end, status) for "X and other ORG members" and
    "ORG members such as X and Y"."""
    found = []
    listing = set(words()["listing_words"])
    others = set(words()["other_words"])
    for token in doc:
        organization = organization_at(token, mentions)
        if organization is None or (token.i + 1 < len(doc) and mentions.at(doc[token.i + 1]) == organization):
            continue
        noun = member_noun_after(doc, token.i)
        if noun is None:
            continue
        before = token.i - 1
        if before >= 0 and doc[before].lower_ in others:
            before -= 1
            while before >= 0 and doc[before].lower_ in ("any", "the", "and", "or", "its", "their"):
                before -= 1
            for member in coordinated(doc, before, -1, 12, mentions):
                found.append((mentions.at(member), organization, member.idx, noun.idx + len(noun), "active"))
        after = noun.i + 1
        while after < len(doc) and (doc[after].is_punct or doc[after].lower_ in listing or doc[after].lower_ == "as"):
            after += 1
        if after > noun.i + 1 and any(doc[j].lower_ in listing for j in range(noun.i + 1, after)):
            for member in coordinated(doc, after, 1, 16, mentions):
                found.append((mentions.at(member), organization, token.idx, member.idx + len(member), "active"))
    return found


def status_members(doc: Doc, mentions: Mentions) -> list[tuple[str, str, int, int, str]]:
    """Memberships that a verb or noun of joining, applying, suspending or leaving states."""
    found = []
    verbs, nouns = words()["status_verbs"], words()["status_nouns"]
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in verbs:
            status = verbs[lemma]
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            objects = [t for c in token.children if c.dep_ in ("dobj", "prep", "xcomp") for t in c.subtree]
            actor_subjects = [mentions.resolve(s) for s in subjects]
            orgs = [organization_at(t, mentions) for t in objects]
            orgs = [o for o in orgs if o]
            if lemma in ("suspend", "expel", "exclude") and not any(s.dep_ == "nsubjpass" for s in subjects):
                # "The AU suspended Mali": the organisation is the subject, the member the object.
                subject_orgs = [a for a in actor_subjects if a and mentions.type_of(a) == "Organization"]
                members = [mentions.at(t) for t in objects if mentions.at(t)
                           and mentions.type_of(mentions.at(t)) in MEMBER_TYPES]
                for org in subject_orgs:
                    for member in members:
                        if member != org:
                            found.append((member, org, token.sent.start_char, token.sent.end_char, status))
                continue
            for member in actor_subjects:
                if member and mentions.type_of(member) in MEMBER_TYPES:
                    for org in orgs:
                        if org != member:
                            found.append((member, org, token.sent.start_char, token.sent.end_char, status))
        elif token.pos_ == "NOUN" and lemma in nouns:
            owners = [mentions.resolve(c) for c in token.children if c.dep_ == "poss"]
            targets = [organization_at(t, mentions) for c in token.children if c.dep_ == "prep"
                       for t in c.subtree]
            for member in owners:
                for org in (t for t in targets if t):
                    if member and member != org and mentions.type_of(member) in MEMBER_TYPES:
                        found.append((member, org, token.sent.start_char, token.sent.end_char, nouns[lemma]))
    return found


def appositive_members(doc: Doc, mentions: Mentions) -> list[tuple[str, str, int, int, str]]:
    """"Poland, a NATO member," / "Poland is a member of NATO" / "NATO member Poland"."""
    found = []
    nouns = set(words()["member_nouns"])
    for token in doc:
        if token.lemma_.lower() not in ("member", "ally", "signatory", "state"):
            continue
        orgs = [organization_at(t, mentions) for t in token.subtree]
        orgs = [o for o in orgs if o]
        if not orgs:
            continue
        candidates: list[Token] = []
        if token.dep_ == "appos" or token.dep_ == "attr":
            head = token.head
            candidates = [head] if token.dep_ == "appos" else [
                c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        candidates += [c for c in token.children if c.dep_ in ("appos",)]
        if token.lower_ in nouns and token.i + 1 < len(doc):
            candidates.append(doc[token.i + 1])
        for candidate in candidates:
            member = mentions.resolve(candidate)
            if member and member not in orgs and mentions.type_of(member) in MEMBER_TYPES:
                found.append((member, orgs[0], token.sent.start_char, token.sent.end_char, "active"))
    return found


def presupposed(doc: Doc, mentions: Mentions, reference: Reference) -> list[tuple[str, str, int, int, str]]:
    """States the reference data lists in an organisation, named in a paragraph that speaks of
    that organisation's members or allies."""
    found = []
    collective = set(words()["collective_nouns"])
    main = mentions.main_organization()
    for sentence_block in _paragraphs(doc):
        tokens = list(sentence_block)
        cued: set[str] = set()
        for token in tokens:
            organization = organization_at(token, mentions)
            if organization and member_noun_after(doc, token.i):
                cued.add(organization)
            elif token.lower_ in collective and main and token.pos_ == "NOUN":
                cued.add(main)
        for token in tokens:
            key = mentions.at(token)
            if not key or mentions.type_of(key) not in ("Country", "Group"):
                continue
            for organization in sorted(cued):
                if reference.is_member(key, organization):
                    found.append((key, organization, token.idx, token.idx + len(token), "active"))
    return found


def _paragraphs(doc: Doc) -> list[Span]:
    spans = []
    seen = set()
    for token in doc:
        block = block_at(doc.text, token.idx)
        if block is None or block in seen or block.kind != "paragraph":
            continue
        seen.add(block)
        span = doc.char_span(block.start, block.end, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans


def extract_memberships(doc: Doc, mentions: Mentions, reference: Reference) -> list[Membership]:
    """Memberships the doc states (explicit) or presupposes, one per member and organisation."""
    stated = listed_members(doc, mentions) + status_members(doc, mentions) + appositive_members(doc, mentions)
    result: dict[tuple[str, str], Membership] = {}
    for member, organization, start, end, status in stated:
        pair = (member, organization)
        if pair not in result:
            result[pair] = Membership(member, organization, True, (evidence(doc, start, end),), status)
    for member, organization, start, end, status in presupposed(doc, mentions, reference):
        pair = (member, organization)
        if pair not in result:
            result[pair] = Membership(member, organization, False, (evidence(doc, start, end),), status)
    return sorted(result.values(), key=lambda m: m.evidence[0].start)



