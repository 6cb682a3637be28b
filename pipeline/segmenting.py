"""Segmentation: jieba with a user dictionary made from `lexicons/`, as spaCy's tokenizer; and sentences."""
from __future__ import annotations

import logging
from pathlib import Path

import jieba
from spacy.tokens import Doc
from spacy.util import get_words_and_spaces, registry

from extractors import patterns
from pipeline.lexicons import Lexicons, load_lexicons

jieba.setLogLevel(logging.WARNING)

# After NFKC, ！？；are ! ? ; — a sentence ends at them, at 。 and at a line break.
SENTENCE_END = patterns.compile(r"[。!?;]+|\n")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, terminator included, surrounding white space left out."""
    spans = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        spans.append((start, m.end() if m.group() != "\n" else m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def user_words(lex: Lexicons) -> list[str]:
    """The words jieba must keep whole: zone suffixes, units with their magnitudes, industries, cue words."""
    words = set(lex.zone_suffixes) | set(lex.industries) | set(lex.money_categories) | set(lex.area_kinds)
    for unit in list(lex.currencies) + list(lex.area_units):
        words.add(unit)
        for magnitude in lex.magnitudes:
            words.add(magnitude + unit)  # 亿元, 万美元, 万平方米, 万亩
    return sorted(w for w in words if len(w) > 1 and not w.isascii())


def make_jieba(lex: Lexicons) -> jieba.Tokenizer:
    """A jieba tokenizer of our own (not jieba's global one) with the lexicon words added."""
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(Path.home() / ".cache" / "policyfacts")
    Path(tokenizer.tmp_dir).mkdir(parents=True, exist_ok=True)
    for word in user_words(lex):
        tokenizer.add_word(word)
    return tokenizer


class JiebaTokenizer:
    """spaCy tokenizer: jieba's segmentation, with the text kept exactly (white space included)."""

    def __init__(self, vocab, lex: Lexicons):
        self.vocab = vocab
        self.jieba = make_jieba(lex)

    def __call__(self, text: str) -> Doc:
        words, spaces = [], []
        for piece in jieba_pieces(text):
            piece_words, piece_spaces = get_words_and_spaces(list(self.jieba.cut(piece)), piece)
            words += piece_words
            spaces += piece_spaces
        return Doc(self.vocab, words=words, spaces=spaces)


# jieba's HMM (on a run of characters it does not know, 亿亿亿…) and spaCy's alignment of words to the text
# both take time quadratic in the length of what they are given: they get the text in pieces of at most this
# many characters, cut after a line break or sentence end if there is one.
MAX_JIEBA_PIECE = 2000


def jieba_pieces(text: str) -> list[str]:
    pieces = []
    start = 0
    while len(text) - start > MAX_JIEBA_PIECE:
        end = start + MAX_JIEBA_PIECE
        ends = [m.end() for m in SENTENCE_END.finditer(text, start + 1, end)]
        end = ends[-1] if ends else end
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


@registry.tokenizers("policyfacts.jieba_tokenizer.v1")
def create_jieba_tokenizer(lexicon_dir: str = ""):
    def make(nlp):
        return JiebaTokenizer(nlp.vocab, load_lexicons(lexicon_dir or None))

    return make
