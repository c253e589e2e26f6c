"""The record a verdict is judged on for whoever will read it: officers see every field; everyone
else (organisers, the graduate themself) gets the copy without the officer-only fields, so that no
reason or status reveals them. Kept apart from ``services`` so that both its callers and the pages
import one small module."""

from __future__ import annotations

from dataclasses import replace

from features.records import SENSITIVE_GRADUATE_FIELDS, Graduate
from service.auth import Role, User


def redact(graduate: Graduate) -> Graduate:
    """The record without its sensitive fields (``None``: unknown, not 'none').

    Organisers' rankings and everything judged for a graduate's own eyes (``judged_for``) use
    this copy, so that no reason (「您登记为残疾人」「民族不符：
    …您为汉族」) and no eligibility verdict reveals what they may not read; rules on those
    fields then answer 待核实 for them."""
    return replace(graduate, **{name: None for name in SENSITIVE_GRADUATE_FIELDS},
                   withheld=frozenset(SENSITIVE_GRADUATE_FIELDS))


def judged_for(user: User, graduate: Graduate) -> Graduate:
    """The record a verdict shown to ``user`` is judged on: the full one for officers only.

    The graduate's own suggestions, job verdicts, policies and guidance are judged on the copy
    without the officers' fields, as organisers' are: their reasons and statuses would tell the
    graduate their hardship category (「…您登记的困难类别为低收入家庭」), disability, ethnicity or
    loan, which the project shows to officers only (the graduate's own record hides them too)."""
    return graduate if user.role is Role.OFFICER else redact(graduate)
