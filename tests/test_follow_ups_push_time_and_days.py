"""The graduate page's 推荐时间 is the push's time, and a day parameter is YYYY-MM-DD (or YYYY/MM/DD)
everywhere, a blank being no filter on the API and the CLI as on the pages."""

from __future__ import annotations

import argparse
import datetime as dt

import pytest
from sqlalchemy import update

from service.beijing import parse_day
from service.commands.follow_ups import day
from service.storage.models import FollowUpRow
from tests.test_api_fixtures import api, assert_problem  # noqa: F401
from tests.test_api_followups import login, recorded

REPORT = "/api/follow-ups"
UTC = dt.timezone.utc


def _set_time(api, follow_up_id: int, moment: dt.datetime) -> None:
    with api.app.state.session_factory() as session:
        session.execute(update(FollowUpRow).where(FollowUpRow.id == follow_up_id).values(at=moment))
        session.commit()


def _pushed_rows(api, graduate_id: str) -> list[str]:
    page = api.client.get(f"/graduate/{graduate_id}").text
    section = page.split('id="pushed-jobs"')[1].split("<h2")[0]
    return section.split("<tbody>")[1].split("<tr>")[1:]


def test_the_push_time_is_the_first_push_not_a_result_recorded_before_it(api):
    applied = recorded(api, "G1", job_id="J-SOFT", status="已投递")  # the result written first
    pushed = recorded(api, "G1", job_id="J-SOFT", status="已推送")
    recorded(api, "G1", job_id="J-SOFT", status="面试中")
    _set_time(api, applied["id"], dt.datetime(2026, 3, 1, 2, 0, tzinfo=UTC))
    _set_time(api, pushed["id"], dt.datetime(2026, 3, 5, 2, 0, tzinfo=UTC))
    login(api, "g1")
    [row] = _pushed_rows(api, "G1")
    assert "2026-03-05 10:00" in row and "2026-03-01" not in row and "面试中" in row


def test_with_no_push_recorded_the_time_is_the_jobs_first_record(api):
    first = recorded(api, "G1", job_id="J-SOFT", status="面试中")
    later = recorded(api, "G1", job_id="J-SOFT", status="已录用")
    _set_time(api, first["id"], dt.datetime(2026, 3, 1, 2, 0, tzinfo=UTC))
    _set_time(api, later["id"], dt.datetime(2026, 3, 9, 2, 0, tzinfo=UTC))
    login(api, "officer")
    page = api.client.get("/graduate/G1").text
    assert 'title="首次登记「已推送」的时间' in page  # the column says which time it is
    [row] = _pushed_rows(api, "G1")
    assert "2026-03-01 10:00" in row and "已录用" in row


@pytest.mark.parametrize("text", ["20261207", "2026-W49-1", "2026-W49", "2026-341", "2026-1-1", "2026/12-07",
                                  "2026-12-07T00:00", "２０２６-12-07"])
def test_only_a_calendar_day_is_read(text):
    with pytest.raises(ValueError):
        parse_day(text)


def test_a_day_is_read_with_dashes_or_slashes_blanks_around_ignored():
    assert parse_day(" 2026-12-07 ") == parse_day("2026/12/07") == dt.date(2026, 12, 7)
    with pytest.raises(ValueError):
        parse_day("2026/02/30")


def test_the_api_refuses_week_and_compact_days_and_reads_a_blank_as_no_filter(api):
    recorded(api, "G1", job_id="J-SOFT", status="已推送")
    for text in ("20261207", "2026-W49-1"):
        assert_problem(api.get(REPORT, "officer", params={"since": text}), 422, "since", "YYYY-MM-DD")
    for blank in ("", "  "):
        answer = api.get(REPORT, "officer", params={"since": blank})
        assert answer.status_code == 200, answer.text
        assert answer.json()["total"] == 1


def test_the_cli_refuses_week_and_compact_days_and_reads_a_blank_as_no_filter():
    for text in ("20261207", "2026-W49-1"):
        with pytest.raises(argparse.ArgumentTypeError):
            day(text)
    assert day("") is None and day("  ") is None
    assert day("2026/09/01") == dt.date(2026, 9, 1)


def test_the_officers_report_dates_the_push_as_the_graduate_page_does(api):
    # 「首次推送」 (first_at) was the job's earliest record of any status: a result written before the push.
    applied = recorded(api, "G1", job_id="J-SOFT", status="已投递")
    pushed = recorded(api, "G1", job_id="J-SOFT", status="已推送")
    _set_time(api, applied["id"], dt.datetime(2026, 3, 1, 2, 0, tzinfo=UTC))
    _set_time(api, pushed["id"], dt.datetime(2026, 3, 5, 2, 0, tzinfo=UTC))
    [line] = [i for i in api.get(REPORT, "officer").json()["items"] if i["job_id"] == "J-SOFT"]
    assert line["first_at"].startswith("2026-03-05T02:00")
