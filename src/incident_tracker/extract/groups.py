"""The region's armed groups by every spelling the actor dictionary knows ("TTP", "Jaish ul-Adl", "ISKP").

A phrase such as "TTP militants" or "the Jaish al-Adl fighters" names a side as
surely as "Afghan Border Police" does: the shipped actor list
(``incident_tracker/data/actors.tsv``, the one ``tracker actors seed`` loads) says
which words are group names, so the reader needs no list of its own. A group the list lacks
is found by the shape of its name instead (:mod:`.group_shapes`).
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
    """The group's name as the phrase writes it ("TTP militants" → "TTP", "Jaysh-ol-Adl claimed" →
    "Jaysh-ol-Adl"), or None when it names no group the dictionary knows and none by the shape of
    its name (:func:`known_groups`: "the militant group Jundul Haq" → "Jundul Haq").

    ``non_state`` leaves out state forces (ACLED inter code 1), which a report names as
    often among the attacked as among the attackers.
    """
    found = known_groups(phrase, non_state=non_state)
    return found[0] if found else None


def known_groups(text: str, *, non_state: bool = False) -> list[str]:
    """Every group name a text contains, in order, as the text writes it ("Jaish al-Adl and BLA fighters"
    → both): a transliteration is matched in its dictionary spelling and given back in the text's own, so a
    caller can find it again in the sentence. A group the dictionary lacks is found by the shape of its name
    (:mod:`.group_shapes`: "the Sistan Liberation Front", "the militant group Jundul Haq"), after the dictionary's."""
    from .group_shapes import shaped_groups

    spelled, origin = _spell(text)
    spans = [(origin[m.start()], origin[m.end()]) for m in _group_pattern(non_state).finditer(spelled)]
    # a group the dictionary lacks, told by its name's shape ("Tehreek-e-Azadi Front", "the militant group Jundullah")
    spans += [s for s in shaped_groups(text) if not any(a < s[1] and s[0] < b for a, b in spans)]
    return [text[a:b] for a, b in sorted(spans)]


def _spell(text: str) -> tuple[str, list[int]]:
    """The text with every transliteration in the dictionary's spelling, and for each of its positions (and
    its end) the position in the text as written."""
    pieces: list[str] = []
    origin: list[int] = []
    last = 0
    for match in _SPELLINGS.finditer(text):
        pieces.append(text[last : match.start()])
        origin.extend(range(last, match.start()))
        spelling = _spelled(match)
        pieces.append(spelling)
        origin.extend([match.start()] * len(spelling))
        last = match.end()
    pieces.append(text[last:])
    origin.extend(range(last, len(text) + 1))
    return "".join(pieces), origin


#: Transliterations the dictionary lacks: "Jeish al-Adl" (IRNA 350, FNA 233), "Jaish-ul-Adl" (VOA 167),
#: "Jaysh-ol-Adl" (WIC News 517). The group's first word is spelt Jaish, Jeish or Jaysh, and the Arabic article
#: before its second as al, ul, el or, read the Persian way, ol; every such spelling is read as the dictionary's
#: "Jaish al-", so "Jaysh-ol-Adl" and "Jeish el Adl" are Jaish al-Adl.
_SPELLINGS = re.compile(r"\b(?:Jaish|Jeish|Jaysh)(?:[- ](?:al|ul|ol|el)[- ](?=[A-Z])|\b)", re.IGNORECASE)


def _spelled(match: re.Match[str]) -> str:
    """The dictionary's spelling of the transliterated first word and article ("Jaysh-ol-" → "Jaish al-")."""
    return "Jaish al-" if len(match.group(0)) > len("Jaish") else "Jaish"
