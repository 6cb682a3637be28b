"""The fast segmenter (rjieba) cuts exactly as jieba does with the same user dictionary; jieba stays the
reference and the fallback."""
import jieba
import pytest
from spacy.util import get_words_and_spaces

import pipeline.segmenting as segmenting
from pipeline.reading import read_document
from pipeline.segmenting import FastJieba, make_jieba, make_segmenter, split_sentences, words_and_spaces

from tests.conftest import CORPUS

pytest.importorskip("rjieba")


@pytest.fixture(scope="module")
def texts():
    return [read_document(p).text for p in sorted(CORPUS.glob("*.txt"))]


@pytest.fixture(scope="module")
def cutters(lex):
    return make_jieba(lex), FastJieba(lex)


def test_fast_segmenter_cuts_every_corpus_sentence_as_jieba(texts, cutters):
    reference, fast = cutters
    sentences = [t[s:e] for t in texts for s, e in split_sentences(t)]
    assert len(sentences) > 600
    different = [s for s in sentences if fast.cut(s) != list(reference.cut(s))]
    assert different == []


def test_fast_segmenter_cuts_whole_reports_as_jieba(texts, cutters):
    reference, fast = cutters
    for text in texts:
        assert fast.cut(text) == list(reference.cut(text))


def test_fast_segmenter_splits_unknown_latin_runs_as_jieba(cutters):
    # jieba-rs alone keeps 1-10 and t.sina.com.cn whole; jieba's HMM step splits them.
    reference, fast = cutters
    for text in ["今年1-10月份,投资5000万元", "登录t.sina.com.cn/jzwww查看", "增长7.32%,3D打印"]:
        assert fast.cut(text) == list(reference.cut(text))


def test_fast_segmenter_keeps_the_user_dictionary_words(cutters):
    _, fast = cutters
    words = fast.cut("南阳高新技术产业开发区规划面积9.2平方公里,投资3.1793亿元")
    assert "高新技术产业开发区" in words and "平方公里" in words and "亿元" in words


def test_jieba_is_the_fallback_when_rjieba_is_missing(lex, monkeypatch):
    monkeypatch.setattr(segmenting, "rjieba", None)
    assert isinstance(make_segmenter(lex), jieba.Tokenizer)


def test_words_and_spaces_match_spacy_on_the_corpus(texts, cutters):
    _, fast = cutters
    for text in texts + ["  开头有空格 与 结尾\n\n 第二段  "]:
        words = fast.cut(text)
        assert words_and_spaces(words, text) == get_words_and_spaces(words, text)


def test_pipeline_gives_the_same_facts_with_either_segmenter(nlp):
    from pipeline.ingest import extract_document
    from pipeline.nlp import make_nlp

    reference = make_nlp(fast=False)
    assert not isinstance(reference.tokenizer.segmenter, FastJieba)
    assert isinstance(nlp.tokenizer.segmenter, FastJieba)
    for path in sorted(CORPUS.glob("*.txt")):
        document = read_document(path)
        fast, slow = extract_document(nlp, document), extract_document(reference, document)
        assert fast.facts == slow.facts and fast.sentences == slow.sentences
