"""The `policyfacts` command: a thin Click layer over the library functions."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

DEFAULT_DB = "db/facts.db"
METADATA = Path(__file__).resolve().parent.parent / "db" / "metadata.yml"


@click.group()
@click.version_option(package_name="policyfacts")
def cli():
    """Mine Chinese industrial-zone policy reports for zones, areas, money, targets and industries.

    \b
    Example:
        policyfacts ingest corpus/ && policyfacts serve
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database to write")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary; errors only")
def ingest(paths, db_path, quiet):
    """Read report files (folders are searched for *.txt), extract their facts and store them in the
    database. Unchanged files are skipped; a changed file replaces its own rows. Exits 1 if any file was
    refused, after ingesting all the others.

    \b
    Example:
        policyfacts ingest corpus/ --db db/facts.db
    """
    from tqdm import tqdm

    from pipeline.db import open_db
    from pipeline.ingest import find_report_files, ingest as run_ingest

    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    db = open_db(db_path)
    total = sum(1 for item in find_report_files(paths) if not isinstance(item, tuple))
    show = not quiet and sys.stderr.isatty()
    with tqdm(total=total, unit="file", disable=not show, file=sys.stderr) as bar:
        summary = run_ingest(paths, db, on_file=lambda _: bar.update(1))
    for warning in summary.warnings:
        click.echo(f"warning: {warning}", err=True)
    for path, reason in summary.refused:
        click.echo(f"refused: {reason}", err=True)
    if not quiet:
        counts = ", ".join(f"{n} {t}" for t, n in sorted(summary.facts_by_type.items())) or "no new facts"
        click.echo(
            f"{summary.files} files: {summary.ingested} ingested, {summary.unchanged} unchanged, "
            f"{len(summary.refused)} refused; {counts}; {summary.seconds:.1f} s → {db_path}",
            err=True,
        )
    sys.exit(0 if summary.ok else 1)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
def extract(files):
    """Print the facts of each file as JSON Lines (one FACTS.md object per fact), without a database.

    \b
    Example:
        policyfacts extract corpus/000_e3b410fa4eadb6fc.txt | head
    """
    from extractors.patterns import ExtractionTimeout
    from pipeline.ingest import extract_document
    from pipeline.nlp import make_nlp
    from pipeline.reading import UnreadableFile, read_document

    nlp = make_nlp()
    failed = False
    for path in files:
        try:
            document = read_document(path)
        except UnreadableFile as e:
            click.echo(f"refused: {e}", err=True)
            failed = True
            continue
        for warning in document.warnings:
            click.echo(f"warning: {warning}", err=True)
        try:
            extraction = extract_document(nlp, document)
        except ExtractionTimeout as e:
            click.echo(f"refused: {document.name}: {e}", err=True)
            failed = True
            continue
        for fact in extraction.facts:
            fact.pop("sentence_index", None)
            click.echo(json.dumps(fact, ensure_ascii=False))
    sys.exit(1 if failed else 0)


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--port", default=8001, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind; 127.0.0.1 keeps it local")
def serve(db_path, port, host):
    """Serve the database with Datasette, read-only, with the project's metadata.

    \b
    Example:
        policyfacts serve --db db/facts.db --port 8001
    """
    from pipeline.db import checkpoint

    checkpoint(db_path)
    command = [
        sys.executable, "-m", "datasette", "serve", "--immutable", db_path, "--metadata", str(METADATA),
        "--host", host, "--port", str(port), "--setting", "sql_time_limit_ms", "3000",
    ]
    # Datasette replaces this process, so that a signal that stops `policyfacts serve` stops the server.
    os.execv(sys.executable, command)
