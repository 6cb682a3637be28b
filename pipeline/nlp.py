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
    # Set through arrays: assigning token.is_sent_start checks the whole Doc each time (quadratic).
    offsets = doc.to_array("IDX")
    flags = numpy.where(numpy.isin(offsets, [s for s, _ in sentences]), 1, -1).astype("int64")
    flags[:1] = 1
    doc.from_array([SENT_START], flags.reshape(-1, 1).view("uint64"))
    return doc


def make_nlp(lexicon_dir: str = "", fast: bool = True) -> Language:
    """The pipeline; fast=False segments with jieba itself even when rjieba is installed (the reference)."""
    register_extensions()
    tokenizer = {"@tokenizers": "policyfacts.jieba_tokenizer.v1", "lexicon_dir": lexicon_dir, "fast": fast}
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": tokenizer}})
    nlp.add_pipe("policyfacts_sentences")
    for name in EXTRACTORS:
        nlp.add_pipe(name, config={"lexicon_dir": lexicon_dir})
    nlp.add_pipe("zone_attribution", config={"lexicon_dir": lexicon_dir})
    nlp.add_pipe("industry_dedup", config={"lexicon_dir": lexicon_dir})
    return nlp
