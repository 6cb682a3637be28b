"""Zones: named zones and parks, from a suffix lexicon plus a place or qualifier on the left.

A name is bounded on the left by the clause, by words that cannot start a name (lexicons/zone_stopwords.txt)
and by jieba's part-of-speech tags (a verb or preposition ends it); Chinese administrative place names (from
cpca's data) tell a place from a qualifier. Forms that share their proper part and suffix family are one zone
(南阳高新区 is 南阳高新技术产业开发区); the longest form is its name.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import jieba.posseg
from spacy.language import Language

from extractors import patterns
from extractors.base import add_fact, document_text
from extractors.context import clause_start
from pipeline.lexicons import Lexicons, alternation, load_lexicons
from pipeline.regions import is_province, is_region, short_form

# Part-of-speech tags (jieba / ICTCLAS) that cannot stand inside a name: verbs, prepositions, conjunctions,
# particles, adverbs, pronouns, numerals, measure words, time words.
# Part-of-speech tags (jieba / ICTCLAS) that cannot stand inside a name: verbs, prepositions, conjunctions,
# particles, adverbs, pronouns, numerals, measure words, time words.
BOUNDARY_TAGS = {"v", "vd", "p", "c", "u", "ud", "ug", "uj", "ul", "uv", "uz", "d", "r", "m", "mq", "q", "t", "y",
                 "e", "o", "zg"}
# A name with no place in it must start with a proper noun (龙腾集团综合物流园).
PROPER_TAGS = {"ns", "nr", "nrt", "nrfg", "nz"}
# One-character words that end a name even when jieba glued them to the next word (和鹤淇 → 鹤淇).
GLUE_STOPS = set("和与及或在是为的了对把向从到由以于被让使等")
MAX_LEFT = 12  # characters of left context a name may take
MAX_QUALIFIER_WORDS = 3


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
        self.not_places = set(lex.zone_not_places)
        self.blocker = patterns.compile(alternation(lex.zone_suffix_blockers))
        self.titles = set(lex.zone_title_prefixes)
        self.pos = jieba.posseg.POSTokenizer(jieba_tokenizer)
        self.same = patterns.compile(rf"^[\"“]?(?:{alternation(lex.zone_same)})[\"“:]?")

    def _is_place(self, word: str, flag: str) -> bool:
        return word not in self.not_places and (is_region(word) or (flag == "ns" and len(word) >= 2))

    def _proper_part(self, left: str) -> tuple[str, str | None, bool] | None:
        """The proper part of a name that ends where `left` ends: (proper, place, proper_led), or None."""
        words = [(w.word, w.flag) for w in self.pos.cut(left)]
        taken: list[tuple[str, str]] = []
        seen_place = False
        for word, flag in reversed(words):
            if len(word) > 2 and word[0] in GLUE_STOPS:
                taken.append((word[1:], flag))
                break
            if not patterns.fullmatch(r"\p{Han}+", word) or word in self.stopwords or flag in BOUNDARY_TAGS:
                break
            if self._is_place(word, flag):
                seen_place = True
            elif seen_place or len(taken) >= MAX_QUALIFIER_WORDS:
                break  # a qualifier stands right of its place (沁阳市沁北), never left of it
            taken.append((word, flag))
        taken.reverse()
        # The name starts at its first place or proper noun: leading common words are context (研发机构落户).
        while taken and not (self._is_place(*taken[0]) or taken[0][1] in PROPER_TAGS):
            taken.pop(0)
        if not taken:
            return None
        places = [w for w, f in taken if self._is_place(w, f)]
        before = left[: len(left) - sum(len(w) for w, _ in taken)]
        if not places and any(before.endswith(t) for t in self.titles):
            return None  # 国家光电高新技术产业化基地: an honour, not a zone
        # A leading province is left out of the name (河南省南阳高新技术产业开发区 → 南阳…), and a province's
        # full name alone is a category (河南省产业集聚区), not a zone.
        while len(taken) > 1 and is_province(taken[0][0]):
            taken.pop(0)
        proper = "".join(w for w, _ in taken)
        if len(proper) < 2 or (is_province(proper) and short_form(proper) != proper):
            return None
        place = taken[0][0] if self._is_place(*taken[0]) else None
        return proper, place, taken[0][1] in PROPER_TAGS

    def mentions(self, text: str) -> list[ZoneMention]:
        found = []
        previous_end = 0
        for m in self.suffixes.finditer(text):
            if self.blocker.match(text, m.end()):
                continue
            lo = max(clause_start(text, m.start()), m.start() - MAX_LEFT, previous_end)
            previous_end = m.end()
            part = self._proper_part(text[lo:m.start()])
            if part is None:
                continue
            proper, place, proper_led = part
            start = m.start() - len(proper)
            found.append(ZoneMention(start, m.end(), text[start:m.end()], proper, self.lex.zone_suffixes[m.group()],
                                     place, proper_led))
        return found

    @staticmethod
    def _key(proper: str) -> str:
        return short_form(proper)

    def zones(self, text: str, mentions: list[ZoneMention]) -> list[Zone]:
        """Group mentions into zones: same proper part and family; a shorter form joins the one zone whose
        proper part ends with it (东部产业集聚区 → 温岭市东部产业集聚区); 前身为 / 简称 join two names."""
        groups: dict[tuple[str, str], list[ZoneMention]] = {}
        for mention in mentions:
            groups.setdefault((self._key(mention.proper), mention.family), []).append(mention)
        parent = {k: k for k in groups}

        def find(k):
            while parent[k] != k:
                k = parent[k]
            return k

        for key in groups:
            owners = [k for k in groups if k[1] == key[1] and k[0] != key[0] and k[0].endswith(key[0])]
            if len(owners) == 1:
                parent[key] = owners[0]
        by_start = {m.start: m for m in mentions}
        for mention in mentions:
            after = self.same.match(text[mention.end:mention.end + 8])
            if after:
                other = by_start.get(mention.end + after.end())
                if other:
                    a = find((self._key(mention.proper), mention.family))
                    b = find((self._key(other.proper), other.family))
                    if a != b:
                        parent[b] = a
        merged: dict[tuple[str, str], list[ZoneMention]] = {}
        for key, ms in groups.items():
            merged.setdefault(find(key), []).extend(ms)
        zones = []
        for root, ms in merged.items():
            if not any(m.place or m.proper_led for m in ms):
                continue  # no place and no proper noun: a generic phrase, not a name
            ms.sort(key=lambda m: m.start)
            # The name comes from the root's own forms: 沁阳市产业集聚区 stays the name of the zone whose
            # former name (前身为…) is longer.
            own = [m.name for m in sorted(groups[root], key=lambda m: m.start)]
            canonical = max(own, key=lambda n: (len(n), -own.index(n)))  # longest, then first
            aliases = list(dict.fromkeys(m.name for m in ms if m.name != canonical))
            zones.append(Zone(canonical, aliases, ms))
        zones.sort(key=lambda z: z.mentions[0].start)
        return zones


class ZoneExtractor:
    """spaCy component: one `zone` fact per distinct zone of the document, at its name's first occurrence.
    Leaves every mention in doc.user_data["zone_mentions"] for attribution."""

    def __init__(self, lex: Lexicons, jieba_tokenizer):
        self.finder = ZoneFinder(lex, jieba_tokenizer)

    def __call__(self, doc):
        mentions = self.finder.mentions(document_text(doc))
        zones = self.finder.zones(document_text(doc), mentions)
        doc.user_data["zone_mentions"] = [(m.start, m.end, z.name) for z in zones for m in z.mentions]
        doc.user_data["zones"] = {z.name: z.aliases for z in zones}
        for z in zones:
            first = next(m for m in z.mentions if m.name == z.name)
            add_fact(doc, first.start, first.end, "zone", "zone", name=z.name, aliases=z.aliases, zone=z.name)
        return doc


@Language.factory("zone_extractor", default_config={"lexicon_dir": ""})
def make_zone_extractor(nlp: Language, name: str, lexicon_dir: str) -> ZoneExtractor:
    from pipeline.segmenting import make_jieba

    lex = load_lexicons(lexicon_dir or None)
    tokenizer = getattr(nlp.tokenizer, "jieba", None) or make_jieba(lex)
    return ZoneExtractor(lex, tokenizer)
