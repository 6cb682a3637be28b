"""Industries: those a text names as a zone's leading (主导), pillar (支柱), key or planned (重点发展) or cluster
(产业集群) industry, found from the list structure around a cue (lexicons/industry_cues.yml), so that a name the
lexicon lacks is still found. One fact per name and zone in a document; `name` without a trailing 产业 / 业."""
from __future__ import annotations

import bisect

import regex

from spacy.language import Language

from extractors import patterns
from extractors.base import FACTS_KEY, add_fact, document_text, facts
from extractors.context import csv_rows
from pipeline.lexicons import Lexicons, alternation, load_lexicons
from pipeline.regions import leading_places
from pipeline.segmenting import pos_tagger

# A list wrapped at a line break after 、 or before the word joining its last item goes on in the next line
# (…动力电池、\n轨道交通等产业集群; 主导产业为木制品加工、新型建材\n和造纸).
ITEM_SEPARATORS = patterns.compile(r"[、/]\n?|\n?(?:和|与|以及)")
# An item may carry a short remark in brackets (电子信息(含新能源)) and Latin letters (LED照明).
# An item holds no word that joins two items (煤机装备、新能源汽车零部件和现代煤化工: three items, the last not cut
# at twelve characters counted across 和; 新能源汽车零部件及光伏组件: each side of 及 counts its own twelve, and
# _split_ji decides whether 及 joins one industry or two).
# A name may open with a number that is part of a Latin word (3D打印, 5G通信): never a count or a year.
LATIN_LED = r"\d{1,2}[A-Za-z]+"
ITEM = rf"(?:{LATIN_LED})?(?:(?!和|与|以?及)[\p{{Han}}A-Za-z]){{1,12}}(?:\([^()]{{1,10}}\))?"
LIST = rf"{ITEM}(?:(?:[、/]\n?|\n?(?:和|与|以?及)){ITEM}){{0,12}}"
REMARK = patterns.compile(r"\([^()]*\)")
LIST_COMMA = patterns.compile(r"[、/]\n?")
JOINER = patterns.compile(r"和|与|以?及")
JOINER_AT_END = patterns.compile(rf"\p{{Han}}(?:{JOINER.pattern})$")  # 钨和: a first part and its joining word
PAIRING = patterns.compile(r"和|与|以及")  # 及 is not: whether it joins one industry or two is _split_ji's call
BRIDGE = r"[^,;。:、\n]{0,10}?:"
# 一是电子信息产业; 2.装备制造产业; (三)新能源产业: an enumerated item, the name up to its first punctuation
ENUMERATED_ITEM = (r"(?:[一二三四五六七八九十]是|\d+\.|\(\d+\)|\([一二三四五六七八九十]\))"
                   r"(?P<item>[\p{Han}A-Za-z]{2,14})[^;。\n]*[;。]?")
# 三大主导产业 / ▲ 保税维修与再制造 / ▲ 跨境电商 / ▲ 生物医药(进口药品加工): a slide's heading line of a count and a cue,
# and as many bulleted lines below it, each opening with one industry's name (up to a remark, a colon or a comma).
BULLETED_ITEM = patterns.compile(r"\n[ \t]*[▲△●○■□◆◇•·★☆▪\-][ \t]*(?P<item>[^\n(:,;。]+)")
# A character no list holds outside an item's remark (whose brackets hold at most 10): a list never runs
# across it, so a list ending at a cue starts after the last such character before the cue.
OUTSIDE_LIST = patterns.compile(r"[^\p{Han}A-Za-z、/()\n]|(?<!、)\n(?!和)")
REMARK_REACH = 10
# 以天冠集团为主的生物质能源,以…为主的光电光伏,…三大产业集群: each item names its leading firms first.
LED_BY = patterns.compile(r"以[^,;。]{1,40}?为(?:主|龙头|核心|代表)的(?P<name>\p{Han}{2,12}?)(?=,|、|和|等|[一二三四五六七八九十两几\d]+[大个]|$)")
# Flags of the words an industry name is made of, when the lexicon does not know it.
# nrt: jieba's HMM tags an unknown compound as a transliterated name (铜基新材料 → 铜基/nrt)
NAME_TAGS = {"n", "nz", "j", "vn", "an", "ng", "nt", "x", "b", "nr", "nrt", "eng"}
# 业 is dropped from 先进装备制造业, never from these words (工业 is not 工).
KEEP_YE = {"工业", "企业", "农业", "商业", "行业", "产业", "物业", "林业", "渔业", "牧业", "矿业", "事业", "职业", "专业",
           "就业", "创业", "作业", "实业", "营业"}
INDUSTRY_WORD = "工业"
# A list an intake cue opens, closed by projects (重点引进预制菜、中央厨房等项目): what is brought in are projects
PROJECTS_CLOSE = patterns.compile(r"等\p{Han}{0,4}?项目$")
STRONG_ROLES = {"leading", "pillar"}
# 厂商 (Taiwan: the firms of an industry): 以光电及生物科技厂商为主 names 光电 and 生物科技
TRAILING = patterns.compile(r"(?:产业集群|产业聚落|产业群|产业|行业|厂商)$")  # 产业聚落: Taiwan's cluster
# Words that open a list but are not part of its first item (形成了先进装备制造 → 先进装备制造).
LEADING_TAGS = {"v", "p", "u", "uj", "ul", "d", "c", "r", "m", "q", "f", "t", "vn"}
# 一批 counts too, without a number (形成新能源汽车、…、生物医药等一批千亿级产业集群)
COUNT_WORD = r"(?:[一二三四五六七八九十两几\d]+(?:大|个)|一批)"
# In the bridge between a list and its cue, a count in Chinese numerals only: a list never runs across a digit
# (lists_before_cues starts lists after the last one) ...
HAN_COUNT_WORD = r"(?:[一二三四五六七八九十两几]+(?:大|个)|一批)"
# ... but for a count in digits right before the cue, as bulletins write it (汽车、石化、电子信息、冶金、机械、食品6个
# 产业集群营业收入合计…): the count closes the list, as 六个 would.
DIGIT_COUNT_WORD = r"(?:\d{1,2}(?:大|个))"
# 以A、B为两大主导产业: the count after the cue's 为 counts the list as one right after it does
LIST_COUNT = patterns.compile(r"^为?等?(?P<n>[一二三四五六七八九十两\d]+)(?:大|个)")
CUE_COUNT = patterns.compile(r"[一二三四五六七八九十两\d]+(?:大|个)")  # a count inside a list read before its cue
NUMERALS = {c: i for i, c in enumerate("零一二三四五六七八九十", start=0)} | {"两": 2}
COUNT_IN_PIECE = patterns.compile(r"(?<=\p{Han}{2})等?(?P<n>[一二三四五六七八九十两\d]+)(?:大|个)\p{Han}*$")
# 煤基精细化工, 硅基新材料: an industry based on a feedstock (the character after it)
BASED_ON = "基"
PROPER_NOUN = "nz"
# 及 inside an item: 生技医疗器材及绿色能源 is two industries, 钛及钛合金 one.
JI = "及"
PERFECTIVE = "了"
# A scale label between a list and its cue (两个千亿级产业集群, 光电子信息千亿产业集群) is not part of an item.
# …两个产值百亿元以上的产业集群: a scale with what it measures.
SCALE_LABEL = r"(?:(?:产值|规模|营业收入|主营业务收入)?(?:超|过)?[十百千万]+亿(?:元)?(?:级|以上)?的?)"
NUMBERED = patterns.compile(rf"(?:等)?{COUNT_WORD}?{SCALE_LABEL}?$")
# After a cue, a base: the cue is part of a title a zone holds (国家火炬…特色产业基地), no list of industries.
TITLE_BASE = patterns.compile(r"(?:示范)?基地")
# A count inside the last item of a list read left to right ends the item (新能源三大战略性新兴产业 → 新能源).
COUNT_IN_ITEM = patterns.compile(rf"(?<=\p{{Han}}{{2}}){COUNT_WORD}\p{{Han}}*$")
# A count leading an item counts what follows it (培育三大战略性新兴产业 → 战略性, then no industry): no part of a name.
LEADING_COUNT = patterns.compile(rf"^{COUNT_WORD}")
# After a list its strong cue opened, a spoken answer goes on with 还有 (主导产业是超硬材料及制品,还有农副产品深加工).
SPOKEN_MORE = patterns.compile(rf",(?:另外|此外)?还有(?P<list>{LIST})(?=[,;。]|$)")
# A list after its cue ends at 等, or, spoken, at a demonstrative and a count (主导产业就是稀土新材料及应用、装备制造、
# 铝铜精深加工这三块), or at 产业的 after a name, where the list turns into what of the industries is meant (重点承接
# 新一代信息技术、高端装备和生物医药产业的生产制造环节).
LIST_CLOSE_AFTER_CUE = patterns.compile(r"等|[这那][一二三四五六七八九十两几]|(?<=\p{Han}{2})(?:产业|行业)的")
# A list closed by 等 and a word ending in 产业 (…、生命健康等未来产业) names industries, known or not.
CLOSED_AS_INDUSTRIES = patterns.compile(r"等\p{Han}{0,8}?(?:产业|行业)")
# After a counted_only cue, the count and 产业 right after the list, no cluster's nor base's (围绕煤化工、精细化工、化工新材料
# 三大产业).
COUNTED_INDUSTRIES_ONLY = r"[一二三四五六七八九十两\d]+(?:大|个)(?:产业|行业)(?!集群|基地|链|园|群)"
# …, or by a count of its items and a word ending in 产业 (重点发展陶瓷、装配式建筑材料两大产业).
COUNTED_AS_INDUSTRIES = patterns.compile(r"(?P<n>[一二三四五六七八九十两\d]+)(?:大|个)\p{Han}{0,4}?(?:产业|行业)")
# 发动机、变速箱等关键零部件产业集群: the name after 等 is the industry, the items before it its examples; not a count
# with a qualifier (电子信息、…、汽车制造等七大优势产业集群: the items are the industries).
NAMED_AFTER_EXAMPLES = patterns.compile(rf"等(?!{COUNT_WORD})(?P<name>[\p{{Han}}A-Za-z]{{2,12}})$")
# The same after a cue the list follows (重点发展芒果、甘蔗等特色农产品精深加工): the name after 等 runs to the next item.
NAMED_AFTER_EXAMPLES_OPEN = patterns.compile(rf"等(?!{COUNT_WORD})(?P<name>[\p{{Han}}A-Za-z]{{2,12}}?)(?=[、/]|和|与|以?及|$)")
MAX_ITEM = 12
MAX_PLAIN_NAME = 8  # an unknown name's length, unless a known name or a trade's head word makes it read as one
# 做大装备制造产业集群,重点发展汽车零部件、农机装备; (二)生物医药产业集群:以…产业园为载体,重点发展原料药、中成药: a cue
# in the clause after one cluster's name (its subject, alone in its clause, at most one clause between) lists that
# cluster's sub-sectors, which are not industries (GUIDE). Not after a list of clusters (电子信息、装备制造两大产业集群,
# 重点发展…: the clause names several, and the cue the zone's own plans).
UNDER_ONE_CLUSTER = patterns.compile(r"(?:^|[;。])(?:\([一二三四五六七八九十\d]+\))?[^,;。:、和与及]{2,16}?产业集群[:,]"
                                     r"(?:[^,;。:、]{1,20},)?$")
# 以 opening the clause a cue ending in 为 stands in (指以若干特色主导产业为支撑、…): the 为 is 以…为's
BY_WITH_OPENED = patterns.compile(r"以[^,;。:以]{0,12}$")
# A heading naming one industry, a sentence of its own before the section's text ((二)新材料产业。), numbered or
# leading its paragraph unnumbered (新型显示产业。以面板、模组和关键材料为重点)
INDUSTRY_HEADING = patterns.compile(r"^\s*(?:\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、|\d{1,2}\.)?(?P<name>\p{Han}{2,10})(?:产业集群|产业|行业)[。:]\s*$")
# A numbered heading naming one industrial chain, alone on its line ((一)高端化工产业链 / 链长:… / 牵头园区:…): a 链长制
# plan gives each of the city's chains a section, and the chains are the industries it plans.
CHAIN_HEADING = patterns.compile(r"^[ \t]*(?:\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、|\d{1,2}\.)"
                                 r"(?P<name>\p{Han}{2,10}?)产业链[ \t]*$", regex.M)
# A numbered heading naming one industry and a colon that opens a sentence ((4)现代物流:依托…,规划发展…), 产业 or not
INLINE_INDUSTRY_HEADING = patterns.compile(r"^\s*(?:\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、|\d{1,2}\.)"
                                           r"(?P<name>\p{Han}{2,10}?)(?:产业集群|产业|行业)?:")
# The industry a clause opens with, right before 以 (生物医药产业以…为重点)
INDUSTRY_SUBJECT = patterns.compile(r"(?P<name>\p{Han}{2,10})(?:产业集群|产业|行业)$")
# Between 为 and a by_with cue, how the zone develops them (以冶金装备、…为规划发展的重点产业, 为今后发展的重点)
DEVELOPED = r"(?:\p{Han}{0,4}发展的)"
# After 以…为主导: a count of the zones of that kind (本表所列24个开发区中,以新材料为主导产业的11个)
ZONES_OF_A_KIND = patterns.compile(r"(?:产业)?的[一二三四五六七八九十两几\d]+个")
OPENING_WORD = patterns.compile(r"^(?:以|和|及|等)")
# A heading naming a zone and, in brackets, its field (二、上海化学工业经济技术开发区(石化化工), as lists of demonstration
# bases head each one): the bracket right after a zone's name, closing its line.
HEADING_FIELD = patterns.compile(r"\((?P<name>\p{Han}{2,10})\)[ \t]*(?:\n|$)")
HEADING_BREAK = patterns.compile(r"[,;。:!?]")  # before the zone's name in its line: a sentence, no heading
CLOSING_DENG = patterns.compile(r"等$")
# …、化工为其支柱产业, 电子信息是其支柱产业: the copula (and 其, the zone) ends the list; spoken, 它的 stands for 其
# (家电、汽车、船舶海工是它的三大支柱产业); so does a copula before the zone's own word (…、民用航空是新片区的四大主导产业,
# …和特色生物为试验区六大主导产业); and 作为, 列为 of 把 / 将 (把新能源、新材料、生物医药作为战略性新兴产业加快培育)
CLOSING_WEI = patterns.compile(r"(?:作|列|确定|定)?(?:为|[是为](?:其|它的|\p{Han}{1,4}?的?))$")
# Cells of a table row: split by | or, in a table laid out with spaces, by a run of two or more.
# A tab too (园区名称\t规划面积（平方公里）\t…\t主导产业: a table pasted from a PDF).
CELL_SEPARATOR = patterns.compile(r"\s*\|\s*| {2,}|\t+")  # 电子信息、医药食品为特色产业: 为 ends the list, never a name
# Under such a header a PDF's reading keeps a single space between a row's cells (东川工业园区 22.5 58.6 46.2 光伏制造、新材料).
SINGLE_SPACE = patterns.compile(r"[ \u3000]")


def without_leading_place(item: str) -> str:
    """An item without the city or county it opens with (清河羊绒, 唐山钢铁深加工: where the cluster lies, no part
    of the industry's name), when a name of two characters or more is left. Not a province (福建省中医药产业集群示范
    园区: a province's title for a park)."""
    places = leading_places(item)
    rest = item[sum(len(word) for word, _ in places):]
    provincial = any(region.level == 1 for _, regions in places for region in regions)
    return rest if places and not provincial and len(rest) >= 2 else item


def province_brand_length(item: str) -> int:
    """The length of the one province-level place without 省 an item opens with (澳门中医药, 青海藏药: a province's
    brand of an industry, written so as the industry's name), else 0."""
    places = leading_places(item)
    if len(places) != 1:
        return 0
    word, regions = places[0]
    return len(word) if all(region.level == 1 for region in regions) and not word.endswith("省") else 0


class IndustryFinder:
    def __init__(self, lex: Lexicons, jieba_tokenizer):
        self.lex = lex
        self.pos = pos_tagger(jieba_tokenizer)
        self.known = set(lex.industries)
        self.table_headers = lex.industry_table_headers
        self.name_words = set(lex.industry_name_words)
        # words the lexicon's names are built of (医药 of 生物医药, 海洋 of 海洋工程装备), whatever jieba tags them
        self.known_parts = {name[i:j] for name in self.known for i in range(len(name))
                            for j in range(i + 2, len(name) + 1)}
        joined = [name for name in lex.industries if ITEM_SEPARATORS.search(name)]
        self.joined = patterns.compile(alternation(joined)) if joined else None
        self.not_industries = set(lex.not_industries)
        # what a cluster is measured by (形成5个销售收入超千亿元的产业集群) is no industry
        self.measures = set(lex.money_categories)
        self.group_qualifiers = set(lex.industry_group_qualifiers)
        self.after = patterns.compile(
            rf"(?P<list>{LIST}?)(?:{HAN_COUNT_WORD}?{SCALE_LABEL}|{HAN_COUNT_WORD}|{DIGIT_COUNT_WORD})?"
            rf"(?P<cue>{alternation(lex.industry_after_list)})")
        self.after_cue = patterns.compile(alternation(lex.industry_after_list))
        self.cluster_word = patterns.compile(alternation([c for c, r in lex.industry_after_list.items() if r == "cluster"]))
        self.digit_count_cue = patterns.compile(rf"{DIGIT_COUNT_WORD}(?={alternation(lex.industry_after_list)})")
        self.growing = patterns.compile(rf"(?:也|正|正在)?(?:{alternation(lex.industry_growing_predicates)})"
                                        ) if lex.industry_growing_predicates else None
        # 重点发展三大产业:新能源汽车、… : a count or a short phrase and a colon may stand between cue and list; spoken,
        # 的 (再加上这几年重点发展的新能源和生物医药)
        self.before = patterns.compile(
            rf"(?P<cue>{alternation(lex.industry_before_list)})的?(?:{BRIDGE})?(?P<list>{LIST})")
        cues = {cue.rstrip(":"): role for cue, role in {**lex.industry_after_list, **lex.industry_before_list}.items()}
        self.enumeration = patterns.compile(
            rf"(?P<cue>{alternation(cues)})(?:{BRIDGE})(?:{ENUMERATED_ITEM})+")
        self.counted_heading = patterns.compile(
            rf"^[ \t]*(?P<n>[一二三四五六七八九十两\d]{{1,2}})(?:大|个)(?P<cue>{alternation(lex.industry_after_list)})"
            rf"[:]?[ \t]*$", regex.M)
        # 打造新能源、新材料和高端装备制造三大产业基地: only after such a verb, else 产业基地 ends a zone's name
        # …; not 建设国家级航空产业基地配套园区, where the base only qualifies what is built
        # …; nor 建成全国重要的硅碳新材料产业基地, whose scope (base_label_scopes) makes the base a label
        labels = rf"(?!{alternation(lex.industry_base_label_scopes)})" if lex.industry_base_label_scopes else ""
        self.bases = patterns.compile(rf"(?:{alternation(lex.industry_base_openers)}){labels}(?P<list>{LIST}?)"
                                      rf"(?P<cue>{alternation(lex.industry_base_cues)})(?=[^\p{{Han}}]|和|及|与|$)")
        # not 以金融服务、…为四大重点合作领域 (by_with_blockers: fields of cooperation, not industries); a PDF's line may
        # wrap before 为 (split_sentences keeps such a line in its sentence)
        blockers = rf"(?!{alternation(lex.industry_by_with_blockers)})" if lex.industry_by_with_blockers else ""
        self.by_with = patterns.compile(
            rf"以(?P<list>{LIST}?)(?:等)?\n?为{DEVELOPED}?{COUNT_WORD}?(?P<cue>{alternation(lex.industry_by_with)}){blockers}")
        # 以装备制造和新能源为主: a cue that ends its word (not 为主体), and only known industries before it; not
        # 以煤化工为主的园区, a kind of park (部分以煤化工为主的园区产值下滑), not one zone's industries
        self.by_with_known = patterns.compile(
            rf"以(?P<list>{LIST}?)(?:等)?\n?为(?P<cue>{alternation(lex.industry_by_with_known)})"
            rf"(?=[,;。)]|的(?!{alternation(lex.zone_bare_words)})|$)"
        ) if lex.industry_by_with_known else None
        # 积体电路产业仍是南科最大的支柱产业: one industry, a copula and the cue
        self.copula = patterns.compile(
            rf"(?P<list>{ITEM})(?:产业|行业)(?:仍|已|一直|依然|始终)?(?:是|为|成为)[^,;。:]{{0,12}}?"
            rf"(?P<cue>{alternation(lex.industry_copula_cues)})")
        # a match holds one of these cues: a sentence without one is not scanned (it was the slowest scan)
        self.copula_cue = patterns.compile(alternation(lex.industry_copula_cues))
        # spoken: 我们的主导产业就一个,制冷装备: the count, a comma, and as many items
        self.spoken_count = patterns.compile(
            rf"(?P<cue>{alternation(lex.industry_copula_cues)})(?:就|只有|主要有)?(?P<n>[一二三四两])个,"
            rf"(?P<list>{LIST})(?=[,;。]|$)")
        # spoken: 主导产业这几年一直是人工智能、…: words of time between the cue and its copula
        self.spoken_copula = patterns.compile(
            rf"(?P<cue>{alternation(lex.industry_copula_cues)})(?:{alternation(lex.industry_spoken_fillers)}){{1,3}}"
            rf"(?:就是|是|为)(?P<list>{LIST})") if lex.industry_spoken_fillers else None
        # 俄罗斯 or 对俄 before a trade with that country (longest first: 白俄罗斯 before 俄罗斯)
        self.partner_prefixes = sorted(
            list(lex.zone_partner_country_names) + [p + short for p in lex.zone_partner_prepositions
                                                   for short in set(lex.zone_partner_country_names.values())],
            key=len, reverse=True)
        self.joined_tails = tuple(lex.industry_joined_tails)
        self.joined_trades = tuple(lex.industry_joined_trades)
        self.service_heads = tuple(lex.industry_service_heads)
        self.known_heads = tuple(lex.industry_known_heads)
        self.known_joined = tuple(name for name in lex.industries if JI in name)
        self.name_openers = tuple(lex.industry_name_openers)
        self.sector_words = tuple(lex.industry_sector_words)
        self.toward_words = tuple(lex.industry_toward_words)
        self.list_members = set(lex.industry_list_members)
        # a bare zone word opens a list too (聚集区丝网产业集群: the zone's 丝网)
        self.opening_words = set(lex.industry_opening_words) | set(lex.zone_bare_words)
        self.bad_tail = patterns.compile(rf"(?:{alternation(lex.not_industry_tails)})$")
        self.bad_head = patterns.compile(rf"^(?:{alternation(lex.not_industry_heads)})")
        self.roles = {**lex.industry_after_list, **lex.industry_before_list, **cues, **lex.industry_by_with,
                      **lex.industry_copula_cues, **lex.industry_by_with_known, **lex.industry_counted_only}
        self.opening_cue = patterns.compile(rf"^(?:{alternation(lex.industry_before_list)})")
        self.before_cue = patterns.compile(alternation(lex.industry_before_list))
        self.longest_before_cue = max(map(len, lex.industry_before_list))
        self.list_only = set(lex.industry_list_only_cues)
        self.counted_after_list = set(lex.industry_counted_after_list)
        self.counted_only = patterns.compile(
            rf"(?P<cue>{alternation(lex.industry_counted_only)})(?P<list>{LIST})(?={COUNTED_INDUSTRIES_ONLY})"
        ) if lex.industry_counted_only else None
        self.counted_only_cue = patterns.compile(alternation(lex.industry_counted_only)) if lex.industry_counted_only else None
        self.intake_cues = set(lex.industry_intake_cues)
        self.process_heads = set(lex.industry_process_heads)
        self.feedstocks = set(lex.industry_feedstocks)
        self.zone_bare_words = set(lex.zone_bare_words)
        # …和节能环保三类企业: a count of kinds may stand before the firms
        self.closed_by_firms = patterns.compile(
            rf"(?:[一二三四五六七八九十两\d]+类)?(?:{alternation(lex.industry_firm_words)})$")

    def _clean(self, item: str, first: bool, long: bool = False) -> str | None:
        """The industry name an item of a list holds, or None. `long`: the item may be as long as a known name
        with a joined tail, as the name of a kind after examples may (芒果、甘蔗等特色农产品精深加工)."""
        item = CLOSING_WEI.sub("", item.strip())  # before the opening words are cut: 是 is a verb
        opening = self._last_opening_cue(item) if first else None
        if opening:  # 重点培育机器人及智能制造, 边合区重点发展进出口加工、…三大主导产业: the cue marks where the list starts
            item = item[opening.end():].removeprefix(PERFECTIVE)  # 全市培育壮大了纺织服装: the cue's 了 opens it too
        elif first and item not in self.known:
            item = self._without_opening_words(item)
        item = OPENING_WORD.sub("", item)
        item = CLOSING_DENG.sub("", CLOSING_WEI.sub("", item))
        if TRAILING.sub("", item) in self.known:  # 港口物流产业: a known name, no place (港口) before 物流
            item = TRAILING.sub("", item)
        if item not in self.known:
            item = without_leading_place(item)
            item = COUNT_IN_ITEM.sub("", LEADING_COUNT.sub("", item))
            item = TRAILING.sub("", item)
            item = TRAILING.sub("", NUMBERED.sub("", item))  # 现代化服务业四大产业 → 现代化服务业
            if item.endswith("业") and (item[-2:] not in KEEP_YE or self._trade_of_craft(item)) and len(item) >= 3:
                item = item[:-1]
        # one character names an industry only when the lexicon knows it (铝产业集群)
        if not (2 <= len(item) <= MAX_ITEM or item in self.known) or item in self.not_industries | self.measures:
            return None
        if item not in self.known and self.group_heading(item):
            return None
        if item not in self.known and (self.bad_tail.search(item) or self.bad_head.search(item)):
            return None
        if (not patterns.fullmatch(rf"(?:{LATIN_LED})?[\p{{Han}}A-Za-z]+", item)
                or not patterns.search(r"\p{Han}|[A-Z]{2}", item)):
            return None
        # a name headed by a trade of making, processing or serving reads as an industry however much its object takes
        # (高原特色农畜产品加工, 高端装备维修再制造)
        long = long or self._opened_or_tailed_known(item) or item.endswith(self.known_heads)
        if item not in self.known and not (self._reads_as_name(item, long=long) or self._province_brand(item, long)
                                           or self._partner_trade(item, long)):
            return None
        return item

    def _province_brand(self, item: str, long: bool) -> bool:
        """Whether an item is a province's brand of an industry (集中布局澳门中医药、科技研发等产业): the place, which
        jieba tags no name word, then a name."""
        cut = province_brand_length(item)
        return bool(cut) and len(item) - cut >= 2 and self._reads_as_name(item[cut:], long=long)

    def _partner_trade(self, item: str, long: bool) -> bool:
        """Whether an item is a border zone's trade with a partner country (俄罗斯木材深加工, 对俄进出口加工): the
        country's full name, or 对 and its short form, which jieba tags a place, then a name."""
        cut = next((len(p) for p in self.partner_prefixes if item.startswith(p)), 0)
        return bool(cut) and len(item) - cut >= 2 and self._reads_as_name(item[cut:], long=long)

    def _last_opening_cue(self, item: str):
        """The last cue before a list (重点发展) inside the first item of a list, when a name follows it: the list
        starts after it, whatever opens the item (边合区重点发展进出口加工 before …三大主导产业)."""
        cues = [c for c in self.before_cue.finditer(item, overlapped=True) if len(item) - c.end() >= 2]
        return max(cues, key=lambda c: c.end()) if cues else None

    def _trade_of_craft(self, item: str) -> bool:
        """Whether an item ending in 工业 ends with a longer word of its own (民族手工业: 手工业, handicrafts; 轻工业), whose
        业 closes the trade's name as in 制造业, not the word 工业 (电子工业)."""
        if not item.endswith(INDUSTRY_WORD):
            return False
        last = list(self.pos.cut(item))[-1].word
        return last != INDUSTRY_WORD and last.endswith(INDUSTRY_WORD)

    def group_heading(self, item: str) -> bool:
        """Whether an item is two or more words that only say which kind of industries a group holds (传统特色)."""
        words = [w.word for w in self.pos.cut(item)]
        return len(words) > 1 and all(word in self.group_qualifiers for word in words)

    def _reads_as_name(self, item: str, long: bool = False) -> bool:
        """An unknown name must read as a noun phrase: no verbs, particles or pronouns inside. `long`: a known
        name with a joined tail (新能源汽车关键零部件) may be longer than an unknown one."""
        words = [(w.word, w.flag) for w in self.pos.cut(item)]
        # 稀土永磁材料、抛光材料和储氢材料: a verb right before a last word of process_heads says what it is for
        for_process = len(words) >= 2 and words[-1][0] in self.process_heads and words[-2][1] == "v"
        return 2 <= len(item) and (long or self._plain_length(item)) and all(
            self._name_word(w, f, first=i == 0, last=i == len(words) - 1) or (for_process and i == len(words) - 2)
            for i, (w, f) in enumerate(words))

    @staticmethod
    def _plain_length(name: str) -> bool:
        """Whether a name is no longer than an unknown name may be; two parts joined by 及 (铝及铝合金精深加工; 和 or
        与 in an item paired so) may each be as long as one name."""
        return all(len(part) <= MAX_PLAIN_NAME for part in JOINER.split(name))

    def _without_opening_words(self, item: str) -> str:
        """The first item of a list without the words that open the list: what follows the last verb,
        preposition or the like that no industry name holds (全区已初步形成光电子信息 → 光电子信息), or,
        when that is not a known name, its longest known tail that starts a word (编制集聚区能源化工 →
        能源化工; 做大做优汽车零部件 → 汽车零部件), not one after 及 (围绕铝及铝加工 → 铝及铝加工)."""
        words = [(w.word, w.flag) for w in self.pos.cut(item)]
        cut = 0
        for i, (word, flag) in enumerate(words):
            # a conjunction joins two parts of a name (手机及配件); OPENING_WORD drops one that leads
            if word in ("以", "了") or word in self.opening_words or (
                    flag in LEADING_TAGS and flag != "c" and word not in self.name_words and word not in self.known):
                cut = i + 1
            elif self._verb_complement(words, i, cut):
                cut = i + 1
        words = words[cut:]
        rest = "".join(w for w, _ in words)
        # not a tail right after a joining word: 铝及铝加工's 铝加工 is the second half of one name
        starts = [i for i in range(len(words)) if i == 0 or not JOINER.fullmatch(words[i - 1][0])]
        first = next((i for i in starts if "".join(w for w, _ in words[i:]) in self.known), None)
        if first is None:
            return rest
        # nor cut after a word names are built of: 医药化工 is one name, not 化工
        while first > 0 and (words[first - 1][0] in self.known_parts or self._qualifies_known(words[:first])):
            first -= 2 if words[first - 1][0] == BASED_ON and first >= 2 and len(words[first - 2][0]) == 1 else 1
        if first == 1 and self._names_kind(*words[0]):
            first = 0  # 袜业纺织, 盐气化工: a noun alone before the known name says which kind
        if first > 0 and words[first - 1][0] in self.name_openers:
            first -= 1  # 形成…的特色农产品加工产业集群: the adjective opens the name, as 高端 opens 高端装备制造
        return "".join(w for w, _ in words[first:])

    @staticmethod
    def _verb_complement(words: list[tuple[str, str]], i: int, cut: int) -> bool:
        """Whether words[i] is a one-character adjective completing the verb cut right before it (做|大乳品加工产业集群,
        做|强: make big, make strong), which opens the list, not the industry's name."""
        word, flag = words[i]
        return flag == "a" and len(word) == 1 and i > 0 and cut == i and words[i - 1][1] == "v"

    def _names_kind(self, word: str, flag: str) -> bool:
        """Whether a noun, alone before a known name after a list's opening words, narrows it into a longer name
        (袜业纺织, 盐气化工), not a word of a zone, a scope or a base (园区电子信息, 全市汽车零部件, 基地新材料)."""
        return (len(word) >= 2 and flag == "n" and word not in self.opening_words | self.zone_bare_words
                | self.not_industries and not self.bad_head.match(word) and not self.bad_tail.search(word))

    def _qualifies_known(self, before: list[tuple[str, str]]) -> bool:
        """Whether the last word before a known name narrows it into a longer one (化工新材料: a known industry;
        煤基精细化工, 硅基新材料: the feedstock the industry is based on; 氟化工: the feedstock alone), not a word that
        opens the list (编制集聚区能源化工, 打造世界级锂电…)."""
        word, flag = before[-1]
        if word in self.known:
            return True
        if len(word) == 1 and (flag == PROPER_NOUN or word in self.feedstocks) and len(before) == 1:
            # 重点打造氟化工: a feedstock (氟, 锂, 硅, 钛: jieba tags them proper nouns) the list's opening words leave
            # alone before the known name; not a common word's last character (做大做|优汽车零部件: 优 is a noun)
            return True
        # jieba cuts 煤基 as 煤|基: a one-character feedstock and 基
        return word.endswith(BASED_ON) and (len(word) == 2 or word == BASED_ON and len(before) >= 2
                                            and len(before[-2][0]) == 1 and before[-2][1] in NAME_TAGS)

    def _name_word(self, word: str, flag: str, first: bool, last: bool) -> bool:
        """A word an unknown industry name may hold: a noun, a word of name_words or a known name, a one-character
        adjective before a noun (小核酸), an adjective between two words (铝材精深加工), or 及 (和, 与 in an item
        paired so) between two of them (手机及配件)."""
        # a word the lexicon knows as an industry, whatever jieba tags it (再生资源 is an idiom to it: 再生资源加工)
        return (flag in NAME_TAGS or word in self.name_words or word in self.known
                or (flag == "a" and not last and (len(word) == 1 or not first))
                or (bool(JOINER.fullmatch(word)) and not first and not last))

    def _items(self, text: str, start: int, end: int, from_left: bool,
               opened: bool = True, zones: tuple = (), split_pairs: bool = True) -> list[tuple[int, int, str]]:
        """(start, end, name) of the items of a list in text[start:end]. `from_left`: the cue follows the list;
        `opened`: the first item may carry the words that open the list (形成了…); `zones`: (start, end) of the
        zone names in text; `split_pairs`: a whole list of two joined industries names two (_split_lone_pair)."""
        out = []
        paired = paired_items(text, start, end, self._known_joined_spans(text, start, end))
        pieces = self._split_ji(text, paired, end) if paired else self._pieces(text, start, end)
        lead = 0 if from_left and opened else -1  # a list right after its cue has no opening words
        count = LIST_COUNT.match(text[end:end + 4]) or COUNT_IN_PIECE.search(text, *pieces[-1])
        counted = bool(count) and self._number(count["n"]) == len(pieces)
        if split_pairs and len(pieces) == 1 and not count:
            pieces = self._split_lone_pair(text, *pieces[0])
        for i, (a, b) in enumerate(pieces):
            a = after_zone_name(a, b, zones)
            raw = text[a:b]
            closing = LIST_CLOSE_AFTER_CUE.search(raw) if not from_left else None
            if closing and counted and closing.group() == "等" and not LIST_COUNT.match(raw[closing.start():]):
                # 中医药等澳门品牌工业、文旅会展商贸及现代金融四大新产业: the count says 等 closes no list, its item
                # is what is named after the examples
                a, closing = a + closing.end(), None
                raw = text[a:b]
            if closing:
                raw = raw[: closing.start()]
                b = a + len(raw)
            name = self._clean(REMARK.sub("", raw), first=i == lead) or self._list_member(raw, i, len(pieces))
            at = text.find(name, a, b + 4) if name else -1
            if at >= 0:
                out.append((at, at + len(name), name))
            if closing or not from_left and not counted and "等" in text[a:b + 1]:
                break
        return out

    def _pieces(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The list's items split at 、 and at the words that join two items (和, 与, 以及; 及 as _split_ji says)."""
        pieces = []
        pos = start
        # 软件和信息服务 is one industry; 新材料(高分子材料、新型建材) one item with its remark
        whole = self._known_joined_spans(text, start, end) + [r.span() for r in REMARK.finditer(text, start, end)]
        for m in ITEM_SEPARATORS.finditer(text, start, end):
            if any(a < m.start() < b for a, b in whole):
                continue
            pieces.append((pos, m.start()))
            pos = m.end()
        pieces.append((pos, end))
        return self._split_ji(text, self._as_counted(text, pieces, end), end)

    def _as_counted(self, text: str, pieces: list[tuple[int, int]], end: int) -> list[tuple[int, int]]:
        """The pieces joined back at 和 / 与 / 以及 when the count after the list matches its items set apart by 、
        only (新能源电池、现代农业与食品2个产业集群: 现代农业与食品 is one cluster)."""
        count = LIST_COUNT.match(text[end:end + 4])
        commas = len(LIST_COMMA.findall(text, pieces[0][0], end)) + 1
        if not count or self._number(count["n"]) != commas or commas == len(pieces):
            return pieces
        out, pos = [], pieces[0][0]
        for m in LIST_COMMA.finditer(text, pos, end):
            out.append((pos, m.start()))
            pos = m.end()
        return out + [(pos, end)]

    def _known_joined_spans(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of the lexicon's names that hold a joining word (软件和信息服务): never split there."""
        return [(m.start(), m.end()) for m in self.joined.finditer(text, start, end)] if self.joined else []

    def _joins_one(self, piece: str) -> bool:
        """A piece with 及 that names one industry: known whole (钛及特种金属), a dependent word after 及
        (烟草及配套, 铝及深加工), the word after 及 built on the one before (钛及钛合金; not 零部件及光伏组件, whose
        件 is only a shared character), or a trade of making after 及 (汽车及机械制造, 钢铁及有色金属加工), not after a
        service (航运物流及高端装备制造)."""
        piece = TRAILING.sub("", REMARK.sub("", piece))
        piece = piece.removesuffix("业")  # 软件及资讯服务业: a sector the lexicon knows by its joined name
        head, _, tail = piece.partition(JI)
        return piece.endswith(self.known_joined) or tail.startswith(self.joined_tails) or (
            bool(head) and tail.startswith(head[-1])) or (
            tail.endswith(self.joined_trades) and not head.endswith(self.service_heads)) or (
            built_on(head, tail) or same_kind(head, tail, self.known_heads))

    def _known_whole(self, piece: str) -> bool:
        """A piece the lexicon knows as one name with its 及 (汽车及零部件): a count never splits it."""
        return TRAILING.sub("", REMARK.sub("", piece)).removesuffix("业") in self.known

    def _list_member(self, raw: str, i: int, count: int) -> str | None:
        """A word named an industry only among others (list_members: 主导产业为新型建材、高新技术和现代物流), as an item
        after the first of a list of three or more; None elsewhere."""
        item = COUNT_IN_ITEM.sub("", TRAILING.sub("", CLOSING_DENG.sub("", CLOSING_WEI.sub("", raw.strip()))))
        return item if item in self.list_members and 0 < i and count >= 3 else None

    def _split_ji(self, text: str, pieces: list[tuple[int, int]], end: int) -> list[tuple[int, int]]:
        """Pieces split at 及 where it joins two industries (精密机械、生技医疗器材及绿色能源等), unless a count
        after the list matches the pieces as they stand (机器人及智能制造、小核酸及生物医药两大产业集群); and split at
        every 及 when the count matches the pieces so split (汽车、家用电器及装备制造三大主导产业), though 装备制造 alone
        would read as the trade of 家用电器."""
        with_ji = [i for i, (a, b) in enumerate(pieces) if JI in text[a:b] and not self._known_whole(text[a:b])]
        splittable = [i for i in with_ji if not self._joins_one(text[pieces[i][0]:pieces[i][1]])]
        # the count follows the list, or ends its last piece when the list ran on to the cue (…两大产业集群)
        count = LIST_COUNT.match(text[end:end + 4]) or COUNT_IN_PIECE.search(text, *pieces[-1])
        counted = self._number(count["n"]) if count else None
        if counted == len(pieces):
            return pieces
        if with_ji and counted == len(pieces) + len(with_ji):
            splittable = with_ji  # 汽车、家用电器及装备制造三大主导产业: the count says each 及 joins two
        if not splittable:
            return pieces
        out = []
        for i, (a, b) in enumerate(pieces):
            at = text.find(JI, a, b)
            out += [(a, at), (at + 1, b)] if i in splittable else [(a, b)]
        return out

    def _split_lone_pair(self, text: str, a: int, b: int) -> list[tuple[int, int]]:
        """A whole list that is two known industries joined by 和 / 与 / 及 (重点发展汽车及机械制造产业, 主导产业为机器人与
        智能装备) names two (GUIDE, settled in round 39g), unless the second is the first's parts, products or processing
        (汽车及零部件, 铝及铝加工, 石墨及石墨烯). A list's item (…、汽车及机械制造), a counted pair and a pair named as one
        cluster (重点培育机器人及智能制造产业集群) stay whole."""
        joiner = JOINER.search(text, a, b)
        if not joiner or JOINER.search(text, joiner.end(), b) or self.cluster_word.match(text, b):
            return [(a, b)]
        head = text[a:joiner.start()]
        tail = TRAILING.sub("", REMARK.sub("", text[joiner.end():b])).removesuffix("产业")
        head = self._clean(head, first=True) or ""
        if not (head in self.known and tail in self.known) or tail.startswith(self.joined_tails) or \
                built_on(head, tail) or same_kind(head, tail, self.known_heads) or \
                (bool(head) and tail.startswith(head[-1])):
            return [(a, b)]
        return [(a, joiner.start()), (joiner.end(), b)]

    def _counted_as_industries(self, sentence: str, items: list[tuple[int, int, str]]) -> bool:
        """A list closed by a count of its items and 产业 (陶瓷、装配式建筑材料两大产业)."""
        counted = COUNTED_AS_INDUSTRIES.match(sentence, items[-1][1])
        return bool(counted) and len(items) >= 2 and self._number(counted["n"]) == len(items)

    @staticmethod
    def _number(numeral: str) -> int:
        return int(numeral) if numeral.isdigit() else sum(NUMERALS.get(c, 0) for c in numeral)

    def _known(self, name: str, by_head: bool = True) -> bool:
        """A known industry, or two joined by 及 of which one is known (小核酸及生物医药), or a known one opened by
        an adjective (高端医疗器械, 新型煤化工) or closed by a joined tail (有色金属深加工), or (`by_head`) a kind of
        industry by its head word (永磁材料)."""
        return (name in self.known or any(part in self.known for part in name.split("及"))
                or self._opened_or_tailed_known(name) or by_head and name.endswith(self.known_heads) and len(name) > 2)

    def _opened_or_tailed_known(self, name: str) -> bool:
        core = name
        for opener in self.name_openers:
            if core.startswith(opener) and len(core) > len(opener) + 1:
                core = core[len(opener):]
                break
        for tail in self.joined_tails:
            if core.endswith(tail) and len(core) > len(tail) + 1:
                core = core[: -len(tail)]
                break
        return core != name and core in self.known

    def _sole_sector(self, items: list[tuple[int, int, str]]) -> bool:
        """A known sector named with 经济 as a weak cue's only item (加快发展数字经济: GUIDE names it planned), which
        unlike a task heading's trade (积极发展现代服务业) is no field of work but a sector plans single out."""
        return len(items) == 1 and items[0][2].endswith(self.sector_words) and items[0][2] in self.known

    def _beside_leading(self, found: list[tuple[int, int, str, str]], cue: int,
                        items: list[tuple[int, int, str]]) -> bool:
        """Whether a weak cue's one known item follows, in its sentence, a list of leading or pillar industries (规划
        主导产业为医药健康、低碳制造和食品加工,配套发展现代物流): the zone's lines go on, not a task heading's."""
        return (len(items) == 1 and self._known(items[0][2], by_head=False)
                and any(role in STRONG_ROLES and end <= cue for _, end, _, role in found))

    def _accept(self, sentence: str, items: list[tuple[int, int, str]], role: str, cue_written: bool):
        """A list after a strong cue (主导产业, 支柱产业) is taken whole; after a weaker one (产业集群,
        重点发展) an item must be a known industry, be written with 产业, or stand beside a known one."""
        if role in STRONG_ROLES:
            return items
        # a long name known only by its head (再生不锈钢精深加工, 动力电池正负极材料) may be a product line: it does not
        # vouch for the items beside it
        if any(self._known(name, by_head=self._plain_length(name) or len(items) == 1) for _, _, name in items):
            return items
        return [(a, b, n) for a, b, n in items if cue_written or sentence.startswith("产业", b)]

    def _led_by(self, sentence: str, cue: int) -> list[tuple[int, int, str]]:
        """The items of a list whose every item names its leading firms first (以天冠集团为主的生物质能源,…),
        when the last of them ends right at the cue."""
        clause = sentence.rfind("。", 0, cue) + 1
        items = list(LED_BY.finditer(sentence, clause, cue))
        if not items or cue - items[-1].end("name") > len(NUMBERED.search(sentence, clause, cue).group()):
            return []
        out = []
        for m in items:
            name = self._clean(m["name"], first=False)
            if name:
                out.append((m.start("name"), m.start("name") + len(name), name))
        return out

    def _verb_before_cue(self, sentence: str, last_item_end: int, end: int) -> bool:
        """Whether the last piece of a list before its cue, after the last item read, is one verb (扩区和变更主导产业):
        the cue is that verb's object, and the words before are no list of industries."""
        separator = ITEM_SEPARATORS.search(sentence, last_item_end, end)
        words = list(self.pos.cut(sentence[separator.end():end])) if separator else []
        return len(words) == 1 and words[0].flag == "v"

    def _toward_cue(self, sentence: str, start: int, end: int) -> bool:
        """Whether the list before a cue ends with a preposition of direction (土地、资金、政策向主导产业集中,
        要素资源向优势产业集聚): the cue is where the things listed are steered."""
        if not sentence[start:end].endswith(self.toward_words):
            return False
        words = list(self.pos.cut(sentence[start:end]))
        return bool(words) and words[-1].word in self.toward_words and words[-1].flag == "p"

    def _under_industry_heading(self, heading: str, pattern: patterns.Pattern = INDUSTRY_HEADING) -> bool:
        """Whether a sentence follows, on its line, a heading that names one known industry ((二)新材料产业。
        以高分子材料、特种纤维和新型建材为重点,…; unnumbered: 智能装备产业。重点发展数控机床、…), or opens with one
        (`pattern` INLINE_INDUSTRY_HEADING: (4)现代物流:…规划发展农产品冷链物流、食品物流): its lists are that
        industry's sub-sectors (GUIDE)."""
        m = pattern.match(heading)
        return bool(m) and any(m["name"][i:] in self.known for i in range(len(m["name"]) - 1))

    def _after_an_industry(self, sentence: str, at: int) -> bool:
        """Whether 以 or a cue at `at` follows a known industry written with 产业 (生物医药产业以民族医药、生物制品为重点,
        医药食品产业重点发展中药饮片、…): the list is that industry's sub-sectors (GUIDE). Not a cue's own 产业
        (园区主导产业以电子信息为主)."""
        subject = INDUSTRY_SUBJECT.search(sentence, 0, at)
        return bool(subject) and any(subject["name"][i:] in self.known for i in range(len(subject["name"]) - 1))

    def _by_with_items(self, sentence: str, m, zones: tuple, split_pairs: bool = True) -> list[tuple[int, int, str]]:
        """The items of the list of 以<list>为<cue>: the name after 等 when the list gives examples before it
        (以钢卷尺等五金工量具为主导产业: 钢卷尺 is a product, 五金工量具 the industry), else the list's items (also when
        the word after 等 names no industry: 以电子信息、装备制造等产业为主导)."""
        named = NAMED_AFTER_EXAMPLES.search(sentence, m.start("list"), m.end("list"))
        if named:
            items = self._items(sentence, named.start("name"), named.end("name"), True, opened=False, zones=zones,
                                split_pairs=split_pairs)
            if items:
                return items
        return self._items(sentence, m.start("list"), m.end("list"), True, opened=False, zones=zones,
                           split_pairs=split_pairs)

    def _named_after_examples(self, sentence: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """The industry a list after its cue names after 等 when the items before 等 are its products
        (重点发展芒果、甘蔗等特色农产品精深加工: the industry is 特色农产品精深加工, 芒果 a fruit): only a name that reads as
        a kind of industry (_known: a known name, or one headed by 加工, 制造, 材料, 服务). Not 电子信息、生物医药等
        新兴产业, whose word after 等 names no industry (the items are the industries)."""
        named = NAMED_AFTER_EXAMPLES_OPEN.search(sentence, start, end)
        if not named:
            return []
        name = self._clean(named["name"], first=False, long=True)
        if not name or not self._known(name):
            return []
        at = sentence.find(name, named.start("name"))
        return [(at, at + len(name), name)]

    def lists_before_cues(self, sentence: str):
        """The matches of self.after.finditer(sentence), tried only at the positions from which a list can
        reach a cue: trying every position of a long sentence made this the slowest step of the extraction."""
        cue_ends = {m.start(): m.end() for m in self.after_cue.finditer(sentence, overlapped=True)}
        if not cue_ends:
            return
        cues = sorted(cue_ends)
        # cues that overlap are one: 优势产业集群 is read to its end (a cluster), as the greedy list reads it
        for cue in reversed(cues):
            cue_ends[cue] = max([cue_ends[cue]] + [cue_ends[c] for c in cues if cue < c < cue_ends[cue]])
        counts = [(m.start(), m.end()) for m in self.digit_count_cue.finditer(sentence)]
        breaks = [m.start() for m in OUTSIDE_LIST.finditer(sentence, 0, cues[-1])
                  if "(" not in sentence[max(0, m.start() - REMARK_REACH):m.start()]
                  and not any(a <= m.start() < b for a, b in counts)]
        pos = 0
        for cue in cues:
            # a list ending at this cue starts after the last break before it, and after the last match
            last_break = breaks[bisect.bisect_left(breaks, cue) - 1] if breaks and breaks[0] < cue else -1
            for start in range(max(pos, last_break + 1), cue):
                # the list ends at this cue, not at one further on (…三大产业集群开展产业链招商: 产业集群 closes it)
                m = self.after.match(sentence, start, cue_ends[cue])
                if m:
                    yield m
                    pos = m.end()
                    break
            pos = max(pos, cue)

    def _role_of_longest_cue(self, sentence: str, m) -> str:
        """The role of the longest cue that ends where a list's cue ends, after the list's count (形成电子信息、输变电装备
        和新材料三大主导产业集群: 主导产业集群, leading, which the greedy list reads as 三大主导 and 产业集群)."""
        counts = list(CUE_COUNT.finditer(sentence, m.start("list"), m.start("cue")))
        if not counts:
            return self.roles[m["cue"]]
        longer = [c for c in self.after_cue.finditer(sentence, counts[-1].end(), m.end("cue"), overlapped=True)
                  if c.end() == m.end("cue")]
        return self.roles[min(longer, key=lambda c: c.start()).group()] if longer else self.roles[m["cue"]]

    def _opened_by_counted_only(self, sentence: str, start: int, first_item: int) -> bool:
        """Whether the words that open a list before its cue hold a cue that names industries only with a count
        (围绕: 要围绕光伏制造、锂电、盐湖化工等优势产业建链, the lines a province's advice turns on)."""
        return bool(self.counted_only_cue) and bool(self.counted_only_cue.search(sentence, start, first_item))

    def lists_after_cues(self, sentence: str):
        """The matches of self.before in a sentence, but not one whose list holds another such cue (主攻方向为开发区三大
        主导产业:…: 主攻's list would run over 主导产业, whose own list is the one written): the search goes on at that cue."""
        pos = 0
        while m := self.before.search(sentence, pos):
            cues = self.before_cue.finditer(sentence, m.start("list"), m.end("list") + self.longest_before_cue,
                                            overlapped=True)
            inner = next((c for c in cues if c.start() < m.end("list") and self.before.match(sentence, c.start())),
                         None)
            if inner:
                pos = inner.start()
                continue
            yield m
            pos = m.end()

    def find(self, sentence: str, zones: tuple = (), heading: str = "") -> list[tuple[int, int, str, str]]:
        """(start, end, name, role) of each industry named in a sentence; `zones`: (start, end) of the zone names
        in it; `heading`: the text of its line before it."""
        found = []
        under = self._under_industry_heading(heading) or self._under_industry_heading(sentence, INLINE_INDUSTRY_HEADING)
        by_with_spans = []
        for m in self.by_with.finditer(sentence):
            by_with_spans.append((m.start(), m.end()))
            if under or self._after_an_industry(sentence, m.start()):
                continue  # 生物医药产业以民族医药、生物制品为重点: that industry's sub-sectors
            if ZONES_OF_A_KIND.match(sentence, m.end()):
                continue  # 以新材料为主导产业的11个: zones counted by their industry, not one zone's
            role = self.roles[m["cue"]]
            items = self._by_with_items(sentence, m, zones)
            found += [(a, b, n, role) for a, b, n in self._accept(sentence, items, role, False)]
        for m in self.by_with_known.finditer(sentence) if self.by_with_known else ():
            by_with_spans.append((m.start(), m.end()))
            # 前者以汽车及装备制造为主: a cue too common to say the pair is two of the zone's industries
            items = self._by_with_items(sentence, m, zones, split_pairs=False)
            if items and all(self._known(n) for _, _, n in items):
                # 以光电产业聚落及精密机械产业聚落为主: items that name themselves clusters are the zone's clusters
                found += [(a, b, n, "cluster" if self.cluster_word.match(sentence, b) else self.roles[m["cue"]])
                          for a, b, n in items]
        for m in self.copula.finditer(sentence) if self.copula_cue.search(sentence) else ():
            name = self._clean(m["list"], first=True)
            if name:
                at = sentence.find(name, m.start("list"), m.end("list"))
                found.append((at, at + len(name), name, self.roles[m["cue"]]))
        for m in self.lists_before_cues(sentence):
            if any(a < m.start("cue") < b for a, b in by_with_spans):
                continue  # 以…为主导产业: read above as 以…为主导
            if self.roles[m["cue"]] == "planned" and self.growing and self.growing.match(sentence, m.end("cue")):
                continue  # 动力电池、新型显示等新兴产业加快布局: industries only said to be growing
            if sentence.startswith(":", m.end("cue")) and self.before.match(sentence, m.start("cue")):
                continue  # 主攻方向为开发区三大主导产业:新能源汽车…: the cue's colon opens its list after it (not 装备制造产业集群:…)
            if TITLE_BASE.match(sentence, m.end("cue")):
                continue  # 获评国家火炬沧州生物医药特色产业基地: a base's title the zone was given, not its industries
            led = self._led_by(sentence, m.start("cue"))
            if led:
                role = self.roles[m["cue"]]
                found += [(a, b, n, role) for a, b, n in led]
                continue
            end = m.start("cue")
            numbered = NUMBERED.search(sentence, m.start("list"), end).group()
            end -= len(numbered)
            role = self._role_of_longest_cue(sentence, m)
            named = NAMED_AFTER_EXAMPLES.search(sentence, m.start("list"), end)
            items = self._items(sentence, named.start("name"), end, True, opened=False, zones=zones) if named else []
            # 羊绒、丝网、箱包等特色产业集群: a group qualifier after 等 before a cluster says what kind the list's items
            # are, and they are the clusters; not 等传统优势产业要向…攀升, 等优势环节延伸产业链条
            closed = (bool(named) and not items and role == "cluster"
                      and named["name"] in self.group_qualifiers)
            if not named or closed:
                items = self._items(sentence, m.start("list"), named.start() if closed else end, True, zones=zones)
            if items and self._verb_before_cue(sentence, items[-1][1], end):
                continue  # 严禁擅自扩区和变更主导产业: the word before the cue is no name but a verb taking it as object
            if self._toward_cue(sentence, m.start("list"), end):
                continue  # 把有限的土地、资金、政策向主导产业集中: what is steered to the industries, not them
            # X产业集群: the cue itself says 产业 right after a single name, or after a list closed by 等
            single = len(items) == 1 and items[0][1] == end
            # a count that matches the items (半导体先进制程与智慧精密机械两大产业聚落) confirms the list
            counted = LIST_COUNT.match(numbered)
            counted = bool(counted) and len(items) >= 2 and self._number(counted["n"]) == len(items)
            if m["cue"] in self.counted_after_list and not counted:
                continue  # 延伸焦炉煤气制甲醇、乙二醇产业链: a chain's products
            if m["cue"] in self.list_only and len(items) < 2:
                continue  # 延长钢铁产业链: a task, not a list of industries
            if (items and not counted and role not in STRONG_ROLES
                    and self._opened_by_counted_only(sentence, m.start("list"), items[0][0])):
                continue  # 要围绕光伏制造、锂电…等优势产业建链: what the task turns on, not a zone's industries
            written = "产业" in m["cue"] and (single or numbered.startswith("等") or counted or closed)
            found += [(a, b, n, role) for a, b, n in self._accept(sentence, items, role, written)]
        for m in self.lists_after_cues(sentence):
            if under or UNDER_ONE_CLUSTER.search(sentence, 0, m.start("cue")) or self._after_an_industry(sentence, m.start()):
                continue  # a cluster's sub-sectors; 医药食品产业重点发展中药饮片、…: that industry's
            if m["cue"].endswith("为") and BY_WITH_OPENED.search(sentence, 0, m.start("cue")):
                continue  # 以若干特色主导产业为支撑: the 为 of 以…为, the cue's words its object
            role = self.roles[m["cue"]]
            end = m.end("list")
            firms = (self.closed_by_firms.search(sentence, m.start("list"), end)
                     if m["cue"] in self.intake_cues else None)
            if firms:
                end = firms.start()  # 重点引进软件、数字创意和研发服务企业: the firms of these industries
            if m["cue"] in self.intake_cues and PROJECTS_CLOSE.search(sentence, m.start("list"), m.end("list")):
                continue  # 重点承接数字经济、医疗器械等项目: projects brought in, not the zone's industries
            items = (self._named_after_examples(sentence, m.start("list"), end)
                     or self._items(sentence, m.start("list"), end, False, zones=zones))
            if m["cue"] in self.list_only and len(items) < 2 and not self._named_after_examples(
                    sentence, m.start("list"), m.end("list")) and not self._sole_sector(items) and not self._beside_leading(
                    found, m.start(), items):
                continue  # 积极发展现代服务业: a task heading, not a list of industries
            written = bool(items) and (bool(CLOSED_AS_INDUSTRIES.match(sentence, items[-1][1]))
                                       or self._counted_as_industries(sentence, items)
                                       or sentence.startswith("产业", items[-1][1]))  # 氟化工和农药原药产业
            found += [(a, b, n, role) for a, b, n in self._accept(sentence, items, role, written)]
            more = SPOKEN_MORE.match(sentence, m.end("list")) if role in STRONG_ROLES and items else None
            if more:  # 主导产业是五金工量具,另外还有农副产品加工和纺织服装: the list goes on, spoken
                found += [(a, b, n, role) for a, b, n in
                          self._items(sentence, more.start("list"), more.end("list"), False, zones=zones)]
        for m in self.spoken_count.finditer(sentence) if self.copula_cue.search(sentence) else ():
            items = self._items(sentence, m.start("list"), m.end("list"), False, zones=zones)
            if len(items) == self._number(m["n"]):
                found += [(a, b, n, self.roles[m["cue"]]) for a, b, n in items]
        for m in self.spoken_copula.finditer(sentence) if self.spoken_copula else ():
            items = self._items(sentence, m.start("list"), m.end("list"), False, zones=zones)
            found += [(a, b, n, self.roles[m["cue"]]) for a, b, n in items]
        for m in self.counted_only.finditer(sentence) if self.counted_only else ():
            items = self._items(sentence, m.start("list"), m.end("list"), False, zones=zones)
            if items and self._counted_as_industries(sentence, items):
                found += [(a, b, n, self.roles[m["cue"]]) for a, b, n in items]
        for m in self.bases.finditer(sentence):
            end = m.start("cue") - len(NUMBERED.search(sentence, m.start("list"), m.start("cue")).group())
            items = self._items(sentence, m.start("list"), end, True, zones=zones)
            found += [(a, b, n, "planned") for a, b, n in self._accept(sentence, items, "planned", True)]
        return found

    def table_columns(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, name, role) of industries listed in a table's column headed by a cue (主导产业, 主攻方向):
        one row per line, up to the first line that is no row. Columns are counted from the right, for a layout
        with spaces loses the separator before a figure (上库石化产业园42平方公里   石油天然气化工、精细化工)."""
        found, header, offset = [], None, 0
        csv = csv_rows(text)  # a comma-separated row (1,成都高新区,"电子信息、生物医药",4235.6) has its fields
        width = 0  # the number of the header's cells
        for line in text.split("\n"):
            cells = [(a - offset, b - offset, c) for a, b, c in csv[offset]] if offset in csv else table_cells(line)
            if len(cells) < 2 and header:
                cells = table_cells(line, SINGLE_SPACE)
                cells = cells if len(cells) == width else []
            if len(cells) < 2:
                header = None
            elif any(c in self.table_headers for _, _, c in cells):
                right = next(len(cells) - 1 - i for i, (_, _, c) in enumerate(cells) if c in self.table_headers)
                header = (right, self.table_headers[next(c for _, _, c in cells if c in self.table_headers)])
                width = len(cells)
            elif header and len(cells) - 1 - header[0] >= 1:
                a, b, _ = cells[len(cells) - 1 - header[0]]
                items = self._items(line, a, b, True, opened=False)
                found += [(offset + s, offset + e, n, header[1]) for s, e, n in items]
            offset += len(line) + 1
        return found

    def heading_fields(self, text: str, zone_names: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
        """(start, end, name, role) of the field a heading gives its zone in brackets (一、北京经济技术开发区(集成电路)):
        a known industry, of role other (the heading names it, no cue says what it is to the zone)."""
        found = []
        for zone_start, zone_end in zone_names:
            m = HEADING_FIELD.match(text, zone_end)
            if m and self._known(m["name"]) and not HEADING_BREAK.search(text, text.rfind("\n", 0, zone_start) + 1,
                                                                      zone_start):
                found.append((m.start("name"), m.end("name"), m["name"], "other"))
        return found

    def enumerated(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, name, role) of industries enumerated after a cue and a colon, one per clause, across
        semicolons (主导产业有三个:一是电子信息产业;二是装备制造产业;三是新能源产业)."""
        found = []
        for m in self.enumeration.finditer(text):
            role = self.roles[m["cue"]]
            items = []
            for a, b in zip(m.starts("item"), m.ends("item")):
                name = self._clean(text[a:b], first=False)
                if name:
                    items.append((a, a + len(name), name))
            if len(items) >= 2:
                found += [(a, b, n, role) for a, b, n in self._accept(text, items, role, False)]
        return found

    def chain_headings(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, name, "planned") of the known industries numbered headings name as chains ((三)新材料产业链)."""
        found = []
        for m in CHAIN_HEADING.finditer(text):
            name = self._clean(m["name"], first=False)
            if name == m["name"] and self._known(name):
                found.append((m.start("name"), m.end("name"), name, "planned"))
        return found

    def bulleted(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, name, role) of the industries a heading counts (三大主导产业) and the bulleted lines right
        below it name, one per line; none unless there are as many such lines as the count, each naming one. Or the
        cells of the one line below it (_celled_row)."""
        found = []
        for m in self.counted_heading.finditer(text):
            items, at = self._celled_row(text, m.end(), self._number(m["n"])), m.end()
            for _ in range(0 if items else self._number(m["n"])):
                line = BULLETED_ITEM.match(text, at)
                name = self._clean(line["item"], first=False) if line else None
                if not name or not line["item"].strip().startswith(name):
                    items = []
                    break
                start = line.start("item") + line["item"].index(name)
                items.append((start, start + len(name), name))
                at = text.find("\n", line.end()) if "\n" in text[line.end():] else len(text)
            role = self.lex.industry_after_list[m["cue"]]
            found += [(a, b, n, role) for a, b, n in self._accept(text, items, role, True)]
        return found


    def _celled_row(self, text: str, at: int, count: int) -> list[tuple[int, int, str]]:
        """(start, end, name) of the cells of the line right below a counted heading, when they are as many as the
        count and each is a name whole (an infographic's box: 四大主导产业 / 生物医药 | 新一代信息技术 | …)."""
        line_start = at + 1
        line = text[line_start:text.find("\n", line_start) if "\n" in text[line_start:] else len(text)]
        cells = table_cells(line) if "|" in line else []
        if len(cells) != count:
            return []
        names = [self._clean(cell, first=False) for _, _, cell in cells]
        if any(name != cell for name, (_, _, cell) in zip(names, cells)):
            return []
        return [(line_start + a, line_start + b, cell) for a, b, cell in cells]


def paired_items(text: str, start: int, end: int,
                 whole: list[tuple[int, int]] = ()) -> list[tuple[int, int]] | None:
    """高端汽车和新能源智能汽车、生物技术和大健康、机器人和智能制造: a joining word before a 、 cannot close the list,
    so the writer pairs words inside items: the items are what the 、 separate. The last item's joining word closes
    the list unless it is one the writer already paired with (钢铁与有色金属加工、石化下游产品和清洁能源: the last 和
    closes), nor one inside a name known whole (`whole`: …、激光及光电、软件和信息服务). None when no item before the
    last holds a joining word; a name known whole pairs no words (软件和信息服务、人工智能和云计算: the last 和 closes)."""
    commas = list(LIST_COMMA.finditer(text, start, end))
    if not commas:
        return None
    edges = [start] + [x for m in commas for x in (m.start(), m.end())] + [end]
    items = list(zip(edges[::2], edges[1::2]))
    paired = {j.group() for a, b in items[:-1] for j in PAIRING.finditer(text, a, b)
              if not any(x < j.start() < y for x, y in whole)}
    if not paired:
        return None
    last_start, last_end = items[-1]
    closing = [j for j in PAIRING.finditer(text, last_start, last_end)
               if j.group() not in paired and not any(a < j.start() < b for a, b in whole)]
    if closing:
        items[-1:] = [(last_start, closing[0].start()), (closing[0].end(), last_end)]
    return items


def built_on(head: str, tail: str) -> bool:
    """石墨及石墨烯: the word after 及 is made from the word before, so the two are one industry's chain."""
    return len(head) >= 2 and tail.startswith(head) and len(tail) > len(head)


def same_kind(head: str, tail: str, broad_heads: tuple) -> bool:
    """盐化工及精细化工, 藏药及生物医药: a Chinese compound ends with its kind, so two names ending alike are two
    branches of one industry, which plans name together as one (a count, where given, still decides). Not when
    the shared ending is a head word as broad as a trade (lexicon known_heads: 资讯服务及科技服务 are two)."""
    return (len(head) >= 2 and len(tail) >= 2 and head[-1] == tail[-1]
            and not (head.endswith(broad_heads) and tail.endswith(broad_heads)))


def after_zone_name(start: int, end: int, zones) -> int:
    """Where an item's name starts: after a zone's name the item opens with (昆明经开区装备制造、曲靖经开区汽车两个
    产业集群: each item names its zone first; the zone is the industry's, not part of its name)."""
    return max([e for s, e in zones if start <= s and e < end], default=start)


def rejoined(text: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The industries found, two split at 及 (or 与, 和) made one again where the document reads them as one name
    elsewhere (重点发展机器人及智能装备、小核酸及生物医药…三大产业, whose count keeps 小核酸及生物医药 whole, then a fact
    box's 主导产业:…、小核酸及生物医药、…, with no count; 以工业自动化与智能装备、…为主导产业, then 工业自动化与智能装备产业集群);
    and a second half found alone, its first part no name of its own (钨: one character the lexicon does not know), made
    whole where the document reads the pair as one name (以…、钨和稀有金属新材料为两大主导产业, then 储潭工业园重点发展钨和
    稀有金属新材料)."""
    whole = {name for _, _, name, _ in found if JOINER.search(name)}
    if not whole:
        return found
    by_start = {a: (b, name) for a, b, name, _ in found}
    spans = [(a, b) for a, b, _, _ in found]
    out, halves = [], set()
    for a, b, name, role in found:
        joiner = JOINER.match(text, b)
        second = by_start.get(joiner.end()) if joiner else None
        if second and f"{name}{joiner.group()}{second[1]}" in whole:
            out.append((a, second[0], f"{name}{joiner.group()}{second[1]}", role))
            halves.add(joiner.end())
        elif name not in whole and (first := whole_before(text, a, name, whole)) and not any(
                x < a and a - len(first) < y for x, y in spans):  # a first part found as a name is the case above
            out.append((a - len(first), b, first + name, role))
        else:
            out.append((a, b, name, role))
    return [item for item in out if item[0] not in halves]


def whole_before(text: str, start: int, name: str, whole: set[str]) -> str:
    """The first part and joining word (钨和) written right before a name at `start`, which with it makes one of the
    document's joined names (`whole`); "" if none."""
    for joined in sorted(whole, key=len, reverse=True):
        first = joined[:len(joined) - len(name)]
        if joined.endswith(name) and JOINER_AT_END.search(first) and text[start - len(first):start] == first:
            return first
    return ""


def table_cells(line: str, separator: patterns.Pattern = CELL_SEPARATOR) -> list[tuple[int, int, str]]:
    """(start, end, text) of each non-empty cell of a table row; one cell for a line that is no row."""
    cells, start = [], 0
    for sep in [*separator.finditer(line), None]:
        end = sep.start() if sep else len(line)
        if line[start:end].strip():
            cells.append((start, end, line[start:end].strip()))
        start = sep.end() if sep else end
    return cells


class IndustryExtractor:
    """spaCy component: an `industry` fact per industry name and zone. Runs after zone attribution is possible,
    so it groups by the zone attribution gives each mention."""

    def __init__(self, lex: Lexicons, jieba_tokenizer):
        self.finder = IndustryFinder(lex, jieba_tokenizer)

    def __call__(self, doc):
        text = document_text(doc)
        taken = {(s.start_char, s.end_char) for s in facts(doc)}
        # a list never runs inside a zone's name (建设武汉国家生物产业基地)
        zone_names = [(s, e) for s, e, _ in doc.user_data.get("zone_mentions", [])]
        found = []
        for s_start, s_end in doc.user_data["sentences"]:
            zones = tuple((s - s_start, e - s_start) for s, e in zone_names if s_start <= s and e <= s_end)
            heading = text[text.rfind("\n", 0, s_start) + 1:s_start]  # the text of its line before it
            found += [(s_start + a, s_start + b, n, r)
                      for a, b, n, r in self.finder.find(text[s_start:s_end], zones, heading)]
        line_start = 0
        for line in text.split("\n"):
            found += [(line_start + a, line_start + b, n, r) for a, b, n, r in self.finder.enumerated(line)]
            line_start += len(line) + 1
        found += self.finder.bulleted(text)
        found += self.finder.chain_headings(text)
        found += self.finder.heading_fields(text, zone_names)
        table = self.finder.table_columns(text)
        for a, b, name, role in rejoined(text, found + table):
            if (a, b) in taken or any(s <= a and b <= e for s, e in zone_names):
                continue
            taken.add((a, b))
            add_fact(doc, a, b, "industry", "industry", name=name, role=role)
        return doc


class IndustryDedup:
    """One industry fact per (name, zone) in a document: its first mention, with that mention's role and text
    (GUIDE: 主导产业为A、B, then 重点发展A is one fact, leading; a later 主导 after a first 重点发展 leaves it planned).
    A name that is the first part of an X及Y name of the same zone, Y a word that depends on X (lexicon
    joined_tails), named after it, is its short form (汽车产业集群 after 汽车及零部件产业集群), not another industry;
    铝产业集群 after 铝及铝加工 is one. Not when the short form has another role than the joined name's first mention: a zone's leading
    新能源汽车及零部件 and the 新能源汽车产业集群 it formed are two facts."""

    def __init__(self, lex: Lexicons):
        # 俄罗斯 or 对俄 before a trade with that country (longest first: 白俄罗斯 before 俄罗斯)
        self.partner_prefixes = sorted(
            list(lex.zone_partner_country_names) + [p + short for p in lex.zone_partner_prepositions
                                                   for short in set(lex.zone_partner_country_names.values())],
            key=len, reverse=True)
        self.joined_tails = tuple(lex.industry_joined_tails)

    def __call__(self, doc):
        # in the order the text names them: a sentence's lists are read cue by cue, not left to right
        industries = sorted((s for s in facts(doc) if s.label_ == "industry"), key=lambda s: s.start_char)
        first: dict[tuple, tuple[int, int, str]] = {}  # (start, end, role) of each key's first mention
        for span in industries:
            first.setdefault((span._.name, span._.zone), (span.start_char, span.end_char, span._.role))
        # (short form, zone) → (start, role) of the joined name's first mention
        joined = {(name.partition(JI)[0], zone): (start, role) for (name, zone), (start, _, role) in first.items()
                  if name.partition(JI)[2].startswith(self.joined_tails)}
        kept = [span for span in facts(doc) if span.label_ != "industry"
                or first[(span._.name, span._.zone)][:2] == (span.start_char, span.end_char)
                and not self._short_form(span, joined.get((span._.name, span._.zone)))]
        doc.spans[FACTS_KEY] = kept
        return doc

    @staticmethod
    def _short_form(span, joined: tuple[int, str] | None) -> bool:
        """Whether an industry is the short form of a joined name named before it in the same role (汽车产业集群 after
        汽车及零部件产业集群); a name written first (a table's 再生金属 before the text's 再生金属及制品) is its own."""
        return joined is not None and joined[0] < span.start_char and joined[1] == span._.role


@Language.factory("industry_dedup", default_config={"lexicon_dir": ""})
def make_industry_dedup(nlp: Language, name: str, lexicon_dir: str) -> IndustryDedup:
    return IndustryDedup(load_lexicons(lexicon_dir or None))


@Language.factory("industry_extractor", default_config={"lexicon_dir": ""})
def make_industry_extractor(nlp: Language, name: str, lexicon_dir: str) -> IndustryExtractor:
    from pipeline.segmenting import make_jieba

    lex = load_lexicons(lexicon_dir or None)
    return IndustryExtractor(lex, getattr(nlp.tokenizer, "jieba", None) or make_jieba(lex))
