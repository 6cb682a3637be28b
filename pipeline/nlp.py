"""The spaCy pipeline: a blank Chinese pipeline whose tokenizer is jieba with our dictionary, a sentence
splitter, and one extractor component per fact type, each adding spans to `doc.spans["facts"]`."""
from __future__ import annotations

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language

import extractors.area  # noqa: F401  (registers the component factories)
import extractors.attribution  # noqa: F401
import extractors.industry  # noqa: F401
import extractors.money  # noqa: F401
import extractors.target  # noqa: F401
import extractors.zone  # noqa: F401
import pipeline.segmenting  # noqa: F401  (registers the tokenizer)
from extractors.base import document_text, register_extensions
from pipeline.segmenting import split_sentences

# Zones come first so that the other extractors can bound and attribute by them; attribution runs last.
EXTRACTORS = ["zone_extractor", "money_extractor", "area_extractor", "target_extractor", "industry_extractor"]


@Language.component("policyfacts_sentences")
def set_sentences(doc):
    """Sentences end at 。!?; and line breaks: kept as char offsets in doc.user_data and as is_sent_start."""
    sentences = split_sentences(document_text(doc))
    doc.user_data["sentences"] = sentences
    starts = {s for s, _ in sentences}
    # One array for the whole doc: setting token.is_sent_start one token at a time scans the doc each time.
    flags = numpy.array([1 if t.i == 0 or t.idx in starts else -1 for t in doc], dtype="int64").astype("uint64")
    doc.from_array([SENT_START], flags)
    return doc


def make_nlp(lexicon_dir: str = "") -> Language:
    register_extensions()
    nlp = spacy.blank(
        "zh",
        config={"nlp": {"tokenizer": {"@tokenizers": "policyfacts.jieba_tokenizer.v1", "lexicon_dir": lexicon_dir}}},
    )
    nlp.add_pipe("policyfacts_sentences")
    for name in EXTRACTORS:
        nlp.add_pipe(name, config={"lexicon_dir": lexicon_dir})
    nlp.add_pipe("zone_attribution", config={"lexicon_dir": lexicon_dir})
    nlp.add_pipe("industry_dedup")
    return nlp
