"""Zone attribution: which zone each fact belongs to.

The zone named in the fact's clause when there is exactly one (河源高新区以…为支柱产业,深河园重点发展…);
null when the clause speaks of many zones at once (全市产业集聚区, 两区); else the zone named in its sentence
when there is exactly one, a sentence running on past semicolons included; else the zone a bare zone word
(园区, 投资区) points back to within the paragraph; else the zone of its section (an article headed 第二篇 …
or by a line naming a zone); else the document's zone (its only one, or the one it speaks of far more than
any other); null when the sentence speaks of many zones at once or of none.
A zone named only inside brackets (签约项目15个(…、台湾产业园、…)) is an aside and attributes nothing.
"""
from __future__ import annotations

import bisect
import statistics
import unicodedata
from collections import Counter

from spacy.language import Language

from extractors import patterns
from extractors.base import document_text, facts
from extractors.zone import ITEM_BULLETS
from extractors.numbers import NumberError, parse_number
from extractors.context import (SIGNATURE_DATE, TABLE_CELL_SEPARATOR, TABLE_UNIT_LINE, TOTAL_LABELS, column_headers,
                                csv_rows, link_title_span)
from pipeline.lexicons import Lexicons, alternation, load_lexicons
from pipeline.regions import is_county, is_prefecture, is_province, is_region, short_form
from pipeline.segmenting import split_sentences
# All a list item may hold besides a zone's name in a list of zones: a preposition opening it (在嘉定高新区、…).
ZONE_ITEM_LEADS = {"", "在", "于", "对"}

# 第三节 华宁工业园区 after 第二节 易门工业园区: a plan's 节 opens a section as its 章 does, however short the one before
ARTICLE_HEADING = patterns.compile(r"^\s*第[一二三四五六七八九十百\d]+[篇章节部分]")
# 第十六条 晋江经济开发区。: a policy's article numbered before the zone it is about
ARTICLE_NUMBER = patterns.compile(r"第[一二三四五六七八九十百\d]+条")
# 【招商引资】 alone on its line: a story's column heading (not 【北京路科技园】　位于…, a yearbook entry's title before
# its text)
BRACKETED_HEADING = patterns.compile(r"【[^】\n]+】")
# 大连经济技术开发区管委会副主任 陈晓梅: a line of a press conference's roster, a speaker's post then the name
ROSTER_LINE = patterns.compile(r"(?P<post>\S.*?)[ \u3000:](?P<name>\p{Han}{2,4})")
MIN_MARKED_SECTIONS = 2  # lines opened by a mark (■ 眼镜园:…) that make a text a story cut into marked sections
NUMBERED_HEADING_LINE = patterns.compile(r"(?m)^[ \t\u3000]*[一二三四五六七八九十]+、")
NUMBERED_LINE = patterns.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d{1,2}[.、])")
# 二、前海:由14.92平方公里扩至120.56平方公里: a numbered heading led by a bare place and a colon, in a text about
# several platforms each known by its place
PLACE_HEADING = patterns.compile(NUMBERED_LINE.pattern + r"\s*(?P<place>\p{Han}{2,4}):")
# The zone of a section headed by a place that several of its zones' names hold (三、南沙: 南沙片区, 南沙经开区): none,
# and not the document's either
NO_ZONE = ""
# 港资角色:融资与专业服务, 西永综保区:笔电之都再升级: a feature's section heading, a short label before its title
LABELLED_HEADING = patterns.compile(r"[^:\s]{2,10}:[^:]+")
MAX_CAPTION_CHARS = 40  # a speaker's caption line (【同期声】…管委会主任 张建华:), not a paragraph ending in a colon
# a date alone before 公司 at a clause's start (2019年4月公司成功发行…): still the reporting company's clause
COMPANY_CLAUSE_DATE = r"\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?"
# A story's heading opening with a word before a colon (生态城:新方投入约5亿新元): the word
# A speaker's post before a colon opening a paragraph (河源市市长:): who answers the question above it
POST_TAG = patterns.compile(r"\s*\p{Han}{2,8}:")
SHORT_FORM_HEADING = patterns.compile(r"(?P<word>\p{Han}{2,5}):")
# 东莞(韶关)园:承接莞企“整体搬迁”, 顺德新成园:…: a heading naming a park by a short form of its own, a bracketed
# partner place allowed, ending with the park's last character
SHORT_PARK_HEADING = patterns.compile(r"(?P<word>\p{Han}{2,4}(?:\(\p{Han}{2,4}\))?\p{Han}{0,3}园):")
# A headline led by a bare place, ended by a quote, space or colon (前海「扩区」…, 前海 深港合作…): the place
PLACE_LEAD = patterns.compile(r"(?P<place>\p{Han}{2,4})(?=[「“\"《\s:])")
# A PDF's text broken at the page's width (blind 6 g2): see `unwrapped`
WRAP_LEADS = ",。;、"  # marks a line opens with only when the line before was broken by the layout
MIN_WRAP_LEADS = 3
WRAP_LONG_LINE = 20  # characters
MIN_OPEN_SHARE = 0.6  # of the long lines end without a stop
WRAP_STOPS = ("。", "!", "?", ";", ":")
WRAP_WIDTH = 0.8  # of the median long line: a line this long was filled to the page's width
WRAP_NUMBERED = patterns.compile(r"(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d{1,2}[.、](?!\d))")  # not 89.3
# A PDF's text broken at one width in columns (a Han character two, a digit one), with no line opening with a comma
MIN_FILLED_COLUMNS = 40  # a shorter line is a heading, a title or a paragraph's last line
MIN_FILLED_LINES = 8
WRAP_SLACK = 3  # columns a filled line may fall short of or pass the page's width (a wide mark, a pair of digits)
WRAP_SHORT_BREAK = 8  # columns a line may fall short when the word after it did not fit (起步区面积 / 2.4平方公里)
TABLE_CELLS = patterns.compile(r"\t|(?:\s\d[\d.,]*){2}")  # 东川工业园区 22.5 58.6 46.2 …: a row of a table
# A table row opening with its number right before its first cell (8湖州港荣精工有限公司 吴兴经开区 …1.5亿元65)
ROW_NUMBER = patterns.compile(r"\s*(\d{1,3})(?=\p{Han})")
# (一)江西安义工业园区。 / 常德经开区: a paragraph's first sentence that is only a zone's name (with its number and an
# aside in brackets) heads the paragraph.
PARAGRAPH_MARKS = "。!?:"
# A list item's label or title (第三标段:…工程。, 1.年产30万吨聚碳酸酯项目。) before the sentence naming its zone
ITEM_STOPS = "。!?"
MAX_ITEM_TITLE_CHARS = 30
ITEM_LABEL = patterns.compile(r"\s*[\p{Han}\d]{2,6}:")  # 第三标段:, 项目三:
ITEM_FIELD = patterns.compile(r"\s*\p{Han}{2,6}:\s*")  # 建设地点:, 所在园区:
ENTRY_FIELD = patterns.compile(r"[\p{Han}\d]{2,8}:")  # a catalogue entry's line: 项目六:, 建设内容及规模:, 总投资:
# What a heading line holds besides a zone's name: its number, brackets, spaces and a closing mark.
HEADING_MARKS = patterns.compile(r"\([^()]*\)|[\s\d.、一二三四五六七八九十【】\[\]。:]")
# 分别: the figures after it go, in order, to the zones listed before it.
RESPECTIVELY = "分别"
# 慈溪、义乌 / 温州和台州 at a clause's start: a list of places before what they are measured by
PLACE_LIST = patterns.compile(r"(?:^|(?<=[,;:。\s]))(?P<place>\p{Han}{2,4}?)(?:[、和与及](?P<place>\p{Han}{2,4}?))+"
                              r"(?=[\p{Han}]*$|[\p{Han}]{0,12}?分别)")
MAX_HEADING_CHARS = 40
MAX_PLACE_CHARS = 8  # 巴音郭楞蒙古自治州
MAX_VERB_CHARS = 2  # 建设, 新建
HAN_RUN = patterns.compile(r"\p{Han}+")
MAX_PROVINCE_CHARS = 8  # 广西壮族自治区
MIN_COUNTY_ZONES = 2  # a county's document naming this many zones is about the county, not one of them
# A row of a table laid out with spaces (上库石化产业园42平方公里   石油天然气化工): cells apart by a run of spaces
SPACED_CELLS = patterns.compile(r"\S {2,}\S")
# A row whose label runs into its first figure (1周口经济开发区95260 35, a table pasted without its column breaks): figures
# closing the line, two or more apart by spaces. Such a row is no heading, nor is its zone the section's.
TRAILING_FIGURES = patterns.compile(r"\d[\d.,]*(?: +\d[\d.,]*)+ *$")
# The first cell of a table row laid out with bars, spaces or commas (合计  2,680  121.8)
ROW_LABEL = patterns.compile(r"[\s|]*(?P<label>\p{Han}+)(?:[\s|,]|$)")
# A short line closing with a figure and at most a one-character unit (第二名 牡丹江绿色食品产业园88.0分): a ranking's
# or a list's item, which a heading never is.
SCORED_ITEM = patterns.compile(r"\d(?:\.\d+)?\p{Han}?$")
TABLE_TITLE_LINES = 2  # a table's title and unit line, above its rows
MIN_SITED_ROW_CELLS = 4  # cells of a project table's row or header (序号 项目名称 建设地点 总投资)
MAX_SITED_ROWS = 60  # rows looked up for a project table's header
MIN_SECTION_CHARS = 300  # a zone-named line this close to its section's start is a sub-title, not a new section
BREADCRUMB = patterns.compile(r"[^\n>]+(?:>[^\n>]+){2,}")  # 首页 > 研究报告 > 港股研究: a page's path, no title
LETTERHEAD = patterns.compile(r"\p{Han}{4,30}文件")  # an official document's first line: its issuer's name and 文件
MIN_MENU_ITEMS = 4  # cells of a site's menu line (首页 | 新闻 | 本地 | 国内)
FIGURE_CELL = patterns.compile(r"[\d.,%]+")  # a table cell holding a figure
TITLE_LINES = 3  # a document's title lines: its issuer, its English name, its title
PAGE_HEAD_LINES = 12  # lines a web page's furniture and a document's title stand in
DECISION_ITEM = patterns.compile(r"\s*\([一二三四五六七八九十\d]{1,3}\)")  # (一), (2): a numbered decision
# A slide deck laid out as text: each slide closes with its number alone on a line (7, 8a); the line after it is
# the next slide's title. A deck has at least this many such numbers.
SLIDE_NUMBER = patterns.compile(r"\s*\d{1,3}[a-z]?\s*")
MIN_SLIDES = 3
POST_HEADING = patterns.compile(r"\s*【(?P<word>\p{Han}{1,4})\d{1,4}】")  # 【回答3】, 【楼层12】: a post of a thread
# A document with more sentences about many zones at once (全市产业集聚区) than sentences naming one zone is
# about zones in general: only a zone named in a fact's own sentence is that fact's zone.
COLLECTIVE_SENTENCES = 3
DOMINANCE = 2  # a zone is the section's or document's own when named this many times as often as any other
# A story cut into marked sections, each about its own zone, is about one zone only when it names it far more often
MARKED_DOMINANCE = 4
CLAUSE_MARKS = ",;:"
LATER_CLAUSE_MARKS = ",;"  # between clauses of one subject each (not a colon, which explains)
PART_OPENER = "其中"  # opens the clause of a part of what was just measured
FULL_STOPS = "。!?\n"
PROJECT_WORD = "项目"  # a project's name ends with it (…标准化厂房建设项目)
# a company named in full (…开发投资集团有限公司, 该集团): the Han characters before its ending; or a platform named
# by what it does (组建园区投融资平台,注册资本金2亿元)
PLATFORM_COMPANY = patterns.compile(r"(?P<name>\p{Han}+)(?:有限责任公司|有限公司|公司|集团|(?<=投融资)平台)")
# A table row's first cell (a company's name) and the blanks after it; how far above a row its header may stand
TABLE_ROW_CELL = patterns.compile(r"[ \t]*[^\s|]+[ \t|]+")
COMPANY_TABLE_ROWS = 40
# A field line (注册资本:人民币50,000万元) and how far above it the company's name field may stand
FIELD_LINE = patterns.compile(r"[ \t]*(?P<name>\p{Han}{2,10})\s*[:：]")
COMPANY_FIELD_LINES = 8
# 该公司, 该集团, 其公司, 本公司: a company pointing back to one named before
COMPANY_POINTERS = ("该", "其", "本")
BARE_COMPANY = "公司"
# 汇鑫、海昌2家小额贷款公司: companies counted, other companies than the one before; not after 等 (原…开发建设有限公司等
# 4家公司: the one named and those like it)
COUNTED_COMPANIES = patterns.compile(r"(?<![等\d一二两三四五六七八九十几数多])[\d一二两三四五六七八九十几数多]+家")
NAMED_COMPANY_ENDS = ("有限公司", "有限责任公司")
# …注册资本10亿元的永修园区开发建设投资有限公司: the company the figure's clause names right after it
PLATFORM_COMPANY_AFTER = patterns.compile(r"的(?P<name>\p{Han}+)(?:有限责任公司|有限公司|公司|集团)")
PARAGRAPH_OPENERS = " \u3000“\"「"  # what may stand before a paragraph's first word: its indent, an opening quote
# What may stand before a list item's subject: nothing, its label (17., (一), 二、) or its ordinal (一是, 其三是).
ITEM_ORDINAL_OPENING = patterns.compile(
    r"(?:\d{1,2}[.、]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|其?[一二三四五六七八九十]{1,3}是)?")
# Between a clause's first zone and the next these join two subjects (合肥高新区和芜湖经开区, …与…, …、…).
JOINED_TO_SUBJECT = patterns.compile(r"\s*(?:[、和与及同跟]|以及|联合|携手)")
SITE_ENDS = ",。;\n"  # a site field's first part names the park; roads and neighbours follow
# 醴陵经开区里的醴陵电瓷电器产业园, 园区内的…产业园: between a zone and a park in it these make the park the head of
# the phrase, the zone only where it lies.
HOST_OF = patterns.compile(r"(?:里|内|中)?的")
INSIDE = "内"  # after a zone's name, before a park it holds (肇庆高新区内规划建设「肇港澳合作产业园」)
MAX_INSIDE_GAP = 12  # characters from the host's name to the park's: 内 and a verb (内规划建设「, 内另有)
NAME_QUOTES_OPEN = "「“\"'『"
LYING_IN = ("所在的", "所在")  # 标的物所在的…产业园: where the subject lies
BRACKETED_ASIDE = patterns.compile(r"\([^()]{1,20}\)")  # a short form or a former name after a zone's name
NAME_QUOTES_CLOSE = "」”\"'』"
ENTRY_TITLE = patterns.compile(r"[ \t\u3000]*【([^】\n]{2,30})】")  # a yearbook entry's title: 【北京路科技园】
# 竹科已扩展为新竹园区、竹南园区…及新竹生物医学园区(生医园区)等六个园区。园区以积体电路…为六大主要产业: a zone in a
# counted list of parks is one of many, and a bare word after the list points back to none of them.
COUNTED_LIST_ITEM = patterns.compile(r"(?:\([^()]{0,12}\))?(?:[、和及与]|等)[^,;。:]*?[一二三四五六七八九十两\d]+个")
MAX_HOST_WORD_CHARS = 8  # a bare zone word and 内的 before a park


def dominant(counts: Counter) -> str | None:
    if not counts:
        return None
    ranked = counts.most_common(2)
    if len(ranked) == 1 or ranked[0][1] >= DOMINANCE * ranked[1][1] and ranked[0][1] >= 2:
        return ranked[0][0]
    return None


class ZoneAttributor:
    def __init__(self, lex: Lexicons):
        generic = alternation(lex.zone_suffixes)
        # 全市产业集聚区, 各产业集聚区, 每个产业集聚区: many zones at once; not 第一批产业集聚区 (one zone's rank)
        # …; not 全省第二个千亿级开发区 (a rank among many)
        rank = rf"(?!{alternation(lex.zone_rank_words)})" if lex.zone_rank_words else ""
        self.collective = patterns.compile(
            rf"(?<!第)(?:{alternation(lex.zone_collective)}){rank}[\p{{Han}}]{{0,6}}?(?:{generic}|园区){rank}"
            rf"|(?<![区园])(?:{alternation(lex.zone_collective_words)})"  # not a layout: 一区两园, 一园三区
            # 国家级经开区的预期目标: all the zones of a level (not 升级为国家级经开区, the rank one zone reaches)
            + (rf"|(?<![{''.join(lex.zone_level_rank_marks)}])(?:{alternation(lex.zone_collective_levels)})"
               rf"(?:{generic})" if lex.zone_collective_levels else ""))
        # 园区 / 投资区 alone, not inside a name: points back to the last zone of the paragraph named so
        # not 经开区块, a block of a free trade zone's part (see `zone_block_followers`)
        block = rf"(?!{alternation(lex.zone_block_followers)})" if lex.zone_block_followers else ""
        self.bare_word = patterns.compile(
            rf"(?:{alternation(lex.zone_bare_words + lex.zone_any_zone_words)}){block}")
        self.any_zone_words = set(lex.zone_any_zone_words)
        # 在经开区, 要求开发区: a bare zone word where a firm acts or what it asks of (not 园区租赁…收入, its own line)
        self.company_in_zone = patterns.compile(
            rf"(?:{alternation(lex.zone_company_zone_leads)}){self.bare_word.pattern}") \
            if lex.zone_company_zone_leads else patterns.compile(r"(?!)")
        shares = alternation(lex.zone_city_wide_share_words) if lex.zone_city_wide_share_words else "(?!)"
        benchmarks = alternation(lex.zone_benchmark_words) if lex.zone_benchmark_words else "(?!)"
        self.city_wide_words = tuple(lex.zone_city_wide_words)
        self.benchmark_before = patterns.compile(rf"(?:{shares})$")
        self.benchmark_after = patterns.compile(rf"\p{{Han}}{{0,6}}?(?:{benchmarks})")
        # 力争综合保税区年内实现…: a goal word opening a clause before its subject
        self.goal_opener = patterns.compile(rf"\s*(?:{alternation(lex.goal_words)})\s*")
        self.park_endings = tuple(lex.zone_park_endings)
        self.project_followers = tuple(lex.zone_project_followers)
        self.location_verbs = tuple(lex.zone_location_verbs)
        self.sited_in_words = tuple(lex.zone_sited_in_words)
        self.projection_event = patterns.compile(alternation(lex.projection_events)) if lex.projection_events \
            else patterns.compile(r"(?!)")
        self.site_verbs = tuple(lex.zone_site_verbs)
        self.site_fields = set(lex.zone_site_fields)
        self.zone_word = patterns.compile(generic)
        self.section_marks = tuple(lex.zone_section_marks)
        self.link_marks = tuple(lex.zone_link_marks)
        self.merged_from = patterns.compile(
            rf"由[^{CLAUSE_MARKS}{FULL_STOPS}]*(?:{alternation(lex.zone_merged_from_words)})") \
            if lex.zone_merged_from_words else patterns.compile(r"(?!)")
        self.link_list_headings = tuple(lex.zone_link_list_headings)
        self.office_words = tuple(lex.zone_office_words)
        self.speaker = patterns.compile(rf"\s*(?:{alternation(lex.zone_speaker_tags)}):") if lex.zone_speaker_tags \
            else patterns.compile(r"(?!)")
        self.question = patterns.compile(rf"\s*(?:{alternation(lex.zone_question_tags)}):") \
            if lex.zone_question_tags else patterns.compile(r"(?!)")
        self.generic_bare_words = set(lex.zone_generic_bare_words)
        self.full_forms = lex.zone_bare_short_forms  # 经开区 → 经济技术开发区, 经济开发区
        self.defined_bare_words = set(lex.zone_defined_bare_words)  # 高新区
        # 经开区 → 经济技术开发区, 高新区 → 高新技术产业开发区: the names a bare word may point back to in its paragraph
        self.pointed_forms = {word: (word, *forms) for word, forms in
                              {**lex.zone_bare_short_forms, **lex.zone_defined_full_forms}.items()}
        self.table_separators = tuple(lex.zone_table_separators)
        self.company = patterns.compile(alternation(lex.zone_company_subjects)) if lex.zone_company_subjects else None
        self.company_clause_words = tuple(lex.zone_company_clause_subjects)
        self.multi_place_regions = tuple(lex.zone_multi_place_regions)
        self.building_verbs = tuple(lex.zone_building_verbs)
        self.founding_verbs = tuple(lex.zone_founding_verbs)
        self.merging_verbs = tuple(lex.zone_merging_verbs)
        self.norm_bounds = tuple(lex.zone_norm_bounds)
        self.plant_words = tuple(lex.zone_plant_words)
        # a zone after these in a clause after the figure's is where it goes or lies, not its subject
        self.object_leads = tuple(lex.zone_purpose_leads) + tuple(lex.zone_spread_words)
        self.lot_label = patterns.compile(
            rf"(?m)^[ \t\u3000]*(?:{alternation(lex.zone_lot_labels)})[一二三四五六七八九十\d]+[::]"
        ) if lex.zone_lot_labels else patterns.compile(r"(?!)")
        self.investment_words = tuple(lex.zone_investment_words)
        self.joint_building_verbs = tuple(lex.zone_joint_building_verbs)
        self.done_deed_leads = tuple(lex.zone_done_deed_leads)
        # 经济区: a family named by a city and a place of its own, else a region of several places
        self.region_words_back = tuple(suffix for suffix, family in lex.zone_suffixes.items()
                                       if family in lex.zone_city_place_families)
        self.company_document_titles = tuple(lex.zone_company_document_titles)
        # 兰州大学科技园发展有限公司|注册资本: a named company and its own account
        self.named_company_account = patterns.compile(
            rf"\p{{Han}}{{2}}(?:有限公司|公司)(?:{alternation(lex.zone_company_accounts)})") \
            if lex.zone_company_accounts else None
        self.platform_accounts = tuple(lex.zone_platform_accounts)
        self.platform_company_words = tuple(lex.zone_platform_company_words)
        self.platform_role_words = tuple(lex.zone_platform_role_words)
        self.platform_operating_accounts = tuple(lex.zone_platform_operating_accounts)
        self.platform_co_debtors = tuple(lex.zone_platform_co_debtors)
        self.platform_zone_company_words = tuple(lex.zone_platform_zone_company_words)
        self.platform_financing_accounts = tuple(lex.zone_platform_financing_accounts)
        self.zone_words_in_name = tuple(lex.zone_bare_words)
        self.public_financing_words = tuple(lex.zone_public_financing_words)
        self.company_table_heads = tuple(lex.zone_company_table_heads)
        self.platform_paid_in_accounts = tuple(lex.zone_platform_paid_in_accounts)
        self.platform_change_leads = tuple(lex.zone_platform_change_leads)
        self.platform_financing_size = patterns.compile(alternation(lex.zone_platform_financing_sizes)) \
            if lex.zone_platform_financing_sizes else patterns.compile(r"(?!)")
        self.case_issuers = tuple(lex.zone_case_issuers)
        # 公司 opening a clause (截至2022年6月30日,公司货币资金余额为…): the reporting company as the clause's subject,
        # also after a date or an analyst's lead alone or two of them (2019年4月公司成功发行…, 今年上半年公司实现…,
        # 我们预计公司…)
        leads = rf"{COMPANY_CLAUSE_DATE}|{alternation(lex.zone_company_clause_leads)}"
        # 2022年, 今年 … opening a clause before its subject
        self.clause_time_lead = patterns.compile(rf"\s*(?:(?:{leads})\s*)+")
        self.company_opening_clause = patterns.compile(
            rf"(?:^|(?<=[{CLAUSE_MARKS}{FULL_STOPS}]))\s*(?:{leads}){{0,2}}(?:{alternation(lex.zone_company_clause_subjects)})"
        ) if lex.zone_company_clause_subjects else None
        # After a list of zones, a count of zones (三个园区) or a word of sharing (均, 合计) makes what follows a
        # predicate of all of them.
        heads = alternation(list(lex.zone_suffixes) + lex.zone_bare_words + lex.zone_list_heads)
        # not before a zone word: 我市产业集聚区 is the city's one zone, spoken of by the city's own report; nor after
        # a word of share (片区进出口2163亿元,占全市的将近三成), nor before a rank (为当时全县单体投资最大的工业项目, 居全市
        # 第一): the city is what the zone is measured against
        shares = alternation(lex.zone_city_wide_share_words) if lex.zone_city_wide_share_words else "(?!)"
        superlatives = [w for w in lex.zone_rank_words if not w.startswith("第")]  # 居全省第3位 may rank the city
        ranked = rf"|\p{{Han}}{{0,6}}?(?:{alternation(superlatives)})" if superlatives else ""
        self.city_wide = patterns.compile(
            rf"(?<!{shares})(?:{alternation(lex.zone_city_wide_words)})(?!\p{{Han}}{{0,4}}?(?:{generic}|园区){ranked})"
        ) if lex.zone_city_wide_words else patterns.compile(r"(?!)")
        # 市财政 / 中央财政 opening a clause of the sentence, up to the fact: a higher government's money
        self.higher_government = patterns.compile(
            rf"(?:^|(?<=[{CLAUSE_MARKS}{FULL_STOPS}]))\s*(?:{alternation(lex.zone_higher_government_subjects)})"
        ) if lex.zone_higher_government_subjects else patterns.compile(r"(?!)")
        # 中关村科学城设立…, 沙仑绿能科学城第一期用地…: a district that is no zone as a clause's subject (not 科技城市)
        self.district_subject = patterns.compile(
            rf"\p{{Han}}{{1,8}}?(?:{alternation(lex.zone_no_zone_districts)})(?!市)"
        ) if lex.zone_no_zone_districts else patterns.compile(r"(?!)")
        # …会议决定: closing a minutes' lead-in to its numbered decisions
        self.decision_lead = patterns.compile(rf"(?:{alternation(lex.zone_decision_leads)}):\s*$") \
            if lex.zone_decision_leads else patterns.compile(r"(?!)")
        # 建设地点: / ● 项目选址: / (三)建设地点: opening a line, before the site it names
        self.site_field = patterns.compile(
            rf"(?m)^[^\n:]{{0,8}}?(?:{alternation(lex.zone_site_fields)})\s*:") if lex.zone_site_fields \
            else patterns.compile(r"(?!)")
        self.sub_suffixes = tuple(lex.zone_sub_suffixes)
        # (以下合称“基础设施项目”) or (以下统称两园区) after zones listed together: the name it defines
        self.joint_name = patterns.compile(
            rf"[((](?:{alternation(lex.zone_joint_name_cues)})[“\"「]?(?P<name>[^”\"」()()]{{2,12}})[”\"」]?[))]"
        ) if lex.zone_joint_name_cues else None
        # 两个工业集中区, 14个重点产业园区: a count of zones, more than one; not of former parks (三个原园区合计…: the
        # zone they were merged into)
        former = rf"(?!{alternation(lex.zone_former_marks)})" if lex.zone_former_marks else ""
        self.zone_count = patterns.compile(
            rf"(?<!第)(?P<count>[\d一二三四五六七八九十两]+)个{former}\p{{Han}}{{0,4}}?(?:{heads})")
        sums = alternation(lex.zone_count_sum_words) if lex.zone_count_sum_words else "(?!)"
        self.count_summed = patterns.compile(
            rf"(?<!第)(?P<count>[\d一二三四五六七八九十两]+)个{former}\p{{Han}}{{0,4}}?(?:{heads})(?:{sums})")
        self.shared = patterns.compile(
            rf"(?<!第)[\d一二三四五六七八九十两]+个\p{{Han}}{{0,4}}?(?:{heads})|{alternation(lex.zone_shared_words)}")

    def sections(self, text: str, mentions: list[tuple[int, int, str]],
                 site: tuple[str | None, str | None] = (None, None),
                 dominance: bool = True, zone_names: dict[str, list[str]] | None = None,
                 figures: list[int] = (), host_heads_from: int | None = None) -> list[tuple[int, str | None]]:
        """(start offset, zone) of each section, in order. A 第N篇 line starts a section; a short line naming
        one zone gives the section its zone, or starts a new section when the section already has another. A
        section no line heads is about the zone it names far more than any other (with `dominance`; in a place's
        document it is about none). In a document about one
        project (`site`: the park it is built in and the zone hosting that park), a section headed by the host
        (甲方:湖州莫干山高新技术产业开发区管理委员会) or by none is about the park; when the park is known from where
        the text puts its subject (`host_heads_from`, that clause's offset), a line naming the host after it (附:武进
        高新区标准厂房租金参考价) opens a section that stays the host's. A line naming a zone after
        figures (`figures`: where the facts start) of a section a marked or bracketed heading opens (■ 空间, 【数说2024】) and no zone heads opens a section of its
        own: the figures above it are not its."""
        park, host = site
        bounds: list[list] = [[0, None, False]]  # [start, heading zone, the zone's heading is numbered]
        places: dict[int, str] = {}  # start of a section a place heads: the place
        names = {z for _, _, z in mentions}
        offset = 0
        # in a story cut into marked sections, a column heading (【招商引资】 after ■ 物流园:…) opens a section too, so
        # that the last marked section does not run on to the end of the story
        columns = self.marked_story(text)
        speakers = roster(text, mentions)
        catalogue = len(self.site_field.findall(text)) > 1  # a list of projects, each with its own site
        entry = False  # a catalogue entry's fields (总投资:, 经济效益:) after its site line are being read
        title = ""  # the last numbered line: a catalogue item's title (8.蓬溪县现代商贸物流园项目)
        lines = text.split("\n")
        table_rows = csv_rows(text)
        # zones the text speaks of, not only signs with (浠水县工业园区管理委员会 over its date): a heading's zone word
        # may stand for one of them
        signed = signature_spans(lines)
        spoken = {z for s, _, z in mentions if not any(lo <= s < hi for lo, hi in signed)}
        slides = slide_titles(lines) | post_headings(lines)
        # a feature going zone by zone (■两江新区:…, ■西永综保区:…, then ■台湾方面, 港资角色:…): its headings that
        # name no zone open sections of none, not of the zone before nor of the headline's
        story = self.story_headings(text, lines, mentions)
        zone_by_zone = len({next(iter(z)) for z in story.values() if len(z) == 1}) > 1
        for number, line in enumerate(lines):
            stripped = line.strip()
            if offset == 0 and LETTERHEAD.fullmatch(stripped):
                # 滨州北海经济开发区管理委员会文件 over 关于印发《滨州临港化工产业园…整改方案》的通知: the issuer's letterhead
                # heads no section; what it issues names its own subject
                offset += len(line) + 1
                continue
            if offset > 0 and self.office_fields(text, offset, offset + len(line), mentions):
                # 信息来源:府谷高新技术产业开发区管委会, 规划编制单位:…管理委员会: the office posting or drafting the text
                offset += len(line) + 1
                continue
            if offset > 0 and (signs(lines, number) or self.link_marks and stripped.startswith(self.link_marks)):
                # the issuer over the date it signs with (浠水县工业园区管理委员会 / 二〇一一年十二月二十八日), or another
                # article's title in a list of links: neither heads what follows nor what went before
                offset += len(line) + 1
                continue
            field = self.site_field.match(line) if catalogue and offset > 0 else None
            if field:
                # a project of a catalogue sited in no park (建设地点:蓬溪县宝梵镇) is outside any: neither the park
                # of the project before nor the document's zone runs on into it; the next project sited in a park
                # is that park's, however short the one before. A project that is a park being built (its title
                # 蓬溪县现代商贸物流园项目, sited at 蓬溪县赤城镇…) is that park's.
                sited, _ = self.site_of(text, offset + field.end(), mentions)
                sited = whole_of_part(sited, zone_names or {}, self.sub_suffixes) or sited or \
                    self.park_titled(title, zone_names or {})
                title = ""
                # 项目四's 项目地点:曲靖绿色硅光伏产业园 after 项目三's 曲靖新能源电池产业园: each project is its own park's,
                # however short the entry before
                if sited and bounds[-1][1] != sited or \
                        not any(offset <= s < offset + len(line) for s, _, _ in mentions):
                    bounds.append([offset, sited or NO_ZONE, False])
                    entry = True
                    offset += len(line) + 1
                    continue
            if entry and stripped and not ENTRY_FIELD.match(stripped) and not NUMBERED_LINE.match(stripped):
                # 以上12个项目总投资合计325.1亿元 after the last entry's 合作方式:…: the catalogue's text again, no
                # project's
                bounds.append([offset, None, False])
                entry = False
            if NUMBERED_LINE.match(stripped):
                title = stripped
            speaker = speaker_turn(stripped, speakers)
            if speaker is not None and offset > 0:
                # 【陈晓梅】 over her answer: she speaks for the zone of her post; a speaker of no zone's post (the
                # province's 商务厅副厅长) for none, not for the document's
                bounds.append([offset, speaker, True])
                offset += len(line) + 1
                continue
            column = columns and bool(BRACKETED_HEADING.fullmatch(stripped))
            # a slide's title or a post's heading opens a section: a slide on a neighbouring park, or a post on
            # another zone, does not run on into the next one
            if (ARTICLE_HEADING.match(line) or self.marked(stripped) or column or number in slides) and offset > 0:
                bounds.append([offset, None, False])
            if (stripped and len(stripped) <= MAX_HEADING_CHARS and not stripped.endswith(("。", ";", "!", "?"))
                    and not self.is_row(stripped)  # 稀土应用产业园|15.6平方公里|…: a table row, not a heading
                    and offset not in table_rows  # 3,,,,上海金山工业区,,(续上行): a comma-separated table's row
                    and not SCORED_ITEM.search(stripped)  # 第二名 牡丹江绿色食品产业园88.0分: a ranking's item
                    and not is_addressee(stripped)):
                named = {z for s, e, z in mentions if offset <= s < offset + len(line)}
                numbered = bool(NUMBERED_LINE.match(stripped))
                place = self.heading_place(stripped, names) if not named else None
                if place and offset > 0:
                    # its zone is settled below, from the section's names; a sibling heading naming a zone
                    # (五、河套:深港科技创新合作区) opens a section of its own
                    bounds.append([offset, NO_ZONE, True])
                    places[offset] = place
                    offset += len(line) + 1
                    continue
                if not named and numbered and offset > 0 and self.city_heading(stripped):
                    # 一、襄阳市经济概况 before 二、襄阳高新区概况 in a bond circular: the city's own part
                    bounds.append([offset, NO_ZONE, True])
                    offset += len(line) + 1
                    continue
                if not named and (numbered or ARTICLE_HEADING.match(line)):
                    # 二、2011年工业园区建设回顾 in a county report whose one zone so called is 蒲城县工业园区
                    named = self.heading_word_zone(stripped, spoken)
                short = self.short_form_heading(stripped, names) or \
                    self.kind_heading(text, offset + len(line), stripped, mentions) \
                    if not named and not numbered else None
                if short and offset > 0:
                    # 生态城:新方投入约5亿新元 after a section on 苏州园区: the story turns to 中新天津生态城
                    bounds.append([offset, short, False])
                    offset += len(line) + 1
                    continue
                if not named and zone_by_zone and offset in story:
                    bounds.append([offset, NO_ZONE, False])  # 港资角色:融资与专业服务 after 西永综保区:…
                    offset += len(line) + 1
                    continue
                if not named and numbered and bounds[-1][2]:
                    bounds.append([offset, None, False])  # (三)深化开放合作 after (二)建设临港物流园: its part ends
                elif not named and numbered and bounds[-1][1] and len(bounds) > 1 and \
                        sibling_heading_before(text, bounds[-2][0], bounds[-1][0], stripped):
                    # 三、求职者须知 after a line naming 璧泉工业园 inside 二、重点招聘企业: the sibling heading ends the
                    # part that line was in, and the zone it named with it
                    bounds.append([offset, None, False])
                if len(named) == 1:
                    zone = named.pop()
                    # 二、芜湖高新技术产业开发区 after 一、芜湖经济技术开发区, or a line that is only another zone's
                    # name: a new section however short the one before
                    sibling = numbered and bounds[-1][2] or only_names(stripped, line, offset, mentions)
                    if host_heads_from is not None and zone == host and offset > host_heads_from:
                        # 附:武进高新区标准厂房租金参考价 after the lease of premises in one of its parks: the host's
                        # own part, however the part above was headed
                        bounds.append([offset, zone, numbered])
                    elif bounds[-1][1] not in (None, zone) and sibling:
                        bounds.append([offset, zone, numbered])
                    elif bounds[-1][1] is None and numbered and 0 < bounds[-1][0] < offset and \
                            NUMBERED_LINE.match(text[bounds[-1][0]:text.find("\n", bounds[-1][0])].strip()):
                        # 六、云林科技工业区… after 四、多元措施协助厂商取得用地, which ended the part on 三、屏东…园区: a
                        # sibling heading opens its own section; the zone-less part before it stays none
                        bounds.append([offset, zone, numbered])
                    elif bounds[-1][1] is None and numbered and \
                            sibling_heading_before(text, bounds[-1][0], offset, stripped) and \
                            any(bounds[-1][0] <= f < offset for f in figures):
                        # 五、长春新区管委会意见 after 一、债务人基本情况 … 四、… on the park a court notice is about: a
                        # sibling of headings that named no zone heads its own part, not the figures of theirs
                        bounds.append([offset, zone, numbered])
                    elif bounds[-1][1] is None and self.column_opened(text, bounds[-1][0]) and \
                            any(bounds[-1][0] <= f < offset for f in figures):
                        # ■ 空间 / 管辖面积318平方公里 / … / 托管 明水经济技术开发区 / 规划面积64.3平方公里: an
                        # infographic's label of a park under figures of the whole; it heads only what follows it
                        bounds.append([offset, zone, numbered])
                    elif bounds[-1][1] is None or offset - bounds[-1][0] < MIN_SECTION_CHARS:
                        if bounds[-1][1] is None:  # else a sub-title under the heading
                            bounds[-1][1:] = [zone, numbered]
                    elif bounds[-1][1] != zone:
                        bounds.append([offset, zone, numbered])
            offset += len(line) + 1
        out = []
        for i, (start, zone, _) in enumerate(bounds):
            end = bounds[i + 1][0] if i + 1 < len(bounds) else len(text)
            if park and (zone is None or zone == host and (host_heads_from is None or start < host_heads_from)):
                zone = park
            elif park and zone and named_after(zone, park, zone_names or {}) and named_as_project(text, zone, mentions):
                # ——安徽灵璧经济开发区智能制造产业园标准化厂房…建设项目 over 建设地点:安徽灵璧经济开发区…: a park named only
                # in its project's name is the project, built in the zone its site names (GUIDE, round 39g)
                zone = park
            if start in places:
                zone = self.place_zone(places[start], [z for s, e, z in mentions if start <= s < end])
            if zone is None and dominance and not self.named_once_in_a_row(text, start, end, mentions):
                zone = dominant(Counter(z for s, e, z in mentions if start <= s < end))
            out.append((start, zone))
        return out

    def story_headings(self, text: str, lines: list[str], mentions: list[tuple[int, int, str]]) -> dict[int, set[str]]:
        """{offset: zones it names} of a story's labelled section headings, short lines after a blank line (西永综保区:笔电
        之都再升级, 港商访谈:「西部的成本优势仍在」), not a field's line under another (资料来源:…): those naming a zone
        and those about no place; a heading naming a place that is no zone is neither."""
        out, offset = {}, 0
        for number, line in enumerate(lines):
            stripped = line.strip()
            labelled = number > 0 and not lines[number - 1].strip() and len(stripped) <= MAX_HEADING_CHARS and \
                bool(LABELLED_HEADING.fullmatch(stripped)) and not stripped.endswith(("。", ";", "!", "?"))
            if offset > 0 and labelled and not self.marked(stripped):
                names = {z for s, e, z in mentions}
                short = self.short_form_heading(stripped, names) or self.heading_place(stripped, names)
                named = {z for s, e, z in mentions if offset <= s < offset + len(line)} | ({short} if short else set())
                if named or self.of_no_place(stripped):
                    out[offset] = named
            offset += len(line) + 1
        return out

    def of_no_place(self, heading: str) -> bool:
        """A labelled heading about no place (港资角色:融资与专业服务, 港商访谈:「西部的成本优势仍在」): it names no region
        (港企个案:从东莞到钦州, 重庆项目:…), writes no zone word (高新区:创新驱动…) and is no stop of a tour (第二站:…)."""
        label = heading.split(":", 1)[0]
        if "第" in label or self.zone_word.search(heading) or self.bare_word.search(heading):
            return False
        return not any(is_region(heading[i:i + size]) for size in (2, 3) for i in range(len(heading) - size + 1))

    def named_once_in_a_row(self, text: str, start: int, end: int, mentions: list[tuple[int, int, str]]) -> bool:
        """The section text[start:end] names one zone, once, in a row of a table below its first line (3  临空综保区
        跨境电商监管中心  15.6  300 in a park plan's 重点项目 chapter): a project named after that zone, not what the
        section is about."""
        inside = [s for s, e, z in mentions if start <= s < end]
        if len(inside) != 1:
            return False
        first_line_end = text.find("\n", start)
        line_start = text.rfind("\n", 0, inside[0]) + 1
        line_end = text.find("\n", inside[0])
        line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
        return 0 <= first_line_end < line_start and self.is_row(line)

    def office_fields(self, text: str, start: int, end: int, mentions: list[tuple[int, int, str]]) -> bool:
        """The line text[start:end] names zones only as the offices filling its fields (发布日期:2022年09月14日
        信息来源:府谷高新技术产业开发区管委会): each name right after a colon and before an office word."""
        named = [(s, e) for s, e, _ in mentions if start <= s < end]
        return bool(named) and all(text[s - 1] in ":：" and text.startswith(self.office_words, e) for s, e in named)

    def heading_place(self, line: str, names: set[str]) -> str | None:
        """The bare place leading a numbered heading (二、前海:…), when some zone's name holds it (前海深港现代服务业合作区)
        and it is no zone word (三、园区:…)."""
        heading = PLACE_HEADING.match(line)
        if not heading or self.zone_word.search(heading["place"]) or self.bare_word.search(heading["place"]):
            return None
        place = heading["place"]
        return place if any(place in name for name in names) else None

    def city_heading(self, line: str) -> bool:
        """A numbered heading whose title opens with a province or a prefecture written in full (一、襄阳市经济概况,
        (一)湖北省经济运行情况) and writes no zone word: a part about that place, no zone's."""
        number = NUMBERED_LINE.match(line)
        run = HAN_RUN.match(line, number.end()) if number else None
        if not run or self.zone_word.search(line) or self.bare_word.search(line):
            return False
        title = run.group()
        return any((is_province(word) or is_prefecture(word)) and word != short_form(word)
                   for word in (title[:size] for size in range(2, min(len(title), MAX_PLACE_CHARS) + 1)))

    def heading_word_zone(self, line: str, names: set[str]) -> set[str]:
        """The zone a numbered heading naming none speaks of by a zone word alone (二、2011年工业园区建设回顾,
        三、2012年园区建设主要任务 in a county's report): the one zone of the document named by a place written in
        full and a zone suffix only (蒲城县工业园区, the county's park), when its name ends with that word. Not a park
        of another name (蔡家坡经济技术开发区 under 推动开发区高质量发展: the city's zones in general), nor when two
        parks so named end with it (富平县庄里工业园区, 淡村工业园区), nor a heading speaking of many zones at once
        (全市开发区)."""
        if self.collective.search(line):
            return set()
        words = [w.group() for w in self.zone_word.finditer(line)] + [w.group() for w in self.bare_word.finditer(line)]
        for word in words:
            ending = {z for z in names if z.endswith(word)}
            if ending:
                return ending if len(ending) == 1 and self.place_park(ending.copy().pop()) else set()
        return set()

    def place_park(self, name: str) -> bool:
        """A zone named by a place written with its administrative suffix and a zone suffix, nothing between
        (蒲城县工业园区, 临颍县产业集聚区): the place's own park, which its government's report calls 园区."""
        return any(is_region(name[:size]) and name[:size] != short_form(name[:size])
                   and self.zone_word.fullmatch(name[size:]) for size in range(2, min(len(name), MAX_PLACE_CHARS) + 1))

    def short_form_heading(self, line: str, names: set[str]) -> str | None:
        """The zone a story's heading calls by the head or tail of its name before a colon (生态城:… for
        中新天津生态城, 前海:… for 前海深港现代服务业合作区), when that word starts or ends exactly one zone's name and is
        no bare zone word (园区:… may be any park)."""
        heading = SHORT_FORM_HEADING.match(line)
        if heading and not self.bare_word.search(heading["word"]):
            word = heading["word"]
            holding = {z for z in names if z.startswith(word) or z.endswith(word)}
            if len(holding) == 1:
                return holding.pop()
        # or by the characters it keeps of one park's name, in order (顺德新成园 of 佛山顺德(云浮新兴新成)产业转移工业园)
        park = SHORT_PARK_HEADING.match(line)
        if not park or self.bare_word.fullmatch(park["word"]):
            return None
        holding = {z for z in names if is_abbreviation(park["word"], z)}
        return holding.pop() if len(holding) == 1 else None

    def joint_names(self, text: str, sentences: list[tuple[int, int]], mentions: list[tuple[int, int, str]]) -> set[str]:
        """The names the text defines for two zones or more taken together (常熟智造产业园一期及常熟东南科创产业园
        (以下合称“基础设施项目”)): its sentence names them before the definition."""
        if self.joint_name is None:
            return set()
        starts = [s for s, _ in sentences]
        names = set()
        for definition in self.joint_name.finditer(text):
            i = bisect.bisect_right(starts, definition.start()) - 1
            lo = sentences[i][0] if i >= 0 else 0
            if len({z for s, e, z in mentions if lo <= s and e <= definition.start()}) >= 2:
                names.add(definition["name"])
        return names

    def counted_zones(self, text: str, start: int, end: int) -> bool:
        """text[start:end] counts two zones or more (区内14个重点产业园区, 两个工业集中区): it speaks of them together."""
        return any(counted_above_one(m["count"]) for m in self.zone_count.finditer(text, start, end))

    def opens_with_counted_zones(self, text: str, start: int) -> bool:
        """text opens at `start` with a count of two zones or more (三个园区工业总产值力争突破800亿元: a goal's text)."""
        count = self.zone_count.match(text, start)
        return bool(count) and counted_above_one(count["count"])

    def part_of_counted(self, text: str, s_start: int, c_start: int) -> bool:
        """The clause at `c_start` opens with 其中 after a clause that counts two zones or more (三个园区工业总产值力争突破
        800亿元,其中新材料产业规模达到300亿元以上): a part of what the zones together measure is theirs together too."""
        if not text.startswith(PART_OPENER, c_start):
            return False
        before = max(s_start, max(text.rfind(m, s_start, c_start - 1) for m in CLAUSE_MARKS) + 1)
        return self.counted_zones(text, before, c_start)

    def summed_zones(self, text: str, start: int, end: int) -> bool:
        """text[start:end] opens with a count of zones summing them (四个园区合计实现…, 两个园区共认定…): what follows
        is their total."""
        return any(counted_above_one(m["count"]) for m in self.count_summed.finditer(text, start, end))

    def kind_heading(self, text: str, end: int, line: str, mentions: list[tuple[int, int, str]]) -> str | None:
        """The zone a story's heading calls by its kind alone before a colon (高新区:创新驱动打造“千亿园区”,
        经济开发区:转型升级跑出加速度), when the paragraph under it (from `end`) first names a zone whose name ends with
        that word (潍坊高新技术产业开发区(潍坊高新区)…, 潍坊经济开发区前身为…): the section is that zone's. Not 园区:…,
        which any park may be called."""
        heading = SHORT_FORM_HEADING.match(line)
        if not heading or heading["word"] in self.generic_bare_words or \
                not (self.bare_word.fullmatch(heading["word"]) or self.zone_word.fullmatch(heading["word"])):
            return None
        word = heading["word"]
        paragraph = len(text) - len(text[end:].lstrip())
        paragraph_end = text.find("\n", paragraph)
        inside = sorted((s, e, z) for s, e, z in mentions
                        if paragraph <= s < (len(text) if paragraph_end < 0 else paragraph_end))
        if inside and any(text[s:e].endswith(word) or z.endswith(word) for s, e, z in inside if z == inside[0][2]):
            return inside[0][2]  # the first zone, by a form of its own there (its short form in brackets)
        return None

    def park_titled(self, title: str, zone_names: dict[str, list[str]]) -> str | None:
        """The park a catalogue item's title names as its project (8.蓬溪县现代商贸物流园项目): the title is only a
        zone's name or alias and a project word."""
        body = NUMBERED_LINE.sub("", title).strip()
        follower = next((w for w in self.project_followers if body.endswith(w)), None)
        if not follower:
            return None
        body = body[: -len(follower)]
        return next((z for z, aliases in zone_names.items() if body == z or body in aliases), None)

    def place_zone(self, place: str, named: list[str]) -> str | None:
        """The zone of a section a place heads: the one zone named in it whose name holds the place (前海 →
        前海深港现代服务业合作区), or the one that is no park when the others are parks in it (横琴 →
        横琴粤澳深度合作区, not 横琴粤澳合作产业园); `NO_ZONE` when several zones do (南沙 → 南沙片区, 南沙经开区); else
        None, as any section."""
        holding = {z for z in named if place in z}
        if len(holding) > 1:
            holding = {z for z in holding if not z.endswith(self.park_endings)} or holding
        if len(holding) == 1:
            return holding.pop()
        return NO_ZONE if holding else None

    def is_row(self, line: str) -> bool:
        """A table row: cells apart by a separator (稀土应用产业园|15.6平方公里) or a run of spaces."""
        return (bool(self.table_separators) and any(sep in line for sep in self.table_separators)
                or bool(SPACED_CELLS.search(line)) or bool(TRAILING_FIGURES.search(line)))

    def company_figure(self, text: str, pos: int, s_start: int, zone_forms: tuple[str, ...] = ()) -> bool:
        """A figure of the reporting company itself: a company word (发行人, 本集团) before `pos`, the end of the fact,
        in its sentence (a target's text may open with it: 公司2019-2021年营业收入分别为32.5亿元), or in the lines
        titling its table above the table's rows (表4-1 发行人最近三年营业收入构成 / 单位:万元)."""
        opening = self.company_opening_clause.search(text, s_start, pos) if self.company_opening_clause else None
        # not after a firm named earlier in the sentence (…开发有限公司负责建设,公司注册资本…: that firm); not what a
        # project reaches once built, after the firm's words (公司预计园区建成后,将吸引…企业20家; …,投产后当年实现营业
        # 收入12亿元: GUIDE gives it to the zone it is built in), unless the firm opens a clause after the event (本项目
        # 达产后,公司工业机器人产能将…: the firm's whole capacity)
        if opening and not any(word in text[s_start:opening.start()] for word in self.company_clause_words):
            last = [o for o in self.company_opening_clause.finditer(text, s_start, pos)][-1]
            # nor what the firm does in, or is offered by, a zone named bare after it (公司还将在经开区设立区域总部,注册资本
            # 2亿元; 对方要求开发区协助…,并希望享受设备投资补助(…最高1000万元)): the zone's
            if not self.projection_event.search(text, last.end(), pos) and \
                    not self.company_in_zone.search(text, last.end(), pos):
                return True
        if self.named_company_account and self.own_account(text, s_start, pos, zone_forms):
            return True
        if self.company is None:
            return False
        if self.company.search(text, s_start, pos):
            return True
        line_start = text.rfind("\n", 0, pos) + 1
        line_end = text.find("\n", pos)
        if not self.is_row(text[line_start:line_end if line_end >= 0 else len(text)].strip()):
            return False
        end, titles = line_start - 1, 0
        while end > 0 and titles < TABLE_TITLE_LINES:
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end].strip()
            if not line:
                return False  # a blank line: the table has no title
            # 表2-1发行人营业收入构成情况   单位:万元: a title spaced apart from its unit is no row
            if not self.is_row(line) or TABLE_UNIT_LINE.search(line):
                if self.company.search(line):
                    return True
                titles += 1
            end = start - 1
        return False

    def platform_account(self, text: str, span, s_start: int, c_start: int, c_end: int) -> bool:
        """A money figure of a zone's platform company's own capital or assets (组建…园区开发建设投资有限公司,注册资本二亿元;
        …开发投资有限公司为示范区唯一开发建设平台,注册资本8亿元,资产总额46.2亿元; 组建注册资本10亿元的…开发建设投资有限公司):
        an account word in its clause, and the last company its sentence names before it, or the one its clause names
        right after it, is a platform company by its name or by the words between it and the figure. A clause opening
        with 公司 / 该公司 / 该集团 points back to that company (…开发有限公司负责建设,公司注册资本人民币5亿元)."""
        if span.label_ != "money":
            return False
        if not any(w in text[c_start:span.end_char] for w in self.platform_accounts):
            if self.platform_operating_account(text, span, c_start):
                return True
            if self.platform_financing(text, span, s_start, c_start, c_end):
                return True
            if not self.continues_platform_accounts(text, span, s_start, c_start):
                return False
            if self.owed_with_co_debtor(text, s_start, span.start_char):
                return False  # 管委会及所属3家平台公司债务余额…,其中…: the zone's debt goes on
        return self.platform_before(text, span, s_start, c_end)

    def company_accounts_row(self, text: str, pos: int) -> bool:
        """Whether `pos` is in a row, past its first cell, of a table listing companies' own accounts: a header above
        it in the same block of lines opens with a company column (企业名称, 公司名称) and names an account (资产总额,
        注册资本, 债务, 营业收入)."""
        if not self.company_table_heads:
            return False
        line_start = text.rfind("\n", 0, pos) + 1
        first = TABLE_ROW_CELL.match(text, line_start)
        if first is None or pos < first.end():
            return False
        accounts = self.platform_accounts + self.platform_operating_accounts
        end = line_start - 1
        for _ in range(COMPANY_TABLE_ROWS):
            if end <= 0:
                return False
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end].strip()
            if not line:
                return False  # a blank line ends the table
            if line.startswith(self.company_table_heads):
                return any(w in line for w in accounts)
            end = start - 1
        return False

    def company_field_account(self, text: str, pos: int) -> bool:
        """Whether `pos` is in the value of an account's field (注册资本:人民币150,000.00万元) in a block of field lines
        that a company's name field heads (公司名称:宜春经开城市建设发展集团有限公司): a prospectus's or an announcement's
        facts about the company, its own whatever zone its address field names."""
        if not self.company_table_heads:
            return False
        line_start = text.rfind("\n", 0, pos) + 1
        field = FIELD_LINE.match(text, line_start)
        if field is None or pos < field.end() or not any(
                w in field["name"] for w in self.platform_accounts + self.platform_paid_in_accounts):
            return False
        end = line_start - 1
        for _ in range(COMPANY_FIELD_LINES):
            if end <= 0:
                return False
            start = text.rfind("\n", 0, end) + 1
            above = FIELD_LINE.match(text, start, end)
            if above is None:
                return False  # the block of fields ends
            if above["name"] in self.company_table_heads:
                return True
            end = start - 1
        return False

    def owed_with_co_debtor(self, text: str, start: int, pos: int) -> bool:
        """Whether a co-debtor (管委会) stands before the last company named in text[start:pos], in its clause
        (管委会及所属3家平台公司; not 推行“管委会+公司”运营模式,…投资开发公司…: a model's name, a clause before)."""
        company = self.last_company(text, start, pos)
        if company is None:
            return False
        clause = max((text.rfind(m, start, company.start()) for m in CLAUSE_MARKS), default=-1) + 1
        return any(w in text[max(clause, start):company.start()] for w in self.platform_co_debtors)

    def platform_before(self, text: str, span, s_start: int, c_end: int) -> bool:
        """Whether the company the figure's clause names right after it, or else the last its sentence names before
        it, is a platform company by its name or by the words between it and the figure."""
        after = PLATFORM_COMPANY_AFTER.match(text, span.end_char, c_end)
        if after:
            return self.platform_name(after["name"])
        before = self.last_company(text, s_start, span.start_char)
        if before is None:
            return False
        return self.platform_name(before["name"]) or \
            any(w in text[before.end():span.start_char] for w in self.platform_role_words)

    def last_company(self, text: str, start: int, end: int):
        """The last company named in text[start:end]; not 该公司 / 该集团 pointing back (…开发有限公司负责开发营运,该公司
        注册资本人民币50亿元: the company before it), nor a bare 公司 after words that name no platform (组建湘阴园区开发建设
        投资有限公司,…,力争三年内公司资产规模达到150亿元: the company before it again; not companies counted, 2家小额贷款
        公司)."""
        before = None
        for m in PLATFORM_COMPANY.finditer(text, start, end):
            pointing = m["name"] in COMPANY_POINTERS or (
                before is not None and m.group().endswith(BARE_COMPANY) and not m.group().endswith(NAMED_COMPANY_ENDS)
                and not self.platform_name(m["name"]) and not COUNTED_COMPANIES.search(text, m.start() - 1, m.end()))
            if not pointing:
                before = m
        return before

    def platform_financing(self, text: str, span, s_start: int, c_start: int, c_end: int) -> bool:
        """A financing amount a platform company raises, borrows or guarantees (平台公司负责园区基础设施建设…,计划到2022年
        融资规模达到50亿元; 推动园区平台公司发行中期票据,规模控制在30亿元以内; 与信用联社达成了6亿元的授信协议): the
        last company its sentence names before it is a platform, with a financing account word after it in the amount's
        clause (before the amount or right after it; in the clause before when the amount's clause opens with 规模).
        Not a debt the zone's 管委会 owes with it, nor a government's bond funding the company's project, nor what the
        company invests in the zone (not financing: 总投资, 建设资金 keep the zone)."""
        if span._.category != "financing":
            return False
        company = self.last_company(text, s_start, span.start_char)
        if company is None or not self.platform_before(text, span, s_start, c_end):
            return False
        if self.owed_with_co_debtor(text, s_start, span.start_char):
            return False
        lo = c_start
        if c_start > s_start and self.platform_financing_size.match(text, c_start):
            # …发行中期票据,规模控制在30亿元以内: the size of what the clause before names
            lo = max((text.rfind(m, s_start, c_start - 1) for m in CLAUSE_MARKS), default=-1) + 1
        lo = max(lo, s_start, company.end())
        region = text[lo:span.start_char] + "|" + text[span.end_char:c_end]
        return (any(w in region for w in self.platform_financing_accounts)
                and not any(w in region for w in self.public_financing_words))

    def continues_platform_accounts(self, text: str, span, s_start: int, c_start: int) -> bool:
        """Whether the figure's clause goes on with a company's accounts its sentence opened (…开发集团有限公司注册资本
        30亿元,2022年末资产总额达到1260亿元,有息债务余额480亿元; 园区平台公司负债总额达到86亿元,2012年到期债务18.5亿元;
        园区投资开发公司获得国家开发银行授信额度十二亿元,当年发放贷款三亿五千万元): a debt, result or financing word in the
        clause (not a government's bond: 其中专项债券资金4.8亿元), or the clause opening with a comparison (…有息债务余额
        186.3亿元,较2014年底增加72.5亿元: the account's change), and any account word in an earlier clause of the sentence."""
        own = self.platform_operating_accounts + self.platform_financing_accounts
        opened = self.platform_accounts + own
        clause = text[c_start:span.start_char]
        goes_on = any(w in clause for w in own) or clause.lstrip().startswith(self.platform_change_leads)
        return (goes_on and not any(w in clause for w in self.public_financing_words)
                and any(w in text[s_start:c_start] for w in opened))

    def platform_operating_account(self, text: str, span, c_start: int) -> bool:
        """A money figure of a zone's platform company's debts or results, the company named in the figure's own clause
        before its account word (园区平台公司负债总额达到86亿元; 腾鳌经济开发区运营公司2021年实现营业收入4.2亿元): not a
        debt the zone's 管委会 owes with it (管委会及所属3家平台公司债务余额达到296.5亿元, platform_co_debtors)."""
        accounts = [text.find(w, c_start, span.start_char) for w in self.platform_operating_accounts]
        first = min((i for i in accounts if i >= 0), default=-1)
        if first < 0:
            return False
        company = None
        for company in PLATFORM_COMPANY.finditer(text, c_start, first):
            pass
        if company is None or any(w in text[c_start:company.start()] for w in self.platform_co_debtors):
            return False
        return self.platform_name(company["name"])

    def platform_name(self, name: str) -> bool:
        """A company name holding a platform company's word, 开发区 aside (西宁经济技术开发区某化工有限公司: a firm), or a
        zone's word and a word of its own company (辛集经开区发展集团有限公司, 淄川经开区投资发展集团)."""
        if any(w in name for w in self.zone_words_in_name) and any(w in name for w in self.platform_zone_company_words):
            return True
        name = name.replace("开发区", "")
        return any(w in name for w in self.platform_company_words)

    def own_account(self, text: str, s_start: int, pos: int, zone_forms: tuple[str, ...]) -> bool:
        """A company named in full before `pos` in its sentence, right before its own account (兰州大学科技园发展有限公司
        注册资本1亿元): not a company named after a zone of the text (a platform company among those is read by
        `platform_account` first)."""
        m = self.named_company_account.search(text, s_start, pos)
        if not m:
            return False
        clause = max((text.rfind(c, s_start, m.start()) for c in CLAUSE_MARKS + FULL_STOPS), default=-1)
        company = text[max(clause + 1, s_start):m.end()]
        return not any(form in company for form in zone_forms)

    def company_run_on(self, text: str, run_start: int, s_start: int, pos: int) -> bool:
        """The part of a run-on sentence from `s_start` to the figure at `pos` continues the reporting company's
        accounts an earlier part opened (截至2023年末,发行人资产总额482.6亿元,…;有息债务余额198.5亿元): a company word
        (发行人, 本集团) in the parts before, and no bare zone word (园区, 区内) in the figure's own part, which would
        give it a subject of its own. Bare 公司 does not carry (公司表示,…;碳酸锂项目达产后…: a firm's word on a project)."""
        if self.company is None or run_start >= s_start or self.bare_word.search(text, s_start, pos):
            return False
        return bool(self.company.search(text, run_start, s_start))

    def zones_totalled(self, text: str, pos: int, mentions: list[tuple[int, int, str]], csv) -> set[str]:
        """The zones the rows above a table's total row (合计) name, when `pos` is in that row and they are two or
        more: the total sums them together. Else the empty set."""
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        line = text[start:end if end >= 0 else len(text)]
        label = ROW_LABEL.match(line)
        if not label or label["label"] not in TOTAL_LABELS or not (start in csv or self.is_row(line.strip())):
            return set()
        zones = set()
        end = start - 1
        while end > 0:  # up through the rows above it
            row_start = text.rfind("\n", 0, end) + 1
            if not (row_start in csv or self.is_row(text[row_start:end].strip())):
                break
            zones |= {z for s, e, z in mentions if row_start <= s < end}
            end = row_start - 1
        return zones if len(zones) >= 2 else set()

    def in_collective_table(self, text: str, pos: int) -> bool:
        """Whether `pos` is in a row of a table whose title, the first line of its block, speaks of many zones at
        once (表4-1 全省开发区“十二五”主要指标中期完成情况)."""
        line_start = text.rfind("\n", 0, pos) + 1
        line_end = text.find("\n", pos)
        if not self.is_row(text[line_start:line_end if line_end >= 0 else len(text)].strip()):
            return False
        block = text.rfind("\n\n", 0, line_start)
        block = 0 if block < 0 else block + 2
        title_end = text.find("\n", block)
        title = text[block:title_end if title_end >= 0 else len(text)]
        return not self.is_row(title.strip()) and bool(self.collective.search(title))

    def marked(self, line: str) -> bool:
        """■洋浦:先行先试的…: a story's section heading, opened by a mark."""
        return bool(self.section_marks) and line.startswith(self.section_marks)

    def column_opened(self, text: str, start: int) -> bool:
        """The section from `start` opens with a marked heading (■ 空间) or a bracketed column heading (【数说2024】)."""
        end = text.find("\n", start)
        line = text[start:end if end >= 0 else len(text)].strip()
        return self.marked(line) or bool(BRACKETED_HEADING.fullmatch(line))

    def marked_story(self, text: str) -> bool:
        """A story cut into sections by marked headings (■洋浦…, ■江东新区…)."""
        return sum(self.marked(line.strip()) for line in text.split("\n")) >= MIN_MARKED_SECTIONS

    def collective_title(self, text: str, mentions: list[tuple[int, int, str]]) -> bool:
        """A title naming a place's zones together (嘉定区产业园区高质量发展规划纲要, 鹤壁市产业集聚区建设工程…): a
        place written with its administrative suffix right before a zone word that makes no zone's name. Such a
        text speaks of the place's zones in general."""
        start, end = title_line(text)
        for word in self.zone_word.finditer(text, start, end):
            if any(s < word.end() and word.start() < e for s, e, _ in mentions):
                continue
            before = text[start:word.start()]
            if any(is_region(before[-size:]) and before[-size:] != short_form(before[-size:])
                   for size in range(2, min(len(before), MAX_PLACE_CHARS) + 1)):
                return True
        return False

    def place_title(self, text: str, mentions: list[tuple[int, int, str]]) -> bool:
        """A title naming a city or province written with its administrative suffix (东莞市, 周口市) and no zone: the
        document is about the place, and the zone it names most often is not what its other figures are of. A
        county's or district's title counts only when the document names several zones (富平县人民政府工作报告 on
        its 高新区 and two 工业园区: the county's GDP and income are the county's); a county's report on its one
        park (北辰区政府工作报告) speaks of the park as of itself."""
        start, end = title_line(text)
        if any(start <= s < end for s, _, _ in mentions):
            return False
        if text[start:end].strip().endswith(self.case_issuers):  # a court's notice is on its case, not its city
            return False
        written = {run[i:j] for run in HAN_RUN.findall(text, start, end)
                   for i in range(len(run)) for j in range(i + 2, min(len(run), i + MAX_PLACE_CHARS) + 1)
                   if is_region(run[i:j]) and run[i:j] != short_form(run[i:j])}
        above_county = {w for w in written if is_prefecture(w) or is_province(w)}
        if written and written - above_county:  # a county or district
            return len({z for _, _, z in mentions}) >= MIN_COUNTY_ZONES
        return bool(above_county)

    def site_zone(self, text: str, mentions: list[tuple[int, int, str]]) -> tuple[str | None, str | None]:
        """(park, host) of a document about one project: the one zone its site fields name (建设地点:上库石化产业园),
        or the park they name after its host zone (安徽东至经济开发区香隅化工园内, 湖州莫干山高新区内的德清智能装备产业园),
        with that host. (None, None) when the fields name other zones (a list of projects, each with its own site)
        or a site of several parks (沧州高新区…及生物医药产业园、智能装备产业园内)."""
        sites, hosts = set(), set()
        for field in self.site_field.finditer(text):
            park, host = self.site_of(text, field.end(), mentions)
            if not park:
                return None, None
            sites.add(park)
            if host:
                hosts.add(host)
        if len(sites) != 1 or len(hosts) > 1:
            return None, None
        return sites.pop(), hosts.pop() if hosts else None

    def lot_blocks(self, text: str, mentions: list[tuple[int, int, str]]) -> list[tuple[int, int, str | None]]:
        """(start, end, zone) of each court auction lot a label line opens (标的二:华兴公司位于莆田华林经济开发区的…):
        its lines up to the next lot or numbered heading are that lot's, in the one zone the label line locates it in
        (after a verb of location), or in none when the label line names no zone (标的三:生产设备一批,评估价…). A label
        line naming a zone otherwise (标的一:…产业园区内国有建设用地) opens no block: the usual reading stands."""
        labels = [m.start() for m in self.lot_label.finditer(text)]
        blocks = []
        for i, start in enumerate(labels):
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
            end = labels[i + 1] if i + 1 < len(labels) else len(text)
            heading = NUMBERED_HEADING_LINE.search(text, line_end, end)
            end = heading.start() if heading else end
            named = [(s, e, z) for s, e, z in mentions if start <= s < line_end]
            if not named:
                blocks.append((start, end, None))
                continue
            located = {z for s, e, z in named
                       if text.endswith(self.location_verbs, 0, self.place_prefixed(text, s))}
            if len(located) == 1 and len({z for _, _, z in named}) == 1:
                blocks.append((start, end, located.pop()))
        return blocks

    def located_site(self, text: str, mentions: list[tuple[int, int, str]],
                     zone_names: dict[str, list[str]]) -> tuple[str | None, str | None, int | None]:
        """(park, host) of a document whose first location clause (…位于 a zone) puts a subject that is no zone (the
        land taken, the premises leased, the projects funded) in a park named after its host zone: 本次征收土地位于
        钦州港开发区石化产业园东侧, 甲方将位于武进高新区南区智能制造产业园…的标准厂房出租给乙方, 两个募投项目均位于青海省
        西宁经济技术开发区南川工业园区. The document is about what lies in that park, though its title or headline
        names the host. (park, host, where the park is named), or Nones when the first zone so located is where
        another zone lies (临空物流园位于…临空经济区廊坊片区), is no park named after a host, or has not one host."""
        for s, e, z in sorted(mentions):
            verb_end = self.place_prefixed(text, s)
            verb = next((v for v in self.location_verbs if text.endswith(v, 0, verb_end)), None)
            if verb is None:
                continue
            clause_start = max(text.rfind(m, 0, verb_end - len(verb)) for m in CLAUSE_MARKS + FULL_STOPS) + 1
            if any(clause_start <= s2 < verb_end for s2, _, _ in mentions):
                return None, None, None  # a zone's own site (A位于B): the document is about A, not what lies in B
            hosts = {h for h in zone_names if named_after(z, h, zone_names)}
            if not hosts:  # 位于山东淄川经济开发区 first, 标的物所在的淄川经开区精细化工产业园 later: the park it lies in
                return self.park_lying_in(text, z, mentions, zone_names)
            return (z, hosts.pop(), s) if len(hosts) == 1 else (None, None, None)
        return None, None, None

    @staticmethod
    def park_lying_in(text: str, host: str, mentions: list[tuple[int, int, str]],
                      zone_names: dict[str, list[str]]) -> tuple[str | None, str | None, int | None]:
        """(park, host, where) when the text, having located its subject in `host`, later names the one park of that
        host it lies in (标的物所在的淄川经开区精细化工产业园); Nones otherwise."""
        parks = {(z, s) for s, e, z in sorted(mentions)
                 if text.endswith(LYING_IN, 0, s) and named_after(z, host, zone_names)}
        if len({z for z, _ in parks}) != 1:
            return None, None, None
        park, where = min(parks, key=lambda p: p[1])
        return park, host, where

    @staticmethod
    def place_prefixed(text: str, start: int) -> int:
        """Where a place written before the zone at `start` starts (青海省 of 青海省西宁经济技术开发区南川工业园区), or
        `start` when none is."""
        for size in range(min(start, MAX_PLACE_CHARS), 1, -1):
            if is_region(text[start - size:start]):
                return start - size
        return start

    @staticmethod
    def site_of(text: str, start: int, mentions: list[tuple[int, int, str]]) -> tuple[str | None, str | None]:
        """(park, host) a site field from `start` names: its one zone, or the park it names after its host zone
        (安徽东至经济开发区香隅化工园内); (None, None) when it names none or several parks."""
        end = min([i for i in (text.find(m, start) for m in SITE_ENDS) if i >= 0], default=len(text))
        # a short form defined in brackets (安徽灵璧经济开发区(以下简称灵璧经开区)北区) restates the zone named before it
        named = sorted((s, e, z) for s, e, z in mentions if start <= s < end and not in_brackets(text, s, e))
        host = None
        if len(named) == 2 and (named[0][1] == named[1][0] or HOST_OF.fullmatch(text, named[0][1], named[1][0])):
            host = named[0][2]  # the host zone, then the park in it
            named = named[1:]
        if len(named) != 1:
            return None, None
        return named[0][2], host

    def pointed_back(self, text: str, start: int, end: int, mentions: list[tuple[int, int, str]],
                     demonstratives_only: bool = False) -> str | None:
        """The zone a bare zone word in text[start:end] (园区, 投资区) points back to: the last zone named
        before it in the same paragraph whose name ends with that word or its full form (高新区 after 乌鲁木齐高新技术
        产业开发区). 该区 points back to the last zone of the
        paragraph, whatever its name; `demonstratives_only` looks for such words alone."""
        paragraph = text.rfind("\n", 0, start) + 1
        for word in self.bare_word.finditer(text, start, end):
            if any(s <= word.start() < e for s, e, _ in mentions):
                continue  # part of a name
            if demonstratives_only and word.group() not in self.any_zone_words:
                continue
            if province_before(text, word.start()):
                continue  # 广西开发区亩均税收仅为8.6万元: the province's zones together
            if word.group() in self.any_zone_words:
                earlier = [z for s, e, z in mentions if paragraph <= s and e <= word.start()]
                if earlier:
                    return earlier[-1]
                continue
            # not a former park the zone was made of (由原…产业园和富拉尔基工业园区整合而成。园区以…为主导产业)
            merged = [m.span() for m in self.merged_from.finditer(text, paragraph, word.start())]
            # a full form only for a word standing alone: not an alias defined in brackets ((以下简称「滨海高新区」)) nor
            # a host's word leading a park's name (高新区红山产业园)
            alone = not in_brackets(text, word.start(), word.end()) and not any(s == word.end() for s, _, _ in mentions)
            forms = self.pointed_forms.get(word.group(), word.group()) if alone else word.group()
            # nor a part named after 其中 (…核准面积42.39平方公里,其中乌斯太化工园区规划面积28.6平方公里。园区以精细化工…为
            # 主导产业): the part is measured inside the zone the paragraph is about, which the bare word goes on with
            earlier = [z for s, e, z in mentions if paragraph <= s and e <= word.start()
                       and text[s:e].endswith(forms) and not COUNTED_LIST_ITEM.match(text, e)
                       and not any(a < s and e <= b for a, b in merged)
                       and not text.endswith(PART_OPENER, 0, s)]
            if earlier:
                return earlier[-1]
        return None

    def only_zone_of_kind(self, text: str, word: str, mentions: list[tuple[int, int, str]]) -> str | None:
        """The one zone of the document a bare short form (经开区, 高新区) can stand for: the only zone named with
        that word or its full form. Not 园区 and 开发区, which speak of any zone."""
        if word not in self.full_forms and word not in self.defined_bare_words:
            return None
        forms = (word, *self.full_forms.get(word, ()))
        kinds = {z for s, e, z in mentions if text[s:e].endswith(forms)}
        return kinds.pop() if len(kinds) == 1 else None

    def bare_words(self, text: str, start: int, end: int, mentions: list[tuple[int, int, str]]) -> list[str]:
        """The bare zone words (园区, 投资区) in text[start:end] that are not part of a name."""
        return [w.group() for w in self.bare_word.finditer(text, start, end)
                if not any(s <= w.start() < e for s, e, _ in mentions)
                and w.group() not in self.any_zone_words | self.generic_bare_words]

    def __call__(self, doc):
        text = unwrapped(document_text(doc))
        mentions = doc.user_data.get("zone_mentions", [])
        zone_names = doc.user_data.get("zones", {})  # name: aliases
        zone_forms = tuple(f for z, aliases in zone_names.items() for f in (z, *aliases) if len(f) >= 2)
        parts = doc.user_data.get("zone_parts", {})  # a zone named as a part of another: its host
        # a zone named inside brackets counts for its section and document, not for its sentence
        visible = [m for m in mentions if not in_brackets(text, m[0], m[1])]
        sentences = doc.user_data["sentences"] if text == document_text(doc) else split_sentences(text)
        starts = [s for s, _ in sentences]
        # a project's site fields, else the park its first location clause puts the document's subject in
        site = self.site_zone(text, mentions)
        host_heads_from = None
        if not site[0] and not any(self.site_field.finditer(text)):
            park, host, host_heads_from = self.located_site(text, mentions, zone_names)
            site = (park, host)
        # 东莞市“十一五”产业园区发展规划: the place's document; a section no line heads is the place's too
        # 在全县工业园区“项目攻坚年”动员大会上的讲话: a title naming the place's zones together, the same; the zone its
        # text names most is one of them, not its subject
        place_titled = not site[0] and (self.place_title(text, mentions)
                                        or bool(self.collective.search(text, *title_line(text))))
        # (一)湖北浠水经济开发区。… (二)散花滨江工业园。…: items headed by two zones or more make a report on several
        # zones; what it says outside them is about them all, not the one it names most
        several = not site[0] and len(zones_heading_items(text, visible)) > 1
        company = self.company_document(text)
        figures = [f.start_char for f in facts(doc) if f.label_ != "zone"]
        sections = self.sections(text, mentions, site, dominance=not (place_titled or several), zone_names=zone_names,
                                 figures=figures, host_heads_from=host_heads_from)
        section_starts = [s for s, _ in sections]
        # A story cut into marked sections (■洋浦…, ■江东新区…) is about each section's own zone and has no zone of its
        # own, unless its headline names one (——写在丹阳经济开发区设立二十四周年之际 over ■ 眼镜园…, ■ 物流园…) or it
        # names one far more often than any other (柔佛绿科园 twenty times, 钦州 four: its ■ sections are on that park)
        counts = Counter(z for _, _, z in mentions)
        document_zone = headline_zone(text, visible, self.marked) or far_most_named(counts) \
            if self.marked_story(text) else site[0] or dominant(counts) or headline_zone(text, visible, self.marked)
        if place_titled or several:
            document_zone = None
        # a company's document speaks of its zone from where it first names it (建设地点位于石嘴山高新区): its tables
        # and accounts before are the company's
        company_zone_from = min((s for s, _, z in mentions if z == document_zone), default=0) if company else 0
        collective = sum(1 for s, e in sentences if self.collective.search(text, s, e))
        naming = len({bisect.bisect_right(starts, s) for s, _, _ in mentions})
        general = collective >= COLLECTIVE_SENTENCES and collective > naming or self.collective_title(text, mentions)

        # 园区内的苏州工业园区综合保税区…。园区同时推动…: a park named after its host names the host too, for a bare word
        # after it to point back to
        pointing = visible + hosts_named(text, visible, zone_names)
        # 津海滨海科技园位于天津滨海高新技术产业开发区核心区,规划面积…: the host after 位于 names no subject; nor does a
        # zone naming a company's plant (长春新区工厂位于长春新区北湖科技开发区内): the plant is the subject
        subjects = [m for m in visible
                    if not self.located(text, m, visible) and not text.startswith(self.plant_words, m[1])]

        def named_in(lo: int, hi: int) -> set[str]:
            return {z for s, e, z in subjects if lo <= s < hi}

        csv = csv_rows(text)
        joint = self.joint_names(text, sentences, mentions)
        money_by_end = {f.end_char: f for f in facts(doc) if f.label_ == "money"}
        lots = self.lot_blocks(text, visible)
        for span in facts(doc):
            if span.label_ == "zone":
                continue
            totalled = self.zones_totalled(text, span.start_char, mentions, csv)
            if totalled:
                # 合计 under the rows of several parks sums them all: the zone they are parts of, the one its section
                # or the document is about, when no row names it; none when the rows are zones in their own right
                section = sections[bisect.bisect_right(section_starts, span.start_char) - 1][1]
                whole = section if section is not None else document_zone
                span._.zone = whole if whole and whole not in totalled else None
                continue
            link = self.link_title(text, span.start_char)
            if link:  # · 东北振兴新一轮政策出台 中央财政拨款300亿元 under 【延伸阅读】: the zone the title names, else none
                in_title = {z for s, e, z in visible if link[0] <= s < link[1]}
                span._.zone = in_title.pop() if len(in_title) == 1 else None
                continue
            if self.company_accounts_row(text, span.start_char) or self.company_field_account(text, span.start_char):
                span._.zone = None  # 延吉高新集团 延吉高新区 221.36 94.60 under 企业名称 所在园区 资产总额 全部债务: a company's
                continue
            column = (self.site_column_zone(text, span.start_char, mentions)
                      or column_zone(text, span.start_char, mentions) or row_head_zone(text, span.start_char, mentions)
                      or csv_row_zone(text, span.start_char, mentions, csv))
            if column:  # 1216.3 under 烟台开发区 of 指标名称|烟台开发区|烟台高新区: the column's zone
                span._.zone = column
                continue
            sited = self.sited_row_zone(text, span.start_char, mentions)
            if sited is not None:  # a project table's row: the zone its cells name, or none when sited in a town
                span._.zone = sited or None
                continue
            i = bisect.bisect_right(starts, span.start_char) - 1
            s_start, s_end = sentences[i]
            lot = next((b for b in lots if b[0] <= span.start_char < b[1]), None)
            if lot and not named_in(s_start, s_end):  # 评估价:人民币一千二百万元 under 标的二:…位于华林开发区…
                span._.zone = lot[2]
                continue
            c_start, c_end = bounds(text, span.start_char, span.end_char, s_start, s_end, CLAUSE_MARKS)
            # a goal ending with an amount (高新区投资集团资产规模力争达到600亿元) is read as that amount
            account = money_by_end.get(span.end_char, span) if span.label_ == "target" else span
            if self.platform_account(text, account, s_start, c_start, c_end):
                span._.zone = None  # 组建…开发建设投资有限公司,注册资本二亿元: the platform company's, not the zone's
                continue
            respective = self.respective_zone(text, span, s_start, s_end, visible)
            if respective:
                span._.zone = respective
                continue
            if places_respectively(text, c_start, span.end_char, visible):
                span._.zone = None  # 慈溪、义乌一般公共预算收入分别为172.4亿元和98.6亿元: the places', not a zone's
                continue
            in_clause = named_in(c_start, c_end)
            jointly = self.jointly_built_in(text, c_start, span.start_char, subjects) if len(in_clause) > 1 else None
            if jointly:  # …与广州开发区共建的广州都匀产业园已入驻企业37家: the park built, not its builders
                in_clause = {jointly}
            if len(in_clause) > 1 and self.shared.search(text, last_named(visible, c_start, span.start_char), span.start_char):
                span._.zone = None  # 贵阳高新区、遵义经开区三个园区的工业总产值均超过百亿元: many zones at once
                continue
            if len(in_clause) > 1:  # 包括台南园区1,043公顷、高雄园区570公顷: the zone of its own list item
                item_start, item_end = bounds(text, span.start_char, span.end_char, c_start, c_end, "、")
                if (zones_listed(text, span.start_char, c_start, c_end, visible)
                        or listed_together(text, c_start, item_start, visible, figures)):
                    span._.zone = None  # 高峰工业园、龙都工业园新增工业用地3200亩: several zones with no 分别
                    continue
                in_clause = named_in(item_start, item_end)
            if len(in_clause) == 1:
                span._.zone = in_clause.pop()
                continue
            built = (self.built_before(text, s_start, c_start, c_end, visible, figures)
                     or self.merging_subject(text, s_start, c_start, visible)) if not in_clause else None
            if built:
                span._.zone = built
                continue
            founded = self.founded_in_paragraph(text, s_start, visible) if not named_in(s_start, s_end) else None
            if founded and any(w in text[c_start:span.end_char] for w in self.norm_bounds):
                span._.zone = None  # 整合后开发区规划面积一般不低于10平方公里: the merger plan's norm for every zone it makes
                continue
            if founded:  # 曹娥江区块(原曹娥江工业园区)面积10.8平方公里 after the paragraph founds 曹娥江经开区: a block of it
                span._.zone = founded
                continue
            if self.district_opens_clause(text, c_start, span.start_char):
                # 怀柔科学城…当年完成投资68亿元 in a paragraph on a zone, 沙仑绿能科学城第一期用地约22公顷,…与南科…: the
                # district's, not a zone's its sentence or paragraph names
                span._.zone = None
                continue
            if any(text.find(name, s_start, span.end_char) >= 0 for name in joint) and \
                    not named_in(s_start, span.start_char):
                # 基础设施项目2021年度、2022年度分别实现营业收入1.21亿元和1.37亿元: the parks it was defined for, together
                span._.zone = None
                continue
            titled = entry_title_zone(text, s_start, visible)
            if titled:  # 【北京路科技园】　…,为高新区起步区,规划面积12.6平方公里: the entry's zone
                span._.zone = titled
                continue
            if self.collective.search(text, c_start, c_end) or \
                    not named_in(s_start, c_start) and self.counted_zones(text, c_start, span.start_char) or \
                    not named_in(s_start, c_start) and (self.opens_with_counted_zones(text, span.start_char)
                                                        or self.part_of_counted(text, s_start, c_start)):
                # 孙镇、椿林两个工业集中区到二〇一五年各实现产值十亿元以上: both zones. Not after a zone the sentence
                # names first (西宁经开区…形成“一区四园”的发展格局,四个园区规划总面积为…: its own parts). A goal's text
                # may open with the count (到2027年,三个园区工业总产值力争突破800亿元)
                span._.zone = None
                continue
            run_on = bounds(text, s_start, s_end - 1, 0, len(text), FULL_STOPS)
            if not named_in(run_on[0], span.start_char) and self.summed_zones(text, run_on[0], span.start_char):
                span._.zone = None  # 四个园区合计实现工业总产值…;实现税收收入五十六点四亿元: the parks' total
                continue
            named = named_in(s_start, s_end)
            if not named and span.start_char < company_zone_from:
                span._.zone = None
                continue
            # 高新区力争实现…2000亿元,卧里屯新能源汽车产业园整车产能达到20万辆: the park is its own clause's subject only
            later_subject = bool(named) and opens_later_clause(text, c_end, s_start, s_end, visible, self.object_leads)
            if later_subject:
                named = set()
            # the company's own accounts (发行人…净资产为…), not a zone's; a zone named only after the figure does not
            # make it the zone's (本集团收益…增加约人民币201,754千元,主要由于…苏州产业园租金水平上升所致: the reason)
            # …公司实现营业收入15.2亿元;其中园区租赁及运营服务收入5.1亿元: a part opening its sentence is of the subject
            # the sentence before measured
            lead = run_on[0] if text[s_start:s_end].lstrip().startswith(PART_OPENER) else s_start
            if not named_in(lead, span.start_char) and self.company_figure(text, span.end_char, lead, zone_forms) or \
                    not named_in(run_on[0], span.start_char) and self.company_run_on(text, run_on[0], s_start,
                                                                                  span.start_char):
                span._.zone = None
                continue
            if not named and self.higher_government.search(text, s_start, span.start_char):
                span._.zone = None  # 市财政今年安排园区发展专项资金3亿元: the city's budget, not a zone's; nor the
                # zone the run-on sentence's first part names (…在准东开发区建设…;自治区财政今年将安排开发区…专项资金20亿元)
                continue
            if not named and run_on[0] < s_start and not general:  # in a run-on sentence, a bare zone word of the fact's own
                pointed = self.pointed_back(text, c_start, c_end, pointing)  # clause (综合保税区进出口总额…) points back
                if pointed:
                    span._.zone = pointed
                    continue
            if not named:  # a sentence running on past semicolons names its zone once, in its first part
                first_part = min([i for i in (text.find(m, run_on[0], s_start) for m in ";") if i >= 0], default=s_start)
                # not a zone opening a clause after figures of others (…2000亿元,卧里屯…产业园整车产能达到20万辆;
                # 建成区面积扩大到…): the subject of its own clause only
                named = {z for s, e, z in visible if run_on[0] <= s < first_part and at_clause_start(text, s, run_on[0])
                         and not any(run_on[0] <= f < s for f in figures)}
                # 重点抓好以下工作:一是…;二是…;三是…开发区拟新增用地3000亩;…: a list of items of which one names the
                # only zone the whole sentence names; GUIDE gives all its facts that zone. Not when an item speaks of
                # many zones at once (今年的主要目标是:全省开发区力争…;…;确保综改示范区…): the items after it are theirs
                if (not named and text.rfind(":", run_on[0], s_start) >= 0
                        and not self.collective.search(text, run_on[0], run_on[1])):
                    whole = {z for s, e, z in visible if run_on[0] <= s < run_on[1]}
                    # the zone must be an item's subject: one an item names inside its task (一是…,推动汽配园产值突破…)
                    # leaves the other items to the section's zone
                    heads = {z for s, e, z in visible if run_on[0] <= s < run_on[1] and self.opens_item(text, s, run_on[0])}
                    named = whole if len(whole) == 1 and heads == whole else set()
            if len(named) == 1:
                zone = named.pop()
                if self.collective_before_name(text, zone, s_start, span.start_char, visible):
                    span._.zone = None  # 全市开发区谋划重大项目186个,总投资2860亿元,其中:易门工业园区…: many zones'
                    continue
                # the zone the paragraph's heading names, else the section's or the document's
                heading_zone = self.paragraph_zone(text, span.start_char, visible, general, figures, parts)
                section = sections[bisect.bisect_right(section_starts, span.start_char) - 1][1]
                around = (heading_zone if heading_zone != zone else None) or \
                    (section if section is not None else document_zone)
                span._.zone = self.subject_or_pointed(text, zone, s_start, s_end, visible,
                                                      around if around in zone_names else None, zone_names,
                                                      pos=span.start_char)
                continue
            carried = self.carried_over(text, span.start_char, s_start, visible) if named else None
            if carried:
                span._.zone = carried
                continue
            if self.speaks_of_many(text, s_start, s_end, span.start_char) or \
                    self.speaks_of_many(text, run_on[0], s_start, span.start_char):
                span._.zone = None
                continue
            lead = self.decision_lead_zones(text, span.start_char, visible) if not named else None
            if lead is not None:  # (一)由市国土资源局牵头,… under 会议决定: the zone its lead-in names, if one
                span._.zone = lead.pop() if len(lead) == 1 else None
                continue
            if not named and self.in_collective_table(text, span.start_char):
                span._.zone = None  # a row of 表4-1 全省开发区主要指标 that names no zone: the zones' total
                continue
            headed = self.paragraph_zone(text, span.start_char, subjects, general, figures, parts) \
                if not named and not later_subject else None
            # 投资区现场签约… in a paragraph on 角美工业园区 speaks of another zone; 高新区将重点发展… in one on
            # 无锡高新技术产业开发区(无锡高新区) of the paragraph's own, whose short form ends so
            if headed and self.other_kind_named(text, s_start, s_end, headed, mentions, visible):
                headed = None
            if not headed and general and not named:
                # 该园计划总投资120亿元…: a demonstrative names the zone it points back to, in a text about zones in
                # general too
                headed = self.pointed_back(text, s_start, s_end, pointing, demonstratives_only=True)
            if headed or general:
                span._.zone = headed
                continue
            section = sections[bisect.bisect_right(section_starts, span.start_char) - 1][1]
            pointed = self.pointed_back(text, s_start, s_end, pointing) if not named else None
            if not named and not pointed and self.city_wide.search(text, s_start, s_end):
                span._.zone = None  # 全市完成固定资产投资98.4亿元: the whole city's, not the document's zone
                continue
            if not named and not pointed and (self.place_opens_clause(text, c_start, span.end_char)
                                              or self.place_opens_sentence(text, s_start, s_end, span.end_char)):
                span._.zone = None  # 2022年青海省锂电产业产值有望达到380亿元: the province's, not the document's zone
                continue
            # 综保区这边…560多亿元 in an interview about its 片区: a bare word of another kind than the document's zone
            # speaks of another zone: the document's only zone of that kind (青岛前湾综合保税区), else unknown
            if not (pointed or section) and document_zone and \
                    self.other_kind_named(text, s_start, s_end, document_zone, mentions, visible):
                kinds = {self.only_zone_of_kind(text, w, mentions) for w in self.bare_words(text, s_start, s_end, visible)}
                span._.zone = kinds.pop() if len(kinds) == 1 else None
                continue
            if section == NO_ZONE:  # 三、南沙:… about the place of several zones, none the document's
                span._.zone = pointed
                continue
            # a company's document: a figure whose sentence, paragraph and section name no zone is the company's
            span._.zone = pointed or section or (document_zone if not named and not company else None) or \
                (self.paragraph_led_back(text, span.start_char, visible) if not named else None)
        return doc

    def paragraph_led_back(self, text: str, pos: int, mentions: list[tuple[int, int, str]]) -> str | None:
        """The park a paragraph opening with a bare 园区 is about: the one zone the paragraph before names, going back
        over paragraphs that open so too (…全称为中国—白俄罗斯工业园,规划面积91.5平方公里… / “园区一期起步区8.5平方公里的
        基础设施已经全部建成…” / 园区给予入园企业…的优惠). Not when a paragraph on the way names another zone. GUIDE: 园区 at the
        head of the sentence after points back to the one park just named."""
        end = text.rfind("\n", 0, pos) + 1
        seen: set[str] = set()  # the zones the paragraphs opening with 园区 name themselves
        while end > 0:
            close = text.find("\n", end)
            close = len(text) if close < 0 else close
            if not text[end:close].lstrip(PARAGRAPH_OPENERS).startswith(tuple(self.generic_bare_words)):
                return None
            seen |= {z for s, _, z in mentions if end <= s < close}
            start = text.rfind("\n", 0, end - 1) + 1
            while start > 0 and not text[start:end].strip():  # blank lines between paragraphs
                start = text.rfind("\n", 0, start - 1) + 1
            named = {z for s, _, z in mentions if start <= s < end}
            if named:
                return named.pop() if len(named | seen) == 1 else None
            end = start
        return None

    def place_opens_clause(self, text: str, c_start: int, pos: int) -> bool:
        """The clause from `c_start` to the figure ending at `pos` opens, after a date or a time word (2022年, 今年),
        with a province, a city or a county written with its administrative suffix (青海省, 廊坊市, 常熟市, 蓬溪县): the
        clause measures that place. A goal's text may open with the place itself (2022年青海省锂电产业产值有望达到380亿元)."""
        start, run = self.clause_opening(text, c_start, pos)
        words = [run[:size] for size in range(2, min(len(run), MAX_PLACE_CHARS) + 1)]
        if any(is_county(word) for word in words):
            # not a county acting for its park (怀来县每年为园区安排新增建设用地指标…) nor a firm in it (蒲城县海升果汁公司
            # 出口创汇…): a county's report speaks so of its own park's and firms' figures
            return not self.bare_word.search(text, start, pos) and \
                not any(word in text[start:pos] for word in self.company_clause_words)
        if self.opens_with_multi_place_region(run) or self.opens_with_region_word_back(text, start, run):
            return True
        return any((is_province(word) or is_prefecture(word)) and word != short_form(word) for word in words)

    def opens_with_multi_place_region(self, run: str) -> bool:
        """The run opens, after a province if one (广西, 广东省), with a region of several cities named as one (北部湾经济区
        地区生产总值将达到1万亿元以上, 长三角…): the figure is the region's. A zone named so (长三角生态绿色一体化发展示范区) is
        a zone the sentence names, which the caller has already ruled out."""
        for size in range(min(len(run), MAX_PLACE_CHARS), 1, -1):
            if is_province(run[:size]):
                run = run[size:]
                break
        return run.startswith(self.multi_place_regions)

    def built_before(self, text: str, s_start: int, c_start: int, c_end: int,
                     mentions: list[tuple[int, int, str]], figures: list[int]) -> str | None:
        """The park an earlier clause of the sentence builds, when it is the last zone named before the clause from
        `c_start` to `c_end` (新区计划总投资120亿元建设北湖科技园二期,建成后可容纳科技企业500家; 规划建设涡北新型工业园,首期开发
        3000亩): the later clauses, naming no zone, describe the park built, not its builder. Not a clause of investment
        (社棠工业园区正在规划建设社棠装备制造孵化园,计划总投资3.2亿元): money spent on building is the builder's, as is a deed
        done (已完成征地…). Not where a figure stands before the park (…新增国家高新技术企业100家,建设江门高新区智能制造
        产业园,引进超100亿元的先进制造业项目2个以上): the sentence lists its subject's goals, building the park is one.
        A zone founded out of others (整合…,设立“…经济开发区”) is described so too."""
        # in the text's order: a zone's mentions are listed zone by zone, and the one named last is the one wanted
        before = sorted(m for m in mentions if s_start <= m[0] and m[1] <= c_start)
        if not before:
            return None
        start, _, zone = before[-1]
        jointly = self.jointly_built(text, s_start, start)
        if not jointly and any(w in text[c_start:c_end] for w in self.investment_words):
            return None
        if self.clause_opening(text, c_start, c_end)[1].startswith(self.done_deed_leads):
            return None  # 集聚区加快建设襄城县循环经济产业园,已完成征地三千二百亩: what the subject has done
        if any(s_start <= f < start for f in figures):
            return None
        if jointly or text[max(s_start, start - MAX_VERB_CHARS):start].endswith(self.building_verbs):
            return zone
        # 整合…,设立“浙江上虞曹娥江经济开发区”,规划面积42.3平方公里; …与庄河工业园区整合为「庄河经济开发区」: the zone founded
        longest = max(map(len, self.founding_verbs), default=0)
        lead = text[max(s_start, start - longest - 1):start].rstrip(NAME_QUOTES_OPEN)
        return zone if lead.endswith(self.founding_verbs) else None

    def jointly_built(self, text: str, lo: int, start: int) -> bool:
        """Whether the zone named at `start` is a park two parties build together (…与北京经济技术开发区共建的廊坊亦庄协同
        创新产业园, 共建“飞地园区”): its builders, named before it, are not the subject of what follows."""
        lead = text[max(lo, start - MAX_VERB_CHARS - 2):start].rstrip(NAME_QUOTES_OPEN)
        return bool(self.joint_building_verbs) and lead.removesuffix("的").endswith(self.joint_building_verbs)

    def jointly_built_in(self, text: str, lo: int, pos: int, mentions: list[tuple[int, int, str]]) -> str | None:
        """The park two parties build together named last between `lo` and `pos`, if the last zone named there is
        one (大庆高新区与大庆经济技术开发区共建的大庆化工新材料产业园一期3.2平方公里: the park's, not its builders')."""
        before = sorted(m for m in mentions if lo <= m[0] and m[1] <= pos)
        if before and self.jointly_built(text, lo, before[-1][0]):
            return before[-1][2]
        return None

    def founded_in_paragraph(self, text: str, pos: int, mentions: list[tuple[int, int, str]]) -> str | None:
        """The zone its paragraph founds out of others before `pos` ((二)上虞区。整合浙江上虞经济开发区与上虞区曹娥江工业园区,
        设立“浙江上虞曹娥江经济开发区”,规划面积42.3平方公里。…;曹娥江区块(原曹娥江工业园区)面积10.8平方公里): a later sentence
        naming no zone but in brackets (its blocks' former names) describes the founded zone."""
        paragraph = text.rfind("\n", 0, pos) + 1
        longest = max(map(len, self.founding_verbs), default=0)
        founded = [z for s, e, z in sorted(mentions) if paragraph <= s and e <= pos
                   and text[max(paragraph, s - longest - 1):s].rstrip(NAME_QUOTES_OPEN).endswith(self.founding_verbs)
                   and any(w in text[paragraph:s] for w in self.merging_verbs)]
        return founded[-1] if founded else None

    def merging_subject(self, text: str, s_start: int, c_start: int,
                        mentions: list[tuple[int, int, str]]) -> str | None:
        """The zone opening the sentence as the subject of a merge (1.哈尔滨经济技术开发区整合哈尔滨利民经济技术开发区、哈尔滨
        平房工业园区,整合后核准面积48.6平方公里; 牡丹江经济开发区(原牡丹江工业园区)整合牡丹江穆棱经济开发区,核准面积1860公顷):
        the later clauses, naming no zone, describe the zone absorbing the others, not the last one merged, figures of
        its own between them or not (…整合后主导产业为玉米深加工和乳制品加工,核准面积2180公顷)."""
        before = sorted(m for m in mentions if s_start <= m[0] and m[1] <= c_start)
        if not self.merging_verbs or not before:
            return None
        start, end, zone = before[0]
        if NUMBERED_LINE.sub("", text[s_start:start].strip()).strip():
            return None  # the zone is not the sentence's subject
        aside = BRACKETED_ASIDE.match(text, end)  # (大庆高新区), (原牡丹江工业园区)
        return zone if text.startswith(self.merging_verbs, aside.end() if aside else end) else None

    def opens_with_region_word_back(self, text: str, start: int, run: str) -> bool:
        """The run opens with a word of a region (经济区) whose last use before `start` closed a region of several cities'
        name (…北部湾经济区开放开发上升为国家战略。六年来,经济区地区生产总值由2008年的2220亿元增加到…): it points back to that
        region. Not where the last use closed a zone's name (临空经济区…经济区完成投资…)."""
        word = next((w for w in self.region_words_back if run.startswith(w)), None)
        if word is None:
            return False
        last = text.rfind(word, 0, start)
        return last >= 0 and text[max(0, last - MAX_PLACE_CHARS):last].endswith(self.multi_place_regions)

    def place_opens_sentence(self, text: str, s_start: int, s_end: int, pos: int) -> bool:
        """The sentence opens with a province, a city or a county as the subject of its later clauses too (常熟市2022年
        实现地区生产总值2773.8亿元,规模以上工业总产值突破5000亿元): they measure that place. Not when a bare zone word
        anywhere in the sentence brings a park in (河北省对园区基础设施建设给予专项债券支持,2020年争取发行专项债券6亿元;
        东莞市有关负责人透露,…共安排2亿元,主要用于园区道路…)."""
        return not self.bare_word.search(text, s_start, s_end) and self.place_opens_clause(text, s_start, pos)

    def clause_opening(self, text: str, c_start: int, pos: int) -> tuple[int, str]:
        """Where the clause from `c_start` to `pos` opens after a date or a time word, and the run of Han characters
        there."""
        lead = self.clause_time_lead.match(text, c_start, pos)
        start = lead.end() if lead else c_start
        run = HAN_RUN.match(text, start, pos)
        return start, run.group() if run else ""

    def district_opens_clause(self, text: str, c_start: int, pos: int) -> bool:
        """The clause from `c_start` to the figure at `pos` opens with a city's district that is no zone (中关村科学城
        设立…基金, 沙仑绿能科学城第一期用地…): the clause measures that district (GUIDE, a body that is no zone)."""
        return bool(self.district_subject.match(self.clause_opening(text, c_start, pos)[1]))

    def link_title(self, text: str, pos: int) -> tuple[int, int] | None:
        """The span of the line holding `pos` when it is a link in a list of links under a heading (`link_title_span`)."""
        return link_title_span(text, pos, self.link_marks, self.link_list_headings)

    def company_document(self, text: str) -> bool:
        """An IPO prospectus, a credit rating report, a fund's 招募说明书 or a listed company's 投资者关系活动记录表: a
        company's document, its title in its first lines, or in a short line under a web page's furniture (巨潮资讯网
        首页 | 公告查询 / 当前位置:… / 证券代码:… / 皖东新能源科技股份有限公司 / 投资者关系活动记录表)."""
        lines = [line.strip() for line in text.split("\n", PAGE_HEAD_LINES) if line.strip()]
        head = "\n".join(lines[:TITLE_LINES])
        return any(t in head for t in self.company_document_titles) or any(
            len(line) <= MAX_HEADING_CHARS and line.endswith(self.company_document_titles)
            for line in lines[:PAGE_HEAD_LINES])

    def decision_lead_zones(self, text: str, pos: int, mentions: list[tuple[int, int, str]]) -> set[str] | None:
        """The zones named in the lead-in of the minutes' numbered decision whose line holds `pos` ((一)… under a line
        closing with 会议决定:), or None when that line is no such item."""
        line_start = text.rfind("\n", 0, pos) + 1
        if not DECISION_ITEM.match(text, line_start):
            return None
        end = line_start - 1
        while end > 0:
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end]
            if not DECISION_ITEM.match(line):
                if not self.decision_lead.search(line):
                    return None
                return {z for s, _, z in mentions if start <= s < end}
            end = start - 1
        return None

    def site_column_zone(self, text: str, pos: int, mentions: list[tuple[int, int, str]]) -> str | None:
        """The zone a project table's 建设地点 cell names on the figure's row (1  毕节经开区标准化厂房(三期)  德溪新能源汽车
        产业园  12.60  8.35 under 序号 项目名称  建设地点  总投资  已投资): where the project is built, whatever zone its
        name holds. Cells are counted from the right, as a header may write 序号 and 项目名称 as one cell."""
        header, _ = column_headers(text, pos)
        sites = [i for i, cell in enumerate(header) if cell.strip() in self.site_fields]
        if not sites or self.parks_listed(header[:sites[0]]):
            return None
        line_start = text.rfind("\n", 0, pos) + 1
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        cells = TABLE_CELL_SEPARATOR.split(text[line_start:line_end].strip())
        if len(cells) < len(header):
            return None
        cell = cells[len(cells) - (len(header) - sites[0])].strip()
        named = [z for s, e, z in mentions if line_start <= s < line_end and text[s:e] == cell]
        return named[0] if named else None

    def sited_row_zone(self, text: str, pos: int, mentions: list[tuple[int, int, str]]) -> str | None:
        """The zone of a row of a project table with a site column (序号 项目名称 建设地点 …): the one zone its cells
        name (平罗工业园区太沙片区), NO_ZONE when they name none (红崖子乡, 城关镇: a project outside any park), None
        when the figure is in no such row or its cells name several zones."""
        line_start = text.rfind("\n", 0, pos) + 1
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        if len(table_cells(text[line_start:line_end])) < MIN_SITED_ROW_CELLS:
            return None
        end = line_start - 1
        for _ in range(MAX_SITED_ROWS):  # the lines above, nearest first, while they are the table's
            if end < 0:
                return None
            start = text.rfind("\n", 0, end) + 1
            cells = table_cells(text[start:end])
            end = start - 1
            if len(cells) < MIN_SITED_ROW_CELLS:
                return None
            if self.site_fields & set(cells):
                named = {z for s, e, z in mentions if line_start <= s < line_end}
                return named.pop() if len(named) == 1 else NO_ZONE if not named else None
        return None

    def parks_listed(self, cells: list[str]) -> bool:
        """Whether a header's cells before its site column head a column of zones (园区 | 所在开发区 | 规划用地: each row
        a park, which the row's figures are of, whatever zone it lies in), not of projects (项目名称 | 所在集聚区)."""
        return any(self.bare_word.fullmatch(patterns.sub(r"名称$", "", cell.strip())) for cell in cells)

    def opens_item(self, text: str, pos: int, lo: int) -> bool:
        """Whether `pos` is a list item's subject or site: at its clause's start, after the item's label or ordinal
        (17.周口经济开发区:, 三是开发区拟新增用地…) or after a verb naming the project's site (选址于…延平园)."""
        start = max([text.rfind(m, lo, pos) for m in CLAUSE_MARKS + FULL_STOPS] + [lo - 1]) + 1
        opening = text[start:pos].strip()
        opening = next((opening[:-len(v)] for v in self.site_verbs if opening.endswith(v)), opening)
        return bool(ITEM_ORDINAL_OPENING.fullmatch(opening.strip()))

    def located(self, text: str, mention: tuple[int, int, str], mentions: list[tuple[int, int, str]]) -> bool:
        """A zone written right after another zone and a verb of location (A位于B, A地处B), or right before 内 and
        another zone its clause goes on to name (肇庆高新区内规划建设「肇港澳合作产业园」,占地约3200亩): where the
        other lies, not a subject of the sentence. A zone right before 所在的 and another zone (华曜智能装备产业园所在的
        临港新片区) is what lies in the other, not a subject either."""
        start, end, zone = mention
        for verb in self.location_verbs:
            if text.endswith(verb, 0, start) and \
                    any(e == start - len(verb) and z != zone for s, e, z in mentions):
                return True
        for word in self.sited_in_words:
            if text.startswith(word, end) and any(s == end + len(word) and z != zone for s, e, z in mentions):
                return True
        if text.startswith(INSIDE, end):
            clause_end = min([i for i in (text.find(m, end) for m in CLAUSE_MARKS + FULL_STOPS) if i >= 0],
                             default=len(text))
            return any(end < s < min(clause_end, end + MAX_INSIDE_GAP) and z != zone for s, e, z in mentions)
        return False

    def other_kind_named(self, text: str, s_start: int, s_end: int, zone: str,
                         mentions: list[tuple[int, int, str]], visible: list[tuple[int, int, str]]) -> bool:
        """The sentence holds a bare zone word (综保区, 投资区) that none of `zone`'s forms ends with (nor with its full
        form): it speaks of another zone than `zone`."""
        forms = {text[s:e] for s, e, z in mentions if z == zone} | {zone}
        return any(not any(f.endswith((w, *self.full_forms.get(w, ()))) for f in forms)
                   for w in self.bare_words(text, s_start, s_end, visible))

    def speaks_of_many(self, text: str, lo: int, hi: int, pos: int) -> bool:
        """Whether text[lo:hi] speaks of many zones at once (全市产业集聚区) for the figure at `pos`, not only as what
        one zone is measured against: its share of them (占全市开发区的六成以上), or its rank among them after the
        figure (实现地区生产总值3686亿元,在国家级经济技术开发区综合发展水平考核评价中位列第一; what follows the rank, as an
        honour, may be theirs)."""
        for m in self.collective.finditer(text, lo, hi):
            share = self.benchmark_before.search(text, max(lo, m.start() - 2), m.start()) and \
                m.group().startswith(self.city_wide_words)  # not 占两园区…的61%: a part of the two parks' sum
            ranked_after = pos < m.start() and self.benchmark_after.match(text, m.end(), hi)
            if not (share or ranked_after):
                return True
        return False

    def collective_before_name(self, text: str, zone: str, s_start: int, pos: int,
                               mentions: list[tuple[int, int, str]]) -> bool:
        """Whether the figure at `pos` stands before the sentence's one zone is named, in clauses whose subject is
        many zones at once (全市开发区…,总投资2860亿元,其中高新区…): GUIDE's one-zone rule leaves such clauses their
        own context, which is no zone."""
        if any(z == zone and s_start <= s < pos for s, e, z in mentions):
            return False
        return bool(self.collective.search(text, s_start, pos))

    def subject_or_pointed(self, text: str, zone: str, s_start: int, s_end: int,
                           mentions: list[tuple[int, int, str]], around: str | None = None,
                           zone_names: dict[str, list[str]] | None = None, pos: int | None = None) -> str:
        """The one zone a sentence names, unless it only stands as an object (加快蟠龙智能制造产业园建设) while a bare
        zone word of the sentence (支持高新区…) points back to another zone: then that one. A park named after the
        zone the paragraph or section is about (`around`), named only inside later clauses other than the first and
        opening none, speaks of the host, the section's zone — but where it is its clause's subject after a goal word it
        is the subject from its name onward (GUIDE, round 22g: 全年新增市场主体4000户以上,力争综合保税区年内实现进出口额10亿元,
        组织…对接活动6场以上,帮助企业融资30亿元 → the last three the park's), and only the clauses before its name (the
        fact at `pos`) go on about the host. Not a park named as an object (建设…智能制造产业园(规划用地3200亩),引进…)."""
        if any(at_clause_start(text, s, s_start) or self.hosted_subject(text, s, s_start)
               for s, e, z in mentions if z == zone and s_start <= s < s_end):
            return zone
        pointed = self.pointed_back(text, s_start, s_end, mentions)
        # a zone named only in the first part of a sentence running on past semicolons is not named here at all
        named_at = [s for s, e, z in mentions if z == zone and s_start <= s < s_end]
        if not pointed and around and named_at and named_after(zone, around, zone_names or {}):
            first_clause_end = bounds(text, s_start, s_start, s_start, s_end, CLAUSE_MARKS)[1]
            name_clause = bounds(text, min(named_at), min(named_at), s_start, s_end, CLAUSE_MARKS)[0]
            subject = bool(self.goal_opener.fullmatch(text, name_clause, min(named_at)))
            if all(s > first_clause_end for s in named_at) and not (subject and pos is not None and pos >= name_clause):
                return around
        return pointed or zone

    def hosted_subject(self, text: str, start: int, lo: int) -> bool:
        """集聚区内的襄城县循环经济产业园规划面积…: a park named after a bare zone word and 内的 (里的, 中的, 的) that opens
        the clause is the clause's subject; the bare word only says where the park lies, and points back to no zone."""
        for word in self.bare_word.finditer(text, max(lo, start - MAX_HOST_WORD_CHARS), start):
            if HOST_OF.fullmatch(text, word.end(), start) and at_clause_start(text, word.start(), lo):
                return True
        return False

    @staticmethod
    def carried_over(text: str, pos: int, s_start: int, mentions: list[tuple[int, int, str]]) -> str | None:
        """In a sentence about several zones in turn (二林园区规划面积631公顷,将转型以…为重点,虎尾园区则…), a clause
        naming none speaks of the zone of the last clause before it that names exactly one."""
        clause_end = pos
        while clause_end > s_start:
            clause_start = max(text.rfind(m, s_start, clause_end) for m in CLAUSE_MARKS) + 1
            clause_start = max(clause_start, s_start)
            named = {z for s, e, z in mentions if clause_start <= s < clause_end}
            inside = [(s, e, z) for s, e, z in mentions if clause_start <= s < clause_end]
            described = [z for s, e, z in inside if described_subject(text, s, e, clause_end)]
            if described and not any(at_clause_start(text, s, clause_start) for s, e, z in inside):
                # 位于成都高新区南部园区的新川创新科技园,: the head its description qualifies, however many zones the
                # description names (not 仲恺高新区将…建设…的孵化园: a zone opening the clause is its subject)
                return described[0]
            subject = any(at_clause_start(text, s, clause_start) or described_subject(text, s, e, clause_end)
                          for s, e, z in mentions if clause_start <= s < clause_end)
            if len(named) == 1 and subject:
                return named.pop()  # the zone is the clause's subject, not the object of a verb (加快…产业园建设)
            if named and any(at_clause_start(text, s, clause_start) for s, e, z in mentions
                             if clause_start <= s < clause_end):
                return lone_subject(text, clause_start, clause_end, mentions)
            # 彰滨工业区…尚有用地42公顷,将优先提供中科供应链厂商设厂,并以绿能…为招商主轴: a clause naming zones only
            # as objects (提供中科…) has no subject of its own to lend; the one before it speaks on
            clause_end = clause_start - 1
        return None

    @staticmethod
    def respective_zone(text: str, span, s_start: int, s_end: int,
                        mentions: list[tuple[int, int, str]]) -> str | None:
        """眉县常兴工业园区、扶风绛帐食品工业园分别完成投资41.2亿元和28.6亿元: the n-th figure of a type after 分别
        belongs to the n-th zone listed before it; with no zone in the sentence (两个园区…分别…), to the n-th of the
        last zones named before it in the paragraph."""
        # a target's text may hold 分别 (营业收入分别达到3500亿元): its figure ends the span
        # the last 分别 before the figure: 贵阳经开区、安顺经开区分别引进…项目18个和11个,省外到位资金分别为126亿元和58亿元
        # pairs its figures with the zones the first one follows
        at = text.rfind(RESPECTIVELY, s_start, span.end_char)
        if at < 0:
            return None
        # the figures of 分别's own clause (…分别达到3500亿元和3000亿元,芜湖经济技术开发区营业收入达到2000亿元: not the last)
        clause_end = bounds(text, at, at + len(RESPECTIVELY), s_start, s_end, CLAUSE_MARKS)[1]
        same = [f for f in facts(span.doc) if f.label_ == span.label_ and at < f.end_char <= clause_end]
        if span.end_char > clause_end:
            return None
        # in the order the text names them: mentions come grouped by how they were found, not by position
        mentions = sorted(mentions)
        listed = list(dict.fromkeys(z for s, e, z in mentions if s_start <= s < at))
        if not listed:
            paragraph = text.rfind("\n", 0, s_start) + 1
            before = list(dict.fromkeys(z for s, e, z in reversed(mentions) if paragraph <= s < s_start))
            listed = list(reversed(before[:len(same)]))
        if len(listed) < 2 or len(listed) != len(same):
            return None
        return listed[[f.end_char for f in same].index(span.end_char)]

    def question_zone(self, text: str, answer: int, mentions: list[tuple[int, int, str]]) -> str | None:
        """The one zone the question right before an answer (the paragraph starting at `answer`) names."""
        end = len(text[:answer].rstrip())
        start = text.rfind("\n", 0, end) + 1
        if end <= 0 or not self.question.match(text, start):
            return None
        named = {z for s, e, z in mentions if start <= s < end}
        return named.pop() if len(named) == 1 else None

    @staticmethod
    def task_heading(rest: str) -> bool:
        """Whether a paragraph's first sentence, its zone's name taken out, is a numbered task's short heading with the
        zone as its object ((二)做大做强食品园。, (三)提升建材园发展水平。): the task's paragraph is about that zone."""
        return bool(TASK_HEADING.fullmatch(rest))

    def interviewee_zone(self, text: str, answer: int, mentions: list[tuple[int, int, str]]) -> str | None:
        """The one zone the paragraph introducing an interview names (本刊专访了昆山开发区管委会副主任宋建民), for an
        answer (the paragraph starting at `answer`) whose question names none: the paragraph before the interview's
        first question, past the questions and answers above this one."""
        end = answer
        while end > 0:
            end = len(text[:end].rstrip())
            start = text.rfind("\n", 0, end) + 1
            if not self.speaker.match(text, start):
                # not an answer's second paragraph (为了完成这些目标,…同时我们正在申报吉林综合保税区): the questions start
                # below the introduction, not above it
                above = len(text[:start].rstrip())
                opened = self.speaker.match(text, text.rfind("\n", 0, above) + 1) if above > 0 else None
                named = {z for s, e, z in mentions if start <= s < end}
                return named.pop() if len(named) == 1 and running_text(text[start:end]) and not opened else None
            end = start
        return None

    def paragraph_zone(self, text: str, pos: int, mentions: list[tuple[int, int, str]], general: bool,
                       figures: list[int] = (), parts: dict[str, str] | None = None) -> str | None:
        """The zone a paragraph is about: the one zone its first sentence names, when that sentence is only a
        heading (the zone's name with its number, list dash or a bracketed aside: (一)江西安义工业园区。,
        ——江门高新技术产业开发区。) or, in a text not
        about zones in general, the paragraph names no other zone (宝鸡综合保税区封关运行满一年,…
        综合保税区规划面积1.2平方公里). Not a zone named only after figures (`figures`, their offsets) of the first
        sentence (高新区力争实现…2000亿元,…,卧里屯新能源汽车产业园整车产能达到20万辆;建成区面积扩大到…): the subject of
        its own clause, not of the paragraph."""
        parts = parts or {}
        start = text.rfind("\n", 0, pos) + 1
        speaker = self.speaker.match(text, start)  # 答:碳纤维产业园规划面积…: the answer's first sentence follows
        if not speaker and self.question_zone(text, start, mentions):
            speaker = POST_TAG.match(text, start)  # 河源市市长:我们将… after 记者:深河园下一步…?: an official answers
        start = speaker.end() if speaker else start
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        first_end = min([i for i in (text.find(m, start, end) for m in PARAGRAPH_MARKS) if i >= 0], default=end)
        # 赞比亚…合作区…包括谦比希园区和卢萨卡园区两部分: a zone's parts named with it leave it the one zone named
        first = {z for s, e, z in mentions if start <= s < first_end}
        first -= {z for z in first if parts.get(z) in first}
        if not first and speaker and not self.question.match(text, speaker.start()):
            asked = self.question_zone(text, speaker.start(), mentions)
            if asked or {z for s, e, z in mentions if start <= s < end}:
                return asked
            return self.interviewee_zone(text, speaker.start(), mentions)
        if not first and not speaker:
            captioned = caption_zone(text, start, mentions)
            if captioned:  # 【同期声】北京和田工业园区管委会主任 刘海涛:\n我们今年的目标是…: the speaker's park
                return captioned
            first_end = item_subject_end(text, start, end, mentions)
            first = {z for s, e, z in mentions if start <= s < first_end}
        if not first and not speaker and not general:
            # 高新区招商局长举例,…: a first sentence naming no zone but a short form (高新区, 经开区) is about the
            # document's only zone of that kind, when the paragraph names no other zone
            first_end = min([i for i in (text.find(m, start, end) for m in PARAGRAPH_MARKS) if i >= 0], default=end)
            kinds = {self.only_zone_of_kind(text, w, mentions) for w in self.bare_words(text, start, first_end, mentions)}
            kinds.discard(None)
            if len(kinds) == 1 and not {z for s, e, z in mentions if start <= s < end} - kinds:
                return kinds.pop()
        if len(first) != 1:
            return None
        zone = first.pop()
        named = [(s, e) for s, e, z in mentions if start <= s < first_end]
        if self.hosted_subject(text, min(named)[0], start):
            return None  # 园区内的苏州工业园区综合保税区去年…: the park and the zone it lies in; neither heads the paragraph
        rest = text[start:first_end]
        for s, e in sorted(named, reverse=True):
            rest = rest[: s - start] + rest[e - start:]
        heading = not patterns.sub(r"\([^()]*\)|[\s\d.、一二三四五六七八九十—]", "", ARTICLE_NUMBER.sub("", rest))
        heading = heading or self.task_heading(rest)
        if not heading and any(start <= f < min(named)[0] for f in figures):
            return None
        # a zone the paragraph names only after the figure's sentence does not unseat the one it opens with (株洲经济
        # 开发区起步晚一些…。去年完成固定资产投资六十个亿左右…。攸县工业园…)
        sentence_end = min([i for i in (text.find(m, pos, end) for m in PARAGRAPH_MARKS) if i >= 0], default=end)
        others = {z for s, e, z in mentions if start <= s < sentence_end and parts.get(z) != zone} - {zone}
        # in a text about zones in general, a paragraph whose first sentence opens a clause with the zone (在许昌,长葛市
        # 大周产业集聚区依托…) and names no other is about it
        subject = any(at_clause_start(text, s, start) for s, e in named)
        return zone if heading or not others and (subject or not general) else None


def places_respectively(text: str, lo: int, pos: int, mentions: list[tuple[int, int, str]]) -> bool:
    """text[lo:pos] lists two places or more (counties, cities: 慈溪、义乌) before 分别 and names no zone: the figures
    after 分别 are those places' own, one each."""
    at = text.find(RESPECTIVELY, lo, pos)
    if at < 0 or any(lo <= s < at for s, _, _ in mentions):
        return False
    listed = PLACE_LIST.search(text, lo, at)
    return bool(listed) and all(is_region(p) for p in listed.captures("place"))


def caption_zone(text: str, start: int, mentions: list[tuple[int, int, str]]) -> str | None:
    """The one zone a speaker's caption names, on its own short line ending with a colon right above the paragraph
    at `start` (a TV script's 【同期声】喀什深圳产业园管委会主任 张建华:): the paragraph is what that speaker says."""
    end = start - 1
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    line_start = text.rfind("\n", 0, end) + 1
    line = text[line_start:end].rstrip()
    if not line.endswith(":") or len(line) > MAX_CAPTION_CHARS or is_addressee(line):
        return None  # not a notice's addressees (…,泉州经济技术开发区管委会,市人民政府各部门:)
    named = {z for s, e, z in mentions if line_start <= s < line_start + len(line)}
    return named.pop() if len(named) == 1 else None


TASK_HEADING = patterns.compile(r"\s*\([一二三四五六七八九十\d]{1,3}\)\p{Han}{2,6}[。:]?\s*")


def title_line(text: str) -> tuple[int, int]:
    """(start, end) of a document's title: its first line, after any breadcrumb line of the page it was saved from
    (学术期刊 > 经济地理 > 2020年第8期 over 黑龙江省开发区土地利用效率测度及影响因素研究) and any menu line of the site
    (廊坊市人民政府  首页 | 政务公开 | 规划计划 | …: the site's owner, not what the page is about), and the site's owner
    written on a line of its own over its menu (江西省生态环境厅 over 首页 | 机构概况 | …)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while end < len(text) and (BREADCRUMB.fullmatch(text, start, end) or page_menu(text[start:end])
                               or page_menu(next_line(text, end))):
        following = text[end:]
        start = end + len(following) - len(following.lstrip())
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
    return start, end


def next_line(text: str, end: int) -> str:
    """The line after the one ending at text[end] (a newline), blank lines passed over."""
    rest = text[end:].lstrip()
    stop = rest.find("\n")
    return rest if stop < 0 else rest[:stop]


def page_menu(line: str) -> bool:
    """A site's menu saved with its page (首页 | 政务公开 | 政务服务 | 互动交流): MIN_MENU_ITEMS cells or more split by |,
    none of them a figure (a table's row holds figures)."""
    cells = [cell.strip() for cell in line.split("|")]
    return len(cells) >= MIN_MENU_ITEMS and not any(FIGURE_CELL.fullmatch(cell) for cell in cells)


def post_headings(lines: list[str]) -> set[int]:
    """The numbers of the lines heading the posts of a forum thread (【回答1】厂二代老周, 【回答2】…): lines opening
    with one bracketed word and a number, MIN_SLIDES or more of them with the same word; else none."""
    by_word: dict[str, set[int]] = {}
    for i, line in enumerate(lines):
        m = POST_HEADING.match(line)
        if m:
            by_word.setdefault(m["word"], set()).add(i)
    return set().union(*(found for found in by_word.values() if len(found) >= MIN_SLIDES))


def slide_titles(lines: list[str]) -> set[int]:
    """The numbers of the lines that title a slide of a deck laid out as text: each line right after a slide's
    number alone on its line (7, 8a), when the text has MIN_SLIDES such numbers or more; else none."""
    titles = {i + 1 for i, line in enumerate(lines[:-1]) if SLIDE_NUMBER.fullmatch(line) and lines[i + 1].strip()}
    return titles if len(titles) >= MIN_SLIDES else set()


def is_abbreviation(short: str, name: str) -> bool:
    """`short` is `name` with characters left out, the rest in order (顺德新成园 of 佛山顺德(云浮新兴新成)产业转移工业园)."""
    chars = iter(name)
    return len(short) < len(name) and all(ch in chars for ch in short)


def signs(lines: list[str], number: int) -> bool:
    """Line `number` is an issuer's signature: the next line that is not blank is the date the document is signed
    with. It heads no section: what it names issued the document, and nothing of it follows."""
    after = next((line for line in lines[number + 1:] if line.strip()), "")
    return bool(lines[number].strip()) and bool(SIGNATURE_DATE.fullmatch(after.strip()))


def numbering(line: str) -> str | None:
    """The kind of number a numbered line opens with (一、, (一), (1), 1.), None if it has none: lines of one kind
    are siblings."""
    number = NUMBERED_LINE.match(line)
    if not number:
        return None
    mark = number.group()
    digits = "digit" if any(c.isdigit() for c in mark) else "han"
    return ("paren-" if mark.startswith("(") else "") + digits


def sibling_heading_before(text: str, lo: int, hi: int, heading: str) -> bool:
    """Whether a short line numbered in the same way as `heading` stands between lo and hi (一、债务人基本情况 before
    五、长春新区管委会意见)."""
    kind = numbering(heading)
    for line in text[lo:hi].split("\n"):
        stripped = line.strip()
        if stripped and len(stripped) <= MAX_HEADING_CHARS and not stripped.endswith(("。", ";")) and \
                numbering(stripped) == kind:
            return True
    return False


def whole_of_part(zone: str | None, zone_names: dict[str, list[str]], sub_suffixes: tuple[str, ...]) -> str | None:
    """The zone a part is named after (曲靖经开区西城片区 → 曲靖经济技术开发区, whose short form leads it): a project
    sited in a zone's 片区 is offered in that zone. None for any other zone."""
    if not zone or not zone.endswith(sub_suffixes):
        return None
    wholes = [(len(form), whole) for whole, aliases in zone_names.items() if whole != zone
              for form in (whole, *aliases) if zone.startswith(form)]
    return max(wholes)[1] if wholes else None


def counted_above_one(count: str) -> bool:
    """A count (两, 14, 二三) of more than one."""
    try:
        return parse_number(count) > 1
    except NumberError:
        return True  # 二三个园区: a spoken range, several


def signature_spans(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each issuer's signature line (`signs`) in the text the lines make."""
    out, offset = [], 0
    for number, line in enumerate(lines):
        if signs(lines, number):
            out.append((offset, offset + len(line)))
        offset += len(line) + 1
    return out


def zones_heading_items(text: str, mentions: list[tuple[int, int, str]]) -> set[str]:
    """The zones that head a numbered item on their own ((一)湖北浠水经济开发区。 opening its paragraph)."""
    heading = set()
    for s, e, z in mentions:
        start = text.rfind("\n", 0, s) + 1
        number = NUMBERED_LINE.match(text[start:s].strip())
        if number and number.end() == len(text[start:s].strip()) and text.startswith(("。", "\n"), e):
            heading.add(z)
    return heading


def roster(text: str, mentions: list[tuple[int, int, str]]) -> dict[str, str]:
    """The zone each speaker of a press conference's roster speaks for (大连经济技术开发区管委会副主任 陈晓梅 →
    大连经济技术开发区): the one zone the post before the name names, `NO_ZONE` when it names none (辽宁省商务厅副厅长
    王立新) or several."""
    out = {}
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        entry = ROSTER_LINE.fullmatch(stripped) if len(stripped) <= MAX_HEADING_CHARS else None
        if entry:
            lead = offset + len(line) - len(line.lstrip())
            named = {z for s, e, z in mentions if lead + entry.start("post") <= s < lead + entry.end("post")}
            out[entry["name"]] = named.pop() if len(named) == 1 else NO_ZONE
        offset += len(line) + 1
    return out


def speaker_turn(line: str, speakers: dict[str, str]) -> str | None:
    """The zone of the speaker whose turn a line opens (【陈晓梅】, 【主持人 孙洁】), when the roster names the speaker;
    else None (【新华社记者】, 【园区巡礼】)."""
    heading = BRACKETED_HEADING.fullmatch(line)
    if not heading:
        return None
    words = line[1:-1].split()
    return speakers.get(words[-1]) if words else None


def far_most_named(counts: Counter) -> str | None:
    """The zone named `MARKED_DOMINANCE` times as often as any other, and as many times at least when it is the only
    one: what a story cut into marked sections is about."""
    ranked = counts.most_common(2) + [(None, 1)] * 2  # no other zone counts as one mention
    return ranked[0][0] if ranked[0][0] and ranked[0][1] >= MARKED_DOMINANCE * ranked[1][1] else None


def headline_zone(text: str, mentions: list[tuple[int, int, str]], marked) -> str | None:
    """The one zone the document's headline names (访中国(山东)自由贸易试验区青岛片区管委会主任周海涛): the first line
    naming a zone, when no line of running text (`running_text`) nor a marked section heading (`marked`, ▌洛阳新材料产业园)
    comes before it. An interview or a story headed so is about that zone, though its answers name another zone nearly
    as often."""
    offset = 0
    for line in text.split("\n"):
        if running_text(line) or marked(line.strip()):
            return None  # running text (今年是《横琴粤澳深度合作区建设总体方案》实施两周年,…) or a section's heading
        named = {z for s, e, z in mentions if offset <= s < offset + len(line)}
        if named:
            return named.pop() if len(named) == 1 else None
        place = place_led(line, {z for _, _, z in mentions})
        if place:
            return place
        offset += len(line) + 1
    return None


def running_text(line: str) -> bool:
    """A line of running text: it ends with 。, or with ! or ? after another sentence. A headline may close with one
    ! or ? (一文读懂|自贸区郑州片区经开区块,这些“真金白银”的政策请收好!), as web posts are headed."""
    line = line.rstrip()
    if line.endswith("。"):
        return True
    return line.endswith(("!", "?")) and any(stop in line[:-1] for stop in ITEM_STOPS)


def place_led(line: str, zones: set[str]) -> str | None:
    """The one zone whose name starts with the bare place leading a headline (前海「扩区」至120平方公里 →
    前海深港现代服务业合作区): a headline names its zone by its place, a subtitle under it (河套合作区同步提速) names
    another."""
    lead = PLACE_LEAD.match(line.strip())
    if not lead:
        return None
    led = {z for z in zones if z.startswith(lead["place"])}
    return led.pop() if len(led) == 1 else None


def hosts_named(text: str, mentions: list[tuple[int, int, str]],
                zone_names: dict[str, list[str]]) -> list[tuple[int, int, str]]:
    """(start, end, host) of each host zone's name written at the start of a park's name (苏州工业园区 in
    苏州工业园区综合保税区)."""
    out = []
    for s, e, z in mentions:
        forms = [(f, host) for host, aliases in zone_names.items() if host != z
                 for f in (host, *aliases) if len(f) < e - s and text.startswith(f, s)]
        if forms:
            f, host = max(forms, key=lambda x: len(x[0]))
            out.append((s, s + len(f), host))
    return out


def province_before(text: str, pos: int) -> bool:
    """A province (广西, 云南省) written right before `pos`."""
    return any(is_province(text[pos - n:pos]) for n in range(2, MAX_PROVINCE_CHARS + 1) if pos >= n)


def named_as_project(text: str, zone: str, mentions: list[tuple[int, int, str]]) -> bool:
    """Every mention of `zone` leads a project's name (安徽灵璧经济开发区智能制造产业园标准化厂房及配套基础设施建设项目):
    its clause goes on to 项目 before any mark ends it."""
    ends = [e for s, e, z in mentions if z == zone]
    return bool(ends) and all(PROJECT_WORD in text[e:clause_end(text, e)] for e in ends)


def clause_end(text: str, pos: int) -> int:
    """Where the clause going on at `pos` ends: its next clause mark or full stop, else the text's end."""
    return min([i for i in (text.find(m, pos) for m in CLAUSE_MARKS + FULL_STOPS + "、") if i >= 0], default=len(text))


def named_after(park: str, host: str, zone_names: dict[str, list[str]]) -> bool:
    """大庆高新区综合保税区 after 大庆高新技术产业开发区 (大庆高新区): a park whose name starts with a name of the host."""
    return park != host and park.startswith((host, *zone_names.get(host, ())))


def entry_title_zone(text: str, pos: int, mentions: list[tuple[int, int, str]]) -> str | None:
    """【北京路科技园】　位于北京路两侧,…: a yearbook entry whose bracketed title opening its line is one zone's name
    is about that zone, whatever zone words its text names after (为高新区起步区)."""
    line_start = text.rfind("\n", 0, pos) + 1
    title = ENTRY_TITLE.match(text, line_start)
    if not title:
        return None
    named = [(s, e, z) for s, e, z in mentions if title.start(1) <= s < title.end(1)]
    if len(named) == 1 and named[0][:2] == title.span(1):
        return named[0][2]
    return None


def column_zone(text: str, pos: int, mentions: list[tuple[int, int, str]]) -> str | None:
    """The zone the header cell over a table's figure names, when it is a zone's name and nothing else (a table of
    indicator rows under columns of zones: 指标名称|烟台开发区|烟台高新区|龙口开发区), else None."""
    header, column = column_headers(text, pos)
    if not column:
        return None
    line_start = text.rfind("\n", 0, pos) + 1
    named = [z for s, e, z in mentions if e <= line_start and text[s:e] == header[column]]
    return named[-1] if named else None


def row_head_zone(text: str, pos: int, mentions: list[tuple[int, int, str]]) -> str | None:
    """The zone a tab-separated row's first cell after its number names, when the cell is that name and nothing else
    (4 | 浙江龙游经济开发区 | 浙江龙游经济开发区、龙游县城北工业园区… | 21.3 | 特种纸: the zone merged from those listed
    after it)."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    cells = text[line_start:len(text) if line_end < 0 else line_end].split("\t")
    if len(cells) < 3:
        return None
    index = 1 if cells[0].strip().isdigit() else 0
    start = line_start + sum(len(c) + 1 for c in cells[:index])
    if pos < start + len(cells[index]):
        return None
    named = [z for s, e, z in mentions if s == start and text[s:e] == cells[index].strip()]
    return named[0] if named else None


def csv_row_zone(text: str, pos: int, mentions: list[tuple[int, int, str]], csv) -> str | None:
    """The zone a field of a comma-separated row names whole, when one field does (an exported sheet's 落户园区 column:
    1,…项目,…,350000,35,,,260,上海金山工业区,新材料,): the row's figures are that zone's, wherever its column stands."""
    line_start = text.rfind("\n", 0, pos) + 1
    fields = csv.get(line_start)
    if not fields:
        return None
    named = {z for s, e, z in mentions for a, b, _ in fields if s == a and e == b}
    return named.pop() if len(named) == 1 else None


def table_cells(line: str) -> list[str]:
    """The cells of a tab- or bar-separated table line; [] for any other line."""
    separator = "\t" if "\t" in line else "|" if "|" in line else None
    return [c.strip() for c in line.split(separator)] if separator else []


def unwrapped(text: str) -> str:
    """The text of a PDF whose lines were broken at the page's width, its paragraphs joined again: a line break
    inside a paragraph becomes a space (offsets kept), so that a paragraph's heading ((二)甘河工业园区。…) and a
    sentence's zone reach past the first line, and a wrapped line is not taken for a short heading. Such a text
    is told by most of its long lines ending without a stop and by lines that open with a comma or a full stop,
    which only a broken line does (,已供地7800亩), or by its open lines filling one width (`page_columns`); other
    texts come back as they are. A line is joined to the next when the next opens with such a mark, or when it
    is about as long as the page is wide, ends without a stop and neither it nor the next is a table row or the
    next a numbered heading."""
    lines = text.split("\n")
    filled = [line.strip() for line in lines if line.strip()]
    long = [line for line in filled if len(line) >= WRAP_LONG_LINE]
    leads = sum(line[0] in WRAP_LEADS for line in filled)
    open_lines = sum(not line.endswith(WRAP_STOPS) for line in long)
    if not long or open_lines < MIN_OPEN_SHARE * len(long):
        return text
    if leads < MIN_WRAP_LEADS:
        columns = page_columns(lines)
        return text if columns is None else joined_at_width(text, lines, columns)
    width = WRAP_WIDTH * statistics.median(len(line) for line in long)
    out = list(text)
    offset = 0
    for line, following in zip(lines, lines[1:]):
        offset += len(line)
        here, nxt = line.strip(), following.strip()
        full = (len(here) >= width and not here.endswith(WRAP_STOPS) and not TABLE_CELLS.search(here)
                and not TABLE_CELLS.search(nxt) and not WRAP_NUMBERED.match(nxt))
        if here and nxt and (nxt[0] in WRAP_LEADS or full):
            out[offset] = " "
        offset += 1
    return "".join(out)


def display_columns(line: str) -> int:
    """The columns a line fills on a page: two for a wide (Han, full-width) character, one for any other."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def page_columns(lines: list[str]) -> int | None:
    """The width in columns a PDF's text was broken at (blind 21 v2: 70, mid-sentence and mid-name, 牡丹江对 /
    俄经贸产业园): when most of its long lines that end no sentence and are no table row are of one width, within
    WRAP_SLACK; else None (a text whose paragraphs are one line each, or whose lines end their sentences)."""
    widths = [display_columns(line) for line in lines
              if not line.rstrip().endswith(WRAP_STOPS) and not is_cells(line.strip())]
    widths = [w for w in widths if w >= MIN_FILLED_COLUMNS]
    if len(widths) < MIN_FILLED_LINES:
        return None
    width = statistics.median(widths)
    filled = sum(abs(w - width) <= WRAP_SLACK for w in widths)
    return int(width) if filled >= MIN_OPEN_SHARE * len(widths) else None


def is_cells(line: str) -> bool:
    """A table's row or a line of cells: a tab, figures apart by spaces, or a run of spaces inside it."""
    return bool(TABLE_CELLS.search(line) or SPACED_CELLS.search(line))


def joined_at_width(text: str, lines: list[str], columns: int) -> str:
    """The text with each line filled to about `columns` and ending no sentence joined to the next (the break
    a space: offsets kept), unless either is a table's row or the next opens a block (indented, numbered)."""
    out = list(text)
    offset = 0
    for line, following in zip(lines, lines[1:]):
        offset += len(line)
        here = line.rstrip()
        width = display_columns(here)
        if (columns - WRAP_SHORT_BREAK <= width <= columns + WRAP_SLACK and not here.endswith(WRAP_STOPS)
                and following.strip() and not following[:1].isspace() and not WRAP_NUMBERED.match(following)
                and not is_cells(here.strip()) and not is_cells(following.strip())
                and not numbered_rows(here, following)):
            out[offset] = " "
        offset += 1
    return "".join(out)


def numbered_rows(line: str, following: str) -> bool:
    """Two rows of a numbered table, the second numbered next (7德国博森工业(湖州)有限公司 … / 8湖州港荣精工有限公司 …):
    each a row of its own, however wide the first fills the page."""
    here, after = ROW_NUMBER.match(line), ROW_NUMBER.match(following)
    return bool(here and after) and int(after.group(1)) == int(here.group(1)) + 1


def item_subject_end(text: str, start: int, end: int, mentions: list[tuple[int, int, str]]) -> int:
    """Where the sentence telling what a list item is about ends, in the paragraph text[start:end]: after a short
    label (第三标段:生物医药产业园标准化厂房工程。), the label's sentence; after a short title, a field whose value is
    only a zone's name (1.年产30万吨聚碳酸酯项目。建设地点:上库石化产业园。); else `start`, no such sentence."""
    stops = [i for i in (text.find(m, start, end) for m in ITEM_STOPS) if i >= 0]
    title_end = min(stops, default=end)
    if ITEM_LABEL.match(text, start, title_end):
        return title_end
    if title_end - start > MAX_ITEM_TITLE_CHARS or title_end >= end:
        return start
    following = [i for i in (text.find(m, title_end + 1, end) for m in ITEM_STOPS) if i >= 0]
    field_end = min(following, default=end)
    field = ITEM_FIELD.match(text, title_end + 1, field_end)
    named = [(s, e) for s, e, _ in mentions if title_end < s < field_end]
    if field and len(named) == 1 and named[0] == (field.end(), field_end):
        return field_end
    return start


def is_addressee(line: str) -> bool:
    """各县(市、区)人民政府,泉州经济技术开发区管委会,市人民政府各部门: a notice's addressees, items apart by commas
    and closed by a colon: a zone's office among them is written to, the notice is not about it."""
    return line.endswith(":") and "," in line


def only_names(stripped: str, line: str, offset: int, mentions: list[tuple[int, int, str]]) -> bool:
    """A line that holds nothing but zone names, numbering and brackets (二、芜湖高新区 / 【襄阳经开区】)."""
    rest = line
    for s, e, _ in sorted(((s, e, z) for s, e, z in mentions if offset <= s < offset + len(line)), reverse=True):
        rest = rest[: s - offset] + rest[e - offset:]
    return bool(stripped) and not HEADING_MARKS.sub("", rest)


def lone_subject(text: str, lo: int, hi: int, mentions: list[tuple[int, int, str]]) -> str | None:
    """The zone a clause naming several is about: the one that opens it, when every other zone stands later as
    the object of a verb (绍兴高新区积极学习苏州工业园区的经验: 苏州 is mentioned in passing); none when another is
    joined to it (合肥高新区和芜湖经开区…, 合肥高新区、芜湖经开区…: both are the subject)."""
    inside = sorted((s, e, z) for s, e, z in mentions if lo <= s < hi)
    first_start, first_end, subject = inside[0]
    if not at_clause_start(text, first_start, lo):
        return None
    others = [(s, e, z) for s, e, z in inside if z != subject]
    if HOST_OF.fullmatch(text, first_end, others[0][0]):
        # 醴陵经开区里的醴陵电瓷电器产业园,规划用地…: the park in the zone is what the clause is about
        subject, first_end, others = others[0][2], others[0][1], others[1:]
        if not others:
            return subject
    if JOINED_TO_SUBJECT.match(text, first_end, others[0][0]):
        return None
    return subject


def opens_later_clause(text: str, clause_end: int, s_start: int, s_end: int,
                       mentions: list[tuple[int, int, str]], object_leads: tuple[str, ...] = ()) -> bool:
    """Every zone of the sentence is named after the fact's clause, the first opening a clause of its own: that
    zone is the subject of the clauses from there on (稀土产业产值力争达到680亿元,稀土应用产业园工业产值突破380亿元), and a
    subject does not reach back to the clauses before it. Not after a colon (5平方公里:粤澳合作产业园面积): what follows
    a colon tells what the figure before it is. Nor does a zone in a later clause that puts the figure to a use
    (整治后腾出土地约1260亩,用于建设固废综合利用产业园) or tells where it is spread (…低效用地约620亩,主要分布在上登片区和
    祥云财富工业园区): what the land will serve or where it lies, not whose it is."""
    inside = sorted((s, e, z) for s, e, z in mentions if s_start <= s < s_end)
    if not inside or inside[0][0] < clause_end:
        return False
    opening = max(text.rfind(m, clause_end, inside[0][0]) for m in LATER_CLAUSE_MARKS) + 1
    if opening > clause_end and any(w in text[opening:inside[0][0]] for w in object_leads):
        return True
    # a part named after 其中 (规划面积415平方公里,其中综合保税区5.073平方公里) is its own clause's subject too
    lead = inside[0][0] - len(PART_OPENER) if text.endswith(PART_OPENER, 0, inside[0][0]) else inside[0][0]
    if not at_clause_start(text, lead, clause_end):
        return False
    return text[:lead].rstrip()[-1:] in LATER_CLAUSE_MARKS


def described_subject(text: str, start: int, end: int, clause_end: int) -> bool:
    """位于彰化县鹿港镇的彰滨工业区,面积约…: a zone closing its clause after 的 is the head its description qualifies,
    the subject of the clauses after it; also when the name is quoted (位于松山湖高新区内的「台湾高科技园」,该园占地…)."""
    before = text[:start].rstrip(NAME_QUOTES_OPEN)
    return before.endswith("的") and not text[end:clause_end].strip().strip(NAME_QUOTES_CLOSE)


def at_clause_start(text: str, pos: int, lo: int) -> bool:
    """Nothing but spaces between the last clause mark before `pos` (or `lo`) and `pos`: a subject's place."""
    start = max([text.rfind(m, lo, pos) for m in CLAUSE_MARKS + FULL_STOPS] + [lo - 1]) + 1
    # a bullet opening a list item (·福清元洪投资区内的…) stands before the item's subject, not in its place
    return not text[start:pos].strip().lstrip(ITEM_BULLETS).strip()


def bounds(text: str, start: int, end: int, lo: int, hi: int, marks: str) -> tuple[int, int]:
    """The stretch of text[lo:hi] around text[start:end] between two of `marks`."""
    left = max(text.rfind(m, lo, start) for m in marks) + 1
    rights = [r for r in (text.find(m, end, hi) for m in marks) if r >= 0]
    return max(left, lo), min(rights, default=hi)


def zones_listed(text: str, start: int, lo: int, hi: int, mentions: list[tuple[int, int, str]]) -> bool:
    """Whether the item before text[start:]'s own in a 、 list of a clause text[lo:hi] names a zone and nothing
    else: a list of zones sharing one figure (在嘉定高新区、零部件园配建人才公寓1万套: both zones'), not a list of items
    each with its own zone (台南园区1,043公顷、高雄园区570公顷; 柳州高新区汽车、北海工业园区电子信息), nor zones whose
    figures follow 分别 (合肥经开区、合肥高新区营业收入分别达到3500亿元和3000亿元: the last item's figure is its own)."""
    item_start = bounds(text, start, start, lo, hi, "、")[0]
    if item_start <= lo or RESPECTIVELY in text[item_start:start]:
        return False
    before_start = bounds(text, item_start - 1, item_start - 1, lo, hi, "、")[0]
    inside = [(s, e) for s, e, _ in mentions if before_start <= s and e <= item_start - 1]
    rest = text[before_start:item_start - 1]
    for s, e in sorted(inside, reverse=True):
        rest = rest[:s - before_start] + rest[e - before_start:]
    return bool(inside) and rest.strip() in ZONE_ITEM_LEADS


def listed_together(text: str, lo: int, item_start: int, mentions: list[tuple[int, int, str]],
                    figures: list[int]) -> bool:
    """Whether a zone named in its clause before the list item at `item_start` has no figure of its own before that
    item (高峰工业园、龙都工业园新增工业用地3200亩: the zones are listed together as the clause's subject, GUIDE's
    several zones without 分别), unlike 其中璧山高新区2500亩、永川高新区1700亩, each figure after its own zone."""
    return any(lo <= s and e <= item_start and not any(e <= f < item_start for f in figures)
               for s, e, z in mentions)


def last_named(mentions: list[tuple[int, int, str]], lo: int, hi: int) -> int:
    """The end of the last zone name in text[lo:hi], or `lo`."""
    return max([e for s, e, _ in mentions if lo <= s and e <= hi], default=lo)


def in_brackets(text: str, start: int, end: int) -> bool:
    """text[start:end] stands inside a bracket opened and closed on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    opened = text.rfind("(", line_start, start)
    if opened < 0 or text.rfind(")", opened, start) >= 0:
        return False
    line_end = text.find("\n", end)
    closed = text.find(")", end, line_end if line_end >= 0 else len(text))
    return closed >= 0 and text.rfind("(", end, closed) < 0


@Language.factory("zone_attribution", default_config={"lexicon_dir": ""})
def make_zone_attribution(nlp: Language, name: str, lexicon_dir: str) -> ZoneAttributor:
    return ZoneAttributor(load_lexicons(lexicon_dir or None))
