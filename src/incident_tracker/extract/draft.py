"""A draft incident and the geocoder it is located with.

:class:`Draft` holds codebook values, each with the sentence it came from, so that a
reviewer sees why every field says what it says; :class:`Locator` is what the reading
calls to place a phrase (the offline gazetteer in practice, a stub in tests).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..models import country_code as _country_code
from .sentences import Sentence
from .vocab import DEMONYMS

#: The fields one side's statement of blame fills besides its status: a stronger or contrary statement
#: (another status, sides blaming each other, a claim) replaces them together, never one by one.
ATTRIBUTION_FIELDS = ("perpetrator", "attributed_by", "origin_place", "origin_country")


#: Looks up a place phrase: returns location fields (or {}) and a note for the reviewer.
class Locator(Protocol):
    """Geocodes a place phrase: ``(place, country, named=…) -> (location fields, note)``.

    ``named`` are the countries the article names: the geocoder's region, so that a
    place on either side of the border it reports is found in the right country.
    """

    def __call__(
        self, place: str, country: str | None, /, named: frozenset[str] = frozenset()
    ) -> tuple[dict[str, Any], str | None]: ...


def country_code(name: str) -> str | None:
    """ISO code for a full country name in running text ("Tajikistan", "Afghanistan’s"), else None."""
    clean = re.sub(r"[’']s$", "", name.strip())
    if len(clean) < 4 or clean.isupper():
        return None
    # The lookup without the spelling hint: most words asked are no country, and parse_country's hint for
    # them (difflib over 250 names) was an eighth of the extraction's time (suite29a).
    return _country_code(clean)


def state_code(word: str) -> str | None:
    """ISO code for a state named by its people's adjective ("Iranian") or its name ("Iran"), else None."""
    return DEMONYMS.get(word.lower()) or country_code(word)


@dataclass
class Draft:
    """One proposed incident: codebook values, the evidence sentence per field, notes."""

    values: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    possible_duplicates: list[dict[str, Any]] = field(default_factory=list)
    #: Fields filled by a default because the text says nothing (``attribution``, ``weapons``):
    #: shown as defaults, never as if read from the text.
    defaults: list[str] = field(default_factory=list)
    #: The incident this draft already is (same article or same event), set by the caller.
    recorded: dict[str, Any] | None = None
    #: Which reading proposed the place ("in X", "the town of X", "dateline's town" …): never a value, it tells
    #: how far the place is to be trusted (docs/extract-journal.md, "Places: which readings are trusted").
    place_path: str = ""

    def set(self, name: str, value: Any, sentence: Sentence, *, replace: bool = False, path: str = "") -> None:
        """Set a field once (the first mention wins) with its evidence; a place also with the reading (``path``)
        that proposed it."""
        if value is None or (name in self.values and not replace):
            return
        self.values[name] = value
        self.evidence[name] = sentence.text
        if name == "place":
            self.place_path = path or "unnamed"

    def date_week_up_to(self, day: dt.date, evidence: str, *, replace: bool = False) -> None:
        """Date the draft to the week ending on ``day`` (a statement's or the report's day that bounds the event
        without dating it), each field set once unless ``replace``, as :meth:`set` does."""
        week = {"event_date": (day - dt.timedelta(days=6)).isoformat(), "event_date_end": day.isoformat()}
        for name, value in (*week.items(), ("date_precision", "week")):
            if replace or name not in self.values:
                self.values[name] = value
                self.evidence[name] = evidence

    def forget(self, *names: str) -> None:
        """Drop fields and their evidence, so that another reading can set them afresh."""
        for name in names:
            self.values.pop(name, None)
            self.evidence.pop(name, None)
        if "place" in names:
            self.place_path = ""

    def read_attribution(self, status: str, sentence: Sentence) -> None:
        """An attribution read from ``sentence``: the earlier reading's fields go, and it is no longer a default.

        The perpetrator, accuser and origin are the caller's to set from the same sentence.
        """
        self.forget("attribution", *ATTRIBUTION_FIELDS)
        self.set("attribution", status, sentence)
        if "attribution" in self.defaults:
            self.defaults.remove("attribution")

    @property
    def blame_unread(self) -> bool:
        """Whether the attribution is still the ``unattributed`` default: no statement of blame was read, so a
        later reading (a drone's owner, a side that crossed) may name one, or an abstention may empty it."""
        return "attribution" in self.defaults and self.values.get("attribution") == "unattributed"

    @property
    def nobody_blamed(self) -> bool:
        """Whether the draft names no one behind the act: its attribution is unset or ``unattributed`` (read or
        the default) and no perpetrator is set, so a reading of blame from later sentences may still name one."""
        return self.values.get("attribution") in (None, "unattributed") and not self.values.get("perpetrator")

    def own_sentences(self, sentences: list[Sentence], background: Collection[int] = ()) -> list[Sentence]:
        """The article's sentences that tell this incident, each once and in the order read, less ``background``:
        a reading that types or blames the incident looks at these, never at the whole article."""
        return [sentences[i] for i in dict.fromkeys(self.sentences) if i < len(sentences) and i not in background]

    def spanned_sentences(self, sentences: list[Sentence], background: Collection[int] = ()) -> list[Sentence]:
        """The article's sentences from this incident's first to its last, less ``background``: the ones between
        may tell it without having been read into it ("the security forces had carried out the operation" between
        the lead and the toll); another incident's sentences, outside the span, tell another act."""
        if not self.sentences:
            return []
        first, last = min(self.sentences), max(self.sentences)
        return [s for s in sentences if first <= s.index <= last and s.index not in background]

    def mark_if_told(self, name: str, pattern: re.Pattern[str], sentences: list[Sentence]) -> None:
        """Set the flag ``name`` from the first of the draft's own sentences that ``pattern`` finds.

        Flags such as ``_exchanged`` read only the incident's sentences, never the whole article:
        a background paragraph's wording must not type this event.
        """
        for index in dict.fromkeys(self.sentences):
            if index < len(sentences) and pattern.search(sentences[index].text):
                self.set(name, True, sentences[index])
                return

    def record_values(self) -> dict[str, Any]:
        """The values to store: an attribution left at the ``unattributed`` default is stored as one
        (``attribution_default``), so the record shows it was not read from the text."""
        values = dict(self.values)
        if "attribution" in self.defaults:  # an empty attribution is marked by the store itself
            values["attribution_default"] = True
        return values

    def source_note(self) -> str:
        """What this article says about the incident, for its source's note ("Gives 2025-11-24, 3 killed.")."""
        from ..models import TOLLS, Casualties, date_label

        values = self.values
        parts = [date_label(values)]
        for what in TOLLS:
            if values.get(what) is not None:
                toll = Casualties.of(values, what)
                parts.append(f"{toll.text or toll.shown()} {what}")
        if values.get("attributed_by"):
            parts.append(f"attributed by {values['attributed_by']}")
        return f"Gives {', '.join(parts)} (drafted by tracker extract)."

    def as_dict(self) -> dict[str, Any]:
        return {
            "values": dict(self.values),
            "evidence": dict(self.evidence),
            "defaults": list(self.defaults),
            "notes": list(self.notes),
            "possible_duplicates": list(self.possible_duplicates),
            "recorded": self.recorded,
        }
