"""Properties that hold for any text (hypothesis): reading and extraction never raise, every fact gives back
its text from its offsets, values are finite and non-negative; and any amount, however written, is read back
as the value it was written from."""
import math
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.base import fact_record, facts
from extractors.money import MoneyFinder
from extractors.numbers import parse_number
from pipeline.reading import UnreadableFile, decode_bytes, normalize_text

# Modest counts: the whole suite stays within a couple of minutes.
FEW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Pieces of report text that set the extractors off (figures, units, cues, zone suffixes, list separators),
# mixed with any characters at all.
PIECES = ["投资", "总投资", "融资", "亿元", "万元", "美元", "万", "亿", "千", "约", "超过", "以上", "左右", "多", "-", "至",
          "平方公里", "公顷", "亩", "平方米", "到2015年", "十二五末", "达到", "力争", "个", "家", "人", "%", "第",
          "南阳", "高新区", "产业集聚区", "开发区", "工业园区", "主导产业", "重点发展", "产业集群", "、", "和", "等", "为",
          "以", "。", ",", ";", "\n", " ", "(", ")", "“", "”", "1", "3.5", "1,200", "100", "二〇一五", "十九点九一",
          "三十", "两", "零", "百", "年", "月", "日", "前身为", "全市", "各"]
report_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=40).map("".join)


@FEW
@given(st.text())
def test_normalize_never_raises(text):
    assert isinstance(normalize_text(text), str)


@FEW
@given(st.binary(max_size=200))
def test_decoding_any_bytes_gives_text_or_a_reason(data):
    try:
        text, encoding, warnings = decode_bytes(data, "x.txt")
    except UnreadableFile as e:
        assert str(e).startswith("x.txt: ")
    else:
        assert isinstance(text, str) and encoding


@FEW
@given(report_text)
def test_extraction_never_raises_and_every_fact_is_sound(nlp, raw):
    text = normalize_text(raw)
    doc = nlp(text)
    for span in facts(doc):
        fact = fact_record(span, "t.txt")
        assert text[fact["start"]:fact["end"]] == fact["text"] and fact["text"].strip()
        for field in ("value", "value_max"):
            value = fact.get(field)
            if value is not None:
                assert math.isfinite(value) and value >= 0, fact
        if fact.get("value_max") is not None:
            assert fact["value_max"] >= fact["value"], fact


DIGITS = "零一二三四五六七八九"


def chinese_below_10000(n: int) -> str:
    out, zero = "", False
    for power, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // power % 10
        if digit:
            out += ("零" if zero else "") + DIGITS[digit] + unit
            zero = False
        elif out:
            zero = True
    return out


def chinese(n: int) -> str:
    """A positive integer in Chinese numerals, as reports write it: 一亿零五百万, 一万二千亿."""
    for power, unit in ((10**8, "亿"), (10**4, "万")):
        if n >= power:
            high, low = divmod(n, power)
            rest = ("零" if low < power // 10 else "") + chinese(low) if low else ""
            return chinese(high) + unit + rest
    return chinese_below_10000(n)


@FEW
@given(st.integers(min_value=1, max_value=10**16 - 1))
def test_chinese_numerals_parse_back(n):
    assert parse_number(chinese(n)) == n


@st.composite
def amounts(draw, currencies):
    """(text, value, currency) of an amount: Arabic digits (with decimals or thousands separators) or Chinese
    numerals, with or without 万 / 亿, and a currency word."""
    magnitude, factor = draw(st.sampled_from([("", 1), ("万", 10**4), ("亿", 10**8)]))
    currency = draw(st.sampled_from(sorted(currencies)))
    if draw(st.booleans()):
        units = draw(st.integers(min_value=1, max_value=10**7))
        places = draw(st.integers(min_value=0, max_value=4))
        number = Decimal(units).scaleb(-places)
        written = f"{int(number):,}" if places == 0 and draw(st.booleans()) else format(number, "f")
    else:
        # A lone Chinese digit before 元 is a word (一元化), so a Chinese amount has a unit or 万 / 亿 in it; and
        # the number before 万 or 亿 is smaller than it (一万亿, never 一亿万).
        most = {"": 10**12, "万": 10**4 - 1, "亿": 10**8 - 1}[magnitude]
        number = Decimal(draw(st.integers(min_value=1 if magnitude else 10, max_value=most)))
        written = chinese(int(number))
    return f"{written}{magnitude}{currency}", number * factor, currencies[currency]


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_any_amount_is_read_back_as_its_value(lex, data):
    text, value, currency = data.draw(amounts(lex.currencies))
    [figure] = MoneyFinder(lex).find(f"项目总投资{text}。")
    assert (figure.start, figure.end) == (5, 5 + len(text))
    assert figure.value == pytest.approx(float(value), rel=1e-12)
    assert figure.currency == currency and figure.value_max is None
