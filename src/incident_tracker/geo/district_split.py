"""A district's word, a name of one word or more, then its province: "ولسوالی دند پتان پکتیا" (issue 13, geo181).

Dari and Pashto write the district's word ("ولسوالی", "ولسوالۍ", "شهرستان"), the district's name and then its
province's name with no comma and no word between them: "ولسوالی دند پتان پکتیا" (the district Dand Patan,
Paktia). :func:`.phrase_declined.place_then_unit` splits the province off after a name of one word only, so a
name of two words stayed whole ("دند پتان پکتیا"), which no tier holds, and the answer was empty where
"ولسوالی دند پتان، پکتیا" (with the comma) answers the district. Here the province is split off after a name
of up to three words, when a district's word stands right before the name in the text.

The district's name is looked up as the pack keeps it: a spelling kept whole with its unit word
("=ولسوالی واخان", Wakhan District) is passed on whole, so that "ولسوالی واخان بدخشان" answers the district
as "ولسوالی واخان" does, not the province standing in for a bare "واخان" that no tier holds.

Wrong is worse than empty: a name that is itself a province's, or two names joined by "و" (and) that no tier
keeps whole as one district ("ولسوالی لاش و جوین", Lash wa Juwayn, is one), is a list or a phrase, never split
here. A district the text names that no tier holds stays the name; the province after it stands in only as
the chain's rules already allow (as with the comma).
"""

from __future__ import annotations

import re

from .pack import whole_alias_kind
from .scripts import has_arabic

#: The district's words in Persian letters, as a whole word; the name must follow it straight.
_DISTRICT_WORDS = ("ولسوالی", "ولسوالي", "ولسوالۍ", "شهرستان")
_WORD_THEN_NAME = r"(?<!\S)(?P<word>{words})(?:\s|\u200c)+{name}(?!\S)"
#: "and" in Dari and Pashto, Urdu: a name with it may be a list of two districts.
_AND = frozenset({"و", "او", "اور"})


def _district_word_before(name: str, text: str) -> str | None:
    """The district's word that stands right before ``name`` in ``text``, or None."""
    words = "|".join(_DISTRICT_WORDS)
    match = re.search(_WORD_THEN_NAME.format(words=words, name=re.escape(name)), text)
    return match.group("word") if match else None


def _whole_spelling(word: str, head: str) -> str | None:
    """The district's spelling the pack keeps whole with its unit word ("ولسوالی واخان"), if it keeps one, with the
    word as the text writes it or in another spelling of it (Dari "ولسوالی", Pashto "ولسوالۍ")."""
    for unit in dict.fromkeys((word, *_DISTRICT_WORDS)):
        if whole_alias_kind(f"{unit} {head}") == "district":
            return f"{unit} {head}"
    return None


def district_name_then_province(name: str, text: str) -> tuple[str, str] | None:
    """("دند پتان", "پکتیا") for the name "دند پتان پکتیا" of "ولسوالی دند پتان پکتیا"; ("ولسوالی واخان", "بدخشان")
    for "ولسوالی واخان بدخشان"; None unless a district's word stands right before ``name`` in ``text``, the last one or
    two words are a province's name and the one to three words before them name no province."""
    from .phrase_declined import a_pack_district, a_province_name  # that module calls this one

    words = name.split()
    if not has_arabic(name) or not 2 <= len(words) <= 5:
        return None
    word = _district_word_before(name, text)
    if word is None:
        return None
    for size in (2, 1):  # "خراسان رضوی" before "رضوی": a province of two words first
        head_words, tail = words[:-size], " ".join(words[-size:])
        if not 1 <= len(head_words) <= 3 or not a_province_name(tail):
            continue
        head = " ".join(head_words)
        whole = _whole_spelling(word, head)
        if whole:
            return whole, tail
        if any(a_province_name(w) for w in (head, *head_words)):  # "ولسوالی هرات فراه": no district and province
            return None
        if _AND & set(head_words) and not a_pack_district(head):  # "ولسوالی X و Y پکتیا": two districts, or more
            return None
        return head, tail
    return None
