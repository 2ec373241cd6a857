from collections import Counter

import pytest
from rdflib.namespace import RDF, SDO

from geograph.nlp import gazetteer_patterns


def test_reference_has_every_un_member_state(reference):
    countries = [e for e in reference.entries.values() if e.type == "Country"]
    assert len(countries) == 197
    assert len(reference.members["org/UN"]) == 193


@pytest.mark.parametrize(("member", "organization", "expected"), [
    ("country/PL", "org/NATO", True),
    ("country/RU", "org/NATO", False),
    ("group/baltic-states", "org/NATO", True),
    ("group/baltic-states", "org/G7", False),
    ("country/RU", "org/OPECPlus", True),
    ("country/RU", "org/OPEC", False),
    ("country/GB", "org/CPTPP", True),
    ("country/EG", "org/NDB", True),
    ("country/US", "org/NDB", False),
])
def test_reference_membership(reference, member, organization, expected):
    assert reference.is_member(member, organization) is expected


@pytest.mark.parametrize(("key", "label", "wikidata"), [
    ("country/US", "United States", "Q30"),
    ("org/NATO", "NATO", "Q7184"),
    ("person/mark-rutte", "Mark Rutte", "Q57792"),
    ("place/warsaw", "Warsaw", "Q270"),
])
def test_reference_entries_link_to_wikidata(reference, key, label, wikidata):
    entry = reference.entries[key]
    assert (entry.label, entry.wikidata) == (label, wikidata)


def test_reference_capitals_point_to_their_country(reference):
    assert reference.capital_of["place/moscow"] == "country/RU"
    assert reference.entries["country/PL"].capital == "place/warsaw"


@pytest.mark.parametrize(("name", "state"), [("OTTAWA", "country/CA"), ("Canberra", "country/AU"), ("Toronto", None)])
def test_reference_state_with_capital(reference, name, state):
    assert reference.state_with_capital(name) == state


def test_reference_names_are_unambiguous(reference):
    owners = Counter()
    for pattern in {(p["pattern"], p["id"]) for p in gazetteer_patterns(reference)}:
        owners[pattern[0]] += 1
    assert [name for name, count in owners.items() if count > 1] == []


def test_reference_types_are_schema_classes(reference):
    assert (None, RDF.type, SDO.Country) in reference.graph
