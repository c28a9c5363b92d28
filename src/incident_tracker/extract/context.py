"""The countries an article is about, and the country a phrase puts an event in.

A place name alone is not enough: "Rask" (a town in Iran) also matches Rusk, Texas,
and "a news service based in Washington" names a real city. A place is therefore
located only inside the country the text points to, and a gazetteer hit in a country
the article never names (by name, demonym or possessive) is refused: wrong is worse
than empty. The phrases below give that country: "in southeastern Iran", "an Iranian
border village", "on the Pakistani side of the border".
"""

from __future__ import annotations

import re
from functools import lru_cache

from .province_beside import province_beside
from .vocab import DEMONYMS

_COMPASS = r"(?:(?:north|south|east|west)(?:ern)?|(?:north|south)-?(?:east|west)(?:ern)?|central|far-\w+)"


@lru_cache(maxsize=1)
def _names() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every country name (and alias) the record knows, and name → code."""
    from ..models import COUNTRY_ALIASES, countries

    table = {row["name"]: code for code, row in countries().items() if len(row["name"]) >= 4}
    for alias, code in COUNTRY_ALIASES.items():
        if len(alias) >= 4 and alias[:1].isalpha():
            table.setdefault(alias.title(), code)
    names = sorted(table, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b"), table


def country_names(text: str) -> list[tuple[int, str]]:
    """(position, code) of every country name in the text ("Iran", "Afghanistan's")."""
    pattern, table = _names()
    return [(m.start(), table[m.group(0)]) for m in pattern.finditer(text)]


#: The clipped names a border's compound name is made of ("the Pak-Afghan border", "Af-Pak", "Indo-Pak").
_CLIPPED = {"pak": "PK", "af": "AF", "afghan": "AF", "indo": "IN", "sino": "CN", "iran": "IR", "tajik": "TJ"}
#: A compound of two countries' names: "Pak-Afghan", "Pak-Iran", "Sino-Afghan".
_COMPOUND = re.compile(r"\b(?P<one>[A-Z][a-z]+)-(?P<two>[A-Z][a-z]+)\b")


def countries_named(text: str) -> set[str]:
    """Every country the text names, by name or by demonym ("Iranian" → IR), and both countries of a border's
    compound name ("on the Pak-Afghan border": Pakistan and Afghanistan, though "Pak" alone is no demonym)."""
    found = {code for _, code in country_names(text)}
    for word in re.findall(r"[A-Za-z]+", text):
        code = DEMONYMS.get(word.lower())
        if code:
            found.add(code)
    for compound in _COMPOUND.finditer(text):
        codes = [_CLIPPED.get(part.lower()) or DEMONYMS.get(part.lower()) for part in compound.group("one", "two")]
        if all(codes) and codes[0] != codes[1]:
            found.update(code for code in codes if code)
    if _THE_ISLAMIC_REPUBLIC.search(text):
        found.add("IR")
    return found


#: Iran told by its state's short name: "forces of the Islamic Republic's border regiment" (Kolbar News 1042), "The
#: Islamic Republic has kept up the fight" (1052). Never with "of" after it, which names its country ("the Islamic
#: Republic of Afghanistan"), nor Iran's news agency, which a report about another country may cite.
_THE_ISLAMIC_REPUBLIC = re.compile(r"\b[Tt]he\s+Islamic\s+Republic\b(?![’']?s?\s+(?:of|News)\b)")


_IN_COUNTRY = re.compile(rf"\b(?:in|inside|of)\s+(?:the\s+)?{_COMPASS}\s+(?P<name>[A-Z][a-z]+)\b")
_DEMONYM_PLACE = re.compile(
    # "a north-eastern Iranian town on the border with Afghanistan" (AP 930): a compass word before the demonym
    rf"\b(?:an?|the)\s+(?:{_COMPASS}\s+)?(?P<demonym>[A-Z][a-z]+)\s+(?:border\s+)?(?:village|town|city|district|province|region|"
    r"county|border post|outpost|post|checkpoint|territory|soil)\b|"
    # "a checkpost at Koh-e-Sor inside Iranian territory": the ground, said without an article
    # "grazing cattle on Kyrgyz territory" (News.Az 122), "on Iranian soil" (Afghanistan International 46), "crossed
    # the river onto Tajik soil" (796), not where men went afterwards: "escaped back onto Afghan soil", "got away onto"
    r"(?<!\bback\s)(?<!\baway\s)\b(?:inside|into|onto|on)\s+(?P<demonym2>[A-Z][a-z]+)\s+(?:territory|soil)\b"
)
#: An actor just before "on X territory": the phrase tells where that actor was, not where the event was.
_WHERE_THEY_WERE = re.compile(
    r"\b(?:terrorists|militants|gunmen|insurgents|fighters|khwarij|attackers|forces|troops|guards)\s+$", re.IGNORECASE
)
_SIDE = re.compile(r"\bon the (?P<demonym>[A-Z][a-z]+) side\b")
_WHOSE_LOSSES = re.compile(
    r"\b(?:losses|casualties|dead|deaths|killed|wounded|injured|none|victims|toll)(?:\s+\w+){0,2}\s*$", re.IGNORECASE
)


#: "the four crossed into Tajikistan near the village of Darbandak" (APC 404), "shot dead after crossing into
#: neighbouring Kyrgyzstan" (RFA 74): the country the men entered, where they met the guards; not "back into".
_INTO_COUNTRY = re.compile(
    r"\b(?:crossed|crossing|slipped|sneaked|infiltrated)\s+(?:illegally\s+)?into\s+(?:neighbou?ring\s+)?"
    r"(?P<name>[A-Z][a-z]+)\b(?![’'-])"
)


def country_phrase(text: str) -> str | None:
    """The country a phrase puts the event in: "in southeastern Iran", "an Iranian border village"."""
    for match in [*_IN_COUNTRY.finditer(text), *_INTO_COUNTRY.finditer(text)]:
        found = dict(country_names(match.group("name")))
        if found:
            return next(iter(found.values()))
    for pattern in (_DEMONYM_PLACE, _SIDE):
        for match in pattern.finditer(text):
            if pattern is _SIDE and _WHOSE_LOSSES.search(text[: match.start()]):
                continue  # "no figures for losses on the Afghan side": whose dead, not where it happened
            if match.group(0).startswith("on ") and _WHERE_THEY_WERE.search(text[: match.start()]):
                continue  # "Terrorists on Afghan territory attacked a Pakistani post": where the attackers were
            beside = province_beside(text[: match.start()])
            if match.group(0).endswith(("province", "region")) and beside:
                continue  # "Bajaur district, which borders the Afghan province of Kunar": the neighbour's province
            code = DEMONYMS.get((match.group("demonym") or match.groupdict().get("demonym2") or "").lower())
            if code:
                return code
    if _PART_OF_THE_COUNTRY.search(text) and len(named := countries_named(text)) == 1:
        return named.pop()  # "members of Iran's … Guards were killed … in the unsettled southeast of the country"
    return None


#: The country told back as "the country", with the part of it the event was in: "in the unsettled southeast of
#: the country" (The Irish Times 573); it is the one country the sentence names, if it names only one.
_PART_OF_THE_COUNTRY = re.compile(rf"\bin\s+the\s+(?:[a-z-]+\s+)?{_COMPASS}\s+(?:part\s+)?of\s+the\s+country\b")
