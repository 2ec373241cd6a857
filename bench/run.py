"""geograph's benchmark: its own overhead over spaCy's bare parse, store load rate, and the
latency of the named queries on a store of about a million triples beside rdflib's in-memory
graph. Every figure is a ratio against a baseline measured in the same run.

    python bench/run.py [--sizes 100 1000] [--rdflib-limit 1000000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import warnings
from pathlib import Path

import spacy
from rdflib import Dataset

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import corpus  # noqa: E402

from geograph.facts import Article  # noqa: E402
from geograph.nlp import model_name  # noqa: E402
from geograph.pipeline import Extractor  # noqa: E402
from geograph.query import named_query  # noqa: E402
from geograph.rdf import add_article, add_reference, new_dataset, serialize  # noqa: E402
from geograph.store import open_store, replace_graphs  # noqa: E402

QUERIES = ("actors", "statements", "memberships", "commitments")


def timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - start, result


def bare_parse(nlp, texts):
    for _ in nlp.pipe(texts, batch_size=16):
        pass


def geograph_build(extractor, articles):
    dataset = new_dataset()
    for facts in extractor.facts(articles):
        add_article(dataset, facts)
    return dataset


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--rdflib-limit", type=int, default=1_200_000, help="largest store rdflib is asked to load")
    options = parser.parse_args()
    warnings.simplefilter("ignore")
    bare = spacy.load(model_name())
    extractor = Extractor()
    print(f"pipeline: {extractor.pipeline}")
    dataset = None
    for size in options.sizes:
        texts = corpus(size)
        articles = [Article(id=f"bench-{i}", title=t.splitlines()[0], text=t, source=f"bench-{i}.txt")
                    for i, t in enumerate(texts)]
        baseline, _ = timed(bare_parse, bare, texts)
        ours, dataset = timed(geograph_build, extractor, articles)
        print(f"{size} articles: spaCy bare {size / baseline:.1f} articles/s, geograph {size / ours:.1f} articles/s; "
              f"geograph/bare time ratio {ours / baseline:.2f} (overhead {100 * (ours / baseline - 1):.0f} %)")
    assert dataset is not None
    add_reference(dataset, extractor.reference)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "kb", create=True)
        load, quads = timed(replace_graphs, store, dataset, True)
        print(f"store load: {quads} quads in {load:.1f} s = {quads / load:,.0f} quads/s")
        text = serialize(dataset, "nquads")
        if quads <= options.rdflib_limit:
            graph = Dataset(default_union=True)
            rdflib_load, _ = timed(lambda data: graph.parse(data=data, format="nquads"), text)
            print(f"rdflib load: {rdflib_load:.1f} s = {quads / rdflib_load:,.0f} quads/s "
                  f"(Oxigraph {rdflib_load / load:.1f}x faster)")
        for name in QUERIES:
            query = named_query(name)
            ox_time, rows = timed(lambda q: list(store.query(q, use_default_graph_as_union=True)), query)
            line = f"query {name}: Oxigraph {1000 * ox_time:.0f} ms ({len(rows)} rows)"
            if quads <= options.rdflib_limit:
                rdf_time, rdf_rows = timed(lambda q: list(graph.query(q)), query)
                line += f", rdflib {1000 * rdf_time:.0f} ms ({len(rdf_rows)} rows): ratio {rdf_time / ox_time:.0f}x"
            print(line, flush=True)


if __name__ == "__main__":
    main()
