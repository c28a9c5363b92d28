"""A word before a known name that says what kind of place or ground it is, taken off.

The readers know a name after its unit word ("джамоата Чоркух", "مدينة تايباد") but stop at a
word they do not hold before it, and the whole is then looked up as one unknown name. The
sixty-eighth batch's dev strings had two kinds of such words, each the kin of words some readers
already take off:

- **A unit's adjective before the unit word**: Russian "сельского джамоата Чоркух" (of the
  rural jamoat Chorkuh, g6540), "сельской общины", "поселкового совета". The adjective says which
  kind of jamoat it is, not which one; the Russian reader takes the unit word alone, as the
  Kyrgyz and Kazakh ones take "айыл аймагы" and "ауылдық округі" whole. Only before a unit word
  of a local community (jamoat, community, district, council, settlement), so an adjective of
  any other noun stays.
- **A noun of ground before a name**: Arabic "مرتفعات مدينة تايباد" (the heights of the town
  of Taybad, g6551), Persian "ارتفاعات X", Arabic "تلال X" (the hills of X), "سفوح X" (the
  slopes of X). The heights of a town are beside it: the rest is read as usual, and its answer
  is near the place (``near``), as the readers' "منطقه X" (the area of X) is. Only at the head
  of the text, so a mountain named by such a word inside a chain is left alone.
- **"The centre" before a name**: Pashto and Dari "مرکز کلات" (the centre, Qalat: the district
  that holds a province's capital, g6553), "د مرکز X" (of the centre X). An Afghan province's
  centre district is its capital's, and the name after the word says which; the rest is read
  as usual. Not before a unit word: "مرکز ولسوالی X", "مرکز استان X" (the seat of a district,
  a province) are the readers' already.

:func:`lead_words_off` gives the text without the word (and whether the rest is only near the
answer), or None where no such word stands: the caller reads the rest from the start.
"""

from __future__ import annotations

import re

from .azerbaijani_latin import azerbaijani_off
from .border_area_frames import border_area_frame_off
from .border_with_lead import border_with_lead_off
from .postposition_frames import postposition_frame_off
from .unit_frames import unit_frame_off

__all__ = ["lead_words_off"]

#: A Russian adjective of a community's kind ("сельского", rural; "поселкового", of a settlement), before
#: the unit word it qualifies.
_RU_UNIT_ADJECTIVE = re.compile(
    r"(?<!\w)(?:сельск|поселков)(?:ого|ой|ий|ая|ом|ую|ое|их|им)\s+"
    r"(?=(?:джамоат|общин|округ|совет|поселени|сход)\w*\s+\S)",
    re.IGNORECASE,
)
#: Arabic and Persian nouns of ground at the head of the text: "مرتفعات" and "ارتفاعات" (heights), "تلال"
#: (hills), "سفوح" (slopes), with "على" or "في" (on, in) before them.
_GROUND_NOUN = re.compile(r"^(?:(?:على|في|در)\s+)?(?:مرتفعات|ارتفاعات|تلال|سفوح)\s+(?=\S)")
#: Pashto and Dari "(د) مرکز X" (of the centre X), at the head of the text, not before a unit word.
_CENTRE = re.compile(r"^(?:د\s+|در\s+)?مرکز\s+(?!(?:ولسوال|ولایت|ولايت|استان|شهرستان|ښار|شهر|ولسوالۍ)\w*)(?=\S)")


def lead_words_off(text: str) -> tuple[str, bool] | None:
    """``text`` without a unit's adjective, a noun of ground or "the centre" before a name, and whether the
    rest lies only near what it names (heights, hills, slopes); None where the text has no such word. A frame
    around a unit (", which is in X district", "a high-altitude area in X Region") is read by :mod:`.unit_frames`,
    one in Arabic, Persian or Urdu ("… القريبة من الحدود", "نواحی مرزی ولایت X") by :mod:`.border_area_frames`, a
    Persian, Pashto or Urdu one ("منطقه عمومی X", "له X سره پر پوله", "بارڈر کے قریب X") by :mod:`.postposition_frames`,
    an Azerbaijani or Turkish spelling ("Şirhan keçid qapısı") by :mod:`.azerbaijani_latin`, and an English "the border
    with X" by :mod:`.border_with_lead`."""
    frames = (
        unit_frame_off(text)
        or border_area_frame_off(text)
        or postposition_frame_off(text)
        or azerbaijani_off(text)
        or border_with_lead_off(text)
    )
    if frames is not None:
        return frames, False
    if (ground := _GROUND_NOUN.sub("", text, count=1)) != text:
        return ground, True
    if (bare := _RU_UNIT_ADJECTIVE.sub("", text)) != text:
        return bare, False
    if (centre := _CENTRE.sub("", text, count=1)) != text:
        return centre, False
    return None
