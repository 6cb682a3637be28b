"""The number and unit normalizer every extractor shares.

`parse_number` reads a number written in Arabic digits (3.1793, 1,200) or Chinese numerals (十九点九一,
一千二百万, 百, 二〇一五); `quantity_pattern` builds the one regex that finds a figure with its modifiers,
range, magnitude and unit; `Quantity.from_match` turns a match of it into normalized numbers. Units and
magnitudes come from `lexicons/units.yml`, approximation words from `lexicons/approx.yml`.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex

from extractors import patterns
from pipeline.lexicons import Lexicons, alternation

CN_DIGITS = {
    "〇": 0, "零": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
    "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
CN_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG_UNITS = {"万": 10**4, "亿": 10**8}
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS) + "".join(CN_BIG_UNITS)

# A number in Arabic digits, with optional thousands separators and decimals; or a run of Chinese numerals
# with an optional decimal part (十九点九一).
ARABIC_NUMBER = r"(?<![\d.A-Za-z])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])"
CHINESE_NUMBER = rf"(?<![{CN_NUMERAL_CHARS}])[{CN_NUMERAL_CHARS}]+(?:点[{''.join(CN_DIGITS)}]+)?"
RANGE_SEPARATOR = r"(?:[-—–~]{1,2}|至|到)"


class NumberError(ValueError):
    """The text is not a number this normalizer can read."""


def _parse_chinese(text: str) -> Decimal:
    integer, _, fraction = text.partition("点")
    total = Decimal(0)  # everything already multiplied by 亿
    section = Decimal(0)  # the part below the next 亿, multiplied by 万 when one comes
    number: Decimal | None = None  # the digit (or digit run) waiting for its unit
    for ch in integer:
        if ch in CN_DIGITS:
            # 二〇一五: digits with no unit between them are positional.
            number = Decimal(CN_DIGITS[ch]) if number is None else number * 10 + CN_DIGITS[ch]
        elif ch in CN_SMALL_UNITS:
            section += (number if number is not None else Decimal(1)) * CN_SMALL_UNITS[ch]
            number = None
        elif ch == "万":
            section = (section + (number or 0)) or Decimal(1)
            section *= CN_BIG_UNITS["万"]
            number = None
        elif ch == "亿":
            total = (total + section + (number or 0)) or Decimal(1)
            total *= CN_BIG_UNITS["亿"]
            section, number = Decimal(0), None
        else:
            raise NumberError(f"not a Chinese numeral: {text!r}")
    value = total + section + (number or 0)
    if fraction:
        if any(ch not in CN_DIGITS for ch in fraction) or not integer:
            raise NumberError(f"not a Chinese numeral: {text!r}")
        digits = "".join(str(CN_DIGITS[ch]) for ch in fraction)
        # 十九点九一亿: the fraction belongs to the units digit, before any 万 / 亿 that follows it.
        value += Decimal("0." + digits)
    return value


def parse_number(text: str) -> Decimal:
    """The value of a number written in Arabic digits or Chinese numerals.

    >>> parse_number("3.1793"), parse_number("1,200"), parse_number("一千二百万"), parse_number("十九点九一")
    (Decimal('3.1793'), Decimal('1200'), Decimal('12000000'), Decimal('19.91'))
    """
    text = text.strip()
    if not text:
        raise NumberError("empty number")
    try:
        value = Decimal(text.replace(",", "")) if text[0].isdigit() else _parse_chinese(text)
    except ArithmeticError as e:  # InvalidOperation, or Overflow from a run of 亿
        raise NumberError(f"not a number: {text[:40]!r}") from e
    return bounded(value)


# Two neighbouring digits with no unit between them (两三千, 七八亿, 二三十, 十七八, 一两个) are a spoken range, not a
# positional number: 两三千元 is 2000 to 3000 yuan, never 23000; 一两个 is one or two, never 12.
APPROXIMATE_PAIR = patterns.compile(r"^(?P<head>[十百千万亿]*|.*[十百千万亿])(?P<low>[一二两三四五六七八])(?P<high>[二两三四五六七八九])"
                                 r"(?P<tail>[十百千万亿]*)$")


def approximate_pair(text: str) -> tuple[Decimal, Decimal] | None:
    """The two ends of a spoken range of Chinese numerals (两三千 → 2000, 3000), else None.

    >>> approximate_pair("两三千"), approximate_pair("十七八"), approximate_pair("二〇一五")
    ((Decimal('2000'), Decimal('3000')), (Decimal('17'), Decimal('18')), None)
    """
    m = APPROXIMATE_PAIR.match(text.strip())
    if not m or CN_DIGITS[m["high"]] != CN_DIGITS[m["low"]] + 1:
        return None
    return (_parse_chinese(m["head"] + m["low"] + m["tail"]), _parse_chinese(m["head"] + m["high"] + m["tail"]))


# No report states a figure this large: a longer run of digits (or of 亿) is not an amount.
MAX_VALUE = Decimal(10) ** 18


def bounded(value: Decimal) -> Decimal:
    if value >= MAX_VALUE:
        raise NumberError(f"too large to be a figure: {value:.3E}")
    return value


def to_float(value: Decimal) -> float:
    """Decimal → float, rounding away binary noise (3.1793亿 is 317930000, not 317930000.00000006)."""
    return float(round(bounded(value), 6))


@dataclass(frozen=True)
class Quantity:
    """A figure as the text states it, normalized: `value` (and `value_max` for a range) in the unit's
    base (km² for areas, the currency's unit for money), with how exact the text says it is."""

    value: float
    value_max: float | None
    approx: str  # exact · about · at_least · at_most · range
    unit: str  # the unit word as written (元, 美元, 平方公里, 人, %, …) or "" when there is none

    @classmethod
    def from_match(cls, m: regex.Match, lex: Lexicons, factor: Decimal | float = 1,
                   modifier_before: bool = True) -> "Quantity":
        """`modifier_before`: whether the `pre` group is the figure's modifier (约 of 签约 is not)."""
        factor = Decimal(str(factor))
        magnitude = Decimal(str(lex.magnitudes[m["mag"]])) if m["mag"] else Decimal(1)
        lead = leading_part(m, lex, magnitude) * factor
        low = parse_number(m["num"]) * magnitude * factor + lead
        high = None
        pair = approximate_pair(m["num"]) if not m["num2"] else None
        if pair:
            low, high = (end * magnitude * factor + lead for end in pair)
        if m["num2"]:
            # 3—5万人 is 3万 to 5万: the magnitude after the range belongs to both ends unless the low end has
            # its own (5000万—1亿元) or is closed by its unit (1000平方米到2万平方米).
            mag_low = (Decimal(str(lex.magnitudes[m["mag1"]])) if m["mag1"] else Decimal(1) if m["unit1"]
                       else magnitude)
            shared = Decimal(1) if m["unit1"] else shared_numeral_magnitude(m)
            low = parse_number(m["num"]) * mag_low * shared * factor + lead
            high = parse_number(m["num2"]) * magnitude * factor
        if high is not None and high > low:
            approx = "range"
        else:
            high = None
            approx = (
                lex.approx_after.get(m["post"] or "")
                or (lex.approx_before.get(m["pre"] or "") if modifier_before else None)
                or ("about" if m["more"] else lex.spoken_before_yi.get(m["spoken"] or "", "exact"))
            )
        return cls(to_float(low), to_float(high) if high is not None else None, approx, m["unit"] or "")


CN_TRAILING_BIG_UNITS = patterns.compile(r"(?<=.)[万亿]+$")
CN_DIGIT_AND_SMALL_UNIT = patterns.compile(rf"^[{''.join(CN_DIGITS)}](?P<unit>[{''.join(CN_SMALL_UNITS)}])$")


def shared_numeral_magnitude(m: regex.Match) -> Decimal:
    """What a range's low end in Chinese numerals is multiplied by when the high end's magnitude belongs to it too,
    as in 200—300亿元 though the numeral takes its 亿 in (三百亿): 二百至三百亿元 is 二百亿 to 三百亿, 一至五亿元 一亿 to
    五亿, and a lone digit takes the high end's 千 / 百 / 十 too (三至五千万元 is 三千万 to 五千万). Only when the low end
    has no magnitude of its own and is below the high end's number (一千至一万人 is 1000 to 10000); else 1."""
    if m["mag1"] or m["mag"] or any(unit in m["num"] for unit in CN_BIG_UNITS):
        return Decimal(1)
    trailing = CN_TRAILING_BIG_UNITS.search(m["num2"])
    if not trailing:
        return Decimal(1)
    head = m["num2"][:trailing.start()]
    try:
        low, high = parse_number(m["num"]), parse_number(head)
    except NumberError:
        return Decimal(1)
    magnitude = Decimal(1)
    for unit in trailing.group():
        magnitude *= CN_BIG_UNITS[unit]
    single = CN_DIGIT_AND_SMALL_UNIT.match(head)
    if m["num"] in CN_DIGITS and single and low < CN_DIGITS[head[0]]:
        return magnitude * CN_SMALL_UNITS[single["unit"]]
    return magnitude if low < high else Decimal(1)


def leading_part(m: regex.Match, lex: Lexicons, magnitude: Decimal) -> Decimal:
    """The value of the part before a larger magnitude in a figure written in two parts (2兆4,655亿,
    7万3,200人): 2兆 → 2e12. Zero when there is none. The lead's magnitude must be the larger (5万3亿 is no
    figure)."""
    if not m["lead"]:
        return Decimal(0)
    lead_magnitude = Decimal(str(lex.magnitudes[m["leadmag"]]))
    if lead_magnitude <= magnitude:
        raise NumberError(f"not a figure in two parts: {m.group()!r}")
    return parse_number(m["lead"]) * lead_magnitude


def quantity_pattern(lex: Lexicons, units: list[str], unit_required: bool = True) -> patterns.Pattern:
    """The regex of a figure followed by one of `units`.

    Groups: pre (约, 超 …), lead and leadmag (2兆 of 2兆4,655亿), num, optional range (mag1 = magnitude of the low end, num2), more (多 / 余;
    spoken, 来 after a round number: 三十来亿元),
    spoken (个 of 一百个亿, right before 亿), mag (万, 亿 …), unit, post (以上, 左右 …).
    """
    number = f"(?:{ARABIC_NUMBER}|{CHINESE_NUMBER})"
    mags = alternation(lex.magnitudes)
    pre = alternation(lex.approx_before)
    post = alternation(lex.approx_after)
    # A range may write the unit at both ends (150家至180家, 30亩到50亩): the high end's unit is then the low end's.
    unit = (f"(?P<unit>(?(unit1)(?P=unit1)|{alternation(units)}))" + ("" if unit_required else "?"))
    return patterns.compile(
        rf"(?P<pre>{pre})?"
        rf"(?:(?P<lead>{ARABIC_NUMBER})(?P<leadmag>{mags})(?=\d))?"
        rf"(?P<num>{number})"
        rf"(?:(?P<mag1>{mags})?(?P<unit1>{alternation(units)})?{RANGE_SEPARATOR}(?P<num2>{number}))?"
        rf"(?P<more>多|余|(?<=[十百千])来)?"
        rf"(?:(?P<spoken>{alternation(lex.spoken_before_yi)})(?=亿))?"
        rf"(?P<mag>{mags})?"
        rf"(?:多|余)?"
        rf"{unit}"
        rf"(?P<post>{post})?",
        regex.V1,
    )


def is_bare_magnitude(num: str) -> bool:
    """亿, 万: a magnitude with no number (亿元以上项目, 超亿元), as opposed to 百亿 or 三十亿."""
    return num in CN_BIG_UNITS


PERCENT_IN_WORDS = "百分之"


def percent_in_words_pattern(lex: Lexicons) -> patterns.Pattern:
    """The regex of a percent written in words (百分之十八以上, 百分之二十三点五), with the groups of
    `quantity_pattern` (unit is 百分之; no range, magnitude or 多)."""
    number = f"(?:{ARABIC_NUMBER}|{CHINESE_NUMBER})"
    return patterns.compile(
        rf"(?P<pre>{alternation(lex.approx_before)})?(?P<lead>)(?P<leadmag>)(?P<unit>{PERCENT_IN_WORDS})(?P<num>{number})"
        rf"(?P<mag1>)(?P<num2>)(?P<more>)(?P<spoken>)(?P<mag>)(?P<post>{alternation(lex.approx_after)})?",
        regex.V1,
    )

