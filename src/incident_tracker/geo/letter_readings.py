"""A context part, or a name, written in letters or words the gazetteer does not key: read in the ones it does.

Two shapes recur in the reports' context parts (the unit a place is filed under, which stands in when
the place itself is not known):

* **Arabic's "b" for the region's "p".** Arabic has no "پ" and writes "ب" for it: "بمديرية سبين بولدك"
  (in the district of Spin Boldak) spells the pack's "سپین بولدک" so, and "باكتيا", "بنجشير" are Paktia and
  Panjshir. By sound alone such a part anchors nothing, and the unknown village filed under it stays empty.
  Read as :func:`.phrase_arabic.arabic_che_readings` reads Arabic's "ch": each "ب" as "پ" alone, then all at
  once, with and without the "ch" read; only a part wholly in Arabic letters, and a reading is taken only
  where it names a unit or town exactly ("ب" is a letter of the region's own names too: "بولدک", Boldak).
* **Urdu's "Lower" and "Upper".** Districts split in two (Dir, Chitral, Kohistan, South Waziristan) are
  named in Urdu reports with the English words as loanwords, "لوئر دیر", "اپر چترال", and most often with no
  unit word after them ("لوئر دیر کے علاقے جندول", the Jandol area of Lower Dir). The loanword says the part
  is such a district, as "ضلع" would: it is read at that level, so that a pack district known by its
  consonants alone anchors it (:func:`.scope.anchor_of`), as "ولسوالی X" is anchored.
* **Arabic's "k" or "gh" for the region's "g".** Arabic has no "گ" either, and writes it "ك" or "غ":
  "ننكرهار" (Nangarhar), "لوغر" (Logar), "كرديز" (Gardez); with "ب" for "پ" beside it, "بنجكور" (Panjgur). Read
  the same way, after the "p" and "ch" readings (:func:`arabic_gaf_readings`), and with the same caution: each
  of those letters is one of the region's own too ("غزنی", Ghazni), so a reading counts only where it names a place
  exactly, and only where the spelling as written names none. Egyptian usage writes "g" as "ج" too, but "ج" is the
  region's "j" ("بنج", Panj in Arabic letters, read so is "بنگ", an alternate name of Banak in Iran's Bushehr): not
  read so.
* **A silent "ع".** Dari and Persian keep the "ع" of a name's Arabic root where the region's gazetteers leave it out:
  "اسعدآباد" (Asadabad, Kunar's capital, "اسداباد" in GeoNames; batch 88's g8514, geo179). Between two consonants
  only, and read in any Arabic-script part (:func:`silent_ain_readings`).
* **"ح" for a final "ه".** Both are "h" to a writer of Urdu or Persian, and a name heard rather than copied may end
  in the wrong one: "صوبے فراح" (the province of Farah, whose name ends in "ه"; seventy-second batch, geo144). A word's
  last "ح" is read as "ه", with the same caution as the letters above: only where the spelling as written names
  nothing and the reading names a place or province exactly.

:func:`arabic_letter_readings` gives all of them in one list, fewest changes of a kind first: the reader of the
context parts (:mod:`.scope`) and the chain, for the name itself (:meth:`.chain.Resolver.candidates`), ask it.
"""

from __future__ import annotations

import re

from .phrase_arabic import arabic_che_readings, arabic_spelling

#: "لوئر" and "اپر" (Lower, Upper) opening a part, before a name: "لوئر دیر", "اپر کرم".
_HALF_OF_DISTRICT = re.compile(r"^(?:لوئر|لوئیر|اپر|اَپر|اپّر)(?:\s|\u200c)+\S")

#: Readings of more "ب" than this are not tried letter by letter (a long phrase, not a name).
_MOST_BEH = 4


def names_half_of_district(part: str) -> bool:
    """Does ``part`` open with Urdu's "Lower" or "Upper" before a name ("لوئر دیر"): a district split in two?"""
    return _HALF_OF_DISTRICT.match(part) is not None


def arabic_pe_readings(part: str) -> list[str]:
    """The region's spellings an Arabic ``part`` may stand for, its "ب" read as "پ" (and its "ch" as "چ").

    Each "ب" alone, then all at once, in the part as written and in each reading of its "ch"; the part itself is
    not among them. Nothing for a part with one of the region's own letters, or with no "ب".
    """
    if not arabic_spelling(part):
        return []
    readings: list[str] = []
    for spelling in (part, *arabic_che_readings(part)):
        where = [i for i, letter in enumerate(spelling) if letter == "ب"]
        if not where or len(where) > _MOST_BEH:
            continue
        readings += [spelling[:i] + "پ" + spelling[i + 1 :] for i in where]
        if len(where) > 1:
            readings.append(spelling.replace("ب", "پ"))
    return [reading for reading in dict.fromkeys(readings) if reading != part]


#: The letters Arabic writes for the region's "گ" (g): the kaf and the ghain (not the jim: see the module).
_GAF_FORMS = "كغ"


def arabic_gaf_readings(part: str) -> list[str]:
    """The region's spellings an Arabic ``part`` may stand for, its "ك" or "غ" read as "گ".

    For each of the two letters in turn, each one alone, then all at once, in the part as written and in each
    reading of its "b" and "ch" (:func:`arabic_pe_readings`): "بنجكور" gives "بنجگور" and "پنجگور". Nothing for a
    part with one of the region's own letters; the part itself and the "b" and "ch" readings are not among them.
    """
    if not arabic_spelling(part):
        return []
    readings: list[str] = []
    for spelling in (part, *arabic_pe_readings(part)):
        for letter in _GAF_FORMS:
            where = [i for i, written in enumerate(spelling) if written == letter]
            if not where or len(where) > _MOST_BEH:
                continue
            readings += [spelling[:i] + "گ" + spelling[i + 1 :] for i in where]
            if len(where) > 1:
                readings.append(spelling.replace(letter, "گ"))
    return [reading for reading in dict.fromkeys(readings) if reading != part]


#: A word's last letter "ح" (hah), before a space or the end.
_FINAL_HAH = re.compile(r"ح(?=\s|$)")


def final_he_readings(part: str) -> list[str]:
    """ "فراح" → ["فراه"]: an Arabic-letter ``part`` with each word's last "ح" read as "ه" (see the module); nothing
    for a part with one of the region's own letters, or with no word ending in "ح"."""
    if not arabic_spelling(part) or not _FINAL_HAH.search(part):
        return []
    return [_FINAL_HAH.sub("ه", part)]


#: An "ع" (ain) between two consonant letters of a word: no vowel letter, hamza or space on either side.
#: Not "ه" (a word's last vowel: "قلعه", qal'a, a fort) nor "ة".
_CONSONANT = "\u0628\u062a-\u0646\u067e\u0686\u0698\u06a9\u06af"
_SILENT_AIN = re.compile(rf"(?<=[{_CONSONANT}])ع(?=[{_CONSONANT}])")


def silent_ain_readings(part: str) -> list[str]:
    """ "اسعدآباد" → ["اسدآباد"]: each "ع" between two consonants left out, one at a time, then all at once.

    Dari and Persian keep the "ع" of a name's Arabic root ("اسعد", As'ad), where it is a catch in the voice, not a
    sound of its own; GeoNames and the pack spell some of the region's names without it (Asadabad, Kunar's capital,
    is "اسداباد" there: batch 88's g8514, geo179). Beside a vowel letter the "ع" changes the word ("سعید", Saeed, is
    not "سید", Sayed): not read so. Any Arabic-script part, as Persian writes the letter too; a reading counts only
    where the spelling as written names nothing and the reading names a place exactly, as the letters above.
    """
    where = [match.start() for match in _SILENT_AIN.finditer(part)]
    readings = [part[:at] + part[at + 1 :] for at in where]
    if len(where) > 1:
        readings.append(_SILENT_AIN.sub("", part))
    return readings


def arabic_letter_readings(part: str) -> list[str]:
    """Every reading of an Arabic ``part`` in the region's letters: its "ch"
    (:func:`.phrase_arabic.arabic_che_readings`), its "p" (:func:`arabic_pe_readings`), its "g"
    (:func:`arabic_gaf_readings`), its final "h" (:func:`final_he_readings`), then its silent "ع"
    (:func:`silent_ain_readings`, in any Arabic-script part), in that order; a caller takes the first that names a
    place exactly. Only the last for a part with one of the region's own letters."""
    found = [
        *arabic_che_readings(part),
        *arabic_pe_readings(part),
        *arabic_gaf_readings(part),
        *final_he_readings(part),
        *silent_ain_readings(part),
    ]
    return [reading for reading in dict.fromkeys(found) if reading != part]
