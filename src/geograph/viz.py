"""The relationship map: the actor graph drawn with pyvis into one self-contained HTML file that
opens with no network. Node size follows PageRank, colour the actor type; edge colour and dash
follow the relation. The layout is computed beforehand (physics off), so large graphs open
still and readable; filters, search and the evidence panel run in the page.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, select_autoescape
from pyvis.network import Network

from .analytics import pagerank, project, simple
from .rdf import write_atomic

NODE_COLORS = {
    "Person": "#e6862e",
    "Country": "#2f6db5",
    "Organization": "#3a9a5b",
    "Group": "#8d5fb8",
    "Location": "#8a8a8a",
}
RELATION_COLORS = {
    "threat": "#c62828", "warning": "#ef6c00", "criticism": "#ad1457", "demand": "#6a1b9a",
    "denial": "#4e342e", "assurance": "#00838f", "support": "#2e7d32", "proposal": "#1565c0",
    "claim": "#546e7a", "other": "#546e7a", "member of": "#9e9e9e", "joining": "#bdbdbd",
    "suspended": "#757575", "left": "#616161", "visit": "#37474f", "meeting": "#37474f", "talks": "#37474f",
}
TEMPLATES = Path(__file__).parent / "templates"
SPACING = 170  # pixels per actor in a layout, roughly
ROW_WIDTH = 2400  # groups of actors are packed in rows this wide


def short(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def keep_most_central(graph: nx.MultiDiGraph, ranks: dict[str, float], max_nodes: int | None) -> nx.MultiDiGraph:
    """The graph restricted to the ``max_nodes`` actors with the highest PageRank."""
    if max_nodes is None or len(graph) <= max_nodes:
        return graph
    kept = sorted(graph, key=lambda n: (-ranks.get(n, 0.0), graph.nodes[n]["label"]))[:max_nodes]
    return graph.subgraph(kept).copy()


def layout(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Positions computed once and deterministically: each connected group of actors gets a
    seeded spring layout sized to it, and the groups are packed in rows, largest first, so
    that actors without relations do not push the rest into a corner."""
    flat = simple(graph)
    components = sorted((sorted(c) for c in nx.connected_components(flat)), key=lambda c: (-len(c), c))
    positions: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for component in components:
        size = SPACING * max(1.0, len(component) ** 0.5)
        if x and x + size > ROW_WIDTH:
            x, y, row_height = 0.0, y + row_height + SPACING, 0.0
        if len(component) == 1:
            placed = {component[0]: (0.0, 0.0)}
        else:
            placed = nx.spring_layout(flat.subgraph(component), seed=0, scale=size / 2, center=(0, 0), iterations=300)
        for node, (px, py) in placed.items():
            positions[node] = (x + size / 2 + float(px), y + size / 2 + float(py))
        x += size + SPACING / 2
        row_height = max(row_height, size)
    return positions


def network(graph: nx.MultiDiGraph, ranks: dict[str, float]) -> Network:
    """A pyvis network of the actor graph, positioned, sized and coloured."""
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    top = max(ranks.values(), default=1.0) or 1.0
    positions = layout(graph)
    for node in sorted(graph):
        data = graph.nodes[node]
        lines = [f"{data['label']} ({data['type']})"]
        if data.get("wikidata"):
            lines.append(f"Wikidata: {data['wikidata']}")
        lines += [short(note) for note in data.get("notes", [])]
        x, y = positions[node]
        net.add_node(node, label=data["label"], title="\n\n".join(lines), shape="dot",
                     color=NODE_COLORS.get(data["type"], "#8a8a8a"), actorType=data["type"],
                     size=8 + 32 * (ranks.get(node, 0.0) / top) ** 0.5, x=x, y=y)
    edges = sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2]["relation"], e[2]["evidence"]))
    for number, (source, target, data) in enumerate(edges):
        speaker = f"{data['speaker']} " if data.get("speaker") else ""
        how = {"statement": "quote" if data["direct"] else "reported"}.get(data["category"], "")
        title = f"{speaker}{data['relation']}{f' ({how})' if how else ''}:\n“{short(data['evidence'])}”\n— {data['article']}"
        net.add_edge(source, target, id=f"e{number}", label=data["relation"], title=title,
                     relation=data["relation"], article=data["article"],
                     color=RELATION_COLORS.get(data["relation"], "#546e7a"), dashes=not data["direct"],
                     width=3 if data["relation"] in ("threat", "warning") else 1.5, arrows="to")
    net.set_options("""{
      "physics": {"enabled": false, "solver": "forceAtlas2Based",
                  "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120}},
      "edges": {"smooth": {"type": "continuous"}, "font": {"size": 10, "align": "middle"}},
      "nodes": {"font": {"size": 15, "strokeWidth": 3, "strokeColor": "#ffffff"}},
      "interaction": {"hover": true, "tooltipDelay": 120}
    }""")
    return net


def render(net: Network, graph: nx.MultiDiGraph, heading: str) -> str:
    """The page: geograph's template, with vis-network inlined from pyvis's own copy."""
    pyvis_templates = Path(net.templateEnv.loader.searchpath[0])  # type: ignore[attr-defined]
    env = Environment(loader=ChoiceLoader([FileSystemLoader(TEMPLATES), FileSystemLoader(pyvis_templates)]),
                      autoescape=select_autoescape(["html"]))
    nodes, edges, _, _, _, options = net.get_network_data()
    options = json.loads(options) if isinstance(options, str) else options
    relations = sorted({data["relation"] for _, _, data in graph.edges(data=True)})
    return env.get_template("map.html").render(
        heading=heading, nodes=nodes, edges=edges, options=options,
        legend_nodes=list(NODE_COLORS.items()),
        legend_edges=[(name, RELATION_COLORS.get(name, "#546e7a")) for name in relations],
        articles=sorted({data["article"] for _, _, data in graph.edges(data=True)}),
        labels=sorted({data["label"] for _, data in graph.nodes(data=True)}),
    )


def map_page(store: ox.Store, heading: str = "geograph relationship map",
             max_nodes: int | None = None) -> tuple[str, nx.MultiDiGraph]:
    """The relationship map of everything in a store as an HTML page, and the graph drawn."""
    graph = project(store)
    ranks = pagerank(graph)
    graph = keep_most_central(graph, ranks, max_nodes)
    return render(network(graph, ranks), graph, heading), graph


def draw_map(store: ox.Store, output: Path, heading: str = "geograph relationship map",
             max_nodes: int | None = None) -> nx.MultiDiGraph:
    """Write the relationship map of everything in a store; returns the graph drawn."""
    page, graph = map_page(store, heading, max_nodes)
    write_atomic(output, page)
    return graph
