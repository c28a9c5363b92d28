"""Place phrases in Turkmen and Uzbek written in Latin letters, rewritten in the English form
:func:`.phrase.parse_query` reads.

Both languages put the unit word after its name and hang case endings on it: Turkmen "Bathys
welaýatynyň Bala Murgap etrabynyň golaýynda" (near Bala Murgap district of Badghis province),
"Marçak obasy" (Marchak village); Uzbek "Farg‘ona viloyati So‘x tumani" (Sokh district of
Fergana province). The Cyrillic reader (:mod:`.phrase_cyrillic`) reads the same shape in
Kyrgyz, Kazakh and Uzbek Cyrillic; these are its Latin-letter tables, one per language, and one
chain reader: each unit word closes the name before it, finest unit first in the rewrite
("Bala Murgap district, Bathys province"). The spellings themselves (Bathys, Jowizjan, Garkyn,
Farýab) are the gazetteer's and the pack's aliases, not this module's: a name is looked up as
any other.

Wrong is worse than empty:

* a text naming a **stretch of border** ("… etrabyna degişli serhediň 38-nji nokadynda", at point
  38 of the border of a district) is not rewritten: the district named alone may be another
  district of that name (Murgap of Mary, not Bala Murghab), and the point is on no map;
* names joined by "we"/"va" (and) or a comma are a list, not one place: the reader keeps only
  what the listed names share, a district or province named after them ("Lenburg va Devayron
  qishloqlarida" of So‘x district: the district); with nothing after them, the text is not
  rewritten;
* a common word after a unit word names a part of it or something in it ("Mary welaýatynyň
  günortasynda", in the south of Mary province): not rewritten, as a common word after a name;
* a unit word after a common word ("Türkmenistanyň … serhet gözegçilik nokadyna", an unnamed
  post) names nothing.

Standard library only. The gate (:func:`.scripts.has_latin_turkic`) asks first whether the text
holds one of the unit or crossing words at all: most strings hold none.
"""

from __future__ import annotations

import re

from .scripts import has_latin_turkic

__all__ = ["crossing_names", "rewrite_turkic_latin", "uzbek_case_stem", "uzbek_latin"]

_QUOTES = re.compile(r"[«»“”„\"]")

#: Turkmen case endings of a unit word in its possessive form ("Isfara etraby", the district of
#: Isfara), one table for every unit word, by vowel harmony: nominative, genitive (with "ň" or typed
#: "n"), accusative ("etrabyny", "şäherini": the forty-ninth batch), dative, locative, ablative,
#: "the one in"; then the bare locative, ablative and "the one in" ("etrapda", "şäherde").
_TK_ENDINGS = {
    "back": ("y", "yny[ňn]", "yny", "yna", "ynda", "yndan", "yndaky", "da", "dan", "daky"),
    "front": ("i", "ini[ňn]", "ini", "ine", "inde", "inden", "indäki", "de", "den", "däki"),
}


def _turkmen(stem: str, harmony: str = "back", bare: bool = True) -> str:
    """ "wela[ýy]at" → a pattern of its Turkmen case forms (``bare``: the unit word alone too)."""
    return f"{stem}(?:{'|'.join(_TK_ENDINGS[harmony])}){'?' if bare else ''}"


#: Uzbek case endings of a word in its possessive form ("viloyati", its province; "punkti", its point):
#: nominative, accusative ("Qunduz viloyatini", the fifty-third batch), genitive, dative, locative, "the one
#: in", ablative, "up to". Also the endings of :mod:`.coverage_latin`'s heads ("punktini", "postidan").
UZ_POSSESSIVE_ENDINGS = ("i", "ini", "ining", "iga", "ida", "idagi", "idan", "igacha")
_UZ_UNIT_ENDINGS = f"(?:{'|'.join(UZ_POSSESSIVE_ENDINGS)})"

#: Unit words after a name, with their case endings (the Turkmen ones from the table above), and the
#: English word the reader takes. Turkmen: welaýat (province), etrap/etrab- (district), oba (village),
#: şäher (city); Uzbek: viloyat, tuman, qishloq, shahar, mahalla. The Russian loan for a district, Turkmen
#: "raýon" and Uzbek "rayon", in its cases too ("Özbegistanyň Sokh raýony", the sixty-ninth batch).
_UNITS = (
    (
        re.compile(rf"^(?:{_turkmen('wela[ýy]at')}|viloyat{_UZ_UNIT_ENDINGS}?)$"),
        "province",
    ),
    (
        re.compile(
            r"^(?:etrap(?:da|daky|dan)?|" + _turkmen("etrab", bare=False) + "|" + _turkmen("ra[ýy]on") + "|"
            rf"tuman{_UZ_UNIT_ENDINGS}?|rayon{_UZ_UNIT_ENDINGS})$"
        ),
        "district",
    ),
    (
        re.compile(
            r"^(?:oba(?:sy|syny[ňn]|syny|syna|synda|syndaky|syndan|da|daky|dan|lary|laryny[ňn]|larynda|laryna)?|"
            # Turkmen "şäherçe" (a settlement, a town-type village: "Galaýmor şäherçesiniň", of the settlement G.)
            r"şäherçe(?:si|sini[ňn]|sini|sine|sinde|sindäki|sinden)?|"
            r"qishlo(?:q|g[‘'ʻ`](?:i|ida|idagi|idan|iga|ining)|q(?:lari|larida|laridagi|larining))|"
            # Azerbaijani "kənd" (village) in its cases ("Cəlal-Abad kəndini", the village of Jalal-Abad, accusative)
            r"kənd(?:i|ini|inin|inə|ində|indəki|indən))$"
        ),
        "village",
    ),
    # Azerbaijani "şəhər" (city) after its name, in the same cases ("Termez şəhərinə", onto Termez city)
    (
        re.compile(
            rf"^(?:{_turkmen('şäher', 'front')}|shahr(?:i|ida|idagi|ining)|"
            r"şəhər(?:i|inin|inə|ində|indəki|indən)?)$"
        ),
        "city",
    ),
    # Uzbek "jamoati" (the jamoat of, a Tajik rural unit): "Chorkuh jamoati Somoniyon qishlog'i" holds the village
    (re.compile(r"^jamoat(?:i|ida|idagi|iga|ining)$"), "jamoat"),
    # Uzbek "mahalla" (a quarter or the village community) after its name: the name is the place,
    # read with no unit word, as the Tajik "маҳаллаи" is (:mod:`.phrase_cyrillic`)
    (re.compile(r"^mahalla(?:si|sida|sidagi|sining|siga)$"), ""),
    # "So‘x ekslavi" (the So‘x exclave), "anklavi" (enclave), Turkmen "Woruh eksklawy": the exclave is
    # the place its name names
    (re.compile(rf"^(?:(?:eksk?la|ankla)v(?:i|ida|idagi|ining|iga)|{_turkmen('(?:ekskla|ankla)w', bare=False)})$"), ""),
)
#: A former name in brackets after a name, Turkmen "öňki" / Uzbek "sobiq" (former): "Serhetabat (öňki Guşgy)
#: etrabynyň" is Serhetabat's district; the old name says nothing the new one does not.
_FORMER_NAME = re.compile(r"\s*\((?:öňki|sobiq)\s+[^()]{1,40}\)", re.IGNORECASE)
#: Plural unit words: the names before them are a list ("Lenburg va Devayron qishloqlarida").
_PLURAL = re.compile(r"(?:lar|lari|lary)\w*$")
#: Border words: a text about a stretch of border, or a post on it, is not rewritten (see above).
_BORDER = re.compile(r"^(?:serhe[dt]\w*|chegara\w*|nokad\w*|nokat\w*)$")
#: Uzbek "(Qirg‘iziston bilan) chegara zonasida / hududida joylashgan …" (lying in the border zone (with
#: Kyrgyzstan)): a lead before the unit chain that holds the place, not a stretch of border.
_BORDER_ZONE_LEAD = re.compile(
    r"^(?:\S+\s+bilan\s+)?chegara\s+(?:zona|hudud)(?:si|i)?da\s+joylashgan\s+(?P<rest>\S.*)$", re.IGNORECASE
)
#: "near", "around", "on": the place is near the unit named.
_NEAR = re.compile(r"^(?:gola[ýy]ynda|gola[ýy]yndaky|[ýy]anynda|töwereginde|üstünde|yaqinida|atrofida)$")
#: Uzbek "hududi" (its territory) after a unit, in its cases ("Qubodiyon tumani hududiga", into the territory of
#: Qubodiyon district): the unit itself, as the Cyrillic "ҳудудида" is read (seventy-first batch, g6841).
_TERRITORY = re.compile(rf"^hudud{_UZ_UNIT_ENDINGS}$")
#: "X yonidagi Y" (Y, next to X; Uzbek "yonidagi", "yaqinidagi", "atrofidagi", Turkmen "ýanyndaky"): what
#: came before is a landmark, not Y's container, and only what follows names the place.
_BESIDE = re.compile(r"^(?:yonidagi|yaqinidagi|atrofidagi|[ýy]anyndaky)$")
#: Links between an owner and what it holds: "degişli"/"tegishli"/"qarashli" (belonging to), Uzbek
#: "joylashgan" (located: "So‘x tumanida joylashgan Chashma qishlog‘i", Chashma village, in Sokh district).
_LINKS = frozenset({"degişli", "tegishli", "qarashli", "joylashgan"})
#: "atly"/"nomli" (named): the name before it is the unit's own ("Akazaý atly oba").
_NAMED = frozenset({"atly", "nomli"})
#: Bearings before a name ("Demirgazyk Owganystanyň Jowuzjan welaýat", in northern Afghanistan's
#: Jowzjan province): Turkmen demirgazyk, günorta, gündogar, günbatar (north, south, east, west,
#: and their compounds), Uzbek shimoliy, janubiy, sharqiy, g‘arbiy: words of where in the country, never a name.
_BEARING = re.compile(
    r"^(?:(?:demirgazyk|günorta)(?:-?(?:gündogar|günbatar))?|gündogar|günbatar|"
    r"(?:shimoliy|janubiy)(?:-?(?:sharqiy|g[‘'ʻ’]arbiy))?|sharqiy|g[‘'ʻ’]arbiy)$"
)
#: Words that join two names: "we"/"va"/"hem" (and), "bilen" (with).
_JOIN = frozenset({"we", "va", "hem", "bilen", "hamda"})
#: Country names, by stem (a genitive "-yň"/"-ning" may follow): the owner, kept as context.
_COUNTRIES = (
    ("owganystan", "Afghanistan"),
    ("afg‘oniston", "Afghanistan"),
    ("afg'oniston", "Afghanistan"),
    ("türkmenistan", "Turkmenistan"),
    ("turkmaniston", "Turkmenistan"),
    ("eýran", "Iran"),
    ("eron", "Iran"),
    ("özbegistan", "Uzbekistan"),
    ("o‘zbekiston", "Uzbekistan"),
    ("o'zbekiston", "Uzbekistan"),
    ("täjigistan", "Tajikistan"),
    ("tojikiston", "Tajikistan"),
    ("gyrgyzystan", "Kyrgyzstan"),
    ("qirg‘iziston", "Kyrgyzstan"),
    ("qirg'iziston", "Kyrgyzstan"),
)
#: The genitive ending of an owner ("Owganystanyň", "Tojikistonning"); after a name ending in a
#: vowel, Turkmen puts an "n" before it ("Marynyň", of Mary; "Kerkiniň", of Kerki): read as that
#: when the vowel before the "n" is the ending's own (a name in "-yn"/"-in" is rarer than one in "-y"/"-i").
_GENITIVE = re.compile(r"(?:(?<=y)nyň|(?<=i)niň|[yi]ň|ning)$")


#: A crossing named after its name or names: Uzbek "(avtomobil) o‘tkazish punkti/punktlari" (road
#: crossing point, points), Turkmen "(serhet) geçelgesi/geçelgeleri" (border crossing), "(serhet)
#: terminaly" (border terminal) in any case ("terminalynyň", of the terminal); a country in the
#: genitive may own it ("Eýranyň Sarahs serhet terminalynyň", of Iran's Sarahs border terminal). The
#: head in the genitive before "near" (Turkmen "golaýynda", Uzbek "yaqinida", "atrofida": "X serhet
#: geçelgesiniň golaýynda", near the X border crossing) is near the crossing (geo129).
_CROSSING = re.compile(
    r"^(?:(?P<owner>[^\W\d_][\w‘'ʻ’-]*(?:[yi]ň|ning))\s+)?"
    r"(?P<one>[^\W\d_][\w‘'ʻ’-]*)(?:\s+(?:va|we)\s+(?P<two>[^\W\d_][\w‘'ʻ’-]*))?\s+"
    r"(?:(?:avtomobil|chegara|temir\s+yo[‘'ʻ’]l)\s+)?(?:o[‘'ʻ’]tkazish\s+punkt(?:i|ining|lari|ida|larida|iga)|"
    r"(?:serhet\s+)?geçelge(?:si|sini[ňn]|leri|sinde|lerinde|sine)|"
    r"(?:serhet\s+)?terminal(?:y|yny[ňn]|yna|ynda|yndan|lary))"
    r"(?:\s+(?P<near>gola[ýy]ynda(?:ky)?|yaqinida(?:gi)?|atrofida(?:gi)?))?$"
)
#: "Sarahsdaky eýranly sürüjilere" (to the Iranian drivers in Sarahs): the Turkmen locative
#: adjective "-daky"/"-däki" on a name, then common words: something at the place.
_IN_PLACE = re.compile(r"^(?P<stem>[^\W\d_][\w‘'ʻ’-]{3,}?)[dt](?:aky|äki)$")


def _country(word: str) -> str | None:
    folded = re.sub("[ʻ’`]", "‘", word.casefold())  # "Afgʻoniston": the turned comma of the o‘ and g‘ as typed
    return next((name for stem, name in _COUNTRIES if folded.startswith(stem)), None)


def _unit(word: str) -> str | None:
    folded = word.casefold().rstrip(",")
    return next((level for pattern, level in _UNITS if pattern.match(folded)), None)


def crossing_names(text: str) -> str | None:
    """A crossing named in Uzbek or Turkmen (Latin) by its name, or its two sides' names, or None.

    "Jartepa avtomobil o‘tkazish punkti" → "Jartepa crossing"; "«Jartepa» va «Sarazm» avtomobil
    o‘tkazish punktlari" (the two sides of one crossing) → "Jartepa–Sarazm crossing", read as a
    pair: the resolver answers it only when both ends are known and one crossing (ends more than
    50 km apart, two crossings, are ambiguous). Asked before the role reader, which takes two
    quoted names joined by "and" for a list.
    """
    if not has_latin_turkic(text):
        return None
    match = _CROSSING.match(_QUOTES.sub("", " ".join(text.split())))
    if match is None or not match.group("one")[:1].isupper():
        return None
    owner = ""
    if match.group("owner"):
        if (country := _country(match.group("owner"))) is None:
            return None  # a genitive that is no country's: an owner this reader does not place
        owner = f", {country}"
    two, near = match.group("two"), "near " if match.group("near") else ""
    if two is None:
        return f"{near}{match.group('one')} crossing{owner}"
    return f"{near}{match.group('one')}–{two} crossing{owner}" if two[:1].isupper() else None


def rewrite_turkic_latin(text: str) -> str | None:
    """The English form of a Turkmen or Uzbek (Latin) unit chain, or None when the text holds none.

    "Owganystanyň Bathys welaýatynyň Bala Murgap etrabynyň golaýynda" → "near Bala Murgap
    district, Bathys province, Afghanistan"; "Marçak obasy" → "Marçak village".
    """
    if not has_latin_turkic(text):
        return None
    flat = _FORMER_NAME.sub("", _QUOTES.sub("", " ".join(text.split())))
    if lead := _BORDER_ZONE_LEAD.match(flat):
        flat = lead.group("rest")  # what lies in the border zone is the place; the neighbour is not its owner
    words = flat.split()
    place = _IN_PLACE.match(words[0]) if len(words) > 1 and words[0][:1].isupper() else None
    if place and _country(words[0]) is None and not any(word[:1].isupper() for word in words[1:]):
        # "Sarahsdaky eýranly sürüjilere": the name alone, which the namesake guard still weighs as
        # a bare name ("Murgapdaky", Murgap of Mary or Bala Murghab, stays empty as "Murgap" does)
        return place.group("stem")
    units: list[tuple[str, str]] = []
    owners: list[str] = []
    name: list[str] = []
    listed = False  # the names before the next unit word are a list
    near = False
    linked = False  # "So‘x tumaniga qarashli X": the name after the link is a place the unit holds
    closed = False  # the last unit word ended on a comma ("Isfara tumani, …")
    for word in words:
        folded = word.casefold().rstrip(",")
        if (_BORDER.match(folded) and not word[:1].isupper()) or any(ch.isdigit() for ch in word):
            return None  # a stretch of border, a numbered point: no one place (see the module)
        level = _unit(word)
        if level is not None:
            closed = word.endswith(",")  # the unit closed by a comma: its finest part's name may follow
            if not name:
                return None  # "… serhet gözegçilik nokadyna", "iki oba": a unit with no name
            if listed or _PLURAL.search(folded):
                if not listed and len(name) > 1:
                    return None  # a plural unit after one run of names: a list the reader cannot split
                listed, name = False, []  # the listed villages: only what is named after them stands
                continue
            units.append((" ".join(name), level))
            name = []
            continue
        if folded in _JOIN:
            if not name:
                return None
            listed = True
            name.append("")  # a break between the listed names
            continue
        if word.endswith(",") and name:
            return None  # "X, Y obalary": a list with a comma
        if _NEAR.match(folded):
            near = True
            name = []
            continue
        if _TERRITORY.match(folded) and units and not name:
            continue  # "… tumani hududiga": the territory of the unit just named is that unit
        if _BESIDE.match(folded):
            units, owners, name, listed, near = [], [], [], False, False
            continue
        if folded in _LINKS:
            linked = bool(units) and not name
            name = []
            continue
        if folded in _NAMED or (_BEARING.match(folded) and not name):
            continue
        if not word[:1].isupper():
            if name or units:
                # a common word after a name or a unit: a phrase this reader does not know, or a part
                # of the unit ("Mary welaýatynyň günortasynda", in the south of Mary province): no point
                return None
            continue
        country = _country(word)
        if country is not None:
            owners.append(country)
            continue
        if _GENITIVE.search(folded) and not name and len(word) > 5 and (stem := _GENITIVE.sub("", word)):
            owners.append(stem)  # "Farýabyň": the owner, as context
            continue
        name.append(word)
    if linked and name and "" not in name:
        units.append((" ".join(name), ""))  # the text ends on the held place's name
        name = []
    if units and name and "" not in name and closed:
        # "Isfara tumani, Chorkuh mahallasi, Vahdat": a chain written coarsest first, each unit closed by a
        # comma, ends on its finest part's bare name
        units.append((" ".join(name), ""))
        name = []
    if not units or name:
        return None
    parts = [f"{n} {level}".strip() for n, level in reversed(units)]
    return ("near " if near else "") + ", ".join([*parts, *reversed(owners)])


#: The Uzbek Cyrillic letters in the Latin alphabet of 1995, as the UNGEGN romanization report lists
#: them (arhiiv.eki.ee/wgrs/v2_2/rom2_uz.htm): o‘ and g‘ with their mark, which the name key folds away;
#: "е" is "ye" opening a word, "ц" is "ts", "ъ" and "ь" the apostrophe (folded away too).
_UZBEK_LOWER = {
    **dict(zip("абвгдзийклмнопрстуфхэқҳ", "abvgdziyklmnoprstufxeqh", strict=True)),
    **{"е": "e", "ё": "yo", "ж": "j", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "'", "ь": "'"},
    **{"ы": "i", "ю": "yu", "я": "ya", "ў": "o‘", "ғ": "g‘"},
}
_UZBEK_LATIN = str.maketrans({**_UZBEK_LOWER, **{k.upper(): v.capitalize() for k, v in _UZBEK_LOWER.items()}})
#: A word that opens with "е": Uzbek Latin writes the sound "ye" there ("Ер" → "Yer").
_OPENING_YE = re.compile(r"(?<![^\W\d_])([Ее])")
#: A capitalised Cyrillic word of Uzbek letters: the name to write in Latin letters.
_UZBEK_WORD = re.compile(r"(?<![^\W\d_])[А-ЯЁЎҚҒҲ][а-яёўқғҳ]+")


#: The text is Uzbek Cyrillic: its own letter "ў", or a unit or border word of Uzbek alone ("чегара",
#: border; "божхона", customs; "тумани", district…), with no letter of Kyrgyz, Tajik or Russian alone.
_UZBEK_TEXT = re.compile(
    r"ў|(?<![^\W\d_])(?:чегара|божхона|туман(?:и|ида|идаги)|вилоят(?:и|ида|идаги)|қишлоғ(?:и|ида)|шаҳрида)(?![^\W\d_])",
    re.IGNORECASE,
)
_NOT_UZBEK = re.compile(r"[өүңӣӯҷыщэ]", re.IGNORECASE)


def uzbek_latin(name: str, text: str) -> str | None:
    """ "Айритом" → "Ayritom": the Cyrillic words of a name as Uzbek writes them in Latin letters, or None.

    The pack keeps many Uzbek places by their Latin names (Ayritom, the Uzbek post at the Friendship
    Bridge), and the general Cyrillic key writes "й" as "i" where Uzbek Latin writes "y" and "х" as
    "kh" where it writes "x"; an Uzbek Cyrillic report's spelling is then no name the gazetteer
    knows. The letters map one to one (the alphabet law of 1995), so no spelling is guessed; the
    caller takes the result only where it is known exactly, as it takes a Russian locative's stem.
    A kind word the reader left in English ("Айритом border post") stays as it is. Only an Uzbek
    ``text`` is read so: a Kyrgyz "Кайрагач" or "Булак-Башы" written in Uzbek letters would be a
    namesake's exact spelling (Kayragach, Bulak-Bashi), which their guards weigh as a sound-alike;
    and the caller keeps only a place of Uzbekistan or on its border, which an Uzbek spelling names.
    """
    if not _UZBEK_WORD.search(name) or not _UZBEK_TEXT.search(text) or _NOT_UZBEK.search(text):
        return None
    opened = _OPENING_YE.sub(lambda m: "Ye" if m.group(1) == "Е" else "ye", name)
    return opened.translate(_UZBEK_LATIN)


#: Uzbek (Latin) case endings on a name: dative "-ga/-ka/-qa" (to), locative "-da/-ta" (in), "-dagi"
#: (the one in), ablative "-dan/-tan" (from), genitive "-ning" (of), "-gacha" (as far as).
_UZBEK_CASE = re.compile(r"(?P<stem>[A-Z][^\W\d_]*?(?:[‘'ʻ’-][^\W\d_]+)*)(?:gacha|dagi|dan|tan|ning|ga|ka|qa|da|ta)")


def uzbek_case_stem(name: str) -> str | None:
    """ "Shohimardonga" → "Shohimardon": a Latin name without its Uzbek case ending, or None.

    The caller takes the stem only where the gazetteer knows it exactly, and only for a place of
    Uzbekistan or on its border, which an Uzbek case ending speaks of (as :func:`uzbek_latin`).
    """
    match = _UZBEK_CASE.fullmatch(name)
    return match.group("stem") if match and len(match.group("stem")) >= 3 else None
