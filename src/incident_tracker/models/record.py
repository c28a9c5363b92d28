"""The incident record: its fields in the codebook's order, their types, and which a record must have."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple, TypedDict

from .text import listed
from .vocabularies import EVENT_TYPES

#: The fields of an incident, in the codebook's order; JSON/CSV keys use these names.
INCIDENT_FIELDS: tuple[str, ...] = (
    "id",
    "uid",
    "event_date",
    "event_date_end",
    "date_precision",
    "place",
    "location",
    "admin1",
    "admin2",
    "country",
    "latitude",
    "longitude",
    "geo_precision",
    "geocoder",
    "origin_place",
    "origin_country",
    "event_type",
    "sub_event_type",
    "weapons",
    "target_type",
    "victims",
    "victim_nationality",
    "civilian_targeting",
    "killed",
    "killed_low",
    "killed_high",
    "killed_text",
    "injured",
    "injured_low",
    "injured_high",
    "injured_text",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "attribution",
    "perpetrator",
    "attributed_by",
    "attribution_default",
    "event_clarity",
    "description",
    "notes",
    "tags",
    "created_at",
    "updated_at",
    "deleted_at",
    "deleted_reason",
)

#: Fields a user may set with add/edit (everything but bookkeeping).
EDITABLE_FIELDS: tuple[str, ...] = tuple(
    f for f in INCIDENT_FIELDS if f not in {"id", "uid", "created_at", "updated_at", "deleted_at", "deleted_reason"}
)

#: Yes/no fields: stored as 1/0 (NULL unknown), read back as ``True``/``False``, written
#: ``true``/``false`` in CSV. ``attribution_default`` says whether ``attribution`` is the
#: codebook's ``unattributed`` default, filled because nobody stated an attribution, rather
#: than a status the user gave or a source told ("no group has claimed"); the codebook asks
#: that a default be visible as a default. Only a default is marked (1); a status given,
#: and every record made before the mark was kept, leaves it empty.
BOOLEAN_FIELDS: tuple[str, ...] = ("civilian_targeting", "attribution_default")

#: Fields held in side tables rather than columns of ``incidents``.
LIST_FIELDS: tuple[str, ...] = ("weapons", "tags")


class IncidentRecord(TypedDict, total=False):
    """An incident as the library hands it around: one key per column of ``incidents``
    (docs/record.md), plus its two list fields.

    A plain dict at run time (no cost); the type lets mypy catch a misspelt field. A record
    may be partial (the fields an edit changes), so no key is required; a stored record has
    them all, and the columns the schema declares NOT NULL are never None there.
    """

    id: int
    uid: str
    event_date: str
    event_date_end: str | None
    date_precision: str
    place: str | None
    location: str | None
    admin1: str | None
    admin2: str | None
    country: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: str | None
    geocoder: str | None
    origin_place: str | None
    origin_country: str | None
    event_type: str
    sub_event_type: str | None
    weapons: list[str]
    target_type: str | None
    victims: str | None
    victim_nationality: str | None
    civilian_targeting: int | None
    killed: int | None
    killed_low: int | None
    killed_high: int | None
    killed_text: str | None
    injured: int | None
    injured_low: int | None
    injured_high: int | None
    injured_text: str | None
    deaths_a: int | None
    deaths_b: int | None
    deaths_civilians: int | None
    deaths_unknown: int | None
    attribution: str
    perpetrator: str | None
    attributed_by: str | None
    attribution_default: int | None
    event_clarity: str | None
    description: str | None
    notes: str | None
    tags: list[str]
    created_at: str
    updated_at: str
    deleted_at: str | None
    deleted_reason: str | None
    # Read from the store, a record also carries its sources and links (docs/record.md).
    sources: list[dict[str, Any]]
    links: list[dict[str, Any]]


#: What the record checks accept while code outside ``models`` still builds records as
#: plain ``dict[str, Any]``: the importer (exchange/importer.py, import_rows.py), geo's
#: record completion and the store's writers, which assemble records key by key. The
#: store's reads (``get``, ``query``) already return :class:`IncidentRecord`.
RecordLike = IncidentRecord | dict[str, Any]


class Required(NamedTuple):
    """A field every incident must be given, and how a message asks for it."""

    field: str  #: the field an error names (``TrackerError.field``)
    words: str  #: the field in words, as messages say it
    given_by: tuple[str, ...]  #: any one of these fields with a value satisfies it
    hint: str  #: how to give it, in words (the CLI adds its own option names)


#: The one table of required fields, in the order they are asked for. A sub-event type
#: gives the event type (each sub-type belongs to one type); coordinates or a country
#: stand in for a place's name.
REQUIRED_FIELDS: tuple[Required, ...] = (
    Required("event_date", "date", ("event_date",), "give the event's date"),
    Required("event_type", "event type", ("event_type", "sub_event_type"), f"give one of {listed(list(EVENT_TYPES))}"),
    Required("place", "place", ("place", "country", "latitude"), "give a place, a country or coordinates"),
)

#: Columns every stored incident has (NOT NULL): the required ones, and those that get a
#: default when not given (attribution ``unattributed``, date precision ``day``).
NOT_NULL_FIELDS: tuple[str, ...] = ("event_date", "event_type", "attribution", "date_precision")


def missing_fields(record: Mapping[str, object]) -> list[Required]:
    """The required fields a (whole) record lacks; an empty text counts as missing, 0 does not."""
    return [need for need in REQUIRED_FIELDS if all(record.get(name) in (None, "") for name in need.given_by)]
