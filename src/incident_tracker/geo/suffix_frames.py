"""Unit phrases whose unit word follows the name — Turkish, Japanese, Korean — read as their English wording.

Batch 79 brought the set's first strings in these languages (g7636-g7655), and the reader refused each whole:
"Batken bölgesindeki Kök Taş köyünde" (in the village of Kök Taş in the region of Batken),
"北西部カイバル・パクトゥンクワ州" (northwestern Khyber Pakhtunkhwa province), "남부 칸다하르주" (southern Kandahar
province), "차만 국경 검문소" (the Chaman border checkpoint). The English reader already reads the same phrases written
the English way, so this module rewrites them into that wording and nothing more, as :mod:`.european_frames` does for
the languages that put the unit word first; it guesses nothing: an unknown name stays unknown.

* **Turkish** puts the unit word after the name, with a possessive and a case ending ("bölge-si-nde-ki": of the
  region, in it, which is), and an outer unit before an inner one. A text that is wholly such pairs, each name
  capitalised, is rewritten innermost first ("Kök Tash village, Batken region"). Inside such a phrase, and nowhere
  else, the Turkish ş and ç of a name are written sh and ch, as the Latin sources of these names (transliterated from
  Russian ш, ч) write them: "Kök Taş" is the Kek-Tash the pack holds as "Kök-Tash"; ö and ü are folded by the name
  key already.
* **Japanese and Korean**: no name in these scripts is guessed. The pack holds a few, each from a cited source
  (`geo/data/README.md`): a province's full name with 州 / 주 ("カンダハール州", "칸다하르주") in `admin1_aliases.tsv`,
  which the gazetteer keys; a town's or crossing's ("スピン・ボルダック", "토르캄", "차만") among its row's aliases, put
  back here in the row's Latin name, since the gazetteer keeps no key in these scripts. What is read here is the frame
  around them: a leading direction ("北西部", "남부", with or without the country, "アフガニスタン南部"), dropped as the
  English reader drops "northwestern", the country kept as context; and the Korean border words after a name ("국경
  검문소": border checkpoint, "국경": border, "국경 인근 Y": Y near that border; a crossing's own name stands for the
  crossing). Only a text whose rest is wholly katakana or wholly Hangul is read: Chinese writes "南部" too, and its own
  readers read it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import name_key

#: Turkish unit words (their stem before the possessive and case endings) and the English each is read as.
_TURKISH_UNITS = {
    "bölge": "region",
    "ilçe": "district",
    "vilayet": "province",
    "köy": "village",
    "kasaba": "town",
    "kent": "city",
    "şehir": "city",
    "şehr": "city",  # şehir before a vowel ending ("şehri", "şehrinde"): Turkish drops the i (ünlü düşmesi)
}
#: One name and its unit word, with any possessive and case ending: "Batken bölgesindeki", "Kök Taş köyünde".
_TURKISH_PAIR = re.compile(
    r"(?P<name>(?:[A-ZÇĞİÖŞÜ][\w'-]*\s+)+?)(?P<unit>bölge|ilçe|vilayet|köy|kasaba|kent|şehir|şehr(?=i))"
    r"(?:si|sı|i|ı|ü|u)?(?:n?(?:de|da|te|ta)(?:ki)?)?(?=\s|$)"
)
#: Turkish letters written as the Latin sources of Russian-spelt names write them.
_TURKISH_LETTERS = str.maketrans({"ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch"})

_COUNTRIES = {
    "アフガニスタン": "Afghanistan",
    "パキスタン": "Pakistan",
    "イラン": "Iran",
    "タジキスタン": "Tajikistan",
    "キルギス": "Kyrgyzstan",
    "아프가니스탄": "Afghanistan",
    "파키스탄": "Pakistan",
    "이란": "Iran",
    "타지키스탄": "Tajikistan",
    "키르기스스탄": "Kyrgyzstan",
}
_COUNTRY = "|".join(_COUNTRIES)
#: A leading direction, the country before it or not: "アフガニスタン南部", "北西部", "남부", "파키스탄 북서부".
_DIRECTION = re.compile(
    rf"^(?:(?P<country>{_COUNTRY})\s*)?(?:(?:北西|北東|南西|南東|北|南|東|西|中)部|(?:북서|북동|남서|남동|북|남|동|서|중)부\s)\s*"
)
_KATAKANA = re.compile(r"[\u30a0-\u30ff]+州?")
#: Where each table's words can be checked (geo158; a dictionary, grammar or reference the search tool found).
SOURCES = {
    "_TURKISH_UNITS": "Duolingo forum, 'O şehrin nüfusu çok büyük değil' (ünlü düşmesi: şehir, şehrin; "
    "forum.duolingo.com/comment/9537018); turkish7.ir's table of vowel-dropping words (şehir among them)",
    "_COUNTRIES": "mapnall.com's Japanese pages (アフガニスタン, イラン, トルクメニスタン); the Korean Kodari wiki, "
    "'Afghanistan' (wiki.kodari.se/ko/Afghanistan: 파키스탄, 이란, 타지키스탄), mapio.net (키르기스스탄)",
    "_DIRECTION": "Japanese Wikipedia's '北西' (one of the eight directions; howlingpixel.com/i-ja copy)",
    "_KOREAN_BORDER": "'border checkpoint: 국경 검문소', an English-Korean lesson (sunlightonwater.tistory.com/233)",
}
_CROSSING_KINDS = frozenset({"border_crossing", "border_post"})
_HANGUL = re.compile(r"[\uac00-\ud7a3]+(?:\s+[\uac00-\ud7a3]+)*")
#: Korean border words after a name: "X 국경 검문소" (the X border checkpoint), "X 국경 인근 Y" (Y near the X border).
_KOREAN_BORDER = re.compile(
    r"^(?P<name>[\uac00-\ud7a3]+)\s+국경(?:\s+(?P<post>검문소|초소|통과소))?(?:\s+(?:인근|부근|근처)\s+(?P<place>[\uac00-\ud7a3]+))?$"
)


def _turkish(text: str) -> str | None:
    """A text wholly made of Turkish name-and-unit pairs, in English words innermost first; else None."""
    pairs = list(_TURKISH_PAIR.finditer(text))
    if not pairs or "".join(m[0] for m in pairs).replace(" ", "") != text.replace(" ", ""):
        return None
    return ", ".join(
        f"{m['name'].strip().translate(_TURKISH_LETTERS)} {_TURKISH_UNITS[m['unit']]}" for m in reversed(pairs)
    )


@lru_cache(maxsize=1)
def _pack_names() -> dict[str, tuple[str, str]]:
    """The pack's katakana and Hangul aliases, by name key, with their row's name and kind.

    The gazetteer keeps no key in these scripts (``text.kept_script``), as it keeps none in Han (:mod:`.han_pack`):
    the name is put back in the row's own Latin name here, which the gazetteer keys. The first row keeps a key."""
    from .pack import shipped_pack  # imported here: the pack reads its file once, on first use

    names: dict[str, tuple[str, str]] = {}
    for entry in shipped_pack():
        for alias in entry.aliases:
            if _KATAKANA.fullmatch(alias) or _HANGUL.fullmatch(alias):
                names.setdefault(name_key(alias), (entry.name, entry.kind))
    return names


def _pack_latin_name(name: str) -> str:
    """A katakana or Hangul name as its pack row's Latin name, or as written (a province's name with 州 / 주 is keyed
    in the gazetteer itself, `admin1_aliases.tsv`)."""
    return _pack_names().get(name_key(name), (name, ""))[0]


def _east_asian(text: str) -> str | None:
    """A Japanese or Korean phrase in English words, its names in the pack's Latin spelling; else None."""
    rest, country = text.strip(), None
    if (match := _DIRECTION.match(rest)) is not None and match.end() < len(rest):
        rest, country = rest[match.end() :].strip(), match["country"]
    if (border := _KOREAN_BORDER.match(rest)) is not None:
        name, kind = _pack_names().get(name_key(border["name"]), (border["name"], ""))
        post = "border checkpoint" if border["post"] else "border"
        crossing = name if kind in _CROSSING_KINDS else f"the {name} {post}"  # 차만 is the Chaman border crossing
        rest = f"{_pack_latin_name(border['place'])} near {crossing}" if border["place"] else crossing
    elif _KATAKANA.fullmatch(rest) or _HANGUL.fullmatch(rest):
        rest = _pack_latin_name(rest)
    else:
        return None
    rest = f"{rest}, {_COUNTRIES[country]}" if country else rest
    return None if rest == text.strip() else rest


def suffix_frames_off(text: str) -> str:
    """``text`` with its Turkish, Japanese or Korean unit phrase in English words ("Batken bölgesindeki Kök Taş
    köyünde": "Kök Tash village, Batken region"; "남부 칸다하르주": "칸다하르주"), or ``text`` unchanged."""
    return _turkish(text) or _east_asian(text) or text


__all__ = ["SOURCES", "suffix_frames_off"]
