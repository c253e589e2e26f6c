"""Beijing time (UTC+8), the officers' calendar: Xinjiang's offices and schools keep it too.

Stored times are UTC; pages, exports and day filters speak Beijing time. One definition
for every layer (``service.api.page_kit`` shows times in it, ``service.storage.follow_up_report``
filters by its days, ``jobmatch follow-ups export`` writes its times).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

#: A fixed offset rather than ``zoneinfo.ZoneInfo("Asia/Shanghai")``: China has kept UTC+8 without
#: daylight saving since 1991, so the offset is exact for every date the service meets, and it
#: needs no time-zone database (a slim Debian image without ``tzdata`` has no Asia/Shanghai).
BEIJING = dt.timezone(dt.timedelta(hours=8), "北京时间")


def utc_now() -> dt.datetime:
    """The current moment, aware (the one place the service reads the wall clock for a day)."""
    return dt.datetime.now(dt.timezone.utc)


def beijing_day(moment: dt.datetime) -> dt.date:
    """The Beijing date of an aware ``moment`` (2026-12-06 20:00 UTC is 2026-12-07)."""
    if moment.tzinfo is None:
        raise ValueError("beijing_day needs an aware time: a naive one is the server's local time")
    return moment.astimezone(BEIJING).date()


def beijing_minute(moment: dt.datetime) -> str:
    """「2026-12-07 14:05」: an aware ``moment`` as pages and messages show times (Beijing, to the minute)."""
    return moment.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M")


def moment_day(moment: dt.datetime) -> dt.date:
    """The Beijing date of a moment a caller typed (the audit API's ``since``): one without an
    offset is UTC, as stored times are; one late on 9999-12-31 UTC, past the last date Python
    holds in Beijing, is ``date.max`` (surely after today, which is what a caller asks of it)."""
    try:
        return beijing_day(moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc))
    except OverflowError:
        return dt.date.max


def beijing_today(now: Callable[[], dt.datetime] = utc_now) -> dt.date:
    """Today in Beijing: the day ages, 应届 status, graduation windows, deadlines and birth-date
    checks are judged on, whatever the server's time zone (a server kept on UTC is still on
    yesterday until 08:00 Beijing time). ``now`` is injected by tests to freeze the moment."""
    return beijing_day(now())


def day_start(day: dt.date) -> dt.datetime:
    """Midnight of ``day`` in Beijing, as an aware time.

    Midnight of the calendar's first day (0001-01-01) in Beijing is eight hours before the
    first moment a ``datetime`` holds in UTC, so it is clamped to that moment: 「since
    0001-01-01」 means since the beginning, not an overflow."""
    if day == dt.date.min:
        return dt.datetime.min.replace(tzinfo=dt.timezone.utc)
    return dt.datetime.combine(day, dt.time(), tzinfo=BEIJING)


#: A calendar day as people write one: four-digit year, two-digit month and day, joined by 「-」 or
#: 「/」 (the same one twice). ``date.fromisoformat`` alone (Python 3.11) also took 20261207,
#: 2026-W49-1 and 2026-341, which the messages, asking for YYYY-MM-DD, never promised; 「/」 is
#: kept because the importers (``features.values.parse_date``) read it in the tables officers paste
#: from. ``\d`` would also match full-width and other Unicode digits: ASCII only.
_DAY = re.compile(r"([0-9]{4})([-/])([0-9]{2})\2([0-9]{2})")


def parse_day(text: str) -> dt.date:
    """A day written YYYY-MM-DD (or YYYY/MM/DD), blanks around it ignored: the one reading of a date
    parameter for the API (``since``), the pages' 起始日期 and the CLI's ``--since``. The API refused
    「 2026-12-07」 (a pasted leading space) that the page and the CLI accepted. Raises ``ValueError``
    otherwise, for each caller to word in its own terms (a blank is for the caller: each reads it as
    no filter, all time)."""
    found = _DAY.fullmatch(text.strip())
    if found is None:
        raise ValueError(f"not a day written YYYY-MM-DD: {text!r}")
    year, _, month, day = found.groups()
    return dt.date(int(year), int(month), int(day))  # ValueError for 2026-02-30
