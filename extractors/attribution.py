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
from collections import Counter

from spacy.language import Language

from extractors import patterns
from extractors.base import document_text, facts
from pipeline.lexicons import Lexicons, alternation, load_lexicons

ARTICLE_HEADING = patterns.compile(r"^\s*第[一二三四五六七八九十百\d]+[篇章部分]")
MAX_HEADING_CHARS = 40
MIN_SECTION_CHARS = 300  # a zone-named line this close to its section's start is a sub-title, not a new section
# A document with more sentences about many zones at once (全市产业集聚区) than sentences naming one zone is
# about zones in general: only a zone named in a fact's own sentence is that fact's zone.
COLLECTIVE_SENTENCES = 3
DOMINANCE = 2  # a zone is the section's or document's own when named this many times as often as any other
CLAUSE_MARKS = ",;:"
FULL_STOPS = "。!?\n"


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
        self.collective = patterns.compile(
            rf"(?<!第)(?:{alternation(lex.zone_collective)})[\p{{Han}}]{{0,6}}?(?:{generic}|园区)"
            rf"|(?<![区园])(?:{alternation(lex.zone_collective_words)})")  # not a layout: 一区两园, 一园三区
        # 园区 / 投资区 alone, not inside a name: points back to the last zone of the paragraph named so
        self.bare_word = patterns.compile(alternation(lex.zone_bare_words))

    def sections(self, text: str, mentions: list[tuple[int, int, str]]) -> list[tuple[int, str | None]]:
        """(start offset, zone) of each section, in order. A 第N篇 line starts a section; a short line naming
        one zone gives the section its zone, or starts a new section when the section already has another."""
        bounds: list[list] = [[0, None]]  # [start, heading zone]
        offset = 0
        for line in text.split("\n"):
            stripped = line.strip()
            if ARTICLE_HEADING.match(line) and offset > 0:
                bounds.append([offset, None])
            if stripped and len(stripped) <= MAX_HEADING_CHARS and not stripped.endswith(("。", ";", "!", "?")):
                named = {z for s, e, z in mentions if offset <= s < offset + len(line)}
                if len(named) == 1:
                    zone = named.pop()
                    if bounds[-1][1] is None or offset - bounds[-1][0] < MIN_SECTION_CHARS:
                        bounds[-1][1] = bounds[-1][1] or zone  # a sub-title under the heading
                    elif bounds[-1][1] != zone:
                        bounds.append([offset, zone])
            offset += len(line) + 1
        out = []
        for i, (start, zone) in enumerate(bounds):
            end = bounds[i + 1][0] if i + 1 < len(bounds) else len(text)
            out.append((start, zone or dominant(Counter(z for s, e, z in mentions if start <= s < end))))
        return out

    def pointed_back(self, text: str, start: int, end: int, mentions: list[tuple[int, int, str]]) -> str | None:
        """The zone a bare zone word in text[start:end] (园区, 投资区) points back to: the last zone named
        before it in the same paragraph whose name ends with that word."""
        paragraph = text.rfind("\n", 0, start) + 1
        for word in self.bare_word.finditer(text, start, end):
            if any(s <= word.start() < e for s, e, _ in mentions):
                continue  # part of a name
            earlier = [z for s, e, z in mentions if paragraph <= s and e <= word.start()
                       and text[s:e].endswith(word.group())]
            if earlier:
                return earlier[-1]
        return None

    def __call__(self, doc):
        text = document_text(doc)
        mentions = doc.user_data.get("zone_mentions", [])
        # a zone named inside brackets counts for its section and document, not for its sentence
        visible = [m for m in mentions if not in_brackets(text, m[0], m[1])]
        sentences = doc.user_data["sentences"]
        starts = [s for s, _ in sentences]
        sections = self.sections(text, mentions)
        section_starts = [s for s, _ in sections]
        document_zone = dominant(Counter(z for _, _, z in mentions))
        collective = sum(1 for s, e in sentences if self.collective.search(text, s, e))
        naming = len({bisect.bisect_right(starts, s) for s, _, _ in mentions})
        general = collective >= COLLECTIVE_SENTENCES and collective > naming

        def named_in(lo: int, hi: int) -> set[str]:
            return {z for s, e, z in visible if lo <= s < hi}

        for span in facts(doc):
            if span.label_ == "zone":
                continue
            i = bisect.bisect_right(starts, span.start_char) - 1
            s_start, s_end = sentences[i]
            c_start, c_end = bounds(text, span.start_char, span.end_char, s_start, s_end, CLAUSE_MARKS)
            in_clause = named_in(c_start, c_end)
            if len(in_clause) == 1:
                span._.zone = in_clause.pop()
                continue
            if self.collective.search(text, c_start, c_end):
                span._.zone = None
                continue
            named = named_in(s_start, s_end)
            if not named:  # a sentence running on past semicolons names its zone once, at its start
                named = named_in(*bounds(text, s_start, s_end - 1, 0, len(text), FULL_STOPS))
            if len(named) == 1:
                span._.zone = named.pop()
                continue
            if self.collective.search(text, s_start, s_end) or general:
                span._.zone = None
                continue
            section = sections[bisect.bisect_right(section_starts, span.start_char) - 1][1]
            pointed = self.pointed_back(text, s_start, s_end, visible) if not named else None
            span._.zone = pointed or section or (document_zone if not named else None)
        return doc


def bounds(text: str, start: int, end: int, lo: int, hi: int, marks: str) -> tuple[int, int]:
    """The stretch of text[lo:hi] around text[start:end] between two of `marks`."""
    left = max(text.rfind(m, lo, start) for m in marks) + 1
    rights = [r for r in (text.find(m, end, hi) for m in marks) if r >= 0]
    return max(left, lo), min(rights, default=hi)


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
