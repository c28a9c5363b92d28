"""Words around a name that say where it lies or what kind of place it is, rewritten away.

The twentieth batch's `dev` failures (docs/geocoding-journal.md, "twentieth-rules") left names the
readers know unread because of words around them that no reader took off. Each rule here is a
word class, read in every script the set holds it in, never one string's phrase:

- **a country after the name, saying where it lies**: Russian "на границе с Ираном" (on the border
  with Iran) names a neighbour, not the place's own country, and is dropped (it never becomes the
  answer); Persian and Arabic "در شرق افغانستان", "في شرق أفغانستان" (in the east of the country)
  keep the country as context, as "X, Afghanistan" would;
- **a noun of kind before the name that the readers do not know**: Russian "(сухопутный) порт X"
  (port), with up to two lowercase adjectives before it in any case ("сухой торговый порт X", the dry
  trade port; "афганским портом X", geo89), "пограничный комиссариат X" (border commissariat),
  "область X" (region) before a name in the nominative; the name is then read alone, as "X";
- **Tajik kind nouns and "in"**: "гузаргоҳи марзии X" (border crossing), "дидбонгоҳи сарҳадии 7-уми
  «X»" (the 7th border post) are X; "X дар ноҳияи Y" (X in Y district) is "X, ноҳияи Y";
- **a nationality adjective before a settlement noun**: "в таджикском селе X" is "в селе X" in
  Tajikistan (the country kept as context);
- **an Arabic "belonging to this province" tail**: "منطقة سراوان التابعة لهذه المحافظة": the
  words refer back to a province the text does not name, and are dropped;
- **an Arabic "belonging to the province of Y" clause** (geo128): "مدينة تايباد التابعة لإقليم Y" is "X، إقليم Y",
  the unit as the town's context, so the town answers where the province holds it and the province never
  stands in for a town it holds;
- **a Russian quarter of a town** (geo128): "в махалле «X» г. Y" (also "микрорайон", "квартал") is "X, Y": the
  town bounds the quarter's name and stands in when the quarter is not known;
- **Kyrgyz genitives around a name**: a country in the genitive before it ("Тажикстандын X") is
  context; "анклавы/анклавынын" (enclave) is read as the village noun "айылы"; "тургундары" (its
  residents) after a village in the genitive leaves the village, where they live;
- **a Russian border tail and a crossing's kind** (geo91): "X на ирано-туркменской границе" (on the
  Iran-Turkmen border) is dropped after a name, as "на границе с …" is; "«X – автодорожный»", "X-речной"
  (the road, river, rail crossing X) is X (:func:`crossing_kind_off`, before every reader);
- **an English relative clause without its comma** (geo89): "Nokundi which borders Iran" is read as
  "Nokundi, which borders Iran", as the reader already reads the clause after a comma;
- **"country" written for "county"** in English: Iranian outlets' English copy has "the Shaghalak
  area of Hirmand country", "the border country of Hirmand": the word is read as "county" only
  next to a name that is, letter for letter, a district or county of the pack (never a country's).

- **the thirty-seventh batch's tails and nouns**: Russian "на севере X" (in the north of X) keeps X as
  context, "г." before a capitalised name is "города"; English "near the border with X" and Spanish "con X"
  name the neighbour and are dropped; Spanish "el poblado de X" is X ("el cruce fronterizo de X", the crossing X,
  is read before this reader by the Spanish table of :mod:`.european_frames`, review28).
- **the thirty-ninth batch's Polish and Russian words**: Polish "na granicy z X" (on the border with X, the
  country in the instrumental) names the neighbour and is dropped; "miasta X" (of the town X; any case of
  "miasto") before a name is X, only when X is, letter for letter, a border place or district of the pack;
  Russian "X в провинции Y" (X in Y province) is "X, провинция Y", and "X в районе Y" (X in the area or
  district of Y) is "X, Y": a capitalised name, then the unit or area it lies in, as its context.
- **a town after the name** (geo88): Russian "X, город Y", "X, города Y" and Tajik "X дар шаҳри Y" are read
  as "X, Y", as "«X» в городе Y" is: the town bounds the name, so a namesake across the line is not taken.

Each rewrite leaves nothing for itself to match again, so the reader's recursion ends.
"""

from __future__ import annotations

import re

from .enclave_region import enclave_without_region
from .phrase_case import genitive_nominative
from .phrase_declined import a_pack_district, a_pack_name
from .phrase_patterns import COUNTRY_STEMS
from .scripts import has_arabic
from .slavic_words import NATIONALITY_STEMS

__all__ = ["crossing_kind_off", "rewrite_where"]

_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
#: The masculine genitive "-а" after a consonant ("Термеза" is Термез's).
_MASCULINE_GENITIVE = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])а$")

#: Also the relative clause "(, ) которая граничит с X", "граничащей с X" (geo167: batch 84's g8107 in Russian).
_RU_BORDER_WITH = re.compile(
    r",?\s+(?:(?:на|у|вдоль)\s+границ[еыау]|(?:котор\w+\s+)?граничит|граничащ\w+)\s+с\s+(?P<country>[А-ЯЁ]\w+)$",
    re.IGNORECASE,
)
#: "X на границе Кыргызстана и Таджикистана" (on the border of two countries, both in the genitive): the line it lies
#: on, dropped after a name as "на границе с …" is; only when both are countries (two provinces' line is no point).
_RU_BORDER_OF_TWO = re.compile(r"\s+(?:на|у|вдоль)\s+границе\s+(?P<a>[А-ЯЁ]\w+)\s+и\s+(?P<b>[А-ЯЁ]\w+)$")
_RU_VALLEY = re.compile(r"(?<!\w)долин\w*", re.IGNORECASE)
#: "X на ирано-туркменской границе" (on the Iran-Turkmen border): the line it lies on, as "на границе с …"
#: names the neighbour; dropped after a name, never when it is the whole text.
_RU_ON_ADJ_BORDER = re.compile(r"\s+(?:на|у)\s+[а-яё]+(?:-[а-яё]+)*(?:ой|ей)\s+границе$", re.IGNORECASE)
#: "Кара-Суу – автодорожный", "Тем-речной": a crossing's kind (road, rail, river, foot, freight) after
#: its name, behind a dash or hyphen, as the border services write it: the name alone is the place.
_RU_CROSSING_KIND = re.compile(
    r"(?<=[а-яё])\s*[-–—]\s*(?:авто(?:мобильно|дорожно)?|железнодорожн|автодорожн|речн|пешеходн|грузов)"
    r"(?:ый|ой|ая|ого|ом)?(?=[»\"”]|$)",
    re.IGNORECASE,
)


def crossing_kind_off(text: str) -> str:
    """The text without a crossing's kind after its name ("«Кара-Суу – автодорожный»" → "«Кара-Суу»"),
    inside quotes or at the end; unchanged if there is none (most strings, read at no cost)."""
    if not _CYRILLIC.search(text):
        return text
    return _RU_CROSSING_KIND.sub("", text)


#: "в провинции Балх на севере Афганистана" (in the north of Afghanistan): where in the country the
#: place lies; the country is the place's own, kept as context ("X, Афганистана") as the Persian
#: "در شمال افغانستان" is, never dropped as the neighbour of "на границе с …" is.
_RU_PART_OF_COUNTRY = re.compile(
    r"\s+на\s+(?:крайнем\s+)?(?:(?:северо|юго)-(?:восток|запад)|север|юг|восток|запад|центр)е\s+(?P<country>[А-ЯЁ]\w+)$"
)
#: "г.Термеза", "г. Термеза": the abbreviation of "город" before a city in any case; read as "города"
#: (the genitive the reader knows: "города Термеза"), never after a number ("2021 г." is a year).
_RU_CITY_ABBREVIATION = re.compile(r"(?<![\w\d])(?<!\d\s)г\.\s*(?=[А-ЯЁ][а-яё])")
#: "в махалле «X» г. Y" (in the X neighbourhood of the town Y; also a "микрорайон", a "квартал"): a quarter of a
#: town lies in the town, read as "X, Y", so the town stands in when the quarter is not known (the town's name in
#: the genitive, brought to the nominative).
_RU_QUARTER_OF_TOWN = re.compile(
    r"^(?:(?:в|на|у|из)\s+)?(?:махалл[еяиюа]|микрорайон[еау]?|квартал[еау]?)\s+"
    r"(?P<name>[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*)?)\s+города\s+(?P<town>[А-ЯЁ][а-яё-]+)$"
)
#: The adjectives before it in any case of the masculine ("афганским портом X", the instrumental of
#: "-ский" is "-ским"; "приграничном", "соседнем", "пограничного"), as the noun's own endings are.
_RU_KIND_BEFORE = re.compile(
    r"^(?P<lead>(?:в|во|на|у|с|со)\s+)?(?:[а-яё]+(?:ый|ой|ий|ого|его|ом|ем|ому|ему|ым|им)\s+){0,2}"
    r"(?:порт[уаеом]*|комиссариат[уаеом]*|область|областью)\s+(?=[А-ЯЁ])"
)
#: Nationality adjectives (Russian forms; the Ukrainian ones arrive so from geo/slavic_words.py).
_NATIONALITY = NATIONALITY_STEMS
_RU_NATIONALITY = re.compile(
    rf"^(?:(?:в|во|на)\s+)?(?P<stem>{'|'.join(_NATIONALITY)})(?:кск|цк|ск)(?:ом|ой)\s+"
    r"(?=(?:селе|кишлаке|городе|пос[её]лке|деревне|ауле)\s+[А-ЯЁ])",
    re.IGNORECASE,
)
#: The nationality adjective's endings by case and gender ("таджикском районе", "таджикского района",
#: "таджикской области", "таджикскую провинцию", "таджикским районом"): the adjective agrees with the
#: unit word after it, so every case is read alike (issue 13, the fifty-first batch's g4802).
_RU_ADJ_CASES = {
    "nominative": ("ий", "ая", "ое"),
    "genitive": ("ого", "ой"),
    "dative": ("ому", "ой"),
    "accusative": ("ий", "ую", "ое"),
    "instrumental": ("им", "ой", "ою"),
    "prepositional": ("ом", "ой"),
}
_RU_ADJ_ENDINGS = "|".join(sorted({e for forms in _RU_ADJ_CASES.values() for e in forms}, key=len, reverse=True))
#: Unit words (any case, singular) after which a name follows: district, province, region, county,
#: jamoat, volost, okrug; the settlement nouns are the older rule's above.
_RU_UNIT_WORD = (
    r"(?:район|уезд|округ|джамоат|шахрестан)(?:а|е|у|ом)?|област(?:ь|и|ью)|провинци(?:я|и|ю|ей)|"
    r"волост(?:ь|и|ью)|вилоят(?:а|е|у|ом)?"
)
#: "в таджикском районе X", "афганской провинции X": a nationality adjective before any unit word; the
#: adjective is dropped and its country kept as context, the unit word and what follows read as written.
_RU_NATIONALITY_UNIT = re.compile(
    rf"^(?P<lead>(?:(?:в|во|на|из|у)\s+)?)(?P<stem>{'|'.join(_NATIONALITY)})(?:кск|цк|ск)(?:{_RU_ADJ_ENDINGS})\s+"
    rf"(?=(?:{_RU_UNIT_WORD})\s+[А-ЯЁ])",
    re.IGNORECASE,
)
#: A settlement noun in the nominative, or "местечко" (locality) in any case, before a name: the name.
_RU_SETTLEMENT_BEFORE = re.compile(r"^(?:(?:в|во)\s+)?(?:город|местечк[оеау]|местечком)\s+(?=[А-ЯЁ])")
#: A unit noun in the genitive between two names ("Бедак джамоата Ворух города Исфары"): the unit it is in.
_RU_UNIT_BETWEEN = re.compile(r"(?<=[а-яё])\s+(?:джамоата|города|кишлака|села)\s+(?=[А-ЯЁ])")
#: Tajik kind nouns before a name, with the izofa: "гузаргоҳи марзии X" (the border crossing X),
#: "дидбонгоҳи сарҳадии 7-уми «X»" (the 7th border post X), "посгоҳи сарҳадии X"; the name is read alone.
_TG_KIND_BEFORE = re.compile(
    r"^(?:(?:гузаргоҳи|гузаргоҳҳои|дидбонгоҳи|посгоҳи|посбонгоҳи|нуқтаи)\s+(?:марзии|сарҳадии|гузариши)"
    r"(?:\s+\d+-(?:ум|юм)и?)?)\s+(?=[«\"]?[А-ЯЁҲҶҚҒӮӢ])",
    re.IGNORECASE,
)
#: Tajik "X дар ноҳияи Y" (X in Y district): the place, then the unit it lies in, as "X, ноҳияи Y".
_TG_IN_UNIT = re.compile(
    r"(?<=\S)\s+дар\s+(?=(?:ноҳияи|вилояти|ҷамоати|шаҳри|вулусволии|волусволии)\s+[А-ЯЁҲҶҚҒӮӢ])", re.IGNORECASE
)
_KG_COUNTRY_BEFORE = re.compile(
    r"^(?P<country>(?:Тажикстан|Кыргызстан|Өзбекстан|Афганистан))(?:дын|дин|нын|нин|тын|тин)\s+(?=[А-ЯЁӨҮ])"
)
_KG_ENCLAVE = re.compile(r"\bанклав(?P<ending>ы|ынын|ында|ындагы|ына|ынан)\b")
_KG_RESIDENTS = re.compile(r"^(?P<place>.+\sайыл(?:ынын|ы))\s+(?:тургундары|тургуну|жашоочулары|тургундарынын)$")
_DIRECTIONS = r"(?:شرق|غرب|شمال|جنوب|شمال\s*شرق|شمال\s*غرب|جنوب\s*شرق|جنوب\s*غرب|مرکز|وسط)(?:ی|ي)?"
#: "ولایت هرات که با ایران هم‌مرز است", "… هم‌مرز با ایران" (bordering X): which line, dropped after a name (geo167).
_FA_BORDERING = re.compile(
    r"\s+(?:که\s+)?(?:با\s+(?P<a>\S+)\s+(?:هم[\s\u200c]?مرز|مرز\s+مشترک)(?:\s+(?:است|دارد|می[\s\u200c]?باشد))?"
    r"|هم[\s\u200c]?مرز\s+با\s+(?P<b>\S+))$"
)
_FA_PART_OF_COUNTRY = re.compile(rf"\s+(?:در|في|فی)\s+{_DIRECTIONS}\s+(?:کشور\s+|البلاد\s+)?(?P<country>\S+)$")
_AR_BELONGING_TO_THIS = re.compile(r"\s+التابع(?:ة|ه)?\s+ل(?:هذه|هذا|تلك|ذلك)\s+\S+$")
#: "مدينة تايباد التابعة لإقليم Y", "بلدة X التابع لمحافظة Y" (X, belonging to the province Y): the unit that
#: holds X, read as X's context ("X، إقليم Y"), as Persian "X از توابع استان Y" is (geo/persian_words.py).
_AR_BELONGING_TO_UNIT = re.compile(
    r"(?<=\S)\s+(?:ال)?تابع(?:ة|ه)?\s+ل(?=(?:محافظة|إقليم|اقليم|ولاية|مديرية|ناحية|مقاطعة|مدينة|منطقة)\s+\S)"
)
#: "Hirmand country", "country of Hirmand": a capitalised name of one or two words before or after.
#: The region's countries in English and Spanish letters, for the tails below.
_LATIN_COUNTRIES = (
    r"(?:Afghanistan|Afganist[áa]n|Pakistan|Pakist[áa]n|Iran|Ir[áa]n|Tajikistan|Tayikist[áa]n|Uzbekistan|"
    r"Uzbekist[áa]n|Turkmenistan|Turkmenist[áa]n|Kyrgyzstan|Kirguist[áa]n|Kirguizist[áa]n|China)"
)
#: "Herat province near the border with Turkmenistan": the country the border is shared with says
#: which border, not where the place is; " with X" is dropped and "near the border" is read as before.
_EN_BORDER_WITH = re.compile(
    rf"(?P<border>\s(?:near|along|on|at)\s+the\s+border)\s+with\s+(?:the\s+)?{_LATIN_COUNTRIES}$"
)
#: "the eastern city of Taybad bordering Afghanistan", "…, adjoining Pakistan": the neighbour, dropped.
_EN_BORDERING = re.compile(rf",?\s+(?:bordering|adjoining|adjacent\s+to)\s+(?:the\s+)?{_LATIN_COUNTRIES}$")
#: "Nokundi which borders Iran", "X that lies in Y": a relative clause after a capitalised name with no
#: comma before it; the comma is put in, and the reader then takes the clause as it takes ", which …". A unit
#: word may follow the name ("Herat province which borders with Iran", geo167: batch 84's g8107).
_EN_RELATIVE = re.compile(
    r"\b(?P<name>[A-Z][\w'-]*(?:\s+(?:province|district|region|county|agency))?)\s+(?:which|that)\s+"
    r"(?=(?:borders|lies|sits|stands|adjoins|straddles|shares|is)\b)"
)
#: "Chaman border crossing with Afghanistan": the neighbour across the crossing, dropped (as Spanish "con Irán"):
#: read as the country of the place, it gave the Afghan side's row (Wesh) for Pakistan's Chaman (geo147).
_EN_CROSSING_WITH = re.compile(
    rf"\b(?:crossing|crossings|checkpoint|post|gate|terminal|point)(?P<with>\s+with\s+(?:the\s+)?{_LATIN_COUNTRIES})$"
)
#: "Pakistan's official border crossing with Afghanistan at Chaman", "the main border crossing at Torkham": the
#: crossing at a place, a country's possessive and an adjective before it; read as "Chaman border crossing,
#: Pakistan" (the possessive is the crossing's own side). Before, "official" was read as a role (geo147).
_EN_CROSSING_AT = re.compile(
    rf"^(?:the\s+)?(?:(?P<country>{_LATIN_COUNTRIES})'s\s+)?(?:(?:official|main|only|busiest|key|major|formal|"
    r"largest|principal|primary)\s+)*(?:border\s+)?crossing(?:\s+point)?"
    rf"(?:\s+with\s+(?:the\s+)?{_LATIN_COUNTRIES})?\s+at\s+"
    r"(?P<name>[A-Z][\w'-]*(?:[ -][A-Z][\w'-]*){0,2})$"
)
_SEVERAL = re.compile(r",|\band\b|&")
#: "the Pakistan-Afghanistan border along the Wakhan district of Badakhshan", "along Kurram district": the stretch
#: of the line in a unit the text names with its unit word is in that unit, which stands in, as after "near"; a
#: line along a river or a range ("along the Panj river") names no unit and is left as it was (geo151: g7322).
_EN_ALONG_UNIT = re.compile(
    r"^(?:(?:the\s+)?(?:[\w'-]+\s+){0,2}(?:border|frontier|boundary)\s+)?along\s+(?:the\s+)?"
    r"(?P<unit>[A-Z][\w'-]*(?:[ -][A-Z][\w'-]*){0,2}\s+(?:district|province|region|county|agency)(?:\s+of\s+\S.*)?)$"
)
#: "the Pakistan-Afghanistan border in the Wakhan district of Badakhshan": the line "in" (inside, within) a unit the
#: text names with its unit word is that unit's stretch, read as after "along"; before, a country pair before "border"
#: answered the country (Kabul's point) (geo152). The border word is asked for: "in X district" alone is read as before.
_EN_BORDER_IN_UNIT = re.compile(
    r"^(?:the\s+)?(?:[\w'-]+\s+){0,2}(?:border|frontier|boundary)\s+(?:in|inside|within)\s+(?:the\s+)?"
    r"(?P<unit>[A-Z][\w'-]*(?:[ -][A-Z][\w'-]*){0,2}\s+(?:district|province|region|county|agency)(?:\s+of\s+\S.*)?)$"
)
#: Spanish "el cruce fronterizo de Islam Qala con Irán" (with Iran): the neighbour across the border, dropped.
_ES_WITH_COUNTRY = re.compile(rf"\s+con\s+{_LATIN_COUNTRIES}$")
#: Spanish "el poblado de Torghundi" (the settlement of): a settlement noun before the name, dropped.
_ES_SETTLEMENT_OF = re.compile(
    r"^(?:en\s+)?(?:el|la)\s+(?:poblado|pueblo|aldea|localidad|villa|ciudad)\s+(?:fronteriz[oa]\s+)?de\s+(?=[A-ZÁÉÍÓÚ])"
)
#: Polish "na granicy z Afganistanem" (on the border with Afghanistan): the neighbour in the instrumental.
_PL_BORDER_WITH = re.compile(
    r"\s+(?:na|przy)\s+granicy\s+z\s+(?:(?:Afganistan|Pakistan|Iran|Tad[żz]ykistan|Uzbekistan|Turkmenistan|"
    r"Kirgistan)em|Kirgizją|Chinami)$"
)
#: Polish "miasta X", "w mieście X" (of, in the town X): the town noun in any case before a name.
_PL_TOWN_BEFORE = re.compile(r"^(?:(?:w|do|z|ze|koło|przy|od)\s+)?(?:miast(?:o|a|u|em)|mieście)\s+(?=[A-ZŁŚŻŹ])")
#: Polish "(uzbeckiej) enklawy X" (of the Uzbek enclave X): the enclave noun in any case, and the owner's
#: adjective before it, before a name; read as X only when X is a pack name letter for letter.
_PL_ENCLAVE_BEFORE = re.compile(
    r"^(?:(?:w|do|z|ze|koło|przy|od)\s+)?(?:(?:uzbeck|tad[żz]yck|kirgisk)(?:a|iej|ą)\s+)?"
    r"(?:enklaw|eksklaw)(?:a|y|ę|ie|ą)\s+(?=[A-ZŁŚŻŹ])",
    re.IGNORECASE,
)
#: Polish "na terenie Kirgistanu" (on the territory of Kyrgyzstan): the country around it, in the genitive.
_PL_ON_TERRITORY = re.compile(
    r"\s+na\s+terenie\s+(?:Afganistanu|Pakistanu|Iranu|Tad[żz]ykistanu|Uzbekistanu|Turkmenistanu|Kirgistanu|"
    r"Kirgizji|Chin)$"
)
#: Russian "Хайратан в провинции Кальдар", "X в районе Y", "«X» в городе Y": a capitalised name (a
#: crossing's quoted), then where it lies; the town, read as the unit after a comma, bounds the name.
_RU_IN_UNIT = re.compile(
    r"^(?P<name>[«\"]?[А-ЯЁ][а-яё-]*(?:\s+[А-ЯЁ][а-яё-]*){0,2}[»\"]?)\s+в\s+(?P<unit>провинции|районе|городе)\s+"
    r"(?P<where>[А-ЯЁ][а-яё-]*(?:\s+[А-ЯЁ][а-яё-]*)?)$"
)
#: Russian "X, город Y", "X, города Y" (X, the town Y; X, of the town Y) and Tajik "X дар шаҳри Y" (X in the
#: town Y): the town bounds the name as "в городе Y" does; the town noun goes, so the unit is read as "X, Y".
_RU_TOWN_AFTER = re.compile(
    r"^(?P<name>[«\"]?[А-ЯЁ][а-яё-]*(?:\s+[А-ЯЁ][а-яё-]*){0,2}[»\"]?),\s+(?:город|города|шаҳри)\s+"
    r"(?P<where>[А-ЯЁ][а-яё-]*(?:\s+[А-ЯЁ][а-яё-]*)?)$"
)
_TG_IN_TOWN = re.compile(r"(?<=\S)\s+дар\s+шаҳри\s+(?=[А-ЯЁҲҶҚҒӮӢ])", re.IGNORECASE)
_EN_NAME = r"[A-Z][\w'-]*(?:[ -][A-Z][\w'-]*)?"
_EN_COUNTRY = re.compile(rf"\b(?P<before>{_EN_NAME})\s+country\b|\bcountry\s+of\s+(?P<after>{_EN_NAME})")
_ARABIC_COUNTRY = {"أفغانستان": "افغانستان", "باكستان": "پاکستان", "إيران": "ایران", "ايران": "ایران"}


def _country(word: str) -> str | None:
    """The word as a country of the region in its Persian spelling or as written, or None."""
    word = _ARABIC_COUNTRY.get(word, word)
    folded = word.casefold()
    return word if any(folded.startswith(stem) for stem in COUNTRY_STEMS) else None


def _town_nominative(word: str) -> str:
    """A town's name in the genitive brought to the nominative: "Термеза" → "Термез", "Исфары" → "Исфара"."""
    if known := genitive_nominative(word):
        return known
    if word.endswith("ы"):
        return word[:-1] + "а"
    return _MASCULINE_GENITIVE.sub("", word)


def _polish(text: str) -> str:
    if (match := _PL_BORDER_WITH.search(text)) and match.start() > 0:
        text = text[: match.start()]  # the neighbour, as Russian "на границе с …"
    if (match := _PL_ON_TERRITORY.search(text)) and match.start() > 0:
        text = text[: match.start()]  # the country around it, as "na granicy z …" names the neighbour
    match = _PL_TOWN_BEFORE.match(text)
    if match and (a_pack_name(rest := text[match.end() :]) or a_pack_district(rest)):
        text = rest  # "miasta Serhetabat": the town, when its name is known letter for letter
    match = _PL_ENCLAVE_BEFORE.match(text)
    if match and (a_pack_name(rest := text[match.end() :]) or a_pack_district(rest)):
        text = rest  # "enklawy Soch": the enclave is the place its name names, when known letter for letter
    return text


def _latin(text: str) -> str:
    if " granicy " in text or "miast" in text or "mieście" in text or "klaw" in text or " terenie " in text:
        text = _polish(text)
    if " which " in text or " that " in text:
        text = _EN_RELATIVE.sub(r"\g<name>, which ", text, count=1)
    if (match := _EN_ALONG_UNIT.match(text) or _EN_BORDER_IN_UNIT.match(text)) is not None:
        return match.group("unit")
    if not any(word in text for word in (" with ", " con ", " de ", " adj", " bordering ", " at ")):
        return text  # none of the words below: most strings, read at no cost
    if (match := _EN_CROSSING_WITH.search(text)) and not _SEVERAL.search(text[: match.start()]):
        text = text[: match.start("with")]
    if (match := _EN_CROSSING_AT.match(text)) and (match.group("country") or text.split()[0] != "crossing"):
        country = match.group("country")
        return f"{match.group('name')} border crossing" + (f", {country}" if country else "")
    if (match := _EN_BORDERING.search(text)) and match.start() > 0 and not _SEVERAL.search(text[: match.start()]):
        text = text[: match.start()]  # one place's tail; "X near Iran, and Y bordering Turkmenistan" is a list
    text = _EN_BORDER_WITH.sub(lambda m: m.group("border"), text)
    if (match := _ES_WITH_COUNTRY.search(text)) and match.start() > 0:
        text = text[: match.start()]
    if (match := _ES_SETTLEMENT_OF.match(text)) and match.end() < len(text):
        text = text[match.end() :]
    return text


def _cyrillic(text: str) -> str:
    text = enclave_without_region(text) or text  # "анклав Сох Баткенской области": geo/enclave_region.py
    if (match := _RU_BORDER_WITH.search(text)) and match.start() > 0 and _country(match.group("country")):
        text = text[: match.start()]
    if (match := _RU_ON_ADJ_BORDER.search(text)) and match.start() > 0:
        text = text[: match.start()]
    if (
        (match := _RU_BORDER_OF_TWO.search(text))
        and match.start() > 0
        and _country(match["a"])
        and _country(match["b"])
        and not _RU_VALLEY.search(text[: match.start()])  # a valley the line crosses is a basin, no point
    ):
        text = text[: match.start()]
    if (match := _RU_PART_OF_COUNTRY.search(text)) and match.start() > 0 and _country(match.group("country")):
        text = f"{text[: match.start()]}, {match.group('country')}"  # the place's own country: its context
    text = _RU_CITY_ABBREVIATION.sub("города ", text)
    if match := _RU_QUARTER_OF_TOWN.match(text):
        text = f"{match.group('name')}, {_town_nominative(match.group('town'))}"
    if match := _RU_IN_UNIT.match(text):
        unit = "провинция " if match.group("unit") == "провинции" else ""
        text = f"{match.group('name')}, {unit}{match.group('where')}"
    elif (match := _RU_TOWN_AFTER.match(_TG_IN_TOWN.sub(", шаҳри ", text))) is not None:
        text = f"{match.group('name')}, {match.group('where')}"
    if match := _KG_RESIDENTS.match(text):
        text = match.group("place")
    if match := _KG_COUNTRY_BEFORE.match(text):
        text = f"{text[match.end() :]}, {match.group('country')}"
    text = _KG_ENCLAVE.sub(lambda m: "айыл" + m.group("ending"), text)
    if (match := _RU_NATIONALITY.search(text)) and "," not in text:
        country = _NATIONALITY[match.group("stem").casefold()]
        text = f"в {text[match.end() :]}, {country}"  # the locative alone: "киргизского села X" is read already
    elif (match := _RU_NATIONALITY_UNIT.search(text)) and "," not in text:
        country = _NATIONALITY[match.group("stem").casefold()]
        rest = text[match.end() :]
        text = (
            f"{match.group('lead')}{rest}"
            if country[:5].casefold() in rest.casefold()
            else f"{match.group('lead')}{rest}, {country}"
        )
    if match := _TG_KIND_BEFORE.match(text):
        text = text[match.end() :]
    if (match := _TG_IN_UNIT.search(text)) and "," not in text:
        text = f"{text[: match.start()]}, {text[match.end() :]}"
    if match := _RU_KIND_BEFORE.match(text) or _RU_SETTLEMENT_BEFORE.match(text):
        text = text[match.end() :]
    if text[:1].isupper() and " " in text:
        text = _RU_UNIT_BETWEEN.sub(", ", text)
    return text


def _arabic_script(text: str) -> str:
    text = " ".join(text.replace('"', " ").split())
    match = _FA_PART_OF_COUNTRY.search(text)
    if match and match.start() > 0 and (country := _country(match.group("country"))):
        text = f"{text[: match.start()]}، {country}"
    if (match := _FA_BORDERING.search(text)) and match.start() > 0 and _country(match["a"] or match["b"]):
        text = text[: match.start()]
    if (match := _AR_BELONGING_TO_THIS.search(text)) and match.start() > 0:
        text = text[: match.start()]
    return _AR_BELONGING_TO_UNIT.sub("، ", text, count=1)


def _county(match: re.Match[str]) -> str:
    name = match.group("before") or match.group("after")
    return match.group(0).replace("country", "county") if a_pack_district(name) else match.group(0)


def rewrite_where(text: str) -> str | None:
    """The text without the words around its name that say where or what, or None when none are here."""
    text = " ".join(text.split())
    if "country" in text:
        rewritten = _EN_COUNTRY.sub(_county, text)
        return None if rewritten == text else rewritten
    if _CYRILLIC.search(text):
        rewritten = _cyrillic(text)
    elif has_arabic(text):
        rewritten = _arabic_script(text)
    else:
        rewritten = _latin(text)
    return None if rewritten == " ".join(text.replace('"', " ").split()) or rewritten == text else rewritten
