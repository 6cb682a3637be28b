"""Segmentation: jieba with a user dictionary made from `lexicons/`, as spaCy's tokenizer; and sentences.

jieba (pure Python) is the reference. When rjieba (jieba's algorithm and dictionary in Rust) is installed, the
tokenizer segments with it instead, about ten times faster, cutting exactly as jieba does
(tests/test_segmenting_fast.py checks it on every corpus sentence)."""
from __future__ import annotations

import functools
import hashlib
import logging
import os
import pickle
from pathlib import Path

import jieba
from spacy.tokens import Doc
from spacy.util import registry

from extractors import patterns
from pipeline.lexicons import Lexicons, load_lexicons

try:
    import rjieba
except ImportError:  # the fast segmenter is optional: jieba does the same, slower
    rjieba = None

jieba.setLogLevel(logging.WARNING)

# After NFKC, ！？；are ! ? ; — a sentence ends at them, at 。 and at a line break, except a break right after 、 or
# a comma (，after NFKC): a list or a sentence wrapped there (…新能源汽车及动力电池、\n轨道交通等产业集群; 力争完成投资150亿元,\n新增
# 就业1.2万人, in a newspaper page or a PDF's text) goes on in the next line; so does one wrapped before the 和 that
# joins a list's last item, between two words (主导产业为木制品加工、新型建材\n和造纸; not a table's row 48\n和发产业园区).
# A slide or a narrow column wraps a sentence between its words and its figure too (力争到2025年,进出口总额突破\n1000亿元;
# 计划安排基础设施投资\n12亿元): a line that ends in words and one that opens with an amount, an area or a weight are one
# sentence, when the figure ends its clause there. Not a line opening with a bare number (a row's serial number,
# 1保税航材分拨中心, a page number), nor a figure its line goes on to label (【数读开发区】's 165.6亿美元 国家级经开区2009年
# 实际使用外资, one figure and its label a line), nor one a noun follows (用好\n50亿元产业引导基金).
WRAPPED_FIGURE = r"(?:约|近|超)?\d[\d.,]*\s*[万亿千百]*(?:元|美元|港元|平方米|平方公里|亩|公顷|吨)(?=[,;。、]|\n|$)"
SENTENCE_END = patterns.compile(rf"[。!?;]+|(?<![、,])(?<!\p{{Han}})\n|(?<=\p{{Han}})\n(?!和\p{{Han}}|{WRAPPED_FIGURE})")
# … and a line wrapped inside the frame 以…为 (以光伏、…、藏毯绒纺和生物医药\n为重点产业开展专题招商): the line's last clause opens
# 以 (not the 以 of 以上, 以来, 可以 …) and the next line goes on with its 为.
OPEN_BY_WITH = patterns.compile(r"(?<![可所加予难足得])以(?![上下来后前及内外])[^。!?;,:为\n]{2,40}$")
# How jieba's HMM step splits the Latin-and-digit part of a run of unknown characters (jieba.finalseg.re_skip):
# 1-10 → 1 - 10. jieba-rs keeps such a run whole, so its pieces are split again the same way.
JIEBA_UNKNOWN_RUN = patterns.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, terminator included, surrounding white space left out."""
    spans = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        if m.group() == "\n" and text.startswith("为", m.end()) and OPEN_BY_WITH.search(text, max(0, m.start() - 41), m.start()):
            continue
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
    """The words jieba must keep whole: zone suffixes and localities, units with their magnitudes, industries,
    cue words."""
    words = set(lex.zone_suffixes) | set(lex.industries) | set(lex.money_categories) | set(lex.area_kinds)
    words |= set(lex.zone_localities)
    for unit in list(lex.currencies) + list(lex.area_units):
        words.add(unit)
        for magnitude in lex.magnitudes:
            words.add(magnitude + unit)  # 亿元, 万美元, 万平方米, 万亩
    return sorted(w for w in words if len(w) > 1 and not w.isascii())


CACHE_DIR = Path.home() / ".cache" / "policyfacts"
# Dictionaries kept in CACHE_DIR (7 MB each): every lexicon change makes a new one, so the least recently used
# beyond these are deleted; enough for several checkouts with different lexicons used by turns.
CACHES_KEPT = 8


def make_jieba(lex: Lexicons) -> jieba.Tokenizer:
    """A jieba tokenizer of our own (not jieba's global one) with the lexicon words added."""
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(CACHE_DIR)
    words = user_words(lex)
    cache = _dictionary_cache(words)
    try:
        with cache.open("rb") as f:
            tokenizer.FREQ, tokenizer.total = pickle.load(f)
        tokenizer.initialized = True
        os.utime(cache)  # recently used: kept by prune_dictionary_caches
        return tokenizer
    except (OSError, EOFError, pickle.UnpicklingError, ValueError):
        pass  # no cache yet, or a damaged one: build it
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    for word in words:
        tokenizer.add_word(word)
    part = cache.with_name(f"{cache.name}.{os.getpid()}")
    with part.open("wb") as f:
        pickle.dump((tokenizer.FREQ, tokenizer.total), f, protocol=pickle.HIGHEST_PROTOCOL)
    part.replace(cache)  # atomic: a worker starting meanwhile reads the old file or the new one
    prune_dictionary_caches()
    return tokenizer


def prune_dictionary_caches(keep: int = CACHES_KEPT) -> None:
    """Delete all but the `keep` most recently used dictionaries in CACHE_DIR. A process reading one meanwhile
    still reads it whole (an open file outlives its name); one about to open it builds it again."""
    caches = sorted(CACHE_DIR.glob("jieba-*.pickle"), key=_mtime, reverse=True)
    for stale in caches[keep:]:
        stale.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:  # deleted meanwhile by another process's pruning
        return 0.0


def _dictionary_cache(words: list[str]) -> Path:
    """Where jieba's dictionary with our words added is kept: loading it with pickle takes a third of the time
    jieba's own cache (marshal) takes, and the words need not be added again. Named by everything it is made
    of, so a change to any of them builds a new one."""
    dictionary = Path(jieba.__file__).parent / "dict.txt"
    stat = dictionary.stat()
    digest = hashlib.sha256(f"{jieba.__version__}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    digest.update("\n".join(words).encode())
    return CACHE_DIR / f"jieba-{digest.hexdigest()[:16]}.pickle"


# Distinct strings whose tags are kept: the extractors tag short strings (the words left of a zone suffix, the
# items of a list), and the same ones again and again (a zone's name in every sentence naming it).
TAG_CACHE_SIZE = 50_000


class PartOfSpeech:
    """jieba's part-of-speech tagger over a jieba tokenizer, remembering the tags of the strings it has seen."""

    def __init__(self, tokenizer: jieba.Tokenizer):
        self.tokenizer = tokenizer
        self.cut = functools.lru_cache(maxsize=TAG_CACHE_SIZE)(self._cut)

    @functools.cached_property
    def _tagger(self):
        import jieba.posseg

        default = jieba.posseg.dt
        if self.tokenizer.dictionary != default.tokenizer.dictionary:
            return jieba.posseg.POSTokenizer(self.tokenizer)
        # Importing jieba.posseg has read the default dictionary's tags already: a copy of them saves reading
        # all of it again (half a second).
        tagger = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
        tagger.tokenizer = self.tokenizer
        tagger.word_tag_tab = dict(default.word_tag_tab)
        return tagger

    def _cut(self, text: str) -> tuple:
        """The words of `text` with their tags (jieba.posseg pairs: .word, .flag)."""
        return tuple(self._tagger.cut(text))


@functools.lru_cache(maxsize=4)
def pos_tagger(tokenizer: jieba.Tokenizer) -> PartOfSpeech:
    """The part-of-speech tagger over `tokenizer`, one per tokenizer and shared by the extractors."""
    return PartOfSpeech(tokenizer)


class FastJieba:
    """rjieba with the same user words, cutting text into the words jieba.Tokenizer.cut gives."""

    def __init__(self, lex: Lexicons):
        self.rust = rjieba.Jieba()
        for word in user_words(lex):
            self.rust.add_word(word, None, None)

    def cut(self, text: str) -> list[str]:
        words = []
        for word in self.rust.cut(text):
            # Only an unknown ASCII run with punctuation inside (1-10, t.sina.com.cn) can differ from jieba.
            if len(word) > 2 and word.isascii() and not word.isalnum() and not self.rust.has_word(word):
                words.extend(piece for piece in JIEBA_UNKNOWN_RUN.split(word) if piece)
            else:
                words.append(word)
        return words


def make_segmenter(lex: Lexicons, fast: bool = True):
    """Something with `.cut(text)` giving jieba's words: FastJieba when rjieba is installed, else jieba."""
    if fast and rjieba is not None:
        return FastJieba(lex)
    return make_jieba(lex)


class TextDoc(Doc):
    """A Doc that keeps its text. spaCy's Doc.text joins every token again at each access, and the extractors
    read it per sentence and per fact, which made extraction quadratic in the document's length. Splitting
    tokens (the only change the pipeline makes to a Doc's tokens) never changes the text."""

    @property
    def text(self) -> str:
        if "_text" not in self.__dict__:
            self.__dict__["_text"] = Doc.text.__get__(self)
        return self.__dict__["_text"]

    @property
    def text_with_ws(self) -> str:
        return self.text


def words_and_spaces(words: list[str], text: str) -> tuple[list[str], list[bool]]:
    """spaCy's words and trailing-space flags for jieba's words, as spacy.util.get_words_and_spaces gives them
    (a single space after a word is its flag, any other white space a token of its own), in linear time."""
    if "".join(words) != text:
        return _words_and_spaces_searching(words, text)
    # The words are the text: only the runs of white-space words need looking at, the rest is copied in bulk.
    runs: list[list[int]] = []  # [first, last + 1] of each run of white-space words
    for i, word in enumerate(words):
        if word.isspace():
            if runs and runs[-1][1] == i:
                runs[-1][1] = i + 1
            else:
                runs.append([i, i + 1])
    out: list[str] = []
    spaces: list[bool] = []
    done = 0
    for first, end in runs:
        out += words[done:first]
        spaces += [False] * (first - done)
        white = "".join(words[first:end])
        if first > 0 and white[0] == " ":
            spaces[-1] = True
            white = white[1:]
        if white:
            out.append(white)
            spaces.append(False)
        done = end
    out += words[done:]
    spaces += [False] * (len(words) - done)
    return out, spaces


def _words_and_spaces_searching(words: list[str], text: str) -> tuple[list[str], list[bool]]:
    """words_and_spaces for words that leave characters of the text out: each word is looked for."""
    out: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for word in words:
        if word.isspace():
            continue
        start = text.index(word, pos)
        if start > pos:
            out.append(text[pos:start])
            spaces.append(False)
        out.append(word)
        pos = start + len(word)
        followed_by_space = pos < len(text) and text[pos] == " "
        spaces.append(followed_by_space)
        pos += followed_by_space
    if pos < len(text):
        out.append(text[pos:])
        spaces.append(False)
    return out, spaces


class JiebaTokenizer:
    """spaCy tokenizer: jieba's segmentation, with the text kept exactly (white space included)."""

    def __init__(self, vocab, lex: Lexicons, fast: bool = True):
        self.vocab = vocab
        self.jieba = make_jieba(lex)  # the reference; the extractors take part-of-speech tags from it
        self.segmenter = make_segmenter(lex, fast)

    def __call__(self, text: str) -> Doc:
        words, spaces = words_and_spaces(list(self.segmenter.cut(text)), text)
        doc = TextDoc(self.vocab, words=words, spaces=spaces)
        doc.__dict__["_text"] = text  # words and spaces rebuild the text exactly: no need to join them again
        return doc


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
def create_jieba_tokenizer(lexicon_dir: str = "", fast: bool = True):
    def make(nlp):
        return JiebaTokenizer(nlp.vocab, load_lexicons(lexicon_dir or None), fast)

    return make
