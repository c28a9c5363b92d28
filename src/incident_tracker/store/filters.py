"""The filters every reading command shares (list, export, timeline, stats, chart).

One definition: :class:`Filters` holds what the user asked for, and
:meth:`Filters.where` turns it into a SQL ``WHERE`` clause over ``incidents AS i``.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field

from ..errors import ValidationError
from ..models.coordinates import EARTH_RADIUS_KM as EARTH_RADIUS_KM
from ..models.coordinates import haversine_km as haversine_km
from ..models.text import PERSIAN_LETTER_FORMS, persian_forms, tidy_text
from ..sides import actor_key

#: The perpetrator is one of the spellings of the actor whose alias key is the parameter
#: (served by the NOCASE perpetrator index; no actor with that key matches nothing).
_SPELLINGS_OF_KEY = (
    "i.perpetrator COLLATE NOCASE IN (SELECT alias FROM actor_aliases WHERE actor_id = "
    "(SELECT actor_id FROM actor_aliases WHERE key = ?))"
)

#: Sort keys a user may give, and the SQL they mean. A leading "-" reverses.
SORT_KEYS: dict[str, str] = {
    "date": "i.event_date {dir}, i.id {dir}",
    "id": "i.id {dir}",
    "killed": "i.killed IS NULL, i.killed {dir}, i.event_date DESC",
    "injured": "i.injured IS NULL, i.injured {dir}, i.event_date DESC",
    "country": "i.country {dir}, i.event_date DESC",
    "updated": "i.updated_at {dir}, i.id {dir}",
    "type": "i.event_type {dir}, i.event_date DESC",
}


#: The longest --perpetrator text: SQLite's LIKE stops at 50,000 bytes, and escaping (and
#: UTF-8) can make a pattern up to 4 times longer than its characters.
MAX_PERPETRATOR_FILTER = 10_000

#: An incident linked as a duplicate of a live (not deleted) incident: the same event,
#: counted once, under the incident it duplicates (report.stats leaves these out).
LINKED_DUPLICATE_SQL = (
    "EXISTS (SELECT 1 FROM links AS dl JOIN incidents AS dup ON dup.id = dl.other_id "
    "WHERE dl.incident_id = i.id AND dl.kind = 'duplicate_of' AND dup.deleted_at IS NULL)"
)


@dataclass
class Near:
    """A circle: everything within ``km`` of (latitude, longitude)."""

    latitude: float
    longitude: float
    km: float
    label: str = ""

    def __post_init__(self) -> None:
        if not (math.isfinite(self.km) and self.km > 0):
            raise ValidationError(
                f"The distance must be a positive number of kilometres, not {self.km!r}.", field="within"
            )
        if not (math.isfinite(self.latitude) and -90 <= self.latitude <= 90):
            raise ValidationError(f"Latitude {self.latitude!r} is out of range: it must be between -90 and 90.")
        if not (math.isfinite(self.longitude) and -180 <= self.longitude <= 180):
            raise ValidationError(f"Longitude {self.longitude!r} is out of range: it must be between -180 and 180.")

    def bounding_boxes(self) -> list[tuple[float, float, float, float]]:
        """(min_lat, max_lat, min_lon, max_lon) boxes that together enclose the circle, for the index.

        Exact, not approximate: the widest longitude of a circle of angular radius r around
        latitude φ is asin(sin r / cos φ) (not r / cos φ, which is too narrow for large
        radii); a circle reaching a pole spans every longitude; one crossing the
        antimeridian (±180°) becomes two boxes, one on each side. The haversine test
        then keeps exactly the points inside the circle.
        """
        radius = self.km / EARTH_RADIUS_KM  # angular radius, radians
        dlat = math.degrees(radius)
        min_lat, max_lat = self.latitude - dlat, self.latitude + dlat
        if radius >= math.pi or min_lat <= -90 or max_lat >= 90:
            # Reaches a pole (or covers the globe): every longitude, from that pole.
            return [(max(min_lat, -90.0), min(max_lat, 90.0), -180.0, 180.0)]
        ratio = math.sin(radius) / math.cos(math.radians(self.latitude))
        dlon = 180.0 if ratio >= 1 else math.degrees(math.asin(ratio)) + 1e-9
        min_lon, max_lon = self.longitude - dlon, self.longitude + dlon
        if dlon >= 180:
            return [(min_lat, max_lat, -180.0, 180.0)]
        if min_lon < -180:
            return [(min_lat, max_lat, min_lon + 360, 180.0), (min_lat, max_lat, -180.0, max_lon)]
        if max_lon > 180:
            return [(min_lat, max_lat, min_lon, 180.0), (min_lat, max_lat, -180.0, max_lon - 360)]
        return [(min_lat, max_lat, min_lon, max_lon)]


@dataclass
class _Conditions:
    """The conditions of a ``WHERE`` clause being built, and their parameters in the same order."""

    clauses: list[str]
    params: list[object] = field(default_factory=list)

    def add(self, clause: str, *params: object) -> None:
        self.clauses.append(clause)
        self.params.extend(params)


#: One ``--perpetrator`` pattern, a part of the name as written.
_PERPETRATOR_LIKE = "i.perpetrator LIKE ? ESCAPE '\\'"


def _placeholders(values: list[str] | list[int]) -> str:
    return ", ".join("?" for _ in values)


@dataclass
class Filters:
    """What to select. Empty means everything that is not deleted."""

    since: str | None = None
    until: str | None = None
    countries: list[str] = field(default_factory=list)
    admin1: list[str] = field(default_factory=list)
    event_type: str | None = None
    sub_event_type: str | None = None
    attributions: list[str] = field(default_factory=list)
    #: True: only the ``unattributed`` nobody stated (``attribution_default`` set: no one has
    #: read an attribution yet); False: only statuses someone gave. A filter of its own, not
    #: a pseudo-status of ``attributions``: whether a status was stated is a fact apart from
    #: the status, so it combines with any of them ("stated unattributed" is both), and
    #: ``--attribution unattributed`` keeps meaning every unattributed record. Records from
    #: before the mark (m014, column empty) count as stated, as ``show`` shows them.
    attribution_default: bool | None = None
    perpetrator: str | None = None
    actor: str | None = None
    clarity: str | None = None
    weapon: str | None = None
    target_type: str | None = None
    min_killed: int | None = None
    tag: str | None = None
    search: str | None = None
    deleted: bool = False
    #: Live and deleted incidents alike (``deleted`` is the deleted ones only): a whole archive
    #: in one export, its ``deleted_at`` and ``deleted_reason`` saying which is which.
    with_deleted: bool = False
    near: Near | None = None
    ids: list[int] = field(default_factory=list)
    #: Not a filter but a plan: test the search's matches row by row while reading the
    #: incidents in the order asked (set by ``IncidentStore.query`` for a page of a common
    #: word), instead of fetching every match by id and sorting them.
    search_in_order: bool = False

    @classmethod
    def given(cls, filters: object) -> Filters:
        """The filters a query was given: None for everything; anything but :class:`Filters` (a dict
        of them, say) is refused rather than read attribute by attribute."""
        if filters is None:
            return cls()
        if not isinstance(filters, Filters):
            # imported here: only a Python caller's wrong argument gets here, and the CLI declares its options
            # with this module, so start-up does not load the field checks for it
            from ..models.field_values import with_its_type

            raise ValidationError(f"Filters must be a Filters(...), got {with_its_type(filters)}.", field="filters")
        return filters

    def where(self) -> tuple[str, list[object]]:
        """SQL conditions over ``incidents AS i`` and their parameters.

        Built in named steps, always in this order: the conditions (and so the SQL text a
        query plan is read from) stay the same for the same filters, and a bad date window
        is refused before a bad perpetrator text.
        """
        from .filter_shapes import check_shapes  # loaded by the first query, not at start-up

        check_shapes(self)
        conditions = _Conditions([self._deleted_condition()])
        self._add_dates(conditions)
        self._add_places(conditions)
        self._add_event_types(conditions)
        self._add_attribution(conditions)
        self._add_details(conditions)
        self._add_search(conditions)
        if self.ids:
            conditions.add(f"i.id IN ({_placeholders(self.ids)})", *self.ids)
        self._add_circle(conditions)
        return " AND ".join(conditions.clauses), conditions.params

    def _deleted_condition(self) -> str:
        """Live incidents, deleted ones, or both."""
        if self.with_deleted and not self.deleted:
            return "1"  # every incident, deleted or not
        # The unary + keeps SQLite from using idx_incidents_deleted for "IS NULL", which matches
        # nearly every row: without ANALYZE statistics the planner takes it as selective and
        # reads the whole table through it (list's newest 20 of 1M: 350 ms → 0.1 ms).
        return "i.deleted_at IS NOT NULL" if self.deleted else "+i.deleted_at IS NULL"

    def _add_dates(self, conditions: _Conditions) -> None:
        if self.since:
            # An event overlaps the window if its last possible day is on or after since;
            # as event_date_end >= event_date, that is either column >= since (both indexed).
            conditions.add("(i.event_date >= ? OR i.event_date_end >= ?)", self.since, self.since)
        if self.until:
            conditions.add("i.event_date <= ?", self.until)
        if self.since and self.until and self.since > self.until:
            raise ValidationError(f"The start date {self.since} is after the end date {self.until}.", field="since")

    def _add_places(self, conditions: _Conditions) -> None:
        if self.countries:
            conditions.add(f"i.country IN ({_placeholders(self.countries)})", *self.countries)
        if self.admin1:  # "بدخشان" typed with either kaf or yeh is one province (models.text.persian_forms)
            forms = list(dict.fromkeys(form for name in self.admin1 for form in persian_forms(name)))
            conditions.add(f"i.admin1 COLLATE NOCASE IN ({_placeholders(forms)})", *forms)

    def _add_event_types(self, conditions: _Conditions) -> None:
        if self.event_type:
            conditions.add("i.event_type = ?", self.event_type)
        if self.sub_event_type:
            owner = _owner_type(self.sub_event_type)
            if owner and not self.event_type:
                # Each ACLED sub-type belongs to one type: saying so lets the type index
                # serve a sub-type alone (without it, a full scan of the table).
                conditions.add("i.event_type = ?", owner)
            conditions.add("i.sub_event_type = ?", self.sub_event_type)

    def _add_attribution(self, conditions: _Conditions) -> None:
        """Who is said to be behind it: the status, whether it was stated, and the perpetrator,
        as written or (through the actor dictionary) under any of its spellings."""
        if self.attributions:
            conditions.add(f"i.attribution IN ({_placeholders(self.attributions)})", *self.attributions)
        if self.attribution_default is not None:
            conditions.add(
                "i.attribution_default = 1" if self.attribution_default else "i.attribution_default IS NOT 1"
            )
        if self.perpetrator:
            if len(self.perpetrator) > MAX_PERPETRATOR_FILTER:
                # SQLite refuses LIKE patterns over 50,000 bytes ("pattern too complex").
                raise ValidationError(
                    f"The perpetrator filter is {len(self.perpetrator):,} characters long; give at most "
                    f"{MAX_PERPETRATOR_FILTER:,} (a part of the name is enough).",
                    field="perpetrator",
                )
            # The text as written, or any spelling of the actor it names in the dictionary
            # ("ISKP" finds the incident written "Islamic State Khorasan Province").
            # Its kaf and yeh in either form (models.text.persian_forms), as a search has them; the pattern
            # tidied as stored names are.
            typed = tidy_text("perpetrator", self.perpetrator)
            patterns = [f"%{_escape_like(form)}%" for form in persian_forms(typed)]
            likes = " OR ".join([_PERPETRATOR_LIKE] * len(patterns))
            conditions.add(f"({likes} OR {_SPELLINGS_OF_KEY})", *patterns, actor_key(self.perpetrator))
        if self.actor:
            # Exactly that name, or any spelling of the dictionary's actor it names.
            names = persian_forms(tidy_text("perpetrator", self.actor).strip())
            conditions.add(
                f"(i.perpetrator COLLATE NOCASE IN ({_placeholders(names)}) OR {_SPELLINGS_OF_KEY})",
                *names,
                actor_key(self.actor),
            )

    def _add_details(self, conditions: _Conditions) -> None:
        """The record's other single fields: clarity, weapon, target, toll, tag."""
        if self.clarity:
            conditions.add("i.event_clarity = ?", self.clarity)
        if self.weapon:
            conditions.add("i.id IN (SELECT incident_id FROM incident_weapons WHERE weapon = ?)", self.weapon)
        if self.target_type:
            conditions.add("i.target_type = ?", self.target_type)
        if self.min_killed is not None:
            conditions.add("i.killed >= ?", self.min_killed)
        if self.tag:
            # Free tags are typed by hand ("TTP", "ttp"): a tag matches in any case, as a country,
            # a province or a perpetrator does. The (tag, incident_id) index still covers the walk.
            conditions.add(
                "i.id IN (SELECT incident_id FROM incident_tags WHERE tag = ? COLLATE NOCASE)", self.tag.strip()
            )

    def _add_search(self, conditions: _Conditions) -> None:
        if self.search is None:  # "" is refused below, as "  " was: no word to find (probe20)
            return
        # The record's own text, or one of its sources (headline, note, outlet).
        # A unary + keeps SQLite from fetching the matches through the ids (the plan
        # it prefers, and the right one for a rare word).
        by = "+i.id" if self.search_in_order else "i.id"
        query = fts_query(self.search)
        conditions.add(
            f"({by} IN (SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ?)"
            f" OR {by} IN (SELECT s.incident_id FROM sources AS s"
            " WHERE s.id IN (SELECT rowid FROM sources_fts WHERE sources_fts MATCH ?)))",
            query,
            query,
        )

    def _add_circle(self, conditions: _Conditions) -> None:
        """``near``: first the boxes an index can serve, then the exact distance."""
        if not self.near:
            return
        boxes = self.near.bounding_boxes()
        box = "(i.latitude BETWEEN ? AND ? AND i.longitude BETWEEN ? AND ?)"
        conditions.add("(" + " OR ".join(box for _ in boxes) + ")", *(value for edges in boxes for value in edges))
        conditions.add(
            "haversine_km(i.latitude, i.longitude, ?, ?) <= ?", self.near.latitude, self.near.longitude, self.near.km
        )

    def describe(self) -> str:
        """A short human description, for report subtitles and messages."""
        parts: list[str] = []
        if self.since and self.until:
            parts.append(f"{self.since} to {self.until}")
        elif self.since or self.until:  # "since 2025-01-01", not "2025-01-01 to …" (then "….")
            parts.append(f"since {self.since}" if self.since else f"until {self.until}")
        if self.countries:
            parts.append("country " + ", ".join(self.countries))
        if self.admin1:
            parts.append("admin1 " + ", ".join(self.admin1))
        for label, value in (
            ("type", self.event_type),
            ("sub-type", self.sub_event_type),
            ("perpetrator ~", self.perpetrator),
            ("actor", self.actor),
            ("clarity", self.clarity),
            ("weapon", self.weapon),
            ("target", self.target_type),
            ("tag", self.tag),
            ("search", self.search),
        ):
            if value:
                parts.append(f"{label} {value}")
        if self.attributions:
            parts.append("attribution " + ", ".join(self.attributions))
        if self.attribution_default is not None:
            parts.append("default attribution, not yet read" if self.attribution_default else "stated attribution")
        if self.min_killed is not None:
            parts.append(f"≥{self.min_killed} killed")
        if self.near:
            parts.append(
                f"within {self.near.km:g} km of {self.near.label or (self.near.latitude, self.near.longitude)}"
            )
        if self.deleted:
            parts.append("deleted only")
        elif self.with_deleted:
            parts.append("deleted ones too")
        return "; ".join(parts) if parts else "all incidents"


def order_by(sort: str | None) -> str:
    """The ORDER BY clause for a sort key such as ``date`` or ``-killed``; ``None`` is the default, newest
    first. An empty key is refused as an unknown one: ``--sort ''`` (a script's unset variable) sorted by
    date in silence (probe20)."""
    key = ("-date" if sort is None else sort).strip()
    descending = key.startswith("-")
    name = key.lstrip("-+")
    if name not in SORT_KEYS:
        from ..models import did_you_mean

        hint = did_you_mean(name, list(SORT_KEYS))
        raise ValidationError(
            f"Unknown sort key {sort!r}.{hint} Valid keys: {', '.join(SORT_KEYS)} (prefix - to reverse)."
        )
    return SORT_KEYS[name].format(dir="DESC" if descending else "ASC")


def _owner_type(sub_event_type: str) -> str | None:
    """The ACLED event type a sub-type belongs to (None for one we do not know)."""
    from ..models import EVENT_TYPES

    for event_type, subs in EVENT_TYPES.items():
        if sub_event_type in subs:
            return event_type
    return None


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


#: Letters one word is written with in either of two forms that FTS5's tokenizer keeps apart.
#: Turkish and Azerbaijani i's: it folds I and İ to i but keeps dotless ı, so 'IĞDIR' (indexed
#: 'igdir') and 'Iğdır' ('igdır') would not find each other. Persian and Arabic yeh and kaf: a name
#: typed on an Arabic keyboard ("كندز", "ولسوالي") is the Persian one ("کندز", "ولسوالی") to a reader,
#: and the alef maqsura (ى) stands for a final yeh in pasted Persian text.
_VARIANTS = {
    **dict.fromkeys("iIıİ", ("i", "ı")),
    **{letter: forms for forms in PERSIAN_LETTER_FORMS.values() for letter in forms},  # models.text's one folding
}
#: At most this many forms of one word (the varied letters past it stay as typed).
_MOST_FORMS = 27


def _letter_forms(word: str) -> list[str]:
    """``word`` with each of its first varied letters (:data:`_VARIANTS`) in every form it is written in."""
    forms = [""]
    for char in word:
        letters = _VARIANTS.get(char)
        if letters is not None and len(forms) * len(letters) <= _MOST_FORMS:
            forms = [form + letter for form in forms for letter in letters]
        else:
            forms = [form + char for form in forms]
    return forms


def fts_query(text: str) -> str:
    """Quote each word so user text cannot be read as FTS5 syntax; words are ANDed.

    A trailing ``*`` on a word is kept as a prefix search. A word with an i (dotted or
    dotless), a yeh or a kaf (Persian or Arabic) matches it either way (``_letter_forms``); the
    query is composed and tidied as stored names are (``models.text.tidy_text``). NUL characters separate
    words too: FTS5 reads its query as a C string, and a NUL inside a quoted word
    would end the query there ("unterminated string"). Words are joined by an explicit AND: FTS5
    reads no implicit AND after a parenthesised group.
    """
    terms = []
    for word in tidy_text("place", text.replace("\x00", " ")).split():  # as names are stored
        prefix = word.endswith("*")
        core = word.rstrip("*").replace('"', '""')
        if core:
            # A record written before text was composed (probe12) may hold the word decomposed, which the
            # index keeps apart outside Latin letters ("Шӯрообод"): its decomposed form is asked too.
            decomposed = unicodedata.normalize("NFD", core)
            spellings = _letter_forms(core) + ([decomposed] if decomposed != core else [])
            forms = [f'"{form}"' + ("*" if prefix else "") for form in spellings]
            terms.append(forms[0] if len(forms) == 1 else f"({' OR '.join(forms)})")
    if not terms:
        raise ValidationError("A search needs at least one word.", field="search")
    return " AND ".join(terms)
