"""The record options of ``add`` and ``edit``, declared once, and what they become.

Each option is one row of a table (:data:`RECORD_OPTIONS`); :func:`build_record` turns
what was typed into a :class:`RecordInput`, and :data:`OPTION_FOR_FIELD` maps a record
field back to its option, so that an error the library raises about a field can name
the flag the user typed. Nothing here touches the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

import typer

from .. import models
from ..errors import ValidationError
from .options import RECORD_PANEL, SOURCE_PANEL, OptionTable, Text, Texts, declare, option_bundle

SOURCE_FIELDS = ("source", "outlet", "published", "headline", "source_original", "source_note")


@dataclass
class RecordInput:
    """What the user typed for the record fields, parsed but not yet checked as a whole."""

    values: dict[str, Any] = field(default_factory=dict)
    sources: list[dict[str, Any]] = field(default_factory=list)
    place_given: bool = False

    def set(self, name: str, value: Any) -> None:
        self.values[name] = value


def _casualty_values(what: models.Toll, text: str) -> dict[str, Any]:
    return dict(models.parse_casualties(text, what).fields(what))


def _warn_if_future(event_date: str | None) -> None:
    """A date after today (today anywhere on earth: the analyst's day may be ahead of UTC's) is kept
    (a planned event) but said on stderr: more often it is a typo (2052 for 2025) or a month/day swap."""
    from ..models.times import is_after_today_everywhere

    if event_date and is_after_today_everywhere(event_date):
        from .render import message

        message(f"Warning: the date {event_date} is in the future. Kept as given; check it.")


def _split_origin(text: str) -> dict[str, Any]:
    """'Badakhshan, Afghanistan' → origin_place Badakhshan, origin_country AF."""
    if "," in text:
        head, tail = text.rsplit(",", 1)
        try:
            return {"origin_place": head.strip(), "origin_country": models.parse_country(tail)}
        except ValidationError:
            pass
    try:
        return {"origin_country": models.parse_country(text), "origin_place": text.strip()}
    except ValidationError:
        return {"origin_place": text.strip()}


#: Record options whose record field has another name; the others fill the field of their own name.
FIELD_OF_OPTION = {
    "lat": "latitude", "lon": "longitude", "sub_type": "sub_event_type", "target": "target_type",
    "clarity": "event_clarity", "weapon": "weapons", "tag": "tags", "origin": "origin_place",
}  # fmt: skip
#: Options that are not copied into the record as they are (parsed, split or paired first).
_SPECIAL = {"date", "end_date", "date_precision", "origin", "killed", "injured", "weapon", "tag", *SOURCE_FIELDS}


def build_record(values: dict[str, Any], ctx: typer.Context | None = None) -> RecordInput:
    """Parse the record options. Only options actually given end up in ``values``."""
    given = {name: values.get(name) for name in RECORD_OPTIONS}
    record = RecordInput()
    record.values.update(models.resolve_dates(given["date"], given["end_date"], given["date_precision"]))
    _warn_if_future(record.values.get("event_date"))
    record.values.update(
        {FIELD_OF_OPTION.get(n, n): v for n, v in given.items() if n not in _SPECIAL and v is not None}
    )
    if given["origin"] is not None:
        origin_fields = _split_origin(given["origin"])
        if given["origin_country"] is not None:
            origin_fields.pop("origin_country", None)
        record.values.update(origin_fields)
    for what in models.TOLLS:
        if given[what] is not None:
            record.values.update(_casualty_values(what, str(given[what])))
    if given["weapon"]:
        record.values["weapons"] = given["weapon"]
    if given["tag"]:
        record.values["tags"] = given["tag"]
    record.place_given = given["place"] is not None
    record.sources = _pair_sources(*(given[name] for name in SOURCE_FIELDS))
    return record


def _pair_sources(
    urls: list[str] | None,
    outlets: list[str] | None,
    published: list[str] | None,
    headlines: list[str] | None,
    originals: list[str] | None,
    notes: list[str] | None,
) -> list[dict[str, Any]]:
    """Pair the Nth --outlet/--published/… with the Nth --source."""
    columns = {
        "url": urls or [],
        "outlet": outlets or [],
        "published": published or [],
        "headline": headlines or [],
        "source_original": originals or [],
        "note": notes or [],
    }
    count = max(len(v) for v in columns.values())
    if count == 0:
        return []
    anchors = max(len(columns["url"]), len(columns["outlet"]))
    if count > anchors:
        raise ValidationError(
            "Each --published/--headline/--source-original/--source-note belongs to a --source URL "
            "(or --outlet): give them in the same order and number."
        )
    if anchors > 1:
        for name, option in (("published", "--published"), ("headline", "--headline"),
                             ("source_original", "--source-original"), ("note", "--source-note")):  # fmt: skip
            if 0 < len(columns[name]) < anchors:
                raise ValidationError(
                    f"{anchors} sources but {len(columns[name])} {option}: with several sources, give "
                    f"{option} once for each, in the same order ('' for a source without one), so that "
                    "none attaches to the wrong source."
                )
    return [
        {name: (values[index] if index < len(values) else None) for name, values in columns.items()}
        for index in range(count)
    ]


_RECORD: OptionTable = {
    "date": (Text, "--date -d", "Event date: 2025-11-24, 24 Nov 2025, 24.11.2025, Nov 2025 (month), 2025 (year); "
             "a Solar Hijri day with its year (11 Azar 1404, 1404-09-11 SH); 03/04/2022 is refused as ambiguous.", {}),
    "end_date": (Text, "--end-date", "Last possible day, for a span.", {}),
    "date_precision": (Text, "--date-precision",
                       f"Override the inferred precision ({', '.join(models.DATE_PRECISIONS)}); days is a span "
                       "of 2–6 days, or any longer one that is not a week, a calendar month or a calendar year; "
                       "month or year with --end-date must be that whole calendar month or year.",
                       {}),
    "place": (Text, "--place", "The place as the source reported it, verbatim.", {}),
    "location": (Text, "--location", "Resolved place name (e.g. Khorugh).", {}),
    "lat": (Optional[float], "--lat", "Latitude, WGS84 degrees.", {}),
    "lon": (Optional[float], "--lon", "Longitude, WGS84 degrees.", {}),
    "geo_precision": (Text, "--geo-precision",
                      f"How precise the coordinates are ({', '.join(models.GEO_PRECISIONS)}).", {}),
    "country": (Text, "--country -c", "Country: name or ISO code.", {}),
    "admin1": (Text, "--admin1", "Province.", {}),
    "admin2": (Text, "--admin2", "District.", {}),
    "origin": (Text, "--origin", "Where the attack is said to come from ('Badakhshan, Afghanistan').", {}),
    "origin_country": (Text, "--origin-country", "Country the attack came from.", {}),
    "event_type": (Text, "--type -t", "ACLED event type ('Battles', 'explosions', …).", {}),
    "sub_type": (Text, "--sub-type", "ACLED sub-event type ('Air/drone strike').", {}),
    "weapon": (Texts, "--weapon -w", f"Weapon, repeatable ({', '.join(models.WEAPONS)}).", {}),
    "target": (Text, "--target", f"Target type ({', '.join(models.TARGET_TYPES)}).", {}),
    "victims": (Text, "--victims", "Who was hit ('Chinese workers').", {}),
    "victim_nationality": (Text, "--victim-nationality", "Victims' country (CN, China).", {}),
    "civilian_targeting": (Optional[bool], "--civilian-targeting/--no-civilian-targeting",
                           "Civilians were the main target.", {}),
    "killed": (Text, "--killed -k",
               "Killed: 3, three, 3-5, 'between 3 and 5', 'at least 3', 'up to 4', 'about 20', several, dozens, "
               f"unknown; at most {models.MAX_COUNT:,} for one incident.", {}),
    "injured": (Text, "--injured", "Injured, same forms as --killed.", {}),
    "deaths_a": (Text, "--deaths-a", "Deaths on the side said to have acted (UCDP deaths_a).", {}),
    "deaths_b": (Text, "--deaths-b", "Deaths on the side hit (UCDP deaths_b).", {}),
    "deaths_civilians": (Text, "--deaths-civilians", "Civilian deaths.", {}),
    "deaths_unknown": (Text, "--deaths-unknown", "Deaths of no known side.", {}),
    "attribution": (Text, "--attribution -a", f"Attribution status ({', '.join(models.ATTRIBUTION_STATUSES)}).", {}),
    "perpetrator": (Text, "--perpetrator -p", "Named actor.", {}),
    "attributed_by": (Text, "--attributed-by", "Who makes the attribution.", {}),
    "clarity": (Text, "--clarity", "Event clarity (UCDP): clear, or unclear for a vague report.", {}),
    "description": (Text, "--description", "Short neutral summary.", {}),
    "notes": (Text, "--notes", "Analyst's notes (searchable).", {}),
    "tag": (Texts, "--tag", "Free tag; repeatable.", {}),
}  # fmt: skip
_SOURCES: OptionTable = {
    "source": (Texts, "--source", "Source URL; repeatable.", {}),
    "outlet": (Texts, "--outlet", "Outlet of the Nth --source.", {}),
    "published": (Texts, "--published", "Publication date of the Nth --source.", {}),
    "headline": (Texts, "--headline", "Headline of the Nth --source.", {}),
    "source_original": (Texts, "--source-original", "Who gave the information (e.g. 'Tajik foreign ministry').", {}),
    "source_note": (Texts, "--source-note", "What this source says (its own figures).", {}),
}  # fmt: skip
RECORD_OPTIONS = {**declare(RECORD_PANEL, _RECORD), **declare(SOURCE_PANEL, _SOURCES)}

record_options = option_bundle(RECORD_OPTIONS, "record", build_record)
"""Decorator: add the record fields to a command, which receives ``record: RecordInput``."""


def _flag(name: str) -> str:
    return {**_RECORD, **_SOURCES}[name][1].split()[0].split("/")[0]


def _field_options() -> dict[str, str]:
    """Record field (as the library names it) → the option that sets it, for error messages."""
    options = {FIELD_OF_OPTION.get(name, name): _flag(name) for name in _RECORD}
    for what in models.TOLLS:
        options.update(dict.fromkeys(models.TOLL_FIELDS[what], _flag(what)))
    options.update({"event_date": "--date", "event_date_end": "--end-date", "date": "--date"})
    options.update({field: _flag(name) for name, field in zip(SOURCE_FIELDS, _SOURCE_RECORD_FIELDS, strict=True)})
    return options


_SOURCE_RECORD_FIELDS = ("url", "outlet", "published", "headline", "source_original", "note")
#: Record field → option: how the CLI names a field the library's error names (``TrackerError.field``).
OPTION_FOR_FIELD = _field_options()
