"""What a graduate's intention wishes for and refuses, as the profile counts it (意向行业, 不愿从事的岗位,
不考虑的地点), where the features' readers give a word that is no such wish.

- A refusal of a place no gazetteer holds (「会计工作，不去外省」: ``features.unread_place_refusals``) is read
  by ``rejected_categories`` as a kind of work (外省). The profile counts it as a refused place, as written
  and marked unread (「外省（未能识别的地点）」: the ranker tells the graduate it did not filter by it), never
  under 不愿从事的岗位.
- A major's name written as the work wished (「大数据与会计相关工作」, a 专科 major) reads 大数据 as an
  industry. An industry word that stands only inside a major name the catalogs know, a name which also
  holds a kind of work the graduate wishes (会计), is that work, not the industry: the profile drops it.

The ranker reads ``Graduate.preferences`` and ``features.intentions`` itself; these corrections are the
profile's counts only.
"""

from __future__ import annotations

from collections.abc import Callable

from features.intentions import extract_categories, rejected_categories
from features.records import Graduate
from features.unread_place_refusals import unread_place_refusals

#: Whether a name is a major the catalogs know (本科 or 专科, by its whole name).
MajorName = Callable[[str], bool]
#: Longest major name looked for around an industry word.
_LONGEST_MAJOR = 14
#: How an unread refused place is shown in 不考虑的地点.
UNREAD_PLACE = "（未能识别的地点）"


def refused_kinds(graduate: Graduate) -> list[str]:
    """The kinds of work the intention refuses, without those inside a refusal of a place."""
    unread = unread_place_refusals(graduate.intention)
    return [kind for kind in rejected_categories(graduate.intention) if not any(kind in span for span in unread)]


def unread_refused_places(graduate: Graduate) -> list[str]:
    """Refused places no reader knows, as written (外省, 远郊区), each as 「外省（未能识别的地点）」."""
    unread = unread_place_refusals(graduate.intention)
    return [kind + UNREAD_PLACE for kind in rejected_categories(graduate.intention)
            if any(kind in span for span in unread)]


def wished_industries(graduate: Graduate, is_major: MajorName | None) -> list[str]:
    """``graduate.preferences.industries`` without a word that stands only inside a wished work's major name."""
    industries = list(graduate.preferences.industries)
    text = graduate.intention or ""
    if is_major is None or not text:
        return industries
    # The kinds the text names (the record's may come from a 意向类别 column: 企业).
    kinds = (*graduate.preferences.categories, *extract_categories(text, major=graduate.major))
    return [term for term in industries if not _only_in_major_names(text, term, kinds, is_major)]


def _only_in_major_names(text: str, term: str, kinds: tuple[str, ...], is_major: MajorName) -> bool:
    starts = [i for i in range(len(text)) if text.startswith(term, i)]
    return bool(starts) and all(_in_major_name(text, i, term, kinds, is_major) for i in starts)


def _in_major_name(text: str, at: int, term: str, kinds: tuple[str, ...], is_major: MajorName) -> bool:
    end = at + len(term)
    for start in range(max(0, end - _LONGEST_MAJOR), at + 1):
        for stop in range(end, min(len(text), start + _LONGEST_MAJOR) + 1):
            name = text[start:stop]
            if len(name) > len(term) and any(k in name and k != name for k in kinds) and is_major(name):
                return True
    return False


def ranker_major_name(ranker) -> MajorName:
    """A name the ranker's catalogs hold as a major: the 本科 catalog, else the 专科 tables."""
    catalog, tables = ranker.catalog, getattr(ranker, "major_tables", None)

    def is_major(name: str) -> bool:
        return catalog.major_by_name(name) is not None or (tables is not None and tables.junior_code(name) is not None)

    return is_major
