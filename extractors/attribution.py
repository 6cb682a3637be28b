"""Zone attribution: which zone each fact belongs to.

The zone named in the fact's sentence when there is exactly one; else the zone of its section (an article
headed 第二篇 … or by a line naming a zone); else the document's zone (its only one, or the one it speaks of
far more than any other); null when the sentence speaks of many zones at once (全市产业集聚区) or of none.
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
            rf"(?<!第)(?:{alternation(lex.zone_collective)})[\p{{Han}}]{{0,6}}?(?:{generic}|园区)")

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

    def __call__(self, doc):
        mentions = doc.user_data.get("zone_mentions", [])
        sentences = doc.user_data["sentences"]
        starts = [s for s, _ in sentences]
        sections = self.sections(document_text(doc), mentions)
        section_starts = [s for s, _ in sections]
        document_zone = dominant(Counter(z for _, _, z in mentions))
        collective = sum(1 for s, e in sentences if self.collective.search(document_text(doc), s, e))
        naming = len({bisect.bisect_right(starts, s) for s, _, _ in mentions})
        general = collective >= COLLECTIVE_SENTENCES and collective > naming
        for span in facts(doc):
            if span.label_ == "zone":
                continue
            i = bisect.bisect_right(starts, span.start_char) - 1
            s_start, s_end = sentences[i]
            sentence = document_text(doc)[s_start:s_end]
            named = {z for s, e, z in mentions if s_start <= s < s_end}
            if len(named) == 1:
                span._.zone = named.pop()
                continue
            if self.collective.search(sentence) or general:
                span._.zone = None
                continue
            section = sections[bisect.bisect_right(section_starts, span.start_char) - 1][1]
            span._.zone = section or (document_zone if not named else None)
        return doc


@Language.factory("zone_attribution", default_config={"lexicon_dir": ""})
def make_zone_attribution(nlp: Language, name: str, lexicon_dir: str) -> ZoneAttributor:
    return ZoneAttributor(load_lexicons(lexicon_dir or None))
