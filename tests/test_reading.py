"""Reading files in the encodings Chinese analysts have, and normalizing them."""
import codecs

import pytest

from pipeline.reading import UnreadableFile, normalize_text, read_document
from pipeline.segmenting import split_sentences
from tests.conftest import ROOT

SIMPLIFIED = "南阳高新技术产业开发区规划面积9.2平方公里，总投资三十亿元。入园企业达到100家。"
TRADITIONAL = "南陽高新技術產業開發區規劃面積9.2平方公里，總投資三十億元。入園企業達到100家。"


@pytest.mark.parametrize(
    "encoding, data, found",
    [
        ("utf-8", SIMPLIFIED.encode("utf-8"), "utf-8"),
        ("utf-8 BOM", codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8 (BOM)"),
        ("utf-16 LE BOM", codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), "utf-16 (BOM)"),
        ("utf-16 BE BOM", codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "utf-16 (BOM)"),
        ("gb18030", SIMPLIFIED.encode("gb18030"), "gb18030"),
        ("gbk", SIMPLIFIED.encode("gbk"), "gb18030"),
        ("big5", TRADITIONAL.encode("big5"), "big5"),
    ],
)
def test_reads_each_encoding_to_the_same_text(tmp_path, encoding, data, found):
    path = tmp_path / "报告 一.txt"
    path.write_bytes(data)
    doc = read_document(path)
    assert doc.encoding == found
    assert doc.text == normalize_text(SIMPLIFIED)
    assert doc.name == "报告 一.txt"


def test_keeps_the_original_text_when_normalization_changes_it(tmp_path):
    path = tmp_path / "t.txt"
    path.write_bytes(TRADITIONAL.encode("big5"))
    doc = read_document(path)
    assert doc.original_text == TRADITIONAL
    assert "南阳高新技术产业开发区" in doc.text


def test_simplified_text_is_not_converted():
    # 乾 is also a simplified character (乾康药业); t2s would turn it into 干.
    assert normalize_text("生产基地、乾康药业、电子") == "生产基地、乾康药业、电子"


def test_normalizes_full_width_and_spaces_inside_figures():
    assert normalize_text("完成投资 １３０ 亿元，2010 年") == "完成投资130亿元,2010年"
    assert normalize_text("总额 1 200 000 元") == "总额1200000元"
    assert normalize_text("①20亿元") == "(1)20亿元"  # an enclosed number never merges into the figure


def test_tabs_keep_table_cells_apart():
    # A tab separates cells: the row's name, its figures and their years stay apart; spaces still close up.
    assert normalize_text("地区生产总值(亿元)\t1200\t2000") == "地区生产总值(亿元)\t1200\t2000"
    assert normalize_text("工业园区\t45\t120 家") == "工业园区\t45\t120家"
    assert normalize_text("2020年\t2025年") == "2020年\t2025年"


def test_ideographic_spaces_between_figures_keep_a_rows_cells_apart():
    # A typed table's row (1　周口经济开发区　95　260　35): 95 260 is two cells, not a thousands group, and the row's
    # serial number, name and figures stay apart.
    assert normalize_text("1\u3000周口经济开发区\u300095\u3000260\u300035") == "1  周口经济开发区  95  260  35"
    # decoys: a plain space still joins thousands groups; an ideographic space on a line with no two figures side by
    # side (a byline, a figure and its unit) closes up as before
    assert normalize_text("总额 1 200 000 元") == "总额1200000元"
    assert normalize_text("来源:新华网\u30002011年09月18日") == "来源:新华网2011年09月18日"
    assert normalize_text("投资\u3000130\u3000亿元") == "投资130亿元"


def test_ideographic_spaces_keep_apart_a_numbered_rows_one_figure():
    # A brochure's annex (序号　项目名称　投资额(亿元)　所在园区): the row opens with its number and holds one figure
    # between names; closed up, 项目45曲靖 would leave no cell to read.
    assert normalize_text("１\u3000某新能源企业年产１０万吨磷酸铁锂项目\u3000４５\u3000曲靖新能源电池产业园") == (
        "1  某新能源企业年产10万吨磷酸铁锂项目  45  曲靖新能源电池产业园")
    assert normalize_text("4\u3000某汽车零部件企业轻量化部件项目\u30006.5\u3000西城装备制造产业园") == (
        "4  某汽车零部件企业轻量化部件项目  6.5  西城装备制造产业园")
    # decoy: a line not opened by a row number closes up as before
    assert normalize_text("某项目计划投资\u300045\u3000亿元") == "某项目计划投资45亿元"


def test_damaged_utf8_is_decoded_with_a_warning_naming_the_offset(tmp_path):
    data = ("投资" * 2000).encode("utf-8") + b"\xff" + "30亿元".encode("utf-8")
    path = tmp_path / "damaged.txt"
    path.write_bytes(data)
    doc = read_document(path)
    assert doc.encoding == "utf-8"
    assert "\ufffd30亿元" in doc.text
    assert doc.warnings and "damaged.txt" in doc.warnings[0] and "byte 12000" in doc.warnings[0]


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG"),
        (b"PK\x03\x04" + bytes(100), "zip"),
        (b"", "empty"),
        (b"  \n\t ", "white space"),
        (b"abc\x00\x01\x02def", "NUL"),
    ],
)
def test_refuses_binary_and_empty_files_with_the_reason(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(UnreadableFile, match=reason) as e:
        read_document(path)
    assert "bad.txt" in str(e.value)


def test_sentences_split_on_chinese_terminators_and_line_breaks():
    text = normalize_text("第一句。第二句！第三句？第四句；\n  第五句\n\n第六句")
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences == ["第一句。", "第二句!", "第三句?", "第四句;", "第五句", "第六句"]


def test_a_line_wrapped_after_a_comma_or_a_list_comma_goes_on():
    """Newspaper pages and PDF text wrap lines mid-sentence; a comma never ends a sentence, a line break after it
    does not either. A line with no comma at its end still ends there (headings, table rows)."""
    text = normalize_text("今年力争完成投资150亿元，新引进项目30个，\n新增就业1.2万人。\n重点发展装备制造、\n新材料等产业\n二、主要任务")
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences == ["今年力争完成投资150亿元,新引进项目30个,\n新增就业1.2万人。", "重点发展装备制造、\n新材料等产业",
                         "二、主要任务"]


def test_a_gbk_file_whose_tables_use_full_width_bars_is_read(tmp_path):
    """charset-normalizer rejects every Chinese encoding for a GBK report whose table is laid out with ｜ (a chunk
    of bars and figures looks like noise); it is read all the same, as GB18030, with a warning."""
    report = ROOT / "tests" / "fixtures" / "blind15" / "q2_jilin_2023_siping_audit_gbk.txt"
    original = report.read_bytes().decode("gbk")
    assert original.count("|") > 20
    path = tmp_path / "barred.txt"
    path.write_bytes(original.replace("|", "｜").encode("gbk"))
    document = read_document(path)
    assert document.encoding == "gb18030" and document.warnings
    assert document.text == read_document(report).text  # ｜ is | after NFKC


def test_ideographic_spaces_set_a_land_tables_plot_row_apart():
    # A plot's row: its code, its place and its areas stay apart (not 以西33356.12), a run of ideographic spaces too.
    assert normalize_text("DJ2021-18-01\u3000沿江大道以西\u300033356.12\u3000\u3000\u300050.03") == (
        "DJ2021-18-01  沿江大道以西  33356.12   50.03")
    # decoys: ordinary spaces inside figures still close up, an indent of ideographic spaces stays
    assert normalize_text("总额 95 260 元") == "总额95260元"
    assert normalize_text("\u3000\u30002012年,全市完成投资562.3亿元") == "  2012年,全市完成投资562.3亿元"


def test_a_line_break_inside_an_areas_writing_is_a_wrapped_line():
    # A PDF's text wraps its lines wherever the width ends: inside an area's unit, or between figure and unit.
    assert normalize_text("规划新增标准化厂房12万平\n方米,预计2025年") == "规划新增标准化厂房12万平方米,预计2025年"
    assert normalize_text("新建标准化厂房18万平方\n米,亚洲硅业") == "新建标准化厂房18万平方米,亚洲硅业"
    assert normalize_text("新建标准化厂房30万\n平方米;二是") == "新建标准化厂房30万平方米;二是"
    # decoys: a break after a figure before words that are no unit; a break before an amount's unit stays
    assert normalize_text("2020年\n万众一心") == "2020年\n万众一心"
    assert normalize_text("第3\n平台") == "第3\n平台"
    assert normalize_text("计划总投资512.6\n亿元") == "计划总投资512.6\n亿元"
