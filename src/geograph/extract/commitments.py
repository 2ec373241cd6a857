"""Commitments: budget, spending, aid and purchase commitments, normalised to amount in units,
ISO 4217 currency and share of GDP, with their purpose; also those the text gives without a
figure ("Spain is ramping up its defence budget"). Figures that are not commitments (GDP,
losses, trade, past spending) are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from decimal import Decimal

from spacy.tokens import Doc, Span, Token

from ..facts import Commitment
from ..layout import block_at
from .common import DASHES, Mentions, evidence, in_prose, lemma_in, lexicon, listed_with, objects_of, prep_objects, text_of
from .money import Amount, find_amounts, find_shares
from .statements import subject_of

COMMITTER_TYPES = ("Country", "Organization", "Group", "Person")


def words() -> dict:
    return lexicon("commitments")


def clause_text(figure: Span, verb: Token) -> str:
    """The words of the figure's clause, leaving out relative and adverbial clauses that do not
    hold the figure ("Carney, who hosted last year's summit, announced C$2.5 billion")."""
    inside = {t.i for t in figure}
    skipped: set[int] = set()
    for token in verb.subtree:
        if token.dep_ in ("relcl", "advcl", "acl", "appos", "parataxis") and not inside & {t.i for t in token.subtree}:
            skipped |= {t.i for t in token.subtree}
        phrase = " ".join(t.lower_ for t in token.doc[token.i:token.i + 3])
        if token.i > figure.end and phrase in ("on top of", "in addition to"):
            skipped |= {t.i for t in verb.subtree if t.i >= token.i}  # "..., on top of the €8.5m it spent last year"
    return " ".join(t.lower_ for t in verb.subtree if t.i not in skipped)


def is_not_commitment(figure: Span, verb: Token, share: bool) -> bool:
    """Whether a figure's clause shows it is not a commitment: GDP, losses, trade, or money
    already spent ("spent 2% of GDP last year", "have mobilised €37bn since 2011")."""
    text = clause_text(figure, verb)
    sentence = figure.sent
    near = " ".join(t.lower_ for t in figure.doc[max(figure.start - 6, sentence.start):min(figure.end + 6, sentence.end)]
                    if not any(a.dep_ == "appos" and not a.is_ancestor(figure.root) for a in [t, *t.ancestors]))
    # a share of GDP names the GDP, and may be for "core military needs"
    cues = [c for c in words()["not_commitment"] if not (share and c in ("gdp", "gross domestic product", "needs"))]
    if names_no_commitment(near, cues):
        return True
    future = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "to", "shall") for c in verb.children)
    past = verb.tag_ in ("VBD", "VBN") and not future
    if past and verb.lemma_.lower() in words()["past_verbs"]:
        return True
    if any(a.lemma_.lower() in words()["urging_verbs"] for a in [verb.head] if verb.dep_ in ("xcomp", "ccomp")):
        return True  # "Hegseth has urged Australia to lift spending to 3.5% of GDP": a demand, not a pledge
    if not future and names_no_commitment(text, words()["up_to_now_markers"]):
        return True  # money given up to now: "Berlin giving more than €100mn since 2022"
    subject = governing_subject(verb)
    if past and subject is not None and any(
            c.dep_ == "amod" and c.lower_ in words()["past_subject_words"] for c in subject.children):
        return True  # "the previous plan budgeted 43 trillion yen"
    pledged = verb.lemma_.lower() in words()["pledging_verbs"]  # "pledged $20bn last year" still binds
    return past and not pledged and any(marker in text for marker in words()["past_markers"])


def committing_verb(figure: Span) -> Token | None:
    """The verb a figure depends on, if it commits money: one of the committing verbs, one that
    moves money (:func:`moves_money`: "Japan will shoulder ¥1.2tn"), or any verb whose object is
    a budget, fund, package or loan of that figure ("trying to push a special defence budget of
    NT$1.25 trillion"). Words of the figure itself are no verbs, whatever the tagger says ("£15m")."""
    verbs = set(words()["verbs"])
    spending = False
    for ancestor in [figure.root, *figure.root.ancestors]:
        if figure.start <= ancestor.i < figure.end:
            continue
        if ancestor.pos_ in ("VERB", "AUX") and (spending or lemma_in(ancestor, verbs) or moves_money(ancestor, figure)
                                                 or states_a_budget(ancestor)):
            return ancestor
        if ancestor.pos_ == "VERB" and not (ancestor.dep_ == "prep" and ancestor.lower_ == "including"):
            return None  # "..., including 3.5% on core military needs" is part of what the verb commits
        spending = spending or ancestor.lower_ in words()["spending_nouns"]
    return None


def states_a_budget(verb: Token) -> bool:
    """"Japan's defence budget is a record ¥8.7 trillion", "the package stands at $2bn": a
    budget, fund or package said to be the figure."""
    return verb.lemma_.lower() in words()["budget_copulas"] and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in words()["spending_nouns"] for c in verb.children)


MIN_SUM = 100_000  # "$4 a year for every hectare", "Rs14,500 per family": a rate, not what is committed


def sums(text: str) -> list[Amount]:
    """The sums of money in a text that are large enough to be committed."""
    return [amount for amount in find_amounts(text) if amount.value >= MIN_SUM]


def bullets(doc: Doc) -> Iterator[Span]:
    """The sentences of the doc's bullet lines."""
    for sentence in doc.sents:
        block = block_at(text_of(doc), sentence.start_char)
        if block is not None and block.kind == "bullet":
            yield sentence


SALE_NOUNS = {"sale", "export"}
CROWNS = ("krona", "krone", "koruna")  # "crowns" in English
# "trade and project finance", "debt relief": money given for what a cue word names
GIVEN_FOR = r"(?!\s+(?:and\s+\w+\s+)?(?:finance|financing|relief|credits?|guarantees?|cancellation|swaps?)\b)"


def names_no_commitment(text: str, cues: Iterable[str] | None = None) -> bool:
    """Whether a text names what makes a figure no commitment (GDP, losses, trade ...)."""
    lowered = text.lower()
    cues = words()["not_commitment"] if cues is None else cues
    return any(re.search(rf"\b{re.escape(cue)}\b{GIVEN_FOR}", lowered) for cue in cues)


def bullet_pledge(doc: Doc, mentions: Mentions, actor: str, amount: Amount, offset: int,
                  purpose: list[Token]) -> Commitment:
    """A commitment of a figure a bullet line gives (``offset``: where the text searched starts)."""
    return Commitment(actor, (evidence(doc, offset + amount.start, offset + amount.end),), amount.value,
                      currency_of(amount, offset, actor, mentions), None, _words(purpose) or None)


def moves_money(verb: Token, figure: Span) -> bool:
    """Whether a verb outside the committing verbs commits the figure under it: in the future
    tense, "make ... available", "put ... into", "put up", a budget's rise ("defence spending is
    set to climb to €152.8bn"), or money received from a giver."""
    lemma = verb.lemma_.lower()
    clauses = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "Tokyo would restart ... and send ¥30bn"
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for v in clauses for c in v.children) \
        or lemma == "make" and any(t.lower_ == "available" for t in verb.subtree) \
        or lemma == "put" and any(c.lower_ in ("into", "towards", "up") for c in verb.children) \
        or lemma in ("climb", "rise", "grow", "reach", "go") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in words()["spending_nouns"]
            for c in [*verb.children, *verb.head.children]) \
        or bool(lemma_in(verb, set(words()["receiving_verbs"]))) and any(
            c.lower_ in ("from", "in") for c in [*verb.children, *figure.root.children, *figure.root.head.children])


def listed_pledges(doc: Doc, mentions: Mentions) -> list[Commitment]:
    """Bullet lists of pledges: "• Japan: 150bn yen in concessional loans"."""
    found = []
    for sentence in bullets(doc):
        first = next((t for t in sentence if not t.is_space and not t.is_punct and t.text not in "•·▪-–—*"), None)
        if first is None:
            continue
        roots = mentions.roots_in(sentence)
        actor = next((key for root, key in roots if root.i <= first.i + 4), None)
        # "(ADB):" may be one token; "• Qatar – $150m" sets the figure off with a dash
        colon = next((t for t in sentence if t.text.endswith(":") or t.text in DASHES and t.i > first.i), None)
        if actor is None or colon is None or mentions.type_of(actor) not in COMMITTER_TYPES:
            continue
        offset = colon.idx + len(colon) - 1
        text = text_of(doc)[offset:sentence.end_char]
        amounts, shares = sums(text), find_shares(text)
        for share in shares:  # "€153bn a year by 2029, equal to 3.5% of GDP": a target, not the GDP
            text = text[:share.start] + " " * (share.end - share.start) + text[share.end:]
        if amounts and not names_no_commitment(text):
            purpose = [t for t in sentence if t.idx > offset and not t.like_num][:12]
            pledge = bullet_pledge(doc, mentions, actor, amounts[0], offset, purpose)
            found.append(replace(pledge, share_of_gdp=shares[0].fraction) if shares else pledge)
    return found


def bare_bullets(doc: Doc, mentions: Mentions, before: list[Commitment]) -> list[Commitment]:
    """Bullets that open with a figure and name no one ("- 82.7bn euros in the regular defence
    budget"): the figures of whoever committed last before the list, else of the story's state."""
    found = []
    for sentence in bullets(doc):
        roots = mentions.roots_in(sentence)
        if any(root.dep_ in ("nsubj", "nsubjpass", "agent") for root, _ in roots):
            continue
        # "- €120m from the European Union", "- $50m from the AU's Peace Fund": the giver, or its owner
        givers = [owned_by(root, mentions) or key for root, key in roots if mentions.type_of(key) in COMMITTER_TYPES
                  and (root.head.lower_ in ("from", "by")  # "from the EU", "from Japan's budget"
                       or root.dep_ == "poss" and root.head.head.lower_ in ("from", "by"))]
        text, offset = sentence.text, sentence.start_char
        amounts = sums(text)
        opening = text[:amounts[0].start].strip(" •·▪-–—*\n") if amounts else None
        if opening is None or opening.lower() not in ("", "about", "around", "some", "nearly", "almost", "up to"):
            continue
        amount = amounts[0]
        if names_no_commitment(text[amount.end:amount.end + 40]):
            continue
        earlier = [c for c in before if c.evidence[0].start < sentence.start_char]
        actor = givers[0] if givers else earlier[-1].actor if earlier else mentions.most_mentioned("Country")
        if actor is not None:
            purpose = [t for t in sentence if t.idx >= offset + amount.end and not t.is_punct][:10]
            found.append(bullet_pledge(doc, mentions, actor, amount, offset, purpose))
    return found


def committer(verb: Token, figure: Span, sentence: Span, mentions: Mentions) -> str | None:
    """Who commits: the giver the figure's phrase names ("a $3bn loan from the IMF"), an actor
    standing between the verb and the figure as a gapped subject ("Germany adds €300m,
    Britain £120m"), the verb's subject or its owner ("the EU's €50bn facility"; a collective
    word such as "allies" stands for the main organisation, a plan for the story's state, a
    person for the state they speak for), or the nearest actor before the verb."""
    doc = sentence.doc
    lender = lent_from(figure, verb, mentions) or buyer(figure, mentions) or passive_agent(verb, mentions) \
        or named_lender(figure, sentence, mentions)
    if lender:
        return lender
    head = priced_noun(figure)
    scheme = prep_objects(head, ("under",))
    owner = owned_by(scheme[0], mentions) if scheme else None  # "Serbia's €1.58bn allocation under the EU's plan"
    if owner is None and (head.i != verb.i or verb.pos_ != "VERB"):
        owner = owned_by(head, mentions)
    if owner and mentions.type_of(owner) in COMMITTER_TYPES:
        return speaking_for(owner, mentions)  # "under the bloc's €1.5bn programme", "the EU's €90bn loan"
    for i in range(figure.start - 1, verb.i, -1):
        key = mentions.acting(found) if (found := mentions.at(doc[i])) else None  # "and Doha $7.5m": Qatar
        if key and doc[i].dep_ not in ("dobj", "dative", "pobj", "amod", "compound", "poss") \
                and mentions.type_of(key) in COMMITTER_TYPES:
            return speaking_for(key, mentions)
    subject = governing_subject(verb)
    if subject is not None:
        key = owned_by(subject, mentions) or mentions.resolve(subject)  # "the EU's €50bn Ukraine Facility"
        phrase = " ".join(t.lower_ for t in subject.subtree if t.dep_ in ("compound", "amod") or t == subject)
        if key is None and (subject.lower_ in words()["collective_committers"]
                            or phrase in words()["collective_committers"]):
            key = mentions.main_organization()
        if key is None and subject.lower_ in words()["government_nouns"]:
            key = government_of(subject, mentions)
        if key is None and subject.lemma_.lower() in words()["document_nouns"]:
            # "the budget handed down by the treasurer, Jim Chalmers, allocates A$64.5bn": the
            # state of the person who presents it; "the plan earmarks ¥2tn": the story's state
            author = next((k for t in subject.subtree if (k := mentions.at(t)) and mentions.type_of(k) == "Person"), None)
            key = mentions.principal(author) if author else mentions.most_mentioned("Country")
        if key and mentions.type_of(key) in COMMITTER_TYPES:
            return speaking_for(key, mentions)
    for i in range(verb.i - 1, max(sentence.start, verb.i - 5) - 1, -1):
        key = mentions.at(doc[i])
        if key and mentions.type_of(key) in COMMITTER_TYPES:
            return speaking_for(key, mentions)
    return None


def government_of(subject: Token, mentions: Mentions) -> str | None:
    """The state "the cabinet" or "the government" commits for: the one whose government it is
    ("Mark Carney, whose government announced", "his government"), else the story's state."""
    whose = any(c.dep_ == "poss" and c.lower_ == "whose" for c in subject.children)
    holder = mentions.possessor(subject) if not whose or subject.head.dep_ == "relcl" else None
    if holder and mentions.type_of(holder) == "Person":
        return mentions.principal(holder)
    return holder or mentions.most_mentioned("Country")


def named_lender(figure: Span, sentence: Span, mentions: Mentions) -> str | None:
    """The lender of a loan, bailout or disbursement the figure prices, when the sentence names
    one lender: "a staff-level agreement with the IMF on its $8bn loan programme", "the IMF
    approved the review of Sri Lanka's $2.9bn bailout" (the borrower's possessive names who
    receives)."""
    head = priced_noun(figure)
    nouns = noun_words(head)
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        nouns.add(head.head.head.lower_)  # "a disbursement of about $2.5bn"
    if not nouns & set(words()["loan_nouns"]):
        return None
    lenders = {key for _, key in mentions.roots_in(sentence) if key in words()["lenders"]}
    return lenders.pop() if len(lenders) == 1 else None


def respective(verb: Token, index: int, count: int, mentions: Mentions) -> str | None:
    """The committer of the ``index``-th of ``count`` figures that "respectively" pairs with the
    names the subject lists: "Japan and New Zealand announced 400 million yen and NZ$2 million
    respectively"."""
    subject = governing_subject(verb)
    if subject is None:
        return None
    listed = [subject, *subject.conjuncts]
    listed += [a for t in list(listed) for c in t.children if c.dep_ == "appos" for a in (c, *c.conjuncts)]
    keys = list(dict.fromkeys(k for t in sorted(listed, key=lambda t: t.i) if (k := mentions.at(t))
                              and mentions.type_of(k) in COMMITTER_TYPES))
    return speaking_for(keys[index], mentions) if len(keys) == count > 1 else None


def passive_agent(verb: Token, mentions: Mentions) -> str | None:
    """The giver of a passive: "Poland has been allocated €43.7bn by the Commission", "Kenya
    was granted a $750m loan by the World Bank" (the parser may hang "by" under the object)."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    agents = [c for h in holders for c in h.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"]
    for agent in agents:
        for token in objects_of(agent):
            key = mentions.resolve(token)
            if key and mentions.type_of(key) in COMMITTER_TYPES:
                return speaking_for(key, mentions)
    return None


def owned_fund(figure: Span, mentions: Mentions) -> Token | None:
    """The budget, fund or loan scheme a figure prices when an actor owns it, whatever the
    verb: "joins the EU's €150bn loans scheme", "Japan's ¥8.7tn defence budget"."""
    head = priced_noun(figure)
    if noun_words(head) & set(words()["spending_nouns"] + words()["fund_nouns"]) and owned_by(head, mentions):
        return head
    return None


def owned_by(token: Token, mentions: Mentions) -> str | None:
    """The actor whose possessive a word carries: the EU of "the EU's facility", the main
    organisation of "the bloc's programme"."""
    if token.lower_ in words()["recipient_nouns"]:
        return None  # "Serbia's allocation" is what Serbia gets
    for c in token.children:
        if c.dep_ != "poss":
            continue
        if mentions.at(c) and (key := mentions.resolve(c)):
            return key
        if c.lower_ in words()["collective_committers"]:
            return mentions.main_organization()
    return None


def buyer(figure: Span, mentions: Mentions) -> str | None:
    """The buyer of a sale the figure prices: "approved a $2.3bn sale of missiles to Taiwan",
    "the sale of 40 jets to Turkey worth €5.4bn" (the seller approves; the buyer pays)."""
    around = [figure.root, *list(figure.root.ancestors)[:3]]
    around += [c for t in around if t.pos_ == "VERB" for c in t.children if c.dep_ == "dobj"]  # "approved the sale ... worth €5bn"
    sale = next((t for t in around if t.lemma_.lower() in SALE_NOUNS), None)
    if sale is None:
        return None
    to = [p for t in (sale, sale.head) for c in t.children if c.dep_ == "prep" and c.lower_ == "to"
          for p in c.children if p.dep_ == "pobj"]  # "approved a sale of missiles to Taiwan", parsed under the verb
    key = mentions.resolve(to[0]) if to else None
    return key if key and mentions.type_of(key) in COMMITTER_TYPES else None


def noun_words(head: Token) -> set[str]:
    """A noun with the nouns compounded with it: {"loan", "programme"} of "loan programme"."""
    return {head.lower_} | {c.lower_ for c in head.children if c.dep_ == "compound"}


def priced_noun(figure: Span) -> Token:
    """The noun a figure prices: from "$3bn" up to "loan" in "a $3bn loan"."""
    head = figure.root
    while head.dep_ in ("nummod", "compound", "quantmod", "amod", "nmod") and head.head.i != head.i:
        head = head.head
    return head


def lent_from(figure: Span, verb: Token, mentions: Mentions) -> str | None:
    """The giver a figure's phrase names: "secured a $3bn loan from the IMF", "$1.5bn in loans
    from the World Bank", "will receive €5bn from the EU", "will receive €11.5bn in German
    military aid"."""
    head = priced_noun(figure)
    receiving = lemma_in(verb, set(words()["receiving_verbs"]))
    nouns = {figure.root, head} | ({verb} if receiving else set())
    kinds = {p for n in list(nouns) for c in n.children if c.dep_ == "prep" and c.lower_ == "in"
             for p in c.children if p.dep_ == "pobj"}  # "in loans", "in German military aid"
    lending = {n for n in nouns if n.lower_ in words()["loan_nouns"]}  # "signed a $2bn loan with Afreximbank"
    givers = [p for n in nouns | kinds for c in n.children if c.dep_ == "prep"
              and (c.lower_ == "from" or c.lower_ == "with" and n in lending) for p in c.children if p.dep_ == "pobj"]
    if receiving:
        givers += [m for k in kinds for m in k.children if m.dep_ in ("amod", "compound")]
    givers = [*giver_right_after(figure, mentions), *givers]
    for giver in givers:
        key = mentions.at(giver)
        if key and mentions.type_of(key) in ("Country", "Organization"):
            return mentions.acting(key)
    return None


def giver_right_after(figure: Span, mentions: Mentions) -> list[Token]:
    """The name "from" brings right after a figure, however the parser hung a list of them:
    "A$45m from Australia and 40bn won from South Korea"; not a source's owner ("from the EU
    budget")."""
    doc = figure.doc
    if figure.end + 1 >= len(doc) or doc[figure.end].lower_ != "from":
        return []
    name = next((t for t in doc[figure.end + 1:figure.end + 3] if t.lower_ != "the"), None)
    while name is not None and name.dep_ == "compound" and mentions.at(name.head) == mentions.at(name):
        name = name.head  # "South" of "South Korea"
    return [name] if name is not None and name.dep_ not in ("compound", "poss", "amod", "nmod") else []


def joint_committers(verb: Token, actor: str, mentions: Mentions) -> list[str]:
    """All who commit together with ``actor`` when the subject lists them: "Germany and France
    pledged ...", "the leaders of Estonia, Latvia and Poland signed a declaration committing
    each country to ..."."""
    subject = governing_subject(verb)
    if subject is None:
        return [actor]
    keys = [speaking_for(k, mentions) for t in listed_with(subject, ("of",)) if (k := mentions.at(t))
            and mentions.type_of(k) in COMMITTER_TYPES]
    return list(dict.fromkeys(keys)) if actor in keys else [actor]


def governing_subject(verb: Token) -> Token | None:
    """The subject of the verb or of the nearest verb above it that has one ("leaders
    reaffirmed their pledge to raise spending"); "it" and "they" under a reporting verb take
    that verb's subject ("the group said it aimed to mobilise ...")."""
    subject = subject_of(verb)
    for ancestor in verb.ancestors:
        if subject is not None:
            break
        if ancestor.pos_ in ("VERB", "AUX"):
            subject = subject_of(ancestor)
    if subject is not None and subject.lower_ in ("it", "they"):
        clause = subject.head
        while clause.dep_ not in ("ccomp", "xcomp") and clause.head.i != clause.i:
            clause = clause.head
        above = subject_of(clause.head) if clause.dep_ in ("ccomp", "xcomp") else None
        if above is not None and above.i != subject.i:
            return above
    return subject


def speaking_for(key: str, mentions: Mentions) -> str:
    """A person's commitment is made for whom they act: the state or organisation a title
    names, else the state the paragraph names first, else the state the article names most; a
    state body's ("Germany's parliament approved ...") for its state."""
    if mentions.type_of(key) == "Person":
        return mentions.principal(key) or key
    return mentions.state_of_body(key) or key


def currency_of(amount: Amount, offset: int, actor: str, mentions: Mentions) -> str:
    """The ISO 4217 code of a figure: a demonym before the currency word decides ("Sudanese
    pounds"), then the committing state's own currency of that name ("pesos" in Manila), then
    the dollar of the state a story is filed from when it writes every dollar as a bare "$"
    (:func:`local_dollar`), then the word's usual currency."""
    table = words()["country_currencies"]
    text = text_of(mentions.doc)
    if text.startswith("$", offset + amount.start) and (local := local_dollar(text, mentions.dateline_state)):
        return local
    country = None
    if amount.qualifier:
        span = mentions.doc.char_span(offset + amount.start, offset + amount.end, alignment_mode="expand")
        country = next((mentions.at(t) for t in span or () if t.text == amount.qualifier and mentions.at(t)), None)
    if country is None and amount.name and actor.startswith("country/"):
        code, family = table.get(actor.split("/")[1], (None, None))
        name = amount.name.lower()
        if family and (name.startswith(family[:4]) or name.startswith("crown") and family in CROWNS):
            return code
    if country and country.startswith("country/") and country.split("/")[1] in table:
        return table[country.split("/")[1]][0]
    return amount.currency


PREFIXED_DOLLAR = re.compile(r"\b(?:[A-Z]{1,3}|U\.S\.)\$|\b(?:US|U\.S\.|American) dollars?\b")


def local_dollar(text: str, state: str | None) -> str | None:
    """The dollar "$" means in a story filed from a state with a dollar of its own that never
    names another ("OTTAWA — ... an additional $81.8 billion": Canadian dollars); outlets
    that write "C$" or "US$" anywhere mark every dollar."""
    if state is None or not state.startswith("country/") or PREFIXED_DOLLAR.search(text):
        return None
    code, family = words()["country_currencies"].get(state.split("/")[1], (None, None))
    return code if family == "dollar" and code != "USD" else None


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
    """Commitments with an amount or a share of GDP; one per actor and sentence."""
    found = []
    for sentence in doc.sents:
        text, offset = sentence.text, sentence.start_char
        figures: list[tuple[int, int, Amount | None, Decimal | None]] = [
            (a.start, a.end, a, None) for a in sums(text)]
        figures += [(s.start, s.end, None, s.fraction) for s in find_shares(text)]
        by_actor: dict[str, Commitment] = {}
        amounts = [f for f in figures if f[2] is not None]
        respectively = any(t.lower_ == "respectively" for t in sentence)
        for start, end, amount, share in sorted(figures, key=lambda f: f[0]):
            span = doc.char_span(offset + start, offset + end, alignment_mode="expand")
            verb = committing_verb(span) if span is not None else None
            if verb is None and span is not None and lent_from(span, span.root.head, mentions):
                verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)  # "includes $1.5bn ... from"
            if verb is None and span is not None:
                verb = owned_fund(span, mentions)
            if verb is None or span is None or is_not_commitment(span, verb, share is not None):
                continue
            actor = committer(verb, span, sentence, mentions)
            if actor is None:
                continue
            clause = [f for f in amounts if verb.left_edge.idx <= offset + f[0] <= verb.right_edge.idx]
            paired = respective(verb, clause.index((start, end, amount, share)), len(clause), mentions) \
                if respectively and amount and (start, end, amount, share) in clause else None
            for actor in [paired] if paired else joint_committers(verb, actor, mentions):
                commitment = Commitment(
                    actor, (evidence(doc, offset + start, offset + end),),
                    amount.value if amount else None,
                    currency_of(amount, offset, actor, mentions) if amount else None,
                    share, purpose_of(list(span), verb, {t.i for t in span}))
                before = by_actor.get(actor)
                if before is not None and (before.amount is None) != (commitment.amount is None):
                    by_actor[actor] = combine(before, commitment)
                else:
                    found.extend([before] if before else [])
                    by_actor[actor] = commitment
        found.extend(by_actor.values())
    return found


def combine(first: Commitment, second: Commitment) -> Commitment:
    """One commitment from two figures of one actor in one sentence ("€152bn, 3.5% of GDP")."""
    return Commitment(
        first.actor, first.evidence + second.evidence,
        first.amount if first.amount is not None else second.amount,
        first.currency if first.amount is not None else second.currency,
        first.share_of_gdp if first.share_of_gdp is not None else second.share_of_gdp,
        first.purpose or second.purpose)


def unfigured(doc: Doc, mentions: Mentions) -> list[Commitment]:
    """"Spain is ramping up its defence budget", "Sweden embarking on its largest rearmament"."""
    found = []
    nouns, growth = set(words()["spending_nouns"]), set(words()["growth_verbs"])
    purposes = set(words()["purpose_words"])
    for token in doc:
        if token.lower_ not in nouns or not in_prose(token):
            continue  # a headline's "allies pledge billions" is told again in the body
        phrase = [t for t in token.subtree]
        if not any(t.lower_ in purposes for t in phrase) and token.lower_ != "rearmament":
            continue
        verb = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
        if verb is None or verb.lemma_.lower() not in growth:
            continue
        actor = committer(verb, doc[token.i:token.i + 1], token.sent, mentions)
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
    stated = sorted(figured(doc, mentions) + listed_pledges(doc, mentions), key=lambda c: c.evidence[0].start)
    for commitment in stated + bare_bullets(doc, mentions, stated):
        key = (commitment.actor, commitment.amount, commitment.currency, commitment.share_of_gdp)
        result.setdefault(key, commitment)
    with_figures = {key[0] for key in result}
    for commitment in unfigured(doc, mentions):
        if commitment.actor not in with_figures:
            result.setdefault((commitment.actor, None, None, None), commitment)
    return sorted(result.values(), key=lambda c: c.evidence[0].start)
