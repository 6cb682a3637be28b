"""Zones: named zones and parks, from a suffix lexicon plus a place or qualifier on the left.

A name is bounded on the left by the clause, by words that cannot start a name (lexicons/zone_stopwords.txt)
and by jieba's part-of-speech tags (a verb or preposition ends it); Chinese administrative place names (from
cpca's data) tell a place from a qualifier. Forms that share their proper part and suffix family are one zone
(南阳高新区 is 南阳高新技术产业开发区); the longest form is its name.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

import regex
from spacy.language import Language

from extractors import patterns
from extractors.base import add_fact
from extractors.context import clause_end, clause_start, csv_rows
from pipeline.lexicons import Lexicons, alternation, load_lexicons
from pipeline.regions import (county_of, is_district, is_municipality, is_prefecture, is_province, is_region,
                              names_province, part_of, place_words, regions, short_form)
from pipeline.segmenting import pos_tagger

# Part-of-speech tags (jieba / ICTCLAS) that cannot stand inside a name: verbs, prepositions, conjunctions,
# particles, adverbs, pronouns, numerals, measure words, time words.
BOUNDARY_TAGS = {"v", "vd", "p", "c", "u", "ud", "ug", "uj", "ul", "uv", "uz", "d", "r", "m", "mq", "q", "t", "y",
                 "e", "o", "zg"}
# A name with no place in it must start with a proper noun (龙腾集团综合物流园).
PROPER_TAGS = {"ns", "nr", "nrt", "nrfg", "nz"}
# The tags of a word jieba guesses to be a person's name: in a zone's name, most often a place it does not know.
PERSON_TAGS = {"nr", "nrfg"}
NOUN_TAGS = {"n", "vn", "nz", "ng"}
COUNTED_AFTER = patterns.compile(r"[\d一二三四五六七八九十百两几]+[家个座处]")  # 建设跨境电商产业园20家: a kind, counted
TOWN_VILLAGE = patterns.compile(r"\p{Han}{1,3}?村")  # 起飞村 of 西一镇起飞村民族文化产业园: a village in the town  # the words of a product or a trade (化纤, 红木|加工) naming a park
# One-character words that end a name even when jieba glued them to the next word (和鹤淇 → 鹤淇).
GLUE_STOPS = set("和与及或在是为的了对把向从到由以于被让使等")
# Of those, the conjunctions: inside a word jieba did not know, they join two words it glued (组或各).
CONJUNCTIONS = set("和与及或")
# Characters closing a time word (年底前, 年内, 月底后) that jieba glues to the name after it (年底|前合心工业园 → 合心).
TIME_GLUE_STOPS = set("前后内起")
# 和发产业园区 in a table's first cell: these join two words, so a cell they open has nothing before them to join
CELL_OPENING_JOINERS = {"和", "与", "及"}
TIME_TAG = "t"
MAX_LEFT = 12  # characters of left context a name may take
PREFECTURE_MARK = "州"  # 黔南州: an autonomous prefecture's short form and its mark
AUTONOMOUS_PREFECTURE = "自治州"
MAX_PLACE_CHARS = 4  # the longest place name looked for before a place_parks word (那玛夏, 阿里山, 临澧县)
MAX_QUALIFIER_WORDS = 4
# A list of parks: items joined by 、, closed by 等, an optional count and qualifier, and a zone word
# (光电园孵化园、黄岗光电园等4个专业孵化园区).
LIST_BOUNDS = ",;。!?:\n()《》“”\"'"
LIST_COUNT = r"(?:[\d一二三四五六七八九十两几]+(?:个|大|家|座))?"
# starting only where a numeral starts, and taken whole: a long run of digits is scanned once, not from each digit
ITEM_COUNT = r"(?<![\d一二三四五六七八九十两])(?P<n>[\d一二三四五六七八九十两]++)(?:个|大|家|座)"
MAX_LIST_ITEM = 16
MAX_BRACKET_REMARK = 40  # characters of a remark after a short form in brackets: (浒关经开区,这个是国家级的,…)
MAX_ITEM_NOTE = 8  # Han characters of a bracketed note after a list item's name: 民和工业园(川垣新区)
ITEM_NOTE = patterns.compile(rf"\(\p{{Han}}{{1,{MAX_ITEM_NOTE}}}\)$")
# 中山(河源)产业转移工业园: a place, the partner place in brackets, then the rest of the name.
# The bracket may hold the partner city and its county and town (佛山顺德(云浮新兴新成)产业转移工业园).
BRACKETED_PLACE = patterns.compile(r"\((?P<inner>\p{Han}{2,6})\)$")
# A park under a zone is named after it (昆山高新区机器人产业园): the qualifier between the two.
MAX_SUB_QUALIFIER = 6
# A place, a qualifier and 园区 (屏东农业生物技术园区): the qualifier names the park's trade in a few words; a short one
# (中资, 合作) says what kind of parks a place has.
MIN_PARK_QUALIFIER = 4
# Words that open a list but are not part of its first item (高标准建设了光电园孵化园 → 光电园孵化园).
LIST_OPENER_TAGS = {"v", "p", "c", "u", "uj", "ul", "uz", "ud", "d", "r", "m", "q"}
HAN_WORD = patterns.compile(r"\p{Han}+")
NUMBER_CELL = patterns.compile(r"[\d.,%]+")
ALIGNED_CELL_GAP = patterns.compile(r"[ \t\u3000]{2,}")  # cells of a space-aligned table: two spaces or more between
MAX_SPOKEN_SAME = 12  # ",也就是大家熟悉的" and a quote: the words joining two names of one zone in speech
# 慈溪高新区的…产业园, …园区内的…: a zone and these before a park in it
HOST_OF_END = patterns.compile(r"(?:里|内|中)?的$")
# “一区三园”, “一园四区”: a zone's layout, one zone and its N parks
LAYOUT = patterns.compile(r"[\"“]?一[区园](?P<count>[二三四五六七八九十两])[园区][\"”]?")
LAYOUT_COUNTS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}
# …的发展格局,即电子新材料产业园、…: the words between a layout and the list of its parks after it
LAYOUT_THEN_LIST = patterns.compile(r"(?:的)?\p{Han}{0,6}?[,:]?(?:即|包括|分别是|分别为)[:]?")
LAST_ITEM_JOINERS = patterns.compile(r"以及|和|及|与")
INNER_ZONE = patterns.compile(r"<[^<>]+>")  # a zone's suffix inside a longer name's proper part, in a name's key
MERGED_LIST = patterns.compile(r"[、和及与]")  # after a former name, another: several zones merged into one
MAX_RENAMING_GAP = 16  # characters between a word of renaming and the names it joins (…(以下简称“益阳高新区”)前身为)
# 中国—新加坡苏州…, 广西—东盟…: a nation or province, a dash and its partner, leading a name; a full-width hyphen
# (廣西－東盟, read as -) joins them too
DASH_PAIR = patterns.compile(r"[—–-](?P<rest>\p{Han}{2,12})$")
DASHES = "—–-"  # the same dashes, between two cities too (衡阳—永州—郴州)
MAX_LEAD_CHARS = 3  # 中国, 广西, 黑龙江
MAX_BRAND_CHARS = 4  # an operator's brand before its parks' places (中智松江科创园)
# the partner: a place (新加坡), an abbreviation (东盟) or a proper noun
PARTNER_TAGS = {"ns", "j", "nz"}
TRANSLITERATION_TAG = "nrt"  # a foreign name written in characters for their sound
ITEM_BULLETS = "·•●▪"  # marks opening a list's items
PART_OPENER = "其中"  # opens the clause of a part of what was just listed
SENTENCE_BREAK = patterns.compile(r"[。;!?\n]")
CLAUSE_BREAK = patterns.compile(r"[。;!?,:\n]")
# 易门工业园区项目35个: a count right after 项目 makes the projects the zone's, counted; no park named as a project
PROJECTS_COUNTED = patterns.compile(r"项目[\d一二三四五六七八九十百两]+[个项]")
# …产业园(计划总投资120亿元…)、…产业园等一批重大项目: a list of parks closed as projects
PROJECT_LIST_CLOSE = patterns.compile(r"等\p{Han}{0,4}项目")
BRACKETED_NOTE = patterns.compile(r"\([^()]*\)")
# 亦庄·怀来飞地产业园, 中埃·泰达苏伊士经贸合作区: a middle dot joins the partner place (or nation pair) that builds a
# park to the park's own name; the reader may keep the katakana or bullet form of the dot
MIDDLE_DOTS = "·・•"
MAX_DOT_LEAD_WORDS = 2  # 北京亦庄·永清…: a city and its district before the dot


# A county's town before a park's suffix (商都县七台工业园区): its name's length, and how often jieba's dictionary may
# count it as a word for it still to be taken for a name jieba does not know (七台 5, 大周 0; 现有 2679, 城南 466)
MIN_TOWN_CHARS, MAX_TOWN_CHARS = 2, 3
RARE_WORD_COUNT = 50
MAX_INDUSTRY_CHARS = 8
HAN_TAIL = patterns.compile(r"\p{Han}+$")  # the Han characters a text has right before a point
PART_LIST_JOINERS = patterns.compile(r"、|和|以及|及")
# 辽宁(营口)沿海产业基地: a province and a city of it in brackets leading a name (_province_city_inner)
PROVINCE_THEN_CITY = patterns.compile(r"^(?P<province>\p{Han}{2,3})\((?P<city>\p{Han}{2,5})\)")
MIN_PART_NAME, MAX_PART_NAME = 2, 7  # a zone's part named in a list of its parts (城东园区, 伊尔克什坦口岸园区)  # the longest industry name looked for between a town and a park's suffix


@dataclass
class ZoneMention:
    start: int
    end: int
    name: str
    proper: str  # the part before the suffix
    family: str
    place: str | None  # the region word the proper part starts with, if any
    proper_led: bool  # the proper part starts with a proper noun (needed when there is no place)


@dataclass
class Zone:
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[ZoneMention] = field(default_factory=list)


class ZoneFinder:
    def __init__(self, lex: Lexicons, jieba_tokenizer):
        self.lex = lex
        self.suffixes = patterns.compile(alternation(lex.zone_suffixes))
        self.stopwords = set(lex.zone_stopwords) | set(lex.goal_words)
        self.stopwords_before_names = {w for w in self.stopwords if len(w) == 1}  # 各, 本, 其 …
        # 落在碳纤维园, 和九站园: a preposition or conjunction before a park's short form leads up to it, unlike 各, 本, 其
        self.stopwords_before_short_forms = self.stopwords_before_names - set(lex.zone_short_form_openers)
        self.not_places = set(lex.zone_not_places)
        self.blocker = patterns.compile(alternation(lex.zone_suffix_blockers))
        self.titles = set(lex.zone_title_prefixes)
        self.pos = pos_tagger(jieba_tokenizer)
        self.bracket_naming = patterns.compile(
            rf"\([^()\n]{{0,6}}?(?:{alternation(lex.zone_bracket_naming_words)})[^()\n]*\)"
        ) if lex.zone_bracket_naming_words else patterns.compile(r"(?!)")
        self.same = patterns.compile(rf"^[\"“(]?(?:{alternation(lex.zone_same)})[\"“:]?")
        spoken = alternation(lex.zone_same_spoken) if lex.zone_same_spoken else "(?!)"
        fillers = rf"(?:{alternation(lex.zone_same_spoken_fillers)})?" if lex.zone_same_spoken_fillers else ""
        self.same_spoken = patterns.compile(rf"^,(?:{spoken}){fillers}[\"“]?")
        heads = alternation(list(lex.zone_suffixes) + list(lex.zone_list_heads))
        # …等三个园区, or without 等 a count of the items (稀土应用产业园、希望工业园、万水泉工业园三个园区)
        self.list_close = patterns.compile(
            rf"(?:等{LIST_COUNT}|(?P<count>{ITEM_COUNT}))\p{{Han}}{{0,4}}?(?P<head>{heads})")
        self.item_suffix = patterns.compile(rf"(?:{alternation(lex.zone_suffixes)})$")
        self.city_collective = set(lex.zone_city_collective_suffixes)
        self.city_written_collective = set(lex.zone_city_written_collective_suffixes)
        self.city_written_industry_collective = set(lex.zone_city_written_industry_collective_suffixes)
        self.district_collective = set(lex.zone_district_collective_suffixes)
        self.project = patterns.compile(alternation(lex.zone_project_followers))
        # A project, or a phase of a park being built (机器人产业园二期): its facts belong to the zone around it
        self.phase = patterns.compile(alternation(lex.zone_phase_followers))
        self.project_or_phase = patterns.compile(
            alternation(list(lex.zone_project_followers) + list(lex.zone_phase_followers)))
        self.generic_qualifiers = patterns.compile(rf"(?:{alternation(lex.zone_generic_qualifiers)})$")
        self.item_tail = patterns.compile(rf"(?:{alternation(lex.zone_list_item_tails)})$")
        # 中山(河源)产业转移工业园(以下简称“中河园”): a short form the text defines for the name before it
        self.defined_short = patterns.compile(
            rf"\(?(?:{alternation(lex.zone_short_form_cues)})"
            # quoted (以下简称“宁东基地”) or, in a bracket, unquoted up to its end (以下简称宁东基地)
            rf"(?:[\"“「](?P<short>\p{{Han}}{{2,8}})[\"”」]|(?P<short>\p{{Han}}{{2,8}})(?=\)))"
            # or quoted alone in a bracket, as Hong Kong reports and contracts define their terms
            # (之华南无锡智造产业园(「无锡产业园」)): no cue needed
            rf"|\([\"“「](?P<short>\p{{Han}}{{2,8}})[\"”」]\)")
        self.short_of = {k: set(v) for k, v in lex.zone_short_families.items()}
        self.renaming = patterns.compile(alternation(lex.zone_renaming_words)) if lex.zone_renaming_words else None
        self.renamed_to = set(lex.zone_renamed_to_words)
        self.localities = set(lex.zone_localities) | set(lex.zone_extra_places)
        self.town_marks = tuple(lex.zone_town_marks)
        # 包括喀什园区和伊尔克什坦口岸园区: a list of a zone's parts, items joined by 、 and the last by 和 / 及
        # an item is a name and 园区, or a zone's name with its own suffix (龙华工业园)
        item = rf"\p{{Han}}{{{MIN_PART_NAME},{MAX_PART_NAME}}}?(?:{regex.escape(lex.zone_place_parks[0])}|" \
               rf"{alternation(lex.zone_suffixes)})" if lex.zone_place_parks else None
        self.part_list = patterns.compile(
            rf"(?:{alternation(lex.zone_part_list_cues)})(?P<items>{item}(?:、{item})*(?:和|及|以及){item})"
        ) if item and lex.zone_part_list_cues else None
        self.place_parks = patterns.compile(alternation(lex.zone_place_parks)) if lex.zone_place_parks else None
        self.place_required = set(lex.zone_place_required_families)
        self.region_words = set(lex.zone_region_words)
        self.macro_regions = set(lex.zone_macro_regions)
        self.abbreviated = patterns.compile(rf"(?P<head>\p{{Han}}+)(?:{alternation(lex.zone_abbreviated_words)})$") \
            if lex.zone_abbreviated_words else None
        self.abbreviation_blocker = patterns.compile(alternation(lex.zone_abbreviation_blockers))
        self.infixes = set(lex.zone_place_infixes)
        self.rank_infixes = set(lex.zone_rank_infixes)
        self.name_words = set(lex.zone_name_words)
        self.common_words = set(lex.zone_common_words)
        self.institution_tails = tuple(lex.zone_institution_tails)
        self.placed_name_words = set(lex.zone_placed_name_words)
        self.former_marks = tuple(lex.zone_former_marks)
        self.region_collective_tails = tuple(lex.zone_region_collective_tails)
        self.province_short_forms = set(lex.zone_partner_abbreviations)
        self.province_part_directions = set(lex.zone_province_part_directions)
        self.numerals = set(lex.zone_numerals)
        self.numeral_counters = tuple(lex.zone_numeral_counters)
        marks = "".join(regex.escape(m) for m in lex.zone_censor_marks)
        self.censored = patterns.compile(rf"[{marks}]+$")
        # 南平工业园区延平园(…: a place and a bare 园 right after a zone's name, closing the phrase
        self.place_park_after = patterns.compile(
            rf"(?P<place>\p{{Han}}{{2,{MAX_PLACE_CHARS}}}?)(?P<park>园(?!\p{{Han}})|{regex.escape(lex.zone_place_parks[0])})")
        # 安阳高新技术产业集聚区*分区: a part of the zone just named, its qualifier censored or written
        self.sub_zone = patterns.compile(
            rf"(?P<qualifier>[{marks}]+|\p{{Han}}{{2,6}}?)(?P<suffix>{alternation(lex.zone_sub_suffixes)})")
        # 武汉国家生物产业基地(光谷生物城): a second name in brackets right after a name
        self.bracket_alias = patterns.compile(r"\((?P<short>\p{Han}{3,8})(?P<close>\)|,)")
        # 粤澳合作中医药科技产业园: partner regions' short forms and a word of partnership lead a name, also with a short
        # qualifier between (沪疆科技合作产业园)
        partners = "".join(regex.escape(a) for a in lex.zone_partner_abbreviations + lex.zone_partner_city_abbreviations)
        self.partner = patterns.compile(
            rf"(?<![{partners}])[{partners}]{{2,4}}\p{{Han}}{{0,2}}?(?:{alternation(lex.zone_partner_words)})\p{{Han}}{{0,{MAX_LEFT}}}$"
        ) if partners and lex.zone_partner_words else None
        # 港深创新及科技园: partner regions and a theme joined by 及 to the theme the suffix opens (创新及科技), as Hong
        # Kong writes its names, lead a name with no word of partnership
        self.partner_joined = patterns.compile(
            rf"(?<![{partners}])[{partners}]{{2,4}}\p{{Han}}{{2}}(?:{alternation(lex.zone_partner_theme_joiners)})$"
        ) if partners and lex.zone_partner_theme_joiners else None
        # 合蚌共建产业园, 长湘产业合作园: two places' first characters, perhaps a word of partnership and 产业, ending
        # where a suffix starts
        self.place_pair = patterns.compile(
            rf"(?P<pair>\p{{Han}}{{2}})(?:{alternation(lex.zone_place_pair_words)})?(?:产业)?$"
        ) if lex.zone_place_pair_words else None
        self.place_pair_families = set(lex.zone_place_pair_families)
        # 中国(福建)自由贸易试验区, 中德(沈阳)…产业园, 中马钦州产业园区: a nation, or it and partner countries, leading a name
        countries = "".join(regex.escape(c) for c in lex.zone_partner_countries)
        self.nation = patterns.compile(
            rf"(?:{alternation(lex.zone_nations)}|{regex.escape(lex.zone_nation_short)}[{countries}]{{1,2}})$"
        ) if lex.zone_nations and countries else None
        # 中日韩|产业: the nations leading a park's name and the theme after them
        self.nations_and_theme = patterns.compile(
            rf"{regex.escape(lex.zone_nation_short)}[{countries}]{{1,2}}(?P<theme>\p{{Han}}{{2,{MAX_SUB_QUALIFIER}}})$"
        ) if countries else None
        self.nation_pair = patterns.compile(
            rf"(?:{alternation(lex.zone_nations)})[—–\-{MIDDLE_DOTS}]"
            rf"(?P<partner>{alternation(lex.zone_partner_country_names) if lex.zone_partner_country_names else '(?!)'})")
        self.national_place = patterns.compile(rf"^(?:{alternation(lex.zone_nations)})\((\p{{Han}}+)\)")
        # A zone's suffix inside a longer name's proper part (a 片区 of 辽宁自贸试验区, a park of 昆山高新区): its
        # long and short forms are one zone's (中国(辽宁)自由贸易试验区营口片区 is 辽宁自贸试验区营口片区)
        self.inner_suffix = patterns.compile(rf"(?<=\p{{Han}})(?:{alternation(lex.zone_suffixes)})(?=\p{{Han}})")
        self.table_row = patterns.compile(
            rf"^[ \t\u3000]*(?P<cell>\p{{Han}}+)[ \t\u3000]*(?:{alternation(lex.zone_table_separators)})", regex.M
        ) if lex.zone_table_separators else None
        separators = alternation(lex.zone_table_separators) if lex.zone_table_separators else None
        self.table_separator = patterns.compile(separators) if separators else None
        self.table_line = patterns.compile(rf"^[^\n]*(?:{separators})[^\n]*$", regex.M) if separators else None
        self.address = patterns.compile(rf"(?:{alternation(lex.zone_address_cues)})[::][^\n]*") \
            if lex.zone_address_cues else None
        # 建设地点: / (三)建设地点: opening a line, and the site it names
        self.site_line = patterns.compile(
            rf"(?m)^[^\n:]{{0,8}}?(?:{alternation(lex.zone_site_fields)})\s*:[^\n]*") if lex.zone_site_fields \
            else patterns.compile(r"(?!)")
        self.street = patterns.compile(rf"\p{{Han}}{{1,8}}?(?:{alternation(lex.zone_address_roads)})\d+号") \
            if lex.zone_address_roads else None
        # 新哨镇|蔬菜加工园区, 西一镇|起飞村民族文化产业园: a town and its mark, a village perhaps, a trade and a park's
        # suffix (town_park_mentions)
        marks = "".join(regex.escape(m) for m in lex.zone_town_marks)
        self.town_park = patterns.compile(
            rf"(?P<town>\p{{Han}}{{{MIN_TOWN_CHARS},{MAX_TOWN_CHARS}}})[{marks}](?P<q>\p{{Han}}{{2,{MAX_INDUSTRY_CHARS}}}?)"
            rf"(?:{alternation(lex.zone_town_park_suffixes)})"
        ) if marks and lex.zone_town_park_suffixes else None
        # what the park patterns below share: a park named by its industry (q) and a park word, and no company word
        # after it (…产业园开发有限公司 is a firm)
        hosted_park_name = (rf"(?P<name>(?P<q>\p{{Han}}{{2,{MAX_INDUSTRY_CHARS}}}?)"
                            rf"(?:{alternation(lex.zone_hosted_park_suffixes)}))")
        no_company_after = rf"(?!\p{{Han}}*?(?:{alternation(lex.zone_company_words)}))"
        # 生态城|国家|动漫|园: a park named after its host, its trade and a park word (host_led_park_mentions)
        self.host_led_park = patterns.compile(
            rf"(?:{alternation(lex.zone_place_infixes)})?(?P<q>\p{{Han}}{{0,{MAX_SUB_QUALIFIER}}}?)"
            rf"(?P<park>{alternation(lex.zone_host_led_park_words)}){no_company_after}"
        ) if lex.zone_host_led_park_words else None
        # 东明经开区|建设|再生资源回收利用产业园: a park a zone is building (built_park_mentions)
        self.built_park = patterns.compile(
            rf"(?:{alternation(lex.zone_building_verbs)})(?:一个|一座)?"
            rf"{hosted_park_name}"
            rf"{no_company_after}"
        ) if lex.zone_building_verbs and lex.zone_hosted_park_suffixes else None
        # 规划建设化工新材料产业园|,规划用地约4.2平方公里: the built park's size, a figure (not a floor: 不少于500亩, a
        # norm for a kind of park), opens the next clause
        self.built_park_size = patterns.compile(
            rf"[,,]\s*(?:{alternation(lex.zone_built_park_size_openers)})(?:为|约|近|达)?约?[\d一二三四五六七八九十两]"
        ) if lex.zone_built_park_size_openers else None
        # a park opening its clause may also be named by one of clause_park_suffixes (区内|冷链物流园|已建成…)
        opening_park_suffixes = list(lex.zone_hosted_park_suffixes) + list(lex.zone_clause_park_suffixes)
        # (智能家居及定制家具产业园: two trades joined, each up to an industry's length)
        joined_trade = (rf"(?:(?:{alternation(lex.zone_trade_joiners)})\p{{Han}}{{2,{MAX_INDUSTRY_CHARS}}}?)?"
                        if lex.zone_trade_joiners else "")
        opening_park_name = (rf"(?P<name>(?P<q>\p{{Han}}{{1,{MAX_INDUSTRY_CHARS}}}?{joined_trade})"
                             rf"(?:{alternation(opening_park_suffixes)}))")
        # 2019年,|跨境电商产业园|一期建成投用: a park named by its industry and its phase opening a clause
        # (phased_park_mentions)
        self.phased_park = patterns.compile(
            rf"(?:^|(?<=[。;,:!?\n]))[ \t\u3000\d.、]*"
            rf"{opening_park_name}"
            rf"(?={alternation(lex.zone_phase_followers)})", regex.M
        ) if lex.zone_hosted_park_suffixes and lex.zone_phase_followers else None
        # 2023年,|电子信息产业园|实现产值…: a park named by its industry opening a clause and measured there
        # (measured_park_mentions); so is one whose size, a figure, follows it (通用航空产业园规划面积5.2平方公里), and
        # one the clause places in the zone it is about first (园区内硼化工产业园已入驻企业11家)
        self.measured_park = patterns.compile(
            rf"(?:^|(?<=[。;,:!?\n]))[ \t\u3000\d.、]*(?:(?:园区|区)内的?)?"
            rf"{opening_park_name}"
            rf"(?=(?:{alternation(lex.zone_park_metric_followers)})"
            rf"|(?:{alternation(lex.zone_built_park_size_openers)})(?:为|约|近|达)?约?[\d一二三四五六七八九十两])", regex.M
        ) if lex.zone_hosted_park_suffixes and lex.zone_park_metric_followers else None
        # 星火有机硅工业园区(星火工业园区): a name opening a clause, right before its short form in brackets that keeps
        # its head and suffix and drops the trade between (short_formed_park_mentions)
        suffixes = sorted(lex.zone_suffixes, key=len, reverse=True)
        self.short_formed_park = patterns.compile(
            rf"(?:^|(?<=[。;,:!?\n]))(?P<name>(?P<head>\p{{Han}}{{2,3}})\p{{Han}}{{2,6}}?(?P<suffix>{alternation(suffixes)}))"
            rf"\((?P=head)(?P=suffix)\)") if suffixes else None
        # 4.|智能家居及定制家具产业园|项目, 3,|跨境电商产业园|项目,…: a park named by its industry that a project
        # catalogue's heading or a project table's row opens (titled_project_park_mentions)
        self.titled_project_park = patterns.compile(
            rf"^[ \t\u3000]*(?:\(?\d{{1,2}}\)?[.、,]?[ \t\u3000]*)?"
            rf"{opening_park_name}"
            rf"(?={alternation(lex.zone_project_followers)})", regex.M
        ) if lex.zone_hosted_park_suffixes and lex.zone_project_followers else None
        # 开发区内的|精细磷化工产业园…, 区内的|跨境电商产业园…: a park named by its industry that opens a clause placed in
        # the zone the text is about, by a bare zone word or a zone's suffix alone (經濟區內的新材料產業園…)
        # (bare_hosted_park_mentions)
        bare_hosts = list(lex.zone_bare_words) + list(lex.zone_suffixes) + ["区"]
        # (not 开发区内的化工产业园应当…: a duty word after the park makes a rule for every park of the kind)
        no_duty_after = rf"(?!{alternation(lex.zone_duty_words)})" if lex.zone_duty_words else ""
        self.bare_hosted_park = patterns.compile(
            rf"(?:^|(?<=[。;,:!?\n]))[ \t\u3000]*(?:{alternation(bare_hosts)})内的?"
            rf"{opening_park_name}"
            rf"{no_company_after}{no_duty_after}", regex.M
        ) if lex.zone_hosted_park_suffixes else None
        # 南川工业园|和|生物科技产业园: a park named by its industry listed after a park found by name
        # (listed_park_mentions)
        self.listed_park = patterns.compile(
            rf"(?:{alternation(lex.zone_listed_park_joiners)})"
            rf"{hosted_park_name}"
            rf"(?!(?!{alternation(lex.zone_listed_park_joiners)})[\p{{Han}}\d])"  # the list goes on, or the name ends
        ) if lex.zone_listed_park_joiners and lex.zone_hosted_park_suffixes else None
        # ,其|新能源汽车零部件产业园…: a park named by its industry after a possessive opening a clause
        # (possessed_park_mentions)
        self.possessed_park = patterns.compile(
            rf"(?<=[,;:])(?:{alternation(lex.zone_park_possessives)})"
            rf"{opening_park_name}"
            rf"{no_company_after}"
        ) if lex.zone_hosted_park_suffixes and lex.zone_park_possessives else None
        # 临港经济区|氢能产业园: a park named by its industry straight after its host (pointed_host_park_mentions)
        self.hosted_park_straight = patterns.compile(
            rf"{hosted_park_name}"
            rf"{no_company_after}"
        ) if lex.zone_hosted_park_suffixes else None
        # 吉林经开区的|化纤产业园: a word of place after a zone and a park named by its industry (hosted_park_mentions)
        self.hosted_park = patterns.compile(
            rf"(?:{alternation(lex.zone_hosted_park_joiners)})"
            rf"{hosted_park_name}"
            rf"{no_company_after}"
        ) if lex.zone_hosted_park_joiners and lex.zone_hosted_park_suffixes else None
        self.comparison_opener = patterns.compile(alternation(lex.zone_comparison_openers)) \
            if lex.zone_comparison_openers else None
        # the closer ends the clause (跟…综合保税区比,), so 与…比邻 (next to) is no comparison
        self.comparison_closer = patterns.compile(rf"(?:{alternation(lex.zone_comparison_closers)})(?=[,;:。!?])") \
            if lex.zone_comparison_closers else None

    def _is_place(self, word: str, flag: str) -> bool:
        return word in self.localities or (
            word not in self.not_places and (is_region(word) or (flag == "ns" and len(word) >= 2)))

    def _is_proper(self, word: str, flag: str) -> bool:
        """A proper noun: tagged so by jieba, or a word its dictionary lacks (汇融, a brand jieba's HMM found)."""
        unknown = len(word) >= 2 and word not in self.pos.tokenizer.FREQ and word not in self.common_words
        # an unknown word with a function character at either end is two words glued (物向: 物 + 向), and one with a
        # conjunction inside is three (组或各: 组 + 或 + 各)
        return flag in PROPER_TAGS or self._institution(word, flag) or (
            unknown and word[0] not in GLUE_STOPS and word[-1] not in GLUE_STOPS
            and not any(c in CONJUNCTIONS for c in word[1:-1]))

    def _institution(self, word: str, flag: str) -> bool:
        """A university jieba tags as an institution (兰州大学 nt): it names its science park as a place would."""
        return flag == "nt" and len(word) > 2 and word.endswith(self.institution_tails)

    def _proper_part(self, left: str) -> tuple[str, str | None, bool] | None:
        """The proper part of a name that ends where `left` ends: (proper, place, proper_led), or None."""
        words = self._town_joined(self._regions_joined(self._numerals_joined(self._cut_unglued(left))))
        taken: list[tuple[str, str]] = []
        seen_place = False
        for i in range(len(words) - 1, -1, -1):
            word, flag = words[i]
            if word in self.infixes and i > 0 and self._is_place(*words[i - 1]):
                taken.append((word, flag))  # 武汉国家生物产业基地: 国家 after a place is part of the name
                continue
            if (word in self.rank_infixes and not taken and i > 0 and self._is_place(*words[i - 1])
                    and not is_province(words[i - 1][0])):
                taken.append((word, flag))  # 玉林国家级|经济技术开发区: the rank between a city and the kind is in the name
                continue
            if len(word) > 2 and word[0] in GLUE_STOPS and not is_region(word):
                taken.append((word[1:], flag))
                break  # 在郑州 glued: 郑州; but 于都县, 和田县 are places that start with such a character
            if len(word) > 2 and word[-1] in GLUE_STOPS and not self._is_place(word, flag):
                break  # 晋升为|二星级产业集聚区: a verb glued to the function word after it ends the name before it
            if (len(word) > 2 and word[0] in TIME_GLUE_STOPS and i > 0 and words[i - 1][1] == TIME_TAG
                    and not is_region(word)):
                taken.append((word[1:], flag))
                break  # 年底|前合心: the end of a deadline (年底前) glued to the name
            if (len(word) > 2 or i > 0) and word.endswith(self.region_collective_tails):
                return None  # 苏南地区开发区, 渝西|地区工业园区: the region's zones together
            if taken and word in self.lex.zone_partner_prepositions and \
                    taken[-1][0][:1] in self.lex.zone_partner_countries:
                taken.append((word, flag))  # 牡丹江对俄经贸产业园: 对 before a partner country is part of the name
                continue
            placed = word in self.placed_name_words and i > 0 and self._is_place(*words[i - 1])
            if not HAN_WORD.fullmatch(word) or word in self.stopwords and not placed:
                break  # (西峡县特色冶金产业园: 特色 right after a place stays in the name)
            if len(word) == 2 and self._counted(word) and not self._is_place(word, flag):
                break  # 海南三地运营产业园区: a count of places (三地) ends the name, whatever jieba tags it
            if taken and word in self.lex.zone_place_parks:
                break  # 建成宏伟园区智慧化工园区管理平台: a park's bare 园区 ends the name after it, never stands inside one
            # a place name stays a place whatever jieba tags it (临澧县 and 上栗 come out as verbs)
            if flag in BOUNDARY_TAGS and word not in self.name_words and not self._is_place(word, flag):
                break
            if self._is_place(word, flag):
                seen_place = True
            elif seen_place or len(taken) >= MAX_QUALIFIER_WORDS:
                break  # a qualifier stands right of its place (沁阳市沁北), never left of it
            taken.append((word, flag))
        taken.reverse()
        # The name starts at its first place or proper noun: leading common words are context (研发机构落户).
        # A region word with a qualifier after it leads a name too (南部科学工业园区).
        popped = None
        while taken and not (self._is_place(*taken[0]) or self._is_proper(*taken[0]) or self._region_led(taken)):
            popped = taken.pop(0)
        if not taken:
            return None
        head_cut = bool(popped) and self._cut_place_head(popped, taken[0])
        if head_cut:
            taken.insert(0, popped)  # 大|柴旦工业园: 大柴旦 is one place, led by what jieba took for a name
        places = [w for w, f in taken if self._is_place(w, f)]
        before = left[: len(left) - sum(len(w) for w, _ in taken)]
        # 国家光电高新技术产业化基地, 中国西南五金产业基地: an honour, not a zone
        if not set(places) - self.macro_regions and any(before.endswith(t) for t in self.titles):
            return None
        if before.endswith(tuple(self.lex.zone_aspiration_prefixes)):
            return None  # 建成世界级盐湖产业基地: what a plan aims to build, even led by a place, not a zone
        # 淄博市淄川区山东淄川经济开发区: places of a province written before that province opening the rest of the
        # name are the zone's address (its city and district), not its name, which the province's short form starts.
        # A place of another province so written names the park (泉州台湾青年创业园).
        address = next((i for i in range(1, len(taken) - 1) if is_province(taken[i][0])
                        and all(part_of(w, taken[i][0]) and not is_province(w) for w, _ in taken[:i])), None)
        if address:
            taken = taken[address:]
        # 莆田市涵江区江口镇|涵江高新技术产业园区: a town with its mark between two places the data knows closes an address
        # (city, district, town); the name starts with the place after it (not 北滘镇西滘村工业园: a village, no such place)
        town = next((i for i in range(len(taken) - 2, -1, -1) if len(taken[i][0]) > 2
                     and taken[i][0].endswith(self.town_marks) and is_region(taken[i + 1][0])), None)
        if town is not None:
            taken = taken[town + 1:]
        # A province written in full before a name locates it and is left out (河南省南阳高新技术产业开发区 →
        # 南阳…); its short form is part of the name itself (山东莱西经济开发区, as such zones are officially
        # named). A province's full name alone is a category (河南省产业集聚区), not a zone. A municipality is
        # a city: it stays (上海外高桥保税区).
        while (len(taken) > 1 and is_province(taken[0][0]) and not is_municipality(taken[0][0])
               and short_form(taken[0][0]) != taken[0][0]):
            taken.pop(0)
        proper = "".join(w for w, _ in taken)
        # 由原柳梧新区产业园区…整合而成: jieba glues a former name's mark to the name (原柳|梧), or to a whole two-character
        # name it does not know (原游埠工业园区); a place's 原 stays (原阳), and so does a word's (原料药产业园)
        if (proper.startswith(self.former_marks) and not self._is_place(*taken[0])
                and (len(proper) > 3 or len(proper) == 3 and taken[0][0] not in self.pos.tokenizer.FREQ)):
            proper = proper[1:]
        if len(proper) < 2 or (is_province(proper) and short_form(proper) != proper):
            return None
        place = taken[0][0] if self._is_place(*taken[0]) else None
        return proper, place, head_cut or self._is_proper(*taken[0]) or self._region_led(taken)

    def _cut_unglued(self, left: str) -> list[tuple[str, str]]:
        """The words of `left`, cut again after a one-character stopword that jieba glued to the first character of a
        name it does not know (已将璧永配套产业园 → 将璧|永|配套: 将|璧永|配套): the name then reads as written alone. A
        longer word so glued (和鹤淇) is the name whole, which _proper_part takes after its first character."""
        words = [(w.word, w.flag) for w in self.pos.cut(left)]
        offset = len(left)
        for word, _ in reversed(words):
            offset -= len(word)
            if (len(word) == 2 and word[0] in self.stopwords_before_names and word not in self.pos.tokenizer.FREQ
                    and not is_region(word)):
                return words_before(words, offset) + [(word[0], "x")] + \
                    [(w.word, w.flag) for w in self.pos.cut(left[offset + 1:])]
        return words

    @staticmethod
    def _cut_place_head(word: tuple[str, str], proper: tuple[str, str]) -> bool:
        """Whether a one-character adjective right before a word jieba guesses as a person's name is the head of one
        place name it cut (大|柴旦 of 大柴旦工业园: 大柴旦 is a town): a person's name does not name a park, a place
        does, and its first character is part of it."""
        return len(word[0]) == 1 and word[1] == "a" and proper[1] in PERSON_TAGS

    def _province_part(self, word: str) -> bool:
        """苏南, 皖北: a province's short form and a direction, a part of it made of several places."""
        return (len(word) == 2 and word[0] in self.province_short_forms and word[1] in self.province_part_directions
                and not is_region(word))

    def blocked(self, text: str, m: regex.Match) -> bool:
        """The suffix matched by `m` is part of a longer word: a blocker follows it (工业区块), or one starts at its
        last character (生态城市: 城市 is the word, not 生态城)."""
        overlapping = self.blocker.match(text, m.end() - 1)
        return bool(self.blocker.match(text, m.end()) or overlapping and overlapping.end() > m.end())

    def company_after(self, text: str, name_end: int, m: regex.Match) -> bool:
        """A company's name runs from the name ending at `name_end` through the blocked suffix `m` (兰州新区|化工|园区|
        开发建设有限公司): only a qualifier stands between them, and the blocker is a company's word."""
        blocker = self.blocker.match(text, m.end())
        return bool(blocker and any(w in blocker.group() for w in self.lex.zone_company_words)
                    and (name_end == m.start() or HAN_WORD.fullmatch(text, name_end, m.start())))

    def _numerals_joined(self, words: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Words with a numeral that stands between a place and another word joined to that word as one proper
        noun (吉林|九|站 → 吉林|九站, 重庆|两路|寸滩 → 重庆|两路寸滩): places are named with numerals (九站, 两路,
        三里屯), while a count or rank ends with its counter (十大, 三个) or stands right before the suffix."""
        out: list[tuple[str, str]] = []
        i = 0
        while i < len(words):
            word, flag = words[i]
            if (i < len(words) - 1 and self._is_numeral_in_name(word, words[i + 1][0])
                    and (i > 0 and self._is_place(*words[i - 1]) or self._numbered_place(words[i], words[i + 1]))
                    and HAN_WORD.fullmatch(words[i + 1][0])
                    and words[i + 1][0] not in self.stopwords and words[i + 1][1] not in {"q", "m", "mq"}):
                out.append((word + words[i + 1][0], "nz"))
                i += 2
                continue
            out.append((word, flag))
            i += 1
        return out

    def _regions_joined(self, words: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Two words that together are a place's name joined as one place (项|城市 → 项城市, a county-level city
        jieba cuts into a measure word and 城市): else the name would start at the fragment (城市产业集聚区). After
        its province or city, a county's name that is a common word (not_places) is the county: 浙江|三门 → 浙江三门
        (三门 alone is "three gates"). So is a place name and a settlement's one-character tail jieba cuts off it
        (河西|堡 → 河西堡, a town)."""
        out: list[tuple[str, str]] = []
        for word, flag in words:
            settlement = out and out[-1][1] == "ns" and word in self.lex.zone_settlement_tails
            if settlement or out and out[-1][0] not in GLUE_STOPS and is_region(out[-1][0] + word) \
                    and not is_region(word):
                out[-1] = (out[-1][0] + word, "ns")
            elif out and word in self.not_places and county_of(word, out[-1][0]):
                out[-1] = (out[-1][0] + word, "ns")
            else:
                out.append((word, flag))
        return out

    def _town_joined(self, words: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """A county's town named right after the county and right before the suffix, joined as one place (商都县|七台,
        三门县|健|跳|港, 淄川|双|杨, 淄川|岭子|镇): the place data stops at counties, and jieba cuts a town's name it
        does not know into numerals, names and verbs that would end the name. The town is two or three characters
        that jieba knows as no common word (七台, 大周 and 健跳港 are rare or unknown to it, unlike 现有, 主要, 城南),
        or any two or three with the town mark 镇 or 乡 after them (岭子镇)."""
        for p in range(len(words) - 2, -1, -1):
            if self._is_place(*words[p]) and not is_province(words[p][0]):
                break
        else:
            return words
        town = "".join(w for w, _ in words[p + 1:])
        name = town[:-1] if town.endswith(self.town_marks) else town
        if not (MIN_TOWN_CHARS <= len(name) <= MAX_TOWN_CHARS and HAN_WORD.fullmatch(town)):
            return words
        if any(w in self.stopwords for w, _ in words[p + 1:] if w not in self.town_marks) or name[0] in GLUE_STOPS:
            return words
        if name == town and self.pos.tokenizer.FREQ.get(town, 0) >= RARE_WORD_COUNT:
            return words
        return words[:p + 1] + [(town, "ns")]

    def _counted(self, proper: str) -> bool:
        """三大, 五个: a proper part ending with a numeral and its counter counts zones (三大科学园区)."""
        return len(proper) >= 2 and proper[-2] in self.numerals and proper[-1:] in self.numeral_counters

    def _numbered_place(self, numeral: tuple[str, str], following: tuple[str, str]) -> bool:
        """两路|寸滩 with no place before: a numeral word of two characters (两路, not a count: its counter is no
        counter) and a noun after it that together are no word jieba knows name a place (两路寸滩保税港区). Not 一,
        which is mostly an article or a degree (一段时期, 介绍一下, 一流营商环境)."""
        word, flag = numeral
        return (len(word) == 2 and flag == "m" and word[0] != "一" and following[1] in {"n", "ns", "nz"}
                and len(following[0]) >= 2 and word + following[0] not in self.pos.tokenizer.FREQ)

    def _is_numeral_in_name(self, word: str, following: str) -> bool:
        return (len(word) <= 2 and word[0] in self.numerals and not word.endswith(self.numeral_counters)
                and not following.startswith(self.numeral_counters))

    def _partner_part(self, left: str) -> str | None:
        """粤澳合作中医药科技: the proper part of a name led by partner regions (粤澳合作), when it starts a word and
        holds no word that cannot stand inside a name."""
        m = self.partner.search(left) if self.partner else None
        joined = not m and self.partner_joined and self.partner_joined.search(left)
        m = m or joined
        if not m:
            return None
        starts, offset = set(), 0
        for w in self.pos.cut(left):
            starts.add(offset)
            offset += len(w.word)
            if joined and offset == len(left):
                break  # the joiner 及 ends the proper part inside the name
            # a theme before 及 is often a verb to jieba (创新), and 深 an adjective: only function words bound it
            if offset > m.start() and (w.word in self.stopwords or (w.flag in BOUNDARY_TAGS and not joined
                                                                    and w.word not in self.name_words)):
                return None
        return m.group() if m.start() in starts else None

    def _allowed(self, proper: str, family: str) -> bool:
        """A family with a closed list of names (新区) allows only a proper part that ends with one of them, its
        city written with or without 市 (宜宾三江新区, 宜宾市三江新区)."""
        closed = self.lex.zone_closed_names.get(family)
        return closed is None or proper.endswith(tuple(closed)) or _without_city_mark(proper).endswith(tuple(closed))

    def _closed_with_place(self, mention: ZoneMention) -> bool:
        """Whether the mention's proper part is a closed name written with its place (天津滨海 of 天津滨海新区): the
        place is in the closed name because the rest alone is also another place's (滨海 is a county of Jiangsu,
        洋浦滨海新区 a district), yet the text that named the zone in full writes it without the place too
        (天津滨海新区 … 滨海新区内另有…)."""
        closed = self.lex.zone_closed_names.get(mention.family, ())
        return bool(mention.place) and mention.proper.startswith(mention.place) and mention.proper in closed

    def _region_led(self, taken: list[tuple[str, str]]) -> bool:
        return len(taken) > 1 and taken[0][0] in self.region_words

    def _list_item(self, item: str, first: bool) -> tuple[int, str] | None:
        """(offset in item, name) of a park named by a list item, or None."""
        offset = 0
        if first:  # the name starts after the last word that opens the list
            end, opened = 0, [0]
            words = list(self.pos.cut(item))
            for i, word in enumerate(words):
                end += len(word.word)
                # a verb right before the item's suffix is the name's own (下面有稀土应用产业园: 应用), not the opener
                inside = i == len(words) - 2 and word.word not in self.stopwords and \
                    self.item_suffix.fullmatch(words[-1].word) and len(opened) > 1
                if (word.flag in LIST_OPENER_TAGS or word.word in self.stopwords) and not inside:
                    opened.append(end)
            offset = opened[-1]
            # 腾|鳌经济开发区 opening its clause: a one-character "opener" that would leave a name of one character
            # before its suffix is the first character of a place jieba does not know (腾鳌, a town)
            short = self.item_suffix.search(item[offset:])
            if opened[-2:] == [0, 1] and short and short.start() == 1:
                offset = 0
        name = item[offset:]
        tail = self.item_suffix.search(name) or self.item_tail.search(name)
        if not tail or not HAN_WORD.fullmatch(name) or len(name) - len(tail.group()) < 2:
            return None
        if name[: tail.start()] in self.stopwords or is_region(name[: tail.start()]) and not self.item_suffix.search(name):
            return None  # 北区, 南阳区: a part of a place, not a park
        if name in self.lex.zone_part_names:
            return None  # 核心区: a zone's block, named by its role
        return offset, name

    def _item_note_start(self, text: str, end: int) -> int | None:
        """Where a bracketed note ending at `end` right after a list item's park name starts (民和工业园(川垣新区)、…: the
        park's other name), or None. Only before the next item's 、: a note before the list's close (…新竹生物医学园区
        (生医园区)等六个园区) may end a longer phrase the list does not start in."""
        note = ITEM_NOTE.search(text[max(0, end - MAX_ITEM_NOTE - 2):end])
        if not note:
            return None
        start = end - len(note.group())
        return start if self.item_tail.search(text[max(0, start - MAX_LIST_ITEM):start]) else None

    def list_mentions(self, text: str, known_ends: set[int], names: set[str]) -> list[ZoneMention]:
        """Parks named as items of a list closed by a zone word, whatever their own suffix; not a named zone's
        short form by its place (place_short_mentions)."""
        found = []
        for close in self.list_close.finditer(text):
            lo = close.start()
            while lo > 0 and close.start() - lo < 8 * MAX_LIST_ITEM:
                if text[lo - 1] in LIST_BOUNDS:
                    note = self._item_note_start(text, lo) if text[lo] == "、" else None
                    if note is None:
                        break
                    lo = note  # 民和工业园(川垣新区)、互助绿色产业园四个园区: an item's note does not end the list
                lo -= 1
            pieces, pos = [], lo
            for sep in patterns.compile("、").finditer(text[lo:close.start()]):
                pieces.append((pos, lo + sep.start()))
                pos = lo + sep.end()
            pieces.append((pos, close.start()))
            # …、科技企业孵化园和软件产业园四个专业园区: the last item joined by 和 / 及; an item with a list tail only
            # (…、未来科技城和南开科技园五个园区) where the count counts it, but not a bare 区, which ends a place's
            # parts as well (涵盖两江片区、西永片区和果园港片区三个片区)
            last_a, last_b = pieces[-1]
            counted = bool(close["count"]) and count_value(close["n"]) == len(pieces) + 1
            joiner = next((j for j in LAST_ITEM_JOINERS.finditer(text, last_a, last_b)
                           if self.item_suffix.search(before := text[last_a:j.start()].strip())
                           or counted and self._counted_item_tail(before)), None)
            if joiner:
                pieces[-1:] = [(last_a, joiner.start()), (joiner.end(), last_b)]
            if len(pieces) < 2:
                continue  # one name before 等 is not a list
            if close["count"] and count_value(close["n"]) != len(pieces):
                continue  # without 等 only a count of the items closes the list
            head_family = self.lex.zone_suffixes.get(close["head"], "park")
            for i, (a, b) in enumerate(pieces):
                b = (self._item_note_start(text, b) if text[b] == "、" else None) or b
                item = self._list_item(text[a:b], first=i == 0)
                if item is None or b in known_ends or b - a > MAX_LIST_ITEM + (8 if i == 0 else 0):
                    continue
                offset, name = item
                b -= self._part_word_after_name(name)
                name = name[:len(name) - self._part_word_after_name(name)]
                if self._place_short_form(name, names):
                    continue  # 东兴试验区 in a list, for 东兴国家重点开发开放试验区
                suffix = self.item_suffix.search(name)
                family = self.lex.zone_suffixes[suffix.group()] if suffix else head_family
                proper = name[: suffix.start()] if suffix else name[: self.item_tail.search(name).start()]
                place_park = None if suffix else self._place_park_family(name, proper)
                if place_park:  # 虎尾园区 in a list is the 虎尾园区 the text names elsewhere: one zone
                    found.append(ZoneMention(a + offset, b, name, proper, place_park, proper, False))
                else:
                    found.append(ZoneMention(a + offset, b, name, proper, family, None, True))
        return found

    def _part_word_after_name(self, name: str) -> int:
        """The length of a sub-zone word (片区) closing a list item after a zone's whole name (榆次工业园区片区 among
        晋中开发区's 三个片区: the former 榆次工业园区, now a part), else 0: the item names that zone."""
        word = next((w for w in self.lex.zone_sub_suffixes if name.endswith(w)), "")
        return len(word) if word and self.item_suffix.search(name[:-len(word)]) else 0

    def _counted_item_tail(self, item: str) -> bool:
        """未来科技城 before 和 in a counted list of parks: a list item's tail other than a bare 区."""
        tail = self.item_tail.search(item)
        return bool(tail) and tail.group() != "区"

    def _place_short_form(self, name: str, names: set[str]) -> bool:
        """东兴试验区: a place short word after the place leading one of `names` that ends with it."""
        word = next((w for w in self.lex.zone_place_short_words if name.endswith(w)), None)
        lead = name[: -len(word)] if word else ""
        return len(lead) >= 2 and any(n.startswith(lead) and n.endswith(word) and n != name for n in names)

    def _place_park_family(self, name: str, proper: str) -> str | None:
        """The family place_park_mentions gives a list item that is a place and a place_parks word (后里园区 in
        臺中園區、虎尾園區、后里園區…等五個園區), or None: so named, the item is the place's park wherever the text
        writes it, not a second zone of the list's family."""
        word = name[len(proper):]
        if word not in self.lex.zone_place_parks or self._place_before(proper, len(proper)) != proper:
            return None
        return "place_park" if word == self.lex.zone_place_parks[0] else "place_park_" + word

    def layout_list_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """Parks named by the list that spells out a zone's layout, as many as its N (“一区三园”的发展格局,即电子新材料
        产业园、精细化工产业园和装备制造产业园): its items are the zone's parks even when named by an industry alone,
        and so is each later occurrence of such a name. A list before the layout (整合…和生物科技产业园区,形成“一区
        四园”) is left: in PDF text its wrapped lines read as headings (blind 6 g2), and the parks found there moved a
        plan's goals to the wrong park."""
        named: dict[str, ZoneMention] = {}
        for layout in LAYOUT.finditer(text):
            count = LAYOUT_COUNTS[layout["count"]]
            lead = LAYOUT_THEN_LIST.match(text, layout.end())
            if not lead:
                continue
            lo = hi = lead.end()
            while hi < len(text) and text[hi] not in "。;,!?\n":
                hi += 1
            items = self._layout_items(text, lo, hi)
            if items is None or len(items) != count:
                continue
            for a, b in items:
                if not any(f.start < b and a < f.end for f in found):
                    name = text[a:b]
                    suffix = self.item_suffix.search(name)
                    named.setdefault(name, ZoneMention(a, b, name, name[: suffix.start()],
                                                       self.lex.zone_suffixes[suffix.group()], None, True))
        out: list[ZoneMention] = []
        for name, first in named.items():
            for occurrence in patterns.compile(regex.escape(name)).finditer(text):
                a, b = occurrence.span()
                if self.names_company(text, b):
                    continue
                if not any(f.start < b and a < f.end for f in found + out):
                    out.append(ZoneMention(a, b, name, first.proper, first.family, None, True))
        return out

    def _layout_items(self, text: str, lo: int, hi: int) -> list[tuple[int, int]] | None:
        """(start, end) of each item of the list text[lo:hi], items joined by 、 and the last by 和 / 及; None when
        an item is no park's name (no zone suffix, not Han only)."""
        pieces, pos = [], lo
        for sep in patterns.compile("、").finditer(text, lo, hi):
            pieces.append([pos, sep.start()])
            pos = sep.end()
        pieces.append([pos, hi])
        last_a, last_b = pieces[-1]
        joiner = next((j for j in LAST_ITEM_JOINERS.finditer(text, last_a, last_b)
                       if self.item_suffix.search(text[last_a:self._before_definition(text, last_a, j.start())]
                                                  .strip())), None)
        if joiner:
            pieces[-1:] = [[last_a, joiner.start()], [joiner.end(), last_b]]
        if len(pieces) < 2:
            return None
        items = []
        for i, (a, b) in enumerate(pieces):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            b = self._before_definition(text, a, b)
            item = self._list_item(text[a:b], first=i == 0)
            if item is None or not self.item_suffix.search(item[1]) or b - a - item[0] > MAX_LIST_ITEM:
                return None
            items.append((a + item[0], b))
        return items

    @staticmethod
    def _before_definition(text: str, a: int, b: int) -> int:
        """Where an item text[a:b] ends before the short form it defines in brackets (城北新材料产业园(以下简称城北园))."""
        return text.rindex("(", a, b) if text[b - 1:b] == ")" and "(" in text[a:b] else b

    def mentions(self, text: str) -> list[ZoneMention]:
        # A table names a park as its row's cell; running text may write it in full, with its place (上海智能传感器产业园
        # for the row 智能传感器产业园): the fuller form wins there, and the row's form stays an alias.
        rows = self.table_mentions(text)
        fuller = [m for m in self.suffix_mentions(text)
                  if not any(t.start < m.end and m.start < t.end and not covers(m, t) for t in rows)]
        fuller = [self._with_agreement_prefix(text, m) for m in fuller]
        fuller = [self._with_cross_strait_lead(text, m) for m in fuller]
        fuller = [self._with_dot_lead(text, m) for m in fuller]
        fuller = [self._before_sub_suffix(text, m) for m in fuller]
        fuller = [self._host_before_bare_park(m) for m in fuller]
        fuller = [self._with_defined_head(text, m) for m in fuller]
        fuller = self._with_brand(text, fuller)
        fuller = self.town_park_mentions(text, fuller)
        fuller = [self._with_place_park(text, m) for m in fuller]
        # a table's row may hold the name the short form is defined for (厦门海沧台商投资区(简称海沧投资区)): it is found
        fuller += self.spelled_by_short_form_mentions(text, fuller + rows)
        tabled = [t for t in rows if not any(covers(m, t) for m in fuller)]
        found = fuller + tabled
        listed = self.list_mentions(text, {m.end for m in found}, {m.name for m in found})
        found += listed
        found += self.sibling_sub_zone_mentions(text, found)
        found += self.sibling_place_park_mentions(text, found)
        found += self.provincial_sub_zone_mentions(text, found)
        found += self.governed_sub_zone_mentions(text, found)
        found += self.owned_park_mentions(text, found)
        found += self.place_park_mentions(text, found)
        found += self.qualified_place_park_mentions(text, found)
        found += self.part_list_mentions(text, found)
        found += self.sibling_park_mentions(text, found)
        found += self.layout_list_mentions(text, found)
        defined = self.short_form_mentions(text, found)
        found += defined
        abbreviations = self.abbreviation_mentions(text, found)
        found += abbreviations
        defined += self.bracketed_abbreviations(text, abbreviations, found)
        # before the bare words: 前湾新区 (宁波前湾新区 without its place) is one mention, not 前湾 and a bare 新区
        found += self.place_dropped_mentions(text, found)
        found += self.bare_short_mentions(text, found)
        found += self.place_short_mentions(text, found)
        found += self.partner_short_mentions(text, found)
        found += self.sub_zone_short_mentions(text, found)
        found += self.park_short_mentions(text, found)
        found += self.inner_word_mentions(text, found)
        found += self.hosted_park_mentions(text, found)  # after the short forms, which may host a park (凭祥综保区内…)
        host_led = self.host_led_park_mentions(text, found)
        found = [f for f in found if not any(covers(p, f) for p in host_led)] + host_led
        found += self.built_park_mentions(text, found)
        found += self.phased_park_mentions(text, found)
        found += self.measured_park_mentions(text, found)
        found += self.listed_park_mentions(text, found)
        found += self.bare_hosted_park_mentions(text, found)
        found += self.short_formed_park_mentions(text, found)
        found += self.titled_project_park_mentions(text, found)
        found = self.pointed_host_park_mentions(text, found)
        found += self.possessed_park_mentions(text, found)
        columned = self.park_column_mentions(text, found)  # a whole cell, over a zone found inside it (临港新片区…)
        found = [f for f in found if not any(covers(c, f) for c in columned)] + columned
        # the full names as found, after a defined short form gave its occurrences its zone's proper part
        # (前海合作区 defined for 前海深港现代服务业合作区 is no name of its own wherever it is written again)
        # so is a park a list names with its suffix (下辖双马工业园、…四个专业园区), though jieba sees no proper noun in it
        spans = {(m.start, m.end) for m in fuller + [m for m in listed if self.item_suffix.search(m.name)]}
        found += self.repeated_mentions(text, [m for m in found if (m.start, m.end) in spans], found)
        found = self.sub_parks_after_defined_short_forms(found, defined)
        addresses = [a.span() for a in self.address.finditer(text)] if self.address else []
        found = [m for m in found if not any(a <= m.start < b for a, b in addresses)
                 and not (self.street and self.street.match(text, m.end))]
        return sorted(found, key=lambda m: m.start)

    def spelled_by_short_form_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """苏州嘉汇智造产业园(「苏州产业园」): a name the words around it hid (嘉汇智|造, a verb to jieba), right before
        the short form the text defines for it, when that short form is the name's head (a place) and suffix: the
        name runs from the head to the bracket, within the clause, Han characters only."""
        out = []
        for defined in self.defined_short.finditer(text):
            end, short = defined.start(), defined["short"]
            suffix = self.item_suffix.search(short)
            if not suffix or not text.endswith(suffix.group(), 0, end) or any(m.end == end for m in found):
                continue
            head = short[: suffix.start()]
            lo = max(clause_start(text, end), end - MAX_LEFT - len(suffix.group()))
            start = text.rfind(head, lo, end - len(suffix.group()))
            name = text[start:end]
            if start < 0 or name == short or not HAN_WORD.fullmatch(name) or not self._is_place(head, "") or \
                    any(m.start < end and start < m.end for m in found):
                continue
            proper = name[: len(name) - len(suffix.group())]
            qualifier = proper[len(head):]
            # jieba's verbs are let in (嘉汇智|造), words of a clause are not (位于, 的, 和)
            if any(ch in GLUE_STOPS for ch in qualifier) or \
                    any(w.word in self.stopwords for w in self.pos.cut(qualifier)):
                continue
            out.append(ZoneMention(start, end, name, proper, self.lex.zone_suffixes[suffix.group()], head, False))
        return out

    def _before_sub_suffix(self, text: str, mention: ZoneMention) -> ZoneMention:
        """A name that starts with a zone's name and ends right before a sub-zone suffix (中国(广东)自由贸易试验区广州南沙
        新区片区) names a part of that zone: the whole is the part's name, its short form defined after it (下称「南沙
        片区」). A park's name alone before 片区 (九龙工业园片区) stays the park's."""
        suffix = next((x for x in self.lex.zone_sub_suffixes if text.startswith(x, mention.end)), None)
        if suffix is None or not self.suffixes.search(mention.proper) or not self._part_is_zone(mention.proper, suffix):
            return mention
        return ZoneMention(mention.start, mention.end + len(suffix), mention.name + suffix, mention.name, "sub_zone",
                           mention.place, mention.proper_led)

    def _host_before_bare_park(self, mention: ZoneMention) -> ZoneMention:
        """准格尔经济开发区工业园区污水处理厂: a zone's full name right before a bare park word, with no name of the
        park's own between them, is that zone written with what it is (its industrial park), not a park of its own: the
        mention is cut back to the zone (a park named after its host has a qualifier, 乌海经济开发区海南工业园区). A 新区
        before it is mostly a city's new district, the park's place (柳梧新区产业园区): the park keeps its name."""
        suffix = mention.name[len(mention.proper):]
        host = self.item_suffix.search(mention.proper)
        if suffix not in self.lex.zone_bare_park_words or not host or host.start() < 2 or \
                self.lex.zone_suffixes[host.group()] == "new_area":
            return mention
        return ZoneMention(mention.start, mention.start + len(mention.proper), mention.proper,
                           mention.proper[: host.start()], self.lex.zone_suffixes[host.group()], mention.place,
                           mention.proper_led)

    def _with_defined_head(self, text: str, mention: ZoneMention) -> ZoneMention:
        """东方芯港集成电路产业园(以下简称“东方芯港”): a brand jieba reads as common words (东方|芯|港) is cut off the
        name, which then starts at its first proper noun (集成电路). When the short form the text defines right after
        the name is written right before it, that short form is the name's head: the whole is the name."""
        short = self.defined_short_form(text, mention)
        if short and text.endswith(short, 0, mention.start):
            return ZoneMention(mention.start - len(short), mention.end, short + mention.name, short + mention.proper,
                               mention.family, mention.place, mention.proper_led)
        # 散花滨江工业园(简称散花工业园), 寿光市侯镇海洋化工产业园(侯镇化工园): a short form keeps the name's head and
        # drops its middle; jieba took the head for a common word or a person's name left of a place-like word (滨江,
        # 海洋), where the name was cut. Written right before the name, the head is part of it, with its place.
        short = short or self._bracketed_alias(text, mention) or ""
        tail = self.item_suffix.search(short) or self.item_tail.search(short)
        head = short[: tail.start()] if tail else ""
        if len(head) < 2 or head in self.stopwords or not text.endswith(head, 0, mention.start):
            return mention
        place = self._place_before(text, mention.start - len(head)) or ""
        head = place + head
        return ZoneMention(mention.start - len(head), mention.end, head + mention.name, head + mention.proper,
                           mention.family, place or mention.place, mention.proper_led)

    def _with_place_park(self, text: str, mention: ZoneMention) -> ZoneMention:
        """南平工业园区延平园: a zone's name, a place (a district or county of it) and a bare 园 closing the phrase
        name one of the zone's parks (一区多园), the whole its name; so do a place and 园区 (漕河泾开发区松江园区,
        中国·印尼综合产业园区青山园区), the park first named after its host (GUIDE)."""
        m = self.place_park_after.match(text, mention.end)
        if m and m["park"] != "园" and mention.proper.startswith(tuple(self.region_words)):
            return mention  # 南部科学工业园区台南园区: a region's park administration, whose parks are zones of their own
        if not m or not (is_region(m["place"]) or m["place"] in self.localities) or m["place"] in self.not_places \
                or m["place"] in self.region_words:
            return mention  # 成都高新区南部园区: a direction (南部 is also a county) names a part of the zone
        return ZoneMention(mention.start, m.end(), text[mention.start:m.end()], text[mention.start:m.start("park")],
                           mention.family, mention.place, mention.proper_led)

    def _brand_before(self, text: str, mention: ZoneMention) -> str | None:
        """The word that opens a clause right before a name its place leads (中智 of (一)中智松江科创园), when it may
        be an operator's brand: no place, no function word, no verb."""
        if not mention.place or not mention.name.startswith(mention.place):
            return None
        lo = mention.start
        while lo > 0 and mention.start - lo < MAX_BRAND_CHARS and HAN_WORD.fullmatch(text[lo - 1]):
            lo -= 1
        if lo > 0 and HAN_WORD.fullmatch(text[lo - 1]) or mention.start - lo < 2:
            return None  # not at the clause's opening, or no word before
        words = list(self.pos.cut(text[lo:mention.start]))
        if len(words) != 1:
            return None
        word, flag = words[0].word, words[0].flag
        if word in self.stopwords or flag in BOUNDARY_TAGS or self._is_place(word, flag) or is_region(word):
            return None
        return word

    def _with_brand(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """中智松江科创园, 中智嘉定汽车零部件产业园: a park operator writes its brand before the place of each of its parks.
        A word that opens two or more such names of different parks is that brand, part of each name it leads; the
        form without it (海口生物医药产业园) is an alias. One park so led is no sign of a brand."""
        led: dict[str, set[str]] = {}
        for m in found:
            brand = self._brand_before(text, m)
            if brand:
                led.setdefault(brand, set()).add(m.name)
        brands = {b for b, names in led.items() if len(names) >= 2}
        out = []
        for m in found:
            brand = next((b for b in brands if m.place and m.name.startswith(m.place) and text.endswith(b, 0, m.start)),
                         None)
            if brand:
                m = ZoneMention(m.start - len(brand), m.end, brand + m.name, brand + m.proper, m.family, m.place,
                                m.proper_led)
            out.append(m)
        return out

    def _with_agreement_prefix(self, text: str, mention: ZoneMention) -> ZoneMention:
        """RCEP青岛经贸合作先行创新产业园: a trade agreement's Latin acronym right before a name led by its place is part
        of the name the park is given for that agreement; before anything else it is not (RCEP生效后…)."""
        if not mention.place or not mention.name.startswith(mention.place):
            return mention
        prefix = next((p for p in self.lex.zone_agreement_prefixes if text.endswith(p, 0, mention.start)), None)
        if prefix is None or (mention.start > len(prefix) and text[mention.start - len(prefix) - 1].isascii()
                              and text[mention.start - len(prefix) - 1].isalnum()):
            return mention  # ...XRCEP: part of a longer Latin word
        start = mention.start - len(prefix)
        return ZoneMention(start, mention.end, prefix + mention.name, prefix + mention.proper, mention.family,
                           mention.place, mention.proper_led)

    def _with_cross_strait_lead(self, text: str, mention: ZoneMention) -> ZoneMention:
        """两岸集成电路产业园: the Strait's two sides right before a park named by its trade (no place leads it) are
        the partner regions that lead its name."""
        if mention.place or not self._industry_qualifier(mention.proper):
            return mention
        lead = next((w for w in self.lex.zone_cross_strait_leads if text.endswith(w, 0, mention.start)), None)
        if lead is None:
            return mention
        return ZoneMention(mention.start - len(lead), mention.end, lead + mention.name, lead + mention.proper,
                           mention.family, None, True)

    def _with_dot_lead(self, text: str, mention: ZoneMention) -> ZoneMention:
        """亦庄·怀来飞地产业园, 北京亦庄·永清高新技术产业开发区, 中埃·泰达苏伊士经贸合作区: a place (or two, or a nation
        pair) and a middle dot right before a name are the partner that builds the park with the place after the
        dot; the whole is the park's name. Only places are taken: a verb or 的 before them (共建亦庄·…) ends the lead,
        and a zone's own name before the dot (苏州工业园区·宿迁…, which jieba may tag as a place) is a second zone."""
        dot = mention.start - 1
        if dot < 1 or text[dot] not in MIDDLE_DOTS:
            return mention
        words = list(self.pos.cut(text[max(clause_start(text, dot), dot - MAX_LEFT):dot]))
        lead = ""
        for w in reversed(words[-MAX_DOT_LEAD_WORDS:]):
            if not HAN_WORD.fullmatch(w.word) or not self._is_place(w.word, w.flag) or self.suffixes.search(w.word):
                break
            lead = w.word + lead
        if not lead:
            return mention
        start = dot - len(lead)
        prefix = text[start:mention.start]
        return ZoneMention(start, mention.end, prefix + mention.name, prefix + mention.proper, mention.family,
                           mention.place, mention.proper_led)

    def sibling_sub_zone_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """…自由贸易试验区郑州片区规划面积73.17平方公里,开封片区…、洛阳片区…: after a part of a zone, a place and the
        same sub-zone suffix opening a later clause or list item of its paragraph name another part of that zone.
        A bare 片区 after a word that is no place (功能片区, 东部片区) stays a common word."""
        out = []
        for parent in (m for m in found if m.family == "sub_zone"):
            suffix = next(x for x in self.lex.zone_sub_suffixes if parent.name.endswith(x))
            line_end = text.find("\n", parent.end)
            line_end = len(text) if line_end < 0 else line_end
            for m in patterns.compile(rf"(?<=[,;、。和及与])(?P<place>\p{{Han}}{{2,{MAX_PLACE_CHARS}}}?){suffix}").finditer(
                    text, parent.end, line_end):
                place = m["place"]
                taken = any(f.start <= m.start() < f.end for f in found + out)
                if not taken and (is_region(place) or place in self.localities) and place not in self.not_places:
                    out.append(ZoneMention(m.start(), m.end(), m.group(), place, "sub_zone", place, False))
        return out

    def sibling_place_park_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """漕河泾开发区松江园区、海宁分区等“区外园”: after a park a zone's name and a place name (_with_place_park), a
        place and a sub-zone suffix or 园区 as the next item of its list name another of that zone's parts."""
        out = []
        park = self.lex.zone_place_parks[0]
        parts = alternation([*self.lex.zone_sub_suffixes, park])
        for parent in found:
            if not (parent.name.endswith(park) and self.suffixes.search(parent.proper)):
                continue
            for m in patterns.compile(rf"、(?P<place>\p{{Han}}{{2,{MAX_PLACE_CHARS}}}?)(?:{parts})").finditer(
                    text, parent.end, clause_end(text, parent.end, ",;。!?:\n")):
                place = m["place"]
                if any(f.start <= m.start("place") < f.end for f in found + out):
                    continue
                if (is_region(place) or place in self.localities) and place not in self.not_places | self.region_words:
                    out.append(ZoneMention(m.start("place"), m.end(), m.group()[1:], place, "sub_zone", place, False))
        return out

    def provincial_sub_zone_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """中国(山东)自由贸易试验区青岛片区 … 【对话片区】济南片区: a city of the province a zone's part is named under,
        and the same sub-zone suffix, anywhere in the text, names another part of that province's zone (济南片区,
        烟台片区). Not a place of another province, nor a word that is no place (东部片区)."""
        out = []
        for parent in (m for m in found if m.family == "sub_zone"):
            province = self.national_place.match(parent.name)
            suffix = next((x for x in self.lex.zone_sub_suffixes if parent.name.endswith(x)), None)
            if not province or not suffix or not is_province(province[1]):
                continue
            pattern = patterns.compile(rf"(?<![\p{{Han}}])(?P<place>\p{{Han}}{{2,{MAX_PLACE_CHARS}}}?){suffix}")
            for m in pattern.finditer(text):
                place = m["place"]
                if place in self.not_places or not part_of(place, province[1]) or \
                        any(f.start < m.end() and m.start() < f.end for f in found + out):
                    continue
                out.append(ZoneMention(m.start(), m.end(), m.group(), place, "sub_zone", place, False))
        return out

    def governed_sub_zone_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """玉溪高新区…下辖研和片区、龙泉片区和九龙片区: the parts of a zone listed after a word of governing in the
        zone's sentence, two or more items with one sub-zone suffix, one of them at least a place or a proper noun.
        Not a counted list (下辖5个片区) nor parts named by a direction or common words (东部片区, 功能片区、配套片区)."""
        if not self.lex.zone_governing_words:
            return []
        out = []
        for suffix in self.lex.zone_sub_suffixes:
            item = rf"\p{{Han}}{{2,{MAX_PLACE_CHARS}}}?{suffix}"
            listed = patterns.compile(
                rf"(?:{alternation(self.lex.zone_governing_words)})(?P<items>{item}(?:(?:、|和|及|与){item})+)")
            for m in listed.finditer(text):
                sentence = max(text.rfind(c, 0, m.start()) for c in "。;!?\n") + 1
                if not any(sentence <= f.start and f.end <= m.start() for f in found):
                    continue  # no zone named before it in its sentence: whose parts is unknown
                items, a = [], m.start("items")
                for joint in patterns.compile(rf"(?<={suffix})(?:、|和|及|与)|$").finditer(m["items"]):
                    b = m.start("items") + joint.start()
                    items.append((a, b, text[a:b - len(suffix)]))
                    a = m.start("items") + joint.end()
                if any(not self._names_a_part(q) for _, _, q in items) or \
                        not any(self._proper_part(q) for _, _, q in items):
                    continue  # 功能片区、配套片区: with no place or proper noun among them, the items are common words
                out += [ZoneMention(a, b, text[a:b], q, "sub_zone", q, True) for a, b, q in items
                        if not any(f.start < b and a < f.end for f in found + out)]
        return out

    def owned_park_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """长春绿园经济开发区所属的合心工业园: a park named right after a zone and a word of belonging (owned_park_words)
        is that zone's park, though its qualifier is a common word (合心) the suffix finder does not take for a name.
        Each later occurrence of the same name is a mention of it. Not a direction, count or common word (所属的
        各工业园, 所属的东部产业园)."""
        if not self.lex.zone_owned_park_words:
            return []
        owned = patterns.compile(rf"(?:{alternation(self.lex.zone_owned_park_words)})"
                                 rf"(?P<name>(?P<q>\p{{Han}}{{2,4}}?)(?:{alternation(self.lex.zone_short_park_suffixes)}))")
        out = []
        for zone in found:
            m = owned.match(text, zone.end)
            if not m or not self._owned_qualifier(m["q"]):
                continue
            out += self._park_named_everywhere(text, m["name"], m["q"], found + out)
        return out

    def _park_named_everywhere(self, text: str, name: str, qualifier: str, taken: list[ZoneMention],
                               skip_companies: bool = False) -> list[ZoneMention]:
        """Each occurrence of a park's name that no mention in `taken` overlaps, as a mention of that park (its family
        from its suffix); with `skip_companies`, not where the name opens a company's (…产业园开发有限公司)."""
        family = self.lex.zone_suffixes.get(name[len(qualifier):], "park")
        out: list[ZoneMention] = []
        for occurrence in patterns.compile(regex.escape(name)).finditer(text):
            a, b = occurrence.span()
            if skip_companies and self.names_company(text, b):
                continue
            if text.endswith(tuple(self.lex.zone_trade_joiners), 0, a):
                continue  # 铝及|铝加工产业园: the name ends a longer one of two trades joined
            if not any(f.start < b and a < f.end for f in taken + out):
                out.append(ZoneMention(a, b, name, qualifier, family, None, True))
        return out

    def town_park_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """新哨镇蔬菜加工园区, 五山乡山地牧业园: a park named by a town written with its mark (镇, 乡), perhaps a village, and
        its trade. The place data stops at counties and jieba cuts a town it does not know into pieces (新|哨|镇,
        巡检|司镇), so the town is read from the mark back: two or three characters starting a word, none a stopword,
        and no word that uses the mark for no town (特色小镇, 各乡镇). The name replaces a shorter one found inside it
        (司镇温泉康养产业园). Each later occurrence of the name is a mention of it."""
        if self.town_park is None:
            return found
        named: dict[str, ZoneMention] = {}
        for m in self.town_park.finditer(text):
            start = self._town_start(text, m.start(), m.end("town"))
            if start is None or not self._town_park_qualifier(m["q"]) or any(f.start < start < f.end for f in found):
                continue
            name = text[start:m.end()]
            if any(f.end == m.end() and (f.place or f.name == name) for f in found):
                continue  # found already, or led by a place the names of parts read on (北滘|镇西滘村工业园)
            named.setdefault(name, ZoneMention(start, m.end(), name, text[start:m.start("q")] + m["q"],
                                               self.lex.zone_suffixes.get(m.group()[m.end("q") - m.start():], "park"),
                                               None, True))
        out = list(found)
        for name, first in named.items():
            for occurrence in patterns.compile(regex.escape(name)).finditer(text):
                a, b = occurrence.span()
                if self.names_company(text, b):
                    continue
                out = [f for f in out if not (a <= f.start and f.end <= b and f.end - f.start < b - a)]
                if not any(f.start < b and a < f.end for f in out):
                    out.append(ZoneMention(a, b, name, first.proper, first.family, None, True))
        return out

    def _town_park_qualifier(self, qualifier: str) -> bool:
        """蔬菜加工, 热区水果, 起飞村|民族文化: a town park's trade after a village perhaps, as jieba cuts it: no stopword
        (特色 stays, as after a place), verb or function word (杏坛镇|同时推进杏坛工业园: a clause), count or zone word."""
        village = TOWN_VILLAGE.match(qualifier)
        trade = qualifier[village.end():] if village else qualifier
        words = list(self.pos.cut(trade))
        return len(trade) >= 2 and not (
            qualifier[0] in self.numerals or self.suffixes.search(qualifier)
            or any(w.word in self.stopwords and w.word not in self.placed_name_words for w in words)
            or any(w.flag in BOUNDARY_TAGS and w.word not in self.name_words for w in words))

    def _town_start(self, text: str, lo: int, mark: int) -> int | None:
        """Where the town before the mark at `mark` starts: the longest run of two or three characters from `lo` on
        that starts a word in its clause and holds no stopword, else None."""
        clause = clause_start(text, mark)
        if text[mark - 1:mark + 1] in self.lex.zone_not_town_words:
            return None
        starts, offset = set(), clause
        for w in self.pos.cut(text[clause:mark + 1]):
            starts.add(offset)
            offset += len(w.word)
        for start in range(max(lo, clause), mark - MIN_TOWN_CHARS + 1):
            town = text[start:mark]
            if start in starts and town[0] not in GLUE_STOPS and not any(c in self.stopwords for c in town):
                return start
        return None

    def hosted_park_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """吉林经开区的化纤产业园, 凭祥综保区内红木加工产业园: a park named by its industry right after a zone and a word of
        place (hosted_park_joiners) is a particular park inside that zone (GUIDE, round 29g), named without its host.
        Each later occurrence of the same name is a mention of it."""
        if self.hosted_park is None:
            return []
        out: list[ZoneMention] = []
        for zone in found:
            m = self.hosted_park.match(text, zone.end)
            if not m or not self._industry_qualifier(m["q"]) or \
                    any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            out += self._park_named_everywhere(text, m["name"], m["q"], found + out)
        return out

    def host_led_park_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """生态城国家动漫园, 天津生态城国家影视园, 生态城产业园: a park written straight after a zone of a hosting family
        (an eco-city holds parks of its own), by the zone's name or its bare suffix, perhaps with 国家 and its trade, and
        a park word. Every such occurrence is a mention of that park. Not a word of the host's own (生态城管委会) nor a
        common noun (生态城公园: 公 names no trade)."""
        if self.host_led_park is None:
            return []
        hosts = {form for m in found if m.family in self.lex.zone_park_host_families
                 for form in (m.name, m.name[len(m.proper):]) if len(form) >= 2}
        if not hosts:
            return []
        out: list[ZoneMention] = []
        for host in patterns.compile(alternation(hosts)).finditer(text):  # the longest form where one starts
            m = self.host_led_park.match(text, host.end())
            if not m or m["q"] and (len(m["q"]) < 2 or not self._industry_qualifier(m["q"])) or \
                    any(f.start < m.end() and host.start() < f.end and not f.end <= m.start() for f in found + out):
                continue
            name = text[host.start():m.end()]
            family = self.lex.zone_suffixes.get(m["park"], "park")
            # keyed by its own words where it has a trade (国家动漫园 in a list of the host's parks is this park)
            proper = text[m.start():m.start("park")] if m["q"] else text[host.start():m.start("park")]
            out.append(ZoneMention(host.start(), m.end(), name, proper, family, None, True))
        return out

    def built_park_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """东明经开区建设再生资源回收利用产业园, 吉林经开区将投资30亿元建设碳纤维产业园三期: a park named by its industry right
        after a building verb, in a sentence that names a zone before it, is a park that zone is building (GUIDE, round
        29g). So is one whose size opens the next clause (南区规划建设精细化工产业园,规划用地2800亩): only a particular
        park is measured. Each later occurrence of the same name is a mention of it."""
        if self.built_park is None:
            return []
        out: list[ZoneMention] = []
        for m in self.built_park.finditer(text):
            sentence = max((b.end() for b in SENTENCE_BREAK.finditer(text, 0, m.start())), default=0)
            builder_named = any(sentence <= f.start and f.end <= m.start() for f in found)
            if not self._industry_qualifier(m["q"]) or COUNTED_AFTER.match(text, m.end()) or \
                    not (builder_named or self._measured(text, m.end())) or \
                    any(f.start < m.end() and m.start("name") < f.end for f in found + out):
                continue
            out += self._park_named_everywhere(text, m["name"], m["q"], found + out, skip_companies=True)
        return out

    def _measured(self, text: str, end: int) -> bool:
        """,规划用地2800亩 right after a park's name: the park's size opens the next clause."""
        return self.built_park_size is not None and bool(self.built_park_size.match(text, end))

    def listed_park_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """该区下辖东川工业园、甘河工业园、南川工业园和生物科技产业园: a park named by its industry listed right after a park
        found by its name (one ending in a park's suffix) is one more of the zone's parks (GUIDE, round 29g). The
        listed name must end there (no 产业园建设, 产业园项目). Each later occurrence of the name is a mention of it."""
        if self.listed_park is None:
            return []
        out: list[ZoneMention] = []
        for park in [f for f in found if f.name.endswith(("园", "园区"))]:
            m = self.listed_park.match(text, park.end)
            if not m or not self._industry_qualifier(m["q"]) or \
                    any(f.start < m.end() and m.start("name") < f.end for f in found + out):
                continue
            out += self._park_named_everywhere(text, m["name"], m["q"], found + out, skip_companies=True)
        return out

    def measured_park_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """电子信息产业园实现产值一百九十八点五亿元; 2023年,电子信息产业园完成固定资产投资12亿元: a park named by its industry that
        opens a clause whose metric it is the subject of is a particular park (GUIDE, round 29g), not a kind. Each
        later occurrence of the name is a mention of it."""
        if self.measured_park is None:
            return []
        out: list[ZoneMention] = []
        for m in self.measured_park.finditer(text):
            if not self._industry_qualifier(m["q"]) or \
                    any(f.start < m.end("name") and m.start("name") < f.end for f in found + out):
                continue
            out += self._park_named_everywhere(text, m["name"], m["q"], found + out, skip_companies=True)
        return out

    def short_formed_park_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """星火有机硅工业园区(星火工业园区)有机硅单体产能达到70万吨: a name opening a clause that the text shortens in
        brackets right after it, keeping its head and suffix (星火, 工业园区), is a particular zone though its head is
        no place or proper noun jieba knows (星火, a common word). Each later occurrence of the name is a mention of
        it; the head is no stopword (该, 全市)."""
        if self.short_formed_park is None:
            return []
        out: list[ZoneMention] = []
        for m in self.short_formed_park.finditer(text):
            if any(m["head"].startswith(w) for w in self.stopwords) or \
                    any(f.start < m.end("name") and m.start("name") < f.end for f in found + out):
                continue
            qualifier = m["name"][: -len(m["suffix"])]
            out += self._park_named_everywhere(text, m["name"], qualifier, found + out, skip_companies=True)
        return out

    def bare_hosted_park_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """开发区内的精细磷化工产业园今天开工的…; 区内的跨境电商产业园今年新引进企业48家: a park named by its industry, placed
        by a bare zone word opening its clause inside the zone the text is about, is a particular park (GUIDE, round
        29g), as after a zone's name (hosted_park_mentions). Not a bare kind (区内的产业园) nor a count (区内各产业园:
        a stopword). Each later occurrence of the name is a mention of it."""
        if self.bare_hosted_park is None:
            return []
        out: list[ZoneMention] = []
        for m in self.bare_hosted_park.finditer(text):
            if not self._industry_qualifier(m["q"]) or \
                    any(f.start < m.end("name") and m.start("name") < f.end for f in found + out):
                continue
            mentions = self._park_named_everywhere(text, m["name"], m["q"], found + out, skip_companies=True)
            host_led = self._bare_host_led_name(text, m["name"])
            out += [replace(x, name=host_led) for x in mentions] if host_led else mentions
        return out

    def titled_project_park_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """4.智能家居及定制家具产业园项目 heading a catalogue's item, 5  智能装备制造产业园项目  特变电工…  18  昌吉高新区 opening
        a project table's row: a park named by its industry that a project's title is, at the start of a line, is a
        particular park being built (GUIDE, round 39g: a park that is itself the project is a zone), not a kind. Its
        figures are the site's: a mention followed by 项目 attributes nothing. Inside a sentence (梨树经济开发区规划建设的
        冷链物流园区项目) the rule does not read it, nor a name the text withholds elsewhere (营口高新区某新材料产业园项目).
        Each later occurrence of the name is a mention of it."""
        if self.titled_project_park is None:
            return []
        out: list[ZoneMention] = []
        for m in self.titled_project_park.finditer(text):
            if not self._industry_qualifier(m["q"]) or self._withheld(text, m["name"]) or \
                    any(f.start < m.end("name") and m.start("name") < f.end for f in found + out):
                continue
            out += self._park_named_everywhere(text, m["name"], m["q"], found + out, skip_companies=True)
        return out

    def pointed_host_park_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """临港经济区氢能产业园建设,该园规划面积3.2平方公里: a park named by its industry written straight after its host's
        name, which the next clause of the sentence points back to (park_pointers), is a particular park, named with its
        host (GUIDE, round 29g); the mention replaces the host's there. Without the pointer (临港经济区氢能产业发展) the
        host's mention stays."""
        if self.hosted_park_straight is None or not self.lex.zone_park_pointers:
            return found
        out = list(found)
        for host in found:
            m = self.hosted_park_straight.match(text, host.end)
            if not m or not self._industry_qualifier(m["q"]) or \
                    any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            clause = CLAUSE_BREAK.search(text, m.end())
            # the sentence's next clause opens with the pointer (…建设,该园…)
            if not clause or clause.group() not in ",:" or \
                    not text.startswith(tuple(self.lex.zone_park_pointers), clause.end()):
                continue
            out.remove(host)
            name = text[host.start:m.end()]
            proper = text[host.start:m.end("q")]
            family = self.lex.zone_suffixes.get(text[m.end("q"):m.end()], "park")
            out.append(ZoneMention(host.start, m.end(), name, proper, family, None, True))
        return out

    def possessed_park_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """营口高新区规划面积19.7平方公里,…,其新能源汽车零部件产业园尚处于起步阶段: a park named by its industry after a
        possessive (park_possessives) opening a clause, in a sentence that names a zone before it, is that zone's
        particular park (GUIDE, round 29g). Not where no zone comes before in the sentence (a firm's 其…产业园). Each
        later occurrence of the name is a mention of it."""
        if self.possessed_park is None:
            return []
        out: list[ZoneMention] = []
        for m in self.possessed_park.finditer(text):
            sentence = max((b.end() for b in SENTENCE_BREAK.finditer(text, 0, m.start())), default=0)
            if not self._industry_qualifier(m["q"]) or \
                    not any(sentence <= f.start and f.end <= m.start() for f in found) or \
                    any(f.start < m.end("name") and m.start("name") < f.end for f in found + out):
                continue
            out += self._park_named_everywhere(text, m["name"], m["q"], found + out, skip_companies=True)
        return out

    def park_column_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """园区名称  规划面积(平方公里)… over 新能源汽车产业园  12.0  156.2, 汽车物流园  3.2  18.7: a space-aligned table whose
        header names a column of parks (park_column_headers) lists one park a row there, whatever names it (its trade,
        中关村朝阳园's place). Only a cell of Han characters ending in a park word (a zone suffix or 园), in a row with a
        figure: not another column (孵化器名称's 上海张江科创孵化器), nor a district (京西智谷). The table ends at the first
        line that is no such row. Each occurrence of the name is a mention of it, over a zone found inside it."""
        if not self.lex.zone_park_column_headers:
            return []
        out: list[ZoneMention] = []
        column = None
        for line in text.split("\n"):
            header = line.split()
            if any(h in self.lex.zone_park_column_headers for h in header):
                column = next(i for i, h in enumerate(header) if h in self.lex.zone_park_column_headers)
                continue
            cells = ALIGNED_CELL_GAP.split(line.strip())
            if column is None or len(cells) <= column + 1 or \
                    not any(NUMBER_CELL.fullmatch(c) for c in cells[column + 1:]):
                column = None
                continue
            name = cells[column]
            suffix = self.item_suffix.search(name)
            park_word = suffix.group() if suffix else "园" if name.endswith("园") else None
            if park_word is None or not HAN_WORD.fullmatch(name) or len(name) - len(park_word) < 2:
                continue
            words = [w.word for w in self.pos.cut(name[: -len(park_word)])]
            if words[0] in self.stopwords or any(w in self.lex.zone_collective for w in words):
                continue  # 其他园区, 全区: no park's name
            if any(self._town_mark_dropped(f.name) == name for f in found):
                continue  # 新哨镇  新哨蔬菜加工园区: the town's park found as 新哨镇蔬菜加工园区, written short in its row
            spans = [m.span() for m in patterns.compile(regex.escape(name)).finditer(text)]
            # the cell is the name, over a zone found inside it (临港新片区 of 临港新片区先进制造业产业园)
            taken = [f for f in found + out if not any(a <= f.start and f.end <= b and f.end - f.start < b - a
                                                         for a, b in spans)]
            out += self._park_named_everywhere(text, name, name[: -len(park_word)], taken, skip_companies=True)
        return out

    def _town_mark_dropped(self, name: str) -> str | None:
        """新哨蔬菜加工园区 for 新哨镇蔬菜加工园区: a town's park without the town's mark, or None."""
        m = self.town_park.match(name) if self.town_park else None
        return name[: m.end("town")] + name[m.end("town") + 1:] if m and m.end() == len(name) else None

    def _withheld(self, text: str, name: str) -> bool:
        """某新材料产业园: the text writes the park's name after a mark that withholds it (an audit's unnamed project)."""
        return any(mark + name in text for mark in self.lex.zone_unnamed_marks)

    def _bare_host_led_name(self, text: str, name: str) -> str | None:
        """高新区光电产业园 for 光电产业园: the name the text also writes the park by, after its host's bare word (区内光电产业园
        已集聚…; 高新区光电产业园一家LED企业…), which names it more fully."""
        hosts = [w for w in self.lex.zone_bare_words if len(w) >= 3 and w + name in text]
        return max(hosts, key=len) + name if hosts else None

    def phased_park_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """2019年,跨境电商产业园一期建成投用; 4月12日  新材料产业园首期土地完成挂牌出让: a park named by its industry whose
        phase opens a clause is a particular park being built (GUIDE, round 29g: 跨境电商产业园二期 in a project list),
        not a kind of park. Each later occurrence of the name is a mention of it."""
        if self.phased_park is None:
            return []
        out: list[ZoneMention] = []
        for m in self.phased_park.finditer(text):
            if not self._industry_qualifier(m["q"]) or \
                    any(f.start < m.end() and m.start("name") < f.end for f in found + out):
                continue
            out += self._park_named_everywhere(text, m["name"], m["q"], found + out, skip_companies=True)
        return out

    def _industry_qualifier(self, qualifier: str) -> bool:
        """化纤, 红木加工, 新材料: a qualifier that names a trade: an industry of the lexicon, or nouns only (a product
        and its processing), none a stopword, a direction, a place or a count."""
        if self.generic_qualifiers.fullmatch(qualifier):
            return False
        if qualifier in self.lex.industries:
            return True  # 再生资源回收利用: an industry's name may hold a word that ends a place's (利用)
        if any(qualifier.endswith(t) and qualifier[: -len(t)] in self.lex.industries
               for t in self.lex.industry_joined_trades + self.lex.industry_joined_tails):
            # 智能装备|制造, 新能源汽车|零部件: an industry's products and the trade making them, or its parts (jieba: 制造 a
            # verb, 零部件 a count)
            return True
        if self._joined_trades(qualifier):
            return True
        grade = next((g for g in self.lex.zone_trade_grades if g in qualifier), None)
        if grade and len(qualifier) - len(grade) >= 2:
            return self._industry_qualifier(qualifier.replace(grade, "", 1))  # 精细|磷化工, 茶叶|精深|加工
        if not self._owned_qualifier(qualifier):
            return False
        words = list(self.pos.cut(qualifier))
        # 化工|新材料: an industry of the lexicon is a trade whatever jieba tags it (新材料 x)
        return all((w.flag in NOUN_TAGS or w.word in self.lex.industries) and not self._is_place(w.word, w.flag)
                   and w.word not in self.stopwords and w.word not in self.lex.zone_hosted_park_role_words
                   for w in words)

    def _joined_trades(self, qualifier: str) -> bool:
        """铝及铝加工, 智能家居及定制家具: two trades joined by a trade joiner naming one park. Each side is a trade, ends
        with an industry of the lexicon (定制|家具: jieba tags 定制 a verb), or is one proper word that is no place
        (智能家居, which jieba takes for a person's name); one side at least ends with an industry of the lexicon (not
        企业及科研, two common nouns)."""
        joiner = next((j for j in self.lex.zone_trade_joiners if j in qualifier), None)
        if joiner is None:
            return False
        sides = qualifier.split(joiner)
        return (len(sides) == 2 and all(side and self._trade_side(side) for side in sides)
                and any(self._ends_with_industry(side) for side in sides))

    def _ends_with_industry(self, side: str) -> bool:
        return any(side.endswith(industry) for industry in self.lex.industries)

    def _trade_side(self, side: str) -> bool:
        if self._industry_qualifier(side):
            return True
        if not self._owned_qualifier(side):
            return False
        if self._ends_with_industry(side):
            return True
        words = self.pos.cut(side)
        return (len(words) == 1 and len(side) >= 2 and words[0].flag in PROPER_TAGS
                and not self._is_place(words[0].word, words[0].flag))

    def _owned_qualifier(self, qualifier: str) -> bool:
        """合心: a qualifier that may name a park, whatever jieba makes of it (合|心): not a direction (东部), a count
        (两个, 各) or one holding a word that cannot stand in a name (的, 等)."""
        return not (qualifier in self.region_words or qualifier[0] in self.numerals
                    or any(ch in self.stopwords for ch in qualifier)
                    or any(w in qualifier for w in self.stopwords if len(w) > 1))

    def _names_a_part(self, qualifier: str) -> bool:
        """研和, 龙泉: a word naming a part of a zone, not a direction, a common word or a count."""
        words = list(self.pos.cut(qualifier))
        return not (qualifier in self.region_words or qualifier in self.not_places or qualifier in self.stopwords
                    or any(w.word in self.stopwords or w.flag in BOUNDARY_TAGS and not self._is_place(w.word, w.flag)
                           for w in words)
                    or qualifier[0] in self.numerals and not is_region(qualifier))  # 5个, not 九龙

    def place_dropped_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """数字经济产业园 for 万州数字经济产业园: a name without the place it starts with is a mention of the one zone
        so named, when what is left is a qualifier and a suffix (not the bare suffix: 工业园区 of 苏州工业园区), stands
        outside any name, and follows no title or collective word (全市数字经济产业园)."""
        rests: dict[str, ZoneMention] = {}
        for m in found:
            # a short form written for a longer name (前海合作区 for 前海深港现代服务业合作区) has no qualifier of its own
            own = m.place and m.name.startswith(m.place) and m.name.startswith(m.proper)
            rest = m.name[len(m.place):] if own else ""
            qualifier = rest[: len(rest) - len(m.name) + len(m.proper)] if rest else ""
            # 医药食品产业园 for 宜春经开区医药食品产业园: a park named after its host zone's short form is written
            # without the host too
            host = self.suffixes.match(rest) if rest else None
            if host and len(qualifier) - host.end() >= 2:
                rest, qualifier = rest[host.end():], qualifier[host.end():]
            if (len(qualifier) >= 2 and HAN_WORD.fullmatch(rest) and not qualifier.startswith(tuple(self.infixes))
                    and self._plain_qualifier(qualifier)
                    and (not self._proper_part(qualifier) or self._closed_with_place(m))):
                rests[rest] = m
        before = tuple(self.titles | set(self.lex.zone_collective) | self.stopwords_before_names)
        out = []
        for rest, owner in rests.items():
            if len({(self._key(m.proper), m.family) for m in found if m.name.endswith(rest) and m.name != rest}) > 1:
                continue  # two zones share the rest (滨海数字经济产业园, 江北数字经济产业园): which one is unknown
            family, proper, place = owner.family, owner.proper, owner.place
            for occurrence in patterns.compile(regex.escape(rest)).finditer(text):
                a, b = occurrence.span()
                if any(f.start < b and a < f.end for f in found) or text[:a].endswith(before) \
                        or self._after_industry(text, a):
                    continue
                out.append(ZoneMention(a, b, rest, proper, family, place, True))
        return out

    def _after_industry(self, text: str, start: int) -> bool:
        """Whether a trade ends right before `start`: 陶瓷|新材料产业园 is another park's name, no mention of the
        新材料产业园 the text named with its place."""
        head = HAN_TAIL.search(text, max(0, start - 4), start)
        if not head:
            return False
        words = list(self.pos.cut(head.group()))
        return len(words[-1].word) >= 2 and self._industry_qualifier(words[-1].word)

    def park_short_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """碳纤维园 for 吉林碳纤维产业园, 精化园 for 吉林精细化工产业园, 上库园 for 上库石化产业园: a park's qualifier (its
        proper part without its place) and 园, or of a four-character qualifier the first characters of its two words
        or its first word, or its place, and 园, written outside any name and after no title or collective word, when
        no other zone shortens so."""
        owners: dict[str, set] = {}
        by_short: dict[str, ZoneMention] = {}
        for m in found:
            if not m.name.endswith(tuple(self.lex.zone_short_park_suffixes)):
                continue
            # a region word (南部科学工业园区) is no place the qualifier can do without: 科学园 is every science park
            placed = m.place and m.proper.startswith(m.place) and m.place not in self.region_words
            qualifier = m.proper[len(m.place):] if placed else m.proper
            if len(qualifier) < 2 or not HAN_WORD.fullmatch(qualifier):
                continue
            forms = [qualifier + "园"] + ([qualifier[0] + qualifier[2] + "园", qualifier[:2] + "园"]
                                          if len(qualifier) == 4 else [])
            if placed:
                forms.append(m.place + "园")  # 上库园 for 上库石化产业园: its place, when no other park has it
            for short in forms:
                owners.setdefault(short, set()).add((self._key(m.proper), m.family))
                by_short[short] = m
        before = tuple(self.titles | set(self.lex.zone_collective) | self.stopwords_before_short_forms)
        out = []
        for short, keys in owners.items():
            if len(keys) > 1:
                continue  # two parks shorten alike: which one is unknown
            owner = by_short[short]
            for occurrence in patterns.compile(regex.escape(short)).finditer(text):
                a, b = occurrence.span()
                if any(f.start < b and a < f.end for f in found) or text[:a].endswith(before):
                    continue
                out.append(ZoneMention(a, b, short, owner.proper, owner.family, owner.place, owner.proper_led))
        return out

    def bare_short_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """经开区, 综保区, 新区: the word a text uses for its one zone of that kind (万州经济技术开发区) is a mention
        of that zone wherever it stands alone: not inside a name or a longer zone word (高新区), not after a title
        or a collective word (国家级经开区, 各经开区)."""
        out = []
        before = tuple(self.titles | set(self.lex.zone_collective))
        longer = set(self.lex.zone_suffixes) | set(self.lex.zone_bare_words)
        owners_by_word = {word: {(self._key(m.proper), m.family): m for m in found if m.name.endswith(tuple(forms))
                                 and not self._ends_with_longer_word(m.name, word, longer)}
                          for word, forms in self.lex.zone_bare_short_forms.items()}
        for word in self.lex.zone_defined_bare_words:
            owners_by_word[word] = {(self._key(m.proper), m.family): m for m in found
                                    if self.defined_short_form(text, m).endswith(word)}
        for word, owners in owners_by_word.items():
            if len(owners) != 1:
                continue
            owner = next(iter(owners.values()))
            for occurrence in patterns.compile(regex.escape(word)).finditer(text):
                a, b = occurrence.span()
                if any(f.start < b and a < f.end for f in found) or text[:a].endswith(before):
                    continue
                if self.blocked(text, occurrence) or self.names_company(text, b):
                    continue  # part of a longer word: 经开区块, a block of a free trade zone; 新区化工园区开发建设有限公司
                if any(text[a - k:b] in longer for k in range(1, 4) if a >= k):
                    continue
                out.append(ZoneMention(a, b, word, owner.proper, owner.family, owner.place, owner.proper_led))
        return out

    @staticmethod
    def _ends_with_longer_word(name: str, word: str, longer: set[str]) -> bool:
        """Whether a name ends with a longer zone word that holds `word` at its end (高新区 holds 新区): a bare 新区
        is no short form of a 高新区, so 哈尔滨高新区 does not compete with 哈尔滨新区 for it."""
        return any(len(w) > len(word) and w.endswith(word) and name.endswith(w) for w in longer)

    def counts_projects(self, text: str, mention: ZoneMention) -> bool:
        """Whether the projects after the zone's name are counted (易门工业园区项目35个、总投资520亿元): the zone's
        projects, so its clause is about the zone, unlike a park named as a project (汇融物流园区项目)."""
        return bool(PROJECTS_COUNTED.match(text, mention.end))

    def compared(self, text: str, mention: ZoneMention) -> bool:
        """Whether the zone is named as what the text measures something against (跟上海的洋山特殊综合保税区比,):
        an opener before it in its clause and a closer right after it ending the clause."""
        if not (self.comparison_opener and self.comparison_closer.match(text, mention.end)):
            return False
        return bool(self.comparison_opener.search(text, clause_start(text, mention.start), mention.start))

    def partner_short_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """东莞(韶关)园 for 东莞(韶关)产业转移工业园: a paired park's two places and its last character, written outside
        any name, are a mention of the one park so named."""
        owners: dict[str, list[ZoneMention]] = {}
        for m in found:
            close = m.name.find(")")
            if m.name.find("(") > 0 and 0 < close < len(m.name) - 2:
                owners.setdefault(m.name[:close + 1] + m.name[-1], []).append(m)
        out = []
        for short, ms in owners.items():
            if len({m.name for m in ms}) != 1:
                continue
            owner = ms[0]
            for occurrence in patterns.compile(regex.escape(short)).finditer(text):
                a, b = occurrence.span()
                if not any(f.start < b and a < f.end for f in found + out):
                    out.append(ZoneMention(a, b, short, owner.proper, owner.family, owner.place, owner.proper_led))
        return out

    def place_short_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """中关村示范区 for 中关村国家自主创新示范区: a zone's place (or the proper noun leading its name) and a
        place_short_words word the zone's name ends with, written outside any name, is a mention of the one zone so
        named."""
        owners: dict[str, set] = {}
        by_short: dict[str, ZoneMention] = {}
        for m in found:
            # the place, or the proper noun leading the name (杨凌, which jieba tags a person's name)
            lead = m.place or (next(iter(self.pos.cut(m.proper))).word if m.proper_led and m.proper else None)
            if not lead or len(lead) < 2 or not m.name.startswith(lead):
                continue
            for word in self.lex.zone_place_short_words:
                if m.name.endswith(word) and m.name != lead + word:
                    owners.setdefault(lead + word, set()).add((self._key(m.proper), m.family))
                    by_short[lead + word] = m
        out = []
        for short, keys in owners.items():
            if len(keys) > 1:
                continue  # two zones of the place end so: which one is unknown
            owner = by_short[short]
            for occurrence in patterns.compile(regex.escape(short)).finditer(text):
                a, b = occurrence.span()
                if not any(f.start < b and a < f.end for f in found):
                    out.append(ZoneMention(a, b, short, owner.proper, owner.family, owner.place, owner.proper_led))
        return out

    def sub_zone_short_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """青岛片区 for 中国(山东)自由贸易试验区青岛片区, 临港新片区 for …临港新片区: a part's own place and its sub-zone
        suffix, without the zone it is part of, is a mention of that part wherever it stands outside any name (an
        interview's or a report's later paragraphs), when no other part shortens so. Not a word that is no place
        (东部片区)."""
        owners: dict[str, set] = {}
        by_short: dict[str, ZoneMention] = {}
        for m in found:
            if m.family != "sub_zone":
                continue
            suffix = next((x for x in self.lex.zone_sub_suffixes if m.name.endswith(x)), None)
            inner = list(self.inner_suffix.finditer(m.proper)) + list(self.suffixes.finditer(m.proper))
            if not suffix or not inner:
                continue
            own = m.proper[max(i.end() for i in inner):]
            place = next((own[: -len(w)] for w in self.lex.zone_sub_zone_place_followers if own.endswith(w)), own)
            if not place or not (is_region(place) or place in self.localities) or place in self.not_places:
                continue
            short = own + suffix
            if short != m.name:
                owners.setdefault(short, set()).add(self._key(m.proper))
                by_short[short] = m
        out = []
        for short, keys in owners.items():
            if len(keys) > 1:
                continue  # two zones' parts share the place: which one is unknown
            owner = by_short[short]
            for occurrence in patterns.compile(regex.escape(short)).finditer(text):
                a, b = occurrence.span()
                if self.names_company(text, b):
                    continue
                if not any(f.start < b and a < f.end for f in found + out):
                    out.append(ZoneMention(a, b, short, owner.proper, owner.family, owner.place, owner.proper_led))
        return out

    def defined_short_form(self, text: str, mention: ZoneMention) -> str:
        """The short form the text defines right after a zone's name ((以下简称拉萨高新区) → 拉萨高新区), or ''."""
        defined = self.definition_after(text, mention.end)
        return defined["short"] if defined else ""

    def definition_after(self, text: str, end: int) -> regex.Match | None:
        """The short form's definition right after a name ending at `end`, past the quote closing a name the text
        quotes (设立“浙江缙云壶镇经济开发区”(以下简称“缙云开发区”))."""
        return self.defined_short.match(text, end + 1 if text.startswith(("”", "」", '"'), end) else end)

    def table_mentions(self, text: str) -> list[ZoneMention]:
        """稀土应用产业园|15.6平方公里|…: a table row whose first cell is only a qualifier and a zone suffix names a
        park, place or none; every occurrence of that name in the text is then a mention of it."""
        cells = [row["cell"] for row in self.table_row.finditer(text)] if self.table_row else []
        # a comma-separated table names its parks in a column of their own (序号,开发区名称,… over
        # 18,眉山经济开发区新区,…): a cell of Han characters only that ends with a zone suffix
        cells += [c for fields in csv_rows(text).values() for _, _, c in fields if HAN_WORD.fullmatch(c)]
        # so does a row split by a separator after a number column (6|无为经济开发区|82.7|…, 9 | S341009 | 无为经济开发区 |):
        # any cell of Han characters only, as a place that is a common word (无为) is no place in running text
        # (not a page's menu, 首页 | 走进开发区 | 新闻动态: a table's row holds figures)
        rows = [self.table_separator.split(row.group()) for row in self.table_line.finditer(text)] \
            if self.table_line else []
        cells += [c.strip() for row in rows if any(NUMBER_CELL.fullmatch(c.strip()) for c in row)
                  for c in row if HAN_WORD.fullmatch(c.strip())]
        names: dict[str, tuple[str, str]] = {}
        for cell in cells:
            suffix = self.item_suffix.search(cell)
            if not suffix or suffix.start() < 2:
                continue
            words = list(self.pos.cut(cell[: suffix.start()]))
            # a word joining two others cannot open a cell, which joins nothing: there it starts the name (和发产业园区)
            if any((w.word in self.stopwords and not (i == 0 and w.word in CELL_OPENING_JOINERS))
                   or w.word in self.lex.zone_collective for i, w in enumerate(words)):
                continue  # 其他园区, 全区: not a park's name
            names[cell] = (cell[: suffix.start()], self.lex.zone_suffixes[suffix.group()])
        out = []
        for name, (proper, family) in names.items():
            for occurrence in patterns.compile(regex.escape(name)).finditer(text):
                out.append(ZoneMention(occurrence.start(), occurrence.end(), name, proper, family, None, True))
        return out

    def suffix_mentions(self, text: str) -> list[ZoneMention]:
        found = []
        previous_end = 0
        for m in self.suffixes.finditer(text):
            if self.blocked(text, m):
                if found and found[-1].end == previous_end and self.company_after(text, previous_end, m):
                    found.pop()  # 兰州新区化工园区开发建设有限公司: a company named after its park, 兰州新区 included
                continue
            clause = clause_start(text, m.start())
            lo = max(clause, m.start() - MAX_LEFT, previous_end)
            parent = found[-1] if found and found[-1].end == previous_end == lo else None
            previous_end = m.end()
            paired = self._place_pair_start(text, lo, m)
            if paired is not None:  # 合蚌共建产业园: the two places building it lead the name
                found.append(ZoneMention(paired, m.end(), text[paired:m.end()], text[paired:m.start()],
                                         self.lex.zone_suffixes[m.group()], None, True))
                continue
            if self.lex.zone_suffixes[m.group()] in self.lex.zone_nation_led_families:
                led = self._nation_led(text, lo, m.start())
                if led is not None:
                    found.append(ZoneMention(led, m.end(), text[led:m.end()], text[led:m.start()],
                                             self.lex.zone_suffixes[m.group()], None, True))
                continue  # 广州开发区合作园区, 中新合作园区: a zone's or the nations' parks of that kind
            sub = self._sub_park(text, parent, m) if parent else None
            if sub:
                found[-1] = sub
                continue
            if m.group() in self.lex.zone_hosted_only_suffixes:
                continue  # 在岭北镇建设农产品加工园: a park named so only after its host zone
            bracketed = self._bracketed(text, clause, m)
            if bracketed:
                found.append(self._sub_zone(text, bracketed) or bracketed)
                previous_end = found[-1].end
                continue
            family = self.lex.zone_suffixes[m.group()]
            censored = self.censored.search(text, lo, m.start())
            if censored:  # *产业集聚区: zones() keeps it only as the short form of a censored name
                found.append(ZoneMention(censored.start(), m.end(), text[censored.start():m.end()],
                                         censored.group(), family, None, False))
                continue
            dashed = self._dash_led(text[lo:m.start()])
            if dashed and m.group() in self.lex.zone_agreement_area_suffixes and self._partner_alone(dashed[0]):
                continue  # 中国—东盟自贸区: a trade agreement's area
            part = dashed or self._proper_part(text[lo:m.start()])
            partner = self._partner_part(text[lo:m.start()])
            if partner and (part is None or len(partner) > len(part[0])):
                part = (partner, None, True)
            if part is None and self.lex.zone_suffixes[m.group()] in self.lex.zone_nation_pair_families:
                part = self._nations_alone(text, lo, m.start())
            if part is None:
                part = self._town_and_industry(text[lo:m.start()])
            if part is None:
                part = self._town_named_with_mark(text, lo, m.start())
            if part is None:
                continue
            proper, place, proper_led = part
            if not self._allowed(proper, family):
                previous_end = lo  # 松山新区, 浦东新区: a city's district, not a zone
                continue
            if proper in self.region_words or self._counted(proper):
                continue  # 南部科学园区管理局, 续居三大科学园区: a direction alone, or a count of zones, names none
            if family in self.lex.zone_city_place_families and not self._city_and_place(proper, place):
                continue  # 兰州经济区, 北部湾经济区: a region of several places, not a zone
            if self._province_part(proper) and (m.group() in self.lex.zone_bare_words or
                                                family in self.place_required and proper not in self.localities):
                continue  # 皖北开发区: the zones of a part of a province together; 陕北能源化工基地: a family that needs a
                # place has none in a part of a province, which spans several cities (宁东, a town, is a locality)
            if (names_province(proper) and not is_municipality(proper)
                    and m.group() in self.lex.zone_province_collective_words):
                continue  # 广西开发区, 海南开发区 (海南 is a prefecture's short form too): the province's zones together
            if proper in self.lex.zone_whole_area_words and m.group() in self.lex.zone_province_collective_words:
                continue  # 全州开发区: all the zones of an autonomous prefecture (not 全州工业集中区, a county's zone)
            if proper in self.lex.zone_multi_place_regions:
                continue  # 大湾区产业园区, 长三角开发区: a region's zones together (not 大湾区国际科创产业园)
            start = m.start() - len(proper)
            if self._after_dashed_city(text, lo, start, place):
                continue  # 衡阳—永州—郴州承接产业转移示范区: several cities' zone, not 郴州's
            if family in self.place_required and self._aspired(text, clause, start):
                continue
            # 中|马|柔佛绿色科技产业园: the nations lead a name opened by a foreign place jieba takes for a name too
            nation = self._nation_before(text, lo, start) if place or proper_led else None
            if nation:  # 中马钦州产业园区: the partner nations lead the name
                proper, start = nation + proper, start - len(nation)
            elif self._partner_before_nation(text, lo, start, proper):
                proper, start = text[start - 1] + proper, start - 1  # 马|中关|丹产业园 is 马中关丹产业园
            elif self._collective(proper, m.group()) or self._city_industry_parks(proper, place, m.group()):
                continue
            county = self._county_after_prefecture_mark(proper, place)
            if county:  # 黔南州|都匀经济开发区: the prefecture locates the county's zone, outside its name
                start, proper, place = start + len(place), proper[len(place):], county
            found.append(ZoneMention(start, m.end(), text[start:m.end()], proper, family, place, proper_led))
            sub = self._sub_zone(text, found[-1])
            if sub:
                found[-1] = sub
                previous_end = sub.end
        return found

    @staticmethod
    def _prefecture_written(place: str) -> bool:
        """泉州市, 黔西南州: a prefecture-level city written with its 市, or an autonomous prefecture's short form with
        its 州 (黔西南州 for 黔西南布依族苗族自治州); not a city whose name ends in 州 (苏州)."""
        if not is_prefecture(place):
            return False
        return place.endswith("市") or place.endswith(PREFECTURE_MARK) and all(
            r.name.endswith(AUTONOMOUS_PREFECTURE) and r.name != place for r in regions()[place])

    @staticmethod
    def _county_after_prefecture_mark(proper: str, place: str | None) -> str | None:
        """都匀 of 黔南州都匀: the county right after an autonomous prefecture's short form written with 州 (黔南州 for
        黔南布依族苗族自治州), a locator before the county's zone, or None. A prefecture named so in full or a city whose
        name ends in 州 (湖州莫干山) is part of the name, and so is a town after the prefecture (海北州西海工业园)."""
        if not place or not place.endswith(PREFECTURE_MARK) or not any(
                r.name.endswith(AUTONOMOUS_PREFECTURE) and r.name != place for r in regions().get(place, [])):
            return None
        rest = proper[len(place):]
        return next((rest[:size] for size in range(MAX_PLACE_CHARS, 1, -1)
                     if len(rest) >= size and county_of(rest[:size], place)), None)

    def _place_pair_start(self, text: str, lo: int, m: regex.Match) -> int | None:
        """Where a park's name led by two places' first characters starts (合蚌 of 合蚌共建产业园, 衢永 of 衢永合作园), or
        None. The pair is no word jieba knows (双方, 全市 are), and the text writes each place elsewhere as a place
        of its own (合肥…蚌埠…), so the characters stand for them."""
        if self.place_pair is None or self.lex.zone_suffixes[m.group()] not in self.place_pair_families:
            return None
        pair = self.place_pair.search(text, lo, m.start())
        if not pair:
            return None
        first, second = pair["pair"]
        if (first == second or first in GLUE_STOPS or second in GLUE_STOPS
                or pair["pair"] in self.pos.tokenizer.FREQ):
            return None
        start = pair.start()
        if not (self._place_written(text, first, start) and self._place_written(text, second, start)):
            return None
        return self._city_before_pair(text, lo, start, pair["pair"])

    @staticmethod
    def _city_before_pair(text: str, lo: int, start: int, pair: str) -> int:
        """Where the name starts when one of the pair's own cities stands right before it (银川 of 银川苏银产业园): a
        city before a zone's name stays in it (GUIDE round 46g, decision 9). A province (江苏苏银…) or a place that is
        none of the pair's (在苏银…) stays out."""
        for size in range(MAX_PLACE_CHARS, 1, -1):
            at = start - size
            city = text[at:start]
            if at >= lo and city[0] in pair and place_words(city) == [(0, size)] and not is_province(city):
                return at
        return start

    def _place_written(self, text: str, initial: str, pair_start: int) -> bool:
        """Whether the text writes, outside the pair at pair_start, a place of two or three characters opening with
        `initial`: a province's or city's name (合肥, which jieba tags a noun) or one jieba tags as a place (湘阴; not
        合作, a county-level city's name but a common word)."""
        at = text.find(initial)
        while at >= 0:
            if at not in (pair_start, pair_start + 1):
                for size in (2, 3):
                    word = text[at:at + size]
                    cut = self.pos.cut(word)
                    if place_words(word) == [(0, size)] or len(cut) == 1 and cut[0].flag == "ns" and is_region(word):
                        return True
            at = text.find(initial, at + 1)
        return False

    def _town_and_industry(self, left: str) -> tuple[str, str | None, bool] | None:
        """大周|再生金属, 采育|智能装备, 佛山|乐从|家具: a park named by its town and its industry (大周再生金属产业园). The
        industry is one the industries lexicon knows, ending where the suffix starts; before it, a town's name of two or
        three characters that jieba knows as no common word (大周 0, 采育 8) and that starts a word, perhaps led by its
        city (佛山). The town alone is no place to jieba, which cuts it into words that end the name (乐|从)."""
        industry = next((left[i:] for i in range(max(0, len(left) - MAX_INDUSTRY_CHARS), len(left) - 1)
                         if left[i:] in self.lex.industries), None)
        if not industry:
            return None
        head = left[:len(left) - len(industry)]
        starts, offset = set(), 0
        words = [(w.word, w.flag) for w in self.pos.cut(head)]
        for w, _ in words:
            starts.add(offset)
            offset += len(w)
        for size in range(MAX_TOWN_CHARS, MIN_TOWN_CHARS - 1, -1):
            town = head[-size:]
            if not (len(head) - size in starts and HAN_WORD.fullmatch(town) and self._rare_name(town)):
                continue
            pieces = words[len(words_before(words, len(head) - size)):]
            # 将|建设, 要|完成, 共|认定: an adverb or a verb and a common word are the clause, not a name jieba lacks;
            # 园区|内|硼化工: a word that cannot start a name (a stopword) starts no town either
            if any(len(w) > 1 and not self._rare_name(w) for w, _ in pieces) or pieces[0][0] in self.stopwords or \
                    len(pieces[0][0]) == 1 and pieces[0][1] in BOUNDARY_TAGS | {"v"}:
                continue
            city = words_before(words, len(head) - size)[-1:]
            place = city[0][0] if city and self._is_place(*city[0]) and not is_province(city[0][0]) else None
            # a function character inside the town (乐从) reads as one only after its city (佛山乐从)
            if place or not any(c in GLUE_STOPS for c in town):
                return (place or "") + town + industry, place, True
        return None

    def _town_named_with_mark(self, text: str, lo: int, end: int) -> tuple[str, str, bool] | None:
        """乌斯太 of 乌斯太化工园区, where the text writes 阿拉善左旗乌斯太镇: a town the place data lacks and jieba cuts into
        a place and an adverb (乌斯|太) names the park right before the suffix when the text names it elsewhere with its
        mark (镇, 乡). The town is two or three characters starting a word of its clause, rare or unknown to jieba (not
        推进 of 推进乡村振兴), with no stopword, and no common word with the mark (小镇, 乡镇)."""
        clause = clause_start(text, end)
        starts, offset = set(), max(lo, clause)
        for w in self.pos.cut(text[offset:end]):
            starts.add(offset)
            offset += len(w.word)
        for size in range(MAX_TOWN_CHARS, MIN_TOWN_CHARS - 1, -1):
            start = end - size
            town = text[start:end]
            if start not in starts or not HAN_WORD.fullmatch(town) or not self._rare_name(town) or \
                    any(c in self.stopwords for c in town):
                continue
            if any(town + mark in text and town[-1] + mark not in self.lex.zone_not_town_words
                   for mark in self.town_marks):
                return town, town, True
        return None

    def _rare_name(self, word: str) -> bool:
        """A word that can be a place's name jieba lacks: rare or unknown to its dictionary (大周, 采育), neither a
        stopword nor an industry (新能源 is rare to jieba too), nor led by a function character."""
        return (self.pos.tokenizer.FREQ.get(word, 0) < RARE_WORD_COUNT and word not in self.stopwords
                and word not in self.lex.industries and word[0] not in GLUE_STOPS)

    def _nation_led(self, text: str, lo: int, end: int) -> int | None:
        """Where a name led by China and its partners and a theme starts (中德|中小企业 before 合作园), or None: the
        nations must start a word (not 其中|德…) and the theme hold no word that cannot stand inside a name."""
        m = self.nations_and_theme.search(text, lo, end) if self.nations_and_theme else None
        if not m or not self._plain_qualifier(m["theme"]):
            return None
        head = text[max(lo, m.start() - 4):end]
        starts, offset = set(), 0
        for w in self.pos.cut(head):
            starts.add(offset)
            offset += len(w.word)
        return m.start() if len(head) - (end - m.start()) in starts else None

    def _aspired(self, text: str, clause: int, start: int) -> bool:
        """…打造成为鄂东重要的临港产业基地: a name right after 的 whose clause made something into it earlier (an
        aspiration verb) describes the aim, even with a place in it."""
        return text.endswith("的", 0, start) and \
            any(text.find(v, clause, start) >= 0 for v in self.lex.zone_aspiration_verbs)

    @staticmethod
    def _city_and_place(proper: str, place: str | None) -> bool:
        """大连花园口, 天津临港: a prefecture-level city or a municipality and more after it (a place of the city's)
        lead the name."""
        return bool(place) and (is_prefecture(place) or is_municipality(place)) and len(proper) > len(place)

    def _collective(self, place: str, suffix: str) -> bool:
        """A city or district and a bare zone word that speak of its zones or parks together."""
        if is_prefecture(place) and suffix in self.city_collective:
            return True  # 鹤壁市产业集聚区, 南宁产业园区: the city's zones together
        if self._prefecture_written(place) and suffix in self.city_written_collective:
            return True  # 泉州市工业园区, 黔西南州开发区: the prefecture's parks together (苏州工业园区 is one park)
        return is_district(place) and suffix in self.district_collective  # 嘉定区产业园区

    def _city_industry_parks(self, proper: str, place: str | None, suffix: str) -> bool:
        """北京市数字经济产业园区: a prefecture-level city written with its 市, an industry and a plural park word
        speak of the city's parks of that industry together, not of one park."""
        city = bool(place) and (is_prefecture(place) or is_municipality(place)) and place.endswith("市")
        return (city and proper.startswith(place) and suffix in self.city_written_industry_collective
                and proper[len(place):] in self.lex.industries)

    @staticmethod
    def _city_of_zones(place: str | None, mentions: list[ZoneMention]) -> bool:
        """A prefecture-level city two or more zones of the text are named after (拉萨经济技术开发区, 拉萨高新区): its
        bare 园区 speaks of them together."""
        if not place or not is_prefecture(place):
            return False
        named = {(m.proper, m.family) for m in mentions if m.family != "place_park" and m.proper.startswith(place)}
        return len({family for _, family in named}) >= 2

    @staticmethod
    def _county_of_zones(mention: ZoneMention, mentions: list[ZoneMention]) -> bool:
        """东明县园区: a county written with its 县 and the bare 园区, where the text names two zones or more after the
        county (东明石化产业园, 东明县新能源装备产业园): the county's parks together."""
        place = mention.place
        if mention.family != "place_park" or not place or not place.endswith("县") or len(place) < 3:
            return False
        county = place[:-1]
        named = {m.proper for m in mentions if m.family != "place_park" and county in m.proper}
        return len(named) >= 2

    @staticmethod
    def _city_written(place: str | None) -> bool:
        """南昌市: a prefecture-level city written with its 市."""
        return bool(place) and is_prefecture(place) and place.endswith("市")

    def _place_before(self, text: str, end: int) -> str | None:
        """The longest place name (not a province) that ends at text[end]."""
        for size in range(MAX_PLACE_CHARS, 1, -1):
            word = text[max(0, end - size):end]
            if len(word) == size and HAN_WORD.fullmatch(word) and self._is_place(word, "") and not is_province(word):
                return word
        return None

    def sub_parks_after_defined_short_forms(self, found: list[ZoneMention],
                                            defined: list[ZoneMention]) -> list[ZoneMention]:
        """中部科学工业园区(以下简称中科)…中科台中园区: a park named by its place (台中园区) right after a short form
        the text defines for the zone it is part of is named with that short form, as the text names things in its
        own terms; written alone, the place's park is its alias. The short form there is part of the name, no
        mention of the zone. A short form the text does not define (竹科宜兰园区 in a page that writes 竹科 as
        common knowledge) leaves the place's park its name."""
        by_end = {m.end: m for m in defined}
        joined, out = set(), []
        for m in found:
            head = by_end.get(m.start) if m.family == "place_park" else None
            if head is None:
                continue
            joined |= {id(head), id(m)}
            out.append(ZoneMention(head.start, m.end, head.name + m.name, m.proper, m.family, m.place, m.proper_led))
        return [m for m in found if id(m) not in joined] + out

    def place_park_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """台南园区, 竹南园区: a place_parks word (园区) right after a place names a park; after anything else it is
        the bare word."""
        if self.place_parks is None:
            return []
        out = []
        for m in self.place_parks.finditer(text):
            if any(f.start <= m.start() < f.end for f in found) or self.blocked(text, m):
                continue  # part of a longer suffix (工业园区) or word (园区块)
            place = self._place_before(text, m.start())
            if place in self.region_words:
                continue  # 成都高新区南部园区: a direction (南部 is also a county) names a part of the zone before it
            if place and is_district(place) and m.group() in self.district_collective:
                continue  # 滨海新区园区体系成熟: a city's district written with its 区 speaks of its parks together
            if place:
                start = m.start() - len(place)
                # 河套深圳园区: a locality a zone is named after (河套深港科技创新合作区) before the place leads the park's
                # full name; the place's 园区 alone (深圳园区) stays its short form
                start -= max((len(w) for w in self.lex.zone_localities if text.endswith(w, 0, start)), default=0)
                # 黄石新港园区: the place's city before it leads the name too (a prefecture, not a county's town)
                city = self._place_before(text, start)
                start -= len(city) if city and is_prefecture(city) and short_form(city) != short_form(place) else 0
                # only the place's 园区 shortens its parks' names: another place_parks word names a park of its own
                family = "place_park" if m.group() == self.lex.zone_place_parks[0] else "place_park_" + m.group()
                out.append(ZoneMention(start, m.end(), text[start:m.end()], place, family, place, False))
        return out

    def qualified_place_park_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """屏东农业生物技术园区, 中兴新村高等研究园区, 海南州生态太阳能发电园区: a place, a qualifier and 园区 name a park
        as a place and 园区 do (place_park_mentions). The name must start with its place: a qualifier alone before
        园区 (重点园区, 光电园区) is a kind of park."""
        if self.place_parks is None:
            return []
        word = self.lex.zone_place_parks[0]
        out = []
        for m in patterns.compile(regex.escape(word)).finditer(text):
            if any(f.start <= m.start() < f.end for f in found) or self.blocked(text, m):
                continue
            if self._suffix_ending_at(text, m.end()):
                continue  # 工业园区, 科学园区: a suffix of its own, its rules (a city's 工业园区 are its parks together)
            left = text[max(clause_start(text, m.start()), m.start() - MAX_LEFT):m.start()]
            part = self._proper_part(left)
            if part is None or part[1] is None or not part[0].startswith(part[1]):
                continue  # no place
            proper = part[0]
            qualifier = proper[len(part[1]):]
            if len(qualifier) < MIN_PARK_QUALIFIER or self.inner_suffix.search(proper):
                continue  # 马来西亚中资园区, 中新合作园区: a kind of parks; 广州开发区合作园区: the zone's parks
            start = m.start() - len(proper)
            out.append(ZoneMention(start, m.end(), text[start:m.end()], proper, "place_park", part[1], part[2]))
        return out

    def part_list_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """谦比希园区, 城东园区: the items of a list of a zone's parts (…合作区…包括谦比希园区和卢萨卡园区两部分), each a name
        and 园区, are parks, and so is each later occurrence of such a name. Every item must read as a name: a
        generic word before 园区 (包括工业园区和物流园区) makes the list one of kinds, and none of it is taken."""
        if self.part_list is None:
            return []
        word = self.lex.zone_place_parks[0]
        ends = {f.end for f in found}
        names: list[str] = []
        for m in self.part_list.finditer(text):
            items, end = [], m.start("items")
            for item in PART_LIST_JOINERS.split(m["items"]):
                end = text.index(item, end) + len(item)
                items.append((item, end))
            # an item with a suffix of its own is a zone found already, with its proper part
            if all(end in ends if not item.endswith(word) else self._part_name(item[: -len(word)])
                   for item, end in items):
                names += [item for item, end in items if item.endswith(word) and end not in ends and item not in names]
        out: list[ZoneMention] = []
        for name in names:
            for occurrence in patterns.compile(regex.escape(name)).finditer(text):
                a, b = occurrence.span()
                if not any(f.start < b and a < f.end for f in found + out):
                    out.append(ZoneMention(a, b, name, name[: -len(word)], "place_park", None, True))
        return out

    def part_hosts(self, text: str, mentions: list[tuple[int, int, str]]) -> dict[str, str]:
        """{part: host} for each zone named in a list of parts (part_list_mentions) and the zone named last before the
        list in its sentence (赞比亚中国经济贸易合作区…包括谦比希园区和卢萨卡园区两部分): the parts are the host's own."""
        out = self._hosted_parks(text, mentions)
        if self.part_list is None:
            return out
        for m in self.part_list.finditer(text):
            sentence = max((b.end() for b in SENTENCE_BREAK.finditer(text, max(0, m.start() - 4 * MAX_LEFT),
                                                                    m.start())), default=0)
            before = [z for s, e, z in sorted(mentions) if sentence <= s and e <= m.start()]
            if not before:
                continue
            word = self.lex.zone_place_parks[0]
            for s, e, z in mentions:  # the parts the list names with 园区, as part_list_mentions took them
                if (m.start("items") <= s and e <= m.end("items") and z != before[-1] and z == text[s:e]
                        and z.endswith(word) and self._part_name(z[: -len(word)])):
                    out[z] = before[-1]
        return out

    def _hosted_parks(self, text: str, mentions: list[tuple[int, int, str]]) -> dict[str, str]:
        """{park: host} for each park named by its industry right after its host and a word of place (吉林经开区的化纤
        产业园, hosted_park_mentions): the park is the host's own, and a sentence naming both is about the host."""
        if self.hosted_park is None:
            return {}
        starts = {(s, z) for s, e, z in mentions}
        out = {}
        for s, e, z in mentions:
            m = self.hosted_park.match(text, e)
            if m and (m.start("name"), m["name"]) in starts and m["name"] != z and self._industry_qualifier(m["q"]):
                out[m["name"]] = z
        return out

    def _part_name(self, head: str) -> bool:
        """A part's name before 园区: not a stopword, a direction, an industry or a generic qualifier (工业, 物流)."""
        return not (head in self.stopwords or head in self.region_words or head in self.lex.industries
                    or self.generic_qualifiers.fullmatch(head) or self.suffixes.search(head)
                    or any(c in GLUE_STOPS for c in head))

    def _suffix_ending_at(self, text: str, end: int) -> bool:
        """A zone suffix longer than 园区 ends at text[end] (工业园区, 产业园区, 科学园区)."""
        return any(text.endswith(s, 0, end) for s in self.lex.zone_suffixes if len(s) > 2)

    def inner_word_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """中医药产业园 for 粤澳合作中医药科技产业园: a qualifier and a suffix, written outside any name, whose
        qualifier is a word inside the proper part of exactly one zone with that suffix, is a short form of it."""
        out = []
        for m in self.suffixes.finditer(text):
            if self.blocked(text, m) or any(f.start < m.end() and m.start() < f.end for f in found + out):
                continue
            words = list(self.pos.cut(text[max(clause_start(text, m.start()), m.start() - MAX_LEFT):m.start()]))
            if not words or len(words[-1].word) < 2 or not HAN_WORD.fullmatch(words[-1].word):
                continue
            word = words[-1].word
            if len(words) > 1 and not (words[-2].flag in BOUNDARY_TAGS or words[-2].word in self.stopwords):
                continue  # 全市数字经济产业园: the word is the end of a longer qualifier, not the start of a name
            owners = {(self._key(f.proper), f.family): f for f in found
                      if f.name.endswith(m.group()) and word in f.proper[1:] and f.proper != word}
            if len(owners) != 1 or word in self.stopwords or is_region(word):
                continue
            owner = next(iter(owners.values()))
            start = m.start() - len(word)
            if text[start:m.end()] in self.lex.zone_kind_names:
                continue  # 境外经贸合作区: the kind, not 泰达's short form
            if text[:start].endswith(tuple(self.titles | set(self.lex.zone_collective))):
                continue
            out.append(ZoneMention(start, m.end(), text[start:m.end()], owner.proper, owner.family, owner.place,
                                   owner.proper_led))
        return out

    def names_company(self, text: str, end: int) -> bool:
        """A zone's name written again, or its short form, that a suffix blocker follows at `end` names a company
        after the zone (牡丹江经开区城市建设投资有限公司), as a full name found so does (suffix_blockers); so does one
        that a park's name and a company's word follow (兰州新区化工园区开发建设有限公司)."""
        if self.blocker.match(text, end):
            return True
        run = HAN_WORD.match(text, end)
        park = self.suffixes.search(text, end, run.end()) if run else None
        return bool(park and self.blocked(text, park) and self.company_after(text, end, park))

    def repeated_mentions(self, text: str, named: list[ZoneMention], found: list[ZoneMention]) -> list[ZoneMention]:
        """A full name (found with its suffix and place or qualifier) is that zone wherever else the text writes
        it, also where the words around it hid it (新建的格桑净土健康孵化园: jieba reads 的格 or a person's name there)."""
        out = []
        for name, owner in {m.name: m for m in named}.items():
            for occurrence in patterns.compile(regex.escape(name)).finditer(text):
                a, b = occurrence.span()
                if self.names_company(text, b):
                    continue
                if not any(f.start < b and a < f.end for f in found + out):
                    out.append(ZoneMention(a, b, name, owner.proper, owner.family, owner.place, owner.proper_led))
        return out

    def heads_phase_item(self, text: str, mention: ZoneMention) -> bool:
        """——西藏数据中心产业园二期:计划总投资18亿元: a list item headed by a park's phase speaks of that park, which
        the phase enlarges (the park is where it is built)."""
        phase = self.phase.match(text, mention.end)
        line_start = text.rfind("\n", 0, mention.start) + 1
        return bool(phase) and text.startswith(":", phase.end()) and \
            not patterns.sub(r"[\s—\-·•●▪*\d.、()一二三四五六七八九十]", "", text[line_start:mention.start])

    def opens_phase_clause(self, text: str, mention: ZoneMention, found: list[ZoneMention]) -> bool:
        """西藏数据中心产业园一期项目总投资十二亿元, …等重点项目,南华光伏产业园二期计划总投资八亿元: a park's phase
        opening its clause, or its host zone's phrase (慈溪高新区的慈溪小家电智造产业园一期工程…), is its subject, and the
        park is where it is built. Not a park named after its host zone (南阳高新区光电产业园二期总投资…: the host's
        project), and not a phase named inside a clause (今年开工…产业园二期: a project in the zone). 其中 opening the
        clause names the phase as a part of what the sentence listed (…引进…等重点项目,其中京东数字经济产业园一期占地
        320亩,总投资26亿元): the phase is still its clause's subject."""
        if not self.phase.match(text, mention.end):
            return False
        # a bullet opening a list item (·福清元洪投资区内的元洪国际食品产业园二期已开工建设) stands before the subject
        before = text[:mention.start].rstrip(" \t\u3000" + ITEM_BULLETS).removesuffix(PART_OPENER)
        host_of = HOST_OF_END.search(before)
        host = host_of and next((m for m in found if m.end == host_of.start()), None)
        if host:
            before = text[:host.start].rstrip(" \t\u3000" + ITEM_BULLETS)
        if before and before[-1] not in "。!?;,:\n":
            return False
        return not self.suffixes.search(mention.name, 0, len(mention.name) - 2)

    def sibling_park_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """生医园区 beside 竹南园区 and 铜锣园区: a place_parks word after a one-word qualifier that is no place names a
        park too when the text names two or more parks so after places and writes this one as the subject opening two
        or more clauses (生医园区完成…; 生医园区规划…). A plan's words (打造一座园区) open no clause."""
        out = []
        for word in self.lex.zone_place_parks:
            placed = {m.place for m in found if m.family in ("place_park", "place_park_" + word)
                      and m.name.endswith(word)}
            if len(placed) < 2:
                continue
            opening = patterns.compile(rf"(?:^|(?<=[\n。;,:!?]))(?P<q>\p{{Han}}{{2,4}}?){word}")
            subjects: dict[str, list[regex.Match]] = {}
            for m in opening.finditer(text):
                if not any(f.start < m.end() and m.start() < f.end for f in found):
                    subjects.setdefault(m["q"], []).append(m)
            for qualifier, occurrences in subjects.items():
                words = list(self.pos.cut(qualifier))
                if (len(occurrences) < 2 or len(words) != 1 or qualifier in self.stopwords | self.titles
                        or qualifier in self.lex.zone_collective
                        or words[0].flag in BOUNDARY_TAGS and qualifier not in self.name_words):
                    continue
                family = "place_park" if word == self.lex.zone_place_parks[0] else "place_park_" + word
                out += [ZoneMention(m.start(), m.end(), m.group(), qualifier, family, None, True)
                        for m in occurrences]
        return out

    def abbreviation_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """南科 for 南部科学工业园区, 竹科 for 新竹科学工业园区: one character of the part before an abbreviated word
        (科学) and that word's first character, written where no blocker follows (中科院 is not 中科)."""
        if self.abbreviated is None:
            return []
        out = []
        for mention in {m.proper: m for m in found}.values():
            m = self.abbreviated.search(mention.proper)
            if not m:
                continue
            word = mention.proper[m.end("head"):]
            for short in dict.fromkeys(ch + word[0] for ch in m["head"]):
                for occurrence in patterns.compile(regex.escape(short)).finditer(text):
                    inside = any(f.start <= occurrence.start() < f.end for f in found)
                    if inside or self.abbreviation_blocker.match(text, occurrence.end()):
                        continue
                    out.append(ZoneMention(occurrence.start(), occurrence.end(), short, mention.proper,
                                           mention.family, mention.place, mention.proper_led))
        return out

    @staticmethod
    def bracketed_abbreviations(text: str, abbreviations: list[ZoneMention],
                                found: list[ZoneMention]) -> list[ZoneMention]:
        """The abbreviations the text defines by writing one in brackets right after its zone's name (南部科学工业园区
        (南科)): every occurrence of such a short form, as a short form the text defines with 简称 is."""
        ends = {(m.end, m.proper) for m in found}
        defined = {a.name for a in abbreviations if text[a.start - 1:a.start] == "(" and text[a.end:a.end + 1] == ")"
                   and (a.start - 1, a.proper) in ends}
        return [a for a in abbreviations if a.name in defined]

    def _sub_zone(self, text: str, parent: ZoneMention) -> ZoneMention | None:
        """安阳高新技术产业集聚区*分区: a part of the zone just named, with a qualifier (written or censored)
        and a sub-zone suffix."""
        m = self.sub_zone.match(text, parent.end)
        if not m or not self._part_is_zone(parent.name, m["suffix"]):
            return None
        qualifier = m["qualifier"]
        if not self.censored.fullmatch(qualifier):
            words = [(w.word, w.flag) for w in self.pos.cut(qualifier)]
            if qualifier[0] in GLUE_STOPS or any(w in self.stopwords or f in BOUNDARY_TAGS for w, f in words):
                return None
        proper = text[parent.start:m.start("suffix")]
        return ZoneMention(parent.start, m.end(), text[parent.start:m.end()], proper, "sub_zone", parent.place,
                           parent.proper_led)

    def _part_is_zone(self, host: str, suffix: str) -> bool:
        """Whether a part of the zone `host` names (…郑州片区) is a zone of its own: a free trade zone's 片区 is, a
        经开区's (银川经济技术开发区宁东片区) is a part of it (sub_suffix_hosts)."""
        hosts = self.lex.zone_sub_suffix_hosts.get(suffix)
        return hosts is None or any(h in host for h in hosts)

    def _sub_park(self, text: str, parent: ZoneMention, m: regex.Match) -> ZoneMention | None:
        """昆山高新区机器人产业园: a park named after the zone right before it, with a qualifier between.
        苏州工业园区综合保税区, 中新天津生态城产业园: a park named by its host's whole name and its own suffix alone."""
        qualifier = text[parent.end:m.start()]
        if not qualifier:
            return self._host_named_park(text, parent, m)
        if not (2 <= len(qualifier) <= self._sub_qualifier_limit(qualifier)
                and patterns.fullmatch(r"\p{Han}+", qualifier)):
            return None
        family = self.lex.zone_suffixes[m.group()]
        if qualifier[0] in GLUE_STOPS or self.project.match(text, m.end()) and family == parent.family:
            # 金山产业集聚区和鹤淇…: two zones; 沁北物流园区公路物流港项目: a facility of the park's own kind, a project in
            # it. A park of another kind named after its host as a project (曲靖经开区冷链物流园项目) is a park the GUIDE
            # counts, named so.
            return None
        if any(w in qualifier for w in self.lex.zone_name_breaking_words):
            return None  # 银川经开区一般指银川经济技术开发区: two names, the line tells one from the other
        words = [(w.word, w.flag) for w in self.pos.cut(qualifier)]
        # 现代 (jieba tags it a time word) is a generic qualifier of its own: 新乡经开区现代物流园; name words (零部件,
        # 创新, 湾) stand inside a name whatever jieba tags them (肇庆高新区新能源汽车零部件产业园, 常熟高新区人才创新产业园,
        # 准东经济技术开发区五彩湾产业园)
        if any(w in self.stopwords or f in BOUNDARY_TAGS and w not in self.lex.zone_generic_qualifiers
               and w not in self.name_words or w in GLUE_STOPS for w, f in words):
            return None
        # 汉川经济开发区新河工业园, 海口高新区药谷工业园, 沧州高新区生物医药产业园: a park first named after its host is
        # named so, whatever its qualifier; its own name written alone before (泾渭新城汽车产业园 … 西安经开区泾渭新城
        # 汽车产业园) stays its name (_own_park_name)
        proper = text[parent.start:m.start()]
        return ZoneMention(parent.start, m.end(), proper + m.group(), proper, family, parent.place, parent.proper_led)

    def _sub_qualifier_limit(self, qualifier: str) -> int:
        """The longest qualifier a park named after its host may have: an industry's name is longer than most
        (玉溪高新区新能源电池材料产业园, 肇庆高新区新能源汽车零部件产业园), so a qualifier opened by one may run to
        MAX_INDUSTRY_CHARS, after the host's part that locates the park, if one leads it."""
        # 吉林高新区北区化工新材料产业园: a part of the host (北区) may lead the industry
        part = next((w for w in self.lex.zone_park_part_leads if qualifier.startswith(w)), "")
        rest = qualifier[len(part):]
        opened = any(rest[:size] in self.lex.industries for size in range(len(rest), 1, -1))
        return len(part) + MAX_INDUSTRY_CHARS if opened else MAX_SUB_QUALIFIER

    def _host_named_park(self, text: str, parent: ZoneMention, m: regex.Match) -> ZoneMention | None:
        """A zone suffix right after a zone's name: a park the State or the host named after the host zone, as
        bonded zones are (大庆高新区综合保税区, 无锡高新区综合保税区), the whole its name. Not a project in the host
        (…产业园项目), nor a closed family's name the host does not end with (眉山经济开发区新区 is no 国家级新区)."""
        family = self.lex.zone_suffixes[m.group()]
        proper = text[parent.start:m.start()]
        if self.project.match(text, m.end()) or not self._allowed(proper, family):
            return None
        return ZoneMention(parent.start, m.end(), proper + m.group(), proper, family, parent.place, parent.proper_led)

    def _bracketed(self, text: str, clause: int, m: regex.Match) -> ZoneMention | None:
        """中山(河源)产业转移工业园: a place, a place in brackets, and a qualifier with no place of its own.
        东莞长安(新区)工业园: a bare zone word in brackets says what else the place's area is (长安新区), inside
        the name."""
        if clause == 0 or text[clause - 1] != ")":
            return None
        bracket = BRACKETED_PLACE.search(text, max(0, clause - 9), clause)
        middle = text[clause:m.start()]
        if not bracket or not patterns.fullmatch(r"\p{Han}{0,6}", middle):
            return None
        if bracket["inner"] in self.lex.zone_bare_words:
            part = self._proper_part(text[max(clause_start(text, bracket.start()), bracket.start() - MAX_LEFT):
                                          bracket.start()])
            if part is None or part[1] is None:
                return None  # 园区(新区)…: only a place's area is so named
            start = bracket.start() - len(part[0])
            proper = text[start:m.start()]
            return ZoneMention(start, m.end(), proper + m.group(), proper, self.lex.zone_suffixes[m.group()],
                               part[1], part[2])
        inner = bracket["inner"]
        if not is_region(inner) and (self.suffixes.search(inner) or
                                     not any(is_region(inner[:size]) for size in range(len(inner) - 1, 1, -1))):
            return None  # a place, or a place leading its county and town (云浮新兴新成), not a short form (太原经开区)
        head = clause_start(text, bracket.start())
        part = self._proper_part(text[max(head, bracket.start() - MAX_LEFT):bracket.start()])
        dashed = self._dash_led(text[max(head, bracket.start() - MAX_LEFT):bracket.start()])
        if dashed:
            part = (dashed[0], bracket["inner"], True)  # 中国—东盟(钦州)华侨产业园
        elif part is None or part[1] is None:
            nation = self._nation_before(text, head, bracket.start())
            if not nation or not self._plain_qualifier(middle):
                return None
            part = (nation, bracket["inner"], True)  # 中德(沈阳)高端装备制造产业园: the place is the bracketed one
        place = part[0]
        start = bracket.start() - len(place)
        # 中国图们江区域(延吉)食品产业园: a nation before the place leads the name, as in 中国(福建)自由贸易试验区
        start -= next((len(n) for n in self.lex.zone_nations if text.endswith(n, head, start)), 0)
        proper = text[start:m.start()]
        return ZoneMention(start, m.end(), proper + m.group(), proper, self.lex.zone_suffixes[m.group()], part[1],
                           part[2])

    def _dash_led(self, left: str) -> tuple[str, str | None, bool] | None:
        """中国—新加坡苏州, 广西—东盟经济技术: the proper part of a name led by a nation or a province, a dash and the
        partner it is built with (a place, a bloc's abbreviation), then a plain qualifier, or None. The dash
        joins the two into one name (中国—新加坡苏州工业园区); a dash between two places alone (丁家—来凤) is no
        such pair."""
        m = DASH_PAIR.search(left)
        if not m:
            return None
        leads = [left[m.start() - n:m.start()] for n in range(2, MAX_LEAD_CHARS + 1) if m.start() >= n]
        lead = next((w for w in leads if w in self.lex.zone_nations or is_province(w)), None)
        paired = self._paired_place_lead(left, m.start()) if lead is None else None
        lead = lead or paired
        if lead is None:
            return None
        words = list(self.pos.cut(m["rest"]))
        partner = words[0]
        # a foreign city after a nation pair's border city is a transliteration jieba tags so (布拉戈维申斯克)
        foreign = bool(paired) and partner.flag == TRANSLITERATION_TAG
        if partner.flag not in PARTNER_TAGS and not self._is_place(partner.word, partner.flag) and not foreign:
            return None
        if not self._plain_qualifier(m["rest"][len(partner.word):]):
            return None
        return lead + m.group(), lead, True

    @staticmethod
    def _after_dashed_city(text: str, lo: int, start: int, place: str | None) -> bool:
        """衡阳—永州—|郴州: a name opened by a prefecture-level city right after a dash and another such city is the
        last of a chain of cities sharing one zone (a province's 承接产业转移示范区 of three cities), which the name cut
        at the dash does not name. Not a nation's or a province's pair (中国—新加坡苏州, read by _dash_led), nor a zone
        and the city it works with (洋浦—儋州: 洋浦 is no city)."""
        if not place or not is_prefecture(place) or start - 1 < lo or text[start - 1] not in DASHES:
            return False
        return any(is_prefecture(text[start - 1 - n:start - 1]) for n in range(2, MAX_LEAD_CHARS + 1)
                   if start - 1 - n >= lo)

    def _partner_alone(self, proper: str) -> bool:
        """中国—东盟: a dash-led proper part whose words after the dash are the partner alone (no place, no
        qualifier)."""
        return len(list(self.pos.cut(DASH_PAIR.search(proper)["rest"]))) == 1

    def _paired_place_lead(self, left: str, dash: int) -> str | None:
        """中俄黑河 of 中俄黑河—布拉戈维申斯克跨境经济合作区: two partner nations and the border city of the first, before
        the dash and the partner's city: the pair makes the two places one cross-border name. So does 中国凭祥 of
        中国凭祥—越南同登跨境经济合作区: China and its border city, before the dash and the partner country's full
        name with its own city."""
        for size in range(MAX_PLACE_CHARS, 1, -1):
            place, pair = left[dash - size:dash], left[dash - size - 2:dash - size]
            if (dash - size - 2 >= 0 and is_region(place) and pair[0] == self.lex.zone_nation_short
                    and pair[1] in self.lex.zone_partner_countries):
                return pair + place
            nation = self._nation_named_before(left, dash - size)
            if nation and is_region(place) and self._partner_country_opens(left[dash + 1:]):
                return nation + place
        return None

    def _nation_named_before(self, left: str, end: int) -> str | None:
        """中国 ending at left[end], or None."""
        return next((n for n in self.lex.zone_nations if end >= len(n) and left[end - len(n):end] == n), None)

    def _partner_country_opens(self, rest: str) -> bool:
        """越南同登…: the words after a dash open with a partner country's full name and go on to more (its city)."""
        return any(rest.startswith(name) and len(rest) > len(name) for name in self.lex.zone_partner_country_names)

    def _nation_before(self, text: str, lo: int, end: int) -> str | None:
        """中国, 中德, 中新: a nation, or it and its partners, ending at text[end] and starting a word there."""
        m = self.nation.search(text, lo, end) if self.nation else None
        if not m:
            return None
        head = text[max(lo, m.start() - 4):end]
        starts, offset = set(), 0
        for w in self.pos.cut(head):
            starts.add(offset)
            offset += len(w.word)
        return m.group() if len(head) - len(m.group()) in starts else None  # not 其中 + 德阳…

    def _nations_alone(self, text: str, lo: int, end: int) -> tuple[str, None, bool] | None:
        """中越跨境经济合作区: China and its partner country alone before a border zone's suffix name the zone the two
        build on their border, with no place of its own (not 中国 alone: 中国自由贸易试验区 is the kind)."""
        nation = self._nation_before(text, lo, end)
        if not nation or nation in self.lex.zone_nations:
            return None
        return nation, None, True

    def _partner_before_nation(self, text: str, lo: int, start: int, proper: str) -> bool:
        """A partner country's short form standing as a word of its own right before a name led by 中: the pair
        written partner first (马中关丹产业园, which jieba cuts 马|中关|丹) leads the name, as 中马 does."""
        if not (proper.startswith(self.lex.zone_nation_short) and len(proper) > 2 and start - 1 >= lo):
            return False
        country = text[start - 1]
        if country not in self.lex.zone_partner_countries or country == self.lex.zone_nation_short:
            return False
        if proper[1] in self.lex.zone_partner_countries:
            return False  # 以|中俄边境合作区: the name holds its pair already, 以 before it is a preposition
        head = text[max(lo, start - 5):start + len(proper)]
        offset, starts = 0, set()
        for w in self.pos.cut(head):
            starts.add(offset)
            offset += len(w.word)
        return {len(head) - len(proper) - 1, len(head) - len(proper)} <= starts

    def _plain_qualifier(self, words: str) -> bool:
        """A qualifier that holds no word that cannot stand inside a name."""
        return not any(w.word in self.stopwords or w.flag in BOUNDARY_TAGS and w.word not in self.name_words
                       for w in self.pos.cut(words))

    def _bracketed_alias(self, text: str, mention: ZoneMention) -> str | None:
        """武汉国家生物产业基地(光谷生物城): a name in brackets right after a zone's name is another name of
        it when it reads as a park's name (a qualifier and a zone suffix or park word), not a place or a part."""
        m = self.bracket_alias.match(text, mention.end)
        if not m or m["close"] == "," and not self._remark_after_alias(text, m.end()):
            return None
        short = m["short"]
        tail = self.item_suffix.search(short) or self.item_tail.search(short)
        # a place and 园区 is the place's park (元江特色农产品加工园区(元江园区)), a place and 区 a part of it
        place_park = short[tail.start():] in self.lex.zone_place_parks if tail else False
        # 山西转型综合改革示范区(山西综改区): a place and the short suffix of the name's own family is its short form
        place_park = place_park or tail and self.lex.zone_suffixes.get(short[tail.start():]) == mention.family
        if not tail or tail.start() < 2 or is_region(short) or is_region(short[: tail.start()]) and not place_park:
            return None
        # the zone's own proper part with another suffix (怀来大数据产业基地(怀来大数据产业园)) is its other name, however
        # jieba tags the place (怀来, a verb to it)
        if short[: tail.start()] != mention.proper and \
                any(w.word in self.stopwords or w.flag in BOUNDARY_TAGS for w in self.pos.cut(short[: tail.start()])):
            return None
        return short

    def _remark_after_alias(self, text: str, start: int) -> bool:
        """(浒关经开区,这个是国家级的,但归高新区管): after the short form and a comma, a remark closing the bracket that
        names no zone; not a list of the zone's parts (…(东区工业园,西区工业园))."""
        close = text.find(")", start, start + MAX_BRACKET_REMARK)
        return close >= 0 and "(" not in text[start:close] and not self._suffix_ending_at(text, close)

    def short_form_mentions(self, text: str, found: list[ZoneMention]) -> list[ZoneMention]:
        """Every occurrence of a short form the text defines for a zone (以下简称“中河园”) or writes in brackets
        after its name (光谷生物城), as a mention of it. A short form read as a name of its own too (光谷生物城) becomes
        a mention of the zone it shortens."""
        out = []
        for mention in list(found):
            defined = self.definition_after(text, mention.end)
            short = defined["short"] if defined else self._bracketed_alias(text, mention)
            if not short:
                continue
            if any(m.name == short for m in found):
                found[:] = [ZoneMention(m.start, m.end, m.name, mention.proper, mention.family, mention.place,
                                        mention.proper_led) if m.name == short else m for m in found]
                continue
            for occurrence in patterns.compile(regex.escape(short)).finditer(text):
                if self.names_company(text, occurrence.end()):
                    continue
                out.append(ZoneMention(occurrence.start(), occurrence.end(), short, mention.proper, mention.family,
                                       mention.place, mention.proper_led))
        return out

    def _key(self, proper: str) -> str:
        """What two forms of one name share: 南阳市 and 南阳 are one place; 美的工业(物流园) is 美的(物流园)."""
        # 中国(福建) is 福建; 辽宁(营口)沿海 is 营口沿海; 中德(沈阳)高端装备制造 is 中德高端装备制造
        key = patterns.sub(r"\(\p{Han}+\)", "", _province_city_inner(self.national_place.sub(r"\1", proper)))
        key = self._nations_shortened(key)
        # 南阳市 is 南阳; but 乌鲁木齐高新区北区 keeps its 区, for 北区 is a word of its own (not_places)
        key = key if key.endswith(tuple(self.not_places)) else short_form(key)
        key = self._city_shortened(key)
        key = self.inner_suffix.sub(lambda m: "<" + self.lex.zone_suffixes[m.group()] + ">", key)
        for infix in self.infixes:
            if not key.startswith(infix):
                key = key.replace(infix, "")
        generic = self.generic_qualifiers.search(key)
        if generic and generic.start() >= 2:
            key = key[: generic.start()]
        return key

    def _nations_shortened(self, key: str) -> str:
        """中国—白俄罗斯 is 中白: China and a partner country written in full, joined by a dash or a dot, are their
        two short forms (中白工业园, the name the text writes first)."""
        m = self.nation_pair.match(key)
        if not m:
            return key
        return self.lex.zone_nation_short + self.lex.zone_partner_country_names[m["partner"]] + key[m.end():]

    @staticmethod
    def _city_shortened(key: str) -> str:
        """常州市武进 is 常州武进: a city written with its 市 before the rest of a proper part is the city's short form
        there too, as it is alone (南阳市, 南阳)."""
        for size in range(3, MAX_PLACE_CHARS + 2):
            city = key[:size]
            if len(key) > size and city.endswith("市") and is_region(city) and short_form(city) != city:
                return short_form(city) + key[size:]
        return key

    def _renamed_pairs(self, text: str, mentions: list[ZoneMention]) -> list[tuple[ZoneMention, ZoneMention, bool]]:
        """(the name before, the name after, whether the one after is the later name) around a word of renaming
        (前身是, 更名为) a few words away on either side: the last name before it in its sentence, the first after it
        in its clause."""
        if not self.renaming:
            return []
        pairs = []
        for cue in self.renaming.finditer(text):
            before = [m for m in mentions if cue.start() - MAX_RENAMING_GAP <= m.end <= cue.start()
                      and not SENTENCE_BREAK.search(text, m.end, cue.start())] or \
                self._sentence_subject(text, cue.start(), mentions)
            after = [m for m in mentions if cue.end() <= m.start <= cue.end() + MAX_RENAMING_GAP
                     and not CLAUSE_BREAK.search(text, cue.end(), m.start)]
            if after and MERGED_LIST.match(text, min(after, key=lambda m: m.start).end):
                continue  # 由原柳梧新区产业园区、拉萨文化创意产业园和…整合而成: zones merged, each a zone of its own
            if before and after:
                pairs.append((max(before, key=lambda m: m.end), min(after, key=lambda m: m.start),
                              cue.group() in self.renamed_to))
        return pairs

    def _merged_apart(self, text: str, mentions: list[ZoneMention]) -> set[frozenset[tuple[str, str]]]:
        """{key of the merged zone, key of one it was merged from} around a word of renaming followed by a list
        (晋中开发区由原晋中经济技术开发区、山西榆次工业园区等整合而成): the new zone and the former ones are distinct zones,
        though the new one's short name (晋中开发区) would shorten a former one's (晋中经济技术开发区)."""
        if not self.renaming:
            return set()
        pairs = set()
        for cue in self.renaming.finditer(text):
            before = [m for m in mentions if cue.start() - MAX_RENAMING_GAP <= m.end <= cue.start()
                      and not SENTENCE_BREAK.search(text, m.end, cue.start())]
            after = [m for m in mentions if cue.end() <= m.start <= cue.end() + MAX_RENAMING_GAP
                     and not CLAUSE_BREAK.search(text, cue.end(), m.start)]
            if before and after and MERGED_LIST.match(text, min(after, key=lambda m: m.start).end):
                new = max(before, key=lambda m: m.end)
                pairs |= {frozenset({(self._key(new.proper), new.family), (self._key(m.proper), m.family)})
                          for m in after}
        return pairs

    def _sentence_subject(self, text: str, pos: int, mentions: list[ZoneMention]) -> list[ZoneMention]:
        """[the zone opening the sentence], when it is the only zone the sentence names before `pos` (银川经济技术开发区
        (…),简称银川经开区,位于…西南部,前身为…: the subject the clauses go on about), else []."""
        start = max(m.end() for m in SENTENCE_BREAK.finditer(text, 0, pos)) if SENTENCE_BREAK.search(text, 0, pos) else 0
        inside = sorted((m for m in mentions if start <= m.start and m.end <= pos), key=lambda m: m.start)
        if not inside or text[start:inside[0].start].strip():
            return []
        first = (self._key(inside[0].proper), inside[0].family)
        return [inside[0]] if all((self._key(m.proper), m.family) == first for m in inside) else []

    def _own_park_name(self, text: str, mentions: list[ZoneMention], canonical: str,
                       everywhere: list[ZoneMention]) -> ZoneMention | None:
        """A park's own name (上游工业园) when its longest form is that name after its host zone's (蓬溪经开区上游工业园,
        西宁经济技术开发区生物科技产业园区) and the text writes the park by its own name alone before that: the host
        written later (in a project's 建设地点, an annex's list) is a locator. Not when the text introduces the park with
        its host (沧州高新区生物医药产业园规划面积…, …生物医药产业园入驻…) or defines a short form right after the compound
        (漳州高新区数字经济产业园(以下简称“数字园”)): so introduced, the compound is how the report names the park."""
        compound = [m for m in mentions if m.name == canonical]
        first = compound[0]
        inner = [m for m in self.inner_suffix.finditer(canonical) if m.end() < len(first.proper)]
        if not inner or any(self.definition_after(text, m.end) for m in compound):
            return None
        own = canonical[inner[-1].end():]
        suffix = canonical[len(first.proper):]
        if len(own) - len(suffix) < 2 or suffix in self.lex.zone_sub_suffixes:
            return None
        host = canonical[: inner[-1].end()]
        alone = self._first_alone(text, own, everywhere, host)
        if alone is not None and self._after_host_definition(text, alone, host):
            return None  # 山东淄川经济开发区(以下简称淄川经开区)精细化工产业园内: introduced with its host after all
        sites = [line.span() for line in self.site_line.finditer(text)]
        # (三)建设地点:安徽东至经济开发区香隅化工园内 … 东至经开区下设香隅化工园: a project's site field locates it, even first
        introducing = [m for m in compound if not any(a <= m.start < b for a, b in sites)]
        if alone is None or introducing and alone > introducing[0].start:
            return None  # 园区内沧州高新区生物医药产业园…;生物医药产业园入驻…: introduced with its host, named so
        return ZoneMention(alone, alone + len(own), own, first.proper, first.family, first.place, first.proper_led)

    @staticmethod
    def _after_host_definition(text: str, start: int, host: str) -> bool:
        """Whether the name at `start` follows the bracket in which the text defines its host's short form `host`
        (山东淄川经济开发区(以下简称淄川经开区)精细化工产业园): the park written with its host."""
        return text.endswith(")", 0, start) and host in text[text.rfind("(", 0, start):start]

    @staticmethod
    def _first_alone(text: str, name: str, mentions: list[ZoneMention], host: str) -> int | None:
        """Where `name` first occurs in `text` outside the longer mentions that hold it (海东工业园区平安高新技术
        产业园 … 由乐都工业园、平安高新技术产业园…组成; 汽车产业园 inside 潍坊新能源汽车产业园, another park), or
        None. A heading that writes the host zone, a colon and the park (诸城经济开发区:汽车产业园加快扩容) names the
        park with its host too."""
        return next((o.start() for o in patterns.compile(regex.escape(name)).finditer(text)
                     if not any(m.start < o.start() and o.end() <= m.end for m in mentions)
                     and not text.endswith(host + ":", 0, o.start())), None)

    def zones(self, text: str, mentions: list[ZoneMention]) -> list[Zone]:
        """Group mentions into zones: same proper part and family; a shorter form joins the one zone whose
        proper part ends with it (东部产业集聚区 → 温岭市东部产业集聚区); 前身为 / 简称 join two names."""
        groups: dict[tuple[str, str], list[ZoneMention]] = {}
        # 东明县园区碳达峰实施方案 over 山东东明经济开发区、东明石化产业园和东明县新能源装备产业园: the county's parks
        # together, no short form of one of them
        mentions = [m for m in mentions if not self._county_of_zones(m, mentions)]
        for mention in mentions:
            groups.setdefault((self._key(mention.proper), mention.family), []).append(mention)
        parent = {k: k for k in groups}
        shortened: set[tuple[str, str]] = set()  # groups joined to a longer proper part they shorten
        merged_apart = self._merged_apart(text, mentions)

        def find(k):
            while parent[k] != k:
                k = parent[k]
            return k

        for key in groups:
            # 湘潭软件产业园 is 湘潭高新区软件产业园: the park's name without its host zone's word, its place kept
            hosted = [k for k in groups if k[1] == key[1] and k != key and INNER_ZONE.sub("", k[0]) == key[0]]
            if len(hosted) == 1 and len(key[0]) > 2:
                parent[key] = hosted[0]
                shortened.add(key)
        for key in groups:
            if parent[key] != key:
                continue
            # 大亚湾开发区 is 惠州大亚湾经济技术开发区: a bare 开发区 shortens the families listed for it
            families = {key[1], *self.short_of.get(key[1], ())}
            owners = [k for k in groups if k[1] in families and k != key and k[0].endswith(key[0])
                      and not self._adds_a_trade(k[0], key[0])]
            # 软件产业园 shortens 湘潭高新区软件产业园 and 湘潭软件产业园, one park's two names
            owners = list({find(k): None for k in owners})
            if not owners and len(key[0]) >= 2 and not is_region(key[0]):
                # 乐城先行区 is 博鳌乐城国际医疗旅游先行区: a word inside (not leading) a longer name of the same family, when
                # it is no region of its own (昆山开发区 is not 昆山花桥经济开发区)
                owners = [k for k in groups if k[1] == key[1] and k != key and key[0] in k[0][1:]
                          and not self._adds_a_trade(k[0], key[0])]
            if not owners and key[1] == "place_park":
                # 钦州园区 is 钦州中马合作产业园: two nations' park in a place (两国双园) is called by the place's 园区.
                # Not any park its place leads: 宏伟园区 is a park of 大庆高新区 beside 宏伟化工产业园, 新竹园区 one of
                # 新竹科学工业园区's parks.
                owners = [k for k in groups if k[1] in families - {key[1]} and k[0].startswith(key[0])
                          and any(m.place == key[0] for m in groups[k])
                          and any(w in k[0] for w in self.lex.zone_partner_words)]
            if self.censored.fullmatch(key[0]):
                # *产业集聚区 is the short form of the one name that holds a censored part, else nothing
                owners = [k for k in groups if self.censored.search(k[0]) and not self.censored.fullmatch(k[0])]
                owners = [k for k in owners if k[0] != key[0]]
            owners = self._one_zone_placed_twice(key[0], owners, parent)
            if len(owners) == 1 and frozenset({key, owners[0]}) not in merged_apart:
                parent[key] = owners[0]
                shortened.add(key)
        renamings = self._renamed_pairs(text, mentions)
        # A name a zone was renamed to (景县工业园更名为景县经济开发区) is its current one, the root of the names joined
        # to it. Joined first, so that a name given as the zone's own before 前身为 stays the root over both
        # (石嘴山高新区的前身是…河滨工业园区,2006年更名为石嘴山经济开发区: the high-tech zone is what it is now).
        for before, after, later in renamings:
            a = find((self._key(before.proper), before.family))
            b = find((self._key(after.proper), after.family))
            if later and a != b:
                parent[a] = b
        by_start = {m.start: m for m in mentions}
        for mention in mentions:
            after = self.same.match(text[mention.end:mention.end + 8]) or \
                self.same_spoken.match(text[mention.end:mention.end + MAX_SPOKEN_SAME])
            if after:
                other = by_start.get(mention.end + after.end())
                if other:
                    a = find((self._key(mention.proper), mention.family))
                    b = find((self._key(other.proper), other.family))
                    if a != b:
                        parent[b] = a
        for before, after, later in renamings:
            a = find((self._key(before.proper), before.family))
            b = find((self._key(after.proper), after.family))
            if not later and a != b:
                parent[b] = a
        # 北京经济技术开发区(大家都叫它北京经开区或者亦庄开发区): the names the bracket calls it by
        for mention in mentions:
            called = self.bracket_naming.match(text, mention.end)
            if not called:
                continue
            a = find((self._key(mention.proper), mention.family))
            for other in mentions:
                b = find((self._key(other.proper), other.family))
                if called.start() < other.start and other.end < called.end() and a != b:
                    parent[b] = a
        former = {(before if later else after).name for before, after, later in renamings}
        merged: dict[tuple[str, str], list[ZoneMention]] = {}
        for key, ms in groups.items():
            merged.setdefault(find(key), []).extend(ms)
        zones = []
        for root, ms in merged.items():
            if not any(m.place or m.proper_led for m in ms):
                continue  # no place and no proper noun: a generic phrase, not a name
            if all(m.family in self.place_required for m in ms) and not any(m.place for m in ms):
                continue  # 全国一流的钛及钛合金产业基地: a goal or an honour, not a named place
            if all(m.family == "place_park" and self._city_written(m.place) for m in ms):
                continue  # 分设区市看,南昌市园区完成…: the city's parks together, when it shortens none of its zones
            if all(m.family == "place_park" and self._city_of_zones(m.place, mentions) for m in ms):
                continue  # 推动拉萨园区高质量发展 beside 拉萨经开区 and 拉萨高新区: the city's parks together
            ms.sort(key=lambda m: m.start)
            # The name comes from the root's own forms: 沁阳市产业集聚区 stays the name of the zone whose
            # former name (前身为…) is longer.
            # A form that only shortens the place (东湖新技术开发区 for 武汉东湖高新区) is the root's own too: the
            # fullest suffix may stand in it.
            own = [m.name for m in sorted(ms, key=lambda m: m.start)
                   if (k := (self._key(m.proper), m.family)) == root or k in shortened]
            # a former name (潍坊经济开发区前身为…潍坊市经济技术开发区) is an alias, however long
            own = [n for n in own if n not in former] or own
            canonical = max(own, key=lambda n: (len(n), -own.index(n)))  # longest, then first
            own_name = self._own_park_name(text, ms, canonical, mentions)
            if own_name:
                canonical = own_name.name
                if not any(m.name == canonical for m in ms):
                    ms.append(own_name)  # written alone only where no mention was read: its first occurrence is one
                    ms.sort(key=lambda m: m.start)
            aliases = list(dict.fromkeys(m.name for m in ms if m.name != canonical))
            zones.append(Zone(canonical, aliases, ms))
        return self._one_per_name(zones)

    @staticmethod
    def _one_zone_placed_twice(short: str, owners: list[tuple[str, str]],
                               parent: dict[tuple[str, str], tuple[str, str]]) -> list[tuple[str, str]]:
        """[one owner] when the longer names a short form could shorten are one zone written after its city and after
        its county (湖州莫干山高新技术产业开发区 and 德清莫干山高新区, 德清 a county of 湖州: 莫干山高新区 is both), the
        county's form joined to the city's; else the owners as they were. Two places that do not nest (杭州西湖 and
        南昌西湖) lead two zones."""
        if len(owners) < 2:
            return owners
        leads = [owner[0][: -len(short)] for owner in owners]
        if not all(owner[0].endswith(short) and is_region(lead) for owner, lead in zip(owners, leads)):
            return owners
        outer = min(range(len(owners)), key=lambda i: len([lead for lead in leads if part_of(leads[i], lead)]))
        if not all(i == outer or part_of(lead, leads[outer]) for i, lead in enumerate(leads)):
            return owners
        for i, owner in enumerate(owners):
            if i != outer:
                parent[owner] = owners[outer]
        return [owners[outer]]

    def _adds_a_trade(self, longer: str, shorter: str) -> bool:
        """Whether a proper part holding another adds only an industry before it (新能源汽车 over 汽车): then the two
        are parks of their own (下辖汽车产业园、…、新能源汽车产业园), not a name and its short form."""
        return longer[: longer.find(shorter)] in self.lex.industries

    @staticmethod
    def _one_per_name(zones: list[Zone]) -> list[Zone]:
        """Zones of one name joined into one: a park named by its own name (香隅化工园) whose forms after two ways of
        writing its host (安徽东至经济开发区香隅化工园, 东至经开区香隅化工园) the grouping could not tell it from."""
        by_name: dict[str, Zone] = {}
        for zone in zones:
            kept = by_name.setdefault(zone.name, Zone(zone.name))
            kept.mentions = sorted(kept.mentions + zone.mentions, key=lambda m: m.start)
            kept.aliases = list(dict.fromkeys(kept.aliases + zone.aliases))
        out = list(by_name.values())
        out.sort(key=lambda z: z.mentions[0].start)
        return out


def words_before(words: list[tuple[str, str]], offset: int) -> list[tuple[str, str]]:
    """The words that end at or before character `offset` of their text."""
    out, end = [], 0
    for word in words:
        end += len(word[0])
        if end > offset:
            break
        out.append(word)
    return out


def count_value(numeral: str) -> int:
    """3 or 三 → 3 (counts up to ten, as a list of parks has)."""
    return int(numeral) if numeral.isdigit() else LAYOUT_COUNTS.get(numeral, 0)


def listed_as_project(text: str, mention: ZoneMention) -> bool:
    """重点推进玉溪高新区新能源电池材料产业园(计划总投资120亿元…)、易门铜精深加工产业园等一批重大项目: a park in a list
    the clause closes as projects is a project, whatever its own notes in brackets say."""
    end = SENTENCE_BREAK.search(text, mention.end)
    tail = BRACKETED_NOTE.sub("", text[mention.end:end.start() if end else len(text)])
    close = PROJECT_LIST_CLOSE.search(tail)
    return bool(close) and not CLAUSE_BREAK.search(tail, 0, close.start())


def covers(longer: ZoneMention, shorter: ZoneMention) -> bool:
    """`longer` spans `shorter` and more (上海智能传感器产业园 over 智能传感器产业园)."""
    return longer.start <= shorter.start and shorter.end <= longer.end and len(longer.name) > len(shorter.name)


def _without_city_mark(proper: str) -> str:
    """宜宾市三江 → 宜宾三江: the 市 of a prefecture-level city leading a name and followed by more of it dropped."""
    mark = proper.find("市")
    if 0 < mark < len(proper) - 1 and is_prefecture(proper[: mark + 1]):
        return proper[:mark] + proper[mark + 1:]
    return proper


def _province_city_inner(proper: str) -> str:
    """辽宁(营口)沿海 → 营口沿海: a province and a city of it in brackets lead a name the text also writes with the
    city alone (营口沿海产业基地); the city is the name's place."""
    m = PROVINCE_THEN_CITY.match(proper)
    if m and is_province(m["province"]) and is_region(m["city"]) and not is_province(m["city"]):
        return m["city"] + proper[m.end():]
    return proper


class ZoneExtractor:
    """spaCy component: one `zone` fact per distinct zone of the document, at its name's first occurrence.
    Leaves every mention in doc.user_data["zone_mentions"] for attribution."""

    def __init__(self, lex: Lexicons, jieba_tokenizer):
        self.finder = ZoneFinder(lex, jieba_tokenizer)
        self.bare_words = set(lex.zone_bare_words) | set(lex.zone_bare_alias_words)  # 经开区, 综保区: no zone's name

    def __call__(self, doc):
        mentions = self.finder.mentions(doc.text)
        zones = self.finder.zones(doc.text, mentions)
        found = [m for z in zones for m in z.mentions]
        # A park named as a project (汇融物流园区项目) or a phase of one (产业园二期) is a zone, but a sentence
        # about projects is about the zone they are built in: project mentions do not attribute facts.
        # A zone named as what the text measures against (跟上海的洋山特殊综合保税区比,) is not what its sentence is
        # about, nor a zone its bare words (综保区) may stand for.
        attributing, projects = [], []
        for z in zones:
            for m in z.mentions:
                if self.finder.compared(doc.text, m):
                    continue
                if (not (self.finder.project_or_phase.match(doc.text, m.end) or listed_as_project(doc.text, m))
                        or self.finder.heads_phase_item(doc.text, m)
                        or self.finder.counts_projects(doc.text, m)
                        or self.finder.opens_phase_clause(doc.text, m, found)):
                    attributing.append((m.start, m.end, z.name))
                else:
                    projects.append((m, z))
        # 梨树经济开发区冷链物流园区项目: a project park named after its host names the host, where it is built
        attributing += [host for m, z in projects if (host := self._host_of(m, z, zones))]
        doc.user_data["zone_mentions"] = attributing
        doc.user_data["zone_parts"] = self.finder.part_hosts(doc.text, attributing)
        doc.user_data["zones"] = {z.name: z.aliases for z in zones}
        for z in zones:
            first = next(m for m in z.mentions if m.name == z.name)
            add_fact(doc, first.start, first.end, "zone", "zone", name=z.name, aliases=self.named_aliases(z.aliases),
                     zone=z.name)
        return doc

    def named_aliases(self, aliases: list[str]) -> list[str]:
        """The aliases that name the zone: not a bare zone word, even where the text introduces it as the zone's short
        name (以下简称“经开区”; GUIDE, settled in round 46g). Attribution still reads the bare word as the zone's."""
        return [a for a in aliases if a not in self.bare_words]


    @staticmethod
    def _host_of(mention: ZoneMention, zone: Zone, zones: list[Zone]) -> tuple[int, int, str] | None:
        """(start, end, name) of the host zone whose name or alias opens a park's mention, or None."""
        forms = [(form, z.name) for z in zones if z is not zone for form in [z.name, *z.aliases]
                 if len(form) < len(mention.name) and mention.name.startswith(form)]
        if not forms:
            return None
        form, name = max(forms, key=lambda f: len(f[0]))
        return mention.start, mention.start + len(form), name


@Language.factory("zone_extractor", default_config={"lexicon_dir": ""})
def make_zone_extractor(nlp: Language, name: str, lexicon_dir: str) -> ZoneExtractor:
    from pipeline.segmenting import make_jieba

    lex = load_lexicons(lexicon_dir or None)
    tokenizer = getattr(nlp.tokenizer, "jieba", None) or make_jieba(lex)
    return ZoneExtractor(lex, tokenizer)
