"""The border pack's names in Han script, as the Chinese chain reader (:mod:`.phrase_han`) keys them.

The gazetteer keeps no Han-script key (``text.kept_script``: Latin, Cyrillic and Arabic only), so a
pack alias written in Chinese characters is found only through the chain reader's table, which this
module fills from the pack. An alias that ends with a unit word is keyed by its stem, and the unit
word is read as the kind of place it names ("别迭里山口" is 别迭里 and a pass, the pack's Bedel Pass).

Some names hold a unit word as a part of the name itself: 阿拉山口 (Alashankou, "the Ala pass") is a
town and a port, the pack's border crossing, not a pass. Read as 阿拉 and a pass, it asked for a
pass named Alashankou, which there is not, and the alias the pack holds found nothing. So a unit
word that does not agree with the row's kind (a pass word on a row that is no pass, a county word on
a row that is no district) is part of the name: the alias is keyed whole, and its stem (阿拉, which
alone names nothing: it begins 阿拉伯, Arabia, and 阿拉木图, Almaty) is not keyed at all.

Standard library only; the pack is read once, on first use.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["UNIT_KINDS", "pack_han_names"]

#: The pack kinds a unit word (by the English word the reader gives it) agrees with.
UNIT_KINDS: dict[str, frozenset[str]] = {
    "pass": frozenset({"pass"}),
    "port": frozenset({"border_crossing", "border_post"}),
    "bridge": frozenset({"bridge"}),
    "county": frozenset({"district"}),
    "district": frozenset({"district"}),
    "province": frozenset({"district"}),
    "city": frozenset({"town"}),
    "town": frozenset({"town"}),
    "township": frozenset({"town"}),
    "village": frozenset({"town"}),
}
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def pack_han_names(units: Mapping[str, str]) -> dict[str, str]:
    """Each Han-script alias of the pack, keyed as the chain reader looks it up, and its row's name.

    ``units`` are the reader's unit words and their English words ("山口" → "pass"). The first row
    to hold a key keeps it (the pack's order, as the reader's own table is filled)."""
    from .pack import shipped_pack  # imported here: the pack reads its file once, on first use

    names: dict[str, str] = {}
    for entry in shipped_pack():
        for alias in entry.aliases:
            if not _HAN_ONLY.fullmatch(alias):
                continue
            unit = max((u for u in units if alias.endswith(u) and units[u]), key=len, default="")
            if unit and entry.kind not in UNIT_KINDS.get(units[unit], frozenset({entry.kind})):
                names.setdefault(alias, entry.name)  # the unit word is part of the name: 阿拉山口
                continue
            stem = alias[: len(alias) - len(unit)]
            if len(stem) >= 2:
                names.setdefault(stem, entry.name)
    return names
