import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from geograph.analytics import pagerank, project
from geograph.facts import Statement
from geograph.rdf import build_dataset
from geograph.store import replace_graphs
from geograph.viz import NODE_COLORS, draw_map, keep_most_central, layout
from test_rdf import EV, facts

ROOT = Path(__file__).resolve().parent.parent
CHECKER = ROOT.parent / "shared" / "tools" / "offline_html_check.py"
EVIL = "</script><img src=x onerror=alert(1)><script>alert(2)</script>"


@pytest.fixture(scope="module")
def store(reference):
    base = facts()
    evil = Statement("country/PL", "threat", True, (EV,), ("country/RU",), quote=EVIL)
    store = ox.Store()
    replace_graphs(store, build_dataset([base.__class__(**{**base.__dict__, "statements": (evil,)})], reference))
    return store


def test_viz_page_escapes_article_text_and_has_a_legend(store, tmp_path):
    output = tmp_path / "map.html"
    draw_map(store, output, heading="Map <b>of</b> things")
    html = output.read_text(encoding="utf-8")
    assert EVIL not in html
    assert "<img src=x" not in html
    assert "\\u003c/script\\u003e\\u003cimg" in html  # still there, as inert JSON text
    assert "Map &lt;b&gt;of&lt;/b&gt; things" in html
    for name in NODE_COLORS:
        assert f"</span>{name}</span>" in html
    assert 'value="threat" checked' in html and 'value="member of" checked' in html


def test_viz_page_loads_nothing_from_the_network(store, tmp_path):
    output = tmp_path / "map.html"
    draw_map(store, output)
    html = output.read_text(encoding="utf-8")
    assert "https://cdn" not in html and "<link" not in html
    if CHECKER.exists():
        result = subprocess.run([sys.executable, str(CHECKER), str(output)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_viz_layout_is_deterministic_and_spread(store):
    graph = project(store)
    first, second = layout(graph), layout(graph)
    assert first == second
    xs = sorted(x for x, _ in first.values())
    assert len(set(first.values())) == len(first)  # no two actors on one spot
    assert xs[-1] - xs[0] > 100


@pytest.mark.parametrize("limit", [1, 2])
def test_viz_max_nodes_keeps_the_most_central(store, limit):
    graph = project(store)
    ranks = pagerank(graph)
    kept = keep_most_central(graph, ranks, limit)
    best = max(graph, key=lambda n: ranks[n])
    assert len(kept) == limit and best in kept


def test_viz_page_is_byte_identical_across_runs(store, tmp_path):
    draw_map(store, tmp_path / "a.html")
    draw_map(store, tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
