"""The 「系统理解的意向」 section of a graduate's page and the graduate's own form to change their wishes
(就业意向, 意向地点, 意向类别, 期望薪酬), as the page shows them.

The page showed the 就业意向 as typed, not what the ranker read from it: a graduate whose 「不去远郊区」 filtered
nothing, or whose 「想做会计」 was read as 会计 only, could not tell why their list was as it was (2026-12-07
graduate review). What is shown here is read by the ranker's own readers (``matching.pair_scores``,
``matching.preferences``, ``features.intentions``, ``matching.explain``), never by a parser of its own, so it
says what the suggestions were ranked by. Only the intention, the preferences and the major are read: nothing
the officers alone may see. The form is handled by ``service.api.intention_form``.
"""

from __future__ import annotations

from dataclasses import dataclass

from features.intentions import rejected_categories, rejected_employer_kinds, rejected_places
from features.open_to_other_work import open_to_other_work
from features.place_levels import wished_place_levels
from features.records import Graduate
from features.unread_place_refusals import unread_place_refusals
from matching.explain import unread_place_note
from matching.pair_scores import refused_levels, refused_locations, wished_levels, wished_locations
from matching.preferences import wished_work
from service.api.problems import ApiProblem
from service.auth import Role, User

#: The form's fields (the names it sends) and what the page calls them, in its messages too.
FORM_LABELS = {"intention": "就业意向", "locations": "意向地点", "categories": "意向类别", "min_salary": "期望薪酬"}
#: Items of a list field are written one after another with 、 (read with 、，；/ or spaces between).
ITEM_JOIN = "、"


@dataclass(frozen=True, slots=True)
class UnderstoodWishes:
    """What the ranker reads from a graduate's 就业意向 and 意向地点/意向类别/意向行业/期望薪资."""

    places: tuple[str, ...]  # wished places and levels (县城, 乡镇)
    refused_places: tuple[str, ...]  # refused places and levels
    work: tuple[str, ...]  # kinds of work and of employer wished
    refused_work: tuple[str, ...]
    industries: tuple[str, ...]
    min_salary: int | None
    open_to_other_work: bool  # 「愿意从事专业以外的工作」: the work named counts as much as the major
    unread: tuple[str, ...]  # the ranker's notes on what it could not read (「未能识别的地点意向：…」)

    @property
    def nothing_read(self) -> bool:
        return not (self.places or self.refused_places or self.work or self.refused_work or self.industries
                    or self.min_salary is not None or self.open_to_other_work)


def _unique(*groups) -> tuple[str, ...]:
    return tuple(dict.fromkeys(item for group in groups for item in group if item))


def understood_wishes(graduate: Graduate) -> UnderstoodWishes:
    """The graduate's wishes as the ranker reads them (each reader named in the module docstring)."""
    prefs = graduate.preferences
    places = [p for p in wished_locations(graduate) if not wished_place_levels(p)]  # a level is said once, below
    # 「不去远郊区」 is said unread (``unread_place_note``), not also as a refused kind of work: the kind reader takes
    # the word after 不去 (远郊区), which no post's kind holds, so it ranks nothing either way.
    unread = unread_place_refusals(graduate.intention, prefs.locations)
    return UnderstoodWishes(
        places=_unique(places, wished_levels(graduate)),
        refused_places=_unique(rejected_places(graduate.intention), refused_locations(graduate),
                               refused_levels(graduate)),
        work=_unique(prefs.categories, wished_work(graduate.intention, graduate.major)),
        refused_work=_unique([k for k in rejected_categories(graduate.intention) if not any(k in span for span in unread)],
                             rejected_employer_kinds(graduate.intention)),
        industries=tuple(prefs.industries), min_salary=prefs.min_salary,
        open_to_other_work=open_to_other_work(graduate.intention),
        unread=_unique([unread_place_note(graduate)]))


def may_edit_wishes(user: User, graduate_id: str) -> bool:
    """The form is the graduate's own: officers change a record through the API."""
    return user.role is Role.GRADUATE and user.graduate_id == graduate_id


def form_values(graduate: Graduate) -> dict[str, str]:
    """The form as the stored record fills it in."""
    prefs = graduate.preferences
    return {"intention": graduate.intention or "", "locations": ITEM_JOIN.join(prefs.locations),
            "categories": ITEM_JOIN.join(prefs.categories),
            "min_salary": "" if prefs.min_salary is None else str(prefs.min_salary)}


def field_errors(problem: ApiProblem | None) -> dict[str, str]:
    """Field name → its message, of a 422 the form answered (``errors`` items whose ``loc`` names a field)."""
    out: dict[str, str] = {}
    for error in (problem.extensions.get("errors", ()) if problem else ()):
        field = next((str(p) for p in error.get("loc", ()) if str(p) in FORM_LABELS), None)
        if field is not None and field not in out:
            out[field] = error["message"]
    return out


def page_context(*, user: User, graduate: Graduate, form: dict[str, str] | None,
                 problem: ApiProblem | None) -> dict[str, object]:
    """The template's values of the section and, for the graduate themself, of the form (as sent, after a
    mistake, with each field's message)."""
    editable = may_edit_wishes(user, graduate.id)
    return {"wishes": understood_wishes(graduate), "wish_editable": editable,
            "wish_form": (form or form_values(graduate)) if editable else {},
            "wish_errors": field_errors(problem), "wish_error": problem.detail if problem else None,
            "wish_labels": FORM_LABELS}


__all__ = ("FORM_LABELS", "ITEM_JOIN", "UnderstoodWishes", "field_errors", "form_values", "may_edit_wishes",
           "page_context", "understood_wishes")
