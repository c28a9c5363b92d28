"""A Chinese place phrase that gives the English name in brackets: read the English name.

Chinese reports transcribe a border place anew each time ("托克哈姆" for Torkham, where the
usual form is "托尔哈姆"; "開伯爾-普赫圖赫瓦省" for Khyber Pakhtunkhwa), and often give the
English name after it in full-width brackets: "托克哈姆（Torkham）边境关卡附近", "巴焦爾特區
（Bajaur district）", "阿富汗东部库纳尔省（Kunar）". The transcription is one the gazetteer may not
hold; the English name is the reporter's own reading of it. Five of the seventeenth batch's dev
strings were left empty for want of this.

The bracket is read only when it holds Latin letters and no agency ("（AFP）" closes a dateline,
which :mod:`.roles` reads), and the text around it is Chinese. A unit word just before the
bracket (省 province; 区, 區, 县, 縣 district) is kept in English when the bracket has none.
"""

from __future__ import annotations

import re

from ..models.country import country_code
from .phrase_patterns import COUNTRY_STEMS
from .roles import read_role
from .scripts import has_han
from .text import words

#: "托克哈姆（Torkham）": Chinese, then a Latin name in full-width (or plain) brackets.
_LATIN_IN_BRACKETS = re.compile(r"[（(](?P<latin>[A-Za-z][A-Za-z .'’-]*[A-Za-z])[）)]")
_LEVEL_WORD = re.compile(r"\b(?:province|district|county|region|agency|city|town|village)\b", re.IGNORECASE)
#: The unit word before the bracket, in English.
_UNIT_BEFORE = (("省", "province"), ("区", "district"), ("區", "district"), ("县", "district"), ("縣", "district"))


def english_in_brackets(text: str) -> str | None:
    """The English name a Chinese phrase gives in brackets (with its unit word), or None.

    A chain that glosses each of its units ("俾路支省(Baluchistan)柯奇區(Kech)": Kech district of
    Baluchistan province) is read whole, finest unit first ("Kech district, Baluchistan
    province"), as Chinese writes the widest first: the first gloss alone would let the province
    answer for the district in it.
    """
    glosses: list[str] = []
    start = 0
    for match in _LATIN_IN_BRACKETS.finditer(text):
        latin = match.group("latin").strip()
        if not has_han(text[start : match.start()]) or read_role(latin) or read_role(f"place ({latin})"):
            break  # "（AFP）": an agency, the close of a dateline; or no Chinese before the bracket
        before = text[: match.start()].rstrip()
        if not _LEVEL_WORD.search(latin):
            latin += next((f" {word}" for mark, word in _UNIT_BEFORE if before.endswith(mark)), "")
        glosses.append(latin)
        start = match.end()
    if not glosses:
        return None
    if len(glosses) == 1 and (wider := _wider_of(text[: text.find(glosses[0].split()[0])])):
        glosses.insert(0, wider)
    return ", ".join(reversed(glosses))


def _wider_of(before: str) -> str | None:
    """The unit a Chinese chain names before "的" (of) and the one glossed name: "開伯爾地區的蒂拉赫(Tirah)山谷"
    (the Tirah valley of the Khyber area) → "Khyber District area", read by :func:`.phrase_han.read_han`
    (its own and the pack's Chinese names only), so that the unit stands in for a glossed name it does
    not know (the forty-eighth batch's g4549). None when nothing before "的" reads as a chain."""
    from .phrase_han import read_han  # imported here: phrase_han reads the pack on first use

    head, mark, _ = before.rpartition("的")
    return read_han(head) if mark and head else None


#: "Iran (Mashhad)", "ایران (مشهد)": a whole string of one country's name, then one bracket.
_COUNTRY_THEN_BRACKET = re.compile(r"^(?P<country>[^()（）,،]+?)\s*[（(](?P<inner>[^()（）]+)[）)]$")


def _country_alone(text: str) -> str | None:
    """The country a text is the bare name of ("Iran", "ایران", "Ирана"); a demonym or a phrase is none."""
    if code := country_code(text):
        return code
    found = words(text)
    if len(found) != 1:
        return None
    return next(
        (code for stem, code in COUNTRY_STEMS.items() if found[0].startswith(stem) and len(found[0]) - len(stem) <= 1),
        None,
    )


def city_after_country(text: str) -> str | None:
    """ "Iran (Mashhad)" → "Mashhad, Iran": the bracket after a bare country name holds the city.

    The brackets reader took the bracket for a context part and, not finding "Mashhad"
    a province or district, answered the country 739 km off (the fifty-second batch's
    g4912). Read the other way round, the city is found in that country, or nothing is:
    the country alone never answers. An agency ("Iran (IRNA)") or a second country
    ("Iran (Persia)" aside) is left to the older readers: a dateline stays a role.
    """
    match = _COUNTRY_THEN_BRACKET.match(text.strip())
    if match is None or not _country_alone(match.group("country").strip()):
        return None
    inner = match.group("inner").strip()
    if not inner or _country_alone(inner) or read_role(inner) or read_role(f"place ({inner})"):
        return None
    return f"{inner}, {match.group('country').strip()}"


__all__ = ["city_after_country", "english_in_brackets"]
