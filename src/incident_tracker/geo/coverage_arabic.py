"""The coverage tables of Arabic letters: Persian and Dari, Pashto, Urdu, Arabic (see :mod:`.coverage`).

Only the words the Arabic-script readers did not pass over (docs/geocoding-journal.md, "Language coverage,
systematically"):

* Persian and Dari: "شهر مرزی X" (the border town of X), "پاسگاه (مرزی) X" (the X border post),
  "مرزبانی X" (the X border guard, a unit named after its county), "انکلاو X" (the X enclave),
  "X در مرز …" (X, on the border of …: the neighbour is dropped), "حوالی X" (around X),
  "دروازه (مرزی) X" (the X border gate, a crossing), "پل X بالای دریای Y" (the X bridge over the river Y: the bridge),
  "بازارچه (مرزی) X" (the (border) market of X), "حوالی روستای X" (around the village of X), "مرزبانان گروهان X"
  (the border guards of the X company);
* Pashto: "X ولايت" (X province, with the Arabic yeh), "د X کلی/کلي" (the village of X), "(د / په) X ښار (کې)" and
  "ښار X" (X city; "په X ښار کې د …", the … in X city, read as the city), "له Y سره پر پوله X" (on the border with Y,
  X), "د ډیورنډ کرښې پر سر X" (X on the Durand line), "X ته/سره نږدې/څېرمه" (near X; after "X ولایت/ولسوالۍ", near the
  province or district, which then never stands in), "په X کې پر یوه …" (in X, on a post or in a village it does not
  name);
* Urdu: "X شہر (میں)" (X city), "X (سرحدی) چوکی" (the X border post), "Y سرحد کے قریب X" (X, near
  Y's border), "(پاک افغان) سرحد X" (the X border, a crossing), "Y سے ملحقہ X" (X, adjoining Y: the
  place after the lead; "Y سے ملحقہ" alone is near Y), "Z کے جنوب مشرق میں واقع سرحدی علاقہ X" (the border
  area X, south-east of Z: the area re-read alone, kept near Z by the reference guard); words run together are
  split first (:func:`split_urdu_runs`), "Y سے X" after a unit is read as "Y میں X" (:func:`from_unit`), and "وادی X"
  (the X valley) where X is the pack's (:func:`valley_of`);
* Arabic: "X قرب الحدود (مع Y / الباكستانية)" (X, near the (Pakistani) border: X), "قرية X" (village),
  "بلدة X (الحدودية)" (the (border) town of X; "بلدة X الطاجيكية", the Tajik town of X, keeps its country as
  context), "مركز/نقطة X الحدودي(ة)"
  (the X border post), "جمرك X" (X's customs), "جيب X" (the X enclave). "منفذ X" (the X crossing)
  is the phrase reader's, as "معبر X" is (:mod:`.phrase_patterns`): the pack's crossing answers there.

A name in Arabic letters has no capitals to tell it from a common word: :func:`arabic_name` takes
one to three words, none of them a function word or a unit or border word of these languages.
"""

from __future__ import annotations

import re

from .phrase_declined import a_pack_district, a_pack_name, a_province_name
from .text import name_key

__all__ = [
    "ARABIC_HEADS",
    "AR_NATIONALITY",
    "arabic_name",
    "district_before_tehsil",
    "from_unit",
    "split_urdu_runs",
    "valley_of",
]

_N = r"(?P<name>.+?)"
#: Pashto "near" after a unit ("سره/ته نږدې"), and an unnamed place it holds ("په یو کلي کې", in a village).
#: Urdu "سے ملحقہ" (adjoining; also "ملحق", "متصل") after what is adjoined.
_ADJOINING = r"سے\s+(?:ملحقہ|ملحق|متصل)"
_NEAR = r"(?:سره|ته)\s+(?:نږدې|نژدې|څېرمه)(?:\s+په\s+یو[هو]?\s+\S+\s+کې)?"

#: Arabic adjectives of the region's countries (feminine, as after "بلدة", "مدينة"), and the country each names.
AR_NATIONALITY = {
    "الطاجيكية": "Tajikistan",
    "الأفغانية": "Afghanistan",
    "الافغانية": "Afghanistan",
    "الإيرانية": "Iran",
    "الايرانية": "Iran",
    "الباكستانية": "Pakistan",
    "الأوزبكية": "Uzbekistan",
    "القرغيزية": "Kyrgyzstan",
    "القيرغيزية": "Kyrgyzstan",
    "التركمانية": "Turkmenistan",
    "الصينية": "China",
}

_ROWS = (
    # Persian and Dari
    # "جنگل(های) ولسوالی X" (the forest(s) of X district), Pashto "ځنګلونه", Urdu "جنگلات": a forest
    # named by the unit it lies in is in that unit; the unit and what follows are read alone, so the
    # province after a district's name never stands in for the district
    (
        r"(?:در\s+|په\s+|کے\s+)?(?:جنگل(?:\u200c?ها(?:ی|ي)?|ات)?|ځنګل(?:ونه|ونو)?)\s+(?:د\s+)?"
        r"(?P<rest>(?:ولسوال(?:ی|ى|ي|ۍ)|ولا(?:ی|ي)ت|ضلع|تحصیل|شهرستان|استان|ولسوالي)\s+\S.*)",
        "rest",
    ),
    (rf"شهر\s+مرزی\s+{_N}", "town"),
    (rf"پاسگاه(?:\s+مرزی)?\s+{_N}", "post"),
    (rf"(?:در\s+)?دروازه(?:\s+مرزی)?\s+{_N}", "crossing"),
    (rf"مرزبانی\s+{_N}", "detachment"),
    (rf"(?:انکلاو|محصوره)\s+{_N}", "name"),
    # "(نیروهای) هنگ مرزی X در مرز Y و Z" (the (forces of the) X border regiment, on the Y–Z border): the
    # regiment's phrase is re-read alone, as a bare name before the tail is below
    (
        r"(?P<rest>(?:\S+\s+)?(?:هنگ|یگان|گروهان)\s+مرزی\s+\S+(?:\s+\S+)?)\s+در\s+(?:مرز|نوار\s+مرزی)(?:\s+\S+){1,5}",
        "rest",
    ),
    (rf"{_N}\s+در\s+(?:مرز|نوار\s+مرزی)(?:\s+\S+){{1,5}}", "name"),
    # "پل X بالای/روی دریای Y" (the X bridge over the river Y): the river the bridge spans is no
    # second place; the bridge is re-read alone (Arabic ي as typed, or Persian ی)
    (r"(?P<rest>پل\s+\S.*?)\s+(?:بالا[یي]|رو[یي]|بر)\s+(?:در[یي]ا[یي]|رود(?:خانه)?(?:\u200c?[یي]|ٔ)?)\s+\S+", "rest"),
    # "حوالی (روستای|شهر) X" (around the village / town of X): the unit word between is passed over (issue 13)
    (rf"(?:در\s+)?حوالی\s+(?:(?:روستا(?:ی|ي)|شهر|بخش)\s+)?{_N}", "near"),
    # "مرزبانان گروهان (مرزی) X" (the border guards of the X company): a company named after its post's place
    # (the guards' word is asked for: "گروهان مرزی X Y", a company and its county, is the other readers')
    (rf"مرزبان(?:ان|ی)\s+گروهان\s+{_N}", "detachment"),
    # "بازارچه (مرزی) X" (the (border) market of X): a market named after the place it is held at (fifty-sixth batch)
    (rf"(?:در\s+)?بازارچه(?:\u200c?های|\s+های)?(?:\s+مرزی)?(?:\s+مشترک)?\s+{_N}", "name"),
    # Pashto
    # "(له) (د Z) د X ولایت/ولسوالۍ سره/ته نږدې (په یو کلي کې)": (in a village) near the province or
    # district X (of Z); read as "near X province", so the province never stands in for what lies near it
    (rf"(?:له\s+)?(?:د\s+\S+\s+)?(?:د\s+)?{_N}\s+ولا[یي]ت\s+{_NEAR}", "near_province"),
    (rf"(?:له\s+)?(?:د\s+\S+\s+)?(?:د\s+)?{_N}\s+ولسوال(?:ۍ|ي|ی)\s+{_NEAR}", "near_district"),
    (rf"(?:له\s+)?(?:د\s+)?{_N}\s+سره\s+(?:نږدې|نژدې)", "near"),
    (rf"(?:د\s+)?{_N}\s+ولايت(?:\s+کې)?", "province"),
    (rf"د\s+{_N}\s+کل[یي](?:\s+کې)?", "village"),
    (rf"(?:د\s+|په\s+)?{_N}\s+ښار(?:\s+کې)?", "town"),
    # "(په) ښار X (کې)" (the city X, the word before the name as Persian writes "شهر X"); "کلی" is not read so
    # before or after a name: it is part of the region's village names ("Killi Luqman", "Khar Kalay"), which lie
    # elsewhere than the place the rest of the name is (geo144)
    (rf"(?:په\s+)?ښار\s+{_N}(?:\s+کې)?", "town"),
    # "په X ښار کې د …" (the … in X city: a command, an office): the city holds what follows, which is re-read
    (r"(?P<rest>په\s+\S+(?:\s+\S+)?\s+ښار\s+کې)\s+د\s+\S.*", "rest"),
    (rf"له\s+\S+\s+سره\s+(?:پر|په)\s+پوله\s+{_N}", "name"),
    # "په (پاک افغان) پوله X" (at the (Pak-Afghan) border, X), and Dari "در مرز پاک افغان X": the crossing X,
    # as the Urdu "(پاک افغان) سرحد X" below
    (rf"(?:په|پر)\s+(?:(?:پاک\s+افغان|افغان\s+پاک|ډیورنډ)\s+)?پول(?:ه|ې)(?:\s+کې)?\s+{_N}", "crossing"),
    (rf"(?:در\s+)?مرز\s+(?:پاک\s+افغان|افغان\s+پاک|دیورند)\s+{_N}", "crossing"),
    (rf"د\s+ډ[یي]ورن[ډد]\s+(?:فرضي\s+)?کرښې\s+(?:پر\s+سر|په\s+اوږدو\s+کې)\s+{_N}", "name"),
    (rf"{_N}\s+ته\s+(?:نږدې|نژدې|څېرمه)", "near"),
    # "په X کې پر/په یوې … پوستې" (in X, on a security post): an unnamed place ("یو/یوه/یوې", one) in X is in X
    # (fifty-sixth batch); a named one after "په X کې" is not read so
    (rf"په\s+{_N}\s+کې\s+(?:پر|په|د)\s+یو(?:ه|ې|ئ)?\s+\S.*", "name"),
    # Urdu
    # "X مصروف ترین زمینی بندرگاہ" (X, the busiest land port), Persian "X بزرگترین گذرگاه مرزی", Pashto
    # "X تر ټولو لوی سوداګریز بندر": a superlative and up to two adjectives between a name and a port
    # or crossing word say what the place is, not which
    (
        rf"{_N}\s+(?:\S+\s*\u200c?ترین|تر\s*ټولو\s+\S+)(?:\s+\S+){{0,2}}?\s+(?:بندرگاہ|بندرگاه|بندر|گزرگاہ|"
        r"گذرگاه|گزرگاه|راہداری|دروازه|دروازہ|لاره|پوله|کراسنگ|کراسنګ)(?:\s+(?:مرزی|سرحدی|زمینی|تجارتی|ہے|است|دی))?",
        "name",
    ),
    (rf"{_N}\s+شہر(?:\s+میں)?", "town"),
    (rf"{_N}\s+(?:سرحدی\s+)?چوکی", "post"),
    (rf"\S+\s+سرحد\s+کے\s+قریب\s+{_N}", "name"),
    (rf"(?:پاک\s+افغان\s+|پاک\s+ایران\s+)?سرحد\s+{_N}", "crossing"),
    (r"\S+(?:\s+\S+)?\s+سے\s+ملحقہ\s+(?P<rest>\S.*)", "rest"),
    # "ضلع X سے ملحقہ", "X ضلع سے ملحق" (adjoining X district; also "صوبہ", province, and "متصل"): near the unit, as
    # "ضلع X کے قریب" is read; the unit word is a common word, which the row below takes for no name
    (rf"ضلع\s+{_N}\s+{_ADJOINING}", "near_district"),
    (rf"{_N}\s+ضلع\s+{_ADJOINING}", "near_district"),
    (rf"(?:صوبہ|صوبے)\s+{_N}\s+{_ADJOINING}", "near_province"),
    (rf"{_N}\s+(?:صوبہ|صوبے)\s+{_ADJOINING}", "near_province"),
    (rf"{_N}\s+سے\s+ملحقہ", "near"),
    # "Z کے جنوب مشرق میں واقع سرحدی علاقہ X" (the border area X, lying south-east of Z): the direction says
    # where X lies from Z, the head noun phrase is the scene, re-read alone; the reference guard keeps the
    # answer near Z (reference_guard.DIRECTION_KM) and never lets Z answer (issue 13)
    (
        r"\S+(?:\s+\S+){0,2}?\s+کے\s+(?:شمال|جنوب|مشرق|مغرب)(?:\s*(?:مشرق|مغرب))?\s+میں\s+واقع\s+"
        r"(?P<rest>(?:سرحدی\s+)?(?:علاقہ|علاقے|گاؤں|قصبہ|قصبے|شہر)\s+\S+(?:\s+\S+)?)",
        "rest",
    ),
    # Arabic
    (rf"(?:في\s+)?قرية\s+{_N}", "village"),
    # "بلدة X الطاجيكية (على الحدود مع Y)" (the Tajik town of X, on the border with Y): the adjective is X's
    # country, kept; the neighbour across the line is dropped
    (
        rf"(?:في\s+)?(?:بلدة|مدينة)\s+{_N}\s+(?P<unit>{'|'.join(AR_NATIONALITY)})(?:\s+الحدودية)?"
        r"(?:\s+على\s+الحدود\s+مع\s+\S+)?",
        "town_in_country",
    ),
    (rf"(?:في\s+)?بلدة\s+{_N}(?:\s+الحدودية)?(?:\s+على\s+الحدود\s+مع\s+\S+)?", "town"),
    (rf"(?:مركز|نقطة)\s+{_N}\s+الحدودي(?:ة)?", "post"),
    (rf"(?:جمرك|جمارك)\s+{_N}", "customs"),
    # "X قرب الحدود الباكستانية / مع Y" (X, near the Pakistani border / the border with Y): X is still the place
    (r"(?P<rest>\S.*?)\s+قرب\s+الحدود(?:\s+مع)?(?:\s+\S+)?", "rest"),
    (rf"جيب\s+{_N}", "name"),
)

ARABIC_HEADS = tuple((re.compile(pattern), kind) for pattern, kind in _ROWS)

#: Words that are never part of a name here: function words (in, of, with, on, to, near, and), the
#: unit and border words of the four languages, and the countries' own adjectives of place.
_COMMON_WORDS = (
    "در از به با و را که این آن د په کې سره له پر ته کے کی کا میں پر سے اور في من على مع إلى عن و ال"
    " مرز مرزی مرزي سرحد سرحدی سرحدي حدود الحدود الحدودي الحدودية منطقه منطقة علاقہ علاقے سیمه سیمې"
    " شهر ښار شہر بلدة مدينة قرية روستای روستا قریه کلی کلي گاؤں ولایت ولايت استان ولسوالی ولسوالۍ"
    " شهرستان بخش ضلع تحصیل صوبہ محافظة مديرية إقليم پاسگاه پوسته چوکی مركز نقطة گذرگاه بندر معبر منفذ"
    " گمرک ګمرک جمرك کسٹم هنگ یگان مرزبانی پاکستان افغانستان ایران ایرانی افغان پاک"
    " این اين دغه همین همدې هذه هذا ولسوالي ولسوالۍ"
)
_COMMON = frozenset(_COMMON_WORDS.split())


def arabic_name(name: str) -> bool:
    """One to three words, none a common word of these languages (the shape is :func:`.coverage.plain_name`'s)."""
    words = name.split()
    return 0 < len(words) <= 3 and not any(word in _COMMON for word in words)


#: Urdu words a writer runs into the next one: the postposition "کے" before an area, border or unit
#: word ("کےعلاقے"), and "شہر" (town, also written "شھر") before a name ("شھرسراوان").
_RUN_POSTPOSITION = re.compile(r"(?<!\S)کے(?=(?:علاقے|علاقہ|سرحدی|شہر|شھر|ضلع|گاؤں|قریب)(?!\S))")
_RUN_TOWN = re.compile(r"(?<!\S)ش[ہھ]ر(?=\S{3,})(?!(?:یوں|وں|ی)(?!\S))")
#: "سرحدی شہر X" (the border town X): the adjective hides the town from the readers that know "شہر X".
_BORDER_TOWN = re.compile(r"(?<!\S)سرحدی\s+ش[ہھ]ر(?!\S)")
#: "ایران کے جنوبی صوبے X" (Iran's southern province X): a direction adjective before a unit word says
#: where in the country the unit lies; the unit word alone names it ("شمالی وزیرستان" is a name: kept).
_DIRECTION_BEFORE_UNIT = re.compile(
    r"(?<!\S)(?:(?:شمال|جنوب)\s*)?(?:شمالی|جنوبی|مشرقی|مغربی)\s+(?=(?:صوبے|صوبہ|صوبۂ|ضلع|ضلعے)(?!\S))"
)


def split_urdu_runs(text: str) -> str:
    """The Urdu text with run-together words split, "سرحدی شہر" read as "شہر" and a direction before a
    unit word dropped ("جنوبی صوبے" → "صوبے") (unchanged if none).

    A split is kept to a closed list of words, so a name that merely opens with the same letters
    ("کیچ", "شہرک") is never cut.
    """
    text = _RUN_POSTPOSITION.sub("کے ", text)
    text = _RUN_TOWN.sub("شہر ", text)
    return _DIRECTION_BEFORE_UNIT.sub("", _BORDER_TOWN.sub("شہر", text))


#: Urdu and Persian "وادی X" (the valley X): a valley named after the place or district it lies in.
_VALLEY = re.compile(r"^(?:وادی|وادي|دره)\s+(?P<name>\S+(?:\s+\S+)?)$")


def valley_of(text: str) -> str | None:
    """ "وادی کرم" → "the کرم valley" (Kurram), or None.

    Only where the name is a district, province or border place of the pack letter for letter: a name
    heard only by its sound ("وادی سوات", Swat, sounds like Shovot of Khorezm) is not read so (issue 13).
    """
    match = _VALLEY.match(text)
    if match is None:
        return None
    name = match.group("name")
    known = a_pack_name(name) or a_pack_district(name) or a_province_name(name)
    return f"the {name} valley" if known and arabic_name(name) else None


#: Urdu "Y سے X" (from Y, X): one or two words, "سے" (from), then the rest of the text.
_FROM = re.compile(r"^(?P<unit>\S+(?:\s+\S+)?)\s+سے\s+(?P<rest>\S.*)$")
#: The Urdu border words after a crossing's name ("X سرحد", "X بارڈر").
_BORDER_WORD = re.compile(r"سرحد|بارڈر|باڈر")


def from_unit(text: str) -> str | None:
    """ "شمالی وزیرستان سے غلام خان" → "شمالی وزیرستان میں غلام خان", or None.

    Urdu writes a crossing "from" the district it is reached from (North Waziristan's Ghulam Khan);
    elsewhere "سے" marks where people came from ("from Zhob to Torkham"). So it is read as "میں"
    (in), which the reader knows, only after a district or province of the pack, letter for letter,
    and only before a border place: a pack border place's name that the pack puts in that district,
    or a name the pack does not hold so, with the border word ("انگور اڈہ سرحد"). A known place in
    another district keeps the text unread: the unit would stand in for a place it does not hold.
    """
    match = _FROM.match(text)
    if match is None:
        return None
    unit, rest = match.group("unit"), match.group("rest")
    words = rest.split()
    if not (a_pack_district(unit) or a_province_name(unit)) or words[0] == "ملحقہ":
        return None  # "سے ملحقہ" (adjoining) is the table's lead
    bare = " ".join(words[:-1]) if len(words) > 1 and _BORDER_WORD.fullmatch(words[-1]) else rest
    if a_pack_name(bare) or a_pack_name(rest):
        return f"{unit} میں {rest}" if _pack_place_in(bare, unit) or _pack_place_in(rest, unit) else None
    return f"{unit} میں {rest}" if bare != rest else None


#: Urdu "D تحصیل X (علاقہ Y)" (district D, tehsil X, (area Y)): the units from the widest to the finest.
_DISTRICT_TEHSIL = re.compile(
    r"^(?P<district>\S+(?:\s+\S+)?)\s+تحصیل\s+(?P<tehsil>\S+(?:\s+\S+)??)(?:\s+(?:علاقہ|علاقے|گاؤں)\s+(?P<area>\S+(?:\s+\S+)?))?$"
)


#: The same with the unit word after the tehsil's name: "مہمند ایجنسی بائیزئی سب ڈویژن" (the Baizai subdivision of
#: Mohmand Agency), "باجوڑ ماموند تحصیل"; "سب ڈویژن" is the English "sub-division", as the tribal districts name
#: a tehsil.
_DISTRICT_TEHSIL_AFTER = re.compile(r"^(?P<words>(?:\S+\s+){2,3}?)(?:تحصیل|سب\s*ڈویژن|سب\s*ڈوژن)$")


def district_before_tehsil(text: str) -> str | None:
    """ "باجوڑ تحصیل برنگ علاقہ ترغاو" → "ترغاو، تحصیل برنگ، باجوڑ", "مہمند ایجنسی بائیزئی سب ڈویژن" →
    "تحصیل بائیزئی، مہمند ایجنسی", or None.

    Urdu names a tehsil after its district with no postposition, its unit word before or after its name;
    read finest first with commas, as "تحصیل X، ضلع D" already is, the district is the context and stands
    in when the tehsil has no point. Only after a district or province of the pack, letter for letter (the
    Urdu "ڑ" read as "ړ"); with the unit word after the name, the district is its first word or two, and
    the one or two words between it and the unit word the tehsil's name.
    """
    match = _DISTRICT_TEHSIL.match(text)
    if match is None:
        return _district_then_tehsil_word(text)
    district, tehsil, area = match.group("district"), match.group("tehsil"), match.group("area")
    pashto = district.replace("ڑ", "ړ")  # the Urdu retroflex r as Pashto writes it ("باجوڑ", "باجوړ")
    if not any(a_pack_district(d) or a_province_name(d) for d in (district, pashto)) or not arabic_name(tehsil):
        return None
    if area is not None and not arabic_name(area):
        return None
    return "، ".join([*([area] if area else []), f"تحصیل {tehsil}", district])


def _district_then_tehsil_word(text: str) -> str | None:
    """ "مہمند ایجنسی بائیزئی سب ڈویژن" → "تحصیل بائیزئی، مہمند ایجنسی" (:func:`district_before_tehsil`), or None."""
    match = _DISTRICT_TEHSIL_AFTER.match(text)
    if match is None:
        return None
    words = match.group("words").split()
    for cut in (2, 1):
        district, tehsil = " ".join(words[:cut]), " ".join(words[cut:])
        if not 1 <= len(words) - cut <= 2 or not arabic_name(tehsil):
            continue
        bare = district.removesuffix(" ایجنسی")  # "خیبر ایجنسی": the agency's name is the district's ("ضلع خیبر")
        if any(
            a_pack_district(d) or a_province_name(d) for d in {district, bare, f"ضلع {bare}", bare.replace("ڑ", "ړ")}
        ):
            return f"تحصیل {tehsil}، {district}"
    return None


def _pack_place_in(place: str, unit: str) -> bool:
    """Does the pack put a border place named ``place`` (letter for letter) in the district ``unit``?"""
    from .pack import shipped_pack  # imported here, as phrase_declined reads the pack

    pack = shipped_pack()
    place_key, unit_key = name_key(place), name_key(unit)
    districts = {
        name_key(entry.name.removesuffix(" District"))
        for entry in pack
        if entry.kind == "district" and unit_key in {name_key(n) for n in (entry.name, *entry.aliases)}
    }
    return any(
        entry.kind != "district"
        and entry.admin2 is not None
        and name_key(entry.admin2) in districts
        and place_key in {name_key(n) for n in (entry.name, *entry.aliases)}
        for entry in pack
    )
