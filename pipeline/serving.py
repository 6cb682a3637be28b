"""Serving a database with Datasette: the project's metadata, fitted to the database's name."""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

METADATA = Path(__file__).resolve().parent.parent / "db" / "metadata.yml"
# db/metadata.yml describes a database served as `facts` (the file facts.db, as `make demo` builds it).
METADATA_DATABASE = "facts"


def metadata_for(db_path: str | Path) -> dict:
    """The project's metadata for the database at db_path: Datasette names a database after its file, so
    descriptions, canned queries, dashboards and home-page links written for `facts` move to that name."""
    metadata = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    name = Path(db_path).stem
    if name == METADATA_DATABASE:
        return metadata
    metadata["databases"] = {name: metadata["databases"][METADATA_DATABASE]}
    metadata["description_html"] = metadata["description_html"].replace(
        f'href="/{METADATA_DATABASE}/', f'href="/{name}/')
    for dashboard in metadata.get("plugins", {}).get("datasette-dashboards", {}).values():
        for chart in dashboard.get("charts", {}).values():
            if chart.get("db") == METADATA_DATABASE:
                chart["db"] = name
    return metadata


def datasette_command(db_path: str, metadata_path: str, host: str, port: int) -> list[str]:
    """Datasette over one database, read-only (immutable), with a SQL time limit."""
    return [
        sys.executable, "-m", "datasette", "serve", "--immutable", db_path, "--metadata", metadata_path,
        "--host", host, "--port", str(port), "--setting", "sql_time_limit_ms", "3000",
    ]
