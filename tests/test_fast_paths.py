"""The shortcuts taken for speed give what the plain way gives, on every corpus sentence."""
import jieba.posseg
import pytest

from extractors.context import DocumentDates
from pipeline.reading import read_document
from pipeline.segmenting import make_jieba, pos_tagger, split_sentences

from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def sentences():
    texts = [read_document(p).text for p in sorted(CORPUS.glob("*.txt"))]
    return [t[s:e] for t in texts for s, e in split_sentences(t)]


def matches(found):
    return [(m.span(), m.groupdict()) for m in found]


def lists_up_to_nearest_cues(finder, sentence):
    """The plain way: from where the last list ended, the first list (tried at every position) that ends at the
    next cue, cues that overlap read as one (…三大产业集群开展产业链招商: up to 产业集群, not on to 产业链)."""
    cues = sorted((m.start(), m.end()) for m in finder.after_cue.finditer(sentence, overlapped=True))
    group_ends = []
    for start, end in cues:
        if group_ends and start < group_ends[-1]:
            group_ends[-1] = max(group_ends[-1], end)
        else:
            group_ends.append(end)
    pos = 0
    for end in group_ends:
        m = finder.after.search(sentence, pos, end) if pos < end else None
        if m:
            yield m
            pos = m.end()


def test_industry_lists_are_tried_only_before_cues_with_the_same_matches(nlp, sentences):
    finder = nlp.get_pipe("industry_extractor").finder
    with_lists = [s for s in sentences if list(finder.after.finditer(s))]
    assert len(with_lists) > 20
    different = [s for s in sentences
                 if matches(finder.lists_before_cues(s)) != matches(lists_up_to_nearest_cues(finder, s))]
    assert different == []


@pytest.mark.parametrize("sentence", [
    "形成了电子信息(含新能源,新材料)、装备制造等主导产业,培育了食品、纺织两大特色产业和生物医药产业集群",
    "主导产业,支柱产业。为主导产业",  # cues with nothing before them
    "以食品、装备制造为主导产业",
])
def test_industry_lists_across_remarks_and_overlapping_cues(nlp, sentence):
    finder = nlp.get_pipe("industry_extractor").finder
    assert matches(finder.lists_before_cues(sentence)) == matches(lists_up_to_nearest_cues(finder, sentence))


def lexicon_word_lists(lex):
    return [(name, list(words)) for name, words in vars(lex).items()
            if isinstance(words, (list, dict)) and words and all(isinstance(w, str) for w in words)]


def test_the_trie_of_each_lexicon_list_matches_what_its_alternation_longest_first_matches(lex, sentences):
    import regex

    from pipeline.lexicons import alternation

    lists = lexicon_word_lists(lex)
    assert len(lists) > 50
    for name, words in lists:
        plain = regex.compile("|".join(map(regex.escape, sorted(set(words), key=len, reverse=True))))
        trie = regex.compile(alternation(words))
        # overlapped: every position a word starts at; the words run together: every word found
        for text in sentences + ["".join(words), "".join(reversed(words))]:
            expected = [m.span() for m in plain.finditer(text, overlapped=True)]
            assert [m.span() for m in trie.finditer(text, overlapped=True)] == expected, name


def test_the_trie_backtracks_to_shorter_words_as_the_alternation_does():
    import regex

    from pipeline.lexicons import alternation

    words = ["美元", "元", "美元区", "人民币"]
    for text in ["美元区", "美元区X", "美元X", "元X", "人民币X"]:
        assert regex.fullmatch(f"(?:{alternation(words)})X?", text).group() == text


def test_part_of_year_guard_changes_no_match(sentences):
    import regex

    from extractors.context import PART_OF_YEAR_STARTS, RELATIVE_YEAR

    unguarded = regex.compile(RELATIVE_YEAR.pattern.replace(PART_OF_YEAR_STARTS, ""))
    texts = sentences + ["上半年前三季度第二季度前两季度首八个月1-10月 12月 2010年1-10月 2010年上半年"]
    found = [[m.span() for m in RELATIVE_YEAR.finditer(t)] for t in texts]
    assert found == [[m.span() for m in unguarded.finditer(t)] for t in texts]
    assert sum(map(len, found)) > 20


def test_copula_lists_are_scanned_only_where_a_cue_is_with_the_same_matches(nlp, sentences):
    finder = nlp.get_pipe("industry_extractor").finder
    sentence = "积体电路产业仍是南科最大的支柱产业"
    assert finder.copula_cue.search(sentence) and finder.copula.search(sentence)
    assert [s for s in sentences if finder.copula.search(s) and not finder.copula_cue.search(s)] == []


def test_cached_part_of_speech_tags_are_jiebas(lex, sentences):
    tokenizer = make_jieba(lex)
    reference = jieba.posseg.POSTokenizer(tokenizer)
    tagger = pos_tagger(tokenizer)
    for sentence in sentences[:200]:
        expected = [(p.word, p.flag) for p in reference.cut(sentence)]
        assert [(p.word, p.flag) for p in tagger.cut(sentence)] == expected
        assert [(p.word, p.flag) for p in tagger.cut(sentence)] == expected  # from the cache


@pytest.mark.parametrize("words", [
    ["  ", "开头", "有", " ", "空格", " ", " ", "\n", "结尾", "\n", "\n", " ", "第二段", " ", " "],  # the whole text
    ["开头", "有", "空格", "结尾", "第二段"],  # white space left out: each word is looked for
])
def test_words_and_spaces_in_bulk_or_searching_match_spacy(words):
    from spacy.util import get_words_and_spaces

    from pipeline.segmenting import words_and_spaces

    text = "  开头有   \n结尾\n\n 第二段  ".replace("有   ", "有 空格  ")
    assert words_and_spaces(words, text) == get_words_and_spaces(words, text)


def test_cached_dictionary_is_jiebas_with_our_words(lex, tmp_path, monkeypatch):
    import jieba

    import pipeline.segmenting as segmenting

    monkeypatch.setattr(segmenting, "CACHE_DIR", tmp_path)
    reference = jieba.Tokenizer()
    for word in segmenting.user_words(lex):
        reference.add_word(word)
    built, loaded = segmenting.make_jieba(lex), segmenting.make_jieba(lex)  # the second from the cache
    assert len(list(tmp_path.glob("jieba-*.pickle"))) == 1
    for tokenizer in (built, loaded):
        assert tokenizer.initialized and tokenizer.total == reference.total and tokenizer.FREQ == reference.FREQ


def test_dictionary_caches_beyond_the_most_recently_used_are_deleted(lex, tmp_path, monkeypatch):
    import os

    import pipeline.segmenting as segmenting

    monkeypatch.setattr(segmenting, "CACHE_DIR", tmp_path)
    segmenting.make_jieba(lex)
    (ours,) = tmp_path.glob("jieba-*.pickle")
    os.utime(ours, (1, 1))  # the oldest of all, until it is used again
    stale = [tmp_path / f"jieba-stale{i}.pickle" for i in range(segmenting.CACHES_KEPT + 2)]
    for i, path in enumerate(stale):
        path.write_bytes(b"")
        os.utime(path, (1000 + i, 1000 + i))
    segmenting.make_jieba(lex)  # loads ours: now the most recently used
    (tmp_path / "other-file.txt").write_text("not a dictionary")
    segmenting.prune_dictionary_caches()
    kept = sorted(p.name for p in tmp_path.glob("jieba-*.pickle"))
    newest_stale = [p.name for p in stale[-(segmenting.CACHES_KEPT - 1):]]
    assert kept == sorted([ours.name, *newest_stale])
    assert (tmp_path / "other-file.txt").exists()


def test_rows_are_inserted_with_nulls_for_missing_keys_and_unknown_keys_refused(tmp_path):
    from pipeline.db import SENTENCE_COLUMNS, open_db
    from pipeline.ingest import insert_rows

    db = open_db(tmp_path / "facts.db")
    db["documents"].insert({"name": "a.txt", "text": "园区。"})
    columns = [c for c in SENTENCE_COLUMNS if c != "id"]
    insert_rows(db, "sentences", columns, [{"document": "a.txt", "index": 0, "start": 0, "end": 3, "text": "园区。"}])
    assert list(db["sentences"].rows) == [{"id": 1, "document": "a.txt", "index": 0, "start": 0, "end": 3,
                                           "text": "园区。", "segmented": None}]
    with pytest.raises(ValueError, match="no such column in sentences: words"):
        insert_rows(db, "sentences", columns, [{"document": "a.txt", "index": 1, "words": "园区"}])


def read_contexts(contexts, order) -> list:
    """What the carried-in contexts say, asked for in the given order of their sentences."""
    said = {}
    for i in order:
        c = contexts[i][2]
        said[i] = c and (c.goal, c.year, c.carried, c.clause)
    return [said[i] for i in range(len(contexts))]


def test_carried_contexts_say_the_same_in_whatever_order_they_are_read(nlp):
    """A context is read when a figure asks for it, with the unread ones before it: read from last to first,
    each reading starts from contexts read later on, and must give what reading them in order gives."""
    from extractors.context import document_dates

    money = nlp.get_pipe("money_extractor")
    for path in sorted(CORPUS.glob("*.txt")):
        text = read_document(path).text
        dates = document_dates(text, money.lex)

        def contexts():
            return list(money.context.sentence_contexts(text, split_sentences(text), dates))

        in_order = read_contexts(contexts(), range(len(contexts())))
        assert read_contexts(contexts(), reversed(range(len(in_order)))) == in_order
        assert any(in_order), path.name


def test_the_last_context_of_a_long_paragraph_is_read_without_recursion(nlp):
    reader = nlp.get_pipe("money_extractor").context
    text = "到2015年,投资增长;" * 5000
    contexts = list(reader.sentence_contexts(text, split_sentences(text), DocumentDates(2013, None, None)))
    assert (contexts[-1][2].goal, contexts[-1][2].year) == (True, 2015)
