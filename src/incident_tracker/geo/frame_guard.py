"""Doubts on an answer reached through a foreign frame (:mod:`.european_frames`, :mod:`.suffix_frames`).

geo155 and geo156 made the frame tables rewrite "la región de X", "la regione di X", "de regio X", "miasto X",
"de grensovergang bij X" and the rest into English, so that X now reaches the gazetteer where the whole phrase
was refused before. Both named the risk the counts did not show: the gazetteer's one place of that name may be a
town of a country the text does not name. A frame says what X is (a region, a city, a crossing), never on which
side of a line it lies, and a report written in Spanish or Polish about the Afghan–Pakistani border that says
"la región de Malayer" gives no ground to answer Malāyer of Hamadān, Iran: the name is more likely a place the
gazetteer lacks. Two doubts, each "wrong is worse than empty":

* **A country the text does not name.** An answer through a frame must lie in one of the text's countries, or in
  the country the frame itself states with a people's adjective ("la provincia afgana de Herat": Afghan). A text
  that names no country keeps its answer (nothing to hold it to).
* **Portuguese "estado" on a province's own name.** geo156 read "estado" as a county (an Iranian shahrestan:
  "estado fronteiriço de Hirmand" is Hirmand County), but the word is a state, a province, too (Brazil's, India's).
  Where the county read bears its province's own name ("estado de Kerman": Kerman County of Kerman province,
  "estado de Herat"), the text may mean either; the county would claim a precision the text does not give, so
  nothing is answered. A county whose name no province bears (Hirmand, Saravan, Zabol) is kept. Reading "estado"
  as "state" instead was tried: "the state of Zabol" is then Afghanistan's Zabul province, and "the state of
  Saravan" nothing.
* **Dutch "bij" after a crossing word.** "de grensovergang bij X" is the crossing at X when X is a crossing
  (Chaman, Torkham, the pack's rows; a town that has one is turned to it before this guard), but "bij" also
  means near: "de grenspost bij Kandahar" is a post near Kandahar, 100 km from the line, not the city. The
  answer must be a border place; a town is no answer.

* **A sound-alike** (geo158). "distrito de Kong, na província de Nimroz" was answered Kang District: the frame
  read, the name matched no place, and the sound-alike key (vowels erased) found Kang among the named province's
  districts. No source writes Kong for Kang; a frame says what the place is, not how its name is spelt, so it adds
  nothing to a sound's guess. Through a foreign frame the name must be one the gazetteer records (its own, a
  variant or an alias); a sound-alike is no answer.

The English reader is left as it was ("the region of Malayer", bare "Malayer", "Kong district, Nimroz"): these
doubts judge only what the frame tables added.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from .candidates import Candidate
from .european_frames import european_frames_off
from .gazetteer import BORDER_KINDS

__all__ = ["frame_doubt"]

#: The English people's adjectives the frame tables write ("the Afghan province of X") → the country they state.
_PEOPLES = {
    "Afghan": "AF",
    "Iranian": "IR",
    "Pakistani": "PK",
    "Tajik": "TJ",
    "Uzbek": "UZ",
    "Turkmen": "TM",
    "Kyrgyz": "KG",
    "Kazakh": "KZ",
    "Chinese": "CN",
}
_PEOPLE = re.compile(r"\bthe (?P<people>" + "|".join(_PEOPLES) + r") ")
#: Dutch "bij" after a crossing or post word: "de grensovergang bij X", "grenspost bij X".
_DUTCH_BIJ = re.compile(r"\bgrens(?:overgang|post)\s+bij\s+\S", re.IGNORECASE)
#: Portuguese "estado" as a unit word ("estado de X", "estado fronteiriço de X").
_ESTADO = re.compile(r"\bestado\b", re.IGNORECASE)
_UNIT_WORD = re.compile(r"\s+(?:county|district|province)$", re.IGNORECASE)


def _key(name: str) -> str:
    """A name without its unit word, accents or case ("Herāt" and "Herat District" meet)."""
    bare = unicodedata.normalize("NFKD", _UNIT_WORD.sub("", name))
    return "".join(c for c in bare if not unicodedata.combining(c)).casefold()


def frame_doubt(place: str, chosen: Candidate, named: Collection[str]) -> str | None:
    """Why ``chosen``, read through a foreign frame of ``place``, must not be given, or None (see the module)."""
    english = european_frames_off(place)
    if english == place:
        return None  # no frame read: the readers before the tables judged it
    if chosen.match == "sound":
        return f"left unlocated: {chosen.name}, read inside a foreign frame, only sounds like the name written there"
    if _DUTCH_BIJ.search(place) and chosen.kind not in BORDER_KINDS:
        return f"left unlocated: a crossing 'bij' {chosen.name}, a town, lies near it, not at it"
    if (
        _ESTADO.search(place)
        and chosen.geo_precision == "admin2"
        and chosen.admin1
        and _key(chosen.name) == _key(chosen.admin1)
    ):
        return f"left unlocated: 'estado' of {chosen.name} may be its province or its county"
    stated = {_PEOPLES[m["people"]] for m in _PEOPLE.finditer(english)}
    if named and chosen.country and chosen.country not in {*named, *stated}:
        return (
            f"left unlocated: {chosen.name}, read inside a foreign frame, lies in {chosen.country}, "
            "a country the text does not name"
        )
    return None
