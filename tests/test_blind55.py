"""The fifty-fifth blind set: five reports in the genres analysts scrape (a 2024 Inner Mongolia government-site page
publishing 阿拉善高新区's rectification plan answering the central environmental inspection's feedback, with page
navigation, 索引号 / 文号, an investment table, related links and a footer with phones and a newspaper's subscription
price; a GBK-encoded 2024 Hunan county notice of 湖南茶陵经济开发区's 2023 亩均效益 evaluation, with A/B/C/D classes,
per-mu tax and three tables; a 2025 Chongqing township's report on its 乡镇工业集中区 to the county people's congress
standing committee, with full-width digits and punctuation and amounts in Chinese numerals; a Big5-encoded
traditional-script excerpt of a Hong Kong-listed parts maker's 2024 ESG report on its plants in four Jilin zones, with
HKD, RMB and USD amounts and an English summary; a UTF-16 2025 Guangxi draft outline of the 十五五 development-zone plan
(2026—2030) with 2030 targets and a table of zones and leading industries), written and annotated without reading the
extractors or running them; the annotations were committed before any extraction. tests/fixtures/blind55/README.md
says what each exercises and which calls the annotation made. It was sealed until the session's final measurement;
its floors, at the end, came after it."""

from tests.annotated_sets import (assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding, assert_stored_normalized,
                                  set_fixtures)
from tests.conftest import ROOT

BLIND55 = ROOT / "tests" / "fixtures" / "blind55"
WEB = "pb1_neimenggu_2024_alashan_chemical_park_rectification_web.txt"
GBK = "pb2_hunan_2024_chaling_mujun_evaluation_notice_gbk.txt"
FULLWIDTH = "pb3_chongqing_2025_longtan_township_zone_npc_report_fullwidth.txt"
BIG5 = "pb4_hongkong_2025_jilin_plants_esg_report_trad_big5.txt"
UTF16 = "pb5_guangxi_2025_kaifaqu_15th_fyp_outline_draft_utf16.txt"


annotations, documents, audit = set_fixtures(BLIND55)


def test_every_blind55_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_legacy_encodings_are_really_legacy_and_are_read(documents):
    assert_in_legacy_encoding(BLIND55, documents, {
        GBK: ("gbk", "关于公布2023年度湖南茶陵经济开发区工业企业亩均效益综合评价结果的通知"),
        BIG5: ("big5", "长春汽车经济技术开发区"),
        UTF16: ("utf-16", "广西壮族自治区开发区“十五五”发展规划纲要(2026—2030年)"),
    })
    assert b"\r\n" in (BLIND55 / GBK).read_bytes()
    assert (BLIND55 / UTF16).read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")


def test_the_other_reports_are_utf8(documents):
    for name in (WEB, FULLWIDTH):
        (BLIND55 / name).read_bytes().decode("utf-8")
    assert "发布时间:2024-07-12 09:30" in documents[WEB].text


def test_the_traditional_report_is_stored_simplified(documents):
    raw = (BLIND55 / BIG5).read_bytes().decode("big5")
    assert "長春汽車經濟技術開發區" in raw and "港幣" in raw and "億元" in raw
    doc = documents[BIG5]
    assert_stored_normalized(doc, "长春工厂位于长春汽开区东风大街,占地面积32万平方米", "長春", "開發區", "廠", "萬平方米")
    assert_stored_normalized(doc, "拟投资不超过1亿美元在汽开区新建一体化压铸工厂", "擬投資", "億美元")


def test_the_full_width_digits_of_the_township_report_are_stored_normalized(documents):
    raw = (BLIND55 / FULLWIDTH).read_text(encoding="utf-8")
    assert "３．２平方公里" in raw and "，" in raw and "（" in raw
    doc = documents[FULLWIDTH]
    assert_stored_normalized(doc, "规划面积3.2平方公里,已建成面积1.46平方公里", "３．２", "１．４６", "（以下简称")
    for numerals in ("规上工业产值二十三点六亿元", "入库税收一亿零八百万元", "计划总投资三亿八千万元"):
        assert numerals in doc.text


# Sealed through rounds 50a–51a, measured (README), then rounds 52a–d wrote rules from it: floors a little below
# what they reached.
BLIND55_FLOORS = {"money": (0.98, 0.98), "area": (0.98, 0.98), "target": (0.88, 0.72), "zone": (0.98, 0.95), "industry": (0.94, 0.96)}
BLIND55_ATTRIBUTION_FLOOR = 0.93


def test_blind55_floors(audit):
    assert_above_floors(audit, BLIND55_FLOORS, BLIND55_ATTRIBUTION_FLOOR, {"year": 0.88}, label="blind set 55")
