"""What the officers' section of graduates off the support list keeps and reads on each view
(``support_list.subsidy_outside_support``): the kept verdicts hold the records the graduate cache
holds now, not a copy it dropped, and a view reads the follow-up rows of the rows it returns
only (the states of everyone else as two columns)."""

from __future__ import annotations

import gc
import weakref
from dataclasses import dataclass

from sqlalchemy import event

from service.api.caches import VerdictCache
from service.storage.models import FollowUpRow
from tests.test_subsidy_unclaimed import URL, api  # noqa: F401  (the fixture)


@dataclass(frozen=True)
class Record:
    """A graduate record as the cache sees it: an id, compared by value."""

    id: str
    student_loan: bool


def test_an_equal_copy_of_a_record_replaces_the_one_kept_without_judging_again():
    cache: VerdictCache[bool] = VerdictCache()
    judged: list[str] = []

    def judge(record: Record) -> bool:
        judged.append(record.id)
        return record.student_loan

    first = [Record("G1", True), Record("G2", False)]
    assert cache.judge(first, key="day", judge=judge) == [True, False]
    gone = weakref.ref(first[0])
    reloaded = [Record("G1", True), Record("G2", False)]  # the graduate cache reloaded (an import)
    del first
    assert cache.judge(reloaded, key="day", judge=judge) == [True, False]
    assert judged == ["G1", "G2"]  # equal records: the verdicts kept
    gc.collect()
    assert gone() is None  # the dropped copy is not held by the kept verdicts


def test_a_view_reads_the_follow_up_rows_of_the_rows_it_returns_only(api):  # noqa: F811
    for graduate_id in ("G4", "G5", "G6"):
        api.post(f"/api/graduates/{graduate_id}/follow-ups", "officer", json={"subsidy": "未申请"}).raise_for_status()
    loaded: list[str] = []

    def on_load(row, _context):
        loaded.append(row.graduate_id)

    event.listen(FollowUpRow, "load", on_load)
    try:
        answer = api.get(URL + "?offset=1&limit=1", "officer").json()
    finally:
        event.remove(FollowUpRow, "load", on_load)
    assert answer["total"] == 3
    assert [(x["graduate_id"], x["subsidy_hint"]["recorded"]) for x in answer["items"]] == [("G5", "未申请")]
    assert loaded == ["G5"]
    follow_up_reads = [r.record_id for r in api.audit_rows()
                       if r.record_type == "follow_up" and r.action == "read" and r.role == "officer"]
    assert follow_up_reads == ["G5"] and "subsidy" in next(
        r.fields for r in api.audit_rows() if r.record_type == "follow_up" and r.action == "read")
