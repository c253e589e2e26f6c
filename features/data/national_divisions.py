"""The prefecture-level divisions (地级市, 地区, 自治州, 盟) of every province: official 6-digit code,
full name and short name, by the province's short name (``features.data.places.PROVINCES``).

Source: the Ministry of Civil Affairs' 行政区划代码 (divisions as of 2020) as the MIT-licensed PyPI
package ``cpca`` (a dependency, >= 0.5.5) ships them in ``cpca/resources/adcodes.csv``, with the 56
peoples in ``56_nations.csv``. The package is not imported: its ``__init__`` imports
``pkg_resources`` (gone from setuptools 81) and builds a pandas matcher we do not use; its two
files are found through the import system and read once per process. This is the one place in
``features/`` that reads a file: it is an installed package's data, like a module's constants, not
input. The four municipalities, Taiwan, Hong Kong and Macau have none. Read by
``features.place_keys`` and ``features.place_inference``.
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


@functools.cache
def prefectures() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Province short name → ((code, official full name, short name), …), in code order."""
    folder = _resources()
    with (folder / "adcodes.csv").open(encoding="utf-8", newline="") as file:
        reader = csv.reader(file)
        columns = next(reader)
        code_at, name_at = columns.index("adcode"), columns.index("name")
        # Provinces and prefectures only (about 370 of 3,511 rows): counties and towns end in other digits.
        rows = sorted((row[code_at], row[name_at]) for row in reader if row[code_at].endswith("0" * 8))
    nations = (folder / "56_nations.csv").read_text(encoding="utf-8").split()
    names = sorted({nation.removesuffix("族") for nation in nations}, key=len, reverse=True)
    peoples = re.compile("(?:(?:{})族?)+$".format("|".join(names)))
    provinces = {code[:2]: _province_short(name) for code, name in rows if code[2:] == "0" * 10}
    found: dict[str, list[tuple[str, str, str]]] = {}
    for code, name in rows:
        if code[2:4] != "00" and code[4:] == "0" * 8 and name not in _PLACEHOLDERS:
            found.setdefault(provinces[code[:2]], []).append((code[:6], name, _short(name, peoples)))
    return {province: tuple(items) for province, items in found.items()}


def __getattr__(name: str) -> object:
    # ``from features.data.national_divisions import PREFECTURES`` reads the table on first use.
    if name == "PREFECTURES":
        return prefectures()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
