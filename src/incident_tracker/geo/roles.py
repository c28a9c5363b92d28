"""Place names in another role than the event's: datelines, speakers' seats, outlets, capitals.

"JALALABAD (Pajhwok)", "KULOB, Tajikistan", "an official in Nangarhar said", "China's
embassy in Dushanbe": such a text names a place, but not where the event was, and wrong is
worse than empty. Split from :mod:`.phrase`, which asks :func:`read_role` first.
"""

from __future__ import annotations

import re

from .role_guard import PROVINCE_ACRONYMS as _PROVINCE_ACRONYMS
from .role_guard import UNIT_IN_BRACKETS, read_more_roles

#: Words that put a place in another role than where the event is: a speaker's seat ("an
#: official in Nangarhar said", "China's embassy in Dushanbe"), an outlet's ("the Kabul-based
#: outlet"), a government named by its capital, where people live ("жители провинции Тахор").
#: Such a text names no event place: wrong is worse than empty.
_ROLE = re.compile(
    r"\b(?:said|says|told|stated|announced|claimed|quoted)\b|[^\W\d_][\w’'-]*-based\b|"
    r"\b(?:spokes(?:man|woman|person|men)|officials?|ambassadors?|embass(?:y|ies)|consulates?|envoys?|deputy|deputies|"
    r"administration|government|ministry|minister|department|parliament|residents?|natives?|"
    r"жител\w*|уроженц\w*|посольств\w*|представител\w*|министерств\w*)\b",
    re.IGNORECASE,
)
#: "the cities of Rask, Sarbaz, and Chabar", "the villages of A and B": a list, not a place.
_SEVERAL = re.compile(
    r"^(?:the\s+)?(?:two\s+|three\s+|several\s+|border\s+)?(?P<noun>cities|towns|villages|districts|counties|"
    r"provinces|areas|regions|crossings|posts)\s+of\s+[^,]+?(?:,\s*|\s+and\s+|\s+&\s+)\S",
    re.IGNORECASE,
)
#: "Marawara, Dangam and Sarkano districts", "the remote Nari and Dangam districts": the list
#: first, its plural unit word after it; not "X and the surrounding areas", one place and its surroundings (geo139).
_SEVERAL_BEFORE = re.compile(
    r"^[^,]+?(?:,\s*[^,]+?)*(?:,\s*|\s+)(?:and|&)\s+(?!(?:the\s+|its\s+)?(?:surrounding|nearby|adjoining|adjacent)\s)"
    r"\S+(?:\s+\S+)?\s+"
    r"(?P<noun>cities|towns|villages|districts|counties|provinces|areas|regions|tehsils|valleys|checkpoints|"
    r"crossings|crossing\s+points|posts|outposts|passes|bridges)$",
    re.IGNORECASE,
)
#: "«Торугарт-автожол» жана «Иркештам-автожол»", "“Kulma” and “Karasu”": names in quotes joined by
#: "and" (English, Russian, Kyrgyz, Uzbek, Tajik, Persian) or a comma are several places, where
#: "the “Bahorak” post of the “Shouroobod” unit" is one post and the unit it belongs to.
_SEVERAL_QUOTED = re.compile(
    r"[«“„\"][^«»“”„\"]+[»”“\"]\s*(?:,|&|\s(?:and|и|жана|va|ва|و)\s)\s*(?:the\s+)?[«“„\"][^«»“”„\"]+[»”“\"]",
    re.IGNORECASE,
)
#: The marks that open a name in quotes, which :data:`_SEVERAL_QUOTED` needs two of.
_QUOTE_MARKS = '«“„"'
#: "KULOB, Tajikistan" / "ERBIL, Kurdistan Region": a wire's dateline, the city in capitals and
#: the rest not (a place typed in capitals throughout, "KULOB, TAJIKISTAN", is not one).
_CAPS_DATELINE = re.compile(r"^(?P<city>[^\W\d_][^,()]*[^\W\d_]),\s*(?P<rest>[^,()]*[a-z][^,()]*)$")
#: "QUETTA:", "PESHAWAR —": a city in capitals that ends in a colon or a dash opens a report.
_COLON_DATELINE = re.compile(r"^(?P<city>[^\W\d_][^,():;—–-]*[^\W\d_])\s*[:;—–-]\s*$")
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    r"جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر"
)
#: "پشاور، 12فروری (اے پی پی)", "Herat, September 28": a place, then the day it was filed: a dateline.
_DATED_DATELINE = re.compile(
    rf"^[^,،()]+[,،]\s*(?:\d{{1,2}}\s*(?:{_MONTHS})|(?:{_MONTHS})\.?\s*\d{{1,2}})(?!\w)", re.IGNORECASE
)
#: A dateline: "JALALABAD (Pajhwok)", "DUBAI (AP)" — where the report was filed, not the event.
_DATELINE = re.compile(r"^(?P<city>[^()]+?)\s*\((?P<agency>[^()]+)\)\s*[:—–-]?\s*$")
_AGENCIES = frozenset(
    [
        "ap",
        "afp",
        "reuters",
        "pajhwok",
        "tolonews",
        "irna",
        "tasnim",
        "isna",
        "mehr",
        "fna",
        "pti",
        "app",
        "ani",
        "ians",
        "uni",
        "xinhua",
        "anadolu",
        "aa",
        "dpa",
        "sputnik",
        "tass",
        "ria",
        "interfax",
        "akipress",
        "kabar",
        "24.kg",
        "asia-plus",
        "khovar",
        "khaama",
        "bakhtar",
        "nni",
        "inp",
    ]
)


#: Words that make the text in brackets an outlet ("چمن(ڈیلی پاکستان آن لائن)", Chaman (Daily
#: Pakistan Online)): in a script without capitals, the only sign of a dateline.
_OUTLET_WORDS = re.compile(
    r"\b(?:news|daily|online|agency|press)\b|آن\s*لائن|نیوز|ڈیلی|خبرگزاری|اے\s*پی\s*پی"
    r"|(?<!\w)(?:اخبار|خبر|روزنامه|روزنامہ)(?!\w)",
    re.IGNORECASE,
)
#: A date in Urdu letters in the brackets ("ژوب (5مئی۔2014ء)": a day and an Urdu month, or a year
#: with "ء"): the day the report was filed, so the bracket is a dateline's (geo120).
_URDU_DATE = re.compile(
    r"\d{2,4}\s*ء|\d{1,2}\s*[۔-]?\s*(?:جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر)"
)


def _outlet_or_date(agency: str) -> bool:
    """An outlet's words or an Urdu date in a dateline's brackets, and no unit that would place the name."""
    return (_OUTLET_WORDS.search(agency) is not None or _URDU_DATE.search(agency) is not None) and (
        UNIT_IN_BRACKETS.search(agency) is None
    )


def read_role(text: str, quoted: str = "") -> str | None:
    """Why a text names a place in another role than the event's (see ``_ROLE``), or None.

    Several places named together ("the cities of Rask, Sarbaz, and Chabahar") are no one
    place either: that is said the same way, and nothing is located. ``quoted`` is the
    text before its quotation marks were taken out, where names in quotes are seen.
    """
    # Each shape is asked only when the text holds the word or mark it cannot match without.
    lower = text.lower()
    match = _SEVERAL.match(text) if "of" in lower else None
    if match:
        return f"several places named together ({match.group('noun')} of …): no one point"
    match = _SEVERAL_BEFORE.match(text.strip()) if "and" in lower or "&" in text else None
    if match:
        return f"several places named together (… and … {match.group('noun')}): no one point"
    if any(mark in quoted for mark in _QUOTE_MARKS) and _SEVERAL_QUOTED.search(quoted):
        return "several places named together (“…” and “…”): no one point"
    match = _DATELINE.match(text) if "(" in text else None
    if match and (
        match.group("agency").strip().casefold() in _AGENCIES
        or match.group("city").isupper()
        or _outlet_or_date(match.group("agency"))
    ):
        return f"a dateline ({match.group('agency').strip()}): where the report was filed, not where the event was"
    comma = "," in text
    if (comma or "،" in text) and _DATED_DATELINE.match(text):
        return "a dateline (a place and a day): where the report was filed, not where the event was"
    match = _COLON_DATELINE.match(text) if any(mark in text for mark in ":;—–-") else None
    if match and match.group("city").isupper() and match.group("city") not in _PROVINCE_ACRONYMS:
        return f"a dateline ({match.group('city')}:): where the report was filed, not where the event was"
    match = _CAPS_DATELINE.match(text) if comma else None
    city = match.group("city") if match else ""
    if match and city.isupper() and city not in _PROVINCE_ACRONYMS and not match.group("rest").isupper():
        return f"a dateline ({match.group('city')}, …): where the report was filed, not where the event was"
    match = _ROLE.search(text)
    if match:
        return f"the place is named in another role ({match.group(0)!r}), not as where the event was"
    return read_more_roles(text)
