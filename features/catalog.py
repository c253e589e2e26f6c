"""The undergraduate major catalog: codes, names, classes and categories.

Codes follow 普通高等学校本科专业目录: a 6-digit major code (``080901``; 7 digits for
the foreign languages past 050299, e.g. ``0502100T`` 语言学), with an optional ``T``
special / ``K`` controlled suffix, whose first four digits are the class (``0809``
计算机类) and first two the category (``08`` 工学). The catalog is built from rows the
caller loads (``service.resources.load_major_catalog``); this module reads no files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

_CODE = re.compile(r"^(\d{6,7})([TK]{0,2})$")
_PUNCT = re.compile(r"[\s（）()【】\[\]·、，,。]")
# A bracketed track or length after a major's name: （师范）, (嵌入式), （5年制）, （商务方向）.
_QUALIFIER = re.compile(r"[（(][^（）()]{1,12}[）)]")


@dataclass(frozen=True, slots=True)
class Major:
    """One catalog major."""

    code: str  # six digits, suffix stripped: "080901"
    name: str
    class_code: str  # "0809"
    class_name: str  # "计算机类"
    category_code: str  # "08"
    category_name: str  # "工学"


@dataclass(frozen=True, slots=True)
class MajorClass:
    code: str
    name: str
    category_code: str
    category_name: str


def normalise_major_name(name: str) -> str:
    """Strip spaces, brackets and punctuation that tables add around names."""
    return _PUNCT.sub("", str(name)).strip()


def strip_code_suffix(code: str) -> str | None:
    """``'120203K'`` → ``'120203'``; ``None`` when it is not a 6- or 7-digit major code."""
    m = _CODE.match(str(code).strip().upper())
    return m.group(1) if m else None


class MajorCatalog:
    """Look-ups over the catalog: by code, by name, by alias; classes and categories.

    ``aliases`` maps an informal or old name (``计算机``, ``国际经济与贸易专业``) to a
    6-digit major code or a 4-digit class code.
    """

    def __init__(self, majors: Iterable[Major], *, aliases: Mapping[str, str] | None = None):
        self.majors: dict[str, Major] = {}
        self.classes: dict[str, MajorClass] = {}
        self.categories: dict[str, str] = {}
        self._by_name: dict[str, str] = {}
        for major in majors:
            self.majors[major.code] = major
            self.classes.setdefault(
                major.class_code,
                MajorClass(major.class_code, major.class_name, major.category_code, major.category_name),
            )
            self.categories.setdefault(major.category_code, major.category_name)
            self._by_name.setdefault(normalise_major_name(major.name), major.code)
        self._class_by_name = {normalise_major_name(c.name): c.code for c in self.classes.values()}
        self._category_by_name = {normalise_major_name(n): c for c, n in self.categories.items()}
        self._aliases = {normalise_major_name(k): v for k, v in (aliases or {}).items()}

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, str]], *, aliases: Mapping[str, str] | None = None) -> MajorCatalog:
        """Rows with keys ``code, name, className, categoryName`` (the 2026 catalog JSON)."""
        majors = []
        for row in rows:
            code = strip_code_suffix(row["code"])
            if code is None:
                raise ValueError(f"专业代码格式不正确：{row['code']!r}")
            majors.append(
                Major(
                    code=code,
                    name=row["name"],
                    class_code=code[:4],
                    class_name=row["className"],
                    category_code=code[:2],
                    category_name=row["categoryName"],
                )
            )
        return cls(majors, aliases=aliases)

    def __len__(self) -> int:
        return len(self.majors)

    def major(self, code: str) -> Major | None:
        bare = strip_code_suffix(code)
        return self.majors.get(bare) if bare else None

    def major_by_name(self, name: str) -> Major | None:
        major = self._major_by_name(name)
        if major is None and _QUALIFIER.search(str(name)):
            # 汉语言文学（师范）, 软件工程(嵌入式), 临床医学（5年制）: the major without its track.
            major = self._major_by_name(_QUALIFIER.sub("", str(name)))
        return major

    def _major_by_name(self, name: str) -> Major | None:
        key = normalise_major_name(name)
        code = self._by_name.get(key)
        if code is None:
            alias = self._aliases.get(key)
            if alias is not None and len(alias) == 6:
                code = alias
        if code is None and key.endswith("专业"):
            return self._major_by_name(key[: -len("专业")])
        return self.majors.get(code) if code else None

    def class_by_name(self, name: str) -> MajorClass | None:
        key = normalise_major_name(name)
        code = self._class_by_name.get(key)
        if code is None:
            alias = self._aliases.get(key)
            if alias is not None and len(alias) == 4:
                code = alias
        return self.classes.get(code) if code else None

    def category_by_name(self, name: str) -> str | None:
        return self._category_by_name.get(normalise_major_name(name))

    def resolve(self, text: str) -> Major | None:
        """A graduate's major as written (name, code, ``080901 计算机科学与技术``) → catalog major."""
        if text is None:
            return None
        text = str(text).strip()
        if not text:
            return None
        m = re.search(r"\d{6,7}[TK]{0,2}", text)
        name = re.sub(r"\d{6,7}[TK]{0,2}", "", text)
        by_name = self.major_by_name(name) if normalise_major_name(name) else None
        by_code = self.major(m.group()) if m else None
        if by_code is None or by_name is not None:
            # The name decides when both are given: a 1998 code is another major today
            # (080605 计算机科学与技术 is 电机电器智能化 in the 2026 catalog).
            return by_name or by_code
        bare = normalise_major_name(_QUALIFIER.sub("", name))
        if bare and bare not in by_code.name and by_code.name not in bare:
            return None  # a code and a name that do not agree: better unknown than wrong
        return by_code

    def class_names(self) -> dict[str, str]:
        return {code: c.name for code, c in self.classes.items()}

    def names(self) -> list[str]:
        """All major, class and category names (for the segmenter's dictionary)."""
        out = {m.name for m in self.majors.values()}
        out.update(c.name for c in self.classes.values())
        out.update(self.categories.values())
        return sorted(out)
