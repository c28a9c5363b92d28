"""A mine's victims told at a village trade: civilians.

"A landmine has killed two Tajiks who were collecting firewood close to the border" (Estadão 926), "Two Tajik
teenagers were wounded … when an anti-personnel mine went off …, where the two boys … were grazing cattle" (news.tj
423): the toll names the dead by their nation or by a word the vocabulary does not type, so the reader sets no
target; the coders code people hit at such work (gathering firewood or grass, grazing or herding animals, fishing,
working a field) as ``civilians``, as they code shepherds and farmers (354, 448: the Lakkon mines). Only for a mine,
an IED or a blast the reader typed a remote explosive, with no target read and victims that are no force's and no
armed men; the nation told as a noun is kept as the nationality when the blast is not in that nation's country
(nationals hit at home carry none). People at their trade fired on by guards are :mod:`.guards_answer`'s.
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence
from .vocab import ATTACKERS, NATIONAL_NOUNS

#: A civilian trade of the border villages, told as what the victims were doing.
_AT_WORK = re.compile(
    r"\b(?:collecting|gathering|cutting|picking)\s+(?:firewood|wood|brushwood|grass|herbs|scrap|mushrooms|"
    r"pistachios|fruit|apricots)\b|"
    r"\b(?:grazing|herding|tending|pasturing)\s+(?:their\s+|his\s+|her\s+|the\s+)?(?:cattle|livestock|flocks?|"
    r"sheep|goats|cows|animals|herds?)\b|"
    r"\bwent\s+fishing\b|\bworking\s+(?:in|on)\s+(?:their|his|her|the)\s+(?:fields?|land|farm|orchards?)\b",
    re.IGNORECASE,
)
#: Victims told by nothing that types them: a nation's plural, people, men, a man or a woman.
_UNTYPED = re.compile(r"^(?:(?:[\w-]+\s+){0,2})?(?:people|persons?|men|man|woman|women)$", re.IGNORECASE)


def _told(draft: Draft, sentences: list[Sentence], background: set[int]) -> list[Sentence]:
    """The draft's sentences and those between its first and last, background left out."""
    read = [i for i in draft.sentences if i < len(sentences)]
    if not read:
        return []
    return [sentences[i] for i in range(min(read), max(read) + 1) if i not in background]


def victims_at_work(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Target ``civilians`` for a mine's victims told at a village trade (see the module)."""
    values = draft.values
    if values.get("target_type") or values.get("sub_event_type") != "Remote explosive/landmine/IED":
        return
    if not (values.get("killed") or values.get("injured")):
        return
    victims = str(values.get("victims") or "").strip()
    nation = NATIONAL_NOUNS.get(victims.split()[-1].lower()) if victims else None
    if victims and not nation and (not _UNTYPED.match(victims) or ATTACKERS.search(victims)):
        return
    told = next((s for s in _told(draft, sentences, background) if _AT_WORK.search(s.text)), None)
    if told is None:
        return
    draft.set("target_type", "civilians", told)
    values["civilian_targeting"] = True
    draft.evidence["civilian_targeting"] = told.text
    if nation and nation != values.get("country") and not values.get("victim_nationality"):
        draft.set("victim_nationality", nation, told)
    draft.notes.append("The victims were at a village trade when the blast hit them: civilians.")
