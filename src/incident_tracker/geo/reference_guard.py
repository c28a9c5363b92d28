"""A place named only as the reference of a distance, a direction or a "near" is not the event's place.

The eighteenth batch's three first-score dev errors were one shape in three scripts: "180
kilometres southeast of Tajikistan's capital Dushanbe" answered with Dushanbe (g1501);
"زاہدان کے جنوب مشرق میں واقع سرحدی علاقہ میرجاوی" (Urdu: the border area Mirjavi, south-east of
Zahedan) with Zahedan standing in (g1526); "منطقة شغالك قرب ولاية نيمروز" (Arabic: an area near
Nimroz province) with Nimroz standing in (g1569). Each time the place matched was the place
named, but named as the point the text measures from.

:func:`reference_doubt` finds such references by their shape in every script of the set
(English, Russian, Persian and Dari, Pashto, Urdu, Arabic, Chinese) and looks the reference
up alone. The answer is dropped when it is that reference and

* a distance of more than :data:`NEAR_KM` separates the event from it ("180 km from X": the
  answer at X lies 180 km off; "10 km north of X" stays near X);
* it is a province or a country the text puts the event "near" (near a town or a point is a
  place; near a province is anywhere around it, on either side of its lines);
* it stands in (the text names another place, unknown) for a place the text puts in a
  direction from it ("Mirjavi, south-east of Zahedan"): a district's or town's point is not
  where a place beside it lies. A province standing in is left alone (it may hold the place);
* whatever answers, it lies more than :data:`DIRECTION_KM` from the reference of a direction
  ("the border area X, north-west of Z" answered by a namesake of X 1,000 km from Z), or is a
  province that does not hold it: a direction without a distance puts the place beside its
  reference, not across the region (issue 13).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .alone import resolved_alone
from .gazetteer import haversine_km
from .phrase_case import genitive_nominative
from .phrase_tails import converted_distance_off
from .scripts import has_cyrillic

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution
    from .chain import Resolver

#: A distance up to this many km from a place is "near" it (the set's tolerance for a town is 10–25 km).
NEAR_KM = 25.0
#: An answer this close to a reference's own point is that reference.
SAME_KM = 25.0
#: A place put in a direction from a reference ("south-east of Zahedan", no distance given) lies this near it at most.
DIRECTION_KM = 150.0
#: A city this large is no stand-in for a place put in a direction from it with no distance ("west of Karachi"): the
#: set's reports that give the distance from such a city give 40 to 1,400 km (geo140), never a near one.
BIG_CITY = 500_000
#: "just north of X": the text says the place is close.
_JUST = re.compile(r"\b(?:just|immediately|right|slightly)\s+(?:to\s+the\s+)?(?:north|south|east|west)", re.IGNORECASE)

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
#: Numbers written as words, as reports write round distances ("about seventy kilometres", "ستر کلو
#: میٹر", "هفتاد کیلومتری", "اویا کیلومتره"): English, Urdu, Persian and Dari, Pashto, Arabic; the
#: tens and a hundred (a distance in words is a round one), and the ones and teens in English.
_TENS = (10, 20, 30, 40, 50, 60, 70, 80, 90, 100)
_NUMBER_WORDS = {
    word: value
    for words, values in (
        (("ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred"), _TENS),
        (("five", "six", "seven", "eight", "nine", "eleven", "twelve", "fifteen"), (5, 6, 7, 8, 9, 11, 12, 15)),
        (("دس", "بیس", "تیس", "چالیس", "پچاس", "ساٹھ", "ستر", "اسی", "نوے", "سو"), _TENS),  # Urdu
        (("ده", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود", "صد"), _TENS),  # Persian, Dari
        (("لس", "شل", "دېرش", "څلوېښت", "پنځوس", "شپېته", "اویا", "اتیا", "نوي", "سل"), _TENS),  # Pashto
        (("عشرة", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين", "مئة"), _TENS),  # Arabic
    )
    for word, value in zip(words, values, strict=True)
}
#: Russian tens by stem, in any case ("семьдесят", "в семидесяти километрах"), and a hundred.
_RU_TENS = (
    ("двадцат", 20), ("тридцат", 30), ("сорок", 40), ("пятьдесят", 50), ("пятидесят", 50), ("шестьдесят", 60),
    ("шестидесят", 60), ("семьдесят", 70), ("семидесят", 70), ("восемьдесят", 80), ("восьмидесят", 80),
    ("девяност", 90), ("десят", 10), ("сто", 100), ("ста", 100),
)  # fmt: skip
_WORD_NUMBER = "|".join(
    [*sorted(map(re.escape, _NUMBER_WORDS), key=len, reverse=True), *(rf"{stem}\w*" for stem, _ in _RU_TENS)]
)
_NUMBER = rf"(?P<n>[0-9۰-۹٠-٩]+(?:[.,٫][0-9۰-۹٠-٩]+)*|(?<!\w)(?:{_WORD_NUMBER})(?!-))"
#: Every distance has its number, in figures or in words: the gate before the patterns below.
_A_DIGIT = re.compile(rf"[0-9۰-۹٠-٩]|(?<!\w)(?:{_WORD_NUMBER})(?!\w)", re.IGNORECASE)
_EN_COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)?"
_RU_COMPASS = r"(?:север|юг|восток|запад)\w*(?:-(?:восток|запад)\w*)?"
#: Compass words of Persian and Dari, Pashto, Urdu and Arabic (with their adjective endings).
_AR_COMPASS = r"(?:شمال|جنوب|شرق|غرب|مشرق|مغرب|ختیځ|لویدیځ|سهیل|شمالي|جنوبي|شرقي|غربي)[یيى]?"
_AR_UNIT = r"(?:کیلو\s?متر|كيلو\s?متر|کلو\s?میٹر|کیلو\s?میٹر|کلومیټر|کیلومیټر|km|كم)\w*"
_STOP = r"[,،;؛.()]"
#: Up to three words before an Urdu or Pashto postposition: the reference is their last one, two or three.
_WORDS = r"(?:[^\s,،;؛()]+\s+){0,2}[^\s,،;؛()]+"

#: Distances: "180 km southeast of X", "в 180 км к юго-востоку от X", "۸۰ کیلومتری جنوب شرق X",
#: "على بعد 80 كم من X", "距X约180公里", "X东南180公里"; and the Urdu and Pashto order, reference
#: first: "X سے 80 کلومیٹر", "له X څخه 80 کیلومتره".
_DISTANCE_AFTER = (
    re.compile(
        rf"{_NUMBER}\s*-?\s*(?P<u>km|kms|kilomet(?:er|re)s?|mi|miles?)\s+(?:(?:to\s+the\s+)?{_EN_COMPASS}\s+)?"
        rf"(?:away\s+)?(?:of|from)\s+(?:the\s+)?(?P<ref>[^,;()]+)",
        re.IGNORECASE,
    ),
    re.compile(rf"{_NUMBER}\s*(?:км|километр\w*)\s+(?:к\s+{_RU_COMPASS}\s+)?от\s+(?P<ref>[^,;()]+)", re.IGNORECASE),
    re.compile(rf"{_NUMBER}\s*{_AR_UNIT}\s+(?!دور|لرې|لری)(?:(?:{_AR_COMPASS}|از|من|عن)\s+)*(?P<ref>[^,،;؛()]+)"),
)
_DISTANCE_BEFORE = (
    re.compile(rf"(?P<ref>{_WORDS})\s+(?:سے|څخه|نه|ته)\s+(?:\S+\s+){{0,2}}?{_NUMBER}\s*{_AR_UNIT}"),
    re.compile(rf"[距离離](?:离|離)?(?P<ref>[^,，、。0-9]+?)(?:约|約|大约|大約)?{_NUMBER}\s*(?:公里|千米|km)"),
    re.compile(rf"(?P<ref>[^,，、。0-9]+?)(?:以)?[东南西北東]{{1,2}}(?:方|面)?(?:约|約)?{_NUMBER}\s*(?:公里|千米|km)"),
)
#: "near X": the reference follows the word, or (Urdu, Pashto, Chinese) comes before it.
_NEAR_AFTER = re.compile(
    r"(?:\bnear(?:by)?|\bclose\s+to|\bnot\s+far\s+from|\bin\s+the\s+vicinity\s+of"
    r"|\bблиз|\bвблизи|\bоколо|\bвозле|\bнедалеко\s+от"
    r"|(?<!\S)(?:قرب|بالقرب\s+من|قريب(?:ا|ة)?\s+من|على\s+مقربة\s+من|نزدیک(?:ی)?|در\s+نزدیکی|حوالی))"
    rf"\s+(?:the\s+|of\s+)?(?P<ref>[^,،;؛()]+?)(?=\s+(?:in|of|в|در|في|په)\s+|{_STOP}|$)",
    re.IGNORECASE,
)
_NEAR_BEFORE = (
    re.compile(rf"(?P<ref>{_WORDS})\s+(?:کے\s+(?:قریب|نزدیک)|ته\s+(?:نږدې|نژدې)|سره\s+نږدې)"),
    re.compile(r"(?P<ref>[^\s,，、。的]{2,}?)(?:附近|一带|一帶)"),
)
#: "south-east of X" (not "south-eastern X"): the reference of a direction, in the forms that put the
#: place outside it or in one side of it.
_DIRECTION = (
    re.compile(rf"\b{_EN_COMPASS}\s+of\s+(?:the\s+)?(?P<ref>[^,;()]+)", re.IGNORECASE),
    re.compile(rf"\bк\s+{_RU_COMPASS}\s+от\s+(?P<ref>[^,;()]+)", re.IGNORECASE),
    re.compile(rf"(?P<ref>{_WORDS})\s+کے\s+{_AR_COMPASS}(?:\s+{_AR_COMPASS})?\s+(?:میں|(?:کی\s+)?(?:طرف|جانب))"),
)
#: The Chinese units a reference ends at its last of ("霍斯特省古爾布茲區杜蘭線附近": near the Durand Line).
_ZH_UNIT = re.compile(r"^.*[省区區县縣州市]")


def _number(text: str) -> float:
    word = text.casefold()
    if word in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[word])
    for stem, value in _RU_TENS:
        if word.startswith(stem):
            return float(value)
    digits = text.translate(_DIGITS).replace("٫", ".").replace(",", "")
    try:
        return float(digits)
    except ValueError:
        return 0.0


def distances(text: str) -> list[tuple[str, float]]:
    """The references of the distances the text gives, with the distance in km."""
    found: list[tuple[str, float]] = []
    if not _A_DIGIT.search(text):
        return found  # every distance has its number
    for pattern in (*_DISTANCE_AFTER, *_DISTANCE_BEFORE):
        for match in pattern.finditer(text):
            km = _number(match.group("n"))
            unit = match.groupdict().get("u") or ""
            km *= 1.609 if unit.lower().startswith("mi") else 1.0
            found.append((match.group("ref").strip(), km))
    return found


def near_references(text: str) -> list[str]:
    """What the text puts the event "near", in every script."""
    found = [m.group("ref").strip() for m in _NEAR_AFTER.finditer(text)]
    for pattern in _NEAR_BEFORE:
        found += [_ZH_UNIT.sub("", m.group("ref")).strip() for m in pattern.finditer(text)]
    return [ref for ref in found if ref]


def direction_references(text: str) -> list[str]:
    """What the text puts the event in a direction from ("south-east of X")."""
    return [m.group("ref").strip() for pattern in _DIRECTION for m in pattern.finditer(text)]


def _measured_from_context(text: str, resolution: Resolution) -> float | None:
    """The distance (km, more than :data:`NEAR_KM`) the text gives from a place, when the text names a
    district or county to stand in for the place it measures to; or None.

    "کیچ کی تحصیل مند سے تقریباً ساٹھ کلو میٹر دور … گاؤں" (a village about 60 km from the tehsil
    Mand of Kech; dev g2210 has the shape): the unknown village would be answered by Kech district
    standing in, but the text puts it 60 km from a place of that district, and the district's point
    says nothing of where that is (nor for "a village 70 km from Mand, Kech"). It is left empty.
    """
    parsed = resolution.parsed
    if parsed is None or not any(parsed.context):
        return None
    far = [km for _, km in distances(text) if km > NEAR_KM]
    return far[0] if far else None


def _alone(reference: str, chain: Resolver, named: frozenset[str]) -> Candidate | None:
    """The place ``reference`` names, looked up alone, or None.

    A reference read before an Urdu or Pashto postposition may carry a word or two of the text
    before it ("… علاقہ، زاہدان"): its last one, two and three words are tried, longest first.
    """
    words = reference.split()
    for tail in dict.fromkeys(" ".join(words[-size:]) for size in (3, 2, 1) if size <= len(words)):
        found = resolved_alone(tail, chain, named).chosen
        if found is None and has_cyrillic(tail) and (nominative := genitive_nominative(tail)):
            found = resolved_alone(nominative, chain, named).chosen  # "близ Бадахшана": Бадахшан
        if found is not None:
            return found
    return None


def _is(reference: str, chosen: Candidate, chain: Resolver, named: frozenset[str], within: float) -> bool:
    """Is ``chosen`` the place ``reference`` names, looked up alone (its point within ``within`` km)?"""
    found = _alone(reference, chain, named)
    if found is None:
        return False
    if chosen.geo_precision == "admin1" and found.geo_precision == "admin1":
        return (found.country, found.admin1_code) == (chosen.country, chosen.admin1_code)
    return haversine_km(found.latitude, found.longitude, chosen.latitude, chosen.longitude) <= within


def _far_from_direction(text: str, chosen: Candidate, chain: Resolver, named: frozenset[str]) -> str | None:
    """Why ``chosen`` cannot lie in the direction the text gives from a place (too far from it), or None.

    Only a direction without a distance: "1,400 km south-west of Tehran" says how far (:func:`distances`)."""
    if distances(text):
        return None
    for reference in direction_references(text):
        found = _alone(reference, chain, named)
        if found is None:
            continue
        if chosen.geo_precision == "admin1" and (found.country, found.admin1_code) == (
            chosen.country,
            chosen.admin1_code,
        ):
            continue  # the province that holds the reference
        km = haversine_km(found.latitude, found.longitude, chosen.latitude, chosen.longitude)
        if km > DIRECTION_KM:
            return (
                f"left unlocated: the text puts the place in a direction from {found.label}; "
                f"{chosen.label} lies {km:.0f} km from it"
            )
    return None


def reference_doubt(place: str, chosen: Candidate, resolution: Resolution, chain: Resolver) -> str | None:
    """Why ``chosen`` must not answer ``place`` (it is only the reference the text measures from), or None.

    A distance converted in brackets ("480 kilometers (300 miles) west of X") is read without the bracket."""
    text = converted_distance_off(" ".join(place.split()))
    named = resolution.named
    for reference, km in distances(text):
        if km > NEAR_KM and _is(reference, chosen, chain, named, min(km / 2, 100.0)):
            return f"left unlocated: {chosen.label} is only the reference of a distance ({km:g} km from it)"
    far = _measured_from_context(text, resolution) if chosen.match == "context" else None
    if far is not None and chosen.geo_precision != "admin1":
        return (
            f"left unlocated: the place lies {far:g} km from a place the text names; "
            f"{chosen.label}, standing in, is not where it is"
        )
    if chosen.geo_precision in ("admin1", "country"):
        for reference in near_references(text):
            if _is(reference, chosen, chain, named, SAME_KM):
                return f"left unlocated: the text puts the place only near {chosen.label}, a province"
    if chosen.match == "context" and chosen.geo_precision != "admin1":
        for reference in direction_references(text):
            if _is(reference, chosen, chain, named, SAME_KM):
                return f"left unlocated: {chosen.label} is only the reference of a direction, not the place"
    return _big_city_direction(text, chosen, chain, named) or _far_from_direction(text, chosen, chain, named)


def _big_city_direction(text: str, chosen: Candidate, chain: Resolver, named: frozenset[str]) -> str | None:
    """Why a city of :data:`BIG_CITY` people or more, answering a place the text puts only in a direction from it
    ("west of Karachi", no distance), is no answer; else None. The direction says no distance, and the distances
    reports give from such a city are long ("480 km west of Karachi", "1,400 km south-west of Tehran"): its point,
    even at ``near``, is not where the place lies. A smaller place stays near ("north-east of Angoor Adda")."""
    if distances(text) or chosen.source == "pack" or chosen.population < BIG_CITY or _JUST.search(text):
        return None
    for reference in direction_references(text):
        if _is(reference, chosen, chain, named, SAME_KM):
            return (
                f"left unlocated: the text puts the place in a direction from {chosen.label}, a city of "
                f"{chosen.population:,} people, and says no distance"
            )
    return None
