"""Read report files: decode whatever Chinese encoding they are in, and normalize them to the one text on
which every offset is counted."""
from __future__ import annotations

import codecs
import functools
import hashlib
import operator
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import regex
from charset_normalizer import from_bytes

from extractors import patterns
from pipeline.hard_wrap import join_hard_wrapped_lines


class UnreadableFile(Exception):
    """A file that cannot be ingested: binary, undecodable, empty or unreadable. The message says why."""


@dataclass
class Document:
    name: str  # the file's name: the document's key everywhere
    path: str
    sha256: str  # of the file's bytes
    encoding: str
    text: str  # normalized: every offset counts on this
    original_text: str | None  # the decoded text before normalization, when it differs
    warnings: list[str] = field(default_factory=list)


BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
BINARY_SIGNATURES = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"PK\x03\x04", "a zip archive (or a .docx/.xlsx file)"),
    (b"%PDF", "a PDF file"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc/.xls)"),
    (b"\x7fELF", "an executable"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7z archive"),
]
# The encodings a Chinese report comes in; the detector chooses among these only, so that a GBK file is not
# mistaken for some Cyrillic code page.
CHINESE_ENCODINGS = ["utf_8", "gb18030", "big5", "big5hkscs", "cp950", "utf_16", "utf_32"]
# Reports are tens of kilobytes; a larger file would take minutes and gigabytes to extract.
MAX_FILE_BYTES = 10 * 2**20
# A UTF-8 file with at most this share of invalid bytes is UTF-8 with damage, not another encoding.
MAX_UTF8_DAMAGE = 0.001
# The share of noisy characters charset-normalizer may find in a chunk, asked again when its default (0.2) rejected
# every Chinese encoding.
LENIENT_NOISE = 0.5


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str, list[str]]:
    """(text, encoding, warnings) for a file's bytes; raises UnreadableFile with the reason."""
    if not data.strip():
        raise UnreadableFile(f"{name}: empty file" if not data else f"{name}: only white space")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", "") + " (BOM)", []
            except UnicodeDecodeError as e:
                raise UnreadableFile(f"{name}: has a {encoding} byte-order mark but is not {encoding}: {e}")
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise UnreadableFile(f"{name}: binary file ({what}), not a text report")
    if b"\x00" in data:
        raise UnreadableFile(f"{name}: binary file (contains NUL bytes), not a text report")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as e:
        first_error = e.start
    damaged = data.decode("utf-8", errors="replace")
    bad = damaged.count("\ufffd")
    if bad <= max(3, MAX_UTF8_DAMAGE * len(data)):
        return damaged, "utf-8", [
            f"{name}: {bad} invalid UTF-8 byte sequence(s), replaced with U+FFFD; first at byte {first_error}"
        ]
    best = from_bytes(data, cp_isolation=CHINESE_ENCODINGS).best()
    if best is not None:
        return str(best), best.encoding, []
    # charset-normalizer drops an encoding when a chunk of the text looks like noise in it: a table of full-width
    # bars and figures (园区名称｜规划面积（平方公里）｜…) in a GBK file is such a chunk. Asked again with more noise
    # allowed, it names the encoding; the warning says to check the text.
    best = from_bytes(data, cp_isolation=CHINESE_ENCODINGS, threshold=LENIENT_NOISE).best()
    if best is None:
        raise UnreadableFile(f"{name}: cannot be decoded as UTF-8, GB18030/GBK or Big5")
    return str(best), best.encoding, [f"{name}: read as {best.encoding}, though parts of it look like noise in every"
                                      " Chinese encoding; check the stored text"]


# ①…⑳ and ⒈…⒛ would become bare digits under NFKC and merge with the figure after them (①20亿元 → 120亿元).
ENCLOSED_NUMBERS = {
    **{chr(0x2460 + i): f"({i + 1})" for i in range(20)},
    **{chr(0x2488 + i): f"({i + 1})" for i in range(20)},
}
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
# One pass of str.translate for both: drop the invisible characters, spell out the enclosed numbers.
BEFORE_NFKC = str.maketrans({**INVISIBLE, **ENCLOSED_NUMBERS})
SPACE = r"(?<! ) (?! )"
# A space that splits a figure from its unit or cue (投资 130 亿元), thousands groups (1 200 000) and ranges
# (1 — 2 家): text laid out for print or cut from a PDF. A tab or a run of spaces is never one of them: it separates
# the cells of a table (园区\t1200\t2000, 工业增加值　　　312亿元　　　600亿元以上), and deleting it would run a row's
# name into its first figure and its figures into each other (45\t120 → 45120).
# A single space is a cell separator too where it stands in a row of figures (东川工业园区 22.5 58.6 46.2 光伏制造,
# a PDF's or a web page's table): two numbers side by side that are not thousands groups (the second not a group of
# exactly three digits, the first not a decimal). Its row name and its last figure keep their spaces then.
NUMBER = r"\d+(?:\.\d+)?"
NOT_GROUP = r"(?!\d{3}(?![\d.]))"
FIGURES_AFTER = rf"(?!{NUMBER} {NOT_GROUP}\d)"
# a figure after another, not a thousands group: not three digits, or three after a decimal (21.4 860: no group of it)
ROW_FIGURE_BEFORE = r"(?<!\d (?:\d+\.\d+|\d{1,2}|\d{4,})|\d\.\d+ \d{3})"
SPACES_IN_NUMBERS = patterns.compile(
    rf"(?<=\d){ROW_FIGURE_BEFORE}{SPACE}(?=[%\p{{Han}}])|(?<=\p{{Han}}){SPACE}(?=\d){FIGURES_AFTER}"
    rf"|(?<=(?<![\d.])\d{{1,3}}(?: \d{{3}})*){SPACE}(?=\d{{3}}(?!\d))"
    rf"|(?<=\d){ROW_FIGURE_BEFORE}{SPACE}(?=[-—–~])|(?<=\d ?[-—–~]){SPACE}(?=\d)"
)
# Ideographic spaces between figures lay out the cells of a typed table (1　周口经济开发区　95　260　35, a plot's
# row DJ2021-18-01　沿江大道以西　33356.12　　　50.03): nobody puts one inside a figure, as a print layout does with a
# plain space, which NFKC would make it (95 260, read as a thousands group; 以西 33356.12, a label run into its
# figure). On a line with figures set apart so, every single ideographic space at a figure is a cell separator: two
# plain spaces keep it one after NFKC. So is a row that opens with its number and holds a figure standing alone
# between them (1　某企业年产10万吨项目　45　曲靖新能源电池产业园, under 序号　项目名称　投资额(亿元)　所在园区). Elsewhere
# (投资　130　亿元, a byline's 新华网　2011年) it closes up as before.
FIGURES_SET_APART = patterns.compile(
    r"^.*\d\u3000+\d.*$|^[ \t]*\d{1,3}\u3000+\D.*\u3000[\d.]+(?:\u3000.*)?$", regex.M)
IDEOGRAPHIC_SPACE_AT_FIGURE = patterns.compile(r"(?<=\d)\u3000(?!\u3000)|(?<!\u3000)\u3000(?=\d)")


IDEOGRAPHIC_CELLS = patterns.compile(r"\u3000+")
HEADER_CELLS = 3  # a header laid out with ideographic spaces parts at least this many cells


def table_row_spaces(text: str) -> str:
    """Two plain spaces for each single ideographic space at a figure, on the lines with figures set apart by them,
    and on the rows under a header laid out so (片区　面积(平方公里)　主要功能 over 两江片区　66.29　高端产业: one figure
    a row, set apart from the words on both sides)."""
    if "\u3000" not in text:
        return text
    return rows_under_ideographic_header(FIGURES_SET_APART.sub(
        lambda m: IDEOGRAPHIC_SPACE_AT_FIGURE.sub("  ", m.group()), text))


def rows_under_ideographic_header(text: str) -> str:
    """The lines right under a header of words in cells parted by ideographic spaces (three or more, no figure),
    as many cells as it each, with their ideographic spaces at figures made two plain spaces (cell separators)."""
    lines = text.split("\n")
    width = 0  # the number of cells of the header over the lines being read, 0 when none
    for i, line in enumerate(lines):
        cells = len(IDEOGRAPHIC_CELLS.split(line.strip(" \t\u3000")))
        if width and cells == width and FIGURE_DIGIT.search(line):
            lines[i] = IDEOGRAPHIC_SPACE_AT_FIGURE.sub("  ", line)
        else:
            width = cells if cells >= HEADER_CELLS and not FIGURE_DIGIT.search(line) else 0
    return "\n".join(lines)


# A row that opens with its serial number and a single space (1 年产20万吨磷酸铁锂正极材料项目 65 21.4 860 一期投产, a web
# page's table of projects): the space parts two cells, as those between its figures do, when two figures stand side
# by side in the row; else (1 月份, 3 家企业) it closes up as any space at a figure does.
SERIAL_OPENING_ROW = patterns.compile(r"^([ \t]*\d{1,3}) (?=\p{Han}[^\n]* \d+(?:\.\d+)? \d+(?:\.\d+)?(?: |$))", regex.M)


# Deleting these with str.translate counts a text's Han characters at C speed.
FIGURE_DIGIT = patterns.compile(r"\d")
HAN_CHARACTERS = dict.fromkeys(range(0x4E00, 0x9FFF + 1))
TRADITIONAL_SHARE = 0.02  # share of Han characters that t2s changes above which a text is traditional


@functools.lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=1)
def _variant_folding() -> dict[int, str]:
    """str.translate's table of lexicons/variant_characters.yml: the characters t2s leaves in a traditional text
    that simplified Chinese writes otherwise (資谿工業園區 → 资谿工业园区, where the original wrote 资溪)."""
    from pipeline.lexicons import load_lexicons

    return str.maketrans(load_lexicons().variant_characters)


def to_simplified(text: str, always: bool = False) -> str:
    """Traditional → simplified, for texts written in traditional script only: converting a simplified text
    would still change a few characters that are also simplified (乾康药业 → 干康药业). `always` converts a
    snippet too short to tell, whose document is known to have been converted."""
    converted = _t2s().convert(text)
    if always:
        return converted.translate(_variant_folding())
    if converted == text:  # nothing to count when nothing changed (counting is the slow part)
        return text
    return converted.translate(_variant_folding()) if is_traditional(text, converted) else text


def is_traditional(text: str, converted: str) -> bool:
    """Whether t2s changed enough of the text's Han characters for it to be written in traditional script."""
    han = len(text) - len(text.translate(HAN_CHARACTERS))
    if not han:
        return False
    changed = sum(map(operator.ne, text, converted)) + abs(len(text) - len(converted))
    return changed >= 3 and changed / han >= TRADITIONAL_SHARE


@functools.lru_cache(maxsize=1)
def _wrapped_areas() -> patterns.Pattern:
    """A line break inside an area's writing, as a PDF's text wraps its lines wherever the width ends (新建标准化厂房
    30万 / 平方米, 新增标准化厂房12万平 / 方米): between a figure (with its magnitudes) and its unit, or inside the
    unit's word. The units and magnitudes are units.yml's. Amounts wrap so too (计划总投资512.6 / 亿元), but are
    left as they are: joined, that one reads as a goal of the year its sentence's 全年 names, which blind 17
    annotates as a project total of no year (docs/quality.md, round 16d)."""
    from pipeline.lexicons import alternation, load_lexicons

    lex = load_lexicons()
    units = list(lex.area_units)
    magnitudes = rf"(?:{alternation(lex.magnitudes)})*"
    figure = rf"\d{magnitudes}"
    breaks = [rf"(?<={figure})\n(?={magnitudes}(?:{alternation(units)}))"]
    breaks += [rf"(?<={figure}{regex.escape(unit[:i])})\n(?={regex.escape(unit[i:])})"
               for unit in units for i in range(1, len(unit))]
    return patterns.compile("|".join(breaks))


@functools.lru_cache(maxsize=1)
def _ocr_figure_patterns() -> tuple[patterns.Pattern, patterns.Pattern]:
    """An OCR copy's damage inside a figure that stands before a unit (units.yml's magnitudes, currencies and area
    units): the letters O and l read for 0 and 1 (2O6亿元, l58亿元, 5OO万元; before a year's 年 and % too: 到2O15年,
    5l.6%; and at a span's or a range's first end, before the dash: 2O12-2O15年, 1O—2O亿元); and spaces or a line break cut into its digits (8 6 2亿元, 税收4 1.2亿元, 收入15⏎2.7亿元). Only a figure
    with its unit after it is repaired, so ordinary Latin text (Wi-Fi, Mall, a model name) and a row of table cells
    are left alone: the letters must not touch another Latin letter or digit, and a cut figure must follow a Han
    character directly, with single digits before each space (a cell row's 园区12 35亿元 or 36.8 206亿元 stays two
    figures) or a line of prose before the break (a cell alone on its line stays one)."""
    from extractors.numbers import RANGE_SEPARATOR
    from pipeline.lexicons import alternation, load_lexicons

    lex = load_lexicons()
    unit = (rf"(?:{alternation(lex.magnitudes)})*"
            rf"(?:{alternation(lex.magnitudes)}|{alternation(lex.currencies)}|{alternation(lex.area_units)})")
    figure = r"[\dOl](?:[\dOl]|\.(?=[\dOl]))*"
    # the first end of a span or a range stands before its dash, not its unit (2O12-2O15年, 1O—2O亿元)
    span_end = rf"\s?{RANGE_SEPARATOR}\s?{figure}(?:{unit}|年|%)"
    misread = patterns.compile(rf"(?<![A-Za-z\d.]){figure}(?={unit}|年|%|{span_end})")
    # not after 表 or 图: a caption's number before a year or a figure (表1 2011年各园区主要经济指标)
    cut = patterns.compile(rf"(?<=\p{{Han}}(?<![表图]))\d(?: \d)*(?: \d+(?:\.\d+)?)(?={unit})"
                           rf"|(?<=\p{{Han}}\d{{1,3}})\n(?=\d+(?:\.\d+)?{unit})")
    return misread, cut


OCR_DIGITS = str.maketrans("Ol", "01")


def _misread_digits(figure: str) -> str:
    """A figure with O and l among its digits (2O6, l58), or as it stands when the letters are all it has: a lone
    l (规模l亿元) is most likely a 1, but an l or O standing for a whole figure is too little to be sure of."""
    return figure.translate(OCR_DIGITS) if figure.strip("Ol.") else figure


def repair_ocr_figures(text: str) -> str:
    """The figures an OCR copy damaged, written as the print has them (see _ocr_figure_patterns)."""
    misread, cut = _ocr_figure_patterns()
    if "O" in text or "l" in text:
        text = misread.sub(lambda m: _misread_digits(m.group()), text)
    return cut.sub(lambda m: m.group().replace(" ", "").replace("\n", ""), text)


def normalize_text(text: str) -> str:
    """The stored text: one newline convention, no invisible characters, NFKC (full-width digits, letters and
    punctuation to ordinary ones), no spaces inside figures, simplified script, no line break inside an area, nor
    inside the paragraphs of a report hard-wrapped at a fixed width (measured before NFKC narrows its characters)."""
    text = join_hard_wrapped_lines(text.replace("\r\n", "\n").replace("\r", "\n").translate(BEFORE_NFKC))
    text = unicodedata.normalize("NFKC", table_row_spaces(text))
    text = SPACES_IN_NUMBERS.sub("", SERIAL_OPENING_ROW.sub(r"\1  ", text))
    text = repair_ocr_figures(to_simplified(text))
    return _wrapped_areas().sub(lambda m: _joined_wrap(text, m), text) if "\n" in text else text


def _joined_wrap(text: str, m: regex.Match) -> str:
    """The line break `m` of _wrapped_areas removed, unless the line before it is a row of table cells (累计改造提升面积
    |万亩|1.2|4.8 over 亩均年产值|万元|…): its last cell ends there, and the next row's label only starts with a unit's
    character."""
    line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
    return m.group() if "|" in line else ""


def too_large(name: str, size: int) -> str | None:
    """Why a file of `size` bytes is refused before it is read, or None."""
    if size > MAX_FILE_BYTES:
        return (f"{name}: {size / 2**20:.1f} MB, more than the {MAX_FILE_BYTES // 2**20} MB a report may have; "
                "split it into smaller files")
    return None


def read_document(path: str | Path) -> Document:
    """Read and normalize one report file; raises UnreadableFile with the reason."""
    path = Path(path)
    try:
        reason = too_large(path.name, path.stat().st_size)
        if reason:
            raise UnreadableFile(reason)
        data = path.read_bytes()
    except OSError as e:
        raise UnreadableFile(f"{path.name}: cannot be read: {e.strerror or e}") from e
    return decode_document(path, data)


def decode_document(path: str | Path, data: bytes) -> Document:
    """The document of a file's bytes (read elsewhere: by ingest's parent process, or sent to a worker)."""
    path = Path(path)
    decoded, encoding, warnings = decode_bytes(data, path.name)
    try:
        text = normalize_text(decoded)
    except patterns.ExtractionTimeout as e:
        raise UnreadableFile(f"{path.name}: {e}") from e
    return Document(
        name=path.name,
        path=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        text=text,
        original_text=decoded if decoded != text else None,
        warnings=warnings,
    )
