"""Unit phrases of Spanish, French, German, Serbian, Italian, Portuguese, Polish and Dutch, read in English words.

Batch 78 brought the set's first strings in these languages, and the reader refused each whole phrase whose frame
words it did not know, though it knew the name inside: "la provincia suroccidental afgana de Nimroz", "la province
afghane du Nangarhar", "der westafghanischen Provinz Nimrus", "Grenzübergang Islam Qala-Dougharoun", "au
poste-frontière de Torkham", "provincije Južni Horasan" (g7525-g7560). The English reader already reads the same
phrases written the English way ("the southwestern Afghan province of Nimroz", "the Torkham border post"), so this
module rewrites them into that wording and nothing more; it guesses nothing ("la province de X" with an unknown X is
"the province of X", which stays empty).

One table per language (:data:`_LANGUAGES`): its unit words and the English each is read as (a province, district,
town or village is written "the province of X"; an area, crossing, post or pass "the X border post", as English puts
them), its articles, the words for "of" after a unit (Spanish and French: "de", "du", "del"; German and Serbian put
the name straight after the unit), the prepositions a phrase may open with ("en", "dans", "au", "im", "u"), and the
adjectives that may stand between article and name: a people's adjective is kept as the English one ("afgana",
"afghane", "westafghanischen", "avganske": Afghan), which bounds the answer to that country as "the Afghan province
of" does; a direction's or a border's ("suroccidental", "méridionale", "fronteriza") is skipped, as the English
reader skips "southwestern". Only a part (between commas) that is wholly such a phrase, the name capitalised, is
rewritten. A border post or other facility "near" a town ("un puesto fronterizo próximo a la ciudad de X") lies
somewhere around it: the town's district stands in ("X district"), not the town.

Batch 79 added Italian, Portuguese, Polish and Dutch tables ("provincia kirghiza di Batken", "l'aeroporto di Batken",
"província meridional de Nimroze", "prowincję Kandahar", "de grensovergang bij Chaman"), and English's own "the airport
of X", which the English reader reads only as "X airport". A direction after the name inside the part ("na południu
Afganistanu") or as a part of its own ("no sudoeste do Afeganistão") is dropped, as a leading one is skipped; a place's
name in the language's own words ("Vriendschapspoort") is put in English ("Friendship Gate"). The older Italian reader
(:mod:`.phrase_italian`) is still called after this one: it reads a unit phrase *inside* a part ("riserva naturale X
nella regione di Y"), which these tables, reading whole parts only, do not; folding it in would make them read inside
parts for every language. Turkish, Japanese and Korean, whose unit word follows the name, are read first by
:mod:`.suffix_frames`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .phrase_italian import italian_units_off
from .suffix_frames import suffix_frames_off

#: The forms of the English wording: "the province of X" (a unit that holds the name) and "the X border post" (a
#: kind word English writes after the name).
_OF, _AFTER = "of", "after"


@dataclass(frozen=True)
class _Language:
    """One language's frame words (regular-expression alternatives, lower case; see the module docstring)."""

    units: dict[str, tuple[str, str]]  # word (a pattern) -> (English unit word, form)
    articles: str
    links: str  # "of" after a unit word; "" where the name follows the unit directly
    leads: dict[str, str]  # opening preposition (a pattern) -> English
    peoples: dict[str, str]  # a people's adjective (a pattern) -> the English adjective
    skipped: str  # adjectives of direction or border, skipped
    facilities: str = ""  # a post, barracks or checkpoint, "near" a town (see the module docstring)
    near: str = ""
    tails: str = ""  # a direction after the name, inside the part ("na południu Afganistanu"): dropped
    names: dict[str, str] = field(default_factory=dict)  # a place's name in words of the language -> English
    source: str = ""  # where the table's words can be checked (a dictionary or grammar the search tool found)
    contracts: bool = True  # read after Spanish, French and German contractions are written out (Italian: no)


_TOWN_UNITS = ("city", "town", "village")

_SPANISH = _Language(
    units={
        "provincia": ("province", _OF),
        "distrito": ("district", _OF),
        "regi[oó]n": ("region", _OF),
        "ciudad": ("city", _OF),
        "(?:pueblo|poblado|aldea)": ("village", _OF),
        "(?:[aá]rea|zona)": ("area", _AFTER),
        "(?:cruce|paso)\\s+fronterizo": ("border crossing", _AFTER),
        "puesto\\s+fronterizo": ("border post", _AFTER),
        "puesto\\s+de\\s+control": ("checkpoint", _AFTER),
    },
    articles="el|la|los|las|un|una",
    links="de",
    # "a" (at) is read after "al" is written out as "a el": "al puesto fronterizo de X" (geo160)
    leads={"en": "in", "cerca\\s+de": "near", "a\\s+lo\\s+largo\\s+de": "along", "a": "at"},
    peoples={
        "afgan[oa]s?": "Afghan",
        "iran[ií](?:es)?": "Iranian",
        "(?:pakistan|paquistan)[ií](?:es)?": "Pakistani",
        "tayik[oa]s?": "Tajik",
        "uzbek[oa]s?": "Uzbek",
        "turkmen[oa]s?": "Turkmen",
        "kirgu[ií]s(?:[oa]s?|es)?": "Kyrgyz",
        "kazaj[oa]s?": "Kazakh",
        "chin[oa]s?": "Chinese",
    },
    skipped="(?:su[rd]|nor)?(?:occidental|oriental)(?:es)?|septentrional(?:es)?|meridional(?:es)?|central(?:es)?|"
    "fronteriz[oa]s?",
    source="SpanishDict, 'provincia' (spanishdict.com/translate/provincia); 'kirguís', plural 'kirguises': RAE's "
    "Diccionario panhispánico de dudas, 'Kirguistán' (rae.es/dpd/Kirguistán)",
    facilities="puesto\\s+fronterizo|puesto(?:\\s+de\\s+control)?|cuartel|base|garita",
    near="pr[oó]xim[oa]\\s+a|cerca\\s+de|cercan[oa]\\s+a|junto\\s+a",
)
_FRENCH = _Language(
    units={
        "province": ("province", _OF),
        "district": ("district", _OF),
        "r[ée]gion": ("region", _OF),
        "ville": ("city", _OF),
        "village": ("village", _OF),
        "(?:zone|secteur)": ("area", _AFTER),
        "(?:poste[-\\s]fronti[eè]re|poste\\s+frontalier)": ("border post", _AFTER),
        "(?:point|poste)\\s+de\\s+passage(?:\\s+frontalier)?|passage\\s+frontalier": ("border crossing", _AFTER),
        "(?:passe|col)": ("pass", _AFTER),
    },
    articles="le|la|les|l['’]|un|une",
    links="de|d['’]",
    leads={"dans": "in", "en": "in", "[àa]": "at", "pr[eè]s\\s+de": "near", "le\\s+long\\s+de": "along"},
    peoples={
        "afghane?s?": "Afghan",
        "iranien(?:ne)?s?": "Iranian",
        "pakistanaise?s?": "Pakistani",
        "tadjike?s?": "Tajik",
        "ouzb[eè]ke?s?": "Uzbek",
        "turkm[eè]ne?s?": "Turkmen",
        "kirghize?s?": "Kyrgyz",
        "kazakhe?s?": "Kazakh",
        "chinoise?s?": "Chinese",
    },
    skipped="(?:sud|nord)?-?(?:occident|orient)(?:ale?s?|aux)|septentrionale?s?|m[ée]ridionale?s?|frontali[eè]re?s?",
    facilities="poste[-\\s]fronti[eè]re|poste\\s+frontalier|poste|caserne|base|point\\s+de\\s+contr[oô]le",
    near="pr[eè]s\\s+de|proche\\s+de|[àa]\\s+proximit[ée]\\s+de",
    source="Académie française, 9th ed., 'frontière' ('poste frontière'; cnrtl.fr/definition/academie9/frontière) "
    "and 'oriental, -ale' (plural 'orientaux'; dictionnaire-academie.fr/article/A9O0724)",
)
_GERMAN_PEOPLES = "afghan|iran|pakistan|tadschik|usbek|turkmen|kirgis|kasach|chines"
_GERMAN = _Language(
    units={
        "provinz": ("province", _OF),
        "(?:bezirk|distrikt)": ("district", _OF),
        "stadt": ("city", _OF),
        "dorf": ("village", _OF),
        "gebiet": ("area", _AFTER),
        "grenz[üu]bergang": ("border crossing", _AFTER),
        "(?:grenzposten|grenzstation)": ("border post", _AFTER),
        "kontrollpunkt": ("checkpoint", _AFTER),
    },
    articles="der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines",
    links="",
    leads={"in": "in", "bei": "near", "nahe": "near", "an": "at"},
    peoples={
        f"(?:nord|s[üu]d|ost|west|zentral|mittel)*(?:{stem})\\w*isch\\w*": english
        for stem, english in zip(
            _GERMAN_PEOPLES.split("|"),
            ("Afghan", "Iranian", "Pakistani", "Tajik", "Uzbek", "Turkmen", "Kyrgyz", "Kazakh", "Chinese"),
            strict=True,
        )
    },
    skipped="(?:nord|s[üu]d|ost|west)\\w*lich\\w*|grenznah\\w*",
    facilities="grenzposten|grenzstation|posten|kaserne|st[üu]tzpunkt|kontrollpunkt",
    near="nahe|bei|in\\s+der\\s+n[äa]he\\s+von",
    source="museum-digital, 'Grenzübergang' (nat.museum-digital.de, tag 26364, after the German Wikipedia)",
)
_SERBIAN = _Language(
    units={
        "(?:provincij|pokrajin)[aeiu]": ("province", _OF),
        "okrug[au]?": ("district", _OF),
        "grani[čc]n(?:i|og|om)\\s+prelaz[au]?": ("border crossing", _AFTER),
    },
    articles="",
    links="",
    leads={"u": "in", "kod": "near", "blizu": "near"},
    peoples={
        "avgan(?:istan)?sk\\w*": "Afghan",
        "iransk\\w*": "Iranian",
        "pakistansk\\w*": "Pakistani",
        "tad[žz]i[čc]k\\w*": "Tajik",
        "uzbe[čc]k\\w*": "Uzbek",
        "kinesk\\w*": "Chinese",
    },
    skipped="(?:severo|jugo)?(?:isto[čc]n|zapadn|severn|ju[žz]n)\\w*|grani[čc]n\\w*",
    source="Serbo-Croatian Wikipedia, 'Granični prelaz' (sh.wikipedia.org/wiki/Granični_prijelaz)",
)
_ITALIAN = _Language(
    units={
        "provincia": ("province", _OF),
        "distretto": ("district", _OF),
        "regione": ("region", _OF),
        "citt[àa]": ("city", _OF),
        "(?:villaggio|paese)": ("village", _OF),
        "confine": ("border", _AFTER),
        "aeroporto": ("airport", _AFTER),
        "(?:valico|posto)\\s+(?:di\\s+)?frontiera|valico": ("border crossing", _AFTER),
    },
    articles="il|lo|la|l['’]|i|gli|le|un|una|uno",
    links="di|d['’]|de(?:l|llo|lla|ll['’]|i|gli|lle)",  # "del Kurram", "dell'Helmand": di with its article
    leads={
        "nel(?:la|lo|le|l['’])?|nei|negli": "in",
        "a": "at",
        "al(?:la|lo|le|l['’])?|ai|agli": "at",
        # "sul confine di X" (on the border of X) is at X; "dal" (from) is left unread: where something came from
        # is a role, and the English reader does not read "from the X crossing" by name either (geo160)
        "su(?:l|lla|llo|lle|ll['’])?|sui|sugli": "at",
        "vicino\\s+a": "near",
    },
    peoples={
        "afghan[oaie]": "Afghan",
        "iranian[oaie]": "Iranian",
        "pakistan[oaie]": "Pakistani",
        "tagik[oaie]|tagich[ie]": "Tajik",
        "uzbek[oaie]|uzbech[ie]": "Uzbek",
        "turkmen[oaie]?": "Turkmen",
        "kirghis[oaie]|kirghiz[oaie]?": "Kyrgyz",
        "kazak[oaie]|kazach[ie]": "Kazakh",
        "cines[ei]": "Chinese",
    },
    skipped="(?:sud|nord)?-?(?:occidental|oriental)[ei]|settentrional[ei]|meridional[ei]|frontalier[oaie]|tribal[ei]",
    source="ILC-CNR, EAGLES Italian morphosyntax, 'Value fused' (ilc.cnr.it/EAGLES96/elm_it/node201.html)",
    contracts=False,  # "al", "del" are Italian's own (a il, di il), not Spanish "a el", "de el"
)
_PORTUGUESE = _Language(
    units={
        "prov[íi]ncia": ("province", _OF),
        "distrito": ("district", _OF),
        "estado": ("county", _OF),  # "estado fronteiriço de Hirmand": an Iranian county (shahrestan)
        "regi[ãa]o": ("region", _OF),
        "cidade": ("city", _OF),
        "(?:aldeia|vila|povoado)": ("village", _OF),
        "posto\\s+(?:de\\s+)?(?:fronteira|fronteiri[çc]o)": ("border post", _AFTER),
        "posto\\s+de\\s+controle": ("checkpoint", _AFTER),
        "passagem\\s+(?:de\\s+)?fronteira|travessia\\s+de\\s+fronteira": ("border crossing", _AFTER),
    },
    articles="o|a|os|as|um|uma",
    links="d[eoa]s?",
    leads={"em": "in", "n[oa]s?": "in", "perto\\s+d[eoa]s?": "near"},
    peoples={
        "afeg[ãa](?:o|os|s)?|afeg[ãa]es": "Afghan",
        "iranian[oa]s?": "Iranian",
        "paquistanes[ae]s?": "Pakistani",
        "tajiques?": "Tajik",
        "uzbeques?": "Uzbek",
        "turcomen[oa]s?": "Turkmen",
        "quirguiz(?:es)?": "Kyrgyz",
        "cazaques?": "Kazakh",
        "chines[ae]s?": "Chinese",
    },
    skipped="(?:sud|nord)?-?(?:ocidental|oriental)(?:is)?|setentrional(?:is)?|meridional(?:is)?|central|"
    "fronteiri[çc][oa]s?",
    tails="no\\s+(?:(?:sud|nord)?(?:oeste|este|leste)|sul|norte|centro)\\s+d[oe]\\s+\\S+",
    source="eViterbo (FCSH NOVA), 'Fronteiro', after Bluteau's Vocabulario (eviterbo.fcsh.unl.pt/wiki/Fronteiro)",
)
_POLISH = _Language(
    units={
        "prowincj[aęiią]": ("province", _OF),
        "(?:dystrykt|okr[ęe]g)\\w*": ("district", _OF),
        "(?:miast[oaue]|mie[śs]cie)": ("city", _OF),
        "wie[śs]|wsi": ("village", _OF),
        "przej[śs]ci\\w*\\s+graniczn\\w*": ("border crossing", _AFTER),
    },
    articles="",
    links="",
    leads={"w": "in", "we": "in", "na": "in", "ko[łl]o": "near", "przy": "at"},
    peoples={
        "afga[ńn]sk\\w*": "Afghan",
        "ira[ńn]sk\\w*": "Iranian",
        "pakista[ńn]sk\\w*": "Pakistani",
        "tad[żz]yck\\w*": "Tajik",
        "kirgisk\\w*": "Kyrgyz",
    },
    skipped="(?:po[łl]udniow|p[óo][łl]nocn|wschodni|zachodni|przygraniczn)\\w*(?:-\\w+)?",
    tails="na\\s+(?:po[łl]udniow\\w*\\s+|p[óo][łl]nocn\\w*\\s+)?(?:po[łl]udniu|p[óo][łl]nocy|wschodzie|zachodzie)"
    "(?:\\s+\\S+)?",
    source="Let's Learn, a Polish news lesson glossing 'przejścia graniczne' (lets-learn.eu/?p=14508)",
)
_DUTCH = _Language(
    units={
        "provincie": ("province", _OF),
        "regio": ("region", _OF),
        "stad": ("city", _OF),
        "dorp": ("village", _OF),
        "grensovergang(?:\\s+bij)?": ("border crossing", _AFTER),
        "grenspost(?:\\s+bij)?": ("border post", _AFTER),
    },
    articles="de|het|een",
    links="",
    leads={"in": "in", "bij": "near", "nabij": "near"},
    peoples={
        "afghaans\\w*": "Afghan",
        "iraans\\w*": "Iranian",
        "pakistaans\\w*": "Pakistani",
        "tadzjiek\\w*": "Tajik",
        "kirgizisch\\w*": "Kyrgyz",
    },
    skipped="(?:(?:zuid|noord)?(?:oost|west)|zuid|noord)(?:elijke?|ers)|zuidelijke?|noordelijke?",
    names={"vriendschapspoort": "Friendship Gate"},
    source="Op de grens, 'Wat is een grensovergang?' (opdegrens.eu/overg/watis.htm)",
)
#: English itself: "the airport of X" (the reader reads "X airport" only).
_ENGLISH = _Language(
    units={"airport": ("airport", _AFTER)}, articles="the|an?", links="of", leads={}, peoples={}, skipped="(?!)"
)
_LANGUAGES = (_SPANISH, _FRENCH, _GERMAN, _SERBIAN, _ITALIAN, _PORTUGUESE, _POLISH, _DUTCH, _ENGLISH)

#: Contractions of a preposition and an article, written out so that one pattern reads both: Spanish "del", "al",
#: French "du", "au", "aux", German "im", "am" (lower case inside a part; any case at its start).
_CONTRACTIONS = {
    "del": "de el",
    "al": "a el",
    "du": "de le",
    "au": "à le",
    "aux": "à les",
    "im": "in dem",
    "am": "an dem",
}
_CONTRACTED = re.compile(r"(?:^(?i:(?P<first>del|al|du|au|aux|im|am))|(?<=\s)(?P<inner>del|al|du|au|aux|im|am))(?=\s)")
#: "con Irán", "avec l'Iran", "mit Iran", "sa Iranom" after a crossing's name: the country across it ("with").
_WITH = re.compile(r"(?<=\S)\s+(?:con|avec|mit|sa)\s+(?=\S)")
#: A name: a capitalised word (any script's capital, or a letter of a script without case), then anything.
_NAME = r"(?P<name>(?-i:[^\W\d_a-zß-ÿ])\S*(?:\s+\S+)*?)"


def _alternatives(patterns: Iterable[str]) -> str:
    """One regex alternation of a table's patterns, each kept whole in its own group."""
    return "|".join(f"(?:{pattern})" for pattern in patterns)


def _phrase(language: _Language) -> re.Pattern[str]:
    """A part wholly one unit phrase of ``language``: lead, article, adjectives, unit, link, article, name."""
    lead = f"(?:(?P<lead>{_alternatives(language.leads)})(?:\\s+|(?<=['’])))?"  # "nell'aeroporto": elided
    article = f"(?:(?:{language.articles})(?:\\s+|(?<=['’])))?" if language.articles else ""
    adjective = f"(?:{_alternatives(language.peoples)}|{language.skipped})"
    unit = f"(?P<unit>{_alternatives(language.units)})"
    if language.links:  # "la provincia suroccidental afgana de Nimroz": the adjectives after the unit, then "de"
        link = f"\\s+(?:{language.links})(?:\\s+|(?<=['’])){article}"
        return re.compile(f"^{lead}{article}{unit}(?P<adjs>(?:\\s+{adjective})*){link}{_NAME}$", re.IGNORECASE)
    return re.compile(f"^{lead}{article}(?P<adjs>(?:{adjective}\\s+)*){unit}\\s+{_NAME}$", re.IGNORECASE)


def _near_facility(language: _Language) -> re.Pattern[str] | None:
    """A part naming a facility "near" a town: "un puesto fronterizo próximo a la ciudad de X"."""
    if not language.facilities:
        return None
    article = f"(?:(?:{language.articles})(?:\\s+|(?<=['’])))?"
    adjectives = f"(?:(?:{_alternatives(language.peoples)}|{language.skipped})\\s+)*"
    towns = _alternatives(pattern for pattern, (english, _) in language.units.items() if english in _TOWN_UNITS)
    town = f"(?:(?:{towns})\\s+(?:(?:{language.links})(?:\\s+|(?<=['’])))?)?" if language.links else f"(?:{towns})?\\s*"
    return re.compile(
        f"^{article}(?:{language.facilities})\\s+{adjectives}(?:{language.near})\\s+{article}{town}{_NAME}$",
        re.IGNORECASE,
    )


def _tail(language: _Language) -> re.Pattern[str] | None:
    """A direction at the end of a part ("na południu Afganistanu"), with the space before it."""
    return re.compile(f"(?:^|\\s+)(?:{language.tails})$", re.IGNORECASE) if language.tails else None


def _names(language: _Language) -> re.Pattern[str]:
    """A part that is wholly a name in the language's words, with or without its article."""
    article = f"(?:(?:{language.articles})\\s+)?" if language.articles else ""
    words = "|".join(map(re.escape, language.names)) or "(?!)"
    return re.compile(f"{article}(?P<word>{words})", re.IGNORECASE)


_PHRASES = tuple(
    (language, _phrase(language), _near_facility(language), _tail(language), _names(language))
    for language in _LANGUAGES
)


def _english(language: _Language, match: re.Match[str]) -> str:
    """The part in English words: "the Afghan province of Nimroz", "at the Torkham border post"."""
    unit = match["unit"].casefold()
    english, form = next(v for k, v in language.units.items() if re.fullmatch(k, unit, re.IGNORECASE))
    lead = match["lead"] and next(v for k, v in language.leads.items() if re.fullmatch(k, match["lead"], re.I))
    peoples = [
        next(v for k, v in language.peoples.items() if re.fullmatch(k, word, re.IGNORECASE))
        for word in (match["adjs"] or "").split()
        if any(re.fullmatch(k, word, re.IGNORECASE) for k in language.peoples)
    ]
    people = f"{peoples[0]} " if len(set(peoples)) == 1 else ""  # two peoples' adjectives: neither is kept
    name, _, across = match["name"].strip().partition(" with ")
    if form == _OF or not across:  # "el cruce fronterizo de Islam Qala con Irán": the crossing "with" Iran
        name, across = match["name"].strip(), ""
    phrase = f"the {people}{english} of {name}" if form == _OF else f"the {people}{name} {english}"
    phrase = f"{phrase} with {across}" if across else phrase
    return f"{lead} {phrase}" if lead else phrase


def _contractions_out(part: str) -> str:
    """A part with its contractions ("du", "al", "im") spelled out ("de le", "a el", "in dem"), so the tables'
    articles and link words read them."""
    return _CONTRACTED.sub(lambda m: _CONTRACTIONS[(m["first"] or m["inner"]).casefold()], part)


def _part(part: str) -> str | None:
    """One comma-separated part in English words, or None where it is no unit phrase of a language here.

    A part that is wholly a direction ("no sudoeste do Afeganistão") is "" (dropped when another part is read)."""
    for language, phrase, near, tail, name in _PHRASES:
        if tail is not None and tail.fullmatch(part.strip()):
            return ""
        bare = tail.sub("", part).strip() if tail is not None else part.strip()
        if (known := name.fullmatch(bare)) is not None:  # "De Vriendschapspoort": the Friendship Gate
            return language.names[known["word"].casefold()]
        plain = _WITH.sub(" with ", _contractions_out(bare) if language.contracts else bare)
        if near is not None and (match := near.match(plain)):
            return f"{match['name'].strip()} district"  # a post near a town: the town's district stands in
        if match := phrase.match(plain):
            return _english(language, match)
    return None


def european_frames_off(text: str) -> str:
    """``text`` with its unit phrases of the languages here in English words ("la province afghane du Nangarhar":
    "the Afghan province of Nangarhar"; "prowincję Paktia": "the province of Paktia"), its Italian ones inside a part
    in English order (:mod:`.phrase_italian`), its Turkish, Japanese and Korean ones read by :mod:`.suffix_frames`, or
    ``text`` unchanged when it holds none."""
    text = suffix_frames_off(text)
    parts = text.split(",")
    read = [_part(part) for part in parts]
    if any(read):
        kept = (new if new is not None else old.strip() for old, new in zip(parts, read, strict=True))
        text = ", ".join(part for part in kept if part)
    return italian_units_off(text)


__all__ = ["european_frames_off"]
