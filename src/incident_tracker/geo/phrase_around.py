"""Words around a name the reader knows, in every script: prepositions, case endings, unit words,
region heads, crossing nouns, the border of two countries.

Two rewriters, asked by :func:`.phrase.parse_query` in this order (the Slavic one,
:mod:`.slavic_words`, between them). Each is one general shape per script, a word class, not a
phrase; each returns the text rewritten into a form the reader knows, or None. No rewritten
text matches again (each rule drops or changes the words it matched), so the reader's recursion
ends. Both ask first which script the text holds (:mod:`.scripts`), and share one test of a
country of the region (:func:`_a_country`) and one list of quarters of a country.

:func:`rewrite_wrapped`, the twenty-second and twenty-third batches' shapes. The twenty-second
batch's dev strings named known places inside words the readers did not strip: a crossing noun
before a quoted name ("на пограничном мосту "Хайратон — Термез"", "کمیساریای مرزی «شیرخان
بندر»"), the border of two countries before "in the area of" (Persian "مرز ایران و افغانستان در
منطقه X"; geo89: "its (land) border with Y in the area X", the neighbour dropped), a Russian locative the
reader knows only in the nominative ("в узбекском анклаве Сох"),
"на территории" (on the territory of) before a province, an Arabic preposition before a unit word
("في منطقة X") or a unit word fused with "ب" (in) after a name ("X بمنطقة Y"), a quarter of a
country after the last unit ("… شمالي أفغانستان"). The twenty-third batch's strings held a Russian
province noun before a name ("сопредельной афганской провинции Бадгис"), the Tajik word for an
Afghan district ("дар улусволии Дашти Қалъа") and a Persian "of the dependencies of the town"
after a name ("X از توابع شهر Y").

:func:`rewrite_around`, the words the older readers left around a known name, which left the
eighteenth batch's dev answers empty in five scripts: "в Хайратоне" (Russian: in Hairatan, the
locative ending), "Кавок района Шамсиддина Шохина" (the district named by a noun in the
genitive), "新疆维吾尔自治区喀什地区塔什库尔干塔吉克自治县境内" (a region and a prefecture the
Chinese reader does not know, before a county it does), "از منطقه سراوان" and "در سراوان"
(Persian: from, in), "مرزبانان سراوان" and "مرزهای سیستان و بلوچستان" (the border guards, the
borders of), a watchtower with a quoted name "of the Saravan border regiment", "باجوڑ ضلع میں …
سرحد پر" (Urdu: in Bajaur district, on the border), "منطقة كنج الواقعة في ولاية نيمروز جنوب
أفغانستان" (Arabic: the area X, lying in Nimroz province, south Afghanistan), "the Langorbut and
Kavti areas of Arandhi" (two areas of a town). The sixty-fourth batch (geo128) added a border post, named or
not, before its district in the genitive ("пограничной заставы «X» района Y"), as a locality before it is read,
and the Arabic town noun "بلدة" after a preposition, as "مدينة" is. The sixty-fifth (geo129): a post of a
detachment named by its district's adjective ("заставу «X» Лейлекского пограничного отряда"), the border service
of a unit ("погранслужбы Баткенской области"), "в" with a town in the accusative ("в Хотан") and a quoted enclave name.
"""

from __future__ import annotations

import re

from .phrase_case import rewrite_case
from .phrase_patterns import COUNTRY_STEMS
from .scripts import has_arabic, has_cyrillic, has_han
from .slavic_words import unit_in_nominative

__all__ = ["rewrite_around", "rewrite_wrapped"]

#: The quarters of a country in Arabic ("شمال", north; "جنوبي", southern…), after which a country
#: names where in it: "… جنوب أفغانستان".
_AR_DIRECTION = "شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي"

# === rewrite_around ========================================================================

# --- Russian ------------------------------------------------------------------------------

#: "в Хайратоне", "на Термезе", "по Термезу": one name after a preposition, in the locative or
#: dative case (masculine names drop the ending: Хайратон, Термез).
_RU_CASE = re.compile(
    r"^(?:в|во|на|по|к)\s+(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?P<end>е|у)$",
)
#: "(в местности) Кавок района Шамсиддина Шохина": a place, then its district named by a noun in
#: the genitive ("района", "области") and a name whose words end in the genitive -а.
_RU_NOUN_UNIT = re.compile(
    r"^(?:(?:в|во)\s+(?:местности|селе|кишлаке|посёлке|поселке|местечке)\s+)?"
    r"(?P<place>[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*)?)(?<!ского)(?<!ской)(?<!цкого)(?<!цкой)\s+(?P<noun>района|области)\s+"
    r"(?P<unit>[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*){0,2})$"
)
#: "(в зоне) пограничной заставы «X» района Y" (in the zone of the border post X of Y district), "заставы района Y"
#: (a post of Y district): a post, named or not, then its district by a noun in the genitive, as a locality is
#: read above. A named post stays a post ("застава «X», район Y": only a border place of that name answers for it,
#: else the district stands in); an unnamed one is where its district is.
_RU_POST = (
    r"(?:(?:в\s+зоне|в\s+районе|на\s+участке|на|у|возле|около|близ|вблизи|в)\s+)?(?:\d+-(?:й|я|ой|ая)\s+)?"
    r"(?:пограничн\w+\s+)?(?:(?:погран)?застав(?:а|ы|е|у|ой)|пост(?:а|у|е|ом)?|КПП|пункт(?:а|е|у|ом)?\s+пропуска)\s+"
    r"(?:[«\"“](?P<name>[^»\"”“]+)[»\"”“]\s+)?"
)  # a post or crossing (its ordinal too: "4-й заставы"), with its preposition and a quoted name, as both rules read it
_RU_POST_OF_UNIT = re.compile(
    rf"^{_RU_POST}(?P<noun>района|области)\s+(?P<unit>[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*){{0,2}})$"
)
#: "на (пограничную) заставу «X» Лейлекского пограничного отряда" (to the X post of the Leilek border
#: detachment): a post, named or not, then the detachment that holds it, named by the adjective of the district
#: it guards (as "Пянджский погранотряд" is read: .coverage_cyrillic), is a post of that district, read as
#: "заставе «X» Лейлекского района" is. The shape of _RU_POST_OF_UNIT with the unit before its noun (geo129).
_RU_POST_OF_DETACHMENT = re.compile(
    rf"^(?P<post>{_RU_POST})(?:на\s+участке\s+)?(?P<adj>[А-ЯЁ][\w-]*?[сц]к)(?:ого|ом)\s+"
    r"(?:пограничн(?:ого|ом)\s+отряд[аеу]|погранотряд[аеу])$"
)
#: "личный состав погранслужбы Баткенской области" (the staff of the Batken region's border service),
#: "пограничники Лейлекского района": the border service, its people, or both, of a unit named by its
#: adjective: where they serve is the unit, read alone (the Russian form of "the forces of the X border
#: regiment", geo128's Persian shape). Only border-service words: "жители" (residents) or "губернатор" say whose,
#: not where the event is.
_RU_SERVICE_OF_UNIT = re.compile(
    r"^(?:(?:личн\w+\s+состав\w*|сотрудник\w*|военнослужащ\w+|бойц\w+|пограничник\w*)\s+)?"
    r"(?:(?:погранслужб\w+|пограничн\w+\s+служб\w+|погранвойск\w*|пограничн\w+\s+войск\w*|"
    r"погрануправлени\w+|пограничн\w+\s+управлени\w+)\s+)?"
    r"(?P<unit>[А-ЯЁ][\w-]*(?:ской|цкой|ского|цкого)\s+(?:области|района))$"
)
#: "самолет вернулся в Хотан" (the plane returned to Hotan), "в Кашгар": "в" with a masculine name in the
#: accusative, which is its nominative (motion into the place); common (lowercase) words may come first. A
#: country after "в" ("в Афганистан", into Afghanistan) names no place.
_RU_INTO = re.compile(
    r"^(?:[а-яё]+\s+){0,3}(?:в|во)\s+(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?[бвгджзклмнпрстфхцчшщ])$"
)
#: "в Аксыйском районе в местности X" (in Aksy district, in the locality X): the district in the
#: locative first, then the place; read in the other order, "в местности X Аксыйского района", which
#: the reader knows (the district stands in for a place it does not).
_RU_UNIT_THEN_PLACE = re.compile(
    r"^(?:в|во)\s+(?P<adj>[А-ЯЁ][\w-]*?)(?P<end>ск|цк)(?:ом\s+районе|ой\s+области),?\s+"
    r"(?P<rest>(?:в|во)\s+(?:местности|селе|кишлаке|посёлке|поселке|местечке)\s+[А-ЯЁ][\w-]*)$"
)
#: "города Баткена" (of the town of Batken): a settlement noun in the genitive, then the name in it.
_RU_OF_TOWN = re.compile(
    r"^(?:города|села|посёлка|поселка|кишлака|местечка)\s+(?P<name>[А-ЯЁ][а-яё]+[бвгджзклмнпрстфхцчшщ])а$"
)
#: "окрестности аэропорта в Баткене": common nouns (lowercase), then "in" a place: near the place. The first word
#: may open the sentence with a capital when it is an adjective ("Контрольно-пропускной пункт в Серахсе", batch 85's
#: g8203, geo169) or a checkpoint's abbreviation (КПП, МАПП): a capitalised noun may be a name, and is left alone.
_RU_NOUNS_IN = re.compile(
    r"^(?:[а-яё]+(?:-[а-яё]+)?|КПП|МАПП|[А-ЯЁ][а-яё]+-[а-яё]+(?:ый|ой|ий)|[А-ЯЁ][а-яё]+(?:ый|ой|ий|ая|ое|ые))"
    r"(?:\s+[а-яё]+){0,3}\s+(?:в|во)\s+(?P<name>[А-ЯЁ][а-яё]+[бвгджзклмнпрстфхцчшщ])е$"
)

# --- Chinese ------------------------------------------------------------------------------

#: A region or prefecture at the head of a Chinese chain: "新疆维吾尔自治区", "喀什地区".
_HAN_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,10}?(?:自治区|自治區|地区|地區)")
#: What the reader must still see after the head: a finer unit word.
_HAN_FINER = re.compile(r"(?:县|縣|区|區|市|镇|鎮|乡|鄉|村|口岸)")

# --- Persian and Dari ---------------------------------------------------------------------

#: "از منطقه سراوان" (from), "در سراوان" (in), "به" (to), "تا" (as far as), before the place.
_FA_PREPOSITION = re.compile(r"^(?:از|در|به|تا)\s+(?=\S)")
#: "مرزهای X" (the borders of X), "مرزبانان X" (the border guards of X), "مرز X"; "مرز جاده‌ای X"
#: (the road border of X, the joiner written or not), "مرز ریلی X" (the rail border).
_FA_BORDER_OF = re.compile(
    r"^(?:مرزهای|مرزهاي|مرزها|مرز|مرزبانان|مرزداران)(?:\s+(?:جاده\u200c?ای|ریلی))?\s+(?P<name>\S.*)$"
)
#: "برجک مرزبانی «مزه سر» هنگ مرزی سراوان": a post or tower with a quoted name, of a border regiment
#: named after its county: the name is a designation, the county holds the post. So for the posts
#: of a named company of the regiment ("پاسگاههای گروهان هفده شهریور هنگ مرزی تایباد": the company's
#: name is a date, 17 Shahrivar): the regiment's county holds them.
_FA_POST_OF_REGIMENT = re.compile(
    r"^(?:برجک|پاسگاه|پایگاه|پست)(?:\u200c?ها(?:ی)?)?(?:\s+(?:مرزبانی|مرزی))?\s+"
    r"(?:[«\"“][^»\"”]+[»\"”]|(?:گروهان|گردان)\s+[^«»\"“”]+?)\s+هنگ\s+مرزی\s+(?P<county>\S.*)$"
)

# --- Urdu ---------------------------------------------------------------------------------

#: "باجوڑ ضلع میں پاکستان-افغانستان سرحد پر": the unit word after the name, then "in" (or "پر", on:
#: "کرم ایجنسی پر پاک افغان بارڈر", the border along Kurram Agency), then what is there; a border
#: phrase there says which border, not where on it.
_UR_UNIT_IN = re.compile(
    r"^(?P<name>\S+(?:\s+\S+)?)\s+(?P<unit>ضلع|تحصیل|ایجنسی|صوبہ|صوبے)(?:\s+(?:میں|پر)(?:\s+(?P<rest>\S.*))?)?$"
)
_UR_BORDER_PHRASE = re.compile(r"^(?:\S+[-\s])*\S*\s*(?:سرحد|بارڈر|باڈر)(?:\s+(?:پر|کے\s+قریب))?$")

# --- Arabic -------------------------------------------------------------------------------

#: "منطقة X الواقعة في ولاية Y": X, lying in Y.
_AR_LYING_IN = re.compile(r"^(?P<name>\S.*?)\s+(?:الواقعة|الواقع|الواقعه)\s+(?:في\s+|ب)(?P<where>\S.*)$")
#: "… جنوب أفغانستان" (in the south of Afghanistan): a quarter of the country after the last unit.
_AR_QUARTER_AFTER_UNIT = re.compile(rf"\s+(?:{_AR_DIRECTION})(?:\s+(?:شرق|غرب))?\s+(?P<country>\S+)$")

# --- English ------------------------------------------------------------------------------

#: "the Langorbut and Kavti areas of Arandhi": two areas of one town; the town, an area around it.
_EN_AREAS_OF = re.compile(
    r"^(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+and\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+"
    r"(?:areas|villages|localities)\s+of\s+(?P<town>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)$"
)


_AR_TO_FA = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ي": "ی", "ك": "ک"})


def _a_country(word: str) -> bool:
    """Is ``word`` a country of the region ("پاکستان", "أفغانستان", "Таджикистана")?"""
    return any(word.casefold().translate(_AR_TO_FA).startswith(stem) for stem in COUNTRY_STEMS)


def _russian(text: str) -> str | None:
    if (case := rewrite_case(text)) is not None:  # "в Исфаре": Исфара, a feminine name (see the module)
        return case
    if (match := _RU_CASE.match(text)) or (match := _RU_OF_TOWN.match(text)):
        return match.group("name")
    if match := _RU_NOUNS_IN.match(text):
        return f"near {match.group('name')}"
    if match := _RU_UNIT_THEN_PLACE.match(text):
        adj, end = match.group("adj") + match.group("end"), match.group(0)[: match.start("rest")]
        unit = f"{adj}ого района" if "район" in end else f"{adj}ой области"
        return f"{match.group('rest')} {unit}"
    if (match := _RU_NOUN_UNIT.match(text)) and not _a_country(match.group("unit")):
        return f"{match.group('place')}, {unit_in_nominative(match.group('noun'), match.group('unit'))}"
    if (match := _RU_POST_OF_UNIT.match(text)) and not _a_country(match.group("unit")):
        unit = unit_in_nominative(match.group("noun"), match.group("unit"))
        return f"застава «{match.group('name')}», {unit}" if match.group("name") else unit
    if match := _RU_POST_OF_DETACHMENT.match(text):
        return f"{match.group('post')}{match.group('adj')}ого района"
    if (match := _RU_SERVICE_OF_UNIT.match(text)) and match.start("unit") > 0:
        return match.group("unit")
    if (match := _RU_INTO.match(text)) and not _a_country(match.group("name")):
        return match.group("name")
    return None


def _chinese(text: str) -> str | None:
    """Cut the heads the Chinese reader cannot read, while a finer unit remains and the rest reads."""
    from .phrase_cyrillic import rewrite_phrase

    if rewrite_phrase(text) is not None:
        return None
    rest = text
    while (match := _HAN_HEAD.match(rest)) and _HAN_FINER.search(rest[match.end() :]):
        rest = rest[match.end() :]
        if rewrite_phrase(rest) is not None:
            return rest
    return None


def _arabic_script(text: str) -> str | None:
    if match := _FA_POST_OF_REGIMENT.match(text):
        return f"هنگ مرزی {match.group('county')}"
    if (match := _FA_PREPOSITION.match(text)) and not _a_country(text[match.end() :]):
        return text[match.end() :]
    if (match := _FA_BORDER_OF.match(text)) and not any(_a_country(word) for word in match.group("name").split()):
        return match.group("name")
    if match := _UR_UNIT_IN.match(text):
        unit, name = "صوبہ" if match.group("unit") == "صوبے" else match.group("unit"), match.group("name")
        rest = match.group("rest") or ""
        # The reader knows "ضلع X", "تحصیل X", "صوبہ X" and "X ایجنسی": each unit word in its own place.
        where = f"{name} {unit}" if unit == "ایجنسی" else f"{unit} {name}"
        if where == text:
            return None
        return where if not rest or _UR_BORDER_PHRASE.match(rest) else f"{rest}، {where}"
    if match := _AR_LYING_IN.match(text):
        where = match.group("where")
        if (quarter := _AR_QUARTER_AFTER_UNIT.search(where)) and _a_country(quarter.group("country")):
            where = f"{where[: quarter.start()]}، {quarter.group('country')}"
        return f"{match.group('name')}، {where}"
    return None


def rewrite_around(text: str) -> str | None:
    """The text without the words around its name (see the module), or None when it has none of them."""
    flat = " ".join(text.split())
    if has_han(flat):
        return _chinese(flat)
    if has_cyrillic(flat):
        return _russian(flat)
    if has_arabic(flat):
        return _arabic_script(flat)
    if match := _EN_AREAS_OF.match(flat):
        return f"the {match.group('town')} area"
    return None


# === rewrite_wrapped ======================================================================

_QUOTED = r"[«\"“„](?P<name>[^»\"”“]+)[»\"”“]"

# --- crossing and border-unit nouns before a quoted name -----------------------------------

#: Russian "мост" (bridge) in any case, with "пограничный" (border) before it in any case, and a
#: preposition; Persian and Dari "پل" (bridge), "کمیساریای مرزی" (border commissariat), Arabic
#: "جسر" (bridge): the quoted name after them is the place ("КПП «Торхам»" is read already).
_CROSSING_NOUN = re.compile(
    r"^(?:(?:на|по|у|через|к)\s+)?(?:пограничн\w+\s+)?мост(?:а|у|ом|е)?\s+"
    # "туркмено-афганских контрольно-пропускных пунктов (КПП) “X”", "крупнейший афгано-иранский пропускной
    # пункт “X”" (the thirty-ninth batch): a crossing point, in any case and number, with up to three
    # adjectives (the two countries', "largest") and the abbreviation in brackets, before a quoted name
    r"|^(?:(?:на|в|у|через|до|с|со)\s+)?(?:[а-яё]+(?:-[а-яё]+)?(?:ый|ий|ой|ая|ое|ые|ых|их|ого|ом|ому|ым|ую)\s+){0,3}"
    r"(?:(?:контрольно-)?пропускн\w+\s+пункт\w*(?:\s+\(КПП\))?|КПП)\s+(?=[«\"“„])"
    r"|^(?:(?:در|از|به)\s+)?(?:پل|کمیساری(?:ای|ا)?\s+مرزی)\s+"
    r"|^(?:(?:في|على|عبر)\s+)?(?:جسر)\s+",
    re.IGNORECASE,
)

# --- the border of two countries, then where on it ------------------------------------------

#: "مرز ایران و افغانستان در منطقه X" (the Iran–Afghanistan border in the area X), Arabic "الحدود
#: بين إيران وأفغانستان في منطقة X": which border, then the place on it.
_BORDER_OF_TWO = re.compile(
    r"^(?:(?:در|از)\s+)?(?:مرز(?:های|هاي)?|الحدود(?:\s+بين)?|الحدود\s+المشتركة\s+بين)\s+"
    r"(?P<one>\S+)\s+و\s*(?P<two>\S+)\s+(?:در|في)\s+(?P<rest>\S.*)$"
)
#: "مرز (زمینی) (خود) با افغانستان در منطقه X" (its (land) border with Afghanistan in the area X): the
#: neighbour after "با" (with) says which border, not whose ground; the place is what follows, read alone.
_FA_BORDER_WITH_IN_AREA = re.compile(
    r"^(?:(?:در|از)\s+)?مرز(?:های|هاي)?(?:\s+زمینی)?(?:\s+خود)?\s+با\s+(?:کشور\s+)?"
    r"(?P<country>\S+)\s+در\s+(?P<rest>(?:منطقه|منطقهٔ|منطقه‌ی|محدوده|نزدیکی|حوالی)\s+\S.*)$"
)
#: "مرزهای ایران در منطقه X" (Iran's borders in the area X), "ایران در منطقه X": one country, then
#: "in the area" of a place: the place, in that country. Only with the area word ("منطقه"), which
#: says a place follows.
_FA_COUNTRY_IN_AREA = re.compile(
    r"^(?:(?:مرز(?:های|هاي)?)\s+)?(?P<country>\S+)\s+در\s+(?P<rest>(?:منطقه|منطقهٔ|منطقه‌ی)\s+\S.*)$"
)

# --- Russian --------------------------------------------------------------------------------

#: "в узбекском анклаве Сох": the locative of "анклав" and its adjective; the reader knows the
#: nominative ("узбекский анклав Сох"). The name may be quoted ('в узбекском анклаве "Сох"', geo129).
_RU_ENCLAVE = re.compile(
    r"^(?:в|во)\s+(?:(?P<adjective>[а-яё]+?)(?P<suffix>ск|цк)ом\s+)?анклаве\s+"
    r"(?:[«\"“„](?P<quoted>[А-ЯЁ][^»\"”“]*)[»\"”“]|(?P<name>[А-ЯЁ].*))$",
)
#: "на территории Баткенской области": the genitive of a feminine unit is its locative too, so
#: "on the territory of" reads as "in"; "района" (masculine) changes its ending.
_RU_TERRITORY = re.compile(r"^на\s+территории\s+(?P<rest>[А-ЯЁ][а-яё-]*(?:ской|цкой|ского|цкого)\s+\S.*)$")
_RU_DISTRICT_GENITIVE = re.compile(r"^(?P<stem>[А-ЯЁ][а-яё-]*)(?P<suffix>ск|цк)ого\s+района\b")

#: A Russian province noun in any case before an Afghan, Iranian or Pakistani province's name, with
#: a preposition and up to two adjectives before it ("в провинции Тахар", "сопредельной афганской
#: провинции Бадгис"; a name of two hyphened words, "Хорасан-Разави"): the reader knows "X
#: province". The name ends the text (a list after it, "провинции Бадахшан - Хохон, Шикай …",
#: stays the list reader's) and no role word precedes it; a country after a comma is its context.
_RU_PROVINCE = re.compile(
    r"^(?:(?:в|во|из|на|у|к|до|по|для)\s+)?(?:[а-яё]+(?:ой|ая|ую|ий|ей|ых)\s+){0,2}провинци(?:я|и|ю|ей|ях)\s+"
    r"(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?:\s+[А-ЯЁ][а-яё-]+)?)(?:,\s*(?P<country>[А-ЯЁ][а-яё]+))?$"
)
#: Tajik "улусволӣ" (the Dari "ولسوالی", an Afghan district) before a name: "дар улусволии Дашти Қалъа".
#: The name is one name ("Дашти Қалъа" is Dasht-e Qal'ah, not "Dasht of Qal'ah"): "X district".
#: The country after it, in Tajik, takes the name's izofa ("улусволии Ишкошими Афғонистон", Ishkashim district of
#: Afghanistan): the izofa is dropped and the country kept as context, in the English the reader knows; the unit
#: is Afghanistan's, which is its country where none is written.
_TG_COUNTRY = r"(?:Афғонистон|Тоҷикистон|Эрон|Покистон)\b"
_TG_DISTRICT = re.compile(
    rf"^(?:(?:дар|аз|ба)\s+)?улусвол(?:ии|ӣ|и)\s+(?P<name>[А-ЯЁҲҚҶҒӮӢ][\w-]*(?:\s+(?!{_TG_COUNTRY})[А-ЯЁҲҚҶҒӮӢ][\w-]*){{0,2}}?)"
    rf"(?:и\s+(?P<country>{_TG_COUNTRY}))?$"
)
_TG_COUNTRIES = {"Афғонистон": "Afghanistan", "Тоҷикистон": "Tajikistan", "Эрон": "Iran", "Покистон": "Pakistan"}

# --- Arabic ---------------------------------------------------------------------------------

#: An Arabic preposition before a unit or area word: "في منطقة X" (in the area X).
_AR_IN_UNIT = re.compile(
    r"^(?:في|فى|من|إلى|الى)\s+(?=(?:منطقة|منطقه|ولاية|ولايه|محافظة|محافظه|مدينة|مدينه|بلدة|بلده|قرية|قريه|إقليم|اقليم|"
    r"مديرية|مديريه)\s)"
)
#: "معبر X بمنطقة Y" (the crossing X in the area Y): "ب" (in) fused to the unit word after a name.
_AR_FUSED_UNIT = re.compile(r"^(?P<name>\S.*?)\s+ب(?:منطقة|منطقه|(?P<district>مديرية|مديريه)|قضاء)\s+(?P<where>\S.*)$")
#: "X از توابع شهر Y" (X, of the dependencies of the town Y): the town after the name, as the county
#: ("از توابع شهرستان Y") is read already (geo/phrase_patterns.py).
_FA_OF_TOWN = re.compile(r"^(?P<name>\S.*?)\s+از\s+توابع\s+(?:شهر|بخش)\s+(?P<owner>\S.*)$")
#: "… شمالي أفغانستان" (in the north of Afghanistan) at the end: the country, kept as context.
_AR_QUARTER_END = re.compile(rf"\s+(?:في\s+)?(?:{_AR_DIRECTION})(?:\s*(?:شرق|غرب|شرقي|غربي))?\s+(?P<country>\S+)$")
#: "the country" (Arabic "البلاد", "البلد"; Persian "کشور"): a quarter of the report's own country says no more.
_THE_COUNTRY = frozenset({"البلاد", "البلد", "کشور"})
#: Words that name no place: a quarter after them leaves nothing to locate ("في شمالي أفغانستان").
_NO_NAME = frozenset({"في", "فى", "من", "در", "از", "به", "منطقة", "منطقه", "ولاية", "ولایت", "محافظة", "استان"})


def _quoted_after_noun(text: str) -> str | None:
    """ "на пограничном мосту "Хайратон — Термез"" → the quoted name and what follows it."""
    if (match := _CROSSING_NOUN.match(text)) is None:
        return None
    rest = text[match.end() :]
    if (quoted := re.match(_QUOTED, rest)) is None:
        return None
    return f"«{quoted.group('name').strip()}»{rest[quoted.end() :]}"


def _wrapped_russian(text: str) -> str | None:
    if match := _TG_DISTRICT.match(text):
        # the unit is Afghan's own: without a country written, Afghanistan ("улусволии Ишкошим" is not Tajik Ishkoshim)
        return f"{match.group('name')} district, {_TG_COUNTRIES[match.group('country') or 'Афғонистон']}"
    if (match := _RU_PROVINCE.match(text)) and (match.group("country") is None or _a_country(match.group("country"))):
        # "в провинции Балх, Афганистана" (the country kept from "на севере Афганистана"): its context
        return f"{match.group('name')} province" + (f", {match.group('country')}" if match.group("country") else "")
    if match := _RU_ENCLAVE.match(text):
        adjective = f"{match.group('adjective')}{match.group('suffix')}ий " if match.group("adjective") else ""
        return f"{adjective}анклав {match.group('name') or match.group('quoted')}"  # the quotes say "named"
    if match := _RU_TERRITORY.match(text):
        rest = match.group("rest")
        if district := _RU_DISTRICT_GENITIVE.match(rest):
            rest = f"{district.group('stem')}{district.group('suffix')}ом районе{rest[district.end() :]}"
        return f"в {rest}"
    return None


def _wrapped_arabic(text: str) -> str | None:
    if (match := _BORDER_OF_TWO.match(text)) and _a_country(match.group("one")) and _a_country(match.group("two")):
        return match.group("rest")
    if (match := _FA_BORDER_WITH_IN_AREA.match(text)) and _a_country(match.group("country")):
        return match.group("rest")  # the neighbour is dropped, as "X در مرز با Y" drops it
    if (match := _FA_COUNTRY_IN_AREA.match(text)) and _a_country(match.group("country")):
        return f"{match.group('rest')}، {match.group('country')}"
    if match := _AR_IN_UNIT.match(text):
        return text[match.end() :]
    if match := _FA_OF_TOWN.match(text):
        return f"{match.group('name')}، {match.group('owner')}"
    quarter = _AR_QUARTER_END.search(text)
    if quarter and set(text[: quarter.start()].split()) - _NO_NAME:
        if _a_country(quarter.group("country")):
            return f"{text[: quarter.start()]}، {quarter.group('country')}"
        if quarter.group("country") in _THE_COUNTRY:
            return text[: quarter.start()]  # "إقليم هرات غرب البلاد": the west of the report's own country
    if (match := _AR_FUSED_UNIT.match(text)) and not _a_country(match.group("where").split()[0]):
        # "قرية X بمديرية Y": the district word kept, so that Y is read as a district (as "X village, Y district")
        district = "مديرية " if match.group("district") else ""
        return f"{match.group('name')}، {district}{match.group('where')}"
    return None


def rewrite_wrapped(text: str) -> str | None:
    """The text without the words wrapped around its name (see the module), or None."""
    flat = " ".join(text.split())
    cyrillic, arabic = has_cyrillic(flat), has_arabic(flat)
    if not (cyrillic or arabic):
        return None  # every rule here reads Russian, Tajik, Persian or Arabic words
    if (quoted := _quoted_after_noun(flat)) is not None:
        return quoted
    if cyrillic:
        return _wrapped_russian(flat)
    return _wrapped_arabic(flat)
