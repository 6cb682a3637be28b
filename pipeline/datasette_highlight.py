"""Datasette plugin: /-/highlight/{document} shows a document with its facts highlighted (and the latest audit's
false positives and missed facts marked); the documents table links each row there."""
from __future__ import annotations

from html import escape

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup

from pipeline.highlight import LATEST_AUDIT_ITEMS_SQL, marks_from_items, render_page

PREVIEW_CHARS = 200


def highlight_url(document: str, fact_id: int | None = None) -> str:
    # Datasette's own tilde encoding: a %-encoded path would be redirected to it anyway.
    return f"/-/highlight/{tilde_encode(document)}" + (f"#fact-{fact_id}" if fact_id is not None else "")


async def highlight_page(datasette, request):
    name = tilde_decode(request.url_vars["document"])
    database = datasette.get_database(request.args.get("database"))
    found = await database.execute("select text from documents where name = ?", [name])
    if not found.rows:
        raise NotFound(f"No document named {name}")
    text = found.rows[0]["text"]
    facts = [dict(r) for r in await database.execute(
        "select * from facts where document = ? order by start, id", [name])]
    marks = None
    if "audit_items" in await database.table_names():
        items = [dict(r) for r in await database.execute(LATEST_AUDIT_ITEMS_SQL, {"document": name})]
        marks = marks_from_items(items, text) if items else None
    return Response.html(render_page(name, text, facts, marks))


@hookimpl
def register_routes():
    return [(r"^/-/highlight/(?P<document>[^/]+)$", highlight_page)]


@hookimpl
def render_cell(row, value, column, table):
    # A report's whole text in a table cell helps nobody: show its opening and a link to the highlighted page.
    if table == "documents" and column == "text" and isinstance(value, str):
        preview = value[:PREVIEW_CHARS] + ("…" if len(value) > PREVIEW_CHARS else "")
        return Markup(f'<a href="{escape(highlight_url(row["name"]))}">highlighted facts (高亮)</a><br>'
                      f'{escape(preview)}')
    # Queries link to a document's page by naming a column `highlighted` and putting the document name in it.
    if column == "highlighted" and isinstance(value, str):
        return Markup(f'<a href="{escape(highlight_url(value))}">{escape(value)} (高亮)</a>')
    return None
