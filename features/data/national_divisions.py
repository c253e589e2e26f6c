"""The prefecture-level divisions (地级市, 地区, 自治州, 盟) of every province: official 6-digit code,
full name and short name, by the province's short name (``features.data.places.PROVINCES``).

Source: the Ministry of Civil Affairs' 行政区划代码 (divisions as of 2020) as the MIT-licensed PyPI
package ``cpca`` (a dependency, >= 0.5.5) ships them in ``cpca/resources/adcodes.csv``, with the 56
peoples in ``56_nations.csv``. The package is not imported: its ``__init__`` imports
``pkg_resources`` (gone from setuptools 81) and builds a pandas matcher we do not use; its two
files are found through the import system and read once per process. This is the one place in
``features/`` that reads a file: it is an installed package's data, like a module's constants, not
input. The four municipalities, Taiwan, Hong Kong and Macau have none. Read by
``features.place_keys`` and ``features.place_inference``; ``COORDINATES`` (``coordinates``) by
``matching.fair_parts``.

``counties`` reads the county-level rows (市辖区, 县级市, 县, 自治县, 旗, 林区, 特区: codes ending in six zeros
but not eight) with the prefecture they lie in (none for a municipality's). The list is older than its
name says (章丘市 became 章丘区 in 2016) and predates changes a reader must know: 莱芜市 was merged
into 济南市 in 2019, its 莱城区 renamed 莱芜区 (``_MOVED_SINCE``); 深圳 gained 龙华区 (a name 海口 has too),
坪山区 and 光明区 (``_ADDED_SINCE``). Counties a province administers directly are ``features.data.places``'
``PROVINCE_DIRECT_COUNTIES`` and are not read here.
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import re
from pathlib import Path

from features.data.places import PROVINCES

#: Rows the list keeps at the prefecture level for municipalities and directly administered counties.
_PLACEHOLDERS = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})


class DivisionListMissing(ImportError):
    """The package ``cpca``, whose table of administrative divisions is read here, is not installed."""


def _resources() -> Path:
    spec = importlib.util.find_spec("cpca")  # finds the package without running its __init__
    locations = list(spec.submodule_search_locations or ()) if spec else []
    folder = Path(locations[0], "resources") if locations else None
    if folder is None or not (folder / "adcodes.csv").is_file():
        raise DivisionListMissing(
            "缺少全国行政区划代码表：请安装依赖包 cpca（pip install -c constraints.txt -e .），"
            "本项目读取其中的 resources/adcodes.csv 与 56_nations.csv"
        )
    return folder


def _province_short(full: str) -> str:
    for short in sorted(PROVINCES, key=len, reverse=True):  # 内蒙古自治区 before a two-character match
        if full.startswith(short):
            return short
    raise ValueError(f"no province short name for {full}")


def _short(full: str, peoples: re.Pattern[str]) -> str:
    """恩施土家族苗族自治州 → 恩施 (an autonomous prefecture loses its peoples), 兴安盟 → 兴安, 阿里地区 → 阿里."""
    if full.endswith("自治州"):
        return peoples.sub("", full[:-3])
    return re.sub("(?:市|地区|盟)$", "", full)


def _rows(wanted: tuple[str, ...] = ("adcode", "name")) -> tuple[tuple[str, ...], ...]:
    """The ``wanted`` columns (default: 12-digit code, name) of every row, in code order (read by the cached
    tables below)."""
    with (_resources() / "adcodes.csv").open(encoding="utf-8", newline="") as file:
        reader = csv.reader(file)
        columns = next(reader)
        at = [columns.index(column) for column in wanted]
        return tuple(sorted(tuple(row[n] for n in at) for row in reader))


#: County-level rows the list places as it was before a merger → (the prefecture's code now, the name now).
_MOVED_SINCE = {"371202": ("370100", "莱芜区"), "371203": ("370100", "钢城区")}
#: Districts set up after the list whose names another division has (深圳's 龙华区, 海口's too): without
#: them 「深圳市龙华区」 read 海口. Others since (县 become 区 or 市: 章丘市 → 章丘区) are read by their short
#: name beside their city (``features.place_gazetteer``).
_ADDED_SINCE = (("440309", "龙华区"), ("440310", "坪山区"), ("440311", "光明区"))


@functools.cache
def counties() -> tuple[tuple[str, str, str | None, str], ...]:
    """Every county-level division of the list: (6-digit code, full name, prefecture's full name or
    ``None`` for a municipality's district or county, province short name), in code order; not those a
    province administers directly (their prefecture row is a placeholder)."""
    rows = sorted([(code[:6], name) for code, name in _rows() if code.endswith("0" * 6)] + list(_ADDED_SINCE))
    names = dict(rows)
    provinces = {code[:2]: _province_short(name) for code, name in rows if code[2:] == "0000"}
    found = []
    for code, name in rows:
        if code[4:] == "00" or name in _PLACEHOLDERS:
            continue
        parent, name = _MOVED_SINCE.get(code, (code[:4] + "00", name))
        province = provinces[code[:2]]
        prefecture = names.get(parent)
        if province in ("北京", "天津", "上海", "重庆"):
            prefecture = None
        elif prefecture is None or prefecture in _PLACEHOLDERS:
            continue
        found.append((code, name, prefecture, province))
    return tuple(found)


@functools.cache
def peoples() -> tuple[str, ...]:
    """The names of the 56 peoples without 族 (汉, 土家, 蒙古), longest first: what an autonomous
    division's name holds before 自治州/自治县 (恩施土家族苗族自治州, 白沙黎族自治县)."""
    nations = (_resources() / "56_nations.csv").read_text(encoding="utf-8").split()
    return tuple(sorted({nation.removesuffix("族") for nation in nations}, key=len, reverse=True))


@functools.cache
def prefectures() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Province short name → ((code, official full name, short name), …), in code order."""
    # Provinces and prefectures only (about 370 of 3,511 rows): counties and towns end in other digits.
    rows = [(code, name) for code, name in _rows() if code.endswith("0" * 8)]
    peoples_tail = re.compile("(?:(?:{})族?)+$".format("|".join(peoples())))
    provinces = {code[:2]: _province_short(name) for code, name in rows if code[2:] == "0" * 10}
    found: dict[str, list[tuple[str, str, str]]] = {}
    for code, name in rows:
        if code[2:4] != "00" and code[4:] == "0" * 8 and name not in _PLACEHOLDERS:
            found.setdefault(provinces[code[:2]], []).append((code[:6], name, _short(name, peoples_tail)))
    return {province: tuple(items) for province, items in found.items()}


@functools.cache
def coordinates() -> dict[str, tuple[float, float]]:
    """Official full name → (longitude, latitude) in degrees, as the list gives them, of every province
    (河南省, 北京市: where its government sits), prefecture-level division (南阳市, 伊犁哈萨克自治州) and county-level
    city a province runs directly (济源市, 石河子市): the places ``matching.fair_cuts.area`` names, so that a
    theme cut by city joins neighbouring cities (``matching.fair_parts``). Placeholder rows (市辖区) have no
    coordinates; a name two rows share keeps the higher level's. 兵团 cities set up after the list (胡杨河市,
    新星市, 白杨市) are not in it."""
    rows = _rows(("adcode", "name", "longitude", "latitude"))
    parents = {code[:4]: name for code, name, _, _ in rows if code[4:] == "0" * 8}
    found: dict[str, tuple[float, float]] = {}
    for code, name, longitude, latitude in rows:
        level = code[4:] == "0" * 8 or (code.endswith("0" * 6) and parents.get(code[:4]) in _PLACEHOLDERS)
        if level and longitude and latitude and name not in _PLACEHOLDERS:
            found.setdefault(name, (float(longitude), float(latitude)))
    return found


def __getattr__(name: str) -> object:
    # ``from features.data.national_divisions import PREFECTURES`` reads the table on first use.
    if name == "PREFECTURES":
        return prefectures()
    if name == "COORDINATES":
        return coordinates()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
