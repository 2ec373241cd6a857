"""Pushing a store into a real triplestore: Virtuoso open source, started here on free ports
with a throw-away database. Where it cannot start, the test is skipped with the reason."""

import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from geograph.cli import cli
from geograph.rdf import build_dataset
from geograph.store import open_store, replace_graphs
from test_rdf import facts

pytestmark = pytest.mark.slow
SYSTEM_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    binary, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if not binary or not isql or not SYSTEM_INI.exists():
        pytest.skip("Virtuoso is not installed (.ci/run installs virtuoso-opensource)")
    folder = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = free_port(), free_port()
    ini = SYSTEM_INI.read_text()
    ini = ini.replace("/var/lib/virtuoso-opensource-7/db/", f"{folder}/")
    ini = ini.replace("ServerPort               = 1111", f"ServerPort               = {sql_port}")
    ini = ini.replace("ServerPort                  = 8890", f"ServerPort                  = {http_port}")
    (folder / "virtuoso.ini").write_text(ini)
    log = (folder / "out.log").open("w")
    process = subprocess.Popen([binary, "+configfile", str(folder / "virtuoso.ini"), "+foreground"],
                               stdout=log, stderr=subprocess.STDOUT, cwd=folder)
    try:
        deadline = time.monotonic() + 90
        while "Server online at" not in (folder / "out.log").read_text():
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.skip(f"Virtuoso did not start: {(folder / 'out.log').read_text()[-300:]}")
            time.sleep(0.5)
        grant = subprocess.run([isql, str(sql_port), "dba", "dba", 'exec=grant SPARQL_UPDATE to "SPARQL";'],
                               capture_output=True, text=True, timeout=60)
        if grant.returncode != 0:
            pytest.skip(f"Virtuoso refused the grant: {grant.stdout[-200:]} {grant.stderr[-200:]}")
        yield f"http://127.0.0.1:{http_port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def virtuoso_count(base, graph):
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    url = f"{base}/sparql?{urllib.parse.urlencode({'query': query, 'format': 'text/csv'})}"
    with urllib.request.urlopen(url, timeout=30) as response:
        return int(response.read().decode().splitlines()[1].strip('"'))


def test_push_sends_one_graph_per_article_into_virtuoso(virtuoso, tmp_path, reference):
    store = open_store(tmp_path / "kb", create=True)
    replace_graphs(store, build_dataset([facts("a1"), facts("a2")], reference))
    expected = {g.value: len(list(store.quads_for_pattern(None, None, None, g))) for g in store.named_graphs()}
    del store
    result = CliRunner().invoke(cli, ["push", "--store", str(tmp_path / "kb"), "--endpoint",
                                      f"{virtuoso}/sparql-graph-crud"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.stdout == f"pushed {len(expected)} graphs to {virtuoso}/sparql-graph-crud\n"
    for graph, count in expected.items():
        assert virtuoso_count(virtuoso, graph) == count
    again = CliRunner().invoke(cli, ["push", "--store", str(tmp_path / "kb"), "--endpoint",
                                     f"{virtuoso}/sparql-graph-crud"], catch_exceptions=False)
    assert again.exit_code == 0
    assert virtuoso_count(virtuoso, "https://w3id.org/geograph/id/article/a1") == expected[
        "https://w3id.org/geograph/id/article/a1"]  # replaced, not doubled


def test_push_to_nowhere_is_one_clear_error(tmp_path, reference):
    store = open_store(tmp_path / "kb", create=True)
    replace_graphs(store, build_dataset([facts()], reference))
    del store
    port = free_port()
    result = CliRunner().invoke(cli, ["push", "--store", str(tmp_path / "kb"), "--endpoint",
                                      f"http://127.0.0.1:{port}/store"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: http://127.0.0.1:{port}/store: cannot reach the store (")
    assert len(result.stderr.strip().splitlines()) == 1
