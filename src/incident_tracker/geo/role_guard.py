"""More shapes of a place named in another role than the event's: datelines and people's places.

:mod:`.roles` reads the shapes the earlier batches taught ("QUETTA:", "JALALABAD (Pajhwok)", "an
official in Nangarhar said"). A report of the region writes the same roles in more ways, and a
string none of them matches goes on to the name reader, which takes the words it does not know
off and answers the place that is left: "his hometown in Mardan" became Mardan, "TEHRAN (IRNA)
--" Tehran, "کوئٹہ ۔" (a dateline closed by the Urdu full stop) Quetta, "глава Исфаринского
района" (the head of Isfara district) the district. Where the event was, none of them says.

Each guard is one shape, in one table (:data:`GUARDS`), so that its cost can be measured on
its own (docs/geocoding-journal.md, "Twelfth batch"): what it empties of the strings whose place *is*
the event's. A guard that cost such strings and removed no wrong answer was not kept.
:func:`read_more_roles` is asked by :func:`.roles.read_role` after its own shapes;
:func:`overshadowed` by :func:`.locate.locate` on the chosen answer ("Doha", a far capital named
as the place of talks, was a village of Isfahan that bears the name as an alias).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .scripts import has_arabic
from .text import UNIT_WORDS

if TYPE_CHECKING:
    from .candidates import Candidate

#: Capitals that name a province, not a filing city ("GBAO, Tajikistan", "KPK:"): never a dateline.
PROVINCE_ACRONYMS = frozenset({"AJK", "FATA", "GB", "GBAO", "ICT", "KP", "KPK", "NWFP", "PATA", "RRP", "XUAR"})

#: Agencies, outlets and desks as a dateline names them, in every script of the region (the
#: Latin names :mod:`.roles` knows are asked there first).
_AGENCY_NAMES = frozenset(
    [
        "irna",
        "isna",
        "ilna",
        "tasnim",
        "mehr",
        "ani",
        "wam",
        "tass",
        "kabar",
        "khovar",
        "asia-plus",
        "akipress",
        "24.kg",
        "sputnik",
        "ria novosti",
        "interfax",
        "pajhwok",
        "tolonews",
        "bakhtar",
        "app",
        "afp",
        "ap",
        "reuters",
        "xinhua",
        "кабар",
        "ховар",
        "тасс",
        "спутник",
        "риа новости",
        "интерфакс",
        "азия-плюс",
        "ایرنا",
        "ايرنا",
        "ایسنا",
        "ایلنا",
        "تسنیم",
        "مهر",
        "فارس",
        "پژواک",
        "باختر",
        "بی بی سی",
        "اے پی پی",
        "آن لائن",
        "این این آئی",
        "آئی این پی",
        "ثنا نیوز",
        "اے ایف پی",
        "اے پی",
        "رائٹرز",
        "رویترز",
        "شنہوا",
        "شین ہوا",
        "شینهوا",
        "آسوشیتدپرس",
        "خبرگزاری فرانسه",
        "انادولو",
        "اسپوتنیک",
        "تاس",
        "طلوع نیوز",
        "طلوعنیوز",
        "آریانا نیوز",
        "خامه پرس",
    ]
)
#: Words that make a bracket or a tail the report's own byline: "(Staff Reporter)", "(Our
#: Correspondent)", "(Monitoring Desk)", "(نمائندہ خصوصی)" (special correspondent), "(نامہ نگار)".
_BYLINE = re.compile(
    r"\b(?:reporter|correspondent|desk|bureau|news\s+agency|staff)\b|نمائندہ|نامہ\s*نگار|رپورٹر|رپورٹ|ڈیسک|"
    r"خبرنگار|گزارشگر|خبرگزاری|خبریال|ګزارشګر",
    re.IGNORECASE,
)
#: Where a dateline's parts meet: a comma, a bracket, a slash, a dash (also doubled), a colon.
_PARTS = re.compile(r"\s*(?:[,،()\[\]/:;]|--|[—–ـ]|(?<=\s)-|-(?=\s)|-$|(?<=[\u0600-\u06ff])-(?=[\u0600-\u06ff]))\s*")
#: Every mark one of :data:`_PARTS` holds: a text with none of them is one part.
_PART_MARKS = ",،()[]/:;-—–ـ"
#: "14 сен.", "7-май", "13-мар.": a day and a month written short, as Russian and Kyrgyz datelines do.
_SHORT_DAY = re.compile(
    r"^\d{1,2}[\s.-]*(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|сент|окт|ноя|нояб|дек)[а-я]*\.?$", re.IGNORECASE
)
#: A short place phrase and the mark that ends a dateline: "PARACHINAR.", "پاراچنار ۔", "Chitral:",
#: "کوئٹہ :". The name part is at most four words and holds no figure.
_ENDED = re.compile(r"^(?P<name>[^\W\d_](?:[^\d:;.۔]*[^\W\d_])?)\s*(?P<mark>:|۔|\.|--)\s*$")


def _dateline_parts(text: str) -> str | None:
    """ "TEHRAN (IRNA) --", "Tehran, IRNA --", "Бишкек, 14 сен. /Кабар/.", "هرات - ایرنا -":
    a name first, then an agency, a byline or a short day among the parts."""
    if not any(mark in text for mark in _PART_MARKS):
        return None  # one part
    parts = [part.strip(" .") for part in _PARTS.split(text.strip())]
    parts = [part for part in parts if part]
    if len(parts) < 2 or len(parts[0].split()) > 4 or any(ch.isdigit() for ch in parts[0]):
        return None
    for part in parts[1:]:
        if part.casefold() in _AGENCY_NAMES or _BYLINE.search(part) or _SHORT_DAY.match(part):
            return f"a dateline ({part}): where the report was filed, not where the event was"
    return None


#: Words of people's names in Urdu, Pashto, Persian and Arabic bylines: given names, "Khan", "Shah",
#: "-ullah", "-uddin", family and tribal names, honorifics. Any one makes a bracket a person.
_PERSON_TEXT = """
    محمد محمّد احمد علی علي خان شاہ شاه حسین حسين حسن اللہ الله الدین الدين گل جان قادری قادري
    چودھری چوہدری ملک سید سيد شیخ شيخ رانا نیازی آفریدی یوسفزئی بیگ مرزا اعوان قریشی صدیقی ہاشمی
    هاشمی رحمان رحمن الرحمن الرحمان اکبر اکرم اکمل اسلم اصغر اشرف افضل طارق عمران نواز ظفر جاوید
    عبدالله عبداللہ ضیاء فاروق عمر عثمان عباس رضا مهدی مہدی
"""
_PERSON_WORDS = frozenset(_PERSON_TEXT.split())
#: A unit or a place word in the brackets ("X (ضلع ژوب)", "X (district Y)"): the bracket places the
#: name, whatever else it holds, and is no outlet's or date's.
UNIT_IN_BRACKETS = re.compile(
    rf"(?<!\w)(?:{UNIT_WORDS}|صوبه|علاقہ|منطقه)(?!\w)",
    re.IGNORECASE,
)
#: "لنڈی کوتل (اکمل خان قادری)": a name, then a bracket that closes the text.
_NAME_BRACKET = re.compile(r"^(?P<name>[^()]+?)\s*[(\[](?P<bracket>[^()\[\]]+)[)\]]\s*[:۔—–-]?\s*$")


def _byline_dateline(text: str) -> str | None:
    """ "لنڈی کوتل (اکمل خان قادری)": in Arabic script a dateline names its reporter in brackets after
    the town, as an English one names its agency ("JALALABAD (Pajhwok)"): where the report was filed."""
    if not has_arabic(text):
        return None
    match = _NAME_BRACKET.match(text.strip())
    if not match or len(match.group("name").split()) > 4:
        return None
    if UNIT_IN_BRACKETS.search(match.group("bracket")):
        return None  # "چمن (ضلع قلعہ عبداللہ)": a district whose name holds a person's word
    person = match.group("bracket").split()
    if 2 <= len(person) <= 5 and any(word in _PERSON_WORDS or word.endswith("زئی") for word in person):
        return f"a dateline ({match.group('bracket').strip()}): where the report was filed, not where the event was"
    return None


def _ended_dateline(text: str) -> str | None:
    """A short name closed by a colon (any script and case), by a full stop or "--" (in capitals or
    in Arabic script, which has none): a report's opening words, not the event's place."""
    stripped = text.strip()
    match = _ENDED.match(stripped) if stripped[-1:] in (":", "۔", ".", "-") else None
    if not match or len(match.group("name").split()) > 4:
        return None
    name, mark = match.group("name"), match.group("mark")
    if name in PROVINCE_ACRONYMS:
        return None
    if mark == ":" or name.isupper() or has_arabic(name):
        return f"a dateline ({name}{mark}): where the report was filed, not where the event was"
    return None


#: A person's home, burial or funeral place: "native town", "his hometown", "laid to rest",
#: "آبائی" (ancestral), "سکنہ" (resident of), "زادگاه" (birthplace), "похоронен" (buried).
_HOME = re.compile(
    r"\b(?:home\s*towns?|home\s+villages?|ancestral|native\s+(?:town|village|district|area|place)s?|laid\s+to\s+rest|"
    r"buried|funerals?|janaza|hail(?:s|ed)\s+from)\b|(?<!\S)(?:آبائی|سکنہ|رہائشی|جنازہ|جنازے|زادگاه\S*|تشییع|خاکسپاری)"
    r"(?!\S)|(?<!\w)(?:похорон\w*|родин\w*|уроженк\w*)",
    re.IGNORECASE,
)
#: A person named by the office of a place: "the Foreign Office in Islamabad", "глава Исфаринского
#: района" (the head of Isfara district), "استاندار" (the governor), "فرماندار" (the county governor).
#: A customs office is not one: it is the post on the road where the goods are cleared, a place; nor is a
#: police, security, Scouts, Levies or Frontier Corps headquarters ("the police headquarters in X"): a compound
#: such a force holds, which is attacked where it stands (geo121). An army's headquarters speaks for it.
_OFFICE = re.compile(
    r"\b(?:(?<!customs\s)offices?|(?<!police\s)(?<!security\s)(?<!scouts\s)(?<!levies\s)(?<!corps\s)headquarters|secretariat|directorate|governors?|commissioners?|mayors?|prosecutors?|ISPR)\b|"
    r"(?<!\w)(?:глав[аеуы]|председател\w*|руководител\w*|начальник\w*|хукумат\w*|администрац\w*|прокуратур\w*|"
    r"губернатор\w*|мэр\w*)(?!\w)|(?<!\S)(?:استاندار|استانداری|فرماندار|فرمانداری|بخشدار|سفیر|بنیاد|فرمانده|"
    r"فرماندهی|دادستان|کمشنر|کمانڈر|گورنر|والي|والی|ولسوال)(?!\S)",
    re.IGNORECASE,
)
#: Where talks or a meeting were held: "talks held in Doha", "на переговорах в Баткене".
_TALKS = re.compile(
    r"\b(?:talks|negotiations|summit)\b|(?<!\w)(?:переговор\w*|встреч\w*)|(?<!\S)(?:مذاکرات|ملاقات|نشست|اجلاس)(?!\S)",
    re.IGNORECASE,
)


def _words(pattern: re.Pattern[str], what: str) -> Callable[[str], str | None]:
    def guard(text: str) -> str | None:
        match = pattern.search(text)
        return f"{what} ({match.group(0)!r}), not where the event was" if match else None

    return guard


#: A place across the line from the one named: "across the border from Chitral", "Chitral across the
#: border", Urdu "چترال کے قریب سرحد پار" (across the border near Chitral), Persian/Dari "آن سوی مرز"
#: (the far side of the border), Pashto "د پولې هاخوا", Russian "по ту сторону границы от X", Chinese
#: "X边境对面". The name is the near side's; the event is on the other, unnamed: wrong is worse than empty.
#: The extractor reads "across the border in X" as X hit (extract/place.py), and so do we: a phrase that
#: goes on to say where across ("in", "into", "inside"; "میں", "در", "کې", "в", "的") is left alone.
_ACROSS = re.compile(
    r"\bacross\s+the\s+(?:[\w-]+\s+){0,2}(?:border|frontier|line)\b|\b(?:the\s+)?(?:other|far|opposite)\s+side\s+of\s+"
    r"the\s+(?:[\w-]+\s+){0,2}(?:border|frontier|line)\b|(?<!\S)(?:سرحد|بارڈر|سرحدوں)\s+(?:کے\s+)?(?:اس\s+)?پار(?!\S)|"
    r"(?<!\S)(?:آن|اون)[\s\u200c]*(?:سوی|سو|طرف)\s+(?:خط\s+)?مرز|(?<!\S)(?:د\s+)?(?:پول[ېیي]|کرښ[ېیي]|سرحد)\s+(?:ها|بل[ېیي]\s*)خوا|"
    r"(?<!\w)(?:по\s+(?:ту|другую)\s+сторону|на\s+(?:той|другой)\s+стороне)\s+(?:от\s+)?границ\w*|"
    r"(?:边境|边界|国境)(?:线)?(?:的)?(?:对面|另一侧|另一边|彼侧)",
    re.IGNORECASE,
)
#: What says where across: "across the border in X", "سرحد پار … میں", "… در ولایت X", "په X کې", "в X", "对面的X".
_SAYS_WHERE_ACROSS = re.compile(
    r"^\s*,?\s*(?:in|into|inside|at)\b|(?<!\S)(?:میں|در|کې)(?!\S)|^\s*,?\s*(?:в|во|на)\s|^\s*的",
    re.IGNORECASE,
)


def _across(text: str) -> str | None:
    """A place across the line from the one named (see :data:`_ACROSS`), or None."""
    match = _ACROSS.search(text)
    if match is None or _SAYS_WHERE_ACROSS.search(text[match.end() :]):
        return None
    return f"across the border from the place named ({match.group(0)!r}): the event is on the other side"


#: Every guard by name, in the order asked. A guard measured and not kept is not listed: see
#: docs/geocoding-journal.md ("Twelfth batch") for each one's cost.
GUARDS: dict[str, Callable[[str], str | None]] = {
    "dateline parts": _dateline_parts,
    "ended dateline": _ended_dateline,
    "byline dateline": _byline_dateline,
    "home": _words(_HOME, "a person's home or burial place"),
    "office": _words(_OFFICE, "a place named by an office"),
    "talks": _words(_TALKS, "where talks were held"),
    "across": _across,
}


def read_more_roles(text: str) -> str | None:
    """Why ``text`` names a place in another role than the event's, by the guards of :data:`GUARDS`, or None."""
    for guard in GUARDS.values():
        why = guard(text)
        if why:
            return why
    return None


#: A place of the region matched by another of its names does not answer a name that a city
#: elsewhere bears as its own, when that city is this many times as large and at least this large.
OVERSHADOW_RATIO = 100
OVERSHADOW_POPULATION = 100_000


def overshadowed(chosen: Candidate, candidates: Sequence[Candidate]) -> str | None:
    """Why ``chosen`` must not answer: its name is first a large city's outside the region.

    "talks held in Doha", "Doha": a village of Isfahan that carries "Doha" as another name
    was given as ``exact``, over Doha in Qatar, because places of the region rank first. A
    name a report gives a far capital is that capital's (named in a role: talks, a statement,
    an embassy), and a place of the region known by it only as an alias is no trustworthy
    answer. The border pack's own spellings (its rows have a kind) are not doubted.
    """
    if chosen.match != "alias" or chosen.kind is not None:
        return None
    floor = max(OVERSHADOW_POPULATION, OVERSHADOW_RATIO * chosen.population)
    for other in candidates:
        if other.match == "name" and other.country != chosen.country and other.population >= floor:
            return f"{other.label} bears this name as its own; {chosen.label} only as another name"
    return None
