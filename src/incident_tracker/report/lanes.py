"""Lanes: what ``--by`` splits a timeline (and a chart's bars) into.

Kept apart from the timeline itself so that the CLI can declare ``--by`` without
loading the report machinery.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..models import country_name
from ..models.text import persian_letters_sql

#: Lanes shown for --by before the rest are folded into "other".
DEFAULT_MAX_LANES = 12

#: The key of the lane that holds every value past the first ``max_lanes`` ones. It cannot
#: collide with real data: no one types a unit separator.
OTHER_LANE = "\x1fother"


class By(StrEnum):
    """What the lanes of a timeline (and the stacks of a chart) split incidents by."""

    country = "country"
    admin1 = "admin1"
    type = "type"
    attribution = "attribution"
    perpetrator = "perpetrator"


LANE_SQL: dict[By, str] = {
    By.country: "i.country",
    By.admin1: persian_letters_sql("i.admin1"),  # one lane whichever keyboard typed its kaf and yeh
    By.type: "i.event_type",
    By.attribution: "i.attribution",
    By.perpetrator: persian_letters_sql("i.perpetrator"),
}

_UNKNOWN_LANE_LABEL: dict[By, str] = {
    By.country: "country unknown",
    By.admin1: "admin1 unknown",
    By.type: "type unknown",
    By.attribution: "unattributed",
    By.perpetrator: "none named",
}


#: How the "other" lane is keyed in the output (JSON, CSV); an unknown value is keyed null.
OTHER_LANE_KEY = "(other)"


@dataclass
class Lane:
    """One value of the --by field: its key in the output (None: not given) and a label."""

    key: str | None
    label: str


def public_lane_key(key: str) -> str | None:
    """The key a lane has in the output: "" (no value) is None, the sentinel is "(other)"."""
    if key == OTHER_LANE:
        return OTHER_LANE_KEY
    return key or None


def lane_label(by: By, key: str) -> str:
    """How a lane value is shown: a country's name, "none named" for no perpetrator…"""
    if key == OTHER_LANE:
        return "other"
    if not key:
        return _UNKNOWN_LANE_LABEL[by]
    if by is By.country:
        return f"{country_name(key)} ({key})"
    return key
