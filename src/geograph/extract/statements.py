"""Statements: direct quotes and reported speech, with speaker, targets, kind and exact words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..facts import Evidence, Statement
from ..layout import Block, block_at, blocks
from .common import Mentions, evidence, lemma_in, lexicon, listed_with, text_of
from .money import find_amounts, find_shares

QUOTE_PATTERNS = (
    re.compile(r"“([^”\n]+)”"),
    re.compile(r"\"([^\"\n]+)\""),
    re.compile(r"“([^”\n]+)$"),  # a quote that goes on in the next paragraph
    re.compile(r"^[^\"\n]*(?:\"[^\"\n]*\"[^\"\n]*)*\"([^\"\n]+)$"),  # the same, in straight quotes
)
MIN_QUOTE_WORDS = 1
MAX_ATTRIBUTION_GAP_WORDS = 6
SPEAKER_TYPES = ("Person", "Country", "Organization", "Group")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
INHERIT_SUBJECT_DEPS = ("advcl", "xcomp", "conj", "pcomp")
CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "dative", "prep", "advcl", "attr", "oprd", "npadvmod")


@dataclass
class Draft:
    """A statement being assembled: mutable until it is frozen into a :class:`Statement`."""

    speaker: str
    kind: str
    direct: bool
    evidence: list[Evidence]
    block: Block | None
    targets: list[str] = field(default_factory=list)
    quote: tuple[int, int] | None = None
    verb: Token | None = None  # the reporting word

    @property
    def summary(self) -> bool:
        return self.block is not None and self.block.is_summary

    def __post_init__(self) -> None:
        self.blocks: set[Block | None] = {self.block}

    def absorb(self, other: Draft) -> None:
        self.blocks |= other.blocks
        self.evidence.extend(other.evidence)
        self.targets.extend(t for t in other.targets if t not in self.targets)

    def said_also_by(self, speaker: str) -> Draft:
        """The same statement made by another speaker with this one."""
        targets = [t for t in self.targets if t not in (speaker, self.speaker)] + [self.speaker]
        return Draft(speaker, self.kind, self.direct, list(self.evidence), self.block, targets, self.quote, self.verb)

    def freeze(self, doc: Doc) -> Statement:
        quote = text_of(doc)[self.quote[0]:self.quote[1]] if self.quote else None
        targets = tuple(t for t in self.targets if t != self.speaker)
        return Statement(self.speaker, self.kind, self.direct, tuple(sorted(set(self.evidence))),
                         targets, quote)


def quote_spans(text: str) -> list[tuple[int, int, Block]]:
    """Character spans of the text inside quotation marks, per layout block, in order."""
    found = []
    for block in blocks(text):
        line = text[block.start:block.end]
        taken: list[tuple[int, int]] = []
        for pattern in QUOTE_PATTERNS:
            for match in pattern.finditer(line):
                start, end = block.start + match.start(1), block.start + match.end(1)
                if any(s <= start < e for s, e in taken):
                    continue
                taken.append((start, end))
                if len(match.group(1).split()) >= MIN_QUOTE_WORDS:
                    found.append((start, end, block))
    return sorted(found, key=lambda f: f[0])


def classify(signalled: str, text: str) -> str:
    """The kind of a statement from its reporting word and, for neutral ones, its content."""
    if signalled != "claim":
        return signalled
    lowered = text.lower()
    cues = lexicon("statements")["cues"]
    for kind in lexicon("statements")["cue_order"]:
        if any(re.search(rf"\b{re.escape(cue)}", lowered) for cue in cues[kind]):
            return kind
    return "claim"


def verb_kind(token: Token) -> str | None:
    """The kind a reporting verb's lemma signals ("warn": warning), or None for other words."""
    verbs = lexicon("statements")["verbs"]
    lemma = lemma_in(token, verbs)
    return verbs[lemma] if lemma else None


def speech_kind(token: Token) -> str | None:
    """The kind a reporting verb signals, or None when the token reports no speech (nor when
    it commits money: "pledged 4.2bn kroner" is a commitment, not a statement)."""
    kind = verb_kind(token)
    if token.pos_ not in ("VERB", "AUX") or kind is None:
        return None
    if any(c.dep_ == "dobj" and (c.like_num or c.ent_type_ == "MONEY" or any(t.is_currency or t.like_num for t in c.subtree))
           for c in token.children):
        return None
    if lemma_in(token, set(lexicon("statements")["pledging_verbs"])) and commits_a_figure(token):
        return None  # "Helsinki has pledged to raise defence spending to 3% of GDP": a commitment
    needed = lexicon("statements")["verbs_with_words"].get(token.lemma_.lower())
    if needed and not any(c.lower_ in needed for c in token.children):
        return None  # "stand by its allies", not "public debt stands at 68% of GDP"
    if lemma_in(token, {"call"}) and not any(c.lower_ in ("on", "for", "upon") for c in token.children):
        # "called the move illegal": a judgement; "called a meeting", "called Kast" are none
        return "claim" if any(c.dep_ == "oprd" for c in token.children) else None
    children = [c for c in token.children if c.dep_ in CONTENT_DEPS]
    if lemma_in(token, set(lexicon("statements")["clause_verbs"])):
        # "concluded that ...", "added in a statement that ...", not "conclude a code", "added £10m"
        children = [c for c in children if c.dep_ in ("ccomp", "advcl") or any(
            t.dep_ in ("ccomp", "acl") and any(m.lower_ == "that" for m in t.children) for t in c.subtree)]
    if not children or bare_reaction(token, children) or unsaid(token):
        return None
    return kind


def unsaid(verb: Token) -> bool:
    """"US officials did not confirm the figure", "Italy has yet to declare its position": a
    reporting verb that reports nothing said. Denials keep their negation ("did not deny")."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    pending = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("have", "be") and any(
        c.lower_ == "yet" for c in verb.head.children)
    return (negated or pending) and verb_kind(verb) != "denial"


def bare_reaction(verb: Token, content: list[Token]) -> bool:
    """"Moscow rejected the move.", "Washington welcomed the plan.": a reaction to a thing the
    story has named, with nothing said."""
    end = max(c.right_edge.i for c in content)
    return all(c.dep_ == "dobj" and c.pos_ == "NOUN" and not any(t.ent_type_ or t.pos_ == "PROPN" for t in c.subtree)
               and len(list(c.subtree)) <= 3 for c in content) and verb.i + 1 < len(verb.doc) \
        and all(t.is_punct or t.i <= end for t in verb.doc[verb.i + 1:verb.sent.end])


def commits_a_figure(verb: Token) -> bool:
    """Whether what a verb pledges holds a sum or a share of GDP."""
    content = " ".join(t.text for c in verb.children if c.dep_ in CONTENT_DEPS for t in c.subtree)
    return bool(find_amounts(content) or find_shares(content))


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, climbing to the verb it hangs from when it has none of its own."""
    while True:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0]
        if verb.dep_ == "relcl" and verb.head.pos_ in ("PROPN", "NOUN"):
            return verb.head  # "Orbán, who faces an election, said ...", parsed as one relative clause
        if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("PROPN", "NOUN"):
            return verb.head  # "The G7 communique called on Russia ...", parsed with no finite verb
        if verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "..., Kallas said, calling it ...": the one who said
            said = [c for c in verb.head.children if c.dep_ == "parataxis" and c.i < verb.i and lemma_in(c, {"say"})
                    and any(s.dep_ in SUBJECT_DEPS for s in c.children)]
            if said:
                return next(s for s in said[-1].children if s.dep_ in SUBJECT_DEPS)
        through_preposition = verb.pos_ == "ADP" and verb.dep_ == "prep"  # "..., a year after quitting ECOWAS"
        if verb.dep_ not in INHERIT_SUBJECT_DEPS and not through_preposition or verb.head.i == verb.i:
            return None
        verb = verb.head


def speaker_of_verb(verb: Token, mentions: Mentions) -> str | None:
    """The speaker of a reporting verb: its subject (the first that can speak, where the parser
    gave it two), or the name a relative clause hangs from when the parser gave the clause a
    subject of its own ("Orbán, who faces a vote in which his party trails, said ...")."""
    others = [c for c in verb.children if c.dep_ in SUBJECT_DEPS][1:]  # "Addressing supporters, the president-elect said"
    speaker = speaker_of(subject_of(verb), mentions) or next(
        (found for subject in others if (found := speaker_of(subject, mentions))), None)
    if speaker is None and verb.dep_ == "relcl":
        return speaker_of(verb.head, mentions)
    clause = verb.head
    hangs_under_report = verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG"
    if speaker is None and hangs_under_report and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
            and clause.dep_ == "ccomp" and verb_kind(clause.head):
        # "Lee said the door remains open and urged Pyongyang ...", "urged" parsed under "remains";
        # "said the deal would hold, adding: ...", "adding" parsed under "hold"
        return speaker_of(subject_of(clause.head), mentions)
    return speaker


def co_speakers(verb: Token | None, speaker: str, mentions: Mentions) -> list[str]:
    """The others who say it together: "Mexico and the United States said ...", "the foreign
    ministers of Brazil and India issued a joint statement"."""
    if verb is not None and verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # "issued a statement"
    subject = subject_of(verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else None
    if subject is None:
        return []
    # "the ministers of Brazil and India" speak for both; "Macron of France" only for himself
    listed = listed_with(subject, ("of", "by") if mentions.at(subject) is None else ())[1:]
    found = [key for c in listed if (key := speaker_of(c, mentions)) and key != speaker]
    return list(dict.fromkeys(found))


def speaker_of(token: Token | None, mentions: Mentions) -> str | None:
    """The actor a subject token stands for, if it can speak ("EU diplomats" or "analysts" are
    no one in particular)."""
    if token is None or token.lemma_.lower() in lexicon("statements")["anonymous"]:
        return None
    key = mentions.resolve(token)
    if key is None and token.text in lexicon("actors")["titles"]:
        # "Deputy Prime Minister and Foreign Minister Ishaq Dar said", the titles parsed as two subjects
        key = next((k for c in token.conjuncts if (k := mentions.resolve(c)) and mentions.type_of(k) == "Person"), None)
    if key is None and token.lower_ in lexicon("statements")["body_nouns"] \
            and any(c.lower_ == "the" for c in token.children):
        key = mentions.last_body_before(token.i)  # "Gazprom cut supplies. The company said ..."
    if key is None:
        return None
    return key if mentions.type_of(key) in SPEAKER_TYPES else None


def collective_targets(tokens: Iterable[Token], mentions: Mentions) -> list[str]:
    """The main organisation, where words like 'allies' or 'the alliance' stand for it."""
    collective = set(lexicon("statements")["collective_nouns"])
    if any(t.lower_ in collective for t in tokens):
        main = mentions.main_organization()
        return [main] if main else []
    return []


def targets_of(tokens: list[Token], mentions: Mentions) -> list[str]:
    """The actors a statement's words name or address, places included ("aid for Gaza"); a
    capital stands for its state ("criticised Belgrade")."""
    keys = [mentions.acting(k) for k in mentions.in_tokens(tokens)]
    keys += collective_targets(tokens, mentions)
    return list(dict.fromkeys(keys))


def with_topic(draft: Draft, mentions: Mentions) -> Draft:
    """A statement is about what its words name, what the sentence before it in the paragraph
    names ("The IMF met CEMAC ministers. Georgieva said the fund could lend $2.5bn") and the
    story's subject: the state and the organisation the article names most ("Berlin would focus
    on water and power" in a story about aid to Syria), as readers take it."""
    context = [mentions.acting(k) for k in mentions.in_tokens(sentence_before(draft, mentions.doc))]
    draft.targets = list(dict.fromkeys(draft.targets + context + mentions.topics()))
    return draft


def sentence_before(draft: Draft, doc: Doc) -> list[Token]:
    """The sentence before a statement's first, within its paragraph."""
    first = doc.char_span(draft.evidence[0].start, draft.evidence[0].end, alignment_mode="expand")
    if first is None or not first.sent.start or draft.block is None:
        return []
    before = doc[first.sent.start - 1].sent
    return list(before) if before.start_char >= draft.block.start else []


def inside(token: Token, spans: list[tuple[int, int, Block]]) -> bool:
    return any(s <= token.idx < e for s, e, _ in spans)


def attribution(doc: Doc, start: int, end: int, block: Block,
                quotes: list[tuple[int, int, Block]], mentions: Mentions) -> tuple[str, Token | None] | None:
    """The speaker of a quote and the reporting word: a reporting verb of the quote's paragraph,
    outside any quote, that governs the quote, else the nearest; or 'according to X'."""
    span = doc.char_span(block.start, block.end, alignment_mode="expand")
    quoted = doc.char_span(start, end, alignment_mode="expand")
    if span is None or quoted is None or not len(quoted):
        return None
    candidates = []
    for token in span:
        if inside(token, quotes):
            continue
        if token.pos_ in ("VERB", "AUX") and verb_kind(token):
            speaker = speaker_of_verb(token, mentions) or inverted_speaker(token, mentions)
            if speaker:
                distance = token.idx - end if token.idx >= end else (start - token.idx) * 2
                if token.is_ancestor(quoted[0]):
                    distance = 0
                candidates.append((distance, token.i, speaker, token))
        elif token.lower_ == "according" and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "to":
            source = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"] or [doc[token.i + 2]]
            speaker = speaker_of(source[0], mentions)
            if speaker:
                candidates.append((abs(token.idx - end), token.i, speaker, token))
    if not candidates:
        return introduced_by_colon(doc, start, mentions)
    distance, _, speaker, verb = min(candidates)
    if distance == 0:  # verbs that govern the quote
        governing = [(c[3], c[2]) for c in candidates if c[0] == 0]

        def steps(verb: Token) -> int:
            return sum(1 for a in quoted[0].ancestors if verb.is_ancestor(a))

        # "X said ... while Y said '...'": the nearest clause beside the first speaker's, not within what they say
        beside = [(v, s) for v, s in governing if all(parallel(u, v) for u, _ in governing if u.is_ancestor(v))]
        speaker = min(beside, key=lambda pair: steps(pair[0]))[1]
        # "said ... and warned that '...'": that speaker's verb nearest the quote
        verb = min((v for v, s in governing if s == speaker), key=steps)
    return speaker, verb


def parallel(outer: Token, inner: Token) -> bool:
    """Whether a clause stands beside another ("and Seoul warned", "while Brugger said"), not
    inside what it reports."""
    token = inner
    while token.i != outer.i:
        if token.dep_ not in ("conj", "advcl"):
            return False
        token = token.head
    return True


def introduced_by_colon(doc: Doc, start: int, mentions: Mentions) -> tuple[str, Token | None] | None:
    """The speaker of a quote a colon introduces: "Rutte was blunt: “...”" is Rutte's."""
    before = text_of(doc)[:start].rstrip(" “\"")
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand") if before.endswith(":") else None
    if colon is None:
        return None
    verbs = [t for t in doc[colon[0].sent.start:colon.start] if t.pos_ in ("VERB", "AUX")]
    speaker = next((found for verb in verbs if (found := speaker_of_verb(verb, mentions))), None)
    return (speaker, None) if speaker else None


def inverted_speaker(verb: Token, mentions: Mentions) -> str | None:
    """The speaker of "..., said Rutte" or "..., continued the ministry": right after the verb."""
    following = [t for t in verb.doc[verb.i + 1:verb.i + 3] if t.dep_ != "det"]
    return speaker_of(following[0], mentions) if following and mentions.at(following[0]) else None


def close(doc: Doc, first: tuple[int, int, Block], second: tuple[int, int, Block]) -> bool:
    """Whether two quotes are one utterance: split by a short attribution in one paragraph, or
    a quote left open at the end of its paragraph and taken up in the next."""
    if first[2] != second[2] and first[1] != first[2].end:
        return False
    return len(text_of(doc)[first[1]:second[0]].split()) <= MAX_ATTRIBUTION_GAP_WORDS + 1


def quote_paragraph_after(doc: Doc, last: Draft, start: int, block: Block) -> bool:
    """Whether a quote opens a paragraph right after one that quotes ``last``'s speaker: the
    same voice goes on ("Rutte told reporters.¶“Our answer is not panic ...”")."""
    text = text_of(doc)
    return last.direct and last.block is not None and block.kind == "paragraph" \
        and text[block.start:start].strip() in ("\"", "“") and not text[last.block.end:block.start].strip()


def neutral_gap(doc: Doc, first: tuple[int, int, Block], second: tuple[int, int, Block]) -> bool:
    """Whether what stands between two quotes is at most a plain attribution ("he said"), not
    a new statement ("She accused Britain of ...")."""
    gap = doc.char_span(first[1], second[0], alignment_mode="expand")
    return gap is None or all(verb_kind(t) in (None, "claim") for t in gap if t.pos_ == "VERB")


def direct_statements(doc: Doc, mentions: Mentions, quotes: list[tuple[int, int, Block]],
                      used: set[int]) -> list[Draft]:
    """A statement per attributed quote; consecutive quotes of one speaker are one statement.
    A quote without attribution takes the speaker of the quote it continues, or of the quote
    that follows it closely ("... justify.¶“ECOWAS has to decide ...,” said Gilles Yabi")."""
    found = [attribution(doc, start, end, block, quotes, mentions) for start, end, block in quotes]
    for i in range(len(quotes) - 2, -1, -1):
        runs_on = quotes[i][1] == quotes[i][2].end  # an open quote that goes on below
        if found[i] is None and found[i + 1] is not None and runs_on and close(doc, quotes[i], quotes[i + 1]):
            found[i] = (found[i + 1][0], None)  # type: ignore[index]
    drafts: list[Draft] = []
    previous: Draft | None = None
    for index, (start, end, block) in enumerate(quotes):
        attributed = found[index]
        same_verb = index > 0 and attributed is not None and found[index - 1] is not None \
            and attributed[1] is not None and found[index - 1][1] is not None \
            and attributed[1].i == found[index - 1][1].i  # type: ignore[index,union-attr]
        own_verb = attributed is not None and attributed[1] is not None and found[index - 1] is not None \
            and not same_verb  # "“...,” he said. “...,” he added." are two
        continues = previous is not None and (
            close(doc, quotes[index - 1], quotes[index]) and neutral_gap(doc, quotes[index - 1], quotes[index])
            and not own_verb or same_verb)
        if attributed is None and continues and previous is not None:
            speaker, verb = previous.speaker, None
        elif attributed is None and drafts and quote_paragraph_after(doc, drafts[-1], start, block):
            speaker, verb = drafts[-1].speaker, None
            previous = None  # a statement of its own
        elif attributed is None:
            previous = None
            continue
        else:
            speaker, verb = attributed
            if verb is not None:
                used.add(verb.i)
        quoted = doc.char_span(start, end, alignment_mode="expand")
        # the words around a quote name its targets as often as the quote does
        tokens = [t for s in {t.sent for t in quoted} for t in s] if quoted is not None else []
        reported = (verb_kind(verb) if verb else None) or "claim"
        draft = Draft(speaker, classify(reported, text_of(doc)[start:end]), True,
                      [evidence(doc, start, end)], block, targets_of(tokens, mentions), (start, end), verb)
        if previous is not None and continues and previous.speaker == speaker:
            previous.quote = (previous.quote[0], end) if previous.quote else (start, end)
            previous.absorb(draft)
            previous.block = block
            if previous.kind == "claim":
                previous.kind = draft.kind
            continue
        drafts.append(draft)
        previous = draft
        drafts += [draft.said_also_by(other) for other in co_speakers(verb, speaker, mentions)]
    return drafts


def noun_speech(token: Token, mentions: Mentions) -> tuple[str, str, list[Token]] | None:
    """'Trump's statements about ...', 'issued a warning to ...': a speech noun with its speaker."""
    words = lexicon("statements")
    if token.pos_ != "NOUN" or token.lemma_.lower() not in words["nouns"]:
        return None
    kind = words["nouns"][token.lemma_.lower()]
    content = [c for c in token.children if c.dep_ in ("prep", "acl", "relcl", "ccomp")
               and (c.dep_ != "prep" or c.lower_ in ("about", "on", "to", "over", "that", "against", "of"))]
    owners = [c for c in token.children if c.dep_ == "poss"]
    speaker = speaker_of(owners[0], mentions) if owners else None
    head = token.head
    if speaker is None and token.dep_ == "dobj" and head.lemma_.lower() in words["issuing_verbs"]:
        speaker = speaker_of(subject_of(head), mentions)
        content += [c for c in head.children if c.dep_ in ("prep", "advcl", "dative")]
    if speaker is None or not content:
        return None
    tokens = [t for c in content for t in c.subtree]
    return speaker, kind, tokens


def reported_statements(doc: Doc, mentions: Mentions, quotes: list[tuple[int, int, Block]],
                        used: set[int]) -> list[Draft]:
    """One statement per sentence, speaker and kind of reported speech: "welcomed the truce but
    warned that ..." are two; a plain claim joins what else the speaker says in the sentence."""
    drafts: list[Draft] = []
    for sentence in doc.sents:
        by_kind: list[Draft] = []
        for token in sentence:
            if token.i in used or inside(token, quotes):
                continue
            found = reported_at(token, sentence, mentions)
            if found is None or outer_speaker(token, mentions):
                continue
            speaker, kind, tokens = found
            draft = Draft(speaker, classify(kind, " ".join(t.text for t in tokens)), False,
                          [evidence(doc, sentence.start_char, sentence.end_char)],
                          _block(sentence), targets_of(tokens + list(sentence), mentions), verb=token)
            for one in [draft] + [draft.said_also_by(other) for other in co_speakers(token, speaker, mentions)]:
                # a plain claim goes with what else the speaker says there ("echoed ... and emphasised ...")
                merged = next((d for d in by_kind if d.speaker == one.speaker and (
                    d.kind == one.kind or "claim" in (d.kind, one.kind))), None)
                if merged is not None:
                    merged.targets.extend(t for t in one.targets if t not in merged.targets)
                    if merged.kind == "claim":
                        merged.kind = one.kind
                else:
                    by_kind.append(one)
        drafts.extend(by_kind)
    return drafts


def outer_speaker(token: Token, mentions: Mentions) -> str | None:
    """The speaker of a reporting verb that a word stands under ("Tusk said Poland would back
    ..."): what the inner verb reports is part of the outer speaker's statement. A verb beside
    it ("told reporters ... and warned that ...") stands under none."""
    return next((speaker for a in token.ancestors if not coordinated(token, a)
                 and speech_kind(a) and (speaker := speaker_of_verb(a, mentions))), None)


def reported_at(token: Token, sentence: Span, mentions: Mentions) -> tuple[str, str, list[Token]] | None:
    """A reported statement whose reporting word is ``token``: speaker, kind, content tokens."""
    kind = speech_kind(token)
    if kind is not None:
        speaker = speaker_of_verb(token, mentions)
        if speaker is None:
            return None
        content = [t for c in token.children if c.dep_ in CONTENT_DEPS for t in c.subtree]
        return speaker, kind, content
    if token.lower_ == "according" and token.i + 2 < sentence.end and token.nbor().lower_ == "to":
        source = [c for c in token.nbor().children if c.dep_ == "pobj"] or [token.nbor(2)]
        speaker = speaker_of(source[0], mentions)
        if speaker is None:
            return None
        rest = [t for t in sentence if t.i > token.i + 2 and mentions.at(t) != speaker]
        return speaker, "claim", rest
    return noun_speech(token, mentions)


def _block(span: Span) -> Block | None:
    return block_at(text_of(span.doc), span.start_char)


def folds_into(quoted: Draft, reported: Draft) -> bool:
    """Whether reported speech is part of a quote's statement: it shares the quote's sentence,
    and the quote does not follow under a reporting verb of its own ("said the deal would
    hold, adding: '...'" are two) nor one beside the reported verb ("welcomed the truce and
    urged the army to '...'" are two)."""
    own_verb = quoted.verb is not None and reported.verb is not None \
        and reported.verb.is_ancestor(quoted.verb) and quoted.verb.lemma_.lower() == "add"
    beside = quoted.verb is not None and reported.verb is not None and coordinated(quoted.verb, reported.verb)
    return not own_verb and not beside and any(r.start <= q.start < r.end for q in quoted.evidence
                                               for r in reported.evidence)


def coordinated(first: Token, second: Token) -> bool:
    """Whether two verbs stand side by side ("welcomed the truce and urged the army ...")."""
    return first.dep_ == "conj" and first.head.i == second.i or second.dep_ == "conj" and second.head.i == first.i


def merge(drafts: list[Draft], lede: Block | None) -> list[Draft]:
    """One statement per claim: reported speech of a speaker folds into their quote in the same
    sentence ("said it was 'deeply concerned' and urged ..."); reported statements of one
    speaker and kind are one in a paragraph, and with the lede that announces them ("warning
    that any attack ..."); otherwise each reporting verb is a statement of its own; headline,
    heading and bullet statements fold into the speaker's statement in the body."""
    body = [d for d in drafts if not d.summary]
    merged: list[Draft] = [d for d in body if d.direct]
    for draft in (d for d in body if not d.direct):
        twin = next((m for m in merged if m.speaker == draft.speaker and (
            m.direct and folds_into(m, draft)
            or not m.direct and m.kind == draft.kind and (
                draft.block in m.blocks or lede in m.blocks and bool(set(m.targets) & set(draft.targets))))), None)
        if twin is None:
            merged.append(draft)
            continue
        if twin.kind == "claim":
            twin.kind = draft.kind
        twin.absorb(draft)
    for draft in (d for d in drafts if d.summary):
        home = [m for m in merged if m.speaker == draft.speaker]
        home.sort(key=lambda m: (m.direct, m.kind != draft.kind))
        if home:
            home[0].evidence.extend(draft.evidence)
        elif draft.block is not None and not draft.block.is_headline:
            merged.append(draft)  # a bullet that says what the body does not
    return merged


def extract_statements(doc: Doc, mentions: Mentions) -> list[Statement]:
    """Every attributed statement of the doc, in order of first evidence."""
    quotes = quote_spans(text_of(doc))
    used: set[int] = set()
    drafts = direct_statements(doc, mentions, quotes, used)
    drafts += reported_statements(doc, mentions, quotes, used)
    lede = next((block for block in blocks(text_of(doc)) if block.kind == "paragraph"), None)
    statements = [with_topic(draft, mentions).freeze(doc) for draft in merge(drafts, lede)]
    return sorted(statements, key=lambda s: s.evidence[0].start)

