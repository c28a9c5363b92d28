"""Sound matches across letters the script keeps apart: s and sh (issue 13).

The sound matchers fold the hisses into one class: :mod:`.skeleton` reads س, ش and چ all as
``s`` (Arabic writes Chaman شامان, with the sh letter), and :func:`.text.phonetic_key` folds
Latin "sh" and Cyrillic "ш" into "s". That lets a spelling find its place across three
alphabets, but it also lets "سوات" (Swat) sound like Shovot of Khorezm, and "Сават" too: yet
the Arabic and Cyrillic scripts write s (س, с) and sh (ش, ш) with letters of their own, as
Latin does (s, sh). A name written with the one letter where the candidate is spelled with
the other is no sound-alike of it: the writer knew which sound they meant.

:func:`kept_apart` compares the hisses of the text's name with those of the candidate's own
recorded spellings: those in the text's script when the candidate has any with a hiss, else
all of them (Latin, Cyrillic). The match is no evidence when some spelling contradicts it
and none agrees. Each spelling gives the sequence of its hisses, each ``s`` (س ص ث, с ц,
Latin s and ts) or ``h`` (ش چ, ш щ ч, Latin sh, ch, ş, š, ç, č) or ``?`` where a letter
writes either (Pashto ښ and څ, a Latin c): a spelling contradicts when the shorter of the
two sequences does not fit into the longer in order (a name may carry a suffix the other
lacks: "Саватский", "Shovot District"), and agrees when it does.

Only a text in Arabic or Cyrillic script is judged so: Latin transliterations write ш as
"s" often enough ("Ishkashim", "Iskashim"), and the keys fold ş and š to s.

:func:`sound_name` takes a leading head word off a name before it is matched by sound:
"وادی سوات" (the Swat valley) is Swat, and the valley word's d is no letter of the name
("وادیسوات" sounded like Dusti, a district of Khatlon).

Pure functions, standard library only (the pack is read lazily).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from .scripts import has_arabic_letter, has_cyrillic

if TYPE_CHECKING:
    from .gazetteer import Place

#: Letter → hiss class in the Arabic and Cyrillic scripts ("?": the letter writes either sound).
_SCRIPT_HISSES = {
    **dict.fromkeys("سصث", "s"),
    **dict.fromkeys("شچ", "h"),
    **dict.fromkeys("ښڅ", "?"),
    **dict.fromkeys("сц", "s"),
    **dict.fromkeys("шщч", "h"),
}
#: Latin hisses, longest first; a letter with a caron or cedilla is read before accents are folded.
_LATIN_HISS = re.compile(r"shch|sch|tch|sh|ch|ts|tz|[şšçčṣ]|s|c")
_LATIN_CLASS = {"ts": "s", "tz": "s", "s": "s", "ṣ": "s", "c": "?"}

#: A head word before a name, no part of it: Urdu and Persian "وادی" (valley).
_HEAD_WORD = re.compile(r"^(?:وادی|وادي)\s+(?=\S)")


def script_of(text: str) -> str | None:
    """``arabic`` or ``cyrillic`` for a text in that script, else None (Latin, Han, digits)."""
    if has_arabic_letter(text):
        return "arabic"
    if has_cyrillic(text):
        return "cyrillic"
    return None


@lru_cache(maxsize=8192)
def hisses(text: str) -> str:
    """The hisses of a spelling in order: ``s``, ``h`` (sh or ch) or ``?`` ("Shamsiddin" → ``hs``)."""
    lowered = text.casefold()
    if script_of(lowered) is not None:
        return "".join(_SCRIPT_HISSES.get(letter, "") for letter in lowered)
    found = []
    for match in _LATIN_HISS.finditer(lowered):
        found.append(_LATIN_CLASS.get(match.group(), "h"))
    return "".join(found)


def _fits(shorter: str, longer: str) -> bool:
    """Can ``shorter`` be found in ``longer`` in order, a ``?`` standing for either hiss?"""
    position = 0
    for hiss in shorter:
        while position < len(longer) and not (hiss == longer[position] or "?" in (hiss, longer[position])):
            position += 1
        if position == len(longer):
            return False
        position += 1
    return True


def _agrees(query: str, spelling: str) -> bool | None:
    """True if the spelling's hisses fit the query's, False if they contradict, None if either has none."""
    theirs = hisses(spelling)
    if not query or not theirs:
        return None
    shorter, longer = sorted((query, theirs), key=len)
    return _fits(shorter, longer)


def kept_apart(name: str, spellings: Iterable[str]) -> bool:
    """Does a sound match of ``name`` (Arabic or Cyrillic script) to a place spelled ``spellings`` join
    an s and an sh that the name's script keeps apart? Then the match is no evidence.

    "سوات" and "Сават" against Shovot (Shavat, Шават): yes. "علي شير" against Ali Sher: no.
    """
    script = script_of(name)
    query = hisses(name)
    if script is None or not query:
        return False
    spellings = [s for s in spellings if hisses(s)]
    own = [s for s in spellings if script_of(s) == script]
    verdicts = [_agrees(query, s) for s in (own or spellings)]
    return False in verdicts and True not in verdicts


def sound_name(name: str) -> str:
    """A name with a head word that is no part of it taken off ("وادی سوات" → "سوات")."""
    return _HEAD_WORD.sub("", name.strip())


@lru_cache(maxsize=1)
def _pack_spellings() -> dict[tuple[str, str], tuple[str, ...]]:
    from .pack import shipped_pack  # the pack is read only when a sound match is judged
    from .text import strip_level

    found: dict[tuple[str, str], tuple[str, ...]] = {}
    for entry in shipped_pack():
        names = (entry.name, *entry.aliases, *entry.whole_aliases)
        slot = (entry.name, entry.country)
        found[slot] = (*found.get(slot, ()), *(strip_level(n)[0] or n for n in names))
    return found


def spellings_of(place: Place) -> tuple[str, ...]:
    """A place's recorded spellings: a pack row's name and aliases (without a unit word), else its
    own name and the name that matched."""
    if place.tier == "pack":
        recorded = _pack_spellings().get((place.name, place.country))
        if recorded:
            return recorded
    return tuple(unicodedata.normalize("NFC", s) for s in (place.name, place.key) if s)


def recorded_spellings(name: str, country: str | None) -> tuple[str, ...]:
    """A pack row's recorded spellings by its name and country (what a sound-alike of it may have matched),
    else the name alone."""
    return _pack_spellings().get((name, country or ""), ()) or (name,)
