"""The relationship map: actors as nodes, statements, memberships and relations as edges, drawn
with pyvis into one self-contained HTML file that opens with no network."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, select_autoescape
from pyvis.network import Network

from .query import named_query, select
from .rdf import write_atomic

NODE_COLORS = {
    "Person": "#e6862e",
    "Country": "#2f6db5",
    "Organization": "#3a9a5b",
    "Group": "#8d5fb8",
    "Location": "#8a8a8a",
}
KIND_COLORS = {
    "threat": "#c62828", "warning": "#ef6c00", "criticism": "#ad1457", "demand": "#6a1b9a",
    "denial": "#4e342e", "assurance": "#00838f", "support": "#2e7d32", "proposal": "#1565c0",
    "claim": "#546e7a", "other": "#546e7a",
}
MEMBER_COLOR = "#9e9e9e"
RELATION_COLOR = "#37474f"
TEMPLATES = Path(__file__).parent / "templates"


@dataclass
class MapData:
    """Nodes and edges of the map, before drawing."""

    nodes: dict[str, dict] = field(default_factory=dict)
    edges: list[dict] = field(default_factory=list)
    notes: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


def short(text: str, limit: int = 280) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def article_name(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def map_data(store: ox.Store) -> MapData:
    """What the named queries say, as map nodes and edges (plain text: the page shows it as text)."""
    data = MapData()
    for row in select(store, named_query("actors")):
        data.nodes[row["actor"]] = {"label": row.get("label", row["actor"]), "type": row.get("type", "Location"),
                                    "wikidata": row.get("wikidata")}
    statements: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in select(store, named_query("statements")):
        statements[row["statement"]].append(row)
    for rows in statements.values():
        first = rows[0]
        words = first.get("quote") or first.get("sentence", "")
        said = f"{first.get('speakerLabel', '')} ({first['kind']}, {'quote' if first['direct'] == 'true' else 'reported'}):\n"
        text = said + f"“{short(words)}”\n— {article_name(first['article'])}"
        targets = [r["target"] for r in rows if "target" in r]
        if not targets:
            data.notes[first["speaker"]].append(text)
        for target in targets:
            data.edges.append({"from": first["speaker"], "to": target, "label": first["kind"],
                               "title": text, "color": KIND_COLORS.get(first["kind"], "#546e7a"),
                               "dashes": first["direct"] != "true", "arrows": "to",
                               "width": 3 if first["kind"] in ("threat", "warning") else 1.5})
    for row in select(store, named_query("memberships")):
        stated = row["explicit"] == "true"
        data.edges.append({"from": row["member"], "to": row["organization"],
                           "label": "member of" if row["status"] == "active" else row["status"],
                           "title": f"{row.get('memberLabel', '')} – {row.get('organizationLabel', '')}: "
                                    f"{row['status']} ({'stated' if stated else 'presupposed'})\n— {article_name(row['article'])}",
                           "color": MEMBER_COLOR, "dashes": not stated, "arrows": "to", "width": 1})
    for row in select(store, named_query("commitments")):
        figure = " ".join(x for x in (row.get("amount"), row.get("currency")) if x)
        share = f"{float(row['shareOfGdp']) * 100:g}% of GDP" if "shareOfGdp" in row else ""
        data.notes[row["actor"]].append(
            f"Commitment: {figure or share or 'no figure'} {row.get('purpose', '')}\n— {article_name(row['article'])}")
    for row in select(store, named_query("relations")):
        data.edges.append({"from": row["participant"], "to": row["counterpart"], "label": row["type"],
                           "title": f"{short(row['sentence'])}\n— {article_name(row['article'])}",
                           "color": RELATION_COLOR, "dashes": False, "arrows": "to", "width": 1.5})
    return data


def network(data: MapData) -> Network:
    """A pyvis network of the map data, sized by degree and coloured by type."""
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    degree: Counter[str] = Counter()
    for edge in data.edges:
        degree[edge["from"]] += 1
        degree[edge["to"]] += 1
    for iri in sorted(data.nodes):
        node = data.nodes[iri]
        lines = [f"{node['label']} ({node['type']})"]
        if node.get("wikidata"):
            lines.append(f"Wikidata: {node['wikidata']}")
        lines += data.notes.get(iri, [])
        net.add_node(iri, label=node["label"], title="\n\n".join(lines),
                     color=NODE_COLORS.get(node["type"], "#8a8a8a"), shape="dot",
                     size=10 + 3 * min(degree[iri], 10), group=node["type"])
    for edge in sorted(data.edges, key=lambda e: (e["from"], e["to"], e["label"], e["title"])):
        if edge["from"] in data.nodes and edge["to"] in data.nodes:
            net.add_edge(edge["from"], edge["to"], **{k: v for k, v in edge.items() if k not in ("from", "to")})
    net.set_options("""{
      "physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 300},
                  "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 140}},
      "edges": {"smooth": {"type": "dynamic"}, "font": {"size": 11, "align": "middle"}},
      "nodes": {"font": {"size": 16}},
      "interaction": {"hover": true, "tooltipDelay": 120}
    }""")
    return net


def render(net: Network, heading: str) -> str:
    """The page: geograph's template, with vis-network inlined from pyvis's own copy."""
    pyvis_templates = Path(net.templateEnv.loader.searchpath[0])  # type: ignore[attr-defined]
    env = Environment(loader=ChoiceLoader([FileSystemLoader(TEMPLATES), FileSystemLoader(pyvis_templates)]),
                      autoescape=select_autoescape(["html"]))
    nodes, edges, _, _, _, options = net.get_network_data()
    return env.get_template("map.html").render(
        heading=heading, nodes=nodes, edges=edges, options=options,
        legend_nodes=list(NODE_COLORS.items()),
        legend_edges=[("threat", KIND_COLORS["threat"], False), ("warning", KIND_COLORS["warning"], False),
                      ("other statements", KIND_COLORS["claim"], False), ("reported (dashed)", "#546e7a", True),
                      ("member of", MEMBER_COLOR, False), ("visit / meeting / talks", RELATION_COLOR, False)],
    )


def draw_map(store: ox.Store, output: Path, heading: str = "geograph relationship map") -> MapData:
    """Write the relationship map of everything in the store to an HTML file."""
    data = map_data(store)
    write_atomic(output, render(network(data), heading))
    return data
