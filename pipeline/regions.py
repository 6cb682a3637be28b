"""Chinese administrative regions, from the data the cpca package ships (no network): names and short forms
(南阳市 → 南阳) to bound zone names, and province / city / county of a zone."""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources

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


ETHNIC_AUTONOMY = patterns.compile(r"^(.{2,}?)(?:[\u4e00-\u9fff]{1,4}?族)+自治[县州旗区]$")


def short_form(name: str) -> str:
    m = ETHNIC_AUTONOMY.match(name)  # 石林彝族自治县 → 石林
    if m:
        return m.group(1)
    for suffix in ADMIN_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


@functools.lru_cache(maxsize=1)
def regions() -> dict[str, list[Region]]:
    """Every region name and short form → the regions it may mean."""
    out: dict[str, list[Region]] = {}
    with resources.files("cpca").joinpath("resources/adcodes.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code = row["adcode"][:6]
            level = 1 if code.endswith("0000") else 2 if code.endswith("00") else 3
            lon = float(row["longitude"]) if row["longitude"] else None
            lat = float(row["latitude"]) if row["latitude"] else None
            region = Region(row["name"], row["adcode"], level, lon, lat)
            for key in {row["name"], short_form(row["name"])}:
                if len(key) >= 2:
                    out.setdefault(key, []).append(region)
    return out


def is_region(word: str) -> bool:
    return word in regions()


def is_province(word: str) -> bool:
    found = regions().get(word)
    return bool(found) and all(r.level == 1 for r in found)


def locate(name: str) -> dict:
    """Province, city and county of a zone name, as far as its name says (cpca), with the adcode of the
    finest region found."""
    import cpca

    row = cpca.transform([name]).iloc[0]
    clean = {k: (None if not isinstance(row[k], str) or not row[k] else row[k]) for k in ("省", "市", "区")}
    return {
        "province": clean["省"], "city": clean["市"], "county": clean["区"],
        "adcode": row["adcode"] if isinstance(row["adcode"], str) and row["adcode"] else None,
    }
