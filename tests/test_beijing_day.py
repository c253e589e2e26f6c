"""One day for the whole service: Beijing's (UTC+8), read from the wall clock in one place
(``service.beijing.beijing_today``) and handed to the pure code, which never reads the clock.
A server kept on UTC is still on yesterday until 08:00 Beijing time; these tests freeze the
moment by injecting it, so they hold whatever the machine's time zone and date."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from pydantic import ValidationError

from features.records import Graduate, Job
from features.values import parse_birth_date
from matching.verdict import Status
from service.api.schemas.graduates import GraduateCreate
from service.engine import DailyRulesEngine, beijing_today, load_rules_engine
from service.importers import read_graduates_bytes

UTC = dt.timezone.utc
#: 2026-12-06 20:00 UTC is 2026-12-07 04:00 in Beijing: a UTC server still reads the 6th.
LATE_EVENING_UTC = dt.datetime(2026, 12, 6, 20, 0, tzinfo=UTC)


def frozen(moment: dt.datetime):
    return lambda: moment


def test_beijing_today_is_the_next_day_from_16_00_utc():
    from service.beijing import beijing_day  # (inside: the test fails, not the module, on older code)

    assert beijing_today(now=frozen(LATE_EVENING_UTC)) == dt.date(2026, 12, 7)
    assert beijing_today(now=frozen(dt.datetime(2026, 12, 6, 15, 59, 59, tzinfo=UTC))) == dt.date(2026, 12, 6)
    assert beijing_today(now=frozen(dt.datetime(2026, 12, 6, 16, 0, tzinfo=UTC))) == dt.date(2026, 12, 7)
    # The same moment written in another zone is the same Beijing day.
    new_york = dt.timezone(dt.timedelta(hours=-5))
    assert beijing_day(LATE_EVENING_UTC.astimezone(new_york)) == dt.date(2026, 12, 7)


def test_a_naive_moment_is_refused_not_read_as_the_servers_local_time():
    from service.beijing import beijing_day

    with pytest.raises(ValueError):
        beijing_day(dt.datetime(2026, 12, 6, 20, 0))


def test_a_graduate_born_on_the_beijing_date_has_had_the_birthday_at_4_am_beijing():
    """Born 2002-12-07: 24 at 2026-12-06 20:00 UTC, since it is the 7th in Beijing."""
    day = beijing_today(now=frozen(LATE_EVENING_UTC))
    engine = load_rules_engine(day)
    job = Job(id="J1", title="软件开发工程师", conditions=(("年龄", "23周岁及以下"),))
    verdict = engine.check(Graduate(id="G1", birth_date=dt.date(2002, 12, 7)), job)
    assert verdict.status is Status.NOT_ELIGIBLE
    assert verdict.reasons() == ("年龄不符：岗位要求23周岁以下，您现年24周岁",)
    # One second before 16:00 UTC, still the 6th in Beijing: 23, eligible.
    before = load_rules_engine(beijing_today(now=frozen(dt.datetime(2026, 12, 6, 15, 59, 59, tzinfo=UTC))))
    assert before.check(Graduate(id="G1", birth_date=dt.date(2002, 12, 7)), job).status is Status.ELIGIBLE


def test_the_running_service_moves_to_the_beijing_day_of_the_injected_moment():
    moment = {"now": dt.datetime(2026, 12, 6, 15, 0, tzinfo=UTC)}
    clock = partial(beijing_today, now=lambda: moment["now"])
    daily = DailyRulesEngine(load_rules_engine(clock()), clock=clock)
    assert daily.today().reference_date == dt.date(2026, 12, 6)
    moment["now"] = LATE_EVENING_UTC
    assert daily.today().reference_date == dt.date(2026, 12, 7)


def test_birth_dates_are_checked_against_the_day_the_caller_gives():
    with pytest.raises(TypeError):
        parse_birth_date("2002-12-07")  # no hidden server date: the caller says which day
    today = beijing_today(now=frozen(LATE_EVENING_UTC))
    assert parse_birth_date("2026-12-07", today=today) == dt.date(2026, 12, 7)
    with pytest.raises(ValueError, match="2026-12-08"):
        parse_birth_date("2026-12-08", today=today)


def test_imports_check_birth_dates_against_the_day_they_are_given():
    data = "编号,姓名,出生日期\nG1,阿依古丽,2026-12-07\nG2,买买提,2026-12-08\n".encode()
    result = read_graduates_bytes(data, "graduates.csv", today=dt.date(2026, 12, 7))
    assert [g.id for g in result.records] == ["G1"]
    assert [g.birth_date for g in result.records] == [dt.date(2026, 12, 7)]
    assert len(result.skipped) == 1 and "2026-12-08" in str(result.skipped[0])


def test_the_api_schema_checks_birth_dates_against_the_day_in_its_context():
    body = {"id": "G1", "birth_date": "2026-12-07"}
    day = beijing_today(now=frozen(LATE_EVENING_UTC))
    assert GraduateCreate.model_validate(body, context={"today": day}).birth_date == dt.date(2026, 12, 7)
    with pytest.raises(ValidationError):
        GraduateCreate.model_validate(body, context={"today": dt.date(2026, 12, 6)})


def test_the_rules_engine_has_no_default_day(catalog):
    from matching.rules import RulesEngine

    with pytest.raises(TypeError):
        RulesEngine(catalog=catalog)  # the server's local date was the default


def test_a_typed_moment_is_read_as_utc_without_an_offset_and_its_beijing_day_taken():
    from service.beijing import moment_day

    assert moment_day(dt.datetime(2026, 12, 6, 16, 0)) == dt.date(2026, 12, 7)  # 16:00 UTC is midnight in Beijing
    assert moment_day(dt.datetime(2026, 12, 7, 7, 59, tzinfo=dt.timezone(dt.timedelta(hours=8)))) == dt.date(2026, 12, 7)
    assert moment_day(dt.datetime(9999, 12, 31, 20, 0)) == dt.date.max  # past the last Beijing date Python holds
