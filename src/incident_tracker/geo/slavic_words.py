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
off). "near the village of X" is read as "near X", and so is "near the village of X of the
(rural) jamoat Y of Z district" (:func:`rewrite_village_chain`: the jamoat, a unit between the
village and its district, is one the gazetteer does not hold, and Z district is kept); a
preposition alone ("около Баткена") is not, since the name after it is declined and may match
another place. "на территории района X" (on the territory of X district) is the district; a
district noun, with or without its name, followed by "провинции Y" (of Y province) takes the
province as context; "с территории" (from the territory of) reads as "на территории"; common
nouns "in the district X" ("возле КПП в районе X", near a checkpoint in X district) read as the
district X. Russian
"уезд" (the old county), which some outlets use for an Afghan district, reads as "район" in the
same case; "ГБАО" (Gorno-Badakhshan) after a district's "района" is dropped. Each
rewrite leaves nothing for the next to match, so the reader's recursion ends.

:func:`unit_in_nominative` gives a district or province named by its noun in the genitive
("района Шамсиддина Шохина") in the nominative the reader knows, for the village chain here
and for :mod:`.phrase_around`'s "X района Y".
"""

from __future__ import annotations

import re

from .scripts import has_cyrillic
from .slavic_names import whole_district_name

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

__all__ = ["NATIONALITY_STEMS", "rewrite_slavic", "rewrite_village_chain", "unit_in_nominative"]

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
_ON_TERRITORY = re.compile(
    r"^(?:на|с|со)\s+территории\s+(?P<rest>(?:района|области|провинции)\s+[А-ЯЁ].*)$", re.IGNORECASE
)
_DISTRICT_THEN_PROVINCE = re.compile(
    r"\b(?P<district>район[аеу]?(?:\s+[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*){0,2})?)\s+провинции\s+(?=[А-ЯЁ])"
)
#: "в Панфиловском районе области Жетісу": a district by its adjective, then "области" and the region's name after
#: it (a Kazakh region so named): read as "провинции X" is (geo151: g7312). Only right after "район…": in "районе
#: Баткенской области Кыргызстана" the word after "области" is the country, and the region is the adjective.
_DISTRICT_THEN_REGION = re.compile(r"(?<=[а-яё]\s)(?P<district>район[аеу]?)\s+области\s+(?=[А-ЯЁ])")
#: "северных районах провинции Фарьяб" (the northern districts of Faryab province), "в приграничных районах
#: области X": district nouns with no name, lowercase words before them at most, then the province: no district
#: is named, so the province stands in, as "провинции Фарьяб" alone is read (geo121).
_UNNAMED_DISTRICTS_OF = re.compile(
    r"^(?:(?:в|во|на|из)\s+)?(?:[а-яё-]+\s+){0,2}район(?:ах|ов|ы|е|а|у|ам|ами)?\s+(?P<rest>(?:провинции|области)\s+[А-ЯЁ].*)$"
)
#: "возле КПП в районе X" (near a checkpoint in X district): a preposition, up to three common nouns
#: (lowercase, or the abbreviation "КПП"), then "в районе" and a capitalised name: the district X.
_NOUNS_IN_DISTRICT = re.compile(
    r"^(?:(?:возле|около|близ|вблизи|у|на|в)\s+)?(?:КПП|[а-яё]+)(?:\s+(?:КПП|[а-яё]+)){0,2}\s+"
    r"в\s+районе\s+(?P<rest>[А-ЯЁ].*)$"
)
#: "уезд" (the old Russian county), which some outlets use for an Afghan district: "район", same case.
_UEZD = re.compile(r"(?<![\w-])уезд(?P<ending>а|е|у|ом|ы|ов)?(?![\w-])", re.IGNORECASE)
#: A region's abbreviation after a district ("Дарвазского района ГБАО"): the district names it
#: already, and the region in words would let the province stand in where the district's adjective
#: is matched only by sound ("Дарвазского района Горно-Бадахшанской области"), so it is dropped.
_REGION_ABBREVIATION = re.compile(r"(?<=района|районе|району)\s+(?:ГБАО|ВМКБ)$")
#: "(недалеко от|возле|около|близ|у) кишлака X (сельского) джамоата (имени) Y района Z".
_VILLAGE_CHAIN = re.compile(
    r"^(?:(?P<near>недалеко\s+от|неподалёку\s+от|неподалеку\s+от|возле|около|близ|вблизи|у)\s+)?"
    r"(?:кишлака|села|посёлка|поселка|местечка|кишлак|село|посёлок|поселок)\s+"
    r"(?P<place>[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*)?)\s+"
    r"(?:сельского\s+)?джамоата\s+(?:имени\s+)?[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*)?\s+"
    r"(?P<noun>района|области)\s+(?P<unit>[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*){0,2})$"
)
#: The genitive "-а" after a consonant: "Шамсиддина" is Шамсиддин's.
_GENITIVE_A = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])а$")


def unit_in_nominative(noun: str, unit: str) -> str:
    """ "района", "Шамсиддина Шохина" → "район Шамсиддин Шохин": a district ("района") or province
    ("области") named by its noun in the genitive, in the nominative the reader knows."""
    name = " ".join(_GENITIVE_A.sub("", word) for word in unit.split())
    return f"{'район' if noun == 'района' else 'область'} {name}"


def rewrite_village_chain(text: str) -> str | None:
    """ "недалеко от кишлака X сельского джамоата Y района Z" → "near X, район Z"; None if not that shape."""
    match = _VILLAGE_CHAIN.match(" ".join(text.split())) if has_cyrillic(text) else None
    if not match:
        return None
    near = "near " if match.group("near") else ""
    return f"{near}{match.group('place')}, {unit_in_nominative(match.group('noun'), match.group('unit'))}"


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
    if (chain := rewrite_village_chain(text)) is not None:
        return chain
    text = " ".join(text.split())
    rewritten = text
    if _UKRAINIAN.search(rewritten):
        rewritten = " ".join(_russian_word(word) for word in rewritten.split(" "))
    if match := _RU_NEAR_VILLAGE.match(rewritten):
        rewritten = f"near {match.group('rest')}"
    rewritten = _UEZD.sub(lambda m: "район" + (m.group("ending") or ""), rewritten)
    rewritten = _REGION_ABBREVIATION.sub("", rewritten)
    if match := _ON_TERRITORY.match(rewritten):
        rewritten = match.group("rest")
    if match := _UNNAMED_DISTRICTS_OF.match(rewritten):
        rewritten = match.group("rest")
    if match := _NOUNS_IN_DISTRICT.match(rewritten):
        rewritten = f"район {match.group('rest')}"
    rewritten = _DISTRICT_THEN_PROVINCE.sub(r"\g<district>, провинция ", rewritten)
    rewritten = _DISTRICT_THEN_REGION.sub(r"\g<district>, область ", rewritten)
    rewritten = whole_district_name(rewritten) or rewritten  # "в районе Шамсиддин": geo/slavic_names.py
    return None if rewritten == text else rewritten
