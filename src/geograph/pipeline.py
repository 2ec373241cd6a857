"""The main job: articles in, facts out, through one spaCy pipeline loaded once, into an RDF
file or a persistent store."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from spacy.language import Language

from .corpus import Skipped, content_hash, read_documents
from .errors import GeographError, InputError
from .evaluate import Evaluation, evaluate_store, gold_pairs
from .extract import extract
from .facts import Article, Facts
from .nlp import load_pipeline, parse, pipeline_id
from .rdf import add_reference, build_dataset, format_for, new_dataset, write_dataset
from .reference import Reference, load_reference
from .store import open_store, replace_article, replace_graphs, stored_hashes

Progress = Callable[[Iterable[Facts], int], Iterable[Facts]]
FACT_KINDS = ("actors", "statements", "memberships", "commitments", "interactions")


def no_progress(items: Iterable[Facts], total: int) -> Iterable[Facts]:
    return items


@dataclass
class BuildReport:
    """What a build did: articles built, left unchanged or skipped; triples; facts per kind."""

    articles: int = 0
    triples: int = 0
    unchanged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FACT_KINDS, 0))

    def count(self, facts: Facts) -> None:
        self.articles += 1
        for name in FACT_KINDS:
            self.counts[name] += len(getattr(facts, name))


class Extractor:
    """A loaded pipeline and the reference data, ready to turn articles into facts."""

    def __init__(self, model: str | None = None, reference: Reference | None = None):
        self.reference = reference or load_reference()
        self.nlp: Language = load_pipeline(model, self.reference)
        self.pipeline = pipeline_id(self.nlp)

    def facts(self, articles: Iterable[Article], jobs: int = 1) -> Iterator[Facts]:
        """Facts of each article, in order; spaCy parses them in batches (and processes)."""
        articles = list(articles)
        for article, doc in zip(articles, parse(self.nlp, articles, n_process=jobs)):
            yield extract(doc, article, self.reference, self.pipeline)


def read_articles(paths: Iterable[Path | str]) -> list[Article]:
    """Every article under the paths, failing on the first document that cannot be used."""
    articles = []
    for document in read_documents(paths):
        if isinstance(document, Skipped):
            raise InputError(document.reason)
        articles.append(document)
    return articles


def build_file(paths: Iterable[Path | str], output: Path, model: str | None = None,
               progress: Progress = no_progress) -> BuildReport:
    """The graph of the articles, written to one RDF file (format from its extension). Any
    unreadable article is an error, and nothing is written."""
    format_for(output)  # refuse an unknown extension before the slow part
    articles = read_articles(paths)
    extractor = Extractor(model)
    report = BuildReport()
    all_facts = list(progress(extractor.facts(articles), len(articles)))
    for facts in all_facts:
        report.count(facts)
    dataset = build_dataset(all_facts, extractor.reference)
    write_dataset(dataset, output)
    report.triples = sum(1 for _ in dataset.quads((None, None, None, None)))
    return report


def build_store(paths: Iterable[Path | str], store_dir: Path, model: str | None = None, jobs: int = 1,
                progress: Progress = no_progress) -> BuildReport:
    """Add articles to a persistent store, one named graph each. An article whose content is
    unchanged since it was last built is skipped; a changed one replaces exactly its graph; a
    document that cannot be read is reported and skipped."""
    report = BuildReport()
    documents = list(read_documents(paths))
    report.skipped = [d for d in documents if isinstance(d, Skipped)]
    articles = [d for d in documents if isinstance(d, Article)]
    if not articles and report.skipped:
        raise InputError(f"no article could be read ({len(report.skipped)} skipped)")
    store = open_store(store_dir, create=True)
    known = stored_hashes(store)
    todo = [a for a in articles if known.get(a.id) != content_hash(a)]
    report.unchanged = len(articles) - len(todo)
    extractor = Extractor(model)
    reference = new_dataset()
    add_reference(reference, extractor.reference)
    replace_graphs(store, reference)
    for facts in progress(extractor.facts(todo, jobs), len(todo)):
        report.triples += replace_article(store, facts)
        report.count(facts)
    store.flush()
    return report


def build(paths: Iterable[Path | str], output: Path | None = None, store: Path | None = None,
          model: str | None = None, jobs: int = 1, progress: Progress = no_progress) -> BuildReport:
    """Build articles into an RDF file or a store (see :func:`build_file`, :func:`build_store`)."""
    if output is not None:
        return build_file(paths, output, model, progress)
    if store is None:
        raise GeographError("give an output file or a store folder")
    return build_store(paths, store, model, jobs, progress)


def evaluate(articles: Path, gold: Path, model: str | None = None) -> Evaluation:
    """Build the articles that gold files annotate and score the named queries' answers."""
    pairs = gold_pairs(articles, gold)
    extractor = Extractor(model)
    facts = extractor.facts(read_articles(path for path, _ in pairs))
    dataset = build_dataset(facts, extractor.reference)
    store = ox.Store()
    replace_graphs(store, dataset)
    return evaluate_store(store, pairs)
