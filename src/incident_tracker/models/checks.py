"""Checking a whole record: each field canonicalised, then the rules that span fields."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import ValidationError
from .casualties import (
    DEATH_PARTS,
    TOLL_FIELDS,
    TOLLS,
    check_casualty_order,
    is_toll_phrase,
    parse_casualties,
)
from .coordinates import check_coordinates
from .dates import DATE_FIELDS, is_date_phrase, resolve_dates, settle_span
from .field_values import COUNT_FIELDS, FIELD_CHECKS, TEXT_FIELDS, with_its_type
from .record import BOOLEAN_FIELDS, LIST_FIELDS, REQUIRED_FIELDS, RecordLike
from .text import refuse_nul, tidy_text
from .vocabularies import parse_sub_event_type


def _worded_tolls(values: dict[str, Any]) -> dict[str, Any]:
    """A toll cell in words ("three", "up to 4", "about 20", "dozens"), a range ("3-5") or an
    open bound (">3") is read by :func:`parse_casualties`, the parser of 'tracker add --killed',
    and fills the range and the phrase unless the row gives them itself: one reading of a toll
    wherever it is typed."""
    worded = [what for what in TOLLS if isinstance(values.get(what), str) and is_toll_phrase(values[what])]
    if not worded:
        return values  # the usual row: numbers only, nothing to do
    values = dict(values)
    for what in worded:
        parsed = parse_casualties(values[what], what)
        values[what] = parsed.best
        for name, value in parsed.fields(what).items():
            if values.get(name) in (None, ""):
                values[name] = value
    return values


def _worded_dates(values: dict[str, Any]) -> dict[str, Any]:
    """A date cell as an analyst writes it ("Nov 2025", "2025", "24 Nov 2025", an end date
    "26 Nov 2025") is read by :func:`resolve_dates`, the reader of 'tracker add --date
    --end-date --date-precision': the first day, the last and the precision, as add stores them.
    One reading of a date wherever it is typed; an ISO day is left to its own check."""
    start, end, precision = (values.get(name) for name in DATE_FIELDS)
    field = "event_date" if is_date_phrase(start) else "event_date_end"
    try:
        read = resolve_dates(
            str(start).strip() if start not in (None, "") else None,
            str(end).strip() if end not in (None, "") else None,
            str(precision).strip() if precision not in (None, "") else None,
        )
    except ValidationError as exc:
        exc.field = exc.field or field
        raise
    return {**values, **read}


def _may_be_worded(values: Mapping[str, Any]) -> bool:
    """Whether :func:`_worded_tolls` could change anything: a toll given as text that is not
    all digits (a bare count, ``"12"``, has no word, range or bound to read)."""
    for what in TOLLS:
        value = values.get(what)
        if isinstance(value, str) and not value.isdigit():
            return True
    return False


#: The fields whose normaliser is a pure function of the text it is given and returns a
#: value that cannot be changed in place (text, a number, a code): its answer for a text
#: can be remembered. An import meets the same few hundred codes, dates and counts a
#: million times; each is checked once by its parser, then looked up (issue 17).
_REMEMBERED = frozenset(
    (
        *COUNT_FIELDS,
        "event_date",
        "event_date_end",
        "country",
        "origin_country",
        "victim_nationality",
        *BOOLEAN_FIELDS,
        "date_precision",
        "geo_precision",
        "event_type",
        "target_type",
        "attribution",
        "event_clarity",
        "sub_event_type",
    )
)
#: Remembered answers per field, text → canonical value; only texts the parser accepted
#: (a refusal is raised again by the parser, with its message, every time).
_ANSWERS: dict[str, dict[str, Any]] = {name: {} for name in _REMEMBERED}
#: At most this many remembered texts per field (free text is never remembered); a full
#: field starts again, so the answers follow the file (dates move on as it is read).
_ANSWERS_PER_FIELD = 16384
_TEXT = frozenset(TEXT_FIELDS)
_UNKNOWN = object()
_FIELDS = frozenset(FIELD_CHECKS)


def normalize_record(values: Mapping[str, Any]) -> dict[str, Any]:
    """Check and canonicalise a (partial) incident record.

    Accepts the codebook's canonical values or anything the parsers understand
    (``"tj"``, ``"Air drone strike"``), so the library can be called from Python
    with the same leniency as the CLI. Unknown keys are refused.

    Each field goes through its parser in ``FIELD_CHECKS``; a text the parser of a code,
    date or count has accepted before is answered from ``_ANSWERS`` instead, and free text
    is stripped in place, so a row of an import costs a dict lookup per field
    (``tests/test_import_fast.py`` checks the answers against the parsers alone).
    """
    if not isinstance(values, Mapping):
        raise ValidationError(f"A record must be a dict of field names and values, got {with_its_type(values)}.")
    if not _FIELDS.issuperset(values):
        unknown = values.keys() - _FIELDS
        raise ValidationError(f"Unknown field(s): {', '.join(sorted(map(str, unknown)))}.")
    values = _worded_tolls(dict(values)) if _may_be_worded(values) else values
    if is_date_phrase(values.get("event_date")) or is_date_phrase(values.get("event_date_end")):
        values = _worded_dates(dict(values))
    # Most cells of an imported row are empty: None stays None (lists become [], below).
    out: dict[str, Any] = dict(values)
    answers = _ANSWERS
    for name, value in values.items():
        if value is None:
            continue
        if type(value) is str:
            if name in _TEXT:
                if "\x00" in value or not value.isascii():
                    refuse_nul(value, name)
                out[name] = tidy_text(name, value).strip() or None
                continue
            known = answers.get(name)
            if known is not None:
                answer = known.get(value, _UNKNOWN)
                if answer is not _UNKNOWN:  # remembered only once accepted: it holds no NUL
                    out[name] = answer
                    continue
            if "\x00" in value or not value.isascii():
                refuse_nul(value, name)
        elif type(value) is list and not value and name in LIST_FIELDS:
            out[name] = []
            continue
        try:
            result = FIELD_CHECKS[name](value, name)
        except ValidationError as exc:
            exc.field = exc.field or name  # the parsers know the value, not the field it was given for
            raise
        if type(value) is str:
            known = answers.get(name)
            if known is not None:
                if len(known) >= _ANSWERS_PER_FIELD:
                    known.clear()
                known[value] = result
        out[name] = result
    for name in LIST_FIELDS:
        if name in out and out[name] is None:
            out[name] = []
    if out.get("sub_event_type"):
        try:
            owner, label = parse_sub_event_type(str(out["sub_event_type"]), out.get("event_type"))
        except ValidationError as exc:
            exc.field = exc.field or "sub_event_type"
            raise
        out["event_type"], out["sub_event_type"] = owner, label
    # Keys checked against the fields above: an IncidentRecord, typed as one once callers switch.
    return out


def check_record(record: RecordLike) -> None:
    """Rules that need the whole record: required fields and cross-field consistency."""
    for need in REQUIRED_FIELDS:
        for name in need.given_by:
            if record.get(name) not in (None, ""):
                break
        else:
            raise ValidationError(f"Missing {need.words}: {need.hint}.", field=need.field)
    end = record.get("event_date_end")
    if end and str(end) < str(record["event_date"]):
        raise ValidationError(
            f"The end date {end} is before the start date {record['event_date']}.", field="event_date_end"
        )
    if record.get("attribution_default") and record.get("attribution") not in (None, "unattributed"):
        raise ValidationError(
            f"attribution_default marks the 'unattributed' default, but the attribution is {record['attribution']!r}.",
            field="attribution_default",
        )
    settle_span(record)
    check_coordinates(record.get("latitude"), record.get("longitude"))
    fields: Mapping[str, Any] = record
    for what in TOLLS:
        best, low, high, _ = TOLL_FIELDS[what]
        figure, lowest, highest = fields.get(best), fields.get(low), fields.get(high)
        if lowest is None and highest is None and (figure is None or (type(figure) is int and figure >= 0)):
            continue  # one known figure, not negative: nothing to order (the usual toll)
        check_casualty_order(figure, lowest, highest, what)
    check_death_parts(record)


def check_death_parts(record: RecordLike) -> None:
    """Deaths by side must agree with the totals: all four parts add up to the best
    estimate; some of them never add up to more than the highest figure given."""
    parts: dict[str, int] = {}
    for name in DEATH_PARTS:
        value = record.get(name)
        if value is not None:
            parts[name] = int(value)
    if not parts:
        return
    total = sum(parts.values())
    shown = " + ".join(f"{name} {value}" for name, value in parts.items())
    best, high = record.get("killed"), record.get("killed_high")
    if len(parts) == len(DEATH_PARTS):
        if best is not None and total != best:
            raise ValidationError(
                f"The deaths by side ({shown} = {total}) do not add up to killed ({best}).", field="deaths_a"
            )
        low = record.get("killed_low")
        if best is None and ((low is not None and total < low) or (high is not None and total > high)):
            raise ValidationError(
                f"The deaths by side ({shown} = {total}) lie outside the killed range.", field="deaths_a"
            )
        return
    ceiling = high if high is not None else best
    if ceiling is not None and total > ceiling:
        raise ValidationError(
            f"The deaths by side ({shown} = {total}) are more than the killed total ({ceiling}).", field="deaths_a"
        )
