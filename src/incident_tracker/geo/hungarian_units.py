"""Hungarian unit words after a name: "Kandahár tartományban" (in Kandahar province), "a Spin Boldak körzetben".

Hungarian writes the unit noun after the name, as English does, but with its case ending on the noun: "tartomány"
(province) as "tartományban" (in), "tartományból" (from), "tartományba" (into), "tartományi" (of the province);
"körzet" and "járás" (district) and "megye" (county) likewise, after an article ("a", "az") or none. geo173 read
Hungarian letters ("Csaman közelében"); these words were not read, and "Kandahár tartományban" stayed empty (geo173's
note). :func:`hungarian_unit` gives the English "X province" or "X district", which the English reader reads; the
name itself is left as written (its accents are dropped by the name key, "Kandahár": Kandahar), and
:mod:`.copy_words` folds its letters after, as for any text of the language.
"""

from __future__ import annotations

import re

__all__ = ["hungarian_unit"]

#: A Hungarian unit noun, in English, by its stem.
_UNITS = {"tartomány": "province", "körzet": "district", "járás": "district", "megy": "county"}
_UNIT_AFTER_NAME = re.compile(
    r"^(?:az?\s+)?(?P<name>(?-i:[^\W\d_a-z])[^\s,]*(?:[\s-](?-i:[^\W\d_a-z])[^\s,]*){0,2})\s+"
    r"(?P<unit>tartomány|körzet|járás|megy)(?:(?<=megy)[eé])?\w*$",  # any case ending: -ban, -ből, -i, -ében
    re.IGNORECASE,
)


def hungarian_unit(text: str) -> str | None:
    """ "Kandahár tartományban" → "Kandahár province", "a Spin Boldak körzetben" → "Spin Boldak district"; None for a
    text of another shape."""
    match = _UNIT_AFTER_NAME.match(" ".join(text.split()))
    if match is None:
        return None
    unit = match["unit"].casefold()
    return f"{match['name']} {_UNITS[unit]}"
