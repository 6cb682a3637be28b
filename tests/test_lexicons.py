"""The lexicons are data files; they load, and they say what the extractors rely on."""
from pipeline.lexicons import load_lexicons
from pipeline.segmenting import make_jieba, user_words


def test_lexicons_load_with_the_units_of_the_contract(lex):
    assert lex.area_units["平方公里"] == 1 and lex.area_units["公顷"] == 0.01
    assert abs(lex.area_units["亩"] - 1 / 1500) < 1e-12
    assert lex.currencies["元"] == "CNY" and lex.currencies["美元"] == "USD"
    assert lex.magnitudes["亿"] == 1e8 and lex.magnitudes["万"] == 1e4
    assert lex.money_categories["融资"] == "financing" and lex.money_categories["利税"] == "tax"
    assert lex.area_kinds["规划面积"] == "planned" and lex.area_kinds["占地"] == "land_use"
    assert lex.zone_suffixes["产业集聚区"] == lex.zone_suffixes["集聚区"]
    assert "在" in lex.zone_stopwords and "#" not in "".join(lex.zone_stopwords)
    assert "光谷" in lex.zone_localities and "*" in lex.zone_censor_marks and "分区" in lex.zone_sub_suffixes
    # a cue ending with a colon must stay a word, not become a YAML mapping
    assert lex.industry_before_list["主导产业:"] == "leading"


def test_fingerprint_changes_with_a_lexicon(tmp_path):
    import shutil

    from pipeline.lexicons import DEFAULT_LEXICON_DIR

    copy = tmp_path / "lex"
    shutil.copytree(DEFAULT_LEXICON_DIR, copy)
    before = load_lexicons(copy).fingerprint
    with (copy / "zone_stopwords.txt").open("a", encoding="utf-8") as f:
        f.write("另外\n")
    load_lexicons.cache_clear()
    assert load_lexicons(copy).fingerprint != before


def test_jieba_keeps_lexicon_words_whole(lex):
    assert "高新技术产业开发区" in user_words(lex) and "平方公里" in user_words(lex)
    words = list(make_jieba(lex).cut("南阳高新技术产业开发区规划面积9.2平方公里,投资3.1793亿元"))
    assert "高新技术产业开发区" in words and "平方公里" in words and "亿元" in words
    assert "前海" in make_jieba(lex).lcut("前海深港现代服务业合作区")  # a locality stays whole
