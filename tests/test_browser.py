"""The map in a real browser: headless Chromium through chromedriver, with no network."""

import time

import pyoxigraph as ox
import pytest

from conftest import require_tool
from geograph.facts import Statement
from geograph.rdf import build_dataset
from geograph.store import replace_graphs
from geograph.viz import draw_map
from test_rdf import EV, facts

pytestmark = [pytest.mark.browser, pytest.mark.slow]
EVIL = '</script><img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    chromedriver = require_tool("chromedriver")
    require_tool("chromium")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1400,1000",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(chromedriver), options=options)
    yield browser
    browser.quit()


@pytest.fixture(scope="module")
def evil_map(tmp_path_factory, reference):
    base = facts()
    evil = Statement("country/PL", "threat", True, (EV,), ("country/RU",), quote=EVIL)
    store = ox.Store()
    replace_graphs(store, build_dataset([base.__class__(**{**base.__dict__, "statements": (evil,)})], reference))
    output = tmp_path_factory.mktemp("map") / "map.html"
    draw_map(store, output)
    return output


def load(driver, path):
    driver.get(path.as_uri())
    for _ in range(50):
        if driver.execute_script("return typeof network !== 'undefined' && nodes.length > 0"):
            return
        time.sleep(0.1)
    raise AssertionError("the map did not load")


def test_browser_map_draws_without_errors(driver, seed_files, tmp_path, seed_dataset):
    store = ox.Store()
    replace_graphs(store, seed_dataset)
    page = tmp_path / "seed.html"
    draw_map(store, page)
    load(driver, page)
    painted = driver.execute_script("""
        var canvas = document.querySelector('#mynetwork canvas');
        var data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        var inked = 0;
        for (var i = 3; i < data.length; i += 4) { if (data[i] > 0) { inked++; } }
        return inked;""")
    assert painted > 1000
    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []


def test_browser_filters_and_search_change_what_is_shown(driver, evil_map):
    load(driver, evil_map)
    before = driver.execute_script("return edgeView.length")
    driver.execute_script("document.querySelector('input.relation[value=\"member of\"]').click()")
    assert driver.execute_script("return edgeView.length") == before - 1
    driver.find_element("id", "search").send_keys("Russia")
    driver.find_element("id", "find").click()
    assert driver.execute_script("return network.getSelectedNodes()") == ["https://w3id.org/geograph/id/country/RU"]
    assert driver.find_element("id", "details").text.startswith("Russia (Country)")


def test_browser_article_text_runs_no_script(driver, evil_map):
    load(driver, evil_map)
    edge = driver.execute_script("return edges.get({filter: function (e) { return e.relation === 'threat'; }})[0].id")
    driver.execute_script("showDetails({nodes: [], edges: [arguments[0]]})", edge)
    time.sleep(0.2)
    assert driver.execute_script("return window.__xss") is None
    assert "<img src=x" in driver.find_element("id", "details").text
    assert driver.find_elements("css selector", "#details img") == []
