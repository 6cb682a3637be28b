"""The facts of a report do not depend on its script or its characters' width: a paragraph of an annotated report,
written in traditional script (OpenCC s2t, s2hk) and with full-width digits and punctuation, yields the facts of
the simplified original. bench/invariance.py measures the same on every annotated set."""
import opencc
import pytest

from bench.invariance import to_full_width
from extractors.base import fact_record, facts
from pipeline.reading import normalize_text

# blind2, c3_jiangxi_2012_shengji_yuanqu.txt: a zone whose place s2t writes in its old form (资溪 → 資谿), an area,
# industries, amounts in digits and in Chinese numerals; and a paragraph of goals.
PARAGRAPHS = [
    "（三）江西资溪工业园区。位于抚州市资溪县鹤城镇，规划面积3.5平方公里（合5250亩）。园区依托当地丰富的竹林资源和"
    "“资溪面包”品牌，重点发展竹制品加工和绿色食品两大产业。2011年，园区实现主营业务收入十九亿八千万元，上缴税金"
    "6850万元，完成固定资产投资五亿二千万元。",
    "（二）新认定的省级工业园区要突出主导产业，加快配套设施建设。到2015年，安义工业园区主营业务收入力争达到一百二十"
    "亿元，铜鼓工业园区力争达到50亿元，石城工业园区力争突破五十亿元；资溪工业园区要建成全国重要的竹产业基地，入园"
    "规模以上企业达到40家。",
]


def records(nlp, text):
    return [fact_record(span, "t.txt") for span in facts(nlp(normalize_text(text)))]


@pytest.mark.parametrize("config", ["s2t", "s2hk"])
@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_traditional_and_full_width_paragraphs_yield_the_facts_of_the_simplified_one(nlp, paragraph, config):
    expected = records(nlp, paragraph)
    assert expected  # the paragraph has facts to compare
    traditional = opencc.OpenCC(config).convert(paragraph)
    assert traditional != paragraph
    for variant in (traditional, to_full_width(paragraph), to_full_width(traditional)):
        assert records(nlp, variant) == expected
