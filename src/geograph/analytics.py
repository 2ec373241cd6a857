"""Network analytics: the knowledge graph projected onto actors, with networkx.

Actors are nodes; statements (speaker → target), memberships (member → organisation) and
interactions (visits, meetings, talks) are typed, directed edges that keep their evidence and
article. Commitments have no second actor and stay on their node. The projection reads the
named queries, so it works on any SOURCE the queries work on (an RDF file or a store).
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable
from typing import Any

import networkx as nx
import pyoxigraph as ox

from .errors import InputError
from .query import named_query, select

BETWEENNESS_SAMPLE = 500  # above this many nodes, betweenness is estimated from a sample


def article_name(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def project(store: ox.Store) -> nx.MultiDiGraph:
    """The actor graph of everything in a store."""
    graph = nx.MultiDiGraph()
    for row in select(store, named_query("actors")):
        graph.add_node(row["actor"], label=row.get("label", row["actor"]), type=row.get("type", "Location"),
                       wikidata=row.get("wikidata"), notes=[])
    statements: dict[str, list[dict[str, str]]] = {}
    for row in select(store, named_query("statements")):
        statements.setdefault(row["statement"], []).append(row)
    for rows in statements.values():
        first = rows[0]
        fact = {"relation": first["kind"], "category": "statement", "direct": first["direct"] == "true",
                "evidence": first.get("quote") or first.get("sentence", ""), "article": article_name(first["article"]),
                "speaker": first.get("speakerLabel", "")}
        targets = [row["target"] for row in rows if "target" in row]
        if not targets:
            _note(graph, first["speaker"], f"{first['kind']}: “{fact['evidence']}” ({fact['article']})")
        for target in targets:
            _edge(graph, first["speaker"], target, fact)
    for row in select(store, named_query("memberships")):
        _edge(graph, row["member"], row["organization"], {
            "relation": "member of" if row["status"] == "active" else row["status"], "category": "membership",
            "direct": row["explicit"] == "true", "article": article_name(row["article"]),
            "evidence": f"{row.get('memberLabel', '')} – {row.get('organizationLabel', '')}: {row['status']}"
                        f" ({'stated' if row['explicit'] == 'true' else 'presupposed'})"})
    for row in select(store, named_query("relations")):
        _edge(graph, row["participant"], row["counterpart"], {
            "relation": row["type"], "category": "interaction", "direct": True,
            "evidence": row["sentence"], "article": article_name(row["article"])})
    for row in select(store, named_query("commitments")):
        figure = " ".join(x for x in (row.get("amount"), row.get("currency")) if x)
        share = f"{float(row['shareOfGdp']) * 100:g}% of GDP" if "shareOfGdp" in row else ""
        _note(graph, row["actor"], f"commitment: {figure or share or 'no figure'} {row.get('purpose', '')}"
                                   f" ({article_name(row['article'])})")
    return graph


def _edge(graph: nx.MultiDiGraph, source: str, target: str, data: dict[str, Any]) -> None:
    if source in graph and target in graph and source != target:
        graph.add_edge(source, target, **data)


def _note(graph: nx.MultiDiGraph, node: str, text: str) -> None:
    if node in graph:
        graph.nodes[node]["notes"].append(text)


def simple(graph: nx.MultiDiGraph) -> nx.Graph:
    """The undirected graph with one edge per pair of actors, weighted by how many facts join them."""
    flat = nx.Graph()
    flat.add_nodes_from(graph.nodes(data=True))
    for source, target in graph.edges():
        weight = flat[source][target]["weight"] + 1 if flat.has_edge(source, target) else 1
        flat.add_edge(source, target, weight=weight)
    return flat


def pagerank(graph: nx.MultiDiGraph) -> dict[str, float]:
    """PageRank over the directed graph, parallel edges adding weight."""
    directed = nx.DiGraph()
    directed.add_nodes_from(graph.nodes())
    for source, target in graph.edges():
        weight = directed[source][target]["weight"] + 1 if directed.has_edge(source, target) else 1
        directed.add_edge(source, target, weight=weight)
    return nx.pagerank(directed, weight="weight") if len(directed) else {}


def centrality(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Degree, betweenness and PageRank of every actor, most central first."""
    flat = simple(graph)
    sample = BETWEENNESS_SAMPLE if len(flat) > BETWEENNESS_SAMPLE else None
    betweenness = nx.betweenness_centrality(flat, k=sample, seed=0)
    ranks = pagerank(graph)
    rows = [{"actor": node, "label": data["label"], "type": data["type"], "degree": graph.degree(node),
             "betweenness": round(betweenness.get(node, 0.0), 6), "pagerank": round(ranks.get(node, 0.0), 6)}
            for node, data in graph.nodes(data=True)]
    return sorted(rows, key=lambda r: (-r["pagerank"], -r["degree"], r["label"]))


def find_actor(graph: nx.MultiDiGraph, name: str) -> str:
    """An actor by IRI or label (case-insensitive); an error suggests the closest labels."""
    if name in graph:
        return name
    labels = {data["label"].casefold(): node for node, data in graph.nodes(data=True)}
    if name.casefold() in labels:
        return labels[name.casefold()]
    close = difflib.get_close_matches(name.casefold(), list(labels), n=3)
    hint = f" (did you mean: {', '.join(graph.nodes[labels[c]]['label'] for c in close)}?)" if close else ""
    raise InputError(f"no actor named '{name}' in the graph{hint}")


def path(graph: nx.MultiDiGraph, start: str, end: str) -> list[dict[str, Any]]:
    """The shortest chain of facts between two actors, each hop with its evidence."""
    source, target = find_actor(graph, start), find_actor(graph, end)
    try:
        nodes = nx.shortest_path(simple(graph), source, target)
    except nx.NetworkXNoPath:
        raise InputError(f"no path between '{start}' and '{end}'") from None
    hops = []
    for left, right in zip(nodes, nodes[1:]):
        facts = [(left, right, d) for d in graph.get_edge_data(left, right, default={}).values()]
        facts += [(right, left, d) for d in graph.get_edge_data(right, left, default={}).values()]
        s, t, data = sorted(facts, key=lambda f: (f[2]["relation"], f[2]["evidence"]))[0]
        hops.append({"from": graph.nodes[s]["label"], "relation": data["relation"], "to": graph.nodes[t]["label"],
                     "evidence": data["evidence"], "article": data["article"]})
    return hops


def neighbours(graph: nx.MultiDiGraph, name: str, depth: int = 1) -> list[dict[str, Any]]:
    """Actors within ``depth`` hops of an actor, nearest first."""
    node = find_actor(graph, name)
    distances = nx.single_source_shortest_path_length(simple(graph), node, cutoff=depth)
    rows = [{"actor": other, "label": graph.nodes[other]["label"], "type": graph.nodes[other]["type"],
             "distance": distance} for other, distance in distances.items() if other != node]
    return sorted(rows, key=lambda r: (r["distance"], r["label"]))


def blocs(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Communities of actors (Louvain, seeded so that runs agree), largest first."""
    flat = simple(graph)
    flat.remove_nodes_from([n for n in list(flat) if flat.degree(n) == 0])
    if not len(flat):
        return []
    communities = nx.community.louvain_communities(flat, weight="weight", seed=0)
    ordered = sorted((sorted(graph.nodes[n]["label"] for n in c) for c in communities), key=lambda c: (-len(c), c))
    return [{"bloc": number, "size": len(members), "members": "; ".join(members)}
            for number, members in enumerate(ordered, start=1)]


def summary(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Counts: actors by type, facts by relation, components and density."""
    flat = simple(graph)
    rows: list[dict[str, Any]] = [
        {"measure": "actors", "value": graph.number_of_nodes()},
        {"measure": "edges", "value": graph.number_of_edges()},
        {"measure": "connected components", "value": nx.number_connected_components(flat) if len(flat) else 0},
        {"measure": "density", "value": round(nx.density(flat), 6) if len(flat) > 1 else 0.0},
    ]
    rows += _counted("actors of type", (d["type"] for _, d in graph.nodes(data=True)))
    rows += _counted("edges of relation", (d["relation"] for _, _, d in graph.edges(data=True)))
    return rows


def _counted(prefix: str, values: Iterable[str]) -> list[dict[str, Any]]:
    return [{"measure": f"{prefix} {name}", "value": count} for name, count in sorted(Counter(values).items())]
