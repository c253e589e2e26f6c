"""An imported graduate merged into the stored one: a file updates only the columns it has.

An officer's file often holds a few columns (学号, 就业意向); a graduate already stored keeps every
field the file has no column for, while a column present with an empty cell clears its field
(the file said nothing there). A new graduate is taken as read. Pure: the store hands both records in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from features.intentions import preferences_after_intention_change
from features.records import Graduate

#: The importer's column fields (``service.columns.GRADUATE_FIELDS``) → the record fields each
#: feeds. 专业 feeds the resolved code too; 困难类别 its narrower groups (the cell names them).
_FEEDS: Mapping[str, tuple[str, ...]] = {
    "name": ("name",), "school": ("school",), "major": ("major", "major_code"), "education": ("education",),
    "degree": ("degree",), "graduation_year": ("graduation_year",), "gender": ("gender",),
    "ethnicity": ("ethnicity",), "birth_date": ("birth_date",), "political_status": ("political_status",),
    "hukou": ("hukou",), "origin_place": ("origin_place",), "intention": ("intention",),
    "hardship": ("hardship", "hardship_groups"), "hardship_groups": ("hardship_groups",),
    "student_loan": ("student_loan",), "id_number": ("id_number",), "phone": ("phone",),
}  # fmt: skip
#: Preference columns → ``Preferences`` fields. A 就业意向 column moves the preferences as an API
#: edit of the intention does: one that still holds what the old text said follows the new text,
#: one set on its own (an earlier file's 意向地点 column) stays unless its own column is present.
_PREFERENCES = {"pref_locations": "locations", "pref_categories": "categories",
                "pref_industries": "industries", "min_salary": "min_salary"}


def merge_imported(stored: Graduate | None, incoming: Graduate, columns: frozenset[str]) -> Graduate:
    """``incoming`` (read from a file whose table had ``columns``) over ``stored``: the fields of
    absent columns keep their stored values. ``stored`` ``None``: a new graduate, ``incoming``."""
    if stored is None:
        return incoming
    changes = {name: getattr(incoming, name) for column in columns for name in _FEEDS.get(column, ())}
    if "hardship" in columns and incoming.student_loan is not None:
        changes["student_loan"] = incoming.student_loan  # the 困难类别 cell stated it (「建档立卡、助学贷款」)
    stated = {attr: getattr(incoming.preferences, attr) for column, attr in _PREFERENCES.items() if column in columns}
    if "intention" in columns:
        changes["preferences"] = preferences_after_intention_change(stored.preferences, stored.intention,
                                                                    incoming.intention, stated,
                                                                    major=incoming.major or stored.major)
    elif stated:
        changes["preferences"] = replace(stored.preferences, **stated)
    return replace(stored, **changes)


__all__ = ("merge_imported",)
