"""The ``tiegraph`` command line: a thin layer over the library.

Each command opens the store, calls one library function and turns a domain error
into a one-line message (exit status 1); ``--debug`` shows the traceback instead.
"""
from __future__ import annotations

import csv
import functools
import io
import json
import sys
from pathlib import Path

import click

from graph import exporters
from graph.analytics import PROJECTIONS, AnalyticsError, analyze, write_back
from graph.dump import dump as dump_graph, restore as restore_graph
from graph.exporters import ExportError
from graph.ingest import collect, extract_paths, ingest
from graph.library import LibraryError, load_library, saved_query
from graph.profile import profile
from graph.schema import SchemaError, load_schema
from graph.stores import is_neo4j_uri, open_location, open_store
from graph.stores.base import BATCH_SIZE, StoreError
from graph.trace import trace
from loaders.readers import DocumentError

USER_ERRORS = (StoreError, SchemaError, DocumentError, ExportError, LibraryError, AnalyticsError, OSError)


def user_errors(command):
    """Turn the library's errors into one-line messages unless ``--debug`` was given."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except BrokenPipeError:
            raise  # the reader of the output went away ("| head"): click ends quietly
        except USER_ERRORS as exc:
            if click.get_current_context().find_root().params.get("debug"):
                raise
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise click.ClickException(message) from None

    return wrapper


def _store(ctx: click.Context, *, read_only: bool = False):
    options = ctx.find_root().params
    return open_store(options.get("store"), neo4j_uri=options.get("neo4j"), database=options.get("database"),
                      read_only=read_only, wait=options.get("wait") or 0)


def _debug() -> bool:
    return bool(click.get_current_context().find_root().params.get("debug"))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", type=click.Path(dir_okay=True), envvar="TIEGRAPH_STORE", help="Embedded store file (default ./tiegraph.lbug).")
@click.option("--neo4j", metavar="URI", envvar="TIEGRAPH_NEO4J_URI", help="Use Neo4j at URI (bolt://, neo4j://, neo4j+s://); credentials from NEO4J_USERNAME/NEO4J_PASSWORD.")
@click.option("--database", metavar="NAME", help="Neo4j database name (multi-database servers).")
@click.option("--wait", type=click.FloatRange(0), metavar="SECONDS", envvar="TIEGRAPH_WAIT",
              help="Wait up to SECONDS for another process writing the embedded store to finish (default: fail at once).")
@click.option("--debug", is_flag=True, help="Show full tracebacks.")
@click.version_option(package_name="tiegraph")
def cli(store, neo4j, database, wait, debug):
    """Turn documents about military cooperation between states into a graph you can query.

    Example: tiegraph ingest seeds/corpus && tiegraph stats
    """


# --- extract ---------------------------------------------------------------------------

@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@user_errors
def extract(paths, fmt):
    """Print the entities and relations PATHS would load, without touching any store.

    Example: tiegraph extract --format table seeds/corpus/wire-s400-first-regiment.txt
    """
    failed = False
    for path, extraction, problem in extract_paths(paths, strict=_debug()):
        if problem:
            failed = True
            click.echo(f"tiegraph: skipped {path}: {problem}", err=True)
            continue
        for line in (_jsonl(extraction) if fmt == "jsonl" else _table(extraction)):
            click.echo(line)
    if failed:
        sys.exit(1)


def _jsonl(extraction):
    for entity in extraction.entities:
        yield json.dumps({
            "record": "entity", "name": entity.name, "label": entity.label, "id": entity.id,
            "mentions": entity.mentions, "aliases": list(entity.aliases), "discovered": entity.discovered,
            "confidence": entity.confidence, "document": extraction.document.path,
        }, ensure_ascii=False)
    for relation in extraction.relations:
        yield json.dumps({
            "record": "relation", "id": relation.id, "source": relation.source, "source_label": relation.source_label,
            "type": relation.type, "target": relation.target, "target_label": relation.target_label,
            "properties": relation.properties, "confidence": relation.confidence,
            "evidence": [ev.to_dict() for ev in relation.evidence],
        }, ensure_ascii=False)


def _table(extraction):
    yield f"# {extraction.document.path} ({len(extraction.entities)} entities, {len(extraction.relations)} relations)"
    rows = [[r.source, r.type, r.target, _props(r.properties), r.evidence[0].sentence.replace("\n", " ")[:100]] for r in extraction.relations]
    yield from _aligned(["source", "type", "target", "properties", "evidence"], rows)


def _props(properties: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in properties.items())


# --- ingest ----------------------------------------------------------------------------

@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--jobs", type=click.IntRange(1), default=1, show_default=True, help="Extract in N worker processes (one writer).")
@click.pass_context
@user_errors
def ingest_command(ctx, paths, jobs):
    """Load documents (files, folders, globs; txt, md, html, pdf, csv, json) into the store.

    Unchanged documents are skipped by content hash. Example: tiegraph ingest seeds/corpus --jobs 2
    """
    total = sum(1 for _ in collect(paths))
    with _store(ctx) as store:
        with click.progressbar(length=total, label="Loading", file=sys.stderr, show_pos=True) as bar:
            report = ingest(store, paths, on_document=lambda path: bar.update(1), jobs=jobs, strict=_debug())
    for failure in report.failures:
        click.echo(f"tiegraph: skipped {failure}", err=True)
    click.echo(report.summary())
    if report.failures:
        sys.exit(1)


# --- query -----------------------------------------------------------------------------

# Rows `tiegraph query` prints unless told otherwise: a query that matches the whole
# graph should not flood the terminal or the memory.
QUERY_LIMIT = 1000


def output_format(command):
    return click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)(command)


def parse_parameters(pairs) -> dict:
    """``name=value`` pairs to typed parameters: integers, floats, booleans, null, JSON lists, else text.

    >>> parse_parameters(["seller=Russia", "since=2010", "names=[\\"S-400\\"]"])
    {'seller': 'Russia', 'since': 2010, 'names': ['S-400']}
    """
    return {name: _typed(value) for name, value in split_parameters(pairs).items()}


def split_parameters(pairs) -> dict[str, str]:
    """``name=value`` pairs to a dict of the values as given.

    >>> split_parameters(["region=Sea of Japan", "since=2019"])
    {'region': 'Sea of Japan', 'since': '2019'}
    """
    parameters = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"{pair!r} is not name=value", param_hint="-p")
        parameters[name.strip()] = value
    return parameters


def _typed(value: str):
    try:
        parsed = json.loads(value)
    except ValueError:
        return value
    return parsed if isinstance(parsed, (int, float, bool, list)) or parsed is None else value


@cli.command()
@click.argument("cypher")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="Query parameter (repeatable).")
@click.option("--write", is_flag=True, help="Allow the query to change the graph.")
@click.option("--limit", type=click.IntRange(0), default=QUERY_LIMIT, show_default=True,
              help="Print at most N rows (0: all); a line on stderr says when rows were left out.")
@click.option("--timeout", type=click.FloatRange(0, min_open=True), metavar="SECONDS", help="Stop the query after SECONDS.")
@output_format
@click.pass_context
@user_errors
def query(ctx, cypher, params, write, limit, timeout, fmt):
    """Run a Cypher query (read-only unless --write) and print the result. Parameters are
    sent as values, never pasted into the query.

    Example: tiegraph query "MATCH (s:State)-[r:SOLD]->(w:WeaponSystem) WHERE s.name = \\$seller RETURN w.name, r.to" -p seller=Russia
    """
    parameters = parse_parameters(params)
    with _store(ctx, read_only=not write) as store:
        result = store.query(cypher, parameters, write=write, limit=limit or None, timeout=timeout)
    for line in render(result.columns, result.rows, fmt):
        click.echo(line)
    if result.truncated:
        click.echo(f"tiegraph: showing the first {limit:,} rows; --limit N shows more, --limit 0 all", err=True)


def render(columns: list[str], rows: list[list], fmt: str):
    """Lines of a query result as an aligned table, JSON or CSV."""
    if fmt == "json":
        yield json.dumps([dict(zip(columns, row)) for row in rows], ensure_ascii=False, indent=2, default=str)
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_cell(v) for v in row] for row in rows])
        yield buffer.getvalue().rstrip("\n")
    else:
        yield from _aligned(columns, [[_cell(v) for v in row] for row in rows])
        yield f"({len(rows)} row{'s' if len(rows) != 1 else ''})"


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _aligned(columns: list[str], rows: list[list]):
    cells = [[str(c) for c in columns]] + [[str(c) for c in row] for row in rows]
    widths = [min(60, max(len(row[i]) for row in cells)) for i in range(len(columns))]
    for index, row in enumerate(cells):
        yield "  ".join(cell[:60].ljust(width) for cell, width in zip(row, widths)).rstrip()
        if index == 0:
            yield "  ".join("-" * width for width in widths)


# --- stats and show --------------------------------------------------------------------

@cli.command()
@output_format
@click.pass_context
@user_errors
def stats(ctx, fmt):
    """Count entities by label and relations by type.

    Example: tiegraph stats --format json
    """
    with _store(ctx, read_only=True) as store:
        counts = store.stats()
    rows = [["label", name, n] for name, n in counts["labels"].items()] + [["type", name, n] for name, n in counts["types"].items()]
    for line in render(["kind", "name", "count"], rows, fmt):
        click.echo(line)


@cli.command()
@click.argument("entity")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
@user_errors
def show(ctx, entity, fmt):
    """Show an entity (by name or alias): its label, aliases and relations grouped by type,
    with counts, years and each relation's best evidence (the most recent sentence).

    Example: tiegraph show Moscow
    """
    with _store(ctx, read_only=True) as store:
        found = profile(store, entity)
    lines = [json.dumps(found.to_dict(), ensure_ascii=False, indent=2)] if fmt == "json" else found.lines()
    for line in lines:
        click.echo(line)


# --- export ----------------------------------------------------------------------------

@cli.group()
def export():
    """Write the graph as an interactive HTML map or as GraphML, GEXF, JSON or neo4j-admin CSV.

    Example: tiegraph export html map.html --focus China --depth 2
    """


@export.command("html")
@click.argument("out", type=click.Path(dir_okay=False))
@click.option("--focus", metavar="ENTITY", help="Centre the map on this entity (name or alias).")
@click.option("--depth", type=click.IntRange(0, 10), default=2, show_default=True, help="Hops around --focus.")
@click.option("--label", "labels", multiple=True, help="Keep only entities with this label (repeatable).")
@click.option("--type", "types", multiple=True, help="Keep only relations of this type (repeatable).")
@click.option("--since", type=int, help="Keep relations with evidence from this year on.")
@click.option("--until", type=int, help="Keep relations with evidence up to this year.")
@click.option("--min-evidence", type=click.IntRange(1), default=1, show_default=True, help="Keep relations with at least N evidence sentences.")
@click.option("--max-nodes", type=click.IntRange(1), help="Keep only the N most connected entities.")
@click.option("--layout", type=click.Choice(["auto", "physics", "static"]), default="auto", show_default=True)
@click.option("--title", default="tiegraph network map", show_default=True)
@click.option("--isolated", is_flag=True, help="Also draw entities that have no relation (only mentions).")
@click.pass_context
@user_errors
def export_html_command(ctx, out, focus, depth, labels, types, since, until, min_evidence, max_nodes, layout, title, isolated):
    """Write an interactive network map that works offline.

    Example: tiegraph export html map.html --focus Russia --depth 1 --type SOLD --since 2010
    """
    with _store(ctx, read_only=True) as store:
        graph = store.to_networkx()
    summary = exporters.export_html(graph, out, title=title, focus=focus, depth=depth, labels=list(labels) or None, types=list(types) or None,
                          since=since, until=until, min_evidence=min_evidence, max_nodes=max_nodes, layout=layout, isolated=isolated)
    left_out = f"; {summary.nodes_left_out} less connected entities left out" if summary.nodes_left_out else ""
    click.echo(f"Wrote {summary.path}: {summary.nodes_drawn} entities, {summary.edges_drawn} relations{left_out}")


def _file_export(name: str, writer_name: str, help_text: str):
    @export.command(name, help=help_text)
    @click.argument("out", type=click.Path())
    @click.pass_context
    @user_errors
    def command(ctx, out):
        with _store(ctx, read_only=True) as store:
            graph = store.to_networkx()
        getattr(exporters, writer_name)(graph, out)
        click.echo(f"Wrote {out}: {graph.number_of_nodes()} entities, {graph.number_of_edges()} relations")

    return command


_file_export("graphml", "export_graphml", "Write GraphML (yEd, Gephi, networkx).\n\nExample: tiegraph export graphml graph.graphml")
_file_export("gexf", "export_gexf", "Write GEXF for Gephi.\n\nExample: tiegraph export gexf graph.gexf")
_file_export("json", "export_json", "Write node-link JSON.\n\nExample: tiegraph export json graph.json")


@export.command("csv")
@click.argument("out", type=click.Path(file_okay=False))
@click.pass_context
@user_errors
def export_csv_command(ctx, out):
    """Write neo4j-admin database import CSV files into a folder and print the import command.

    The store is read a page at a time, so any size of graph exports in little memory.

    Example: tiegraph export csv import/
    """
    with _store(ctx, read_only=True) as store:
        written = exporters.export_csv(store, out)
    click.echo(f"Wrote {out}: {written.entities} entities, {written.relations} relations, {written.evidence} evidence sentences")
    click.echo(f"Load into Neo4j with:\n  {written.command}")


# --- forget ----------------------------------------------------------------------------

@cli.command()
@click.argument("document")
@click.pass_context
@user_errors
def forget(ctx, document):
    """Remove a document (by path, title or id) and every relation only it supported.

    Example: tiegraph forget seeds/corpus/wire-s400-first-regiment.txt
    """
    with _store(ctx) as store:
        summary = store.forget(document)
    if not summary.documents_removed:
        raise click.ClickException(f"no document {document!r} in the store")
    click.echo(f"Removed {summary.documents_removed} document, {summary.relations_removed} relations, "
               f"{summary.evidence_removed} evidence sentences and {summary.entities_removed} entities")


# --- copy, dump and restore ------------------------------------------------------------

def batch_size_option(command):
    return click.option("--batch-size", type=click.IntRange(1), default=BATCH_SIZE, show_default=True,
                        help="Records written per transaction.")(command)


@cli.command("copy")
@click.option("--from", "source", required=True, metavar="STORE", help="Copy from this embedded store (a path) or Neo4j URI.")
@click.option("--to", "target", required=True, metavar="STORE", help="Copy into this embedded store (a path) or Neo4j URI.")
@click.option("--from-database", metavar="NAME", help="Neo4j database to copy from.")
@click.option("--to-database", metavar="NAME", help="Neo4j database to copy into.")
@batch_size_option
@user_errors
def copy_command(source, target, from_database, to_database, batch_size):
    """Copy a whole graph between the embedded store and Neo4j, either way, without re-extracting.

    The copy merges into what the target holds, as ingest does: a relation it already has
    gains the evidence it lacks. Neo4j credentials come from NEO4J_USERNAME and NEO4J_PASSWORD.

    Example: tiegraph copy --from tiegraph.lbug --to bolt://localhost:7687
    """
    if _same_store(source, from_database, target, to_database):
        raise click.ClickException(f"--from and --to both name {source}")
    with open_location(source, database=from_database, read_only=True) as origin, \
            open_location(target, database=to_database) as destination:
        summary = destination.load_records(origin.records(), batch_size=batch_size)
    click.echo(f"Copied {summary.records} records from {source} to {target}: {_added(summary)}")


def _same_store(source: str, source_database: str | None, target: str, target_database: str | None) -> bool:
    if is_neo4j_uri(source) or is_neo4j_uri(target):
        return (source, source_database) == (target, target_database)
    return Path(source).resolve() == Path(target).resolve()


@cli.command("dump")
@click.argument("file", type=click.Path(dir_okay=False))
@click.pass_context
@user_errors
def dump_command(ctx, file):
    """Write the whole graph to FILE as JSON lines: one document, entity, relation
    (with all its evidence) or mention a line, for `tiegraph restore` into any store.

    Example: tiegraph dump graph.jsonl
    """
    with _store(ctx, read_only=True) as store:
        count = dump_graph(store, file)
    click.echo(f"Wrote {count} records to {file}")


@cli.command("restore")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@batch_size_option
@click.pass_context
@user_errors
def restore_command(ctx, file, batch_size):
    """Load a file written by `tiegraph dump`, merging it into what the store holds.

    The whole file is checked first: a malformed line stops the restore, naming the
    line, before anything is written.

    Example: tiegraph --neo4j bolt://localhost:7687 restore graph.jsonl
    """
    with _store(ctx) as store:
        summary = restore_graph(store, file, batch_size=batch_size)
    click.echo(f"Restored {summary.records} records from {file}: {_added(summary)}")


def _added(summary) -> str:
    return (f"{summary.documents_added} documents, {summary.entities_added} entities, {summary.relations_added} "
            f"relations and {summary.evidence_added} evidence sentences added")


@cli.command()
@click.argument("folders", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
@click.option("--gold", type=click.Path(exists=True, dir_okay=False), help="Gold relations (default FOLDER/gold.jsonl; one folder only).")
@click.option("--errors", is_flag=True, help="Also list missed and spurious relations.")
@click.option("--causes", is_flag=True, help="Also count, per type, why relations were missed or wrong (no relation named).")
@user_errors
def evaluate(folders, gold, errors, causes):
    """Score extraction on annotated folders: precision, recall and F1 per relationship type.

    Given several folders, prints each folder's micro scores, then the table per
    relationship type over all of them together (counts summed, not averaged).

    Example: tiegraph evaluate seeds/eval/test seeds/eval/test2 seeds/eval/test3
    """
    from loaders.evaluation import Scores, evaluate as run_evaluation, folder_row

    if gold and len(folders) > 1:
        raise click.UsageError("--gold names the gold file of one folder; give one folder with it")
    if len(folders) == 1:
        scores = run_evaluation(folders[0], gold, causes=causes)
    else:
        scores = Scores()
        click.echo(f"{'folder':<27} {'gold':>5} {'found':>5} {'P':>6} {'R':>6} {'F1':>6}")
        for folder in folders:
            one = run_evaluation(folder, causes=causes)
            click.echo(folder_row(Path(folder).name or str(folder), one.totals()))
            scores.absorb(one, Path(folder).name or str(folder))
        click.echo("")
    for line in scores.table():
        click.echo(line)
    if scores.causes is not None:
        click.echo("")
        for line in scores.causes.table():
            click.echo(line)
    if errors:
        for title, items in (("missed", scores.misses), ("spurious", scores.spurious)):
            click.echo(f"\n{title} ({len(items)}):")
            for document, source, rel_type, target in items:
                click.echo(f"  {document}: {source} {rel_type} {target}")
    for path, problem in scores.failed:
        click.echo(f"Error: {path}: {problem} (its gold relations count as missed)", err=True)
    if scores.failed:
        sys.exit(1)


@cli.command()
def schema():
    """Print the labels and relationship types of the data model.

    Example: tiegraph schema
    """
    model = load_schema()
    click.echo("labels: " + ", ".join(model.labels))
    for rel in model.relationships.values():
        click.echo(f"{rel.name}: {'|'.join(rel.sources)} -> {'|'.join(rel.targets)}{' (symmetric)' if rel.symmetric else ''} — {rel.meaning}")


# --- saved queries, trace, analyze ------------------------------------------------------

@cli.group()
def queries():
    """List and run the saved queries of the library (queries/*.cypher).

    Example: tiegraph queries run arms-transfers -p buyer=China -p since=2010
    """


@queries.command("list")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@user_errors
def queries_list(fmt):
    """List the saved queries with their descriptions and parameters.

    Example: tiegraph queries list --format json
    """
    library = load_library().values()
    if fmt == "json":
        click.echo(json.dumps([query.to_dict() for query in library], ensure_ascii=False, indent=2))
        return
    rows = []
    for query in library:
        parameters = [
            [p.name, p.type, "(required)" if p.required else json.dumps(p.default, ensure_ascii=False)]
            for p in query.parameters
        ]
        for index, parameter in enumerate(parameters or [["", "", ""]]):
            rows.append(([query.name, query.description] if index == 0 else ["", ""]) + parameter)
    for line in _aligned(["name", "description", "parameter", "type", "default"], rows):
        click.echo(line)
    click.echo(f"({len(library)} queries)")


@queries.command("run")
@click.argument("name")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="Parameter (repeatable); typed as the query declares.")
@output_format
@click.pass_context
@user_errors
def queries_run(ctx, name, params, fmt):
    """Run a saved query; parameters not given take their defaults.

    Example: tiegraph queries run who-acquired -p system=S-400
    """
    query = saved_query(name)
    with _store(ctx, read_only=True) as store:
        result = query.run(store, split_parameters(params))
    for line in render(result.columns, result.rows, fmt):
        click.echo(line)


@cli.command("trace")
@click.argument("source")
@click.argument("target")
@click.option("--max-hops", type=int, default=4, show_default=True, help="Longest path looked for (1 to 10).")
@click.option("--via", multiple=True, metavar="LABEL", help="Pass only through entities with this label (repeatable).")
@click.option("--type", "types", multiple=True, help="Walk only relations of this type (repeatable).")
@click.option("--since", type=int, help="Walk only relations with evidence from this year on.")
@click.option("--limit", type=click.IntRange(1), default=10, show_default=True, help="Print at most N paths.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
@user_errors
def trace_command(ctx, source, target, max_hops, via, types, since, limit, fmt):
    """Print the shortest paths between two entities (names or aliases), every hop with
    its relationship type, years, a supporting sentence and its document.

    Example: tiegraph trace Moscow India --max-hops 3 --via Exercise --since 2015
    """
    with _store(ctx, read_only=True) as store:
        found = trace(store, source, target, max_hops=max_hops, types=list(types) or None,
                      via=list(via) or None, since=since, limit=limit)
    if not found.paths:
        raise click.ClickException(next(found.lines()))
    lines = [json.dumps(found.to_dict(), ensure_ascii=False, indent=2)] if fmt == "json" else found.lines()
    for line in lines:
        click.echo(line)


@cli.command("analyze")
@click.option("--projection", type=click.Choice(PROJECTIONS), default="full", show_default=True,
              help="full: every entity and relation; exercises: states linked by shared exercises; arms: states linked by arms deals.")
@click.option("--since", type=int, help="Use relations with evidence from this year on.")
@click.option("--until", type=int, help="Use relations with evidence up to this year.")
@click.option("--top", type=click.IntRange(1), default=20, show_default=True, help="Entities to list.")
@click.option("--write", is_flag=True, help="Store degree, betweenness and community on the entities.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
@user_errors
def analyze_command(ctx, projection, since, until, top, write, fmt):
    """Degree and betweenness centrality, communities and articulation points of the
    graph or of a projection of it.

    Example: tiegraph analyze --projection exercises --since 2014 --write
    """
    with _store(ctx, read_only=not write) as store:
        graph = store.to_networkx()
        analysis = analyze(graph, projection, since=since, until=until)
        written = write_back(store, analysis, graph) if write else None
    if fmt == "json":
        click.echo(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2))
    else:
        for line in _analysis_tables(analysis, top):
            click.echo(line)
    if written is not None:
        click.echo(f"Wrote degree, betweenness and community onto {written} entities", err=fmt == "json")


def _analysis_tables(analysis, top: int):
    entities = analysis.entities()
    yield f"{analysis.projection}: {len(entities)} entities, {analysis.graph.number_of_edges()} links"
    yield ""
    columns = ["entity", "label", "neighbours", "degree", "betweenness", "community", "articulation_point"]
    yield from render(columns, [[row[column] for column in columns] for row in entities[:top]], "table")
    yield ""
    communities = analysis.community_rows()
    yield from render(["community", "size", "members"], [[c["community"], c["size"], ", ".join(c["members"])] for c in communities], "table")
    yield ""
    cut = [analysis.graph.nodes[node]["name"] for node in analysis.articulation_points]
    yield f"articulation points ({len(cut)}): {', '.join(cut) or 'none'}"


def main():
    cli(prog_name="tiegraph")


if __name__ == "__main__":
    main()
