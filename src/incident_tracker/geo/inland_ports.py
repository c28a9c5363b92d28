"""A Chinese port or customs far inland from the pass of its name: its county, not the pass ("吐尔尕特海关").

China calls a land crossing a port (口岸) and its customs office by the crossing's name (海关), but where the
port's inspection site stands is not always where the crossing is. Torugart's stands in Ulugqat (Wuqia) county,
about 110 km short of the pass (English Wikipedia's "Torugart Pass"; Yaxin's 2014 report on the port puts it at
Topa, about 40 km from the county seat; the Chinese article, about 6 km from the pass: they disagree, or it moved). The
pack holds the pass alone, a Kyrgyz row on the line, so "吐尔尕特口岸" and "新疆吐尔尕特海关" were answered with the
pass, 98 km from the county seat, and the batch 77 `dev` string labelled at the county was confidently wrong
(docs/geocoding-journal.md, "Batch 77's dev failures: rules (geo153)"). No source gives the site's point for
every year, so the port is read as the county that held it every year: the county stands in (`admin2`).

Only crossings whose Chinese port the pack keeps no row for, and whose port lies far from the pack's point, are
listed. Irkeshtam's port has its own rows (the old site by the line and, since 2011, the new one 3 km from the
Wuqia county seat, about 150 km inland: see :mod:`.crossing_twins`); "伊尔克什坦口岸" keeps the old site's row, but
its customs ("伊尔克什坦海关") answered the Kyrgyz village across the line, true only before 2011: the county, which
held the customs before and after, stands in for it. Kulma's port Karasu lies about 14 km from the pass (the pack
row's note, and the set's `dev` labels put "卡拉苏口岸" at the pass): it is not here. The bare name, "吐尔尕特山口"
(the pass) and "the Torugart checkpoint" keep the pass. The English "Torugart port" (China's word) is read as the
Chinese one is, and the guard on a named border place (:mod:`.named_place_guard`) then leaves it empty: the Latin
name is the pass's, 98 km from the county, and empty is better than either. The English "Torugart customs" (geo157)
is read so too: China's customs stands about 100 km short of the pass, the Kyrgyz one a few km from it, and the
text says not whose; the pass was an answer for only one of the two, so the county or nothing (nothing, by the
same guard), never the pass.
"""

from __future__ import annotations

import re

from .phrase_han import _T2S
from .phrase_han_lead import port_verb_off

__all__ = ["inland_port_off"]

#: The crossing's Chinese names (simplified, traditional) and English name → the county its port lies in, as
#: the readers read it (the pack's Ulugqat County bears "乌恰县"; "Ulugqat County" in Latin).
_HAN_PORTS = {"吐尔尕特": "乌恰县", "吐爾尕特": "乌恰县"}
#: The customs alone: Irkeshtam's moved inland in 2011 (the pack's "Irkeshtam port new site" row and its sources).
_HAN_CUSTOMS = {"伊尔克什坦": "乌恰县", "伊爾克什坦": "乌恰县"}
_LATIN_PORTS = {"torugart": "Ulugqat County"}

#: "X口岸" (the port), "X海关" (its customs): not the bare name, nor "X山口" (the pass itself).
_HAN = re.compile(r"(?P<name>" + "|".join(_HAN_PORTS) + r")(?:口岸|海关|海關)")
_HAN_CUSTOMS_OF = re.compile(r"(?P<name>" + "|".join(_HAN_CUSTOMS) + r")(?:海关|海關)")
#: "Torugart port", "the Torugart port of entry", "Torugart customs (post)" (not "Torugart Pass": see the module).
_LATIN = re.compile(
    r"\b(?P<name>" + "|".join(_LATIN_PORTS) + r")\s+(?:port(?:\s+of\s+entry)?|customs(?:\s+(?:post|office|house|"
    r"checkpoint|station|point))?)\b",
    re.IGNORECASE,
)


def inland_port_off(text: str) -> str:
    """``text`` with a listed crossing's Chinese port or customs written as the county the port lies in, or
    ``text`` unchanged: the pass is no answer for a site about 100 km away (see the module)."""
    if _HAN.search(simplified := text.translate(_T2S)) or _HAN_CUSTOMS_OF.search(simplified):
        # "暂时關閉吐尔尕特口岸" (the port closed for a time): the verb goes with the port word, as the Chinese reader
        # takes it off (.phrase_han_lead); the county is read alone
        text = port_verb_off(simplified)
    text = _HAN.sub(lambda m: _HAN_PORTS[m["name"]], text)
    text = _HAN_CUSTOMS_OF.sub(lambda m: _HAN_CUSTOMS[m["name"]], text)
    return _LATIN.sub(lambda m: _LATIN_PORTS[m["name"].casefold()], text)
