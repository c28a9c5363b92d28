"""The incident record: its fields, its vocabularies and the parsing of user input.

Pure functions only — no I/O, nothing of ours imported but the errors — so that the
rules of the codebook (``docs/codebook.md``, ``docs/record.md``) live in one place and can be
tested on their own (including by property tests). One module per concern:

- :mod:`.record` — the fields of an incident, their types (:class:`IncidentRecord`) and
  which of them a record must have;
- :mod:`.vocabularies` — ACLED's event taxonomy and the other coded values, and their parsers;
- :mod:`.country` — ISO country codes and names;
- :mod:`.dates` — dates as written, precisions and spans (an incident's dates as one value,
  :class:`EventDates`);
- :mod:`.casualties` — tolls (best, low, high, the phrase) and deaths by side;
- :mod:`.coordinates` — latitude and longitude, and the distance between two points;
- :mod:`.checks` — a whole record, field by field and across fields;
- :mod:`.field_values` — one field's value checked and canonicalised, and a value of the wrong type
  (a dict as a place, an int as a day) refused;
- :mod:`.text` — folding and near-miss suggestions, shared by the parsers.

Every public name is re-exported here: ``from incident_tracker.models import parse_date``.
"""

from __future__ import annotations

# Read as ``models.dt`` by callers that wrote against the single module.
import datetime as dt  # noqa: F401
from typing import TYPE_CHECKING, Any

from .casualties import (
    DEATH_PARTS,
    MAX_COUNT,
    TOLL_FIELDS,
    TOLLS,
    UNNUMBERED_QUANTITIES,
    VAGUE_QUANTITIES,
    Casualties,
    DeathPart,
    Toll,
    check_casualty_order,
    format_toll,
    parse_casualties,
)

if TYPE_CHECKING:
    from .checks import check_death_parts, check_record, normalize_record
from .coordinates import (
    EARTH_RADIUS_KM,
    LATLON_PATTERN,
    check_coordinates,
    haversine_km,
    looks_like_latlon,
    parse_latlon,
)
from .country import COUNTRY_ALIASES, countries, country_code, country_name, parse_country
from .dates import (
    DATE_FIELDS,
    EARLIEST_DATE,
    LATEST_DATE,
    EventDates,
    ParsedDate,
    after_publication,
    check_date_range,
    date_label,
    format_event_date,
    parse_date,
    precision_for_span,
    resolve_dates,
    restate_span,
    settle_span,
)
from .record import (
    BOOLEAN_FIELDS,
    EDITABLE_FIELDS,
    INCIDENT_FIELDS,
    LIST_FIELDS,
    NOT_NULL_FIELDS,
    REQUIRED_FIELDS,
    IncidentRecord,
    RecordLike,
    Required,
    missing_fields,
)
from .text import article_refusal, did_you_mean, fold, refuse_article
from .vocabularies import (
    ATTRIBUTION_STATUSES,
    DATE_PRECISIONS,
    EVENT_CLARITIES,
    EVENT_TYPE_ALIASES,
    EVENT_TYPES,
    GEO_PRECISIONS,
    LINK_KINDS,
    SUB_EVENT_TYPE_ALIASES,
    TARGET_TYPES,
    WEAPON_ALIASES,
    WEAPONS,
    parse_attribution,
    parse_bool,
    parse_date_precision,
    parse_event_clarity,
    parse_event_type,
    parse_geo_precision,
    parse_link_kind,
    parse_sub_event_type,
    parse_target_type,
    parse_vocab,
    parse_weapon,
)

__all__ = [
    "ATTRIBUTION_STATUSES",
    "BOOLEAN_FIELDS",
    "COUNTRY_ALIASES",
    "DATE_FIELDS",
    "DATE_PRECISIONS",
    "DEATH_PARTS",
    "EARLIEST_DATE",
    "EARTH_RADIUS_KM",
    "EDITABLE_FIELDS",
    "EVENT_CLARITIES",
    "EVENT_TYPES",
    "EVENT_TYPE_ALIASES",
    "GEO_PRECISIONS",
    "INCIDENT_FIELDS",
    "LATEST_DATE",
    "LATLON_PATTERN",
    "LINK_KINDS",
    "LIST_FIELDS",
    "MAX_COUNT",
    "NOT_NULL_FIELDS",
    "REQUIRED_FIELDS",
    "SUB_EVENT_TYPE_ALIASES",
    "TARGET_TYPES",
    "TOLLS",
    "TOLL_FIELDS",
    "UNNUMBERED_QUANTITIES",
    "VAGUE_QUANTITIES",
    "WEAPONS",
    "WEAPON_ALIASES",
    "Casualties",
    "DeathPart",
    "EventDates",
    "IncidentRecord",
    "ParsedDate",
    "RecordLike",
    "Required",
    "Toll",
    "after_publication",
    "article_refusal",
    "check_casualty_order",
    "check_coordinates",
    "check_date_range",
    "check_death_parts",
    "check_record",
    "countries",
    "country_code",
    "country_name",
    "date_label",
    "did_you_mean",
    "fold",
    "format_event_date",
    "format_toll",
    "haversine_km",
    "looks_like_latlon",
    "missing_fields",
    "normalize_record",
    "parse_attribution",
    "parse_bool",
    "parse_casualties",
    "parse_country",
    "parse_date",
    "parse_date_precision",
    "parse_event_clarity",
    "parse_event_type",
    "parse_geo_precision",
    "parse_latlon",
    "parse_link_kind",
    "parse_sub_event_type",
    "parse_target_type",
    "parse_vocab",
    "parse_weapon",
    "precision_for_span",
    "refuse_article",
    "resolve_dates",
    "restate_span",
    "settle_span",
]

#: The names of :mod:`.checks`, loaded on first use (PEP 562): the CLI imports this package to parse its options,
#: and only a command that checks a whole record needs them (and the field checks under them, .field_values).
_CHECKS = frozenset({"check_death_parts", "check_record", "normalize_record"})


def __getattr__(name: str) -> Any:
    if name in _CHECKS:
        from . import checks

        return getattr(checks, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
