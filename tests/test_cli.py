"""The command line, through click's CliRunner: exit codes and exact error lines."""

import json
import re
import shlex
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from conftest import ROOT, SEED, require_tool
from geograph.cli import cli
from geograph.query import named_queries


@pytest.fixture()
def run():
    def invoke(*args, **kwargs):
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False, **kwargs)
    return invoke


@pytest.fixture(scope="module")
def seed_ttl(tmp_path_factory):
    output = tmp_path_factory.mktemp("cli") / "seed.ttl"
    result = CliRunner().invoke(cli, ["build", str(SEED), "--output", str(output)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return output


def error_line(result):
    return result.stderr.strip().splitlines()[-1]


@pytest.mark.model
def test_cli_build_writes_the_file_and_says_so(seed_ttl):
    assert seed_ttl.read_text(encoding="utf-8").startswith("@prefix")


@pytest.mark.model
def test_cli_build_is_deterministic(run, tmp_path, seed_ttl):
    again = tmp_path / "again.ttl"
    assert run("build", SEED, "--output", again).exit_code == 0
    assert again.read_bytes() == seed_ttl.read_bytes()


@pytest.mark.parametrize(("content", "message"), [
    (b"", "the file is empty"),
    (b"\x00\x01\x02", "the file is binary, not a text article"),
    (b"\xff\xfe news", "the file is not UTF-8 text (invalid byte at offset 0)"),
])
def test_cli_build_refuses_bad_articles_and_keeps_old_output(run, tmp_path, content, message):
    article = tmp_path / "bad.txt"
    article.write_bytes(content)
    output = tmp_path / "out.ttl"
    output.write_text("previous")
    result = run("build", article, "--output", output)
    assert result.exit_code == 1
    assert result.stderr == f"Error: {article}: {message}\n"
    assert output.read_text() == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt", "out.ttl"]


def test_cli_build_missing_article(run, tmp_path):
    result = run("build", tmp_path / "nope.txt", "--output", tmp_path / "x.ttl")
    assert (result.exit_code, result.stderr) == (1, f"Error: {tmp_path / 'nope.txt'}: no such file\n")


def test_cli_build_unknown_output_format(run, tmp_path):
    result = run("build", SEED, "--output", tmp_path / "x.xml")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'x.xml'}: unknown output format '.xml' (use one of .ttl, .nt, .nq, .trig, .jsonld)\n"


@pytest.mark.parametrize(("args", "message"), [
    (["build", str(SEED), "--output", "x.ttl", "--store", "kb"], "Error: give --output FILE or --store DIR, not both"),
    (["query", "x.ttl"], "Error: give either QUERY or --named NAME"),
    (["build", "--frobnicate"], "Error: No such option"),
    (["query", "--format", "xml", "--named", "actors", "x.ttl"],
     "Error: Invalid value for '--format' / '-f': 'xml' is not one of 'table', 'json', 'csv'."),
])
def test_cli_usage_errors_exit_2(run, args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert error_line(result).startswith(message)  # click words its own messages slightly differently by version


def test_cli_query_unknown_named_query(run, tmp_path):
    result = run("query", "--named", "nope", tmp_path)
    assert result.exit_code == 2
    assert error_line(result) == (f"Error: Invalid value for '--named': unknown named query 'nope' "
                                  f"(known: {', '.join(named_queries())})")


@pytest.mark.model
@pytest.mark.parametrize("name", ["actors", "statements", "memberships", "commitments"])
def test_cli_query_named_json(run, seed_ttl, name):
    result = run("query", "--named", name, "--format", "json", seed_ttl)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["results"]["bindings"]


@pytest.mark.model
def test_cli_query_free_sparql_and_rq_file(run, seed_ttl, tmp_path):
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/geograph/ontology#Statement> }"
    result = run("query", seed_ttl, text, "--format", "csv")
    assert result.stdout.splitlines() == ["n", "6"]
    rq = tmp_path / "count.rq"
    rq.write_text(text)
    assert run("query", seed_ttl, rq, "-f", "csv").stdout == result.stdout


@pytest.mark.model
def test_cli_query_malformed_sparql(run, seed_ttl):
    result = run("query", seed_ttl, "SELECT WHERE {")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: malformed SPARQL: ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_query_missing_source(run, tmp_path):
    result = run("query", "--named", "actors", tmp_path / "missing.ttl")
    assert (result.exit_code, result.stderr) == (1, f"Error: {tmp_path / 'missing.ttl'}: no such file or store\n")


@pytest.mark.model
def test_cli_map_and_validate(run, seed_ttl, tmp_path):
    html = tmp_path / "map.html"
    result = run("map", seed_ttl, "--output", html)
    assert result.exit_code == 0 and html.exists()
    assert run("validate", seed_ttl).stdout.startswith(f"{seed_ttl}: conforms")


def test_cli_validate_fails_on_non_conforming_data(run, tmp_path):
    path = tmp_path / "bad.ttl"
    path.write_text("<http://x/s> a <https://w3id.org/geograph/ontology#Statement> .")
    result = run("validate", path)
    assert result.exit_code == 1
    assert error_line(result) == f"Error: {path} does not conform to geograph's shapes"


@pytest.mark.model
def test_cli_eval_reports_every_category(run):
    result = run("eval", ROOT / "data", ROOT / "data" / "nato-rutte-warning.json", "--format", "json")
    scores = json.loads(result.stdout)
    assert set(scores["categories"]) == {"actors", "statements", "memberships", "commitments"}


@pytest.mark.model
@pytest.mark.parametrize(("args", "first"), [
    (["network", "centrality", "--limit", "1", "-f", "csv"], "actor,label,type,degree,betweenness,pagerank"),
    (["network", "summary", "-f", "csv"], "measure,value"),
    (["network", "blocs", "-f", "csv"], "bloc,size,members"),
    (["network", "neighbours", "--actor", "NATO", "-f", "csv"], "actor,label,type,distance"),
    (["network", "path", "--from", "Donald Tusk", "--to", "Vladimir Putin", "-f", "csv"], "from,relation,to,evidence,article"),
])
def test_cli_network_commands(run, seed_ttl, args, first):
    result = run(*args[:2], seed_ttl, *args[2:])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == first


@pytest.mark.model
def test_cli_network_unknown_actor(run, seed_ttl):
    result = run("network", "path", seed_ttl, "--from", "Nobody", "--to", "NATO")
    assert (result.exit_code, result.stderr) == (1, "Error: no actor named 'Nobody' in the graph\n")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_cli_every_command_has_help_with_an_example_and_readme_coverage(run, name):
    command = cli.commands[name]
    names = [[name]] + [[name, sub] for sub in getattr(command, "commands", {})]
    for words in names:
        result = run(*words, "--help")
        assert result.exit_code == 0
        assert "Example:" in result.stdout
        assert f"geograph {' '.join(words)}" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.model
@pytest.mark.parametrize("extension", [".ttl", ".nt", ".nq", ".trig"])
def test_cli_output_is_accepted_by_rapper(seed_files, extension):
    rapper = require_tool("rapper")
    syntax = {".ttl": "turtle", ".nt": "ntriples", ".nq": "nquads", ".trig": "trig"}[extension]
    result = subprocess.run([rapper, "-c", "-i", syntax, str(seed_files[extension])],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    counted = re.search(r"returned (\d+) (?:triples|statements)", result.stderr + result.stdout)
    assert counted and int(counted.group(1)) > 1000, result.stderr


@pytest.mark.slow
@pytest.mark.model
def test_cli_readme_examples_run(tmp_path, monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"^\$ (geograph .+)$", readme, flags=re.MULTILINE)
    assert len(commands) >= 5
    shutil.copytree(ROOT / "data", tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    for command in commands:
        result = CliRunner().invoke(cli, shlex.split(command)[1:], catch_exceptions=False)
        assert result.exit_code == 0, f"{command}\n{result.output}"


def test_cli_build_unwritable_output(run, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("build", SEED, "--output", blocker / "seed.ttl")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {blocker / 'seed.ttl'}: cannot be written (File exists)\n"
