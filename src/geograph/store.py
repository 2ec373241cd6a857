"""The store: RDF files and embedded Oxigraph stores opened for querying, and persistent stores
that articles are added to, one named graph per article."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Literal, URIRef

from .errors import InputError
from .facts import Facts
from .rdf import article_triples, serialize

STORE_MARKER = "CURRENT"  # a file every RocksDB folder that Oxigraph writes has


def rdf_format(path: Path) -> ox.RdfFormat:
    """The RDF format of a file, from its extension."""
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower() or "none")
    if fmt is None:
        raise InputError(f"{path}: unknown RDF format '{path.suffix}' (use .ttl, .nt, .nq, .trig or .jsonld)")
    return fmt


def load_file(path: Path) -> ox.Store:
    """An in-memory store holding an RDF file."""
    fmt = rdf_format(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or store") from None
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    store = ox.Store()
    try:
        store.bulk_load(data, format=fmt)
    except (SyntaxError, ValueError) as error:
        raise InputError(f"{path}: not valid {fmt.name} ({error})") from None
    return store


def open_store(directory: Path, create: bool = False, read_only: bool = False) -> ox.Store:
    """An on-disk Oxigraph store; it must exist unless ``create``."""
    if not create and not (directory / STORE_MARKER).exists():
        raise InputError(f"{directory}: not a geograph store (build one with 'geograph build --store')")
    try:
        return ox.Store.read_only(str(directory)) if read_only else ox.Store(str(directory))
    except OSError as error:
        raise InputError(f"{directory}: cannot open the store ({error})") from None


def open_source(source: Path | str) -> ox.Store:
    """A store for SOURCE: a store folder, or an RDF file loaded into memory."""
    source = Path(source)
    if source.is_dir():
        return open_store(source)
    return load_file(source)


def replace_graphs(store: ox.Store, dataset: Dataset) -> int:
    """Put the dataset's named graphs into the store, replacing graphs of the same name;
    returns how many graphs were written."""
    names = {ox.NamedNode(str(graph.identifier)) for graph in dataset.graphs()
             if len(graph) and str(graph.identifier) != "urn:x-rdflib:default"}
    for name in names:
        if store.contains_named_graph(name):
            store.remove_graph(name)
    store.bulk_load(serialize(dataset, "nquads").encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    store.flush()
    return len(names)


def oxigraph_term(term: object, cache: dict[object, object]) -> object:
    """An rdflib term as a pyoxigraph term (IRIs cached: a graph repeats them)."""
    if isinstance(term, URIRef):
        if term not in cache:
            cache[term] = ox.NamedNode(str(term))
        return cache[term]
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=oxigraph_term(term.datatype, cache))  # type: ignore[arg-type]
        return ox.Literal(str(term))
    return ox.BlankNode(str(term))


def replace_article(store: ox.Store, facts: Facts) -> int:
    """Put one article's graph into the store, replacing the graph it had; returns its size.
    The triples go straight from the mapper to Oxigraph, without an rdflib graph between."""
    name, triples = article_triples(facts)
    cache: dict[object, object] = {}
    graph = ox.NamedNode(str(name))
    quads = [ox.Quad(oxigraph_term(s, cache), oxigraph_term(p, cache), oxigraph_term(o, cache), graph)  # type: ignore[arg-type]
             for s, p, o in set(triples)]
    if store.contains_named_graph(graph):
        store.remove_graph(graph)
    store.extend(quads)
    return len(quads)


def stored_hashes(store: ox.Store) -> dict[str, str]:
    """The content hash of every article in a store, by article id."""
    query = ("PREFIX gg: <https://w3id.org/geograph/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
             "SELECT ?id ?hash WHERE { GRAPH ?g { ?article gg:contentHash ?hash ; dcterms:identifier ?id } }")
    return {str(s["id"].value): str(s["hash"].value) for s in store.query(query)}  # type: ignore[union-attr]


def quads_text(store: ox.Store, graph: ox.NamedNode | None = None) -> str:
    """N-Quads (or, for one graph, N-Triples) of a store, sorted: the same store gives the same text."""
    if graph is None:
        data = ox.serialize(store, format=ox.RdfFormat.N_QUADS)
    else:
        triples = [quad.triple for quad in store.quads_for_pattern(None, None, None, graph)]
        data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    lines = sorted(set(data.decode("utf-8").splitlines()))
    return "\n".join(lines) + "\n" if lines else ""


def export_store(store: ox.Store, output: Path) -> int:
    """Write everything in a store to one file, sorted and deterministic; returns the quads written.
    N-Quads and TriG keep the named graphs; Turtle, N-Triples and JSON-LD hold their union."""
    from .rdf import format_for, write_atomic

    fmt = format_for(output)
    text = quads_text(store)
    if fmt != "nquads":
        from .rdf import new_dataset

        dataset = new_dataset()
        dataset.parse(data=text, format="nquads")
        text = serialize(dataset, fmt)
    write_atomic(output, text)
    return len(store)


def named_graphs(store: ox.Store) -> list[ox.NamedNode]:
    """The store's named graphs, sorted."""
    return sorted((g for g in store.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)


def push_store(store: ox.Store, endpoint: str, timeout: float = 60.0) -> int:
    """Send every named graph to a SPARQL 1.1 Graph Store HTTP Protocol endpoint (PUT with
    ?graph=IRI, replacing the graph there); returns the number of graphs sent."""
    import urllib.error
    import urllib.parse
    import urllib.request

    parameter = "graph-uri" if endpoint.rstrip("/").endswith("sparql-graph-crud") else "graph"
    graphs = named_graphs(store)
    for graph in graphs:
        url = f"{endpoint}?{urllib.parse.urlencode({parameter: graph.value})}"
        body = quads_text(store, graph).encode("utf-8")
        request = urllib.request.Request(url, data=body, method="PUT",
                                         headers={"Content-Type": "text/turtle; charset=utf-8"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
        except urllib.error.HTTPError as error:
            raise InputError(f"{endpoint}: the store refused graph {graph.value} (HTTP {error.code})") from None
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise InputError(f"{endpoint}: cannot reach the store ({reason})") from None
    return len(graphs)
