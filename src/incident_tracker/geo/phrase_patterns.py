"""The phrase patterns :mod:`.phrase` reads a place string with: precision words ("near",
"10 km north of"), level and kind words, demonyms and possessives, the region's other scripts.
Kept apart so that the reading logic fits on a screen; every name here is used by that module
(``DEMONYMS`` also by :mod:`.candidates`).
"""

from __future__ import annotations

import re

from .persian_heads import CROSSING_ADJECTIVES

_COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?"
_NEAR_PREFIX = re.compile(
    r"^(?:"
    rf"(?:\d+(?:[.,]\d+)?|a\s+few|several|some)\s*(?:km|kms|kilomet(?:er|re)s?|mi|miles?)\s+(?:{_COMPASS}\s+)?(?:of|from)"
    rf"|(?:just\s+)?{_COMPASS}\s+of"
    # a quarter's adjective before the outskirts or suburbs ("the eastern suburbs of X", batch 85's g8200, geo169)
    rf"|(?:on\s+)?(?:the\s+)?(?:{_COMPASS}(?:ern)?\s+)?outskirts\s+of|(?:in\s+)?(?:an?\s+|the\s+)?(?:{_COMPASS}(?:ern)?\s+)?suburbs?\s+of"
    r"|(?:in\s+)?(?:the\s+)?vicinity\s+of|(?:in\s+)?the\s+area\s+of"
    r"|near(?:by)?|close\s+to|next\s+to|adjacent\s+to|not\s+far\s+from|around|outside(?:\s+of)?|on\s+the\s+edge\s+of"
    r"|(?:at\s+)?(?:the\s+)?(?:entrance|entry|approach(?:es)?|gates?)\s+(?:to|of)"
    r"|قرب|بالقرب\s+من|نزدیک|نزدیکی"  # Arabic and Persian "near"
    r")\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: Common nouns (lowercase words only) before "near X", "outside X": the place is X ("a mountainous region outside
#: Saravan", as "outside Saravan" alone is read).
_NEAR_AFTER_NOUN = re.compile(
    r"^(?:an?\s+|the\s+|some\s+|several\s+|two\s+|three\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}\s+"
    r"(?:near(?:by)?|close\s+to|not\s+far\s+from|next\s+to|adjacent\s+to|outside(?:\s+of)?)\s+(?:the\s+)?"
    r"(?P<place>[^\W\d_].*)$"
)
#: "a border post in the city of Mirjaveh": what stands in a place the text calls a town is near the
#: town (not the district of that name, which a bare "in Mirjaveh" finds first).
_IN_TOWN_AFTER_NOUN = re.compile(
    r"^(?:an?\s+|the\s+|some\s+|several\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}\s+in\s+the\s+"
    r"(?:city|town|village)\s+of\s+(?P<place>[A-Z].*)$"
)
#: "a freight yard at Towraghondi": what stands at a place names no other place; the place is X.
_AT_AFTER_NOUN = re.compile(
    r"^(?:an?\s+|the\s+|some\s+|several\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}\s+at\s+(?:the\s+)?(?P<place>[A-Z].*)$"
)
#: "sat on a chair in a shed at the Islam Qala crossing": a longer clause of common words (four to eight
#: after the first, none of them a direction, a distance or "from") before "at X" is what was done there.
_AT_AFTER_CLAUSE = re.compile(
    r"^(?!.*\b(?:north|south|east|west|km|kms|miles?|kilomet\w*|from|near|of)\b)[a-z][a-z-]*"
    r"(?:\s+[a-z][a-z-]*){4,8}\s+at\s+(?:the\s+)?(?P<place>[A-Z].*)$"
)
#: "Zhob is 280 miles from Quetta": a distance clause after the name, read as "Zhob, 280 miles from Quetta".
_IS_DISTANCE = re.compile(
    r"^(?P<name>[^,]+?)\s+(?:is|lies)\s+(?:about\s+|some\s+|nearly\s+|around\s+|only\s+)?"
    r"(?P<tail>\d[\d,.]*\s*(?:km|kms|kilomet(?:er|re)s?|mi|miles?)\s+(?:from|(?:north|south|east|west)\S*\s+of)\s+\S.*)$",
    re.IGNORECASE,
)
#: "The ‘Friendship Gate’ at the Chaman border": a named gate or post of a crossing named after its town.
_NAMED_AT_BORDER = re.compile(
    r"^(?:the\s+)?\S.{0,40}?\b(?:gate|post|checkpoint|check\s*post|terminal)['’]?\s+(?:at|on)\s+the\s+"
    r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+border(?:\s+crossing)?$",
    re.IGNORECASE,
)
#: "… border crossing between Pakistan and Afghanistan": which border, when both are countries
#: (checked by the reader), not where on it.
_BETWEEN = re.compile(r"\s+(?:on\s+the\s+border\s+)?between\s+(?P<one>[^\W\d_][\w-]*)\s+and\s+(?P<two>[^\W\d_][\w-]*)$")
#: "Serhertabat (formerly Kushka)": another name of the same place, tried when the first is not known.
_FORMERLY = re.compile(
    r"^(?:formerly|former(?:ly)?\s+called|earlier|previously|once|ex|old\s+name:?)\s+(?P<name>\S.*)$", re.I
)
_EXACT_PREFIX = re.compile(
    r"^(?:(?:in|at)\s+)?(?:the\s+)?(?:(?:(?:several|some|many|various|parts\s+of\s+the)\s+)?"
    r"(?:towns?|city|cities|villages?|settlements?|(?:(?-i:[a-z][a-z-]*)\s+){0,2}?(?:areas|parts))\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
#: "the Pak-Afghan border at Torkham": a border (or crossing) at a place is that place; "the
#: Pakistan-China border via Khunjerab Pass": the border is crossed there, the pass is the place (a
#: named pass or crossing beats a container after "in", which otherwise stands in for it).
_BORDER_AT = re.compile(
    r"^(?:the\s+)?(?:[^\W\d_][\w-]*\s+)?(?:border|frontier|crossing)\s+(?:at|via)\s+(?:the\s+)?(?=\S)",
    re.IGNORECASE,
)
#: Words between "the" and "city of", "district of": "the southeastern city of", "the Afghan port of";
#: an intensifier before a bearing ("the far northeastern province of") says no more than the bearing.
_DESCRIPTOR = (
    r"(?:(?:far|extreme|deep)[\s-]+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)ern|"
    r"central|remote|restive|"
    r"frontier|border|tribal|mountainous|provincial|district|capital|nearby|neighbou?ring|key|main|busy|strategic|"
    r"volatile|former|small|large|northernmost|southernmost|easternmost|westernmost|contested|disputed|troubled|"
    r"snowy|historic|ancient|famous|important|"  # "the snowy X pass": a pass's or crossing's epithet (geo121, geo180)
    # "northwest Farah province": a compound bearing, written small (never "North-West Frontier", "North Waziristan")
    r"(?-i:(?:north|south)-?(?:east|west))"
)
#: Words that name a country's people or side of a border ("the Afghan side").
DEMONYMS = {
    "afghan": "AF",
    "afghanistani": "AF",
    "tajik": "TJ",
    "tajikistani": "TJ",
    "pakistani": "PK",
    "uzbek": "UZ",
    "uzbekistani": "UZ",
    "kyrgyz": "KG",
    "kirghiz": "KG",
    "kyrgyzstani": "KG",
    "turkmen": "TM",
    "iranian": "IR",
    "indian": "IN",
    "chinese": "CN",
    "kazakh": "KZ",
}
_AREA_NOUN = (
    r"(?:city|town|village|settlement|district|province|region|county|oblast|area|side|part|enclave|exclave|port|"
    r"border\s+(?:post|crossing|town|village|district|area)|(?:border\s+)?crossing|checkpoint|outpost|hamlet|"
    r"centre|center|capital|heart|island)"
)
#: "the Kyrgyz city of Batken", "the Afghan border town of Torkham", "the southeastern city of
#: Zahedan", "the southeastern Afghan border province of Khost": a country, descriptive words
#: (before or after it) and a noun before the name.
_DEMONYM_PREFIX = re.compile(
    rf"^(?:the\s+)?(?:(?:{_DESCRIPTOR})\s+)*(?:(?P<people>{'|'.join(DEMONYMS)})\s+)?(?:(?:{_DESCRIPTOR})\s+)*"
    rf"(?P<noun>{_AREA_NOUN})\s+of\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
#: "the Tajik southern Khatlon province", "the Afghan Hairatan": a demonym and descriptive words before the name;
#: "a Khorugh suburb": the lowercase article "a"/"an" before a capitalised name (not a demonym: "a Pakistani
#: border town of X" is read by the demonym's own patterns).
_LEADING_WORDS = re.compile(
    rf"^(?:the\s+|(?-i:an?\s+(?=[A-Z]))(?!(?:{'|'.join(DEMONYMS)})\b))?"
    rf"(?:(?P<people>{'|'.join(DEMONYMS)})\s+)?(?:(?:{_DESCRIPTOR})\s+)*(?=\S)",
    re.IGNORECASE,
)
#: "the Torkham crossing of Khyber district", "the Sost Dry Port of Gilgit-Baltistan": a border place by its name and
#: kind word, then "of" and the unit it lies in, read as "X district of Y" is (seventy-third batch, g7030; geo146).
#: The name is capitalised, so that "the port of Gwadar" (the kind before the name) is left to its own reading.
_KIND_OF_AREA = re.compile(
    r"^(?:the\s+)?(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}?)\s+"
    r"(?P<noun>(?:dry\s+)?port|(?:border\s+)?crossing(?:\s+point)?|check\s*-?\s*post|checkpoint|outpost|post|gate|"
    r"bridge|terminal)\s+of\s+(?:the\s+)?(?P<area>(?-i:[A-Z]).+)$",
    re.IGNORECASE,
)
#: "Iran's Zabol county", "Pakistan's Kurram district", "Sistan and Baluchestan's provincial capital
#: of Zahedan": a possessive names the wider area.
_POSSESSIVE = re.compile(r"^(?P<owner>[^\W\d_][\w-]*(?:\s+(?:and\s+|&\s+)?[^\W\d_][\w-]*)?)['’]s\s+(?=\S)")
#: "Afghanistan s Kandahar": a possessive whose apostrophe a web page lost (a lone "s" between names).
_LOST_APOSTROPHE = re.compile(r"^(?P<owner>[A-Z][\w-]*)\s+s\s+(?=[A-Z])")
#: "Kurram district of Khyber Pakhtunkhwa", "Kok-Tash village of Batken district", "Buleda area
#: of Kech District": the name, its level word, and the wider area.
_OF_AREA = re.compile(
    r"^(?P<name>.+?)\s+(?P<noun>district|province|region|county|oblast|rayon|tehsil|village|town|city|area|sector|"
    r"jamoat|rural\s+community|border\s+area|valley)\s+of\s+(?:the\s+)?(?P<area>.+)$",
    re.IGNORECASE,
)
#: "western Afghanistan", "the far north of Pakistan", "south-east Iran": a part of a country named by its bearing.
_PART_OF_COUNTRY = re.compile(
    r"^(?:the\s+)?(?:(?:far|deep|extreme)\s+)?(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west|central)(?:ern)?"
    r"(?:\s+(?:part|parts|region|regions)?\s*of)?\s+(?:the\s+)?(?P<country>[^\W\d_][\w\s-]*?)\s*$",
    re.IGNORECASE,
)
#: "Imam Sahib of northern Kunduz": "of" before a compass word names the wider area, never part of the name.
_OF_COMPASS = re.compile(
    r"^(?P<name>.+?)\s+of\s+(?:the\s+)?(?P<area>(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern\s+\S.*)$",
    re.IGNORECASE,
)
_INTO = re.compile(
    r"^(?P<name>.+?)\s+(?P<kind>(?:border\s+)?crossing|bridge|border)\s+(?:into|to|with)\s+(?P<beyond>.+)$",
    re.IGNORECASE,
)
#: A pair of places joined by a hyphen or dash, as crossings are named: "Kulma-Karasu", "Torugart-Avtodorozhny".
#: A hyphened end before a spaced dash ("Ovchi-Kalacha - Kulundu") ends at the spaced dash, not at its own hyphen;
#: such a pair answers only where both ends are known, in two countries, facing (``Resolver._pair``).
_PAIR = re.compile(
    r"^(?P<left>[^\W\d_]{2,}(?:-[^\W\d_]{2,})+(?=\s+[-–—]\s)|[^\W\d_]{5,}(?:\s+[^\W\d_]+)?|[^\W\d_]{3,}\s+[^\W\d_]{3,})"
    r"\s*[-–—]\s*(?P<right>[^\W\d_]{5,}.*)$"
)
#: What a border place is called after its name: "Torkham border crossing", "Kulma Pass"; "the X border point", and a
#: port's "X Port border point", "X port border crossing" (geo152: "the Sheikh Abu Nasr Farahi Port border point").
_KIND_SUFFIX = re.compile(
    r"\s+(?P<kind>(?:(?:dry\s+)?port\s+)?(?:friendship\s+)?(?:border[\s-]+)?"
    r"(?:crossing(?:\s+point)?|check\s*-?\s*point|checkpost|post|outpost|gate|terminal)|"
    r"(?:(?:dry\s+)?port\s+)?border[\s-]+point|"
    r"border[\s-]+crossing\s+checkpoint|"
    r"bcp|pass|bridge|border|port|customs(?:\s+post)?|dry\s+port)$",
    re.IGNORECASE,
)
_NEUTRAL_SUFFIX = re.compile(
    r"\s+(?:city|town|village|bazaa?r|centre|center|area|jamoat|rural\s+community|ayil\s+okmotu|kishlak|settlement|"
    r"(?<!dry\s)port|border\s+town|signpost)$",
    re.IGNORECASE,
)
#: "Lower Kurram close to the Afghan border": where the place lies, which names no other place.
_BY_THE_BORDER = re.compile(
    r"\s+(?:close\s+to|near|along|on|next\s+to)\s+the\s+(?:[\w-]+\s+){0,2}(?:border|frontier|Durand\s+Line)$",
    re.IGNORECASE,
)
#: Words after a name that make the place an area around it, or a building in it: "near". A township ("Kaqun
#: township", the Chinese reader's "喀群乡") is the area around the place whose name it bears, its seat (geo146).
#: Camps and markets in the plural ("Chaman camps", "the Chaman refugee camps") are next to the town as one is
#: (geo147).
_AREA_SUFFIX = re.compile(
    r"\s+(?:area|sector|border\s+(?:area|region|zone|belt|route)|(?:provincial\s+|district\s+|civil\s+|main\s+)?"
    r"(?:hospital|airport|mosque|school|markets?|police\s+station|bus\s+station|university|madrasa|(?:refugee\s+)?camps?)|valley|"
    r"suburbs?|outskirts|township)$",
    re.IGNORECASE,
)
#: Words before a name that say what kind of place it is, in the region's other scripts:
#: "КПП «Торхам»", "МАПП «X»" (the multilateral road crossing point), "пограничный терминал X" (terminal),
#: "گذرگاه مرزی تورخم", "پایانه مرزی X"
#: (border terminal), "معبر ميلك الحدودي", "в поселке Акина"; the crossing point in any case, after "в", "на"
#: or "через" ("(на) пограничном пункте пропуска X", geo89); an adjective between the crossing word
#: and the name ("معبر رسمی X", the official crossing X; "اصلی" main, "بین‌المللی" international: geo102).
_SCRIPT_PREFIX = re.compile(
    r"^(?:(?:(?:в|на|через)\s+)?(?:(?:пограничн\w*|таможенн\w*|автодорожн\w*)\s+)*(?:КПП|МАПП|пост[ау]?|пункт(?:а|у|е|ом)?\s+пропуска|погранзастав[аеы]|застав[аеы]|посел[её]к[еа]?|сел[ео]|город[еау]?|"
    r"терминал[аеу]?|кишлак[еа]?|местност[иь])|"
    rf"(?:گذرگاه|معبر|منفذ|پایانه)(?:\s+(?:{CROSSING_ADJECTIVES}|الرسمي|الرئيسي))+(?:\s+مرزی)?|گذرگاه\s+مرزی|گذرگاه|پایانه(?:\u200c?های|\s+های)?\s+مرزی|پایانه|مرز|"
    r"معبر|منفذ|جسر|پل|منطقه|منطقة|مدينة|مدينه|بلدة|بلده|بندر|(?:پاسگاه\s+)?روستای?)\s+",
    re.IGNORECASE,
)
#: "مرزی" (Persian), "بارڈر" (Urdu; "بارڈ" as one report misspells it): "border" after a name.
_SCRIPT_SUFFIX = re.compile(
    r"\s+(?:الحدودي|مرزی|بارڈر|بارڈ|көзөмөл-өткөрмө\s+(?:бекети|пункту)|бекети)$", re.IGNORECASE
)
#: "پاک افغان طورخم", "پاک افغان بارڈر انگور اڈا": "Pak-Afghan (border)" before a border place's
#: name says which border, not where on it; "سرحدی علاقے X", "ساحلی علاقے X" (the border, the coastal
#: area X) what kind of area it is.
_URDU_PAK_AFGHAN = re.compile(r"^(?:(?:سرحدی|ساحلی)\s+علاقے\s+|پاک\s+(?:افغان|افعان)\s+(?:(?:سرحد|بارڈر)\s+(?=\S))?)")
#: "پاراچنار پاک افغان خرلاچی سرحد" (Parachinar's Pak-Afghan Kharlachi border): the town, the
#: border's two countries, then the border place's name: the name is the place, the town its context.
_URDU_TOWN_BORDER = re.compile(r"^(?P<where>\S.*?)\s+پاک\s+(?:افغان|افعان|ایران)\s+(?P<name>\S.*)$")
#: Urdu puts "in" after the place it is in: "چمن میں باب دوستی" (Bab-e-Dosti in Chaman).
_URDU_IN = re.compile(r"^(?P<where>\S.*?)\s+میں\s+(?P<name>\S.*)$")
#: "…Исфаринского района Таджикистана": the country after a Russian place, in any case; "город
#: Сарахс в Иране" (in Iran): the locative after "в".
_RU_COUNTRY_TAIL = re.compile(
    r"(?:\s+(?:в|во))?\s+(?P<country>(?:таджикистан|кыргызстан|узбекистан|казахстан|афганистан|туркменистан|пакистан|иран)[аеу]?|"
    r"киргизии|кита[яйюе])$",
    re.IGNORECASE,
)
#: Country names in the region's other scripts, by stem (Russian cases add a letter).
COUNTRY_STEMS = {
    "таджикистан": "TJ",
    "кыргызстан": "KG",
    "киргиз": "KG",
    "узбекистан": "UZ",
    "афганистан": "AF",
    "туркменистан": "TM",
    "туркмени": "TM",  # "Туркмения", the older Russian name ("на границе с Туркменией")
    "пакистан": "PK",
    "иран": "IR",
    "кита": "CN",
    "افغانستان": "AF",
    "پاکستان": "PK",
    "ایران": "IR",
    "تاجیکستان": "TJ",
    "ازبکستان": "UZ",
    "ترکمنستان": "TM",
    "قرقیزستان": "KG",
}
#: The region's countries in Tajik (Cyrillic), as a context part names them ("Хоруғ дар Афғонистон", Khorog in
#: Afghanistan): whole words, read by :func:`.candidates.context_country` only (the Russian readers derive their
#: genitives from :data:`COUNTRY_STEMS`, which these are not).
TG_COUNTRIES = {
    "афғонистон": "AF",
    "тоҷикистон": "TJ",
    "ӯзбекистон": "UZ",
    "қирғизистон": "KG",
    "туркманистон": "TM",
    "покистон": "PK",
    "эрон": "IR",
}
_QUOTES = re.compile(r"[«»“”„\"]")
#: Level words that only some countries of the region use for their units: Iran's shahrestan
#: and China's xian are "counties" (Afghan districts are sometimes called so too); "tehsil" and
#: "agency" are Pakistan's; "nohiya" Tajikistan's; "woleswali" Afghanistan's. A place of
#: another country is not what such a text names (Taftan, Pakistan, for "Taftan County").
UNIT_COUNTRIES = {
    "county": frozenset({"IR", "CN", "AF"}),
    "prefecture": frozenset({"CN"}),
    "tehsil": frozenset({"PK", "IN"}),
    "tahsil": frozenset({"PK", "IN"}),
    "agency": frozenset({"PK"}),
    "nohiya": frozenset({"TJ", "UZ"}),
    "nohiyai": frozenset({"TJ"}),
    "woleswali": frozenset({"AF"}),
    "wuluswali": frozenset({"AF"}),
}
_UNIT_WORD = re.compile(rf"\b({'|'.join(UNIT_COUNTRIES)})\b", re.IGNORECASE)
#: Russian "уезд" (the old county), in any case: Russian outlets call an Afghan district or a Chinese
#: county so (and Iran's shahrestan, as "county"), never a district of the former Soviet republics
#: ("район"): "в уезде Ишкашим" is the Afghan Ishkashim, not the Tajik Ishkoshim across the Panj.
_UEZD_WORD = re.compile(r"(?<![\w-])уезд(?:а|е|у|ом|ы|ов|ах|ам|ами)?(?![\w-])", re.IGNORECASE)


#: Arabic "محافظة" (governorate; "لمحافظة", "بمحافظة", the dual "محافظتي"): what Arabic outlets call a province of Iran
#: or Afghanistan ("محافظة سيستان وبلوشستان", "محافظة كونار") and the Arab countries' own, never Pakistan's, which they
#: call "إقليم" (province; "إقليم بلوشستان"): "محافظة بلوشستان" is not Pakistan's Balochistan (geo140).
_AR_GOVERNORATE = re.compile(r"(?<!\w)(?:[بلو]|ال)?محافظ(?:ة|ه|تي|تا)(?!\w)")
_GOVERNORATE_COUNTRIES = frozenset({"IR", "AF", "EG", "SY", "IQ", "JO", "YE", "OM", "SA", "KW", "BH", "LB", "PS"})


def unit_countries(text: str, written: str = "") -> frozenset[str] | None:
    """The countries every unit word of the text allows (see ``UNIT_COUNTRIES``), or None; an Arabic unit word is
    looked for in the text as ``written``, before the Arabic reader rewrote it."""
    allowed: frozenset[str] | None = _GOVERNORATE_COUNTRIES if _AR_GOVERNORATE.search(written) else None
    words = [*_UNIT_WORD.findall(text), *(["county"] if _UEZD_WORD.search(text) else [])]
    for word in words:
        countries = UNIT_COUNTRIES[word.casefold()]
        allowed = countries if allowed is None else (allowed & countries or allowed)
    return allowed


#: A Russian unit named by its adjective, written once for every reader of it (here, :mod:`.phrase_chains`,
#: :mod:`.phrase_case`): the adjective's ending after "-ск-"/"-цк-" in the nominative, genitive, locative and
#: accusative ("Баткенский", "Лейлекского", "в Лейлекском", "в Баткенскую"), and the unit noun in the cases
#: the readers meet: "район" (district), "область"/"обл." (province) and the Turkmen province noun "велаят"
#: as Russian writes it. A case ending is added here, once. Lowercase; no groups, so each reader wraps them.
RU_AREA_ADJECTIVE = r"[сц]к(?:ого|ой|ом|ий|ая|ую)"
RU_AREA_NOUN = r"(?:район[аеу]?|област(?:и|ь|ью)|обл\.?|велаят[аеу]?)"
#: Russian case forms after a place: "… Лейлекского района Баткенской области": a genitive
#: (or locative) adjective and "района"/"области" name the district and the province; "в … скую область" (into the
#: province, the accusative) and "велаят" name the province too.
_RU_AREA = re.compile(
    rf"(?:^|\s+)(?:в\s+)?(?P<stem>[^\W\d_]+?(?:-[^\W\d_]+?)?){RU_AREA_ADJECTIVE}\s+(?P<noun>{RU_AREA_NOUN})$",
    re.IGNORECASE,
)
#: "в районе Шамсиддин Шохин", "района Шамсиддини Шохин": the district of that name.
#: An apposition after a name: "a city in X …", "another city within X", "a town of X near the border".
_APPOSITIVE = re.compile(
    r"^(?:a|an|another|the)\s+(?:[^\W\d_]+\s+)?(?:city|town|village|district|county|province|area|region)\s+"
    r"(?:in|within|of|located\s+in)\s+(?P<where>.+?)(?:\s+(?:near|close\s+to|along|on|by)\s+.*)?$",
    re.IGNORECASE,
)
#: "в местечке Даре", "в селе X", "у кишлака X": a locality named after its province, in Russian.
_RU_LOCALITY = re.compile(
    r"^(?:в|во|у|около|близ)\s+(?:местечк[еау]|сел[еау]|посёлк[еау]|поселк[еау]|кишлак[еау]|аул[еау]|деревн[еи]|"
    r"населённ\w+\s+пункт[еау])\s+(?P<name>\S.*)$",
    re.IGNORECASE,
)
#: "(в) (приграничном) районе X": the border adjective ("приграничном", "пограничного") says where
#: the district lies, not which one.
_RU_DISTRICT = re.compile(r"^(?:в\s+)?(?:(?:при|по)граничн(?:ом|ого|ый|ому|ым)\s+)?район[аеу]?\s+(?=\S)", re.IGNORECASE)
_BRACKETS = re.compile(r"[(\[]([^()\[\]]*)[)\]]")
#: Urdu's genitive puts the owner first: "باجوڑ ایجنسی کی تحصیل مہمند" (Bajaur Agency's tehsil Mamund);
#: Persian and Dari chain the units: "ولسوالی دند پتان ولایت پکتیا" (district Dand Patan, province Paktia).
_URDU_OF = re.compile(r"^(?P<owner>\S.*?)\s+(?:کی|کا|کے)\s+(?P<rest>\S.*)$")
#: "پاکستان کے صوبہ بلوچستان کے ضلع کیچ" (Pakistan's province Balochistan's district Kech): a chain
#: from the country down; the province is the owner, the country is context too.
_ARABIC_SCRIPT_COUNTRIES = "|".join(stem for stem in COUNTRY_STEMS if "\u0600" <= stem[0] <= "\u06ff")
_URDU_OF_COUNTRY = re.compile(
    rf"^(?P<country>{_ARABIC_SCRIPT_COUNTRIES})"
    r"\s+(?:کی|کا|کے)\s+(?P<owner>\S.*?)\s+(?:کی|کا|کے)\s+(?P<rest>\S.*)$"
)
_PERSIAN_UNITS = re.compile(
    r"^(?P<rest>(?:ولسوالی|ولسوالي|ولسوالۍ|شهرستان|ضلع|بخش)\s+\S.*?)\s+(?P<owner>(?:ولایت|ولايت|استان|صوبہ)\s+\S.*)$"
)
#: "ماککی ولسوالی کنگ" (Makaki, Kang district), "روستای ساسولی از توابع شهرستان هیرمند" (the village of
#: Sasuli, of the dependencies of Hirmand county), "X در شهرستان Y" (X in Y county): a name, then the
#: unit it lies in.
_PERSIAN_IN_UNIT = re.compile(
    r"^(?P<rest>\S.*?)\s+(?:از\s+توابع\s+|در\s+)?(?P<owner>(?:ولسوالی|ولسوالي|ولسوالۍ|شهرستان|ولایت|ولايت|استان)\s+\S.*)$"
)
#: "پاسگاه شمسر در نقطه مرزی سراوان" (the Shamsar post in the Saravan border point), "… در منطقه مرزی
#: X" (in the border area of X): what lies in a border area named after a place, and that place.
_PERSIAN_IN_BORDER_AREA = re.compile(
    r"^(?P<rest>\S.*?)\s+در\s+(?:منطقه|منطقهٔ|نقطه|نقطهٔ|نوار)\s+مرزی\s+(?P<owner>\S.*)$"
)
#: "the 16th border checkpoint of the Saravan border regiment", "the “Shamsiddin Shohin” border detachment":
#: a border unit is named after the district it guards, which holds the place.
_BORDER_UNIT = re.compile(
    r"^(?:the\s+)?(?P<unit>[^\W\d_][\w\s'’-]*?)\s+border\s+(?:guard\s+)?(?:detachment|unit|regiment|brigade|battalion)$",
    re.IGNORECASE,
)
_OF_BORDER_UNIT = re.compile(
    r"\s+(?:of|in|from)\s+the\s+(?P<unit>[^\W\d_][\w\s'’-]*?)\s+border\s+(?:guard\s+)?"
    r"(?:detachment|unit|regiment|brigade|battalion)$",
    re.IGNORECASE,
)
_UPPER_LOWER = re.compile(r"(?:upper|lower)\s+(?P<whole>\S.*)$", re.IGNORECASE)
#: A post given its own name in quotes ("the “Istiqlol” border post", "Border Guard Post “Istiqlol”",
#: "застава «Кара-Бак»"): a designation, which need not be where the post stands.
_DESIGNATED_POST = re.compile(
    r"[«“„\"‘](?P<before>[^«»“”„\"‘’]+)[»”\"’]\s+(?:border\s+|frontier\s+)?(?:guard\s+)?(?:post|outpost|picket)\b"
    r"|\b(?:post|outpost|picket|(?:погран)?застав[аеыу]|пост[ау]?)\s+[«“„\"‘](?P<after>[^«»“”„\"‘’]+)[»”\"’]",
    re.IGNORECASE,
)


def strip_kind(text: str) -> tuple[str, str | None]:
    """Remove a border-place word after a name: ("Torkham border crossing") → ("Torkham", "border crossing")."""
    stripped = text.strip()
    match = _KIND_SUFFIX.search(stripped)
    if match and match.start() > 0:
        return stripped[: match.start()].strip(), match.group("kind").lower()
    return stripped, None
