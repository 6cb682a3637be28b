"""Ingest corpus/ and check what an analyst relies on: provenance, idempotence, and Datasette."""
import shutil

import sqlite_utils
from datasette.app import Datasette

from pipeline.db import open_db
from pipeline.ingest import ingest
from tests.conftest import CORPUS, ROOT


def test_every_fact_gives_back_its_text_from_the_document(corpus_db):
    db = sqlite_utils.Database(corpus_db)
    assert db["facts"].count > 100
    bad = list(db.query("""
        select f.id, f.text from facts f join documents d on d.name = f.document
        where substr(d.text, f.start + 1, f."end" - f.start) != f.text"""))
    assert bad == []
    # and every fact sits inside the sentence it is linked to
    outside = list(db.query("""
        select f.id from facts f join sentences s on s.id = f.sentence
        where f.start < s.start or f."end" > s."end" """))
    assert outside == []


def test_sentences_are_stored_with_offsets_and_segmentation(corpus_db):
    db = sqlite_utils.Database(corpus_db)
    for row in db.query("select s.*, d.text as doc from sentences s join documents d on d.name = s.document"):
        assert row["doc"][row["start"]:row["end"]] == row["text"]
        assert row["segmented"].replace(" ", "") == row["text"].replace(" ", "")
    hits = list(db.query("select count(*) as n from sentences_fts where sentences_fts match '光电'"))
    assert hits[0]["n"] > 0


def test_ingest_is_idempotent_and_a_changed_file_replaces_its_rows(tmp_path, nlp):
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder, ignore=shutil.ignore_patterns("annotations"))
    db = open_db(tmp_path / "f.db")
    first = ingest([folder], db, nlp=nlp)
    snapshot = {t: list(db[t].rows) for t in ("documents", "sentences", "facts")}
    again = ingest([folder], db, nlp=nlp)
    assert (again.ingested, again.unchanged) == (0, 5)
    assert {t: list(db[t].rows) for t in ("documents", "sentences", "facts")} == snapshot

    changed = folder / "002_51d2894722f2002f.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n新增投资99亿元。\n", encoding="utf-8")
    third = ingest([folder], db, nlp=nlp)
    assert (third.ingested, third.unchanged) == (1, 4)
    texts = [r["text"] for r in db.query("select text from facts where document = ?", [changed.name])]
    assert "99亿元" in texts
    assert db["documents"].count == 5
    other_docs = list(db.query("select count(*) as n from facts where document != ?", [changed.name]))[0]["n"]
    assert other_docs == sum(1 for r in snapshot["facts"] if r["document"] != changed.name)
    assert first.facts_by_type["money"] > 0
    # the full-text index holds exactly the stored sentences (SQLite checks it against them)
    db.execute("insert into sentences_fts (sentences_fts) values ('integrity-check')")
    replaced = list(db.query("select rowid from sentences_fts where sentences_fts match '新增'"))
    assert [r["rowid"] for r in replaced] == [r["id"] for r in db.query(
        "select id from sentences where segmented like '%新增%'")] != []


def test_a_database_made_before_the_place_column_gets_it_when_opened(corpus_db_copy):
    db = sqlite_utils.Database(corpus_db_copy)
    places = {r["name"]: r["place"] for r in db.query("select name, place from documents")}
    assert places["001_0b92ebc8ab425092.txt"] == "410600000000"  # 鹤壁市
    db.execute("alter table documents drop column place")
    assert {r["name"]: r["place"] for r in open_db(corpus_db_copy).query("select name, place from documents")} == places




def test_datasette_serves_the_tables_views_and_canned_queries(corpus_db):
    import asyncio

    import yaml

    metadata = yaml.safe_load((ROOT / "db" / "metadata.yml").read_text(encoding="utf-8"))
    ds = Datasette([str(corpus_db)], immutables=[], metadata=metadata)

    async def run():
        home = await ds.client.get("/facts.json")
        assert home.status_code == 200
        tables = {t["name"] for t in home.json()["tables"]}
        assert {"documents", "sentences", "zones", "facts"} <= tables
        money = await ds.client.get("/facts/money.json?_shape=array&_size=max")
        rows = money.json()
        assert any(r["text"] == "3.1793亿元" and r["value"] == 317930000 for r in rows)
        invest = await ds.client.get("/facts/investments.json?_shape=array&_size=max")
        assert all(r["category"] in ("investment", "financing") for r in invest.json())
        facts_page = await ds.client.get("/facts/facts?type=area")
        assert facts_page.status_code == 200 and "平方公里" in facts_page.text
        query = await ds.client.get("/facts/document_facts.json?_shape=array&document=002_51d2894722f2002f.txt")
        assert query.status_code == 200 and len(query.json()) > 5
        search = await ds.client.get("/facts/sentences.json?_search=光电&_shape=array")
        assert search.status_code == 200 and all("光电" in r["text"] for r in search.json())

    asyncio.run(run())
