"""The main job: articles in, facts out, through one spaCy pipeline loaded once."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from spacy.language import Language

from .evaluate import Evaluation, evaluate_store, gold_pairs
from .extract import extract
from .facts import Article, Facts
from .ingest import read_article
from .nlp import load_pipeline, parse, pipeline_id
from .rdf import add_reference, build_dataset, format_for, write_dataset
from .reference import Reference, load_reference
from .store import open_store, replace_graphs


@dataclass(frozen=True)
class BuildReport:
    """What a build did: articles read, triples written, facts found per kind."""

    articles: int
    triples: int
    counts: dict[str, int] = field(default_factory=dict)


class Extractor:
    """A loaded pipeline and the reference data, ready to turn articles into facts."""

    def __init__(self, model: str | None = None, reference: Reference | None = None):
        self.reference = reference or load_reference()
        self.nlp: Language = load_pipeline(model, self.reference)
        self.pipeline = pipeline_id(self.nlp)

    def facts(self, articles: Iterable[Article]) -> Iterator[Facts]:
        """Facts of each article, in order."""
        articles = list(articles)
        for article, doc in zip(articles, parse(self.nlp, articles)):
            yield extract(doc, article, self.reference, self.pipeline)


def read_articles(paths: Iterable[Path | str]) -> list[Article]:
    """Read every article file, failing on the first that cannot be used."""
    return [read_article(path) for path in paths]


def build(paths: Iterable[Path | str], output: Path | None = None, store: Path | None = None,
          model: str | None = None, progress: Callable[[Iterable[Facts]], Iterable[Facts]] = iter,
          ) -> BuildReport:
    """Build the graph of articles into an RDF file (format from its extension) or a store."""
    articles = read_articles(paths)
    if output is not None:
        format_for(output)  # refuse an unknown extension before the slow part
    extractor = Extractor(model)
    all_facts = list(progress(extractor.facts(articles)))
    dataset = build_dataset(all_facts, extractor.reference)
    if store is not None:
        target = open_store(store, create=True)
        add_reference(dataset, extractor.reference)
        replace_graphs(target, dataset)
    if output is not None:
        write_dataset(dataset, output)
    return BuildReport(
        articles=len(articles),
        triples=sum(1 for _ in dataset.quads((None, None, None, None))),
        counts={name: sum(len(getattr(f, name)) for f in all_facts)
                for name in ("actors", "statements", "memberships", "commitments", "interactions")},
    )


def evaluate(articles: Path, gold: Path, model: str | None = None) -> Evaluation:
    """Build the articles that gold files annotate and score the named queries' answers."""
    pairs = gold_pairs(articles, gold)
    extractor = Extractor(model)
    facts = extractor.facts(read_articles(path for path, _ in pairs))
    dataset = build_dataset(facts, extractor.reference)
    store = ox.Store()
    replace_graphs(store, dataset)
    return evaluate_store(store, pairs)
