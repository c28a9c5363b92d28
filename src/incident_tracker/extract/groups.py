"""The region's armed groups by every spelling the actor dictionary knows ("TTP", "Jaish ul-Adl", "ISKP").

A phrase such as "TTP militants" or "the Jaish al-Adl fighters" names a side as
surely as "Afghan Border Police" does: the shipped actor list
(``incident_tracker/data/actors.tsv``, the one ``tracker actors seed`` loads) says
which words are group names, so the reader needs no list of its own.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources


@cache
def _group_pattern(non_state: bool = False) -> re.Pattern[str]:
    text = resources.files("incident_tracker").joinpath("data/actors.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader([line for line in text.splitlines() if line and not line.startswith("#")], delimiter="\t")
    names: set[str] = set()
    for row in rows:
        if non_state and row["type"] == "1":
            continue  # state forces: as often the attacked as the attackers
        for name in [row["name"], *(row.get("aliases") or "").split(";")]:
            name = name.strip()
            if len(name) >= 3 and re.fullmatch(r"[A-Za-z0-9’' ()–-]+", name):  # other scripts: not in English reports
                names.add(name)
    alternatives = sorted((re.escape(n) for n in names), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w-])")


def known_group(phrase: str, *, non_state: bool = False) -> str | None:
    """The dictionary spelling a phrase contains ("TTP militants" → "TTP"), or None.

    ``non_state`` leaves out state forces (ACLED inter code 1), which a report names as
    often among the attacked as among the attackers.
    """
    match = _group_pattern(non_state).search(_SPELLINGS.sub(lambda m: _SPELLED[m.group(0).lower()], phrase))
    return match.group(0) if match else None


def known_groups(text: str, *, non_state: bool = False) -> list[str]:
    """Every dictionary spelling a text contains, in order ("Jaish al-Adl and BLA fighters" → both)."""
    spelled = _SPELLINGS.sub(lambda m: _SPELLED[m.group(0).lower()], text)
    return [m.group(0) for m in _group_pattern(non_state).finditer(spelled)]


#: Transliterations the dictionary lacks: "Jeish al-Adl" (IRNA 350, FNA 233), "Jaish-ul-Adl" (VOA 167).
_SPELLED = {"jeish": "Jaish", "jeish-al-": "Jaish al-", "jaish-ul-": "Jaish ul-", "jaish-al-": "Jaish al-"}
_SPELLINGS = re.compile(r"\bJeish(?:-al-)?|\bJaish-(?:ul|al)-", re.IGNORECASE)
