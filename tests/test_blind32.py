"""The thirty-second blind set: five reports in genres the earlier sets lacked (a 2021 Ningxia county-government
web page carrying the 中宁县国家现代农业产业园创建方案(2021—2025年) with its core area, leading 枸杞 industry, two tables
and amounts in Chinese numerals; a GB18030-encoded 2019 北京日报 news report of the 亦庄·怀来飞地产业园 cooperation
agreement between 北京经开区 and 河北怀来经济开发区, with its 协议要点 (tax and output shares, land, funds, goals), a
signed-projects list in EUR / HKD / USD / CNY, related links and a subscription footer; a 2020 Guangdong 顺德区
村级工业园改造提升三年行动实施方案 in full-width digits and punctuation, with town parks in 亩, 拆除 / 新建 floor areas
and yearly tasks; a 2023 拉萨市政府 website news of the mayor's one-day inspection of seven parks, in the site's
traditional-script (繁体版) rendering, with an HKD investment and a fact table; and a 2023 Gansu 可行性研究报告摘要 of
the 兰州新区精细化工园区 infrastructure project with its estimate tables, a financing plan with a EUR loan and
economic indicators (IRR, payback years, NPV)), written and annotated without reading the extractors or running them;
the annotations were committed before the first extraction. tests/fixtures/blind32/README.md says what each exercises
and which calls the annotation made. Its first audit (README) is the unseen
measurement; the floors at the end guard the rules written from it since."""

from tests.annotated_sets import (assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding, assert_stored_normalized,
                                  set_fixtures)
from tests.conftest import ROOT

BLIND32 = ROOT / "tests" / "fixtures" / "blind32"
AGRI = "oe1_ningxia_2021_zhongning_agri_park_creation_plan_web.txt"
ENCLAVE = "oe2_beijing_hebei_2019_yizhuang_huailai_enclave_agreement_news_gb18030.txt"
VILLAGE = "oe3_guangdong_2020_shunde_village_parks_upgrade_plan_fullwidth.txt"
INSPECTION = "oe4_tibet_2023_lhasa_mayor_parks_inspection_web_trad.txt"
FEASIBILITY = "oe5_gansu_2023_lanzhou_xinqu_chem_park_feasibility_summary.txt"


annotations, documents, audit = set_fixtures(BLIND32)


def test_every_blind32_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_legacy_encoding_is_really_gb18030_and_is_read(documents):
    assert_in_legacy_encoding(BLIND32, documents, {ENCLAVE: ("gb18030", "京冀共建亦庄·怀来飞地产业园 签约总额达一百二十六亿元")})
    assert b"\r\n" in (BLIND32 / ENCLAVE).read_bytes()
    text = documents[ENCLAVE].text
    assert "德国博世集团投资5000万欧元" in text and "投资8亿港元" in text and "合同外资2.35亿美元" in text


def test_the_other_reports_are_utf8(documents):
    for name in (AGRI, VILLAGE, INSPECTION, FEASIBILITY):
        (BLIND32 / name).read_bytes().decode("utf-8")
    assert "成文日期:2021年4月12日" in documents[AGRI].text
    assert "编制日期:二〇二三年五月" in documents[FEASIBILITY].text


def test_the_traditional_report_is_stored_simplified(documents):
    raw = (BLIND32 / INSPECTION).read_text(encoding="utf-8")
    assert "西藏達孜工業園區" in raw and "投資3.5億港元" in raw and "規劃面積5.46平方公里" in raw
    doc = documents[INSPECTION]
    assert_stored_normalized(doc, "在西藏达孜工业园区(简称达孜工业园区)", "達孜", "工業園區", "(簡稱")
    assert_stored_normalized(doc, "数字经济产业园由香港某投资集团投资3.5亿港元建设", "億港元", "投資")
    assert_stored_normalized(doc, "拉萨经开区规划面积5.46平方公里,已开发面积4.2平方公里", "規劃", "開發")


def test_the_full_width_digits_of_the_village_parks_plan_are_stored_normalized(documents):
    raw = (BLIND32 / VILLAGE).read_text(encoding="utf-8")
    assert "占地面积１３．６万亩" in raw and "（２０２０—２０２２年）" in raw
    doc = documents[VILLAGE]
    assert_stored_normalized(doc, "全区共有村级工业园382个,占地面积13.6万亩", "１３．６", "３８２", "，占地")
    assert_stored_normalized(doc, "北滘镇|北滘镇西滘村工业园|1260|68|120|45|智能家电", "１２６０", "｜")
    assert_stored_normalized(doc, "引入香港新世界集团投资5.2亿港元", "５．２")


def test_the_chinese_numerals_are_kept_as_written(documents):
    for numerals in ("枸杞产业综合产值达到一百四十二亿元", "实现销售收入十九点九一亿元", "计划总投资三十亿元",
                     "其中2021年计划投资七亿五千万元", "县财政每年安排产业园建设专项资金一千二百万元"):
        assert numerals in documents[AGRI].text
    assert "项目总投资估算为十九点九一亿元" in documents[FEASIBILITY].text
    assert "签约总额一百二十六亿元" in documents[ENCLAVE].text


# After its first audit (README), rounds 26–27 wrote rules from it: floors a little below what the session's last rules
# reached.
BLIND32_FLOORS = {"money": (0.97, 0.93), "area": (0.96, 0.84), "target": (0.92, 0.59), "zone": (0.89, 0.83), "industry": (0.98, 0.84)}
BLIND32_ATTRIBUTION_FLOOR = 0.86


def test_blind32_floors(audit):
    assert_above_floors(audit, BLIND32_FLOORS, BLIND32_ATTRIBUTION_FLOOR, {"year": 0.87}, label="blind set 32")
