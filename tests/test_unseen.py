"""Extraction on short realistic passages that are not from the corpus: zones of other provinces, newspaper
pages with navigation and boilerplate around the report, traditional script, full-width digits, amounts in
Chinese numerals, thresholds and foreign currencies. Each test asserts the exact facts of its passage, so a
figure that must not be extracted (a phone number, a subscription price, a date) fails it too."""
import pytest

from extractors.base import fact_record, facts
from pipeline.reading import normalize_text, read_document

SHAPE = {
    "money": ("text", "value", "value_max", "currency", "approx", "category", "target", "year", "zone"),
    "area": ("text", "value", "kind", "target", "year", "zone"),
    "target": ("metric", "value", "value_max", "unit", "year", "zone"),
    "zone": ("name", "aliases"),
    "industry": ("name", "role", "zone"),
}


def extracted(nlp, text, type_):
    doc = nlp(text)
    records = [fact_record(s, "t.txt") for s in facts(doc)]
    for r in records:
        assert doc.text[r["start"]:r["end"]] == r["text"]
    return sorted(
        (tuple(tuple(v) if isinstance(v, list) else v for v in (r[k] for k in SHAPE[type_])) for r in records
         if r["type"] == type_),
        key=str,
    )


def check(nlp, text, expected: dict):
    """Every fact type of the passage is exactly as expected (a type not listed must have no facts)."""
    text = normalize_text(text)
    for type_ in SHAPE:
        assert extracted(nlp, text, type_) == sorted(expected.get(type_, []), key=str), type_


NEWSPAPER_PAGE = """首页 | 新闻中心 | 园区动态 | 招商引资 | 联系我们
客服热线:400-800-1234 传真:0512-66681234 邮编:215021 订阅本报:全年订价180元,零售价1.5元/份
2013-01-15 08:30 来源:苏州日报
苏州工业园区去年实现地区生产总值1906亿元,比上年增长9.5%;实际利用外资18.3亿美元。园区规划面积278平方公里。
到2015年,园区力争地区生产总值达到2500亿元,高新技术产业产值占规模以上工业总产值的比重达到50%。
相关阅读:园区举办第十二届金鸡湖创业大赛 订阅 3元/月
版权所有 © 2013 苏州日报社 苏ICP备05001234号 地址:苏州市干将西路1188号"""


def test_newspaper_page_keeps_the_report_and_drops_the_boilerplate(nlp):
    zone = "苏州工业园区"
    check(nlp, NEWSPAPER_PAGE, {
        "zone": [("苏州工业园区", ())],
        "money": [("1906亿元", 1.906e11, None, "CNY", "exact", "output", False, 2012, zone),
                  ("18.3亿美元", 1.83e9, None, "USD", "exact", "investment", False, 2012, zone),
                  ("2500亿元", 2.5e11, None, "CNY", "exact", "output", True, 2015, zone)],
        "area": [("278平方公里", 278, "planned", False, None, zone)],
        "target": [("地区生产总值", 2.5e11, None, "CNY", 2015, zone),
                   ("高新技术产业产值占规模以上工业总产值的比重", 50, None, "percent", 2015, zone)],
    })


def test_zones_of_other_provinces_with_their_short_forms(nlp):
    text = ("成都高新技术产业开发区(简称成都高新区)规划面积130平方公里,重点发展电子信息、生物医药和精密机械制造三大主导产业。"
            "2013年,成都高新区实现营业总收入4500亿元。\n"
            "武汉东湖新技术开发区规划面积518平方公里,其中建成区面积约120平方公里。东湖高新区企业总收入突破5000亿元。")
    chengdu, wuhan = "成都高新技术产业开发区", "武汉东湖新技术开发区"
    check(nlp, text, {
        "zone": [(chengdu, ("成都高新区",)), (wuhan, ("东湖高新区",))],
        "area": [("130平方公里", 130, "planned", False, None, chengdu),
                 ("518平方公里", 518, "planned", False, None, wuhan),
                 ("约120平方公里", 120, "built", False, None, wuhan)],
        "money": [("4500亿元", 4.5e11, None, "CNY", "exact", "revenue", False, 2013, chengdu),
                  ("突破5000亿元", 5e11, None, "CNY", "at_least", "revenue", False, None, wuhan)],
        "industry": [("电子信息", "leading", chengdu), ("生物医药", "leading", chengdu),
                     ("精密机械制造", "leading", chengdu)],
    })


@pytest.mark.parametrize("text, names", [
    ("郑州经济技术开发区、郑州高新技术产业开发区和郑州航空港经济综合实验区是三个国家级开发区。",
     ["郑州经济技术开发区", "郑州高新技术产业开发区", "郑州航空港经济综合实验区"]),
    ("青岛保税港区与上海外高桥保税区、天津经济技术开发区签订合作协议。",
     ["上海外高桥保税区", "天津经济技术开发区", "青岛保税港区"]),
    ("上海张江高科技园区、苏州工业园区和昆山高新区位列前三。", ["上海张江高科技园区", "昆山高新区", "苏州工业园区"]),
    ("某某经济技术开发区位于某某市东部。", []),  # a censored name, named nowhere else
    ("全省各类开发区和全市产业集聚区加快发展,开发区管委会负责。", []),
])
def test_zone_names_in_several_provinces(nlp, text, names):
    assert [n for n, _ in extracted(nlp, normalize_text(text), "zone")] == sorted(names, key=str)


def test_traditional_script_read_from_a_big5_file(nlp, tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes("2012年,東湖高新區實現企業總收入五千億元,其中高新技術產業增加值一千二百億元;"
                     "新引進世界500強企業12家,總投資超過30億美元。\n".encode("big5"))
    text = read_document(path).text
    assert text.startswith("2012年,东湖高新区实现企业总收入")
    zone = "东湖高新区"
    check(nlp, text, {
        "zone": [(zone, ())],
        "money": [("五千亿元", 5e11, None, "CNY", "exact", "revenue", False, 2012, zone),
                  ("一千二百亿元", 1.2e11, None, "CNY", "exact", "output", False, 2012, zone),
                  ("超过30亿美元", 3e9, None, "USD", "at_least", "investment", False, 2012, zone)],
    })


def test_full_width_digits_and_chinese_numerals(nlp):
    text = ("２０１２年，开发区完成工业总产值１２３．５亿元，同比增长２０％。全年完成投资十九点九一亿元，其中省财政补助一千二百万元，"
            "争取到中央预算内资金三十亿元。打造百亿元产业集群。")
    check(nlp, text, {
        "money": [("123.5亿元", 1.235e10, None, "CNY", "exact", "output", False, 2012, None),
                  # 全年: the year the report's first line states
                  ("十九点九一亿元", 1.991e9, None, "CNY", "exact", "investment", False, 2012, None),
                  ("一千二百万元", 1.2e7, None, "CNY", "exact", "financing", False, 2012, None),
                  ("三十亿元", 3e9, None, "CNY", "exact", "financing", False, 2012, None),
                  # a cluster's size in 元 is output (GUIDE, round 50g)
                  ("百亿元", 1e10, None, "CNY", "exact", "output", False, None, None)],
    })


def test_thresholds_ranges_and_counts_beside_amounts(nlp):
    text = ("新开工亿元以上项目25个,投资超亿元的项目12个,其中总投资10亿元及以上项目16个,5-10亿元项目8个。"
            "投资强度不低于200万元/亩,单个项目补助不超过5000万元。总投资50亿,年产彩钢板200万平方米,建设千亩工业园。")
    check(nlp, text, {
        # the bar of a count of projects is the size of each project: investment, as every annotated set has it
        "money": [("亿元以上", 1e8, None, "CNY", "at_least", "investment", False, None, None),
                  ("超亿元", 1e8, None, "CNY", "at_least", "investment", False, None, None),
                  ("10亿元及以上", 1e9, None, "CNY", "at_least", "investment", False, None, None),
                  ("5-10亿元", 5e8, 1e9, "CNY", "range", "investment", False, None, None),
                  ("不低于200万元", 2e6, None, "CNY", "at_least", "investment", False, None, None),
                  ("不超过5000万元", 5e7, None, "CNY", "at_most", "financing", False, None, None),
                  ("50亿", 5e9, None, "CNY", "exact", "investment", False, None, None)],
    })


def test_foreign_currencies_before_and_after_the_amount(nlp):
    text = ("该项目总投资1.5亿美元,注册资本5000万美元;签约港资项目合同金额港币2亿元、欧元5000万,利用日资30亿日元。")
    check(nlp, text, {
        "money": [("1.5亿美元", 1.5e8, None, "USD", "exact", "investment", False, None, None),
                  ("5000万美元", 5e7, None, "USD", "exact", "financing", False, None, None),
                  ("港币2亿元", 2e8, None, "HKD", "exact", "investment", False, None, None),
                  ("欧元5000万", 5e7, None, "EUR", "exact", "investment", False, None, None),
                  ("30亿日元", 3e9, None, "JPY", "exact", "investment", False, None, None)],
    })


@pytest.mark.parametrize("text", [
    "经开区管委会电话:0371-66778899,手机13912345678,2013年10月18日。",
    "第十届中国(郑州)产业转移系列对接活动于9月8日开幕。",
    "全省人口达到9400万人,年用电量50亿千瓦时,5亿人受益。",
    "单位:万元。推进一元化管理,破除城乡二元结构。",
    "订阅热线 3元/月,全年订价180元。",
    "订阅价格:每月3元。零售价:2.00元",
])
def test_numbers_that_are_not_facts(nlp, text):
    text = normalize_text(text)
    assert extracted(nlp, text, "money") == [] and extracted(nlp, text, "area") == []
    assert extracted(nlp, text, "target") == []


def test_a_land_price_per_mu_is_an_amount_though_a_price_word_labels_it(nlp):
    for text in ("工业用地出让价格:每亩6万元至9.6万元", "工业用地出让价格每亩6万元"):
        money = extracted(nlp, normalize_text(text), "money")
        assert [value for _, value, *_ in money] == [60000], text


def test_goals_with_deadlines_plans_and_projections(nlp):
    text = ("西安高新区2012年实现营业总收入8800亿元。“十二五”末,西安高新区营业总收入力争突破1.5万亿元,"
            "入驻企业达到3000家,从业人员达到50万人。\n该项目达产后年销售收入可达20亿元。")
    zone = "西安高新区"
    check(nlp, text, {
        "zone": [(zone, ())],
        "money": [("8800亿元", 8.8e11, None, "CNY", "exact", "revenue", False, 2012, zone),
                  ("突破1.5万亿元", 1.5e12, None, "CNY", "at_least", "revenue", True, 2015, zone),
                  ("20亿元", 2e9, None, "CNY", "exact", "revenue", True, None, zone)],
        "target": [("营业总收入", 1.5e12, None, "CNY", 2015, zone),
                   ("入驻企业", 3000, None, "count", 2015, zone),
                   ("从业人员", 5e5, None, "people", 2015, zone),
                   ("年销售收入", 2e9, None, "CNY", None, zone)],
    })


def test_a_plan_dated_in_its_title_dates_its_tasks(nlp):
    text = ("洛阳市产业集聚区建设2013年工作方案\n"
            "(1)新培育3家以上工程技术研究中心,新建3—5家创新型试点企业。\n"
            "(2)举办1—2期管理人员培训班,分为3个阶段推进。\n")
    check(nlp, text, {
        "target": [("工程技术研究中心", 3, None, "count", 2013, None),
                   ("创新型试点企业", 3, 5, "count", 2013, None),
                   ("管理人员培训班", 1, 2, "count", 2013, None)],
    })


def test_several_zones_in_one_text_are_attributed_sentence_by_sentence(nlp):
    text = ("南京经济技术开发区规划面积180平方公里,主导产业为光电显示、生物医药和现代服务业。"
            "南京高新区重点发展软件和信息服务、生物医药两大产业,2012年完成固定资产投资120亿元。"
            "全市开发区共完成工业增加值860亿元。")
    eco, hitech = "南京经济技术开发区", "南京高新区"
    check(nlp, text, {
        "zone": [(eco, ()), (hitech, ())],
        "area": [("180平方公里", 180, "planned", False, None, eco)],
        "money": [("120亿元", 1.2e10, None, "CNY", "exact", "investment", False, 2012, hitech),
                  ("860亿元", 8.6e10, None, "CNY", "exact", "output", False, None, None)],
        "industry": [("光电显示", "leading", eco), ("生物医药", "leading", eco), ("现代服务", "leading", eco),
                     ("软件和信息服务", "planned", hitech), ("生物医药", "planned", hitech)],
    })
