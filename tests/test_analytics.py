import pyoxigraph as ox
import pytest

from geograph.analytics import blocs, centrality, neighbours, path, project, summary
from geograph.errors import InputError
from geograph.store import replace_graphs

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def graph(seed_dataset):
    store = ox.Store()
    replace_graphs(store, seed_dataset)
    return project(store)


def test_analytics_projection_has_typed_edges_with_evidence(graph):
    rutte = "https://w3id.org/geograph/id/person/mark-rutte"
    putin = "https://w3id.org/geograph/id/person/vladimir-putin"
    relations = {d["relation"] for d in graph.get_edge_data(rutte, putin).values()}
    assert relations == {"warning"}
    assert all(d["evidence"] and d["article"] == "nato-rutte-warning" for d in graph.get_edge_data(rutte, putin).values())
    assert graph.nodes[rutte]["type"] == "Person"


def test_analytics_centrality_puts_the_alliance_first(graph):
    rows = centrality(graph)
    assert rows[0]["label"] == "NATO"
    assert set(rows[0]) == {"actor", "label", "type", "degree", "betweenness", "pagerank"}


def test_analytics_path_gives_evidence_for_every_hop(graph):
    hops = path(graph, "donald tusk", "Vladimir Putin")
    assert hops[0]["from"] in ("Donald Tusk", "Mark Rutte") and hops[-1]["to"] in ("Vladimir Putin", "Mark Rutte")
    assert all(hop["evidence"] for hop in hops)


@pytest.mark.parametrize(("name", "message"), [
    ("Tuskk", "no actor named 'Tuskk' in the graph"),
    ("Vladimir Pootin", "no actor named 'Vladimir Pootin' in the graph (did you mean: Vladimir Putin?)"),
])
def test_analytics_unknown_actor(graph, name, message):
    with pytest.raises(InputError) as caught:
        neighbours(graph, name)
    assert str(caught.value) == message


def test_analytics_neighbours_grow_with_depth(graph):
    near = {row["label"] for row in neighbours(graph, "Donald Tusk", 1)}
    far = {row["label"] for row in neighbours(graph, "Donald Tusk", 2)}
    assert "Mark Rutte" in near and near < far


def test_analytics_blocs_are_deterministic_and_cover_connected_actors(graph):
    first, second = blocs(graph), blocs(graph)
    assert first == second
    members = {m for row in first for m in row["members"].split("; ")}
    assert {"NATO", "Mark Rutte", "Poland"} <= members
    assert "France" not in members  # no relations, no bloc


def test_analytics_summary_counts(graph):
    rows = {row["measure"]: row["value"] for row in summary(graph)}
    assert rows["actors"] == graph.number_of_nodes()
    assert rows["edges of relation member of"] == 6
