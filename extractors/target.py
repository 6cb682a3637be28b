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
from extractors.base import add_fact, document_text, facts
from extractors.context import DEADLINE, PLAN_END, ContextReader, clause_start, document_year
from extractors.numbers import NumberError, Quantity, quantity_pattern
from pipeline.lexicons import Lexicons, alternation, load_lexicons

MONEY_UNITS = {"CNY": "CNY", "USD": "USD"}  # other currencies: unit "other"
ORDINAL_BEFORE = patterns.compile(r"(?:第|前|后|近|每)$")
# A count earlier in the clause makes a money figure after it the bar of what is counted
# (8个产业集群达到100亿元: the goal is 8 clusters).
COUNT_BEFORE = patterns.compile(r"\d+(?:[-—–~至]\d+)?(?:个|家|项)")


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
        self.counts = quantity_pattern(lex, list(lex.count_units) + list(lex.people_units) + ["%"])
        self.people = set(lex.people_units)
        self.prefixes = patterns.compile(rf"^(?:{alternation(lex.metric_prefixes)}|{DEADLINE.pattern}|{PLAN_END.pattern}|[\s,])+")
        self.verbs = patterns.compile(rf"(?:{alternation(lex.metric_verbs)})+$")
        self.approx = patterns.compile(rf"(?:{alternation(lex.approx_before)})$")
        self.thresholds = patterns.compile(alternation(lex.threshold_followers))

    def metric(self, sentence: str, figure_start: int) -> tuple[int, str | None]:
        """(start of the metric, metric) for a figure: the clause before it, less goal words and verbs."""
        start = clause_start(sentence, figure_start)
        head = sentence[start:figure_start]
        lead = self.prefixes.match(head)
        if lead:
            start += lead.end()
            head = head[lead.end():]
        head = self.approx.sub("", head)
        head = self.verbs.sub("", head)
        head = head.strip()
        return (start, head) if head and patterns.search(r"\p{Han}", head) else (figure_start, None)

    def is_threshold(self, sentence: str, end: int) -> bool:
        return bool(self.thresholds.match(sentence, end))

    def counts_in(self, sentence: str) -> list[tuple[regex.Match, Quantity, str]]:
        """Counts, people and percents in a sentence: (match, quantity, unit)."""
        out = []
        for m in self.counts.finditer(sentence):
            if ORDINAL_BEFORE.search(sentence, max(0, m.start() - 1), m.start()) and not m["pre"]:
                continue  # 第3个, 前10家: an ordinal or rank, not a quantity
            if not m["num"][0].isdigit() and not patterns.search(r"[十百千万]", m["num"]):
                continue  # 两个, 一家: a word, seldom a goal figure
            try:
                q = Quantity.from_match(m, self.lex)
            except (NumberError, KeyError):
                continue
            unit = "percent" if m["unit"] == "%" else "people" if m["unit"] in self.people else "count"
            out.append((m, q, unit))
        return out


class TargetExtractor:
    """spaCy component: a `target` fact for every goal figure. Runs after the money and area extractors."""

    def __init__(self, lex: Lexicons):
        self.finder = TargetFinder(lex)
        self.context = ContextReader(lex)

    def _add(self, doc, s_start, sentence, fig_start, fig_end, year, value, value_max, unit):
        m_start, metric = self.finder.metric(sentence, fig_start)
        add_fact(doc, s_start + m_start, s_start + fig_end, "target", "target",
                 year=year, metric=metric, value=value, value_max=value_max, unit=unit)

    def __call__(self, doc):
        report_year = document_year(document_text(doc))
        sentences = doc.user_data["sentences"]
        found = [s for s in facts(doc) if s.label_ in ("money", "area") and s._.target]
        for span in found:
            s_start, s_end = next((s, e) for s, e in sentences if s <= span.start_char < e)
            sentence = document_text(doc)[s_start:s_end]
            clause = sentence[clause_start(sentence, span.start_char - s_start):span.start_char - s_start]
            if self.finder.is_threshold(sentence, span.end_char - s_start) or COUNT_BEFORE.search(clause):
                continue
            unit = "km2" if span.label_ == "area" else MONEY_UNITS.get(span._.currency, "other")
            self._add(doc, s_start, sentence, span.start_char - s_start, span.end_char - s_start, span._.year,
                      span._.value, span._.value_max, unit)
        for s_start, s_end, carried in self.context.sentence_contexts(document_text(doc), sentences, report_year):
            sentence = document_text(doc)[s_start:s_end]
            for m, q, unit in self.finder.counts_in(sentence):
                ctx = self.context.read(sentence, m.start(), report_year, carried)
                if ctx.goal:
                    self._add(doc, s_start, sentence, m.start(), m.end(), ctx.year, q.value, q.value_max, unit)
        return doc


@Language.factory("target_extractor", default_config={"lexicon_dir": ""})
def make_target_extractor(nlp: Language, name: str, lexicon_dir: str) -> TargetExtractor:
    return TargetExtractor(load_lexicons(lexicon_dir or None))
