"""Area: every stated land or floor area, in km², with its kind (planned · administered · built · land_use ·
other), whether it is a goal, and its year. 年产彩钢板200万平方米 (a product) and 千亩园 (a name) are not areas."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from spacy.language import Language

from extractors import patterns
from extractors.base import document_text
from extractors.context import (LABEL_UNIT, RELATIVE_YEAR, STATED_YEAR, STOCK_DATE, FigureContext, FigureExtractor,
                                clause_start, column_cue, column_headers, figure_label, number_clause_start)
from extractors.numbers import CN_NUMERAL_CHARS, NumberError, Quantity, is_bare_magnitude, quantity_pattern
from pipeline.lexicons import Lexicons, alternation, load_lexicons


# A zone's planned and administered area is what the zone is, not a figure of a year: dated only as a goal's
# deadline, or as a total its own sentence counts at a date (截至2012年底,全省…工业园区65个,规划面积1420平方公里).
# Its built-up area grows, but is dated only by a time its own sentence states (全年…建成区面积达到21.8
# 平方公里; a ';' does not end it: 至二〇〇五年底,…;建成区面积三点四平方公里), not by a section's or a list's year.
UNDATED_KINDS = {"planned", "administered"}
SENTENCE_DATED_KINDS = {"built"}

# A chronicle's entry: a sentence opening with its year (and month), a comma after it (2011年4月,经国务院批准…).
CHRONICLE_ENTRY = patterns.compile(r"\s*(?P<year>(?:19|20)\d{2})年(?:\d{1,2}月)?,")
# What changes a zone's area on that date: an approval, or a verb of change right before the new figure.
AREA_CHANGE = patterns.compile(r"批准|核准|批复|扩大至|扩大到|扩至|调整为|调整至|增至|达到")

PART_OF = "其中"
BLOCK_REACH = 40  # how far before its area a block's name may stand (核心区块(原浙江兰溪经济开发区)面积)
BARE_BLOCK_AREA = patterns.compile(r"面积[为约:]?")  # a clause opening with a bare 面积 (…区块位于…,面积810公顷)
# what may follow a part's name before its figure (其中两江片区面积约66.29平方公里)
BLOCK_PART_TAIL = patterns.compile(r"(?:面积)?[为约:]?\s*$")
BARE_AREA = "面积"  # a column naming no kind of area (片区 | 面积(平方公里))
LIST_MARK = "、"  # between the items of a list
# A count of plots of land ending a clause (闲置土地37宗、面积2146亩; 土地使用权共计47宗,面积合计5,836.42亩): the area
# after it is theirs, of the kind its clause names.
PLOTS = patterns.compile(r"(?:\d+|[一二两三四五六七八九十百]+)\s*宗$")
PLOTS_MARK = ","  # a count of plots may end its clause with a comma too
ONE_UNIT = {"1", "一"}
# 每 and a verb right before one bare unit (每拆除1平方米旧厂房原则上新建…): the unit a ratio is counted in, no area
PER_ACT_BEFORE = patterns.compile(r"每(?![个家宗块项座])\p{Han}{1,3}$")  # not 每个园区: an item counted
PER_ACT_REACH = 4
# 几 / 数 before a magnitude in words (规划面积动辄几十平方公里, 数千亩) say "some", not a number.
VAGUE_BEFORE = patterns.compile(r"[几数]$")
# 1公顷=15亩=0.01平方公里: a unit's definition, an equation of areas one side of which is one bare unit; no figure in it
# is an area (an equation of real areas, 56.51平方公里=8.48万亩, is left alone).
EQUATION_LINK = patterns.compile(r"\s*[=＝]\s*")

# A product list runs across 、 and brackets (年产冷轧板材60万吨、彩钢板200万平方米; 年产墙体材料(彩钢夹芯板)三百万平方米).
PRODUCT_LIST_DELIMITERS = ",;。!?:\n"


def product_clause_start(text: str, pos: int) -> int:
    return clause_start(text, pos, delimiters=PRODUCT_LIST_DELIMITERS)


@dataclass
class AreaFigure:
    start: int
    end: int
    value: float
    value_max: float | None
    approx: str
    kind: str
    built_floor_space: bool = False  # 已建成保税仓库8万平方米: kind other, but dated as built-up land is
    part_of_extent: bool = False  # 规划面积…,其中核心区46.8平方公里: kind other, but dated as the extent it is part of

    @property
    def undated(self) -> bool:
        """Whether the figure is dated as a zone's planned or administered extent is: by a change only."""
        return self.kind in UNDATED_KINDS or self.part_of_extent


class AreaFinder:
    def __init__(self, lex: Lexicons):
        self.lex = lex
        self.pattern = quantity_pattern(lex, list(lex.area_units))
        self.kind_cues = patterns.compile(alternation(lex.area_kinds))
        self.product_cues = patterns.compile(alternation(lex.area_product_cues))
        self.name_follower = patterns.compile(alternation(lex.area_name_followers))
        self.land_use_cue = patterns.compile(alternation([w for w, k in lex.area_kinds.items() if k == "land_use"]))
        self.floor_space = patterns.compile(alternation(lex.area_floor_space_nouns))
        self.undated_cue = patterns.compile(rf"(?:{alternation(lex.area_undated_cues)})$")
        # 核心区块(原浙江兰溪经济开发区)面积15.3平方公里, 区块一面积9.83平方公里, 扩展区6平方公里: a block's own area
        blocks = alternation(lex.area_block_words) if lex.area_block_words else None
        not_block = rf"(?!{alternation(lex.area_block_not)})" if lex.area_block_not else ""
        self.block_before = patterns.compile(
            rf"(?:{blocks}){not_block}[一二三四五六七八九十\d]?(?:\([^()]{{0,20}}\))?(?:面积)?[为约:]?$") if blocks else None
        # 新增区块位于…,面积810公顷: a bare 面积 opening the figure's clause, after a clause a block opens or names
        self.block_in_clause = patterns.compile(rf"(?:{blocks}){not_block}") if blocks else None
        self.phase = patterns.compile(alternation(lex.area_phase_words)) if lex.area_phase_words else None
        self.phase_unkinded = set(lex.area_phase_unkinded_cues)
        bridges = rf"(?:{alternation(lex.area_phase_built_bridges)})?" if lex.area_phase_built_bridges else ""
        self.built_after = patterns.compile(
            rf"{bridges}(?:{alternation(lex.area_phase_built_after)})") if lex.area_phase_built_after else None
        self.block_taken_out = patterns.compile(alternation(lex.area_block_taken_out)) if lex.area_block_taken_out else None
        # 120亩工业用地, 1.2公顷的商业用地: a land noun closing a short phrase after the figure, in its clause
        land_nouns = alternation(lex.area_land_nouns_after) if lex.area_land_nouns_after else None
        self.land_noun_after = patterns.compile(rf"的?[^,;。、:()\d\s]{{0,6}}?(?:{land_nouns})") if land_nouns else None
        self.priced_after = patterns.compile(
            rf"(?:{alternation(lex.area_unit_price_links)})?[\d{CN_NUMERAL_CHARS}]")
        # an amount right before one unit of area (企业拿地只要三万元一亩, 两千元一平方米): the price, the unit it is per
        self.priced_before = patterns.compile(rf"(?:{alternation(lex.currencies)})$")

    def names_the_zone(self, text: str, pos: int) -> bool:
        """Whether the area at `pos` is one a zone is approved with, undated whatever its kind (围网面积1.07平方公里)."""
        return bool(self.undated_cue.search(text, clause_start(text, pos), pos))

    def kind(self, text: str, pos: int, end: int) -> tuple[str, bool] | tuple[str, bool, bool]:
        """The kind of the cue nearest before the figure in its clause; a figure in brackets after another
        (56.51平方公里(8.48万亩)), after a label (规划面积:114.7平方公里) or a part of the area before it
        (规划面积114.7平方公里,其中陆域面积69平方公里) reads the clause before too; else a cue right after it
        (1100亩土地). With it, whether the figure is floor space a built cue names (已建成保税仓库8万平方米), and
        whether it is an unkinded part of a planned or administered extent, dated as the extent is (其中核心区46.8平方公里)."""
        start = self.list_start(text, number_clause_start(text, pos))
        part = start if start > 0 and text.startswith(PART_OF, start) else None
        if start > 0 and text[start - 1] in "(:”」":  # 新增“七通一平”面积: the quoted term names what it measures
            start = number_clause_start(text, start - 1)
        elif part is not None:
            start = clause_start(text, start - 1)
        best = None
        for m in self.kind_cues.finditer(text, start, pos, overlapped=True):
            if best is None or (m.end(), len(m.group())) > (best.end(), len(best.group())):
                best = m
        if self.phase_said_built(text, start, pos, end):
            return "built", False  # 起步区8平方公里已基本建成: the phase is built (GUIDE)
        if best is not None and best.group() in self.phase_unkinded and self.names_phase(text, start, best.start()):
            return "other", False  # 首期开发面积5.8平方公里: a phase of development (GUIDE)
        if (best is not None and part is not None and best.start() < part and self.names_phase(text, part, pos)
                and self.lex.area_kinds[best.group()] in UNDATED_KINDS):
            # 规划面积12.8平方公里,其中起步区3.2平方公里: a phase, not part of the extent (其中一期600亩 after 占地 is land)
            return "other", False
        if (best is not None and part is not None and best.start() < part
                and self.lex.area_kinds[best.group()] in UNDATED_KINDS and not self.names_block_part(text, part, pos)):
            # 规划面积225平方公里,其中核心区46.8平方公里: a part with no kind word of its own is no share of the
            # extent's kind (GUIDE, round 47g); the blocks that make up the extent stay planned
            return "other", False, True
        if best is not None and self.floor_space.search(text, best.end(), pos):
            # 已建成标准厂房48万平方米: buildings, not built-up land
            return "other", self.lex.area_kinds[best.group()] in SENTENCE_DATED_KINDS
        if best is None:
            best = self.kind_cues.match(text, end)
        if best is None and self.land_noun_after and self.land_noun_after.match(text, end):
            return "land_use", False  # 买下120亩工业用地: the land named after its area
        if best is None and self.is_block_area(text, pos):
            return "planned", False
        return (self.lex.area_kinds[best.group()] if best else "other"), False

    def names_block_part(self, text: str, part: int, pos: int) -> bool:
        """Whether the part after 其中 (at `part`) whose figure is at `pos` names a block of the extent before it: its own
        item of a 、-list, its bare 面积 aside, ends with a park's or block's word (城北园, 两江片区面积), or
        `is_block_area` reads a block there."""
        item = text[max(part + len(PART_OF), text.rfind("、", part, pos) + 1):pos]
        label = BLOCK_PART_TAIL.sub("", item)
        return label.endswith(tuple(self.lex.area_part_block_endings)) or self.is_block_area(text, pos)

    def phase_said_built(self, text: str, start: int, pos: int, end: int) -> bool:
        """Whether the figure at `pos` is the area of a phase its clause names (起步区, 一期) that the words right after
        it say is built (已基本建成, 的基础设施已基本建成), and no floor space (一期厂房8万平方米已建成)."""
        return bool(self.built_after and self.built_after.match(text, end) and self.names_phase(text, start, pos)
                    and not self.floor_space.search(text, start, pos))

    def names_phase(self, text: str, start: int, end: int) -> bool:
        return bool(self.phase and self.phase.search(text, start, end))

    def is_block_area(self, text: str, pos: int) -> bool:
        """Whether the figure at `pos` is the area of a block of a zone's extent (see block_words): the block named
        right before it or before its bare 面积, or in the clause before a clause of the bare 面积; not one taken out."""
        if self.block_before is None:
            return False
        near = self.block_before.search(text, max(0, pos - BLOCK_REACH), pos)
        if near is None:
            own = clause_start(text, pos)
            if own == 0 or not BARE_BLOCK_AREA.fullmatch(text, own, pos):
                return False
            near = self.block_in_clause.search(text, clause_start(text, own - 1), own - 1)
            if near is None:
                return False
        clause = clause_start(text, near.start())
        return not (self.block_taken_out and self.block_taken_out.search(text, clause, near.start()))

    def list_start(self, text: str, start: int) -> int:
        """Where a list of areas starts when the clause at `start` is one of its items after 、 naming no kind of
        its own (其中高新区6000亩、滨海开发区8000亩、综保区1500亩): the items share the kind of the first, whose clause
        (or the clause before its 其中) names it. Else `start`."""
        while start > 0 and text[start - 1] in LIST_MARK + PLOTS_MARK:
            item = clause_start(text, start - 1)
            if PLOTS.search(text, item, start - 1):
                start = item  # 出让工业用地18宗、面积1263亩: the area of the plots counted before it
                continue
            if text[start - 1] != LIST_MARK or not self.pattern.search(text, item, start - 1):
                break  # the item before names no area (用地、用能): no list of areas
            start = item
        return start

    def find(self, text: str) -> list[AreaFigure]:
        found, unit_definitions = [], []
        for m in self.pattern.finditer(text):
            follower = self.name_follower.match(text, m.end())
            # 千亩工业园: the figure is part of a name; 120亩工业用地 is land the follower qualifies
            if follower and not m["post"] and not self.land_use_cue.match(text, follower.end()):
                continue
            if VAGUE_BEFORE.search(text, max(0, m.start() - 1), m.start()) and not m["num"][0].isdigit():
                continue  # 动辄几十平方公里: no figure stated
            if is_bare_magnitude(m["num"]) and not (m["pre"] or m["post"]):
                continue  # “万亩千亿”: a magnitude with no number is a slogan's word; 超万亩 is a figure
            if self.product_cues.search(text, product_clause_start(text, m.start()), m.start()):
                continue  # 年产彩钢板200万平方米, 年产…60万吨、彩钢板200万平方米: a product quantity
            if (m["num"] in ONE_UNIT and not (m["pre"] or m["post"] or m["mag"])
                    and (self.priced_after.match(text, m.end())
                         or self.priced_before.search(text, max(0, m.start() - 6), m.start()))):
                continue  # 房价一平方米才两千多元, 三万元一亩: the unit a price is quoted in
            if (m["num"] in ONE_UNIT and not (m["pre"] or m["post"] or m["mag"])
                    and PER_ACT_BEFORE.search(text, max(0, m.start() - PER_ACT_REACH), m.start())):
                continue  # 每拆除1平方米旧厂房: the unit a ratio is counted in (拆一建一)
            try:
                q = Quantity.from_match(m, self.lex, factor=Decimal(str(self.lex.area_units[m["unit"]])))
            except (NumberError, KeyError):
                continue
            found.append(AreaFigure(m.start(), m.end(), q.value, q.value_max, q.approx,
                                    *self.kind(text, m.start(), m.end())))
            unit_definitions.append(m["num"] in ONE_UNIT and not (m["pre"] or m["post"] or m["mag"]))
        return drop_unit_definitions(text, found, unit_definitions)


def drop_unit_definitions(text: str, found: list[AreaFigure], one_unit: list[bool]) -> list[AreaFigure]:
    """`found` without the equations (figures joined only by =) in which one figure is a bare unit (1公顷=15亩)."""
    kept, chain = [], []
    for i, fig in enumerate(found):
        chain.append(i)
        joined_to_next = i + 1 < len(found) and EQUATION_LINK.fullmatch(text, fig.end, found[i + 1].start)
        if joined_to_next:
            continue
        if len(chain) == 1 or not any(one_unit[j] for j in chain):
            kept.extend(found[j] for j in chain)
        chain = []
    return kept


class AreaExtractor(FigureExtractor):
    """spaCy component: an `area` fact for every stated area, sentence by sentence."""

    fact_type = "area"

    def __init__(self, lex: Lexicons):
        super().__init__(AreaFinder(lex), lex)
        self.expansion = patterns.compile(alternation(lex.area_planned_expansion_words))
        self.reach = patterns.compile(rf"(?:{alternation(lex.area_planned_reach_verbs)})$")
        self.change = patterns.compile(rf"(?:{alternation(lex.area_planned_change_verbs)})约?$")
        self.change_cue = patterns.compile(alternation(lex.area_planned_change_cues))
        self.change_done = patterns.compile(alternation(lex.area_planned_change_done))
        self.clause_verb = patterns.compile(alternation([*lex.area_planned_reach_verbs, *lex.metric_verbs,
                                                         *lex.task_verbs]))
        self.conversion = patterns.compile(alternation(lex.area_conversion_words))
        self.parcel_header = patterns.compile(alternation(lex.area_parcel_headers))
        self.block_headers = set(lex.area_block_headers)
        self.quantity_columns = set(lex.area_quantity_columns)
        # a clause that states a zone's planned or administered area and nothing else (该园规划面积3.2平方公里,)
        undated_cues = alternation([cue for cue, kind in lex.area_kinds.items() if kind in UNDATED_KINDS])
        self.zone_size_clause = patterns.compile(
            rf"^(?P<lead>\p{{Han}}{{0,12}}?)(?:{undated_cues})(?:约为|约|为)?[\d.一二三四五六七八九十百千万两〇零点]+"
            rf"(?:{alternation(list(lex.area_units))})(?:左右)?[,，;；]$")
        # a clause that is a bare measure of the zone: a name of an area and its figure (首期开发面积, 建成区面积, 直管区)
        self.bare_measure = patterns.compile(
            rf"^(?P<lead>\p{{Han}}{{0,8}}?)(?:{alternation(list(lex.area_kinds))}|面积|区)(?:约为|约|为)?$")

    def find(self, doc, s_start: int, sentence: str) -> list[AreaFigure]:
        figures = [fig for fig in self.finder.find(sentence)
                   if not self.in_quantity_column(document_text(doc), s_start + fig.start)]
        for fig in figures:
            if fig.kind == "other":  # a table cell (…|56.2平方公里|…) is of the kind its column's header names
                cue = column_cue(doc.text, s_start + fig.start, self.finder.kind_cues)
                fig.kind = self.lex.area_kinds[cue] if cue else fig.kind
            if fig.kind == "other":  # a line of a figure and its label (98平方公里 规划面积)
                label = figure_label(doc.text, s_start + fig.start, s_start + fig.end)
                cue = self.finder.kind_cues.search(label) if label else None
                fig.kind = self.lex.area_kinds[cue.group()] if cue else fig.kind
        return figures

    def in_quantity_column(self, text: str, pos: int) -> bool:
        """Whether the figure at `pos` fills a table cell under a column of works quantities (工程量): no land."""
        header, column = column_headers(text, pos)
        return column is not None and header[column] in self.quantity_columns

    def fields(self, fig) -> dict:
        return {"value": fig.value, "value_max": fig.value_max, "approx": fig.approx, "kind": fig.kind}

    def table_fields(self, cell, fig, cells, text) -> dict:
        kind = self.column_kind(cell)
        # a zone's planned area in a dated table (表14-1 2021年主要开发区…指标) is what the zone is: no year but a goal's
        undated = kind in UNDATED_KINDS and not cell.goal
        return {**self.fields(fig), "kind": kind, **({"year": None} if undated else {})}

    def column_kind(self, cell) -> str:
        """The kind its column's label names (建成区面积(平方公里): built); a conversion column (折合(亩)) is of the
        kind of the column before it; a column of land not yet built (未建成面积) is other; a column naming none, in
        a table of land parcels (宗地编号 …), is land_use, in a table of a zone's blocks (片区 …) planned when it is
        the bare 面积."""
        label, column = cell.label, cell.column
        while column > 0 and self.conversion.match(label):
            column -= 1
            label = LABEL_UNIT.sub(r"\g<label>", cell.header[column])
        if any(word in label for word in self.lex.area_column_not_yet_cues):
            return "other"  # 未建成面积: what is left of the extent, though it names 建成面积
        cue = self.finder.kind_cues.search(label)
        if cue:
            return self.lex.area_kinds[cue.group()]
        if any(self.parcel_header.search(name) for name in cell.header):
            return "land_use"
        if label == BARE_AREA and cell.header and cell.header[0] in self.block_headers:
            return "planned"  # 片区 | 面积(平方公里): the area of each block of a zone's approved extent (not 可租面积)
        return "other"

    def expands_planned_area(self, sentence: str, fig) -> bool:
        """新增规划面积12平方公里: an expansion of the planned area, which a plan sets, not what the zone is."""
        return fig.kind == "planned" and bool(
            self.expansion.search(sentence, clause_start(sentence, fig.start), fig.start))

    def changes_to(self, sentence: str, fig, carried_goal: bool) -> bool:
        """规划面积将由24.5平方公里扩大至32.6平方公里: the size a change still to come gives the planned area (see
        planned_change_verbs): under a goal carried into the sentence, or with a cue of a change to come before it."""
        clause = clause_start(sentence, fig.start)
        if not self.change.search(sentence, clause, fig.start) or self.change_done.search(sentence, 0, fig.start):
            return False
        return carried_goal or bool(self.change_cue.search(sentence, 0, fig.start))

    def reaches(self, sentence: str, fig) -> bool:
        """规划面积达到八平方公里: a verb right before the planned area says what it is to reach."""
        return bool(self.reach.search(sentence, clause_start(sentence, fig.start), fig.start))

    def dated(self, sentence: str, fig, ctx: FigureContext) -> FigureContext:
        if self.expands_planned_area(sentence, fig):
            return ctx
        if not ctx.goal and fig.undated and self.changes_to(sentence, fig, carried_goal=False):
            return FigureContext(True, None, ctx.carried)
        if ctx.goal and ctx.carried and fig.undated and self.changes_to(sentence, fig, carried_goal=True):
            return ctx
        changed = self.changed_at(sentence, fig) if fig.undated and not ctx.goal else None
        if changed:
            return FigureContext(False, changed, ctx.carried)
        if self.finder.names_the_zone(sentence, fig.start) and not ctx.goal:
            return FigureContext(False, None, ctx.carried)
        if (fig.undated and self.context.goal_start(sentence[:fig.start]) is None
                and not (ctx.goal and not ctx.carried and self.reaches(sentence, fig))):
            # 园区规划面积12.6平方公里,2024年底前完成…: what the zone is, not a goal carried from a section, a list
            # or the sentence before; a goal only when its own sentence sets it before the figure, or says what the
            # area is to reach under a goal not carried from a sentence before (…目标是:…;食品园规划面积达到八平方公里)
            return FigureContext(False, None, ctx.carried)
        if ctx.goal and self.measured_after_zone_size(sentence, fig):
            return FigureContext(False, self.counted_at(sentence, fig, ctx), ctx.carried)
        if fig.undated and self.described_after_goal(sentence, fig):
            return FigureContext(False, self.counted_at(sentence, fig, ctx), ctx.carried)
        if ctx.goal:
            return ctx
        if fig.undated:
            return FigureContext(False, self.counted_at(sentence, fig, ctx), ctx.carried)
        if (fig.kind in SENTENCE_DATED_KINDS or fig.built_floor_space) and not (STATED_YEAR.search(sentence, 0, fig.start)
                                                     or RELATIVE_YEAR.search(sentence, 0, fig.start) or ctx.joined):
            return FigureContext(False, None, ctx.carried)
        return ctx


    def measured_after_zone_size(self, sentence: str, fig) -> bool:
        """该园规划面积3.2平方公里,首期开发面积1.1平方公里; 规划面积15平方公里,建成区面积6.5平方公里: an area named bare in
        the clause right after one that states only the zone's planned (or administered) area goes on describing the
        zone, even under a heading of goals; what it is to become takes a verb (…,今年新增开发面积1平方公里)."""
        own_clause = clause_start(sentence, fig.start)
        if own_clause == 0:
            return False
        own = self.bare_measure.match(sentence[own_clause:fig.start].strip())
        if not own or self.clause_verb.search(own["lead"]) or self.expansion.search(own["lead"]):
            return False
        before = self.zone_size_clause.search(sentence[clause_start(sentence, own_clause - 1):own_clause])
        return bool(before and not self.clause_verb.search(before["lead"]) and not self.expansion.search(before["lead"]))

    def described_after_goal(self, sentence: str, fig) -> bool:
        """计划到2025年引进港澳资企业300家,园区规划面积230平方公里: a planned area with no verb of its own, in a clause
        after the one the goal opens, describes the zone the goal is set for; the goal's deadline does not reach it.
        A goal cue in its own clause (拟规划面积约20平方公里) or a verb of its own (扩大到, 达到; 完成规划面积为110公顷的
        …园区建设, a task) keeps it a goal."""
        own_clause = clause_start(sentence, fig.start)
        if self.clause_verb.search(sentence, own_clause, fig.start) or AREA_CHANGE.search(sentence, own_clause,
                                                                                           fig.start):
            return False
        start = self.context.goal_start(sentence[:fig.start])
        return start is not None and start < own_clause

    @staticmethod
    def changed_at(sentence: str, fig) -> int | None:
        """The year of a zone's history that changed its area: a sentence opening with the year (a chronicle's
        entry) and the area's clause naming the approval or change (2011年4月,经国务院批准,…,规划面积扩大至32.8平方
        公里; 核准面积12.6平方公里), else None. Not a change of something else in another clause (2009年,…确定首批175个
        产业集聚区,后调整为180个,总规划面积约三千九百平方公里: a total, no event of its own)."""
        opening = CHRONICLE_ENTRY.match(sentence)
        if not opening or not AREA_CHANGE.search(sentence, max(opening.end(), clause_start(sentence, fig.start)),
                                                  fig.start):
            return None
        return int(opening["year"])

    @staticmethod
    def counted_at(sentence: str, fig, ctx: FigureContext) -> int | None:
        """The year a zone's planned or administered area is counted at: the year of a 截至 date before it in its
        sentence (截至2009年底,…园区规划面积合计1860平方公里), when that is the year its context reads; else None."""
        dates = [int(m.group(1)) for m in STOCK_DATE.finditer(sentence, 0, fig.start)]
        return ctx.year if dates and dates[-1] == ctx.year else None


@Language.factory("area_extractor", default_config={"lexicon_dir": ""})
def make_area_extractor(nlp: Language, name: str, lexicon_dir: str) -> AreaExtractor:
    return AreaExtractor(load_lexicons(lexicon_dir or None))
