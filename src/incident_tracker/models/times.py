"""The times of a record's own life (``created_at``, ``updated_at``, ``deleted_at``, a history
row's ``changed_at``), as stored: UTC, to the second, ``2025-11-24T10:00:00Z``."""

from __future__ import annotations

import datetime as dt

from ..errors import ValidationError

#: How far ahead of now a stored time (``created_at``, a history row's ``changed_at``) may lie:
#: a clock a few hours fast, or a time zone misread, but not a typo such as 2999.
FUTURE_SLACK = dt.timedelta(days=1)
#: The latest time accepted, as stored ("2025-11-24T10:00:00Z", which sorts as it reads), and the
#: monotonic clock at which it is worked out again: one import checks 100,000s of stamps.
_latest_time = ("", -1.0)


def check_not_future(stamp: str, what: str) -> str:
    """Refuse a stored UTC time (``YYYY-MM-DDTHH:MM:SSZ``) more than :data:`FUTURE_SLACK` ahead of
    now: a record cannot have been made, changed or deleted later than now."""
    global _latest_time
    import time

    latest, refresh = _latest_time
    if time.monotonic() >= refresh:
        latest = (dt.datetime.now(dt.UTC) + FUTURE_SLACK).strftime("%Y-%m-%dT%H:%M:%SZ")
        _latest_time = (latest, time.monotonic() + 60.0)
    if stamp > latest:
        raise ValidationError(
            f"{what} {stamp} is in the future (more than a day after now): a record cannot have been made, "
            "changed or deleted later than now. Correct the time, or leave it empty."
        )
    return stamp


#: The time zone furthest ahead (Kiribati's Line Islands, UTC+14): the first to reach a new day.
AHEAD_MOST = dt.timedelta(hours=14)


def is_after_today_everywhere(day: str, now: dt.datetime | None = None) -> bool:
    """Whether a calendar date (``YYYY-MM-DD``) is later than today in every time zone on earth.

    An analyst in Kabul (UTC+4:30) who records an attack of "today" at 01:00 local time gives a date
    that is still tomorrow in UTC: judged against UTC's day, a true date of today was warned about as
    "in the future". No time zone the analyst may be in (``TZ``, the desk's ``timezone``) has a day
    later than UTC+14's, so only a date beyond it is in the future for everyone."""
    moment = now or dt.datetime.now(dt.UTC)
    return dt.date.fromisoformat(day) > (moment.astimezone(dt.UTC) + AHEAD_MOST).date()
