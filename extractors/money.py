"""Money: every monetary amount, with currency, approx, category, goal and year.

总投资50亿 (no 元 after an investment cue) counts; 3元/月, 一元化, 单位:万元 and figures with a measure word
(5亿人) do not.
"""
from __future__ import annotations

import bisect

from dataclasses import dataclass

from spacy.language import Language

from extractors import patterns
from extractors.base import document_text
from extractors.context import (TOTAL_LABELS, FigureContext, FigureExtractor, clause_end, clause_start, column_cue,
                                commitment_pattern, figure_label)
from extractors.numbers import RANGE_SEPARATOR, CN_SMALL_UNITS, CN_BIG_UNITS, NumberError, Quantity, is_bare_magnitude, quantity_pattern
from pipeline.lexicons import Lexicons, alternation, load_lexicons

NAMED_PHRASE_STOPS = ",;。!?:、\n()"
# 和 and another amount after a named amount (设立总规模5亿元的产业发展基金和2000万元的人才专项资金): the phrase has ended
NEXT_NAMED_AMOUNT = r"[和及与](?=[\d一二两三四五六七八九十])"
LIST_MARK = "、"  # between the amounts of a list (分别给予100万元、50万元、20万元奖励)
GRANT_QUALIFIER = 12  # the words a grant's noun may have before it (设立工业集中区发展专项资金)
TABLE_UNIT = patterns.compile(r"单位\s*[:为]?\s*$")
BARE_UNIT = "元"
# 千元 and 百元 alone are units of account (a table's 人民币千元 unit row, 每百元营业收入), not a thousand or a hundred yuan.
UNITS_OF_ACCOUNT = {"千", "百"}
# 百万元 and 千万元 as a table's cell of their own (收入 | 港币百万元 | 1,656 | 1,862: a unit column, as a Hong Kong
# report's table of indicators gives it) are the unit of the row's figures; in a sentence they may be an amount
# (获得百万元奖励).
UNIT_CELL_MAGNITUDES = {"百万", "千万"}
CELL_EDGE_BEFORE = patterns.compile(r"(?:^|[ \t\u3000|])$")
CELL_EDGE_AFTER = patterns.compile(r"[ \t\u3000|]|$")
# Between the two ends of a range whose unit is written at both ends (6万元至9.6万元).
RANGE_BETWEEN = patterns.compile(rf"\s*{RANGE_SEPARATOR}\s*")
PER_HEAD = patterns.compile(r"\s*/\s*人")
PER_PERIOD_REACH = 8  # 每 and a period (每月), and a currency word (港币), right before an amount
# an exchange rate may run on into the next ones (1美元约合7.07元人民币、约合30.6泰铢、约合16.5埃及镑): how many, and how
# far back the unit quoted may stand
MAX_CHAINED_RATES = 6
CHAINED_RATES_REACH = 100
# 几 / 数 before a magnitude in words (几百万元, 数千万元) say "some", not a number.
VAGUE_BEFORE = patterns.compile(r"[几数]$")
# 块 after a number is 元 in speech (吃了238块, 三百块左右, 月租1500块起) but also a measure word (一块地, 分为12块,
# 年产能600亿块芯片): read as 元 only after a word of money in its clause (spoken_yuan_cues), with nothing after it but a
# bound word or a clause's end, on a number of more than one digit or in words with a magnitude below 亿 (nobody says
# 600亿块 for money), and not as 6块5 (six and a half).
LOOSE_YUAN = "块"
LOOSE_YUAN_END = patterns.compile(r"(?:左右|多|起|以上|[^\p{Han}\d.]|$)")
LOOSE_YUAN_NUMBER = patterns.compile(r"\d{2,}|.*[十百千万]")
# A slash right before a magnitude with no number (吨标准煤/万元以下): the denominator of a rate's unit.
RATE_DENOMINATOR = patterns.compile(r"/\s*$")
# A range word and a high end in Chinese numerals and 元 after a lone Chinese digit and 元 (每平方米每月八元到十二元):
# the digit is the range's low end, an amount, where 一元化 or 二元结构 is none.
CHINESE_RANGE_HIGH_END = patterns.compile(rf"\s*{RANGE_SEPARATOR}\s*[一二两三四五六七八九十百千]+元")
# The yuan sign (￥ is ¥ after NFKC) before a bare number: an amount in yuan, as an auction page or an invoice writes
# it (起拍价:¥34,036,600); no magnitude or unit word needed.
YUAN_SIGN = patterns.compile(r"¥\s*$")
YUAN_SIGN_CURRENCY = "CNY"
# A figure with no currency word is money only right after a cue, these words allowed between (总投资达50亿), and in
# speech an 已经 before them or 过了 (技工贸总收入已经超过两千亿了, 去年产值过了一千亿).
CUE_GAP = r"(?:已经|已)?(?:达到|达|为|约|了|近|超过|超|逾|过了|共|总计|合计|累计)?"
CUE_GAP_REACH = 4  # the longest run of CUE_GAP words (已经超过)


def named_after_pattern(lex: Lexicons) -> patterns.Pattern:
    """After an amount, an amount noun ending its clause, right after it or after 的 or 作为 and a phrase with no
    other figure (规模5亿元的天使投资基金, 5亿元作为土地整理周转金, 给予30万元奖励): the amount is the size of what
    the phrase names (group cue). Not 突破10亿元的企业给予最高200万元奖励: the 奖励 is the other figure's."""
    nouns = alternation(lex.amount_nouns)
    return patterns.compile(
        rf"(?:人民币)?(?:\s*(?:的|作为)[^{NAMED_PHRASE_STOPS}\d]{{0,20}}?)?(?P<cue>{nouns})"
        rf"(?=[{NAMED_PHRASE_STOPS}]|$|{NEXT_NAMED_AMOUNT})")


def line_indent(text: str, pos: int) -> int:
    """How far in the line holding `pos` is set: the blanks it opens with."""
    start = text.rfind("\n", 0, pos) + 1
    return len(text[start:pos]) - len(text[start:pos].lstrip(" \t\u3000"))


def document_currency(text: str, lex: Lexicons) -> str:
    """The currency a text's bare 元 stands for: the one of a document currency word it names (新台币 → TWD),
    unless it also names a word for CNY (人民币); else CNY."""
    cny_words = [w for w, code in lex.currencies.items() if code == "CNY" and w != BARE_UNIT]
    if any(w in text for w in cny_words):
        return "CNY"
    return next((code for word, code in lex.document_currencies.items() if word in text), "CNY")


def price_label_start(text: str, pos: int) -> int:
    """Where to look for a price word before the amount at `pos`: its clause, and the label before a colon that
    opens the clause (订阅价格:每月3元 and 零售价:2.00元 in a page's boilerplate put the word in the label)."""
    start = clause_start(text, pos)
    return clause_start(text, start - 1) if start > 0 and text[start - 1] == ":" else start


def is_spoken_yuan(text: str, m) -> bool:
    """Whether the 块 ending the match `m` is 元 (两个人吃了238块,味道还行), not a measure word (分为12块地块)."""
    return bool(LOOSE_YUAN_END.match(text, m.end("unit")) and not m["mag"] and "亿" not in m["num"]
                and LOOSE_YUAN_NUMBER.match(m["num"]))


@dataclass
class MoneyFigure:
    start: int
    end: int
    value: float
    value_max: float | None
    currency: str
    approx: str
    category: str


def joined_ranges(text: str, figures: list[MoneyFigure]) -> list[MoneyFigure]:
    """每亩6万元至9.6万元, 20元至28元人民币, 约10万元至15万元: two amounts of one currency joined by a range word are
    one range, as price lists and rents write them, the unit repeated on both ends (a 约 before the low end is the
    whole range's). Not a lower and an upper bound written one after the other (处五万元以上二十万元以下罚款,
    5000万元以上1亿元以下的为重大事故): two facts, each its own bound (GUIDE rounds 46g and 50g)."""
    out: list[MoneyFigure] = []
    for fig in figures:
        low = out[-1] if out else None
        if (low and low.value_max is None and fig.value_max is None and low.currency == fig.currency
                and fig.value > low.value and ranged(text, low, fig)):
            out[-1] = MoneyFigure(low.start, fig.end, low.value, fig.value, low.currency, "range", low.category)
        else:
            out.append(fig)
    return out


def ranged(text: str, low: MoneyFigure, high: MoneyFigure) -> bool:
    """6万元至9.6万元, 约10万元至15万元: a range word between two amounts, the low one exact or about."""
    return (low.approx in ("exact", "about") and high.approx == "exact"
            and bool(RANGE_BETWEEN.fullmatch(text, low.end, high.start)))


class MoneyFinder:
    """Finds amounts in a piece of text; knows nothing of spaCy."""

    def __init__(self, lex: Lexicons):
        self.lex = lex
        self.pattern = quantity_pattern(lex, list(lex.currencies) + lex.yuan_words, unit_required=False)
        self.bare_units = {BARE_UNIT, *lex.yuan_words}  # the units of an amount in the document's currency
        self.cues = patterns.compile(alternation(lex.money_categories))
        self.cue_right_before = patterns.compile(rf"(?:{alternation(lex.money_categories)}){CUE_GAP}$")
        self.non_money_unit = patterns.compile(rf"(?:多|余)?(?:{alternation(lex.non_money_units)})")
        self.price_cues = patterns.compile(alternation(lex.price_cues))
        exchange = alternation(lex.exchange_words)
        self.exchange_after = patterns.compile(rf"\s*(?:{exchange})")
        self.exchange_before = patterns.compile(rf"(?:{exchange})\s*(?:{alternation(lex.currencies)})?\s*$")
        # 1港元=0.90元人民币, 100美元=689元: a rate written as an equation of one (or a hundred) units of a currency;
        # neither side is an amount (an equation of other amounts, 5000万元÷100亩=50万元/亩, is left alone). A reference
        # rate is often given as roughly equal (参考汇率:1美元≈6.45元人民币,1元人民币≈11.4卢布), the unit quoted may
        # name its currency after 元 (1元人民币), and one rate may run on into the next (1美元=6.45元=11.4卢布). A note on
        # the rates a text used writes it in words, as a list (1美元约合7.07元人民币、约合30.6泰铢、约合16.5埃及镑).
        equals = r"(?:[=≈]|约合|约等于)"
        quoted_unit = (rf"(?<![\d.]|\d,)(?:1|100)\s*(?:{alternation(lex.currencies)})(?:人民币|港币)?\s*{equals}")
        self.rate_equation_after = patterns.compile(
            rf"(?:人民币|港币)?\s*{equals}\s*\d[\d.,]*\s*(?:{alternation(lex.currencies)})")
        self.rate_equation_chained = patterns.compile(
            rf"{quoted_unit}(?:\s*\d[\d.,]*\s*(?:{alternation(lex.currencies)})(?:人民币|港币)?\s*、?\s*{equals})"
            rf"{{1,{MAX_CHAINED_RATES}}}\s*$")
        self.rate_equation_before = patterns.compile(rf"{quoted_unit}\s*$")
        self.quoted_unit = patterns.compile(quoted_unit)
        # after an amount, a rate per time or per item makes it a price (3元/月 in page boilerplate)
        # (a count of the units may come between: 每则新台币1,200元/30天, a listing's fee for thirty days)
        self.price_suffix = patterns.compile(rf"\s*/\s*(?:\d{{1,3}}\s*)?(?:{alternation(lex.price_per_units)})")
        self.land_rate_period = (patterns.compile(rf"\s*/\s*(?:{alternation(lex.land_rate_periods)})")
                                 if lex.land_rate_periods else None)
        self.counted_after = patterns.compile(alternation(lex.threshold_followers))
        # 港币2亿元, 欧元5000万, 人民币3亿元 in a Taiwan text: a currency named before the amount is its currency
        named = [w for w in lex.currencies if w != BARE_UNIT]
        self.currency_before = patterns.compile(rf"(?:{alternation(named)})\s*[::]?\s*$")
        # 每月 or 全年 right before an amount (a currency word may come between): an amount per period
        self.per_period = patterns.compile(
            rf"(?:每(?:{alternation(lex.price_per_units)})|{alternation(lex.price_periods)})"
            rf"\s*(?:{alternation(named)})?\s*$")
        self.cue_reach = max(map(len, lex.money_categories)) + CUE_GAP_REACH  # the longest cue and CUE_GAP words
        self.land_rate = patterns.compile(alternation(lex.land_rate_markers))
        self.named_after = named_after_pattern(lex)
        self.allotting = patterns.compile(alternation(lex.allotting_words))  # 安排 of 安排…建设资金
        # 财政每年安排1200万元 (a government allotting), not 科学技术支出安排4.8亿元 (a budget's line)
        self.allotting_alone = patterns.compile(
            rf"(?<!{alternation(lex.budget_lines_allotted)})(?:{alternation(lex.allotting_words)})"
            if lex.budget_lines_allotted else alternation(lex.allotting_words))
        self.part_mark = patterns.compile(alternation(lex.part_marks)) if lex.part_marks else None
        self.spending = patterns.compile(alternation(lex.spending_words))  # 投入 of 投入…治理资金
        # 100万元安家补贴, 一千万元以奖代补资金: a grant named after the amount by a few words and its noun; not past a
        # verb granting it (纳税额首次突破500万元给予一次性奖励: the amount is the bar the reward is for)
        self.grant_after = patterns.compile(
            rf"(?:(?!{alternation(lex.rate_grant_verbs)})\p{{Han}}){{1,{GRANT_QUALIFIER}}}?"
            rf"(?P<cue>{alternation(lex.grant_nouns)})(?=[{NAMED_PHRASE_STOPS}]|$)")
        # 按每平方米200元给予厂房建设补助: a rate, and what it pays after it
        self.rate_mark = patterns.compile(alternation(lex.rate_marks))
        self.rate_granted = patterns.compile(
            rf"(?:{alternation(lex.rate_grant_verbs)})[^{NAMED_PHRASE_STOPS}\d]{{0,20}}?"
            rf"(?P<cue>{alternation(lex.amount_nouns)})(?=[{NAMED_PHRASE_STOPS}]|$)")
        # 亿元以上项目, 超亿元工业项目, 五亿元以上产业项目: the amount is the size of each project counted
        self.project_after = patterns.compile(rf"(?:以上|及以上)?的?\p{{Han}}{{0,4}}?(?:{alternation(lex.project_nouns)})")
        # 智能电网产业集群达到2000亿元; after the amount, 100亿元以上的产业集群, 两个百亿元产业集群: a cluster's size
        self.cluster = patterns.compile(alternation(lex.cluster_words)) if lex.cluster_words else None
        self.cluster_after = (patterns.compile(rf"(?:以上|及以上)?的?\p{{Han}}{{0,8}}?(?:{alternation(lex.cluster_words)})")
                              if lex.cluster_words else None)
        self.standard_bounds = patterns.compile(alternation(lex.standard_bounds))
        self.supply = patterns.compile(alternation(lex.supply_words)) if lex.supply_words else None
        self.per_head = patterns.compile(alternation(lex.per_head_rate_markers)) if lex.per_head_rate_markers else None
        self.mean = patterns.compile(alternation(lex.mean_markers)) if lex.mean_markers else None
        self.spoken_yuan_cues = (patterns.compile(alternation(lex.spoken_yuan_cues)) if lex.spoken_yuan_cues
                                 else None)

    def is_land_rate_per_year(self, text: str, start: int, end: int) -> bool:
        """亩均税收不低于15万元/年: an amount per mu each year, not a price per year."""
        return bool(self.land_rate_period and self.land_rate_period.match(text, end)
                    and self.land_rate.search(text, clause_start(text, start), start))

    def speaks_of_money(self, text: str, start: int) -> bool:
        """Whether a word of money stands before `start` in its clause (两个人吃了238块), making a spoken 块 元."""
        return bool(self.spoken_yuan_cues and self.spoken_yuan_cues.search(text, clause_start(text, start), start))

    def is_mean(self, text: str, start: int) -> bool:
        """百强县的平均地区生产总值为1127亿元, 平均每家超过840亿元: a mean over many units, a statistic, not an amount."""
        return bool(self.mean and self.mean.search(text, clause_start(text, start), start))

    def is_supply_cost(self, text: str, start: int) -> bool:
        """工业用水3.15元/吨, 用电价格执行0.4元/千瓦时, 工业蒸汽:150元/吨: a supply's price in a zone's terms (a
        supply word in the amount's clause or its label), an amount the zone states, not a page's price."""
        return bool(self.supply and self.supply.search(text, price_label_start(text, start), start))

    def is_yield_per_head(self, text: str, start: int, end: int) -> bool:
        """全员劳动生产率达到30万元/人: what each worker yields, an indicator (as an amount per mu is), not a price."""
        return bool(self.per_head and PER_HEAD.match(text, end)
                    and self.per_head.search(text, clause_start(text, start), start))

    def is_price(self, text: str, start: int, end: int) -> bool:
        """全年订价180元, 零售价:2.00元 (a page's boilerplate): a price, not an amount. A land price per mu
        (出让价格:每亩6万元至9.6万元) is an amount a zone's terms state."""
        label = price_label_start(text, start)
        return bool(self.price_cues.search(text, label, start)
                    and not (self.land_rate.search(text, label, start) or self.land_rate.match(text, end))
                    or self.next_price_tier(text, label, start))

    def next_price_tier(self, text: str, label: int, start: int) -> bool:
        """订阅…首月只需0.99新元,之后每月9.90新元: an amount per period (每月, 全年) right before it, in the clause after a
        price's, is the price's next tier. Not a grant per period (分别给予每人每月3000元): no price before it."""
        if label == 0 or not self.per_period.search(text, max(0, start - PER_PERIOD_REACH), start):
            return False
        before = price_label_start(text, label - 1)
        return bool(self.price_cues.search(text, before, label - 1))

    def is_standard(self, text: str, fig: MoneyFigure) -> bool:
        """A rate per land bounded the way rules are worded (投资强度不低于300万元/亩, 每亩不低于280万元)."""
        clause = clause_start(text, fig.start)
        per_land = self.land_rate.search(text, clause, fig.start) or self.land_rate.match(text, fig.end)
        # the bound may be the figure's own modifier (不低于300万元/亩) or stand before it (不低于每亩四百万元)
        return bool(per_land and self.standard_bounds.search(text, clause, fig.end))

    def category(self, text: str, pos: int, end: int) -> str:
        """The category of the amount at text[pos:end]: of the thing it is the size of when a phrase after it names
        one (规模5亿元的天使投资基金: a fund); else of the cue nearest before it in its clause; else, for the bar of
        a count of projects (亿元以上项目126个), investment; else of the cue nearest before it further back."""
        named = (self.named_after.match(text, end) or self.granted_at_rate(text, pos, end)
                 or self.grant_named_after(text, end))
        if named:
            return self.lex.money_categories[named["cue"]]
        best = self.nearest_cue(text, clause_start(text, pos), pos)
        if self.sizes_cluster(text, best, pos, end):
            return "output"
        if best is None and self.project_after.match(text, end):
            return "investment"
        if best is None and self.allots_alone(text, pos):
            return "financing"
        best = best or self.nearest_cue(text, 0, pos)
        if best and self.allotted(text, best):
            return "financing"
        if best and self.spent(text, best):
            return "investment"
        return self.lex.money_categories[best.group()] if best else "other"

    def sizes_cluster(self, text: str, best, pos: int, end: int) -> bool:
        """Whether the amount at text[pos:end] is an industrial cluster's size, `best` being the cue nearest before
        it in its clause: a cluster named after that cue (光伏产业集群将达200亿元以上), unless a cue further back
        measures a cluster the same way (清河羊绒产业集群销售收入达到200亿元,安平丝网产业集群达到150亿元: revenue, as
        the clause before has it); or, with no cue before it in its sentence, a cluster right after it (100亿元以上的
        产业集群将达到15个). Not 主营业务收入超10亿元的产业集群 (the cue before the amount names what is measured)."""
        if self.cluster is None:
            return False
        start = clause_start(text, pos)
        if best is None and self.cluster_after.match(text, end) and self.nearest_cue(text, 0, pos) is None:
            return True
        if not self.cluster.search(text, best.end() if best else start, pos):
            return False
        if best is not None:
            return True
        back = self.nearest_cue(text, 0, pos)
        return back is None or not self.cluster.search(text, clause_start(text, back.start()),
                                                       clause_end(text, back.end()))

    def is_rate_equation(self, text: str, start: int, end: int) -> bool:
        """Whether the amount at text[start:end] is a side of an exchange rate written as an equation: the unit
        quoted (1港元 before =) or its price (0.90元 after 1港元=)."""
        if self.rate_equation_before.search(text, max(0, start - 12), start):
            return True
        if self.rate_equation_chained.search(text, max(0, start - CHAINED_RATES_REACH), start):
            return True  # 11.4卢布 of 1美元=6.45元=11.4卢布
        return bool(self.quoted_unit.match(text, start) and self.rate_equation_after.match(text, end))

    def grant_named_after(self, text: str, end: int):
        """A grant an amount is the size of, named after it with no 的 (给予最高100万元安家补贴, 拿出3000万元设立人才专项
        资金), or after the last of a list of amounts it leads (分别给予100万元、50万元、20万元奖励): match with group cue.
        Not the bar of the projects it counts (按亿元以上项目标准兑现了奖励)."""
        if self.project_after.match(text, end):
            return None
        while text.startswith(LIST_MARK, end) and (item := self.pattern.match(text, end + 1)):
            end = item.end()
        return self.named_after.match(text, end) or self.grant_after.match(text, end)

    def allotted(self, text: str, cue) -> bool:
        """Whether the funds a cue names are allotted (安排园区基础设施建设资金5亿元: a budget's grant, financing), not
        spent (投入基础设施建设资金三点二亿元: investment)."""
        return (cue.group() in self.lex.allotted_cues
                and bool(self.allotting.search(text, clause_start(text, cue.start()), cue.start())))

    def allots_alone(self, text: str, pos: int) -> bool:
        """Whether a government allots the amount at `pos`, its clause naming no cue (省财政每年安排一千二百万元:
        financing). Not a part of a whole named before (…3000亿元,其中2015年安排400亿元: the whole's kind)."""
        start = clause_start(text, pos)
        return bool(self.allotting_alone.search(text, start, pos)
                    and not (self.part_mark and self.part_mark.search(text, start, pos)))

    def spent(self, text: str, cue) -> bool:
        """Whether the funds a cue names are spent or brought in (投入环保治理资金3.6亿元, 引进项目资金186亿元:
        investment), not raised or granted."""
        if cue.group() not in self.lex.spent_cues:
            return False
        verb = self.spending.search(text, clause_start(text, cue.start()), cue.start())
        # not aid, named between the verb and the funds (投入对口帮扶资金: a grant the giver spends)
        return bool(verb) and not any(self.lex.money_categories[m.group()] == "financing"
                                      for m in self.cues.finditer(text, verb.end(), cue.start()))

    def granted_at_rate(self, text: str, pos: int, end: int):
        """按每平方米每月3元给予租金补贴: an amount set as a rate (按 before it in its clause) that a grant
        (给予 and an amount noun right after it) pays, which makes it the grant's money."""
        if not self.rate_mark.search(text, clause_start(text, pos), pos):
            return None
        return self.rate_granted.match(text, end)

    @staticmethod
    def is_unit_cell(text: str, start: int, end: int) -> bool:
        """text[start:end] is a table's cell of its own: a separator or the line's edge on both sides."""
        line_start = text.rfind("\n", 0, start) + 1
        return bool(CELL_EDGE_BEFORE.search(text, line_start, start)) and bool(CELL_EDGE_AFTER.match(text, end))

    def nearest_cue(self, text: str, start: int, pos: int):
        best = None
        for m in self.cues.finditer(text, start, pos, overlapped=True):
            if best is None or (m.end(), len(m.group())) > (best.end(), len(best.group())):
                best = m
        return best

    def amount_matches(self, text: str):
        """The matches of the amounts in `text`. In speech a count of projects may come before their bar (完成6个亿元以上
        项目建设: six projects of a hundred million or more each, not 6亿元): the bar after 个 (亿元以上) is the amount."""
        for m in self.pattern.finditer(text):
            if m["spoken"] and self.project_after.match(text, m.end()):
                bar = self.pattern.match(text, m.end("spoken"))
                if bar:
                    yield bar
                continue
            yield m

    def find(self, text: str, currency: str = "CNY", word_starts: set[int] | None = None) -> list[MoneyFigure]:
        """The amounts in `text`; `currency` is the one a bare 元 stands for (the document's currency);
        `word_starts`, where the words of `text` start, when it has been segmented."""
        found = []
        for m in self.amount_matches(text):
            num = m["num"]
            # 签约亿元以上: an approximation word ending a word of the text (签约) does not modify the figure
            pre = bool(m["pre"]) and (word_starts is None or m.start() in word_starts)
            start = m.start() if pre or not m["pre"] else m.end("pre")
            named_before = self.currency_before.search(text, max(0, m.start() - 6), m.start())
            signed = m["unit"] is None and not pre and YUAN_SIGN.search(text, max(0, m.start() - 2), m.start())
            if signed:
                if not num[0].isdigit() or self.non_money_unit.match(text, m.end()):
                    continue
            elif m["unit"] is None:
                # No currency word: only an amount with 万 / 亿 right after a money cue or a currency name,
                # with no measure word.
                has_magnitude = m["mag"] or any(ch in CN_BIG_UNITS for ch in num)
                if not has_magnitude or m["num2"] and not m["mag"]:
                    continue
                # 一百个亿: a spoken amount is money with no cue (speech counts nothing else in 个亿)
                if not (named_before or m["spoken"]
                        or self.cue_right_before.search(text, max(0, m.start() - self.cue_reach), m.start())):
                    continue
                if self.non_money_unit.match(text, m.end()) or self.counted_after.match(text, m.end()):
                    continue  # 5亿人; 产值超百亿企业: with no 元, a bar for what is counted, not an amount
            figure = num + (m["num2"] or "")
            if (not num[0].isdigit() and not m["mag"] and "点" not in figure
                    and not any(ch in CN_SMALL_UNITS or ch in CN_BIG_UNITS for ch in figure)
                    and not CHINESE_RANGE_HIGH_END.match(text, m.end())):
                continue  # 一元化, 二元结构: a lone Chinese digit before 元 is not an amount; 九点六亿元, 一至五亿元 are
            if (is_bare_magnitude(num) or num in UNITS_OF_ACCOUNT) and not (pre or m["post"]):
                continue  # 亿元 alone is a unit (单位:亿元), not an amount; 超亿元 and 亿元以上 are thresholds
            if is_bare_magnitude(num) and not pre and RATE_DENOMINATOR.search(text, max(0, m.start() - 2), m.start()):
                continue  # 能耗降至1.6吨标准煤/万元以下: the bound is the rate's, 万元 its unit's denominator
            if num in UNIT_CELL_MAGNITUDES and not (pre or m["post"]) and self.is_unit_cell(
                    text, named_before.start() if named_before else m.start(), m.end()):
                continue
            if m["unit"] == LOOSE_YUAN and not (is_spoken_yuan(text, m) and self.speaks_of_money(text, m.start())):
                continue
            supply = self.is_supply_cost(text, m.start()) or self.is_yield_per_head(text, m.start(), m.end())
            if ((self.price_suffix.match(text, m.end()) and not self.is_land_rate_per_year(text, m.start(), m.end())
                 and not supply) or TABLE_UNIT.search(text, max(0, m.start() - 6), m.start())):
                continue
            if self.is_price(text, m.start(), m.end()) and not supply:
                continue
            if self.exchange_after.match(text, m.end()) or self.exchange_before.search(text, max(0, m.start() - 8),
                                                                                        m.start()):
                continue  # 1美元兑新台币29元: an exchange rate, not an amount
            if self.is_rate_equation(text, m.start(), m.end()):
                continue  # 1港元=0.90元人民币: an exchange rate too
            if self.is_mean(text, m.start()):
                continue  # 平均每家超过840亿元: a statistic over many
            if VAGUE_BEFORE.search(text, max(0, m.start() - 1), m.start()) and not num[0].isdigit():
                continue  # 相差几百万元, 数千万元: no figure stated
            try:
                q = Quantity.from_match(m, self.lex, modifier_before=pre)
            except (NumberError, KeyError):
                continue
            bare = (m["unit"] or BARE_UNIT) in self.bare_units
            if signed:
                amount_currency = YUAN_SIGN_CURRENCY
            elif named_before and bare:
                amount_currency = self.lex.currencies[named_before.group().strip(" ::")]
            elif bare and found and RANGE_BETWEEN.fullmatch(text, found[-1].end, start):
                # 新台币380元至520元: the high end of a range is in the currency named before its low end
                amount_currency = found[-1].currency
            else:
                amount_currency = currency if bare else self.lex.currencies[m["unit"]]
            found.append(
                MoneyFigure(signed.start() if signed else named_before.start() if named_before else start, m.end(),
                            q.value, q.value_max,
                            amount_currency, q.approx, self.category(text, start, m.end()))
            )
        return joined_ranges(text, found)


class MoneyExtractor(FigureExtractor):
    """spaCy component: a `money` fact for every amount, sentence by sentence."""

    fact_type = "money"

    def __init__(self, lex: Lexicons):
        super().__init__(MoneyFinder(lex), lex)
        self.standard_conditions = patterns.compile(alternation(lex.standard_conditions))
        self.commitment = commitment_pattern(lex)

    def find(self, doc, s_start: int, sentence: str) -> list[MoneyFigure]:
        if "currency" not in doc.user_data:  # read once per document
            doc.user_data["currency"] = document_currency(document_text(doc), self.lex)
            doc.user_data["word_starts"] = doc.to_array("IDX").tolist()
        starts = doc.user_data["word_starts"]
        first = bisect.bisect_left(starts, s_start)
        last = bisect.bisect_left(starts, s_start + len(sentence))
        word_starts = {i - s_start for i in starts[first:last]}
        figures = self.finder.find(sentence, doc.user_data["currency"], word_starts)
        for fig in figures:
            if fig.category == "other":  # a table cell (…|1120亿元|…) is of the kind its column's header names
                cue = column_cue(doc.text, s_start + fig.start, self.finder.cues)
                fig.category = self.lex.money_categories[cue] if cue else fig.category
            if fig.category == "other":  # a line of a figure and its label (286.4亿元 2016年地区生产总值)
                label = figure_label(doc.text, s_start + fig.start, s_start + fig.end)
                cue = self.finder.nearest_cue(label, 0, len(label)) if label else None
                fig.category = self.lex.money_categories[cue.group()] if cue else fig.category
            if fig.category == "other" and sentence.startswith("其中"):
                fig.category = self.whole_category(doc.text, s_start, fig.currency) or fig.category
        return figures

    def whole_category(self, text: str, s_start: int, currency: str) -> str | None:
        """The category of the amount a sentence opening with 其中 splits, when the sentence before, in the same
        paragraph, ends with an amount in the same currency (力争实际利用外资1.5亿美元。其中,晋中开发区不低于8000万美元:
        investment): of its cue. Not a sentence before that ends otherwise (…为16.8亿元/平方公里。其中,…实现一般公共
        预算收入3240亿元: a new kind of money, not a part of the rate)."""
        start = max(text.rfind("。", 0, s_start - 1), text.rfind("\n", 0, s_start - 1)) + 1
        if text.startswith("\n", s_start - 1) or start >= s_start:
            return None
        before = text[start:s_start].rstrip("。 ")
        figures = self.finder.find(before, currency)
        if not figures or figures[-1].end != len(before) or figures[-1].currency != currency:
            return None
        return figures[-1].category if figures[-1].category != "other" else None

    def fields(self, fig) -> dict:
        return {"value": fig.value, "value_max": fig.value_max, "currency": fig.currency, "approx": fig.approx,
                "category": fig.category}

    def find_written(self, doc, written: str) -> list[MoneyFigure]:
        return self.finder.find(written, document_currency(document_text(doc), self.lex))

    def table_fields(self, cell, fig, cells, text) -> dict:
        category = self.row_category(cell)
        if category == "other":
            category = self.whole_row_category(cell, cells, text) or category
        if category == "other" and cell.label in TOTAL_LABELS and cell.table >= 0:
            # 合计 sums the rows above it: of the kind of money they all are
            shared = {self.row_category(c) for c in cells if c.table == cell.table and c.label not in TOTAL_LABELS}
            category = shared.pop() if len(shared) == 1 else category
        return {**self.fields(fig), "category": category}

    def whole_row_category(self, cell, cells, text: str) -> str | None:
        """The category of the row a part row splits (规上工业总产值 over an indented 其中:整车 and 零部件 in a bulletin's
        table of indicators): a row opening with 其中, or set further in than the rows before it, is a part of the
        nearest row above it set less far in (or as far, for a 其中 row) that opens with no 其中. None for a row of
        neither kind, or under no such row (a table indented as a whole)."""
        own, marked = line_indent(text, cell.start), self.part_row(cell.label)
        if not marked and not own:
            return None
        for above in sorted((c for c in cells if c.table == cell.table and c.start < cell.start),
                            key=lambda c: c.start, reverse=True):
            indent = line_indent(text, above.start)
            if not self.part_row(above.label) and (indent < own or marked and indent <= own):
                category = self.row_category(above)
                return category if category != "other" else None
        return None

    def part_row(self, label: str) -> bool:
        """Whether a table row's label opens with a part mark (其中:整车)."""
        return bool(self.lex.part_marks) and label.startswith(tuple(self.lex.part_marks))

    def row_category(self, cell) -> str:
        """地区生产总值(亿元): output; a row naming no kind of money (基础设施代建) is a part of what the table's
        title names (发行人最近三年营业收入构成: revenue)."""
        cue = (self.finder.nearest_cue(cell.label, 0, len(cell.label))
               or self.finder.nearest_cue(cell.title, 0, len(cell.title)))
        return self.lex.money_categories[cue.group()] if cue else "other"

    def dated(self, sentence: str, fig, ctx: FigureContext) -> FigureContext:
        # 新入区工业项目投资强度不低于300万元/亩: a standard the zone sets for every project, neither a goal nor
        # a figure of any year, even in a plan's goal list, unless its own sentence sets a deadline or a goal — or,
        # set for projects or land entering a zone, whatever its sentence sets; of the year its sentence says it
        # applies from (自2021年起), else of none
        if (self.finder.is_standard(sentence, fig) and not self.committed(sentence, fig.start)
                and (self.context.entry_standard(sentence, fig.start) or not self.sets_goal(sentence[:fig.start]))):
            return FigureContext(False, self.context.applies_from(sentence, fig.start), ctx.carried)
        return ctx

    def committed(self, sentence: str, pos: int) -> bool:
        """Whether a party commits to the figure at `pos` (commitment_words before it in its sentence: 乙方承诺,
        《协议书》约定): its project's goal, not a zone's rule."""
        return bool(self.commitment and self.commitment.search(sentence, 0, pos))

    def sets_goal(self, before: str) -> bool:
        """Whether a goal cue stands before a standard in its sentence, other than the condition it applies
        under (项目达产后亩均税收不低于十万元)."""
        cue = self.context.goal_start(before)
        return cue is not None and not self.standard_conditions.match(before, cue)

    def may_be_part(self, sentence: str, fig) -> bool:
        # 计划总投资9.87亿元,其中超亿元项目3个: a bar for counted projects, not a part of the amount
        return not self.finder.counted_after.match(sentence, fig.end)


@Language.factory("money_extractor", default_config={"lexicon_dir": ""})
def make_money_extractor(nlp: Language, name: str, lexicon_dir: str) -> MoneyExtractor:
    return MoneyExtractor(load_lexicons(lexicon_dir or None))
