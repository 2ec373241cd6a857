"""Actors: people, countries, organisations, groups and places, one node per real-world actor.

Names come from two sources: the gazetteer built from the reference data (typed and linked to
Wikidata) and spaCy's statistical NER. On top of them: surnames join full names, titles are cut
from names, capitals acting as agents stand for their state, "China's foreign ministry" is an
organisation of its own, and what is named only in headlines, wire credits or weapon names is
left out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..facts import ACTOR_TYPES, Actor
from ..ingest import slugify
from ..nlp import DEMONYM, NER_SPANS, in_dateline
from ..reference import Entry, Reference
from .common import in_prose, lexicon, span_evidence, text_of

KEY_PREFIX = {"Person": "person", "Country": "country", "Organization": "org",
              "Group": "group", "Location": "place"}
NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Location", "LOC": "Location",
             "FAC": "Location"}
NAME_PARTICLES = {"of", "the", "for", "and", "de", "von", "van", "der", "al", "bin", "la", "le",
                  "du", "da", "do", "dos", "das", "del", "el", "on", "in"}
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

    def take(self, other: Mention) -> None:
        self.type, self.key, self.label = other.type, other.key, other.label
        self.wikidata, self.known = other.wikidata, other.known


def words() -> dict:
    return lexicon("actors")


POSSESSIVE_NAME_WORDS = {"People", "Peoples", "Workers", "Women", "Children", "Farmers"}


def trim(span: Span, person: bool = False) -> Span:
    """The span without leading articles, adverbs, bullets and (for people) titles, and without a
    trailing possessive and what follows it."""
    doc = span.doc
    start, end = span.start, span.end
    titles = set(words()["titles"])
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].lower_ in ("the", "a", "an")
                           or not doc[start].text.strip("•·▪-–—*")
                           or doc[start].pos_ in ("ADV", "CCONJ", "SCONJ") and end - start > 1  # "Later Petro wrote"
                           or person and end - start > 1 and doc[start].text in titles):
        start += 1
    for i in range(start, end):
        if doc[i].tag_ == "POS" or doc[i].text in ("'s", "’s", "'", "’"):
            if i > start and i + 1 < end and doc[i - 1].text in POSSESSIVE_NAME_WORDS:
                continue  # "Tigray People's Liberation Front"
            end = i
            break
    opened = [i for i in range(start + 1, end) if doc[i].text == "("]
    if opened and not any(doc[i].text == ")" for i in range(opened[0], end)):
        end = opened[0]  # "National Democratic Congress (NDC": the acronym is a mention of its own
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].text == "party"):
        end -= 1  # "the Law and Justice party" is "Law and Justice"
    return doc[start:end]


def looks_like_name(span: Span, type_name: str) -> bool:
    """Capitalised words or particles; digits only in organisation names ("M23")."""
    tokens = [t for t in span if not t.is_punct]
    if not tokens or not tokens[0].text[:1].isupper() or span.text.rstrip(".") in words()["not_actors"] \
            or all(t.text in words()["titles"] for t in tokens):  # "Brigadier General"
        return False
    if len(tokens) == 1 and (tokens[0].text in words()["titles"] or tokens[0].pos_ in ("ADJ", "VERB", "ADV")
                             or tokens[0].lower_ in words()["common_nouns"]):
        return False  # "Defence" of "Defence Secretary", a sentence-initial "Neighbouring" or "Government"
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and not span[-1].whitespace_ \
            and doc[span.end + 1].is_lower and span[0].is_sent_start and len(tokens) == 1:
        return False  # a sentence's "Quota-exempt members ...", capitalised only where it stands
    if len(tokens) > 1 and tokens[-1].lower_ in words()["document_heads"]:
        return False  # "National Security Strategy", "Inflation Reduction Act": a document
    for token in tokens:
        if token.lower_ in NAME_PARTICLES or hyphenated(token):
            continue
        if not token.text[:1].isupper() and not token.text[:1].isdigit():
            return False
        if any(c.isdigit() for c in token.text) and type_name != "Organization":
            return False
    return True


def hyphenated(token: Token) -> bool:
    """The second part of a hyphenated name, which may be lower case: "Lai Ching-te", "Kim Jong-un"."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text in ("-", "‐") and not doc[token.i - 1].whitespace_ \
        and not doc[token.i - 2].whitespace_ and doc[token.i - 2].text[:1].isupper()


def names_a_weapon(span: Span) -> bool:
    """"Gripen jets", "Patriot air defence systems": a product, not an actor."""
    weapons = set(words()["weapon_nouns"])
    doc = span.doc
    following = [t.lower_ for t in doc[span.end:span.end + 3]]
    model = span.end + 1 < len(doc) and not span[-1].whitespace_ and doc[span.end].text == "-" \
        and len(doc[span.end + 1].text) <= 3 and doc[span.end + 1].text[:1].isupper()  # "IRIS-T"
    model = model or span.start >= 2 and doc[span.start - 2].text == "-" and not doc[span.start - 2].whitespace_ \
        and len(doc[span.start - 1].text) <= 3 and doc[span.start - 1].text.isupper()  # "SLM" of "IRIS-T SLM"
    return model or span.root.head.lower_ in weapons or any(w in weapons for w in following[:2])


def is_metonymic(span: Span) -> bool:
    """Whether a place name acts as an agent ("Moscow warned", "Beijing's response") or is
    spoken to ("accused Manila of provocations", "warned Tokyo")."""
    root = span.root
    following = span.doc[span.end] if span.end < len(span.doc) else None
    relative = any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in ("which", "that") for g in c.children)
                   for c in root.children)  # "Beijing, which warned Tokyo"
    addressed = root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() in lexicon("statements")["verbs"]
    return root.dep_ in METONYMIC_DEPS or relative or addressed or (following is not None and following.tag_ == "POS")


def from_entry(span: Span, entry: Entry) -> Mention:
    return Mention(span, entry.type, entry.key, entry.label, entry.wikidata, known=True)


def mention_of(ent: Span, reference: Reference) -> Mention | None:
    """A mention for an entity span, or None when it names no actor."""
    entry = reference.entries.get(ent.ent_id_)
    if entry is not None and (ent.label_ == DEMONYM or ent.label_ in ACTOR_TYPES):
        span = trim(ent)
        if entry.type == "Location" and (ent.label_ == DEMONYM or entry.label in words()["not_actors"]):
            return None  # "European leaders" names no one; nor does "Asia"
        country = reference.capital_of.get(entry.key)
        if ent.label_ != DEMONYM and country and is_metonymic(ent):
            entry = reference.entries[country]
        return from_entry(span, entry) if len(span) else None
    type_name = NER_TYPES.get(ent.label_)
    if ent.label_ == "NORP" and people_named(ent):
        type_name = "Group"  # "Sikhs", "Afrikaners", "Falkland Islanders": a people, as a noun
    if type_name is None:
        return None
    span = trim(ent, person=type_name == "Person")
    if not len(span) or not looks_like_name(span, type_name) or names_a_weapon(span):
        return None
    return Mention(span, type_name)


def people_named(ent: Span) -> bool:
    """Whether a nationality or religious or political group NER found names a people as a
    plural noun ("the Sikhs", "Muslims and Christians"), not as an adjective ("Sikh leaders")."""
    root = ent.root
    plural = root.tag_ == "NNPS" or root.tag_ in ("NNS", "NNP") and root.text.endswith("s")
    return plural and root.dep_ not in ("amod", "compound", "nmod", "poss")


def titled_person(ent: Span) -> Span | None:
    """The name after a title inside an entity: "Tokayev" of "Kazakh President Kassym-Jomart Tokayev"."""
    titles = set(words()["titles"])
    last = max((t.i for t in ent[1:] if t.text in titles), default=None)
    name = ent.doc[last + 1:ent.end] if last is not None else None
    if name is None or len(name) < 2 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() or hyphenated(t)
                                                  or t.text == "-" for t in name):
        return None
    return name


def enclosing_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """NER names that hold a gazetteer name and say more: "Port Sudan", "West Africa",
    "Philippine Coast Guard" replace the country or region inside them, and so do people whose
    first name is a place ("Israel Katz", "Jordan Bardella", "Santiago Peña")."""
    if NER_SPANS not in doc.spans:
        return mentions
    by_start = {m.span.start: m for m in mentions}
    for ent in doc.spans[NER_SPANS]:
        type_name = NER_TYPES.get(ent.label_)
        inner = [m for m in mentions if ent.start <= m.span.start and m.span.end <= ent.end
                 and (m.span.start, m.span.end) != (ent.start, ent.end)]
        if type_name == "Person" and len(inner) == 1 and inner[0].span.start == ent.start \
                and len(inner[0].span) == 1 and inner[0].type in ("Country", "Location") \
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent[1:]) and len(ent) > 1:
            by_start[ent.start] = Mention(ent, "Person")
            continue
        titled = titled_person(ent) if type_name == "Organization" else None
        if titled is not None and not any(m.span.start >= titled.start for m in inner):
            by_start[titled.start] = Mention(titled, "Person")  # "Kazakh President Kassym-Jomart Tokayev"
            continue
        if type_name not in ("Organization", "Location"):
            continue
        institution = ent[-1].text in words()["organization_heads"] and type_name == "Organization"
        if not inner or any(m.type == "Person" or not m.known for m in inner) \
                or any(m.type == "Organization" for m in inner) and not institution:
            continue
        span = trim(ent)
        extra = [t for t in span if not any(m.span.start <= t.i < m.span.end for m in inner)]
        if not extra or not any(t.text[:1].isupper() for t in extra) or not looks_like_name(span, type_name):
            continue
        for m in inner:
            by_start.pop(m.span.start, None)
        by_start[span.start] = Mention(span, type_name)
    return sorted(by_start.values(), key=lambda m: m.span.start)


PERSON_PARTICLES = {"bin", "ibn", "bint", "al", "el", "de", "da", "dos", "van", "von", "der", "la", "le", "di"}


def joined_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person's name NER cut short: at a particle ("Abdulaziz" + "bin Salman") or before a
    last surname ("Omar García" + "Harfuch")."""
    for mention in [m for m in mentions if m.type == "Person" and not m.known]:
        end = mention.span.end
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].ent_type_ in ("", "PERSON") \
                and doc[end - 1].whitespace_ and doc[end].text not in words()["titles"]:
            end += 1
        while end + 1 < len(doc) and doc[end].lower_ in PERSON_PARTICLES and doc[end - 1].whitespace_ \
                and doc[end + 1].text[:1].isupper() and doc[end + 1].pos_ == "PROPN":
            end += 2
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
        while end + 1 < len(doc) and doc[end].text in ("-", "‐") and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper():
            end += 2  # "Alix Didier Fils-Aimé", cut at the hyphen
        if end > mention.span.end:
            mention.span = doc[mention.span.start:end]
            mentions = [m for m in mentions if m is mention or not (
                mention.span.start <= m.span.start and m.span.end <= end)]
    return mentions


NAME_CONNECTORS = {"and", "for", "of", "on", "the", "de", "in", "to", "-", "&"}


def acronym_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP)": the
    name before an acronym in brackets is one organisation, however NER cut it, and the acronym
    names it wherever it stands. Names the reference data knows are left as they are."""
    for match in re.finditer(r"\(([A-Z][A-Za-z]{1,9})\)", text_of(doc)):
        bracketed = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if bracketed is None or len(bracketed) != 3 or bracketed.start == 0 or sum(c.isupper() for c in match[1]) < 2:
            continue
        token, acronym = bracketed[0], bracketed[1]
        start = token.i
        while start > token.sent.start and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in NAME_CONNECTORS):
            start -= 1
        while start < token.i and doc[start].lower_ in NAME_CONNECTORS:
            start += 1
        span = doc[start:token.i]
        capitals = [t for t in span if t.text[:1].isupper()]
        if len(capitals) < 2 or span[0].text[0] != acronym.text[0] or any(t.is_sent_start for t in span[1:]):
            continue
        inside = [m for m in mentions if span.start <= m.span.start and m.span.end <= span.end]
        named = [m for m in mentions if m.span.text == acronym.text]
        if any(m.known or m.type not in ("Organization", "Location") for m in inside + named) \
                or not inside and not named:
            continue
        whole = Mention(span, "Organization", f"org/{slugify(span.text)}", span.text)
        mentions = [m for m in mentions if m not in inside]
        for m in named:
            m.take(whole)
        if not any(m.span.start == acronym.i for m in named):
            mentions.append(Mention(doc[acronym.i:acronym.i + 1], "Organization", whole.key, whole.label))
        mentions.append(whole)
    return sorted(mentions, key=lambda m: m.span.start)


def institutions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"China's foreign ministry", "the Chinese foreign ministry", "Armenia's parliament": an
    organisation of a state, one node per state and institution."""
    phrases = words()["institutions"]
    longest = max(len(p.split()) for p in phrases)
    found = []
    for mention in mentions:
        if mention.type != "Country":
            continue
        i = mention.span.end
        if i < len(doc) and doc[i].tag_ == "POS":
            i += 1
        for size in range(longest, 0, -1):
            phrase = " ".join(t.lower_ for t in doc[i:i + size])
            if size and phrase in phrases and i + size <= len(doc):
                start, end = mention.span.start, i + size
                seat = ""
                if phrases[phrase] == "embassy" and end + 1 < len(doc) and doc[end].lower_ == "in":
                    place = end + 1  # "the Chinese embassy in Manila": one embassy of several
                    while place < len(doc) and place - end <= 3 and doc[place].pos_ == "PROPN":
                        place += 1
                    if place > end + 1:
                        seat, end = "-" + slugify(doc[end + 1:place].text), place
                span = doc[start + 1 if doc[start].lower_ == "the" else start:end]
                country = (mention.key or "").rsplit("/", 1)[-1]
                found.append(Mention(span, "Organization", f"org/{country}-{phrases[phrase]}{seat}", span.text))
                break
    return found


def person_clusters(mentions: list[Mention], reference: Reference) -> None:
    """Give every person mention a key: a surname or a shorter form joins the full name."""
    by_name = {name: entry for entry in reference.entries.values() if entry.type == "Person"
               for name in entry.all_names}
    people = sorted((m for m in mentions if m.type == "Person"), key=lambda m: (-len(m.span), m.span.start))
    full_names: list[Mention] = []
    for mention in people:
        words_ = [t.text for t in mention.span if not t.is_punct]
        if mention.key is None and mention.span.text in by_name:
            mention.take(from_entry(mention.span, by_name[mention.span.text]))
        if mention.key is None:
            for known in full_names:
                known_words = [t.text for t in known.span if not t.is_punct]
                same_surname = words_[-1] == known_words[-1] and (len(words_) == 1 or words_[0] in known_words)
                if same_surname or set(words_) <= set(known_words):  # not "Marina Silva" for "Lula da Silva"
                    mention.take(known)
                    break
        if mention.key is None:
            mention.label = mention.span.text
            mention.key = f"person/{slugify(mention.label)}"
        full_names.append(mention)


def short_names(mentions: list[Mention]) -> None:
    """A one-word name standing for a person or organisation named elsewhere in the article: a
    surname NER took for a place or organisation ("Kast", "Petro"), or an organisation's head
    word ("the Commission" after "the European Commission")."""
    surnames: dict[str, Mention] = {}
    heads: dict[str, Mention] = {}
    initials: dict[str, Mention] = {}
    for m in mentions:
        if m.type == "Person":
            surnames.setdefault(m.span[-1].text, m)
        if len(m.span) > 1 and m.type == "Organization":
            heads.setdefault(m.span[-1].text, m)
            for acronym in acronyms_of(m.span.text):
                initials.setdefault(acronym, m)
    given = given_names(mentions)
    for m in mentions:
        if m.known or len(m.span) != 1:
            continue
        if m.type != "Person" and m.span.text in surnames:
            m.take(surnames[m.span.text])
        elif m.type != "Person" and m.span.text in given:
            m.take(given[m.span.text])  # "Lula" taken for a place
        elif m.type == "Organization" and m.span.text in heads and heads[m.span.text] is not m:
            m.take(heads[m.span.text])
        elif m.type in ("Organization", "Location") and m.span.text in initials:
            m.take(initials[m.span.text])  # "the RBI" after "the Reserve Bank of India"


KNOWN_AS = re.compile(r"\b(?:also |widely |better |commonly |locally )?known as (?:the )?[\"“]?(?=[A-Z])")


def known_as(doc: Doc, mentions: list[Mention]) -> None:
    """"Mohamed Hamdan Dagalo, known as Hemedti", "Jimmy Chérizier, the former police officer
    known as Barbecue": the name after "known as" is another name of the actor named last before
    it in the sentence."""
    for match in KNOWN_AS.finditer(text_of(doc)):
        alias = next((m for m in mentions if m.span.start_char == match.end()), None)
        if alias is None or alias.known:
            continue
        before = [m for m in mentions if m.span.end_char <= match.start()
                  and m.span.sent.start == alias.span.sent.start and m.key != alias.key]
        if before:
            named, key = max(before, key=lambda m: m.span.end_char), alias.key
            for m in mentions:
                if m.key == key:
                    m.take(named)


def acronyms_of(name: str) -> set[str]:
    """What a name of several capitalised words is shortened to: the initials of all of them
    ("RBI", "IACHR" of "Inter-American Commission on Human Rights"), or of the last three or more
    ("DFC" of "US International Development Finance Corporation")."""
    capitals = [w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    return {"".join(capitals[i:]) for i in range(len(capitals) - 1) if i == 0 or len(capitals) - i >= 3}


def unmarked_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Names NER missed elsewhere: a person's full name or surname, standing alone as a proper
    noun where no entity was found ("Milei wrote", "Pashinyan said")."""
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    people: dict[str, Mention] = given_names(mentions)
    for m in mentions:
        if m.type == "Person" and len(m.span) > 1:
            people.setdefault(m.span[-1].text, m)
    found = []
    for token in doc:
        person = people.get(token.text)
        if person is None or token.i in taken or token.pos_ != "PROPN" or not token.text[:1].isupper():
            continue
        span = doc[token.i:token.i + 1]
        found.append(Mention(span, "Person", person.key, person.label, person.wikidata, person.known))
    return found


def given_names(mentions: list[Mention]) -> dict[str, Mention]:
    """The first names that stand for one person of the article alone, as "Prabowo" does for
    Prabowo Subianto or "Lula" for Lula da Silva: names no one else has as a first or last name."""
    people = [m for m in mentions if m.type == "Person" and len([t for t in m.span if not t.is_punct]) > 1]
    first: dict[str, set[str]] = {}
    for m in people:
        first.setdefault(m.span[0].text, set()).add(m.span.text)
    last = {m.span[-1].text for m in people}
    titles = set(words()["titles"])
    return {m.span[0].text: m for m in people if len(first[m.span[0].text]) == 1 and m.span[0].text not in last
            and m.span[0].text not in titles and m.span[0].pos_ == "PROPN"}


def party_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Parties NER missed, named right before "party" or a politician's role: "his Fidesz
    party", "AfD co-leader Tino Chrupalla", "a senior LDP lawmaker"."""
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    cues = "|".join(re.escape(w) for w in words()["party_words"])
    found = []
    for match in re.finditer(rf"(?<![\w-])(?:{cues})\b", text_of(doc)):
        cue = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if cue is None or cue.start in taken:
            continue
        start = end = cue.start
        while start > cue.sent.start and doc[start - 1].i not in taken and doc[start - 1].text[:1].isupper() \
                and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ") and end - start < 4:
            start -= 1
        span = doc[start:end]
        if len(span) == 1 and span[0].pos_ == "ADJ" and cue.text == "party" and not span[0].is_sent_start:
            found.append(Mention(doc[start:cue.end], "Organization"))  # "the opposition Conservative party"
        elif len(span) and looks_like_name(span, "Organization") and span.text not in words()["titles"]:
            found.append(Mention(span, "Organization"))
    return found


def unnamed_speakers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """People NER missed where the syntax shows one: a two- to four-word proper name that is
    the subject of a reporting verb or stands beside a role ("Nadia Haddad, the World Bank's
    country manager for Syria, said")."""
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    verbs = lexicon("statements")["verbs"]
    roles = set(words()["roles"])
    not_names = set(words()["titles"]) | set(words()["organization_heads"]) | set(words()["organization_words"])
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or token.i in taken or not in_prose(token):
            continue
        speaking = token.dep_ == "nsubj" and token.head.lemma_.lower() in verbs
        role = any(c.dep_ == "appos" and c.lemma_.lower() in roles for c in token.children)
        if not (speaking or role):
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i \
                and doc[start - 1].pos_ == "PROPN" and start - 1 not in taken:
            start -= 1
        span = doc[start:token.i + 1]
        glued = start > 0 and (doc[start - 1].tag_ == "POS" or doc[start - 1].pos_ == "PROPN")
        if not glued and 2 <= len(span) <= 4 and all(t.is_alpha and t.is_title and t.text not in not_names for t in span):
            found.append(Mention(span, "Person"))
    return found


def people_by_role(mentions: list[Mention]) -> None:
    """A name NER took for an organisation or place is a person where it stands in apposition
    to a role or follows one ("Uruguay's president, Yamandú Orsi", "Nadia Haddad, the country
    manager", "IMF mission chief Haimanot Teferra")."""
    roles = set(words()["roles"])
    for mention in mentions:
        if mention.known or mention.type not in ("Organization", "Location") or len(mention.span) < 2:
            continue
        root = mention.span.root
        beside = [root.head] if root.dep_ == "appos" else []
        beside += [c for c in root.children if c.dep_ == "appos"]
        if mention.span.start:  # "IMF mission chief Haimanot Teferra"
            beside.append(mention.span.doc[mention.span.start - 1])
        if any(t.lemma_.lower() in roles and t.pos_ == "NOUN" for t in beside) \
                and all(t.is_title for t in mention.span if t.is_alpha):
            # as a person it loses its titles: "First Admiral Heru Santoso", taken for a body
            mention.type, mention.span = "Person", trim(mention.span, person=True)


def keep(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions that name actors. An actor stays when the body names it (or the reference
    data knows it); left out are datelines, actors named only in headlines, bylines and captions, people
    named only inside quotations ("a faithful heir of Pinochet"), organisations named only in a
    person's title ("European Commission President Ursula von der Leyen"), names that are
    weapons anywhere in the text ("Gripen jets" makes every "Gripen" a weapon) and common words
    in capitalised headings ("WHO IS JOINING")."""
    weapons = {m.span.text.rstrip("s") for m in mentions if names_a_weapon(m.span) and not m.known}
    mentions = [m for m in mentions if m.span.text.rstrip("s") not in weapons and not shouted_word(m)
                and not in_dateline(text_of(doc), m.span.start_char)]
    in_body = {m.key for m in mentions if in_prose(m.span)}
    kept = [m for m in mentions if m.key in in_body or m.known]
    quoted = quoted_ranges(text_of(doc))
    speaking = {m.key for m in kept if not any(s <= m.span.start_char < e for s, e in quoted)}
    kept = [m for m in kept if m.type != "Person" or m.key in speaking]
    named = {m.key for m in kept if not (m.type == "Organization" and in_title(m.span))}
    return [m for m in kept if m.key in named]


def as_a_place(span: Span) -> bool:
    """Whether a place name only says where: "talks in Doha", "a visit to Doha", "visited Doha",
    "a Doha-based fund", "the Doha talks"."""
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    head = root.head.head if root.dep_ == "pobj" else root.head
    return root.dep_ == "pobj" and root.head.lower_ in words()["place_prepositions"] \
        or root.dep_ in ("pobj", "dobj") and head.lemma_.lower() in words()["travel_words"] \
        or root.dep_ in ("compound", "npadvmod")


def fold_capitals(mentions: list[Mention], reference: Reference) -> list[Mention]:
    """A capital that stands for its state somewhere in the text ("Damascus seeks ...", "aid to
    Kyiv", "talks with Washington") is the state throughout, "in Damascus" too; one only ever
    named as a place ("talks in Doha") stays a place."""
    places = {m.key for m in mentions if m.key in reference.capital_of}
    acting = {m.key for m in mentions if m.key in places and not as_a_place(m.span)}
    acting |= {place for place in places for m in mentions  # taken for the state already: "Damascus seeks"
               if m.key == reference.capital_of[place] and m.span.text in reference.entries[place].all_names}
    return [from_entry(m.span, reference.entries[reference.capital_of[m.key]]) if m.key in acting else m
            for m in mentions]


def shouted_word(mention: Mention) -> bool:
    """An acronym that is also a common word, in a heading set in capitals ("WHO IS JOINING")."""
    return mention.type == "Organization" and mention.span.text.isupper() and len(mention.span) == 1 \
        and mention.span[0].is_stop and not in_prose(mention.span)


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks."""
    return [(m.start(), m.end()) for m in re.finditer(r"“[^”\n]*”|\"[^\"\n]*\"", text)]


def in_title(span: Span) -> bool:
    """Whether a name only qualifies a person's title ("European Commission President ...")."""
    following = span.doc[span.end:span.end + 4]
    titles = set(words()["titles"])
    return bool(len(following)) and following[0].text in titles and any(t.ent_type_ == "Person" or
                                                                          t.ent_type_ == "PERSON" for t in following)


def as_written(label: str | None, group: list[Mention], text: str, names: tuple[str, ...] | None) -> str | None:
    """The reference label of an actor if the article writes it, else the longest name the
    article does write ("UN Security Council", not "United Nations Security Council"; "Volodymyr
    Zelenskyy" as spelt; for a state one of its names, "Timor-Leste", never its capital, seat of
    government or demonym)."""
    if label is None or re.search(rf"(?<!\w){re.escape(label)}(?!\w)", text, re.IGNORECASE) \
            or any(slugify(m.span.text) == slugify(label) for m in group):  # "Bogota" for "Bogotá"
        return label
    written = [re.sub(r"\s+", " ", m.span.text) for m in group]
    if names is not None:  # a state is not labelled by its seat of government ("Downing Street")
        allowed = {name.lower() for name in names} - {seat.lower() for seat in words()["government_seats"]}
        written = [w for w in written if re.sub(r"^the ", "", w.lower()) in allowed]
    return max(written, key=len) if written else label


def extract_actors(doc: Doc, reference: Reference) -> list[Actor]:
    """Every actor the doc mentions, each once, with all its mentions, in order of first mention."""
    mentions = [m for ent in doc.ents if (m := mention_of(ent, reference)) is not None]
    mentions = joined_names(doc, acronym_names(doc, enclosing_names(doc, mentions)))
    mentions += unnamed_speakers(doc, mentions) + party_names(doc, mentions)
    people_by_role(mentions)
    person_clusters(mentions, reference)
    for mention in mentions:
        if mention.key is None:
            mention.label = mention.span.text
            mention.key = f"{KEY_PREFIX[mention.type]}/{slugify(mention.label)}"
    short_names(mentions)
    known_as(doc, mentions)
    mentions += unmarked_names(doc, mentions)
    of_states = institutions(doc, mentions)
    within = {i for m in of_states for i in range(m.span.start, m.span.end)}
    mentions = [m for m in mentions if m.type != "Organization" or not within >= set(range(m.span.start, m.span.end))]
    mentions = sorted(mentions + of_states, key=lambda m: (m.span.start, -len(m.span)))  # not NER's "Foreign Ministry" too
    grouped: dict[str, list[Mention]] = defaultdict(list)
    for mention in fold_capitals(keep(doc, mentions), reference):
        grouped[mention.key].append(mention)  # type: ignore[index]
    actors = []
    for key, group in grouped.items():
        first = group[0]
        entry = reference.entries.get(key)
        # a state or body of the reference is labelled by one of its names, not "Brussels" for the EU
        names = entry.all_names if entry is not None and first.type in ("Country", "Organization", "Location") else None
        label = as_written(first.label, group, text_of(doc), names) \
            if first.type in ("Organization", "Person") or names is not None else first.label
        label = label or first.span.text
        actors.append(Actor(key=key, label=re.sub(r"\s+", " ", label), type=first.type,
                            wikidata=first.wikidata, mentions=tuple(span_evidence(m.span) for m in group)))
    return actors
