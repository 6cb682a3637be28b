"""The thirty-fourth blind set: five reports in the genres analysts scrape (a 2023 Shandong 临沂 重点产业链链长制 work
plan naming each chain's lead zone, its 2023 and 2025 revenue goals and key projects, with amounts in Chinese numerals
and a 2025 goal table; a 2024 Hainan 老城经济开发区 web notice of factor prices (land 元/亩, water 元/吨, power
元/千瓦时, gas, factory rent) in full-width digits with page furniture and related links; a GB18030-encoded 2022
哈尔滨新区 管委会 commendation decision with tables of the top firms of three parks (revenue, tax, investment); a 2021
Hong Kong 大公报-style news page in traditional script on banks' credit lines to Gansu's parks (授信, 贷款, 基金, HKD,
USD, EUR); a 2024 长春 双招双引 weekly report with tables of signed and started projects per zone), written and annotated
without reading the extractors or running them; the annotations were committed before any extraction.
tests/fixtures/blind34/README.md says what each exercises and which calls the annotation made. Its first audit (README) is the unseen
measurement; the floors at the end guard the rules written from it since."""

from tests.annotated_sets import assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding, assert_stored_normalized, set_fixtures
from tests.conftest import ROOT

BLIND34 = ROOT / "tests" / "fixtures" / "blind34"
PLAN = "og1_shandong_2023_linyi_lianzhangzhi_workplan.txt"
PRICES = "og2_hainan_2024_laocheng_factor_price_notice_web_fullwidth.txt"
GB18030 = "og3_heilongjiang_2022_harbin_xinqu_commendation_gb18030.txt"
TRADITIONAL = "og4_gansu_2021_parks_bank_credit_hk_news_trad.txt"
WEEKLY = "og5_jilin_2024_changchun_shuangzhao_weekly_tables.txt"


annotations, documents, audit = set_fixtures(BLIND34)


def test_every_blind34_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_legacy_encoding_is_really_gb18030_and_is_read(documents):
    assert_in_legacy_encoding(BLIND34, documents, {GB18030: ("gb18030", "关于表彰2021年度经济发展突出贡献企业的决定")})
    assert b"\r\n" in (BLIND34 / GB18030).read_bytes()


def test_the_other_reports_are_utf8(documents):
    for name in (PLAN, PRICES, TRADITIONAL, WEEKLY):
        (BLIND34 / name).read_bytes().decode("utf-8")
    for numerals in ("四千五百亿元", "十九点九一亿元", "最高不超过一千二百万元", "突破三万亿元"):
        assert numerals in documents[PLAN].text


def test_the_traditional_report_is_stored_simplified(documents):
    raw = (BLIND34 / TRADITIONAL).read_text(encoding="utf-8")
    assert "蘭州新區規劃面積806平方公里" in raw and "億港元" in raw
    doc = documents[TRADITIONAL]
    assert_stored_normalized(doc, "兰州新区规划面积806平方公里", "蘭州", "新區", "規劃", "億元")
    assert_stored_normalized(doc, "意向授信总额达一千零八十亿元人民币", "一千零八十億元")


def test_the_full_width_digits_of_the_price_notice_are_stored_normalized(documents):
    raw = (BLIND34 / PRICES).read_text(encoding="utf-8")
    assert "４８．６平方公里" in raw and "４．１０元" in raw
    doc = documents[PRICES]
    assert_stored_normalized(doc, "老城开发区规划面积48.6平方公里,已建成面积16.2平方公里", "４８．６", "１６．２", "（以下简称")
    assert_stored_normalized(doc, "工业用水4.10元/吨", "４．１０")


# After its first audit (README), round 28 wrote rules from it: floors a little below what the session's last rules
# reached.
BLIND34_FLOORS = {"money": (0.98, 0.94), "area": (0.98, 0.98), "target": (0.88, 0.91), "zone": (0.98, 0.98), "industry": (0.98, 0.68)}
BLIND34_ATTRIBUTION_FLOOR = 0.92


def test_blind34_floors(audit):
    assert_above_floors(audit, BLIND34_FLOORS, BLIND34_ATTRIBUTION_FLOOR, {"year": 0.85}, label="blind set 34")
