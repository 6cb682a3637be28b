"""The thirty-ninth blind set: five reports in the genres analysts scrape (a Hebei 自然资源厅 web page summarizing the
2020 开发区土地集约利用评价 of five national zones, with a table of 已建成城镇建设用地 / 工业用地 (公顷), 综合容积率 and
工业用地地均税收 (万元/公顷), a total row and an average row, ranks, standards and recommendations; a 一图读懂 WeChat
infographic of 济南高新区's 2023 in short fragments, full-width digits and punctuation, with its 2024 and 2025 goals;
a GB18030-encoded 2022 长春中院 破产重整公告 of the developer of 吉林宏图智能制造产业园, with claims in Chinese numerals
(三十亿元, 十九点九一亿元, 一千二百万元), the park's land and buildings, a Hong Kong investor's HKD / USD offer and
deadlines; a 2024 news-site search-results page of ten snippets about zones in ten provinces, cut mid-sentence, with a
热榜, picture links and a footer; a 知乎 answer in traditional script comparing 合肥高新区 and 苏州高新区 from memory
(大概 / 左右 / 上下, 60个亿), written and annotated without reading the extractors or running them; the annotations
were committed before the first extraction. tests/fixtures/blind39/README.md says what each exercises and which calls
the annotation made. Its first audit (README) is the unseen
measurement; the floors at the end guard the rules written from it since."""

from tests.annotated_sets import assert_above_floors, assert_every_text_occurs, assert_in_legacy_encoding, assert_stored_normalized, set_fixtures
from tests.conftest import ROOT

BLIND39 = ROOT / "tests" / "fixtures" / "blind39"
EVALUATION = "ol1_hebei_2020_kaifaqu_land_intensity_evaluation_web.txt"
INFOGRAPHIC = "ol2_shandong_2023_jinan_gaoxin_infographic_fullwidth.txt"
REORGANIZATION = "ol3_jilin_2022_changchun_park_developer_reorganization_gb18030.txt"
SEARCH = "ol4_national_2024_news_search_results_web.txt"
ZHIHU = "ol5_anhui_jiangsu_2024_hefei_suzhou_gaoxin_zhihu_trad.txt"


annotations, documents, audit = set_fixtures(BLIND39)


def test_every_blind39_report_is_annotated_and_every_text_occurs_in_it(annotations, documents):
    assert_every_text_occurs(annotations, documents, reports=5)


def test_the_legacy_encoding_is_really_gb18030_and_is_read(documents):
    assert_in_legacy_encoding(BLIND39, documents, {REORGANIZATION: ("gb18030", "吉林省长春市中级人民法院")})
    text = documents[REORGANIZATION].text
    for numerals in ("申报总额为三十亿元", "初步确认债权十九点九一亿元", "职工债权一千二百万元", "追加投资不少于五亿元"):
        assert numerals in text


def test_the_other_reports_are_utf8(documents):
    for name in (EVALUATION, INFOGRAPHIC, SEARCH, ZHIHU):
        (BLIND39 / name).read_bytes().decode("utf-8")
    assert "发布时间:2021-06-18" in documents[EVALUATION].text


def test_the_full_width_infographic_is_stored_with_ordinary_digits(documents):
    raw = (BLIND39 / INFOGRAPHIC).read_text(encoding="utf-8")
    assert "１２０６．５亿元" in raw and "６４．３平方公里" in raw
    doc = documents[INFOGRAPHIC]
    assert_stored_normalized(doc, "1206.5亿元", "１２０６", "．")
    assert_stored_normalized(doc, "规划面积64.3平方公里", "６４．３")
    assert_stored_normalized(doc, "(数据来源:济南高新区经济发展部", "（数据来源：")
    assert "科技成果转化贷款 一千二百万元以上的项目33个" in doc.text


def test_the_full_width_punctuation_of_the_evaluation_is_stored_normalized(documents):
    raw = (BLIND39 / EVALUATION).read_text(encoding="utf-8")
    assert "（摘要）" in raw
    assert_stored_normalized(documents[EVALUATION], "河北省2020年度开发区土地集约利用评价报告(摘要)", "（摘要）")


def test_the_traditional_answer_is_stored_simplified(documents):
    raw = (BLIND39 / ZHIHU).read_text(encoding="utf-8")
    assert "合肥高新技術產業開發區" in raw and "蘇州滸墅關經濟技術開發區" in raw and "營業收入突破1萬億元" in raw
    doc = documents[ZHIHU]
    assert_stored_normalized(doc, "合肥高新技术产业开发区(我们都叫合肥高新区)规划面积大概128平方公里",
                             "高新技術", "開發區", "規劃", "（我們")
    assert_stored_normalized(doc, "到2025年营业收入突破1万亿元", "營業收入", "萬億元")
    assert_stored_normalized(doc, "苏州浒墅关经济技术开发区(浒关经开区", "蘇州", "滸墅關", "經濟")


# After its first audit (README), rounds 30–31 wrote rules from it: floors a little below what the session's last rules
# reached.
BLIND39_FLOORS = {"money": (0.97, 0.98), "area": (0.95, 0.98), "target": (0.69, 0.67), "zone": (0.83, 0.76), "industry": (0.91, 0.82)}
BLIND39_ATTRIBUTION_FLOOR = 0.84


def test_blind39_floors(audit):
    assert_above_floors(audit, BLIND39_FLOORS, BLIND39_ATTRIBUTION_FLOOR, {"year": 0.83}, label="blind set 39")
