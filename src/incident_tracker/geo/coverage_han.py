"""The coverage table of Chinese (see :mod:`.coverage`): tail words after a transcribed name.

"X边检站" / "X出入境边防检查站" (the border inspection station: the crossing X), "X海关" (X's
customs), "X(山口)附近" (near X (pass)), "X一带" (the X area), "X南部", "X西北部" (the southern, north-western part
of X: its area, fifty-sixth batch). The name is the Han run before the
tail, two to eight letters long (docs/geocoding-journal.md, "Language coverage, systematically").
"""

from __future__ import annotations

import re

__all__ = ["HAN_HEADS", "han_name"]

_N = r"(?P<name>[\u4e00-\u9fff]+?)"

_ROWS = (
    (rf"{_N}(?:出入境)?边(?:防)?检(?:查)?站", "crossing"),
    (rf"{_N}海关", "customs"),
    (rf"{_N}(?:山口)?附近", "near"),
    (rf"{_N}一带", "area"),
    # "X南部", "X西北部" (the southern, north-western part of X): a quarter of a unit is in it, as its area
    # (fifty-sixth batch); a province or a country read so stays empty, as "X一带" does
    (rf"{_N}(?:[东西][南北]部|東[南北]部|[南北东西中東]部)", "area"),
)

#: Border words: "多尔哈姆边境附近" is near the border at X, which the Chinese reader reads, not a name.
_BORDER = re.compile(r"边境|边界|国境|边防")

HAN_HEADS = tuple((re.compile(pattern), kind) for pattern, kind in _ROWS)


def han_name(name: str) -> bool:
    """Two to eight Han letters: a transcribed name, not a word or a sentence."""
    return 2 <= len(name) <= 8 and all("\u4e00" <= ch <= "\u9fff" for ch in name) and not _BORDER.search(name)
