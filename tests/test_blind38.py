"""The thirty-eighth blind set: five reports in genres analysts scrape (a 2021 Hebei mayor's speech at the 廊坊 (深圳)
招商推介会 on a city-government page, with the parks on offer, a land table, incentives and signed totals; a
GB18030-encoded 2023 Yunnan report to the 弥勒 人大常委会 on a 国家现代农业产业园 and its 乡镇 parks, with 亩, village
incomes and a parks table; a 2022 Shanghai 科委 notice of 孵化器 / 众创空间 recognized, in full-width digits and
punctuation, with the park each sits in and floor areas; a Big5-encoded 2020 Hong Kong news item in traditional script on
Zhejiang's counties in the 县域经济百强 and their 开发区; a 2024 Chongqing park-platform company's 化债方案摘要 with debt
balances, land assets in 亩, an asset injection and a repayment table), written and annotated without reading the
extractors or running them; the annotations were committed before any extraction. tests/fixtures/blind38/README.md says
what each exercises and which calls the annotation made. Its first audit (README) is the unseen
measurement; the floors at the end guard the rules written from it since."""

from tests.annotated_sets import assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding, assert_stored_normalized, set_fixtures
from tests.conftest import ROOT

BLIND38 = ROOT / "tests" / "fixtures" / "blind38"
SPEECH = "ok1_hebei_2021_langfang_mayor_investment_speech_web.txt"
AGRI = "ok2_yunnan_2023_mile_agri_park_npc_report_gb18030.txt"
INCUBATORS = "ok3_shanghai_2022_incubator_list_notice_fullwidth.txt"
RANKING = "ok4_zhejiang_2020_county_ranking_hk_news_trad_big5.txt"
DEBT = "ok5_chongqing_2024_changshou_platform_debt_plan_summary.txt"


annotations, documents, audit = set_fixtures(BLIND38)


def test_every_blind38_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_legacy_encodings_are_really_gb18030_and_big5_and_are_read(documents):
    assert_in_legacy_encoding(BLIND38, documents, {
        AGRI: ("gb18030", "弥勒市国家现代农业产业园(以下简称产业园)于2021年获农业农村部"),
        RANKING: ("big5", "浙江六县入围全国县域经济百强前二十"),
    })
    assert b"\r\n" in (BLIND38 / AGRI).read_bytes()


def test_the_other_reports_are_utf8(documents):
    for name in (SPEECH, INCUBATORS, DEBT):
        (BLIND38 / name).read_bytes().decode("utf-8")
    assert "发布日期:2021-06-18 09:30" in documents[SPEECH].text
    for numerals in ("总投资约一百二十亿元", "工业总产值二十一点三亿元", "港币五亿元", "总投资一百五十六点八亿元"):
        assert numerals in documents[SPEECH].text
    assert "非标融资二十九点九八亿元" in documents[DEBT].text and "实现工业总产值一千二百亿元" in documents[DEBT].text


def test_the_traditional_report_is_stored_simplified(documents):
    raw = (BLIND38 / RANKING).read_bytes().decode("big5")
    assert "慈溪經濟開發區規劃面積220平方公里" in raw and "億港元" in raw
    doc = documents[RANKING]
    assert_stored_normalized(doc, "慈溪经济开发区规划面积220平方公里,主导产业为智能家电、汽车零部件和新材料",
                             "經濟", "開發區", "規劃", "主導", "，")
    assert_stored_normalized(doc, "原诸暨经济开发区、店口工业区和诸暨环保产业园整合,设立浙江诸暨经济开发区", "諸暨", "整合，")
    assert_stored_normalized(doc, "新能源产业集群产值去年突破五百亿元", "億元", "產業集群")


def test_the_full_width_digits_of_the_notice_are_stored_normalized(documents):
    raw = (BLIND38 / INCUBATORS).read_text(encoding="utf-8")
    assert "３．２万平方米" in raw and "沪科〔２０２２〕３８６号" in raw
    doc = documents[INCUBATORS]
    assert_stored_normalized(doc, "沪科〔2022〕386号", "２０２２", "３８６")
    assert_stored_normalized(doc, "孵化场地面积合计18.6万平方米,在孵企业合计612家", "１８．６", "６１２", "，")
    assert_stored_normalized(doc, "张江高科技园区(简称张江园区),规划面积79.7平方公里", "７９．７", "（简称")
    for numerals in ("一次性奖励五十万元", "每家每年最高不超过一百万元", "合计九百六十万元"):
        assert numerals in doc.text


# After its first audit (README), rounds 30–31 wrote rules from it: floors a little below what the session's last rules
# reached.
BLIND38_FLOORS = {"money": (0.97, 0.87), "area": (0.98, 0.98), "target": (0.81, 0.60), "zone": (0.93, 0.86), "industry": (0.98, 0.98)}
BLIND38_ATTRIBUTION_FLOOR = 0.87


def test_blind38_floors(audit):
    assert_above_floors(audit, BLIND38_FLOORS, BLIND38_ATTRIBUTION_FLOOR, {"year": 0.85}, label="blind set 38")
