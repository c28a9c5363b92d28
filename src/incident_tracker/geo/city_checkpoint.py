"""A checkpoint named after a city far from any crossing the pack holds: the post is not the city.

Border posts and crossings are often named after the town the road leads to, and the readers take the name
beside a crossing word for that town. That is right where the town stands at the crossing: Korday, a village on
the Chu with its road crossing to Kyrgyzstan (batch 84's "Kordai" checkpoint, `located` there), Saryagash's
railway post, Termez, 12 km from the pack's Hairatan crossing. It is wrong where the name is a city's and the
post lies some way off: batch 84's one confidently wrong `dev` answer (g8100, docs/geocoding-journal.md,
"Batch 84's dev failures: rules (geo167)") was "контрольно-пропускном пункте «Дашогуз»", the Turkmen post on
the road to Shavat, answered with the city of Dashoguz (200,000 people), whose nearest pack crossing (Shovot,
on the Uzbek side) lies 34 km off; the set labels the post `unlocated`, as it does the other posts it holds no
point for.

:func:`city_checkpoint_doubt` leaves such an answer empty when all of these hold:

* the text is a crossing or post word and a name, nothing else (articles, a preposition before it, quotes):
  "the Dashoguz checkpoint", "КПП «Дашогуз»", "«Daşoguz» serhet geçelgesi", "Dashoguz nazorat-o‘tkazish
  punkti", "پاسگاه مرزی داشاغوز". "A checkpoint in Dashoguz" puts a checkpoint in the city and is not touched;
* the answer is a GeoNames town (not a pack place, not a unit) of :data:`CITY_POPULATION` or more: a village's
  post is the village's (Korday, 9,800 people), a city gives its name to a road and its posts;
* no pack crossing, bridge, post or pass of the city's country lies within :data:`CROSSING_CITY_KM` of it: a
  city beside its crossing (Termez, Chaman, Zaranj) is the place a report means by the crossing's name, as the
  set's "Termez checkpoint" is labelled.

The Shavat post ("пункт пропуска «Шават»") is not of this class: the pack holds it (the row Shovot, whose
alias is Шават), and the set labels "КПП «Шават»" right at that row (g5300, g5630).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .gazetteer import BORDER_KINDS, haversine_km
from .pack import shipped_pack

if TYPE_CHECKING:
    from .candidates import Candidate

#: A town this large is a city, known in its own right (:mod:`.no_point_guard`'s and :mod:`.facility_guard`'s).
CITY_POPULATION = 100_000

#: A crossing named after a city this close to the city is the city's own (Termez to Hairatan: 12 km; Chaman to its
#: crossing 1 km; :mod:`.arabic_guard`'s ``CROSSING_TOWN_KM``); Dashoguz lies 34 km from Shovot.
CROSSING_CITY_KM = 15.0

#: Crossing and post words beside a name: English; Russian (any case); Turkmen; Uzbek in Latin and Cyrillic;
#: Persian and Dari. Longest first, so that "border crossing point" goes whole.
_POST_WORD = re.compile(
    r"(?<![^\W\d_])(?:"
    r"(?:border\s+|road\s+|customs\s+)?(?:crossing\s+points?|check[\s-]?posts?|checkpoints?|crossings?|posts?)"
    r"|контрольно-пропускн\w+\s+пункт\w*|(?:пограничн\w+\s+)?(?:пропускн\w+\s+пункт\w*|пункт\w*\s+пропуска)|КПП|МАПП"
    r"|пограничн\w+\s+(?:переход\w*|пост\w*|застав\w*)|погранперех\w*|погранзастав\w*|таможенн\w+\s+пост\w*"
    r"|(?:gümrük-)?(?:serhet\s+)?geçelge\w*|serhet\s+post\w*"
    r"|(?:nazorat-|chegara\s+)?o[‘'ʻ’`]?tkazish\s+punkt\w*|(?:chegara|bojxona)\s+post\w*"
    r"|(?:назорат-|чегара\s+)?ўтказиш\s+пункт\w*|(?:чегара|божхона)\s+пост\w*"
    r"|(?:گذرگاه|پاسگاه)(?:\s+مرزی)?"
    r")(?![^\W\d_])",
    re.IGNORECASE,
)
#: What may stand before the words: an article or a preposition of place ("the", "at the", "на", "در").
_LEAD = re.compile(r"^(?:(?:at|near|on|to|from|through|via|на|в|у|через|возле|در|به|از)\s+)?(?:the\s+)?", re.IGNORECASE)
#: Quotes around the post's name.
_QUOTES = re.compile(r"[«»\"“”„]")


def city_checkpoint_doubt(place: str, chosen: Candidate) -> str | None:
    """Why ``chosen`` must not answer ``place`` (a post or crossing named after a city far from any crossing the
    pack holds), or None (see the module)."""
    if chosen.source != "geonames" or chosen.level is not None or chosen.kind in BORDER_KINDS:
        return None
    if chosen.population < CITY_POPULATION or not _post_and_name(place):
        return None
    km = _nearest_crossing_km(chosen.country or "", round(chosen.latitude, 4), round(chosen.longitude, 4))
    if km <= CROSSING_CITY_KM:
        return None
    return (
        f"left unlocated: a checkpoint or post named after {chosen.label}, a city {km:.0f} km from the nearest "
        "crossing the pack holds: the post's own point is not known"
    )


def _post_and_name(place: str) -> bool:
    """Is ``place`` a crossing or post word and one name (one to three words), nothing else?"""
    text = " ".join(_QUOTES.sub(" ", place).split())
    if not _POST_WORD.search(text):
        return False
    if re.search(r"[,;،؛/&]", text):
        return False  # "Osh, Uzgen checkpoints": two places, the list guard's (:mod:`.list_guard`)
    rest = _POST_WORD.sub(" ", _LEAD.sub("", text, count=1), count=1)
    words = _LEAD.sub("", " ".join(rest.split())).split()
    if not 0 < len(words) <= 3 or _POST_WORD.search(" ".join(words)):
        return False
    # A name: capitalised, or of a script without capitals ("a checkpoint in Dashoguz", "в Дашогузе": not one).
    return all(word[:1].isupper() or (word[:1].isalpha() and not word[:1].islower()) for word in words) and not (
        _PERSIAN_LINKS & set(words)
    )


#: Persian words that link a post to a place rather than name it: "in", "near", "beside", "from", "to", "and".
_PERSIAN_LINKS = frozenset({"در", "نزدیک", "کنار", "از", "به", "و", "شهر"})


@lru_cache(maxsize=256)
def _nearest_crossing_km(country: str, latitude: float, longitude: float) -> float:
    """How far the nearest pack crossing, bridge, post or pass of ``country`` (its own or across its line) lies."""
    return min(
        (
            haversine_km(latitude, longitude, row.latitude, row.longitude)
            for row in shipped_pack()
            if row.kind in BORDER_KINDS and country in (row.country, *row.border_with)
        ),
        default=float("inf"),
    )


__all__ = ["city_checkpoint_doubt"]
