"""The fields of an incident record, in the codebook's order."""

from __future__ import annotations

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

#: Fields held in side tables rather than columns of ``incidents``.
LIST_FIELDS: tuple[str, ...] = ("weapons", "tags")
