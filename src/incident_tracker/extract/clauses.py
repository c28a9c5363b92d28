"""One sentence that tells several incidents, each in a clause with its own count and day.

"Militants killed ten soldiers, six of them in an attack in North Waziristan on Saturday and
four in an assault in Kech on Friday": the ten are two incidents, told apart by their days.
The sentence is cut at each day: every clause keeps its own count (the number that opens it)
and its own place, and the toll word of the sentence ("killed") says what the counts are.
A sentence with two days and no count of its own per day ("crossed on Tuesday and were
killed on Wednesday") is one story, not two incidents: it is left to the reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Casualties
from .casualties import Toll, find_tolls
from .dates import FoundDate
from .vocab import NUMBER, number_value

#: A count opening a clause: ", six of them in …", "and four in …", "while two more …".
_OPENING_COUNT = re.compile(
    rf"(?:^|[,;:]\s*|\b(?:and|while)\s+)(?P<count>{NUMBER})\b(?!\s*(?:km|kilomet|miles?|hours?))", re.IGNORECASE
)


@dataclass(frozen=True)
class DatedClause:
    """One incident of a sentence that tells several: its day, its words, and its count (as a toll)."""

    date: FoundDate
    text: str
    toll: Toll


def dated_clauses(text: str, dates: list[FoundDate]) -> list[DatedClause]:
    """The clauses of a sentence that tells one incident per day, or [] when it does not.

    Each day must close a clause that opens with a count of its own, and the sentence must say
    what the counts are (a toll: "killed ten", "were martyred").
    """
    days = sorted({d.key: d for d in dates if d.precision in ("day", "days")}.values(), key=lambda d: d.position)
    tolls = find_tolls(text)
    if len(days) < 2 or not tolls:
        return []
    what = tolls[0].what
    start = text.lower().find(tolls[0].phrase.lower())
    start = start + len(tolls[0].phrase) if start >= 0 and start < days[0].position else 0
    clauses: list[DatedClause] = []
    for day in days:
        end = day.position + len(day.text)
        clause = text[start:end]
        counts = list(_OPENING_COUNT.finditer(clause))
        value = number_value(counts[-1].group("count")) if counts else None
        if value is None:
            return []
        clause = clause[counts[-1].start("count") :]
        clauses.append(DatedClause(day, clause, Toll(what, Casualties(value), counts[-1].group("count"))))
        start = end
    return clauses


def clause_named(text: str, clauses: list[str]) -> int | None:
    """Which clause a later sentence goes on about, by a name only that clause has ("in the North
    Waziristan attack" after "six in North Waziristan … and four in Kech …"), or None."""
    names = [set(_NAME.findall(clause)) for clause in clauses]
    said = set(_NAME.findall(text))
    hits = [i for i, own in enumerate(names) if said & (own - set().union(*(n for n in names if n is not own)))]
    return hits[0] if len(hits) == 1 else None


_NAME = re.compile(r"\b[A-Z][a-z]{3,}\b")
