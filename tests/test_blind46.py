"""The forty-sixth blind set: five reports in the genres analysts scrape (a 2024 Xinjiang 天山网 news item on the
自治区主席's two-day inspection of the 乌鲁木齐 and 昌吉 development zones, with navigation, byline, 浏览量, a 数说 box,
a 记者手记, 相关新闻 / 热点排行 links and a footer with phone numbers and subscription prices; a GB18030-encoded (CRLF)
山西朔州经济开发区 管委会 2021年工作总结和2022年工作计划 with merged parks, amounts in Chinese numerals and a plan-against-result
table; a 2025 天津滨海高新区 policy interpretation in Q&A form on its subsidies, with full-width digits and punctuation and an
English brief; a Hong Kong listed company's 須予披露交易 announcement on an investment in 中馬欽州產業園區, in traditional
script and UTF-16, with RMB / HKD amounts; a 2021 辽宁省商务厅 circular ranking the province's development zones for 2020
with a results table), written and annotated without reading the extractors or running them; the annotations were
committed before any extraction. tests/fixtures/blind46/README.md says what each exercises and which calls the
annotation made. It was sealed through every round of
the session that wrote it; its README's "Final measurement" compares the session's first rules and its last, and the
floors at the end sit a little below the last."""

from tests.annotated_sets import assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding, assert_stored_normalized, set_fixtures
from tests.conftest import ROOT

BLIND46 = ROOT / "tests" / "fixtures" / "blind46"
NEWS = "os1_xinjiang_2024_urumqi_changji_chairman_parks_inspection_news_web.txt"
GB18030 = "os2_shanxi_2021_shuozhou_kaifaqu_annual_summary_plan_gb18030.txt"
QA = "os3_tianjin_2025_binhai_gaoxin_subsidy_policy_qa_fullwidth.txt"
ANNOUNCEMENT = "os4_guangxi_2024_qinzhou_hk_listed_investment_announcement_trad_utf16.txt"
CIRCULAR = "os5_liaoning_2021_kaifaqu_assessment_ranking_circular_table.txt"


annotations, documents, audit = set_fixtures(BLIND46)


def test_every_blind46_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_legacy_encodings_are_really_gb18030_and_utf16_and_are_read(documents):
    assert_in_legacy_encoding(BLIND46, documents, {
        GB18030: ("gb18030", "山西朔州经济开发区管理委员会"),
        ANNOUNCEMENT: ("utf-16", "拟投资约人民币20亿元"),
    })
    assert b"\r\n" in (BLIND46 / GB18030).read_bytes()
    assert (BLIND46 / ANNOUNCEMENT).read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    assert "二十一亿五千万元" in documents[GB18030].text


def test_the_other_reports_are_utf8(documents):
    for name in (NEWS, QA, CIRCULAR):
        (BLIND46 / name).read_bytes().decode("utf-8")
    assert "发布时间:2024-05-16" in documents[NEWS].text
    for numerals in ("十九点九一亿元", "一千二百万元", "一千二百三十亿元", "约两百亿元", "三十亿元"):
        assert numerals in documents[NEWS].text
    assert "辽宁(营口)沿海产业基地" in documents[CIRCULAR].text


def test_the_traditional_announcement_is_stored_simplified(documents):
    raw = (BLIND46 / ANNOUNCEMENT).read_text(encoding="utf-16")
    assert "中馬欽州產業園區" in raw and "港幣" in raw and "二零二四年六月二十日" in raw
    doc = documents[ANNOUNCEMENT]
    assert_stored_normalized(doc, "钦州产业园规划面积55平方公里,其中启动区面积7.87平方公里", "欽州", "產業園", "規劃", "（")
    assert_stored_normalized(doc, "本集团拟投资约人民币20亿元(相当于约港币21.8亿元)", "擬投資", "港幣", "億元")
    assert "不超过人民币二十亿元" in doc.text


def test_the_full_width_digits_of_the_qa_are_stored_normalized(documents):
    raw = (BLIND46 / QA).read_text(encoding="utf-8")
    assert "９７．９６平方公里" in raw and "２０１５" not in raw
    doc = documents[QA]
    assert_stored_normalized(doc, "规划面积约97.96平方公里", "９７．９６", "（以下简称")
    assert_stored_normalized(doc, "每平方米每月20元的租金补贴", "２０元")
    assert_stored_normalized(doc, "咨询电话:022-84806123", "０２２", "：")


# Sealed through every round of the session that wrote it (README, "Final measurement"): floors a little below
# what the session's last rules reached (round 38a, written from it after that measurement), to guard them.
BLIND46_FLOORS = {"money": (0.98, 0.98), "area": (0.98, 0.98), "target": (0.87, 0.76), "zone": (0.98, 0.92), "industry": (0.98, 0.95)}
BLIND46_ATTRIBUTION_FLOOR = 0.85


def test_blind46_floors(audit):
    assert_above_floors(audit, BLIND46_FLOORS, BLIND46_ATTRIBUTION_FLOOR, {"year": 0.91}, label="blind set 46")
