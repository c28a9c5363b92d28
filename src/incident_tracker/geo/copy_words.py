"""The words around a known name in European and Turkic copy, read again when nothing else answered.

Batch 86 (docs/geocoding-journal.md, "Eighty-sixth batch: held back") took German, French, Turkish, Azerbaijani,
Spanish, Italian, Hungarian, Lithuanian and Indonesian copy, and its `dev` failures were all empties whose name the
gazetteer holds: the words around it were not read. English's "near X", "X, in the province of Y", "the X border
crossing" are; :func:`copy_words_retry` gives the text to read again in a form the readers know, when the first
reading chose nothing:

* **near**: Italian "vicino a/al/alla …", French "près de/du", "à proximité de", German "nahe", "in der Nähe von",
  Spanish "cerca de/del", Indonesian "dekat" before the place; Turkish "yakınında", Azerbaijani "yaxınlığında",
  Hungarian "közelében" after it: "near X", the rest read by :mod:`.european_frames` ("vicino al villaggio di
  Kok-Tash": "near the village of Kok-Tash");
* **the area of a crossing**: Azerbaijani "rayonunda", "ərazisində", Turkish "bölgesinde", "civarında" (in the area
  of) after a crossing's words ("“Torham” keçid məntəqəsi rayonunda"): the crossing;
* **French, Spanish and Italian crossing words with no "of"**: "point de passage Chaman", "paso fronterizo X",
  "valico X" are read as "… de Chaman", which the tables of :mod:`.european_frames` read; Spanish "distrito X" too;
* **Hungarian unit words after a name** ("Kandahár tartományban", in Kandahar province): :mod:`.hungarian_units`;
* **a unit phrase in the genitive** ("du district de X", "des Bezirks X": of the district of X): the phrase, and a
  second unit phrase after the first with no comma ("… dans la province de Khatlon", "… in der Provinz Y") set
  apart by one, as English "X district, in Y province" is read;
* **the border between a place and a country** ("la frontière entre X et l'Afghanistan", "die Grenze zwischen X und
  Afghanistan", "the border between X and Afghanistan"): X, on the border with that country; two countries are a
  whole line and are left alone;
* **Lithuanian unit words in their cases after a name in the genitive** ("Surchondarjos provincijoje", in the
  province of Surchondarja; a country's genitive and a compass word before it dropped): "Surchondarja province";
* **words around a unit that hide it** (a Dari province straight after its district, a list of villages before their
  district, Kyrgyz words near the border after a unit, two Kyrgyz leads): :mod:`.unit_tails`;
* **spellings of the languages** (:func:`spellings`): Turkic "ş", "ç" for "sh", "ch" ("Kok-Taş": Kok-Tash); French
  "ou", "tch", "dj" ("Baloutchistan": Baluchistan); German "tsch", "dsch", "sch", "ch" ("Badachschan": Badakhshan);
  Lithuanian "ch", "j" ("Surchondarja"); "k" for the "q" of Arabic-script names ("Darkad": Darqad); Hungarian
  "cs", "dzs", "zs", "sz" ("Csaman": Chaman; its "s" for "sh" is not folded, as every English "s" would be).

Wrong is worse than empty: each reading is resolved before it is given, and kept only where the answer is found by a
name the gazetteer records (no sound-alike, as :mod:`.frame_guard` asks of a frame; a province alone, the one that
sounds so, excepted, as the English reader takes it), not the fallback to a unit the text also names, and in a
country the text names. The first reading's guards judge the text read again as any other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .european_frames import european_frames_off
from .hungarian_units import hungarian_unit
from .unit_tails import unit_tail_readings

if TYPE_CHECKING:
    from .candidates import Candidate, Resolution
    from .chain import Resolver

__all__ = ["copy_words_retry", "readings", "spellings"]

_CAP = r"(?-i:[^\W\d_a-zß-ÿ])"  # a capital letter (any script's) where a name begins
_LEAD_NEAR = re.compile(
    r"^(?:vicino\s+a(?:l(?:la|lo|le|l['’])?|i|gli)?|pr[eè]s\s+d(?:e|u|es)|[àa]\s+proximit[ée]\s+d(?:e|u|es)|"
    r"nahe(?:\s+(?:der|dem|des))?|in\s+der\s+n[äa]he\s+(?:von|des|der)|cerca\s+de(?:l)?|dekat)(?:\s+|(?<=['’]))"
    r"(?=\S)",
    re.IGNORECASE,
)
_TAIL_NEAR = re.compile(r"(?<=\S)\s+(?:yak[ıi]n[ıi]nda|yak[ıi]nlar[ıi]nda|yax[ıi]nl[ıi][ğg][ıi]nda|k[öo]zel[ée]ben)$")
_CROSSING_AREA = re.compile(
    r"(?<=\S)(?P<crossing>\s+(?:keçid\w*|məntəqə\w*|qap[ıi]s[ıi]|kap[ıi]s[ıi]))"
    r"\s+(?:rayonunda|ərazisində|bölgəsində|bölgesinde|civar[ıi]nda)$",
    re.IGNORECASE,
)
_NAMED = r"\s+(?=[«“\"]?" + _CAP + ")"  # a space, then a name (in quotes or not)
_NO_LINK = (  # a crossing word, then the name straight away: the language's "of" put in
    (
        re.compile(r"(?<!\S)((?:point|poste)\s+de\s+passage(?:\s+frontalier)?|poste[-\s]fronti[eè]re)" + _NAMED, re.I),
        "de",
    ),
    (re.compile(r"(?<!\S)((?:paso|cruce|puesto)\s+fronterizo)" + _NAMED, re.I), "de"),
    (re.compile(r"(?<!\S)(valico(?:\s+di\s+frontiera)?)" + _NAMED, re.I), "di"),
    (re.compile(r"(?<!\S)(distrito)" + _NAMED, re.I), "de"),  # Spanish "distrito X" with no "de" (geo175)
)
_UNIT = r"(?:province|provincia|provinz|district|distrito|distretto|bezirks?|distrikts?|r[ée]gion|regione)"
_GENITIVE_LEAD = re.compile(rf"^(?:du|de\s+la|des|del|della|dello)\s+(?={_UNIT}\b)", re.IGNORECASE)
_GERMAN_GENITIVE = re.compile(r"^des\s+(Bezirk|Distrikt|Grenzübergang)s\s+", re.IGNORECASE)
_SECOND_UNIT = re.compile(
    rf"(?<=[^\W\d_])\s+(?=(?:dans|en|in|nella|nel)\s+(?:(?:la|le|l['’]|der|dem|el)\s*)?{_UNIT}\b)", re.IGNORECASE
)
_BETWEEN = re.compile(
    r"^(?:(?:la|le|the|die|der|il|el)\s+)?(?:fronti[eè]re|border|grenze|frontera|confine|frontiera)\s+"
    r"(?:entre|between|zwischen|tra|fra)\s+(?P<one>.+?)\s+(?:et|and|und|y|e)\s+(?P<two>.+)$",
    re.IGNORECASE,
)
#: "in A, Bezirk B": a unit's two-word name split by the page, its first word before the comma and the unit word.
_SPLIT_NAME = re.compile(
    rf"^(?:(?:in|im|à|a|en|nel|nella)\s+)?(?P<head>{_CAP}[^\s,]*),\s+(?P<unit>{_UNIT})\s+(?P<tail>{_CAP}[^\s,]*)$",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(?:l['’]|(?:la|le|el|il|lo|dem|der|den|the)\s+)", re.IGNORECASE)
#: Countries of the region as the languages here write them (in lower case, accents as written), in English.
_COUNTRIES = {
    "Afghanistan": "afghanistan|afganistan|afganistano|afganisztan|əfqanistan|afganistán",
    "Pakistan": "pakistan|pakistán|pakistano",
    "Iran": "iran|irán|irano|i̇ran",
    "Tajikistan": "tajikistan|tadjikistan|tadschikistan|tayikistán|tagikistan|tacikistan|tadžikistano|tadzsikisztan",
    "Uzbekistan": "uzbekistan|ouzbékistan|usbekistan|uzbekistán|özbekistan|uzbekistano|üzbegisztan",
    "Kyrgyzstan": "kyrgyzstan|kirghizistan|kirgisistan|kirguistán|kırgızistan|qırğızıstan|kirgizija",
    "Turkmenistan": "turkmenistan|turkménistan|turkmenistán|türkmenistan|turkmėnistanas",
    "Kazakhstan": "kazakhstan|kasachstan|kazajistán|kazakistan|qazaxıstan|kazachstanas",
    "China": "china|chine|cina|çin|kinija",
}
_COUNTRY = {word: english for english, words in _COUNTRIES.items() for word in words.split("|")}
#: Lithuanian: [a country in the genitive] [a compass adjective] NAME-genitive UNIT-word (in any case).
_LITHUANIAN = re.compile(
    r"^(?:\S+(?:o|os|ijos)\s+)?(?:(?:piet|šiaur|ryt|vakar)\w*\s+)?"
    rf"(?P<name>{_CAP}\S*(?:\s+{_CAP}\S*)?)\s+"
    r"(?P<unit>provincij\w*|rajon\w*|srit\w*|apskrit\w*|kaim\w*|miest\w*)$"
)
_LITHUANIAN_UNITS = (("provincij", "province"), ("rajon", "district"), ("srit", "region"), ("apskrit", "region"),
                     ("kaim", "village"), ("miest", "city"))  # fmt: skip
_LITHUANIAN_GENITIVE = (("os", "a"), ("ės", "ė"), ("io", "is"), ("o", ""), ("o", "o"))
#: Letters of one language that write a sound English spells otherwise (see :func:`spellings`): Turkic (Turkish and
#: Azerbaijani), French, German, Lithuanian, "k" for "q", and Hungarian.
_FOLDS = (
    {"ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch", "ı": "i", "ğ": "gh", "ö": "o", "ü": "u", "ə": "a", "x": "kh"},
    {"tch": "ch", "Tch": "Ch", "dj": "j", "Dj": "J", "ou": "u", "Ou": "U"},
    {"tsch": "ch", "Tsch": "Ch", "dsch": "j", "Dsch": "J", "sch": "sh", "Sch": "Sh", "ch": "kh"},
    {"ch": "kh", "Ch": "Kh", "j": "y", "š": "sh", "Š": "Sh", "č": "ch", "Č": "Ch", "ž": "zh", "Ž": "Zh"},
    {"k": "q"},  # "Darkad": the "q" of an Arabic-script name written "k"
    # Hungarian "cs", "dzs", "zs", "sz" ("Csaman": Chaman); its lone "s" for "sh" is not folded (every English "s")
    {"dzs": "j", "Dzs": "J", "cs": "ch", "Cs": "Ch", "zs": "zh", "Zs": "Zh", "sz": "s", "Sz": "S"},
)  # fmt: skip
#: Letters of the languages here that English does not write: a text holding one is of their copy.
_OWN_LETTERS = re.compile(r"[şŞçÇıİğĞəƏšŠčČžŽėąęįųūéèêàâîôûœäÄöÖüÜßñáíóú]")
#: Turkmen's own letters: a Turkmen text is :mod:`.turkic_latin`'s.
_TURKMEN = re.compile(r"[ýÝňŇ]")
_NAME_WORD = re.compile(rf"(?<![^\W\d_]){_CAP}[^\s,]*")
#: Matches that are not a name the gazetteer records: a sound-alike, a letter-alike, the fallback to a unit.
_LOOSE = frozenset({"sound", "phonetic", "context"})
#: The most texts resolved for one string: a long text of many names has many spellings, and each costs a lookup.
MOST_TRIED = 12


def _folded(word: str, fold: dict[str, str]) -> str:
    pattern = "|".join(sorted(map(re.escape, fold), key=len, reverse=True))
    return re.sub(pattern, lambda m: fold[m[0]], word)


def spellings(text: str) -> list[str]:
    """``text`` with its names (capitalised words) in each language's spelling folded to English's, one fold at a
    time, to every name and then to each alone (a unit word, "Bezirk", is capitalised too): "Kok-Taş" → "Kok-Tash",
    "Baloutchistan" → "Baluchistan", "im Bezirk Darkad" → "im Bezirk Darqad"; only texts that change."""
    found: dict[str, None] = {}
    words = list(_NAME_WORD.finditer(text))
    for fold in _FOLDS:
        found[_NAME_WORD.sub(lambda m, f=fold: _folded(m[0], f), text)] = None  # type: ignore[misc]
        for word in words if len(words) > 1 else ():
            found[f"{text[: word.start()]}{_folded(word[0], fold)}{text[word.end() :]}"] = None
    return [folded for folded in found if folded != text]


def _country(words: str) -> str | None:
    """The English name of a country written ``words`` ("l'Afghanistan"), or None."""
    return _COUNTRY.get(_ARTICLE.sub("", words.strip()).casefold())


def _lithuanian(text: str) -> Iterator[str]:
    match = _LITHUANIAN.match(text)
    if match is None:
        return
    unit = next(english for stem, english in _LITHUANIAN_UNITS if match["unit"].casefold().startswith(stem))
    for ending, nominative in _LITHUANIAN_GENITIVE:
        if match["name"].endswith(ending):
            yield f"{match['name'][: -len(ending)]}{nominative} {unit}"


def _linked(text: str) -> str:
    """``text`` with the language's "of" put in after a crossing or unit word followed straight by a name."""
    for pattern, link in _NO_LINK:
        text = pattern.sub(lambda m, word=link: f"{m[1]} {word} ", text)  # type: ignore[misc]
    return text


def readings(place: str) -> Iterator[str]:
    """The texts to try, in order: the words of the languages here read (see the module)."""
    text = " ".join(place.split())
    if (near := _LEAD_NEAR.match(text)) is not None:
        yield f"near {european_frames_off(text[near.end() :])}"
    if (tail := _TAIL_NEAR.search(text)) is not None:
        yield f"near {hungarian_unit(text[: tail.start()]) or text[: tail.start()]}"
    if (area := _CROSSING_AREA.search(text)) is not None:
        yield text[: area.start()] + area["crossing"]
    linked = _linked(text)
    unit = _GENITIVE_LEAD.sub("", _GERMAN_GENITIVE.sub(r"\1 ", linked))
    if (parted := _SECOND_UNIT.sub(", ", unit, count=1)) != text:
        yield parted
    if (between := _BETWEEN.match(text)) is not None:
        one, two = _country(between["one"]), _country(between["two"])
        if (one is None) != (two is None):
            yield f"{between['two'] if one else between['one']}, on the border with {one or two}"
    yield from _lithuanian(text)
    if (hungarian := hungarian_unit(text)) is not None:
        yield hungarian  # "Kandahár tartományban": "Kandahár province"
    if (split := _SPLIT_NAME.match(text)) is not None:
        yield _linked(f"{split['unit']} {split['head']} {split['tail']}")  # "distrito A B": "distrito de A B"


def _trusted(chosen: Candidate | None, named: frozenset[str], loose: bool = False) -> bool:
    """A name the gazetteer records (``loose``: or a province alone that sounds alike), in a country the text
    names."""
    if chosen is None or (
        chosen.match in _LOOSE and not (loose and chosen.match == "sound" and chosen.level == "admin1")
    ):
        return False
    return not named or chosen.country in named


def copy_words_retry(place: str, resolution: Resolution, chain: Resolver) -> str | None:
    """The text to read again, or None (see the module): the first of :func:`readings` and of their
    :func:`spellings` (the text's own spellings after them; :data:`MOST_TRIED` at the most) whose answer is a
    recorded name; failing that, the first whose answer is the one province that sounds so."""
    if resolution.chosen is not None:
        return None
    named, text = frozenset(resolution.named), " ".join(place.split())
    tried = list(dict.fromkeys([*readings(text), *unit_tail_readings(text, chain, named)]))
    if not _TURKMEN.search(text):  # the text's own spellings, where it is of these languages' copy
        own = [text] if _OWN_LETTERS.search(text) or european_frames_off(text) != text else []
        tried += [folded for read in [*tried, *own] for folded in spellings(read)]
    province: str | None = None  # the first reading answered by the one province that sounds so
    for read in list(dict.fromkeys(tried))[:MOST_TRIED]:
        chosen = chain.candidates(read, named=named).chosen
        if _trusted(chosen, named):
            return read
        province = province or (read if _trusted(chosen, named, loose=True) else None)
    return province
