"""The thirty-sixth blind set: five reports in genres the earlier sets left out (a 2023 Jiangsu 产业园 REITs
招募说明书摘要 for two parks of 江苏常熟高新技术产业开发区, with 占地 / 建筑面积, rents per m² per month, 出租率, 可供分配金额
forecasts, USD and HKD registered capital, an amount in Chinese numerals, stored as UTF-16; a 2019 Guangxi 钦州市人民政府
征收土地公告 for the 钦州港开发区石化产业园 三期扩区 on the government site, with 亩 by village, compensation standards per
亩, totals in Chinese numerals and two tables, GB18030 with CRLF; a 2022 Hainan 控制性详细规划 批前公示 page for the
狮子岭工业园 of 海口高新区, with land-use areas in 公顷, plot ratios as decoys, parks inside, full-width digits; a 2023
青海省开发区条例 as a Hong Kong law site serves it, in traditional script, 第X条 articles with thresholds, fines and a
subscription price; a 2018 Shandong 环保督察整改方案 for the 滨州临港化工产业园, with investments per measure, deadlines,
counts and EUR / USD amounts), written and annotated without reading the extractors or running them; the annotations
were committed before the first extraction. tests/fixtures/blind36/README.md says what each exercises and which calls
the annotation made. Its first audit (README) is the unseen
measurement; the floors at the end guard the rules written from it since."""

from tests.annotated_sets import (assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding, assert_stored_normalized,
                                  set_fixtures)
from tests.conftest import ROOT

BLIND36 = ROOT / "tests" / "fixtures" / "blind36"
REITS = "oi1_jiangsu_2023_changshu_gaoxin_reits_prospectus_summary_utf16.txt"
EXPROPRIATION = "oi2_guangxi_2019_qinzhou_port_land_expropriation_notice_web_gb18030.txt"
PUBLICITY = "oi3_hainan_2022_haikou_shiziling_regulatory_plan_publicity_web_fullwidth.txt"
REGULATION = "oi4_qinghai_2023_kaifaqu_regulation_hk_law_site_trad.txt"
RECTIFICATION = "oi5_shandong_2018_binzhou_chem_park_inspection_rectification_plan.txt"


annotations, documents, audit = set_fixtures(BLIND36)


def test_every_blind36_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_legacy_encodings_are_really_utf16_and_gb18030_and_are_read(documents):
    assert_in_legacy_encoding(BLIND36, documents, {
        REITS: ("utf-16", "华夏常熟高新产业园封闭式基础设施证券投资基金"),
        EXPROPRIATION: ("gb18030", "钦州市人民政府\n征收土地公告"),
    })
    assert (BLIND36 / REITS).read_bytes()[:2] == b"\xff\xfe"
    assert b"\r\n" in (BLIND36 / EXPROPRIATION).read_bytes()
    assert "募集资金总额约十九点九一亿元" in documents[REITS].text
    assert "本次征地补偿安置费用总额为人民币一亿二千六百五十万元" in documents[EXPROPRIATION].text


def test_the_other_reports_are_utf8(documents):
    for name in (PUBLICITY, REGULATION, RECTIFICATION):
        (BLIND36 / name).read_bytes().decode("utf-8")
    assert "整改资金共计三亿八千五百九十万元" in documents[RECTIFICATION].text
    assert "设备采购金额约280万欧元" in documents[RECTIFICATION].text


def test_the_traditional_regulation_is_stored_simplified(documents):
    raw = (BLIND36 / REGULATION).read_text(encoding="utf-8")
    assert "青海省開發區條例" in raw and "西寧經濟技術開發區" in raw and "第三十八條" in raw
    doc = documents[REGULATION]
    assert_stored_normalized(doc, "西宁经济技术开发区(以下简称西宁经开区)新出让工业用地投资强度不低于每亩三百万元",
                             "西寧", "開發區", "（以下簡稱", "投資強度")
    assert_stored_normalized(doc, "处五万元以上二十万元以下罚款", "處五萬元", "罰款")
    assert_stored_normalized(doc, "外商在开发区投资总额一亿美元以上的项目", "一億美元")


def test_the_full_width_digits_of_the_publicity_page_are_stored_normalized(documents):
    doc = documents[PUBLICITY]
    raw = (BLIND36 / PUBLICITY).read_text(encoding="utf-8")
    assert "５８６．４２公顷" in raw and "３１２．４５" in raw
    assert_stored_normalized(doc, "北至南海大道,规划总用地面积586.42公顷。", "５８６．４２", "，规划总")
    assert_stored_normalized(doc, "可容纳就业人口约3.5万人,工业总产值达到600亿元", "３．５万人", "６００亿元")
    assert "312.45" in doc.text and "３１２．４５" not in doc.text


# After its first audit (README), rounds 30–31 wrote rules from it: floors a little below what the session's last rules
# reached.
BLIND36_FLOORS = {"money": (0.96, 0.97), "area": (0.98, 0.95), "target": (0.81, 0.71), "zone": (0.87, 0.84), "industry": (0.98, 0.94)}
BLIND36_ATTRIBUTION_FLOOR = 0.68


def test_blind36_floors(audit):
    assert_above_floors(audit, BLIND36_FLOORS, BLIND36_ATTRIBUTION_FLOOR, {"year": 0.94}, label="blind set 36")
