"""The forty-third blind set: five reports in the genres analysts scrape (a 2021 Hunan 衡阳 government work report
excerpt on a news portal page with navigation, 发布时间 / 浏览次数, a table of parks, 相关新闻 / 热点排行 and a footer with a
subscription price; a GB18030-encoded 2020 Xinjiang 塔城边境经济合作区 投资指南 brochure with a project table, policies,
factor prices in CNY / USD / EUR and a Q&A; a 2020 Shaanxi 渭南市审计局 audit announcement on the 渭南高新区's 2019 funds
in full-width digits and punctuation, with its platform company's figures and a 万元 table; a Big5-encoded 2022 Hong
Kong 信报-style feature on the 重庆 free-trade zone and 两江新区 in traditional script, with HKD / USD / CNY amounts, an
interview and a fact box; a UTF-16 2024 bond offering circular summary of the 襄阳高新区 platform company, the
company's figures beside the zone's), written and annotated without reading the extractors or running them; the
annotations were committed before any extraction. tests/fixtures/blind43/README.md says what each exercises and which
calls the annotation made. It was first audited on the session's first rules (README) before any rule was written from it; rounds
33–37 then wrote rules from it, and the floors at the end guard what they reached."""

from tests.annotated_sets import assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding, assert_stored_normalized, set_fixtures
from tests.conftest import ROOT

BLIND43 = ROOT / "tests" / "fixtures" / "blind43"
WEB = "op1_hunan_2021_hengyang_work_report_news_web.txt"
GB18030 = "op2_xinjiang_2020_tacheng_border_zone_brochure_gb18030.txt"
FULLWIDTH = "op3_shaanxi_2020_weinan_gaoxin_funds_audit_fullwidth.txt"
BIG5 = "op4_chongqing_2022_fta_liangjiang_hk_feature_trad_big5.txt"
UTF16 = "op5_hubei_2024_xiangyang_gaoxin_platform_bond_circular_utf16.txt"


annotations, documents, audit = set_fixtures(BLIND43)


def test_every_blind43_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_legacy_encodings_are_really_legacy_and_are_read(documents):
    assert_in_legacy_encoding(BLIND43, documents, {
        GB18030: ("gb18030", "塔城边境经济合作区(以下简称“塔城边合区”)于1992年经国务院批准设立"),
        BIG5: ("big5", "重庆两江新区于2010年6月挂牌"),
        UTF16: ("utf-16", "发行人是襄阳高新技术产业开发区(以下简称“襄阳高新区”)最重要的基础设施建设"),
    })
    assert b"\r\n" in (BLIND43 / GB18030).read_bytes()
    assert (BLIND43 / UTF16).read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")


def test_the_other_reports_are_utf8(documents):
    for name in (WEB, FULLWIDTH):
        (BLIND43 / name).read_bytes().decode("utf-8")
    assert "发布时间:2021-01-21 08:35" in documents[WEB].text


def test_the_traditional_report_is_stored_simplified(documents):
    raw = (BLIND43 / BIG5).read_bytes().decode("big5")
    assert "重慶兩江新區" in raw and "港幣" in raw and "自由貿易試驗區" in raw
    doc = documents[BIG5]
    assert_stored_normalized(doc, "中国(重庆)自由贸易试验区(下称「重庆自贸区」)于2017年4月挂牌,实施范围119.98平方公里",
                             "重慶", "兩江", "貿易", "試驗區", "港幣")
    assert_stored_normalized(doc, "该项目计划总投资15亿美元", "計劃", "億美元")


def test_the_full_width_digits_of_the_audit_are_stored_normalized(documents):
    raw = (BLIND43 / FULLWIDTH).read_text(encoding="utf-8")
    assert "核准面积９．９６平方公里" in raw and "（以下简称" in raw
    doc = documents[FULLWIDTH]
    assert_stored_normalized(doc, "核准面积9.96平方公里,目前管辖面积81平方公里", "９．９６", "８１", "（以下简称")
    assert_stored_normalized(doc, "下辖渭南高新区3D打印产业培育基地", "３Ｄ")
    for numerals in ("专项资金二千六百万元", "招商奖励资金一千二百万元"):
        assert numerals in doc.text


def test_the_chinese_numerals_are_kept_as_written(documents):
    assert "分别完成固定资产投资四十二亿元和三十六点五亿元" in documents[WEB].text
    assert "最高一千二百万元奖励" in documents[WEB].text
    assert "税收收入三亿二千万元" in documents[GB18030].text


# After its first audit (README), rounds 34a–c wrote rules from it: floors a little below what the session's last
# rules (after round 37c) reached.
BLIND43_FLOORS = {"money": (0.97, 0.98), "area": (0.98, 0.98), "target": (0.89, 0.92), "zone": (0.93, 0.91), "industry": (0.98, 0.98)}
BLIND43_ATTRIBUTION_FLOOR = 0.88


def test_blind43_floors(audit):
    assert_above_floors(audit, BLIND43_FLOORS, BLIND43_ATTRIBUTION_FLOOR, {"year": 0.92}, label="blind set 43")
