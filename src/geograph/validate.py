"""SHACL validation of geograph output against ontology/shapes.ttl (pySHACL)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Dataset, Graph

from .errors import InputError
from .resources import SHAPES
from .store import rdf_format


@dataclass(frozen=True)
class Report:
    """The outcome of a validation: whether the data conforms, and pySHACL's report."""

    conforms: bool
    text: str
    triples: int


def union_graph(dataset: Dataset | Graph) -> Graph:
    """All triples of a dataset's graphs in one graph."""
    union = Graph()
    for s, p, o, *_ in (dataset.quads((None, None, None, None)) if isinstance(dataset, Dataset)
                        else dataset.triples((None, None, None))):
        union.add((s, p, o))
    return union


def read_rdf(path: Path) -> Dataset:
    """An RDF file as an rdflib dataset."""
    fmt = rdf_format(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    names = {"Turtle": "turtle", "N-Triples": "nt", "N-Quads": "nquads", "TriG": "trig",
             "JSON-LD": "json-ld", "RDF/XML": "xml", "N3": "n3"}
    dataset = Dataset()
    try:
        dataset.parse(path, format=names.get(fmt.name, "turtle"))
    except Exception as error:  # rdflib's parsers raise many kinds; all mean the same to a user
        raise InputError(f"{path}: not valid {fmt.name} ({str(error).splitlines()[0]})") from None
    return dataset


def validate_graph(data: Dataset | Graph) -> Report:
    """Validate RDF data against geograph's shapes."""
    graph = union_graph(data)
    shapes = Graph().parse(SHAPES, format="turtle")
    conforms, _, text = shacl_validate(graph, shacl_graph=shapes, inference="none")
    return Report(bool(conforms), str(text), len(graph))


def validate_file(path: Path) -> Report:
    """Validate an RDF file against geograph's shapes."""
    return validate_graph(read_rdf(path))
