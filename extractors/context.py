"""Reading a figure's surroundings: its clause, the goal or deadline it falls under, the year it belongs to.

Shared by the money, area and target extractors so that a figure is a goal, or dated, by one rule.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from extractors import patterns
from pipeline.lexicons import Lexicons, alternation

CLAUSE_DELIMITERS = ",;。!?:\n、()《》“”\"'"
# 到2015年, 至2015年底, 2012年底前, 2015年前, 2015年以前; 十二五末 and its kin are five-year plans.
YEAR = r"(?<!\d)((?:19|20)\d{2})(?!\d)"
DEADLINE = patterns.compile(
    rf"(?:到|至|截至|截止到?)\s*{YEAR}\s*年(?:底|末|年底|年末)?"
    rf"|{YEAR}\s*年(?:底|末)?(?:前|以前|之前)"
)
FIVE_YEAR_PLANS = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030}
PLAN_END = patterns.compile(r"[\"“]?(十一五|十二五|十三五|十四五|十五五)[\"”]?(?:期?末|期间|时期|规划期)")
# Not 比2013年 / 较2013年: a baseline a change is measured from, not the year of the figure.
STATED_YEAR = patterns.compile(rf"(?<![比较]){YEAR}\s*年(?!代)")
# Not 后年 or 前年: they stand inside 投产后年产值 and 三年前年均 more often than they mean a year.
RELATIVE_YEAR = patterns.compile(r"今年|本年|年内|全年|当年|明年|去年")
RELATIVE_OFFSET = {"今年": 0, "本年": 0, "年内": 0, "全年": 0, "当年": 0, "明年": 1, "去年": -1}
# A report's own date: 2013年1月10日 or 2013-01-10 near its top.
DOCUMENT_DATE = patterns.compile(rf"{YEAR}\s*(?:年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|-\d{{1,2}}-\d{{1,2}}(?!\d))")
YEAR_OR_MONTH = patterns.compile(r"年|月")


def document_year(text: str) -> int | None:
    """The year a report is dated: a full date in its first lines, else a year in its title line."""
    head = text[:2000]
    m = DOCUMENT_DATE.search(head)
    if m:
        return int(m.group(1))
    m = STATED_YEAR.search(title_line(text))
    return int(m.group(1)) if m else None


# A numbered top-level heading on its own line: 一、2015年工作回顾, 第二部分 2016年主要目标.
NUMBERED_HEADING = patterns.compile(
    r"^[ \t]*(?:[一二三四五六七八九十]+[、.]|第[一二三四五六七八九十百\d]+[篇章部分节])(?P<title>[^\n]{0,30})$", regex.M)


def section_years(text: str) -> list[tuple[int, int | None]]:
    """(start, year) of each section under a numbered heading: a heading naming one year (2015年工作回顾,
    2016年主要目标) gives its section that year; one naming none (三、空间布局) ends the year before."""
    out = []
    for m in NUMBERED_HEADING.finditer(text):
        title = m["title"].strip()
        if title.endswith(("。", ";", "!", "?")):
            continue  # a numbered paragraph, not a heading
        years = {int(y.group(1)) for y in STATED_YEAR.finditer(title)}
        out.append((m.start(), years.pop() if len(years) == 1 else None))
    return out


def title_line(text: str) -> str:
    """The first line that is not blank."""
    return next((line.strip() for line in text[:2000].split("\n") if line.strip()), "")


def plan_year(text: str, lex: Lexicons) -> int | None:
    """The year of a plan document: its title names a plan (工作方案, 行动计划 …) and exactly one year."""
    title = title_line(text)
    years = {int(m.group(1)) for m in STATED_YEAR.finditer(title)}
    if len(years) == 1 and patterns.search(alternation(lex.plan_titles), title):
        return years.pop()
    return None


# A clause is never longer than this: text with no punctuation for longer is not read as one clause (and
# walking back through it for every figure would take time quadratic in its length).
MAX_CLAUSE = 300


def clause_start(text: str, pos: int, floor: int = 0, delimiters: str = CLAUSE_DELIMITERS) -> int:
    """Where the clause holding `pos` starts (after the last delimiter before it, not before `floor`)."""
    i = pos
    floor = max(floor, pos - MAX_CLAUSE)
    while i > floor and text[i - 1] not in delimiters:
        i -= 1
    return i


# A figure's context is read in at most this many characters before it (a longer sentence is a run-on line,
# and reading all of it for every figure would take time quadratic in its length).
MAX_CONTEXT = 1000
# A year carries from a goal sentence into at most this many sentences after it.
MAX_CARRY = 3


@dataclass
class FigureContext:
    goal: bool  # the figure is a goal or plan, not a result
    year: int | None  # the deadline of a goal, else the year the figure belongs to
    carried: int = 0  # how many sentences back the year was stated (0: in this sentence)
    clause: bool = False  # the sentence it comes from ended with ';': its stated year still holds after it


class ContextReader:
    def __init__(self, lex: Lexicons):
        self.goal_words = patterns.compile(alternation(lex.goal_words))
        future = alternation(lex.future_words)
        verbs = alternation(set(lex.metric_verbs) - set(lex.not_future_verbs))
        # 将 … 达到: a future marker with a verb after it in the same clause; or right before the figure, whose
        # own modifier is the verb (比重将突破50%).
        self.future = patterns.compile(rf"(?:{future})(?:[^{CLAUSE_DELIMITERS}]{{0,20}}?(?:{verbs})|$)")
        self.past = patterns.compile(alternation(lex.past_words))
        self.not_goal = patterns.compile(alternation(lex.goal_word_exceptions))
        self.clause_goal_words = set(lex.clause_goal_words)
        self.grant_words = patterns.compile(alternation(lex.grant_words))
        self.project_attributes = patterns.compile(alternation(lex.project_attribute_words))
        self.settled = patterns.compile(alternation(lex.settled_words))
        self.fingerprint = lex.fingerprint

    def deadline(self, before: str) -> int | None:
        """The last deadline stated in `before` (the sentence up to the figure)."""
        year = None
        last = -1
        for m in DEADLINE.finditer(before):
            if m.start() > last:
                year, last = int(m.group(1) or m.group(2)), m.start()
        for m in PLAN_END.finditer(before):
            if m.start() > last:
                year, last = FIVE_YEAR_PLANS[m.group(1)], m.start()
        return year

    def goal_start(self, before: str, part: bool = False) -> int | None:
        """Where the last goal cue (goal word, 将 … 达到, or deadline) before the figure starts, if any."""
        clause = clause_start(before, len(before))
        if part and before.startswith("其中", clause) and clause > 0:
            clause = clause_start(before, clause - 1)  # 计划总投资360亿元,其中…45亿元: a part of the planned whole
        starts = [m.start() for m in self.goal_words.finditer(before, overlapped=True)
                  if not self.not_goal.match(before, max(0, m.start() - 1))
                  and not self.not_goal.match(before, m.start())
                  and (m.group() not in self.clause_goal_words or m.start() >= clause)]
        starts += [m.start() for m in self.future.finditer(before)]
        starts += [m.start() for m in DEADLINE.finditer(before)]
        starts += [m.start() for m in PLAN_END.finditer(before)]
        return max(starts) if starts else None

    def read(self, sentence: str, pos: int, report_year: int | None,
             previous: "FigureContext | None" = None, plan: int | None = None,
             section: int | None = None, part: bool = True) -> FigureContext:
        """The context of the figure at `pos` in `sentence`. `previous` is the context at the end of the
        sentence before, in the same paragraph: a deadline there (发展目标:到2015年,…。) carries into a
        sentence that states no time of its own. `plan` is the year of a plan document: its goals with no
        time of their own belong to it. `section` is the year the sentence's section heading names
        (一、2015年工作回顾): relative years (全年) resolve against it, and a figure with no time of its own
        belongs to it — a goal always, a result when the section reviews a year before the report's. `part`:
        the figure may be a part (其中…) of a planned amount before it; a count (其中超亿元项目3个) is not."""
        review = section is not None and (report_year is None or section < report_year)
        ctx = self._read(sentence, pos, section or report_year, previous, part)
        if review and ctx.goal and not (ctx.year and ctx.year > section):
            ctx = FigureContext(False, ctx.year, ctx.carried)  # 争取上级专项资金1.35亿元 in a year's review: done
        if ctx.year is None and section and (ctx.goal or review):
            return FigureContext(ctx.goal, section, ctx.carried)
        if ctx.goal and ctx.year is None and plan:
            return FigureContext(True, plan, ctx.carried)
        return ctx

    def _read(self, sentence: str, pos: int, report_year: int | None,
              previous: "FigureContext | None", part: bool = True) -> FigureContext:
        before = sentence[:pos]
        cue = self.goal_start(before, part)
        # A goal reaches the figure unless a past marker comes between (今年计划…24亿元,已建成项目5个).
        goal = cue is not None and not self.past.search(before, cue)
        deadline = self.deadline(before)
        relative = None
        for m in RELATIVE_YEAR.finditer(before):
            relative = m
        stated = None
        for m in STATED_YEAR.finditer(before):
            stated = m
        inherit = previous and previous.goal and previous.year and previous.carried < MAX_CARRY
        # 对…企业给予最高不超过200万元贷款: a grant a policy sets, not a goal carried from the sentence before
        inherit = inherit and not self.grant_words.search(before, clause_start(before, pos))
        # 项目占地1200亩, 总投资65亿元: what a project is, not a goal carried from the sentence before; nor is a
        # sentence that says its matter is done (…扩建的厂房已经封顶).
        carried_in = (inherit and not self.project_attributes.search(before, clause_start(before, pos))
                      and not self.settled.search(sentence))
        # The clauses of one list (主要预期目标是:…;…;…。) share its goal however many there are, and a clause
        # of it stating its own time (全年新签约…60个以上) is still a goal.
        carried = previous.carried + (0 if previous and previous.clause else 1) if previous else 0
        if cue is None and carried_in and previous.clause and not self.past.search(before):
            goal = True
        if cue is None and stated is None and relative is None and carried_in:
            if not self.past.search(before):
                return FigureContext(True, previous.year, carried)
        if goal and deadline:
            return FigureContext(True, deadline)
        if goal and stated is None and relative is None and inherit:
            return FigureContext(True, previous.year, carried)  # a sub-goal under the year's goals
        if relative and report_year and (stated is None or relative.start() > stated.start()):
            return FigureContext(goal, report_year + RELATIVE_OFFSET[relative.group()])
        if stated:
            return FigureContext(goal, int(stated.group(1)))
        if previous and previous.clause and not previous.goal and previous.year and not self.past_year_reset(before):
            return FigureContext(goal, previous.year)  # 2012年,…实现收入5000亿元;新引进…30亿美元
        return FigureContext(goal, None)

    @staticmethod
    def past_year_reset(before: str) -> bool:
        """A time word of its own (上半年, 1-5月) means the year before the ';' may not hold."""
        return bool(YEAR_OR_MONTH.search(before))

    def doc_contexts(self, doc, report_year: int | None) -> list:
        """sentence_contexts of a Doc's sentences, read once for the money, area and target extractors."""
        key = ("sentence_contexts", self.fingerprint, report_year)
        if key not in doc.user_data:
            doc.user_data[key] = list(self.sentence_contexts(doc.text, doc.user_data["sentences"], report_year))
        return doc.user_data[key]

    def sentence_contexts(self, text: str, sentences: list[tuple[int, int]], report_year: int | None):
        """For each sentence, the context carried in from the sentence before it in the same paragraph, and
        the year of its section (None when its heading names none)."""
        carried = None
        previous_end = None
        sections = section_years(text)
        starts = [s for s, _ in sections]
        for start, end in sentences:
            if previous_end is not None and "\n" in text[previous_end:start]:
                carried = None  # a new paragraph starts afresh
            i = bisect.bisect_right(starts, start) - 1
            section = sections[i][1] if i >= 0 else None
            yield start, end, carried, section
            carried = CarriedContext(self, text, start, end, report_year, section, carried)
            previous_end = end


class CarriedContext:
    """The context at the end of a sentence, which carries into the next one in its paragraph, read only when a
    figure asks for it: most sentences have no figure after them in their paragraph, and a reading takes a
    dozen timed patterns. Has the attributes of the FigureContext it stands for."""

    def __init__(self, reader: ContextReader, text: str, start: int, end: int, report_year: int | None,
                 section: int | None, previous: "CarriedContext | None"):
        self.reader, self.text, self.start, self.end = reader, text, start, end
        self.report_year, self.section, self.previous = report_year, section, previous
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
                                            node.report_year, previous, section=node.section)
            node.context.clause = node.text[node.end - 1] == ";"
            node.previous = None  # read: the chain before it is no longer needed


class FigureExtractor:
    """The loop the money and area components share: find figures sentence by sentence, read each one's
    context (goal, year) and add it as a fact. Subclasses set `fact_type` and say which fields a figure has."""

    fact_type = ""

    def __init__(self, finder, lex: Lexicons):
        self.finder = finder
        self.lex = lex
        self.context = ContextReader(lex)

    def fields(self, figure) -> dict:
        raise NotImplementedError

    def may_be_part(self, sentence: str, figure) -> bool:
        """Whether the figure may be a part (其中…) of a planned amount before it."""
        return True

    def __call__(self, doc):
        from extractors.base import add_fact

        report_year = document_year(doc.text)
        plan = plan_year(doc.text, self.lex)
        for s_start, s_end, carried, section in self.context.doc_contexts(doc, report_year):
            sentence = doc.text[s_start:s_end]
            for figure in self.finder.find(sentence):
                ctx = self.context.read(sentence, figure.start, report_year, carried, plan, section,
                                        part=self.may_be_part(sentence, figure))
                add_fact(doc, s_start + figure.start, s_start + figure.end, self.fact_type, self.fact_type,
                         target=ctx.goal, year=ctx.year, **self.fields(figure))
        return doc
