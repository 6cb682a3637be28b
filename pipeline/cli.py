"""The `policyfacts` command: a thin Click layer over the library functions."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

DEFAULT_DB = "db/facts.db"


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
@click.option("--workers", "-w", type=click.IntRange(min=1), default=lambda: os.cpu_count() or 1,
              show_default="the number of cores", help="Processes extracting at once")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: processes on this machine; dask: a Dask distributed cluster")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler (tcp://host:8786) for --engine dask; default: a local cluster of --workers")
@click.option("--batch", type=click.IntRange(min=1), default=50, show_default=True,
              help="Documents written per transaction: an interrupted ingest loses at most one batch")
def ingest(paths, db_path, quiet, workers, engine, scheduler, batch):
    """Read report files (folders are searched for *.txt), extract their facts and store them in the
    database. Unchanged files are skipped; a changed file replaces its own rows. Exits 1 if any file was
    refused, after ingesting all the others.

    \b
    Examples:
        policyfacts ingest corpus/ --db db/facts.db
        policyfacts ingest archive/ --workers 8
        policyfacts ingest archive/ --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from tqdm import tqdm

    from pipeline.db import open_db
    from pipeline.ingest import find_report_files, ingest as run_ingest

    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    db = open_db(db_path)
    total = sum(1 for item in find_report_files(paths) if not isinstance(item, tuple))
    show = not quiet and sys.stderr.isatty()
    with tqdm(total=total, unit="file", disable=not show, file=sys.stderr) as bar:
        summary = run_ingest(paths, db, on_file=lambda _: bar.update(1), workers=workers, engine=engine,
                             scheduler=scheduler, batch=batch)
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


def _existing_db(db_path: str):
    """The database at db_path if there is one (audits read from it and are stored in it), else None."""
    from pipeline.db import open_db

    return open_db(db_path) if Path(db_path).is_file() else None


def _nlp_once():
    """A function that builds the spaCy pipeline on its first call and returns the same one after."""
    from functools import cache

    from pipeline.nlp import make_nlp

    return cache(make_nlp)


@cli.group(invoke_without_command=True)
@click.option("--annotations", "annotation_dir", default="corpus/annotations", show_default=True,
              type=click.Path(exists=True, file_okay=False), help="Folder of annotated samples (*.jsonl)")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True,
              help="Database to read current documents from and to store the run in")
@click.option("--json", "as_json", is_flag=True, help="Print the whole audit as one JSON object")
@click.option("--fail-under-precision", type=click.FloatRange(0, 1), help="Exit 1 if any type's precision is lower")
@click.option("--fail-under-recall", type=click.FloatRange(0, 1), help="Exit 1 if any type's recall is lower")
@click.option("--no-store", is_flag=True, help="Do not store the run in the database")
@click.option("--brief", is_flag=True, help="Print the figures only, not every error")
@click.pass_context
def audit(ctx, annotation_dir, db_path, as_json, fail_under_precision, fail_under_recall, no_store, brief):
    """Measure the extraction against annotated samples: precision, recall and F1 per type with Wilson 95%
    intervals, zone attribution and field accuracy, then every false positive and false negative with its
    sentence. Documents ingested and current are read from the database, the others extracted from their
    files. The run is stored in the database (audit_runs, audit_scores, audit_items).

    \b
    Example:
        policyfacts audit --fail-under-precision 0.9
        policyfacts audit sample --n 100 --out review.csv
        policyfacts audit review review.csv
    """
    if ctx.invoked_subcommand is not None:
        return
    from pipeline.audit import run_audit, store_run

    db = _existing_db(db_path)
    result = run_audit(annotation_dir, db, _nlp_once())
    for problem in result.problems:
        click.echo(f"warning: {problem}", err=True)
    if not result.figures():
        raise click.ClickException(f"no annotated fact could be used in {annotation_dir}")
    run_id = None
    if db is not None and not no_store:
        run_id = store_run(db, "annotations", result.figures(), result.items(),
                           annotation_set=result.annotation_set, annotation_sha256=result.annotation_sha256,
                           documents=len(result.documents),
                           problems=json.dumps(result.problems, ensure_ascii=False) if result.problems else None)
    if as_json:
        click.echo(json.dumps({**result.to_dict(), "run": run_id}, ensure_ascii=False, indent=2))
    else:
        click.echo(format_audit(result.to_dict(), errors=not brief))
        click.echo(f"\nStored as audit run {run_id} in {db_path}." if run_id else
                   f"\nNot stored ({'--no-store' if no_store else f'no database at {db_path}'}).")
    failing = [t for t, f in result.figures().items()
               if (fail_under_precision is not None and f["precision"] < fail_under_precision)
               or (fail_under_recall is not None and f["recall"] < fail_under_recall)]
    if failing:
        click.echo(f"below the threshold: {', '.join(failing)}", err=True)
        sys.exit(1)


def format_audit(report: dict, errors: bool = True) -> str:
    """The audit as text: a table of figures, then attribution and field accuracy, then every error."""
    import pandas as pd

    sources = list(report["documents"].values())
    lines = [f"Audit of {len(sources)} documents against {report['annotation_set']} "
             f"({sources.count('database')} read from the database, {sources.count('extracted')} extracted)", ""]
    table = pd.DataFrame.from_dict(report["types"], orient="index")
    table["P 95% CI"] = [f"[{lo:.3f}, {hi:.3f}]" for lo, hi in zip(table.precision_low, table.precision_high)]
    table["R 95% CI"] = [f"[{lo:.3f}, {hi:.3f}]" for lo, hi in zip(table.recall_low, table.recall_high)]
    table = table[["precision", "P 95% CI", "recall", "R 95% CI", "f1", "tp", "fp", "fn"]]
    lines.append(table.to_string(float_format=lambda x: f"{x:.3f}"))
    lines.append(f"\nzone attribution: {report['zone_accuracy']:.3f} of {report['zone_matched']} matched facts")
    lines.append("field accuracy on matched facts: " + ", ".join(
        f"{name} {f['accuracy']:.3f} ({f['right']}/{f['compared']})" for name, f in report["field_accuracy"].items()))
    for kind, heading in (("false_positive", "False positives"), ("false_negative", "False negatives"),
                          ("wrong_field", "Matched with a wrong field")) if errors else ():
        errors = [e for e in report["errors"] if e["kind"] == kind]
        lines.append(f"\n{heading} ({len(errors)}):")
        for e in errors:
            fields = {k: v for k, v in e["fact"].items() if k not in ("type", "text", "start", "end", "extractor", "extractor_version")
                      and v is not None}
            extra = f" expected {e['expected']}" if e.get("expected") else ""
            lines.append(f"  {e['document']} [{e['type']}] {e['text']}  {fields}{extra}")
            lines.append(f"      in: {e['sentence_text']}")
    return "\n".join(lines)


@audit.command("sample")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--n", "n", default=100, show_default=True, type=click.IntRange(1), help="Facts to sample")
@click.option("--type", "types", multiple=True, type=click.Choice(["zone", "area", "money", "target", "industry"]),
              help="Only this type (repeatable); default: all, stratified")
@click.option("--seed", default=7, show_default=True, help="Random seed: the same seed draws the same sample")
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="CSV file to write")
def audit_sample(db_path, n, types, seed, out):
    """Draw a random sample of extracted facts, stratified by type, into a CSV for review: each row has the
    document, the sentence with the fact between 【】, the normalized fields, and empty `correct` (y / n) and
    `note` columns. UTF-8 with BOM, so spreadsheets keep the Chinese intact.

    \b
    Example:
        policyfacts audit sample --n 100 --seed 7 --out review.csv
    """
    from pipeline.db import open_db
    from pipeline.review import sample_facts, write_review_csv

    rows = sample_facts(open_db(db_path), n, list(types) or None, seed)
    write_review_csv(rows, out)
    counts = ", ".join(f"{k} {t}" for t, k in rows["type"].value_counts().sort_index().items())
    click.echo(f"{len(rows)} facts ({counts or 'none'}) → {out}; fill in `correct` with y or n", err=True)


@audit.command("review")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--no-store", is_flag=True, help="Do not store the review in the database")
def audit_review(csv_file, db_path, no_store):
    """Read a reviewed sample back: precision per type with its Wilson 95% interval, from the rows marked y or
    n (blank rows are not reviewed, not correct). Stored as an audit run of kind `review`.

    \b
    Example:
        policyfacts audit review review.csv
    """
    import pandas as pd

    from pipeline.audit import store_run
    from pipeline.db import open_db
    from pipeline.review import read_review_csv, review_items

    try:
        review = read_review_csv(csv_file)
    except ValueError as e:
        raise click.ClickException(str(e))
    for problem in review.problems:
        click.echo(f"warning: {problem}", err=True)
    figures = review.figures()
    table = pd.DataFrame.from_dict(figures, orient="index")
    if table.empty:
        click.echo("No rows in the sheet.")
        return
    table["95% CI"] = [f"[{lo:.3f}, {hi:.3f}]" for lo, hi in zip(table.precision_low, table.precision_high)]
    click.echo(table[["precision", "95% CI", "reviewed", "tp", "fp", "not_reviewed"]].to_string(
        float_format=lambda x: f"{x:.3f}", na_rep="-"))
    if not no_store:
        stored = {t: {k: v for k, v in f.items() if k not in ("reviewed", "not_reviewed")} for t, f in figures.items()}
        run_id = store_run(open_db(db_path), "review", stored, review_items(review),
                           annotation_set=str(Path(csv_file).resolve()),
                           problems=json.dumps(review.problems, ensure_ascii=False) if review.problems else None)
        click.echo(f"\nStored as audit run {run_id} in {db_path}.")


@cli.command()
@click.argument("document")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="Database holding the document")
@click.option("--annotations", "annotation_dir", type=click.Path(exists=True, file_okay=False),
              help="Mark false positives and missed facts against these annotated samples")
@click.option("--out", type=click.Path(dir_okay=False), help="HTML file to write (default: standard output)")
def show(document, db_path, annotation_dir, out):
    """Write a document as an HTML page with its facts highlighted by type (displaCy), each labelled with its
    normalized value. DOCUMENT is a document's name in the database or a report file. Audit marks come from
    --annotations, or else from the latest audit stored in the database.

    \b
    Example:
        policyfacts show 000_e3b410fa4eadb6fc.txt --out 000.html
    """
    from pipeline.highlight import document_page

    try:
        page = document_page(document, _existing_db(db_path), annotation_dir, _nlp_once())
    except LookupError as e:
        raise click.ClickException(str(e))
    if out:
        Path(out).write_text(page, encoding="utf-8")
        click.echo(f"→ {out}", err=True)
    else:
        click.echo(page)


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
    import yaml

    from pipeline.db import checkpoint
    from pipeline.serving import datasette_command, metadata_for

    checkpoint(db_path)
    # Kept where the next serve overwrites it: Datasette replaces this process, so nothing would remove it.
    metadata = Path.home() / ".cache" / "policyfacts" / f"metadata-{Path(db_path).stem}.yml"
    metadata.parent.mkdir(parents=True, exist_ok=True)
    metadata.write_text(yaml.safe_dump(metadata_for(db_path), allow_unicode=True), encoding="utf-8")
    # Datasette replaces this process, so that a signal that stops `policyfacts serve` stops the server.
    os.execv(sys.executable, datasette_command(db_path, str(metadata), host, port))
