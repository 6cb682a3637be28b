"""The thirty-seventh blind set: five reports in genres analysts scrape and the earlier sets lacked (a 2021 Zhejiang
吴兴区 government-site 招商引资奖励兑现公示 with a reward table of fourteen firms across 吴兴经开区, 吴兴高新区 and
织里童装产业园, conditions and thresholds, USD / HKD / EUR amounts and page furniture; a GB18030-encoded (CRLF) 2022
南宁海关 通报 on Guangxi's four 综合保税区 with 亿元 / 亿美元 / 欧元 / 港元 import-export figures, a table, ranks and
fourth-quarter and 十四五末 goals; a 2019 Hong Kong travel magazine's 长春 工业旅游 guide in traditional script, with
opening hours, ticket prices, bus routes, phones, a fact box and related reading; a 2024 Chongqing 璧山高新区 招聘会
page in full-width digits and punctuation, with salary ranges, headcounts and the park's figures; a 2023 Shandong
东明县 园区碳达峰实施方案 with 万吨标准煤, % cuts, 2025 / 2030 / 十四五末 / 年内 / 三年内 goals, a project table and
amounts in Chinese numerals), written and annotated without reading the extractors or running them; the annotations
were committed before any extraction. tests/fixtures/blind37/README.md says what each exercises and which calls the
annotation made. Its first audit (README) is the unseen
measurement; the floors at the end guard the rules written from it since."""

from tests.annotated_sets import assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding, assert_stored_normalized, set_fixtures
from tests.conftest import ROOT

BLIND37 = ROOT / "tests" / "fixtures" / "blind37"
REWARDS = "oj1_zhejiang_2021_wuxing_zhaoshang_reward_publicity_web.txt"
CUSTOMS = "oj2_guangxi_2022_nanning_customs_zongbao_bulletin_gb18030.txt"
TOURISM = "oj3_jilin_2019_changchun_industrial_tourism_guide_hk_trad.txt"
JOB_FAIR = "oj4_chongqing_2024_bishan_gaoxin_job_fair_web_fullwidth.txt"
CARBON = "oj5_shandong_2023_dongming_county_parks_carbon_peak_plan.txt"


annotations, documents, audit = set_fixtures(BLIND37)


def test_every_blind37_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_legacy_encoding_is_really_gb18030_and_is_read(documents):
    assert_in_legacy_encoding(BLIND37, documents, {CUSTOMS: ("gb18030", "南宁海关关于2022年前三季度广西综合保税区进出口情况的通报")})
    assert b"\r\n" in (BLIND37 / CUSTOMS).read_bytes()
    assert "前三季度进出口总值三百二十六点四亿元" in documents[CUSTOMS].text


def test_the_other_reports_are_utf8(documents):
    for name in (REWARDS, TOURISM, JOB_FAIR, CARBON):
        (BLIND37 / name).read_bytes().decode("utf-8")
    assert "拟兑现奖励资金共计一千二百万元" in documents[REWARDS].text
    assert "完成节能降碳改造投资三十亿元" in documents[CARBON].text
    assert "到位资金十九点九一亿元" in documents[REWARDS].text


def test_the_traditional_guide_is_stored_simplified(documents):
    raw = (BLIND37 / TOURISM).read_text(encoding="utf-8")
    assert "長春汽車經濟技術開發區" in raw and "規劃面積111.4平方公里" in raw
    doc = documents[TOURISM]
    assert_stored_normalized(doc, "汽开区是中国第一汽车集团的大本营,规划面积111.4平方公里", "長春", "規劃", "開發區", "（簡稱")
    assert_stored_normalized(doc, "长春经开区成立于1993年,核准面积30.16平方公里", "經開區", "核准面積")


def test_the_full_width_job_fair_page_is_stored_normalized(documents):
    raw = (BLIND37 / JOB_FAIR).read_text(encoding="utf-8")
    assert "规划面积５８．９平方公里" in raw and "６０００—８０００元/月" in raw
    doc = documents[JOB_FAIR]
    assert_stored_normalized(doc, "璧山高新区是国家级高新技术产业开发区,规划面积58.9平方公里", "５８．９", "（以下简称")
    assert_stored_normalized(doc, "6000—8000元/月", "６０００", "８０００")


# After its first audit (README), rounds 30–31 wrote rules from it: floors a little below what the session's last rules
# reached.
BLIND37_FLOORS = {"money": (0.97, 0.89), "area": (0.98, 0.98), "target": (0.87, 0.87), "zone": (0.95, 0.95), "industry": (0.98, 0.93)}
BLIND37_ATTRIBUTION_FLOOR = 0.86


def test_blind37_floors(audit):
    assert_above_floors(audit, BLIND37_FLOORS, BLIND37_ATTRIBUTION_FLOOR, {"year": 0.83}, label="blind set 37")
