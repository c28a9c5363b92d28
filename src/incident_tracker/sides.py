"""Who is on each side of an incident, coded as ACLED and UCDP code it.

Pure functions, nothing of ours imported but the vocabularies: the actor dictionary
(:mod:`incident_tracker.store.actors`) hands in a lookup, and this module decides the
two sides of a record from its perpetrator, victims, target type and countries.

- **Actor types** are ACLED's ``inter`` codes 1–8 (state forces … external/other forces).
- **Side 1** (ACLED ``actor1``, UCDP ``side_a`` here) is the side said to have acted: the
  dictionary's actor for the perpetrator as written; an unnamed perpetrator becomes
  ACLED's "Unidentified Armed Group (Country)", named after the *origin* country when
  the attribution names one, else the event's country. A named perpetrator that the
  dictionary does not know stays as written, with no type: a guessed type would be worse
  than an empty one.
- **Side 2** (ACLED ``actor2``) is the side hit: the dictionary's actor for the victims as
  written, else ACLED's generic groups from the target type — "Civilians (China)" for
  civilian targets, "Military Forces of Tajikistan" for soldiers and border guards,
  "Police Forces of …" for police — named after the victims' nationality, else the
  event's country.
- **Interaction** is ACLED's two-digit code: the two inter codes, lower first
  (17 = state forces against civilians); one side alone is ``N0``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .errors import ValidationError
from .models import RecordLike, country_name, fold

#: ACLED's actor types (``inter1``/``inter2``), by code.
ACTOR_TYPES: dict[int, str] = {
    1: "State forces",
    2: "Rebel group",
    3: "Political militia",
    4: "Identity militia",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}

#: Short forms a user types for an actor type.
ACTOR_TYPE_ALIASES: dict[str, int] = {
    "state": 1,
    "state forces": 1,
    "military": 1,
    "police": 1,
    "government": 1,
    "rebel": 2,
    "rebels": 2,
    "rebel group": 2,
    "insurgent": 2,
    "insurgents": 2,
    "political militia": 3,
    "militia": 3,
    "identity militia": 4,
    "communal militia": 4,
    "ethnic militia": 4,
    "rioter": 5,
    "rioters": 5,
    "protester": 6,
    "protesters": 6,
    "civilian": 7,
    "civilians": 7,
    "external": 8,
    "other": 8,
    "external other forces": 8,
}

UNIDENTIFIED = "Unidentified Armed Group"
#: ACLED codes an unidentified armed group as a political militia.
UNIDENTIFIED_TYPE = 3

#: Target types whose victims ACLED names "Civilians (Country)".
CIVILIAN_TARGETS = frozenset(
    {"civilians", "business", "transport", "religious", "ngo", "journalists", "diplomatic", "infrastructure"}
)
#: Target types that are a state's forces, and ACLED's name pattern for them.
STATE_TARGETS: dict[str, str] = {
    "military": "Military Forces of {country}",
    "border_guards": "Military Forces of {country}",
    "police": "Police Forces of {country}",
}

#: Attribution statuses that name a perpetrator or an origin ("alleged from Afghanistan").
NAMING_STATUSES = frozenset({"alleged", "suspected", "claimed", "confirmed", "disputed"})


def parse_actor_type(value: str | int) -> int:
    """An ACLED inter code from ``3``, ``"3"``, ``"Political militia"`` or ``"militia"``."""
    if isinstance(value, int) and not isinstance(value, bool):
        code = value
    else:
        text = str(value).strip()
        if text.isdigit():
            code = int(text)
        else:
            key = fold(text)
            for number, label in ACTOR_TYPES.items():
                if fold(label) == key:
                    return number
            if key in ACTOR_TYPE_ALIASES:
                return ACTOR_TYPE_ALIASES[key]
            choices = "; ".join(f"{n} {label}" for n, label in ACTOR_TYPES.items())
            raise ValidationError(f"Unknown actor type {text!r}. Valid types: {choices}.", field="actor_type")
    if code not in ACTOR_TYPES:
        raise ValidationError(f"Actor type must be 1 to 8 (ACLED's inter codes), got {code}.", field="actor_type")
    return code


def actor_key(name: str) -> str:
    """How actor names are compared: folded (case, accents, punctuation) and without
    spaces, so "ISIS-K", "ISIS K" and "isis k" are one alias."""
    return re.sub(r"[\W_]+", "", fold(name))


def interaction(inter1: int | None, inter2: int | None) -> str:
    """ACLED's interaction code: the two inter codes, lower first; one side alone is N0."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return ""
    if len(codes) == 1:
        return f"{codes[0]}0"
    return f"{codes[0]}{codes[1]}"


def split_country_suffix(name: str) -> tuple[str, str | None]:
    """ "Civilians (China)" → ("Civilians", "China"); a name without brackets → (name, None)."""
    text = name.strip()
    if text.endswith(")") and "(" in text:
        head, _, tail = text.rpartition("(")
        return head.strip(), tail[:-1].strip() or None
    return text, None


@dataclass(frozen=True)
class Actor:
    """One entry of the actor dictionary, as the side rules need it."""

    id: int | None
    name: str
    actor_type: int | None
    country: str | None = None


@dataclass(frozen=True)
class Side:
    """One side of an incident: the actor's name, its type (None when unknown) and the
    dictionary entry it came from (None for a generic or unknown actor)."""

    name: str
    actor_type: int | None
    actor: Actor | None = None
    associated: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "type": self.actor_type,
            "type_label": ACTOR_TYPES.get(self.actor_type or 0),
            "actor_id": self.actor.id if self.actor else None,
            "associated": self.associated or None,
        }


Lookup = Callable[[str], Actor | None]


def _named(country: str | None) -> str | None:
    return country_name(country) if country else None


def side_one(record: RecordLike, lookup: Lookup) -> Side | None:
    """The side said to have acted: the perpetrator's actor, or an unidentified group."""
    perpetrator = (record.get("perpetrator") or "").strip()
    if perpetrator:
        actor = lookup(perpetrator)
        if actor:
            return Side(actor.name, actor.actor_type, actor)
        return Side(perpetrator, None)
    if record.get("event_type") in {"Protests", "Riots", "Strategic developments"}:
        return None
    origin = record.get("origin_country") if record.get("attribution") in NAMING_STATUSES else None
    where = _named(origin or record.get("country"))
    name = f"{UNIDENTIFIED} ({where})" if where else UNIDENTIFIED
    return Side(name, UNIDENTIFIED_TYPE, lookup(name))


def side_two(record: RecordLike, lookup: Lookup) -> Side | None:
    """The side hit: the victims' actor, or ACLED's generic group for the target type."""
    victims = (record.get("victims") or "").strip()
    if victims:
        actor = lookup(victims)
        if actor:
            return Side(actor.name, actor.actor_type, actor)
    target = record.get("target_type")
    country = _named(record.get("victim_nationality") or record.get("country"))
    if target in STATE_TARGETS and country:
        name = STATE_TARGETS[str(target)].format(country=country)
        actor = lookup(name)
        return Side(actor.name if actor else name, 1, actor, associated=victims)
    if (target in CIVILIAN_TARGETS or record.get("civilian_targeting")) and country:
        name = f"Civilians ({country})"
        return Side(name, 7, lookup(name), associated=victims)
    if victims:
        return Side(victims, None)
    return None


def sides(record: RecordLike, lookup: Lookup) -> dict[str, Any]:
    """Both sides of a record and ACLED's interaction code, as plain data."""
    one, two = side_one(record, lookup), side_two(record, lookup)
    return {
        "actor1": one.as_dict() if one else None,
        "actor2": two.as_dict() if two else None,
        "interaction": interaction(one.actor_type if one else None, two.actor_type if two else None),
    }
