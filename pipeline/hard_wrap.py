"""Reports hard-wrapped at a fixed width: a PDF's text, an e-mailed or plain-text copy whose paragraphs were cut
into lines of nearly the same display width wherever the width ran out, mid-word (年底前在孵企 / 业力争达到130家).
The sentence splitter ends a sentence at a line break, so such a report's facts were cut from their cues (the year
of 年底前, the metric before a wrapped figure). Its wrapped breaks are joined, so that its paragraphs read as running
text; headings, list items, table rows, short lines and other reports keep their lines."""
from __future__ import annotations

import bisect
import collections
import functools
import itertools
import operator
from collections.abc import Callable
from dataclasses import dataclass

import regex

from extractors import patterns

# Characters a terminal or an editor shows two columns wide (East Asian Width W and F, by their blocks: Hangul Jamo,
# CJK punctuation and symbols with the ideographic space, kana, ideographs, Hangul, compatibility and full-width forms,
# emoji). The width a report was wrapped at counts them so.
WIDE_BLOCKS = [(0x1100, 0x115F), (0x2E80, 0x303E), (0x3041, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
               (0xA000, 0xA4CF), (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFF60),
               (0xFFE0, 0xFFE6), (0x1F300, 0x1FAFF)]


@functools.lru_cache(maxsize=1)
def _doubling() -> dict[int, str]:
    """str.translate's table writing each wide character twice: the lengths of a text's lines so written are their
    display widths, counted at C speed (a regex's substitution is ten times slower on a long report)."""
    return {c: chr(c) * 2 for first, last in WIDE_BLOCKS for c in range(first, last + 1)}


# A table's row or a laid-out line: cells parted by a tab, a bar, two spaces or an ideographic space between words,
# or by single spaces (1 恒丰纸业特种纸扩建项目 牡丹江恒丰纸业股份有限公司 86000 21000 18650 88.8, 合计 494500 128500
# 103550 80.6): three of them at a Chinese word or between figures, where prose has none (English prose has them
# between its words, Latin letters on both sides).
CELLS_APART = patterns.compile(r"[\t|｜│┃]|\S[ \u3000]{2,}\S|\S\u3000\S")
CELL_SPACE = patterns.compile(r"(?<=[^\x00-\x7f]) (?=\S)|(?<=\S) (?=[^\x00-\x7f\s])|(?<=\d) (?=\d)")
FEWEST_CELL_SPACES = 3
# A line that ends its sentence: at the sentence-final marks (a closing quote or bracket may follow them). A full
# stop after a digit is a figure's decimal point cut by the wrap (规模以上工业产值216. / 8亿元).
FINISHED_LINE = patterns.compile(r"(?:[。！？；：!?;:…]|(?<!\d)\.)[”’」』）)]*[ \t\u3000]*$", regex.M)
# A line that opens a block of its own, whatever the line before it: a heading's or a list item's number (一、 （二）
# 3． 第四条), a bullet, a bracketed label (【概况】), a page number, a caption, a note.
BLOCK_OPENING = patterns.compile(
    r"[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[、.．](?!\d)"
    r"|第[一二三四五六七八九十百零〇\d]+[章节条篇部款]|[【●•·■□◆◇▲△○◎※★☆√➢►▪\-—–]"
    r"|[表图]\s*\d|附件|附表|注[:：]|资料来源"
)


@dataclass(frozen=True)
class Line:
    text: str  # without the white space after it
    columns: int  # its display width
    finished: bool  # it ends its sentence
    row: bool  # a table's row


def read_lines(text: str) -> list[Line]:
    """The text's lines, each measured and read once: in a few passes over the whole text, as a long report has
    thousands of lines."""
    raw = text.split("\n")
    starts = list(itertools.accumulate((len(line) + 1 for line in raw), initial=0))

    def numbers(matches) -> list[int]:  # the line each match is on
        return [bisect.bisect_right(starts, m.start()) - 1 for m in matches]

    doubled = text.translate(_doubling()).split("\n")
    finished = set(numbers(FINISHED_LINE.finditer(text)))
    apart = set(numbers(CELLS_APART.finditer(text)))
    spaces = collections.Counter(numbers(CELL_SPACE.finditer(text)))
    return [Line(line.rstrip(), len(wide.rstrip()), i in finished, i in apart or spaces[i] >= FEWEST_CELL_SPACES)
            for i, (line, wide) in enumerate(zip(raw, doubled))]


@dataclass(frozen=True)
class Measure:
    """A way to measure a line's width, as the tool that wrapped a report did: in display columns (a wide character
    two: a terminal's or a plain-text mailer's wrap at 70 columns) or in characters (a PDF's text, each line as many
    characters of a monospaced Chinese font). `tight`: how far below its wrap width most of a wrapped report's
    unfinished lines reach (a wide character or a figure that no longer fits goes to the next line); `short`: how
    far below a wrapped line may fall where a whole figure went to the next line (起步区面积 / 2.4平方公里); `slack`:
    how far past it one may reach (a mark kept off the next line's start)."""
    width: Callable[[Line], int]
    narrowest: int  # a narrower "wrap" is a slide's bullets or a narrow table's cells, not a page's lines
    tight: int
    short: int
    slack: int


def characters(line: Line) -> int:
    return len(line.text)


COLUMNS = Measure(operator.attrgetter("columns"), narrowest=40, tight=4, short=10, slack=3)
CHARACTERS = Measure(characters, narrowest=20, tight=2, short=5, slack=2)
# A report is hard-wrapped when at least this many of its lines, and this share of its lines of prose, are
# unfinished lines at its wrap width …
FEWEST_WRAPPED_LINES = 5
WRAPPED_SHARE = 0.25
# … and few of its lines of prose are longer than the wrap: a report whose paragraphs stand on a line each has most
# of them longer, whatever the length of its short lines.
LONGER_SHARE = 0.1


@dataclass(frozen=True)
class Wrap:
    measure: Measure
    width: int
    lines: int  # the unfinished lines at the wrap width
    # its paragraphs open indented: a line that goes on unindented after a full one ending a sentence is the same
    # paragraph's (…总投资46.8亿元。 / 2024年园区新引进…); in a report that does not indent, it may open the next one
    indented: bool = False

    def reached_by(self, line: Line) -> bool:
        return self.width - self.measure.short <= self.measure.width(line) <= self.width + self.measure.slack


def wrap_of(prose: list[Line], measure: Measure) -> Wrap | None:
    """The width, in `measure`, that the report's lines of prose were hard-wrapped at, or None when they were
    not."""
    widths = [measure.width(line) for line in prose]
    unfinished = collections.Counter(width for line, width in zip(prose, widths)
                                     if width >= measure.narrowest and not line.finished)
    if not unfinished:
        return None

    def near(width: int) -> int:
        return sum(unfinished[w] for w in range(width - measure.tight, width + 1))

    width = max(unfinished, key=lambda w: (near(w), w))
    longer = sum(w > width + measure.slack for w in widths)
    if near(width) < max(FEWEST_WRAPPED_LINES, WRAPPED_SHARE * len(prose)) or longer > LONGER_SHARE * len(prose):
        return None
    indented = sum(line.text[:1].isspace() for line in prose) >= FEWEST_WRAPPED_LINES
    return Wrap(measure, width, near(width), indented)


def wrap_width(lines: list[Line]) -> Wrap | None:
    """How a report's lines were hard-wrapped (the measure that finds more lines at one width), or None."""
    prose = [line for line in lines if line.text.strip() and not line.row]
    wraps = [wrap for wrap in (wrap_of(prose, COLUMNS), wrap_of(prose, CHARACTERS)) if wrap]
    return max(wraps, key=lambda wrap: wrap.lines, default=None)


def is_wrapped_break(line: Line, next_line: Line, wrap: Wrap) -> bool:
    """Whether the break between `line` and `next_line` is the wrap's, inside a paragraph: `line` reaches the wrap
    width and leaves its sentence unfinished (or the report indents its paragraphs), and `next_line` goes on with
    it (not blank, not indented as a new paragraph is, not a heading, a list item, a table row or a page's
    furniture)."""
    following = next_line.text
    if not following or following[0].isspace() or line.row or next_line.row or BLOCK_OPENING.match(following):
        return False
    if line.finished and not wrap.indented:
        return False
    return wrap.reached_by(line)


def join_hard_wrapped_lines(text: str) -> str:
    """The text with the line breaks of a hard wrap removed (see the module's doc), or as it is when it is not
    hard-wrapped. Lines are joined without a space (Chinese has none between words), except between two Latin
    letters, where the wrap took the place of one."""
    if text.count("\n") < FEWEST_WRAPPED_LINES:
        return text
    lines = read_lines(text)
    wrap = wrap_width(lines)
    if wrap is None:
        return text
    raw = text.split("\n")
    pieces = [raw[0]]
    for i in range(1, len(raw)):
        if is_wrapped_break(lines[i - 1], lines[i], wrap):
            before, after = lines[i - 1].text[-1:], raw[i][:1]
            pieces[-1] = lines[i - 1].text  # the white space the line ended with goes with its break
            pieces.append(" " if before.isascii() and before.isalpha() and after.isascii() and after.isalpha() else "")
        else:
            pieces.append("\n")
        pieces.append(raw[i])
    return "".join(pieces)
