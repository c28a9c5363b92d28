"""Abstentions: tolls left empty when the sentence they were read from is not this event's.

The audit of the held-back rounds' first scores (docs/extract-journal.md, "Where wrong values come from")
found tolls read from sentences that tell another time ("the same group killed 14 guards near
Saravan on October 25, 2013"; "600 mine victims from 1992 to 2016") or a figure the report says
was denied ("three soldiers were killed, a claim the military denied"): on reports no rule had
seen, those were wrong every time. "Wrong is worse than empty": such a toll is dropped, with a
note saying why, before the draft is finished. The same test on places, and a place or an actor
read from a sentence with no violence word, cost more right values than they saved on dev, so
they are not applied (see the docs).
"""

from __future__ import annotations

import datetime as dt
import re

from ..models.casualties import MAX_COUNT, TOLL_FIELDS, Toll
from .denied_other import denies_something_else
from .draft import Draft

#: A year told in a sentence: "in 2013", "October 25, 2013", "from 1992 to 2016".
_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
#: A day told relative to the report ("on Sunday", "yesterday"): the sentence tells this event's day, and a
#: year beside it is a comparison ("the worst since May 2013"), not another event's date.
_DAY_TOLD = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|last night)\b", re.IGNORECASE
)
#: The figure reported as contested by the side it concerns: "a claim the military denied".
_DENIED = re.compile(r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?)\b", re.IGNORECASE)
#: A denial after the toll that speaks only of the other toll: "a third citizen was wounded in the raid, and it denied
#: reports that people had been killed" (AFP 729) denies deaths, not the wounded counted before it.
_OTHER_TOLL_DENIED: dict[Toll, re.Pattern[str]] = {
    "injured": re.compile(
        r"(?:(?!\b(?:wound\w*|injur\w*|hurt)\b)[^.])*\b(?:killed|dead|deaths?|died)\b"
        r"(?:(?!\b(?:wound\w*|injur\w*|hurt)\b)[^.])*\.?\s*",
        re.IGNORECASE,
    ),
    "killed": re.compile(
        r"(?:(?!\b(?:kill\w*|dead|deaths?|died)\b)[^.])*\b(?:wounded|injured|injuries|hurt)\b"
        r"(?:(?!\b(?:kill\w*|dead|deaths?|died)\b)[^.])*\.?\s*",
        re.IGNORECASE,
    ),
}
#: A count over a span of time, a tally of many events ("in the first ten months of 2024 … attacks killed 951
#: people", "so far this year", "over the past two years"; not "the worst since May 2013", a comparison), or a
#: first figure the report says was revised ("the authorities first spoke of ten dead, but the toll kept
#: climbing"): not this event's toll. On the held-back rounds 40-56, as the code that first scored them read
#: them, both such tolls were wrong (docs/extract-journal.md, "Where wrong values come from, rounds 40-56").
_TALLY = re.compile(
    r"\bin\s+the\s+(?:first|past|last)\s+(?:\w+\s+)?(?:weeks|months|years|decades?)\b|"
    r"\bso\s+far\s+this\s+(?:year|month)\b|"
    r"\bover\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|months|decades?)\b|"
    r"\bfirst\s+(?:spoke|talked)\s+of\b",
    re.IGNORECASE,
)
#: What a toll leaves behind besides its four fields: who was hit, and the deaths by side.
_TOLL_EXTRAS: dict[Toll, tuple[str, ...]] = {
    "killed": ("_killed_hedged", "_killed_who", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"),
    "injured": ("_injured_hedged", "_injured_who"),
}


def event_years(draft: Draft) -> set[int]:
    """The years of the draft's date (its start and, for a span, its end)."""
    years = set()
    for name in ("event_date", "event_date_end"):
        value = draft.values.get(name)
        if isinstance(value, dt.date):
            years.add(value.year)
        elif isinstance(value, str) and value[:4].isdigit():
            years.add(int(value[:4]))
    return years


def other_years(sentence: str, years: set[int]) -> list[str]:
    """The years a sentence tells when none of them is the event's, else []: a sentence that names
    no year, names the event's, or tells a day relative to the report may still be this event's."""
    told = _YEAR.findall(sentence)
    if not told or not years or any(int(y) in years for y in told) or _DAY_TOLD.search(sentence):
        return []
    return told


def abstain(draft: Draft) -> None:
    """Empty each toll of ``draft`` read from a sentence of another year, or from one that reports the
    figure denied; the note says which, so that a reviewer sees why the toll is missing."""
    years = event_years(draft)
    toll: Toll
    for toll in ("killed", "injured"):
        evidence = draft.evidence.get(toll, "")
        if toll not in draft.values or not evidence:
            continue
        other = other_years(evidence, years)
        if other:
            why = (
                f"its sentence tells {', '.join(dict.fromkeys(other))}, not the event's year (another event or a tally)"
            )
        elif tally := _TALLY.search(evidence):
            why = f"its sentence counts over a span of time or gives a first figure since revised ({tally.group(0)})"
        elif (
            (denied := _DENIED.search(evidence))
            and not _OTHER_TOLL_DENIED[toll].fullmatch(evidence[denied.end() :])
            and not denies_something_else(evidence[denied.end() :])  # "dismissed reports that … widened" (1558)
        ):
            why = "its sentence reports the figure as denied or rejected"
        else:
            continue
        draft.forget(*TOLL_FIELDS[toll], *_TOLL_EXTRAS[toll])
        draft.notes.append(f"{toll} left empty: {why}.")


def drop_implausible_tolls(draft: Draft) -> None:
    """Empty each toll of ``draft`` that holds a figure no record takes (above :data:`MAX_COUNT`, a million, for one
    incident), with a note: the store refuses such a figure, so ``extract --add --yes`` refused the whole article
    for one toll ("killed 10…0 people", 400 digits); the rest of the draft is kept (probe18)."""
    toll: Toll
    for toll in ("killed", "injured"):
        names = (*TOLL_FIELDS[toll], *_TOLL_EXTRAS[toll])
        figures = [draft.values.get(name) for name in names]
        if not any(isinstance(figure, int) and figure > MAX_COUNT for figure in figures):
            continue
        draft.forget(*names)
        draft.notes.append(
            f"{toll} left empty: its figure is above {MAX_COUNT:,}, more than a record takes for one incident."
        )
