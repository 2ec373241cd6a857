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
from .common import Mentions, evidence, lexicon, text_of
from .statements import subject_of

MEMBER_TYPES = ("Country", "Group", "Organization")
# Names of organisations that have members: "Alliance of Small Island States", not "Saab".
BLOC_WORDS = {"Alliance", "Union", "Organization", "Organisation", "Community", "League", "Council",
              "Group", "Forum", "Association", "Treaty", "Bloc", "Pact", "Partnership", "Coalition", "Conference",
              "Bank", "Party"}


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


def subjects(verb: Token) -> list[Token]:
    """The subject of a verb (inherited through conjunction) and the words coordinated with it."""
    subject = subject_of(verb)
    return [subject, *subject.conjuncts] if subject is not None else []


DOWN_EDGES = {"prep", "pobj", "conj", "appos", "compound", "dobj", "attr", "pcomp", "poss", "nmod", "cc",
              "xcomp", "prt"}
UP_EDGES = {"appos", "relcl", "conj", "acl", "pobj", "prep", "nsubj", "nsubjpass", "attr", "compound", "cc",
            "xcomp"}
MAX_PATH = 6


def reaches(top: Token, token: Token, edges: set[str], through_clauses: bool = False) -> bool:
    """Whether ``token`` hangs under ``top`` through a short path of the given relations; under
    a verb, not through its complement ("Russia is remaining a threat to our alliance")."""
    steps = 0
    while token.i != top.i:
        if token.dep_ not in edges or token.head.i == token.i or steps >= MAX_PATH:
            return False
        if steps and token.pos_ == "VERB" and token.dep_ != "xcomp" and not through_clauses:
            return False  # not through another clause ("joined NATO and shares a border with Russia")
        if token.head.i == top.i and top.pos_ in ("VERB", "AUX") and token.dep_ == "attr":
            return False
        token, steps = token.head, steps + 1
    return True


def connected(cue: Token, token: Token) -> bool:
    """Whether a cue word ties a mention into its relation: the mention hangs under the cue
    ("a member of NATO"), the cue under the mention ("Chile, a member of ..."), or the mention
    is the subject of the cue's verb ("Russia was suspended", "Mali and Niger completed their
    withdrawal")."""
    if reaches(cue, token, DOWN_EDGES) or reaches(token, cue, UP_EDGES, through_clauses=True):
        return True
    verb = cue if cue.pos_ in ("VERB", "AUX") else cue.head
    if cue.i != verb.i and cue.dep_ not in ("attr", "acomp", "oprd") and not (
            cue.dep_ == "dobj" and cue.lemma_.lower() in words()["status_nouns"]):
        return False
    return any(token == s or reaches(s, token, {"compound", "conj", "cc"}) for s in subjects(verb))


def right_after(name: Token, cue: Token) -> bool:
    """"the Quad, the grouping of ...": a cue in the phrase right after a name, whatever the
    parser attached it to."""
    between = name.doc[name.i + 1:cue.i]
    return 0 < cue.i - name.i <= 3 and all(t.is_punct or t.dep_ == "det" for t in between)


def status_of(cue: Token) -> str:
    """active, joining, suspended or left, from a cue word; "join" depends on its tense and on
    what governs it ("applied to join", "will join")."""
    status = words()["cues"][cue.lemma_.lower()]
    if status == "active" and cue.pos_ == "NOUN" and cue.head.lemma_.lower() in words()["joining_heads"]:
        return "joining"  # "seeking EU membership"
    if status != "join":
        return status
    governors = {t.lemma_.lower() for t in [cue.head, *cue.head.children]}
    future = cue.tag_ in ("VB", "VBG", "VBP", "VBZ") or cue.dep_ in ("xcomp", "pcomp")
    return "joining" if future or governors & set(words()["joining_heads"]) else "active"


def cue_anchor(token: Token) -> Token:
    """"member state": the head of a compound cue carries the relation."""
    return token.head if token.dep_ == "compound" else token


def tied_members(doc: Doc, mentions: Mentions, reference: Reference) -> list[tuple[str, str, int, int, str]]:
    """Memberships a cue word ties together in the parse: "Chile, a member of the Pacific
    Alliance", "Iran, which joined Brics", "Russia was suspended from the G8", "the Quad, the
    grouping of the United States, Japan ...", "Guinea to quit ECOWAS"."""
    found = []
    cues = words()["cues"]
    for sentence in doc.sents:
        heads = mentions.roots_in(sentence)
        organizations = [(t, k) for t, k in heads if mentions.type_of(k) == "Organization"
                         and (reference.entries.get(k) or BLOC_WORDS & set(mentions.actors[k].label.split()))]
        members = [(t, k) for t, k in heads if mentions.type_of(k) in MEMBER_TYPES and t.dep_ != "amod"]
        # "President Julius Maada Bio, who chairs ECOWAS": a leader chairs for their state
        chairs = [(t, state) for t, k in heads if mentions.type_of(k) == "Person" and (state := mentions.affiliation(k))]
        organizations += collective_mentions(sentence, mentions)
        for cue in sentence:
            made_up = cue.lemma_.lower() == "make" and any(c.lower_ == "up" for c in cue.children)
            if not made_up and (cue.lemma_.lower() not in cues or cue.lower_ in ("ally", "allies") and not organizations):
                continue
            anchor = cue_anchor(cue)
            for org_token, organization in organizations:
                if not (connected(anchor, org_token) or right_after(org_token, anchor)) or cue.lemma_.lower() == "remain" and not any(
                        c.lower_ in ("in", "within") and org_token in c.subtree for c in cue.children):
                    continue  # "remain in the bloc", not "remain a threat to the alliance"
                chairing = chairs if cue.lemma_.lower() in ("chair", "presidency") else []
                for member_token, member in members + chairing:
                    tied = connected(anchor, member_token) or any(
                        connected(anchor, c) for c in member_token.conjuncts)  # "Mali, Burkina Faso and Niger, which withdrew"
                    if member != organization and tied \
                            and (mentions.type_of(member) != "Organization" or reference.is_member(member, organization)):
                        found.append((member, organization, sentence.start_char, sentence.end_char,
                                      "active" if made_up else status_of(cue)))
    return found


def collective_mentions(sentence: Span, mentions: Mentions) -> list[tuple[Token, str]]:
    """"the bloc", "the alliance" standing for the organisation the article is about."""
    main = mentions.main_organization()
    collective = set(words()["collective_nouns"])
    return [(t, main) for t in sentence if main and t.lower_ in collective and t.pos_ == "NOUN"
            and any(c.lower_ == "the" or c.dep_ == "poss" for c in t.children)
            and not any(mentions.at(d) for d in t.subtree if d.i != t.i)]  # "the bloc ECOWAS" names it


def led_by(doc: Doc, mentions: Mentions) -> list[tuple[str, str, int, int, str]]:
    """"the Russian-led Eurasian Economic Union": the leader is a member (presupposed)."""
    found = []
    for token in doc:
        if token.lower_ == "led" and token.i >= 2 and doc[token.i - 1].text == "-":
            member = mentions.at(doc[token.i - 2])
            following = next((mentions.at(t) for t in doc[token.i + 1:token.i + 4] if mentions.at(t)), None)
            if member and following and mentions.type_of(following) == "Organization":
                found.append((member, following, token.sent.start_char, token.sent.end_char, "active"))
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
        block = block_at(text_of(doc), token.idx)
        if block is None or block in seen or not block.is_prose:
            continue
        seen.add(block)
        span = doc.char_span(block.start, block.end, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans


def extract_memberships(doc: Doc, mentions: Mentions, reference: Reference) -> list[Membership]:
    """Memberships the doc states (explicit) or presupposes, one per member and organisation."""
    stated = listed_members(doc, mentions) + tied_members(doc, mentions, reference)
    result: dict[tuple[str, str], Membership] = {}
    for member, organization, start, end, status in stated:
        pair = (member, organization)
        if pair not in result:
            result[pair] = Membership(member, organization, True, (evidence(doc, start, end),), status)
    for member, organization, start, end, status in led_by(doc, mentions) + presupposed(doc, mentions, reference):
        pair = (member, organization)
        if pair not in result:
            result[pair] = Membership(member, organization, False, (evidence(doc, start, end),), status)
    return sorted(result.values(), key=lambda m: m.evidence[0].start)



