"""Reading a figure's surroundings: its clause, the goal or deadline it falls under, the year it belongs to.

Shared by the money, area and target extractors so that a figure is a goal, or dated, by one rule.
"""
from __future__ import annotations

from dataclasses import dataclass


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
STATED_YEAR = patterns.compile(rf"{YEAR}\s*年(?!代)")
RELATIVE_YEAR = patterns.compile(r"今年|本年|年内|全年|当年|明年|后年")
RELATIVE_OFFSET = {"今年": 0, "本年": 0, "年内": 0, "全年": 0, "当年": 0, "明年": 1, "后年": 2}
# A report's own date: 2013年1月10日 or 2013-01-10 near its top.
DOCUMENT_DATE = patterns.compile(rf"{YEAR}\s*(?:年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|-\d{{1,2}}-\d{{1,2}}(?!\d))")


def document_year(text: str) -> int | None:
    """The year a report is dated: a full date in its first lines, else a year in its title line."""
    head = text[:2000]
    m = DOCUMENT_DATE.search(head)
    if m:
        return int(m.group(1))
    title = head.split("\n", 1)[0]
    m = STATED_YEAR.search(title)
    return int(m.group(1)) if m else None


# A clause is never longer than this: text with no punctuation for longer is not read as one clause (and
# walking back through it for every figure would take time quadratic in its length).
MAX_CLAUSE = 300


def clause_start(text: str, pos: int, floor: int = 0) -> int:
    """Where the clause holding `pos` starts (after the last delimiter before it, not before `floor`)."""
    i = pos
    floor = max(floor, pos - MAX_CLAUSE)
    while i > floor and text[i - 1] not in CLAUSE_DELIMITERS:
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


class ContextReader:
    def __init__(self, lex: Lexicons):
        self.goal_words = patterns.compile(alternation(lex.goal_words))
        future = alternation(lex.future_words)
        verbs = alternation(lex.metric_verbs)
        # 将 … 达到: a future marker with a verb after it in the same clause
        self.future = patterns.compile(rf"(?:{future})[^{CLAUSE_DELIMITERS}]{{0,20}}?(?:{verbs})")
        self.past = patterns.compile(alternation(lex.past_words))
        self.not_goal = patterns.compile(alternation(lex.goal_word_exceptions))
        self.clause_goal_words = set(lex.clause_goal_words)

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

    def goal_start(self, before: str) -> int | None:
        """Where the last goal cue (goal word, 将 … 达到, or deadline) before the figure starts, if any."""
        clause = clause_start(before, len(before))
        starts = [m.start() for m in self.goal_words.finditer(before, overlapped=True)
                  if not self.not_goal.match(before, max(0, m.start() - 1))
                  and not self.not_goal.match(before, m.start())
                  and (m.group() not in self.clause_goal_words or m.start() >= clause)]
        starts += [m.start() for m in self.future.finditer(before)]
        starts += [m.start() for m in DEADLINE.finditer(before)]
        starts += [m.start() for m in PLAN_END.finditer(before)]
        return max(starts) if starts else None

    def read(self, sentence: str, pos: int, report_year: int | None,
             previous: "FigureContext | None" = None) -> FigureContext:
        """The context of the figure at `pos` in `sentence`. `previous` is the context at the end of the
        sentence before, in the same paragraph: a deadline there (发展目标:到2015年,…。) carries into a
        sentence that states no time of its own."""
        before = sentence[max(0, pos - MAX_CONTEXT):pos]
        cue = self.goal_start(before)
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
        if cue is None and stated is None and relative is None and inherit:
            if not self.past.search(before):
                return FigureContext(True, previous.year, previous.carried + 1)
        if goal and deadline:
            return FigureContext(True, deadline)
        if goal and stated is None and relative is None and inherit:
            return FigureContext(True, previous.year, previous.carried + 1)  # a sub-goal under the year's goals
        if relative and report_year and (stated is None or relative.start() > stated.start()):
            return FigureContext(goal, report_year + RELATIVE_OFFSET[relative.group()])
        if stated:
            return FigureContext(goal, int(stated.group(1)))
        return FigureContext(goal, None)

    def sentence_contexts(self, text: str, sentences: list[tuple[int, int]], report_year: int | None):
        """For each sentence, the context carried in from the sentence before it in the same paragraph."""
        carried = None
        previous_end = None
        for start, end in sentences:
            if previous_end is not None and "\n" in text[previous_end:start]:
                carried = None  # a new paragraph starts afresh
            yield start, end, carried
            carried = self.read(text[start:end], end - start, report_year, carried)
            previous_end = end


class FigureExtractor:
    """The loop the money and area components share: find figures sentence by sentence, read each one's
    context (goal, year) and add it as a fact. Subclasses set `fact_type` and say which fields a figure has."""

    fact_type = ""

    def __init__(self, finder, lex: Lexicons):
        self.finder = finder
        self.context = ContextReader(lex)

    def fields(self, figure) -> dict:
        raise NotImplementedError

    def __call__(self, doc):
        from extractors.base import add_fact, document_text

        report_year = document_year(document_text(doc))
        sentences = doc.user_data["sentences"]
        for s_start, s_end, carried in self.context.sentence_contexts(document_text(doc), sentences, report_year):
            sentence = document_text(doc)[s_start:s_end]
            for figure in self.finder.find(sentence):
                ctx = self.context.read(sentence, figure.start, report_year, carried)
                add_fact(doc, s_start + figure.start, s_start + figure.end, self.fact_type, self.fact_type,
                         target=ctx.goal, year=ctx.year, **self.fields(figure))
        return doc
