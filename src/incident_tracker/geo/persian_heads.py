"""Persian head nouns before a crossing's name: two joined by "و", or with an adjective between.

The readers strip one head noun before a name ("پایانه مرزی X", the border terminal X; "بازارچه
مرزی X", the border market X: :mod:`.phrase_patterns`, :mod:`.coverage_arabic`). Two shapes of the
fifty-seventh batch kept the name from being read:

- **two heads joined by "و"**: "پایانه و بازارچه مرزی X در شهرستان Y" (the terminal and border
  market of X in Y county): the pair was not stripped, so Y stood in for X, a crossing the pack
  holds (g5427). Both heads name facilities at one place, so the pair goes as one head does;
- **an adjective inside the head**: "بازارچه فعال مرزی X" (the active border market of X; also
  official, new, joint, main …): the word between the head and "مرزی" stopped the reading (g5430).
  Only the closed list :data:`_ADJECTIVES`; any other word leaves the text as it was.

The fifty-eighth batch added two more shapes (geo120):

- **"مرز" (the border) with an adjective**: "مرز رسمی X Y" (the official border X of Y county):
  the adjective of the same closed list is dropped and "مرز X Y" is read as before (g5505);
- **a monument's head**: "بنای تاریخی X" (the historic building of X), "آثار تاریخی X": a
  building in the town X, whose answer is the town (a coarser honest point; g5518). Only the
  closed list :data:`_MONUMENTS`.

What is left ("X در شهرستان Y", "X") is read by the other readers, or not: no new guess. A head
alone, with no second head and no adjective, is left to them as before.
"""

from __future__ import annotations

import re

from .scripts import has_arabic

__all__ = ["CROSSING_ADJECTIVES", "rewrite_heads"]

#: Head nouns of a crossing's facilities: terminal, market, customs, crossing, post, station.
_HEADS = r"(?:پایانه|بازارچه|گمرک|گذرگاه|پاسگاه|ایستگاه|معبر)(?:\u200c?های|\s+های)?"
#: The Persian adjectives a crossing's word takes before its name too ("معبر رسمی X", the official crossing X):
#: official, main, international. ``phrase_patterns._SCRIPT_PREFIX`` reads them from here.
CROSSING_ADJECTIVES = r"رسمی|اصلی|بین\u200c?المللی"
#: Adjectives a head takes before or after "مرزی": those of a crossing, and active, new, joint, commercial,
#: permanent, temporary, unofficial (and other spellings). A closed list: no other word is passed over.
_ADJECTIVES = (
    rf"(?:{CROSSING_ADJECTIVES}|فعال|رسمي|جدید|جديد|مشترک|اصلي|بین\s+المللی|تجاری|تجارتی|دائمی|دایمی|"
    r"موقت|غیررسمی|غیر\u200cرسمی|مهم|عمده)"
)
#: A word of the head itself, which no name opens with.
_HEAD_WORD = re.compile(rf"{_ADJECTIVES}|مرزی|{_HEADS}")
#: "مرز رسمی X": the border, then one or two adjectives of the closed list.
_BORDER_ADJECTIVE = re.compile(rf"^(?P<head>(?:در\s+)?مرز)(?:\s+{_ADJECTIVES}){{1,2}}\s+(?P<rest>\S.*)$")
#: A monument's head: historic building(s), historic monument(s) (one word each, then "تاریخی").
_MONUMENTS = r"(?:بنای|بناهای|بنا|اثر|آثار|ابنیه)"
_MONUMENT_PHRASE = re.compile(rf"^(?:در\s+)?{_MONUMENTS}\s+تاریخی\s+(?P<rest>\S.*)$")
_HEAD_PHRASE = re.compile(
    rf"^(?:در\s+)?(?P<heads>{_HEADS}(?:\s+و\s+{_HEADS})?)(?P<words>(?:\s+(?:{_ADJECTIVES}|مرزی)){{0,3}})\s+"
    r"(?P<rest>\S.*)$"
)


def rewrite_heads(text: str) -> str | None:
    """ "پایانه و بازارچه مرزی X در شهرستان Y" → "X در شهرستان Y"; "بازارچه فعال مرزی X" → "X"; "مرز رسمی X" →
    "مرز X"; "بنای تاریخی X" → "X"; None when the text opens with no such head, or with one head alone that the
    other readers strip (or leave) as before."""
    if not has_arabic(text):
        return None
    flat = " ".join(text.split())
    if (border := _BORDER_ADJECTIVE.match(flat)) is not None:
        rest = border.group("rest")
        return None if _HEAD_WORD.fullmatch(rest.split()[0]) else f"{border.group('head')} {rest}"
    if (monument := _MONUMENT_PHRASE.match(flat)) is not None:
        return monument.group("rest")
    match = _HEAD_PHRASE.match(flat)
    if match is None:
        return None
    paired = " و " in match.group("heads")
    adjective = re.search(_ADJECTIVES, match.group("words")) is not None
    rest = match.group("rest")
    if not (paired or adjective) or _HEAD_WORD.fullmatch(rest.split()[0]):
        return None  # "پایانه و بازارچه مرزی": heads with no name after them
    return rest
