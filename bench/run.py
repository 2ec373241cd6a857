"""geograph's benchmark: its own overhead over spaCy's bare parse, store load rate, and the
latency of the named queries on a store of about a million triples beside rdflib's in-memory
graph. Every figure is a ratio against a baseline measured in the same run.

    python bench/run.py [--sizes 100 1000] [--store-articles 2000] [--rdflib-timeout 300]
"""

from __future__ import annotations

import argparse
import multiprocessing
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
from geograph.rdf import add_reference, new_dataset, serialize  # noqa: E402
from geograph.store import open_store, quads_text, replace_article  # noqa: E402

import pyoxigraph as ox  # noqa: E402

QUERIES = ("actors", "statements", "memberships", "commitments")


def articles_of(texts: list[str], offset: int = 0) -> list[Article]:
    return [Article(id=f"bench-{offset + i}", title=t.splitlines()[0], text=t, source=f"bench-{offset + i}.txt")
            for i, t in enumerate(texts)]


def bare_parse(nlp, texts) -> float:
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - start


def geograph_build(extractor, articles, store) -> float:
    """What a store build does per article: parse, extract, map, and replace its graph in the
    store (an in-memory Oxigraph store here, so that disk speed stays out of the ratio)."""
    start = time.perf_counter()
    for facts in extractor.facts(articles):
        replace_article(store, facts)
    return time.perf_counter() - start


def rdflib_worker(path: str, queries: list[str], results) -> None:
    """In a child process: load the N-Quads into rdflib's in-memory dataset and time each query."""
    warnings.simplefilter("ignore")
    graph = Dataset(default_union=True)
    start = time.perf_counter()
    graph.parse(path, format="nquads")
    results.put(("load", time.perf_counter() - start, 0))
    for name, query in queries:
        start = time.perf_counter()
        rows = len(list(graph.query(query)))
        results.put((name, time.perf_counter() - start, rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--store-articles", type=int, default=2000, help="articles in the query store")
    parser.add_argument("--rdflib-timeout", type=float, default=300.0, help="seconds rdflib may take per step")
    parser.add_argument("--repeat", type=int, default=3, help="alternate runs of each; the best of each counts")
    options = parser.parse_args()
    warnings.simplefilter("ignore")
    bare = spacy.load(model_name())
    extractor = Extractor()
    print(f"pipeline: {extractor.pipeline}", flush=True)
    built = ox.Store()
    for size in options.sizes:
        texts = corpus(size)
        baseline = ours = float("inf")
        for _ in range(options.repeat):  # alternate, and keep the best: this machine's speed wanders
            baseline = min(baseline, bare_parse(bare, texts))
            built = ox.Store()
            ours = min(ours, geograph_build(extractor, articles_of(texts), built))
        print(f"{size} articles: spaCy bare {size / baseline:.1f} articles/s, geograph {size / ours:.1f} articles/s; "
              f"geograph/bare time ratio {ours / baseline:.2f} (overhead {100 * (ours / baseline - 1):.0f} %)", flush=True)
    done = max(options.sizes)
    if options.store_articles > done:
        geograph_build(extractor, articles_of(corpus(options.store_articles)[done:], done), built)
    reference = new_dataset()
    add_reference(reference, extractor.reference)
    data = quads_text(built) + serialize(reference, "nquads")
    articles_in_store = max(options.store_articles, done)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "kb", create=True)
        start = time.perf_counter()
        store.bulk_load(data.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        store.flush()
        load = time.perf_counter() - start
        quads = len(store)
        print(f"store: {articles_in_store} articles, {quads:,} quads loaded in {load:.1f} s = {quads / load:,.0f} quads/s",
              flush=True)
        timings = {}
        for name in QUERIES:
            start = time.perf_counter()
            rows = len(list(store.query(named_query(name), use_default_graph_as_union=True)))
            timings[name] = (time.perf_counter() - start, rows)
        path = Path(folder) / "data.nq"
        path.write_text(data, encoding="utf-8")
        results = multiprocessing.Queue()
        worker = multiprocessing.Process(target=rdflib_worker, args=(str(path), [(n, named_query(n)) for n in QUERIES], results))
        worker.start()
        rdflib_times: dict[str, tuple[float, int]] = {}
        for step in ("load", *QUERIES):
            try:
                name, seconds, rows = results.get(timeout=options.rdflib_timeout)
                rdflib_times[name] = (seconds, rows)
            except Exception:  # queue.Empty: rdflib did not finish this step in time
                break
        worker.terminate()
        if "load" in rdflib_times:
            print(f"rdflib load: {rdflib_times['load'][0]:.1f} s = {quads / rdflib_times['load'][0]:,.0f} quads/s "
                  f"(Oxigraph {rdflib_times['load'][0] / load:.1f}x faster)")
        for name in QUERIES:
            seconds, rows = timings[name]
            line = f"query {name}: Oxigraph {1000 * seconds:.0f} ms ({rows} rows)"
            if name in rdflib_times:
                theirs, their_rows = rdflib_times[name]
                line += f"; rdflib {1000 * theirs:.0f} ms ({their_rows} rows): rdflib/Oxigraph {theirs / seconds:.0f}x"
            else:
                line += f"; rdflib did not answer within {options.rdflib_timeout:g} s"
            print(line, flush=True)


if __name__ == "__main__":
    main()
