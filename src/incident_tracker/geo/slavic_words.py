"""Ukrainian place phrases and Russian "near the village of X", rewritten into forms the Russian reader knows.

Ukrainian reports on the Afghan and Kyrgyz–Tajik borders decline a district as Russian does, with
other endings: "в Хамабському районі провінції Джовзджан", "кордон Хамабського району", "біля
Булак-Баши Баткенського району Баткенської області". Their unit words and adjective endings map
one to one onto Russian ones ("-ському районі" is "-ском районе", "-ського району" "-ского района",
"-ської області" "-ской области"), so the text is rewritten into Russian word forms and read by the
rules that already read Russian; the name's stem is left as written. A text is taken as Ukrainian
only with a letter Russian lacks (і, ї, є, ґ) or a Ukrainian adjective ending (-ськ-, -цьк-).

Russian names a village as "возле села Кок-Таш Баткенского района": the preposition and the
settlement noun in the genitive hid the name, and the district stood in for the village (27 km
off). "near the village of X" is read as "near X"; a preposition alone ("около Баткена") is not,
since the name after it is declined and may match another place. "на территории района X" (on the
territory of X district) is the district; a district noun followed by "провинции Y" (of Y
province) takes the province as context. Each rewrite leaves nothing for the next to match, so the
reader's recursion ends.
"""

from __future__ import annotations

import re

from .scripts import has_cyrillic

#: Russian nationality adjective stems and the country each names ("таджикском селе", "афганского поселка"),
#: read by geo/phrase_where.py (a unit's country) and geo/apposition.py (a name's country).
NATIONALITY_STEMS = {
    "таджи": "Таджикистан",
    "кыргыз": "Кыргызстан",
    "киргиз": "Кыргызстан",
    "афган": "Афганистан",
    "узбек": "Узбекистан",
    "иран": "Иран",
    "пакистан": "Пакистан",
    "туркмен": "Туркменистан",
}

__all__ = ["NATIONALITY_STEMS", "rewrite_slavic"]

_UKRAINIAN = re.compile(r"[іїєґ]|[сц]ьк", re.IGNORECASE)

# Ukrainian word or ending -> Russian, applied word by word (whole words, or the end of a word).
_UK_WORDS = {
    "біля": "near",
    "поблизу": "near",
    "кордон": "граница",
    "кордоні": "границе",
    "районі": "районе",
    "району": "района",
    "провінції": "провинции",
    "провінція": "провинция",
    "області": "области",
    "території": "территории",
    "селі": "селе",
    "місті": "городе",
    "міста": "города",
    "у": "в",
}
_UK_ENDINGS = (
    ("ському", "ском"),
    ("ського", "ского"),
    ("ській", "ской"),
    ("ської", "ской"),
    ("ський", "ский"),
    ("ська", "ская"),
    ("цькому", "цком"),
    ("цького", "цкого"),
    ("цької", "цкой"),
)

_SETTLEMENT_GENITIVE = (
    r"(?:села|селища|деревни|пос[её]лка|кишлака|аула|селения|населённого\s+пункта|населенного\s+пункта)"
)
_RU_NEAR_VILLAGE = re.compile(
    rf"^(?:возле|около|близ|вблизи|у|недалеко\s+от|near)\s+{_SETTLEMENT_GENITIVE}\s+(?P<rest>[A-ZА-ЯЁ].*)$",
    re.IGNORECASE,
)
_ON_TERRITORY = re.compile(r"^на\s+территории\s+(?P<rest>(?:района|области|провинции)\s+[А-ЯЁ].*)$", re.IGNORECASE)
_DISTRICT_THEN_PROVINCE = re.compile(r"\b(?P<district>район[аеу]?)\s+провинции\s+(?=[А-ЯЁ])")


def _russian_word(word: str) -> str:
    """One Ukrainian word in its Russian form: a unit word, or an adjective ending; else as written."""
    folded = word.casefold()
    if folded in _UK_WORDS:
        return _UK_WORDS[folded]
    for ukrainian, russian in _UK_ENDINGS:
        if folded.endswith(ukrainian) and len(word) > len(ukrainian) + 2:
            return word[: -len(ukrainian)] + russian
    return word


def rewrite_slavic(text: str) -> str | None:
    """The text in a form the Russian reader knows, or None when no rule here applies."""
    if not has_cyrillic(text):  # every rule here reads a Cyrillic word
        return None
    text = " ".join(text.split())
    rewritten = text
    if _UKRAINIAN.search(rewritten):
        rewritten = " ".join(_russian_word(word) for word in rewritten.split(" "))
    if match := _RU_NEAR_VILLAGE.match(rewritten):
        rewritten = f"near {match.group('rest')}"
    if match := _ON_TERRITORY.match(rewritten):
        rewritten = match.group("rest")
    rewritten = _DISTRICT_THEN_PROVINCE.sub(r"\g<district>, провинция ", rewritten)
    return None if rewritten == text else rewritten
