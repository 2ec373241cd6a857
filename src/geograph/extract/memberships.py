"""Memberships: which actors belong to which organisations, as the article states or presupposes.

Stated: "Poland and other NATO members", "NATO members, particularly Poland", "Finland joined
NATO", "suspended from the African Union". Presupposed (explicit false): a state the reference
data lists as a member, named in a paragraph that speaks of the organisation's members or allies.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..facts import Membership
from ..layout import block_at
from ..reference import Reference
from .common import DASHES, Mentions, evidence, lemma_in, lexicon, objects_of, party_cue_at, prep_objects, text_of
from .statements import subject_of

MEMBER_TYPES = ("Country", "Group", "Organization")
# Names of organisations that have members: "Alliance of Small Island States", not "Saab".
BLOC_WORDS = {"Alliance", "Union", "Organization", "Organisation", "Community", "League", "Council",
              "Group", "Forum", "Association", "Treaty", "Bloc", "Pact", "Partnership", "Coalition", "Conference",
              "Bank", "Party", "Club", "Conclave", "Initiative", "Consortium", "Movement", "Front",
              "Network", "Agreement", "Dialogue", "Mechanism", "Team"}


def words() -> dict:
    return lexicon("memberships")


def member_noun_after(doc: Doc, index: int, kind: str = "member_nouns") -> Token | None:
    """The member noun right after an organisation mention ("NATO members", "NATO member
    state"), or with ``kind="gathering_nouns"`` a meeting of members ("the G7 summit")."""
    nouns = set(words()[kind])
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


def has_members(key: str, mentions: Mentions, reference: Reference) -> bool:
    """Whether an organisation can have members: a reference body, or one named like a bloc
    ("Alliance of Small Island States", not "Saab" or "the Fish Fund")."""
    return key in reference.entries or bool(BLOC_WORDS & set(mentions.actors[key].label.split()))


def organization_at(token: Token, mentions: Mentions) -> str | None:
    key = mentions.at(token)
    return key if key and mentions.type_of(key) == "Organization" else None


def listed_members(doc: Doc, mentions: Mentions, reference: Reference) -> list[tuple[str, str, int, int, str]]:
    """(member, organisation, start, end, status) for "X and other ORG members", "ORG members
    such as X and Y" and "At the OAS, fellow members such as X and Y"."""
    found = []
    others = set(words()["other_words"])
    for token in doc:
        organization = organization_at(token, mentions) or named_by_head(token, mentions)  # "Forum members"
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
        found += listed_after(noun, organization, token.idx, mentions)
    for token in doc:  # "the Quad — the United States, Saudi Arabia, the UAE and Egypt —"
        organization = organization_at(token, mentions)
        if organization and token.i + 2 < len(doc) and doc[token.i + 1].text in DASHES + ("(",) \
                and mentions.at(doc[token.i + 1]) is None:
            listed = coordinated(doc, token.i + 2, 1, 16, mentions)
            close = listed[-1].i if listed else len(doc)
            while close < len(doc) and mentions.at(doc[close]) is not None:
                close += 1
            if len(listed) >= 2 and close < len(doc) and doc[close].text in DASHES + (")",):
                found += [(mentions.at(m), organization, token.idx, m.idx + len(m), "active") for m in listed]
        if organization and (end := named_after_list(token)):  # "France, Germany and Britain – known as the E3"
            listed = coordinated(doc, end - 1, -1, 16, mentions)
            if len(listed) >= 2:
                found += [(mentions.at(m), organization, m.idx, token.idx + len(token), "active") for m in listed]
    member_nouns = set(words()["member_nouns"])
    listing = listing_words()
    for noun in doc:  # "the League's three wealthiest members, Saudi Arabia, the UAE and Qatar", "..., including"
        if noun.lower_ not in member_nouns or noun.i + 2 >= len(doc) or doc[noun.i + 1].text not in (",", ":", "—", "–"):
            continue
        owner = next((key for c in noun.children if c.dep_ == "poss" and (key := organization_at(c, mentions))), None)
        first = noun.i + 2
        while first < len(doc) and doc[first].lower_ in listing:
            first += 1
        if owner:
            found += [(mentions.at(m), owner, noun.idx, m.idx + len(m), "active")
                      for m in coordinated(doc, first, 1, 16, mentions)]
    for token in doc:  # "fellow members such as ...", the body with members named before in the sentence
        if token.lower_ in words()["member_nouns"] and token.i and doc[token.i - 1].lower_ in others:
            named = [key for t in doc[token.sent.start:token.i] if (key := organization_at(t, mentions))
                     and has_members(key, mentions, reference)]
            if named:
                found += listed_after(token, named[-1], token.idx, mentions)
    return found


def named_after_list(name: Token) -> int:
    """Where the list ends that a name stands for in apposition ("France, Germany and Britain
    – known as the E3 –", "Britain, France and Germany, the so-called E3 that ..."): the index
    of the comma or dash before the name, or 0."""
    doc = name.doc
    i = name.i - 1
    while i > 0 and doc[i].lower_ in ("the", "so", "-", "called", "so-called", "known", "as"):
        i -= 1
    follows = name.i + 1 >= len(doc) or doc[name.i + 1].is_punct or doc[name.i + 1].lower_ in ("that", "which")
    return i if i >= 2 and i < name.i - 1 and doc[i].text in DASHES + (",", "(") and follows else 0


def listing_words() -> set[str]:
    """The words of the phrases that open a list of members: "such", "as", "including" ..."""
    return {word for phrase in words()["listing_words"] for word in phrase.split()}


def listed_after(noun: Token, organization: str, start: int, mentions: Mentions) -> list[tuple[str, str, int, int, str]]:
    """The members listed after a member noun: "members such as Brazil and Colombia"."""
    doc = noun.doc
    listing = listing_words()
    after = noun.i + 1
    while after < len(doc) and (doc[after].is_punct or doc[after].lower_ in listing):
        after += 1
    fellow = noun.i and doc[noun.i - 1].lower_ in words()["other_words"]  # "fellow members Jamaica and Belize"
    if not fellow and (after == noun.i + 1 or not any(doc[j].lower_ in listing for j in range(noun.i + 1, after))):
        return []
    return [(mentions.at(member), organization, start, member.idx + len(member), "active")
            for member in coordinated(doc, after, 1, 16, mentions)]


def subjects(verb: Token) -> list[Token]:
    """The subject of a verb (inherited through conjunction), the words coordinated with it,
    and those an "as is Burundi" clause adds."""
    found = []
    for clause in [verb] + [c for c in verb.children if c.dep_ == "advcl" and c.lemma_ == "be"
                            and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)]:
        subject = subject_of(clause) or next((s for a in clause.children if a.dep_ in ("aux", "auxpass")
                                              for s in a.children if s.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in ("which", "who", "that") and clause.dep_ == "relcl":
            before = subject.doc[subject.i - 2] if subject.i > 1 and subject.doc[subject.i - 1].text == "," else None
            if before is not None and before.pos_ == "PROPN" and before.i != clause.head.i:
                found.append(before)  # "a line in the OAS on Venezuela, which withdrew", the clause hung on "OAS"
            subject = clause.head  # "Hungary, which holds the presidency of the EU"
        if subject is not None:
            found += [subject, *subject.conjuncts]
            if subject.pos_ == "NOUN":  # "the military governments of Niger, Mali and Burkina Faso quit"
                found += prep_objects(subject, ("of",))
            # "Britain, which left the EU, and France are ...", parsed as two subjects
            found += [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c not in found]
            found += prep_objects(clause, ("like", "alongside"))  # "Japan, which like Italy is a member"
            found += together_with([clause, *clause.children])  # "Norway, which together with Iceland forms"
        if clause.lemma_.lower() in words()["founding_verbs"]:  # "a group co-chaired by India and Japan",
            found += prep_objects(clause, ("with", "by"))  # "the bloc Mexico founded with Chile and Peru"
    named = apposed_subject(verb)
    return found + ([named, *named.conjuncts] if named is not None else [])


def together_with(holders: list[Token]) -> list[Token]:
    """The names "together with" adds to a subject, wherever the parser hung the phrase."""
    found = []
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "with" \
                    and any(a.lower_ == "together" for a in (*prep.children, *holder.children)):
                found += objects_of(prep)
    return found


def apposed_subject(verb: Token) -> Token | None:
    """The name before an appositive that a verb after it goes with, where the parser joined
    the verb to an earlier clause: "... after Mali, Burkina Faso and Niger, all run by juntas,
    withdrew from ECOWAS"."""
    doc = verb.doc
    if verb.dep_ != "conj" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    token, through_apposition = doc[verb.i - 2], False
    while verb.head.i < token.head.i < verb.i and token.head.i != token.i:
        through_apposition |= token.dep_ == "appos"
        token = token.head
        if token.pos_ == "PROPN" and token.dep_ != "compound":
            return token if through_apposition else None
    return None


NUMBERS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
STATE_NOUNS = {"countries", "states", "nations", "neighbours", "neighbors", "governments", "juntas", "regimes",
               "capitals", "economies", "monarchies", "republics"}
MAX_LIST_DISTANCE = 80  # tokens back to the list "the five countries" counts


def referred_states(token: Token, mentions: Mentions) -> list[str]:
    """The states a phrase stands for: "the five countries" for the last list of five states
    named before it; "whose country" or "his country" for the state of the person meant."""
    alone = token.lower_ in NUMBERS and token.dep_ in ("nsubj", "nsubjpass") and any(
        c.lower_ in ("all", "the") for c in token.children)  # "All three remain suspended"
    if token.lower_ in STATE_NOUNS or alone:  # "the five countries", "the three juntas"
        counts = [NUMBERS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
                  for c in ([token] if alone else token.children) if alone or c.dep_ == "nummod" or c.lower_ == "both"]
        if not counts or not counts[0]:
            return []
        return listed_states(token, mentions, lambda keys: len(keys) == counts[0])
    if token.lower_ == "it" and token.dep_ in ("nsubj", "nsubjpass"):
        return announcing_state(token, mentions)
    if token.lower_ == "they" and token.dep_ in ("nsubj", "nsubjpass"):  # "... and they also quit the ICC"
        return listed_states(token, mentions, lambda keys: len(keys) > 1, subjects_only=True)
    if token.lower_ == "country":
        person = mentions.possessor(token)
        if person and mentions.type_of(person) == "Person":
            state = mentions.affiliation(person) or mentions.home_state(person)
            return [state] if state else []
    return []


def announcing_state(pronoun: Token, mentions: Mentions) -> list[str]:
    """The state "it" stands for under a reporting verb: "Zagreb announced it would join the
    ESSI", "Finland's president said it would join NATO"; not "has not said whether it intends"."""
    clause = pronoun.head
    if clause.dep_ != "ccomp" or any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children) \
            or any(c.dep_ == "neg" for c in clause.head.children):
        return []
    above = subject_of(clause.head)
    state = mentions.resolve(above) if above is not None else None
    if state and mentions.type_of(state) == "Person":
        state = mentions.principal(state)
    state = mentions.acting(state) if state else None
    return [state] if state and mentions.type_of(state) == "Country" else []


def listed_states(token: Token, mentions: Mentions, wanted: Callable[[list[str]], bool],
                  subjects_only: bool = False) -> list[str]:
    """The states of the nearest list of states before a token that ``wanted`` accepts; with
    ``subjects_only``, only a list that is the subject of its clause."""
    for i in range(token.i - 1, max(-1, token.i - MAX_LIST_DISTANCE), -1):
        listed = coordinated(token.doc, i, -1, 40, mentions)
        keys = list(dict.fromkeys(mentions.at(t) for t in listed))
        if subjects_only and listed and listed[-1].dep_ not in ("nsubj", "nsubjpass"):
            continue
        if wanted(keys) and all(mentions.type_of(k) == "Country" for k in keys):
            return keys  # type: ignore[return-value]
    return []


DOWN_EDGES = {"prep", "pobj", "conj", "appos", "compound", "dobj", "attr", "pcomp", "poss", "nmod", "cc",
              "xcomp", "prt"}
UP_EDGES = {"appos", "relcl", "conj", "acl", "pobj", "prep", "nsubj", "nsubjpass", "attr", "compound", "cc",
            "xcomp"}
MAX_PATH = 6
SUBJECT_MENTIONS = 6  # an organisation named this often is what the story is about
UNIVERSAL_MEMBERS = 150  # a body nearly every state belongs to (the UN): naming it presupposes nothing


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
        if token.lower_ == "against":
            return False  # "the task force against Boko Haram"
        token, steps = token.head, steps + 1
    return True


def connected(cue: Token, token: Token) -> bool:
    """Whether a cue word ties a mention into its relation: the mention hangs under the cue
    ("a member of NATO"), the cue under the mention ("Chile, a member of ..."), the mention
    owns the cue ("Georgia's bid to join"), or the mention is the subject of the cue's verb
    ("Russia was suspended", "Mali and Niger completed their withdrawal")."""
    if reaches(cue, token, DOWN_EDGES) or reaches(token, cue, UP_EDGES, through_clauses=True):
        return True
    if any(c.dep_ in ("relcl", "acl") and reaches(c, token, DOWN_EDGES) and any(a.lower_ == "to" for a in c.children)
           for c in cue.children):
        return True  # "a candidate to join the EU"
    noun = cue.head if cue.dep_ in ("acl", "xcomp") and cue.head.pos_ == "NOUN" else cue
    if any(c.dep_ == "poss" and token in (c, *c.conjuncts) for c in noun.children):
        return True  # "Georgia's bid to join the EU", "Sweden's accession"
    verb = cue if cue.pos_ in ("VERB", "AUX") else cue.head
    if cue.dep_ == "nsubj" and verb.lemma_ in ("include", "be", "comprise"):  # "whose members include Kenya"
        return any(reaches(c, token, DOWN_EDGES) for c in verb.children if c.dep_ in ("dobj", "attr"))
    as_member = cue.dep_ == "pobj" and verb.lower_ == "as" and verb.head.pos_ in ("VERB", "AUX")
    admitted = [o for o in verb.head.children if o.dep_ == "dobj"] if as_member else []
    if admitted and verb.head.lemma_.lower() in words()["admitting_verbs"]:  # "admitted Timor-Leste as its 11th member"
        return any(token == o or reaches(o, token, {"compound", "conj", "cc"}) for o in admitted)
    if as_member:  # "the African Union, admitted as a permanent member of the G20"
        verb = verb.head
    elif cue.dep_ == "pobj" and verb.lower_ == "among" and verb.head.pos_ in ("VERB", "AUX"):
        as_member, verb = True, verb.head  # "Kenya is among the members of ..."
    elif cue.dep_ == "pobj" and verb.lower_ == "of" and verb.head.pos_ == "NUM" and verb.head.dep_ == "attr":
        as_member, verb = True, verb.head.head  # "Estonia is one of the 32 members of NATO"
    if cue.i != verb.i and not as_member and cue.dep_ not in ("attr", "acomp", "oprd") and not (
            cue.dep_ == "dobj" and cue.lemma_.lower() in words()["status_nouns"]):
        return False
    return any(token == s or reaches(s, token, {"compound", "conj", "cc"}) for s in subjects(verb))


def right_after(name: Token, cue: Token) -> bool:
    """"the Quad, the grouping of ...", "AUKUS, the security pact between ...": a cue in the
    phrase right after a name, whatever the parser attached it to."""
    between = name.doc[name.i + 1:cue.i]
    return 0 < cue.i - name.i <= 4 and all(
        t.is_punct or t.dep_ == "det" or t.head.i == cue.i and t.dep_ in ("compound", "amod") for t in between)


def status_of(cue: Token) -> str:
    """active, joining, suspended or left, from a cue word; "join" depends on its tense and on
    what governs it ("applied to join", "will join")."""
    status = words()["cues"][lemma_in(cue, words()["cues"])]
    if status == "active" and cue.pos_ == "NOUN" and cue.head.lemma_.lower() in words()["joining_heads"]:
        return "joining"  # "seeking EU membership"
    admitting = cue.head.head if cue.head.lower_ == "as" else cue.head
    if status == "active" and admitting.lemma_.lower() in words()["admitting_verbs"] and admitting.tag_ == "VB":
        return "joining"  # "agreed to admit Vietnam as a full member"
    if status != "join":
        return status
    governors = {t.lemma_.lower() for t in [cue.head, *cue.head.children]}
    future = cue.tag_ in ("VB", "VBG", "VBP", "VBZ") or cue.dep_ in ("xcomp", "pcomp")
    return "joining" if future or governors & set(words()["joining_heads"]) else "active"


def negated(cue: Token) -> bool:
    """"Japan, which is not a member of NATO", "Norway never joined the EU"."""
    if cue.pos_ in ("VERB", "AUX"):
        clause = cue
    elif cue.dep_ in ("attr", "acomp", "oprd", "dobj"):
        clause = cue.head
    else:  # "Haiti's fellow members could not stand aside": the verb's negation is not the noun's
        return any(c.dep_ == "neg" for c in cue.children)
    return any(c.dep_ == "neg" for c in (*cue.children, *clause.children))


def cue_anchor(token: Token) -> Token:
    """"member state": the head of a compound cue carries the relation."""
    return token.head if token.dep_ == "compound" else token


def tied_members(doc: Doc, mentions: Mentions, reference: Reference,
                 main: str | None) -> list[tuple[str, str, int, int, str]]:
    """Memberships a cue word ties together in the parse: "Chile, a member of the Pacific
    Alliance", "Iran, which joined Brics", "Russia was suspended from the G8", "the Quad, the
    grouping of the United States, Japan ...", "Guinea to quit ECOWAS"."""
    found = []
    cues = words()["cues"]
    for sentence in doc.sents:
        heads = mentions.roots_in(sentence)
        organizations = [(t, k) for t, k in heads if mentions.type_of(k) == "Organization"
                         and has_members(k, mentions, reference)]
        members = [(t, k) for t, k in heads if mentions.type_of(k) in MEMBER_TYPES and t.dep_ != "amod"]
        members += [(t, k) for t in sentence for k in referred_states(t, mentions)]
        # "President Julius Maada Bio, who chairs ECOWAS": a leader chairs for their state
        chairs = [(t, state) for t, k in heads if mentions.type_of(k) == "Person" and (state := mentions.affiliation(k))]
        organizations += [(t, k) for t, k in collective_mentions(sentence, mentions, main)
                          if len(reference.members.get(k, ())) < UNIVERSAL_MEMBERS]  # the UN is no "bloc"
        organizations += owner_pronouns(sentence, organizations)
        for cue in sentence:
            phrasal = phrasal_status(cue)  # "make up", "bring together", "pull out of"
            if phrasal is None and (lemma_in(cue, cues) is None or cue.lower_ in ("ally", "allies") and not organizations):
                continue
            anchor = cue_anchor(cue)
            if negated(anchor):
                continue
            apposed = apposed_to(anchor, mentions)
            for org_token, organization in organizations:
                inside = bool(apposed) and anchor.left_edge.i <= org_token.i <= anchor.right_edge.i
                linked = connected(anchor, org_token) or right_after(org_token, anchor) or inside
                if not linked or cue.lemma_.lower() == "remain" and not any(
                        c.lower_ in ("in", "within") and org_token in c.subtree for c in cue.children):
                    continue  # "remain in the bloc", not "remain a threat to the alliance"
                if cue.lemma_.lower() in ("include", "group", "bring") and reaches(anchor, org_token, DOWN_EDGES):
                    continue  # "the League, which includes Syria", not "talks that include NATO and Kyiv"
                chairing = chairs if cue.lemma_.lower() in ("chair", "presidency") else []
                for member_token, member in members + chairing + apposed:
                    tied = (member_token, member) in apposed or connected(anchor, member_token) or any(
                        connected(anchor, c) for c in member_token.conjuncts)  # "Mali, Burkina Faso and Niger, which withdrew"
                    if member != organization and tied \
                            and (mentions.type_of(member) != "Organization" or reference.is_member(member, organization)):
                        found.append((member, organization, sentence.start_char, sentence.end_char,
                                      phrasal or status_of(cue)))
    return found


def apposed_to(noun: Token, mentions: Mentions) -> list[tuple[Token, str]]:
    """The names a noun phrase stands beside, between commas, whatever the parser made of it
    (even a sentence break): "Ukraine and Moldova, both candidates to join the EU, ..."."""
    doc = noun.doc
    start, end = noun.left_edge.i, noun.right_edge.i + 1
    if noun.pos_ != "NOUN" or start < 2 or doc[start - 1].text != "," or end < len(doc) and not doc[end].is_punct:
        return []
    return [(t, mentions.at(t)) for t in coordinated(doc, start - 2, -1, 12, mentions)]  # type: ignore[misc]


def owner_pronouns(sentence: Span, organizations: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """"ASEAN ... since Timor-Leste became its 11th member": "its" before a member noun stands
    for the organisation named last before it in the sentence."""
    found = []
    member_nouns = set(words()["member_nouns"])
    for token in sentence:
        if token.lower_ == "its" and token.dep_ == "poss" and token.head.lower_ in member_nouns:
            named = [(t, k) for t, k in organizations if t.i < token.i]
            if named:
                found.append((token, max(named, key=lambda pair: pair[0].i)[1]))
    return found


def phrasal_status(verb: Token) -> str | None:
    """The status a phrasal verb cue gives: "make up" and "bring together" active, "pull out" left."""
    for phrase, status in words()["phrasal_cues"].items():
        lemma, particle = phrase.split()
        if verb.lemma_.lower() == lemma and any(c.lower_ == particle for c in verb.children):
            return status
    return None


def main_bloc(mentions: Mentions, reference: Reference) -> str | None:
    """The body with members the article names most: what "the bloc" or "allies" means (not
    an armed group or an agency named more often)."""
    blocs = [(len(actor.mentions), -actor.mentions[0].start, key) for key, actor in mentions.actors.items()
             if actor.type == "Organization" and actor.mentions
             and (reference.members.get(key) or BLOC_WORDS & set(actor.label.split()))]
    return max(blocs)[2] if blocs else None


def collective_mentions(span: Span, mentions: Mentions, main: str | None, bare: bool = False) -> list[tuple[Token, str]]:
    """"the bloc", "the alliance" standing for ``main``, the body the article is about, or for
    the one named right after it ("the West African bloc ECOWAS"); with ``bare``, also without
    an article ("allies")."""
    collective = set(words()["collective_nouns"])
    found = [(token, named) for token in span if (named := named_by_head(token, mentions))]
    for token in span:
        if token.lower_ not in collective or token.pos_ != "NOUN" \
                or not bare and not any(c.lower_ == "the" or c.dep_ == "poss" for c in token.children):
            continue
        named = organization_at(token.nbor(), mentions) if token.i + 1 < len(token.doc) else None
        if token.dep_ == "appos":  # "IGAD, the east African bloc whose members ..."
            named = named or organization_at(token.head, mentions)
        if named:
            found.append((token, named))
        elif main and (bare or not any(mentions.at(d) for c in token.children if c.dep_ != "relcl" for d in c.subtree)):
            found.append((token, main))
    return found


def named_by_head(token: Token, mentions: Mentions) -> str | None:
    """"the council", "the League's members", "among Forum members": a word of an
    organisation's name standing for it (:meth:`Mentions.named_by_word`)."""
    if token.lower_ not in words()["name_heads"] or mentions.at(token):
        return None
    short_name = token.text.istitle() and token.dep_ == "compound" and token.head.lower_ in words()["member_nouns"]
    if not (short_name or any(c.lower_ == "the" or c.dep_ == "poss" for c in token.children)):
        return None
    return mentions.named_by_word(token)


def council_voters(doc: Doc, mentions: Mentions, main: str | None) -> list[tuple[str, str, int, int, str]]:
    """"Russia vetoed a UN Security Council resolution", "China abstained ... the council": a
    state that votes in a sentence naming a council or board sits on it."""
    found = []
    cues = set(words()["vote_cues"])
    for sentence in doc.sents:
        councils = [k for _, k in mentions.roots_in(sentence) + collective_mentions(sentence, mentions, main)
                    if mentions.type_of(k) == "Organization"
                    and mentions.actors[k].label.split()[-1].lower() in ("council", "board")]
        for cue in sentence:
            if not councils or cue.lemma_.lower() not in cues:
                continue
            verb = cue.head if cue.dep_ == "dobj" else cue  # "Russia threatens veto"
            voters = [c for c in cue.children if c.dep_ == "poss"] + subjects(verb)
            for voter in voters:
                for token in (voter, *voter.conjuncts):
                    if (key := mentions.at(token)) and mentions.type_of(key) == "Country":
                        found.append((key, councils[0], sentence.start_char, sentence.end_char, "active"))
    return found


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


def party_members(doc: Doc, mentions: Mentions, reference: Reference) -> list[tuple[str, str, int, int, str]]:
    """People in their party: "AfD co-leader Tino Chrupalla", "Onodera, a senior LDP lawmaker",
    "Kaczyński, leader of the Law and Justice party", "Orbán ... his Fidesz party", "Magyar,
    whose Tisza party", "Noda, who leads the Constitutional Democratic Party". A party is a body
    outside the reference data named like one ("... Coalition", "... Congress") or that a party
    word follows somewhere ("the Tisza party"); "chairman of Airbus" is no party membership."""
    roles, party_names = set(words()["party_roles"]), set(words()["party_name_words"])
    partisan = {key for span, key in mentions.spans if mentions.type_of(key) == "Organization"
                and key not in reference.entries and (party_cue_at(doc, span.end)
                                                      or party_names & set(mentions.actors[key].label.lower().split()))}
    found = []
    for span, key in mentions.spans:
        if key not in partisan or span.end >= len(doc):
            continue
        party = doc[span.end] if doc[span.end].lower_ == "party" else span.root
        holders = [party, party.head] if party.dep_ == "compound" else [party]  # "his Fidesz party trails", mis-parsed
        owner = next((c for h in holders for c in h.children if c.dep_ == "poss" and (
            c.lower_ in ("his", "her", "whose") or (k := mentions.at(c)) and mentions.type_of(k) == "Person")), None)
        person = None
        if owner is not None and owner.lower_ != "whose":
            person = mentions.resolve(owner)  # "his Fidesz party", "Orbán's Fidesz party"
        elif owner is not None:
            clause = next((a for a in party.ancestors if a.dep_ == "relcl"), None)
            person = mentions.resolve(clause.head) if clause is not None else None
        token = party
        for _ in range(5):
            if person is not None:
                break
            at = mentions.at(token)
            if at and mentions.type_of(at) == "Person":
                person = at
            elif token.lemma_.lower() in ("lead", "head", "found") and token.pos_ == "VERB":  # "who heads the ... Party"
                person = mentions.resolve(subject) if (subject := subject_of(token)) is not None else None
            elif token.lemma_.lower() in roles:
                near = [token.head] if token.dep_ in ("appos", "compound") else []
                near += [c for c in token.children if c.dep_ in ("appos", "compound")]
                person = next((k for t in near if (k := mentions.at(t)) and mentions.type_of(k) == "Person"), None)
            if token.head.i == token.i or token.dep_ not in ("compound", "poss", "pobj", "prep", "amod", "nmod",
                                                             "appos", "dobj", "relcl"):
                break
            token = token.head
        if person and mentions.type_of(person) == "Person":
            found.append((person, key, span.sent.start_char, span.sent.end_char, "active"))
    return found


def presupposed(doc: Doc, mentions: Mentions, reference: Reference,
                main: str | None) -> list[tuple[str, str, int, int, str]]:
    """States the reference data lists in an organisation, named in a sentence that names the
    organisation ("Spain urged NATO to act"), in a paragraph that speaks of its members, allies
    or meetings ("at the G7 summit, Japan ..."), or anywhere in a story about it."""
    about = {main} if main and len(mentions.actors[main].mentions) >= SUBJECT_MENTIONS else set()
    found = []
    for sentence_block in _paragraphs(doc):
        tokens = list(sentence_block)
        cued = {organization for token in tokens
                if (organization := organization_at(token, mentions)) and (
                    member_noun_after(doc, token.i) or member_noun_after(doc, token.i, "gathering_nouns"))}
        cued |= {organization for _, organization in collective_mentions(sentence_block, mentions, main, bare=True)}
        others = {k for _, k in mentions.roots_in(sentence_block) if mentions.type_of(k) == "Organization"} - about
        cued |= about if not others else set()  # a paragraph about another body is about that one
        for token in tokens:
            key = mentions.at(token)
            if not key or mentions.type_of(key) not in ("Country", "Group"):
                continue
            named = {k for _, k in mentions.roots_in(token.sent) if mentions.type_of(k) == "Organization"}
            for organization in sorted(cued | named):
                if reference.is_member(key, organization) \
                        and len(reference.members.get(organization, ())) < UNIVERSAL_MEMBERS:
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
    main = main_bloc(mentions, reference)
    stated = listed_members(doc, mentions, reference) + tied_members(doc, mentions, reference, main) + \
        party_members(doc, mentions, reference) + council_voters(doc, mentions, main)
    result: dict[tuple[str, str], Membership] = {}
    for member, organization, start, end, status in stated:
        pair = (member, organization)
        if pair not in result:
            result[pair] = Membership(member, organization, True, (evidence(doc, start, end),), status)
    for member, organization, start, end, status in led_by(doc, mentions) + presupposed(doc, mentions, reference, main):
        pair = (member, organization)
        if pair not in result:
            result[pair] = Membership(member, organization, False, (evidence(doc, start, end),), status)
    return sorted(result.values(), key=lambda m: m.evidence[0].start)



