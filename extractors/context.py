"""Reading a figure's surroundings: its clause, the goal or deadline it falls under, the year it belongs to.

Shared by the money, area and target extractors so that a figure is a goal, or dated, by one rule.
"""
from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass, replace
from itertools import accumulate

import regex

from extractors import patterns
from pipeline.lexicons import Lexicons, alternation, load_lexicons

CLAUSE_DELIMITERS = ",;。!?:\n、()《》“”\"'"
FLOOR_AFTER = patterns.compile(r"[^,;。、\n]{0,12}?以上")  # 800亿元以上: a floor, right after a figure in its clause
# A figure written as its number, or about it (二百六十八亿元, 约180亿元): no bound before it (超过800亿元 is a floor)
PLAIN_FIGURE = patterns.compile(r"约?[\d〇零一二两三四五六七八九十百千万]")
# A clause punctuation alone ends: a list's 、 (投资五亿元、…), brackets (近期(2009—2012年)新增…) and quotes stay inside it.
PUNCTUATED_CLAUSE_DELIMITERS = ",;。!?:\n"
# A clause read across the items of a list (补贴20万元、硕士5万元).
LIST_CLAUSE_DELIMITERS = CLAUSE_DELIMITERS.replace("、", "")
SENTENCE_END = patterns.compile(r"[。!?]")
# A figure that is a difference from the plan (全年实际完成投资较计划减少12.6亿元, 比目标多出3家): a result set
# against the goal, not one
FROM_THE_PLAN = patterns.compile(r"[较比]原?(?:计划|目标|预期)\p{Han}{0,3}$")
# The last sentence end before a position: where the position's sentence starts.
SENTENCE_START = patterns.compile(r"[。!?](?!.*[。!?])", regex.S)
FIGURE = patterns.compile(r"\d")
# 对 and the case a policy applies to, up to its comma (对新落户的…制造业项目,); not 对此, (three characters at least).
POLICY_CASE = patterns.compile(r"\s*对[^,;。]{3,},")
# 每个示范项目给予补助不超过300万元, 每家给予三十万元运营补贴: a clause opening with each case of a measure, then a grant
PER_CASE = patterns.compile(r"\s*每(?:个|家|户|项|宗|所)")
# 预计2021年投产(后), …: the end of a completion's clause, a few words after its verb at most
CLAUSE_AFTER_COMPLETION = patterns.compile(r"\p{Han}{0,4}?[,;]\s*")
# 对…的企业分别奖励…: the case a policy applies to opens a clause, up to the 的 before what it sorts, then its grant;
# what it sorts may be counted (对上半年招商成效突出的3个招商小分队给予通报表扬: the cases, no goal)
CASE_OPENS_CLAUSE = patterns.compile(r"\s*对[^,;。]{2,}?的(?=\p{Han}|\d)")
# 到2015年, 至2015年底, 2012年底前, 2015年前, 2015年以前, 2021年12月底前, 2024年6月30日前; 十二五末 and its kin are
# five-year plans.
# Not 2022年前三季 (111年前三季 in an ROC text): the first quarters of that year, a part of it. An ROC year glossed in
# brackets (民国111年(2022年)底前, read as 2022年(2022年)底前) is one deadline.
YEAR = r"(?<!\d)((?:19|20)\d{2})(?!\d)"
DEADLINE_MONTH = r"\d{1,2}\s*月"
NAMES_MONTH = patterns.compile(DEADLINE_MONTH)
DEADLINE = patterns.compile(
    rf"(?:到|至|截至|截止到?)\s*{YEAR}\s*年(?:底|末|年底|年末)?"
    rf"|{YEAR}\s*年(?:\((?:19|20)\d{{2}}\s*年\))?(?:{DEADLINE_MONTH}(?:\s*\d{{1,2}}\s*日)?)?(?:底|末)?"
    rf"(?:前(?![一二两三四五六七八九十\d])|以前|之前)"
)
# 2023年至2025年, 2019—2022年: a span of years a sum each year adds up over, wherever its sentence states it
# (市财政每年安排…5000万元,2023年至2025年累计不少于1.5亿元: a goal of 2025).
YEAR_SPAN = patterns.compile(rf"{YEAR}\s*年?\s*(?:[-—–~]{{1,2}}|至|到)\s*{YEAR}\s*年")
# 2017年、2018年、2019年 / 2021年度和2022年度: years listed one by one, which a 分别 after them pairs with its figures
# as a span's years are (发行人2017年、2018年、2019年到期有息债务分别为18.6亿元、22.4亿元和25.1亿元).
LISTED_YEAR = rf"{YEAR}\s*年度?"
YEAR_LIST = patterns.compile(rf"{LISTED_YEAR}(?:\s*[、和及与]\s*{LISTED_YEAR})+")
LISTED_YEAR_PATTERN = patterns.compile(LISTED_YEAR)
# What parts the items of a 分别 list: 、, and 和 / 及 / 与 before its last one (38.6亿元、45.2亿元和51.7亿元).
LIST_ITEM_SEPARATOR = patterns.compile(r"[、和及与]")
# 2019-2021年营业收入分别为32.5亿元、39.8亿元、47.2亿元: one figure for each year of a span, in order (a forecast's
# years, a plan's yearly sums). The list runs from 分别 to the end of its clause, its items parted by 、.
RESPECTIVE_LIST = patterns.compile(r"分别(?:为|是|达到|达|实现|约为|约)?")
LIST_END = patterns.compile(r"[,;。!?:\n]")
# Between the span and its 分别: another year, or a sentence's end, parts them.
OTHER_YEAR_OR_END = patterns.compile(r"\d{4}\s*年|。|;")
# 控制在 … 以内 around a figure: a ceiling to keep within (债务余额控制在350亿元以内, 新增建设用地控制在1.5万公顷以内).
CAP_BEFORE = patterns.compile(r"控制在$")
CAP_AFTER = patterns.compile(r"[^,;。!?:\n]{1,12}?以内")
# A figure its clause says must be done by a deadline after it (412户须在2023年底前完成搬迁; 被挤占挪用的2860万元资金
# 于2015年8月底前归还 as an audit's order: 须 / 应 / 必须 before the date).
DUE_BY_AFTER = patterns.compile(rf"[^,;。!?:\n]{{0,12}}?(?:必须|须|应|需)(?:于|在)\s*(?:{DEADLINE.pattern})")
# 截至2012年底, 截止到2017年末: the date a stock is counted at, in a report looking back (not a deadline ahead).
STOCK_DATE = patterns.compile(rf"(?:截至|截止到?)\s*{YEAR}\s*年")
FIVE_YEAR_PLANS = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030}
# The plan's name may be quoted with any mark: “十二五”, a quote's inner ‘十二五’, Hong Kong's and Taiwan's 「十二五」.
# “十二五”目标 names the plan's goals, which its last year dates as 到“十二五”末 does.
PLAN_END = patterns.compile(r"[\"“‘「『]?(十一五|十二五|十三五|十四五|十五五)[\"”’」』]?(?:期?末|期间|时期|规划期|目标)")
# 未来三年, 今后五年, 三年内: a span of years from the report's date, which ends N years after it (未来三年 in 2018
# ends with 2021) unless the text ends it (ContextReader.deadline). Not 近三年 / 前三年 / 过去三年, which look back,
# nor 自投产年度起三年内 / 投产后三年内, which count from an event. 用三年时间 (用两年左右的时间) sets the same span.
YEARS_AHEAD = patterns.compile(r"(?:未来|今后)(?P<n>[一二两三四五六七八九十2-9])年|(?<![近前去这起后\d])(?P<n>[一二两三四五2-5])年内"
                               r"|用(?P<n>[一二两三四五2-5])年(?:左右)?的?时间", regex.V1)
# Not after a number: 三年内 is a span of years (YEARS_AHEAD), 一年内到期 the time a debt falls due.
NOT_A_SPAN = r"(?<![\d一二两三四五六七八九十])"
# 三年累计, 五年累计: a sum over a span of years. Reports sum up the years just past this way (回顾“十三五”,…五年累计
# 完成投资约300亿元; an audit's 三年累计完成固定资产投资…); only under a heading of goals (二、主要目标) is it the span
# of the plan, from the report's year. Not 2011年累计.
YEARS_SUMMED = patterns.compile(r"(?<![近前去这起后\d])(?P<n>[一二两三四五2-5])年累计", regex.V1)


def span_length(m: regex.Match) -> int:
    """How many years a span of years names (三年内 → 3)."""
    n = m["n"]
    return int(n) if n.isdigit() else CN_YEAR_COUNTS[n]


# 近三年, 前三年, 过去五年: a span of years that looks back, to the report's year.
YEARS_BACK = patterns.compile(r"(?:近|前|过去|这)[一二两三四五六七八九十2-9]年")
CN_YEAR_COUNTS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# Not 比2013年 / 较2013年: a baseline a change is measured from, not the year of the figure; nor the year a figure is a
# multiple of (实现营业收入1860亿元,是2015年的1.8倍;完成…420亿元: the figures are of the year before).
TIMES_OF = r"\s*(?:底|末)?的?\s*[\d.一二两三四五六七八九十百多余]+\s*倍"
# Taiwan's news write this year and last with the year in brackets (南科去(2017)年营业额达…, 今(2018)年): the year stated.
STATED_YEAR = patterns.compile(
    rf"(?<![比较]){YEAR}\s*(?:(?<=[今去明]\s*[((]\s*\d{{4}}\s*)[))]\s*)?年(?!代)(?!{TIMES_OF})")
# Not 后年 or 前年: they stand inside 投产后年产值 and 三年前年均 more often than they mean a year.
# Part of the current year (上半年, 前三季度 or as Taiwan and Hong Kong write it 前三季, 1至10月, 首八月) is the current
# year too, unless a year is written right before it (2010年1-10月; 2011年第四季度 and 2011年前三季度, whose 四季度 /
# 三季度 are no part of the current year either).
# PART_OF_YEAR_STARTS: the characters its branches start with. Before the look-behind, it lets regex skip to them
# instead of testing the look-behind at every position (ten times faster; tests/test_fast_paths.py).
PART_OF_YEAR_STARTS = r"(?=[上下前第首一二三四\d])"
PART_OF_YEAR = (PART_OF_YEAR_STARTS + r"(?<!年\s*)(?:[上下]半年|(?:第[一二三四1-4]|前[二两三2-3])季度?|(?<![第前])[一二三四1-4]季度"
                r"|(?:前|首)[一二三四五六七八九十\d]{1,3}个?月|1\s*[-—–~至]\s*\d{1,2}\s*月|(?<![\d.\-—–~至年]\s*)(?:1[0-2]|[1-9])\s*月(?!\d))")
# A part of the year (上半年, 1-6月) before a verb of doing: what was done in it.
PART_OF_YEAR_DONE = patterns.compile(rf"(?:{PART_OF_YEAR})(?:实现|完成|新增|新引进|引进)")
# Not 比去年 / 较去年 (比去年同期减少1.2亿元): a baseline a change is measured from, as for STATED_YEAR. 年末 alone
# (年末建成区面积86.5平方公里 in a bulletin), not the end of a year written before it (2020年末, 今年年末).
RELATIVE_YEAR = patterns.compile(
    rf"(?=[今本年全当明去])(?<![比较])(?:今年|本年|{NOT_A_SPAN}年内|全年|当年|明年|去年|(?<![\d年月]\s*)年底前|(?<![\d年]\s*)年末)"
    rf"|{PART_OF_YEAR}")
# The end of a year named before it, as a time by which a thing is due (今年底以前, 明年年底前)
YEAR_END_BY = r"(?:年?[底末](?:前|以前|之前)?)?"
# 年底前 alone (支出进度年底前达到90%以上): a deadline at the end of the year spoken of, a goal cue as 2015年底前 is.
YEAR_END_DEADLINE = patterns.compile(r"(?<![\d年月]\s*)年底前")
# A sentence opening with its time alone (今年,…计划…; 2024年,天府新区计划…; 今年底以前,我们要…): the time of the plan
# the sentence states.
TIME_CLAUSE = patterns.compile(rf"(?:(?:今年|明年|本年){YEAR_END_BY}|{NOT_A_SPAN}年内|{YEAR}\s*年)[,:]")
# Relative times that restate the current year inside a year's plan (今年计划引进企业500家,全年实现营业收入55亿元):
# the plan still reaches the clause they open; a part of the year (1-5月份) or another year ends its reach.
SAME_YEAR = {"全年", "年内", "今年", "本年", "年末", "年底前"}
# Of these, 全年, 年内 and 年末 name no year of their own after another time in the sentence (明年…将…,全年引进项目10个
# is next year's whole year), where 今年 after 去年 is a new year; nor does 当年, which points back (…2018年实际利用外资
# 8.6亿美元,昆山经济技术开发区当年实现进出口总额830亿美元 is 2018's).
RESTATING_YEAR = {"全年", "年内", "年末", "年底前", "当年"}
RELATIVE_OFFSET = {"今年": 0, "本年": 0, "年内": 0, "全年": 0, "年末": 0, "年底前": 0, "当年": 0, "明年": 1, "去年": -1}
# 全年, 年末 and 当年 name the year being spoken of, which may not be the year the report was written (a 2019 notice on
# 2018年度 results says 全年 of 2018, a 2021 bulletin on 2020 年末); 今年, 明年 and the like count from the report's date.
ANAPHORIC_YEAR = {"全年", "年末", "当年"}
POINTS_BACK = {"当年"}
# Within the year spoken of: in a list of goals of a year, the year the list plans.
WITHIN_YEAR = {"年内", "全年"}
# A year before or after the one the report is written in, whatever year its section is about.
COUNTED_FROM_REPORT = {"明年", "去年"}
# Relative years that always count from when the text is written, whatever year a deadline before them names.
SPOKEN_FROM_NOW = {"今年", "本年", "明年"}
# Right before a year in an earlier clause, these make it the year of an event (于1992年经国务院批准设立,规划面积…) or
# the start of a span up to now (自2003年开发以来,开发总面积约2,500公顷): not the year of the figures after it.
EVENT_YEAR_MARKS = ("于", "自")
# A full date making up its clause alone (于2018年12月31日, / 于二零一八年十二月三十一日,): the date a sentence's figures
# are counted at, as annual reports write it, not the year of an event.
AS_AT_DATE = patterns.compile(
    rf"{YEAR}\s*年\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*日\s*")
# A year right before an event word (2021年建成后, 2019年底投产后): the event's date.
EVENT_YEAR_BEFORE = patterns.compile(rf"{YEAR}\s*年(?:底|末|\d{{1,2}}月(?:底)?)?$")
# A report's own date: 2013年1月10日, 2013-01-10 or 2013/01/10 near its top; not the date of an event its text
# tells (于民国69年12月15日正式成立, in a Taiwanese report whose own date is 发布日期:104-02-10), nor the date its
# figures are counted at (截至2023年12月31日,公司有息债务余额218.6亿元, in a 2024 plan signed 2024年3月15日).
DOCUMENT_DATE = patterns.compile(
    rf"(?<![{''.join(EVENT_YEAR_MARKS)}])(?<!截至|截止|截止到){YEAR}\s*(?:年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|([-/])\d{{1,2}}\2\d{{1,2}}(?!\d))")
# A byline dated by month only, at the end of one of the first lines that are not blank: 合肥高新区管委会 2021年6月.
# Its year may be in Chinese numerals, read as digits first (二○○五年十一月, as official documents date themselves).
BYLINE_MONTH = patterns.compile(rf"{YEAR}\s*年\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月\s*[))]?\s*$", regex.M)
BYLINE_LINES = 5
# A line giving the report's date by a label, as a cover page does below the title and the commissioning body
# (报告日期:2024年5月, 编制日期:2020年8月, 发布日期:2021年3月): the year the report is dated, however far down the cover.
DATE_LINE = patterns.compile(rf"^\s*\p{{Han}}{{0,4}}日期\s*:\s*{YEAR}\s*年\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月", regex.M)
# An official document's number alone on one of its first lines (云政办发〔2013〕87号, 国发[2010]12号): the year it
# was issued in.
DOCUMENT_NUMBER = patterns.compile(rf"^\s*\p{{Han}}{{1,12}}[〔\[(]{YEAR}[〕\])]\s*\d{{1,4}}\s*号\s*$", regex.M)
# A signature date closing a document, alone on one of its last lines, after the issuing office at most:
# 贵州省人民政府 / 二〇一〇年六月十二日, …办公厅秘书处2012年6月19日印发. Written in digits or Chinese numerals.
CN_YEAR_DIGITS = {ch: str(i) for i, ch in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0"}
SIGNATURE_DATE = patterns.compile(
    rf"^[^\n,。;:!?\d]{{0,30}}?(?P<year>(?:19|20)\d{{2}}|[一二][{''.join(CN_YEAR_DIGITS)}]{{3}})\s*年"
    r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
    r"(?:印发|发布)?\s*$", regex.M)
SIGNATURE_LINES = 6
# A periodical's issue near the top (《湖北社会科学》 > 2016年第9期, a journal's article page): the year it came out.
ISSUE_DATE = patterns.compile(rf"{YEAR}\s*年\s*第\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*期")
# A web page's copyright notice in its footer (知乎 © 2024, Copyright © 2003-2018江城新闻网, 版权所有 © 2009-2024): the
# last year it names is the year the page was served, the latest the text on it can be dated.
COPYRIGHT_YEAR = patterns.compile(rf"(?:©|\(C\)|Copyright|版权所有)\s*(?:©\s*)?(?:(?:19|20)\d{{2}}\s*[-—–]\s*)?{YEAR}")
COPYRIGHT_TAIL = 600  # how far from a text's end its footer is looked for
# 第一篇, 第二篇 …: a file holding several articles, whose closing signature dates only the last of them.
ARTICLE_HEADING = patterns.compile(r"^[ \t]*第[一二三四五六七八九十\d]+篇", regex.M)
YEAR_OR_MONTH = patterns.compile(r"年|月")


# 到二〇一〇年, 二〇〇七年: a year in Chinese numerals, as official documents write them. Rewritten digit for digit
# (same length, so offsets hold) before a figure's context is read, so that one set of year rules reads both.
# Many documents write the zero as a circle (二○○五年, U+25CB) rather than 〇.
CN_YEAR = patterns.compile(r"(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2}(?=\s*年)")


def commitment_pattern(lex: Lexicons) -> patterns.Pattern | None:
    """A party committing to what follows (乙方承诺, 《协议书》约定: commitment_words), not the name of an approval
    system the word opens (承诺制: commitment_system_suffixes)."""
    if not lex.commitment_words:
        return None
    system = (rf"(?!{alternation(lex.commitment_system_suffixes)})" if lex.commitment_system_suffixes else "")
    return patterns.compile(rf"(?:{alternation(lex.commitment_words)}){system}")


PART_OPENING = patterns.compile(r"(?:其中)?")  # what may stand before a time opening a clause of a part (其中三年内…)
# A time right before a verb of completion and what it completes, a figure in the clause (2024年底前建成…1200套,
# 三年内建成50万平方米): when one task is to be done. Not a time after the figure (投资3.8亿元,2022年底前建成投运;),
# which dates the figure itself.
DUE_TASK_AFTER = patterns.compile(r"[^,;。!?:\n]{1,10}?(?:前|内)(?:全面|全部)?(?:建成|完成)[^,;。!?:\n]*?\d")


def with_digit_years(text: str) -> str:
    """`text` with its years in Chinese numerals written in digits (二〇一〇年 → 2010年), same length. (An OCR
    copy's 2O15年 is repaired when the document is read: pipeline.reading.repair_ocr_figures.)"""
    return CN_YEAR.sub(lambda m: "".join(CN_YEAR_DIGITS[ch] for ch in m.group()), text)


# A year of the Republic of China's calendar (111年 = 2022, 民国92年 = 2003) in a Taiwanese text: three digits from
# 100 (2011) on, or two after 民国. Read only in a text the ROC markers (roc_markers) or an ROC date show to be
# Taiwanese: elsewhere 111年 is no year.
ROC_OFFSET = 1911
# Not the end of a longer number (1,111年, 2.111年), but after a comma between clauses (…计划」,111年度投入…) or a list
# item's number (4.104年预计核准…) it is one; before 年, or as the year of a date written with dashes or slashes
# (104-02-10).
ROC_YEAR = patterns.compile(
    r"(?:(?<=(?:^|\n)[ \t]*\d{1,2}[.、])|(?<!\d)(?<!\d[.,]))(?:(?<=民国)[1-9]\d|1[0-4]\d)(?=\s*年|([-/])\d{1,2}\1\d{1,2}(?!\d))")
# 发布日期:111年10月26日: a full date with a three-digit year only an ROC text writes.
ROC_DATE = patterns.compile(r"(?<![\d.,])1[0-4]\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def is_roc_text(text: str, lex: Lexicons) -> bool:
    """Whether a text dates itself by the ROC calendar: it names an ROC institution or its money (行政院, 新台币,
    民国), or writes an ROC date near its top."""
    return bool(any(w in text for w in lex.roc_markers) or ROC_DATE.search(text[:2000]))


def with_gregorian_years(text: str, pos: int) -> tuple[str, int]:
    """`text` with its ROC years written as Gregorian ones (预计到115年 → 预计到2026年), and `pos` moved with it."""
    out, at, shift = [], 0, 0
    for m in ROC_YEAR.finditer(text):
        year = str(int(m.group()) + ROC_OFFSET)
        out += [text[at:m.start()], year]
        if m.end() <= pos:
            shift += len(year) - len(m.group())
        at = m.end()
    return "".join(out) + text[at:], pos + shift


def document_year(text: str, roc: bool = False, event_date_labels: list[str] | None = None,
                  title_line_year: bool = True) -> int | None:
    """The year a report is dated: a full date in its first lines, else a year and month ending one of its first
    lines (a byline), else the date it is signed with at its end, else its document number (云政办发〔2013〕87号)
    on one of its first lines, else a periodical's issue near its top (2016年第9期), else (`title_line_year`) a year
    in its title line, else the year of a web page's copyright notice at its end (知乎 © 2024). `roc`: the
    text dates itself by the ROC calendar (发布日期:111年10月26日). A date labelled as an event of what the text
    describes (成立日期:2008年3月18日, `event_date_labels`; the lexicon's by default) does not date it."""
    if event_date_labels is None:
        event_date_labels = load_lexicons().event_date_labels
    head = with_gregorian_years(text[:2000], 0)[0] if roc else text[:2000]
    m = first_undated_by_event(DOCUMENT_DATE, head, event_date_labels)
    if m:
        # a copy posted after the report was signed (时间:2012-01-06 over a summary signed 二〇一一年十二月二十八日,
        # a 文库 page's footer after it): the signature dates the report, the head only the page
        signed = body_signature_year(text)
        return signed if signed and signed < int(m.group(1)) else int(m.group(1))
    lines = [line for line in head.split("\n") if line.strip()]  # a blank line between title and byline is no line
    m = BYLINE_MONTH.search(with_digit_years("\n".join(lines[:BYLINE_LINES])))
    if m:
        return int(m.group(1))
    m = first_undated_by_event(DATE_LINE, with_digit_years(head), event_date_labels)
    if m:
        return int(m.group(1))
    signed = signature_year(text)
    if signed:
        return signed
    m = DOCUMENT_NUMBER.search("\n".join(lines[:BYLINE_LINES]))
    if m:
        return int(m.group(1))
    m = ISSUE_DATE.search(head)
    if m:
        return int(m.group(1))
    m = STATED_YEAR.search(title_line(text)) if title_line_year else None
    if m:
        return int(m.group(1))
    return copyright_year(text)


def copyright_year(text: str) -> int | None:
    """The year of a web page's copyright notice in its footer: a page dated by nothing else (a forum thread's
    answers) was served that year, so its 去年 is the year before."""
    found = list(COPYRIGHT_YEAR.finditer(text[-COPYRIGHT_TAIL:]))
    return int(found[-1].group(1)) if found else None


def first_undated_by_event(pattern: patterns.Pattern, head: str, event_date_labels: list[str]) -> regex.Match | None:
    """The first date `pattern` finds in `head` (its year the first group) that no event label (成立日期:) stands
    right before."""
    labels = tuple(event_date_labels)
    for m in pattern.finditer(head):
        line_start = head.rfind("\n", 0, m.start(1)) + 1
        label = head[line_start:m.start(1)].rstrip(" \t::")
        if not (labels and label.endswith(labels)):
            return m
    return None


def signature_year(text: str) -> int | None:
    """The year of the date a document is signed with, on one of its last lines (the last such date); None for a
    file of several articles."""
    if len(ARTICLE_HEADING.findall(text)) > 1:
        return None
    lines = [line for line in text[-1000:].split("\n") if line.strip()][-SIGNATURE_LINES:]
    return last_signature_year("\n".join(lines))


def body_signature_year(text: str) -> int | None:
    """The year of the last signature date anywhere in the body (site chrome may follow it); None for a file of
    several articles."""
    if len(ARTICLE_HEADING.findall(text)) > 1:
        return None
    return last_signature_year(text)


def last_signature_year(text: str) -> int | None:
    found = list(SIGNATURE_DATE.finditer(text))
    if not found:
        return None
    year = found[-1]["year"]
    return int(year) if year.isdigit() else int("".join(CN_YEAR_DIGITS[ch] for ch in year))


def title_year(text: str) -> int | None:
    """The one year the title line names (2018年度…考核评价结果), else None."""
    years = {int(m.group(1)) for m in STATED_YEAR.finditer(title_line(text))}
    return years.pop() if len(years) == 1 else None


# A numbered top-level heading on its own line: 一、2015年工作回顾, 第二部分 2016年主要目标.
NUMBERED_HEADING = patterns.compile(
    r"^[ \t]*(?:[一二三四五六七八九十]+[、.]|第[一二三四五六七八九十百\d]+[篇章部分节])(?P<title>[^\n]{0,30})$", regex.M)
# An appendix's title line (附件:2021年主要指标完成情况表, 附件2:…).
APPENDIX_HEADING = patterns.compile(r"^[ \t]*附件\d{0,2}[::](?P<title>[^\n]{0,30})$", regex.M)
# A line opening a numbered item with a short title ending in 。 ((七)优化营商环境。全面推行…).
TITLED_ITEM = patterns.compile(r"[ \t]*\([一二三四五六七八九十\d]+\)\p{Han}{2,12}。")
# A figure in a clause that ends naming it a proposal (您提出将开发区整合为5个以内的建议): what was asked, not a task.
CITED_PROPOSAL = patterns.compile(r"[^,;。!?\n]{0,20}的(?:建议|提议|提案)(?:[,;。]|$)")
# A sub-heading on its own line: (二)主要目标, 2.发展目标. It ends the sub-section before it, not the year.
SUB_HEADING = patterns.compile(r"^[ \t]*(?:\([一二三四五六七八九十\d]+\)|\d{1,2}[.、](?!\d))(?P<title>[^\n]{0,30})$", regex.M)


@dataclass(frozen=True)
class Section:
    start: int
    year: int | None  # the one year its heading names (2015年工作回顾), else None
    goal: bool  # its heading names goals (三、发展目标, (二)主要目标): its figures are goals
    review: bool = False  # its heading names results (一、2024年主要指标完成情况): its year is reviewed
    part_of_year: bool = False  # its heading names part of a year (二、上半年重点工作开展情况): the rest is ahead
    budget: bool = False  # its heading, or its parent's, names a budget draft (二、2020年预算草案)
    commitments: bool = False  # its heading, or its parent's, names what the text commits to (五、保障措施)
    problems: bool = False  # its heading, or its parent's, names problems (五、存在的主要问题): no plan of the year


def sections(text: str, goal_headings: patterns.Pattern | None = None,
             review_headings: patterns.Pattern | None = None, report_year: int | None = None,
             budget_headings: patterns.Pattern | None = None,
             commitment_headings: patterns.Pattern | None = None,
             problem_headings: patterns.Pattern | None = None) -> list[Section]:
    """The sections under numbered headings, in order: a heading naming one year (2015年工作回顾, 2016年主要目标)
    gives its section that year, and so does one naming it by the report's date (二、上半年重点工作开展情况,
    四、明年工作安排: the report's year, the next); one naming none (三、空间布局) ends the year before. A sub-heading keeps the
    year of its section. A heading naming goals (`goal_headings`: 发展目标, 主要目标) makes its (sub-)section a
    goal section; one naming results (`review_headings`: 完成情况, 工作回顾) a review, even of the report's own
    year, and never a goal section (目标完成情况). One naming a budget draft (`budget_headings`: 预算草案) makes its
    section and sub-sections a budget's, one naming commitments (`commitment_headings`: 保障措施) a section of
    commitments, one naming problems (`problem_headings`: 存在的主要问题) a section of problems."""
    found = [(m, False) for m in NUMBERED_HEADING.finditer(text)] + [(m, True) for m in SUB_HEADING.finditer(text)]
    # an appendix of results (附件:2021年主要指标完成情况表) ends the plan's section above it
    found += [(m, False) for m in APPENDIX_HEADING.finditer(text)
              if review_headings and review_headings.search(m["title"])]
    out: list[Section] = []
    year, parent_goal, parent_review, parent_part, parent_budget = None, False, False, False, False
    parent_commitments = parent_problems = False
    for m, sub in sorted(found, key=lambda f: f[0].start()):
        title = m["title"].strip()
        if not title or title.endswith(("。", ";", "!", "?", ",")):
            continue  # a numbered paragraph, not a heading
        years = {int(y.group(1)) for y in STATED_YEAR.finditer(title)}
        own = years.pop() if len(years) == 1 else None
        relative = RELATIVE_YEAR.search(title)
        if own is None and report_year and relative:
            own = report_year + RELATIVE_OFFSET.get(relative.group(), 0)
        part = bool(relative) and relative.group() not in RELATIVE_OFFSET
        review = bool(review_headings and review_headings.search(title))
        goal = bool(goal_headings and goal_headings.search(title)) and not review
        budget = bool(budget_headings and budget_headings.search(title))
        commitments = bool(commitment_headings and commitment_headings.search(title)) and not review
        problems = bool(problem_headings and problem_headings.search(title))
        if not sub:
            year, parent_goal, parent_review, parent_part, parent_budget = own, goal, review, part, budget
            parent_commitments, parent_problems = commitments, problems
        # a sub-heading under a heading of goals (二、2019年工作安排 … (四)推动开发区高质量发展) still states goals
        out.append(Section(m.start(), own if sub and own else year, goal or (sub and parent_goal),
                           review or (sub and parent_review and not goal), part if sub and own else parent_part,
                           budget or (sub and parent_budget), commitments or (sub and parent_commitments),
                           problems or (sub and parent_problems)))
    return out


# A chronicle's heading is a short line; a blank line ends the block of entries under it.
CHRONICLE_HEADING_LENGTH = 40
BLOCK_END = patterns.compile(r"\n[ \t\u3000]*\n")


def with_chronicles(found: list[Section], text: str, headings: patterns.Pattern | None,
                    roc: bool = False) -> list[Section]:
    """`found` with a section for each chronicle of one year (a short line naming one year and a chronicle word:
    📌 2023年大事记, 附录103年竹科大事记), reviewed and of that year, up to the blank line ending its block; there the
    section in force before it resumes. Its entries dated by month only (▪ 6月,…规模5亿元) are of that year."""
    if headings is None:
        return found
    out = list(found)
    for m in headings.finditer(text):
        start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        line = text[start:end if end >= 0 else len(text)]
        if len(line.strip()) > CHRONICLE_HEADING_LENGTH:
            continue  # a sentence naming a chronicle, not its heading
        title = with_digit_years(with_gregorian_years(line, 0)[0] if roc else line)
        years = {int(y.group(1)) for y in STATED_YEAR.finditer(title)}
        if len(years) != 1:
            continue
        blank = BLOCK_END.search(text, start + len(line))
        block_end = min([s.start for s in found if start < s.start] + [blank.start() if blank else len(text)])
        before = [s for s in found if s.start <= start]
        resumed = replace(before[-1], start=block_end) if before else Section(block_end, None, False)
        out += [Section(start, years.pop(), False, review=True), resumed]
    return sorted(out, key=lambda s: s.start)


def title_line(text: str) -> str:
    """The first line that is not blank."""
    return next((line.strip() for line in text[:2000].split("\n") if line.strip()), "")


# An official document opens with its issuer's header, number and the notice carrying the plan (周口市发展和改革委员会
# 文件 / 周发改工业〔2013〕56号 / …关于印发《2013年全市产业集聚区建设工作要点》的通知): its title is one of these lines.
PLAN_TITLE_LINES = 6


# Punctuation a title line does not hold: a first line so marked is prose, and its year no date of the text.
PROSE_MARKS = patterns.compile(r"[,。;!?]")


def plan_year(text: str, lex: Lexicons) -> int | None:
    """The year of a plan document: a title among its first lines names a plan (工作方案, 行动计划 …) and exactly one
    year. Not a sentence of the text's opening (根据县人大常委会2019年工作要点安排,现将…情况报告如下。 in a report to a
    people's congress: the plan it answers to, not the text's own genre)."""
    plan = patterns.compile(alternation(lex.plan_titles))
    lines = [line.strip() for line in text[:2000].split("\n") if line.strip()][:PLAN_TITLE_LINES]
    for title in lines:
        if plan.search(title) and not PROSE_MARKS.search(title):
            years = {int(m.group(1)) for m in STATED_YEAR.finditer(title)}
            return years.pop() if len(years) == 1 else None
    return None


def reviewed_year(text: str, lex: Lexicons) -> int | None:
    """The year a review reports on: a title among its first lines names a review (工作总结) and exactly one year
    (浠水县2011年工业园区建设工作总结 under a page posted in 2012), not a site's menu naming the genre alone."""
    if not lex.review_titles:
        return None
    review = patterns.compile(alternation(lex.review_titles))
    lines = [line.strip() for line in text[:2000].split("\n") if line.strip()][:PLAN_TITLE_LINES]
    for title in lines:
        years = {int(m.group(1)) for m in STATED_YEAR.finditer(title)}
        if review.search(title) and len(years) == 1:
            return years.pop()
    return None


# A title naming the results of one year: 关于2015年度全省产业集聚区考核晋级结果的通报, 湖南省2020年度园区亩均效益评价报告,
# a listed company's 2022年年度报告.
RESULTS_YEAR = patterns.compile(rf"{YEAR}\s*(?:年\s*年度报告|年度)")  # 2015年度; a listed firm's 2022年年度报告
# The title of an annual report or a year's work summary, which ends with it: a listed company's 二零一八年年报(摘录)
# (its years in Chinese numerals), an office's 2016年政府信息公开工作年度报告, 浠水县2011年工业园区建设工作总结 (not one
# going on to the next year's plan: 2013年工作总结和2014年工作安排 names two years). Its undated results are of the year
# it names, as those of a title naming a year as a period (RESULTS_YEAR) are; its tables' columns keep the years their
# headers give.
ANNUAL_REPORT_YEAR = patterns.compile(
    rf"{YEAR}\s*年(?:[^\n]{{0,16}}?(?:年度报告|工作总结)|\s*年报)(?:\([^)\n]*\))?\s*$")


def year_titles(text: str, annual_reports: bool = False):
    """(year, line) for each line among a report's first lines that names exactly one year, as a period (2015年度),
    or with `annual_reports` as an annual report's or a work summary's title (二零一八年年报, 2016年…年度报告,
    2011年…工作总结)."""
    lines = [line.strip() for line in text[:2000].split("\n") if line.strip()][:PLAN_TITLE_LINES]
    for title in lines:
        if annual_reports:
            title = with_digit_years(title)
        years = {int(m.group(1)) for m in STATED_YEAR.finditer(title)}
        if len(years) == 1 and (RESULTS_YEAR.search(title) or annual_reports and ANNUAL_REPORT_YEAR.search(title)):
            yield years.pop(), title


def results_year(text: str) -> int | None:
    """The year a report gives the results of: a title among its first lines names exactly one year, as N年度 (a
    notice of 2016 on the 2015 results, under a page's breadcrumbs), else None. Its tables' columns naming no year
    are of that year."""
    return next((year for year, _ in year_titles(text)), None)


# A line of text, without its line break.
LINE = patterns.compile(r"[^\n]+")


def bulletin_title(text: str, lex: Lexicons) -> tuple[int, int] | None:
    """(the year a statistical bulletin reports on, where its title line ends): a title among its first lines
    names a bulletin (统计公报) and exactly one year (烟台市2020年国民经济和社会发展统计公报; on a web page, under the
    site's name, menu and breadcrumbs), whatever year it was issued in."""
    if not lex.bulletin_titles:
        return None
    bulletin = patterns.compile(alternation(lex.bulletin_titles))
    lines = [m for m in LINE.finditer(text[:2000]) if m.group().strip()][:PLAN_TITLE_LINES]
    for line in lines:
        years = {int(m.group(1)) for m in STATED_YEAR.finditer(line.group())}
        if years and bulletin.search(line.group()):  # a breadcrumb (首页 > 统计信息 > 统计公报) names no year
            return (years.pop(), line.end() + 1) if len(years) == 1 else None
    return None


# A figure opening a condition (…低于15万元的,) or naming a standard (未达到…每亩150万元的标准).
CONDITION_AFTER = patterns.compile(r"[^,;。!?:\n]{0,12}?的(?:[,,]|标准)")
# A money figure: its unit within the next few characters (不低于每亩一百五十万元 is read from 一百五十).
MONEY_AHEAD = patterns.compile(r"[^,;。!?:\n]{0,12}?元")
# 万元/亩 right after a figure: a rate per land.
LAND_RATE_AFTER = patterns.compile(r"[^,;。!?:\n]{0,8}?元\s*/\s*亩")
# 自2021年起, 从2021年1月1日起: when a standard starts to apply.
APPLIES_FROM = patterns.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})\s*年(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?起")
# 2015年度: a year named as the period a text reviews.
def period_reviewed_year(text: str, lex: Lexicons, report: int | None = None) -> int | None:
    """The year a report on one year's results reviews: a title among its first lines names exactly one year, as
    a period (2015年度), and an assessment, evaluation or audit (year_review_titles: 关于2015年度全省产业集聚区考核晋级
    结果的通报 under the issuer's header), or is an annual report's (二零一八年年报), whatever year it was issued in."""
    if lex.year_review_titles:
        review = patterns.compile(alternation(lex.year_review_titles))
        reviewed = next((year for year, title in year_titles(text, annual_reports=True) if review.search(title)),
                        None)
        if reviewed:
            return reviewed
    return scorecard_year(text, lex, report)


def yearbook_year(text: str, lex: Lexicons) -> int | None:
    """The year a yearbook records: the year before the one it is named with (yearbook_titles: 乌鲁木齐年鉴·2015,
    《安顺年鉴(2019)》 → 2014, 2018), on one of its first lines; None when they name none or several."""
    if not lex.yearbook_titles:
        return None
    named = patterns.compile(rf"(?:{alternation(lex.yearbook_titles)})\s*[·・((]?\s*{YEAR}(?!\s*年)")
    lines = [line.strip() for line in text[:2000].split("\n") if line.strip()][:PLAN_TITLE_LINES]
    years = {int(m.group(1)) for line in lines for m in named.finditer(line)}
    return years.pop() - 1 if len(years) == 1 else None


def scorecard_year(text: str, lex: Lexicons, report: int | None) -> int | None:
    """The year a scorecard of one year's results gives: a title among its first lines names exactly one year and a
    scorecard (scorecard_titles: 一图读懂济南高新区2023年经济运行“成绩单”), as 2023年 or 2023年度, and the report is
    dated after it: the year has closed. One of the year still running (2024年“开门红”成绩单 of March 2024) scores its
    first weeks, whatever year its other figures are of. So does a chronicle titling the text (洋浦经济开发区2022年大事记,
    posted 2023-01-20: chronicle_headings), its entries' results (12月28日 洋浦开发区全年实现…) of the year it records."""
    titles = lex.scorecard_titles + lex.chronicle_headings
    if not titles or report is None:
        return None
    scorecard = patterns.compile(alternation(titles))
    lines = [line.strip() for line in text[:2000].split("\n") if line.strip()][:PLAN_TITLE_LINES]
    for title in lines:
        years = {int(m.group(1)) for m in STATED_YEAR.finditer(title)}
        if len(years) == 1 and scorecard.search(title):
            year = years.pop()
            return year if year < report else None
    return None


# A line of dashes or the like, or an official document's number on a line of its own: another document
# appended after a bulletin (…附注:…\n------\n甘肃省人民政府关于…的意见\n甘政发〔2008〕31号).
RULE_LINE = patterns.compile(r"^\s*[-—=_*·]{3,}\s*$", regex.M)


def bulletin_end(text: str, after_title: int) -> int:
    """Where a bulletin's own text ends: at a rule line or a document number after its title (whose line ends
    before `after_title`), else the end."""
    ends = [m.start() for m in (RULE_LINE.search(text, after_title), DOCUMENT_NUMBER.search(text, after_title)) if m]
    return min(ends, default=len(text))


@dataclass(frozen=True)
class DocumentDates:
    """The years a report gives of itself, read once per document."""

    report: int | None  # the report's own date (document_year)
    title: int | None  # the one year its title names (title_year)
    plan: int | None  # the year of a plan document (plan_year)
    roc: bool = False  # the text dates itself by the ROC calendar (is_roc_text)
    bulletin: int | None = None  # the year a statistical bulletin reports on (bulletin_title)
    bulletin_end: int = 0  # where the bulletin's own text ends (bulletin_end)
    plan_span: int | None = None  # the first year of the five-year plan its title names, planned or reviewed
    review: bool = False  # the text reviews the year its title names (reviewed_year): its 年内 plans nothing
    title_span_end: int | None = None  # the last year of a span its title names in brackets (title_span)
    span_plan: int | None = None  # the last year of the one span a plan's title names (span_plan_end)
    plan_document: bool = False  # the text is a plan: one of a year or a span, or of a far horizon (plan_document)
    results: int | None = None  # the year whose results its title reports (关于2019年度…考评结果的通报: results_year)
    stages: tuple[tuple[str, int], ...] = ()  # a plan's stages and their last years (plan_stages: 近期 → 2012)
    petition: bool = False  # the text answers a petitioner (您提出的…提案): its 建议 are the petitioner's (is_petition)
    period_reviewed: int | None = None  # the one year a report on that year's results reviews (period_reviewed_year)
    yearbook: bool = False  # the text is a yearbook's, which records one year (yearbook_year)
    # the report's year is one it states (a date line, a byline, a signature, a number, a title's year), not a year
    # of a first line that is prose (到2015年,…。 opening a snippet)
    dated: bool = False

    def at(self, text: str, pos: int) -> "DocumentDates":
        """The dates that hold at `pos` of `text`: the bulletin's year only in its own text, and not in a note
        (注:…规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人企业), which defines its terms."""
        if self.bulletin is None:
            return self
        line = text[text.rfind("\n", 0, pos) + 1:pos + 1].lstrip()
        if pos >= self.bulletin_end or line.startswith(BULLETIN_NOTES):
            return replace(self, bulletin=None)
        return self


# A five-year plan named in a title: 第十四个五年规划, “十四五”工业发展规划.
PLAN_TITLE_WRAP = 3  # the lines a title may take (the name of the plan, 中期评估报告, 公开版)
FIVE_YEAR_PLAN_NAME = patterns.compile(r"第(?P<ordinal>十[一二三四五])个五年|(?P<name>十[一二三四五]五)")


def five_year_plan_end(text: str, lex: Lexicons) -> int | None:
    """The last year of the five-year plan a plan document's title names (辛集市…第十四个五年规划…纲要 → 2025),
    else None. See five_year_plan_title_words in target_cues.yml."""
    title = title_line(text)
    # a title may go on over the next lines (《…“十四五”发展规划》 / 中期评估报告): a blocker there counts too
    title_lines = "\n".join([line.strip() for line in text[:2000].split("\n") if line.strip()][:PLAN_TITLE_WRAP])
    if (not any(w in title for w in lex.five_year_plan_title_words)
            or any(w in title_lines for w in lex.five_year_plan_title_blockers)):
        return None
    m = FIVE_YEAR_PLAN_NAME.search(title)
    if not m:
        return None
    name = m["name"] or m["ordinal"] + "五"
    return FIVE_YEAR_PLANS.get(name)


def named_plan_start(text: str, lex: Lexicons) -> int | None:
    """The first year of the five-year plan a title names, whatever the document does with it (a plan, its
    mid-term evaluation: 《…“十四五”发展规划》 / 中期评估报告 → 2021), else None."""
    title = title_line(text)
    m = FIVE_YEAR_PLAN_NAME.search(title) if any(w in title for w in lex.five_year_plan_title_words) else None
    end = FIVE_YEAR_PLANS.get(m["name"] or m["ordinal"] + "五") if m else None
    return end - 4 if end else None


def five_year_plan_start(text: str, lex: Lexicons) -> int | None:
    """The first year of the five-year plan a plan document's title names (→ 2021), else None."""
    end = five_year_plan_end(text, lex)
    return end - 4 if end else None


# The span of years a record's title names, in brackets at its end: (一九九一—二〇一五), (1984—2010年).
RECORD_YEAR = r"(?:19|20)\d{2}|[一二][〇零○一二三四五六七八九]{3}"
RECORD_SPAN = patterns.compile(rf"[((]\s*(?:{RECORD_YEAR})\s*年?\s*[-—–~至]{{1,2}}\s*(?P<end>{RECORD_YEAR})\s*年?\s*[))]\s*$")


def record_span_end(text: str, lex: Lexicons) -> int | None:
    """The last year a record's title says it covers (景县志(一九九一—二〇一五) → 2015), else None. See
    record_titles in target_cues.yml."""
    title = title_line(text)
    m = RECORD_SPAN.search(title)
    if not m or not any(w in title[:m.start()] for w in lex.record_titles):
        return None
    end = m["end"]
    return int(end) if end.isdigit() else int("".join(CN_YEAR_DIGITS[ch] for ch in end))


# The span of years a plan's title names in brackets: 三年行动方案(2023—2025年), or on the line after it (玉溪市“十四五”
# 开发区高质量发展规划 / (2021—2025年)).
TITLE_SPAN = patterns.compile(rf"[((]\s*(?P<start>{RECORD_YEAR})\s*年?\s*[-—–~至]{{1,2}}\s*(?P<end>{RECORD_YEAR})\s*年?\s*[))]")


# A plan longer than this looks to a far horizon (规划纲要(2021—2035年)) and sets goals by stages (到2025年, 到2035年):
# its last year dates none of its goals that state no time.
ONE_HORIZON_YEARS = 10


def written_year(year: str) -> int:
    """A year written in digits or in Chinese numerals (二〇一五 → 2015)."""
    return int(year) if year.isdigit() else int("".join(CN_YEAR_DIGITS[ch] for ch in year))


def title_span(text: str) -> tuple[int, int] | None:
    """The first and last year of the span a title names in brackets (…三年行动方案(2023—2025年)的通知 →
    (2023, 2025)), else None. The title may stand under a web page's site name, menu and date line, or an
    official document's header (PLAN_TITLE_LINES), not only among the first lines a wrapped title takes."""
    title_lines = "\n".join([line.strip() for line in text[:2000].split("\n") if line.strip()][:PLAN_TITLE_LINES])
    m = TITLE_SPAN.search(title_lines)
    return (written_year(m["start"]), written_year(m["end"])) if m else None


def plan_titled(text: str, lex: Lexicons) -> bool:
    """Whether the title names a plan (…发展规划(2014—2020年), …三年行动方案), not a record (景县志) nor a text about
    one (…规划的建议, 中期评估报告)."""
    title_lines = "\n".join([line.strip() for line in text[:2000].split("\n") if line.strip()][:PLAN_TITLE_WRAP])
    return (any(w in title_line(text) for w in list(lex.five_year_plan_title_words) + list(lex.plan_titles))
            and not any(w in title_lines for w in lex.five_year_plan_title_blockers))


def span_plan_end(text: str, lex: Lexicons) -> int | None:
    """The last year of the one span a plan's title names (中山(河源)产业转移工业园发展规划(2014—2020年) → 2020);
    not of a far horizon (ONE_HORIZON_YEARS)."""
    span = title_span(text)
    return span[1] if span and span[1] - span[0] < ONE_HORIZON_YEARS and plan_titled(text, lex) else None


# A plan's stage defined by its years: 近期为2009—2012年, 近期(2020—2025年), 远期(2035年).
PLAN_STAGE = patterns.compile(
    rf"(?P<stage>近期|中期|远期)\s*(?:为|:)?\s*\(?\s*(?:{YEAR}\s*年?\s*[-—–~至]{{1,2}}\s*)?(?P<end>(?:19|20)\d{{2}})\s*年")
STAGE_WORD = patterns.compile(r"近期|中期|远期")
# Right after a figure, words calling it a goal (200亿元的目标, 2%的规划目标, 3.5万亿元2015年…地区生产总值目标).
NAMED_GOAL_AFTER = patterns.compile(
    rf"(?:左右|以上)?(?:的?(?:规划|预期|发展|年度)?目标|(?:{YEAR}\s*年)\p{{Han}}{{0,20}}?目标)")
# A figure someone proposes (您建议的3000亿元目标): the answer states the goal, not the proposal.
PROPOSED = patterns.compile(r"建议的")
# The rest of a 、-list of figures that the words after its last figure call goals (提出全年引进项目60个以上、到位资金
# 180亿元的目标。): every figure of the list is one. The goal noun ends its clause (not 占年度目标的80%, 目标任务).
LIST_TO_NAMED_GOAL = patterns.compile(
    r"(?:左右|以上)?、[^,;。!?:\n()《》“”]{1,40}?[\d%元个家项亩人吨米](?:左右|以上)?"
    r"的?(?:规划|预期|发展|年度|远景)?目标(?=[,;。!?:\n]|$)")
LIST_DELIMITERS = CLAUSE_DELIMITERS.replace("、", "")


def goal_named_after(sentence: str, end: int) -> regex.Match | None:
    """The words after a figure ending at `end` that call it a goal: right after it (下降14%的目标) or after the
    rest of its 、-list (60个以上、到位资金180亿元的目标)."""
    digits = with_digit_years(sentence)
    return NAMED_GOAL_AFTER.match(digits, end) or LIST_TO_NAMED_GOAL.match(digits, end)


# A list of figures its goal noun follows that says the goal was reached (已实现…的目标, 超额完成…; not 明确了…), and a
# sentence proposing one (您在建议中指出,…并提出到2025年…3500亿元、亩均税收不低于25万元的目标): no goal set.
GOAL_REACHED = patterns.compile(r"已|[实现完成达]了|超额|达成")
PROPOSAL_MADE = patterns.compile(r"建议")


def reached_or_proposed(sentence: str, pos: int, end: int) -> bool:
    """Whether the list holding the figure from `pos` to `end` says its goal was reached, or its sentence
    proposes it."""
    return bool(GOAL_REACHED.search(sentence, clause_start(sentence, pos, delimiters=LIST_DELIMITERS), end)
                or PROPOSAL_MADE.search(sentence, 0, end))


# A figure in a list item, in digits or in words (投资五亿元、…).
LISTED_FIGURE = patterns.compile(r"\d|[一二两三四五六七八九十百千万]+(?:亿|万|个|家|项|亩|元|平方|吨|人)")


def kinds_list_start(text: str, start: int) -> int:
    """Where a clause starting at `start` starts with the 、 list of kinds it ends in, when no item of the list states
    a figure (计划今年再引进港资物流、贸易企业30家以上: 计划 governs the whole clause); else `start`."""
    if start == 0 or text[start - 1] != "、":
        return start
    whole = clause_start(text, start, delimiters=PUNCTUATED_CLAUSE_DELIMITERS)
    return start if LISTED_FIGURE.search(text, whole, start) else whole


def last_match(pattern: patterns.Pattern, text: str, start: int, end: int) -> regex.Match | None:
    found = None
    for found in pattern.finditer(text, start, end):
        pass
    return found


def plan_stages(text: str) -> tuple[tuple[str, int], ...]:
    """The stages a plan defines and the last year of each (规划期限:2009—2020年。其中近期为2009—2012年,中期为
    2013—2015年,远期为2016—2020年 → 近期 2012, 中期 2015, 远期 2020): the first definition of each."""
    found: dict[str, int] = {}
    for m in PLAN_STAGE.finditer(text):
        found.setdefault(m["stage"], int(m["end"]))
    return tuple(found.items())


def document_dates(text: str, lex: Lexicons) -> DocumentDates:
    roc = is_roc_text(text, lex)
    bulletin_found = bulletin_title(text, lex)
    bulletin = bulletin_found[0] if bulletin_found else None
    # a record is compiled after the span it records has closed: the year after its last is the earliest it can be dated
    recorded = record_span_end(text, lex)
    report = document_year(text, roc, lex.event_date_labels) or five_year_plan_start(text, lex) \
        or (recorded + 1 if recorded else None)
    # a review's text runs in the year it reviews, though posted after it
    reviewed = reviewed_year(text, lex)
    report = reviewed or report
    # a five-year plan's goals with no time of their own are its last year's, as a one-year plan's are its year's
    plan = plan_year(text, lex) or five_year_plan_end(text, lex)
    yearbook = yearbook_year(text, lex)
    span = title_span(text)
    return DocumentDates(report, title_year(text), plan, roc,
                         bulletin, bulletin_end(text, bulletin_found[1]) if bulletin_found else 0, named_plan_start(text, lex),
                         review=reviewed is not None,
                         title_span_end=span[1] if span else None, span_plan=span_plan_end(text, lex),
                         plan_document=plan is not None or bool(span and plan_titled(text, lex)),
                         results=results_year(text), stages=plan_stages(text),
                         petition=any(m in text for m in lex.petition_markers),
                         period_reviewed=period_reviewed_year(text, lex, report) or yearbook,
                         yearbook=yearbook is not None,
                         dated=report is not None and (
                             document_year(text, roc, lex.event_date_labels, title_line_year=False) is not None
                             or not PROSE_MARKS.search(title_line(text))))


# A clause is never longer than this: text with no punctuation for longer is not read as one clause (and
# walking back through it for every figure would take time quadratic in its length).
MAX_CLAUSE = 300
DEADLINE_HEADING_LENGTH = 12  # a heading over a block of goal fragments (到2025年, “十四五”目标, 2024年 这样干)


# The end of the sentence after one ending with ';': the next sentence end, ';' or line end.
NEXT_SENTENCE_END = patterns.compile(r"[。!?;\n]")


def sentence_after(text: str, end: int) -> str:
    """The sentence after the one ending at `end` when that one ends with ';' (今后三年,…新征工业用地3000亩;
    到2020年,…): the clauses of one statement, read one by one, which may close each other's spans. Else ""."""
    if not text.endswith(";", 0, end):
        return ""
    m = NEXT_SENTENCE_END.search(text, end, min(len(text), end + MAX_CLAUSE))
    return text[end:m.end() if m else min(len(text), end + MAX_CLAUSE)]


def respective_span(sentence: str, pos: int) -> tuple[list[int], regex.Match] | None:
    """(the years, the 分别) a figure at `pos` is listed after, as in 2019-2021年营业收入分别为32.5亿元、39.8亿元、
    47.2亿元 or 2021年度、2022年度分别实现营业收入1.21亿元和1.37亿元: the 分别 is in the figure's clause with only list
    items between, the span or list of years the last one before it in the sentence with no other year between."""
    start = clause_start(sentence, pos, delimiters=CLAUSE_DELIMITERS.replace("、", ""))  # the list's 、 part no clause
    respective = last_match(RESPECTIVE_LIST, sentence, start, pos)
    if respective is None or LIST_END.search(sentence, respective.end(), pos):
        return None
    years = last_years(sentence, respective.start())
    if years is None:
        return None
    return years, respective


def last_years(sentence: str, end: int) -> list[int] | None:
    """The years of the last span (2019-2021年 → 2019, 2020, 2021) or list of years (2017年、2018年 → 2017, 2018)
    before `end`, in order, when no other year or sentence end comes between it and `end`."""
    span = last_match(YEAR_SPAN, sentence, 0, end)
    listed = last_match(YEAR_LIST, sentence, 0, end)
    if listed and (span is None or listed.end() > span.end()):
        if OTHER_YEAR_OR_END.search(sentence, listed.end(), end):
            return None
        years = [int(m.group(1)) for m in LISTED_YEAR_PATTERN.finditer(listed.group())]
        return years if all(b > a for a, b in zip(years, years[1:])) else None
    if span is None or OTHER_YEAR_OR_END.search(sentence, span.end(), end):
        return None
    first, last = int(span.group(1)), int(span.group(2))
    return list(range(first, last + 1)) if last > first else None


def respective_year(sentence: str, pos: int) -> tuple[int, int] | None:
    """(the year, the last year listed) of the k-th figure of a list after 分别 whose items are as many as the years
    before it (2019-2021年…分别为32.5亿元、39.8亿元、47.2亿元 → 2019, 2020, 2021; 2017年至2019年…分别…2.15亿元、
    2.36亿元和2.58亿元 → 2017, 2018, 2019); None for any other."""
    found = respective_span(sentence, pos)
    if found is None:
        return None
    years, respective = found
    end = LIST_END.search(sentence, pos)
    items = sentence[respective.end():end.start() if end else len(sentence)]
    if len(LIST_ITEM_SEPARATOR.findall(items)) + 1 != len(years):
        return None
    return years[len(LIST_ITEM_SEPARATOR.findall(sentence, respective.end(), pos))], years[-1]


def thousands_comma(text: str, at: int) -> bool:
    """Whether the comma at text[at] groups a number's digits (326,700平方米; 5,881万元), ending no clause."""
    return (text[at] == "," and 0 < at < len(text) - 3 and text[at - 1].isdigit()
            and text[at + 1:at + 4].isdigit() and not text[at + 4:at + 5].isdigit())


def number_clause_start(text: str, pos: int) -> int:
    """clause_start, reading across the commas that group a number's digits (土地面积326,700平方米(约490亩))."""
    start = clause_start(text, pos)
    while start > 0 and thousands_comma(text, start - 1):
        start = clause_start(text, start - 1)
    return start


def clause_start(text: str, pos: int, floor: int = 0, delimiters: str = CLAUSE_DELIMITERS) -> int:
    """Where the clause holding `pos` starts (after the last delimiter before it, not before `floor`)."""
    i = pos
    floor = max(floor, pos - MAX_CLAUSE)
    while i > floor and text[i - 1] not in delimiters:
        i -= 1
    return i


def clause_end(text: str, pos: int, delimiters: str = CLAUSE_DELIMITERS) -> int:
    """Where the clause holding `pos` ends (at the first delimiter from it, or the end of the text; no further
    than MAX_CLAUSE from `pos`, as clause_start)."""
    i = pos
    ceiling = min(len(text), pos + MAX_CLAUSE)
    while i < ceiling and text[i] not in delimiters:
        i += 1
    return i


# In a sentence with a span of the year so far (前三季度完成288亿元), a time of the whole year makes the spans steps of a
# schedule (…,全年完成380亿元), not months gone by.
WHOLE_YEAR = patterns.compile(r"全年|年底|年末|年内")
# Before a project's planned total, this makes it a year's (全区…项目73个,计划总投资612亿元,年度计划投资158亿元).
ANNUAL = "年度"
# In a planned-total word, what makes it the whole of a project's cost (计划总投资, not 计划投资).
WHOLE_TOTAL = "总投资"
# A count of projects: the programme a planned total before it sums (重点项目一百二十个, 230个重点项目).
COUNT_NUMERAL = r"[\d一二两三四五六七八九十百千]+"
# A clause of a plain 总投资 and at most the thing it prices before it (项目总投资, 人才公寓总投资约, 总投资人民币), with no
# 其中 (a part of what the sentence plans) and no figure.
OWN_TOTAL_CLAUSE = patterns.compile(r"^\s*((?!其中)\p{Han}{0,6}?)总投资(?:约|为)?(?:人民币)?\s*$")
PROGRAMME_COUNT = patterns.compile(rf"项目{COUNT_NUMERAL}[个项]|{COUNT_NUMERAL}个[^,，;；。]{{0,12}}项目")
# A project's whole total right before a figure (项目总投资, 一期项目总投资约, or a bare 总投资 after a clause naming the
# project: 四是精化园丙烯酸及酯项目,总投资26亿元).
PROJECT_WHOLE_TOTAL = patterns.compile(r"(项目[^,，;；。:：]{0,4})?总投资(?:约|达|为|预计达|预计)?\s*$")
# A clause ending with the project, before a bare 总投资 clause.
PROJECT_NAMED_LAST = patterns.compile(r"项目\s*[,，]\s*$")
# A project, a works or a phase the sentence names before a bare 总投资 (一是…项目,落在九站园,总投资32亿元; 港池疏浚工程总投资;
# 台创园二期将于明年动工,总投资…): the thing the total is the size of.
PROJECT_NAMED_BEFORE = patterns.compile(r"项目|工程|[一二三四五]期")
# Before such a total, an event's or a programme's projects: 集中开工, 首批 / 第四批, a count (项目共28个, 项目有16个).
PROGRAMME_CUE = patterns.compile(rf"集中|首批|第{COUNT_NUMERAL}批|项目(?:共|有|总数)?{COUNT_NUMERAL}[个项]|{COUNT_NUMERAL}个[^,，;；。]{{0,12}}项目")
# A figure sorting projects (50亿元以上项目): a bar, no project's total.
PROJECT_BAR_AFTER = patterns.compile(r"[^,，;；。]{0,12}?(?:以上|以下)的?\s*项目")
# A sentence of parts of the one before (全年实施重点项目56个,…。其中,…项目总投资22亿元).
PARTS_OPENING = patterns.compile(r"\s*其中\s*[,，:：]")
# 年内 opening a clause (…,到2025年…产值力争达到100亿元,年内新建标准化厂房…): this year's task beside a later
# horizon, not a restatement of the deadline before it.
WITHIN_YEAR_OPENING = patterns.compile(r"(?<=[,;:])\s*年内")
# A figure written in digits (a deadline after a goal that has one in its own clause dates that one).
FIGURE_DIGIT = patterns.compile(r"\d")
# 年内 or (今年)年底前 after a figure (首期资金5亿元计划于年内到位; …基金,首期规模2亿元,今年年底前完成设立): the year
# the thing is due in, the report's own.
WITHIN_YEAR_AFTER = patterns.compile(rf"{NOT_A_SPAN}年内|(?<![\d年]\s*)(?:今年)?年底前")
# A figure of a clause's own (年内完成投资2.3亿元): that clause states a result or a task of its time, not when the event
# a projection after it counts from happens (…,全部建成后可实现年产值30亿元).
OWN_FIGURE = patterns.compile(r"\d(?:[\d.,]*)\s*[万亿千百]?(?:元|平方|亩|家|个|吨|人)")


# Cells of a table row: split by a bar (stored NFKC, so ｜ is |), a tab, or a run of spaces.
TABLE_CELL_SEPARATOR = patterns.compile(r"\s*\|\s*|\t+|[ \u3000]{2,}")
# The cells of a row whose header names its columns, also set apart by a slash between spaces (项目名称 / 投资方 / 投资额
# / 用地 over 数据中心二期 / 香港瑞丰资本 / 8亿港元 / 200亩, as a web page's list of signed projects writes a table);
# a slash with no space by it is a rate's (元/亩).
COLUMN_CELL_SEPARATOR = patterns.compile(rf"{TABLE_CELL_SEPARATOR.pattern}|[ \u3000]+/[ \u3000]+")
HEADER_LINES = 8  # how far above a row its header may be
# A header of three or more column names set apart by single spaces (序号 项目名称 建设内容及规模 总投资 合作方式), as a
# brochure's table is typed; its rows line up with it when they have as many cells split at any blank.
SPACED_HEADER = patterns.compile(r"\p{Han}+(?:[ \u3000]\p{Han}+){2,}")
ANY_BLANKS = patterns.compile(r"[ \t\u3000]+")
# A year naming a header cell's column (项目名称|所在集聚区|总投资|2013年计划投资): no figure of a row
HEADER_YEAR = patterns.compile(r"(?<!\d)(?:19|20)\d{2}年")


def column_headers(text: str, pos: int) -> tuple[list[str], int | None]:
    """For a figure at `pos` in a table row (园区名称|规划面积|工业总产值 over 嘉定高新区|56.2平方公里|1120亿元):
    the cells of the table's header — the nearest line above in the same block with separators and no figure —
    and the index of the header cell over the figure when row and header have as many cells (else None).
    ([], None) when the figure's line is no table row."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    row = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    if not COLUMN_CELL_SEPARATOR.search(row):
        return [], None
    end = line_start - 1
    for _ in range(HEADER_LINES):
        if end <= 0:
            return [], None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not line:
            return [], None  # a blank line ends the table
        if COLUMN_CELL_SEPARATOR.search(line) and not FIGURE.search(HEADER_YEAR.sub("", line)):
            header = COLUMN_CELL_SEPARATOR.split(line)
            cells = COLUMN_CELL_SEPARATOR.split(row)
            before = COLUMN_CELL_SEPARATOR.split(text[line_start:pos].lstrip())  # a separator right before counts
            return header, len(before) - 1 if len(cells) == len(header) else None
        if SPACED_HEADER.fullmatch(line):
            header, cells = ANY_BLANKS.split(line), ANY_BLANKS.split(row)
            if len(cells) != len(header):
                return [], None
            return header, len(ANY_BLANKS.split(text[line_start:pos].lstrip())) - 1
        end = start - 1
    return [], None


# A line holding one figure and, after it, the label saying what it is, as an infographic lists a zone's figures
# (【数说开发区】 / 286.4亿元 2016年地区生产总值 / 98平方公里 规划面积; 135亿元人民币:2016年地区生产总值).
FIGURE_LABEL = patterns.compile(r"[ \t]*(?:人民币)?[ \t]*:?[ \t]*(?P<label>[^\s,;。!?:、()]{2,24})[ \t]*$", regex.M)


# The fields of a figure that the words before it decide: read again when a line break cut those words off.
BROKEN_LINE_FIELDS = ("category", "kind")


# A line this short is a slide's bullet or a narrow column's line, not a page's paragraph wrapped at its width.
SHORT_LINE = 24


def broken_off(text: str, end: int) -> bool:
    """Whether the sentence ending at `end` is a short line broken off after a Chinese character, with no
    punctuation (a slide's bullet: ● 合作银行8家,授信额度合计 / 300亿元), which the sentence splitter ends there."""
    line = text[text.rfind("\n", 0, end) + 1:end].strip()
    return (0 < end < len(text) and text[end] == "\n" and len(line) <= SHORT_LINE
            and bool(patterns.fullmatch(r"\p{Han}", text[end - 1])))


def opens_unlabelled(sentence: str, figure, text: str, s_start: int) -> bool:
    """Whether a figure opens its sentence with no label of its own after it on its line: the rest of a line
    broken off, not an infographic's figure and label (165.6亿美元 2009年实际使用外资), whose line before is another's."""
    return (not sentence[:figure.start].strip()
            and figure_label(text, s_start + figure.start, s_start + figure.end) is None)


def figure_label(text: str, start: int, end: int) -> str | None:
    """The label after the figure at text[start:end] when the figure opens its line and the label, holding no
    figure but a year, closes it, else None."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return None
    m = FIGURE_LABEL.match(text, end)
    return m["label"] if m and not FIGURE.search(STATED_YEAR.sub("", m["label"])) else None


def column_cue(text: str, pos: int, cues: patterns.Pattern) -> str | None:
    """The cue (of `cues`) in the header of the column a table cell is in: the header cell over it, or, when the
    row's cells do not line up with the header's, the one header cell holding a cue."""
    header, column = column_headers(text, pos)
    if column is not None:
        m = cues.search(header[column])
        return m.group() if m else None
    found = [m.group() for m in map(cues.search, header) if m]
    return found[0] if len(found) == 1 else None


@dataclass
class IndicatorCell:
    """A figure in a year column of an indicator table, with what its row and column say of it."""

    start: int  # the figure's offsets in the text
    end: int
    label: str  # the row's label (地区生产总值), less a unit in brackets
    unit: str  # the unit word the row gives (亿元, 家, %, 平方公里)
    year: int | None
    goal: bool
    title: str = ""  # the title of a table of year columns (表4-1 发行人最近三年营业收入构成): what its rows are parts of
    currency: str = ""  # a currency word its unit row writes before the unit (人民币 of 人民币千元), to go before the figure
    table: int = -1  # where the header of its table of year columns starts: the cells of one table share it
    # the header cells of its table of unit columns, by column, and its own column there: what the row's other
    # columns are (宗地编号 names a parcel), and the column before it (折合(亩) converts the area before it)
    header: tuple[str, ...] = ()
    column: int = -1
    # a figure under a column measuring its own thing beside the year columns (年均增长 13.5% beside 2020年基期 and
    # 2025年目标): derived from the year columns, no fact, but no figure for a sentence to read either
    measure: bool = False
    # the figure as the print has it when an OCR copy damaged the cell (2O6 → 206, 7 4.2 → 74.2), else ""
    repaired: str = ""

    def figure(self, text: str) -> str:
        """The cell's figure: as `text` writes it, or as repaired."""
        return self.repaired or text[self.start:self.end]


@dataclass(frozen=True)
class YearHeader:
    """The header of an indicator table of year columns (指标|单位|2020年|2025年)."""

    width: int  # its number of cells
    years: dict[int, int | None]  # the year of each year column, by column (None: a value column of no year)
    unit_column: int | None  # the column of the rows' units (单位), if any
    worded: set[int]  # the year columns whose header holds a goal word (2025年目标)
    unit: str = ""  # the unit a line above the table (单位:万元) or a row under its header (人民币千元) gives its figures
    title: str = ""  # the line above it that titles it
    currency: str = ""  # a currency word the unit row writes before the unit (人民币千元)
    stub_missing: bool = False  # the header leaves the row labels' column blank (two year cells over three cells)
    start: int = -1  # where it starts in the text
    measures: frozenset[int] = frozenset()  # the columns measuring their own thing (年均增长, 比重), by column
    name_column: int | None = None  # the column naming the rows' indicators (类别|指标|单位|…: 指标), if any


INDICATOR_NUMBER = patterns.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
# A year column's header: 2025年, 2025年目标, or a column named first with its year in brackets after
# (规划目标(2015年), 2012年 being the result column beside it).
YEAR_HEADER = patterns.compile(rf"^{YEAR}\s*年|^\p{{Han}}{{2,6}}\({YEAR}\s*年\)$")
# A cell writing its figure with its own unit and modifiers, and no other figure (600亿元以上, 1.5亿美元, 8个以上).
OWN_UNIT_FIGURE = patterns.compile(r"(?:约|近|超)?\d+(?:,\d{3})*(?:\.\d+)?[^\d\s|]{1,6}")
HAN_CHARACTER = patterns.compile(r"\p{Han}")
# A cell of a measure column: a rate or a share, signed or not (13.5%, -2.1, 0.8).
MEASURE_FIGURE = patterns.compile(r"[-+]?\d+(?:\.\d+)?%?")
# The unit in brackets may carry a remark after a comma (固定资产投资(亿元,五年累计)): the unit is before it.
LABEL_UNIT = patterns.compile(r"^(?P<label>.*\p{Han}.*?)\s*\((?P<unit>[^()\d,]{1,8})(?:,[^()\d]{1,8})?\)$")
# The cells of a table whose columns carry their units in the header (园区名称|规划面积(平方公里)|完成投资(亿元)):
# reading keeps a single space between the figures of such a row (东川工业园区 22.5 58.6 46.2 光伏制造), and a web
# page's table is often laid out with single (ideographic) spaces, header included.
UNIT_TABLE_CELLS = patterns.compile(r"\s*\|\s*|\s+")
# A header cell whose years ran into its label and one another, as a PDF's text glues a table's short header words
# (项目2020年2021年2022年 over 资产总额  186.42  203.57  221.36): the label, then each year, are cells. Only bare years:
# a cell going on after them (2026年及以后, a maturity table's last column) is left whole.
GLUED_YEARS = patterns.compile(rf"(?P<label>\p{{Han}}{{1,8}})?(?:{YEAR}\s*年){{2,}}")
GLUED_YEAR = patterns.compile(rf"{YEAR}\s*年")
UNIT_COLUMNS = 2  # a header names at least this many columns with a unit before it is read as one
TABLE_TITLE_YEAR = patterns.compile(rf"{YEAR}\s*年")
# A figure cell of a unit table as an OCR copy damages it: the letters O and l read for 0 and 1 among its digits
# (2O6, l58, 1O.8: the reader repairs a figure before its unit, not a bare cell), or a space cut into its digits, a
# single digit before each space (7 4.2, as the reader reads 税收4 1.2亿元), when the row lines up with its header only
# so. A cell of the letters alone (l, O) is too little to be read as a figure.
OCR_CELL = patterns.compile(r"(?=[\dOl.]*\d)[\dOl]+(?:\.[\dOl]+)?|\d(?: \d)* \d+(?:\.\d+)?")
OCR_DIGITS = str.maketrans("Ol", "01", " ")
TABLE_NOTES = ("注", "说明", "备注")  # a line under a table opening so speaks of its figures
BULLETIN_NOTES = TABLE_NOTES + ("附注",)  # a bulletin's notes, which define its terms
SERIAL_NUMBER = patterns.compile(r"\d{1,3}")  # a 序号 column's cell
CURRENCY_HEADERS = {"币种", "币别", "货币"}  # a sheet's column naming each row's currency
MAGNITUDE_FIGURE = patterns.compile(r"\d[\d,]*(?:\.\d+)?[万亿]")  # a cell of a figure and its magnitude (8000万)
FUNDS_ARRIVED = "到位"  # 首期到位, 实际到位: a column of funds paid in
FUNDS = "资金"
SERIAL_HEADERS = {"序号", "编号", "序"}  # the header of a table's column of serial numbers
# A 用地代码 column's cell: the class code of a land-use balance table (GB 50137: M 工业用地, R 居住用地, M1, G1)
CLASS_CODE = patterns.compile(r"[A-Z]{1,2}\d{0,2}")
# A code naming a table's row: Latin letters and digits with dashes or brackets (JZ(2023)-041, G2023-12, A-1). A
# cell of digits alone is no name (a year, a figure).
ROW_CODE = patterns.compile(r"(?=[^A-Za-z]*[A-Za-z])(?=\D*\d)[A-Za-z0-9()\-_.#/]{2,20}")
ROW_YEAR = patterns.compile(r"((?:19|20)\d{2})\s*年?")  # a row's year under a 年份 header (1997, 2015年)
# A cell of a range (18—20 under 月租金(元/平方米): a rent from 18 to 20 yuan), read with its column's unit as one amount.
RANGE_CELL = patterns.compile(rf"{INDICATOR_NUMBER.pattern}\s*[—–~至]\s*{INDICATOR_NUMBER.pattern}")
# A cell of a span of years (2023—2024, 2021-2025年): a project's period, as a table's last column gives it.
PERIOD_CELL = patterns.compile(rf"{YEAR}\s*[-—–~至]\s*{YEAR}\s*年?")
YEAR_GOAL_COLUMN = patterns.compile(r"(?:全年|年度)?目标")  # a column of the goals of the year a table's title names
MONTH_SPAN = patterns.compile(r"\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月")  # 1-9月, 1—9月: part of the year
# The rule under a Markdown table's header (|---|:---:|---|), as documents converted to text write it.
MARKDOWN_RULE = patterns.compile(r"\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?")
TOTAL_LABELS = {"合计", "总计", "小计", "共计"}  # the label of a table row summing the rows above it
# A line above a table giving the unit of its figures, alone or at the end of its title (单位:万元, (单位:亿元)); the
# first unit is the figures', those after it the other columns' (单位:万元、% over 2017年|占比: 占比 is in %).
# Not the body a form names (填报单位:平罗县发展和改革局 | 单位:万元 above a schedule's header: the second is the unit).
NOT_A_BODY = r"(?<!填报|责任|建设|实施|牵头|主管|申报|承办|编制|报送|业主|使用|用人)"
TABLE_UNIT_LINE = patterns.compile(rf"{NOT_A_BODY}单位\s*[:为]?\s*(?P<unit>[^\s,、;:()|]+)")
TABLE_HEAD_LINES = 2  # the title and the unit line: how far above its header a table's unit may be given
# A unit line listing the units of a table's columns (单位:平方公里、亿元、%、家), alone or after its title.
TABLE_UNIT_LIST = patterns.compile(rf"{NOT_A_BODY}单位\s*[:为]?\s*(?P<units>[^\s,;:()|]+)")
# A header cell naming an area with no unit of its own (规划面积, 核定面积, 已出租面积, 面积; 用地 and 新增用地, the land
# a project takes): in the unit line's area unit. With its unit (面积(公顷) in a land-use table) it is an area column too.
AREA_COLUMN = patterns.compile(r"(?:面积|用地)$")
# A row of a ratio (资产负债率, 占比, 增速): its figures are no amounts, whatever unit the table gives its others.
# A column header naming an amount of any kind (问题金额, 已整改金额, 合同金额): under a line giving a currency unit,
# columns so named are money even when no cue says what money (an audit's table of sums found and recovered).
AMOUNT_COLUMN = patterns.compile(r"金额$")
TITLE_PART_OF_YEAR = patterns.compile(PART_OF_YEAR)
# A unit a unit line gives that prices something per unit of it (元/亩, 元/平方米: a standards table's compensation per
# mu): money, its currency unit before the slash.
PER_UNIT = "/"
MAGNITUDES = "百千万亿"  # before a unit in a header's brackets (万平方米, 亿元)
PERCENT = "%"
RATIO_LABEL = patterns.compile(r"率|比重|占比|比例|增速|增长|倍数")
# A column of counts or ranks (项目数, 企业家数, 全国排名, 位次): its figures are no amounts either.
COUNT_LABEL = patterns.compile(r"(?:个|家|人|户|项|件|项目|企业)数$|数量$|排名|位次|排序")
ANY_LABEL = patterns.compile(r"\S")  # a column of any name (a schedule's 一期, 二期, 合计: parts of its one money)


def cells_of(text: str, start: int, end: int, separator: patterns.Pattern = TABLE_CELL_SEPARATOR
             ) -> list[tuple[int, int, str]]:
    """(start, end, text) of the cells of the line text[start:end], split by `separator`."""
    cells, at = [], start
    for m in separator.finditer(text, start, end):
        cells.append((at, m.start()))
        at = m.end()
    cells.append((at, end))
    out = []
    for a, b in cells:
        cell = text[a:b]
        lead = len(cell) - len(cell.lstrip())
        out.append((a + lead, a + lead + len(cell.strip()), cell.strip()))
    if not out or out[0][2]:
        return out
    if text[start:end].lstrip().startswith("|"):
        # | 其他 | | 5.2 |: the outer bars open and close the row; an empty cell between two bars is a cell, which keeps
        # the row's columns under its header's
        return out[1:-1] if len(out) > 1 and not out[-1][2] else out[1:]
    return [c for c in out if c[2]]


# A table saved as comma-separated values, as a spreadsheet exports it (序号,开发区名称,批准面积(公顷),主导产业 over
# 1,成都高新技术产业开发区,2150.00,"电子信息、生物医药"): fields split at the commas outside double quotes. The stored
# text writes a Chinese comma as ',' too, so a line is read so only inside a block of lines that all split into the
# same number of short fields, none ending a sentence: prose lines never line up that way. A line with a bar, a
# tab or a run of spaces between its words is a row of another layout, whose figures may hold thousands separators
# (| 资产总额 | 2,934,718.56 |, 无锡产业园  386,000   245,600     120,000).
CSV_MIN_FIELDS = 4
CSV_MAX_FIELD = 40
CSV_MIN_LINES = 2
SENTENCE_MARKS = patterns.compile(r"[。;!?]")
OTHER_LAYOUT = patterns.compile(r"[|\t]|\S {2,}\S")


def csv_fields(text: str, start: int, end: int) -> list[tuple[int, int, str]] | None:
    """(start, end, text) of the fields of the line text[start:end] read as comma-separated values, a quoted
    field without its quotes; None when a quote is not closed before the line ends or is followed by no comma."""
    fields, at = [], start
    while True:
        if text.startswith('"', at):
            close = text.find('"', at + 1, end)
            if close < 0 or close + 1 < end and text[close + 1] != ",":
                return None
            a, b, at = at + 1, close, close + 1
        else:
            comma = separating_comma(text, at, end)
            a, b = at, comma if comma >= 0 else end
            at = b
        cell = text[a:b]
        lead = len(cell) - len(cell.lstrip())
        fields.append((a + lead, a + lead + len(cell.strip()), cell.strip()))
        if at >= end:
            return fields
        at += 1  # past the comma; a comma ending the line leaves an empty last field
        if at == end:
            fields.append((end, end, ""))
            return fields


def separating_comma(text: str, start: int, end: int) -> int:
    """Where the field at `start` ends: the first comma outside brackets, or -1. A spreadsheet exports a cell's
    Chinese comma unquoted, and the stored text writes it ',' ((续上行,二期)追加投资3000万欧元 in a 备注 cell); inside
    the cell's brackets it parts no fields."""
    depth = 0
    for i in range(start, end):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif ch == "," and not depth:
            return i
    return -1


def csv_rows(text: str) -> dict[int, list[tuple[int, int, str]]]:
    """The fields of each line of a comma-separated table in `text`, by the offset where the line starts."""
    rows: dict[int, list[tuple[int, int, str]]] = {}
    block: list[tuple[int, list]] = []

    def close_block() -> None:
        if len(block) >= CSV_MIN_LINES:
            rows.update(block)
        block.clear()

    pos = 0
    while pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        fields = None
        if (text.count(",", pos, end) >= CSV_MIN_FIELDS - 1 and not SENTENCE_MARKS.search(text, pos, end)
                and not OTHER_LAYOUT.search(text, pos, end)):
            fields = csv_fields(text, pos, end)
        if fields and all(len(f) <= CSV_MAX_FIELD for _, _, f in fields):
            if block and len(block[0][1]) != len(fields):
                close_block()
            block.append((pos, fields))
        else:
            close_block()
        pos = end + 1
    close_block()
    return rows


def ocr_repaired(cell: str) -> str:
    """A figure cell an OCR copy damaged (OCR_CELL), as the print has it; "" for any other cell."""
    return cell.translate(OCR_DIGITS) if OCR_CELL.fullmatch(cell) else ""


# Before a year, words making it the baseline a note compares the table's figures with (注:与2015年标准相比,…提高6200元),
# not the year of the figures.
COMPARED_WITH = patterns.compile(r"(?:与|较|比)\s*$")


# A note under a table dates its figures when it speaks of them as data of a time (均为2021年数据, 为2022年12月31日时点数据),
# not of a date of anything else (评估基准日为2022年6月30日: the date a valuation is made at).
NOTE_DATA_WORDS = ("数据", "时点")


def date_by_note(cells: list[IndicatorCell], line: str) -> None:
    """Give a table's undated cells the year of the note under it (注:亩均税收、单位面积产出均为2021年数据), when it says
    they are data of that year, unless the note names it as the baseline it compares them with."""
    note = TABLE_TITLE_YEAR.search(line) if line.startswith(TABLE_NOTES) else None
    if note and (COMPARED_WITH.search(line, 0, note.start()) or not any(w in line for w in NOTE_DATA_WORDS)):
        note = None
    for cell in cells if note else []:
        if cell.year is None:
            cell.year = int(note.group(1))


# A page's footer (or header) in a PDF's text, alone on its line: — 2 —, - 3 -, 第 2 页, 第2页 共12页.
PAGE_MARK = patterns.compile(r"[ \t]*(?:[—–-]+[ \t]*\d{1,3}[ \t]*[—–-]+|第[ \t]*\d{1,3}[ \t]*页(?:[ \t]*共[ \t]*\d{1,3}[ \t]*页)?)[ \t]*")


def past_page_break(text: str, pos: int) -> int:
    """Where the text goes on after a page break at `pos` (blank lines around a page's footer: a table's rows
    run on from one page to the next), or `pos` when no page's mark stands there."""
    start, marked = pos, False
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if PAGE_MARK.fullmatch(line):
            marked = True
        elif line.strip():
            break
        start = end + 1
    return start if marked and start < len(text) else pos


def lines_above(text: str, pos: int, n: int) -> list[str]:
    """Up to `n` lines right above the line starting at `pos`, nearest first, stripped; a blank line ends them."""
    out, end = [], pos - 1
    while len(out) < n and end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not line:
            break
        out.append(line)
        end = start - 1
    return out


# A line naming a table: 表3 …, 附表1 …, …目标任务分解表, …一览表, or leading to the one below (下表载列…收入:).
# 表3, 附表1, …表, 下表; a yearbook's chapter-numbered title (13-1  主要开发区(园区)主要经济指标(2015年))
TABLE_NAME = patterns.compile(r"^附?表\s*[\d一二三四五六七八九十]|^\d{1,2}-\d{1,2}\s+\S|表$|下表")


# A unit naming its currency after 元, as Hong Kong writes it (亿元人民币): the currency leads the figure it is read as.
CURRENCY_AFTER_UNIT = patterns.compile(r"元(?P<currency>人民币|港币)$")
# A line that gives a table's units and nothing else (单位:平方公里、亿元、%、家)
UNIT_LINE_ALONE = patterns.compile(r"^单位\s*[:为]")


LEADS_ON = ":"  # a line ending so leads to what follows it (…名单及主要指标如下:)


def table_title(text: str, pos: int) -> str:
    """The title of a table whose header starts at `pos`: the line right above it, or, across one blank line, the
    line above that when it names a table (2013年全市产业集聚区目标任务分解表 / blank / 序号 集聚区 固定资产投资(亿元)
    …, as an appendix lays its table out) or leads to it with a colon (2015年度共有12个产业集聚区晋升星级,名单及主要
    指标如下:); not a section heading there (一、挂牌出让地块的基本情况和规划指标要求). A unit line alone right above
    the header (二、前三季度广西综合保税区进出口情况表 / 单位:亿元、% / header) gives no title: the line above it does."""
    above = lines_above(text, pos, 2)
    if len(above) == 2 and UNIT_LINE_ALONE.match(above[0]):
        return above[1]
    if above or pos == 0:
        return above[0] if above else ""
    blank = text.rfind("\n", 0, pos - 1) + 1
    over_blank = lines_above(text, blank, 1)
    if over_blank and UNIT_LINE_ALONE.match(over_blank[0]):
        # 表14-1 2021年主要开发区和园区主要经济指标 / blank / 单位:平方公里、亿元、%、家 / blank / header: a
        # bulletin sets its unit line apart between the title and the header
        return table_title(text, text.rfind("\n", 0, blank - 1) + 1)
    leads = over_blank and (TABLE_NAME.search(over_blank[0]) or over_blank[0].endswith(LEADS_ON))
    return over_blank[0] if leads else ""


# A cell holding a unit in brackets and nothing else ((平方米)), as a line under a table's column names gives them.
UNIT_ONLY = patterns.compile(r"\([^()\d]{1,8}\)")


def units_under_names(names: list[tuple[int, int, str]], units: list[tuple[int, int, str]], names_start: int = 0,
                      units_start: int = 0) -> list[tuple[int, int, str]]:
    """A header whose units stand on the line under its columns' names (土地面积 已落成楼面面积 … 出租率 over
    (平方米) (平方米) …): each name with the unit under it, in order from the first column the units reach; [] when
    the line is no such line of units. A unit line indented past the end of the first names (园区名称 规划面积 工业总产值
    over      (平方公里) (亿元): the name over the rows' labels takes no unit) starts under the first name it reaches.
    `names_start`, `units_start`: where the two lines start, to measure the indent by."""
    units = [unit for cell in units for unit in unglued_units(cell)]
    if not names or not units or len(units) > len(names) or not all(UNIT_ONLY.fullmatch(c) for _, _, c in units):
        return []
    # names with their own units are no such line; a bracket inside a name (开发区(园区)名称) is part of it
    if any(UNIT_ONLY.search(c) and c.endswith(")") or FIGURE.search(c) for _, _, c in names):
        return []
    indent = units[0][0] - units_start
    # the lines are laid out by display columns, where a Chinese character takes two (a yearbook's 开发区(园区)名称
    # 级别 规划面积 over its units, set under 规划面积 past the end of 级别 counted in characters)
    wide = list(accumulate(len(HAN_CHARACTER.findall(c)) for _, _, c in names))
    first = next(i for i, (_, b, _) in enumerate(names)
                 if b - names_start + wide[i] > indent or i == len(names) - 1)
    if len(units) > len(names) - first:
        return []
    return [(a, b, c + units[i - first][2] if first <= i < first + len(units) else c)
            for i, (a, b, c) in enumerate(names)]


def unglued_units(cell: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """A cell of units in brackets run together ((平方公里)(平方公里), as a yearbook sets two narrow columns' units
    with no space between): each unit a cell of its own; any other cell as it is."""
    start, _, text = cell
    parts = [(start + m.start(), start + m.end(), m.group()) for m in UNIT_ONLY.finditer(text)]
    return parts if len(parts) > 1 and "".join(c for _, _, c in parts) == text else [cell]


def unglued_years(cell: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """The cells of a header cell whose label and years ran together (项目2020年2021年2022年: 项目 | 2020年 | 2021年 |
    2022年); the cell alone when it is no such run."""
    start, _, text = cell
    m = GLUED_YEARS.fullmatch(text)
    if not m:
        return [cell]
    label = [(start, start + m.end("label"), m["label"])] if m["label"] else []
    return label + [(start + y.start(), start + y.end(), y.group()) for y in GLUED_YEAR.finditer(text)]


TWO_SPACES = "  "  # between the cells of a table laid out with two spaces, blank cells too (two_space_blanks)
# A row's label and its unit a single space apart (工业总产值 亿元  121.5  152.8, under 指标 单位2011年2012年2013年: the
# header's words are set as close).
LABEL_SPACE_UNIT = patterns.compile(r"(?P<label>\p{Han}[^\s\d]*)[ \u3000](?P<unit>[^\s\d]{1,6})")


def label_and_unit(cells: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The cells of a row whose first cell is its label and its unit a single space apart, those two apart; the
    cells as they are when the first is no such pair."""
    start, _, text = cells[0]
    m = LABEL_SPACE_UNIT.fullmatch(text)
    if not m:
        return cells
    return [(start, start + m.end("label"), m["label"]), (start + m.start("unit"), start + m.end("unit"), m["unit"]),
            *cells[1:]]


def two_space_blanks(layout: tuple[str, int] | None, cells, width: int) -> list[tuple[int, int, str]] | None:
    """The cells of a row, blank ones included, when its table is laid out with exactly two spaces between cells,
    header and rows, so that a run of four spaces holds a blank cell and two at the line's edge one (合计    46,430  54,200
    under 项目名称  实施地点  本期投入  累计投入  项目进度: 实施地点 and 项目进度 are blank; 小计 indented under 序号). None when
    the row has no blank cell or no such layout, or more cells than its header (`width`). `layout`: the text and where
    the header's line starts."""
    if layout is None or not cells:
        return None
    text, header_start = layout
    header_end = text.find("\n", header_start)
    header = text[header_start:len(text) if header_end < 0 else header_end].split(TWO_SPACES)
    if len(header) != width or not all(part and part == part.strip() for part in header):
        return None
    row_start = text.rfind("\n", 0, cells[0][0]) + 1
    row_end = text.find("\n", cells[-1][1])
    row = text[row_start:len(text) if row_end < 0 else row_end].split(TWO_SPACES)
    if len(row) > width or all(row) or any(part != part.strip() for part in row):
        return None
    out, at = [], row_start
    for part in row:
        out.append((at, at + len(part), part))
        at += len(part) + len(TWO_SPACES)
    return out


def line_before(text: str, pos: int) -> str:
    """The line before the one starting at `pos`."""
    return text[text.rfind("\n", 0, max(0, pos - 1)) + 1:max(0, pos - 1)]


def numbered_row(cells: list[tuple[int, int, str]], above: str, width: int) -> bool:
    """Whether a line that reads no figure under a unit header is still a row of its table: it opens with a serial
    number as the row above it does, and is as wide as the header (6  西城金融科技产业园  西城区  77.4  —: no sum
    stated) or one cell short, two of its cells run together (3  京西智谷  门头沟区81.5  310)."""
    return (len(cells) in (width - 1, width) and len(cells) > 2 and bool(SERIAL_NUMBER.fullmatch(cells[0][2]))
            and bool(SERIAL_NUMBER.fullmatch(above.split(maxsplit=1)[0] if above.strip() else "")))


def display_width(text: str) -> int:
    """How many columns `text` takes on a page laid out in a fixed-width font: a Chinese character (or any wide
    one) two, any other one."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def display_spans(text: str, cells: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The columns of the page each cell of a line takes, counted from the line's start."""
    if not cells:
        return []
    line_start = text.rfind("\n", 0, cells[0][0]) + 1
    return [(display_width(text[line_start:a]), display_width(text[line_start:b])) for a, b, _ in cells]


def placed_under(text: str, cells: list[tuple[int, int, str]], header: list[tuple[int, int, str]]
                 ) -> list[int] | None:
    """The header column each cell of a row stands under, by where a page laid out with spaces sets them (合计  35
    99.1 under 基地  所在园区  设计产能(GWh)  投资额(亿元)  状态: the total's label spans the first two columns, its
    figures stand under the third and fourth, the last is blank): the one header cell each overlaps, the label the
    last it overlaps. None when a cell after the label overlaps none or two of them, or the columns do not go left
    to right."""
    heads = display_spans(text, header)
    over = [[i for i, (c, d) in enumerate(heads) if a < d and c < b] for a, b in display_spans(text, cells)]
    out = [max(over[0], default=-1)]  # the row's label may span several columns (a merged cell)
    for columns in over[1:]:
        if len(columns) != 1 or columns[0] <= out[-1]:
            return None
        out.append(columns[0])
    return out


def lone_sum_placed(cells: list[tuple[int, int, str]], columns: dict, width: int) -> list[tuple[int, int, str]]:
    """A total row of its label and one figure (合计    129900) under a header with one unit column among others
    (序号 项目名称 建设地点 总投资(万元) 建设年限): the figure is that column's sum, the other cells empty; as wide as
    the header then. Any other row as it is: with two unit columns, which one a lone figure sums is not said."""
    if not (len(cells) == 2 < width and len(columns) == 1 and cells[0][2] in TOTAL_LABELS
            and INDICATOR_NUMBER.fullmatch(cells[1][2])):
        return cells
    [column] = columns
    if column == 0:
        return cells
    label, figure = cells
    empty_before, empty_after = (label[1], label[1], ""), (figure[1], figure[1], "")
    return [label, *[empty_before] * (column - 1), figure, *[empty_after] * (width - column - 1)]


def measure_of_year(cell: str) -> bool:
    """A header cell naming a measure of a year with its unit (2014年工业总产值(亿元)): a column of that measure,
    not a year column of indicators."""
    m = LABEL_UNIT.match(cell)
    return bool(m) and bool(HAN_CHARACTER.search(YEAR_HEADER.sub("", m["label"])))


class IndicatorTables:
    """Reads the indicator tables of a text (plans list their goals in them): see `indicator_*` in
    target_cues.yml."""

    def __init__(self, lex: Lexicons):
        self.unit_headers = set(lex.indicator_unit_headers)
        self.value_headers = set(lex.indicator_value_headers)
        self.undated_value_headers = set(lex.indicator_undated_value_headers)
        self.projected_label = (patterns.compile(alternation(lex.indicator_projected_labels))
                                if lex.indicator_projected_labels else None)
        self.name_headers = set(lex.indicator_name_headers)
        self.year_row_headers = set(lex.indicator_year_row_headers)
        self.measure_columns = patterns.compile(alternation(lex.indicator_measure_columns))
        self.planned_columns = patterns.compile(alternation(lex.indicator_planned_columns))
        self.current_year_columns = patterns.compile(
            "|".join([alternation(lex.indicator_current_year_columns), MONTH_SPAN.pattern]))
        self.completion_column = patterns.compile(
            rf"(?:\d{{4}}年)?(?:{MONTH_SPAN.pattern}|{alternation(lex.indicator_current_year_columns)}|上半年)?"
            rf"(?:{alternation(lex.indicator_completion_columns)})")
        self.goal_headers = patterns.compile(alternation(lex.indicator_goal_headers))
        self.base_headers = (patterns.compile(alternation(lex.indicator_base_headers))
                             if lex.indicator_base_headers else None)
        self.result_headers = patterns.compile(
            alternation(list(lex.indicator_completion_columns) + list(lex.indicator_current_year_columns)
                        + list(lex.indicator_result_headers)))
        # a title naming results (各开发区年度签约目标完成情况) reviews how goals came out: a review word wins over the
        # goal word in it, as in a section heading; its columns of goals are goals by their own labels
        self.review_titles = patterns.compile(alternation(lex.review_headings))
        self.composition_titles = patterns.compile(alternation(lex.indicator_composition_titles))
        self.composition_headers = set(lex.indicator_composition_headers)
        self.goal_marks = set(lex.indicator_goal_marks)
        # a cell of figures in the unit a column, label or title gives: a bare number, or one with a word of
        # approximation before it (a land notice's 投资强度(万元/亩) column of standards: 不低于300; a plan's year
        # column of bounds written as signs: 绿地率 | % | ≥12 | ≥15)
        self.bounded_number = patterns.compile(rf"(?:{alternation(lex.approx_before)})?{INDICATOR_NUMBER.pattern}")
        self.project_total_column = patterns.compile(rf"(?:{alternation(lex.project_total_columns)})$")
        self.project_rows = patterns.compile(alternation(lex.project_nouns))
        # A cell naming a unit and nothing else, as the row under a header of years gives it (人民币千元, 万平方米)
        currencies = alternation([w for w in lex.currencies if w != "元"])
        self.area_units = set(lex.area_units)
        self.bare_zone_words = set(lex.zone_bare_words)  # 园区, 开发区: no unit in a header's brackets
        self.land_class_headers = set(lex.area_land_class_headers)
        self.money_categories = dict(lex.money_categories)
        self.currencies = tuple(lex.currencies)
        # a column naming money with no unit of its own (规上工业总产值, 固定资产投资, 税收收入): in the unit line's
        # currency unit; not one of the money of category other (进出口总额: what passes through a zone)
        self.money_column = patterns.compile(alternation([w for w, c in lex.money_categories.items() if c != "other"]))
        # a column of money of any kind (进出口 too), read only under a line giving money as its only unit but rates
        self.any_money_column = patterns.compile(alternation(list(lex.money_categories)))
        # a column naming an amount of any kind by how its name ends (问题金额, 青苗补偿费, 评估价值)
        self.amount_column = patterns.compile(rf"(?:{alternation(lex.amount_columns)})$")
        self.spent_column_names = set(lex.spent_columns)
        # a column of what a zone invests, earns, produces or pays in taxes (新增投资, 营业收入, 产值, 税收): its money
        # by its name alone; not a register's financing (注册资本) or trade (进出口总额)
        self.flow_column = patterns.compile(alternation([w for w, c in lex.money_categories.items()
                                                         if c not in ("other", "financing")]))
        # the currency word a 币种 cell stands for: the word itself (欧元) or its ISO code (EUR), written as the first
        # word the unit table gives that code (元 for CNY)
        by_code = {}
        for word, code in lex.currencies.items():
            by_code.setdefault(code, word)
        self.currency_words = {**{w: w for w in lex.currencies if w != "元"}, **by_code}
        self.unit_cell = patterns.compile(
            rf"(?P<currency>{currencies})?(?P<unit>[百千万亿]*(?:{alternation(list(lex.currencies) + list(lex.area_units))}))")

    def cells(self, text: str, dates: DocumentDates) -> list[IndicatorCell]:
        out: list[IndicatorCell] = []
        header = unit_header = None
        unit_header_start = 0  # where the line of the unit header's column names starts
        table: list[IndicatorCell] = []  # the cells of the unit table being read
        csv = csv_rows(text)
        pos = 0
        names_above, names_pos, names_indented = [], 0, False  # the cells of the line above, when it has no figure
        subjects = None  # the header of a table of indicator rows under columns of zones, and its year and goal
        while pos < len(text):
            if table and unit_header:  # a page's footer between two rows of a unit table does not end it
                pos = past_page_break(text, pos)
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if MARKDOWN_RULE.fullmatch(line):
                pos = end + 1  # |---|---| under a header: the layout of a table, no row of it, which goes on
                continue
            fields = csv.get(pos)  # a comma-separated row has its fields whatever the layout reads
            if fields is None and not TABLE_CELL_SEPARATOR.search(line.strip()) and not self.glued_header(line):
                header = None  # a line that is no row ends the table
            elif header is not None and (unit_row := self.unit_row_under(cells_of(text, pos, end), header)):
                header = unit_row
            elif header is None or not INDICATOR_NUMBER.search(line):
                header = self.header(fields or self.header_cells(text, pos, end),
                                     lines_above(text, pos, TABLE_HEAD_LINES), stub_missing=line[:1].isspace(),
                                     start=pos, titles=lines_above(text, text.rfind("\n", 0, max(0, pos - 1)) + 1,
                                                                   TABLE_HEAD_LINES), dates=dates)
            else:
                out += self.row(fields or cells_of(text, pos, end), header, dates)
            if subjects is not None:
                subject_cells = self.subject_row(cells_of(text, pos, end), *subjects)
                out += subject_cells
                subjects = subjects if subject_cells or FIGURE.search(line) else None
            if subjects is None:
                subjects = self.subject_header(cells_of(text, pos, end), table_title(text, pos), dates)
            unit_cells = fields or cells_of(text, pos, end, UNIT_TABLE_CELLS)
            indented = line[:1].isspace()  # the row's first cell is empty: its label stands in a later column
            layout = (text, unit_header_start)
            found = self.unit_row(unit_cells, unit_header, dates, indented, layout) if unit_header else []
            if not found and unit_header and fields is None and len(unit_cells) > unit_header[0]:
                # a single space inside a cell (合 计 spaced out, an OCR copy's 7 4.2): the runs of spaces part the cells
                found = self.unit_row(cells_of(text, pos, end), unit_header, dates, indented, layout)
            if found:
                table += found
                # a cell a year header read too (2013年计划投资 beside 总投资 under 单位:万元) is the unit header's,
                # which reads the column's label and unit whole
                spans = {(c.start, c.end) for c in found}
                out = [c for c in out if (c.start, c.end) not in spans] + found
            elif unit_header and fields is not None and len(fields) == unit_header[0]:
                pass  # a row of the exported sheet that reads no figure (an empty row, a merged cell's continuation
                # 3,,,,上海金山工业区,,(续上行)…, a 合计 row with no sum): the sheet's table goes on under its header
            elif (unit_header and table and unit_cells and unit_cells[0][2] in TOTAL_LABELS
                  and len(unit_cells) == unit_header[0]):
                pass  # 合计  —  42.29万平方米  91.4%  —: a total row with no sum in the unit columns; a note may follow
            elif unit_header and table and numbered_row(unit_cells, line_before(text, pos), unit_header[0]):
                pass  # 3  京西智谷  门头沟区81.5  310, 6  西城金融科技产业园  西城区  77.4  —: the rows under it are the table's
            else:  # a line that is no row ends the table; a note under it may date its figures
                date_by_note(table, line)
                table = []
                # a header holds no cell that is a figure alone; a year or a span naming a column's measure
                # (2014年工业总产值(亿元), 103年营业额, 其中闲置超过2年(亩)) is no figure of the line
                figure = any(INDICATOR_NUMBER.fullmatch(cell) for _, _, cell in unit_cells)
                named = units_under_names(names_above, unit_cells, names_pos, pos)
                unit_header_start = names_pos if named else pos
                if named:  # the units stand on a line of their own under the columns' names
                    unit_header = self.unit_header(named, table_title(text, names_pos), dates, names_indented)
                else:
                    # beside a year header's columns (2013年计划投资), its money columns of no year (总投资) too
                    unit_header = None if figure else self.unit_header(
                        unit_cells, table_title(text, pos), dates, line[:1].isspace(),
                        listed=self.units_listed_above(text, pos, unit_cells))
                names_above, names_pos, names_indented = ([] if figure else unit_cells), pos, line[:1].isspace()
            pos = end + 1
        return out + self.currency_column_cells(csv)

    def currency_column_cells(self, csv: dict[int, list[tuple[int, int, str]]]) -> list[IndicatorCell]:
        """The amounts of an exported sheet whose 币种 column states each row's currency (…,外资金额,币种,… over
        …,8000万,欧元,…; or EUR, JPY, USD): a cell of a figure and its magnitude (8000万, 1.2亿) under a column naming
        money (外资金额, 合同外资) or funds arrived (首期到位), in that row's currency. A bare number is left: the sheet
        states no magnitude for it."""
        out, header, column = [], None, None
        for start in sorted(csv):
            fields = csv[start]
            if header is not None and len(fields) == len(header):
                word = self.currency_words.get(fields[column][2])
                for i, (a, b, cell) in enumerate(fields):
                    if word and i != column and MAGNITUDE_FIGURE.fullmatch(cell) and self.names_funds(header[i]):
                        # 首期到位 is of funds arrived (到位资金), which the label names so for its category
                        label = header[i] + FUNDS if header[i].endswith(FUNDS_ARRIVED) else header[i]
                        out.append(IndicatorCell(a, b, label, word, None, False, header=tuple(header), column=i))
                continue
            names = [c for _, _, c in fields]
            column = next((i for i, c in enumerate(names) if c in CURRENCY_HEADERS), None)
            header = names if column is not None else None
        return out

    def names_funds(self, label: str) -> bool:
        """Whether a column with no unit of its own names money (外资金额) or funds arrived (首期到位)."""
        return not LABEL_UNIT.match(label) and bool(self.money_column.search(label) or label.endswith(FUNDS_ARRIVED))

    def subject_header(self, cells, title: str, dates: DocumentDates):
        """(header cells, year, goal) of a table whose columns are what its figures are about and its rows
        indicators (指标名称|烟台开发区|烟台高新区 under 表10 2020年主要开发区经济指标), or None: the first cell names
        the rows as indicators, the others are names, no figure among them. The year is the title's."""
        if len(cells) < 3 or cells[0][2] not in self.name_headers:
            return None
        if not all(HAN_CHARACTER.search(c) and not FIGURE.search(c) for _, _, c in cells[1:]):
            return None
        m = TABLE_TITLE_YEAR.search(self.gregorian(with_digit_years(title), dates))
        year = int(m.group(1)) if m else None
        reference = dates.report or dates.title
        later = year is not None and reference is not None and year > reference
        return [c for _, _, c in cells], year, self.titled_goal(title) or later

    def subject_row(self, cells, header: list[str], year: int | None, goal: bool) -> list[IndicatorCell]:
        """The figures of a row under a subject header: its label gives their unit in brackets (地区生产总值(亿元)),
        each column what the figure is about. Not under a column that measures its own thing (指标|全区开发区合计|
        占全区比重(%)|在全国位次: a share in brackets, a rank), whose figures are not in the row's unit."""
        m = LABEL_UNIT.match(cells[0][2]) if cells and len(cells) == len(header) else None
        if not m:
            return []
        return [IndicatorCell(start, end, m["label"], m["unit"], year, goal, header=tuple(header), column=i)
                for i, (start, end, cell) in enumerate(cells)
                if i and INDICATOR_NUMBER.fullmatch(cell) and not self.measure_column(header[i])]

    def measure_column(self, name: str) -> bool:
        return bool(LABEL_UNIT.match(name) or self.measure_columns.search(name))

    def units_listed_above(self, text: str, pos: int, cells) -> tuple[str, str, bool, bool]:
        """(area unit, money unit, whether it lists several, whether money is its only unit but percent) a unit line
        above the header at `pos` lists (单位:平方公里、亿元、%、家, or 表1-1 各园区面积 单位:公顷, or 单位:亿元、% over a
        bulletin's trade table), blank lines apart, when a header cell names an area, or money (营业额, 主营业务收入,
        问题金额, 进出口), with no unit of its own; else ("", "", False, False). A money unit may be a price per unit
        (单位:元/亩)."""
        if not self.lists_land_classes(cells) and not self.lists_years(cells) and not any(
                AREA_COLUMN.search(c) or (self.any_money_column.search(c) or self.amount_column.search(c))
                and not LABEL_UNIT.match(c) for _, _, c in cells[1:]):
            return "", "", False, False
        end, seen = pos - 1, 0
        while seen < TABLE_HEAD_LINES and end > 0:
            start = text.rfind("\n", 0, end) + 1
            line, end = text[start:end], start - 1
            if not line.strip():
                continue
            seen += 1
            m = TABLE_UNIT_LIST.search(line)
            if m:
                units = m["units"].split("、")
                money = [u for u in units if u.split(PER_UNIT)[0].endswith(self.currencies) and u not in self.area_units]
                # 单位:亿元、%: the line names the rates' unit apart, so every other column is in its one money unit
                only_money = len(money) == 1 and PERCENT in units and all(u in money or u == PERCENT for u in units)
                return (next((u for u in units if u in self.area_units), ""), next(iter(money), ""), len(units) > 1,
                        only_money)
        return "", "", False, False

    def unit_header(self, cells, title: str, dates: DocumentDates, stub_missing: bool = False,
                    listed: tuple[str, str, bool, bool] = ("", "", False, False)):
        """(width, (label, unit, year, goal) by column, every header cell, title, whether it is a schedule of money by
        year: money_schedule) of a header row whose columns carry their
        units (园区|固定资产投资(亿元)|工业总产值(亿元)|新增工业用地(公顷)), or None. A column's year is the one its label
        names (2014年工业总产值(亿元)), else the table's title's, the line above (表2 2012年各园区目标任务); it is a
        goal when the title says so or its year is after the report's. `stub_missing`: the line opens with blanks,
        over the rows' labels (a report's table names only its figures' columns: 入驻企业(家) 园区从业人员(人)).
        `listed`: the area and money units a unit line above lists, those of its columns naming an area, or money,
        with no unit of their own (单位:平方公里、亿元、%、家 over 开发区名称 规划面积 规上工业总产值 …: a statistics
        bulletin's table), and whether it lists several; one area column makes a header, and its money columns (not
        a rate: 比上年增长) are read with it."""
        area_unit, money_unit, several_units, only_money = listed
        # a cell must end with its unit in brackets: checked first, for most lines are prose
        labelled = {i: (m["label"], m["unit"]) for i, (_, _, c) in enumerate(cells)
                    if c.endswith(")") and (m := LABEL_UNIT.match(c)) and not (i == 0 and self.names_zones(m["unit"]))}
        if stub_missing and 0 in labelled:  # a blank column over the rows' labels comes first
            cells = [(cells[0][0], cells[0][0], ""), *cells]
            labelled = {i + 1: m for i, m in labelled.items()}
        # a land-use table's columns of parts (用地类别 北区 南区 合计 占比(%) under 单位:公顷) are all areas but ratios
        land_classes = self.lists_land_classes(cells)
        areas = {i: (c, area_unit) for i, (_, _, c) in enumerate(cells)
                 if area_unit and i and i not in labelled and (AREA_COLUMN.search(c) or land_classes and not (
                     RATIO_LABEL.search(c) or COUNT_LABEL.search(c)))}
        # an area column with its unit (核准面积(公顷)) makes a header alone too, as a catalogue of zones lists
        # one figure per zone beside its code, dates and names
        areas |= {i: m for i, m in labelled.items() if AREA_COLUMN.search(m[0]) and self.area_unit(m[1])}
        # so does a column of a zone's money flow with its currency unit (上半年新增投资(新台币亿元) beside 设厂家数,
        # 就业人数: a press release's appendix lists one amount per zone; 总投资(万元) in a list of projects); and so
        # does a column named as a sum or a price with its money unit, which may be per unit (评估价值(万元) in an asset
        # list, 平均租金(元/平方米/月) in a summary of parks)
        priced = {i for i, (label, unit) in labelled.items()
                  if (self.flow_column.search(label) or self.amount_column.search(label))
                  and self.money_unit(unit)}
        # beside an area column, any money column takes the listed unit; else a column of a zone's money flow (表2-1
        # 中科近年营业额  单位:新台币亿元 over 年度 营业额 成长率(%)), and the money columns beside one (募集资金使用计划
        # 单位:亿元 over 项目名称 总投资 拟使用募集资金: the financing of the projects the flow column prices); and money
        # columns as many as labelled ones must be, under a line listing the units of several columns (省辖市 |
        # 产业集聚区数 | 主营业务收入 | 固定资产投资 | 税收收入 under 单位:个、亿元)
        def columns(pattern):
            return {i: (c, money_unit) for i, (_, _, c) in enumerate(cells) if money_unit and i and i not in labelled
                    and i not in areas and pattern.search(c) and not RATIO_LABEL.search(c)
                    and not COUNT_LABEL.search(c)}
        flows = any(self.flow_column.search(c) for i, (_, _, c) in enumerate(cells) if i and i not in labelled)
        money = columns(self.money_column) if areas or flows else columns(self.flow_column)
        if not areas and several_units and len(columns(self.money_column)) >= UNIT_COLUMNS:
            money = columns(self.money_column)
        # 进出口 | 出口 | 进口 under 单位:亿元、%: no other unit for money of any kind to be in, nor for sums named so
        anything = {**columns(self.any_money_column), **columns(self.amount_column)} if only_money else {}
        if not money and not areas and len(anything) >= UNIT_COLUMNS:
            money = anything
        schedule = not money and not areas and not labelled and self.money_schedule(cells, title, money_unit,
                                                                                    several_units)
        if schedule:
            # 年度 | 一期 | 二期 | 合计 under 项目分年度投资计划如下(单位:万元): each column a part of the money the title names
            money = columns(ANY_LABEL)
        sums = columns(self.amount_column)
        if not money and not areas and (len(sums) >= UNIT_COLUMNS
                                        or sums and len(sums | columns(self.money_column)) >= UNIT_COLUMNS):
            # 问题金额 | 已整改金额 under 单位:万元, 土地补偿费 | 青苗补偿费 under 单位:元/亩: sums of any kind, by their name;
            # or one such sum beside a column of money of a kind (安排资金 | 问题金额 under 单位:万元)
            money = sums
        if money and money_unit and not several_units:
            # beside the money columns read, those of money of any kind (公司名称 注册资本 总资产 营业收入 净利润 under
            # 主要控股子公司情况(单位:万元): the profit is in 万元 too)
            money |= columns(self.any_money_column)
        if 0 in labelled or len(labelled) + len(money) < UNIT_COLUMNS and not (
                (areas or priced or money) and len(cells) > UNIT_COLUMNS):
            return None
        labelled |= areas | money
        labelled |= self.completion_columns(cells, labelled)
        labelled |= self.spent_columns(cells, labelled)
        m = TABLE_TITLE_YEAR.search(self.gregorian(with_digit_years(title), dates))  # (于二零一八年十二月三十一日) too
        title_year = int(m.group(1)) if m else None
        reference = dates.report or dates.title
        if title_year is None and (MONTH_SPAN.search(title) or TITLE_PART_OF_YEAR.search(title)):
            # 表1 1-9月全省工业园区主要指标前十名排序表, 前三季度…进出口情况表: part of the report's year
            title_year = reference
        titled_goal = self.titled_goal(title)
        # a land-use balance table sets no goals
        composition = (bool(self.composition_titles.search(title))
                       or any(c in self.composition_headers for _, _, c in cells))
        projects = any(self.project_rows.search(c) for i, (_, _, c) in enumerate(cells) if i not in labelled)
        columns = {}
        for i, (label, unit) in labelled.items():
            # a column naming its own year (2014年工业总产值(亿元)) is of that year, else of the title's, but for
            # projects' totals, which no year bounds
            own = TABLE_TITLE_YEAR.search(self.gregorian(label, dates))
            total = projects and self.project_total_column.search(label)
            year = int(own.group(1)) if own else None if total else title_year or dates.results
            # 年度计划投资, 1-9月完成投资 under a title of no year: the report's year
            current = not own and title_year is None and bool(self.current_year_columns.search(label))
            if current:
                year = reference
            # a column naming its own year's plan (2021年计划投资(亿元), 年度计划投资) holds that year's goals
            planned = (bool(own) or current) and year is not None and bool(self.planned_columns.search(label))
            goal = not composition and (
                titled_goal or planned or (year is not None and reference is not None and year > reference))
            columns[i] = (label, unit, year, goal)
        return len(cells), columns, tuple(c for _, _, c in cells), title, schedule

    def titled_goal(self, title: str) -> bool:
        """Whether a table's title makes its figures goals (2025年发展目标): it names goals and no results."""
        return bool(self.goal_headers.search(title)) and not self.review_titles.search(title)

    def plans_by_year(self, title: str) -> bool:
        """Whether a table's title names a plan and no review of one (项目分年度投资计划如下, not 投资计划完成情况)."""
        return bool(self.planned_columns.search(title)) and not self.review_titles.search(title)

    def lists_years(self, cells) -> bool:
        """Whether a header's first cell names its rows as years (年度, 年份: a schedule or a series)."""
        return bool(cells) and cells[0][2] in self.year_row_headers

    def money_schedule(self, cells, title: str, money_unit: str, several_units: bool) -> bool:
        """Whether a header of year rows over columns naming no measure (年度 一期 二期 合计) is a schedule of the
        money its title names (项目分年度投资计划如下(单位:万元):) in the one money unit a line above gives: a listed
        company's yearly investment plan, a budget by year. Not a title naming no kind of money (各年度入驻企业情况,
        单位:万元 over 年度 企业数 …: counts beside the sums), nor a unit line listing several units."""
        return (self.lists_years(cells) and bool(money_unit) and not several_units
                and bool(self.money_column.search(title)))

    def names_zones(self, bracket: str) -> bool:
        """Whether a header's first cell names its rows as zones of two kinds (片区(园区) over 满江片区, 创新工业园:
        a zone's parts and the parks it took in), a bare zone word in its brackets where a unit would stand: the
        stub over the rows' labels, no column of figures. Not a division's other kind (镇(街道) over a column of
        park names)."""
        return bracket in self.bare_zone_words

    def money_unit(self, unit: str) -> bool:
        """A unit of money (万元, 新台币亿元), or a price per unit of something (元/平方米/月), not of area."""
        written = self.unit_cell.fullmatch(unit.split(PER_UNIT)[0])
        return bool(written) and written["unit"].endswith(self.currencies) and written["unit"] not in self.area_units

    def lists_land_classes(self, cells) -> bool:
        """Whether a header's first cell names its rows as classes of land (用地类别, 用地性质: a land-use table)."""
        return bool(cells) and cells[0][2] in self.land_class_headers

    def area_unit(self, unit: str) -> bool:
        """A unit of area, with a magnitude before it or not (公顷, 万平方米: an annual report's 土地面积(万平方米))."""
        written = self.unit_cell.fullmatch(unit)
        return bool(written) and not written["currency"] and written["unit"].lstrip(MAGNITUDES) in self.area_units

    def completion_columns(self, cells, columns: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
        """The columns naming only what was done (1-6月累计完成) each right after a column of planned money in a
        currency (2024年计划投资 under 单位:万元), as a project schedule lays out plan, result and rate (完成率): the
        result is an amount of the plan's kind (投资) in its unit, labelled so (1-6月累计完成投资). Not after a column
        of anything else, whose "done" may be a count or a length."""
        out = {}
        for i, (label, unit) in columns.items():
            done = i + 1
            if done >= len(cells) or done in columns or not self.completion_column.fullmatch(cells[done][2]):
                continue
            flow = self.flow_column.search(label)
            written = self.unit_cell.fullmatch(unit)
            if not (flow and self.planned_columns.search(label) and written
                    and written["unit"].endswith(self.currencies) and written["unit"] not in self.area_units):
                continue
            kind = self.planned_columns.sub("", flow.group())  # 计划投资: 投资
            if kind in self.money_categories:
                out[done] = (cells[done][2] + kind, unit)
        return out

    def spent_columns(self, cells, columns: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
        """The columns naming only what was done with the money of the column right before them (安排资金 | 实际使用,
        问题金额 | 已整改 under 单位:万元: spent_columns), in that column's money unit. Not after a column of anything
        else (问题个数 | 已整改: a count)."""
        out = {}
        for i, (_, unit) in columns.items():
            spent = i + 1
            if (spent < len(cells) and spent not in columns and cells[spent][2] in self.spent_column_names
                    and self.money_unit(unit)):
                out[spent] = (cells[spent][2], unit)
        return out

    @staticmethod
    def gregorian(text: str, dates: DocumentDates) -> str:
        """A header's text with its ROC years as Gregorian ones, in a text dated by the ROC calendar."""
        return with_gregorian_years(text, 0)[0] if dates.roc else text

    def unit_row(self, cells, header, dates: DocumentDates, indented: bool = False,
                 layout: tuple[str, int] | None = None) -> list[IndicatorCell]:
        """The figures of a row under a unit header: bare numbers in its unit columns. A row as wide as its header
        is read cell by cell; a narrower one by where the page sets its cells under the header's (`layout`: the text
        and where the header's line of column names starts), when it is laid out with spaces and each figure stands
        under one column; else, when its figures end it (1苏州工业园区 96.82 71.3: the rank ran into the name), by
        aligning its figures to the header's last columns. A row of a table of years (年份 over 1997) is that
        year's. `indented`: the row opens with an empty cell."""
        width, columns, names, title, schedule = header
        if schedule and cells and cells[0][2] in TOTAL_LABELS:
            # a schedule's 合计 row sums its years: sets date it by the last year (blind51 ox5) or by none (blind31
            # od2), and whether it is a goal differs with it; left unread
            return []
        if (len(cells) == width - 1 and cells and cells[0][2] in TOTAL_LABELS and names
                and names[0] in SERIAL_HEADERS and not indented):
            # 合计 opening its row across the 序号 and name columns (a merged cell: 合计  114,300.00  105,800.00  — —
            # under 序号 项目名称 项目总投资 拟投入募集资金 建设期 项目备案): its label stands under both, its figures in
            # line; not a row whose empty 序号 cell opens it (\t合计\t38.04: the label stands under the name alone)
            cells = [cells[0], *cells]
        cells = lone_sum_placed(cells, columns, width)
        blanks = two_space_blanks(layout, cells, width) if len(cells) < width else None
        cells = blanks or cells
        row_year = self.row_year(cells, names, dates)
        if not cells or len(cells) > width or not (row_year or self.names_its_row(
                cells[1:] if blanks and not cells[0][2] else cells, width)):
            return []

        def figure_or_blank(cell: str) -> bool:
            return bool(INDICATOR_NUMBER.fullmatch(cell) or blanks and not cell)
        # a narrower row may close with its period (6.5 2023—2024 under 总投资(亿元) 建设年限): its figures end before it
        period = int(width > len(cells) > 2 and bool(PERIOD_CELL.fullmatch(cells[-1][2])))
        if len(cells) < width and not figure_or_blank(cells[-1 - period][2]):
            return []
        shift = width - len(cells)
        # A narrower row is placed from its end only as far as its figures run unbroken: a cell of words among
        # them (工业用地50: the use and the term run together) shows merged cells, which leave the figures before it
        # under no known column.
        first = 0
        if shift:
            first = len(cells) - period
            while first > 1 and figure_or_blank(cells[first - 1][2]):
                first -= 1
        column_of = {i: i + shift for i in range(first, len(cells))}
        placed = self.placed_by_layout(cells, width, layout) if shift else None
        if placed:
            first, column_of = 1, dict(enumerate(placed))
        out = []
        for i, (start, end, cell) in enumerate(cells):
            plain = bool(self.bounded_number.fullmatch(cell)
                         or RANGE_CELL.fullmatch(cell) and not PERIOD_CELL.fullmatch(cell))
            repaired = "" if plain else ocr_repaired(cell)
            if i >= first and column_of[i] in columns and (plain or repaired):
                label, unit, year, goal = columns[column_of[i]]
                if AMOUNT_COLUMN.search(label) and first == 0 and i:
                    label = cells[0][2] + label  # 违规出借基金 | 1,200 under 问题金额: the row says what money it is
                # a currency before the unit (营业额(新台币亿元)) goes before the figure, where amounts write it
                written = self.unit_cell.fullmatch(unit)
                currency = (written["currency"] or "") if written else ""
                if row_year:  # the row's year dates its figures: goals only when after the report's own year
                    reference = dates.report or dates.title
                    # a plan's schedule by year (项目分年度投资计划如下) plans the report's own year too
                    year, goal = row_year, reference is not None and (
                        row_year > reference or row_year == reference and self.plans_by_year(title))
                out.append(IndicatorCell(start, end, label, unit[len(currency):], year, goal, title, currency=currency,
                                         header=names, column=column_of[i], repaired=repaired))
        return out

    @staticmethod
    def placed_by_layout(cells, width: int, layout: tuple[str, int] | None) -> list[int] | None:
        """The header column of each cell of a narrower row, when the row and its header's line are laid out with
        runs of spaces (or bars, tabs) that part as many cells as the header has (placed_under); else None."""
        if layout is None:
            return None
        text, start = layout
        end = text.find("\n", start)
        header = cells_of(text, start, len(text) if end < 0 else end)
        row_start = text.rfind("\n", 0, cells[0][0]) + 1
        row_end = text.find("\n", cells[-1][1])
        laid_out = cells_of(text, row_start, len(text) if row_end < 0 else row_end)
        if len(header) != width or [c for _, _, c in laid_out] != [c for _, _, c in cells]:
            return None
        return placed_under(text, cells, header)

    def row_year(self, cells, names: tuple[str, ...], dates: DocumentDates) -> int | None:
        """The year a row names in its first cell under a header naming its rows as years (年份 over 1997): its
        figures are of that year (by the ROC calendar in a text dated so: 105年 over 6460). None for other rows and
        tables."""
        if not cells or not names or names[0] not in self.year_row_headers or len(cells) != len(names):
            return None
        m = ROW_YEAR.fullmatch(self.gregorian(cells[0][2], dates))
        return int(m.group(1)) if m else None

    @staticmethod
    def names_its_row(cells, width: int) -> bool:
        """A row's first cell names what it is about (苏州工业园区, 合计) or codes it (a land notice's plot
        JZ(2023)-041, a project's A-12), or, in a row as wide as its header, a serial number or a land-use class
        code comes before the name (1,成都高新技术产业开发区,…; M 工业用地 1685.2 51.4)."""
        if HAN_CHARACTER.search(cells[0][2]) or ROW_CODE.fullmatch(cells[0][2]):
            return True
        numbered = SERIAL_NUMBER.fullmatch(cells[0][2]) or CLASS_CODE.fullmatch(cells[0][2])
        # a catalogue's row: its serial number, then the code of what it lists (1 | G341001 | 合肥经济技术开发区 | …)
        name = 2 if len(cells) > 2 and ROW_CODE.fullmatch(cells[1][2]) else 1
        return len(cells) == width > 1 and bool(numbered) and bool(HAN_CHARACTER.search(cells[name][2]))

    @staticmethod
    def header_cells(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """The cells of a header row. A cell naming several years (2010年基数 规划目标(2015年) 2012年完成) is
        several header cells a single (ideographic) space set apart, as a typed table lays out its short header
        words over columns of long figures: split by any space then."""
        cells = cells_of(text, start, end)
        if any(len(TABLE_TITLE_YEAR.findall(c)) > 1 for _, _, c in cells):
            cells = cells_of(text, start, end, UNIT_TABLE_CELLS)
        return [part for cell in cells for part in unglued_years(cell)]

    @staticmethod
    def glued_header(line: str) -> bool:
        """A line with no cell separator that is a header whose label and years ran together (项目2020年2021年2022年,
        指标2021年2022年 增速(%), 指标 单位2011年2012年2013年)."""
        return any(GLUED_YEARS.fullmatch(word) for word in line.split())

    def unit_row_under(self, cells, header: YearHeader) -> YearHeader | None:
        """The header with the unit of the row right under it, when that row names one unit over each year column
        and nothing else (二零一八年 二零一七年 / 人民币千元 人民币千元), or lines up with the header and names one
        unit over its year columns, whatever it names over the others (二零一六年 二零一五年 变动 / 人民币千元
        人民币千元 %: the change column is in percent)."""
        if header.unit:
            return None
        if len(cells) == len(header.years):
            units = {c for _, _, c in cells}
        elif len(cells) == header.width:
            units = {cells[i][2] for i in header.years}
        else:
            return None
        if len(units) != 1:
            return None
        m = self.unit_cell.fullmatch(units.pop())
        return replace(header, unit=m["unit"], currency=m["currency"] or "") if m else None

    def value_column(self, cells: list[tuple[int, int, str]], titles: list[str]) -> dict[int, int | None]:
        """A statistics table's one column of values (指标名称|单位|绝对数|比上年增长%, 指标名称|单位|一季度|同比增长(%)),
        as a year column of the one year its title names (表1 2016年…主要经济指标), or of no year when its title names none and the column is one
        of values of no period (a feasibility study's 附:主要技术经济指标表 over 序号|指标名称|单位|数值); {} when there
        is none, or its title names several years, or a year's column (绝对数) has no year."""
        # a bulletin's column of part of its year (一季度, 1-3月, 上半年) is of the title's year as 本年 is
        value = next((i for i, (_, _, c) in enumerate(cells)
                      if c in self.value_headers or i and MONTH_SPAN.fullmatch(c)), None)
        years = {int(m.group(1)) for line in titles for m in TABLE_TITLE_YEAR.finditer(with_digit_years(line))}
        if value is None or len(years) > 1 or not years and cells[value][2] not in self.undated_value_headers:
            return {}
        return {value: years.pop() if years else None}

    def header(self, cells: list[tuple[int, int, str]], above: list[str], stub_missing: bool = False,
               start: int = -1, titles: list[str] = (), dates: DocumentDates | None = None) -> YearHeader | None:
        """The header of a table of year columns, or None when the row names no year column. `above`: the lines
        right above it, nearest first, which may title the table and give its unit (表4-1 …营业收入构成 / 单位:万元).
        `stub_missing`: the line opens with blanks, over the rows' labels. Years may be written in Chinese numerals
        (二零一八年, as Hong Kong reports do), or by the ROC calendar in a text dated so (108年实绩 | 109年目标 in a
        Taiwan park's annual report). `titles`: the lines above a blank line right above it, where a
        statistics table's title stands (表1 2016年…主要经济指标 / blank / 指标名称 单位 绝对数 …)."""
        if cells and TABLE_NAME.match(cells[0][2]):
            return None  # 表0-1  108年重要指标及109年目标: a table's title set apart from its name, not its header
        cells = [(a, b, with_digit_years(c)) for a, b, c in cells]
        if dates is not None:
            cells = [(a, b, self.gregorian(c, dates)) for a, b, c in cells]
        years = {i: int(m.group(1) or m.group(2)) for i, (_, _, c) in enumerate(cells)
                 if (m := YEAR_HEADER.match(c)) and not measure_of_year(c)}
        unit_column = next((i for i, (_, _, c) in enumerate(cells) if c in self.unit_headers), None)
        if not years and unit_column is not None:
            years = self.value_column(cells, above or titles)
        if not years:
            years = self.goal_and_result_columns(cells, above or titles, dates)
        if not years or 0 in years and not stub_missing:
            return None
        worded = {i for i in years if self.goal_headers.search(cells[i][2])} | self.after_base(cells, years)
        # a table's name set apart by a blank line (下表载列本集团按产业园区划分之收入: / blank / 二零一六年 …) titles it,
        # and gives its unit when it does (表1 2020年主要财政收支指标安排表(单位:亿元) / blank / 项目 2019年执行数 …)
        named_apart = titles[:1] if not above and titles and TABLE_NAME.search(titles[0]) else []
        unit_line = next((m for m in map(TABLE_UNIT_LINE.search, above or named_apart) if m), None)
        title = next((line for line in above if not TABLE_UNIT_LINE.match(line)), "")
        if named_apart:
            title = named_apart[0]
        measures = frozenset(i for i, (_, _, c) in enumerate(cells)
                             if i not in years and i != unit_column and self.measure_columns.search(c))
        # a column of classes may stand before the indicators' (类别|指标|单位|2024年现状|2030年目标): the header names it
        name_column = next((i for i, (_, _, c) in enumerate(cells) if c in self.name_headers), None)
        return YearHeader(len(cells), years, unit_column, worded, unit_line["unit"] if unit_line else "", title,
                          stub_missing=stub_missing, start=start, measures=measures, name_column=name_column)

    def goal_and_result_columns(self, cells: list[tuple[int, int, str]], titles: list[str],
                                dates: DocumentDates | None) -> dict[int, int]:
        """The columns of a year's goal and of what was done of it (指标 全年目标 1-8月完成 完成率(%) under
        2019年金山区招商引资目标分解表), both of the year the title names: {column: year}. Only when the header has
        both, and the title a year; else {}."""
        title = next((line for line in titles if not TABLE_UNIT_LINE.match(line)), "")
        m = TABLE_TITLE_YEAR.search(self.gregorian(with_digit_years(title), dates) if dates else title)
        if m is None:
            return {}
        goals = {i for i, (_, _, c) in enumerate(cells) if i and YEAR_GOAL_COLUMN.fullmatch(c)}
        done = {i for i, (_, _, c) in enumerate(cells) if i and self.completion_column.fullmatch(c)}
        return dict.fromkeys(sorted(goals | done), int(m.group(1))) if goals and done else {}

    def after_base(self, cells: list[tuple[int, int, str]], years: dict[int, int]) -> set[int]:
        """The year columns after a base year's (2020年(基期)|2021年|2023年|2025年: indicator_base_headers), later
        than it and naming no result: the plan's goals, whatever the report's date."""
        base = next((i for i in sorted(years) if self.base_headers and self.base_headers.search(cells[i][2])), None)
        if base is None:
            return set()
        return {i for i in years if i > base and years[i] > years[base] and not self.result_headers.search(cells[i][2])}

    def row(self, cells, header: YearHeader, dates: DocumentDates) -> list[IndicatorCell]:
        if header.stub_missing and len(cells) == header.width + 1:
            # the row's label stands under the header's blank: the header's columns are one to the right
            header = replace(header, width=header.width + 1, years={i + 1: y for i, y in header.years.items()},
                             worded={i + 1 for i in header.worded},
                             unit_column=None if header.unit_column is None else header.unit_column + 1,
                             measures=frozenset(i + 1 for i in header.measures),
                             name_column=None if header.name_column is None else header.name_column + 1)
        years, unit_column = header.years, header.unit_column
        if len(cells) == header.width - 1 and unit_column == 1:
            cells = label_and_unit(cells)
        if len(cells) != header.width:
            return []  # a row that does not line up with its header cannot be read by column
        label = next((c for i, (_, _, c) in enumerate(cells)
                      if i not in years and i != unit_column and HAN_CHARACTER.search(c)), None)
        if header.name_column is not None and HAN_CHARACTER.search(cells[header.name_column][2]):
            label = cells[header.name_column][2]
        if label is None:
            return []
        # the row's unit, for cells that are bare numbers; else each cell writes its own (312亿元, 8个以上)
        unit, cell_pattern, currency = "", OWN_UNIT_FIGURE, header.currency
        if unit_column is not None:
            unit, cell_pattern = cells[unit_column][2], self.bounded_number
            currency, unit = self.currency_first(unit)
        elif LABEL_UNIT.match(label):
            m = LABEL_UNIT.match(label)
            label, unit, cell_pattern = m["label"], m["unit"], self.bounded_number
        elif header.unit and not RATIO_LABEL.search(label):
            unit, cell_pattern = header.unit, self.bounded_number
        if INDICATOR_NUMBER.search(unit):
            return []
        reference = dates.report or dates.title
        marked = any(c in self.goal_marks for _, _, c in cells)
        last = max(years)
        out = []
        for i, year in years.items():
            start, end, cell = cells[i]
            if not cell_pattern.fullmatch(cell):
                continue
            goal = (i in header.worded or (reference is not None and year is not None and year > reference)
                    or (year is None and self.projects(label))
                    or (reference is None and marked and i == last))
            out.append(IndicatorCell(start, end, label, unit, year, goal, header.title,
                                     currency if unit == header.unit or unit_column is not None else "",
                                     header.start))
        return out + self.measure_cells(cells, header)

    def projects(self, label: str) -> bool:
        """Whether a row of a value column of no year states what a year of operation is to bring (年均营业收入)."""
        return bool(self.projected_label and self.projected_label.match(label))

    def currency_first(self, unit: str) -> tuple[str, str]:
        """(currency, unit) of a unit cell that writes its currency before its magnitude (新台币亿元, as a Taiwan
        report's table does: the figure reads 新台币7000亿元); ("", unit) for any other."""
        m = self.unit_cell.fullmatch(unit)
        return (m["currency"], m["unit"]) if m and m["currency"] else ("", unit)

    @staticmethod
    def measure_cells(cells, header: YearHeader) -> list[IndicatorCell]:
        """The figures of a row under its header's measure columns (年均增长 13.5%, derived from the year columns
        beside it), marked as measures: the year columns' reading stands for them, no sentence reads them again."""
        return [IndicatorCell(start, end, "", "", None, False, measure=True)
                for i, (start, end, cell) in enumerate(cells) if i in header.measures and MEASURE_FIGURE.fullmatch(cell)]


# A numbered note, as a bulletin lists them under its text (注释: / [1]本公报中数据均为初步统计数…).
FOOTNOTE = patterns.compile(r"\s*\[\d{1,2}\]\p{Han}")
# A figure's context is read in at most this many characters before it (a longer sentence is a run-on line,
# and reading all of it for every figure would take time quadratic in its length).
MAX_CONTEXT = 1000
# A year carries from a goal sentence into at most this many sentences after it.
MAX_CARRY = 3
# After a project attribute word (总投资, 年产), a figure and 的 in the same clause: the attribute of a noun
# (总投资45亿元的新能源整车项目, 年产整车30万辆的生产能力), not a clause describing the project.
ATTRIBUTIVE = patterns.compile(rf"[^{CLAUSE_DELIMITERS}]{{0,15}}?[\d一二两三四五六七八九十百千万亿][^{CLAUSE_DELIMITERS}]{{0,8}}?的")
# A figure with its unit and bound at the end of a clause (150亿元以上, 三百八十亿元): a clause stating an amount.
FIGURE_END = patterns.compile(r"[\d一二两三四五六七八九十百千万亿][^\d,;。]{0,4}$")
PARTS_LISTED = 3  # how many parts a 其中 may list after it, a figure each (其中A45亿元,B315亿元)


def parts_start(before: str, clause: int) -> int | None:
    """Where the 其中 clause starts whose list of parts the clause at `clause` is in: that clause itself
    (其中基础设施项目总投资45亿元), or one before it, each clause between ending with its figure
    (…,其中基础设施项目总投资45亿元,产业项目总投资315亿元 or 其中道路及管网工程18.5亿元、标准厂房建设12亿元: the
    second part too)."""
    for _ in range(PARTS_LISTED):
        if before.startswith("其中", clause):
            return clause
        if clause == 0 or before[clause - 1] not in ",、" or not FIGURE_END.search(before, 0, clause - 1):
            return None
        clause = clause_start(before, clause - 1)
    return None


# A paragraph opening with its year alone (【经济指标】　2010年,示范区实现生产总值…; a label in brackets may come
# first), as yearbooks and bulletins write them: the year of every result in the paragraph that states no year of
# its own (完成全社会固定资产投资92.6亿元,增长38.4%。).
OPENING_YEAR = patterns.compile(rf"\s*(?:【[^】\n]{{1,12}}】)?\s*{YEAR}\s*年[,:]")
# A figure sized before 的 and a project after it in its clause (投资45亿元的中化弘润石化二期项目).
PROJECT_SIZED = patterns.compile(r"[^的,;。]{0,10}的[^,;。]{0,20}?项目")
BAR_BEFORE_DE = patterns.compile(r"(?:以上|以下)的")  # 三十亿元以上的项目: a bar sorting projects, not one's size
# So does a paragraph opening with a part of the year alone (1—8月,全市47个园区经济运行总体平稳。园区共实现工业总产值…;
# 上半年,…): the year its context reads for it, the report's.
OPENING_PART_OF_YEAR = patterns.compile(rf"\s*(?:【[^】\n]{{1,12}}】)?\s*(?:{PART_OF_YEAR})(?:份)?(?:以来)?[,:]")


def opens_paragraph(text: str, start: int) -> bool:
    """Whether the sentence at `start` opens its line (a paragraph), not a sentence or clause inside one."""
    before = text[:start].rstrip(" \t\u3000")
    return not before or before[-1] == "\n"


def opening_deadline(sentence: str) -> int | None:
    """The year of a deadline the sentence opens with (到2020年,…), if any."""
    m = DEADLINE.match(with_digit_years(sentence).lstrip())
    return int(m.group(1) or m.group(2)) if m else None


@dataclass
class FigureContext:
    goal: bool  # the figure is a goal or plan, not a result
    year: int | None  # the deadline of a goal, else the year the figure belongs to
    carried: int = 0  # how many sentences back the year was stated (0: in this sentence)
    clause: bool = False  # the sentence it comes from ended with ';': its stated year still holds after it
    opened: bool = False  # a result of the year that opens its paragraph (2010年,…): the year holds to the end of it
    opened_by_part: bool = False  # the paragraph opens with a part of the year (上半年,…) rather than a year
    projected: bool = False  # its sentence's only goal words are events a projection counts from (建成后可实现…)
    dated_to: bool = False  # the sentence it comes from ended with ';' after a date things are counted at (至2005年底,…;)
    joined: bool = False  # the year is that of such a date in the clause before (至2005年底,…;建成区面积…)
    due_end: bool = False  # its sentence ends with when one thing is to be done (预计于2021年建成。): a goal's due date
    # its year is a deadline that opened the paragraph stating it (到2020年,…。), carried since: a span after it in
    # its paragraph (…。三年内盘活…) may end there (ContextReader.span_ends); one opening a sentence inside the
    # paragraph (张建华:今年,…。到2025年,…。三年内…) is another horizon (GUIDE)
    opened_by_deadline: bool = False


class ContextReader:
    def __init__(self, lex: Lexicons):
        self.goal_words = patterns.compile(alternation(lex.goal_words))
        future = alternation(lex.future_words)
        verbs = alternation(set(lex.metric_verbs) - set(lex.not_future_verbs))
        if lex.future_task_verbs:  # 将新建标准厂房8万平方米; not the thing built (将新建的厂房…全部出租: 将 a preposition)
            verbs = rf"{verbs}|(?:{alternation(lex.future_task_verbs)})(?!的)"
        # 将 … 达到: a future marker with a verb after it in the same clause; or right before the figure, whose
        # own modifier is the verb (比重将突破50%).
        self.future = patterns.compile(rf"(?:{future})(?:[^{CLAUSE_DELIMITERS}]{{0,20}}?(?:{verbs})|$)")
        # 现有 (stock_words) states what there is now (经开区现有规模以上工业企业八十六户), but not where a change starts
        # (由现有的62平方公里拓展到…, 将现有近200个镇级园区整合为30个左右, 在现有800家的基础上翻一番)
        stock = rf"|(?<![由从将在])(?:{alternation(lex.stock_words)})(?!的)" if lex.stock_words else ""
        self.past = patterns.compile(alternation(lex.past_words) + stock)
        self.past_before_future = patterns.compile(
            alternation(set(lex.past_words) - set(lex.cumulative_words)) + stock)
        self.goal_headings = patterns.compile(alternation(lex.goal_headings))
        self.year_plan = patterns.compile(alternation(lex.year_plan_words))
        self.review_headings = patterns.compile(alternation(lex.review_headings))
        self.chronicle_headings = (patterns.compile(alternation(lex.chronicle_headings))
                                   if lex.chronicle_headings else None)
        self.not_goal = patterns.compile(alternation(lex.goal_word_exceptions))
        self.plan_statement = (patterns.compile(alternation(lex.plan_statement_words))
                               if lex.plan_statement_words else patterns.compile(r"(?!)"))
        self.clause_goal_words = set(lex.clause_goal_words)
        self.grant_words = patterns.compile(alternation(lex.grant_words))
        self.budget_headings = (patterns.compile(alternation(lex.budget_headings)) if lex.budget_headings
                                else None)
        self.commitment_headings = (patterns.compile(alternation(lex.commitment_headings))
                                    if lex.commitment_headings else None)
        self.problem_headings = (patterns.compile(alternation(lex.problem_headings)) if lex.problem_headings
                                 else None)
        self.hearsay = patterns.compile(alternation(lex.hearsay_openers)) if lex.hearsay_openers else None
        self.problem_lead = (patterns.compile(
            r"[^。;；:：]{0,40}?(?:" + alternation(lex.problem_headings) + r")[:：]") if lex.problem_headings
            else None)
        # under a budget heading, the grant words that are no allotment word still mark grants (给予, 补贴), but
        # not as the name of a budget line (上级补助收入, 奖励资金)
        line_nouns = alternation(lex.budget_line_nouns) if lex.budget_line_nouns else "(?!)"
        self.budget_grant_words = patterns.compile(
            rf"(?:{alternation(set(lex.grant_words) - set(lex.allotment_words))})(?!{line_nouns})")
        # 安排 before a figure in its clause: an allocation (allocation_to_come)
        self.allotment = patterns.compile(alternation(lex.allotment_words))
        # 将安排 / 将每年安排 / 计划再安排: an intent word a few words before the allotment word (allotment_intent_words)
        self.intended_allotment = patterns.compile(
            rf"(?:{alternation(lex.allotment_intent_words)})[^{CLAUSE_DELIMITERS}\d]{{0,4}}?"
            rf"(?:{alternation(lex.allotment_words)})") if lex.allotment_intent_words else patterns.compile(r"(?!)")
        self.plan_period = (patterns.compile(alternation(lex.plan_period_words)) if lex.plan_period_words
                            else patterns.compile(r"(?!)"))
        self.per_year = patterns.compile(alternation(lex.per_year_words))
        self.present = patterns.compile(alternation(lex.present_words)) if lex.present_words else None
        self.entry = patterns.compile(alternation(lex.entry_words)) if lex.entry_words else None
        self.land_rate = patterns.compile(alternation(lex.land_rate_markers))
        self.period_undated = (patterns.compile(alternation(lex.period_undated_measures))
                               if lex.period_undated_measures else None)
        self.span_condition = (patterns.compile(alternation(lex.span_conditions)) if lex.span_conditions
                               else None)
        self.arrangement_reference = (patterns.compile(alternation(lex.arrangement_references))
                                      if lex.arrangement_references else None)
        self.goals_above = (patterns.compile(rf"\p{{Han}}{{0,4}}?(?:{alternation(lex.goals_above_words)})")
                            if lex.goals_above_words else None)
        self.project_attributes = patterns.compile(
            alternation(list(lex.project_attribute_words) + list(lex.project_attribute_exceptions)))
        self.project_attribute_exceptions = set(lex.project_attribute_exceptions)
        self.settled = patterns.compile(alternation(lex.settled_words))
        self.rule_words = patterns.compile(alternation(lex.rule_words))
        # the exception may end a noun phrase the price word opens (年租金及物业服务收入1.15亿元: revenue)
        self.bidder_words = (patterns.compile(alternation(lex.bidder_words)) if lex.bidder_words
                             else patterns.compile(r"(?!)"))
        self.price_words = patterns.compile(
            rf"(?:{alternation(lex.price_words)})(?!\p{{Han}}{{0,8}}?(?:{alternation(lex.price_word_exceptions)}))")
        self.fee_rate = (patterns.compile(rf"(?:{alternation(lex.fee_words)})[按为是:]?每(?!{alternation(lex.fee_periods)})")
                         if lex.fee_words and lex.fee_periods else None)
        not_scenario = (rf"(?!{alternation(lex.scenario_word_exceptions)})" if lex.scenario_word_exceptions else "")
        self.scenario = (patterns.compile(rf"{not_scenario}(?:{alternation(lex.scenario_words)})")
                         if lex.scenario_words else None)
        self.scenario_change = (patterns.compile(rf"(?:{alternation(lex.scenario_changes)})[约了]?$")
                                if lex.scenario_changes else None)
        self.goal_statements = patterns.compile(alternation(lex.goal_statements))
        # a label opening the sentence (no figure, clause break, past word or 完成 before the word and its colon), or
        # the word stating what the tasks are (今年招商任务为引进亿元以上项目30个), with no past word or 完成 before it in
        # its clause (完成任务为…)
        not_done = rf"(?!{alternation(lex.past_words)}|完成)"
        self.task_list_label = (patterns.compile(
            rf"^\s*(?:{not_done}[^\d{PUNCTUATED_CLAUSE_DELIMITERS}：]){{0,12}}?"
            rf"(?:{alternation(lex.task_list_labels)})[:：]"
            rf"|(?:^|(?<=[{PUNCTUATED_CLAUSE_DELIMITERS}]))(?:{not_done}[^{PUNCTUATED_CLAUSE_DELIMITERS}]){{0,40}}?"
            rf"(?:{alternation(lex.task_list_labels)})[为是]") if lex.task_list_labels else None)
        # what every match of task_list_label ends with: a scan for it first spares the label pattern's slow
        # clause-by-clause scan of the many sentences with no such label (it took 40% of goal_start's time)
        self.task_list_label_end = (patterns.compile(rf"(?:{alternation(lex.task_list_labels)})[:：为是]")
                                    if lex.task_list_labels else None)
        self.shortfall = patterns.compile(alternation(lex.shortfall_words)) if lex.shortfall_words else None
        # an exact or approximate total only: a floor (总投资超过800亿元, 总投资800亿元以上) is a bar the programme is to reach
        self.duty = patterns.compile(alternation(lex.duty_words)) if lex.duty_words else None
        self.present_opening = (patterns.compile(rf"\s*(?:{alternation(lex.present_openers)})"
                                                 rf"(?:大概|大约|约|有|还有)?$") if lex.present_openers else None)
        self.programme_projects = (patterns.compile(alternation(lex.programme_project_words))
                                   if lex.programme_project_words else None)
        self.programme_total_clause = (patterns.compile(rf"^(?:{alternation(lex.programme_total_words)})约?$")
                                       if lex.programme_total_words else None)
        # 此次集中签约项目37个, 活动现场共集中签约项目24个, 此次集中签约的46个项目: an event's count of its projects
        self.this_event_act = (patterns.compile(
            rf"(?:{alternation(lex.this_event_words)})[^{CLAUSE_DELIMITERS}]{{0,12}}?(?:{alternation(lex.event_acts)})")
            if lex.this_event_words and lex.event_acts else None)
        # 今天开工的项目, 今天上午,又有18个项目现场签约: an event of the report's own day
        self.today_act = (patterns.compile(
            rf"(?:{alternation(lex.today_words)})[^。;!?\n]{{0,16}}?(?:{alternation(lex.event_acts)})")
            if lex.today_words and lex.event_acts else None)
        self.projects_counted = patterns.compile(
            rf"(?:{alternation(lex.project_nouns)})共?(?:\d+|[一二两三四五六七八九十百]+)个"
            rf"|(?:\d+|[一二两三四五六七八九十百]+)个(?:{alternation(lex.project_nouns)})")
        self.projects_counted_end = patterns.compile(
            rf"(?:{alternation(lex.project_nouns)})(?:\d+|[零一二两三四五六七八九十百千]+)[个项](?:以上|左右)?$")
        # 可能存在约15亿元的资金缺口: the figure before 的 and the shortfall word that ends its noun phrase
        self.shortfall_after = (patterns.compile(rf"[^{CLAUSE_DELIMITERS}的]{{1,12}}的\p{{Han}}{{0,4}}?"
                                                 rf"(?:{alternation(lex.shortfall_words)})")
                                if lex.shortfall_words else None)
        self.premise_opener = (patterns.compile(rf"(?:{alternation(lex.premise_openers)})[^{CLAUSE_DELIMITERS}]*$")
                               if lex.premise_openers else None)
        self.premise_closer = (patterns.compile(rf"[^{CLAUSE_DELIMITERS}]{{0,12}}?(?:{alternation(lex.premise_closers)})")
                               if lex.premise_closers else None)
        # 实现上述目标需要年均增长26%以上: what reaching a goal takes, up to the figure in its clause
        self.goal_requirement = (
            patterns.compile(rf"目标(?:{alternation(lex.goal_requirement_words)})[^{CLAUSE_DELIMITERS}]*$")
            if lex.goal_requirement_words else None)
        # 高新技术企业仅有53家: a figure weighed as falling short (not 不仅, not only)
        self.shortfall_adverb = (patterns.compile(rf"(?<!不)(?:{alternation(lex.shortfall_adverbs)})")
                                 if lex.shortfall_adverbs else None)
        # 了 is the particle of a done action (投资约1500万欧元建设了物流中心), not the 了 of 为了, 除了 or 了解
        self.done_after = (patterns.compile(rf"(?:{alternation(lex.done_after_words)})(?<!为了|除了)(?!(?<=了)解)")
                           if lex.done_after_words else None)
        self.demand = patterns.compile(alternation(lex.demand_words)) if lex.demand_words else None
        self.offering = patterns.compile(alternation(lex.offering_words)) if lex.offering_words else None
        self.definition = patterns.compile(
            rf"^\s*(?:\d{{1,2}}[.、]\s*)?[“\"「][^”\"」\n]{{1,20}}[”\"」](?:{alternation(lex.definition_words)})"
        ) if lex.definition_words else None
        self.maturing_debt = (patterns.compile(rf"(?:{alternation(lex.due_words)})\p{{Han}}{{0,4}}?"
                                               rf"(?:{alternation(lex.maturing_debt_nouns)})")
                              if lex.maturing_debt_nouns else None)
        # 给予最高人民币300万元, 上限仍为5000万美元: the cap of a grant or a rule (cap_words)
        self.cap_before = patterns.compile(rf"(?:{alternation(lex.cap_words)})[^{CLAUSE_DELIMITERS}\d]{{0,4}}$")
        # 建筑系数不低于40%: a land-use standard (land_standard_metrics, standard_bounds)
        self.land_standard_before = patterns.compile(
            rf"(?:{alternation(lex.land_standard_metrics)})(?P<bound>{alternation(lex.standard_bounds)})?$")
        self.standard_bound = patterns.compile(alternation(lex.standard_bounds))
        self.plan_stops = patterns.compile(alternation(lex.plan_stops))
        self.due = patterns.compile(alternation(lex.due_words))
        self.counted_at = (patterns.compile(rf"(?:{DEADLINE_MONTH})?(?:{alternation(lex.counted_at_words)})")
                           if lex.counted_at_words else None)
        self.standard_words = patterns.compile(alternation(lex.standard_words))
        # 建议 as a verb: not a noun after 的 (根据专家的建议), nor inside a title (《…规划的建议》)
        self.proposal = patterns.compile(rf"(?<!的)(?:{alternation(lex.proposal_words)})(?![^《》]*》)")
        self.proposal_lead = patterns.compile(rf"[^{CLAUSE_DELIMITERS}]{{0,12}}?(?:{alternation(lex.proposal_words)})[,:]?")
        self.change_origin = patterns.compile(alternation(lex.change_origin_words))
        self.baseline_before = patterns.compile(rf"(?:{alternation(lex.baseline_words)})(?:(?:19|20)\d{{2}}年|[^\d{CLAUSE_DELIMITERS}]){{0,10}}$")
        # a unit in brackets may stand between (由目前的1.2万台(套)提升至…), or the time of a rate (产能将由1.2万吨/年
        # 增至4.2万吨/年)
        self.baseline_after = patterns.compile(
            rf"(?:\([^()]{{1,3}}\)|/\p{{Han}})?\p{{Han}}{{0,3}}?(?:{alternation(lex.change_ends)})")
        self.baseline_followers = patterns.compile(alternation(lex.baseline_followers))
        # 目标由2000亿元调增至…: the goal as it was set (former_goal_words right before 由)
        self.former_goal = (patterns.compile(rf"(?:{alternation(lex.former_goal_words)})(?:{alternation(lex.baseline_words)})")
                            if lex.former_goal_words else None)
        # 较2020年的260亿元, 比去年实际完成的65亿元: the figure of a past or present time compared with
        self.roc_programme_plan = (patterns.compile(
            rf"(?:{alternation(lex.roc_programme_verbs)})(?:[一二三四五六七八九]期)?计划")
            if lex.roc_programme_verbs else None)
        self.comparison_base = (patterns.compile(
            rf"(?:{alternation(lex.comparison_base_words)})[^{CLAUSE_DELIMITERS}]{{0,8}}?"
            rf"(?:(?:19|20)\d{{2}}年|{alternation(lex.comparison_base_times)})[^{CLAUSE_DELIMITERS}\d]{{0,8}}?的$")
            if lex.comparison_base_words and lex.comparison_base_times else None)
        self.stock_before = patterns.compile(
            rf"(?:{alternation(lex.stock_words)})(?:{alternation(lex.approx_before)})?$")
        self.plan_year_times = (patterns.compile(alternation(lex.plan_year_times)) if lex.plan_year_times
                                else None)
        # 今年…要 / 年内将: what the current or next year is to bring (intent_times, intent_words); the time may name
        # the year's end as its own clause (今年底以前,我们要把…再新建二十万平方米)
        self.intent = patterns.compile(
            rf"(?:{alternation(lex.intent_times)})(?!{alternation(lex.intent_time_exceptions)}){YEAR_END_BY},?"
            rf"[^{CLAUSE_DELIMITERS}]{{0,15}}?(?P<intent>{alternation(lex.intent_words)})"
            rf"|(?P<ahead>{alternation(lex.future_times)})(?!{alternation(lex.intent_time_exceptions)})"
            rf"|{NOT_A_SPAN}(?P<running>{alternation(lex.running_year_times)})")
        # 要…,今年…: an instruction before a clause stating the year it is for (instructed_times)
        self.instruction = (patterns.compile(alternation(lex.instruction_words)) if lex.instruction_words else None)
        self.instruction_exceptions = lex.instruction_word_exceptions
        self.commitment = commitment_pattern(lex)
        self.commitment_term = (patterns.compile(alternation(lex.commitment_term_words))
                                if lex.commitment_term_words else None)
        self.commitment_checked = (patterns.compile(alternation(lex.commitment_checked_words))
                                   if lex.commitment_checked_words else None)
        self.instructed_time = patterns.compile(
            rf"(?:{alternation(lex.intent_times)})(?!{alternation(lex.intent_time_exceptions)})")
        # an area right after a figure's start: land (每年安排…不少于3000亩)
        self.land_ahead = patterns.compile(rf"[^,;。!?:\n]{{0,12}}?(?:{alternation(lex.area_units)})")
        self.projection_events = patterns.compile(alternation(lex.projection_events))
        # 三年行动完成后, 规划实施后, 方案全面实施后: the plan's own completion opening its clause
        self.plan_completion = (patterns.compile(
            rf"[^{CLAUSE_DELIMITERS}]{{0,8}}?(?:{alternation(lex.plan_event_subjects)})(?:全面|全部)?"
            rf"(?:{alternation(lex.projection_events)})") if lex.plan_event_subjects else None)
        self.completion_word = patterns.compile(alternation(lex.completion_words))
        self.start_word = patterns.compile(alternation(lex.start_words))
        self.full_production = (patterns.compile(alternation(lex.full_production_words))
                                if lex.full_production_words else None)
        self.planned_word = patterns.compile(alternation(lex.planned_quantity_words))
        self.reach_verbs = patterns.compile(rf"(?:{alternation(lex.reach_verbs)})$")
        self.task_verb_before = patterns.compile(rf"(?:{alternation(lex.task_verbs)})$")
        self.project_totals = patterns.compile(alternation(lex.project_total_words))
        self.task_verb = patterns.compile(alternation(lex.task_verbs))
        self.park_area = (patterns.compile(
            rf"^\s*(?P<lead>\p{{Han}}{{0,12}}?)(?:{alternation(lex.park_area_words)})(?:约|大约|为)?\s*$")
            if lex.park_area_words else None)
        self.park_area_change = (patterns.compile(alternation(lex.park_area_change_words))
                                 if lex.park_area_change_words else None)
        self.phase_area = (patterns.compile(
            rf"^\s*(?P<lead>\p{{Han}}{{0,12}}?)(?:{alternation(lex.phase_area_words)})(?:约|大约|为)?\s*$")
            if lex.phase_area_words else None)
        self.planned_total_prefix = (patterns.compile(rf"(?:{alternation(lex.planned_total_prefixes)})$")
                                     if lex.planned_total_prefixes else None)
        self.capacity_before = patterns.compile(rf"(?:{alternation(lex.output_capacity_words)})$")
        self.gone_year = (patterns.compile(rf"(?<![比较同])(?:{alternation(lex.gone_year_words)})")
                          if lex.gone_year_words else None)
        # the months of the year so far (1-9月, 1—6月份) or a span named by word (前三季度)
        self.to_date_span = patterns.compile(
            r"(?<![\d年])1\s*[-—–~至到]\s*(?:[2-9]|1[0-2])\s*月"
            + (rf"|{alternation(lex.to_date_spans)}" if lex.to_date_spans else ""))
        # 2013年建成投产, 2024年12月底前竣工投产, 2025年底前全部建成达产
        self.completion = patterns.compile(
            rf"{YEAR}\s*年(?:{DEADLINE_MONTH})?(?:底|末|年底|年末)?(?:前|以前|之前)?\s*(?:全部|基本)?"
            rf"(?:{alternation(lex.completion_words)})")
        # 明年十月建成试车, 今年6月底前竣工: when one thing is done, by a month of the year spoken of
        self.month_completion = patterns.compile(
            rf"(?:今年|明年)\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月(?:底|末)?(?:前|以前|之前)?\s*(?:全部|基本)?"
            rf"(?:{alternation(lex.completion_words)})")
        # 2017年底前建成, 2021年底前交付使用, 2017年6月底前完成: a due date (前) and what is then to be done, opening a
        # clause after a task's figure (task_due_later)
        self.due_task = patterns.compile(
            rf"(?:于|在)?\s*{YEAR}\s*年(?:{DEADLINE_MONTH})?(?:底|末)?(?:前|以前|之前)\s*(?:全部|基本)?"
            rf"(?:{alternation(list(lex.completion_words) + list(lex.due_task_verbs))})")
        self.due_spending = (patterns.compile(rf"(?<!总)(?:{alternation(lex.due_spending_verbs)})(?:约|为)?$")
                             if lex.due_spending_verbs else None)
        self.built_size = (patterns.compile(rf"^\s*(?:{alternation(lex.built_size_words)})(?:约|为)?\s*$")
                           if lex.built_size_words else None)
        # a sentence ending with when a thing is done (预计2020年量产;, 争取明年投用。, 计划今年9月投用。): the date of
        # one task, as a due date is
        self.completion_ends = patterns.compile(
            rf"(?:{self.completion.pattern}|(?:今年|明年)\s*(?:(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月)?"
            rf"(?:底|末)?(?:前|以前|之前)?\s*(?:全部|基本)?(?:{alternation(lex.completion_words)}))[;。]?$")
        # 预计于 / 将于 / 计划于 before a year: an event still to come, even when the report has no date of its own
        self.planned_event = patterns.compile(
            rf"(?:{alternation(list(lex.goal_words) + list(lex.future_words))})(?:{'|'.join(EVENT_YEAR_MARKS)})$")
        self.goal_rate = patterns.compile(
            rf"(?:{alternation(lex.comparison_words)})(?:{alternation(lex.growth_verbs)})")
        # 2010年经国务院批准升级…, 1992年设立: right after a year, the event of a zone's founding (founding_events)
        self.founding = patterns.compile(
            rf"\s*(?:[^{CLAUSE_DELIMITERS}\d]{{0,12}}?(?:{alternation(lex.founding_approval)})"
            rf"|(?:{alternation(lex.founding_events)}))")
        # 自2013年启动以来, 去年以来: a year opening a span up to now (span_to_now_words)
        self.span_to_now = patterns.compile(rf"[^{CLAUSE_DELIMITERS}]{{0,10}}?(?:{alternation(lex.span_to_now_words)})")
        # 从2010年起: a year starting a span with no end (open_span_starts, open_span_ends)
        self.open_span_start = patterns.compile(rf"(?:{alternation(lex.open_span_starts)})\s*$")
        self.open_span_end = patterns.compile(rf"\s*(?:{alternation(lex.open_span_ends)})")
        # a fund to be set up (fund_intent_words before one of fund_setup_verbs): its size right after a size word
        # (fund_size_words), or before 的 … 基金 (fund_nouns) in its clause
        # 争取 … 资金 right before a figure (funds_sought_verbs, funds_nouns): funds a report says were won; the
        # sources may be listed between (争取国家、省、市各级科技项目资金1.26亿元)
        self.funds_sought = patterns.compile(
            rf"(?:{alternation(lex.funds_sought_verbs)})[^{PUNCTUATED_CLAUSE_DELIMITERS}]{{0,20}}?"
            rf"(?:{alternation(lex.funds_nouns)})"
            rf"[^{CLAUSE_DELIMITERS}\d]{{0,4}}$") if lex.funds_sought_verbs else patterns.compile(r"(?!)")
        self.funds_pending = patterns.compile(rf"(?:{alternation(lex.funds_pending_words)})$") if lex.funds_pending_words \
            else patterns.compile(r"(?!)")
        self.fund_setup = patterns.compile(alternation(lex.fund_setup_verbs))
        self.fund_intent = patterns.compile(alternation(lex.fund_intent_words))
        self.fund_noun = patterns.compile(alternation(lex.fund_nouns))
        self.fund_named = patterns.compile(
            rf"[\d.,]+(?:{alternation(lex.magnitudes)})*(?:{alternation(lex.currencies)})\p{{Han}}{{0,8}}?"
            rf"(?:{alternation(lex.fund_nouns)})")
        self.fund_size_before = patterns.compile(rf"(?:{alternation(lex.fund_size_words)})[为达约]?$")
        self.announced_investment = patterns.compile(
            rf"(?:{alternation(lex.announcement_words)})[,:]?\s*(?:{alternation(lex.announced_intent_words)})"
            rf"[^{CLAUSE_DELIMITERS}]{{0,12}}?(?:{alternation(lex.announced_investment_verbs)})[^{CLAUSE_DELIMITERS}\d]{{0,6}}$"
        ) if lex.announcement_words else patterns.compile(r"(?!)")
        self.intended_investment = patterns.compile(
            rf"(?:{alternation(lex.intended_investment_words)})[^{CLAUSE_DELIMITERS}\d]{{0,6}}$"
        ) if lex.intended_investment_words else patterns.compile(r"(?!)")
        self.fund_size = patterns.compile(rf"(?:{alternation(lex.fund_size_words)})[为达约]?")
        self.fund_leverage = (patterns.compile(alternation(lex.fund_leverage_words)) if lex.fund_leverage_words
                              else patterns.compile(r"(?!)"))
        self.fund_named_after = patterns.compile(
            rf"[^{CLAUSE_DELIMITERS}的]{{0,12}}的[^{CLAUSE_DELIMITERS}]{{0,25}}?(?:{alternation(lex.fund_nouns)})")
        self.fingerprint = lex.fingerprint

    def event_year(self, before: str, m: regex.Match, clause: int) -> bool:
        """Whether the year `m`, in a clause before the figure's (which starts at `clause`), is the year of an
        event rather than of the figures after it: 于1992年经国务院批准设立,规划面积…; 自2003年开发以来,开发总面积…;
        2010年经国务院批准升级为国家级经济技术开发区,规划面积128平方公里,已建成面积46.8平方公里. Not an event still
        ahead (二期预计于2019年第三季竣工,届时将新增…), which dates what is to follow from it."""
        if m.start() >= clause:
            return False
        if AS_AT_DATE.fullmatch(before, m.start(), clause_end(before, m.end())):
            return False  # 于二零一八年十二月三十一日,本集团之银行借款合共…: a date alone, the time the sentence is of
        marked = (before[max(0, m.start() - 1):m.start()] in EVENT_YEAR_MARKS
                  or self.founding.match(before, m.end(), clause_end(before, m.end())))
        return bool(marked and not self.planned_event.search(before, clause_start(before, m.start()), m.start()))

    def spans_to_now(self, before: str, m: regex.Match, year: int, report_year: int | None) -> bool:
        """Whether the year `m` (`year`; a relative one as its offset from the report's, with `report_year` 0) opens
        a span up to now (自2013年启动以来已吸引投资逾200亿令吉, 去年以来清理闲置低效用地2300亩): the figures after it
        sum years, and belong to none. Not the report's own year (今年以来, 2021年以来 in a 2021 report: so far this
        year)."""
        return bool(self.span_to_now.match(before, m.end(), clause_end(before, m.end()))
                    and (report_year is None or year < report_year))

    def opens_span(self, before: str, m: regex.Match) -> bool:
        """Whether the year `m` starts a span with no end (从2010年起, 自二〇〇八年开始): what follows holds for every
        year from then on, so the year dates none of its figures."""
        return bool(self.open_span_start.search(before, max(0, m.start() - 2), m.start())
                    and self.open_span_end.match(before, m.end()))

    def plan_reaches(self, before: str, cue_start: int, cue_end: int, clause: int,
                     report_year: int | None = None) -> bool:
        """Whether a year's plan (今年…计划) before the figure's clause still governs it: the clauses between are a
        list of the plan's figures (今年横琴计划完成固定资产投资620亿元,地区生产总值增长20%以上,新增注册企业1万家),
        with nothing marking one of them done, current or of its own time (今年计划完成投资24亿元,已建成项目5个,
        在建项目9个; …,1-5月份,已完成…). Not the parts or attributes of a project's plan (计划总投资9.87亿元,其中
        超亿元项目3个; 计划追加投资2.5亿美元,…项目用地23公顷), nor an aside in brackets. The plan's year may be
        written out too, when it is not before the report's (2019年南宁高新区计划完成固定资产投资120亿元,规模以上工业总产值
        增长12%,…; not 2014年计划完成…,实际完成… in a 2015 audit)."""
        own = clause_start(before, cue_start)
        stated = list(STATED_YEAR.finditer(before, own, cue_start))
        years_plan = bool(stated and report_year and int(stated[-1].group(1)) >= report_year)
        if not (RELATIVE_YEAR.search(before, own, cue_start) or TIME_CLAUSE.match(before, 0, cue_start)
                or years_plan):
            return False
        between = before[cue_end:]
        figure_clause = before[clause:]
        return not (self.past.search(between) or self.plan_stops.search(between)
                    or any(m.group() not in SAME_YEAR for m in RELATIVE_YEAR.finditer(between))
                    or STATED_YEAR.search(between)
                    or self.describes_project(before, cue_end, len(before)) or "(" in between
                    or figure_clause.startswith("其中"))

    def rate_of_goal_before(self, before: str) -> int:
        """Where the past words that can unmake a goal end, in `before` (the sentence up to a figure): at its end,
        but at the figure's clause when the clause opens with the year-on-year growth of the figure just before it
        (力争完成固定资产投资150亿元以上,同比增长8%以上: the goal stated as a rate; 同比 and 比上年 compare it with last
        year, and do not make it a result)."""
        clause = clause_start(before, len(before))
        if self.goal_rate.match(before, clause) and clause > 0 and FIGURE_END.search(before, 0, clause - 1):
            return clause
        return len(before)

    def is_baseline(self, sentence: str, start: int, end: int) -> bool:
        """Whether the figure at sentence[start:end] is where a change starts (规划面积由现有的62平方公里拓展到100
        平方公里, 由去年底的7万3,200人增加到…): 由 before it, 到 / 至 / 为 right after it, not a goal as it was set
        (目标由2000亿元调增至2100亿元: former_goal_words before 由); or 的基础上 right after it
        (在现有2.5万家的基础上翻一番); or 现有 / 原有 right before it (将现有近200个镇级园区整合为30个左右); or a
        comparison with a time's figure right before it (较2020年的260亿元)."""
        clause = clause_start(sentence, start)
        since = self.baseline_before.search(sentence, clause, start)
        former_goal = since and self.former_goal and self.former_goal.search(sentence, clause, since.end())
        return bool(since and not former_goal and self.baseline_after.match(sentence, end)
                    or self.baseline_followers.match(sentence, end)
                    or self.stock_before.search(sentence, clause, start)
                    or self.comparison_base and self.comparison_base.search(sentence, clause, start))

    def baseline(self, sentence: str, start: int, ctx: FigureContext) -> FigureContext:
        """A change's starting point is no goal; its year is one stated between 由 (else its clause's start) and it
        (由2015年的…), or in the comparison that names it (较2020年的…), else none."""
        compared = self.comparison_base and self.comparison_base.search(sentence, clause_start(sentence, start), start)
        year = compared and patterns.search(YEAR, compared.group())
        if year:
            return FigureContext(False, int(year.group(1)), ctx.carried)
        since = self.baseline_before.search(sentence, clause_start(sentence, start), start)
        origin = since.start() if since else clause_start(sentence, start)
        stated = list(STATED_YEAR.finditer(sentence, origin, start))
        return FigureContext(False, int(stated[-1].group(1)) if stated else None, ctx.carried)

    def describes_project(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] states what a project is (总投资, 占地 …; not 占地区生产总值)."""
        return any(m.group() not in self.project_attribute_exceptions
                   for m in self.project_attributes.finditer(text, start, end))

    def describes_a_project(self, sentence: str, pos: int) -> bool:
        """Whether the figure at `pos` states what a project is: an attribute of a project before it
        (describes_project_before), or the project it is the size of after it in its clause (投资45亿元的…二期项目)."""
        if self.describes_project_before(sentence, pos):
            return True
        end = clause_end(sentence, pos)
        return bool(PROJECT_SIZED.match(sentence, pos, end))

    def sizes_project_opening(self, sentence: str, pos: int) -> bool:
        """总投资28亿元的日照钢铁精深加工项目开工建设: the figure is the size of the project its clause opens with, a
        project attribute word right before it and the project named after it. Not a bar (总投资三十亿元以上的项目3个):
        that sorts the projects a count counts, a figure of the count's year."""
        clause = clause_start(sentence, pos)
        attribute = self.project_attributes.fullmatch(sentence[clause:pos].strip())
        sized = PROJECT_SIZED.match(sentence, pos, clause_end(sentence, pos))
        return bool(attribute and sized and not BAR_BEFORE_DE.search(sized.group()))

    def describes_project_before(self, sentence: str, pos: int) -> bool:
        """Whether the sentence up to the figure at `pos` states what a project is — in the figure's own clause,
        or as a clause of its own before it (…产业园规划用地3200亩,计划总投资…). Not an attribute before 的 in an
        earlier clause (推进总投资45亿元的新能源整车项目一期竣工投产,全年完成工业总产值1180亿元; 形成年产整车30万辆的
        生产能力,…产值达到1000亿元): that names a project or a capacity inside a task, whose sentence is no description.
        An exception may run past `pos` into the figure (年产值突破300亿元: a goal's metric and verb)."""
        clause = clause_start(sentence, pos)
        return any(m.group() not in self.project_attribute_exceptions
                   and (m.start() >= clause or not ATTRIBUTIVE.match(sentence, m.end()))
                   for m in self.project_attributes.finditer(sentence) if m.start() < pos)

    def deadline(self, before: str, report_year: int | None = None, sums_ahead: bool = False,
                 plan_start: int | None = None, text_ends: frozenset[int] = frozenset()) -> int | None:
        """The last deadline stated in `before` (the sentence up to the figure). 未来三年 and 三年内 count from
        the report's date, when it has one, and end N years after it (三年内 in 2018: 2021), unless the text ends
        the span a year earlier, with the report's year as its first: one of `text_ends`, the years the text
        gives around the figure (a paragraph opened by 到2020年, a plan of 2018—2020). 三年累计 where it
        `sums_ahead` (under goals) sums the plan's years from the report's, its first. In a text whose title
        names a five-year plan (`plan_start`: its first year), 三年累计 / 五年累计 sum the plan's years, in any
        section: a mid-term evaluation's 三年累计完成642亿元 ends in the plan's third year, the plan's 五年累计完成
        工业投资800亿元 in its last; and a span ahead (五年内) counts from the plan's first year when the plan is
        drafted before it starts."""
        year = None
        last = -1
        for m in self.years_ahead(before, sums_ahead or plan_start is not None):
            n = span_length(m)
            summed = bool(YEARS_SUMMED.fullmatch(m.group()))
            if plan_start and (summed or report_year and plan_start > report_year):
                # the plan's own years (a plan drafted the year before its span, 2025 for 2026—2030: 五年内 is its span)
                year, last = plan_start + n - 1, m.start()
            elif report_year and not self.counts_from_event(before, m):
                first_year_counted = summed or report_year + n - 1 in text_ends
                year, last = report_year + n - (1 if first_year_counted else 0), m.start()
        for m in self.deadlines(before):
            if m.start() > last:
                year, last = int(m.group(1) or m.group(2)), m.start()
        for m in PLAN_END.finditer(before):
            if m.start() > last:
                year, last = FIVE_YEAR_PLANS[m.group(1)], m.start()
        return year

    def counts_from_event(self, before: str, m: regex.Match) -> bool:
        """Whether the span `m` counts from an event still to come that its sentence names before it (一旦获批,预计
        三年内…): no year ends it."""
        start = SENTENCE_START.search(before, 0, m.start())
        return bool(self.span_condition and self.span_condition.search(before, start.end() if start else 0, m.start()))

    def deadlines(self, before: str) -> list[regex.Match]:
        """The deadlines stated in `before`, less the times something falls due (2016年到期需偿还的债务) and the
        dates an inspection counted at (至2018年3月审计时)."""
        return [m for m in DEADLINE.finditer(before) if not self.due.match(before, m.end())
                and not (self.counted_at and self.counted_at.match(before, m.end()))]

    def years_ahead(self, before: str, sums_ahead: bool) -> list[regex.Match]:
        """Spans of years from the report's year in `before`, in order: 三年累计 only where it `sums_ahead`, and not
        after a plan's end or a deadline (到“十二五”末,…实际利用外资五年累计突破500亿美元: the plan's five years).
        Not a span in which a debt falls due (一年内到期的非流动负债, a balance sheet's item), as with deadlines."""
        summed = [m for m in YEARS_SUMMED.finditer(before)
                  if not (PLAN_END.search(before, 0, m.start()) or DEADLINE.search(before, 0, m.start()))]
        ahead = [m for m in YEARS_AHEAD.finditer(before) if not self.due.match(before, m.end())]
        spans = ahead + (summed if sums_ahead else [])
        return sorted(spans, key=lambda m: m.start())

    def goal_start(self, before: str, part: bool = False, report_year: int | None = None,
                   sums_ahead: bool = False, review: bool = False, plan: bool = False) -> int | None:
        """Where the last goal cue (goal word, 将 … 达到, or deadline) before the figure starts, if any. A deadline
        before the report's own year (“十三五”时期 in a 2021 report) dates a result: it is no goal cue. A figure
        that is a difference from the plan (FROM_THE_PLAN) has none."""
        if FROM_THE_PLAN.search(before):
            return None
        clause = kinds_list_start(before, clause_start(before, len(before)))
        if part and clause > 0:
            parts = parts_start(before, clause)
            if parts is not None and parts > 0:
                clause = clause_start(before, parts - 1)  # 计划总投资360亿元,其中…45亿元: a part of the planned whole
        starts = [m.start() for m in self.goal_words.finditer(before, overlapped=True)
                  if (self.goal_statements.match(before, m.start())
                      or not self.not_goal.match(before, max(0, m.start() - 1))
                      and not self.not_goal.match(before, m.start()))
                  and (m.group() not in self.clause_goal_words or m.start() >= clause
                       or self.plan_reaches(before, m.start(), m.end(), clause, report_year))
                  and not self.past_event(before, m, report_year)]
        starts += [m.start() for m in self.future.finditer(before)]
        reach = self.reach_verbs.search(before)
        if reach and not self.settled.search(before):
            starts.append(reach.start())  # 年加工番茄能力可达40万吨: what it can reach once built
        # a year's intent reaches the figures its sentence lists, not the sentence after (…今年将新增孵化面积3万
        # 平方米。为吸引港澳青年,开发区…设立面积1万平方米的…工场)
        for m in self.intent.finditer(before):
            if m.group("running") and (not report_year or review):
                continue  # 年内 in a text with no date of its own (a yearbook, an annual report) or in a review: the
                # year it records
            # 明年 and 年内 are a plan with no intent word. The time may stand in a clause of its own before the
            # figure's, the intent word in the figure's (年内,全省开发区要完成固定资产投资八百亿元以上)
            at = m.start("intent") if m.group("intent") else m.start("ahead") if m.group("ahead") else m.start()
            if not SENTENCE_END.search(before, m.end()) and (
                    at >= clause or self.plan_reaches(before, at if m.group("intent") else m.end(), m.end(), clause)):
                starts.append(at)
        starts += self.instructed_times(before, clause)
        if self.task_list_label and not review:  # 其他各镇(街道)任务:大良街道完成…2800亩,伦教街道完成2500亩: each
            # item a task; in a review, the tasks it reports done
            if self.task_list_label_end.search(before):
                starts += [m.start() for m in self.task_list_label.finditer(before)]
        if plan and self.plan_year_times:  # 全年 opening a clause of a plan: the year it plans, reaching the figures
            # of its list; not inside a clause on a result (化工项目全年实际完成投资比计划减少4.2亿元)
            starts += [m.start() for m in self.plan_year_times.finditer(before)
                       if not SENTENCE_END.search(before, m.end())
                       and not before[clause_start(before, m.start()):m.start()].strip()
                       and (m.start() >= clause or self.plan_reaches(before, m.start(), m.end(), clause))]
        starts += [m.start() for m in self.deadlines(before)
                   if not (report_year and int(m.group(1) or m.group(2)) < report_year)
                   or self.planned_before(before, m.start())]
        starts += [m.start() for m in YEAR_END_DEADLINE.finditer(before)]
        starts += [m.start() for m in PLAN_END.finditer(before)
                   if not (report_year and FIVE_YEAR_PLANS[m.group(1)] < report_year)
                   or self.planned_before(before, m.start())]
        if report_year:
            starts += [m.start() for m in self.years_ahead(before, sums_ahead)]
        return max(starts) if starts else None

    def is_instruction(self, text: str, pos: int, word: str) -> bool:
        """Whether the instruction word `word` at text[pos] is one, not part of a word holding it (主要, 要求)."""
        for exception in self.instruction_exceptions:
            at = exception.find(word)
            while at >= 0:
                if text.startswith(exception, pos - at):
                    return False
                at = exception.find(word, at + 1)
        return True

    def instructs(self, sentence: str, pos: int) -> bool:
        """Whether an instruction (要推行“一站式”审批,…) or a commitment (我们承诺…) stands before `pos` in its sentence:
        what it says is to be done."""
        if self.commitment and self.commitment.search(sentence, 0, pos):
            return True
        return bool(self.instruction) and any(self.is_instruction(sentence, m.start(), m.group())
                                              for m in self.instruction.finditer(sentence, 0, pos))

    def instructed_times(self, before: str, clause: int) -> list[int]:
        """Where a time of the year to come (今年, 年内, 明年) stands in the figure's clause, or opens a year's plan
        that reaches it (plan_reaches), after an instruction in an earlier clause of its sentence (高新区要加大…引进力度,
        今年新引进企业不少于200家): the year the instruction sets its figure for. The time is the cue, so a past word
        after it (今年已完成…) still unmakes the goal."""
        if not self.instruction:
            return []
        starts = []
        for time in self.instructed_time.finditer(before):
            own = clause_start(before, time.start())
            if SENTENCE_END.search(before, time.end()) or not (
                    time.start() >= clause or self.plan_reaches(before, time.end(), time.end(), clause)):
                continue
            if any(self.is_instruction(before, m.start(), m.group()) and not SENTENCE_END.search(before, m.end(), own)
                   for m in self.instruction.finditer(before, 0, own)):
                starts.append(time.start())
        return starts

    def only_projects(self, sentence: str) -> bool:
        """Whether a sentence's only goal words are events a projection counts from (…其中总投资三十亿元的…项目占地
        一千二百亩,建成后可实现年销售收入一百亿元): what one project is to bring once built, which carries its year
        but no goal into the sentences after it (集聚区还建成标准化厂房二十六万平方米: a result)."""
        cues = list(self.goal_words.finditer(sentence))
        return bool(cues) and all(self.projection_events.fullmatch(m.group()) for m in cues)
    def planned_before(self, before: str, pos: int) -> bool:
        """Whether a goal word or a plan statement (提出) stands before `pos` in its sentence: a deadline before the
        report's year after it is a past plan's (“十一五”期间,开发区计划新增…,到二〇一〇年入区企业达到一百五十家)."""
        start = SENTENCE_START.search(before, 0, pos)
        start = start.end() if start else 0
        return bool(self.plan_statement.search(before, start, pos)) or any(
            not self.not_goal.match(before, max(0, m.start() - 1)) and not self.not_goal.match(before, m.start())
            for m in self.goal_words.finditer(before, start, pos))

    def last_deadline_start(self, before: str) -> int:
        """Where the last deadline or plan's end in `before` starts (0 when there is none)."""
        return max([m.start() for m in self.deadlines(before)] + [m.start() for m in PLAN_END.finditer(before)],
                   default=0)

    def past_event(self, before: str, m: regex.Match, report_year: int | None) -> bool:
        """2021年建成后因配套管网未完工,实际日处理量不足3000吨 in a 2023 report: an event (建成后, 投产后) dated
        before the report's year happened; what follows it is a result, not a projection."""
        if not (report_year and self.projection_events.fullmatch(m.group())):
            return False
        year = EVENT_YEAR_BEFORE.search(before, max(0, m.start() - 8), m.start())
        return bool(year and int(year.group(1)) < report_year)

    def policy_terms(self, sentence: str) -> bool:
        """对新落户的…项目,按设备投资额的10%给予补助,单个项目最高不超过2000万元: a sentence opening with the case a
        policy applies to and granting something states standing terms, not goals, whatever section it is in or
        span it names (三年内给予每平方米每天1.5元的租金补贴), and so does one recommending such terms."""
        lead = self.proposal_lead.match(sentence)  # 课题组建议,对入驻软件园的企业,…给予房租补贴: terms it recommends
        case = POLICY_CASE.match(sentence, lead.end() if lead else 0)
        return bool(case and self.grant_words.search(sentence, case.end()))

    def found_wanting(self, sentence: str, pos: int) -> bool:
        """高新技术企业仅有53家, 实际日处理量不足3000吨: a shortfall adverb before the figure in its clause, no other figure
        between, which it would qualify instead (亩均年产值将由不足150万元提高到500万元以上: the 150万元 falls short, the
        500万元 is the goal)."""
        if not self.shortfall_adverb:
            return False
        adverb = last_match(self.shortfall_adverb, sentence, clause_start(sentence, pos), pos)
        return bool(adverb and not FIGURE.search(sentence, adverb.end(), pos))

    def grant_to_case(self, sentence: str, pos: int) -> bool:
        """…,对经省认定的产业转移工业园,每个园区给予5亿元的竞争性扶持资金: the clause right before the figure's opens with
        the case a policy applies to (对…,), and a grant word stands before the figure in its own clause: the terms of a
        grant, as a sentence opening so states them (policy_terms), though a goal or span opened the sentence. So does
        a clause opening with each case (每个示范项目给予补助不超过300万元)."""
        if self.case_clause_grant(sentence, pos):
            return True
        clause = clause_start(sentence, pos)
        if PER_CASE.match(sentence, clause) and self.grant_words.search(sentence, clause, pos):
            return True  # 每个示范项目给予补助不超过300万元: what each case gets
        if clause == 0:
            return False
        case = POLICY_CASE.match(sentence, clause_start(sentence, clause - 1))
        return bool(case and case.end() == clause and self.grant_words.search(sentence, clause, pos))

    def case_clause_grant(self, sentence: str, pos: int) -> bool:
        """…,对年营业收入首次超过50亿元、10亿元的企业分别奖励100万元、50万元: a figure in the case a policy applies to
        (对…的企业), which opens its clause, with a grant word after the case in the same clause, is a bar of the case,
        and one after the case is what the grant gives (each of 100万元、50万元; 对完成年度任务排名前三的镇街分别奖励1000万元、
        800万元、500万元): a grant's terms either way, whatever goal (将设立…) the sentence opened with or plan it is in.
        The clause runs to punctuation, over the 、 of the case's list and of the grant's."""
        clause = clause_start(sentence, pos, delimiters=PUNCTUATED_CLAUSE_DELIMITERS)
        case = CASE_OPENS_CLAUSE.match(sentence, clause)
        if not case:
            return False
        return bool(self.grant_words.search(sentence, case.end(),
                                            clause_end(sentence, pos, delimiters=PUNCTUATED_CLAUSE_DELIMITERS)))

    def programme_total(self, sentence: str, pos: int) -> bool:
        """“十四五”期间规划实施重点项目24个,总投资二百六十八亿元: a bare total (programme_total_words) alone in its clause
        right after a clause ending with a count of projects is the programme's size, no goal (GUIDE.md)."""
        clause = clause_start(sentence, pos)
        if (self.programme_total_clause is None or clause == 0
                or not self.programme_total_clause.match(sentence[clause:pos].strip())):
            return False
        return (bool(self.projects_counted_end.search(sentence, clause_start(sentence, clause - 1), clause - 1))
                and bool(PLAIN_FIGURE.match(sentence, pos)) and not FLOOR_AFTER.match(sentence, pos))

    def project_own_total(self, sentence: str, pos: int) -> bool:
        """…将建成菱镁新材料精深加工项目,规划用地3000亩,总投资120亿元; …扩建,项目总投资2.6亿元: a plain 总投资 opening
        its clause, with no more than the thing it prices before it (项目, 平台, 人才公寓), is the project's size, no goal,
        though a word of intent governs the project (GUIDE.md, round 31g). Not a floor a programme is to reach
        (总投资超过800亿元, 总投资800亿元以上), a programme's total (`programme_part`), nor a part of a planned total
        stated before it in its sentence (计划总投资三百六十亿元,其中基础设施项目总投资四十五亿元)."""
        clause = clause_start(sentence, pos)
        total = OWN_TOTAL_CLAUSE.match(sentence[clause:pos])
        head = total.group(1) if total else ""
        if (not total or self.goal_words.search(head) or self.task_verb.search(head)
                or self.planned_total_prefix and self.planned_total_prefix.search(head)):
            return False
        if not PLAIN_FIGURE.match(sentence, pos) or FLOOR_AFTER.match(sentence, pos):
            return False
        if self.project_totals.search(sentence, 0, clause):
            return False
        return not self.programme_part(sentence, pos, clause + total.start(1))

    def park_own_area(self, sentence: str, pos: int) -> bool:
        """…并新建汽车零部件配套园,规划用地约8平方公里; 拟在蚌埠高新区规划建设占地约3000亩的…产业园: a park's or a project's
        own area word right before the figure, with at most who or where before it in the clause, is its size, no goal,
        though a goal word or a deadline governs it (GUIDE.md, round 47g). Not an area to add or reach (新增规划用地
        5平方公里, 扩区后规划用地达到15525亩: a change word before the figure)."""
        if self.park_area is None:
            return False
        m = self.park_area.match(sentence[clause_start(sentence, pos):pos])
        return bool(m and PLAIN_FIGURE.match(sentence, pos) and not FLOOR_AFTER.match(sentence, pos)
                    and not (self.park_area_change and self.park_area_change.search(m["lead"])))

    def phase_own_area(self, sentence: str, pos: int) -> bool:
        """园区首期开发面积4.5平方公里; …信创产业园,首期用地约120亩: a first phase's area word right before the figure,
        with at most who or where before it in the clause, is the phase's size: no goal and no figure of a year, like
        the extent of the zone it is part of. Not an area to add (a change word before the figure)."""
        if self.phase_area is None:
            return False
        m = self.phase_area.match(sentence[clause_start(sentence, pos):pos])
        return bool(m and PLAIN_FIGURE.match(sentence, pos) and not FLOOR_AFTER.match(sentence, pos)
                    and not (self.park_area_change and self.park_area_change.search(m["lead"])))

    def premise(self, sentence: str, pos: int) -> bool:
        """Whether the figure at `pos` is the premise of a calculation: its clause opens with 按 and 计算 closes the
        figure (按年均增长8%计算)."""
        if not (self.premise_opener and self.premise_closer):
            return False
        start = clause_start(sentence, pos)
        return bool(self.premise_opener.match(sentence, start, pos) and self.premise_closer.match(sentence, pos))

    def supposed_change(self, sentence: str, pos: int) -> bool:
        """Whether the figure at `pos` is a change a sensitivity case supposes, or what follows from it: right after
        a change verb, in a part of the sentence (up to ';') a scenario word opens before it (若专项债券减少3亿元,
        …,年利息支出增加约0.12亿元)."""
        if not (self.scenario and self.scenario_change and self.scenario_change.search(sentence, 0, pos)):
            return False
        part = max(sentence.rfind(";", 0, pos), sentence.rfind("；", 0, pos)) + 1
        return bool(self.scenario.search(sentence, part, pos))

    def read(self, sentence: str, pos: int, dates: DocumentDates,
             previous: "FigureContext | None" = None, section: Section | None = None,
             part: bool = True, after: str = "") -> FigureContext:
        """The context of the figure at `pos` in `sentence` (`read_terms`), no goal when it is a programme's bare
        total (重点项目24个,总投资268亿元), which keeps the year its goal would have."""
        ctx = self.read_terms(sentence, pos, dates, previous, section, part, after)
        if ctx.goal and self.phase_own_area(sentence, pos):
            return FigureContext(False, None, ctx.carried)
        if ctx.goal and (self.programme_total(sentence, pos) or self.project_own_total(sentence, pos)
                         or self.park_own_area(sentence, pos)):
            return FigureContext(False, ctx.year, ctx.carried)
        return ctx

    def without_programme_plans(self, sentence: str) -> str:
        """An ROC text's sentence with the 计划 of a programme's name (扩建二期计划, 改善计划: a project, roc_programme_verbs)
        written 計劃, which no goal word matches; positions are kept."""
        if self.roc_programme_plan is None:
            return sentence
        return self.roc_programme_plan.sub(lambda m: m.group()[:-2] + "計劃", sentence)

    def read_terms(self, sentence: str, pos: int, dates: DocumentDates,
                   previous: "FigureContext | None" = None, section: Section | None = None,
                   part: bool = True, after: str = "") -> FigureContext:
        """The context of the figure at `pos` in `sentence`. `previous` is the context at the end of the
        sentence before, in the same paragraph: a deadline there (发展目标:到2015年,…。) carries into a
        sentence that states no time of its own. In a plan document (`dates.plan`) goals with no time of their
        own belong to the plan's year. `section` is the sentence's section: the year its heading names
        (一、2015年工作回顾) resolves relative years (全年), and a figure with no time of its own belongs to it —
        a goal always, a result when the section reviews a year before the report's; in a section headed by
        goals (三、发展目标) a figure is a goal unless the text marks it past. `part`: the figure may be a part
        (其中…) of a planned amount before it; a count (其中超亿元项目3个) is not. `after`: the sentence after
        it when it ends with ';' (sentence_after), where the deadline that ends a span may stand."""
        sentence = with_digit_years(sentence)
        if dates.roc:
            sentence, pos = with_gregorian_years(sentence, pos)
            sentence = self.without_programme_plans(sentence)
        if self.policy_terms(sentence):  # standing terms: of the year the sentence states, if any
            stated = list(STATED_YEAR.finditer(sentence, 0, pos))
            return FigureContext(False, int(stated[-1].group(1)) if stated else None)
        fund = self.leveraged_by_fund(sentence, pos, dates.plan_document or bool(section and section.commitments))
        if fund is not None:  # 设立规模5亿元的…基金,撬动社会资本投入20亿元以上: a goal as the fund is
            return self.read_terms(sentence, fund, dates, previous, section, part, after)
        year = section.year if section else None
        review = year is not None and (dates.report is None or year < dates.report or section.review)
        ctx = self._read(sentence, pos, dates, year, previous, part, sums_ahead=bool(section and section.goal),
                         after=after, reviewing=bool(section and section.review))
        if self.price_words.search(sentence, clause_start(sentence, pos), pos):
            return FigureContext(False, ctx.year, ctx.carried)  # 租金每平方米每月20元起: a price, never a goal
        if self.bidder_words.search(sentence, 0, pos):
            return FigureContext(False, ctx.year, ctx.carried)  # 竞买人应承诺…投资总额不低于…: a condition of sale
        if self.definition and self.definition.match(sentence):
            return FigureContext(False, ctx.year, ctx.carried)  # “亿元以上项目”指计划总投资1亿元以上: a term defined
        if self.fee_rate and self.fee_rate.search(sentence, clause_start(sentence, pos), pos):
            return FigureContext(False, ctx.year, ctx.carried)  # 土地流转费每亩每年不低于800元: a charge's rate
        if ctx.goal and self.done_after and self.done_after.search(sentence, pos, clause_end(sentence, pos)):
            return FigureContext(False, ctx.year, ctx.carried)  # 首期30亿港元已…完成募集: done, a result
        if self.maturing_debt and self.maturing_debt.search(sentence, 0, pos):
            return FigureContext(False, ctx.year, ctx.carried)  # 到期债务:2025年52.8亿元: what falls due, no goal
        if self.demand and self.demand.search(sentence, clause_start(sentence, pos), pos):
            return FigureContext(False, ctx.year, ctx.carried)  # 预估用地需求约65公顷: a demand reported, no goal
        if self.offering and self.offering.search(sentence, clause_start(sentence, pos), pos):
            return FigureContext(False, ctx.year, ctx.carried)  # 拟使用募集资金15亿元: a share offering's terms
        if self.shortfall and (self.shortfall.search(sentence, clause_start(sentence, pos), pos)
                               or self.shortfall_after.match(sentence, pos)):
            return FigureContext(False, ctx.year, ctx.carried)  # 缺口约430亿元, 约15亿元的资金缺口: a shortfall, no goal
        if self.premise(sentence, pos):
            return FigureContext(False, ctx.year, ctx.carried)  # 按年均增长8%计算: a calculation's premise, no goal
        if self.duty and self.duty.search(sentence, clause_start(sentence, pos), pos):
            return FigureContext(False, ctx.year, ctx.carried)  # 应当在二年内达到60%以上: a law's duty, no goal
        if self.present_opening and self.present_opening.match(sentence[clause_start(sentence, pos):pos]):
            return FigureContext(False, ctx.year, ctx.carried)  # …,现在大概60家左右: what there is now, no goal
        if self.hearsay_view(sentence, pos):
            return FigureContext(False, ctx.year, ctx.carried)  # 业界人士认为,…专业人才约4000人: sources' view, no goal
        if self.supposed_change(sentence, pos):
            return FigureContext(False, ctx.year, ctx.carried)  # 若专项债券减少3亿元: a case supposed, no goal
        if self.goal_requirement and self.goal_requirement.search(sentence, clause_start(sentence, pos), pos):
            return FigureContext(False, ctx.year, ctx.carried)  # 目标需要年均增长26%以上: what a goal takes, no goal
        if self.cap_before.search(sentence, clause_start(sentence, pos), pos):
            return FigureContext(False, ctx.year, ctx.carried)  # 给予最高300万元: the cap of a grant, never a goal
        if self.no_task(sentence, pos, section):
            return FigureContext(False, ctx.year, ctx.carried)  # 落实《…人才引进十条》: a title's figure, no goal
        # 高新技术企业仅有53家: found wanting, no goal; it still takes the year its section or text gives it
        # so is a problem a sentence lists (存在的主要问题:一是…,核心区出租率达到98%)
        wanting = self.found_wanting(sentence, pos) or self.lists_problem(sentence, pos)
        if wanting:
            ctx = FigureContext(False, ctx.year, ctx.carried)
        if self.grant_to_case(sentence, pos):
            return FigureContext(False, ctx.year, ctx.carried)  # 对…园区,每个园区给予5亿元: a grant's terms, no goal
        if ctx.goal and self.funds_obtained(sentence, pos, dates, section):
            ctx = FigureContext(False, ctx.year, ctx.carried)  # 争取各类科技项目资金1.36亿元: funds won, a result
        if ctx.goal and self.names_a_fund(sentence, pos):
            ctx = FigureContext(False, ctx.year, ctx.carried)  # 用好50亿元产业引导基金: the size of a fund there is
        if self.land_standard(sentence, pos):
            return FigureContext(False, ctx.year, ctx.carried)  # 建筑系数不低于40%: a land-use standard
        if self.standard_words.search(sentence, 0, pos):
            return FigureContext(False, ctx.year, ctx.carried)  # 投资强度原则上不低于200万元 and the rule's clauses after
        if self.entry_standard(sentence, pos) and not (self.commitment and self.commitment.search(sentence, 0, pos)):
            # 新入园项目…不低于…; not what a party commits its project to (协议约定…,达产后亩均税收不低于30万元)
            return FigureContext(False, self.applies_from(sentence, pos), ctx.carried)
        if dates.petition and self.proposal.search(sentence, 0, pos):
            return FigureContext(False, ctx.year, ctx.carried)  # 建议…到2025年…达到3000亿元: what one asks for, no goal
        if not ctx.goal and not review and not wanting and self.committed_bound(sentence, pos):
            ctx = FigureContext(True, ctx.year, ctx.carried)  # 乙方承诺…固定资产投资不低于1500万元: a party's goal
        # 争取上级专项资金1.35亿元 in a year's review: done; but a review of part of the year (二、上半年…开展情况)
        # still has the rest of it ahead (力争年底前入驻企业突破80家)
        # nor is a projection from an event (项目建成后预计年销售收入60亿元, under 七、重点招商项目(2019年)) ever a result
        if (review and ctx.goal and not (ctx.year and ctx.year > year) and not section.part_of_year
                and not self.projection_events.search(sentence, 0, pos)):
            ctx = FigureContext(False, ctx.year, ctx.carried)
        # not a grant (给予最高1000万元), what a project is (推动总投资120亿元的…项目年内建成投产), a rule
        # (周边3.6万亩高标准农田纳入生态保护范围,不得擅自占用) nor a numbered note under the section ([4]开发区和园区
        # 统计范围为…的114个园区: what the text's figures cover)
        # an allocation to come (市财政安排…专项资金1.5亿元 among a year's tasks) is no grant's standing terms
        allocation = self.allocation(sentence, pos)
        grants = self.budget_grant_words if section and section.budget else self.grant_words
        other_terms = (self.describes_project_before(sentence, pos) or self.rule_words.search(sentence)
                       or self.policy_terms(sentence) or FOOTNOTE.match(sentence))
        standing = grants.search(sentence, clause_start(sentence, pos), pos) or other_terms
        allotted = (allocation and not other_terms
                    and not self.budget_grant_words.search(sentence, clause_start(sentence, pos), pos))
        # under a span of years running past the report's (2020—2022年,全区累计完成…改造提升面积3.6万亩以上), 累计 sums
        # up the plan, as under a deadline ahead
        past = self.past_before_future if self.spans_ahead(sentence, pos, dates) else self.past
        if (section and section.goal and not review and not ctx.goal and not wanting
                and not past.search(sentence, 0, pos) and not self.reported_to_date(sentence, pos)
                and not (ctx.year and dates.report and ctx.year < dates.report) and (not standing or allotted)):
            ctx = FigureContext(True, ctx.year, ctx.carried)  # 三、发展目标 … 高新技术企业数量达到3500家以上
        if not review and not wanting and (self.announced_investment.search(sentence, 0, pos)
                                           or self.intended_investment.search(sentence, clause_start(sentence, pos), pos)):
            # 去年宣布拟投资1.2亿新元在生态城兴建水处理厂: a firm's announced intent, a goal; the time before the
            # announcement dates it, not the spending (a deadline after the figure does: …,2022年底前完工)
            return FigureContext(True, self.deadline_after(sentence, pos, dates.report), ctx.carried)
        committed = dates.plan_document or (section is not None and section.commitments)
        if (not review and not wanting and self.sets_up_fund(sentence, pos, committed)
                and self.proposed_undated(sentence, pos)):
            # 同时建议设立规模10亿元的…基金 after a sentence of 到2020年 goals, or in an inspection read as a plan: what a
            # recommendation asks for takes no year carried from around it
            return FigureContext(True, None, ctx.carried)
        if not ctx.goal and not review and not wanting and self.sets_up_fund(sentence, pos, committed):
            # 设立规模10亿元的产业投资基金: the fund's size, a goal; in a plan of one span, of its last year
            fund_year = None if self.proposed_undated(sentence, pos) else ctx.year
            ctx = FigureContext(True, fund_year or (None if dates.plan else dates.span_plan), ctx.carried)
        elif self.fund_beyond_carried_horizon(sentence, pos, ctx, dates, committed):
            ctx = FigureContext(True, None, ctx.carried)
        # 设立…基金,首期出资1亿元,年内完成组建: this year's, also over a year carried from a sentence before (…三年内
        # 新增上市企业5家。…设立规模5亿元的…基金,…,今年年底前完成设立: GUIDE, a time word of the fund's own sentence)
        if (ctx.goal and (ctx.year is None or ctx.carried) and dates.report
                and self.fund_due_within_year(sentence, pos, committed)):
            ctx = FigureContext(True, dates.report, ctx.carried)
        if (not ctx.goal and not review and not wanting and allocation
                and self.allocation_to_come(sentence, pos, ctx, dates, section)):
            return FigureContext(True, self.allocation_year(sentence, pos, ctx, dates), ctx.carried)
        if (not ctx.goal and ctx.year is None and not review and not wanting and not standing
                and not past.search(sentence, 0, pos)):
            due = self.task_due_later(sentence, pos, dates.report)
            if due:  # 建设公租房800套,总投资2.4亿元,2017年底前建成: the task's due date, clauses after its figure
                return FigureContext(True, due, ctx.carried)
        # a section on the report's own year (一、2024年主要指标完成情况 in a report of December 2024) dates its
        # results too, but not the standing terms of a grant or a project
        current = year is not None and year == dates.report and not standing
        if ctx.year is None and year and (ctx.goal or review or current):
            return FigureContext(ctx.goal, year, ctx.carried)
        if ctx.goal and ctx.year is None:
            later = self.deadline_after(sentence, pos, dates.report)
            if later:  # 预计投入120亿元进行公共工程,2020年底前完成土地开发: the goal's deadline comes after it
                return FigureContext(True, later, ctx.carried)
        own_year = dates.report or dates.period_reviewed
        if ctx.goal and ctx.year is None and own_year and self.year_plan.search(sentence, clause_start(sentence, pos), pos):
            # 年度计划投资265亿元: the plan of the year the report is of (a yearbook's: the year it records)
            return FigureContext(True, own_year, ctx.carried)
        if ctx.goal and ctx.year is None and dates.plan and not (section and section.problems):
            # not a measure against the problems a section names (针对上述问题,…积极争取…授信50亿元): no task of the
            # year's plan, its time unstated
            return FigureContext(True, dates.plan, ctx.carried)
        if not ctx.goal and ctx.year is None and dates.bulletin and not standing:
            # a statistical bulletin's results are of the year it reports on (实现工业增加值103亿元 in the
            # 2016年…统计公报): no time word is needed, as every one of its figures is that year's
            return FigureContext(False, dates.bulletin, ctx.carried)
        if not ctx.goal and ctx.year is None and dates.period_reviewed and not standing and self.result_of_period(
                sentence, pos):
            # so are those of a report on one year's results (收回闲置土地1260亩 in 2020年度园区亩均效益评价报告)
            return FigureContext(False, dates.period_reviewed, ctx.carried)
        return ctx

    @staticmethod
    def spans_ahead(sentence: str, pos: int, dates: DocumentDates) -> bool:
        """Whether a span of years before `pos` in its sentence ends after the report's year (2020—2022年 in a plan
        of March 2020)."""
        if dates.report is None:
            return False
        return any(int(m.group(2)) > dates.report for m in YEAR_SPAN.finditer(sentence, 0, pos))

    def reports_result(self, sentence: str, pos: int) -> bool:
        """Whether a sentence with no goal word of its own reports a result, whatever goal the one before set: a
        part of the year done before the figure (…,全年目标是突破200亿元;咸宁高新区上半年完成固定资产投资41.3亿元) or a
        comparison with the year before after it (…力争全年整车产量突破100万辆。区内的出口加工区实现进出口总额18.6亿美元,
        同比增长33%)."""
        return bool(PART_OF_YEAR_DONE.search(sentence, 0, pos) or self.goal_rate.search(sentence, pos))

    def funds_obtained(self, sentence: str, pos: int, dates: DocumentDates, section: Section | None) -> bool:
        """争取 before funds (争取国家、省、市各级科技项目资金1.26亿元; 全区争取地方政府专项债券资金6.8亿元) reports funds
        won, unless a time to come frames it (全年…争取地方政府专项债券资金二亿元) or another goal word does (力争…), it is
        still under way (正争取), or it stands in a plan or under a heading of goals, where it is a task. So are the
        figures of the clauses after such funds, when that 争取 is the last goal word before them (全区争取…专项债券资金
        6.8亿元,协调金融机构为重点项目发放贷款12.6亿元: the list of what was done goes on). In a yearbook, which records
        one year gone by, a time before them (全年争取中央和省级专项资金4.8亿元) is that year's, and frames no plan."""
        clause = clause_start(sentence, pos, delimiters=PUNCTUATED_CLAUSE_DELIMITERS)
        sought = self.funds_sought.search(sentence, clause, pos) or self.funds_sought_before(sentence, pos)
        planned = dates.plan_document and not (section is not None and section.review)
        if not sought or planned or (section is not None and section.goal):
            return False
        if self.funds_pending.search(sentence, clause, sought.start()):
            return False  # 县府正争取中央补助2亿元: still being sought
        to_come = self.states_time(sentence[:pos]) and not dates.yearbook
        return not (to_come or self.goal_words.search(sentence, 0, sought.start())
                    or self.goal_words.search(sentence, sought.end(), pos))

    def names_a_fund(self, sentence: str, pos: int) -> bool:
        """Whether the figure at `pos` is the size in a fund's name (用好50亿元产业引导基金, its fund noun after a few
        words and no 的) that no setup verb before it in its clause sets up (设立50亿元产业基金 is a goal): a fund
        that is there, not one to come."""
        return bool(self.fund_named.match(sentence, pos)
                    and not self.fund_setup.search(sentence, clause_start(sentence, pos), pos))

    def funds_sought_before(self, sentence: str, pos: int) -> regex.Match | None:
        """The 争取 … 资金 of funds_sought before an earlier figure of the sentence, when its 争取 is the last goal word
        before `pos`."""
        cues = list(self.goal_words.finditer(sentence, 0, pos))
        if not cues:
            return None
        cue = cues[-1]
        figure = FIGURE.search(sentence, cue.end(), pos)
        if figure is None:
            return None
        sought = self.funds_sought.search(sentence, clause_start(sentence, cue.start()), figure.start())
        return sought if sought and sought.start() == cue.start() else None

    def allocation(self, sentence: str, pos: int) -> bool:
        """市财政安排开发区发展专项资金1.5亿元, 每年安排不少于1亿元: an allotment word before the figure in its clause,
        with no past word from it to the figure (已安排, 安排了, 省里安排的…) nor before it in the clause (累计安排)."""
        clause = clause_start(sentence, pos)
        allotted = list(self.allotment.finditer(sentence, clause, pos))
        return bool(allotted) and not self.past.search(sentence, clause, pos) and not sentence.startswith(
            "的", allotted[-1].end())

    def per_year_allocation(self, sentence: str, pos: int) -> bool:
        """每年安排…不少于3亿元: a sum allotted each year (per_year_words before it in its clause)."""
        return bool(self.per_year.search(sentence, clause_start(sentence, pos), pos))

    def proposed_allocation(self, sentence: str, pos: int) -> bool:
        """A proposal word (建议) before the allotment word of the figure's clause in its sentence, with no past word
        from it to the figure: a sum an evaluation or an inspection recommends allotting (建议园区每年安排不少于2000万元
        用于…; 建议自治区设立…基金,每年安排…专项资金不少于5亿元). Not 将 / 要: a report says so of a sum a plan it
        describes allots each year (规划期内,…将每年安排…), whose year the plan's period gives."""
        allotted = list(self.allotment.finditer(sentence, clause_start(sentence, pos), pos))
        if not allotted:
            return False
        proposals = list(self.proposal.finditer(sentence, 0, allotted[-1].start()))
        return bool(proposals) and not self.past.search(sentence, proposals[-1].end(), pos)

    def intended_allocation(self, sentence: str, pos: int) -> bool:
        """An intent word right before the allotment word of the figure's clause (市财政将安排…5000万元; 还将每年安排
        一千五百万元专项资金), with no past word before the figure in its sentence: not one a sentence ties to something
        done (该园区已列入河北省2020年省重点建设项目,省级财政将安排…3000万元), whose time is not the allocation's."""
        intended = self.intended_allotment.search(sentence, clause_start(sentence, pos), pos)
        return bool(intended) and not self.past.search(sentence, 0, pos)

    def allocation_to_come(self, sentence: str, pos: int, ctx: FigureContext, dates: DocumentDates,
                           section: Section | None = None) -> bool:
        """Whether an allocation (GUIDE: 安排…资金 / 用地指标) is set as something to do rather than reported or a
        standing provision: a plan's own (in a plan of one year, or each year in any plan: 市财政每年统筹安排开发区
        发展专项资金不少于3亿元 in a “十四五” plan), a sum each year over a span reaching past the report's date
        (2019—2022年,省级每年安排…3亿元 in 2019), or the allocation of a year after the one a report's title
        reviews (2021年省级园区发展引导基金安排20亿元 in 2020年度…评价报告). A quota of land each year (每年安排…新增建设
        用地指标不少于3000亩) is set to come in any text outside a review, an opinion or a guidance as much as a plan —
        unlike a sum of money each year, which such a text states as a standing provision (市财政每年安排…专项资金2亿元,
        采取以奖代补方式…: the sets annotate no goal) — unless it stands in a section of commitments (五、保障措施,
        四、下一步工作: commitment_headings), where the text commits to it whatever its kind."""
        per_year = self.per_year_allocation(sentence, pos)
        if not dates.review and self.intended_allocation(sentence, pos):
            return True  # 市财政将安排招商引资专项资金5000万元: an allocation a word of intent sets to come
        if per_year and not dates.review and section is not None and section.commitments:
            return True  # 五、保障措施 … 区财政每年安排化债专项资金不少于5亿元;
        if dates.plan_document and not dates.review and (per_year or dates.plan):
            return True
        if per_year and not dates.review and self.proposed_allocation(sentence, pos):
            return True  # 建议园区每年安排不少于2000万元: what a recommendation asks to allot
        if per_year and not dates.review and self.land_ahead.match(sentence, pos):
            return True  # 每年安排开发区新增建设用地指标不少于3000亩: a quota of land each year, in any text that sets it
        if per_year and ctx.year and dates.report and ctx.year > dates.report:
            return True
        return bool(ctx.year and dates.title and ctx.year > dates.title and dates.report
                    and ctx.year >= dates.report)

    def allocation_year(self, sentence: str, pos: int, ctx: FigureContext, dates: DocumentDates) -> int | None:
        """The year of an allocation to come: the time its sentence states (before it, or a span of years it adds
        up over: 每年安排…5000万元,2023年至2025年累计… → 2025), else, each year with none stated, none (GUIDE: a sum
        each year), else the deadline after it or the plan's year."""
        if ctx.year is not None:
            return ctx.year
        span = YEAR_SPAN.search(sentence)
        if span:
            return int(span.group(2))
        later = self.deadline_after(sentence, pos, dates.report)
        if later:
            return later
        if self.per_year_allocation(sentence, pos):
            # 规划期内,…将每年安排…: the plan's period ends in the last year its title or stages name
            if self.plan_period.search(sentence, 0, pos):
                return dates.title_span_end or (dates.stages[-1][1] if dates.stages else None)
            return None
        return dates.plan

    def committed_bound(self, sentence: str, pos: int) -> bool:
        """乙方承诺在租赁期内固定资产投资不低于1500万元,…年营业收入不低于3000万元: a bounded figure (a bound before it
        in its clause or opening its text) after a party's commitment (commitment_words) in its sentence is what
        that party commits to, a goal of its own, with no past word between (…承诺的…已完成), no standing term of a
        contract (commitment_term_words: 约定每年供应…) and no check of it against what was done after it
        (commitment_checked_words: …,实际平均每亩仅86.5万元)."""
        if self.commitment is None:
            return False
        commitment = None
        for commitment in self.commitment.finditer(sentence, 0, pos):
            pass
        if commitment is None or self.past.search(sentence, commitment.end(), pos):
            return False
        if self.commitment_term and self.commitment_term.search(sentence, commitment.end(), pos):
            return False
        if self.commitment_checked and self.commitment_checked.search(sentence, pos):
            return False
        clause = clause_start(sentence, pos)
        return bool(self.standard_bound.search(sentence, clause, pos) or self.standard_bound.match(sentence, pos))

    def entry_standard(self, sentence: str, pos: int) -> bool:
        """新入园工业项目投资强度不低于每亩一百五十万元, 新入驻项目投资额一般不低于5000万元: a bounded money figure set for
        projects or land entering a zone (entry_words in its clause, or before it in its sentence for a rate per land)."""
        if self.entry is None or not MONEY_AHEAD.match(sentence, pos):
            return False
        clause = clause_start(sentence, pos)
        # the bound before the figure, or opening its text (不低于30万元)
        if not (self.standard_bound.search(sentence, clause, pos) or self.standard_bound.match(sentence, pos)):
            return False
        if self.entry.search(sentence, clause, pos):
            return True
        per_land = self.land_rate.search(sentence, clause, pos) or LAND_RATE_AFTER.match(sentence, pos)
        return bool(per_land and self.entry.search(sentence, 0, pos))

    @staticmethod
    def applies_from(sentence: str, pos: int) -> int | None:
        """The year a standard applies from, as its sentence writes it before the figure (自2021年起), else None.
        Not 今年起: the sets read it both ways (blind 24 y1 and y2 with the year, blind 3 d1 without)."""
        starts = list(APPLIES_FROM.finditer(with_digit_years(sentence), 0, pos))
        return int(starts[-1]["year"]) if starts else None

    def result_of_period(self, sentence: str, pos: int) -> bool:
        """Whether a figure with no time of its own, in a report on one year's results, is a result of that year:
        not after a present word in its sentence (目前…), nor after a measure of what a zone is in its clause
        (行政区划面积), nor opening a condition (亩均税收低于15万元的,不得评为优秀等次)."""
        if self.present and self.present.search(sentence, 0, pos):
            return False
        if self.period_undated and self.period_undated.search(sentence, clause_start(sentence, pos), pos):
            return False
        return not CONDITION_AFTER.match(sentence, pos)

    def land_standard(self, sentence: str, pos: int) -> bool:
        """建筑系数不低于40%, 容积率不低于1.0: a land-use metric right before the figure, bounded as rules are (the bound
        before the figure or as its own modifier)."""
        m = self.land_standard_before.search(sentence, clause_start(sentence, pos), pos)
        return bool(m and (m["bound"] or self.standard_bound.match(sentence, pos)))

    def sets_up_fund(self, sentence: str, pos: int, in_plan: bool = False, intent: bool = True) -> bool:
        """Whether the figure at `pos` is the size of a fund the sentence is to set up (an intent word before the
        setup verb in its clause, or in a plan document (`in_plan`) or after a proposal word the verb opening its clause,
        a task of the plan or of the recommendation: 设立规模三十亿元的产业转移发展基金;): right after a size word, in a sentence that sets up a fund (要设立园区发展
        基金,规模不低于五亿元; 将设立总规模100亿元的…基金,首期规模20亿元), or before 的 … 基金 in the clause that sets
        it up (将共同设立3亿令吉的绿色产业发展基金). Not when a past word stands between the verb and the figure.
        `intent` False: the sentence states the intent otherwise (a time the fund is due in after it)."""
        setups = list(self.fund_setup.finditer(sentence, 0, pos))
        if not setups:
            return False
        clause = clause_start(sentence, setups[-1].start())
        # a task of a plan, or of what a recommendation asks for before it (建议省财政每年安排…,设立规模50亿元的…基金 in an
        # inspection's report)
        task = ((in_plan or bool(self.proposal.search(sentence, 0, clause)))
                and not sentence[clause:setups[-1].start()].strip())
        if intent and not task and not self.fund_intent.search(sentence, clause, setups[-1].start()):
            return False
        sized = bool(self.fund_size_before.search(sentence, max(0, pos - 4), pos)
                     and self.fund_noun.search(sentence))
        named = (setups[-1].start() >= clause_start(sentence, pos)
                 and bool(self.fund_named_after.match(sentence, pos)))
        return (sized or named) and not self.past.search(sentence, setups[-1].end(), pos)

    def fund_beyond_carried_horizon(self, sentence: str, pos: int, ctx: FigureContext, dates: DocumentDates,
                                    in_plan: bool) -> bool:
        """Whether the figure at `pos` is the size of a fund to set up (`sets_up_fund`) whose goal year was carried
        from a sentence before and lies past the report's next year: a far horizon (远期(2026—2035年)…预计带动社会投资
        超过300亿元。管委会将设立规模10亿元的产业引导基金) is no deadline of a fund, which is set up, not reached; a
        year's plan before it (2022年,高新区力争…。新区将设立规模一百亿元的…基金) still dates it."""
        if not (ctx.goal and ctx.carried and ctx.year) or (dates.report and ctx.year <= dates.report + 1):
            return False
        return self.sets_up_fund(sentence, pos, in_plan)

    def hearsay_view(self, sentence: str, pos: int) -> bool:
        """Whether the figure at `pos` is in what a feature reports its sources to think (`hearsay_openers` before it
        in its sentence: 业界人士认为,…专业人才约4000人). Not a goal they quote (有分析指出,方案中「三年内压降86亿元」的目标
        意味着…: the plan's own words, in quotation marks)."""
        if not (self.hearsay and self.hearsay.search(sentence, 0, pos)):
            return False
        return not any(sentence.count(o, 0, pos) > sentence.count(c, 0, pos) for o, c in ("「」", "“”"))

    def lists_problem(self, sentence: str, pos: int) -> bool:
        """Whether a problem word and a colon open the sentence before the figure at `pos` (存在的主要问题:一是孵化空间
        不足,核心区出租率达到98%; 我们也清醒地看到,…还存在不少困难和问题:…): what is wrong now, whatever the heading
        above names (五、存在问题与2023年工作计划)."""
        lead = self.problem_lead.match(sentence) if self.problem_lead else None
        return bool(lead and lead.end() <= pos)

    def no_task(self, sentence: str, pos: int, section: Section | None) -> bool:
        """Whether the figure at `pos` is no task, whatever its section or the sentence before: a figure inside a
        title (落实《朔州经开区人才引进十条》) or in a proposal the text answers (您提出将开发区整合为5个以内的建议,我们
        将…研究). Under a heading of goals (三、2022年工作计划), neither is an item listed after a grant's
        (给予一次性安家补贴20万元、硕士5万元: the grant's terms, a word before the 、), unless it is an allotment
        (安排…专项资金1.5亿元)."""
        if sentence.rfind("《", 0, pos) > sentence.rfind("》", 0, pos) or CITED_PROPOSAL.match(sentence, pos):
            return True
        if not (section and section.goal) or self.allocation(sentence, pos):
            return False
        grants = self.budget_grant_words if section.budget else self.grant_words
        list_start = clause_start(sentence, pos, delimiters=LIST_CLAUSE_DELIMITERS)
        return grants.search(sentence, list_start, clause_start(sentence, pos)) is not None

    def leveraged_by_fund(self, sentence: str, pos: int, in_plan: bool = False) -> int | None:
        """Where the size of the fund stands that the figure at `pos` is to be leveraged by: a leverage word before it
        in its clause, right after a clause that sets up a fund (`sets_up_fund`: 设立规模5亿元的示范区产业发展基金,撬动社会
        资本投入20亿元以上). None for any other figure."""
        clause = clause_start(sentence, pos)
        if clause == 0 or not self.fund_leverage.search(sentence, clause, pos):
            return None
        sizes = list(self.fund_size.finditer(sentence, clause_start(sentence, clause - 1), clause))
        if not sizes or not self.sets_up_fund(sentence, sizes[-1].end(), in_plan):
            return None
        return sizes[-1].end()

    def fund_due_within_year(self, sentence: str, pos: int, in_plan: bool = False) -> bool:
        """Whether the figure at `pos` sizes a fund to be set up (`sets_up_fund`) that its sentence says is to be set
        up or paid in within the year, after it (将设立规模50亿元的…基金,首期规模10亿元,计划年内完成设立; 首期资金5亿元计划于
        年内到位; 今年年底前完成设立): the fund and its first tranche are that year's goals. Not where the 年内 clause states a figure of its
        own (…基金,年内完成首期募资5亿元: that time dates the raise, not the fund)."""
        if not self.sets_up_fund(sentence, pos, in_plan, intent=False):  # its due time says it is to come
            return False
        within = WITHIN_YEAR_AFTER.search(sentence, pos)
        return bool(within and not FIGURE_DIGIT.search(sentence, within.end(), clause_end(sentence, within.end())))

    def event_total(self, sentence: str, pos: int) -> bool:
        """Whether the figure at `pos` is a total of the event its sentence points back at: this_event_words before
        one of event_acts (此次集中签约, 活动现场共集中签约), then a count of the event's projects, before the figure
        (此次集中签约项目37个,总投资三百二十六亿元,其中亿元以上项目26个). Not one project of it (此次签约的…项目总投资15.8亿元)."""
        if self.this_event_act is None:
            return False
        act = self.this_event_act.search(sentence, 0, pos)
        return bool(act and self.projects_counted.search(sentence, act.end(), pos))

    def of_todays_event(self, sentence: str, pos: int) -> bool:
        """Whether the figure at `pos` comes after an event its sentence says happens today (today_words before one of
        event_acts: 今天开工的项目有16个,总投资98.2亿元; 综保区今天与5家企业签约,签约金额63亿元)."""
        return self.today_act is not None and bool(self.today_act.search(sentence, 0, pos))

    def proposed_undated(self, sentence: str, pos: int) -> bool:
        """Whether the figure at `pos` is asked for by a proposal word in its sentence with no time stated between
        them: 2012年上半年园区风电装备产值同比下降12.4%,…,建议设立规模5亿元的新能源产业发展基金 — the time before the
        recommendation dates what it found, not what it asks for."""
        proposals = list(self.proposal.finditer(sentence, 0, pos))
        return bool(proposals) and not self.states_time(sentence[proposals[-1].end():pos])

    def read_figure(self, sentence: str, pos: int, dates: DocumentDates,
                    previous: "FigureContext | None" = None, section: Section | None = None,
                    part: bool = True, after: str = "", end: int | None = None) -> FigureContext:
        """The context of a figure (`read`), dated as a projection when it is one (`projected`) and as a
        project's planned total when it is one (`project_total`). A figure ending at `end` that the words right
        after it call a goal (下降14%的目标, 2025年新材料产业产值200亿元的目标, 年均35个的预期) is one, wherever it is
        cited: an evaluation measuring results against it, a review saying it was missed."""
        sentence = with_digit_years(sentence)
        if dates.roc:
            sentence, pos = with_gregorian_years(sentence, pos)
        ctx = self.projected(sentence, pos, self.read(sentence, pos, dates, previous, section, part, after))
        if (ctx.year is None and not ctx.goal and previous is not None and previous.year and not previous.goal
                and self.event_total(sentence, pos)):
            # 6月27日,昌吉州2022年第二季度…集中签约仪式在…举行。此次集中签约项目37个,总投资三百二十六亿元: the totals of
            # the event the sentence before dates keep its year (GUIDE.md)
            ctx = FigureContext(False, previous.year, ctx.carried)
        if ctx.year is None and dates.report and self.of_todays_event(sentence, pos):
            # 今天开工的项目有16个,总投资98.2亿元 in a report of 2019: today's event is of the report's year
            ctx = FigureContext(ctx.goal, dates.report, ctx.carried)
        if (ctx.goal and ctx.year is None and previous is not None and previous.due_end and previous.year
                and (previous.goal or self.projects_from_done_before(sentence, pos, previous.year, dates))
                and self.projection_events.search(sentence, 0, pos) and not self.states_time(sentence[:pos])
                and not self.describes_before_event(sentence, pos)):
            # …预计于二零二一年建成。…,建成后年产值预计可达人民币50亿元: the event a projection counts from is the
            # one the sentence before dates
            ctx = FigureContext(True, previous.year, ctx.carried)
        if (not ctx.goal and ctx.year is not None and dates.report and ctx.year >= dates.report
                and CAP_BEFORE.search(sentence, clause_start(sentence, pos), pos) and CAP_AFTER.match(sentence, pos)):
            # 政府性债务余额2015年底控制在650亿元以内: a ceiling to keep within by a year not before the report's own, a
            # goal with no goal word (城镇登记失业率控制在3.5%以内 of a year gone by, or in a yearbook, is a result)
            ctx = FigureContext(True, ctx.year, ctx.carried)
        due = None if ctx.goal else DUE_BY_AFTER.match(sentence, pos)
        if due and not (dates.report and int(due.group(1) or due.group(2)) < dates.report):
            # 2座污水处理厂须于2016年6月底前建成投运: what must be done by a date the clause gives after the figure
            return FigureContext(True, int(due.group(1) or due.group(2)), ctx.carried)
        ctx = self.project_total(sentence, pos, ctx, section)
        ctx = self.described_total(sentence, pos, ctx, dates)
        ctx = self.planned_capacity(sentence, pos, ctx)
        named = self.named_goal_year(sentence, pos, end) if not ctx.goal and end is not None else None
        if named:
            return FigureContext(True, named, ctx.carried)
        if not ctx.goal and ctx.year is not None and end is not None and self.goal_of_year_read(sentence, pos, end):
            return FigureContext(True, ctx.year, ctx.carried)
        staged = self.stage_year(sentence, pos, dates) if not (ctx.goal and ctx.year) else None
        if staged:  # 近期新建改建道路28公里: a goal of the plan's stage, not a year its brackets state
            return FigureContext(not self.planned_word.search(sentence, clause_start(sentence, pos), pos), staged)
        item = respective_year(sentence, pos)
        if item and ctx.year in (None, item[1]):  # the span alone would date every item by its last year
            ctx = replace(ctx, year=item[0])
        return ctx

    @staticmethod
    def named_goal_year(sentence: str, pos: int, end: int) -> int | None:
        """The year of a figure the words right after it call a goal, when the text dates it there
        (3.5万亿元2015年国家级经开区地区生产总值目标) or right before its measure in its clause, no other figure between
        (《规划》提出的2025年新材料产业产值200亿元的目标; 原计划2023年新增产值50亿元的目标未能实现). An undated one
        (与下降14%的目标差距明显) is left to the plan it cites; a proposal's (您建议的3000亿元目标) is none."""
        after = NAMED_GOAL_AFTER.match(with_digit_years(sentence), end)
        listed = not after and LIST_TO_NAMED_GOAL.match(with_digit_years(sentence), end)
        if not (after or listed):
            return None
        clause = clause_start(sentence, pos)
        if PROPOSED.search(sentence, clause, pos) or listed and reached_or_proposed(sentence, pos, end):
            return None
        if after and after.group(1):
            return int(after.group(1))
        years = list(STATED_YEAR.finditer(with_digit_years(sentence), clause, pos))
        if years and not FIGURE.search(sentence, years[-1].end(), pos):
            return int(years[-1].group(1))
        return None

    @staticmethod
    def goal_of_year_read(sentence: str, pos: int, end: int) -> bool:
        """Whether a figure the words after it call a goal, with no year stated before it, is a goal of the year
        its clause reads otherwise (提出全年引进项目60个以上、到位资金180亿元的目标; 围绕开发区今年实现…、固定资产投资突破
        240亿元的目标): not when the list says the goal was reached (已实现…的目标) or proposed (您建议的…目标)."""
        if not goal_named_after(sentence, end) or reached_or_proposed(sentence, pos, end):
            return False
        start = clause_start(sentence, pos, delimiters=LIST_DELIMITERS)
        return (not STATED_YEAR.search(with_digit_years(sentence), start, end)
                and any(m.group() != "去年" for m in RELATIVE_YEAR.finditer(sentence, start, pos)))

    @staticmethod
    def stage_year(sentence: str, pos: int, dates: DocumentDates) -> int | None:
        """The last year of the plan's stage (plan_stages) a figure stands under: a stage word in its clause
        (近期(2009—2012年)新增建设用地2.84平方公里,远期新增建设用地10.4平方公里) or in the clause before when that one
        states no figure of its own (近期新建第二污水处理厂,日处理能力3万吨); no other time stated between them but the
        stage's own years in brackets, and no deadline after the figure (近期重点环保工程:…投资3.8亿元,2022年底前建成投运).
        A clause after a stage's figure is not the stage's (其中近期(2020—2025年)投资约260亿元,基础设施投资约85亿元)."""
        if not dates.stages or DEADLINE.search(with_digit_years(sentence), pos):
            return None
        # brackets do not end a stage's clause (近期(2009—2012年)新增…), a colon does (近期重点环保工程:…)
        clause = clause_start(sentence, pos, delimiters=PUNCTUATED_CLAUSE_DELIMITERS)
        stage = last_match(STAGE_WORD, sentence, clause, pos)
        if stage is None and clause > 0:
            before = clause_start(sentence, clause - 1, delimiters=PUNCTUATED_CLAUSE_DELIMITERS)
            stage = None if OWN_FIGURE.search(sentence, before, clause) else last_match(STAGE_WORD, sentence, before, clause)
        if stage is None:
            return None
        between = sentence[stage.end():pos]
        if between.startswith("("):
            between = between[between.find(")") + 1:] if ")" in between else ""
        if ContextReader.states_time(between):
            return None
        return dict(dates.stages).get(stage.group())

    def project_total(self, sentence: str, pos: int, ctx: FigureContext, section: Section | None) -> FigureContext:
        """A project's planned total (其中某项目计划总投资85亿元, 冷链物流中心项目,计划总投资8.6亿元) is what the project
        is to cost over its whole build, which no year bounds: a goal with no year, unless its sentence states a
        time before it (今年全区共安排重点项目68个,计划总投资410亿元: that year's projects), the year was carried from
        the sentence before, or it stands in a section headed by that year (2012年重点工作: that year's works; not
        a review of it, 一、上半年工作开展情况, where the project is described, not planned for the year).
        A time the sentence gives for starting or finishing the project after its whole total (计划总投资3.6亿元,占地
        260亩,预计2013年建成投产) dates that event, not the amount: no year (GUIDE, settled in round 29g). It still
        dates a planned spend that is not the whole (一期项目计划投资7.8亿元,…力争2024年12月底前竣工投产; 计划追加投资),
        what is to be spent by then."""
        total = self.project_totals.search(sentence, clause_start(sentence, pos), pos) if ctx.goal else None
        if not total or sentence.endswith(ANNUAL, 0, total.start()):
            return ctx  # 年度计划投资158亿元: the year's planned spending, of the year it is read in
        if self.year_spend_stated(sentence, pos, total, ctx):
            return ctx  # 今年宜城经开区计划投资15亿元建设冷链物流园,…,预计2025年建成: this year's spending
        done = None if WHOLE_TOTAL in total.group() else self.completion_to_come(sentence, pos)
        if done:
            return FigureContext(True, int(done.group(1)), ctx.carried)
        if ctx.year is None:
            return ctx
        if self.time_dates_total(sentence, pos, total) or YEARS_AHEAD.search(sentence, 0, pos):
            return ctx
        if self.one_projects_whole_total(sentence, pos, total):
            return FigureContext(ctx.goal, None, ctx.carried)
        if ctx.carried or section and section.year == ctx.year and not section.review:
            return ctx
        return FigureContext(ctx.goal, None, ctx.carried)

    def one_projects_whole_total(self, sentence: str, pos: int, total: regex.Match) -> bool:
        """陶瓷新材料产业园二期计划总投资十二亿元,确保年内开工、2023年建成投产 under 2022年重点工作: one project's whole
        planned total, its start or completion told after it, is its size, which that time dates no more than the year
        of its section or one carried from the sentence before (GUIDE, round 29g: "in a year's work plan too"). A year's
        programme of projects counted before it (今年全区共安排重点项目68个,计划总投资410亿元) is that year's."""
        return (WHOLE_TOTAL in total.group() and not PROGRAMME_COUNT.search(sentence, 0, pos)
                and bool(self.start_word.search(sentence, pos) or self.completion_word.search(sentence, pos)))

    def described_total(self, sentence: str, pos: int, ctx: FigureContext, dates: DocumentDates) -> FigureContext:
        """A project's whole total stated as what the project is, no goal (鑫泰船舶项目总投资3亿元,占地320亩; 总投资8亿元的
        生物酶制剂扩能项目落户园区; 四是…项目,总投资26亿元) is its size, which no year bounds: `year` null though its
        report, section or an earlier clause (2019年入驻开发区,一期项目总投资8.6亿元) dates the text around it (GUIDE,
        settled in round 29g). A time in its own clause dates it, a programme's total keeps its year
        (`programme_part`), and so does a yearbook's project, listed among its year's (引进的重点项目有:…项目,总投资12亿元;).
        """
        if ctx.goal or ctx.year is None or ctx.carried or dates.yearbook:
            return ctx
        clause = clause_start(sentence, pos)
        total = PROJECT_WHOLE_TOTAL.search(sentence[clause:pos])
        if total is None or self.states_time(sentence[clause:pos]):
            return ctx
        named = (total.group(1) or PROJECT_SIZED.match(sentence, pos, clause_end(sentence, pos))
                 or PROJECT_NAMED_LAST.search(sentence, 0, clause) or self.one_project_before(sentence, pos))
        if not named or self.programme_part(sentence, pos, clause + total.start()):
            return ctx
        return FigureContext(False, None, ctx.carried)

    @staticmethod
    def one_project_before(sentence: str, pos: int) -> bool:
        """Whether the sentence names one project, works or phase before the bare 总投资 at `pos` (一是…项目,落在九站园,
        总投资32亿元; 港池疏浚工程总投资18.6亿元; 台创园二期将于明年动工,总投资…), not a programme or an event's projects
        (天府新区2023年首批重大项目集中开工,总投资达1200亿元; 此次集中开工项目共28个,总投资186.5亿元) nor a bar sorting
        projects (其中总投资50亿元以上项目不少于40个)."""
        return (bool(PROJECT_NAMED_BEFORE.search(sentence, 0, pos)) and not PROGRAMME_CUE.search(sentence, 0, pos)
                and not PROJECT_BAR_AFTER.match(sentence, pos))

    def programme_part(self, sentence: str, pos: int, total: int) -> bool:
        """Whether the total at `pos` sums or belongs to a programme of a period: its projects named as the ones
        signed, started or under way (新签约项目总投资1320亿元; programme_project_words), a count of projects before it
        since the last 其中 (共28个项目,总投资136亿元), a stock as at a date (截至2022年末,…), a sentence opening with
        其中, parts of the programme the sentence before counts (全年实施重点项目56个,…。其中,…项目总投资22亿元), or
        a year stated before the count of the programme it is part of (2021年两区共引进…项目46个,…,其中…项目总投资52亿元)."""
        if self.programme_projects and self.programme_projects.search(sentence, clause_start(sentence, pos), total):
            return True
        parts = sentence.find("其中", 0, pos)
        last_parts = sentence.rfind("其中", 0, pos)
        if PROGRAMME_COUNT.search(sentence, max(last_parts, 0), pos) or STOCK_DATE.search(sentence, 0, pos):
            return True
        if PARTS_OPENING.match(sentence):
            return True
        count = PROGRAMME_COUNT.search(sentence, 0, parts) if parts > 0 else None
        return bool(count and STATED_YEAR.search(sentence, 0, count.start()))

    def year_spend_stated(self, sentence: str, pos: int, total: regex.Match, ctx: FigureContext) -> bool:
        """Whether a planned spend that is not a whole total (计划投资, not 计划总投资) has its year stated in its own
        clause, before it (今年宜城经开区计划投资15亿元建设冷链物流园): what is to be spent in that year, which a time after
        it for finishing the works (预计2025年建成) does not move."""
        return (WHOLE_TOTAL not in total.group() and ctx.year is not None and not ctx.carried
                and self.states_time(sentence[clause_start(sentence, pos):pos]))

    def time_dates_total(self, sentence: str, pos: int, total: regex.Match) -> bool:
        """Whether a time the sentence states before a planned total dates it. A year's spending (今年计划投资80亿元)
        and a year's programme (今年全区共安排重点项目68个,计划总投资410亿元; “十一五”期间,…计划总投资约420亿元) take it;
        one project's whole total, its time in an earlier clause, does not: that time is when the project was
        planned or signed (二〇一四年,开发区…规划建设…产业园,规划占地一千二百亩,计划总投资十五亿元; 全年签约的重大项目主要有:
        …项目,计划总投资15亿元)."""
        if not self.states_time(sentence[:pos]):
            return False
        if WHOLE_TOTAL not in total.group() or self.states_time(sentence[clause_start(sentence, pos):pos]):
            return True
        return bool(PROGRAMME_COUNT.search(sentence, 0, pos) or PLAN_END.search(sentence, 0, pos))

    def planned_capacity(self, sentence: str, pos: int, ctx: FigureContext) -> FigureContext:
        """The output a plant to be built is to have (拟…投资建设年产4GWh电池模组工厂,…,计划2025年投产) is reached when
        the plant is done: a time the sentence gives after the figure for finishing it dates the goal, as it does a
        project's planned total."""
        if not (ctx.goal and self.capacity_before.search(sentence, clause_start(sentence, pos), pos)):
            return ctx
        done = self.completion_to_come(sentence, pos)
        return FigureContext(True, int(done.group(1)), ctx.carried) if done else ctx

    def completion_to_come(self, sentence: str, pos: int) -> regex.Match | None:
        """The first time after `pos` that says when a project is to be done. Not one its clause says is done
        (计划总投资240亿元,一期项目已于2021年9月建成投产: a phase finished, not the end of the planned whole)."""
        for m in self.completion.finditer(sentence, pos):
            if not self.settled.search(sentence, clause_start(sentence, m.start()), m.start()):
                return m
        return None

    def describes_before_event(self, sentence: str, pos: int) -> bool:
        """Whether the sentence of a projection at `pos` gives figures of its own before the event it counts from
        (…2025年6月底前完成剩余4处,…,用于建设固废综合利用产业园。该产业园规划用地3000亩,计划总投资三十亿元,建成后预计
        年消纳工业固废300万吨): it opens on another thing than the one the sentence before says is done by its date
        (a task the park's land comes from), and its event is not dated by it."""
        events = list(self.projection_events.finditer(sentence, 0, pos))
        return bool(events) and bool(FIGURE_DIGIT.search(sentence, 0, events[-1].start()))

    def projects_from_done_before(self, sentence: str, pos: int, due: int, dates: DocumentDates) -> bool:
        """Whether a projection at `pos` counts from a thing the sentence before, on what is under way, says is
        done by `due`, still to come (…正在加紧建设,总投资8.7亿元,计划今年9月投用。据介绍,投用后…年交易额有望达到50亿元):
        its sentence states no figure before the event, which would be another thing's (同时加快建设总投资22亿元的…
        产业园,规划占地2000亩,建成后…)."""
        event = self.projection_events.search(sentence, 0, pos)
        return bool(dates.report and due >= dates.report and event
                    and not FIGURE_DIGIT.search(sentence, 0, event.start()))

    def projected(self, sentence: str, pos: int, ctx: FigureContext) -> FigureContext:
        """A figure after an event it counts from (项目建成后可新增产值300亿元; 全区开发完成后,可望引进…) belongs to
        the year of the event, which reports seldom give: it has a year only when the event's clause or the clause
        before it states a time (二期将于年内竣工,建成后可容纳…), a time stands between the event and the figure
        (建成后,到2020年…), or an earlier clause of the sentence, the last stating a time, says when the thing is
        done (产业园今年六月投入使用,建筑面积十二万平方米,…,建成后预计可容纳企业八十家以上). A time of a start dates no
        end (今年上半年开工建设首批八个项目,全部建成投产后,预计年产值可达八百亿元). Not the year of its section, plan
        or the sentence before."""
        events = list(self.projection_events.finditer(sentence, 0, pos))
        if not events or ctx.year is None:
            return ctx
        event = events[-1]
        if self.states_time(sentence[event.end():pos]) or self.completes_the_plan(sentence, event.start()):
            return ctx
        event_clause = clause_start(sentence, event.start())
        if self.states_time(sentence[event_clause:event.start()]):
            return ctx  # 预计2022年投产后年产值可达…
        timed = self.last_timed_clause(sentence, event_clause)
        if timed is not None and self.before_full_production(event.group(), timed[1]):
            return FigureContext(ctx.goal, None, ctx.carried)
        if timed is not None and not self.start_word.search(timed[1]):
            right_before = timed[0] == clause_start(sentence, event_clause - 1)
            # the clause right before dates the event unless it states a figure of its own (年内完成投资2.3亿元,
            # 全部建成后…: the year's spending, not when the build ends)
            of_the_event = right_before and not OWN_FIGURE.search(STATED_YEAR.sub("", timed[1]))
            if of_the_event or self.completion_word.search(timed[1]):
                return ctx
        return FigureContext(ctx.goal, None, ctx.carried)

    def completes_the_plan(self, sentence: str, event: int) -> bool:
        """Whether the clause of the event at `event` opens with the plan's own completion (三年行动完成后, 规划实施后,
        据测算 before it): a projection from it takes the year the plan's goals take."""
        return bool(self.plan_completion and self.plan_completion.match(sentence, clause_start(sentence, event)))

    def before_full_production(self, event: str, timed: str) -> bool:
        """Whether a projection counts from full production (达产后) and the clause timing it states a year for
        something before that (预计2024年建成投产; …项目已于去年10月投产, the year gone by), not for full production
        itself nor as this year (今年建成投产)."""
        if not (self.full_production and self.full_production.search(event)
                and not self.full_production.search(timed)):
            return False
        relative = [m.group() for m in RELATIVE_YEAR.finditer(timed)]
        if relative:
            return all(word == "去年" for word in relative)
        return bool(STATED_YEAR.search(timed))

    def last_timed_clause(self, sentence: str, end: int) -> tuple[int, str] | None:
        """Where the last clause of `sentence` before `end` that states a time starts, and its text, if any."""
        while end > 0:
            start = clause_start(sentence, end - 1)
            if self.states_time(sentence[start:end]):
                return start, sentence[start:end]
            end = start
        return None

    def ends_with_due_date(self, sentence: str) -> bool:
        """Whether the last deadline of a sentence names its month (须于2016年6月底前建成投运, 于2019年7月前开通…) or is
        年底前 alone: the due date of one task, where 到2015年 or 2016年底前 is the horizon of a plan the sentences after
        it go on with; so is a sentence ending with when a thing is done (预计2020年量产), and one whose last time is
        the month of the year spoken of by which a project is done (力争明年十月建成试车,…建成投产后可实现…)."""
        sentence = with_digit_years(sentence)
        if self.completion_ends.search(sentence):
            return True  # …新厂月产能可达10万片晶圆,预计2020年量产;: when one plant is done, no plan's horizon
        due = self.deadlines(sentence)
        year_end = list(YEAR_END_DEADLINE.finditer(sentence))  # 年底前 alone: a task of the year being spoken of
        if year_end and (not due or year_end[-1].start() > due[-1].start()):
            return True
        done = list(self.month_completion.finditer(sentence))  # 力争明年十月建成试车: when one project is done
        if done and (not due or done[-1].start() > due[-1].start()):
            return True
        if sentence.endswith(";") and self.task_due_inside(sentence):
            return True
        return bool(due and NAMES_MONTH.search(due[-1].group()))

    def horizon_past_task(self, sentence: str, previous: FigureContext | None,
                          own: FigureContext) -> FigureContext | None:
        """The plan's horizon a ;-clause list goes on with past one task's due date inside a clause of it (“十四五”期间,
        …;新建标准化厂房100万平方米,其中三年内建成50万平方米;新建改造园区道路45公里。): the goal and year of the clause
        before, not that task's date, for the clauses after. None where the sentence before stated no goal's year."""
        if not (own.goal and previous is not None and previous.goal and previous.year and sentence.endswith(";")):
            return None
        if not self.task_due_inside(with_digit_years(sentence)):
            return None
        return FigureContext(True, previous.year, previous.carried + 1)  # stated a sentence further back

    def task_due_inside(self, sentence: str) -> bool:
        """Whether a sentence's last time opens a clause after its first (其中 aside), right before the figure to be
        completed by then (规划建设高新区科技新城,2024年底前建成人才公寓…1200套、九年一贯制学校1所;; 新建标准化厂房100万平方米,
        其中三年内建成50万平方米;): the due date of that task, not the time of the plan the ;-clauses after it go on with.
        Not a time a goal word brings in (…,并计划于2025年前建成科研空间约200万平方米;), which may be the plan's."""
        times = sorted([m.start() for m in self.deadlines(sentence)]
                       + [m.start() for m in self.years_ahead(sentence, False)])
        if not times:
            return False
        clause = clause_start(sentence, times[-1], 0, PUNCTUATED_CLAUSE_DELIMITERS)
        return (clause > 0 and bool(PART_OPENING.fullmatch(sentence, clause, times[-1]))
                and bool(DUE_TASK_AFTER.match(sentence, times[-1])))

    def projects_from_completion(self, sentence: str) -> bool:
        """Whether a sentence's last time is when one thing is done and all it says after it is what that thing is
        to bring once done (首期投资2亿美元,预计2021年投产,投产后年产值约30亿令吉。; 预计2025年底建成投产,建成后年产值
        可达300亿元。): the year of one project's event, not a plan's horizon the sentences after go on with."""
        done = list(self.completion.finditer(sentence))
        if not done:
            return False
        rest = sentence[done[-1].end():]
        comma = CLAUSE_AFTER_COMPLETION.match(rest)
        return bool(comma and self.projection_events.match(rest, comma.end()) and not self.states_time(rest))

    @staticmethod
    def states_time(text: str) -> bool:
        return bool(DEADLINE.search(text) or STATED_YEAR.search(text) or RELATIVE_YEAR.search(text)
                    or PLAN_END.search(text))

    def of_a_task(self, sentence: str, pos: int) -> bool:
        """Whether the figure at `pos` states a task: a task verb before it in its clause (建设人才公寓2000套), spending
        right before it (一期投资5亿元; not 总投资, a project's own size), or the size of what the task in the clause
        before builds and counts (建设人才公寓2000套,建筑面积12万平方米; not 建设枸杞科技创新中心,总建筑面积2.2万平方米, a
        project's own size)."""
        clause = clause_start(sentence, pos)
        if self.task_verb.search(sentence, clause, pos) or (self.due_spending
                                                            and self.due_spending.search(sentence, clause, pos)):
            return True
        if not (self.built_size and self.built_size.match(sentence[clause:pos])):
            return False
        before = clause_start(sentence, max(clause - 1, 0), delimiters=PUNCTUATED_CLAUSE_DELIMITERS)
        return (clause > 0 and bool(self.task_verb.search(sentence, before, clause))
                and bool(FIGURE_DIGIT.search(sentence, before, clause)))

    def task_due_later(self, sentence: str, pos: int, report_year: int | None) -> int | None:
        """The year of a due date opening a later clause of the figure's sentence (up to its ; or 。), when a task
        verb stands before the figure in its clause: 在园区周边建设人才公寓2000套,建筑面积12万平方米,2021年底前交付使用.
        Not a due date before the report's year, nor a figure of no task (园区已建成标准厂房…; 占地300亩,…,2019年底前
        建成投用: the project's own size)."""
        if not self.of_a_task(sentence, pos):
            return None
        end = len(sentence)
        for stop in (";", "。"):
            found = sentence.find(stop, pos)
            if found >= 0:
                end = min(end, found)
        for m in self.due_task.finditer(sentence, clause_end(sentence, pos), end):
            if m.start() == clause_start(sentence, m.end()):
                year = int(m.group(1))
                return year if not (report_year and year < report_year) else None
        return None

    @staticmethod
    def deadline_after(sentence: str, pos: int, report_year: int | None) -> int | None:
        """The first deadline stated after `pos` in its sentence, unless it is before the report's year or dates a
        figure of its own clause (设立规模30亿元的…子基金,…,力争2022年底前完成首期10亿元募集: the deadline is the first
        tranche's, not the fund's)."""
        m = DEADLINE.search(sentence, pos)
        if m and FIGURE_DIGIT.search(sentence, m.end(), clause_end(sentence, m.end())):
            return None
        year = int(m.group(1) or m.group(2)) if m else None
        return year if year and not (report_year and year < report_year) else None

    def aimed_in_gone_year(self, before: str, cue: int) -> bool:
        """Whether a year gone by (去年) stands in the clause of the goal word at `cue`, before it: 去年县里争取新增建设
        用地指标1200亩 reports what was sought then."""
        return bool(self.gone_year and self.gone_year.search(before, clause_start(before, cue), cue))

    def reported_to_date(self, sentence: str, pos: int) -> bool:
        """Whether a span of the year so far (1-9月, 前三季度) stands before the figure at `pos` in its sentence with
        no goal word before the figure: 1-9月,开复工项目32个,完成投资19.7亿元 reports the months gone by, a result.
        力争1-9月完成投资20亿元 stays a goal, and so does a schedule leading to the whole year (一季度完成76亿元,…,
        前三季度完成288亿元,全年完成380亿元 under 二、主要目标)."""
        start = sentence.rfind("。", 0, pos) + 1  # a part (其中,…) is read with the sentence before: not its span
        return (bool(self.to_date_span.search(sentence, start, pos))
                and not self.goal_words.search(sentence, 0, pos)
                and not WHOLE_YEAR.search(sentence))

    def past_between(self, past: regex.Pattern, before: str, start: int, end: int) -> bool:
        """Whether a past word stands in before[start:end], but for one naming where a change starts (由目前的…)."""
        return any(not self.change_origin.match(before, max(0, m.start() - 1))
                   for m in past.finditer(before, start, end))

    def span_ends(self, sentence: str, pos: int, dates: DocumentDates, previous: "FigureContext | None",
                  after: str) -> frozenset[int]:
        """The years the text gives that may end a span ahead of the figure at `pos`: the goal's deadline carried
        from the sentence before (到2020年,…。三年内盘活…), the first deadline after the figure in its sentence
        (未来三年…投入新台币20亿元…,预计到2020年…), the one opening `after`, the sentence after a ';' (今后三年,…
        新征工业用地3000亩;到2020年,…), and the last year of the plan the title names (三年行动方案(2023—2025年))."""
        ends = {dates.plan, dates.title_span_end, self.deadline_after(sentence, pos, dates.report)}
        # A deadline before the span ends it only where it opens the figure's sentence (到2023年,…,三年内新增…) or
        # the paragraph, whose goal is carried to it; one inside the paragraph, after its opening, is another
        # horizon (GUIDE: 推广…模式,确保到2025年…。…三年内 in a 2023 report → 2026)
        if previous and previous.goal and previous.opened_by_deadline:
            ends.add(previous.year)
        ends.add(opening_deadline(sentence))
        opening = DEADLINE.match(with_digit_years(after).lstrip()) if after else None
        if opening:  # a deadline opening the sentence after (到2020年,…), not another subject's (宁东基地2016年6月底前…)
            ends.add(int(opening.group(1) or opening.group(2)))
        return frozenset(ends - {None})

    def span_start(self, sentence: str, dates: DocumentDates, previous: "FigureContext | None") -> int | None:
        """The year a span ahead in `sentence` counts from: the report's, but the date of a decision or plan the
        sentence before states when the sentence opens on its arrangement (去年5月,…出台《…决定》。按照部署,省财政
        在五年内…: five years from the decision)."""
        if (dates.report and previous is not None and self.arrangement_reference
                and self.arrangement_reference.match(sentence) and not previous.goal and previous.year
                and previous.carried == 0 and previous.year < dates.report):
            return previous.year
        return dates.report

    @staticmethod
    def ahead_or_own(stated: regex.Match, clause: int, dates: DocumentDates) -> bool:
        """Whether a year stated after a goal's last deadline is the year of the figure's own goal: one still ahead
        of the report's, or the report's own year opening the figure's clause of a text that is no review (力争到2025年
        底将非标融资余额压降至10亿元以内,2024年内压降12亿元, in a plan dated 2024: this year's part of the goal)."""
        year = int(stated.group(1))
        return year > dates.report or (year == dates.report and stated.start() >= clause and not dates.review)

    def _read(self, sentence: str, pos: int, dates: DocumentDates, section_year: int | None,
              previous: "FigureContext | None", part: bool = True, sums_ahead: bool = False,
              after: str = "", reviewing: bool = False) -> FigureContext:
        """`reviewing`: the figure's section is headed by results (一、主要工作成效), whose 年内 records the year's work
        as a reviewed text's does, though the text was written after it (a 述职报告 of January reviewing the year
        before)."""
        before = sentence[:pos]
        # 全年 plans the plan's year, not one a sentence before spoke of (2012年…。全年产业集聚区完成…: a review)
        planning = dates.plan is not None and not (previous and previous.year and previous.year < dates.plan)
        cue = self.goal_start(before, part, dates.report, sums_ahead, dates.review or reviewing, plan=planning)
        if YEARS_AHEAD.search(before):
            deadline = self.deadline(before, self.span_start(sentence, dates, previous), sums_ahead, dates.plan_span,
                                     self.span_ends(sentence, pos, dates, previous, after))
        else:
            deadline = self.deadline(before, dates.report, sums_ahead, dates.plan_span)
        # A goal reaches the figure unless a past marker comes between (今年计划…24亿元,已建成项目5个); under a
        # deadline after the report's year, 累计 sums up the plan (到2023年,累计完成固定资产投资…); so it does under any
        # deadline when the report gives no date of its own (a news page cut from its dateline).
        # A past plan's deadline (…计划…,到二〇一〇年…累计完成三十亿元) sums up that plan as well.
        future = deadline is not None and (dates.report is None or deadline > dates.report
                                           or self.planned_before(before, self.last_deadline_start(before)))
        past = self.past_before_future if future else self.past
        goal = (cue is not None and not self.past_between(past, before, cue, self.rate_of_goal_before(before))
                and not (not future and self.aimed_in_gone_year(before, cue)))
        stated = None
        clause = clause_start(before, pos)
        for m in STATED_YEAR.finditer(before):
            if self.event_year(before, m, clause) and not (dates.report and int(m.group(1)) > dates.report):
                continue
            year = int(m.group(1))
            if self.opens_span(before, m) and not (dates.report and year > dates.report):
                stated = None  # 从2010年起,省财政每年安排…两亿元: every year from then on, none of them
                continue
            stated = None if self.spans_to_now(before, m, year, dates.report) else m
        relative = None
        for m in RELATIVE_YEAR.finditer(before):
            if m.group() in RESTATING_YEAR and (relative or stated and stated.start() < m.start()):
                continue  # 明年…将…,全年引进项目10个: 全年 restates the year the sentence already named
            relative = None if self.spans_to_now(before, m, RELATIVE_OFFSET.get(m.group(), 0), 0) else m
        inherit = previous and previous.goal and previous.year and previous.carried < MAX_CARRY
        # 对…企业给予最高不超过200万元贷款: a grant a policy sets, not a goal carried from the sentence before; a
        # sentence describing a project (…产业园规划用地3200亩,计划总投资…,建成后可容纳…) does not take the
        # deadline of the sentence before either.
        inherit = (inherit and not self.grant_words.search(before, clause) and not self.policy_terms(sentence)
                   and not self.describes_project_before(sentence, pos))
        # nor is a sentence that says its matter is done (…扩建的厂房已经封顶) or states a rule (不得擅自占用; 原则上每个
        # 园区主导产业不超过3个: a standard for every year) a goal carried from the one before.
        carried_in = (inherit and not self.settled.search(sentence) and not self.rule_words.search(sentence)
                      and not self.standard_words.search(sentence))
        # The clauses of one list (主要预期目标是:…;…;…。) share its goal however many there are, and a clause
        # of it stating its own time (全年新签约…60个以上) is still a goal.
        carried = previous.carried + (0 if previous and previous.clause else 1) if previous else 0
        # under a deadline carried in from after the report's year, 累计 sums up the plan too
        # (到“十二五”末,…;园区固定资产投资累计完成四千五百亿元;), but not after a span that looks back (近三年累计);
        # as under its own deadline, so under any carried one when the report gives no date of its own
        past_carried = (self.past_before_future
                        if carried_in and (dates.report is None or previous.year > dates.report) else self.past)
        # a span of its own ending before the report's year (三年累计 of a plan's first three years) marks it past too
        own_past = deadline is not None and dates.report is not None and deadline < dates.report
        result = cue is None and carried_in and self.reports_result(sentence, pos)
        marked_past = bool(past_carried.search(before) or YEARS_BACK.search(before)) or own_past or result
        # A projection from an event (…项目…,建成后可实现年销售收入一百亿元。) is what one project is to bring: the
        # sentence after it (集聚区还建成标准化厂房二十六万平方米) takes its year, but no goal.
        if cue is None and carried_in and previous.clause and not marked_past and not previous.projected:
            goal = True
        if cue is None and stated is None and relative is None and carried_in:
            if not marked_past:
                return FigureContext(not previous.projected, previous.year, carried)
            if result:  # a result of the year the sentence before spoke of
                return FigureContext(False, previous.year, carried)
        if goal and deadline:
            # …于2025年以前再生能源使用比例达到20%,并以2030年达成…减量30%为目标: a year still ahead stated after the
            # last deadline is the goal's own
            last = max([m.start() for m in self.deadlines(before)] + [m.start() for m in PLAN_END.finditer(before)],
                       default=len(before))
            # 到2018年底,…盘活存量工业用地约200公顷,其中今年完成50公顷: the part due in a year before the horizon, which
            # 今年 / 明年 count from the report's date (not 全年 or 当年, which restate the deadline's year)
            if (relative and relative.start() > last and not (stated and stated.start() > relative.start())
                    and dates.report and relative.group() in SPOKEN_FROM_NOW
                    and dates.report + RELATIVE_OFFSET[relative.group()] < deadline):
                return FigureContext(True, dates.report + RELATIVE_OFFSET[relative.group()])
            # so does 年内 opening a clause after the deadline's (GUIDE: 年内 is the report's year)
            within = WITHIN_YEAR_OPENING.search(before, last)
            if (within and dates.report and dates.report < deadline
                    and not (stated and stated.start() > within.start())):
                return FigureContext(True, dates.report)
            if stated and stated.start() > last and dates.report and self.ahead_or_own(stated, clause, dates):
                return FigureContext(True, int(stated.group(1)))
            return FigureContext(True, deadline)
        # a sub-goal under the year's goals; not a plan of a sentence that opens on what is under way now (目前园区正在
        # 推进二期扩区,拟新增规划面积12平方公里), which is of its own time
        now = cue is not None and (self.past.search(before, 0, cue) or self.plan_stops.search(before, 0, cue))
        # Under a heading naming its year (三、2026年重点工作) a goal of its own takes that year, not another deadline
        # the sentence before ended on (…,到2028年园区产值达到100亿元。办好…大会,力争签约技术转移项目80项以上).
        foreign = section_year is not None and previous is not None and previous.year != section_year
        if goal and stated is None and relative is None and inherit and not now and not foreign:
            return FigureContext(True, previous.year, carried)
        if relative and (stated is None or relative.start() > stated.start()):
            base = self.relative_base(relative.group(), dates, section_year, previous, goal)
            if base:
                return FigureContext(goal, base + RELATIVE_OFFSET.get(relative.group(), 0))
        if stated:
            # a year still ahead of the report's, stated in the figure's own clause (a 2010 plan's 2012年日供水能力达到
            # 5万立方米, the plan dated by its byline): what is to be by then; not a debt falling due then (2019年到期有息
            # 债务18.6亿元)
            clause = clause_start(before, len(before))
            ahead = (dates.dated and int(stated.group(1)) > dates.report and not dates.review
                     and stated.start() >= clause and not self.due.search(before, clause))
            return FigureContext(goal or ahead, int(stated.group(1)))
        if deadline:
            return FigureContext(goal, deadline)  # “十三五”期间新增供地9600亩 in a 2021 report: a result of 2020
        # 2012年,…实现收入5000亿元;新引进…30亿美元 — and 其中… after a sentence: a part of what it said.
        # not a project's own size opening its clause (…;总投资28亿元的日照钢铁精深加工项目开工建设): of no year
        if (previous and (previous.clause or sentence.startswith("其中")) and not previous.goal and previous.year
                and not self.past_year_reset(before) and not self.sizes_project_opening(sentence, pos)):
            return FigureContext(goal, previous.year, joined=previous.dated_to)
        # a day or month of it (11月5日) is still the paragraph's year; not the size of what a task builds (打造百亿元
        # 产业集群), an aim with no year; under a part of the year (上半年,…), not what a project is (一期项目总投资
        # 十二亿元, 投资45亿元的…二期项目): a project's size is of no year
        if (previous and previous.opened and not goal and not self.task_verb_before.search(before, clause)
                and not (previous.opened_by_part and self.describes_a_project(sentence, pos))):
            return FigureContext(False, previous.year)
        return FigureContext(goal, None)

    @staticmethod
    def relative_base(word: str, dates: DocumentDates, section_year: int | None,
                      previous: "FigureContext | None", goal: bool = False) -> int | None:
        """The year a relative year word counts from. 明年 and 去年 count from the report's date when it has one
        (明年 under 五、2025年主要目标 of a 2024 report is 2025). Else the section's year; for 全年 / 当年 (the year
        spoken of) also the year of the clause before (2018年…;全年新开工…) or the one year the title names; else
        the report's date, except for 当年, which only ever points back (当年新建…的园区 is any year). In a text with no
        date of its own, 年内 / 全年 (WITHIN_YEAR) after a clause stating a year's goal take that goal's year."""
        if word in COUNTED_FROM_REPORT and dates.report:
            return dates.report
        if section_year:
            return section_year
        if word == "年内" and dates.period_reviewed and not goal:
            # a result's 年内 in a report on one year's results written after it (2024年度发展报告, dated
            # 二〇二五年一月: 年内新入驻企业18家,实现产值14.2亿元): the year reported on
            return dates.period_reviewed
        if word in ANAPHORIC_YEAR:
            # the clause before, or the sentence before when it states its year itself (２０１７年,我们顶住了…。
            # 全年实现…): the year just spoken of
            if previous and (previous.clause or previous.carried == 0) and previous.year and not previous.goal:
                return previous.year
            if dates.title:
                return dates.title
            # a bulletin titled under a web page's menu, or a result in a report on one year's results titled on a
            # later line (漳州高新技术产业开发区 / 2024年度发展报告, dated 二〇二五年一月): 全年 of the year it reports
            # on; a goal's 全年 (its 2025年工作思路: 全年争取…资金不少于3亿元) is the report's own
            if dates.bulletin or (dates.period_reviewed and not goal):
                return dates.bulletin or dates.period_reviewed
        if word in WITHIN_YEAR and not dates.report and previous and previous.clause and previous.goal and previous.year:
            # a text with no date of its own (a yearbook): 年内 in a list of a year's goals (2019年,高新区力争…;
            # 年内建成标准化厂房20万平方米) is the year the list plans
            return previous.year
        return None if word in POINTS_BACK else dates.report

    @staticmethod
    def past_year_reset(before: str) -> bool:
        """A time word of its own (上半年, 1-5月) means the year before the ';' may not hold."""
        return bool(YEAR_OR_MONTH.search(before))

    def deadline_heading(self, text: str, start: int, end: int) -> bool:
        """A line that only names a deadline (到2025年, 十四五末, 三年内) or a year's goals (2024年目标, 2024年 这样干):
        an infographic's or fact box's heading over goals written as fragments (营业收入 / 力争突破万亿元). Its context
        carries into each line of the block under it as a line ending with ':' does a list."""
        line = text[start:end].strip()
        line_start = text.rfind("\n", 0, start) + 1
        if not (line and len(line) <= DEADLINE_HEADING_LENGTH and text.startswith("\n", end)
                and not text[line_start:start].strip()):
            return False  # a line of its own, not the end of a title (成都高新区|2023年成绩单来了!2024年这样干)
        digits = with_digit_years(line)
        bare = STATED_YEAR.sub("", digits)
        if FIGURE.search(bare) or not HAN_CHARACTER.search(line) or PROSE_MARKS.search(line):
            return False
        deadline = DEADLINE.search(digits) or PLAN_END.search(line) or YEARS_AHEAD.search(line)
        if deadline:
            return not HAN_CHARACTER.search(line.replace(deadline.group(), "").strip()) or bool(
                self.goal_headings.search(line))
        return bool(STATED_YEAR.search(digits) and self.goal_headings.search(line))

    def goal_table_title(self, line: str) -> bool:
        """表二:三大合作平台二○二五年主要目标: a table's title naming the goals of a year introduces its rows as a line
        ending with ':' does a list, whatever its columns are (here the zones, each cell with its own unit)."""
        return bool(TABLE_NAME.match(line) and self.goal_words.search(line)
                    and STATED_YEAR.search(with_digit_years(line)))

    def doc_contexts(self, doc, dates: DocumentDates) -> list:
        """sentence_contexts of a Doc's sentences, read once for the money, area and target extractors."""
        key = ("sentence_contexts", self.fingerprint, dates)
        if key not in doc.user_data:
            doc.user_data[key] = list(self.sentence_contexts(doc.text, doc.user_data["sentences"], dates))
        return doc.user_data[key]

    def sentence_contexts(self, text: str, sentences: list[tuple[int, int]], dates: DocumentDates):
        """For each sentence, the context carried in from the sentence before it in the same paragraph, and its
        section (None before the first heading). A line ending with ':' introduces a list
        (主要指标如下:, 主要目标是:): its context carries into each line of the list, up to a blank line or a
        heading."""
        carried = None
        intro = None  # the context at the end of a line ending with ':'
        previous_end = None
        under_heading = False  # the sentence before is a deadline heading, whose block may start after a blank line
        found = with_chronicles(sections(text, self.goal_headings, self.review_headings, dates.report,
                                         self.budget_headings, self.commitment_headings, self.problem_headings),
                                text, self.chronicle_headings, dates.roc)
        starts = [s.start for s in found]
        for start, end in sentences:
            i = bisect.bisect_right(starts, start) - 1
            section = found[i] if i >= 0 else None
            if previous_end is None or "\n" in text[previous_end:start]:
                gap = text[previous_end or 0:start]
                new_block = previous_end is None or "\n\n" in gap.replace(" ", "").replace("\t", "") or (
                    i >= 0 and starts[i] >= previous_end)
                if new_block and not (under_heading and "\n\n\n" not in gap.replace(" ", "").replace("\t", "")):
                    intro = None
                # a new paragraph starts afresh, or from the list's introduction; under a goals heading a line
                # right after another (no blank line) goes on with its deadline (一、发展目标 / 到“十一五”末,…。/
                # 全省开发区新增建设用地控制在六千公顷以内)
                # — unless the line opens a numbered item with a title of its own ((七)优化营商环境。…): a new task of
                # the list, not the deadline of the item before
                goes_on = (not new_block and intro is None and section is not None and section.goal
                           and not TITLED_ITEM.match(text, start, end))
                # a paragraph opening on the goals just stated (围绕上述目标,…要…) goes on with their deadline
                refers_back = self.goals_above is not None and bool(self.goals_above.match(text, start, end))
                carried = carried if goes_on or refers_back else intro
            yield start, end, carried, section
            under_heading = self.deadline_heading(text, start, end)
            carried = (HeadingContext if under_heading else CarriedContext)(self, text, start, end, dates, section,
                                                                            carried)
            if text[end - 1] == ":" and "\n" in text[end:end + 2] or self.goal_table_title(text[start:end]) or under_heading:
                intro = carried
            previous_end = end


class CarriedContext:
    """The context at the end of a sentence, which carries into the next one in its paragraph, read only when a
    figure asks for it: most sentences have no figure after them in their paragraph, and a reading takes a
    dozen timed patterns. Has the attributes of the FigureContext it stands for."""

    def __init__(self, reader: ContextReader, text: str, start: int, end: int, dates: DocumentDates,
                 section: Section | None, previous: "CarriedContext | None"):
        self.reader, self.text, self.start, self.end = reader, text, start, end
        self.dates, self.section, self.previous = dates, section, previous
        self.context: FigureContext | None = None

    def __getattr__(self, name: str):  # only for what this object lacks: the FigureContext's attributes
        if name.startswith("__"):  # copy and pickle look for special methods before the object has its own
            raise AttributeError(name)
        if self.context is None:
            self._read()
        return getattr(self.context, name)

    def _read(self) -> None:
        """Read this context and the unread ones before it, first to last (not recursively: a paragraph may
        have thousands of sentences)."""
        unread = []
        node = self
        while node is not None and node.context is None:
            unread.append(node)
            node = node.previous
        for node in reversed(unread):
            previous = node.previous.context if node.previous else None
            node.context = node.reader.read(node.text[node.start:node.end], node.end - node.start,
                                            node.dates.at(node.text, node.start), previous, section=node.section,
                                            after=sentence_after(node.text, node.end))
            horizon = node.reader.horizon_past_task(node.text[node.start:node.end], previous, node.context)
            if horizon is not None:
                node.context = horizon
            node.context.clause = node.text[node.end - 1] in ";:"  # its year holds after it
            node.context.projected = node.reader.only_projects(node.text[node.start:node.end])
            node.context.dated_to = node.text[node.end - 1] == ";" and bool(
                DEADLINE.search(with_digit_years(node.text[node.start:node.end])))
            if horizon is None and node.reader.ends_with_due_date(node.text[node.start:node.end]):
                # the date of one task (a projection after it counts from it: 计划今年9月投用。据介绍,投用后…), not of
                # the sentences after it
                node.context.due_end = True
                if node.context.goal:
                    node.context.carried = MAX_CARRY
            elif node.context.goal and node.reader.projects_from_completion(node.text[node.start:node.end]):
                node.context.carried = MAX_CARRY  # …预计2021年投产,投产后…: one project's, carried no further either
            opening = OPENING_YEAR.match(node.text, node.start, node.end) if node.previous is None else None
            part = OPENING_PART_OF_YEAR.match(node.text, node.start, node.end) if node.previous is None else None
            node.context.opened_by_deadline = node.context.goal and node.context.year is not None and (
                opens_paragraph(node.text, node.start)
                and opening_deadline(node.text[node.start:node.end]) == node.context.year
                or bool(previous and previous.opened_by_deadline and previous.year == node.context.year))
            node.context.opened_by_part = bool(part) or bool(previous and previous.opened_by_part)
            node.context.opened = not node.context.goal and node.context.year is not None and (
                bool(opening and int(opening.group(1)) == node.context.year) or bool(part)
                or bool(previous and previous.opened and previous.year == node.context.year))
            node.previous = None  # read: the chain before it is no longer needed


class HeadingContext(CarriedContext):
    """The context of a deadline heading (ContextReader.deadline_heading): the lines under it state goals, as
    lines under a goals heading do, with its year — unless that year is before the report's (a review's timeline:
    2015年前, “十三五”期间 in a 2021 text), whose lines are results."""

    def _read(self) -> None:
        super()._read()
        year, report = self.context.year, self.dates.report
        self.context.goal = self.context.goal or not (year and report and year < report)


TABLE_EXTRACTOR = "indicator_table"  # the extractor of facts read from an indicator table


def indicator_cells(doc, tables: IndicatorTables, dates: DocumentDates) -> list[IndicatorCell]:
    """The figures of a Doc's indicator tables, read once for the money, area and target extractors."""
    return [c for c in table_cells(doc, tables, dates) if not c.measure]


def table_cells(doc, tables: IndicatorTables, dates: DocumentDates) -> list[IndicatorCell]:
    """Every figure cell of a Doc's indicator tables, those of measure columns too, read once."""
    key = ("indicator_cells", dates)
    if key not in doc.user_data:
        doc.user_data[key] = tables.cells(doc.text, dates)
    return doc.user_data[key]


def table_cell_starts(doc, tables: IndicatorTables, dates: DocumentDates):
    """A test of whether an offset falls inside a figure cell of an indicator table."""
    spans = sorted((c.start, c.end) for c in table_cells(doc, tables, dates))
    starts = [a for a, _ in spans]

    def inside(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and pos < spans[i][1]
    return inside


MAX_LINK_HEADING = 12  # characters of a line heading a list of links (【相关阅读】, ■相关新闻)
LINK_DATE = patterns.compile(r"\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}")  # a link's date beside it: 2019-07-22


def link_title_span(text: str, pos: int, marks: tuple[str, ...], headings: tuple[str, ...]) -> tuple[int, int] | None:
    """The span of the line holding `pos` when it is a link (· 怀来大数据产业园二期开工 总投资四十五亿元) in a list of
    links right under a short line heading such a list (【相关阅读】), else None."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    if not marks or not text[start:end].strip().startswith(marks):
        return None
    lo = start
    while lo > 0:
        above = text.rfind("\n", 0, lo - 1) + 1
        line = text[above:lo - 1].strip()
        if line and not line.startswith(marks):
            heading = len(line) <= MAX_LINK_HEADING and any(h in line for h in headings)
            return (start, end) if heading else None
        lo = above
    return None


class FigureExtractor:
    """The loop the money and area components share: find figures sentence by sentence, read each one's
    context (goal, year) and add it as a fact. Subclasses set `fact_type` and say which fields a figure has."""

    fact_type = ""

    def __init__(self, finder, lex: Lexicons):
        self.finder = finder
        self.lex = lex
        self.context = ContextReader(lex)
        self.tables = IndicatorTables(lex)
        self.link_marks = tuple(lex.zone_link_marks)
        self.link_list_headings = tuple(lex.zone_link_list_headings)

    def fields(self, figure) -> dict:
        raise NotImplementedError

    def find_written(self, doc, written: str) -> list:
        """The figures of a table's figure written with its unit (2000亿元)."""
        return self.finder.find(written)

    def table_fields(self, cell: IndicatorCell, figure, cells: list[IndicatorCell], text: str) -> dict:
        """The fields of an indicator table's figure, whose row label says what it is (its category, kind), and its
        year where that is not its column's; `cells`: every figure of the document's tables, in `text`."""
        return self.fields(figure)

    def add_indicator_cells(self, doc, dates: DocumentDates) -> None:
        """A fact for each figure of an indicator table whose unit is of this type (亿元 for money, 平方公里 for
        areas): its value read as the figure written with its unit, its year and goal from its column."""
        from extractors.base import add_fact

        cells = indicator_cells(doc, self.tables, dates)
        for cell in cells:
            written = cell.currency + cell.figure(doc.text) + cell.unit
            named_after = CURRENCY_AFTER_UNIT.search(cell.unit)
            if named_after and not cell.currency:  # 地区生产总值(亿元人民币): written as 人民币2,150亿元 is
                written = named_after["currency"] + cell.figure(doc.text) + cell.unit[:named_after.start() + 1]
            found = self.find_written(doc, written)
            # the whole of it, but for a per-unit denominator (71.3万元/亩: money per mu, as 投资强度 is)
            # a cell of nought (一家企业 税收(万元) | 0) states that there was none: no amount
            if (len(found) == 1 and found[0].start == 0 and found[0].value
                    and (found[0].end == len(written) or written[found[0].end] == "/")):
                # the year is its column's, unless the type knows the figure has none (table_fields)
                fields = {"year": cell.year, **self.table_fields(cell, found[0], cells, doc.text)}
                add_fact(doc, cell.start, cell.end, self.fact_type, TABLE_EXTRACTOR, target=cell.goal, **fields)

    def find(self, doc, s_start: int, sentence: str) -> list:
        """The figures of the sentence of `doc` that starts at `s_start`."""
        return self.finder.find(sentence)

    def may_be_part(self, sentence: str, figure) -> bool:
        """Whether the figure may be a part (其中…) of a planned amount before it."""
        return True

    def dated(self, sentence: str, figure, ctx: FigureContext) -> FigureContext:
        """The figure's context as the fact states it; a subclass may know better for some figures."""
        return ctx

    def labelled(self, text: str, start: int, end: int, ctx: FigureContext) -> FigureContext:
        """A figure whose label follows it on its line (286.4亿元 2016年地区生产总值, 165亿元 2017年固定资产投资目标) has
        the year the label names, and is a goal when the label says so."""
        label = figure_label(text, start, end)
        year = STATED_YEAR.search(label) if label else None
        if not year:
            return ctx
        return FigureContext(ctx.goal or bool(self.context.goal_words.search(label)), int(year.group(1)), ctx.carried)

    def undated_link(self, text: str, pos: int) -> bool:
        """Whether the figure at `pos` is in a link's title (· 襄阳高新区一季度签约项目38个 总投资426亿元 under 【相关阅读】)
        that states no year: the linked article's date is not given, so a quarter there (一季度, 第四季度) or no time
        word at all dates nothing (GUIDE, round 50g). A title writing its year (· 廊坊临空经济区2021年签约项目23个) or
        carrying its date (…到位资金52亿元 (2019-07-22)) dates its figures, and so, as the annotated sets have it, does
        one of link_dating_words (· 港资企业去年投资…, •沈阳经济技术开发区上半年引资逾200亿元)."""
        link = link_title_span(text, pos, self.link_marks, self.link_list_headings)
        if link is None:
            return False
        title = with_digit_years(text[link[0]:link[1]])
        return not (STATED_YEAR.search(title) or LINK_DATE.search(title)
                    or any(w in title for w in self.lex.link_dating_words))

    def read_as_broken_line(self, doc, head: tuple, s_start: int, s_end: int, figures: list):
        """A sentence whose first figure opens it, on a line continuing a line broken off with no punctuation (a
        slide's bullet: 2024年计划安排基础设施投资 / 12亿元): its figures read in the sentence the break cut, from
        `head` (the broken sentence's start, carried context and section). Returns (start, text, carried, section,
        figures) with each figure's offsets in that text and the kind of money or area it reads there."""
        h_start, h_carried, h_section = head
        shift = s_start - h_start
        text = doc.text[h_start:s_end].replace("\n", " ")  # the same length: offsets stay those of doc.text
        joined = {f.end: f for f in self.find(doc, h_start, text)}
        read = []
        for figure in figures:
            moved = replace(figure, start=figure.start + shift, end=figure.end + shift)
            other = joined.get(moved.end)
            for name in BROKEN_LINE_FIELDS:
                if other is not None and hasattr(other, name):
                    setattr(moved, name, getattr(other, name))
            read.append(moved)
        return h_start, text, h_carried, h_section, read

    def __call__(self, doc):
        from extractors.base import add_fact

        dates = document_dates(doc.text, self.lex)
        in_table = table_cell_starts(doc, self.tables, dates)
        head = None  # (start, carried, section) of the sentence a line break with no punctuation cut, if any
        head_end = 0  # where the line broken off ends
        for s_start, s_end, carried, section in self.context.doc_contexts(doc, dates):
            sentence = doc.text[s_start:s_end]
            figures = self.find(doc, s_start, sentence)
            this = (s_start, carried, section)
            continues = (head is not None and figures and doc.text[head_end:s_start].strip(" \t\u3000") == "\n"
                         and opens_unlabelled(sentence, figures[0], doc.text, s_start))
            if continues:
                s_start, sentence, carried, section, figures = self.read_as_broken_line(doc, head, s_start, s_end,
                                                                                         figures)
            # a line broken off again goes on from the same head (突破 / 1000亿元,年营收超 / 2000亿元)
            head = (head if continues else this) if broken_off(doc.text, s_end) else None
            head_end = s_end
            for figure in figures:
                if in_table(s_start + figure.start):
                    continue  # read by its column (add_indicator_cells)
                ctx = self.context.read_figure(sentence, figure.start, dates.at(doc.text, s_start), carried, section,
                                               part=self.may_be_part(sentence, figure),
                                               after=sentence_after(doc.text, s_end), end=figure.end)
                ctx = self.dated(sentence, figure, ctx)
                ctx = self.labelled(doc.text, s_start + figure.start, s_start + figure.end, ctx)
                if ctx.year is not None and self.undated_link(doc.text, s_start + figure.start):
                    ctx = FigureContext(ctx.goal, None, ctx.carried)
                if self.context.is_baseline(sentence, figure.start, figure.end):
                    ctx = self.context.baseline(sentence, figure.start, ctx)
                add_fact(doc, s_start + figure.start, s_start + figure.end, self.fact_type, self.fact_type,
                         target=ctx.goal, year=ctx.year, **self.fields(figure))
        self.add_indicator_cells(doc, dates)
        return doc
