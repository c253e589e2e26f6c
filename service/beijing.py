"""Beijing time (UTC+8), the officers' calendar: Xinjiang's offices and schools keep it too.

Stored times are UTC; pages, exports and day filters speak Beijing time. One definition
for every layer (``service.api.page_kit`` shows times in it, ``service.storage.follow_up_report``
filters by its days, ``jobmatch follow-ups export`` writes its times).
"""

from __future__ import annotations

import datetime as dt

BEIJING = dt.timezone(dt.timedelta(hours=8), "北京时间")


def day_start(day: dt.date) -> dt.datetime:
    """Midnight of ``day`` in Beijing, as an aware time.

    Midnight of the calendar's first day (0001-01-01) in Beijing is eight hours before the
    first moment a ``datetime`` holds in UTC, so it is clamped to that moment: 「since
    0001-01-01」 means since the beginning, not an overflow."""
    if day == dt.date.min:
        return dt.datetime.min.replace(tzinfo=dt.timezone.utc)
    return dt.datetime.combine(day, dt.time(), tzinfo=BEIJING)
