"""The words around a place name in Arabic script: Urdu, Pashto, Dari and Iranian Persian, Arabic.

Reports of the Afghan, Pakistani and Iranian borders wrap a known name in words that the
reader of :mod:`.phrase` (written for English and Russian first) did not take off:
"قبائلی ضلع کرم کے سرحدی علاقے" (the border area of the tribal district of Kurram), "د
پکتیکا په انګور اډه سیمه کې" (in the Angoor Adda area of Paktika), "هنگ مرزی سراوان" (the
Saravan border regiment), "المناطق الحدودية لمقاطعة دانغام في محافظة كونار" (the border
areas of Dangam district in Kunar province). :func:`read_arabic_script` rewrites such a
text into the form the reader already knows: the finest place first, its wider units after
commas, level words before the name ("ولسوالی X", "ولایت X", "ضلع X"). A text in another
script is returned unchanged. Several places named together are no one place: that is said
as a role, as :mod:`.roles` says it for English. Regular expressions only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .phrase_declined import a_pack_district
from .phrase_pashto import read_pashto
from .phrase_patterns import COUNTRY_STEMS
from .scripts import has_arabic_letter

#: Letters Arabic does not write (Persian, Dari, Pashto, Urdu): a name holding one is not spelt the Arabic way.
_NOT_ARABIC = re.compile(r"[پچژگکیۀۂہھےںٹڈڑۍېښږځڅټډړڼ]")


def arabic_spelling(name: str) -> bool:
    """Is ``name`` written in Arabic letters alone, none of the region's own (پ چ ژ گ …)? Only such a name may be an
    Arabic spelling of the region's name, read in its letters (:func:`arabic_che`, :mod:`.letter_readings`)."""
    return has_arabic_letter(name) and not _NOT_ARABIC.search(name)


def arabic_che(name: str) -> str | None:
    """ "تشمن" → "چمن": an Arabic spelling of "ch" (ت‍ش, as in "تشاد") in the region's own letter, or None.

    Arabic has no "چ" and writes the sound with two letters; the gazetteer keeps the names in the
    region's Persian, Pashto and Urdu spellings, so an Arabic report's Chaman is no name it knows.
    Only a name wholly in Arabic letters (none of the region's own) is read so, and the caller takes
    the result only where it is known exactly, as it takes a Russian locative's stem.
    """
    if "تش" not in name or not arabic_spelling(name):
        return None
    return name.replace("تش", "چ")


def arabic_che_readings(name: str) -> list[str]:
    """The region's spellings an Arabic "ch" may stand for: "تش" (:func:`arabic_che`), and "ش" alone, as Arabic
    reports write Balochistan "بلوشستان" (بلوچستان) and Sistan and Baluchestan "سيستان وبلوشستان"; every "ش" at once,
    then each alone. A name with one of the region's own letters is no Arabic spelling: nothing.

    "ش" is a letter of its own in the region's names too ("شغنان", Shighnan), so a caller takes a reading only
    where it names a place exactly, as it takes :func:`arabic_che`'s.
    """
    if not arabic_spelling(name):
        return []
    readings = [name.replace("تش", "چ")] if "تش" in name else []
    where = [i for i, letter in enumerate(name) if letter == "ش"]
    if where:
        readings.append(name.replace("ش", "چ"))
    if len(where) > 1:
        readings += [name[:i] + "چ" + name[i + 1 :] for i in where]
    return list(dict.fromkeys(readings))


# --- several places: a plural unit word and a conjunction ---------------------------------

#: "ولسوالي هاي دربابا،مهمنده و لعلپور" (the districts of Dur Baba, Mohmand Dara and Lalpur),
#: "کندھار کے اضلاع A اور B": a plural unit word says the names joined after it are several.
#: A conjunction alone does not ("شیگل و شلتن", "سیستان و بلوچستان" are one unit each).
_PLURAL_UNIT = re.compile(
    r"(?:ولسوالی|ولسوالي)(?:\s|\u200c)*(?:ها|های|هاي)(?!\S)|ولسوالیو|ولسواليو|ولسوالیها|اضلاع|شهرستان(?:\s|\u200c)*(?:ها|های)"
    r"|تحصیلوں|دیہات|روستاهای|قریه(?:\s|\u200c)*(?:ها|های)|المناطق\s+التالية|مقاطعات|مديريات|محافظات|ولايات"
)
_CONJUNCTION = re.compile(r"[،,]|\s(?:و|اور|او)\s")
#: The Arabic dual of a unit word says two units by itself, in every case and state: the nominative
#: "-تا"/"-تان", the genitive and accusative "-تي"/"-تين" ("منطقتي A وB", the two districts of A and B),
#: with a leading "ال" or a fused "و"/"ب"/"ل"/"ف". "ولايتي" is left out: Dari with the Arabic yeh writes
#: the adjective 'provincial' so.
_DUAL_ENDINGS = ("تا", "تان", "تي", "تين")
_DUAL_UNIT = re.compile(
    r"(?<!\S)[وبلف]?(?:ال)?(?:"
    + "|".join(
        stem + ending
        for stem in ("منطق", "مديري", "محافظ", "مقاطع", "قري", "مدين", "بلد", "ناحي", "ولاي")
        for ending in _DUAL_ENDINGS
        if stem + ending != "ولايتي"
    )
    + r")(?!\S)"
)
#: "د خوست ولایت دفتر" (the Khost province office), "سفارت ایران در کابل", "ترجمان": an office, a
#: speaker or an embassy named after a place, in Pashto, Dari, Persian, Urdu and Arabic, as
#: :mod:`.roles` reads "office", "spokesman" and "embassy" in English.
_ROLE_WORD = re.compile(
    r"(?:^|(?<=\s))(?:دفتر|ریاست|رياست|وزارت|سخنگوی|سخنگو|ویاند|وياند|ترجمان|سفارت|سفارتخانه|سفارتخانهٔ|کنسولگری|"
    r"مقامات|چارواکي|چارواکو|حکام|مكتب|المتحدث|متحدث|سفارة|السفارة|وزارة|مسؤول|مسؤولو)(?=\s|$)"
)

# --- Urdu ---------------------------------------------------------------------------------

#: "پاک افغان سرحدی علاقے طورخم", "پاک ایران سر حدی شہر تفتان", "قبائلی ضلع کرم", "سرحد پر واقع X"
#: (X, lying on the border), "پاکستانی
#: علاقے X", "ساحلی علاقے X" (the coastal area X), "قبائلی علاقے X" (the tribal area X), "وفاق کے زیر
#: انتظام" (federally administered): which border, which side, what kind of area, before the name.
_URDU_LEAD = re.compile(
    r"^(?:وفاق\s+کے\s+زیر\s+انتظام\s+)?"
    r"(?:(?:پاک\s+(?:افغان|افعان|ایران|چین)|پاکستانی|افغان|ایرانی)\s+)?(?:(?:سرحد|بارڈر)\s+(?:پر|کے\s+ساتھ)\s+(?:واقع\s+)?)?"
    r"(?:(?:سرحدی|سر\s+حدی|ساحلی|قبائلی)\s+)?(?:(?:علاقے|علاقہ|شہر|قصبے|قصبہ|گاؤں|گائوں)\s+)?(?:قبائلی\s+)?(?=\S)"
)
#: "ایرانی بلوچستان" (Iranian Balochistan), "افغان علاقے X": a nationality alone before the name (no border
#: word: "ایرانی سرحد پر واقع X" is the border's side) is the country the place lies in, kept as context as the
#: English "Iranian Baluchistan" keeps it: Pakistan's Balochistan no longer answers for Iran's (batch 77, geo153).
_URDU_OWN_SIDE = re.compile(r"(?P<side>ایرانی|پاکستانی|افغان)(?:\s+(?:علاقے|علاقہ|شہر|قصبے|قصبہ|گاؤں|گائوں))?")
_URDU_SIDES = {"ایرانی": "ایران", "پاکستانی": "پاکستان", "افغان": "افغانستان"}
#: A border word after the nationality: "افغان سرحد سے متصل علاقوں" (areas along the Afghan border) lie on either side.
_URDU_BORDER_WORD = re.compile(r"(?:سرحد|سر\s+حد|بارڈر|باڈر|حدود|سمندری)")
#: "بلوچستان کے قصبے X" (Balochistan's town X): the owner in the genitive before a unit word, kept as context.
_URDU_OWNER_UNIT = re.compile(
    r"^(?P<owner>\S+)\s+کے\s+(?:علاقے|علاقہ|شہر|قصبے|قصبہ|گاؤں|گائوں|ضلع|تحصیل)\s+(?P<name>\S.*)$"
)
#: "X کے سرحدی علاقے" (the border area of X), "X کے قریب" (near X), "X کے مقام پر" (at X).
_URDU_AREA_TAIL = re.compile(r"\s+کے\s+(?:(?:سرحدی\s+)?(?:علاقے|علاقوں|علاقہ|علاقہ\s+جات)|قریب|نزدیک|آس\s+پاس)$")
#: "ہرمند علاقے" (the Hirmand area; oblique): the area word right after the name, with no "کے".
_URDU_NAMED_AREA = re.compile(r"(?<=\S)\s+(?:علاقے|علاقہ)$")
_URDU_AT_TAIL = re.compile(r"\s+کے\s+مقام(?:\s+پر)?$")
#: "جمرود تحصیل کمپاؤنڈ" (the Jamrud tehsil compound): the English loan word "compound" after a name, with
#: the office it houses (tehsil, district, police) between: a walled site that stands in the town it is named by.
_URDU_COMPOUND_TAIL = re.compile(r"(?<=\S)\s+(?:(?:تحصیل|ضلعی|پولیس)\s+)?(?:کمپاؤنڈ|کمپاونڈ|کمپائونڈ)(?=\s*[،,]|$)")
#: "طورخم سرحد", "طورخم سرحدی گزرگاہ", "خرلاچی چیک پوسٹ", "انگور اڈا گیٹ" (gate): a border-place
#: word after the name ("خنجراب ٹاپ", Khunjerab top: a pass by its top);
#: "چترال افغان بارڈر" (the Chitral Afghan border): a country's adjective before it
#: says which border ("پاک افغان", the two countries, is read by the apposition below).
_URDU_KIND_TAIL = re.compile(
    r"(?<!پاک)\s+(?:(?:افغان|افعان|ایران|چین)\s+(?=بارڈر|سرحد$))?"
    r"(?:سرحدی\s+گزرگاہ|گزرگاہ|سرحد|چیک\s+پوسٹ|پوسٹ|بارڈر|باڈر|گیٹ|ٹاپ)$"
)
#: "انگور اڈاگیٹ", "خیبرایجنسی": Urdu writes a loan unit or gate word run together with the name
#: before it (the name's last letter does not join); read as the name, a space, the word. The
#: word must follow at least two letters of a name, and end the word it is glued to.
_URDU_GLUED_WORD = re.compile(r"(?<=[\u0620-\u06ff]{2})(گیٹ|بارڈر|ایجنسی)(?=\s|$)")
#: "سوست پاک چین سرحد" (Sost, the Pak–China border): the border named in
#: apposition after a name says which border the place is on, not another place.
_URDU_BORDER_APPOSED = re.compile(r"\s+پاک\s+(?:افغان|افعان|ایران|چین)(?:\s+(?:سرحد|بارڈر|سرحدی\s+علاقہ))?$")
#: "X کے پاک افغان بارڈر پر واقع Y", "X افغان بارڈر پر واقع Y" (Y, lying on X's Afghan border): Y, in X.
_URDU_LYING_ON = re.compile(
    r"^(?P<where>\S.*?)\s+(?:کے\s+)?(?:(?:پاک\s+)?(?:افغان|افعان|ایران|چین)\s+)?(?:سرحد|بارڈر|باڈر)\s+پر\s+واقع\s+"
    r"(?P<name>\S.*)$"
)
#: Words before "علاقے" that make it the lead of a name to come ("سرحدی علاقے X"), not a name's area.
_URDU_NOT_A_NAME = frozenset({"سرحدی", "حدی", "ساحلی", "قبائلی", "پاکستانی", "افغان", "ایرانی", "کے"})
#: Words that name a border, not an owner before "بارڈر پر واقع" ("پاک افغان سرحد پر واقع X" is read below).
_URDU_NO_OWNER = frozenset(
    {"پاک", "پاکستان", "پاکستانی", "افغان", "افعان", "افغانستان", "ایران", "ایرانی", "چین", "کے"}
)
_URDU_POSTPOSITIONS = frozenset({"میں", "پر", "کے", "کی", "کا", "سے"})
#: "ڈرائی پورٹ" (a dry port, in English letters' sounds): "سوست ڈرائی پورٹ" is the port at Sost;
#: a port's own name may come before the word and its town after it ("… ڈرائی پورٹ سوست").
_URDU_DRY_PORT = re.compile(r"^(?:(?P<own>\S.*?)\s+)?ڈرائی\s+پورٹ(?:\s+(?P<town>\S.*))?$")
#: "پاکستان اور افغانستان کے درمیان X": between two countries says which border, not where on it.
_URDU_BETWEEN = re.compile(r"^(?P<one>\S+)\s+اور\s+(?P<two>\S+)\s+کے\s+درمیان\s+(?=\S)")
#: "شہر چمن" (the city Chaman), "صوبے کنڑ" (the oblique of صوبہ, province).
_URDU_NOUN = re.compile(r"(?:^|(?<=\s))شہر\s+(?=\S)")

# --- Persian and Dari ---------------------------------------------------------------------

#: "مرزبانان هنگ مرزی سراوان": a border regiment is named after the county it guards; a border
#: company ("گروهان مرزی") after the place it holds, then, when one follows, its county.
#: "یگان مرزی X" (the X border unit, as a Tajik border detachment is written in Persian) is read as a regiment.
#: The unit's people before it ("مرزبانان", its border guards; "نیروهای", its forces; its soldiers, agents,
#: staff) are where the unit is.
_PERSIAN_REGIMENT = re.compile(
    r"^(?:(?:مرزبانان|مرزداران|نیروهای|نیروی|سربازان|ماموران|مأموران|کارکنان|پرسنل)\s+)?"
    r"(?P<unit>هنگ|یگان|گروهان)\s+مرزی\s+(?P<name>\S.*)$"
)
#: "پاسگاه مرزی نهم تیشور یگان مرزی خروغ" (the ninth border post, Tishor, of the Khorog border unit): a post
#: of a named unit; the unit, named after the district it guards, holds it.
_PERSIAN_POST_OF_UNIT = re.compile(r"^پاسگاه\s+(?:مرزی\s+)?\S.*?\s+(?=(?:هنگ|یگان)\s+مرزی\s+\S)")
#: "منطقه مرزی X", "نوار مرزی X", "نقطه صفر مرزی X": the border area of X.
_PERSIAN_BORDER_AREA = re.compile(r"^(?:منطقه|منطقهٔ|مناطق|نوار|نقطه\s+صفر|نقطهٔ\s+صفر)\s+مرزی\s+(?=\S)")
#: "ولسوالي گوشتة اين ولايت": "of this province" names no place.
_PERSIAN_THIS_UNIT = re.compile(r"\s+(?:این|اين)\s+(?:ولایت|ولايت|استان|ولسوالی|ولسوالي|شهرستان)$")
_PERSIAN_VILLAGE = re.compile(r"^(?:قریه|قريه|قریهٔ|دهکده)\s+(?=\S)")
#: "شهر میرجاوه" (the city Mirjaveh): Persian's "city" before the name, as Urdu's "شہر" (with its own heh).
_PERSIAN_CITY = re.compile(r"^شهر\s+(?=\S)")

# --- Arabic -------------------------------------------------------------------------------

_AR_UNIT = r"(?:محافظة|ولاية|إقليم|اقليم|مقاطعة|ناحية|مديرية|منطقة|مدينة|حدود|معبر|منفذ)"
#: "بمحافظة X" (in the province X), "لمقاطعة X" (of the district X): a preposition joined to the word.
_AR_GLUED = re.compile(rf"(?:^|(?<=\s))(?P<prep>[بل])(?={_AR_UNIT}\s)")
#: "(هذه) المنطقة من X" (this area of X): "من" (of, from) after the area word says what holds it, as "في" (in) does
#: in "المنطقة في X", which the reader knows (geo154).
_AR_AREA_OF = re.compile(r"^(?:هذه\s+)?(?:ال)?منطقة\s+من\s+(?=\S)")
#: "المناطق الحدودية لـ X", "المنطقة الحدودية في X": the border areas of X.
_AR_BORDER_AREA = re.compile(r"^(?:ال)?(?:مناطق|منطقة)\s+(?:ال)?حدودية\s+(?:ل|في\s+)?(?=\S)")
#: "الحدود الإيرانية الباكستانية قرب مدينة X" (the Iranian-Pakistani border near the city of X): the border, its area or
#: strip, with up to three adjectives, "near" a place: near that place, as the English "the border near X" (geo140).
_AR_BORDER_NEAR = re.compile(
    r"^(?:ال)?(?:حدود|مناطق\s+(?:ال)?حدودية|منطقة\s+(?:ال)?حدودية|شريط\s+(?:ال)?حدودي)(?:\s+ال\S+){0,3}\s+"
    r"(?:قرب|بالقرب\s+من)\s+(?P<place>\S.*)$"
)
#: "X وهي منطقة بإقليم Y" (X, which is an area in the province Y): the area it lies in.
_AR_WHICH_IS = re.compile(
    r"^(?P<name>\S.*?)\s+(?:وهي|وهو|التي|الذي|هي)\s+(?:منطقة|مدينة|بلدة|قرية|ناحية|مقاطعة)\s+"
    r"(?:(?P<prep>[بف])(?=\S)|في\s+)?(?P<where>\S.*)$"
)
#: Province words ("محافظة", "ولاية", "إقليم") read as Persian "ولایت"; district words
#: ("ناحية", "مديرية") as "ولسوالی". "مقاطعة" is a province in some reports and a district in
#: others: it names no level. "حدود" (the border of) names none either, when it opens the
#: phrase: inside one, Persian "در حدود" means "about".
_AR_PROVINCE = re.compile(r"(?:^|(?<=\s))(?:محافظة|ولاية|إقليم|اقليم)\s+(?=\S)")
_AR_DISTRICT = re.compile(r"(?:^|(?<=\s))(?:ناحية|مديرية)\s+(?=\S)")
_AR_NO_LEVEL = re.compile(r"(?:^|(?<=\s))مقاطعة\s+(?=\S)|^حدود\s+(?=\S)")
#: "حدود X مع أفغانستان" (X's border with Afghanistan), "X على الحدود مع أفغانستان" (X, on the border with
#: Afghanistan): the country after "مع" (with) is across the line, not where X lies; the tail is passed over.
_AR_BORDER_WITH = re.compile(r"\s+(?:(?:على|عند)\s+)?(?:ال)?حدود\s+مع\s+(?P<country>\S+)$")
#: "منطقة X المحاذية لإقليم Y" (the X area adjoining the province Y; also "المتاخمة ل", "المجاورة ل"), "X على الحدود مع
#: إقليم Y" (on the border with the province Y): Y is the neighbour, not the unit X lies in; the tail is passed over.
_AR_ADJOINING_UNIT = re.compile(
    r"(?<=\S)\s+(?:(?:ال)?(?:محاذي|متاخم|مجاور)(?:ة|ه)?\s+ل|(?:على|عند)\s+(?:ال)?حدود\s+مع\s+)"
    r"(?:محافظة|إقليم|اقليم|ولاية|مديرية|ناحية|مقاطعة)\s+\S.*$"
)
_AR_OPEN_BORDER_WITH = re.compile(r"^(?P<head>(?:ال)?حدود\s+\S.*?)\s+مع\s+(?P<country>\S+)$")
#: "ولاية خوست الأفغانية", "محافظة كونار الشرقية": adjectives after the name.
_AR_ADJECTIVE = re.compile(
    r"\s+(?P<adj>(?:ال)?(?:أفغانية|افغانية|أفغاني|باكستانية|باكستاني|إيرانية|ايرانية|إيراني|طاجيكية|"
    r"شرقية|غربية|شمالية|جنوبية|حدودية|حدودي))$"
)
#: The country an adjective names, as the reader's country stems spell it.
_AR_COUNTRY_ADJECTIVES = {
    "افغان": "افغانستان",
    "أفغان": "افغانستان",
    "باكستان": "پاکستان",
    "إيران": "ایران",
    "ايران": "ایران",
}


@dataclass(frozen=True)
class ArabicReading:
    """A text rewritten for the reader, whether its words made the place an area around a name
    ("the border area of X": ``near``), and why it names no one place, if so (``role``)."""

    text: str
    near: bool = False
    role: str | None = None


def read_arabic_script(text: str) -> ArabicReading:
    """Rewrite an Arabic-script place phrase into the finest name, then its units (see the module)."""
    if not has_arabic_letter(text):
        return ArabicReading(text)
    match = _ROLE_WORD.search(text)
    if match:
        role = f"the place is named in another role ({match.group(0)!r}), not as where the event was"
        return ArabicReading(text, role=role)
    if _PLURAL_UNIT.search(text) and _CONJUNCTION.search(text):
        return ArabicReading(text, role="several places named together (a plural unit word and a list): no one point")
    if _DUAL_UNIT.search(text):
        return ArabicReading(text, role="two places named together (a unit word in the dual): no one point")
    text, near = _arabic(text.strip())
    text, near_urdu = _urdu(text)
    text, near_pashto = read_pashto(text)
    text, near_persian = _persian(text)
    return ArabicReading(text, near=near or near_urdu or near_pashto or near_persian)


def _urdu(text: str) -> tuple[str, bool]:
    """ "پاک افغان سرحدی علاقے طورخم", "قبائلی ضلع کرم کے سرحدی علاقے": the name, and whether it is an area."""
    near = False
    text = _URDU_GLUED_WORD.sub(r" \1", text)
    if (lying := _URDU_LYING_ON.match(text)) and not set(lying.group("where").split()) <= _URDU_NO_OWNER:
        return f"{lying.group('name')}, {lying.group('where')}", False
    match = _URDU_BETWEEN.match(text)
    if match and all(_a_country(match.group(side)) for side in ("one", "two")):
        text = text[match.end() :]
    match = _URDU_AREA_TAIL.search(text)
    if (
        not match
        and (named := _URDU_NAMED_AREA.search(text))
        and text[: named.start()].split()[-1] not in _URDU_NOT_A_NAME
    ):
        match = named
    if match and match.start() > 0:
        text, near = text[: match.start()], True
    text = _URDU_COMPOUND_TAIL.sub("", text, count=1)
    match = _URDU_AT_TAIL.search(text)
    if match and match.start() > 0:
        text = text[: match.start()]
    match = _URDU_DRY_PORT.match(text)
    if match and (match.group("town") or match.group("own")):
        text = match.group("town") or match.group("own")
    match = _URDU_KIND_TAIL.search(text)
    if match and match.start() > 0:
        text = text[: match.start()]
    match = _URDU_BORDER_APPOSED.search(text)
    if match and match.start() > 0 and text[: match.start()].split()[-1] not in _URDU_POSTPOSITIONS:
        text = text[: match.start()]  # not "چمن میں پاک افغان سرحد" (the border at Chaman: read below)
    if (owned := _URDU_OWNER_UNIT.match(text)) and owned.group("owner") not in _URDU_NOT_A_NAME:
        return f"{owned.group('name')}، {owned.group('owner')}", near
    match = _URDU_LEAD.match(text)
    if match and match.end() < len(text):
        side, text = _URDU_OWN_SIDE.fullmatch(text[: match.end()].strip()), text[match.end() :]
        if side and not _URDU_BORDER_WORD.match(text):
            text += f"، {_URDU_SIDES[side.group('side')]}"
    return _URDU_NOUN.sub("", text).replace("صوبے ", "صوبہ "), near


def _persian(text: str) -> tuple[str, bool]:
    """ "مرزبانان هنگ مرزی سراوان" → "شهرستان سراوان"; "منطقه مرزی سراوان" → "سراوان", an area."""
    near = False
    if (post := _PERSIAN_POST_OF_UNIT.match(text)) is not None:
        text = text[post.end() :]
    match = _PERSIAN_REGIMENT.match(text)
    if match:
        *head, tail = match.group("name").split()
        # "گروهان مرزی هشتادان تایباد" (the Hashtadan border company, Taybad): a place in the county
        # after it, when that last word is, letter for letter, a district or county of the pack.
        if len(head) == 1 and a_pack_district(tail):
            text = f"{head[0]} در شهرستان {tail}"
        else:
            text = f"شهرستان {match.group('name')}" if match.group("unit") != "گروهان" else match.group("name")
    match = _PERSIAN_BORDER_AREA.match(text)
    if match and match.end() < len(text):
        text, near = text[match.end() :], True
    text = _PERSIAN_THIS_UNIT.sub("", text)
    return _PERSIAN_CITY.sub("", _PERSIAN_VILLAGE.sub("", text)), near


def _arabic(text: str) -> tuple[str, bool]:
    """ "المناطق الحدودية لمقاطعة دانغام في محافظة كونار" → "دانغام في ولایت كونار", an area."""
    near = False
    text = _AR_AREA_OF.sub("المنطقة في ", text, count=1)
    if border_near := _AR_BORDER_NEAR.match(text):
        text, near = border_near.group("place"), True
    match = _AR_BORDER_WITH.search(text) or _AR_OPEN_BORDER_WITH.match(text)
    if match and _a_country(match.group("country").removeprefix("ال").replace("أ", "ا")):
        text = match.group("head") if "head" in match.groupdict() else text[: match.start()]
    text = _AR_ADJOINING_UNIT.sub("", text, count=1)
    text = _AR_GLUED.sub(lambda m: ", " if m.group("prep") == "ب" else "", text)
    match = _AR_WHICH_IS.match(text)
    if match:
        text = f"{match.group('name')}, {match.group('where')}"
    match = _AR_BORDER_AREA.match(text)
    if match and match.end() < len(text):
        # the border area of a district is near its point; of a province ("المنطقة الحدودية بولاية نيمروز"), it
        # lies in the province, which stands in: "near" a province is read as outside it (geo/path_guard.py)
        text = text[match.end() :]
        near = near or not _AR_PROVINCE.match(text.lstrip(" ,"))
    parts = []
    for part in text.split(","):
        part, countries = part.strip(), []
        while match := _AR_ADJECTIVE.search(part):
            adjective = match.group("adj").removeprefix("ال")
            countries += [name for stem, name in _AR_COUNTRY_ADJECTIVES.items() if adjective.startswith(stem)]
            part = part[: match.start()]
        part = _AR_NO_LEVEL.sub("", _AR_DISTRICT.sub("ولسوالی ", _AR_PROVINCE.sub("ولایت ", part)))
        parts += [p for p in (part.strip(), *countries) if p]
    return ", ".join(parts), near


def _a_country(word: str) -> bool:
    """Is ``word`` the name of a country of the region in Arabic script ("پاکستان", "افغانستان")?"""
    return any(word.startswith(stem) for stem in COUNTRY_STEMS if has_arabic_letter(stem[:1]))
