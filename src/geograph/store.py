"""The store: RDF files and embedded Oxigraph stores opened for querying, and persistent stores
that articles are added to, one named graph per article."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from .errors import InputError
from .rdf import serialize

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


def open_store(directory: Path, create: bool = False) -> ox.Store:
    """An on-disk Oxigraph store; it must exist unless ``create``."""
    if not create and not (directory / STORE_MARKER).exists():
        raise InputError(f"{directory}: not a geograph store (build one with 'geograph build --store')")
    try:
        return ox.Store(str(directory))
    except OSError as error:
        raise InputError(f"{directory}: cannot open the store ({error})") from None


def open_source(source: Path | str) -> ox.Store:
    """A store for SOURCE: a store folder, or an RDF file loaded into memory."""
    source = Path(source)
    if source.is_dir():
        return open_store(source)
    return load_file(source)


def replace_graphs(store: ox.Store, dataset: Dataset) -> int:
    """Put the dataset's named graphs into the store, replacing graphs of the same name."""
    names = {ox.NamedNode(str(graph.identifier)) for graph in dataset.graphs()
             if len(graph) and str(graph.identifier) != "urn:x-rdflib:default"}
    for name in names:
        if store.contains_named_graph(name):
            store.remove_graph(name)
    store.bulk_load(serialize(dataset, "nquads").encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    store.flush()
    return len(names)
