"""Persian and Dari crossing phrases the Arabic-script reader leaves whole, rewritten into forms it knows.

Shapes from the nineteenth and twenty-fifth batches' `dev` failures, each a habit of Persian writing:

- a **kashida run as a dash**: "گذرگاه مرزی تفتان ــ میرجاوه" joins the two towns of a crossing
  with tatweel (U+0640) letters standing alone between spaces, where others write a hyphen; the
  reader knows "تفتان - میرجاوه" (the first town names the crossing), so the run becomes a hyphen;
- a **port with an adjective**: "بندر تجارتی تورغندی" (the trade port of Torghundi): the reader
  reads "بندر X" as the port X; the adjective (trade, commercial "بازرگانی", transit, dry) between
  noun and name is dropped;
- an **age or "border" between a head and its name** (fifty-third batch): "گمرک ۱۰۰ ساله X" (X's
  100-year-old customs) and "شهرستان مرزی X" (the border county X) are read without the word between;
- an **area word the reader lacks**: "محدوده میلک" (the precinct of Milak) is read as "منطقه میلک";
- a **unit word the reader lacks**: "ایالت نیمروز" (the state of Nimroz, as VOA's Persian service calls an Afghan
  province) is read as "ولایت نیمروز" (seventy-second batch, geo144);
- **"at the border with" a country** after the name: "تورغندی در مرز با ترکمنستان" puts the
  Afghan port on the Turkmen border; the country is the neighbour, not the place's own, so the tail
  is dropped rather than kept as context; so is "در مجاورت مرز ایران" (beside Iran's border; also
  "در کنار مرز", "نزدیک مرز"), where a bracket may follow: "گمرک X در مجاورت مرز ایران (شهرستان Y)"
  names Y on the far side, which the stand-in guard (geo/standin_guard.py) keeps from answering;
- **"with" a country** after the name: "شهرستان سراوان در مرز استان سیستان و بلوچستان با کشور
  پاکستان" (Saravan County, on the border of Sistan and Baluchestan province with Pakistan): the
  neighbour says which border, so "با کشور X" goes (and "با X" after "در مرز استان Y"); the
  province whose border it is holds the place (its border with a country is inside it), so "در مرز
  استان Y" before it becomes the name's context "، استان Y". Without the country, "در مرز استان Y"
  may be the border of a province the place lies outside of, and is left as it was;
- **a country's name after a unit or town** with no linking word: "استان هرات افغانستان" (Herat
  province, Afghanistan; Dari, Pashto and Urdu write it so too) is "استان هرات، افغانستان"; only
  after a unit word (province, county, district, city) opening the text, which says what the name is;
- **"adjoining" a country** before the name (Urdu): "پاکستان سے ملحق سرحدی علاقے میرجاوہ" (the
  border area of Mirjaveh adjoining Pakistan; also "سے متصل"): the neighbour again, so the words go;
- **"adjoining" a district or agency** before the name (Urdu, the thirty-ninth batch): "ضلع جنوبی وزیرستان
  سے متصل X" (X, adjoining South Waziristan district; also "کرم ایجنسی سے ملحق"): the unit the place
  borders, not the one it lies in, so the words go, only when the unit is a district of the pack by its
  exact name (an unknown unit's words stay, and the text stays empty);
- **Urdu "بارڈر" before, "پولیس اسٹیشن" or "تھانہ" after a name** (the border X, X police station):
  "پاک افغان بارڈر غلام خان پولیس اسٹیشن" is Ghulam Khan, only when what is left is a border place or
  district of the pack by its exact name;
- **"inside" a country** after the name: "میرجاوه در داخل خاک ایران" (Mirjaveh, inside
  Iran's soil) says which side the place is on: the country is the place's own, kept as its context.

- a **stretch between border pillars** after the name: "منطقه زهک حدفاصل میل 56 تا مایل 57" (the
  Zahak area, between pillars 56 and 57; "میل" and "مایل" both written), "X میل مرزی 12" (X, border
  pillar 12): a point on the line, given by the place before it; the pillars go;

- **"of the dependencies of"** a unit after the name: "شهرستان دند پتان از توابع استان پکتیا" (Dand
  Patan, among the subdivisions of Paktia province) is "X، استان Y", the unit as the name's context;

- a **port noun glued to the name**: "بندرتورغندی"; split
  (:func:`port_unglued`, called by the chain, which asks the gazetteer) only when the glued word is
  unknown, since "بندرعباس" is the city Bandar Abbas.

Each rewrite leaves nothing for the next to match, so the reader's recursion ends.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .persian_modifiers import persons_off
from .phrase_declined import a_pack_district, a_pack_name
from .phrase_patterns import COUNTRY_STEMS
from .scripts import has_arabic

__all__ = ["port_unglued", "rewrite_persian", "side_in_area_of_side"]

_KASHIDA_DASH = re.compile(r"(?<=\S) +\u0640+ +(?=\S)")
_PORT_ADJECTIVE = re.compile(r"\bبندر\s+(?:تجارتی|تجاری|بازرگانی|ترانزیتی|خشک)\s+")
#: A word of age or kind between a head and its name, taken off: "گمرک ۱۰۰ ساله X", "گذرگاه صدساله X" (the
#: 100-year-old customs, crossing: digits Persian or Latin, or the word "صد"/"چند"), and "شهرستان/شهر/بخش مرزی X"
#: (the border county, city, sub-district X: one unit, named). Not "ولسوالی مرزی P", which may be the
#: border districts of a province P (a reading reverted in the fifty-second round).
_HEAD_AGE = re.compile(
    r"^(?P<head>(?:گمرک|گمرگ|گذرگاه|معبر|پایانه|بندر|پل|شهر|شهرستان)(?:\s+مرزی)?)\s+"
    r"(?:[\d۰-۹٠-٩]+|صد|چند|هزار)\s*(?:\u200c)?ساله\s+(?=\S)"
)
_UNIT_BORDER_ADJECTIVE = re.compile(r"^(?P<head>شهرستان|شهر|بخش)\s+مرزی\s+(?=\S)")
#: "محل یک پاسگاه مرزی ایران در منطقه X" (the site of an Iranian border post in the area of X): a post, base or
#: station with no name of its own, then "in the area of X": the area is where it is, read from "در منطقه" on (a
#: named post, "پاسگاه مرزی Y در منطقه X", is not matched: Y stands between the head and "در") (geo121).
_UNNAMED_IN_AREA = re.compile(
    r"^(?:محل\s+)?(?:یک\s+)?(?:پاسگاه|پایگاه|ایستگاه|برجک)(?:\s+(?:مرزی|مرزبانی|انتظامی|نظامی))?"
    r"(?:\s+(?:ایران|ایرانی|پاکستان|پاکستانی|افغانستان|افغانی))?\s+(?=در\s+منطقه\s+\S)"
)
#: "پست کنترل گمرک اینچه برون" (the control post of Incheh Borun's customs), "گمرک مرزی X": the customs
#: of a crossing or town is at it; "گمرگ", a common misspelling of "گمرک", is read the same.
_CUSTOMS_OF = re.compile(r"^(?:(?:پست|ایستگاه)\s+(?:کنترل\s+)?)?(?:گمرک|گمرگ)(?:\s+مرزی)?\s+(?P<name>\S.*)$")
#: "تفتان در داخل پاکستان", "داخل خاک ایران" (inside Pakistan, inside Iran's soil): the country the
#: place is in, after it; kept as its context (the place's own country, unlike "at the border with").
#: "X در خاک تاجیکستان", "X در قلمرو ایران" (on Tajik soil, in Iran's territory) say the same (geo102), and so
#: does a bare "X در ترکمنستان" (X in Turkmenistan; geo172: it was looked up whole and named nothing).
_INSIDE_COUNTRY = re.compile(
    r"\s+(?:(?:در\s+)?(?:داخل|درون)\s+(?:خاک\s+)?|در\s+(?:(?:خاک|قلمرو)\s+)?)(?:کشور\s+)?(?P<country>\S+)$"
)
#: "… با کشور پاکستان" (with the country of Pakistan) ending the text, and "در مرز استان Y" before it.
_WITH_COUNTRY = re.compile(r"\s+با\s+(?P<noun>کشور\s+)?(?P<country>\S+)$")
_AT_THE_BORDER_OF_UNIT = re.compile(r"\s+در\s+(?:مرز|مرزهای|نوار\s+مرزی)\s+(?=(?:استان|ولایت)\s+\S)")
#: A country's own name ending the text, after a word that is not one ("استان هرات افغانستان").
_COUNTRY_AFTER = re.compile(
    r"^(?:استان|ولایت|ولايت|صوبہ|صوبه|شهرستان|ولسوالی|ولسوالۍ|ضلع|شهر|شہر|مناطق\s+مرزی)\s+\S.*?(?<=[^\s،,])\s+"
    r"(?P<country>\S+)$"
)
#: Words after which a country's name is not the place's own: another country ("ایران افغانستان"), a border;
#: A linking word before it ("در داخل پاکستان", "با کشور …") is read by the rules above, or not at all.
_NOT_BEFORE_COUNTRY = frozenset(COUNTRY_STEMS) | {
    *("مرز", "مرزهای", "سرحد", "سرحدات", "بارڈر"),
    *("در", "با", "از", "به", "داخل", "درون", "خاک", "کشور", "کے", "کی", "سے", "میں", "د", "په", "له"),
}
#: Urdu "پاکستان سے ملحق X", "… سے متصل X" (X, adjoining Pakistan) opening the text.
_ADJOINING = re.compile(r"^(?P<country>\S+)\s+سے\s+(?:ملحق|متصل)\s+(?=\S)")
#: Urdu "ضلع جنوبی وزیرستان سے متصل X", "کرم ایجنسی سے ملحق X": a district or agency the place adjoins.
_UNIT_ADJOINING = re.compile(
    r"^(?:(?:ضلع|ایجنسی)\s+(?P<before>\S+(?:\s+\S+)?)|(?P<after>\S+(?:\s+\S+)?)\s+(?:ضلع|ایجنسی))"
    r"\s+سے\s+(?:ملحق|متصل)\s+(?=\S)"
)
#: Urdu "(پاک افغان) بارڈر X" (the (Pak-Afghan) border X) and "X پولیس اسٹیشن", "X تھانہ" (X police station).
_UR_BORDER_BEFORE = re.compile(r"^(?:پاک\s+(?:افغان|افعان|ایران|چین)\s+)?(?:بارڈر|باڈر)\s+(?=\S)")
_UR_STATION_AFTER = re.compile(r"(?<=\S)\s+(?:پولیس\s+(?:اسٹیشن|سٹیشن)|تھانہ|تھانے)$")
_AT_THE_BORDER_WITH = re.compile(r"\s+در\s+(?:مرز|نوار\s+مرزی)\s+(?:با\s+)?(?:کشور\s+)?(?P<country>\S+)$")
#: "X در مجاورت مرز ایران", "X در کنار مرز …", "X نزدیک مرز …" (beside, by, near the border of a
#: country): which border the place lies on, not a place; the words go, a bracket after them stays.
#: Dari writes the border "سرحد" ("X در نزدیکی سرحد ایران"), as Urdu does.
_BY_THE_BORDER = re.compile(
    r"\s+(?:در\s+)?(?:مجاورت|کنار|نزدیکی|نزدیک)\s+(?:مرز|مرزهای|مرز\u200cهای|سرحد|سرحدات)\s+"
    r"(?P<country>[^\s()]+)(?=\s*(?:\(|$))"
)


#: Dari glues the port noun to the name: "بندرتورغندی" (the port Torghundi). Iranian port cities
#: are named so as one word too ("بندرعباس", Bandar Abbas), so a glued word the gazetteer knows stays.
_GLUED_PORT = re.compile(r"(?<!\S)بندر(?P<name>[^\s\u200c]{4,})")


def port_unglued(text: str, known: Callable[[str], bool]) -> str | None:
    """ "بندرتورغندی هرات" → "بندر تورغندی هرات" when ``known`` (the gazetteer's) does not know the
    glued word "بندرتورغندی"; None when no glued port word is unknown."""
    if not has_arabic(text) or not _GLUED_PORT.search(text):
        return None
    unglued = _GLUED_PORT.sub(lambda m: m.group(0) if known(m.group(0)) else f"بندر {m.group('name')}", text)
    return None if unglued == text else unglued


#: "حدفاصل میل 56 تا مایل 57" (between pillars 56 and 57), "میل مرزی شماره 12" (border pillar No. 12):
#: a stretch or the word "border" is asked for, since Urdu's "میل" is also the mile.
_NUMBER = r"[0-9۰-۹٠-٩]+"
_PILLAR = r"(?:میل|مایل)(?:\s*های)?"
_PILLARS = re.compile(
    rf"\s+(?:(?:حد\s*فاصل|بین)\s+{_PILLAR}\s+{_NUMBER}\s*(?:تا|و|-)\s*(?:{_PILLAR}\s+)?{_NUMBER}"
    rf"|(?:(?:در|نزدیک)\s+)?{_PILLAR}\s+مرزی(?:\s+شماره)?\s+{_NUMBER})$"
)

#: "X از توابع استان Y", "X از توابع Y" (X, of the subdivisions of Y): Y is X's unit, its context.
_DEPENDENCY_OF = re.compile(r"(?<=\S)\s+(?:از|جزو|جز)\s+(?:توابع|تابع)\s+(?=\S)")

#: "ایالت X" (the state X), which some Persian services (VOA's, BBC's) write for an Afghan province: the reader's
#: "ولایت X" (province), which it knows before a name (geo144); the plural "ایالات" (the United States) is no unit.
_STATE = re.compile(r"(?<!\S)ایالت(?=\s+\S)")
#: "محدوده X" (the area, precinct of X): the reader's "منطقه X" (area), which it knows before a name.
_PRECINCT = re.compile(r"(?<!\S)(?:در\s+)?محدوده(?:ٔ|ی)?(?=\s+\S)")
#: The Dari and Pashto area nouns "ساحه", "حوزه", "سیمه" opening the text (issue 13: each was read as a name, "ساحه
#: سپین بولدک" by sound, "حوزه X" matching nothing) are "منطقه" too; not before a word that makes "حوزه" a police or
#: city district ("حوزه امنیتی", "حوزه هفتم": a numbered district of a city, no named place).
_ORDINAL = (
    r"(?:[\d۰-۹]+|اول|سوم|(?:یک|دو|چهار|پنج|شش|هفت|هشت|نه|ده|یازده|دوازده|سیزده|چهارده|پانزده|شانزده|هفده|هجده|نوزده"
    r"|بیست)م(?:ین)?)"
)
_AREA_HEAD = re.compile(
    rf"^(?:در\s+)?(?:ساحه|حوزه|سیمه|سيمه)(?:ٔ|\u200c?ی)?(?=\s+\S)(?!\s+(?:امنیتی|امنيتی|{_ORDINAL})(?:\s|$))"
)
#: "اطراف X", "حومه X", "نواحی X", "شاوخوا X" opening the text (the surroundings, the outskirts, the parts around X):
#: the reader's "حوالی X" (around X), read as near X.
_AROUND = re.compile(r"^(?:در\s+)?(?:اطراف|حومه|حومهٔ|حومه\u200cی|نواحی|نواحي|شاوخوا)(?=\s+\S)")


#: "X در شمال استان Y" (X, in the north of Y province): the quarter says where in the unit, which is still X's
#: unit; read as "X در استان Y", so the place named before it answers, not the province (fifty-sixth batch).
_QUARTER_OF_UNIT = re.compile(
    r"(?<=\S)\s+در\s+(?:شمال|جنوب|شرق|غرب)(?:\s*\u200c?(?:شرق|غرب))?\s+(?=(?:استان|ولایت|ولايت|شهرستان)\s+\S)"
)


def _urdu_post(text: str) -> str:
    """ "پاک افغان بارڈر غلام خان پولیس اسٹیشن" → "غلام خان": the border word before and the police station
    after a name taken off, when what is left is a border place or district of the pack, letter for letter."""
    before, after = _UR_BORDER_BEFORE.match(text), _UR_STATION_AFTER.search(text)
    name = text[before.end() if before else 0 : after.start() if after else len(text)]
    if (before or after) and name != text and (a_pack_name(name) or a_pack_district(name)):
        return name
    return text


def rewrite_persian(text: str) -> str | None:
    """The text in a form the Arabic-script reader knows, or None when no rule here applies."""
    if not has_arabic(text):
        return None
    text = " ".join(text.split())
    rewritten = _KASHIDA_DASH.sub(" - ", persons_off(text))  # "یکی از مرزبانان غیور X": geo/persian_modifiers.py
    rewritten = _UNNAMED_IN_AREA.sub("", rewritten, count=1)
    rewritten = _PORT_ADJECTIVE.sub("بندر ", rewritten)
    rewritten = _HEAD_AGE.sub(r"\g<head> ", rewritten, count=1)
    rewritten = _UNIT_BORDER_ADJECTIVE.sub(r"\g<head> ", rewritten, count=1)
    rewritten = _PRECINCT.sub("منطقه", rewritten, count=1)
    rewritten = _STATE.sub("ولایت", rewritten, count=1)
    rewritten = _AROUND.sub("حوالی", _AREA_HEAD.sub("منطقه", rewritten, count=1), count=1)
    rewritten = _QUARTER_OF_UNIT.sub(" در ", rewritten, count=1)
    match = _PILLARS.search(rewritten)
    if match and match.start() > 0:
        rewritten = rewritten[: match.start()]
    rewritten = _DEPENDENCY_OF.sub("، ", rewritten, count=1)
    match = _CUSTOMS_OF.match(rewritten)
    if match and not any(word in COUNTRY_STEMS for word in match.group("name").split()):
        rewritten = match.group("name")
    match = _AT_THE_BORDER_WITH.search(rewritten)
    if match and match.start() > 0 and match.group("country") in COUNTRY_STEMS:
        rewritten = rewritten[: match.start()]
    match = _WITH_COUNTRY.search(rewritten)
    if match and match.start() > 0 and match.group("country") in COUNTRY_STEMS:
        head, border = rewritten[: match.start()], _AT_THE_BORDER_OF_UNIT.search(rewritten[: match.start()])
        if match.group("noun") or border:  # "با افغانستان" alone may be a border's, not the place's
            rewritten = _AT_THE_BORDER_OF_UNIT.sub("، ", head, count=1)
    match = _ADJOINING.match(rewritten)
    if match and match.group("country") in COUNTRY_STEMS:
        rewritten = rewritten[match.end() :]
    match = _UNIT_ADJOINING.match(rewritten)
    if match and a_pack_district(match.group("before") or match.group("after")):
        rewritten = rewritten[match.end() :]
    rewritten = _urdu_post(rewritten)
    match = _BY_THE_BORDER.search(rewritten)
    if match and match.start() > 0 and match.group("country") in COUNTRY_STEMS:
        rewritten = f"{rewritten[: match.start()]} {rewritten[match.end() :]}".strip()
    match = _INSIDE_COUNTRY.search(rewritten)
    if match and match.start() > 0 and match.group("country") in COUNTRY_STEMS:
        rewritten = f"{rewritten[: match.start()]}، {match.group('country')}"
    match = _COUNTRY_AFTER.search(rewritten)
    if match and match.group("country") in COUNTRY_STEMS and rewritten.split()[-2] not in _NOT_BEFORE_COUNTRY:
        rewritten = f"{rewritten[: match.start('country')].rstrip()}، {match.group('country')}"
    return None if rewritten == text else rewritten


#: Persian "(بندر|گذرگاه …) X (country) در منطقه Y": one side of a crossing written as lying in the area of Y.
_SIDE_IN_AREA = re.compile(
    r"^(?:(?:بندر|گذرگاه|گمرک|مرز)(?:\s+(?:مرزی|تجارتی|زمینی))?\s+)?(?P<left>\S+(?:\s+\S+)??)"
    r"(?:\s+(?:افغانستان|ایران|ترکمنستان|ازبکستان|تاجیکستان|پاکستان))?\s+در\s+منطقه(?:\s+مرزی)?\s+(?P<right>\S+(?:\s+\S+)?)$"
)


def side_in_area_of_side(text: str) -> tuple[str, str] | None:
    """ "بندر X افغانستان در منطقه Y" (the port X of Afghanistan, in the area of Y) → (X, Y), to be answered only
    where X and Y are the two facing rows of one crossing (:func:`.crossing_twins.facing_rows`); a general
    "X در منطقه Y" is not read so (it once made a held-out string confidently wrong)."""
    match = _SIDE_IN_AREA.match(" ".join(text.split()))
    return (match.group("left"), match.group("right")) if match else None
