"""The Datasette side over the ingested corpus: Chinese search against a plain substring count, fact links,
and the dashboard's queries."""
import asyncio
import sqlite3

import pytest
import sqlite_utils
import yaml
from datasette.app import Datasette

from pipeline.datasette_highlight import highlight_url
from pipeline.datasette_search import fts_expression, prepare_connection, query_words, vocabulary_lookup
from tests.conftest import ROOT

QUERIES = ["光电", "产业集聚区", "新能源汽车", "亿元"]
METADATA = yaml.safe_load((ROOT / "db" / "metadata.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def datasette(corpus_db):
    return Datasette([str(corpus_db)], metadata=METADATA)  # not immutable: the session fixture keeps its WAL


def get_json(datasette, path):
    response = asyncio.run(datasette.client.get(path))
    assert response.status_code == 200, response.text
    return response.json()


def sentences_containing(corpus_db, text) -> set[int]:
    db = sqlite_utils.Database(corpus_db)
    return {row["id"] for row in db.query("select id from sentences where instr(text, ?)", [text])}


@pytest.mark.parametrize("query", QUERIES)
def test_sentences_table_search_finds_every_sentence_containing_the_query(datasette, corpus_db, query):
    found = get_json(datasette, f"/facts/sentences.json?_search={query}&_size=max&_col=id&_shape=objects")
    expected = sentences_containing(corpus_db, query)
    assert expected and {row["id"] for row in found["rows"]} == expected


@pytest.mark.parametrize("query", QUERIES)
def test_canned_search_queries_find_every_sentence_and_document(datasette, corpus_db, query):
    rows = get_json(datasette, f"/facts/search_sentences.json?query={query}&_shape=array&_size=max")
    expected = sentences_containing(corpus_db, query)
    assert {row["sentence"] for row in rows} == expected
    documents = get_json(datasette, f"/facts/search_documents.json?query={query}&_shape=array")
    assert sum(row["sentences"] for row in documents) == len(expected)


def test_the_segmented_index_alone_misses_sentences_the_query_expansion_finds(corpus_db):
    conn = sqlite3.connect(corpus_db)
    prepare_connection(conn, "facts", None)
    raw = expanded = 0
    for query in QUERIES:
        raw += conn.execute("select count(*) from sentences_fts where sentences_fts match ?", [query]).fetchone()[0]
        expanded += conn.execute(
            "select count(*) from sentences_fts where sentences_fts match jieba_fts(?)", [query]).fetchone()[0]
    assert raw < expanded  # e.g. 高新技术产业集聚区 is one indexed word, found for 产业集聚区 only by expansion


def test_a_query_is_cut_like_the_text_and_expanded_over_the_index_vocabulary(corpus_db):
    conn = sqlite3.connect(corpus_db)
    conn.execute("create virtual table temp.sentences_fts_vocabulary using fts5vocab(main, sentences_fts, row)")
    lookup = vocabulary_lookup(conn)
    assert query_words("南阳高新区3.1793亿元") == ["南阳", "高新区", "3", "1793", "亿元"]
    assert '"高新技术产业集聚区"' in fts_expression("产业集聚区", lookup)
    assert fts_expression("光电 亿元", lookup).count(" AND ") == 1
    assert fts_expression("  ", lookup) == '""'


def test_a_fact_links_to_its_highlighted_document_and_view_rows_to_the_fact_and_document(datasette, corpus_db):
    fact = next(sqlite_utils.Database(corpus_db).query(
        "select id, document from facts where text = '3.1793亿元'"))
    link = f'<a href="{highlight_url(fact["document"], fact["id"])}">3.1793亿元</a>'
    facts_page = asyncio.run(datasette.client.get("/facts/facts?type=money&_size=max"))
    assert link in facts_page.text
    view = asyncio.run(datasette.client.get("/facts/investments?_size=max")).text
    assert link in view
    assert f'<a href="/facts/facts/{fact["id"]}">{fact["id"]}</a>' in view
    assert f'<a href="/facts/documents/{fact["document"].replace(".", "~2E")}">' in view


def test_investments_show_yi_beside_the_raw_value(datasette):
    rows = get_json(datasette, "/facts/investments.json?_shape=array&_size=max")
    row = next(r for r in rows if r["text"] == "3.1793亿元")
    assert (row["value"], row["value_yi"]) == (317930000, 3.1793)


def test_every_dashboard_chart_query_returns_rows(corpus_db):
    conn = sqlite3.connect(corpus_db)
    charts = METADATA["plugins"]["datasette-dashboards"]["zones"]["charts"]
    assert len(charts) >= 4
    for name, chart in charts.items():
        assert chart["db"] == "facts"
        assert conn.execute(chart["query"]).fetchall(), name


def test_metadata_follows_a_database_served_under_another_name(corpus_db, corpus_db_copy):
    from pipeline.serving import metadata_for

    archive = corpus_db_copy.rename(corpus_db_copy.with_name("archive.db"))
    metadata = metadata_for(archive)
    assert list(metadata["databases"]) == ["archive"]
    assert 'href="/archive/facts"' in metadata["description_html"] and 'href="/facts/' not in metadata["description_html"]
    charts = metadata["plugins"]["datasette-dashboards"]["zones"]["charts"]
    assert {c["db"] for c in charts.values()} == {"archive"}
    ds = Datasette([str(archive)], metadata=metadata)
    page = asyncio.run(ds.client.get("/archive/search_sentences.json?query=光电&_shape=array"))
    assert page.status_code == 200 and page.json() and all("光电" in r["text"] for r in page.json())
    assert metadata_for(corpus_db) == yaml.safe_load((ROOT / "db" / "metadata.yml").read_text(encoding="utf-8"))
