"""The reading path of a value the extractor proposed, read from what its draft gives for it.

``bench/extract_first_scores.py`` labels every scored value with one of these paths, for the old code that first
scored a held-back round and for today's alike: the old code kept no reading path of its own (``Draft.place_path``
came later, for places only), so the label is read from the evidence sentence, the default flag and the value's
shape. Coarse on purpose: a path has to gather enough values, out of sample, for its precision to mean something.
"""

from __future__ import annotations

import re
from typing import Any

#: Words of a claim, of blame, of suspicion in the sentence an actor was read from.
_CLAIM = re.compile(
    r"\bclaim\w*|\bresponsib\w*|\btook credit|\bcarried out the\b|"
    r"\bsaid (?:it|they) (?:had )?(?:carried|attacked|killed)",
    re.I,
)
_BLAME = re.compile(
    r"\bblam\w*|\baccus\w*|\bheld\b.{0,40}\bresponsible|\bput it down to\b|\battribut\w*|\balleg\w*", re.I
)
_SUSPECT = re.compile(r"\bsuspect\w*|\bbeliev\w*|\blikely\b|\bthought to\b|\bsuspicion\b", re.I)
#: A state's forces named by its people's adjective or by the dictionary's canonical "Military Forces of …".
_STATE_FORCES = re.compile(
    r"^(?:Military|Police) Forces of\b|^(?:the )?(?:Iranian|Pakistani|Afghan|Tajik|Kyrgyz|Uzbek|Turkmen|Chinese|"
    r"American|US|NATO|Taliban)\b.*\b(?:forces|guards?|troops|army|military|soldiers|police|patrol|border)",
    re.I,
)
#: A label that names no one in particular.
_GENERIC = re.compile(
    r"^(?:the )?(?:unknown |unidentified |armed )?(?:terrorists?|militants?|gunmen|attackers|insurgents|"
    r"smugglers|rebels|khwarij|miscreants|assailants|bandits|men)$",
    re.I,
)
_BY = re.compile(r"\bby\b", re.I)
_PEOPLE = re.compile(r"\b(?:people|persons)\b", re.I)
_CIVIL_WORD = re.compile(
    r"\bcivilian|\bvillager|\bresident|\bchild|\bchildren|\bwom[ae]n|\bfarmer|\bshepherd|\bworker", re.I
)
_UNIT = re.compile(r"\b(?:province|agency|district|region|division|tehsil|county)\b", re.I)
_DATELINE = re.compile(r"^[A-Z][A-Z/ .-]{2,}(?:,\s*[A-Z][\w ]+)?\s*(?:\(|:|—|-|–)")
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_MONTH_DAY = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|"
    r"Jul|Aug|Sep|Oct|Nov|Dec)|\b\d{4}-\d\d-\d\d\b"
)
_RELATIVE_DAY = re.compile(r"\b(?:yesterday|today|tonight|last night|this morning|on the night)\b", re.I)
_VAGUE = re.compile(r"\b(?:several|dozens?|many|scores|some|a number of|numerous|few)\b", re.I)
_HEDGE = re.compile(r"\b(?:at least|more than|over|up to|about|around|nearly|some|as many as)\s+\w+", re.I)


def reading_path(field: str, draft: dict[str, Any], value: Any, evidence: str, default: bool) -> str:
    """How the value was read, from what the draft gives for it (evidence sentence, default flag, the value's
    shape): one labelling for every commit's drafts, old and new (the old code kept no reading path of its own)."""
    values = draft["values"]
    if field == "attribution":
        return "default unattributed" if default else f"read: {value}"
    if field == "actor":
        return _actor_path(str(value), evidence)
    if field == "victims":
        target, nationality = value
        label = f"{target or 'no target'}{' + nationality' if nationality else ''}"
        if target == "civilians" and _PEOPLE.search(evidence) and not _CIVIL_WORD.search(evidence):
            label += ", from 'people'"
        return label
    if field == "place":
        return _place_path(str(value), evidence)
    if field == "date":
        precision = values.get("date_precision") or "?"
        cue = (
            "a weekday"
            if _WEEKDAY.search(evidence)
            else "a month and day"
            if _MONTH_DAY.search(evidence)
            else "a relative word"
            if _RELATIVE_DAY.search(evidence)
            else "no day in its sentence"
        )
        return f"{precision}, {cue}"
    if field in ("killed", "injured"):
        if value == 0:
            return "none (0)"
        if not re.search(r"\d", evidence) and _VAGUE.search(evidence) and not _HEDGE.search(evidence):
            return "a vague word"
        return "a hedged figure" if _HEDGE.search(evidence) else "a figure"
    if field == "type":
        return str(value)
    if field == "weapons":
        kinds = set(value)
        if len(kinds) == 1:
            return "firearms alone" if kinds == {"firearms"} else "one weapon, not firearms"
        return "several, with firearms" if "firearms" in kinds else "several, without firearms"
    if field == "country":
        return "with a place" if values.get("place") else "no place"
    return "located"


def _actor_path(actor: str, evidence: str) -> str:
    if _CLAIM.search(evidence):
        frame = "a claim"
    elif _BLAME.search(evidence):
        frame = "blame or allegation"
    elif _SUSPECT.search(evidence):
        frame = "suspicion"
    elif _BY.search(evidence):
        frame = "'by'"
    else:
        frame = "the act's subject"
    kind = (
        "a state's forces" if _STATE_FORCES.search(actor) else "a generic label" if _GENERIC.match(actor) else "a name"
    )
    return f"{kind}, {frame}"


def _place_path(place: str, evidence: str) -> str:
    where = evidence.find(place)
    if where < 0:
        return "not in its sentence"
    if where < 40 and _DATELINE.match(evidence) and evidence[:where].strip() == "":
        return "the dateline"
    unit = " (a unit)" if _UNIT.search(place) else ""
    before = evidence[max(0, where - 25) : where].lower()
    cue = re.search(r"(?:\b(in|near|at|of|from|on|outside|into)\s+(?:the\s+)?)$", before)
    return f"'{cue.group(1) if cue else 'bare'} X'{unit}"
