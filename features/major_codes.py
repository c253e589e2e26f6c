"""Code tables beyond the 2026 undergraduate catalog, used to read major requirements.

Position tables cite several catalogs: the graduate discipline catalog (学位授予和人才培养学科
目录), its second-level 1997 list, older undergraduate catalogs (1998, 2012) and the
vocational catalogs (专科 2004/2015/2021, 职业本科 2021). ``MajorCodeTables`` holds them as
plain look-ups; it is built from mappings that ``service`` loads from ``features/data``
(this module reads no files).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from features.catalog import normalise_major_name


@dataclass(frozen=True)
class MajorCodeTables:
    """Look-ups keyed by level.

    ``graduate_names``: 研究生 code (2-digit 门类, 4-digit discipline, 6-digit second-level)
    → names. ``undergrad_old_codes``: a 1998/2012 undergraduate code → its 2026 code.
    ``undergrad_old_names``: an old or renamed undergraduate major name → 2026 code.
    ``junior_catalog``: the official 高职专科 catalog (职业教育专业目录（2021年）): 2-digit 大类, 4-digit
    专业类 and 6-digit major codes → names. ``junior_names``: 专科 code → name as the position tables print
    them (2004/2015/2021 codes; read as aliases and old names after the catalog). ``vocational_to_undergrad``:
    a 职业本科/高职 大类 or 高职 专业类 code → the undergraduate class codes it corresponds to (hand-made, see
    the data README). ``reference_classes``: a 研究生/专科 major name → the undergraduate class codes the
    civil-service major reference table files it under (法律 → 0301, 会计 → 1202), and, built by
    ``from_data``, a 专科 catalog name it lacks → those of its 专业类 (大数据技术 → 5102 → 0809).
    """

    graduate_names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    undergrad_old_codes: Mapping[str, str] = field(default_factory=dict)
    undergrad_old_names: Mapping[str, str] = field(default_factory=dict)
    junior_names: Mapping[str, str] = field(default_factory=dict)
    junior_catalog: Mapping[str, str] = field(default_factory=dict)
    vocational_to_undergrad: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    reference_classes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Each 研究生 name normalised once (``normalise_major_name``), in the catalog's order; every index
        # below is keyed by these.
        bare_names = {code: tuple(map(normalise_major_name, names)) for code, names in self.graduate_names.items()}
        graduate_by_name: dict[str, str] = {}
        # Shorter codes first so that a first-level discipline wins over a homonymous
        # second-level one (法学 0301 over 法学 030101).
        for code in sorted(self.graduate_names, key=lambda c: (len(c) != 4, len(c), c)):
            for bare in bare_names[code]:
                graduate_by_name.setdefault(bare, code)
        # 广东's table files 专业学位 under academic codes: 护理硕士 100228 under 临床医学 (1002), whose
        # field the catalog makes its own 一级学科 (护理学 1011). By name, such a 「X硕士」 is the 专业学位 X
        # (护理 1054), else a 护理硕士 fits every 临床医学 list. Kept: a 「X硕士」 whose filing the catalog
        # does not contradict (计算机技术硕士 081204 under 计算机科学与技术: a fit the lists may intend).
        for code in (c for c in self.graduate_names if len(c) == 6 and c[2] != "5"):
            for bare in bare_names[code]:
                field = bare[:-2] if bare.endswith("硕士") else None
                degree = graduate_by_name.get(field) if field else None
                if graduate_by_name.get(bare) != code or degree is None or degree[2] != "5":
                    continue
                own = {graduate_by_name.get(n) for n in (field, field + "学")} - {None}
                if any(len(found) == 4 and found[2] != "5" and found != code[:4] for found in own):
                    graduate_by_name[bare] = degree
        # A 二级学科 named as such (「内科学二级学科」): the academic code (100201) before the
        # professional degree's field of the same name (105101 临床医学 专业学位 内科学).
        second_level_by_name: dict[str, str] = {}
        for code in sorted((c for c in self.graduate_names if len(c) == 6), key=lambda c: (c[2] == "5", c)):
            for bare in bare_names[code]:
                second_level_by_name.setdefault(bare, code)
        object.__setattr__(self, "_second_level_by_name", second_level_by_name)
        # One 专业学位 field under several codes: 计算机技术 085211 (工程, 2011 catalog) is 085404 of 电子信息 (0854)
        # in the 2022 one, and 广东's 「计算机技术硕士」 (081204, filed under 计算机科学与技术) is that field too.
        by_field: dict[str, set[str]] = {}
        # Not the 2011 艺术 (1351) fields: the 2022 catalog split them into 1352–1357 (read as the arts review decided),
        # and 「艺术硕士（美术）」 is read as 1351, which would admit a 舞蹈 (135106) master.
        for code in (c for c in self.graduate_names if len(c) in (4, 6) and c[2] == "5" and not c.startswith("1351")):
            for bare in bare_names[code]:
                by_field.setdefault(bare, set()).add(code)
        aliases: dict[str, frozenset[str]] = {}
        for code, names in self.graduate_names.items():
            if code[2:3] != "5" and not any(n.endswith("硕士") for n in names):
                continue  # an academic discipline (软件工程 0835, 内科学 100201) stays apart from the 专业学位
            same = {c for bare in bare_names[code]
                    for c in by_field.get(bare, set()) | by_field.get(bare.removesuffix("硕士") if bare.endswith("硕士") else "", set())}
            if same - {code}:
                aliases[code] = frozenset(same | {code})
        object.__setattr__(self, "_field_aliases", aliases)
        # The academic codes a 专业学位 field shares its name with (软件工程 0835 for 085405, 内科学 100201 for
        # 105101, 临床医学 1002 for 1051; X学 too: 会计学 120201 for 会计 1253, 护理学 1011 for 护理 1054), and
        # 广东's 「X硕士」 filings the catalog does not contradict (计算机技术硕士 081204 for 计算机技术): a list
        # naming only the academic discipline does not say whether the 专业学位 is admitted (reviewed, ``namesakes``).
        homes: dict[str, set[str]] = {}
        for code in (c for c in self.graduate_names if len(c) in (4, 6) and c[2] != "5"):
            for bare in bare_names[code]:
                if not bare.endswith("硕士"):
                    homes.setdefault(bare, set()).add(code)
                elif graduate_by_name.get(bare) == code:
                    homes.setdefault(bare[:-2], set()).add(code)
        namesakes: dict[str, tuple[str, frozenset[str]]] = {}
        for code, bares in bare_names.items():
            fields = [b.removesuffix("硕士") for c in self.field_aliases(code) if c[2:3] == "5"
                      for b in bare_names.get(c, ())]
            fields += [b[:-2] for b in bares
                       if code[2:3] != "5" and b.endswith("硕士") and graduate_by_name.get(b) == code]
            for field in fields:
                found = homes.get(field, set()) | homes.get(field + "学", set())
                # 护理学 is 1011 today: its 1997 place under 临床医学 (100209) is no home of 护理 (1054).
                disciplines = {h for h in found if len(h) == 4}
                found = {h for h in found if len(h) == 4 or not disciplines or h[:4] in disciplines}
                if found:
                    namesakes[code] = (field, frozenset(found))
                    break
        object.__setattr__(self, "_namesakes", namesakes)
        # Who may have studied a 二级学科 (内科学 100201): its 一级学科 (1002), the 专业学位 类别 holding
        # a field of its name (1051 临床医学硕士, 105101 内科学) and its 「…硕士」 code (100219 内科学硕士).
        holders: dict[str, set[str]] = {}
        for code in (c for c in self.graduate_names if len(c) == 6):
            for bare in bare_names[code]:
                if (academic := second_level_by_name.get(bare)) is not None and academic != code:
                    holders.setdefault(academic, {academic[:4]}).add(code[:4])
                if bare.endswith("硕士") and (academic := second_level_by_name.get(bare[:-2])) is not None:
                    holders.setdefault(academic, {academic[:4]}).add(code)
        object.__setattr__(self, "_second_level_holders", {k: frozenset(v) for k, v in holders.items()})
        # The catalog's majors first, then the names the tables print (old names, 2015 codes: 会计 630302),
        # then its 专业类 and 大类 (「专科：计算机类」 is 5102): a major's name never reads as a class.
        junior_by_name: dict[str, str] = {}
        official = sorted(self.junior_catalog.items(), key=lambda item: (-len(item[0]), item[0]))
        for code, name in [*((c, n) for c, n in official if len(c) == 6), *sorted(self.junior_names.items()),
                           *((c, n) for c, n in official if len(c) < 6)]:
            junior_by_name.setdefault(normalise_major_name(name), code)
        object.__setattr__(self, "_graduate_by_name", graduate_by_name)
        object.__setattr__(self, "_junior_by_name", junior_by_name)
        object.__setattr__(
            self, "_old_names", {normalise_major_name(k): v for k, v in self.undergrad_old_names.items()}
        )
        object.__setattr__(
            self, "_reference", {normalise_major_name(k): tuple(v) for k, v in self.reference_classes.items()}
        )

    @classmethod
    def from_data(
        cls,
        *,
        disciplines: Iterable[Sequence],
        graduate_second_level: Mapping[str, str] | None = None,
        undergrad_old_codes: Mapping[str, str] | None = None,
        undergrad_old_names: Mapping[str, str] | None = None,
        junior_names: Mapping[str, str] | None = None,
        junior_catalog: Mapping[str, Mapping[str, str]] | None = None,
        vocational_to_undergrad: Mapping[str, Sequence[str] | Mapping] | None = None,
        reference_classes: Mapping[str, Sequence[str]] | None = None,
        undergrad_names: Iterable[str] = (),
    ) -> MajorCodeTables:
        """Build from the decoded JSON of ``features/data`` (see its README). ``junior_catalog`` is
        ``junior_majors_2021.json`` (its ``categories``, ``classes`` and ``majors``); ``undergrad_names``
        the 本科 catalog's major names, which keep their own class rather than their 专科 namesake's."""
        graduate: dict[str, tuple[str, ...]] = {code: tuple(names) for code, names in disciplines}
        for code, name in (graduate_second_level or {}).items():
            graduate.setdefault(code, (name,))
        junior = {code: name for part in ("categories", "classes", "majors")
                  for code, name in (junior_catalog or {}).get(part, {}).items()}
        vocational = {k: tuple(v["undergrad"] if isinstance(v, Mapping) else v)
                      for k, v in (vocational_to_undergrad or {}).items()}
        reference = {k: tuple(v) for k, v in (reference_classes or {}).items()}
        # A 专科 catalog name the reference table lacks (大数据技术, 大数据与会计) is filed under the classes of its
        # 专业类; not a 本科 or 研究生 name (市场营销, 社会工作), which their own catalogs place.
        known = {normalise_major_name(n)
                 for n in (*reference, *undergrad_names, *(n for ns in graduate.values() for n in ns))}
        for code, name in sorted(junior.items()):
            if len(code) == 6 and normalise_major_name(name) not in known and vocational.get(code[:4]):
                reference.setdefault(name, vocational[code[:4]])
        return cls(
            graduate_names=graduate,
            undergrad_old_codes=dict(undergrad_old_codes or {}),
            undergrad_old_names=dict(undergrad_old_names or {}),
            junior_names=dict(junior_names or {}),
            junior_catalog=junior,
            vocational_to_undergrad=vocational,
            reference_classes=reference,
        )

    def graduate_code(self, name: str) -> str | None:
        return self._graduate_by_name.get(normalise_major_name(name))  # type: ignore[attr-defined]

    def second_level_code(self, name: str) -> str | None:
        """The 6-digit 研究生 二级学科 code of this name (内科学 → 100201), academic before professional."""
        return self._second_level_by_name.get(normalise_major_name(name))  # type: ignore[attr-defined]

    def second_level_holders(self, code: str) -> frozenset[str]:
        """Graduate codes that do not say whether their holder studied the 二级学科 ``code``:
        内科学 100201 → 1002 临床医学, 1051 临床医学硕士, 100219 内科学硕士."""
        return self._second_level_holders.get(code, frozenset({code[:4]}))  # type: ignore[attr-defined]

    def field_aliases(self, code: str) -> frozenset[str]:
        """The codes a graduate's 研究生 code names the same 专业学位 field by (085211 计算机技术 → also 085404,
        under 电子信息 0854 since the 2022 catalog; 081204 计算机技术硕士 → also 085211, 085404): a list naming any admits."""
        return self._field_aliases.get(code, frozenset({code}))  # type: ignore[attr-defined]

    def namesakes(self, code: str) -> tuple[str, frozenset[str]] | None:
        """For a graduate's 专业学位 code (085211 计算机技术, 1051 临床医学, 广东's 081204 计算机技术硕士): the
        field's name and the academic codes of that name or filing it (081204; 1002), else ``None``."""
        return self._namesakes.get(code)  # type: ignore[attr-defined]

    def graduate_name(self, code: str) -> str | None:
        names = self.graduate_names.get(code)
        return names[0] if names else None

    def junior_code(self, name: str) -> str | None:
        """The 专科 code of this name: the 2021 catalog's major (计算机应用技术 → 510201), else a code the position
        tables print for it, else the catalog's 专业类 or 大类 of that name (计算机类 → 5102)."""
        return self._junior_by_name.get(normalise_major_name(name))  # type: ignore[attr-defined]

    def junior_list_code(self, digits: str, name: str | None) -> str | None:
        """A 专科 code as a list prints it, in the 2021 catalog: kept where the catalog gives it this name (or
        no name is written), else the catalog code of the name (an old code: 「护理（620201）」, 2015's, is
        520201; 2015's 510201 was 作物生产技术, not 2021's 计算机应用技术)."""
        name = re.sub(r"[（(][^（）()]*[)）]", "", name) if name else None  # 「护理（限女性）」: the qualifier is no name
        bare = normalise_major_name(name) if name else None
        if digits in self.junior_catalog and (not bare or normalise_major_name(self.junior_catalog[digits]) == bare):
            return digits
        found = self.junior_code(name) if bare else None
        if found and found in self.junior_catalog:
            return found
        return None if digits in self.junior_catalog else digits  # a code the catalog gives another major: the name decides

    def old_undergrad_code(self, name: str) -> str | None:
        return self._old_names.get(normalise_major_name(name))  # type: ignore[attr-defined]

    @property
    def reference_by_name(self) -> Mapping[str, tuple[str, ...]]:
        """``reference_classes`` keyed by normalised name."""
        return self._reference  # type: ignore[attr-defined]
