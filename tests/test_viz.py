import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from geograph.facts import Statement
from geograph.rdf import build_dataset
from geograph.store import replace_graphs
from geograph.viz import NODE_COLORS, draw_map, map_data
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


def test_viz_map_data_has_typed_nodes_and_labelled_edges(store):
    data = map_data(store)
    assert data.nodes["https://w3id.org/geograph/id/country/PL"]["type"] == "Country"
    labels = {(e["from"].rsplit("/", 1)[-1], e["to"].rsplit("/", 1)[-1], e["label"]) for e in data.edges}
    assert ("PL", "RU", "threat") in labels
    assert ("PL", "NATO", "member of") in labels


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


def test_viz_page_loads_nothing_from_the_network(store, tmp_path):
    output = tmp_path / "map.html"
    draw_map(store, output)
    html = output.read_text(encoding="utf-8")
    assert "https://cdn" not in html and "<link" not in html
    if CHECKER.exists():
        result = subprocess.run([sys.executable, str(CHECKER), str(output)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
