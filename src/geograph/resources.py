"""Where the data files that ship with geograph live."""

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ONTOLOGY = PACKAGE / "ontology"
QUERIES = PACKAGE / "queries"
LEXICON = PACKAGE / "lexicon"
VOCABULARY = ONTOLOGY / "geograph.ttl"
SHAPES = ONTOLOGY / "shapes.ttl"
REFERENCE_FILES = ("countries.ttl", "organizations.ttl", "places.ttl", "people.ttl")
