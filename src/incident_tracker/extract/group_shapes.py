"""Armed groups told by the shape of their name, for the groups the actor dictionary has not met (issue 14).

The reader knew a group when the shipped actor list spelt it; a report naming a group the list lacks ("the
militant group Jundullah", "Tehreek-e-Azadi Front fighters") lost its actor though the sentence's words say a group
is meant. Four shapes are read, and only these:

- a group noun of the region's armed groups inside a capitalised name: Front, Army, Movement, Jamaat, Lashkar,
  Tehreek/Tehrik, Jaish (Jaysh, Jeish), Harakat/Harkat, Ansar, Brigade(s), Battalion, Sangar, Mujahideen ("the
  Balochistan Liberation Front", "Ansar al-Furqan", "Tehreek-e-Jihad Pakistan"); a state's army ("the Pakistan
  Army", "the Afghan National Army") or unit ("the 7th Brigade"), a tribe's peace militia ("the Aman Lashkar"), a
  party or a civic movement ("Pakistan Tehreek-e-Insaf", "the Pashtun Tahaffuz Movement") and a name that goes on
  as a school, a newspaper or a road ("the Army Public School") are not groups;
- a name after "group", "outfit" or "organisation" with a word of arms or terror before it ("the terrorist group
  Jundullah", "the militant outfit Lashkar-e-Khorasan");
- two capitalised words or more before a lowercase "group" ("the Qadir Shah group"; not "the Qadir Shah group of
  …", a party of men);
- a name the report says a group is called by, or quotes before a group's noun ("a group calling itself
  Jaish-ul-Sistan", "the “Sistan Lions” militants").

This module says only that a phrase *is* a group's name; whether the group did the act is the callers' reading
(:mod:`.attribution`, :mod:`.claims_read`, :mod:`.statement`), which tie a name to the act by the sentence's
structure. Wrong is worse than empty: a name is never taken from a place, a state's force, a ministry or a party.
"""

from __future__ import annotations

import re
from functools import cache

#: The nouns that make a capitalised name an armed group's in this region's reports.
_GROUP_NOUN = (
    r"(?:Front|Army|Movement|Jamaat|Jamaat-ul-[A-Z][a-z]+|Jamaatul|Lashkar|Lashkar-[a-z]+-[A-Z][\w-]*|Tehreek|"
    r"Tehrik|Tehreek-[a-z]+-[A-Z][\w-]*|Tehrik-[a-z]+-[A-Z][\w-]*|(?:Jaish|Jaysh|Jeish)(?:-[a-z]+-[A-Z][\w-]*)?|Harakat|Harkat|"
    r"Harakat-[a-z]+-[A-Z][\w-]*|Ansar|Ansarul|Brigade|Brigades|Battalion|Sangar|Mujahideen|Mujahidin)"
)
#: One word of a name: capitalised, or a particle inside it ("al-Furqan", "e", "ul").
_WORD = r"(?:[A-Z][\w’'-]*|al-[A-Z][\w’'-]*|al|ul|e|i|of|the)"
_NAMED = re.compile(
    rf"(?<![\w-])(?P<name>(?:[A-Z][\w’'-]*\s+){{0,4}}{_GROUP_NOUN}(?![\w-])(?:\s+{_WORD}){{0,4}}?)"
    rf"(?=\s*\(|\s*[,.;:’']|\s+(?!(?:al|ul|el|e|i)-)[a-z]|\s*$)"
)
#: "the terrorist group Jundullah", "the militant outfit Lashkar-e-Khorasan": a name apposed to a group's noun.
_APPOSED = re.compile(
    r"\b(?:terrorist|militant|jihadi|jihadist|insurgent|extremist|armed|separatist|rebel|banned|outlawed|Sunni|"
    r"Baloch|Islamist)\s+(?:group|outfit|organi[sz]ation)\s+(?P<name>[A-Z][\w’'-]*(?:\s+(?:al-)?[A-Z][\w’'-]*){0,3})"
)
#: "the Hafiz Gul Bahadur group", "the Qadir Shah group": two or more capitalised words before a lowercase "group"
#: (one word is as often a people or a creed: "the Hazara group"); "the Contact group of …" is no armed group.
_THE_GROUP = re.compile(r"\b[Tt]he\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,3}\s+group)\b(?!\s+of\b)")
#: A name the report quotes or calls a group by: "a group calling itself Jaish-ul-Sistan", "the group known as
#: Jundul Haq", "the “Sistan Lions” militants". A quoted lowercase label ("a 'terrorist group'") is no name.
_CALLED = re.compile(
    r"\b(?:group|outfit|organi[sz]ation|faction)\s+(?:called|calling\s+itself|known\s+as|named)\s+(?:the\s+)?[\"“‘']?"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:al-)?[A-Z][\w’'-]*){0,3})"
    r"|[\"“‘](?P<quoted>[A-Z][\w’'-]*(?:\s+(?:al-)?[A-Z][\w’'-]*){0,3})[\"”’]\s+(?:group|militants|fighters|outfit|faction)\b"
)
#: Words that make a name a state's body, a party, an office or a place, never an armed group.
_NOT_A_GROUP = re.compile(
    r"\b(?:National\s+Army|Pakistan\s+Army|Public\s+School|School|College|Hospital|University|Party|League|"
    r"Ministry|Department|Police|Corps|Command|Agency|News|Council|Committee|Government|Aman|Peace|Qaumi|Salvation|"
    r"Red|United\s+Nations|Cantonment|Headquarters|Chief|Staff|Day|Road|Street|Station|Infantry|Mountain|Special|"
    r"Times|Post|Tribune|Press|Radio|Television|Express|Herald|Journal|"
    r"Commando|Border|Armou?red|Mechani[sz]ed|Marine|Rapid|Reaction|\d+(?:st|nd|rd|th)|\d+|"
    # a party's or a civic movement's words: "Pakistan Tehreek-e-Insaf", "Jamaat-e-Islami", "Pashtun Tahaffuz Movement"
    r"Insaf|Islami|Tahaffuz|Democratic|Democracy|Awami|Milli|Students?|Labou?r|Rights|Civil|Women|Welfare|Relief|"
    r"Foundation|Trust|Society|Contact|Working)\b"
)


@cache
def _state_words() -> frozenset[str]:
    """Countries' names and adjectives: "the Pakistan Army", "the Afghan Army" name a state's army."""
    from .vocab import DEMONYMS

    return frozenset(DEMONYMS) | {
        "pakistan",
        "afghanistan",
        "iran",
        "tajikistan",
        "uzbekistan",
        "kyrgyzstan",
        "turkmenistan",
        "china",
        "russia",
        "india",
        "united",
        "states",
        "us",
    }


def shaped_groups(text: str) -> list[tuple[int, int]]:
    """The spans of the armed groups' names the text tells by their shape, in order (see the module's doc)."""
    spans: list[tuple[int, int]] = []
    for match in _APPOSED.finditer(text):
        name = match.group("name")
        if not _NOT_A_GROUP.search(name) and not _is_state(name):
            spans.append((match.start("name"), match.end("name")))
    for match in _CALLED.finditer(text):
        key = "name" if match.group("name") else "quoted"
        if not _NOT_A_GROUP.search(match.group(key)) and not _is_state(match.group(key)):
            spans.append((match.start(key), match.end(key)))
    for match in _THE_GROUP.finditer(text):
        name = match.group("name")
        if not _NOT_A_GROUP.search(name) and not _is_state(name.removesuffix(" group")):
            spans.append((match.start("name"), match.end("name")))
    for match in _NAMED.finditer(text):
        name = re.sub(r"^(?:The|A|An)\s+", "", match.group("name"))
        if _NOT_A_GROUP.search(name) or _is_state(name) or not _named_enough(name):
            continue
        start = match.end("name") - len(name)
        if not any(a < match.end("name") and start < b for a, b in spans):
            spans.append((start, match.end("name")))
    return sorted(spans)


def _named_enough(name: str) -> bool:
    """A group noun alone ("Front", "the Army") names no group: a name needs a word of its own beside the noun."""
    return len(re.findall(r"[A-Za-z]+", name)) >= 2


def _is_state(name: str) -> bool:
    """A state's army or force: the name's words other than the group noun are a country or its adjective."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
    rest = [w for w in words if w not in {"army", "front", "brigade", "brigades", "battalion", "the"}]
    return bool(rest) and all(w in _state_words() for w in rest)
