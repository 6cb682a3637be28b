"""Datasette plugin `policyfacts_links`: every fact row leads back to where its number was read.

In `facts` and the per-type views, a fact's `text` links to the highlighted document view at the fact
(`/-/highlight/{document}#fact-{id}`). In the views, which have no foreign keys, `id` links to the fact's row
(whose `document` and `sentence` link on) and `document` to the document.
"""
from __future__ import annotations

from datasette import hookimpl
from datasette.utils import tilde_encode
from markupsafe import Markup, escape

from pipeline.datasette_highlight import highlight_url

FACT_VIEWS = {"areas", "money", "investments", "targets", "industries"}
FACT_TABLES = {"facts"} | FACT_VIEWS


def link(href: str, text) -> Markup:
    return Markup('<a href="{}">{}</a>').format(href, escape(text))


def raw(row, column: str):
    """A row's value: Datasette hands foreign keys it has labelled as {"value": …, "label": …}."""
    value = row[column]
    return value["value"] if isinstance(value, dict) else value


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if table not in FACT_TABLES or value is None or not {"id", "document"} <= set(row.keys()):
        return None
    if column == "text":
        return link(datasette.urls.path(highlight_url(raw(row, "document"), raw(row, "id"))), value)
    if table in FACT_VIEWS and column == "id":
        return link(datasette.urls.row(database, "facts", tilde_encode(str(value))), value)
    if table in FACT_VIEWS and column == "document":
        return link(datasette.urls.row(database, "documents", tilde_encode(value)), value)
    return None
