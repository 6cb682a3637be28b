"""The audit: arithmetic on hand-made cases, runs over the corpus (from the database and from the files), the
stored history, the sample → review round trip, and the highlighted document page."""
import asyncio
import json
import shutil

import pandas as pd
import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.app import Datasette

from pipeline.audit import compare, run_audit, score_figures, wilson_interval
from pipeline.cli import cli
from pipeline.datasette_highlight import highlight_url
from pipeline.db import open_db
from pipeline.highlight import AuditMarks, marks_from_items, render_page
from pipeline.review import allocate, parse_verdict, read_review_csv
from tests.conftest import CORPUS

ANNOTATIONS = CORPUS / "annotations"


def money(value, zone=None, start=0, **fields):
    return {"document": "d.txt", "type": "money", "text": "x", "start": start, "end": start + 1, "currency": "CNY",
            "value": value, "value_max": None, "approx": "exact", "zone": zone, "category": "investment", "target": False, "year": None, **fields}


def scores(extracted, annotated, type_="money"):
    s = compare(extracted, annotated).scores[type_]
    return s.tp, s.fp, s.fn


def test_a_perfect_match_scores_one():
    c = compare([money(3e8, "A")], [money(3e8, "A")])
    assert (c.scores["money"].tp, c.scores["money"].fp, c.scores["money"].fn) == (1, 0, 0)
    assert c.scores["money"].f1 == 1.0 and c.zone_accuracy() == 1.0 and c.mismatched_fields() == []


def test_a_missing_fact_is_a_false_negative():
    assert scores([money(3e8)], [money(3e8), money(5e8)]) == (1, 0, 1)


def test_a_wrong_value_is_one_false_positive_and_one_false_negative():
    c = compare([money(3.5e8)], [money(3e8)])
    assert [f["value"] for f in c.false_positives] == [3.5e8] and [f["value"] for f in c.false_negatives] == [3e8]


def test_a_figure_counts_once_per_occurrence():
    # The report states 3亿元 once; extracting it twice is one hit and one false positive.
    assert scores([money(3e8, start=0), money(3e8, start=9)], [money(3e8)]) == (1, 1, 0)
    # Stated twice and annotated twice, extracted once: one miss.
    assert scores([money(3e8)], [money(3e8), money(3e8)]) == (1, 0, 1)


def test_a_wrong_zone_matches_but_costs_attribution():
    c = compare([money(3e8, "南阳高新区")], [money(3e8, "南阳新能源产业集聚区")])
    assert c.scores["money"].tp == 1 and c.zone_accuracy() == 0.0
    [(extracted, annotated, fields)] = c.mismatched_fields()
    assert fields == ["zone"]


def test_field_accuracy_compares_only_the_fields_a_type_carries():
    # SQLite gives target as 0/1: that is the same as false/true.
    extracted = [money(3e8, target=1, year=2015), money(5e8, category="output", target=0)]
    annotated = [money(3e8, target=True, year=2015), money(5e8, category="investment")]
    accuracy = compare(extracted, annotated).field_accuracy()
    assert accuracy == {"category": (1, 2), "target": (2, 2), "year": (2, 2)}


def test_wilson_intervals_match_known_values():
    assert [round(x, 4) for x in wilson_interval(0, 10)] == [0.0, 0.2775]
    assert [round(x, 4) for x in wilson_interval(95, 100)] == [0.8882, 0.9785]
    figures = score_figures(compare([money(3e8)], [money(3e8), money(5e8)]).scores["money"])
    assert figures["recall"] == 0.5 and [round(x, 4) for x in (figures["recall_low"], figures["recall_high"])] == [
        0.0945, 0.9055]


def test_the_audit_reads_current_documents_from_the_database_and_agrees_with_extraction(corpus_db, nlp):
    from_files = run_audit(ANNOTATIONS, None, lambda: nlp)
    from_db = run_audit(ANNOTATIONS, sqlite_utils.Database(corpus_db), lambda: nlp)
    assert set(from_files.to_dict()["documents"].values()) == {"extracted"}
    assert set(from_db.to_dict()["documents"].values()) == {"database"}
    assert from_db.figures() == from_files.figures()
    assert from_db.problems == []
    for item in from_db.items():
        # Every error stands in the sentence it is listed with, and in the database that sentence has an id.
        assert item["text"] in item["sentence_text"] or item["kind"] == "wrong_field", item
        assert item["sentence"] is not None


def test_audit_command_prints_figures_and_errors_and_stores_the_run(corpus_db_copy):
    db_path = corpus_db_copy
    result = CliRunner().invoke(cli, ["audit", "--annotations", str(ANNOTATIONS), "--db", str(db_path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    db = sqlite_utils.Database(db_path)
    [run] = list(db["audit_runs"].rows)
    assert run["id"] == report["run"] and run["kind"] == "annotations" and run["documents"] == 5
    stored = {r["type"]: r for r in db["audit_scores"].rows_where("run = ?", [run["id"]])}
    assert set(stored) == set(report["types"]) == {"zone", "area", "money", "target", "industry"}
    for t, figures in report["types"].items():
        assert (stored[t]["tp"], stored[t]["fp"], stored[t]["fn"]) == (figures["tp"], figures["fp"], figures["fn"])
        assert figures["precision_low"] <= figures["precision"] <= figures["precision_high"]
    errors = list(db.query("select i.*, s.text as linked_sentence from audit_items i join sentences s on s.id = i.sentence"))
    assert len(errors) == len(report["errors"]) == db["audit_items"].count
    assert all(e["text"] in e["linked_sentence"] for e in errors if e["kind"] != "wrong_field")
    assert sum(e["kind"] == "false_negative" for e in errors) == sum(f["fn"] for f in report["types"].values())

    text = CliRunner().invoke(cli, ["audit", "--db", str(db_path), "--annotations", str(ANNOTATIONS)]).output
    assert "precision" in text and "False positives" in text and "False negatives" in text and "in: " in text


def test_fail_under_thresholds_set_the_exit_status(tmp_path, corpus_db):
    args = ["audit", "--annotations", str(ANNOTATIONS), "--db", str(corpus_db), "--no-store"]
    low = CliRunner().invoke(cli, [*args, "--fail-under-precision", "0.5", "--fail-under-recall", "0.5"])
    high = CliRunner().invoke(cli, [*args, "--fail-under-recall", "1.0"])
    assert low.exit_code == 0 and high.exit_code == 1
    assert "below the threshold" in high.output


def test_a_malformed_annotation_line_is_reported_and_the_audit_goes_on(tmp_path, nlp):
    report = tmp_path / "r.txt"
    report.write_text("南阳高新区今年完成投资3亿元。", encoding="utf-8")
    good = money(3e8, text="3亿元", document="r.txt", category="investment", year=None)
    (tmp_path / "annotations").mkdir()
    (tmp_path / "annotations" / "r.jsonl").write_text(
        json.dumps(good, ensure_ascii=False) + "\n{\"type\": \n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["audit", "--annotations", str(tmp_path / "annotations"),
                                      "--db", str(tmp_path / "none.db"), "--json"])
    assert result.exit_code == 0
    assert "r.jsonl:2: not JSON" in result.stderr
    report = json.loads(result.stdout)
    assert report["types"]["money"]["tp"] == 1 and report["run"] is None


def test_reingesting_a_document_unlinks_its_old_audit_items(tmp_path, nlp):
    from pipeline.ingest import ingest

    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(CORPUS / "000_e3b410fa4eadb6fc.txt", folder)
    db = open_db(tmp_path / "facts.db")
    ingest([folder], db, nlp=nlp)
    sentence = next(db.query("select id from sentences limit 1"))["id"]
    db["audit_runs"].insert({"id": 1, "kind": "annotations"})
    db["audit_items"].insert({"run": 1, "kind": "false_positive", "document": "000_e3b410fa4eadb6fc.txt",
                              "sentence": sentence, "text": "x"})
    report = folder / "000_e3b410fa4eadb6fc.txt"
    report.write_text(report.read_text(encoding="utf-8") + "\n附:新增一句。", encoding="utf-8")
    ingest([folder], db, nlp=nlp)
    [item] = list(db["audit_items"].rows)
    assert item["sentence"] is None and item["text"] == "x"


def test_allocation_is_even_and_gives_what_a_small_type_cannot_take_to_the_others():
    assert allocate({"money": 50, "zone": 50}, 10) == {"money": 5, "zone": 5}
    assert allocate({"money": 50, "zone": 2, "area": 50}, 12) == {"money": 5, "zone": 2, "area": 5}
    assert allocate({"money": 3}, 10) == {"money": 3}


def test_verdicts_accept_the_usual_spellings_and_reject_the_rest():
    assert [parse_verdict(v) for v in ("y", " Yes", "是", "n", "否", "")] == [True, True, True, False, False, None]
    with pytest.raises(ValueError):
        parse_verdict("maybe")


def test_sample_and_review_round_trip(tmp_path, corpus_db_copy):
    db_path = corpus_db_copy
    sheet = tmp_path / "review.csv"
    runner = CliRunner()
    result = runner.invoke(cli, ["audit", "sample", "--db", str(db_path), "--n", "20", "--seed", "3",
                                 "--out", str(sheet)])
    assert result.exit_code == 0, result.output
    raw = sheet.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read it as UTF-8
    rows = pd.read_csv(sheet, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert len(rows) == 20 and rows["type"].value_counts().to_dict() == dict.fromkeys(
        ["zone", "area", "money", "target", "industry"], 4)
    assert all("【" + r.text + "】" in r.sentence for r in rows.itertuples())
    db = sqlite_utils.Database(db_path)
    for r in rows.itertuples():
        assert db["facts"].get(int(r.fact_id))["text"] == r.text
    again = tmp_path / "again.csv"
    runner.invoke(cli, ["audit", "sample", "--db", str(db_path), "--n", "20", "--seed", "3", "--out", str(again)])
    assert again.read_bytes() == raw  # the same seed draws the same sample

    # The reviewer marks money: 3 right, 1 wrong; zone: 1 right, 1 unreadable, 2 left blank; the rest blank.
    verdicts = {"money": ["y", "y", "是", "n"], "zone": ["y", "maybe", "", ""]}
    for t, marks in verdicts.items():
        index = rows.index[rows["type"] == t]
        rows.loc[index, "correct"] = marks
    rows.loc[rows.index[rows["type"] == "money"][3], "note"] = "年份错"
    rows.to_csv(sheet, index=False, encoding="utf-8-sig")

    result = runner.invoke(cli, ["audit", "review", str(sheet), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    review = read_review_csv(sheet)
    figures = review.figures()
    assert (figures["money"]["tp"], figures["money"]["fp"], figures["money"]["precision"]) == (3, 1, 0.75)
    assert (figures["zone"]["reviewed"], figures["zone"]["not_reviewed"]) == (1, 3)
    assert figures["area"]["reviewed"] == 0 and figures["area"]["precision"] is None
    line = int(rows.index[rows["type"] == "zone"][1]) + 2
    assert review.problems == [f"review.csv:{line}: correct must be y or n (or blank), not 'maybe'"]
    assert f"review.csv:{line}" in result.stderr
    [run] = list(db["audit_runs"].rows_where("kind = 'review'"))
    stored = {r["type"]: r for r in db["audit_scores"].rows_where("run = ?", [run["id"]])}
    assert stored["money"]["precision"] == 0.75 and stored["money"]["precision_low"] < 0.75
    [rejected] = list(db["audit_items"].rows_where("run = ?", [run["id"]]))
    assert rejected["kind"] == "rejected" and rejected["note"] == "年份错" and rejected["fact_id"] is not None


def test_a_review_sheet_without_the_review_columns_is_refused(tmp_path, corpus_db):
    sheet = tmp_path / "other.csv"
    sheet.write_text("a,b\n1,2\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["audit", "review", str(sheet), "--db", str(corpus_db), "--no-store"])
    assert result.exit_code != 0 and "lacks the column(s) fact_id, type, correct" in result.output


def hostile_document():
    text = "园区简介<script>alert(1)</script>\n南阳高新区投资3亿元,规划面积9.2平方公里。"
    start = text.index("3亿元")
    area = text.index("9.2")
    facts = [
        {"id": 7, "type": "money", "text": "3亿元", "start": start, "end": start + 3, "value": 3e8,
         "currency": "CNY", "category": "investment", "zone": "<b>南阳</b>"},
        {"id": 8, "type": "area", "text": "9.2平方公里", "start": area, "end": area + 7, "value": 9.2,
         "kind": "planned"},
    ]
    return text, facts


def test_the_highlighted_page_escapes_report_text_and_marks_audit_errors():
    text, facts = hostile_document()
    page = render_page("<img src=x onerror=alert(1)>.txt", text, facts,
                       AuditMarks(false_positives={("money", facts[0]["start"], facts[0]["end"])},
                                  missed=[{"type": "zone", "name": "南阳高新区", "start": text.index("南阳"),
                                           "end": text.index("南阳") + 5}]))
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img" not in page and "<b>南阳" not in page
    assert 'id="fact-7"' in page and 'id="fact-8"' in page
    assert "✗ money 3亿 CNY" in page and "area 9.2 km²" in page and "missed zone 南阳高新区" in page
    assert "#e31a1c" in page and "#969696" in page  # false positive and missed colours


def test_audit_marks_skip_items_whose_document_has_changed():
    text, facts = hostile_document()
    items = [{"kind": "false_positive", "type": "money", "text": "3亿元", "start": facts[0]["start"],
              "end": facts[0]["end"], "fact": "{}"},
             {"kind": "false_negative", "type": "money", "text": "5亿元", "start": 0, "end": 3, "fact": "{}"}]
    marks = marks_from_items(items, text)
    assert marks.false_positives == {("money", facts[0]["start"], facts[0]["end"])} and marks.missed == []


def test_datasette_serves_the_highlighted_page_and_links_documents_to_it(tmp_path, nlp):
    from pipeline.ingest import ingest

    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(CORPUS / "002_51d2894722f2002f.txt", folder / "报告 一.txt")
    (folder / "hostile.txt").write_text("南阳高新区<script>alert(1)</script>完成投资3亿元。", encoding="utf-8")
    db_path = tmp_path / "facts.db"
    ingest([folder], open_db(db_path), nlp=nlp)
    ds = Datasette([str(db_path)])

    async def run():
        page = await ds.client.get(highlight_url("报告 一.txt"))
        hostile = await ds.client.get("/-/highlight/hostile.txt")
        missing = await ds.client.get("/-/highlight/nothing.txt")
        table = await ds.client.get("/facts/documents")
        return page, hostile, missing, table

    page, hostile, missing, table = asyncio.run(run())
    assert page.status_code == 200 and "报告 一.txt" in page.text
    fact_ids = [r["id"] for r in sqlite_utils.Database(db_path).query(
        "select id from facts where document = '报告 一.txt'")]
    assert fact_ids and all(f'id="fact-{i}"' in page.text for i in fact_ids)
    assert hostile.status_code == 200 and "<script>alert" not in hostile.text and "&lt;script&gt;" in hostile.text
    assert missing.status_code == 404
    assert f'href="{highlight_url("报告 一.txt")}"' in table.text
    assert "<script>alert" not in table.text


def test_show_writes_the_page_of_a_file_with_audit_marks(tmp_path, nlp):
    out = tmp_path / "000.html"
    result = CliRunner().invoke(cli, ["show", str(CORPUS / "000_e3b410fa4eadb6fc.txt"), "--db",
                                      str(tmp_path / "none.db"), "--annotations", str(ANNOTATIONS),
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    audit = run_audit(ANNOTATIONS, None, lambda: nlp)
    fns = [f for f in audit.comparison.false_negatives if f["document"] == "000_e3b410fa4eadb6fc.txt"]
    assert f"{len(fns)} missed" in page and page.count("missed ") >= len(fns)
    assert CliRunner().invoke(cli, ["show", "nothing.txt", "--db", str(tmp_path / "none.db")]).exit_code != 0


def test_an_audit_with_no_usable_annotation_says_so(tmp_path):
    (tmp_path / "annotations").mkdir()
    (tmp_path / "annotations" / "r.jsonl").write_text('{"type": "money"}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["audit", "--annotations", str(tmp_path / "annotations"), "--no-store"])
    assert result.exit_code == 1 and "no annotated fact could be used" in result.output
    assert "r.jsonl:1: missing document, text" in result.output


def test_the_latest_audit_errors_query_links_each_error_to_its_highlighted_document(corpus_db_copy):
    import yaml

    from tests.conftest import ROOT

    assert CliRunner().invoke(cli, ["audit", "--db", str(corpus_db_copy), "--annotations", str(ANNOTATIONS)]).exit_code == 0
    metadata = yaml.safe_load((ROOT / "db" / "metadata.yml").read_text(encoding="utf-8"))
    ds = Datasette([str(corpus_db_copy)], metadata=metadata)

    async def run():
        rows = await ds.client.get("/facts/latest_audit_errors.json?_shape=array")
        page = await ds.client.get("/facts/latest_audit_errors")
        return rows.json(), page.text

    rows, page = asyncio.run(run())
    assert len(rows) == sqlite_utils.Database(corpus_db_copy)["audit_items"].count
    assert all(r["text"] in r["sentence"] for r in rows if r["kind"] != "wrong_field")
    assert f'href="{highlight_url(rows[0]["highlighted"])}"' in page


def test_annotated_names_and_zones_are_compared_as_the_stored_text_writes_them(tmp_path, nlp):
    name = "深圳（大庆）合作产业园"  # full-width brackets, as the file has them; the stored text has ( )
    (tmp_path / "r.txt").write_text(f"{name}今年完成投资3亿元。", encoding="utf-8")
    (tmp_path / "annotations").mkdir()
    facts = [{"document": "r.txt", "type": "zone", "text": name, "name": name, "aliases": [], "zone": name},
             money(3e8, zone=name, text="3亿元", document="r.txt", year=None)]
    (tmp_path / "annotations" / "r.jsonl").write_text(
        "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in facts), encoding="utf-8")
    audit = run_audit(tmp_path / "annotations", None, lambda: nlp)
    assert audit.comparison.scores["zone"].tp == 1 and audit.comparison.scores["zone"].fn == 0
    assert audit.comparison.zone_accuracy() == 1.0
