"""A bare "Baluchistan" in a text that names Iran and not Pakistan is not Pakistan's province.

"Baluchistan", "Balochistan", "بلوچستان", "बलोचिस्तान" name Pakistan's province (GeoNames PK.02) and a land
that reaches across the line into Iran, whose part lies in Iran's Sistan and Baluchestan province. A text that
names Iran and not Pakistan and says "Baluchistan" alone (with no country before or after it, and no other
part) may mean either side: Iranian reports write "Baluchistan" for their own province, and for Pakistan's
when they speak of the militants' bases across the line. Pakistan's province at its capital Quetta, given
as if exact, was a guess of a side the text does not state (geo153 left it: bare "Baluchistan" beside Iran
still answered Pakistan's province). The brief was "Iran's province, or nothing": Iran's province would be
as much a guess of the side, so nothing is answered, and the text is kept as reported.

Only the province itself, chosen with no part naming its country: "Pakistan's Baluchistan", "Baluchistan,
Pakistan", "پاکستانی بلوچستان" and a town in it ("Quetta, Baluchistan") are answered as before, and so is a bare
"Baluchistan" in a text that names Pakistan, or names neither.
"""

from __future__ import annotations

from collections.abc import Collection

from .candidates import Candidate

#: GeoNames' admin1 code of Pakistan's Balochistan province (the gazetteer's ``ident`` for it).
_PAKISTANS_BALOCHISTAN = "PK.02"
#: Pakistan's name in the scripts of the region's reports: the place string that holds one states the side.
_PAKISTAN = ("pakistan", "پاکستان", "پاكستان", "باكستان", "пакистан", "पाकिस्तान", "巴基斯坦")


def side_unstated(place: str, chosen: Candidate, context: Collection[str], named: Collection[str]) -> str | None:
    """Why ``chosen`` must not be given, or None: Pakistan's Balochistan, read with no context part, where the
    text names Iran and not Pakistan (no side is stated). A place string that names Pakistan itself
    ("Pakistan's Baluchistan", "پاکستانی بلوچستان") has stated the side."""
    if (
        not any(name in place.casefold() for name in _PAKISTAN)
        and chosen.ident == _PAKISTANS_BALOCHISTAN
        and chosen.level == "admin1"
        and not context
        and "IR" in named
        and "PK" not in named
    ):
        return "left unlocated: Baluchistan alone, in a text that names Iran and not Pakistan, may be either side"
    return None
