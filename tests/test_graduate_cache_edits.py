"""``GraduateCache`` keeps its copy in id order through single edits without sorting every record
again (each written record is bisected into place), ends in the order a full sort gives, and hands
readers a new list on each change (kept views compare the list's identity). A small graduates'
import puts its records into the copy, as a PATCH does, so that the subsidy warm-up judges those
graduates alone; a large one still drops the copy and makes a full pass."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from features.records import Graduate
from service.api import caches, uploads
from service.api.caches import GraduateCache
from service.api.subsidy_verdicts import WRITTEN_LIMIT
from tests.test_api_import import upload
from tests.test_subsidy_unclaimed import OFF_LIST, _api_ids
from tests.test_subsidy_warmup_written import _asked_by_the_warm_up, warm_api  # noqa: F401


def _loaded(monkeypatch, graduates: list[Graduate]) -> tuple[GraduateCache, list[int]]:
    """A cache whose copy was read from ``graduates``, and a counter of such reads."""
    reads = [0]

    def all_graduates(*, session):
        reads[0] += 1
        return sorted(graduates, key=lambda g: g.id)

    monkeypatch.setattr(caches.repository, "all_graduates", all_graduates)
    cache = GraduateCache()
    cache.get(session=None)
    return cache, reads


def test_random_edits_keep_the_order_a_full_sort_gives(monkeypatch):
    rng = random.Random(7)
    ids = [f"G{rng.randrange(10_000):05d}" for _ in range(300)]
    start = {i: Graduate(id=i, name="甲") for i in ids}
    cache, reads = _loaded(monkeypatch, list(start.values()))
    expected = dict(start)
    for step in range(2_000):
        action = rng.random()
        if action < 0.45:  # an edit of one held, or a new one (ids before, between and after the others)
            graduate = Graduate(id=f"G{rng.randrange(10_000):05d}", name=f"乙{step}")
            cache.put(graduate)
            expected[graduate.id] = graduate
        elif action < 0.6:  # a small import, a repeated id within it: the last record wins
            batch = [Graduate(id=f"G{rng.randrange(10_000):05d}", name=f"丙{step}") for _ in range(rng.randrange(1, 6))]
            batch.append(replace(batch[0], name=f"丁{step}"))
            cache.put_many(batch)
            expected.update({g.id: g for g in batch})
        elif expected:
            gone = rng.choice(sorted(expected))
            cache.remove(gone)
            del expected[gone]
        if step % 50 == 0 or step == 1_999:
            held = cache.get(session=None)
            assert held == sorted(expected.values(), key=lambda g: g.id)
            assert all(cache.one(session=None, graduate_id=i) is g for i, g in expected.items())
    assert reads == [1]  # never read again


def test_an_edit_does_not_sort_every_record_again(monkeypatch):
    cache, _ = _loaded(monkeypatch, [Graduate(id=f"G{i:03d}") for i in range(0, 100, 2)])

    def no_full_sort(*args, **kwargs):
        raise AssertionError("a single edit sorted the whole copy")

    monkeypatch.setattr(caches, "sorted", no_full_sort, raising=False)  # found before the builtin
    cache.put(Graduate(id="G051", name="新"))
    cache.put(Graduate(id="G050", name="改"))
    held = cache.get(session=None)
    assert [g.id for g in held[24:28]] == ["G048", "G050", "G051", "G052"]
    assert held[25].name == "改" and len(held) == 51


def test_each_change_gives_readers_a_new_list_and_leaves_theirs_alone(monkeypatch):
    cache, _ = _loaded(monkeypatch, [Graduate(id="G1"), Graduate(id="G3")])
    before = cache.get(session=None)
    cache.put(Graduate(id="G2"))
    after = cache.get(session=None)
    assert after is not before and [g.id for g in before] == ["G1", "G3"]
    assert [g.id for g in after] == ["G1", "G2", "G3"]


def test_listeners_hear_the_ids_of_a_small_import(monkeypatch):
    cache, _ = _loaded(monkeypatch, [Graduate(id="G1")])
    heard = []
    cache.on_change(heard.append)
    cache.put_many([Graduate(id="G2"), Graduate(id="G0")])
    assert heard == [frozenset({"G0", "G2"})]


def test_the_import_bound_is_the_warm_ups_own():
    assert uploads.IMPORT_PUT_LIMIT == WRITTEN_LIMIT


LOAN_CSV = "编号,姓名,学历,毕业年份,助学贷款\n{rows}"


def _loan_rows(*ids: str) -> bytes:
    return LOAN_CSV.format(rows="".join(f"{i},王磊,本科,2026,是\n" for i in ids)).encode()


def test_a_one_graduate_import_updates_the_copy_and_is_judged_again_alone(warm_api, monkeypatch):  # noqa: F811
    warmup, verdicts, cache = (warm_api.app.state.subsidy_warmup, warm_api.app.state.subsidy_verdicts,
                               warm_api.app.state.graduate_cache)
    assert _api_ids(warm_api) == ["G4", "G5", "G6"]  # G2 holds no loan
    asked = _asked_by_the_warm_up(verdicts, monkeypatch)
    reads = [0]
    all_graduates = caches.repository.all_graduates

    def counted(**kwargs):
        reads[0] += 1
        return all_graduates(**kwargs)

    monkeypatch.setattr(caches.repository, "all_graduates", counted)
    report = upload(warm_api, "/api/graduates/import", "officer", "g.csv", _loan_rows("G2"))
    assert report.status_code == 200 and report.json()["updated"] == 1, report.text
    assert warmup.wait(timeout=60)
    assert asked == [["G2"]]  # not G4, G5 and G6 judged or compared again
    assert reads == [0]  # the copy was not read again
    assert cache.peek("G2").student_loan is True
    assert warmup.is_current() and _api_ids(warm_api) == ["G2", "G4", "G5", "G6"]


def test_an_import_above_the_bound_reloads_the_copy_and_judges_everyone(warm_api, monkeypatch):  # noqa: F811
    warmup, verdicts = warm_api.app.state.subsidy_warmup, warm_api.app.state.subsidy_verdicts
    asked = _asked_by_the_warm_up(verdicts, monkeypatch)
    monkeypatch.setattr(uploads, "IMPORT_PUT_LIMIT", 1)
    report = upload(warm_api, "/api/graduates/import", "officer", "g.csv", _loan_rows("G2", "G8"))
    assert report.status_code == 200 and report.json()["created"] == 1, report.text
    assert warmup.wait(timeout=60)
    assert sorted(i for ids in asked for i in ids) == sorted({*OFF_LIST, "G8"})
    assert _api_ids(warm_api) == ["G2", "G4", "G5", "G6", "G8"]


@pytest.mark.parametrize("rows", [("G2", "G2")])
def test_a_repeated_id_in_a_small_import_is_put_once_as_stored(warm_api, monkeypatch, rows):  # noqa: F811
    report = upload(warm_api, "/api/graduates/import", "officer", "g.csv", _loan_rows(*rows))
    assert report.status_code == 200, report.text
    cache = warm_api.app.state.graduate_cache
    held = [g.id for g in cache.get(session=None)]
    assert held == sorted(set(held)) and held.count("G2") == 1
