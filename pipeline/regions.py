"""Chinese administrative regions, from the data the cpca package ships (no network): names and short forms
(南阳市 → 南阳) to bound zone names, and the province / city / county and coordinates of a zone."""
from __future__ import annotations

import csv
import functools
import importlib.util
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from extractors import patterns

# Suffixes a short form drops: 沁阳市 → 沁阳, 新蔡县 → 新蔡, 河南省 → 河南. Longest first.
ADMIN_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "地区",
                  "省", "市", "县", "区", "盟", "旗")


@dataclass(frozen=True)
class Region:
    name: str
    adcode: str
    level: int  # 1 province, 2 city, 3 county / district
    longitude: float | None
    latitude: float | None


AUTONOMY_SUFFIX = patterns.compile(r"自治[县州旗区]$")


@functools.lru_cache(maxsize=1)
def peoples() -> tuple[str, ...]:
    """The peoples' names an autonomous region's name holds (lexicons/peoples.txt), with 族 and, for names of two
    characters or more, without it (博尔塔拉蒙古自治州); longest first."""
    from pipeline.lexicons import _lines, lexicon_dir

    names = _lines(lexicon_dir() / "peoples.txt")
    return tuple(sorted(set(names) | {n[:-1] for n in names if len(n) > 2}, key=len, reverse=True))


def _without_peoples(name: str) -> str | None:
    """An autonomous region's name without its suffix and the peoples before it: 黔西南布依族苗族自治州 → 黔西南; a
    banner or county named by its people alone is named so without 族 (鄂温克族自治旗 → 鄂温克). None when it names no
    people this list knows."""
    m = AUTONOMY_SUFFIX.search(name)
    if not m:
        return None
    rest, stripped = name[: m.start()], False
    if rest in peoples():
        return rest.removesuffix("族") if len(rest.removesuffix("族")) >= 2 else None
    while True:
        people = next((p for p in peoples() if rest.endswith(p) and len(rest) - len(p) >= 2), None)
        if people is None:
            return rest if stripped else None
        rest, stripped = rest[: -len(people)], True


def short_form(name: str) -> str:
    place = _without_peoples(name)  # 石林彝族自治县 → 石林
    if place:
        return place
    for suffix in ADMIN_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def _cpca_data(name: str) -> Path:
    """A data file cpca ships, found without importing cpca, whose import builds its own address matcher (0.03 to
    0.13 s of every `policyfacts extract`)."""
    return Path(importlib.util.find_spec("cpca").submodule_search_locations[0], "resources", name)


@functools.lru_cache(maxsize=1)
def regions() -> dict[str, list[Region]]:
    """Every region name and short form → the regions it may mean."""
    out: dict[str, list[Region]] = {}
    with _cpca_data("adcodes.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code = row["adcode"][:6]
            level = 1 if code.endswith("0000") else 2 if code.endswith("00") else 3
            lon = float(row["longitude"]) if row["longitude"] else None
            lat = float(row["latitude"]) if row["latitude"] else None
            region = Region(row["name"], row["adcode"], level, lon, lat)
            keys = {row["name"], short_form(row["name"])}
            if row["name"].endswith("自治州"):
                keys.add(short_form(row["name"]) + "州")  # 海北州西海工业园: text writes a prefecture's short form with 州
            for key in keys:
                if len(key) >= 2:
                    out.setdefault(key, []).append(region)
    return out


def is_region(word: str) -> bool:
    return word in regions()


def is_province(word: str) -> bool:
    found = regions().get(word)
    return bool(found) and all(r.level == 1 for r in found)


def names_province(word: str) -> bool:
    """A province's name or short form, also where an autonomous prefecture's or a district's short form is the same
    (海南: 海南省, 海南藏族自治州 and 乌海's 海南区, which text writes 海南州 and 海南区). A prefecture-level city of the
    province's name (吉林市, whose zone is 吉林高新区) makes it ambiguous: False."""
    found = regions().get(word, [])
    return any(r.level == 1 for r in found) and all(r.level != 2 or r.name.endswith("自治州") for r in found)


def is_prefecture(word: str) -> bool:
    """A prefecture-level city (鹤壁市, 洛阳), not a county-level one (沁阳市)."""
    found = regions().get(word)
    return bool(found) and all(r.level == 2 for r in found)


def is_county(word: str) -> bool:
    """A county or a county-level city written with its 县 or 市 (蓬溪县, 常熟市), not a city's district (嘉定区),
    which may share its name with a zone (浦东新区), nor a short form (常熟)."""
    found = regions().get(word)
    return bool(found) and word.endswith(("县", "市")) and all(r.level == 3 and r.name == word for r in found)


def is_district(word: str) -> bool:
    """A city's district written with its 区 (嘉定区, 北辰区), not a county or a short form (嘉定)."""
    found = regions().get(word)
    return bool(found) and word.endswith("区") and all(r.level == 3 and r.name == word for r in found)


MUNICIPALITY_CODES = ("11", "12", "31", "50")  # 北京, 天津, 上海, 重庆: provinces that are cities


def is_municipality(word: str) -> bool:
    found = regions().get(word)
    return bool(found) and all(r.level == 1 and r.adcode.startswith(MUNICIPALITY_CODES) for r in found)


@functools.lru_cache(maxsize=1)
def by_code() -> dict[str, Region]:
    """Every region by its 6-digit administrative code."""
    return {r.adcode[:6]: r for found in regions().values() for r in found}


def within(region: Region, outer: Region) -> bool:
    """`region` is `outer` or lies inside it (a code starts with its province's 2 and its city's 4 digits)."""
    return region.adcode.startswith(outer.adcode[: 2 * outer.level])


def county_of(word: str, outer: str) -> bool:
    """`word` names a county or district of the province or city `outer` names (三门 of 浙江, 于都 of 江西)."""
    return any(r.level == 3 and o.level < 3 and within(r, o)
               for r in regions().get(word, []) for o in regions().get(outer, []))


def part_of(word: str, outer: str) -> bool:
    """`word` names a city or county inside the province or city `outer` names (济南 of 山东)."""
    return any(r.level > o.level and within(r, o) for r in regions().get(word, []) for o in regions().get(outer, []))


def parent(region: Region, level: int) -> Region | None:
    code = region.adcode[: 2 * level].ljust(6, "0")
    return by_code().get(code) if region.level >= level else None


@functools.lru_cache(maxsize=1)
def _place_words() -> ahocorasick.Automaton:
    """The names and short forms that mean exactly one province or city (河南省, 河南, 鹤壁市, 鹤壁); words that
    could also be a county are left out, so a mention is never a guess."""
    automaton = ahocorasick.Automaton()
    for word, found in regions().items():
        if len(found) == 1 and found[0].level <= 2:
            automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def place_words(text: str) -> list[tuple[int, int]]:
    """(start, end) of each place word in `text`, left to right, the longest at each place: what the regex
    alternation of the words, longest first, finds, in one Aho-Corasick pass (four times faster than the words
    as a regex trie, which took a twentieth of an ingest)."""
    return [(end + 1 - len(word), end + 1) for end, word in _place_words().iter_long(text)]


def main_place(text: str) -> Region | None:
    """The region a document is about: the province it names most (its cities counting for it), and within
    it the city it names most; None when no province is named at least twice."""
    mentions = Counter(regions()[text[start:end]][0] for start, end in place_words(text))
    provinces = Counter()
    for region, n in mentions.items():
        provinces[region.adcode[:2]] += n
    if not provinces or provinces.most_common(1)[0][1] < 2:
        return None
    province = provinces.most_common(1)[0][0]
    cities = Counter({r: n for r, n in mentions.items() if r.level == 2 and r.adcode.startswith(province)})
    if cities:
        return cities.most_common(1)[0][0]
    return by_code().get(province + "0000")


def place_code(text: str) -> str | None:
    """The adcode of main_place(text), as documents.place keeps it."""
    region = main_place(text)
    return region.adcode if region else None


def leading_places(name: str) -> list[tuple[str, list[Region]]]:
    """The region words a name starts with, outermost first, each with the regions it may mean inside the
    one before: 河南省南阳高新区 → [(河南省, [河南省]), (南阳, [南阳市])]. A word that cannot lie inside the
    one before ends the list (台州滨海: 滨海县 is in 江苏, so 滨海 is the zone's own name)."""
    out: list[tuple[str, list[Region]]] = []
    i = 0
    while True:
        key = next((name[i:j] for j in range(len(name), i + 1, -1) if name[i:j] in regions()), None)
        if key is None:
            return out
        candidates = [c for c in regions()[key] if not out or any(within(c, o) for o in out[-1][1])]
        if not candidates:
            return out
        out.append((key, candidates))
        i += len(key)


def choose_region(name: str, context: list[Region]) -> Region | None:
    """The region a zone's name means, read with the regions its documents are about (`context`).

    Same-named places (鹤山: 鹤山市 in 广东, 鹤山区 in 鹤壁) are told apart by the document's city, then its
    province; a place outside them is taken only when its name is unique and distinctive: written in full
    (温岭市), qualified by an outer place (浙江温岭), or a city (台州). Otherwise None: no region beats a wrong one.
    """
    chain = leading_places(name)
    if not chain:
        return None
    key, candidates = chain[-1]
    cities = {c.adcode[:4] for c in context if c.level >= 2}
    provinces = {c.adcode[:2] for c in context}
    for inside in (
        [c for c in candidates if c.level >= 2 and c.adcode[:4] in cities],
        [c for c in candidates if c.adcode[:2] in provinces],
    ):
        if inside:
            return inside[0] if len(inside) == 1 else _city_of_its_namesakes(inside)
    if len(candidates) == 1:
        only = candidates[0]
        if key == only.name or len(chain) > 1 or only.level == 2:
            return only
    return None


def _city_of_its_namesakes(candidates: list[Region]) -> Region | None:
    """长沙: 长沙市 and 长沙县 inside it. A name that means a city or a county of that city is read as the city (长沙
    经济技术开发区, 湘潭高新技术产业开发区: named after the city, whatever county it lies in); else None."""
    cities = [c for c in candidates if c.level == 2]
    if len(cities) == 1 and all(c is cities[0] or within(c, cities[0]) for c in candidates):
        return cities[0]
    return None


PRECISION = {1: "province", 2: "city", 3: "county"}


def locate_zone(name: str, context: list[Region]) -> dict:
    """Province, city and county of a zone, the adcode of the finest region known, and the latitude and
    longitude of the finest one with coordinates, with `location_precision` saying which level that is."""
    region = choose_region(name, context)
    row = {"province": None, "city": None, "county": None, "adcode": None,
           "latitude": None, "longitude": None, "location_precision": None}
    if region is None:
        return row
    levels = {level: parent(region, level) for level in (1, 2, 3)}
    row.update(
        province=levels[1] and levels[1].name, city=levels[2] and levels[2].name,
        county=levels[3] and levels[3].name, adcode=region.adcode[:6],
    )
    for level in (3, 2, 1):
        found = levels[level]
        if found and found.latitude is not None:
            row.update(latitude=found.latitude, longitude=found.longitude, location_precision=PRECISION[level])
            break
    return row
