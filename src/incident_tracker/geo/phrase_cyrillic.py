"""Place phrases in Kyrgyz, Kazakh, Uzbek, Tajik, Russian unit chains and Chinese, rewritten
in the English form :func:`.phrase.parse_query` reads.

These languages wrap a known name in case endings and unit words the English reader does not
take off: "Баткен районунун Көк-Таш айылындагы" (in Kok-Tash village of Batken district),
"ҷамоати Чоркӯҳи Исфара" (the Chorkuh jamoat of Isfara), "махаллы Сомониён джамоата Чоркух"
(the Somoniyon quarter of Chorkuh jamoat), "哈特隆州沙姆西丁·紹欣區" (Shamsiddin Shohin district
of Khatlon province: read by :mod:`.phrase_han`; the Tajik izofa chains by :mod:`.phrase_tajik`).
:func:`rewrite_phrase` turns each into "Көк-Таш village, Баткен district", finest unit first, so
that the reader's rules on units, context and fallbacks apply unchanged.

Wrong is worse than empty: a text joining two places ("Ак-Сай айылы менен …", "萊萊克和巴特肯"),
a Chinese text with a word this module does not know, or one with digits (a dateline such as
"新华社乌鲁木齐10月21日电") is not rewritten, and stays unread. Standard library only.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .cyrillic_roles import dateline_role as dateline_role  # re-exported: the phrase reader asks both
from .phrase_han import read_han
from .phrase_tajik import read_tajik, spelled, table
from .scripts import has_cyrillic, has_han

_QUOTES = re.compile(r"[«»“”„\"]")

#: Country names in Kyrgyz, Kazakh, Uzbek and Tajik, by stem, as the English reader names them.
_COUNTRIES = table(
    "тажикстан=Tajikistan;тәжікстан=Tajikistan;тожикистон=Tajikistan;тоҷикистон=Tajikistan;"
    "кыргызстан=Kyrgyzstan;қырғызстан=Kyrgyzstan;қирғизистон=Kyrgyzstan;өзбекстан=Uzbekistan;"
    "ўзбекистон=Uzbekistan;ооганстан=Afghanistan;ауғанстан=Afghanistan;афғонистон=Afghanistan;"
    "кытай=China;қытай=China"
)


def russian_area(stem: str, noun: str) -> str:
    """A unit named by its Russian adjective, in English words: "Исфарин" + "району" → "Исфара district",
    "Баткен" + "области" → "Batken province". An unknown stem in "-ин" of more than five letters is the
    adjective of a name in "-а" ("Исфаринский": Исфара); the noun says district or province."""
    if stem.casefold().endswith("ин") and len(stem) > 5 and spelled(stem) == stem:
        stem = stem[:-2] + "а"
    return f"{spelled(stem)} {'district' if noun.casefold().startswith('район') else 'province'}"


def _country(word: str) -> str | None:
    folded = word.casefold()
    return next((name for stem, name in _COUNTRIES.items() if folded.startswith(stem)), None)


# --- Kyrgyz, Kazakh, Uzbek: the unit word (with its case ending) after the name -------------

#: Unit words after a name, with their case endings, and the English word ("тозотунда", at the post).
_TURKIC_UNITS = (
    (
        re.compile(
            r"^(?:район(?:у|унун|ундагы|уна|унда|ун|и|ида|идаги|ига|ининг)|аудан(?:ы|ының|ында|ындағы|ына)|туман(?:и|ига|ида|идаги|ининг|игача))$"
        ),
        "district",
    ),
    (
        re.compile(
            r"^(?:облус(?:у|унун|ундагы|уна|унда)|област(?:и|ида|идаги|ининг)|облыс(?:ы|ының|ына|ында|ындағы)|вилоят(?:и|ига|ида|идаги|ининг)|"
            r"провинция(?:сы|сындагы|сынын|сына|сынан))$"
        ),
        "province",
    ),
    (
        re.compile(r"^(?:айыл(?:ы|ынын|ында|ындагы|ына|ынан)|ауыл(?:ы|ының|ында|ына|ынан)|қишлоғ(?:и|ида|идаги))$"),
        "village",
    ),
    # Uzbek "Термиз шаҳри" (the city of Termez) with its endings, as Kyrgyz "шаары" and Kazakh "қаласы" (geo187)
    (re.compile(r"^(?:шаар(?:ы|ынын|ында|ындагы)|қала(?:сы|сында|сының)|шаҳр(?:и|ида|идаги|ига|ининг))$"), "city"),
    # Uzbek "жамоати" (the jamoat of, a Tajik rural unit): "Чоркуҳ жамоати Сомониён қишлоғи" holds the village
    (re.compile(r"^жамоат(?:и|ида|идаги|ига|ининг)$"), "jamoat"),
    (
        re.compile(r"^(?:аймаг(?:ы|ында|ындагы|ынын|ынан)|тилкес(?:и|инде|индеги)|маңы|жерге(?:си|синде|синин))$"),
        "area",
    ),
    (re.compile(r"^тозот(?:у|уна|унда|унун)$"), "border post"),  # Kyrgyz "тозот", a post; "жерге", a locality
    (re.compile(r"^божхона(?:си|сида|сидаги|сига)$"), "border post"),  # Uzbek "Водил божхонаси", the customs post
    (re.compile(r"^анклав(?:и|ида|идаги|ига)$"), ""),  # Uzbek "“Сўх” анклавида": the enclave is the place
)
#: Two-word units: a rural community ("айыл аймагында") and a border post ("чек ара бекетине").
_TURKIC_PAIRS = (
    (re.compile(r"^айыл\s+аймаг(?:ы|ынын|ында|ынан)$"), "rural community"),
    (
        re.compile(
            r"^(?:чек\s+ара\s+)?(?:заставас(?:ы|ынын|ына|ында)|бекет(?:и|ине|инде|инин)|тозот(?:у|уна|унда|унун))$"
        ),
        "border post",
    ),
    # the Kyrgyz crossing post ("Серахс өткөрмө бекети"): "өткөрмө" (crossing) before the post
    (re.compile(r"^өткөрмө\s+бекет(?:и|ине|инде|инин|инен)$"), "border post"),
    # the Uzbek customs or border post ("Водил божхона чегара пости", "Водил чегара пости"): a post named
    # after the place it stands in, as the customs posts of the Ferghana valley are
    (re.compile(r"^(?:божхона\s+)?(?:чегара\s+)?пост(?:и|ида|идаги|ига|ининг)$"), "border post"),
)
#: Genitive and locative endings that make a name the owner of what follows ("Баткендин", "Қырғызстандағы").
_OWNER_ENDING = re.compile(r"(?:[дтн](?:ын|ин|ун|үн|ың|ің)|[дт](?:агы|еги|огу|өгү|ағы|егі)|даги)$", re.IGNORECASE)
_LOCATIVE = re.compile(r"(?:[дт](?:агы|еги|огу|өгү|ағы|егі)|даги)$", re.IGNORECASE)
#: A Russian adjective ("по Лейлекскому району"): Russian, whose "району" is not the Kyrgyz word.
_RU_ADJECTIVE = re.compile(r"(?:ск|цк)(?:ий|ого|ому|ом|ой|ая|ую|им|ие|их)$", re.IGNORECASE)
#: Words that join an owner to what it holds, or say "near": "караштуу" (belonging to), "маңында".
_TURKIC_LINKS = frozenset({"караштуу", "қарасты", "қарашли", "тиешелүү"})
#: "the country's" (Kyrgyz, Kazakh, Uzbek): a common owner, no name ("Өлкөнүн түштүгүндөгү", in the country's south).
_COMMON_OWNERS = frozenset({"өлкөнүн", "елдің", "мамлакатнинг", "мамлекеттин"})
_TURKIC_NEAR = re.compile(r"^(?:жакын|маңында|жанында|тегерегинде|яқинида|атрофида)$")
#: "X жанындагы Y" (Y, which is next to X): the attributive "next to" makes what came before it a
#: landmark, not Y's container; only what follows names the place (issue 13, g3028's shape).
_TURKIC_BESIDE = re.compile(
    r"^(?:жан|маң|жакын|тегерег|яқин|ён|атроф)(?:ын|ин|ун|үн|ы|и|у|ү)(?:дагы|деги|догу|дөгү|дағы|дегі|даги|дєги)$"
)
#: "менен" (with), "жана"/"және"/"ва"/"va"/"и" (and): a text that joins two places names no one place.
_TURKIC_JOIN = re.compile(r"\s(?:менен|жана|және|мен|ва|va|и|ҳамда)\s", re.IGNORECASE)


#: Units that hold a place named after them ("Фарғона туманидаги Водил", Vodil, in Fergana district).
_CONTAINERS = frozenset({"district", "province", "jamoat"})
#: How coarse a unit is: "X ауылы, Ноокен ауданы, Жалал-Абад облысы" (an address, commas after the units) goes from
#: the finest to the coarsest, as English does, where the Turkic phrase without commas goes the other way (geo190).
_COARSENESS = {
    "village": 0, "city": 0, "border post": 0, "rural community": 1, "jamoat": 1, "district": 2, "province": 3
}  # fmt: skip


def _unit_at(words: list[str], i: int) -> bool:
    """Does a unit word (one word or a two- or three-word unit) begin at ``words[i]``?"""
    folded = [w.rstrip(",").casefold() for w in words[i : i + 3]]
    spans = (" ".join(folded[:n]) for n in (3, 2))
    return any(pat.match(span) for span in spans for pat, _ in _TURKIC_PAIRS) or any(
        pat.match(folded[0]) for pat, _ in _TURKIC_UNITS
    )


#: A plural village word after a list's last name ("Ленбург ва Девайрон қишлоқларида", in the villages
#: Lenburg and Devayron): Kyrgyz, Kazakh and Uzbek.
_TURKIC_VILLAGES = re.compile(r"^(?:айылдар|ауылдар|қишлоқлар)\w*$")


def _listed_in_unit(words: list[str]) -> str | None:
    """ "Сўх тумани Ленбург ва Девайрон қишлоқларида" (in the villages Lenburg and Devayron of Sokh district):
    the villages, a list, are no one place; the unit named before them holds them all and is what stands.
    None unless the text ends on the plural village word after names joined by "and" and a unit chain the
    reader reads comes first (with nothing before the list, the text names no common place)."""
    if len(words) < 4 or not _TURKIC_VILLAGES.match(words[-1].casefold()):
        return None
    start = len(words) - 1
    while start > 0 and (words[start - 1][:1].isupper() or _TURKIC_JOIN.search(f" {words[start - 1]} ")):
        start -= 1
    listed = " ".join(words[start:-1])
    if start == 0 or not _TURKIC_JOIN.search(f" {listed} ") or _TURKIC_JOIN.search(" " + " ".join(words[:start]) + " "):
        return None
    if not _unit_at(words, start - 1):
        return None
    return _turkic(words[:start])


def _turkic(words: list[str]) -> str | None:
    """ "Баткен районунун Көк-Таш айылындагы …" → "Көк-Таш village, Баткен district"; None if no unit word."""
    units: list[tuple[str, str]] = []
    commas: list[bool] = []  # whether a comma follows each unit's word
    owners: list[str] = []
    name: list[str] = []
    near = False
    linked = False  # after "караштуу" (belonging to) a unit: the name that follows is the place it holds
    i = 0
    while i < len(words):
        word, folded = words[i].rstrip(","), words[i].rstrip(",").casefold()
        if linked and name and not word[:1].isupper() and not _unit_at(words, i):
            units.append((" ".join(name), ""))  # "… районуна караштуу Максат жерлигинде": Maksat, in the district
            name, linked = [], False
        if words[i].endswith(",") and not any(pat.match(folded) for pat, _ in _TURKIC_UNITS):
            return None  # "Максат, Кулунду айылдарында": names joined by a comma, a list
        pair = " ".join(w.rstrip(",").casefold() for w in words[i : i + 2])
        triple = " ".join(w.rstrip(",").casefold() for w in words[i : i + 3])
        found = next(((lvl, 3) for pat, lvl in _TURKIC_PAIRS if pat.match(triple)), None) or next(
            ((lvl, 2) for pat, lvl in _TURKIC_PAIRS if pat.match(pair)), None
        )
        found = found or next(((lvl, 1) for pat, lvl in _TURKIC_UNITS if pat.match(folded)), None)
        if found and name:
            units.append((" ".join(name), found[0]))
            commas.append(words[min(i + found[1], len(words)) - 1].endswith(","))
            name, i = [], i + found[1]
            continue
        if _TURKIC_BESIDE.match(folded):
            units, owners, name, near = [], [], [], False  # a landmark before: Y alone names the place
        elif _TURKIC_NEAR.match(folded):
            near = True
        elif folded in _TURKIC_LINKS or folded in _COMMON_OWNERS or not word[:1].isupper():
            linked = linked or (folded in _TURKIC_LINKS and bool(units) and not name)
            if units or owners or name:
                near = near or bool(units and units[-1][1] in ("village", "city", "border post"))
            name = []  # common words ("чек ара чырына"): nothing of a name
        elif _OWNER_ENDING.search(folded) and len(word) > 5:
            stem = _OWNER_ENDING.sub("", word)
            country = _country(stem)
            alone = not units and not name and i + 1 < len(words) and not words[i + 1][:1].isupper()
            if country is None and alone and _LOCATIVE.search(folded):
                units.append((stem, ""))  # "Көк-Таштағы әскери бөлімше": a unit in Kok-Tash
                near = True
            else:
                owners.append(country or spelled(stem))
        else:
            country = _country(word)
            if _RU_ADJECTIVE.search(folded):
                return None
            if country:
                owners.append(country)
            else:
                name.append(word)
        i += 1
    if name and units and (linked or units[-1][1] in _CONTAINERS):
        # "… районуна караштуу Максат", "Фарғона туманидаги Водил": the text ends on the place the unit holds
        units.append((" ".join(name), ""))
    if not units:
        return None
    parts = [f"{spelled(n)} {lvl}".strip() for n, lvl in _finest_first(units, commas)] + list(reversed(owners))
    return ("near " if near else "") + ", ".join(parts)


def _finest_first(units: list[tuple[str, str]], commas: list[bool]) -> list[tuple[str, str]]:
    """The units, the finest first: reversed (the owner comes first in a Turkic phrase), unless three or more are
    written with a comma after every one but the last and each finer than the next, an address in English order."""
    ranks = [_COARSENESS.get(lvl, -1) for _name, lvl in units]
    ascending = -1 not in ranks and all(a < b for a, b in pairwise(ranks))
    # two units read either way make the district the name; kept reversed, a district the Kazakh letters find by
    # sound alone is no context anchor without its province (geo187's "Кзззык ауылы, Ақсый ауданы" stays empty)
    return units if len(units) > 2 and all(commas[:-1]) and ascending else list(reversed(units))


#: Russian units written before their name, which the reader's prefixes do not cover.
_RU_UNITS = (
    (re.compile(r"^махалл[аеиыу]$", re.IGNORECASE), ""),
    (re.compile(r"^джамоат[аеу]?$", re.IGNORECASE), "jamoat"),
    (re.compile(r"^остров[аеу]?$", re.IGNORECASE), ""),
    (re.compile(r"^город[аеу]?$", re.IGNORECASE), "city"),
    (re.compile(r"^сел[аеоу]$", re.IGNORECASE), "village"),
    (re.compile(r"^кишлак[аеу]?$", re.IGNORECASE), "village"),
    (re.compile(r"^анклав[аеу]?$", re.IGNORECASE), ""),
)
#: "узбекского села", "таджикского анклава": the country a unit belongs to, as an adjective before it.
_RU_DEMONYMS = (
    ("узбекск", "Uzbekistan"),
    ("таджикск", "Tajikistan"),
    ("кыргызск", "Kyrgyzstan"),
    ("киргизск", "Kyrgyzstan"),
    ("афганск", "Afghanistan"),
)
#: What only this reader takes: a quarter or jamoat named before its name, an island, and a
#: facility in a village ("на водозаборе в селе Кок-Таш": at the water intake in Kok-Tash); and a "near" word
#: before a jamoat ("недалеко от джамоата Махрам города Канибадам": near it; geo146). Not "поселка/села X города
#: Y" (a village of a town): the set locates such a village where it has a point ("села Сомониён города Исфары",
#: g5450, 18 km from Isfara's), so the town's district standing in would be wrong there.
_RU_NEAR = r"(?:(?:недалеко|неподал[её]ку)\s+от|вблизи|около|близ|возле)"
_RU_TRIGGER = re.compile(
    rf"^(?:в\s+|{_RU_NEAR}\s+)?(?:махалл[аеиыу]|джамоат[аеу]?|остров[аеу]?)\s|^на\s+остров[аеу]?\s|"
    r"^(?:на|у|возле)\s+[а-яё]+\s+в\s+(?:сел[еа]|кишлаке|махалле)\s|"
    r"^(?:(?:на\s+)?территори[ияю]\s+)?(?:(?:при|по)граничн\w+\s+)?(?:узбекск|таджикск|кыргызск|киргизск|афганск)\w+\s+"
    r"(?:анклав|сел|кишлак)|^(?:при|по)граничн\w+\s+(?:сел[аеоу]|кишлак[аеу]?)\s+(?=[А-ЯЁ])",
    re.IGNORECASE,
)
#: "приграничного (таджикского) села X" (of the border village X): the border adjective says where the village
#: lies, not which; it is dropped with the nationality's (geo151: g7317).
_RU_BORDER_ADJ = re.compile(r"^(?:при|по)граничн\w+\s+", re.IGNORECASE)
_RU_ADJ_AREA = re.compile(
    r"(?P<stem>[^\W\d_]+?(?:-[^\W\d_]+?)?)(?:ского|ской|ском|ский|ская|цкого|цкой)\s+(?P<noun>район[аеу]?|област(?:и|ь|ью))",
    re.IGNORECASE,
)
_RU_JOIN = re.compile(r"\s(?:и|или)\s|,", re.IGNORECASE)


def _russian(text: str) -> str | None:
    """ "махаллы Сомониён джамоата Чоркух города Исфара Согдийской области" →
    "Сомониён, Чоркух jamoat, Исфара city, Sughd province"."""
    match = _RU_TRIGGER.match(text)
    if not match:
        return None
    countries = [name for stem, name in _RU_DEMONYMS if stem in text.casefold()]
    text = _RU_BORDER_ADJ.sub("", text)
    text = re.sub(
        r"^(?:на\s+)?территори[ияю]\s+|(?:узбекск|таджикск|кыргызск|киргизск|афганск)\w+\s+", "", text, flags=re.I
    )
    text = re.sub(r"^на\s+(?=остров)", "", text, flags=re.I)  # "на острове X" (on the island X): the island (geo152)
    near = match.group().casefold().startswith(("на ", "у ", "возле ")) and " в " in text.casefold()
    if near:
        text = text[text.casefold().index(" в ") + 3 :]
    elif lead := re.match(rf"{_RU_NEAR}\s+", text, re.IGNORECASE):  # "недалеко от джамоата X": near it
        near, text = True, text[lead.end() :]
    areas = [russian_area(area.group("stem"), area.group("noun")) for area in _RU_ADJ_AREA.finditer(text)]
    units: list[tuple[list[str], str]] = []
    for word in re.sub(r"[()\[\]]", " ", _RU_ADJ_AREA.sub(" ", text)).split():
        found = next((lvl for pat, lvl in _RU_UNITS if pat.match(word)), None)
        if found is not None:
            units.append(([], found))
        elif units and word[:1].isupper():
            units[-1][0].append(word)
        elif word.casefold() != "в":
            return None
    parts = [f"{spelled(' '.join(names))} {lvl}".strip() for names, lvl in units if names]
    if not parts:
        return None
    return ("near " if near else "") + ", ".join([*parts, *areas, *countries[:1]])


#: Ukrainian: "в районі Шамсіддін Шохін у Хатлонській області" (in the district X in Y province).
_UK_DISTRICT = re.compile(
    r"^(?:в|у)\s+районі\s+(?P<name>[^\W\d_][\w\s-]*?)(?:\s+(?:в|у)\s+(?P<area>[^\W\d_]+?)(?:ській|цькій)\s+області)?$",
    re.IGNORECASE,
)


def rewrite_phrase(text: str) -> str | None:
    """The English form of a Kyrgyz, Kazakh, Uzbek, Tajik, Russian-chain or Chinese place phrase, or None.

    None means "not one of these forms": the reader reads the text as it is.
    """
    if has_han(text):
        return read_han(_QUOTES.sub("", " ".join(text.split())))
    if not has_cyrillic(text):
        return None
    raw = _QUOTES.sub("", " ".join(text.split()))
    if match := _UK_DISTRICT.match(raw):
        area = f", {spelled(match.group('area'))} province" if match.group("area") else ""
        return f"{match.group('name')} district{area}"
    if _RU_TRIGGER.match(raw):
        return None if _RU_JOIN.search(raw) else _russian(raw)
    tajik, read = read_tajik(raw)
    if tajik:
        return read
    words = raw.split()
    if _TURKIC_JOIN.search(raw):
        return _listed_in_unit(words)
    return _turkic(words)
