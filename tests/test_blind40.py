"""The fortieth blind set: five reports in genres the earlier sets lacked (a 2023 科创板 company's 投资者关系活动记录表 on
its plant in 滁州经开区, scraped from a disclosure site, with full-width digits and punctuation, a table of its bases and
USD / EUR / HKD amounts; a 2024 Hong Kong newspaper item in traditional script on 贵安新区's data-centre cluster, with MW,
机架 and PUE decoys, amounts in Chinese numerals and a table of 2025 goals; a GB18030-encoded 2020 Qinghai 海东工业园区
管委会机构改革方案 with departments, staffing counts, document numbers and merged parks; a 2021 standard-factory lease
contract template of 武进高新区 with rents per m² a month, deposit, penalties and a rent table; a 2021 Hebei government-site
临空物流园 development plan (2021—2025) with phased investment, a project table and page furniture), written and annotated
without reading the extractors or running them; the annotations were committed before any extraction.
tests/fixtures/blind40/README.md says what each exercises and which calls the annotation made. Its first audit (README) is the unseen
measurement; the floors at the end guard the rules written from it since."""

from tests.annotated_sets import assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding, assert_stored_normalized, set_fixtures
from tests.conftest import ROOT

BLIND40 = ROOT / "tests" / "fixtures" / "blind40"
IR = "om1_anhui_2023_chuzhou_ir_record_fullwidth.txt"
TRADITIONAL = "om2_guizhou_2024_guian_datacenter_hk_news_trad.txt"
GB18030 = "om3_qinghai_2020_haidong_guanweihui_reform_plan_gb18030.txt"
LEASE = "om4_jiangsu_2021_wujin_factory_lease_template.txt"
PLAN = "om5_hebei_2021_langfang_linkong_logistics_plan_web.txt"


annotations, documents, audit = set_fixtures(BLIND40)


def test_every_blind40_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_legacy_encoding_is_really_gb18030_and_is_read(documents):
    assert_in_legacy_encoding(BLIND40, documents, {GB18030: ("gb18030", "关于印发《海东工业园区管理委员会机构改革方案》的通知")})
    assert b"\r\n" in (BLIND40 / GB18030).read_bytes()
    assert "乐都工业园规划面积28.6平方公里" in documents[GB18030].text


def test_the_other_reports_are_utf8(documents):
    for name in (IR, TRADITIONAL, LEASE, PLAN):
        (BLIND40 / name).read_bytes().decode("utf-8")
    assert "发布日期:2021-09-26" in documents[PLAN].text
    assert "贰拾叁万叁仟贰佰捌拾元整" in documents[LEASE].text


def test_the_traditional_report_is_stored_simplified(documents):
    raw = (BLIND40 / TRADITIONAL).read_text(encoding="utf-8")
    assert "貴安新區電子信息產業園" in raw and "十九點九一億元" in raw and "港元" in raw
    doc = documents[TRADITIONAL]
    assert_stored_normalized(doc, "集群起步区设在贵安新区电子信息产业园(简称“贵安电子园”)内,规划面积约23平方公里",
                             "貴安", "新區", "產業園", "規劃", "（簡稱")
    for numerals in ("投资十九点九一亿元", "注册资金一千二百万元", "今年再投三十亿元"):
        assert numerals in doc.text


def test_the_full_width_digits_of_the_ir_record_are_stored_normalized(documents):
    raw = (BLIND40 / IR).read_text(encoding="utf-8")
    assert "４８亿元" in raw and "：" in raw
    doc = documents[IR]
    assert_stored_normalized(doc, "二期项目计划总投资48亿元,规划用地560亩", "４８", "５６０", "，")
    assert_stored_normalized(doc, "项目总投资不超过2.8亿美元,首期投入约9000万美元", "２．８", "９０００")


# After its first audit (README), rounds 30–31 wrote rules from it: floors a little below what the session's last rules
# reached.
BLIND40_FLOORS = {"money": (0.97, 0.97), "area": (0.98, 0.98), "target": (0.90, 0.77), "zone": (0.93, 0.86), "industry": (0.98, 0.98)}
BLIND40_ATTRIBUTION_FLOOR = 0.74


def test_blind40_floors(audit):
    assert_above_floors(audit, BLIND40_FLOORS, BLIND40_ATTRIBUTION_FLOOR, {"year": 0.92}, label="blind set 40")
