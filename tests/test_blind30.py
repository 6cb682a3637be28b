"""The thirtieth blind set: five reports in the genres analysts scrape (a 2016 Beijing 大兴区发改委 政府信息公开申请答复书,
GB18030 with CRLF, answering with two tab-separated tables of four zones' areas, output and investment and of 2015's
signed projects, the 十三五 goals and a 不予公开 part; a 2019 知乎-style Q&A thread on where near Shanghai to set up a
hardware factory (松江, 嘉善, 太仓港 开发区), full-width digits, users quoting land prices and subsidies colloquially (四十来万,
二十来万, 一千多块), signatures, 赞同 counts, ads and related questions; a 2016 Hong Kong 信报-style 深度报道 in traditional
script (Big5) on the indebted 大连花园口经济区, with HKD / USD / EUR amounts, a table of 2011–2015 figures, the merger into
庄河经济开发区 and a 背景 sidebar; a 2024 Ningxia 平罗县发改局 重大项目推进表 exported as tab-separated text, amounts in 万元
by the header only, with 总投资 / 2024年计划投资 / 1-6月累计完成 columns, a 合计 row and a progress note; a 2021 bilingual
(Chinese and English, UTF-16) introduction page of the 黑河边境经济合作区 with RMB, USD and RUB amounts), written and annotated
without reading the extractors or running them; the annotations were committed before any extraction.
tests/fixtures/blind30/README.md says what each exercises and which calls the annotation made. Its first audit (README) is the unseen
measurement; the floors at the end guard the rules written from it since."""

from tests.annotated_sets import (assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding, assert_stored_normalized,
                                  set_fixtures)
from tests.conftest import ROOT

BLIND30 = ROOT / "tests" / "fixtures" / "blind30"
REPLY = "oc1_beijing_2016_daxing_disclosure_reply_table_gb18030.txt"
FORUM = "oc2_shanghai_2019_factory_site_qa_forum_fullwidth.txt"
INDEPTH = "oc3_liaoning_2016_huayuankou_hk_finance_indepth_trad_big5.txt"
SCHEDULE = "oc4_ningxia_2024_pingluo_drc_key_projects_tsv.txt"
BORDER = "oc5_heilongjiang_2021_heihe_border_zone_bilingual_utf16.txt"


annotations, documents, audit = set_fixtures(BLIND30)


def test_every_blind30_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_legacy_encodings_are_really_legacy_and_are_read(documents):
    assert_in_legacy_encoding(BLIND30, documents, {
        REPLY: ("gb18030", "北京市大兴区发展和改革委员会"),
        INDEPTH: ("big5", "辽宁园区债务困局"),
        BORDER: ("utf-16", "黑河边境经济合作区管理委员会"),
    })
    assert b"\r\n" in (BLIND30 / REPLY).read_bytes()
    assert (BLIND30 / BORDER).read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")


def test_the_other_reports_are_utf8(documents):
    for name in (FORUM, SCHEDULE):
        (BLIND30 / name).read_bytes().decode("utf-8")
    assert "序号\t项目名称\t建设地点" in documents[SCHEDULE].text
    assert "1250000\t380000\t196500" in documents[SCHEDULE].text


def test_the_traditional_report_is_stored_simplified(documents):
    raw = (BLIND30 / INDEPTH).read_bytes().decode("big5")
    assert "大連花園口經濟區" in raw and "港幣38億元" in raw and "1.2億歐元" in raw
    doc = documents[INDEPTH]
    assert_stored_normalized(doc, "大连花园口经济区(下称花园口)", "大連", "花園口", "經濟區", "（下稱")
    assert_stored_normalized(doc, "合同投资额达港币38亿元", "港幣", "億元")
    assert_stored_normalized(doc, "项目计划总投资二十五亿元", "二十五億元", "計劃")


def test_the_full_width_forum_is_stored_with_ordinary_digits(documents):
    raw = (BLIND30 / FORUM).read_text(encoding="utf-8")
    assert "９０万元左右" in raw and "（就是大家说的松江开发区）" in raw
    doc = documents[FORUM]
    assert_stored_normalized(doc, "工业用地挂牌价一亩要90万元左右", "９０万元", "（就是")
    assert_stored_normalized(doc, "松江经开区规划面积约62平方公里", "６２平方公里")
    for numerals in ("规划面积大概是二百二十九平方公里", "规上工业产值七百九十点五亿元", "一亩40来万", "一千多块"):
        assert numerals in doc.text


def test_the_chinese_numerals_of_the_reply_and_the_border_page_are_kept(documents):
    for numerals in ("七百八十点二亿元", "不低于十九点九一亿元", "一千二百万元以上", "三十亿元"):
        assert numerals in documents[REPLY].text
    doc = documents[BORDER]
    assert "计划总投资三亿二千万元" in doc.text and "投资6亿卢布" in doc.text
    assert "GDP of RMB 3.86 billion" in doc.text


# After its first audit (README), rounds 26–27 wrote rules from it: floors a little below what the session's last rules
# reached.
BLIND30_FLOORS = {"money": (0.97, 0.86), "area": (0.98, 0.89), "target": (0.85, 0.84), "zone": (0.98, 0.85), "industry": (0.98, 0.95)}
BLIND30_ATTRIBUTION_FLOOR = 0.79


def test_blind30_floors(audit):
    assert_above_floors(audit, BLIND30_FLOORS, BLIND30_ATTRIBUTION_FLOOR, {"year": 0.90}, label="blind set 30")
