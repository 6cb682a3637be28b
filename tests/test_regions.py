"""Zones' regions and coordinates: read from the zone's name, with same-named places told apart by the places
its documents are about, from cpca's data."""
import random

import regex
import sqlite_utils

from pipeline.reading import read_document
from pipeline.regions import locate_zone, main_place, place_words, regions
from tests.conftest import CORPUS

HEBI_REPORT = CORPUS / "001_0b92ebc8ab425092.txt"


def hebi():
    return main_place(read_document(HEBI_REPORT).text)


def test_a_document_is_about_the_city_it_names_most():
    assert hebi().name == "鹤壁市"
    assert main_place(read_document(CORPUS / "002_51d2894722f2002f.txt").text).name == "焦作市"
    assert main_place("发展产业集聚区。") is None


def test_same_named_places_are_told_apart_by_the_documents_place():
    in_hebi = locate_zone("鹤山产业园区", [hebi()])
    assert (in_hebi["province"], in_hebi["city"], in_hebi["county"]) == ("河南省", "鹤壁市", "鹤山区")
    jiangmen = main_place("江门市鹤山市位于广东省。江门市工业园区。")
    in_jiangmen = locate_zone("鹤山产业园区", [jiangmen])
    assert (in_jiangmen["province"], in_jiangmen["city"], in_jiangmen["county"]) == ("广东省", "江门市", "鹤山市")


def test_an_ambiguous_or_far_county_short_form_gives_no_region_rather_than_a_wrong_one():
    assert locate_zone("鹤山产业园区", [])["province"] is None  # 鹤山市 or 鹤山区: nothing says which
    assert locate_zone("金山产业集聚区", [hebi()])["province"] is None  # 上海's 金山区, in a 鹤壁 report
    assert locate_zone("鹤淇产业集聚区", [hebi()]) == dict.fromkeys(locate_zone("鹤淇产业集聚区", []), None)


def test_a_full_county_name_is_taken_even_outside_the_documents_province():
    zone = locate_zone("温岭市东部产业集聚区", [main_place(read_document(CORPUS / "000_e3b410fa4eadb6fc.txt").text)])
    assert (zone["province"], zone["city"], zone["county"], zone["adcode"]) == ("浙江省", "台州市", "温岭市", "331081")
    assert zone["location_precision"] == "county"
    assert 28 < zone["latitude"] < 29 and 121 < zone["longitude"] < 122


def test_a_city_zone_is_placed_at_the_city_and_says_so():
    zone = locate_zone("台州滨海产业区", [])  # 滨海 is 江苏's 滨海县, not inside 台州: the zone's own name
    assert (zone["province"], zone["city"], zone["county"]) == ("浙江省", "台州市", None)
    assert zone["location_precision"] == "city"
    assert 28 < zone["latitude"] < 29.5


def test_the_zones_table_has_regions_and_coordinates(corpus_db):
    db = sqlite_utils.Database(corpus_db)
    zones = {r["name"]: r for r in db["zones"].rows}
    assert zones["鹤山产业园区"]["city"] == "鹤壁市"
    assert zones["沁阳市产业集聚区"]["county"] == "沁阳市"
    placed = [z for z in zones.values() if z["province"]]
    assert len(placed) >= 10
    assert all(z["latitude"] and z["longitude"] and z["location_precision"] for z in placed)
    assert all(z["latitude"] is None for z in zones.values() if not z["province"])


def test_place_words_finds_what_their_alternation_longest_first_matches():
    words = [k for k, found in regions().items() if len(found) == 1 and found[0].level <= 2]
    alternation = regex.compile("|".join(map(regex.escape, sorted(words, key=len, reverse=True))))
    # overlapping names: pieces of names run together (南阳 + 阳泉 …), with characters outside any name (😀)
    rng = random.Random(6)
    pieces = ["".join(rng.choice([w, w[rng.randrange(len(w)):], w[:rng.randrange(1, len(w) + 1)], "😀"])
                      for w in rng.sample(words, 6)) for _ in range(2000)]
    texts = [read_document(p).text for p in sorted(CORPUS.glob("*.txt"))] + ["".join(words), "".join(reversed(words))]
    for text in texts + pieces:
        expected = [(m.start(), m.end()) for m in alternation.finditer(text)]
        assert place_words(text) == expected
    assert all(alternation.search(text) for text in texts)
