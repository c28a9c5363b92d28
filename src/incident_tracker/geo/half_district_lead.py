"""Urdu's "Lower" or "Upper" district opening a text, the place after it with no link: "لوئر کرم X".

Urdu reports name the districts split in two (Dir, Chitral, Kurram's two tehsils, Kohistan) with the
English loanwords "لوئر" and "اپر" before the name, and a dateline or a caption often runs straight on
into the village or area, with no "کے" (of) or "میں" (in) between: "لوئر کرم مہورہ احمد خان کلی" (Ahmad
Khan Kili of Mahora, Lower Kurram), "لوئر کرم مخی زئی کے پہاڑی علاقے X" (the hilly area X of Makhizai,
Lower Kurram; geo150, `dev` g7255 and g7257). Read whole, the text is one unknown name and gets nothing,
though "لوئر کرم" alone is Kurram District. The half-district is the unit the rest lies in, as "X، لوئر
کرم" says: the text is rewritten so, and the context reader anchors the district (:mod:`.letter_readings`
reads "لوئر X" at the district level); a known place in the rest answers within it, an unknown one
leaves the district standing in.

Not when the word after the district is a link, a postposition or a unit word ("لوئر دیر کے علاقے X",
"لوئر دیر میں", "لوئر دیر ضلع"): those are read by the Urdu readers already; nor when another district or
province follows ("لوئر دیر باجوڑ", "اپر دیر لوئر دیر": a list of units, no one point): the rest must say it is a
village or an area (a village or area word, or "کے" hanging it on a place of its own), since the Urdu spellings of
the districts are not all the pack's. Only a text with no comma,
wholly in Arabic letters, with at least one word after the loanword's name.
"""

from __future__ import annotations

import re

from .phrase_declined import a_pack_district, a_province_name

__all__ = ["half_district_last"]

#: "لوئر|اپر NAME REST": the loanword, one word of a name, and at least one word after it.
_LEAD = re.compile(r"^(?P<unit>(?:لوئر|لوئیر|اپر|اَپر|اپّر)(?:\s|\u200c)+\S+)\s+(?P<rest>\S+(?:\s+\S+)*)$")
#: The loanword opening the rest: a second half-district ("اپر دیر لوئر دیر").
_HALF = re.compile(r"^(?:لوئر|لوئیر|اپر|اَپر|اپّر)(?:\s|\u200c)")
#: Words after the district that say how the rest hangs on it (of, in, from, at, to, and), or that it is a
#: unit word of the district itself (district, tehsil, agency, area, city, sub-division).
_LINKS = frozenset(
    {"کے", "کی", "کا", "کو", "میں", "سے", "پر", "تک", "اور", "و"}
    | {"ضلع", "ضلعی", "تحصیل", "ایجنسی", "علاقے", "علاقہ", "علاقوں", "شہر", "ڈسٹرکٹ", "سب"}
)
#: Words in the rest that say it is a village or an area (a village, Pashto's "Kalay", the area, a mauza) or hangs on
#: a place of its own ("X کے علاقے Y"): a bare name after the district may be another district ("لوئر دیر باجوڑ").
_PLACE_WORDS = frozenset({"کلی", "کلے", "گاؤں", "گائوں", "علاقے", "علاقہ", "موضع", "کے"})
#: Letters the rule reads: Arabic script and spaces alone (a Latin or Cyrillic word is another text's shape).
_ARABIC_ONLY = re.compile(r"^[\u0600-\u06ff\u200c\s]+$")


def half_district_last(text: str) -> str | None:
    """ "لوئر کرم مہورہ احمد خان کلی" → "مہورہ احمد خان کلی، لوئر کرم"; None where the text is not of that shape."""
    text = " ".join(text.split())
    if "،" in text or "," in text or not _ARABIC_ONLY.match(text):
        return None
    match = _LEAD.match(text)
    if match is None or match.group("rest").split()[0] in _LINKS or _a_unit(match.group("rest")):
        return None
    if not _PLACE_WORDS.intersection(match.group("rest").split()):
        return None  # "لوئر دیر باجوڑ": nothing says the rest is a village or an area of the district
    return f"{match.group('rest')}، {match.group('unit')}"


def _a_unit(rest: str) -> bool:
    """Does ``rest`` open with another district or province ("لوئر دیر باجوڑ", "اپر دیر لوئر دیر")? Then the text
    lists units, no place within the first: no one point, and it is left to the readers as it was."""
    first = rest.split()[0]
    return bool(_HALF.match(rest)) or any(
        a_pack_district(word) or a_province_name(word) for word in {first, rest, " ".join(rest.split()[:2])}
    )
