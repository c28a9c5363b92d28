"""ACLED's layout: its column names and codes, both ways.

So that a file can be laid beside an ACLED download and compared, and an ACLED
download imported next to one's own records. The mapping (documented in
``docs/import-export.md`` from the tables below):

- ``time_precision`` 1/2/3 ↔ day / week / month (our ``year`` → 3; our ``days`` → 2 for a
  span of 2–7 days, → 3, ACLED's "month or longer", for 8 days or more: a long span is
  never claimed to be known within a week). On import over a stored incident, a coded day
  inside the stored span and no finer than it keeps the stored dates (:func:`keeps_stored_dates`).
- ``geo_precision`` 1/2/3 ↔ exact / near / admin1 (our admin2 → 2, country → 3).
- ``actor1``/``inter1`` ↔ the side said to have acted (:mod:`incident_tracker.sides`): the
  actor dictionary's name and type for the perpetrator; an unnamed perpetrator is
  "Unidentified Armed Group (Country)" after the *origin* country when the attribution
  names one. ``actor2``/``inter2``/``assoc_actor_2`` ↔ the side hit (the victims' actor,
  or "Civilians (China)", "Military Forces of Tajikistan" from the target type and
  nationality, with the victims as written as the associated actor); ``interaction`` is
  the two codes, lower first. On import, a named actor1 is the perpetrator (``alleged``)
  and is added to the dictionary with its inter code; "Unidentified Armed Group (X)" is
  ``unattributed``, or ``alleged`` with origin X when X is not the event's country.
- ``fatalities`` ↔ killed: 0 stays 0; an empty cell is unknown (ACLED writes 0 for
  unknown; our export writes an empty cell so the difference is kept).
- ``event_id_cnty`` is kept as an external id (system ``acled``); re-importing a newer
  ACLED file updates those incidents. Our export writes the incident's ACLED id if it
  has one, else its uid.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterator
from typing import IO, Any

from ..errors import ValidationError
from ..models import EventDates, IncidentRecord, countries, country_name, parse_country, parse_date
from ..sides import UNIDENTIFIED, Actor, Lookup, interaction, parse_actor_type, side_one, side_two, split_country_suffix
from .columns import decode_list, encode_list, neutralise, restore
from .readers import RawRow, RowError, converted_csv_rows, csv_header, refuse_repeated_columns

SYSTEM = "acled"

#: ACLED's columns, in the order of its exports.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

#: ACLED's columns that hold numbers this export writes itself (never a formula, so never prefixed).
NUMBER_COLUMNS = frozenset(
    {
        "year",
        "time_precision",
        "inter1",
        "inter2",
        "interaction",
        "iso",
        "latitude",
        "longitude",
        "fatalities",
        "timestamp",
        "geo_precision",
    }
)

#: Columns an ACLED file must have for us to read it.
REQUIRED: tuple[str, ...] = ("event_id_cnty", "event_date", "event_type", "country")

#: Our date precision → ACLED's time_precision, and back.
TIME_PRECISION_OUT: dict[str, str] = {"day": "1", "days": "2", "week": "2", "month": "3", "year": "3"}
TIME_PRECISION_IN: dict[str, str] = {"1": "day", "2": "week", "3": "month"}
#: A ``days`` span this many days long or longer is ACLED's "month or longer", not 2 (a week).
LONG_DAYS = 8
LONG_DAYS_PRECISION = "3"

#: Our geo precision → ACLED's geo_precision, and back.
GEO_PRECISION_OUT: dict[str, str] = {"exact": "1", "near": "2", "admin2": "2", "admin1": "3", "country": "3"}
GEO_PRECISION_IN: dict[str, str] = {"1": "exact", "2": "near", "3": "admin1"}

#: ACLED's three disorder types, from the event type.
DISORDER_TYPES: dict[str, str] = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Political violence; Demonstrations",
    "Strategic developments": "Strategic developments",
}

CIVILIAN_TARGETING = "Civilian targeting"


def _timestamp(stamp: str | None) -> str:
    if not stamp:
        return ""
    parsed = dt.datetime.fromisoformat(stamp)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return str(int(parsed.timestamp()))


def _no_actor(name: str) -> Actor | None:
    return None


def _acled_day(record: IncidentRecord) -> str:
    """ACLED's one day for a record: a week or a span of days is coded by its middle day; with
    time_precision 2 the importer reads it back as the 7 days around it, with 3 (a span of
    :data:`LONG_DAYS` or more) as the calendar month holding it."""
    dates = EventDates.of(record)
    if dates is not None and dates.precision in ("week", "days") and dates.end is not None:
        return (dates.start + (dates.end - dates.start) // 2).isoformat()
    return str(record["event_date"])


def _time_precision(record: IncidentRecord) -> str:
    """ACLED's time_precision for a record: a ``days`` span of :data:`LONG_DAYS` or more is 3,
    since 2 would claim it is known within a week."""
    dates = EventDates.of(record)
    if dates is not None and dates.precision == "days" and dates.length() >= LONG_DAYS:
        return LONG_DAYS_PRECISION
    return TIME_PRECISION_OUT.get(record.get("date_precision") or "day", "1")


def acled_row(record: IncidentRecord, external_id: str | None = None, lookup: Lookup = _no_actor) -> list[str]:
    """One record in ACLED's columns and codes; ``lookup`` is the actor dictionary."""
    country = record.get("country")
    one, two = side_one(record, lookup), side_two(record, lookup)
    inter1 = one.actor_type if one else None
    inter2 = two.actor_type if two else None
    outlets = [s.get("outlet") or s.get("url") or "" for s in record.get("sources") or []]
    values = {
        "event_id_cnty": external_id or record["uid"],
        "event_date": _acled_day(record),
        "year": record["event_date"][:4],
        "time_precision": _time_precision(record),
        "disorder_type": DISORDER_TYPES.get(record["event_type"], ""),
        "event_type": record["event_type"],
        "sub_event_type": record.get("sub_event_type") or "",
        "actor1": one.name if one else "",
        "assoc_actor_1": one.associated if one else "",
        "inter1": str(inter1 or ""),
        "actor2": two.name if two else "",
        "assoc_actor_2": two.associated if two else "",
        "inter2": str(inter2 or ""),
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": CIVILIAN_TARGETING if record.get("civilian_targeting") else "",
        "iso": countries().get(country or "", {}).get("isonumeric", ""),
        "country": country_name(country) or "",
        "admin1": record.get("admin1") or "",
        "admin2": record.get("admin2") or "",
        "location": record.get("location") or record.get("place") or "",
        "latitude": "" if record.get("latitude") is None else str(record["latitude"]),
        "longitude": "" if record.get("longitude") is None else str(record["longitude"]),
        "geo_precision": GEO_PRECISION_OUT.get(record.get("geo_precision") or "", ""),
        "source": "; ".join(o for o in outlets if o),
        "notes": record.get("description") or "",
        "fatalities": "" if record.get("killed") is None else str(record["killed"]),
        "tags": encode_list(record.get("tags") or []),
        "timestamp": _timestamp(record.get("updated_at")),
    }
    return [values.get(name, "") for name in ACLED_COLUMNS]


def write_acled(
    records: Iterator[IncidentRecord],
    out: IO[str],
    external_id: Callable[[int], str | None],
    *,
    safe: bool = True,
    lookup: Lookup = _no_actor,
) -> int:
    """Write records in ACLED's layout; ``external_id`` gives an incident's ACLED id, if any,
    and ``lookup`` the actor dictionary's entry for a name."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(ACLED_COLUMNS)
    # Numbers are never prefixed, as in the tracker layout: a western longitude written '-70.25
    # was text to a spreadsheet and to every ACLED tool that reads the file (probe10).
    text_cell = [safe and name not in NUMBER_COLUMNS for name in ACLED_COLUMNS]
    count = 0
    for record in records:
        cells = acled_row(record, external_id(record["id"]), lookup)
        writer.writerow([neutralise(c) if text else c for c, text in zip(cells, text_cell, strict=True)])
        count += 1
    return count


def values_from_acled(row: dict[str, str]) -> dict[str, Any]:
    """One ACLED row (by column name) → our record's values."""
    return acled_reading(row)[0]


def acled_reading(row: dict[str, str]) -> tuple[dict[str, Any], tuple[str, str] | None]:
    """One ACLED row (by column name) → our record's values, and the row's coded day and
    time_precision (1 when none is given) as written, None without a day: the date parsed once."""
    cell = {name: (value or "").strip() for name, value in row.items()}
    # ACLED's API writes 2024-01-05, its older downloads "05 January 2024": both are days.
    # Anything less than a day ("2024", "Jan 2024") is refused: we would have to make one up.
    parsed = parse_date(cell["event_date"]) if cell["event_date"] else None
    if parsed is not None and parsed.precision != "day":
        raise ValidationError(f"event_date must be a day (2024-01-05), got {cell['event_date']!r}.")
    day = parsed.start if parsed else None
    # The row states the whole date: no end but a week's (a month's is filled by models.settle_span),
    # so a stored span's end never outlives an update to another day.
    values: dict[str, Any] = {
        "event_date": day.isoformat() if day else None,
        "event_date_end": None,
        "event_type": cell["event_type"],
    }
    precision = cell.get("time_precision", "")
    if precision:
        if precision not in TIME_PRECISION_IN:
            raise ValidationError(f"time_precision must be 1, 2 or 3, got {precision!r}.")
        values["date_precision"] = TIME_PRECISION_IN[precision]
        if precision == "2" and day:
            # A week, coded by its middle day: the 7 days around it (3 = the month, filled by
            # models.settle_span), so filters never take the coded day for the event's day.
            values["event_date"] = (day - dt.timedelta(days=3)).isoformat()
            values["event_date_end"] = (day + dt.timedelta(days=3)).isoformat()
    if cell.get("sub_event_type"):
        values["sub_event_type"] = cell["sub_event_type"]
    values.update(_actor_values(cell))
    targeting = cell.get("civilian_targeting", "")
    values["civilian_targeting"] = True if targeting.casefold() == CIVILIAN_TARGETING.casefold() else None
    values["country"] = cell["country"]
    for name in ("admin1", "admin2", "location"):
        values[name] = cell.get(name) or None
    values["place"] = cell.get("location") or None
    values["latitude"] = cell.get("latitude") or None
    values["longitude"] = cell.get("longitude") or None
    geo = cell.get("geo_precision", "")
    if geo:
        if geo not in GEO_PRECISION_IN:
            raise ValidationError(f"geo_precision must be 1, 2 or 3, got {geo!r}.")
        values["geo_precision"] = GEO_PRECISION_IN[geo]
    if values["latitude"] is not None:
        values["geocoder"] = SYSTEM
    values["description"] = cell.get("notes") or None
    values["killed"] = cell.get("fatalities") or None
    values["tags"] = decode_list(cell.get("tags", ""))
    outlets = [o.strip() for o in cell.get("source", "").split(";") if o.strip()]
    values["sources"] = [{"outlet": o} for o in outlets]
    return values, ((day.isoformat(), precision or "1") if day else None)


def stored_reading(record: IncidentRecord | dict[str, Any], lookup: Lookup = _no_actor) -> dict[str, Any]:
    """What our own ACLED export of a stored incident reads back as: :func:`values_from_acled` of
    :func:`acled_row`. A cell of an imported row that reads as this says nothing the stored
    incident does not (ACLED's columns hold less than ours: ``location`` stands for the place too,
    ``geo_precision`` 3 for a country or a province, ``source`` for an outlet or an address)."""
    cells = dict(zip(ACLED_COLUMNS, acled_row(record, None, lookup), strict=True))  # type: ignore[arg-type]
    return values_from_acled(cells)


def keeps_stored_dates(coded: tuple[str, str], current: dict[str, Any]) -> bool:
    """Whether an ACLED row leaves a stored incident's dates alone: its coded day lies inside the
    stored span and its time_precision is no finer than the one the span is exported with. Such a
    row (our own export read back, most often) says nothing new about the dates; taking it would
    narrow a span of months to one month, or move a span of days to the week around its middle."""
    day, precision = coded
    start = current.get("event_date")
    if not start:
        return False
    end = current.get("event_date_end") or start
    stored = _time_precision(current)  # type: ignore[arg-type]
    return bool(start <= day <= end) and precision >= stored


def _suffix_country(name: str) -> str | None:
    """The country in an actor name's brackets ("… (Afghanistan)"), if it names one."""
    _, inside = split_country_suffix(name)
    if not inside:
        return None
    try:
        return parse_country(inside)
    except ValidationError:
        return None


def _actor_values(cell: dict[str, str]) -> dict[str, Any]:
    """Perpetrator, attribution, origin and victims from actor1 and actor2."""
    values: dict[str, Any] = {}
    actor = cell.get("actor1", "")
    if not actor or actor.casefold().startswith(UNIDENTIFIED.casefold()):
        values["attribution"] = "unattributed"
        values["perpetrator"] = None
        origin = _suffix_country(actor)
        try:
            country = parse_country(cell["country"]) if cell.get("country") else None
        except ValidationError:
            country = None
        if origin and country and origin != country:
            # An unidentified group named after another country: someone says it came from there.
            values["attribution"] = "alleged"
            values["origin_country"] = origin
    else:
        values["attribution"] = "alleged"
        values["perpetrator"] = actor
    target = cell.get("actor2", "")
    values["victims"] = cell.get("assoc_actor_2") or target or None
    head, _ = split_country_suffix(target)
    if head == "Civilians" and _suffix_country(target):
        values["victim_nationality"] = _suffix_country(target)
    return values


def acled_actors(cell: dict[str, str]) -> list[tuple[str, int | None, str | None]]:
    """The named actors of a row, with their inter codes and countries, for the dictionary."""
    found: list[tuple[str, int | None, str | None]] = []
    for name_column, inter_column in (("actor1", "inter1"), ("actor2", "inter2")):
        name = (cell.get(name_column) or "").strip()
        if not name:
            continue
        code_text = (cell.get(inter_column) or "").strip()
        try:
            code = parse_actor_type(code_text) if code_text and code_text != "0" else None
        except ValidationError:
            code = None
        found.append((name, code, _suffix_country(name)))
    return found


def read_acled(handle: IO[str], *, safe: bool = True) -> Iterator[RawRow | RowError]:
    """Rows of an ACLED CSV: columns by name (extra ACLED columns are ignored)."""
    reader, header = csv_header(handle)
    refuse_repeated_columns(header)
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise ValidationError(f"Not an ACLED file: the header lacks {', '.join(missing)}.")

    def convert(cells: list[str]) -> RawRow:
        row = {name: restore(c) if safe else c for name, c in zip(header, cells, strict=True)}
        external = row["event_id_cnty"].strip()
        if not external:
            raise ValidationError("event_id_cnty is empty.")
        values, coded = acled_reading(row)
        actors = acled_actors({k: v.strip() for k, v in row.items()})
        return RawRow(0, values, cells, external=(SYSTEM, external), actors=actors, coded_date=coded)

    yield from converted_csv_rows(reader, header, convert)
