"""What lies around an area, read: "the posts around the Sokh enclave", "по периметру Сохского района".

A text that puts places *around* a district, enclave or province puts them outside it, along a line whose far side
may be another country, and names many: no one point (docs/geocoding-journal.md, "What is no one point, and China's
far namesakes: rules (geo130)"). The readers took such a text for a place *near* the area ("Сох анклавынын
жака-белиндеги чек ара бекеттер", the border posts on the edges of the Sokh enclave, read as near Sokh) or let the
area stand in for an unknown name ("по периметру Сохского района", along the perimeter of Sokh district: "по
периметру" looked up as a name, Sokh district standing in). :func:`around_area` reads the shape instead: the area
alone, which :func:`.phrase.parse_query` reads with ``around`` set, so that the area is known and the answer left
empty (:func:`.no_point_guard.around_an_area`). Only where the words beside the area are common words (no
capitalised word: "Kok-Tash village on the edge of Batken district" names a village, and is read as before), in
scripts that capitalise names: Latin and Cyrillic. Standard library only: the phrase reader imports it.
"""

from __future__ import annotations

import re

#: Around an area, on its edges, along its perimeter: English, Russian, Kyrgyz ("жака-бел", "айлана",
#: "тегерек", "чет"), Uzbek ("atrofi", "chekka"), Tajik ("атроф", "гирду"), Persian, Dari and Urdu ("اطراف",
#: "پیرامون", "گرد و نواح"). Not the Russian "окрестности" (a place's vicinity, read as near it).
AROUND_WORD = re.compile(
    r"(?<!\w)(?:around|surrounding|encircling|(?:on|along)\s+the\s+(?:edges?|perimeter|periphery|fringes?)\s+of|"
    r"вокруг|по\s+периметру|жака-бел\w*|айланас\w*|тегерег\w*|чет-жака\w*|atrofi\w*|атрофи\w*|атроф\w*|"
    r"chekka\w*|гирди|гирду|اطراف|پیرامون|گرد\s+و\s+نواح)(?!\w)",
    re.IGNORECASE,
)
#: The words by which a text calls a place an area: a district, enclave, province, county, tehsil or agency,
#: in English, Russian, Kyrgyz, Uzbek, Tajik, Persian, Dari, Pashto and Urdu (the stems take their cases).
AREA_WORD = re.compile(
    r"(?<!\w)(?:district|enclave|exclave|province|region|county|tehsil|agency|oblast|"
    r"район\w*|анклав\w*|эксклав\w*|област\w*|облус\w*|аймаг\w*|tuman\w*|туман\w*|anklav\w*|ноҳия\w*|вилоят\w*|"
    r"ولسوالی|ولسوالۍ|ولایت|شهرستان|استان|ضلع|تحصیل|ایجنسی)(?!\w)",
    re.IGNORECASE,
)

#: Before the word for around: at most three common words ("the border posts", "заставы", "the villages").
_BEFORE = r"(?P<before>(?:[^\W\d]+[\s-]+){0,3}?)"
#: "around the Sokh enclave", "по периметру Сохского района", "вокруг анклава Сох": the word, then the area, in at
#: most four words, one of them an area word.
_AROUND_THEN_AREA = re.compile(
    _BEFORE + r"(?P<around>" + AROUND_WORD.pattern + r")\s+(?P<area>(?:\S+\s+){0,3}\S+)$", re.IGNORECASE
)
#: "Сох анклавынын жака-белиндеги чек ара бекеттер" (Kyrgyz), "So‘x tumani atrofidagi qishloqlar" (Uzbek): the
#: area, its word last, then the word for around and at most three common words.
_AREA_THEN_AROUND = re.compile(
    r"(?P<area>(?:\S+\s+){0,2}\S+)\s+(?P<around>" + AROUND_WORD.pattern + r")(?P<after>(?:\s+[^\W\d]+){0,3})$",
    re.IGNORECASE,
)
_LATIN_OR_CYRILLIC = re.compile(r"[A-Za-z\u0400-\u04ff]")


def around_area(text: str) -> str | None:
    """The area ``text`` puts its places around ("the Sokh enclave" for "the posts around the Sokh enclave"), or
    None when it has not that shape."""
    if not _LATIN_OR_CYRILLIC.search(text) or not AROUND_WORD.search(text):
        return None
    text = " ".join(text.split())
    if (match := _AROUND_THEN_AREA.fullmatch(text)) and _common(match.group("before")):
        area = match.group("area")
        if AREA_WORD.search(area) and not re.search(r"\d", area):
            return area
    if (match := _AREA_THEN_AROUND.fullmatch(text)) and _common(match.group("after")):
        area = match.group("area")
        if AREA_WORD.search(area.split()[-1]) and not re.search(r"\d", area):
            return area
    return None


def _common(words: str) -> bool:
    """Are ``words`` common words only (none capitalised: no name of a place beside the area)?"""
    return not any(word[0].isupper() for word in words.split())


__all__ = ["AREA_WORD", "AROUND_WORD", "around_area"]
