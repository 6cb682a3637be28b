"""Datasette plugin `policyfacts_search`: search the sentences in Chinese.

The full-text index (`sentences_fts`) holds each sentence as jieba's words separated by spaces, and SQLite's
tokenizer cannot split Chinese itself. So a query is cut with the same jieba and dictionary, and each of its
words is looked up in the index's own vocabulary: 光电 also finds the indexed word 光电信息, and 新能源汽车 is found
whether the text was cut 新能源汽车 or 新能源 · 汽车. Words separated by spaces in a query must all appear.

`jieba_fts(query)` is a SQL function returning the FTS5 expression (for canned queries); on the `sentences`
table page, `?_search=` goes through it too.
"""
from __future__ import annotations

import functools

from datasette import hookimpl
from datasette.filters import FilterArguments

from extractors import patterns

FTS_TABLE = "sentences_fts"
VOCABULARY = "temp.sentences_fts_vocabulary"
# What SQLite's unicode61 tokenizer keeps as token characters; everything else separates tokens.
TOKEN = patterns.compile(r"[\p{L}\p{N}\p{Co}]+")


@functools.lru_cache(maxsize=1)
def _jieba():
    from pipeline.lexicons import load_lexicons
    from pipeline.segmenting import make_jieba

    return make_jieba(load_lexicons())


def query_words(part: str) -> list[str]:
    """A query part as the index would hold it: jieba's words, lower-cased, split where unicode61 splits."""
    return [token for word in _jieba().cut(part) for token in TOKEN.findall(word.lower())]


def quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def part_expression(part: str, terms_with) -> str:
    """FTS5 expression for sentences containing one query part. A part of one word may sit anywhere inside an
    indexed word; of several, the first may end an indexed word and the last begin one, the others are whole;
    or the whole part may sit inside one indexed word (新能源 · 汽车 in 新能源汽车)."""
    words = query_words(part)
    if len(words) == 1:
        return "(" + " OR ".join(map(quote, terms_with(words[0], "contains") or words)) + ")"
    firsts = terms_with(words[0], "ends") or words[:1]
    rest = " ".join(words[1:])
    alternatives = [f"{quote(first + ' ' + rest)} *" for first in firsts]
    whole = part.lower()
    if whole == "".join(words):  # no separator inside: it could be a single indexed word
        alternatives += map(quote, terms_with(whole, "contains"))
    return "(" + " OR ".join(alternatives) + ")"


def fts_expression(query: str, terms_with) -> str:
    """The FTS5 expression for a user's query; `terms_with(word, how)` lists the indexed terms that contain
    the word or end with it. Each space-separated part of the query must be found."""
    parts = [part for part in query.split() if query_words(part)]
    return " AND ".join(part_expression(part, terms_with) for part in parts) or '""'


def vocabulary_lookup(conn):
    """`terms_with` reading the index's vocabulary through `conn` (fts5vocab), so it is never out of date."""
    conditions = {"contains": "instr(term, :word) > 0", "ends": "substr(term, -length(:word)) = :word"}

    def terms_with(word: str, how: str) -> list[str]:
        sql = f"select term from {VOCABULARY} where {conditions[how]} order by term"
        return [row[0] for row in conn.execute(sql, {"word": word})]

    return terms_with


@hookimpl
def startup(datasette):
    # Load jieba's dictionary now: loaded inside a first query it could use up the query's time limit.
    _jieba()


@hookimpl
def prepare_connection(conn, database, datasette):
    has_index = conn.execute("select 1 from sqlite_master where name = ?", [FTS_TABLE]).fetchone()
    if not has_index:
        return
    conn.execute(f"create virtual table if not exists {VOCABULARY} using fts5vocab(main, {FTS_TABLE}, row)")
    lookup = vocabulary_lookup(conn)
    conn.create_function("jieba_fts", 1, lambda query: fts_expression(query or "", lookup))


@hookimpl(trylast=True)
def filters_from_request(request, database, table, datasette):
    """Datasette's own `?_search=` filter matches `:search` as written (metadata sets `searchmode: raw` on the
    sentences table); this hook runs after it and puts the jieba expression in that parameter instead, so the
    page still shows what the analyst typed."""
    query = request.args.get("_search", "").strip()
    if not query:
        return None

    async def inner():
        db = datasette.get_database(database)
        if await db.fts_table(table) != FTS_TABLE:
            return None
        expression = (await db.execute("select jieba_fts(?)", [query])).first()[0]
        return FilterArguments([], params={"search": expression})

    return inner
