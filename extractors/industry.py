"""Industries: those a text names as a zone's leading (主导), pillar (支柱), key or planned (重点发展) or cluster
(产业集群) industry, found from the list structure around a cue (lexicons/industry_cues.yml), so that a name the
lexicon lacks is still found. One fact per name and zone in a document; `name` without a trailing 产业 / 业."""
from __future__ import annotations

import jieba.posseg
from spacy.language import Language

from extractors import patterns
from extractors.base import FACTS_KEY, add_fact, document_text, facts
from pipeline.lexicons import Lexicons, alternation, load_lexicons

ITEM_SEPARATORS = patterns.compile(r"[、/]|和|以及")
LIST = r"\p{Han}{1,12}(?:(?:[、/]|和|以及)\p{Han}{1,12}){0,12}"
# Flags of the words an industry name is made of, when the lexicon does not know it.
NAME_TAGS = {"n", "nz", "j", "vn", "an", "ng", "nt", "x", "b", "nr"}
# 业 is dropped from 先进装备制造业, never from these words (工业 is not 工).
KEEP_YE = {"工业", "企业", "农业", "商业", "行业", "产业", "物业", "林业", "渔业", "牧业", "矿业", "事业", "职业", "专业",
           "就业", "创业", "作业", "实业", "营业"}
STRONG_ROLES = {"leading", "pillar"}
TRAILING = patterns.compile(r"(?:产业集群|产业群|产业|行业)$")
# Words that open a list but are not part of its first item (形成了先进装备制造 → 先进装备制造).
LEADING_TAGS = {"v", "p", "u", "uj", "ul", "d", "c", "r", "m", "q", "f", "t", "vn"}
NUMBERED = patterns.compile(r"(?:等)?(?:[一二三四五六七八九十两几\d]+大)?$")
MAX_ITEM = 12


class IndustryFinder:
    def __init__(self, lex: Lexicons, jieba_tokenizer):
        self.lex = lex
        self.pos = jieba.posseg.POSTokenizer(jieba_tokenizer)
        self.known = set(lex.industries)
        self.not_industries = set(lex.not_industries)
        self.after = patterns.compile(rf"(?P<list>{LIST}?)(?P<cue>{alternation(lex.industry_after_list)})")
        self.before = patterns.compile(rf"(?P<cue>{alternation(lex.industry_before_list)})(?P<list>{LIST})")
        self.by_with = patterns.compile(rf"以(?P<list>{LIST}?)(?:等)?为(?P<cue>主导|支柱)")
        self.bad_tail = patterns.compile(rf"(?:{alternation(lex.not_industry_tails)})$")
        self.bad_head = patterns.compile(rf"^(?:{alternation(lex.not_industry_heads)})")
        self.roles = {**lex.industry_after_list, **lex.industry_before_list,
                      "主导": "leading", "支柱": "pillar"}

    def _clean(self, item: str, first: bool) -> str | None:
        item = item.strip()
        if first and item not in self.known:
            # the first item may carry the words that open the list: keep the longest known tail, else
            # drop leading verbs, prepositions and the like (形成了先进装备制造 → 先进装备制造)
            tails = [item[i:] for i in range(1, len(item) - 1) if item[i:] in self.known]
            if tails:
                item = tails[0]
            else:
                words = [(w.word, w.flag) for w in self.pos.cut(item)]
                while words and (words[0][1] in LEADING_TAGS or words[0][0] in ("以", "了")):
                    words.pop(0)
                item = "".join(w for w, _ in words)
        item = patterns.sub(r"^(?:以|和|及|等)", "", item)
        item = patterns.sub(r"等$", "", item)
        if item not in self.known:
            item = TRAILING.sub("", item)
            if item.endswith("业") and item[-2:] not in KEEP_YE and len(item) >= 3:
                item = item[:-1]
        if not (2 <= len(item) <= MAX_ITEM) or item in self.not_industries:
            return None
        if item not in self.known and (self.bad_tail.search(item) or self.bad_head.search(item)):
            return None
        if not patterns.fullmatch(r"\p{Han}+", item):
            return None
        if item not in self.known:
            # an unknown name must read as a noun phrase: no verbs, particles or pronouns inside
            words = [(w.word, w.flag) for w in self.pos.cut(item)]
            if len(item) > 8 or any(f not in NAME_TAGS for _, f in words):
                return None
        return item

    def _items(self, text: str, start: int, end: int, from_left: bool) -> list[tuple[int, int, str]]:
        """(start, end, name) of the items of a list in text[start:end]."""
        out = []
        pieces = []
        pos = start
        for m in ITEM_SEPARATORS.finditer(text, start, end):
            pieces.append((pos, m.start()))
            pos = m.end()
        pieces.append((pos, end))
        lead = 0 if from_left else -1  # a list after its cue has no opening words in its first item
        for i, (a, b) in enumerate(pieces):
            raw = text[a:b]
            if not from_left and "等" in raw:
                raw = raw[: raw.index("等")]
                b = a + len(raw)
            name = self._clean(raw, first=i == lead)
            at = text.find(name, a, b + 4) if name else -1
            if at >= 0:
                out.append((at, at + len(name), name))
            if not from_left and "等" in text[a:b + 1]:
                break
        return out

    def _accept(self, sentence: str, items: list[tuple[int, int, str]], role: str, cue_written: bool):
        """A list after a strong cue (主导产业, 支柱产业) is taken whole; after a weaker one (产业集群,
        重点发展) an item must be a known industry, be written with 产业, or stand beside a known one."""
        if role in STRONG_ROLES:
            return items
        if any(name in self.known for _, _, name in items):
            return items
        return [(a, b, n) for a, b, n in items if cue_written or sentence.startswith("产业", b)]

    def find(self, sentence: str) -> list[tuple[int, int, str, str]]:
        """(start, end, name, role) of each industry named in a sentence."""
        found = []
        for m in self.by_with.finditer(sentence):
            role = self.roles[m["cue"]]
            items = self._items(sentence, m.start("list"), m.end("list"), True)
            found += [(a, b, n, role) for a, b, n in self._accept(sentence, items, role, False)]
        for m in self.after.finditer(sentence):
            end = m.start("cue")
            end -= len(NUMBERED.search(sentence, m.start("list"), end).group())
            role = self.roles[m["cue"]]
            items = self._items(sentence, m.start("list"), end, True)
            # X产业集群: the cue itself says 产业 right after a single name
            single = len(items) == 1 and items[0][1] == end
            found += [(a, b, n, role) for a, b, n in self._accept(sentence, items, role, single and "产业" in m["cue"])]
        for m in self.before.finditer(sentence):
            role = self.roles[m["cue"]]
            items = self._items(sentence, m.start("list"), m.end("list"), False)
            found += [(a, b, n, role) for a, b, n in self._accept(sentence, items, role, False)]
        return found


class IndustryExtractor:
    """spaCy component: an `industry` fact per industry name and zone. Runs after zone attribution is possible,
    so it groups by the zone attribution gives each mention."""

    def __init__(self, lex: Lexicons, jieba_tokenizer):
        self.finder = IndustryFinder(lex, jieba_tokenizer)

    def __call__(self, doc):
        taken = {(s.start_char, s.end_char) for s in facts(doc)}
        for s_start, s_end in doc.user_data["sentences"]:
            sentence = document_text(doc)[s_start:s_end]
            for a, b, name, role in self.finder.find(sentence):
                if (s_start + a, s_start + b) in taken:
                    continue
                taken.add((s_start + a, s_start + b))
                add_fact(doc, s_start + a, s_start + b, "industry", "industry", name=name, role=role)
        return doc


@Language.component("industry_dedup")
def keep_first_industry_per_zone(doc):
    """One industry fact per (name, zone) in a document: the first mention, with its role."""
    seen = set()
    kept = []
    for span in facts(doc):
        if span.label_ == "industry":
            key = (span._.name, span._.zone)
            if key in seen:
                continue
            seen.add(key)
        kept.append(span)
    doc.spans[FACTS_KEY] = kept
    return doc


@Language.factory("industry_extractor", default_config={"lexicon_dir": ""})
def make_industry_extractor(nlp: Language, name: str, lexicon_dir: str) -> IndustryExtractor:
    from pipeline.segmenting import make_jieba

    lex = load_lexicons(lexicon_dir or None)
    return IndustryExtractor(lex, getattr(nlp.tokenizer, "jieba", None) or make_jieba(lex))
