"""Place phrases in Indic scripts (Hindi's Devanagari, Bengali, Kannada, ...), read as the English phrase they say.

Indian papers report the Afghan and Pakistani borders in their own scripts: "पक्तिका प्रांत के बरमल जिले" (Barmal
district of Paktika province), "ತಾಖಾರ್ ಪ್ರಾಂತ್ಯದ" (of Takhar province). The gazetteer holds none of these spellings.
Each letter is read by its Unicode name, which is the same across the Indic scripts ("DEVANAGARI LETTER KA",
"KANNADA LETTER KA", "BENGALI VOWEL SIGN AA"): a consonant carries the vowel "a" unless a vowel sign or the virama
follows; Hindi and Bengali do not say it at a word's end nor between two consonants after a vowel (the schwa
deletion that makes बरमल "barmal", not "baramala"); long vowels are written short, as the Latin names are. Bengali
says its anusvara "ng" (কাং, Kang) and ends a name in the locative with "-ে" (নিমরোজে, in Nimroz), which is taken off;
it writes the "w" it lacks as "ও" and "য়" before a vowel (ওয়াখান, Wakhan). Malayalam writes a consonant with no vowel
as a chillu letter (ചമൻ, Chaman), says its anusvara "m" (തോർഖം, Torkham) and ends a name in the locative "-ിൽ",
"-ിലെ" (in, of), which is taken off as Bengali's is (geo169).

The words for province, district and village become the English unit words, the particles of the genitive ("के",
"का", "-er", "-da") go, and as these languages put the larger place first ("Paktika province's Barmal district")
the parts are given smallest first: "barmal district, paktika province". The parser and every guard then read
that phrase as they read English; a name the gazetteer does not hold under its spelled-out form stays unlocated.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_INDIC = re.compile(r"[\u0900-\u0d7f]")
#: The scripts whose speakers drop the inherent vowel (Hindi, Bengali, and their neighbours).
_SCHWA_DROPPED = ("DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI")
_CONSONANT = {
    "TT": "t", "TTH": "th", "DD": "d", "DDH": "dh", "NN": "n", "SS": "sh", "C": "ch", "CH": "chh", "NY": "n",
    "LL": "l", "LLL": "l", "RR": "r", "RRR": "r", "RH": "r", "DDDH": "r", "YY": "y", "V": "w", "PH": "f",
    "Q": "q", "KHH": "kh", "GHH": "gh", "Z": "z", "F": "f",
}  # fmt: skip
_VOWEL = {
    "AA": "a", "II": "i", "UU": "u", "VOCALIC R": "ri", "AI": "ai", "AU": "au", "O": "o", "E": "e",
    "OO": "o", "EE": "e",  # Malayalam's and Kannada's long o and e (ബോൾഡക്, Boldak)
    "CANDRA O": "o", "CANDRA E": "e",  # Hindi's English o and e: बॉर्डर "bordar", border (batch 87's g8413, geo176)
}  # fmt: skip
#: Unit words, spelled out (before the genitive is taken off), and what they are in English.
_UNITS = (
    # सूबा, सूबे: Urdu's صوبہ; Malayalam's പ്രവിശ്യ "prawishya"
    (re.compile(r"^(?:pran[td]|prantya|pradesh|prades|prabhag|sub[aeo]$|prawishy)"), "province"),
    (re.compile(r"^(?:jil{1,2}[aeo]|jela|jilha|jilhe|zil{1,2}[aeo])"), "district"),
    (re.compile(r"^(?:ganw|gaw|gram|gran|ganv|halli)"), "village"),
)
#: Particles of the genitive and the locative, and suffixes of the same: they join names, they name nothing.
_PARTICLES = frozenset({"ka", "ke", "ki", "men", "me", "mem", "par", "se", "ko", "ra", "re", "ri", "er", "r", "ek"})
#: The border (सीमा, सरहद, Bengali সীমান্ত): the English head word, after the name it follows.
_BORDER = frozenset({"sima", "simant", "simanta", "sarhad", "gadi", "atirtti", "bordar", "ellai"})
#: Malayalam അതിർത്തി; the English loan बॉर्डर, બોર્ડર; Tamil எல்லை (geo176).
#: Words for an area (Hindi इलाका, क्षेत्र, एरिया, Tamil பகுதி, Malayalam മേഖല): "X border area", as English says it.
#: Marathi's भागात, भागातील (in, of the area) after the name too (batch 88's g8509, geo179); not the bare भाग "bhag",
#: which is also a town's name (Bhag, Balochistan).
_AREA = frozenset({"ilaka", "ilake", "kshetr", "kshetra", "eriya", "pakuti", "mekhala", "bhagat", "bhagatil"})
#: The town noun before a name (Gujarati and Hindi શહેર, शहर: "border town Spin Boldak"): read "town of X" (geo176).
_TOWN = frozenset({"shaher", "shahar"})
#: Adjectives of the border (सीमावर्ती, સરહદી: "bordering"): they say what kind of place, not where; dropped.
_BORDER_ADJECTIVES = frozenset({"simawarti", "sarhadi"})
#: "-anchal" (region) ends the words for the north, the south, the border region: they name no place.
_REGION = ("anchal", "anchol")
#: Words for "near" (Hindi पास, निकट, Bengali কাছে): the phrase is about the place's surroundings.
_NEAR = frozenset({"pas", "nikat", "najdik", "nazdik", "kachhe", "samip", "karib"})
#: The quarters, as the adjective before a name: उत्तरी वज़ीरिस्तान, North Waziristan.
_QUARTERS = {"uttari": "north", "dakshini": "south", "purwi": "east", "purbi": "east", "pashchimi": "west"}
#: Bengali puts the quarter's noun itself before the name (উত্তর ওয়াজিরিস্তান, North Waziristan; দক্ষিণ, south);
#: read so in Bengali words only: Hindi's "uttar" begins names (उत्तर प्रदेश, Uttar Pradesh) (geo172).
_BENGALI_QUARTERS = {"uttar": "north", "dakshin": "south", "purb": "east", "purba": "east", "pashchim": "west"}
_SUFFIX = re.compile(r"(?:er|ara|ada|da|ya|yalli)$")
#: Malayalam's locative after a name or a unit word: -ിൽ / -യിൽ (in), -ിലെ (of, in), -ിലാണ് (is in): ചമൻ അതിർത്തിയിൽ,
#: at the Chaman border (batch 85's g8254, geo169).
_MALAYALAM_CASE = re.compile(r"y?il(?:e|anu?)?$")
#: Tamil's locative -இல் / -யில் (in) and the doubled consonant of a word before another (எல்லைப் பகுதி, the border
#: area): எல்லையில், at the border (batch 87's g8405, geo176).
_TAMIL_CASE = re.compile(r"y?il$")
_TAMIL_SANDHI = re.compile(r"(?<=[aeiou])p$")
#: Bengali writes the "w" its alphabet lacks as the vowel "ও" and "য়" before a vowel sign: ওয়াখান is Wakhan (batch
#: 85's g8226, geo169), ওয়াশিংটন Washington. The pair is read as one consonant "w" (a private mark stands for it).
_BENGALI_W = re.compile("\u0993(?:\u09af\u09bc|\u09df)(?=[\u09be-\u09cc])")
_W_MARK = "\ue000"
#: Malayalam's clusters said otherwise than spelt: ട after ണ voiced, "nd" (ഇംഗ്ലണ്ട് England, കാണ്ടഹാർ Kandahar:
#: batch 85's g8253, geo169), and റ doubled "tt" (ക്വറ്റ Quetta); they are read as the letters that say them.
_MALAYALAM_SAID = (("\u0d23\u0d4d\u0d1f", "\u0d23\u0d4d\u0d21"), ("\u0d31\u0d4d\u0d31", "\u0d1f\u0d4d\u0d1f"))


def _letters(word: str) -> tuple[str, str]:
    """``word`` in Latin letters, and the script it is written in ("" if none)."""
    out: list[str] = []
    script, pending = "", False  # pending: the last consonant still carries its vowel
    marks: list[int] = []  # where an inherent "a" was written, for the schwa deletion
    for spelt, said in _MALAYALAM_SAID:
        word = word.replace(spelt, said)
    for char in _BENGALI_W.sub(_W_MARK, word):
        if char == _W_MARK:
            script, pending = "BENGALI", True
            marks.append(len(out) + 1)
            out += ["w", "a"]
            continue
        try:
            name = unicodedata.name(char)
        except ValueError:
            continue
        head, _, rest = name.partition(" ")
        if rest.startswith("LETTER CHILLU "):  # Malayalam's consonant with no vowel: ചമൻ "chaman"
            script, pending = head, False
            out.append(_CONSONANT.get(rest[14:], rest[14:].lower()))
        elif rest.startswith("LETTER ") and not rest.endswith(("LETTER A", "LETTER AA")) and rest[7:] not in _VOWEL:
            letter = rest[7:]
            if letter in ("I", "U", "E", "O"):  # an independent vowel
                pending = False
                out.append(letter.lower())
                continue
            script = head
            base = letter[:-1] if letter.endswith("A") else letter
            marks.append(len(out) + 1)
            out += [_CONSONANT.get(base, base.lower()), "a"]
            pending = True
        elif rest.startswith("LETTER "):
            pending = False
            out.append(_VOWEL.get(rest[7:], rest[7:].lower()[:1]))
        elif rest.startswith("VOWEL SIGN "):
            vowel = rest[11:]
            if pending:
                out[-1] = _VOWEL.get(vowel, vowel.lower()[:2])
                marks.pop()
            pending = False
        elif rest in ("SIGN VIRAMA", "SIGN HALANT"):
            if pending:
                out.pop()
                marks.pop()
            pending = False
        elif rest in ("SIGN ANUSVARA", "SIGN CANDRABINDU"):
            # Bengali ং: কাং "kang"; Malayalam ം: തോർഖം "torkham"
            out.append({"BENGALI": "ng", "MALAYALAM": "m"}.get(head, "n") if rest == "SIGN ANUSVARA" else "n")
        elif rest == "SIGN NUKTA" and pending:  # ज़ z, फ़ f, क़ q, ड़ r
            out[-2] = {"j": "z", "k": "q", "d": "r", "dh": "r"}.get(out[-2], out[-2])
        elif char.isascii():
            out.append(char)
    if script.startswith(_SCHWA_DROPPED):
        _drop_schwa(out, marks)
    return "".join(out), script


def _drop_schwa(out: list[str], marks: list[int]) -> None:
    """Hindi's schwa deletion on ``out`` (consonants and vowels; ``marks`` the places of inherent vowels), in place."""
    if marks and marks[-1] == len(out) - 1 and len(out) > 2:
        out[-1] = ""
    for at in reversed(marks[:-1]):
        # V C _ C V: a vowel before the consonant, a consonant then a vowel after
        if 2 <= at < len(out) - 2 and _vowel(out[at - 2]) and _consonant(out[at + 1]) and _vowel(out[at + 2]):
            out[at] = ""


def _vowel(part: str) -> bool:
    return bool(part) and part[0] in "aeiou"


def _consonant(part: str) -> bool:
    return bool(part) and part[0] not in "aeiou"


#: Bengali's locative "-এ" written as the vowel sign after a name's last consonant: নিমরোজে, in Nimroz (geo166).
_BENGALI_LOCATIVE = "\u09c7"


def _locative_off(raw: str) -> tuple[str, bool]:
    """``raw`` without Bengali's locative ending ("নিমরোজে" → "নিমরোজ", batch 83's g8031), and whether it had one.

    Only after a consonant letter, in a word of three letters or more: the ending is then the case, not a vowel of the
    name, which the region's names (Persian, Pashto, Turkic) do not end in."""
    if len(raw) < 4 or not raw.endswith(_BENGALI_LOCATIVE):
        return raw, False
    before = unicodedata.name(raw[-2], "")
    if not before.startswith("BENGALI LETTER ") or before.endswith((" A", " AA", " I", " U", " E", " O")):
        return raw, False
    return raw[:-1], True


def _stem(word: str, script: str) -> str:
    """``word`` without its case ending, in the scripts whose endings are known (Bengali, Kannada, Malayalam)."""
    if len(word) <= 5:
        return word
    if script.startswith(("BENGALI", "KANNADA")):
        return _SUFFIX.sub("", word)
    if script.startswith("MALAYALAM"):
        return _MALAYALAM_CASE.sub("", word)
    if script.startswith("TAMIL"):
        return _TAMIL_CASE.sub("", word)
    return word


@lru_cache(maxsize=1)
def _pack_names() -> dict[str, str]:
    """The pack's aliases in an Indic script (தோர்கம், Torkham: each with its source in the row), by spelling, with
    their row's Latin name: the gazetteer keeps no key in these scripts (``text.kept_script``), so the phrase says
    the row's own name instead, as :mod:`.suffix_frames` does for Hangul (geo176)."""
    from .pack import shipped_pack  # imported here: the pack reads its file once, on first use

    return {alias: entry.name for entry in shipped_pack() for alias in entry.aliases if _INDIC.search(alias)}


def _said(word: str, script: str, words: frozenset[str]) -> bool:
    """Is ``word`` one of ``words`` (border, area), bare or with a case ending of its script written on?"""
    forms = {word, _SUFFIX.sub("", word), _MALAYALAM_CASE.sub("", word)}
    if script.startswith("TAMIL"):
        forms.add(_TAMIL_SANDHI.sub("", _TAMIL_CASE.sub("", word)))  # எல்லைப், எல்லையில்: "ellai"
    return bool(forms & words)


def _joined(groups: list[list[str]]) -> list[list[str]]:
    """``groups`` (in the text's order) with a lone border word joined to the place before it ("निमरोज प्रांत की सीमा
    पर", on the border of Nimroz province: the province; "चमन की सीमा", Chaman's border: "chaman border"), a lone unit
    word put after the name it comes before ("सीमावर्ती प्रांत सिस्तान-बलूचिस्तान", the border province Sistan and
    Baluchestan), and the town noun before a name read "town of" ("sarhadi shaher spin boldak": the town of Spin
    Boldak) (batch 87's g8450, g8440 and g8411, geo176)."""
    out: list[list[str]] = []
    unit: list[str] = []  # a unit word waiting for the name after it
    for group in groups:
        if group == ["border"] and out and out[-1]:
            if out[-1][-1] not in ("province", "district"):  # a unit's border is the unit's; a place's its border
                out[-1].append("border")
            continue
        if len(group) == 1 and group[0] in ("province", "district"):
            unit = group
            continue
        words = [f"{word} of" if word == "town" and at < len(group) - 1 else word for at, word in enumerate(group)]
        out.append(words + (unit if words and words[-1] not in ("province", "district") else []))
        unit = []
    return out


def indic_phrase(text: str) -> str | None:
    """``text`` in an Indic script as the English phrase it says ("barmal district, paktika province"), or None.

    "X के पास Y में" (near X, in Y): the groups before the word for "near" are what the place is near, those after
    it where the place is, so the phrase is "near X", never "near Y, X" (batch 87's g8440, geo176). Y is left out:
    "near X, Y" would put X inside Y, which the text does not say ("near Sistan-Baluchistan province, in Pakistan"
    read "near sistan-baluchistan province, pakistan" took Pakistan's Balochistan for the province; geo178)."""
    if not _INDIC.search(text):
        return None
    groups: list[list[str]] = [[]]
    near_at: int | None = None  # how many groups the word for "near" follows: what the place is near
    for raw in text.split():
        if latin := _pack_names().get(raw.strip(",.;:")):  # a pack row's alias in this script: its Latin name
            groups[-1].append(latin.lower())
            continue
        # each half of a hyphened name has its own last letter, whose vowel Hindi drops: सिस्तान-बलूचिस्तान is
        # "sistan-baluchistan", not "sistana-" (batch 77, geo153)
        bare, located = _locative_off(raw)
        if located and _letters(raw)[0].lower() not in _NEAR:  # কাছে "kachhe" (near) is a word, not "kachh" in
            raw = bare
        else:
            located = False
        halves = [_letters(half) for half in raw.split("-")]
        word, script = "-".join(half for half, _ in halves), next((s for _, s in halves if s), "")
        word = word.lower().strip(",.;:")
        if not word or word in _BORDER_ADJECTIVES:
            continue
        unit = next((english for pattern, english in _UNITS if pattern.match(word)), None)
        if unit is not None:
            groups[-1].append(unit)
            groups.append([])
        elif word in _NEAR:
            near_at = len(groups) - (0 if groups[-1] else 1)
        elif _said(word, script, _BORDER):
            groups[-1].append("border")
        elif _said(word, script, _AREA):
            groups[-1].append("area")
        elif word in _TOWN:
            groups[-1].append("town")
        elif word in _QUARTERS or (script.startswith("BENGALI") and word in _BENGALI_QUARTERS):
            groups[-1].append(_QUARTERS.get(word) or _BENGALI_QUARTERS[word])
        elif word in _PARTICLES:
            if groups[-1]:
                groups.append([])
        elif script:
            stem = _stem(word, script)
            if not stem.endswith(_REGION):  # "uttaranchal", the northern region: a part of what follows
                groups[-1].append(stem)
            if (stem != word or located) and groups[-1]:  # a genitive or a locative ends the name: "Afghanistan's"
                groups.append([])
        else:
            groups[-1].append(word)
    ordered = list(reversed(_joined(groups if near_at is None else groups[:near_at])))
    parts = [" ".join(group) for group in ordered if group and group != ["village"]]
    if not parts:
        return None
    return ("near " if near_at is not None else "") + ", ".join(parts)


#: Bengali, and Hindi's Devanagari, whose "j" often stands for the Persian and Arabic "z".
_J_FOR_Z = re.compile(r"[\u0900-\u09ff]")


def z_readings(name: str, text: str) -> list[str]:
    """``name``, read from Bengali or Hindi ``text``, with its "j" read as "z": each alone, then all ("nimroj" →
    "nimroz").

    Bengali has no letter for the Persian and Arabic "z" and writes it "জ" (its "j"): নিমরোজ is Nimroz (batch 83's
    g8031, geo166). Hindi has one (ज़, "ज" with a nukta), but its papers often leave the dot off: निमरोज, Nimroz, alone
    (batch 87's note, geo176). "জ", "ज" are the region's "j" as often (জালালাবাদ, Jalalabad), so the chain takes a
    reading only where the name as written names nothing and the reading names a place or province exactly, as it
    takes Arabic's letters (:mod:`.letter_readings`)."""
    if not _J_FOR_Z.search(text):
        return []
    spots = [at for at, char in enumerate(name) if char == "j"]
    readings = [name[:at] + "z" + name[at + 1 :] for at in spots]
    return readings + ([name.replace("j", "z")] if len(spots) > 1 else [])


__all__ = ["indic_phrase", "z_readings"]
