"""Persian and Pashto words around a place phrase that say who, not where, taken off before it is read.

Shapes from the fifty-ninth and sixtieth batches' `dev` failures (docs/geocoding-journal.md, "Fifty-ninth and
sixtieth batches: rules"):

- **"یکی از" (one of) before a plural noun**: "یکی از مرزبانان هنگ مرزی X" (one of the border guards of
  X's border regiment): one of a group is where the group is; the words go, the group's phrase is read;
- **a praise adjective after a noun of persons, in the ezafe**: "مرزبانان غیور X" (X's valiant border
  guards; also brave "دلیر", "شجاع", "سلحشور", "رشید", "جان‌برکف"): the adjective says what the guards are
  like, not where; only after a plural of persons (ending "ان"), so a place's own name is never cut;
- **a Pashto participle of dwelling after "کې"**: "په X کې مېشتې" (settled in X; also "میشته",
  "اوسېدونکي", living in): the people are where X is; the participle goes, "په X کې" is read.
"""

from __future__ import annotations

import re

_ONE_OF = re.compile(r"^یکی\s+از\s+(?=\S+ان(?:\s|$))")
_PRAISE = re.compile(r"(?<=ان)\s+(?:غیور|دلیر|شجاع|سلحشور|رشید|جان\u200c?برکف|دلاور)(?=\s+\S)")
_PS_DWELLING = re.compile(r"(?<=\sکې)\s+(?:مېشتې|مېشته|مېشت|میشتې|میشته|میشت|اوسېدونکي|اوسیدونکي|اوسېدونکو)$")


def persons_off(text: str) -> str:
    """``text`` (spaces folded) without the words of the module; the same text when none stands."""
    return _PS_DWELLING.sub("", _PRAISE.sub("", _ONE_OF.sub("", text), count=1))


__all__ = ["persons_off"]
