"""Targets: every quantitative goal — money, area, counts, people, percents — with its deadline year, the
metric it measures (as the text words it) and its unit.

Money and area goals come from the money and area facts already found (FACTS.md: a money goal is both a money
fact with target true and a target fact); counts, people and percents are found here.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex
from spacy.language import Language

from extractors import patterns
from extractors.base import add_fact, facts
from extractors.context import (DEADLINE, NAMED_GOAL_AFTER, PLAN_END, PUNCTUATED_CLAUSE_DELIMITERS, RELATIVE_YEAR, STATED_YEAR,
                                TABLE_EXTRACTOR, YEAR_SPAN, YEARS_AHEAD, ContextReader, IndicatorTables, clause_end, clause_start,
                                document_dates, indicator_cells, sentence_after, table_cell_starts, with_digit_years)
from extractors.money import named_after_pattern
from extractors.numbers import (PERCENT_IN_WORDS, NumberError, Quantity, approximate_pair, percent_in_words_pattern,
                                quantity_pattern)
from pipeline.lexicons import Lexicons, alternation, load_lexicons

MONEY_UNITS = {"CNY": "CNY", "USD": "USD"}  # other currencies: unit "other"
# The rest of a compound unit after its first unit word (吨|标准煤/万元, 吨|/万元): Han and a slash, no figure.
COMPOUND_UNIT_REST = patterns.compile(r"\p{Han}{0,4}/\p{Han}{1,3}")
# A count earlier in the clause makes a money figure after it the bar of what is counted
# (8个产业集群达到100亿元: the goal is 8 clusters).
COUNT_BEFORE = patterns.compile(r"\d+(?:[-—–~至]\d+)?(?:个|家|项)")
# 黑山、北镇、凌海、义县4个县: a count right after a list of names is the size of the list. An item that holds an
# amount or a 的 is no name but what a count counts (…的园区2个、超五百亿元的园区5个: a list of goals).
AFTER_LIST = patterns.compile(r"、(?:(?![的元])\p{Han}){1,8}$")
# The item before the last 、 ending with a figure and its unit (新建学校4所、三甲医院1所; 人才公寓1200套、九年一贯制学校1所):
# the list is one of goals, each with its own count, not of names a count sums up.
FIGURE_ITEM_BEFORE = patterns.compile(r"\d\p{Han}{1,3}$")
# 二、预计新引进厂商15家: the 、 after a numeral opening its line or sentence numbers an item; no list of names ends there.
# A list's clause ends at punctuation (PUNCTUATED_CLAUSE_DELIMITERS), not at its own 、; 等 leaves the list open,
# its count above the items named.
LIST_OPEN = "等"
ITEM_NUMBER = patterns.compile(r"(?:^|[\n。!?;])\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})、$")
# What a count counts, named right after it, up to the end of its clause (brackets allowed: 工程(技术)研究中心).
COUNTED = patterns.compile(r"\p{Han}[^,;。!?:、\n]{0,24}")
HAN = patterns.compile(r"\p{Han}")
FIGURE = patterns.compile(r"\d")
COUNT_JOINERS = "和及与、"
CN_MULTIPLIER = patterns.compile(r"[十百千万]")
# A count ending its clause (引进亿元以上项目五个,): a tally after what it counts
TALLY_END = patterns.compile(r"[,;。]|$")
HAN_BEFORE = patterns.compile(r"\p{Han}$")
PHASE_UNIT = "期"  # 建成交易中心二期: a numeral before 期 names a phase, an ordinal
SPAN_UNIT = "个"  # 12个月, 两个季度: a count of 个 before a time span noun (time_span_nouns) is a length of time
# Right after a count written as a word (两个, 三个), a scale of hundreds of millions makes it the number of things of
# that size a plan builds (打造两个千亿产业集群, 三个产值超百亿元的产业集群): a goal figure after all; not after a list in
# its clause (打造下一代互联网、移动通信和生物医药三个千亿级产业集群), which it only counts; nor 一 (培育一批百亿级企业:
# a batch, no count).
BILLION_SCALE_AFTER = patterns.compile(r"[^,;。、\n]{0,8}?[百千万]亿")
# A clause ending with a count (新引进亿元以上项目三十个, 新建人才公寓3000套; `count_units`): a 其中 clause after it
# counts part of the same things (其中十亿元以上项目五个), a part of the goal as a part of a planned amount is.
COUNT_ENDS_CLAUSE = r"(?:\d+|[一二两三四五六七八九十百千万]+)(?:{units})(?:以上|左右)?,$"
# An arithmetic sign right before a figure makes it a term of a formula (完成进度=(…)÷(…)×100%), not a quantity.
FORMULA_SIGN_BEFORE = patterns.compile(r"[×÷=*/]\s*$")
# 数 or 几 right before a numeral of tens or more makes it indefinite (动辄数十万架, 几百家): no figure to reach
INDEFINITE_BEFORE = patterns.compile(r"[数几]$")
INDEFINITE_SCALES = "十百千万"  # not a figure after a noun ending in 数 (企业总数120家)
TABLE_CELL_MARK = "|"
# The cells of a table row written with bars or tabs (济人药业中药饮片扩建项目|亳州现代中药产业集聚区|85000|30000|年加工
# 中药饮片3万吨): at least this many make a row, not a label and its value.
ROW_CELL = patterns.compile(r"\s*\|\s*|\t+")
ROW_CELLS = 3
WRAP_REACH = 8  # how much of a wrapped sentence's next line may tell what a figure at the break is
PER_TIME_UNIT = patterns.compile(r"/[年日天]")  # 40万吨/年: a capacity's rate
CLAUSE_END = patterns.compile(r"[,;。!?\n]|$")
PHASE_UNITS = {"期"}
CAP_WORD = "只"  # 每个集群原则上只培育1个主导产业: a cap on each case, not a quota to reach


def in_brackets(sentence: str, pos: int) -> bool:
    """Whether `pos` stands inside brackets: an aside that restates a figure (150亿令吉(约合人民币252亿元)) or
    describes a thing named before it (污水处理厂(日处理能力10万吨)). A goal is stated outside them; the figure
    inside stays a money or area fact as its sentence reads it."""
    return sentence.rfind("(", 0, pos) > sentence.rfind(")", 0, pos)


@dataclass
class Goal:
    start: int  # where the target's text starts (its metric), sentence-relative
    end: int
    metric: str | None
    value: float
    value_max: float | None
    unit: str


class TargetFinder:
    def __init__(self, lex: Lexicons):
        self.lex = lex
        self.counts = quantity_pattern(lex, list(lex.count_units) + list(lex.people_units) + list(lex.other_units)
                                       + list(lex.length_units) + ["%"])
        self.percents_in_words = percent_in_words_pattern(lex)
        self.people = set(lex.people_units)
        self.rank_before = patterns.compile(rf"(?:{alternation(lex.rank_words)})$")
        self.rank_reach = max(map(len, lex.rank_words))
        self.other = set(lex.other_units) | set(lex.length_units)
        self.lengths = set(lex.length_units)
        self.distance = patterns.compile(alternation(lex.distance_words)) if lex.distance_words else None
        self.survey_site = patterns.compile(alternation(lex.survey_site_nouns)) if lex.survey_site_nouns else None
        self.structure = patterns.compile(alternation(lex.structure_nouns))
        self.time_span = patterns.compile(alternation(lex.time_span_nouns)) if lex.time_span_nouns else None
        # 16个园区要全部开工建设, 在8个开发区全面推行: the count names the scope of a measure (scope_words)
        self.scope_after = (patterns.compile(rf"\p{{Han}}{{1,8}}?(?:要|将|须)?(?:{alternation(lex.scope_words)})")
                            if lex.scope_words else None)
        # …超过90%的项目有26个,: a tally of the things meeting a bar (tally_words)
        self.tally_before = (patterns.compile(rf"的\p{{Han}}{{1,6}}?(?:{alternation(lex.tally_words)})$")
                             if lex.tally_words else None)
        # 将目标分解到两个园区和28个部门: the units a goal is shared out among (goal_split_words)
        self.goal_split = patterns.compile(alternation(lex.goal_split_words)) if lex.goal_split_words else None
        self.duration = patterns.compile(alternation(lex.duration_nouns))
        self.percentage_points = patterns.compile(alternation(lex.percentage_point_nouns))
        self.metric_verb = patterns.compile(alternation(lex.metric_verbs))
        self.task_verb = patterns.compile(rf"(?:{alternation(lex.task_verbs)})$")
        self.task_verb_opening = patterns.compile(alternation(lex.task_verbs))
        trailers = alternation(list(lex.goal_words) + list(lex.metric_trailers) + list(lex.metric_verbs))
        self.trailers = patterns.compile(rf"(?:{trailers})+$")
        self.goal_word = patterns.compile(alternation(lex.goal_words))
        # After a count, a verb starts what the sentence says next, not what is counted (3个县(市)都有…).
        self.verb_start = patterns.compile(rf"(?:{alternation(lex.metric_verbs)}|{alternation(lex.task_verbs)})")
        self.verb_before = patterns.compile(rf"(?:{alternation(lex.metric_verbs)}|{alternation(lex.task_verbs)})$")
        # a named zone (洛阳高新区…), or a word for the text's zone (园区今年将投资…, 该区…), opens the clause
        self.zone_lead = patterns.compile(rf"^(?:\p{{Han}}{{2,20}}?(?:{alternation(lex.zone_suffixes)})"
                                          rf"|{alternation(lex.zone_any_zone_words + lex.zone_bare_words)})")
        self.prefixes = patterns.compile(rf"^(?:{alternation(lex.metric_prefixes)}|{DEADLINE.pattern}|{PLAN_END.pattern}|[\s,])+")
        self.approx = patterns.compile(rf"(?:{alternation(lex.approx_before)})$")
        self.thresholds = patterns.compile(alternation(lex.threshold_followers))
        # 完成率超过90%的项目, 未完成年度投资计划80%的园区: a percent before 的 and what it sorts is the bar of those
        # things, as an amount before 的项目 is (threshold_followers)
        self.share_bar = patterns.compile(rf"(?:{alternation(lex.approx_after)})?的\p{{Han}}{{0,4}}?"
                                          rf"(?:{alternation(lex.threshold_followers)})")
        # 5000吨标准煤以上的企业: a quantity bounded and before 的 and what it sorts is the bar of those things
        self.measure_bar = patterns.compile(rf"\p{{Han}}{{0,4}}?(?:以上|以下)的\p{{Han}}{{0,4}}?"
                                            rf"(?:{alternation(lex.threshold_followers)})")
        self.bound_thresholds = patterns.compile(alternation(lex.bound_threshold_followers))
        self.named_after = named_after_pattern(lex)
        # 每个园区都要, 各开发区要: a clause setting a quota for each case of a kind (per_case_openers, quota_words); not
        # 不要 (每个园区…不要搞“大而全”)
        self.per_case = (patterns.compile(rf"\s*(?:{alternation(lex.per_case_openers)})[^,;。!?:\n]{{1,12}}?"
                                          rf"(?<!不)(?:{alternation(lex.quota_words)})")
                         if lex.per_case_openers and lex.quota_words else None)
        # 原则上每个园区主导产业不超过3个,每个主导产业要有1户以上…: a rule's standard (standard_words), not a quota
        self.standard = patterns.compile(alternation(lex.standard_words)) if lex.standard_words else None
        self.project_nouns = patterns.compile(alternation(lex.project_nouns))
        approx = alternation(lex.approx_before)
        self.spending_cut = (patterns.compile(rf"(?:{alternation(lex.spending_cut_verbs)})$") if lex.spending_cut_verbs
                             else patterns.compile(r"(?!)"))
        self.design_capacity = patterns.compile(rf"(?:{alternation(lex.design_words)})\p{{Han}}{{0,4}}能力\p{{Han}}{{0,2}}$")
        self.capacity_before = (patterns.compile(rf"(?:{alternation(lex.capacity_nouns)})\p{{Han}}{{0,2}}$")
                                if lex.capacity_nouns else None)
        self.land_attribute = patterns.compile(rf"^(?:{alternation(lex.land_attribute_words)})(?:{approx}|为)?$")
        self.project_land = (patterns.compile(
            rf"^(?P<lead>\p{{Han}}{{0,12}}?)(?:{alternation(lex.land_attribute_words + lex.project_land_words)})"
            rf"(?:{approx}|为)?$") if lex.project_land_words else None)
        self.project_ends = patterns.compile(rf"(?:{alternation(lex.project_nouns)})[,;]$")
        # …二期计划总投资6.5亿元,规划用地420亩; 打造一个总投资一百亿元的港资产业园,规划用地1500亩: sized by its total
        self.total_sized = patterns.compile(alternation(lex.project_total_columns))
        self.projects_after = patterns.compile(rf"\p{{Han}}{{0,4}}?(?:{alternation(lex.project_nouns)})")
        # 150万吨/年乙烯下游新材料项目: after a capacity's rate, a longer name may run up to the project noun
        self.project_named_after = patterns.compile(rf"\p{{Han}}{{0,12}}?(?:{alternation(lex.project_nouns)})")
        self.per_year = patterns.compile(alternation(lex.per_year_words))
        # 规划期内: a plan's whole period, a span as “十四五”期间 is
        self.plan_period = (patterns.compile(alternation(lex.plan_period_words)) if lex.plan_period_words
                            else patterns.compile(r"(?!)"))
        # 按 right before the percent, or 按 … 的 (按其实际投资额的10%): a goal after 按照规划 names no such base
        self.applied_rate = (patterns.compile(rf"(?:{alternation(lex.applied_rate_words)})(?:[^,;。]{{0,15}}?的)?$")
                             if lex.applied_rate_words else None)
        self.weight = patterns.compile(alternation(lex.weight_words)) if lex.weight_words else None
        self.appraisal = patterns.compile(alternation(lex.appraisal_words)) if lex.appraisal_words else None
        self.limit_before = patterns.compile(
            rf"(?P<intent>{alternation(lex.intent_words)})?(?:{alternation(lex.limit_verbs)})(?:至|到)?$")
        self.limit_after = patterns.compile(rf"(?:{alternation(lex.duration_nouns)})(?:{alternation(lex.limit_followers)})")
        self.past = patterns.compile(alternation(lex.past_words))
        # 梳理了: a list drawn up (plan_listing_verbs), not a deed done
        self.listed = (patterns.compile(rf"(?:{alternation(lex.plan_listing_verbs)})了") if lex.plan_listing_verbs
                       else None)
        # 占…的 making up a clause up to a percent, after a clause ending with an amount (…0.9亿元,占…支出的2%)
        self.share_of = (patterns.compile(rf"^(?:{alternation(lex.share_words)})[^,;。]{{1,20}}的$")
                         if lex.share_words else None)
        self.amount_ends = patterns.compile(rf"(?:{alternation(list(lex.currencies) + list(lex.area_units))})"
                                            rf"(?:{alternation(lex.approx_after)})?$") if lex.approx_after else None
        self.annual_plan = patterns.compile(alternation(lex.annual_plan_words))
        self.plan_outcome = (patterns.compile(alternation(lex.plan_outcome_words)) if lex.plan_outcome_words
                             else None)
        self.projects_before = patterns.compile(rf"(?:{alternation(lex.project_nouns)})$")
        # 完成6个亿元以上项目建设: after 个, a bar of 亿元 and a project noun count projects (the money extractor reads no
        # spoken 6个亿 there either)
        self.projects_of_yi = patterns.compile(
            rf"亿元?(?:以上|及以上)?的?\p{{Han}}{{0,4}}?(?:{alternation(lex.project_nouns)})")

    def counts_planned_projects(self, sentence: str, start: int, end: int) -> bool:
        """今年全区共安排重点项目68个,计划总投资410亿元,年度计划投资142亿元: the number of projects of a year's plan,
        whose planned spending for the year (年度计划投资) the sentence goes on to state — unless its clause is marked
        past, or the sentence goes on to say how the plan came out (…,实际完成投资162.3亿元: the projects carried out)."""
        clause = clause_start(sentence, start)
        before = sentence[clause:start]
        if self.listed:
            before = self.listed.sub("", before)  # 今年梳理了重点项目86个: the plan's list, not projects done
        return bool(self.projects_before.search(sentence, clause, start) and self.annual_plan.search(sentence, end)
                    and not self.past.search(before)
                    and not (self.plan_outcome and self.plan_outcome.search(sentence, end)))

    def counts_projects(self, sentence: str, start: int) -> bool:
        """续建项目236个, 总投资10亿元以上的项目142个: a count right after a project noun, in a clause not marked past."""
        clause = clause_start(sentence, start)
        return bool(self.projects_before.search(sentence, clause, start) and not self.past.search(sentence, clause, start))

    def time_limit(self, sentence: str, start: int, end: int) -> regex.Match | None:
        """企业开办时间压缩至1个工作日以内: the time a reform is to keep within, a goal with no goal word — unless its
        clause says it is done (已从45个工作日压缩到20个工作日, 压缩到了3个工作日). Without 以内 a time compressed to
        (审批时限压缩至15个工作日) is as often a result a review reports. The match before the figure: its `intent`
        group holds 要 / 将 when one stands before the verb (审批时限要压缩到十个工作日以内)."""
        clause = clause_start(sentence, start)
        if not self.limit_after.match(sentence, end) or self.past.search(sentence, clause, start):
            return None
        return self.limit_before.search(sentence, clause, start)

    def procedure_time(self, sentence: str, start: int, end: int) -> bool:
        """公示7个工作日, 无异议的于30个工作日内拨付: a time (duration_nouns) no metric verb brings about in its clause
        (压缩至3个工作日, 缩短到…) is the time a procedure takes by its rules, no goal."""
        return bool(self.duration.match(sentence, end)
                    and not self.metric_verb.search(sentence, clause_start(sentence, start), start))

    def cuts_at_least(self, sentence: str, m: regex.Match, unit: str) -> bool:
        """一般性支出比上年压减10%以上, 非刚性、非重点支出一律压减15%以上: a percent right after a spending-cut verb and
        closed by 以上 is the least a budget is to be cut by, a measure of the year's budget (a done cut states its
        figure: 压减9.8%,下降至八千六百万元)."""
        return (unit == "percent" and m.group().endswith("以上")
                and bool(self.spending_cut.search(sentence, max(0, m.start() - 4), m.start())))

    def share_of_amount(self, sentence: str, start: int) -> bool:
        """预备费安排0.9亿元,占一般公共预算支出的2%: a percent stating the amount of the clause before as a share of a
        whole, no goal of its own."""
        clause = clause_start(sentence, start)
        if not self.share_of or clause == 0 or not self.share_of.match(sentence[clause:start]):
            return False
        return bool(self.amount_ends.search(sentence[:clause - 1]))

    def is_per_year(self, sentence: str, start: int) -> bool:
        """每年新引进项目40个以上: a rate each year, which no deadline dates. Under a plan's span or a deadline
        stated before it in its sentence (“十四五”期间,每年安排…不少于1000亩; 规划期内,…将每年安排…) it is a goal of that
        span; so under a year that governs it (year_over_rate)."""
        clause = clause_start(sentence, start)
        rate = self.per_year.search(sentence, clause, start) or self.rate_opening_sentence(sentence, start)
        return bool(rate and not any(p.search(sentence, 0, start) for p in (DEADLINE, PLAN_END, self.plan_period))
                    and not YEAR_SPAN.search(sentence, start)
                    and not self.year_over_rate(sentence, rate.start())
                    and not YEARS_AHEAD.search(sentence, clause, start))

    def rate_opening_sentence(self, sentence: str, start: int) -> regex.Match | None:
        """A rate word in the first clause of a sentence whose clauses list what to do (每年举办…专场招商活动不少于2场,
        引进投资亿元以上项目500个以上): it governs every clause after it up to the figure at `start`, when none of them
        states a time of its own."""
        first_end = clause_end(sentence, 0)
        if first_end >= start or STATED_YEAR.search(sentence, 0, start) or RELATIVE_YEAR.search(sentence, 0, start):
            return None
        return self.per_year.search(sentence, 0, first_end)

    @staticmethod
    def year_over_rate(sentence: str, rate: int) -> bool:
        """Whether a year stated before a rate each year governs it: none of the sentence's figures stands between
        them. 2022年安排…补贴资金4800万元,…,计划每年培养技能人才5000人: the year is the grant's, and the rate
        repeats every year."""
        years = list(STATED_YEAR.finditer(sentence, 0, rate))
        return bool(years) and not FIGURE.search(sentence, years[-1].end(), rate)

    def metric(self, sentence: str, figure_start: int) -> tuple[int, str | None]:
        """(start of the metric, metric) for a figure: the clause before it, less goal words and verbs. In a table
        row (地区生产总值|3,000亿元人民币|700亿元人民币) the figure's cell starts it and the row's label names it."""
        row = sentence.rfind("\n", 0, figure_start) + 1
        if TABLE_CELL_MARK in sentence[row:figure_start]:
            label = sentence[row:sentence.index(TABLE_CELL_MARK, row)].strip()
            return figure_start, label if HAN.search(label) else None
        start = clause_start(sentence, figure_start)
        head = sentence[start:figure_start]
        zone = self.zone_lead.match(head)
        if zone and len(head) > zone.end():  # the zone is the fact's zone, not part of what is measured
            start += zone.end()
            head = head[zone.end():]
        lead = self.prefixes.match(head)
        if lead:
            start += lead.end()
            head = head[lead.end():]
        head = self.approx.sub("", head)
        head = self.trailers.sub("", head)  # 企业总收入力争突破 → 企业总收入
        inner = list(self.goal_word.finditer(head))
        if inner:  # 园区力争地区生产总值: what is measured follows the goal word
            start += inner[-1].end()
            head = head[inner[-1].end():]
        head = head.strip()
        return (start, head) if head and HAN.search(head) else (figure_start, None)

    def counted(self, sentence: str, end: int) -> tuple[int, str] | None:
        """(end, words) of what a count counts, when the text names it right after the count
        (培育3家知识产权示范企业 → 知识产权示范企业)."""
        m = COUNTED.match(sentence, end)
        if not m or self.verb_start.match(m.group()):
            return None
        words = m.group()
        figure = FIGURE.search(words)
        if figure:  # 建成1个千亿级和3个百亿级产业集群: what the first count counts ends before the next count
            cut = max(words.rfind(c, 0, figure.start()) for c in COUNT_JOINERS)
            if cut <= 0:
                return None
            words = words[:cut]
        return end + len(words), words

    @staticmethod
    def counts_list(sentence: str, pos: int, value: float) -> bool:
        """黑山、北镇、凌海、义县4个县: a count right after a list of names is the size of the list; not when the item
        before the last 、 ends with a figure of its own (建成人才公寓1200套、九年一贯制学校1所: a list of goals), nor
        when the 、 numbers an item (二、预计新引进厂商15家), nor when the count is not the number of items of a list
        that 等 leaves open (关停小水泥、小石灰企业十二家: twelve firms of two kinds)."""
        last = AFTER_LIST.search(sentence, 0, pos)
        if (not last or FIGURE_ITEM_BEFORE.search(sentence, 0, last.start())
                or ITEM_NUMBER.search(sentence, 0, last.start() + 1)):
            return False
        items = sentence.count("、", clause_start(sentence, pos, delimiters=PUNCTUATED_CLAUSE_DELIMITERS), pos) + 1
        return LIST_OPEN in sentence[last.start():pos] or value == items

    def counts_before(self, clause: str) -> bool:
        """Whether a count earlier in the clause makes the amount after it the bar of what is counted (8个产业集群
        达到100亿元: the goal is 8 clusters). Not when a goal word stands between them: the count is then the subject
        whose goal follows (今年6个重点园区力争新增建成区面积12平方公里)."""
        counts = list(COUNT_BEFORE.finditer(clause))
        return bool(counts) and not self.goal_word.search(clause, counts[-1].end())

    def names_project(self, words: str) -> bool:
        return bool(self.project_nouns.search(words))

    def describes_facility(self, sentence: str, start: int, end: int) -> bool:
        """A capacity naming the facility it stands before: 40万吨/年聚丙烯项目, 150万吨/年乙烯下游新材料项目 (the
        project's name), 日处理能力2万吨的
        污水处理厂1座 (the size of the plant a count counts), 一套年捕集能力50万吨的…装置 (a capacity noun before it, 的
        after, and the count of the thing named next before it). What is planned is the project or the count. Without a
        count the capacity is the goal (GUIDE: 建成年吞吐能力500万吨的多式联运枢纽)."""
        rate = PER_TIME_UNIT.match(sentence, end)
        if rate:
            return bool(self.project_named_after.match(sentence, rate.end()))
        if not sentence.startswith("的", end):
            return False
        clause = clause_start(sentence, start)
        sized = self.capacity_before and self.capacity_before.search(sentence, clause, start)
        counted_before = sized and self.counts.search(sentence, clause, sized.start())
        return bool(counted_before or self.counts.search(sentence, end, clause_end(sentence, end)))

    def project_land_of(self, sentence: str, pos: int) -> bool:
        """该项目规划用地860亩; …项目,规划用地3000亩: the land a project named in the clause (or ending the clause before)
        takes, with no verb or goal word before the land word — what the project is, not a goal. So is the land word
        alone after a clause that states a total investment (…二期计划总投资6.5亿元,规划用地420亩): the land of what
        that total sizes, a project (a park's own land, 新建汽车零部件配套园,规划用地约8平方公里, is no goal by
        `ContextReader.park_own_area`)."""
        if self.project_land is None:
            return False
        start = clause_start(sentence, pos)
        m = self.project_land.match(sentence[start:pos].strip())
        if not m or self.verb_start.search(m["lead"]) or self.goal_word.search(m["lead"]):
            return False
        before = clause_start(sentence, start - 1) if start > 0 else 0
        return bool(self.project_nouns.search(m["lead"])
                    or start > 0 and self.project_ends.search(sentence, before, start)
                    or start > 0 and not m["lead"] and self.total_sized.search(sentence, before, start))

    def is_threshold(self, sentence: str, end: int, approx: str) -> bool:
        if self.thresholds.match(sentence, end):
            return True
        # 超100亿元的产业集聚区 and 亿元以上工业项目 are the bar of what is counted; 不少于二十亿元的产业发展专项资金 is
        # the amount of a fund, 固定资产投资突破240亿元的目标 the value of a goal
        return approx in ("at_least", "at_most") and (
            bool(self.bound_thresholds.match(sentence, end) and not self.named_after.match(sentence, end)
                 and not NAMED_GOAL_AFTER.match(sentence, end))
            or bool(self.projects_after.match(sentence, end)))

    def per_case_quota(self, sentence: str, start: int) -> bool:
        """每个省级示范产业集群都要建设1个以上公共技术服务平台: the count's clause opens with a case of a kind and a quota
        word before the count: the number each case is to reach. Not a cap (原则上只培育1个), which GUIDE leaves open,
        nor a clause of a rule's standards (原则上… before it in its sentence)."""
        if self.per_case is None or (self.standard and self.standard.search(sentence, 0, start)):
            return False
        clause = clause_start(sentence, start)
        quota = self.per_case.match(sentence, clause, start)
        return bool(quota) and CAP_WORD not in sentence[quota.end():start]

    def opens_with_task(self, sentence: str, start: int) -> bool:
        """新建RTO焚烧装置12套: the count's clause opens with a task verb."""
        clause = clause_start(sentence, start)
        return bool(self.task_verb_opening.match(sentence[clause:start].lstrip()))

    def closes_task(self, sentence: str, m: regex.Match) -> bool:
        """新建人才公寓1500套。 引进农产品加工企业15家: a count closing a clause that opens with a task verb, the thing
        it counts named between (in a plan, a goal as 新建3—5家… is)."""
        return self.opens_with_task(sentence, m.start()) and bool(CLAUSE_END.match(sentence, m.end()))

    def is_task(self, sentence: str, start: int) -> bool:
        """新建3—5家创新型试点企业: a count right after a task verb (in a plan, a goal)."""
        return bool(self.task_verb.search(sentence, clause_start(sentence, start), start))

    def closes_after_counted(self, sentence: str, m: regex.Match) -> bool:
        """引进世界500强企业五家以上, 其中十亿元以上项目五个: a count in words that ends its clause right after the
        thing it counts is stated as a figure is; before the thing (两个千亿产业集群, 三个方面) it is a word. Not after
        a verb (再增加七八家), where what is counted is not named before it; not 一 (开展一次, 一至两个: the article, a
        frequency), nor a phase (工业园二期)."""
        return (m.start() > 0 and bool(HAN.match(sentence, m.start() - 1)) and not m["pre"] and m["num"] != "一"
                and m["unit"] not in PHASE_UNITS and bool(CLAUSE_END.match(sentence, m.end()))
                and not self.verb_before.search(sentence, 0, m.start()))

    def counts_in(self, sentence: str) -> list[tuple[regex.Match, Quantity, str]]:
        """Counts, people and percents in a sentence: (match, quantity, unit)."""
        out = []
        matches = [*self.counts.finditer(sentence), *self.percents_in_words.finditer(sentence)]
        for m in sorted(matches, key=lambda m: m.start()):
            number = m.start("num")
            rank = self.rank_before.search(sentence, max(0, number - self.rank_reach), number)
            # 第3个, 前10家: an ordinal or rank, not a quantity. A modifier before the number (近3000家) makes it a
            # quantity, unless a rank word takes the modifier in (以上5个项目: the five above, 以上 over 上)
            if rank and (not m["pre"] or rank.start() < m.start()):
                continue
            # 五个以上, 项目八个: a bound or a tally after its noun makes a numeral a figure; not a pair of numerals
            # (再增加七八家: seven or eight, a guess)
            tallied = (len(m["num"]) == 1 and m["num"] not in ("一", "两") and m["unit"] != PHASE_UNIT
                       and (m["post"] or TALLY_END.match(sentence, m.end())) and HAN_BEFORE.search(sentence, 0, m.start()))
            if (not m["num"][0].isdigit() and not CN_MULTIPLIER.search(m["num"]) and m["unit"] != PERCENT_IN_WORDS
                    and not tallied
                    and not (m["num"] != "一" and BILLION_SCALE_AFTER.match(sentence, m.end())
                             and "、" not in sentence[clause_start(sentence, m.start(), delimiters=",;。!?:\n"):m.start()])
                    and not self.closes_after_counted(sentence, m)
                    and not (approximate_pair(m["num"]) and self.per_case_quota(sentence, m.start()))):
                continue  # 两个, 一家: a word, seldom a goal figure (每个园区都要有一两个主导产业: a quota's range)
            if (m["unit"] in self.lex.spoken_before_yi and sentence.startswith("亿", m.end())
                    and not self.projects_of_yi.match(sentence, m.end())):
                continue  # 三百个亿: a spoken amount of money (a money fact), not 300 of something
            if self.structure.match(sentence, m.end()):
                continue  # 分为3个阶段: the structure of the text
            if m["unit"] == SPAN_UNIT and self.time_span and self.time_span.match(sentence, m.end()):
                continue  # 执行期限为…12个月: a length of time, not things counted
            if (self.scope_after and m["unit"] not in ("%", PERCENT_IN_WORDS)
                    and self.scope_after.match(sentence, m.end())):
                continue  # 16个园区要全部开工建设: the things a measure covers
            if (self.tally_before and self.tally_before.search(sentence, clause_start(sentence, m.start()), m.start())
                    and TALLY_END.match(sentence, m.end())):
                continue  # 完成率超过90%的项目有26个: how many meet a bar, a result
            if self.goal_split and self.goal_split.search(sentence, clause_start(sentence, m.start()), m.start()):
                continue  # 分解到…28个部门: who shares a goal, not a goal
            if FORMULA_SIGN_BEFORE.search(sentence, max(0, m.start() - 2), m.start()):
                continue  # ×100%: a term of a formula
            if m["num"][0] in INDEFINITE_SCALES and INDEFINITE_BEFORE.search(sentence, 0, m.start("num")):
                continue  # 数十万架: indefinite, no figure
            if m["unit"] in ("%", PERCENT_IN_WORDS) and self.share_bar.match(sentence, m.end()):
                continue  # 对完成率低于70%的项目…督办: the bar of the things a rule applies to
            if m["unit"] in self.other and self.measure_bar.match(sentence, m.end()):
                continue  # 对年综合能耗5000吨标准煤以上的企业开展能源审计: the bar of the firms a measure covers
            if (m["unit"] in ("%", PERCENT_IN_WORDS) and self.applied_rate
                    and self.applied_rate.search(sentence, clause_start(sentence, m.start()), m.start())):
                continue  # 按15%税率征收: the rate a rule applies
            if (m["unit"] in ("%", PERCENT_IN_WORDS) and self.weight
                    and self.weight.search(sentence, clause_start(sentence, m.start()), m.start())):
                continue  # 考核分值占比不低于10%: how a score is weighted
            if (m["unit"] in ("%", PERCENT_IN_WORDS) and self.appraisal
                    and self.appraisal.search(sentence, clause_start(sentence, m.start()), m.start())):
                continue  # 税后财务内部收益率约14.2%: a financial appraisal
            if (m["unit"] in self.lengths and self.distance
                    and self.distance.search(sentence, clause_start(sentence, m.start()), m.start())):
                continue  # 与钦州港开发区相距约20公里: how far apart two places are
            if self.survey_site and (self.survey_site.search(sentence, clause_start(sentence, m.start()), m.start())
                                     or self.survey_site.match(sentence, m.end())):
                continue  # 共设大气监测点位12个: the sites a survey samples
            try:
                q = Quantity.from_match(m, self.lex)
            except (NumberError, KeyError):
                continue
            if self.counts_list(sentence, m.start(), q.value) and not m["pre"]:
                continue  # 黑山、北镇、凌海、义县4个县: the size of a list
            in_points = self.percentage_points.match(sentence, m.end())  # 提高2个百分点: a change of a percent
            unit = ("percent" if m["unit"] in ("%", PERCENT_IN_WORDS) or in_points
                    else "people" if m["unit"] in self.people
                    else "other" if m["unit"] in self.other or self.duration.match(sentence, m.end()) else "count")
            out.append((m, q, unit))
        return out


def with_wrapped_line(text: str, start: int, end: int) -> str:
    """The sentence text[start:end], and when a line break cuts it inside a word (a PDF's fixed width: 新开工亿元以上项
    / 目…), the start of the next line, so that what follows a figure reads whole."""
    if end < len(text) and text[end] == "\n" and HAN.match(text, end - 1) and HAN.match(text, end + 1):
        return text[start:end] + text[end + 1:end + 1 + WRAP_REACH]
    return text[start:end]


def in_described_cell(text: str, start: int) -> bool:
    """Whether the figure at `start` stands inside a table row's cell after words of that cell: a project table's
    content column (…|85000|30000|新建酿造车间10万平方米; …\t占地1200亩,建设还原炉…,建成后年产高纯多晶硅10万吨\t…)
    describes what a listed project builds, no goal of its own; the row's goals are its figure cells (投资, 计划投资)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    if len(ROW_CELL.split(line.strip())) < ROW_CELLS:
        return False
    cell_start = max((m.end() for m in ROW_CELL.finditer(line, 0, start - line_start)), default=0)
    return bool(HAN.search(line, cell_start, start - line_start))


BULLET_LINE = patterns.compile(r"[ \t\u3000]*[·•]")


def in_related_link(text: str, start: int, headings: patterns.Pattern, goal: patterns.Pattern) -> bool:
    """Whether the figure at `start` stands in a bulleted headline of a list under a related-links heading (相关链接:
    / · 遂宁经开区集中签约5个锂电项目 总投资68亿元): another article's news, no goal of this text — unless the headline
    has a goal word of its own (· 计划今年再落地亿元以上项目100个)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    if not BULLET_LINE.match(line) or goal.search(line):
        return False
    while line_start > 0:  # up past the bullets and blank lines above to the heading
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        above = text[above_start:line_start - 1]
        if above.strip() and not BULLET_LINE.match(above):
            return bool(headings.search(above))
        line_start = above_start
    return False


def part_of_count(sentence: str, pos: int, count_ends_clause: patterns.Pattern) -> bool:
    """Whether the count at `pos` is in a 其中 clause right after a clause ending with a count: part of the things
    counted before (计划今年新引进亿元以上项目三十个,其中十亿元以上项目五个; 新建人才公寓3000套,其中襄阳高新区1800套),
    which shares its goal. After an amount (计划总投资9.87亿元,其中超亿元项目3个) a count is the bar of what is counted,
    no part of the amount."""
    clause = clause_start(sentence, pos)
    return (clause > 0 and sentence.startswith("其中", clause)
            and bool(count_ends_clause.search(sentence, clause_start(sentence, clause - 1), clause)))


# A count closing its list item or clause (星火工业园区32个、云山经开区45个、城南工业园9个。): a tally of part of a whole
PART_TALLY_END = patterns.compile(r"(?:以上)?(?:[、,;。]|$)")
PART_OPENER = "其中"


def splits_planned_projects(sentence: str, pos: int, end: int, plan_end: int | None) -> bool:
    """Whether the count at `pos` splits up the number of projects of a year's plan counted earlier in its sentence
    (ending at `plan_end`): after 其中, a tally by park or kind (梳理了园区重点项目86个,总投资412亿元,年度计划投资98亿元,
    其中星火工业园区32个、云山经开区45个; 列入项目35个,年度计划投资92亿元,…,其中绿色农畜产品加工项目16个)."""
    return (plan_end is not None and sentence.find(PART_OPENER, plan_end, pos) >= 0
            and bool(PART_TALLY_END.match(sentence, end)))


def reviews(section, dates) -> bool:
    """Whether a section reviews results: its heading says so, or names a year before the report's."""
    return section is not None and (section.review or bool(
        section.year and dates.report and section.year < dates.report))


class TargetExtractor:
    """spaCy component: a `target` fact for every goal figure. Runs after the money and area extractors."""

    def __init__(self, lex: Lexicons):
        self.lex = lex
        self.finder = TargetFinder(lex)
        self.context = ContextReader(lex)
        self.tables = IndicatorTables(lex)
        self.count_ends_clause = patterns.compile(COUNT_ENDS_CLAUSE.format(units=alternation(lex.count_units)))
        # 近期日处理能力, 年处理能力: a capacity alone opening its clause, no verb before it
        self.bare_capacity = patterns.compile(rf"^\p{{Han}}{{0,6}}?(?:{alternation(lex.capacity_nouns)})$")
        self.verb = patterns.compile(alternation(list(lex.task_verbs) + list(lex.metric_verbs)))
        self.related_link = (patterns.compile(alternation(lex.related_link_headings)) if lex.related_link_headings
                             else None)
        self.headline_goal = patterns.compile(alternation(lex.goal_words + lex.future_words))

    def capacity_of_counted(self, sentence: str, start: int) -> bool:
        """新建污水处理厂1座,近期日处理能力3万吨,远期日处理能力6万吨; 建设固体废物资源化利用中心1处,年处理能力10万吨: a bare
        capacity opening its clause (one after the other, too), right after a clause ending with a count of facilities,
        is what the facilities counted have; the goal is the count (GUIDE: a capacity qualifying what a count goal counts).
        Not a capacity added (新建污水处理厂3座,新增日处理能力6万吨: a goal of its own)."""
        clause = clause_start(sentence, start)
        if not self.is_bare_capacity(sentence[clause:start]):
            return False
        while clause > 0:
            before = clause_start(sentence, clause - 1)
            if self.count_ends_clause.search(sentence, before, clause):
                return True
            figure = FIGURE.search(sentence, before, clause)
            if not figure or not self.is_bare_capacity(sentence[before:figure.start()]):
                return False
            clause = before  # 近期日处理能力3万吨,远期…: a capacity of the same facilities before it
        return False

    def is_bare_capacity(self, lead: str) -> bool:
        lead = lead.strip()
        return bool(self.bare_capacity.match(lead)) and not self.verb.search(lead)

    def _add(self, doc, s_start, sentence, fig_start, fig_end, year, value, value_max, unit, counts=True,
             joined_to=None):
        """A target for the figure at sentence[fig_start:fig_end]. `counts`: the figure is a count, people or a
        quantity, which the words after it may say what it counts. `joined_to`: where a figure joined to this one
        by 和 / 及 / 、 starts (投资约12亿港元及三千万欧元): both measure the same thing."""
        if in_described_cell(doc.text, s_start + fig_start):
            return
        if self.related_link and in_related_link(doc.text, s_start + fig_start, self.related_link, self.headline_goal):
            return
        if joined_to is not None:
            _, metric = self.finder.metric(sentence, joined_to)
            m_start = fig_start
        else:
            m_start, metric = self.finder.metric(sentence, fig_start)
        end = fig_end
        counted = (self.finder.counted(sentence, fig_end)
                   if counts and unit in ("count", "people", "other") and not self.finder.duration.match(sentence, fig_end)
                   else None)  # 压缩至3个工作日: a time, measured by the clause before it
        if counted and unit == "other" and self.finder.names_project(counted[1]):
            return  # 推进1.5万吨大丝束碳纤维项目建设: a capacity naming a project, not a goal of its own
        if unit == "other" and self.finder.describes_facility(sentence, fig_start, fig_end):
            return
        if counted:  # 新建3—5家创新型试点企业: the metric is what is counted
            end, metric = counted
            m_start = min(m_start, clause_start(sentence, fig_start))
        if self.finder.is_per_year(sentence, fig_start):
            year = None
        add_fact(doc, s_start + m_start, s_start + end, "target", "target",
                 year=year, metric=metric, value=value, value_max=value_max, unit=unit)

    def __call__(self, doc):
        dates = document_dates(doc.text, self.lex)
        sentences = doc.user_data["sentences"]
        found = [s for s in facts(doc) if s.label_ in ("money", "area") and s._.target
                 and s._.extractor != TABLE_EXTRACTOR]
        starts_by_end = {s.end_char: s.start_char for s in facts(doc) if s.label_ in ("money", "area")}
        for span in found:
            s_start, s_end = next((s, e) for s, e in sentences if s <= span.start_char < e)
            sentence = doc.text[s_start:s_end]
            clause = sentence[clause_start(sentence, span.start_char - s_start):span.start_char - s_start]
            if (self.finder.is_threshold(with_wrapped_line(doc.text, s_start, s_end), span.end_char - s_start,
                                         span._.approx)
                    or self.finder.counts_before(clause) or in_brackets(sentence, span.start_char - s_start)
                    or span.label_ == "area" and (self.finder.land_attribute.match(clause.strip())
                                                  or self.finder.project_land_of(sentence, span.start_char - s_start))):
                continue
            unit = "km2" if span.label_ == "area" else MONEY_UNITS.get(span._.currency, "other")
            joined = (starts_by_end.get(span.start_char - 1)
                      if span.start_char > s_start and doc.text[span.start_char - 1] in COUNT_JOINERS else None)
            self._add(doc, s_start, sentence, span.start_char - s_start, span.end_char - s_start, span._.year,
                      span._.value, span._.value_max, unit, counts=False,
                      joined_to=None if joined is None or joined < s_start else joined - s_start)
        self.add_table_goals(doc, dates)
        in_table = table_cell_starts(doc, self.tables, dates)
        # the year of the projects of a year's plan the paragraph has just counted (years_projects_year), which the
        # sentences right after it split up (按产业分,新能源及装备制造项目168个、现代煤化工项目52个。总投资10亿元以上的
        # 项目142个。): parts of the plan's count, goals of its year
        plan_year = None
        previous_start = None
        for s_start, s_end, carried, section in self.context.doc_contexts(doc, dates):
            sentence = doc.text[s_start:s_end]
            if previous_start is None or "\n" in doc.text[previous_start:s_start]:
                plan_year = None  # a new paragraph
            previous_start = s_start
            year_before = plan_year  # the plan counted in the sentences before this one
            plan_end = None  # where a planned-projects count of this sentence ends
            parts_here = False
            for m, q, unit in self.finder.counts_in(sentence):
                if in_table(s_start + m.start()) or in_brackets(sentence, m.start()):
                    continue  # read by its column (add_table_goals); an aside
                if self.finder.design_capacity.search(sentence, clause_start(sentence, m.start()), m.start()):
                    continue  # 设计处置能力5万吨/年: what a facility is built for
                if self.capacity_of_counted(sentence, m.start()):
                    continue  # 新建污水处理厂1座,近期日处理能力3万吨: what the plant counted has
                if unit == "percent" and self.finder.share_of_amount(sentence, m.start()):
                    continue  # …0.9亿元,占一般公共预算支出的2%: the amount before as a share
                if self.finder.procedure_time(sentence, m.start(), m.end()):
                    continue  # 公示7个工作日, 于30个工作日内拨付: the time a procedure takes
                ctx = self.context.read_figure(sentence, m.start(), dates.at(doc.text, s_start), carried, section,
                                               part=part_of_count(sentence, m.start(), self.count_ends_clause),
                                               after=sentence_after(doc.text, s_end), end=m.end())
                if self.context.is_baseline(sentence, m.start(), m.end()):
                    continue  # 由586家增至…: where a change starts
                # in a plan, a task with a count is a goal of the plan's year unless it states its own; so is a
                # time limit (压缩至3个工作日以内)
                projects_year = self.years_projects_year(sentence, m, ctx, section, dates)
                # so is a count closing a task's clause (新建人才公寓1500套。), if its sentence reads no time, not
                # even a result's carried in (上半年新认定…;建成人才公寓1200套,…: the half year's work)
                closes_task = unit == "count" and ctx.year is None and self.finder.closes_task(sentence, m)
                is_task = ((dates.plan and (self.finder.is_task(sentence, m.start()) or closes_task))
                           or (not reviews(section, dates) and self.finder.cuts_at_least(sentence, m, unit))
                           or self.is_time_limit(sentence, m, ctx, section, dates) or projects_year is not None
                           or self.finder.per_case_quota(sentence, m.start()))
                due = None if ctx.goal or is_task else self.task_due(sentence, m, dates)
                if projects_year is not None:
                    plan_year, plan_end = projects_year, m.end()
                part_year = None if ctx.goal or is_task or due or unit != "count" else self.planned_part_year(
                    sentence, m, ctx, plan_year if plan_end is not None else year_before, plan_end)
                parts_here = parts_here or part_year is not None
                if ctx.goal or is_task or due or part_year:
                    year = ctx.year if ctx.goal else (due or ctx.year or projects_year or part_year or dates.plan)
                    self._add(doc, s_start, sentence, m.start(), m.end(), year, q.value, q.value_max, unit)
            if plan_end is None and not parts_here:
                plan_year = None  # the split is over
        return doc

    def planned_part_year(self, sentence: str, m: regex.Match, ctx, plan_year, plan_end) -> int | None:
        """The year of a count that splits up the projects of a year's plan: after 其中 in the plan's sentence
        (splits_planned_projects), or a count of projects in the sentences right after it. None when there is no
        such plan or the figure names a year of its own."""
        if plan_year is None or (ctx.year is not None and ctx.year != plan_year):
            return None
        if self.context.reported_to_date(sentence, m.start()):
            return None  # 1-9月,开复工项目32个 after the year's 安排重点项目36个: how many the months gone by saw
        if plan_end is not None:
            return plan_year if splits_planned_projects(sentence, m.start(), m.end(), plan_end) else None
        return plan_year if (self.finder.counts_projects(sentence, m.start())
                             and PART_TALLY_END.match(sentence, m.end())) else None

    def is_time_limit(self, sentence: str, m: regex.Match, ctx, section, dates) -> bool:
        """A time limit (TargetFinder.time_limit) outside a review of a year (一、2020年工作回顾), whose year the text
        tells (今年…压缩到50个工作日以内, or a plan's year) or which says it is to come (要压缩到十个工作日以内, or after an
        instruction or a commitment before it in its sentence: 要推行“一站式”审批,审批时限压缩到二十个工作日以内; no year).
        One with neither stands where a year's plan may be that no heading marks (a web page's tags hide it):
        its year cannot be read, and a goal with a wrong year is a wrong fact. The year of the results a text reviews
        (a yearbook's 全年…,企业开办时间压缩至3个工作日以内) tells a result, not a goal; so does a year gone by with no
        goal word (2019年,开发区完成“放管服”改革,…审批时间压缩至30个工作日以内 in a 2021 encyclopedia entry)."""
        limit = self.finder.time_limit(sentence, m.start(), m.end())
        gone = dates.report and ctx.year and ctx.year < dates.report
        told = ctx.year and (ctx.goal or ctx.year != dates.period_reviewed and not gone)
        return bool(limit and not reviews(section, dates)
                    and (told or dates.plan or limit["intent"] or self.context.instructs(sentence, limit.start())))

    def task_due(self, sentence: str, m: regex.Match, dates) -> int | None:
        """The year a task with a count is to be done by, when its sentence says so after it (a rectification or
        work plan's measure: 新建RTO焚烧装置12套,2018年12月底前全部建成; 新建…危废焚烧线1条,用地62亩,…,2020年12月底前
        建成): a goal of that year, in any text. Not a year before the report's (a review's 新建厂房5栋,2015年建成投产)."""
        if not self.finder.opens_with_task(sentence, m.start()):
            return None
        done = self.context.completion_to_come(with_digit_years(sentence), m.end())
        year = int(done.group(1)) if done else None
        return year if year and not (dates.report and year < dates.report) else None

    def years_projects_year(self, sentence: str, m: regex.Match, ctx, section, dates) -> int | None:
        """The year of the number of projects of a year's plan (TargetFinder.counts_planned_projects): the one its
        sentence names (今年, 2021年), not before the report's; with none named, the report's own year, as of the
        年度计划投资 the sentence goes on to state (准东开发区安排重点项目42个,年度计划投资265亿元 in a 2022 report).
        None when the figure is no such count, or in a review of a year."""
        if not self.finder.counts_planned_projects(sentence, m.start(), m.end()) or reviews(section, dates):
            return None
        if ctx.year is None:
            return dates.report or dates.period_reviewed
        return None if dates.report and ctx.year < dates.report else ctx.year

    def reads_whole_cell(self, count: tuple[regex.Match, Quantity, str], written: str) -> bool:
        """Whether a count read in a cell's figure written with its unit takes in all of it, or all but the rest of a
        compound unit after a physical one (0.724吨标准煤/万元 under 单位工业增加值能耗(吨标准煤/万元): energy per
        output, unit other as a goal in prose is)."""
        m, _, unit = count
        if m.end() == len(written):
            return True
        return unit == "other" and m["unit"] in self.finder.other and bool(COMPOUND_UNIT_REST.fullmatch(written, m.end()))

    def add_table_goals(self, doc, dates) -> None:
        """A goal for each goal figure of an indicator table (2025年 column of a plan's table), measured by its
        row's label: money and areas as their facts read them, counts, people and percents read here."""
        read = {(s.start_char, s.end_char): s for s in facts(doc) if s._.extractor == TABLE_EXTRACTOR}
        for cell in indicator_cells(doc, self.tables, dates):
            if not cell.goal:
                continue
            span = read.get((cell.start, cell.end))
            if span is not None:
                unit = "km2" if span.label_ == "area" else MONEY_UNITS.get(span._.currency, "other")
                value, value_max = span._.value, span._.value_max
            else:
                written = cell.figure(doc.text) + cell.unit
                counts = self.finder.counts_in(written)
                if len(counts) != 1 or not self.reads_whole_cell(counts[0], written):
                    continue
                _, q, unit = counts[0]
                value, value_max = q.value, q.value_max
            add_fact(doc, cell.start, cell.end, "target", "target", year=cell.year, metric=cell.label,
                     value=value, value_max=value_max, unit=unit)


@Language.factory("target_extractor", default_config={"lexicon_dir": ""})
def make_target_extractor(nlp: Language, name: str, lexicon_dir: str) -> TargetExtractor:
    return TargetExtractor(load_lexicons(lexicon_dir or None))
