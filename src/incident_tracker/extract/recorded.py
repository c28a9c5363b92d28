"""Whether a draft is an incident already recorded, so that it is offered as an update, never added twice.

Two kinds of match, strongest first:

* **same article**: a recorded incident within :data:`URL_DAYS` days of the draft has
  this article's URL among its sources (or, for an article without a URL, the same
  outlet and publication day). Running ``extract --add --yes`` twice on one article
  therefore adds nothing the second time.
* **same event**: a recorded incident within a day of the draft, at the same place (the
  same place phrase or the same located town), or, when neither is located, in the same
  country with the same event sub-type. Another outlet's report of it is attached to
  that incident as a source instead of becoming a second incident.

A looser likeness (a few days apart, a similar toll) stays a *possible duplicate* for
the reviewer (:func:`incident_tracker.store.duplicates.matches_for`), never an
automatic decision.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models import IncidentRecord
    from ..store import IncidentStore

#: How far the dates of the same article's incident may drift (an analyst may have edited it).
URL_DAYS = 3
#: How far apart two reports of the same event may date it.
EVENT_DAYS = 1


@dataclass(frozen=True)
class Recorded:
    """The incident a draft already is, and why."""

    incident_id: int
    same_article: bool
    reason: str


def _same_source(record: IncidentRecord, article: dict[str, Any]) -> bool:
    for source in record.get("sources") or []:
        if article.get("url"):
            if source.get("url") == article["url"]:
                return True
        elif (
            article.get("outlet")
            and source.get("outlet") == article["outlet"]
            and source.get("published") == article.get("published")
        ):
            return True
    return False


def _same_place(record: IncidentRecord, values: dict[str, Any]) -> str | None:
    for field in ("location", "place"):
        mine, theirs = values.get(field), record.get(field)
        if mine and theirs and str(mine).casefold() == str(theirs).casefold():
            return f"same {field} ({theirs})"
    located = values.get("location") or record.get("location")
    if (
        not located
        and values.get("country")
        and values.get("country") == record.get("country")
        and values.get("sub_event_type")
        and values.get("sub_event_type") == record.get("sub_event_type")
    ):
        return f"both {record['sub_event_type']} in {record['country']}"
    return None


def recorded_as(store: IncidentStore, values: dict[str, Any], article: dict[str, Any]) -> Recorded | None:
    """The recorded incident this draft is (same article, else same event), or None."""
    from ..store.filters import Filters

    if not values.get("event_date"):
        return None
    day = dt.date.fromisoformat(values["event_date"])
    window = Filters(
        since=(day - dt.timedelta(days=URL_DAYS)).isoformat(), until=(day + dt.timedelta(days=URL_DAYS)).isoformat()
    )
    candidates = sorted(
        store.query(window),
        key=lambda r: (abs((dt.date.fromisoformat(r["event_date"]) - day).days), r["id"]),
    )
    for record in candidates:
        if _same_source(record, article):
            return Recorded(int(record["id"]), True, "already recorded from this article")
    for record in candidates:
        gap = abs((dt.date.fromisoformat(record["event_date"]) - day).days)
        if gap > EVENT_DAYS:
            continue
        place = _same_place(record, values)
        if place:
            when = "same day" if gap == 0 else f"{gap} day apart"
            return Recorded(int(record["id"]), False, f"the same event ({when}, {place})")
    return None
