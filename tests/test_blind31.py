"""The thirty-first blind set: five reports in genres analysts scrape (a 2023 工业和信息化部 web-page 公示 of eight newly
recognized 国家新型工业化产业示范基地 in eight provinces, with navigation, 相关链接, contact list and footer; a GB18030-encoded,
CRLF 2020 Hainan 专项债券 收益与融资自求平衡方案 for standard factories in 临高金牌港经济开发区, with 目录, a yearly investment
plan, a revenue-projection table, 覆盖倍数 and 绩效目标; a 2024 Taiwanese property site's listing page of factories in
Fujian's 福清 parks, in traditional script with full-width digits, 新台币 / 美元 / 港币 prices and broker furniture; a
UTF-16 2022 Shandong 阿里资产 司法拍卖公告 of a chemical plant in 山东淄川经济开发区, with 评估价 / 起拍价 / 保证金 / 加价幅度 and
an equipment table; a 2019 Ningxia 应急管理厅 web page carrying the 事故调查报告 of an explosion in 宁东基地's 临河化工园区,
with 直接经济损失 and rectification goals), written and annotated without reading the extractors or running them; the
annotations were committed before any extraction. tests/fixtures/blind31/README.md says what each exercises and which
calls the annotation made. Its first audit (README) is the unseen
measurement; the floors at the end guard the rules written from it since."""

from tests.annotated_sets import assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding, assert_stored_normalized, set_fixtures
from tests.conftest import ROOT

BLIND31 = ROOT / "tests" / "fixtures" / "blind31"
PUBLICITY = "od1_beijing_2023_miit_demonstration_bases_publicity_web.txt"
BOND = "od2_hainan_2020_lingao_special_bond_balance_plan_gb18030.txt"
LISTING = "od3_fujian_2024_fuqing_factory_listing_trad_fullwidth.txt"
AUCTION = "od4_shandong_2022_zichuan_judicial_auction_utf16.txt"
ACCIDENT = "od5_ningxia_2019_ningdong_accident_investigation_web.txt"


annotations, documents, audit = set_fixtures(BLIND31)


def test_every_blind31_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_legacy_encodings_are_really_gb18030_and_utf16_and_are_read(documents):
    assert_in_legacy_encoding(BLIND31, documents, {
        BOND: ("gb18030", "收益与融资自求平衡方案(专项债券)"),
        AUCTION: ("utf-16", "淄博市淄川区人民法院关于(2022)鲁0302执恢512号案件的拍卖公告"),
    })
    assert b"\r\n" in (BLIND31 / BOND).read_bytes()
    assert (BLIND31 / AUCTION).read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    assert "项目总投资三亿二千六百万元" in documents[BOND].text
    assert "保证金人民币伍佰万元整(5,000,000元)" in documents[AUCTION].text


def test_the_other_reports_are_utf8(documents):
    for name in (PUBLICITY, LISTING, ACCIDENT):
        (BLIND31 / name).read_bytes().decode("utf-8")
    assert "发布时间:2023-12-18 09:30" in documents[PUBLICITY].text
    assert "发布日期:2019-12-20" in documents[ACCIDENT].text


def test_the_traditional_listing_is_stored_simplified_with_ordinary_digits(documents):
    raw = (BLIND31 / LISTING).read_text(encoding="utf-8")
    assert "福清融僑經濟技術開發區" in raw and "３，８００萬元" in raw and "新臺幣" in raw
    doc = documents[LISTING]
    assert_stored_normalized(doc, "本厂房位于福清融侨经济技术开发区(以下简称融侨经开区)清华路",
                             "融僑", "經濟", "開發區", "（以下簡稱", "３，８００")
    assert_stored_normalized(doc, "售价:人民币3,800万元(约合新台币1.68亿元/约535万美元)", "新臺幣", "億元", "１．６８")
    assert_stored_normalized(doc, "约合港币1.29亿元", "港幣")


def test_chinese_numerals_are_kept_as_written(documents):
    for name, numerals in ((PUBLICITY, ("超过二百八十亿美元", "税收收入一百零七亿元", "十九点九一亿港元", "总投资三十亿元以上")),
                           (BOND, ("二亿六千万元", "一亿五千万元", "一亿一千万元", "注册资本五千万元")),
                           (ACCIDENT, ("直接经济损失一千二百三十六万五千元", "注册资本三亿六千万元", "罚款一百二十万元",
                                       "十九点九一亿元"))):
        for n in numerals:
            assert n in documents[name].text, (name, n)


# After its first audit (README), rounds 26–27 wrote rules from it: floors a little below what the session's last rules
# reached.
BLIND31_FLOORS = {"money": (0.97, 0.84), "area": (0.98, 0.96), "target": (0.87, 0.68), "zone": (0.90, 0.81), "industry": (0.98, 0.91)}
BLIND31_ATTRIBUTION_FLOOR = 0.83


def test_blind31_floors(audit):
    assert_above_floors(audit, BLIND31_FLOORS, BLIND31_ATTRIBUTION_FLOOR, {"year": 0.90}, label="blind set 31")
