"""The twenty-eighth blind set: five reports in genres analysts scrape and the earlier sets lack (a 2021 Baidu-Baike
entry on 银川经济技术开发区 with its infobox, 沿革 / 经济 / 产业 / 园区 sections, reference marks and the page's edit
furniture; a 2020 GB18030-encoded journal article on the land-use efficiency of Heilongjiang's 开发区, with an
abstract, a literature review naming zones of other provinces with their figures, a descriptive-statistics table, a
Tobit regression table and footnotes; a 2022 Fujian civil judgment, in full-width digits and punctuation, on an
investment agreement between a company and 南平工业园区's 管委会, with the agreement's investment, land and output
terms in Chinese numerals, 违约金, 租金 and 案件受理费; a 2023 credit rating report in traditional script, Big5-encoded,
on 延吉高新区's development company, with the zone's economy, financial and debt tables and 评级展望; a 2024
investment-promotion slide deck of 海口综合保税区 and its neighbouring parks, slide by slide with page numbers and
broken lines, USD / HKD / EUR amounts), written and annotated without reading the extractors or running them; the
annotations were committed before any extraction. tests/fixtures/blind28/README.md says what each exercises and which
calls the annotation made. Its first audit (README) is the unseen
measurement; the floors at the end guard the rules written from it since."""

from tests.annotated_sets import assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding, assert_stored_normalized, set_fixtures
from tests.conftest import ROOT

BLIND28 = ROOT / "tests" / "fixtures" / "blind28"
BAIKE = "o1_ningxia_2021_yinchuan_jingkai_baike_encyclopedia.txt"
JOURNAL = "o2_heilongjiang_2020_kaifaqu_efficiency_journal_gb18030.txt"
JUDGMENT = "o3_fujian_2022_nanping_investment_agreement_civil_judgment_fullwidth.txt"
RATING = "o4_jilin_2023_yanji_gaoxin_credit_rating_trad_big5.txt"
SLIDES = "o5_hainan_2024_haikou_zongbao_invest_ppt_slides.txt"


annotations, documents, audit = set_fixtures(BLIND28)


def test_every_blind28_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_legacy_encodings_are_really_gb18030_and_big5_and_are_read(documents):
    assert_in_legacy_encoding(BLIND28, documents, {
        JOURNAL: ("gb18030", "黑龙江省开发区土地利用效率测度及影响因素研究"),
        RATING: ("big5", "延吉高新城市发展集团有限公司2023年度主体信用评级报告"),
    })


def test_the_other_reports_are_utf8(documents):
    for name in (BAIKE, JUDGMENT, SLIDES):
        (BLIND28 / name).read_bytes().decode("utf-8")
    assert "一般公共预算收入十九点九一亿元" in documents[BAIKE].text
    assert "编辑次数:27次历史版本" in documents[BAIKE].text


def test_the_traditional_rating_report_is_stored_simplified(documents):
    raw = (BLIND28 / RATING).read_bytes().decode("big5")
    assert "延吉高新技術產業開發區" in raw and "人民幣十五億元" in raw and "覈准面積7.91平方公里" in raw
    doc = documents[RATING]
    assert_stored_normalized(doc, "延吉高新区始建于1993年,2010年经国务院批准升级为国家高新技术产业开发区,核准面积7.91平方公里",
                             "高新區", "國務院", "覈准", "開發區")
    assert_stored_normalized(doc, "截至2022年末注册资本为人民币十五亿元", "人民幣", "億元")
    assert "珲春边境经济合作区(珲春边合区)" in doc.text


def test_the_full_width_judgment_is_stored_with_ordinary_digits(documents):
    raw = (BLIND28 / JUDGMENT).read_text(encoding="utf-8")
    assert "人民币５，０００，０００元" in raw and "１１８．６亩" in raw
    doc = documents[JUDGMENT]
    assert_stored_normalized(doc, "(2022)闽07民初156号", "（２０２２）", "闽０７")
    assert_stored_normalized(doc, "投资保证金人民币5,000,000元", "５，０００，０００")
    assert_stored_normalized(doc, "实际交付面积仅为118.6亩", "１１８．６")
    for numerals in ("投资保证金人民币五百万元", "违约金人民币一千二百万元", "一期投资一点八亿元", "规模以上工业产值二百六十三亿元"):
        assert numerals in doc.text


def test_the_slides_full_width_figures_are_stored_normalized(documents):
    raw = (BLIND28 / SLIDES).read_text(encoding="utf-8")
    assert "５２５亿元" in raw and "HK$8亿" in raw
    doc = documents[SLIDES]
    assert_stored_normalized(doc, "2023年实现进出口总额525亿元", "５２５")
    assert_stored_normalized(doc, "2023年工业产值386亿元", "３８６")


# Sealed: no floors until the final measurement (README).


# After its first audit (README), rounds 26–27 wrote rules from it: floors a little below what the session's last rules
# reached.
BLIND28_FLOORS = {"money": (0.97, 0.94), "area": (0.94, 0.98), "target": (0.86, 0.73), "zone": (0.94, 0.96), "industry": (0.98, 0.98)}
BLIND28_ATTRIBUTION_FLOOR = 0.91


def test_blind28_floors(audit):
    assert_above_floors(audit, BLIND28_FLOORS, BLIND28_ATTRIBUTION_FLOOR, {"year": 0.86}, label="blind set 28")
