"""The twenty-ninth blind set: five reports in genres the earlier sets lacked (a 2021 IPO prospectus's 募集资金运用
chapter of a Ningxia polysilicon maker building a plant in 石嘴山高新区, with the 募投项目 table, an equipment table in
万元, a land and floor-area table in 平方米, 建设期 and 达产后 projections, EUR and USD purchases; a 2016 Gansu 金昌
government 专题会议纪要 on the problems of 金昌经开区 and 河西堡园区, item by item with decisions, responsible units,
deadlines, amounts in Chinese numerals and a 督办表, **GB18030, full-width digits and punctuation, CRLF**; a 2018
Tibet CPPCC study-tour report on the web on parks of Sichuan, Chongqing and Qinghai, their figures, a comparison
table and recommendations for 拉萨经开区; a 2014 Heilongjiang provincial 批复 of 黑龙江安达经济开发区's expansion with its
四至范围 and areas in Chinese numerals, then news coverage, a Q&A, a project table and statistics on the same page,
**UTF-16**; a 2021 ESG report of a Hong Kong-listed park operator, **traditional script, Big5**, HKD and CNY, a park
table and a KPI table in 港币百万元 / 万平方米), written and annotated without reading the extractors or running
them; the annotations were committed before any extraction. tests/fixtures/blind29/README.md says what each
exercises and which calls the annotation made. Its first audit (README) is the unseen
measurement; the floors at the end guard the rules written from it since."""

from tests.annotated_sets import assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding, assert_stored_normalized, set_fixtures
from tests.conftest import ROOT

BLIND29 = ROOT / "tests" / "fixtures" / "blind29"
PROSPECTUS = "ob1_ningxia_2021_shizuishan_gaoxin_ipo_prospectus.txt"
MINUTES = "ob2_gansu_2016_jinchang_kaifaqu_meeting_minutes_gb18030_fullwidth.txt"
STUDY_TOUR = "ob3_tibet_2018_cppcc_study_tour_sichuan_chongqing_qinghai_web.txt"
APPROVAL = "ob4_heilongjiang_2014_anda_kaifaqu_expansion_approval_news_utf16.txt"
ESG = "ob5_hongkong_2021_park_operator_esg_report_trad_big5.txt"


annotations, documents, audit = set_fixtures(BLIND29)


def test_every_blind29_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_legacy_encodings_are_really_legacy_and_are_read(documents):
    assert_in_legacy_encoding(BLIND29, documents, {
        MINUTES: ("gb18030", "关于研究解决金昌经济技术开发区发展中有关问题的专题会议纪要"),
        APPROVAL: ("utf-16", "黑龙江省人民政府关于同意黑龙江安达经济开发区扩区和调整区位的批复"),
        ESG: ("big5", "2021年度环境、社会及管治报告"),
    })
    assert b"\r\n" in (BLIND29 / MINUTES).read_bytes()
    assert (BLIND29 / APPROVAL).read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")


def test_the_other_reports_are_utf8(documents):
    for name in (PROSPECTUS, STUDY_TOUR):
        (BLIND29 / name).read_bytes().decode("utf-8")
    assert "发布时间:2018-07-19" in documents[STUDY_TOUR].text
    assert "1  年产3万吨高纯电子级多晶硅材料项目  86,500.00  78,000.00" in documents[PROSPECTUS].text


def test_the_full_width_minutes_are_stored_with_ordinary_digits_and_keep_their_chinese_numerals(documents):
    raw = (BLIND29 / MINUTES).read_bytes().decode("gb18030")
    assert "规划面积６０．８２平方公里，已建成区面积仅２１．３平方公里" in raw
    doc = documents[MINUTES]
    assert_stored_normalized(doc, "规划面积60.82平方公里,已建成区面积仅21.3平方公里", "６０．８２", "２１．３", "（以下简称")
    for numerals in ("资金缺口约四亿五千万元", "建设资金一亿二千万元", "总投资十九点九一亿元", "年销售收入可达三十亿元",
                     "所需资金约一千二百万元", "新增授信额度二十亿元"):
        assert numerals in doc.text


def test_the_approval_keeps_its_areas_in_chinese_numerals(documents):
    doc = documents[APPROVAL]
    assert "规划面积由五点六平方公里调整为十八点三五平方公里" in doc.text
    assert "总投资八十六亿元" in doc.text and "二〇一四年六月十八日" in doc.text


def test_the_traditional_esg_report_is_stored_simplified(documents):
    raw = (BLIND29 / ESG).read_bytes().decode("big5")
    assert "中智松江科創園佔地面積約42.6公頃" in raw and "港幣18.62億元" in raw
    doc = documents[ESG]
    assert_stored_normalized(doc, "中智松江科创园占地面积约42.6公顷,总建筑面积58万平方米", "科創園", "佔地", "公頃", "萬平方米")
    assert_stored_normalized(doc, "本集团实现收入港币18.62亿元(约人民币15.49亿元)", "港幣", "億元", "人民幣")


# After its first audit (README), rounds 26–27 wrote rules from it: floors a little below what the session's last rules
# reached.
BLIND29_FLOORS = {"money": (0.98, 0.90), "area": (0.98, 0.98), "target": (0.88, 0.74), "zone": (0.98, 0.98), "industry": (0.95, 0.95)}
BLIND29_ATTRIBUTION_FLOOR = 0.91


def test_blind29_floors(audit):
    assert_above_floors(audit, BLIND29_FLOORS, BLIND29_ATTRIBUTION_FLOOR, {"year": 0.90}, label="blind set 29")
