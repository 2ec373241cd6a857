"""Helpers the extractors share: evidence from spans, the lexicons, and the mention index."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..facts import Actor, Evidence
from ..layout import Block, block_at
from ..resources import LEXICON

CONTEXT_CHARS = 32
DASHES = ("—", "–", "-")  # a spaced hyphen is a dash too: "the E3 - France, Germany and Britain -"
PERSONAL_PRONOUNS = {"he", "she", "him", "her", "his"}


def text_of(doc: Doc) -> str:
    """The doc's text, joined once: ``Doc.text`` rebuilds it from the tokens on every access."""
    text = doc.user_data.get("geograph_text")
    if text is None:
        text = doc.user_data["geograph_text"] = doc.text
    return text


@lru_cache(maxsize=None)
def lexicon(name: str) -> dict[str, Any]:
    """One of the JSON lexicons under geograph/lexicon/."""
    return json.loads((LEXICON / f"{name}.json").read_text(encoding="utf-8"))


def lemma_in(token: Token, words: dict[str, Any] | set[str]) -> str | None:
    """The token's lemma if ``words`` knows it, else a lemma guessed from its inflection
    ("readmitted", which spaCy's lemmatizer turns into "readmitte", is "readmit")."""
    lemma = token.lemma_.lower()
    if lemma in words:
        return lemma
    form = token.lower_
    if form in words and any(c.dep_ == "aux" and c.lower_.startswith("help") for c in token.children):
        return form  # "helped found", which the lemmatizer reads as "find"
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
                         ("es", ""), ("s", "")):
        if form.endswith(suffix):
            stem = form[: -len(suffix)] + repl
            for guess in (stem, stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem):
                if guess in words:
                    return guess
    return None


def evidence(doc: Doc, start: int, end: int) -> Evidence:
    """Evidence for the characters ``start:end`` of the doc, with the sentence(s) around them."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and len(span):
        first, last = doc[span.start].sent, doc[span.end - 1].sent
        sentence = text_of(doc)[first.start_char:max(last.end_char, first.end_char)]
    else:
        sentence = text_of(doc)[start:end]
    return Evidence(
        start=start,
        end=end,
        exact=text_of(doc)[start:end],
        sentence=sentence.strip(),
        prefix=text_of(doc)[max(0, start - CONTEXT_CHARS):start],
        suffix=text_of(doc)[end:end + CONTEXT_CHARS],
    )


def span_evidence(span: Span) -> Evidence:
    """Evidence for a span."""
    return evidence(span.doc, span.start_char, span.end_char)


def block_of(token: Token | Span) -> Block | None:
    """The layout block a token or span starts in."""
    doc = token.doc
    return block_at(text_of(doc), token.idx if isinstance(token, Token) else token.start_char)


def in_prose(token: Token | Span) -> bool:
    """Whether a token stands in a paragraph or bullet (not a title or heading)."""
    block = block_of(token)
    return block is not None and block.is_prose


def party_cue_at(doc: Doc, index: int) -> bool:
    """Whether a party word starts at token ``index``: "party", "co-leader", "lawmaker" ...
    (the words that follow a party's name)."""
    cues = {word.lower() for word in lexicon("actors")["party_words"]}
    return index < len(doc) and (doc[index].lower_ in cues or doc[index:index + 3].text.lower() in cues)


def listed_with(token: Token, preps: tuple[str, ...] = ()) -> list[Token]:
    """A word, the words coordinated with it and, through ``preps``, the names they govern:
    "Mexico and the United States", "the leaders of Estonia, Latvia and Poland"."""
    listed = [token, *token.conjuncts]
    for word in list(listed):
        listed += prep_objects(word, preps)
    return listed


def prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """The names a word governs through one of ``preps``, with those coordinated with them:
    "of Niger, Mali and Burkina Faso", "alongside the UK", a passive's "by India and Japan"."""
    return [pobj for child in token.children if child.dep_ in ("prep", "agent") and child.lower_ in preps
            for pobj in objects_of(child)]


def objects_of(prep: Token) -> list[Token]:
    """The objects of a preposition with those coordinated with them: "with Iceland and Liechtenstein"."""
    return [pobj for p in prep.children if p.dep_ == "pobj" for pobj in (p, *p.conjuncts)]


def role_of(token: Token) -> str:
    """A role word with the hyphenated words before it: "president-elect"."""
    start = token.i
    while start >= 2 and token.doc[start - 1].text == "-" and not token.doc[start - 2].whitespace_:
        start -= 2
    return token.doc[start:token.i + 1].text.lower()


def spelling(word: str) -> str:
    """A word folded for case and British or American spelling: "Organisation", "organization"."""
    return word.lower().replace("isation", "ization")


class Mentions:
    """Which actor each token of a doc mentions."""

    def __init__(self, doc: Doc, actors: Iterable[Actor], stands_for: dict[str, str] | None = None,
                 names: dict[str, tuple[str, ...]] | None = None, dateline_state: str | None = None):
        self.doc = doc
        self.dateline_state = dateline_state  # the state whose capital the story is filed from
        self.stands_for = stands_for or {}  # a capital's key → its state's, where both are mentioned
        self.names = names or {}  # an actor's other names, from reference data
        self.actors = {actor.key: actor for actor in actors}
        self.by_token: dict[int, str] = {}
        self.spans: list[tuple[Span, str]] = []
        for actor in self.actors.values():
            for mention in actor.mentions:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None:
                    continue
                self.spans.append((span, actor.key))
                for token in span:
                    self.by_token[token.i] = actor.key
        self.spans.sort(key=lambda item: item[0].start)

    def named_by_word(self, token: Token) -> str | None:
        """The organisation a word of its name stands for: the last one named before ``token``
        with that word in one of its names ("the UN Security Council ... the council", "the
        OAS ... the organisation", "Afreximbank ... the bank")."""
        for span, key in reversed(self.spans):
            names = [self.actors[key].label, *self.names.get(key, ())]
            if span.start < token.i and self.type_of(key) == "Organization" \
                    and any(spelling(token.text) in map(spelling, name.split()) for name in names):
                return key
        return None

    def acting(self, key: str | None) -> str | None:
        """The actor a mentioned one acts as: a capital stands for its state."""
        return self.stands_for.get(key, key) if key else None

    def roots_in(self, span: Span) -> list[tuple[Token, str]]:
        """Each mention within a span as its syntactic head token and actor key."""
        return [(mention.root, key) for mention, key in self.spans
                if span.start <= mention.start and mention.end <= span.end]

    def at(self, token: Token) -> str | None:
        """The actor a token mentions, if any."""
        return self.by_token.get(token.i)

    def type_of(self, key: str) -> str:
        """The type of a mentioned actor."""
        return self.actors[key].type

    def in_tokens(self, tokens: Iterable[Token]) -> list[str]:
        """The actors mentioned in some tokens, in order, each once."""
        keys: list[str] = []
        for token in tokens:
            key = self.at(token)
            if key and key not in keys:
                keys.append(key)
        return keys

    def resolve(self, token: Token) -> str | None:
        """The actor a token stands for: a person named beside it ("Poland's prime minister,
        Donald Tusk"; "Defence Secretary Gilberto Teodoro"), its own mention, an owner or
        modifier ("China's foreign minister"), or a pronoun's antecedent."""
        key = self.at(token)
        if key and self.type_of(key) == "Person":
            return key
        for child in token.children:
            if child.dep_ in ("appos", "compound") and (found := self.at(child)):
                if self.type_of(found) == "Person":
                    return found
        if key:
            return key
        for child in sorted(token.children, key=lambda c: c.dep_ != "appos"):  # "NATO ally Turkey" is Turkey
            if child.dep_ in ("appos", "compound", "poss", "amod") and (found := self.at(child)):
                if self.type_of(found) == "Country" and role_of(token) in lexicon("actors")["roles"]:
                    return self.holder_before(token, found) or found  # "the Hungarian prime minister"
                if self.type_of(found) != "Location":
                    return found
        for child in token.children:  # "a senior US administration official", "a Japanese government spokesman"
            for grandchild in child.children if child.dep_ == "compound" else ():
                found = self.at(grandchild) if grandchild.dep_ in ("compound", "amod") else None
                if found and self.type_of(found) == "Country":
                    return found
        # "ministers of the Quad", "a spokesperson for the Commission", "officials in Kyiv", "a statement by France"
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "for", "in", "by"):
                for pobj in child.children:
                    found = self.acting(self.at(pobj)) if child.lower_ == "in" else self.at(pobj)
                    if found and pobj.dep_ == "pobj" and self.type_of(found) in ("Organization", "Country"):
                        return found
        if token.lower_ in PERSONAL_PRONOUNS:
            return self.last_person_before(token.i)
        if token.lower_ in ("who", "which", "that") and token.head.dep_ == "relcl":
            return self.resolve(token.head.head)  # "Donald Trump, who told reporters ..."
        if token.lower_ in ("government", "administration") and any(c.dep_ == "det" for c in token.children):
            for pobj in (p for c in token.children if c.lower_ in ("in", "of") for p in c.children):
                state = self.acting(self.at(pobj))
                if state and self.type_of(state) == "Country":
                    return state  # "the government in Kyiv"
            return self.last_subject_before(token.i, countries_only=True)
        if token.pos_ in ("NOUN", "PROPN") and any(c.lower_ == "the" for c in token.children):
            return self.titled_before(token) or (self.named_before(token) if token.pos_ == "NOUN" else None)
        if token.lower_ == "it":
            return self.last_subject_before(token.i)
        return None

    def holder_before(self, token: Token, state: str) -> str | None:
        """The last person named before a role word who speaks for the state it names."""
        for span, key in reversed(self.spans):
            if span.start < token.i and self.type_of(key) == "Person" and self.principal(key) == state:
                return key
        return None

    def titled_before(self, token: Token) -> str | None:
        """"the chancellor", "the president-elect": the last person named before with that
        title ("German Chancellor Friedrich Merz", "Kast, the president-elect"), else the
        person the article names most."""
        role = role_of(token)
        if role not in lexicon("actors")["roles"]:
            return None
        for span, key in reversed(self.spans):
            if span.start >= token.i or self.type_of(key) != "Person":
                continue
            root = span.root
            near = [t.lower_ for t in self.doc[max(span.start - 3, 0):span.start]]
            near += [role_of(t) for t in ([root.head] if root.dep_ == "appos" else [])]
            near += [role_of(c) for c in root.children if c.dep_ == "appos"]
            if role in near:
                return key
        return self.most_mentioned("Person")  # no one was named so: the person the story is about

    def named_before(self, token: Token) -> str | None:
        """"the council", "the commission": the last organisation before whose name ends so."""
        for i in range(token.i - 1, -1, -1):
            key = self.by_token.get(i)
            if key and self.type_of(key) == "Organization" \
                    and token.lower_ in self.actors[key].label.lower().split():
                return key
        return None

    def last_subject_before(self, index: int, window: int = 60, countries_only: bool = False) -> str | None:
        """What "it" (or "the government") refers to: the last state or organisation that was
        a clause's subject shortly before."""
        types = ("Country",) if countries_only else ("Country", "Organization", "Group")
        for i in range(index - 1, max(-1, index - window * (3 if countries_only else 1)), -1):
            key = self.by_token.get(i)
            if key and self.type_of(key) in types \
                    and self.doc[i].dep_ in ("nsubj", "nsubjpass"):
                return key
        return None

    def last_person_before(self, index: int) -> str | None:
        """The person a pronoun at token ``index`` refers to: the last person who was the
        subject of a clause before it, else the last person mentioned; within the pronoun's
        own sentence, the last person mentioned there ("Orbán, whose party trails ...")."""
        last_mentioned = None
        sentence = self.doc[index].sent
        for span, key in reversed(self.spans):
            if span.start >= index or self.type_of(key) != "Person":
                continue
            if span.start < sentence.start and last_mentioned and last_mentioned[1] >= sentence.start:
                return last_mentioned[0]
            root = span.root
            if root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass") \
                    or root.dep_ == "ROOT" and any(c.dep_ == "relcl" for c in root.children):
                return key  # the last of these: "Orbán, who faces an election, said", parsed as one relative clause
            last_mentioned = last_mentioned or (key, span.start)
        return last_mentioned[0] if last_mentioned else None

    def possessor(self, noun: Token) -> str | None:
        """Whom "whose X", "his X" or "her X" belongs to: the name the relative clause hangs
        from ("Carney, whose government ..."), or the person a pronoun refers to."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ == "whose":
            return self.resolve(noun.head.head)
        if owner is not None and owner.lower_ in ("his", "her"):
            return self.last_person_before(noun.i)
        return None

    def last_body_before(self, index: int, sentences: int = 2) -> str | None:
        """The organisation or group a generic noun at token ``index`` refers to ("the company
        said", "the group warned"): the last one named in its sentence or the ``sentences``
        before it, when only one is named there."""
        sentence = self.doc[index].sent
        first = sentence.start
        for _ in range(sentences):
            if first == 0:
                break
            first = self.doc[first - 1].sent.start
        named = {key for span, key in self.spans if first <= span.start < index
                 and self.type_of(key) in ("Organization", "Group")}
        return named.pop() if len(named) == 1 else None

    def affiliation(self, key: str, types: tuple[str, ...] = ("Country",)) -> str | None:
        """The state (or, with ``types``, the organisation) a person speaks for, from a title
        beside any of their mentions: "Spanish Prime Minister Pedro Sánchez", "Canada's prime
        minister, Mark Carney", "the Commission president, Ursula von der Leyen"."""
        for mention in self.actors[key].mentions:
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            root = span[-1]
            near = [c for c in root.head.children if c.dep_ in ("poss", "amod", "compound")] \
                if root.dep_ == "appos" else []
            i = span.start - 1
            while i >= 0 and i >= span.start - 4 and not self.doc[i].is_punct and not self.doc[i].is_space:
                near.append(self.doc[i])
                i -= 1
            for token in near:
                found = self.at(token) or (self.named_before(token) if token.text[:1].isupper() else None)
                if found and self.type_of(found) in types:
                    return found
        return None

    def principal(self, key: str) -> str | None:
        """Whom a person acts for: the state or organisation their title names, else the state
        the context suggests."""
        return self.affiliation(key) or self.affiliation(key, ("Organization",)) or self.home_state(key)

    def home_state(self, key: str) -> str | None:
        """The state a person most likely acts for when no title says: the state named most
        often in the sentences that name them (on a tie, the one the article names most), else
        the first state named in the paragraph before them, else the state the article names
        most."""
        counts: dict[str, int] = {}
        for mention in self.actors[key].mentions:
            sentence = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            for state in {self.acting(k) for t in sentence.sent if (k := self.at(t))} if sentence else ():
                if self.type_of(state) == "Country":
                    counts[state] = counts.get(state, 0) + 1
        if counts:
            best = max(counts.values())
            tied = [s for s, n in counts.items() if n == best]
            if len(tied) == 1:
                return tied[0]
            return max(tied, key=lambda s: (len(self.actors[s].mentions), -self.actors[s].mentions[0].start))
        first = self.actors[key].mentions[0]
        block = block_at(text_of(self.doc), first.start)
        if block is not None:
            for i in sorted(t for t, k in self.by_token.items()
                            if block.start <= self.doc[t].idx < first.start):
                state = self.acting(self.by_token[i])  # "In Canberra, ..."
                if self.type_of(state) == "Country":
                    return state
        return self.most_mentioned("Country")

    def state_of_body(self, key: str) -> str | None:
        """The state a state body belongs to ("China's foreign ministry", "Germany's parliament")."""
        state = "country/" + key[4:].split("-")[0] if key.startswith("org/") else None
        return state if state in self.actors else None

    def most_mentioned(self, type_name: str) -> str | None:
        """The actor of a type the article names most (first named on a tie)."""
        counted = [(len(a.mentions), -a.mentions[0].start, a.key)
                   for a in self.actors.values() if a.type == type_name and a.mentions]
        return max(counted)[2] if counted else None

    def topics(self) -> list[str]:
        """What the article is about: the state and the organisation it names most."""
        return [key for key in (self.most_mentioned("Country"), self.most_mentioned("Organization")) if key]

    def main_organization(self) -> str | None:
        """The organisation the article mentions most: what 'the alliance' or 'allies' means."""
        return self.most_mentioned("Organization")
