"""Armed smugglers of another nation killed in a clash with a state's guards: the dead carry their nation.

"Tajik border guards stopped a group of armed Afghan drug traffickers …, killing three of them" (Asia-Plus 222),
"One of the intruders … was killed in the skirmish" after "armed drug traffickers who tried to cross" from
Afghanistan (215), "killing three drug smugglers" after "A group of armed Afghan smugglers answered the border
guards' warning signals with gunfire" (923): the toll names the dead by a pronoun, a part ("three of them", "one of
the intruders") or their trade, and the group's nation is told once, before or after it. The coders code such dead
with their nationality and no target type (the smugglers are an armed side, no target; 214, 215, 222, 330, 380,
794–798, 922, 923, 931 and 932 of dev: the nationality wherever the report gives it and it is not the country the
clash was in).

Read only for an armed clash with a toll whose victims are not a force's men (no target type read: a clash in which
guards fell has its target, the guards) and whose toll names no one but the armed crossers; the nation is the one
the incident's own sentences give the armed group ("Afghan smugglers", "smugglers from Afghanistan"), never two, and
never the country of the clash (nationals hit at home carry none, as the codebook says).
"""

from __future__ import annotations

import re

from .draft import Draft, country_code, state_code
from .intruders_nation import intruders_nations, told_of_intruders
from .sentences import Sentence
from .vocab import ATTACKERS

#: The armed crossers' trade: "drug smugglers", "traffickers", "drug dealers", "intruders", "a criminal drug gang".
_TRADE = (
    r"(?:drug\s+|criminal\s+|opium\s+|heroin\s+)?(?:smugglers?|traffickers?|drug\s+dealers?|dealers|couriers?|"
    r"intruders?|infiltrators?|trespassers?|drug\s+gang)"
)
#: The group told with its nation before the trade: "armed Afghan drug traffickers", "an Afghan criminal drug gang".
_NATION_BEFORE = re.compile(rf"\b(?P<nation>[A-Z][a-z]+)\s+(?:armed\s+)?{_TRADE}\b")
#: Or after it: "drug smugglers from Afghanistan", "'drug smugglers' who were crossing from Afghanistan".
_NATION_AFTER = re.compile(rf"\b{_TRADE}[\"”’']?\s+(?:[\w-]+\s+){{0,4}}?from\s+(?P<nation>[A-Z][a-z]+)\b")
#: The toll's victims as the armed crossers or as nobody in particular: "of them", "the intruders", none.
_NO_ONE_ELSE = re.compile(r"^(?:the\s+)?(?:three|two|one|four|five|\d+)?\s*(?:of\s+them)?$", re.IGNORECASE)


def _nations(sentences: list[Sentence]) -> set[str]:
    """The nations the sentences give an armed group of crossers (by demonym or by "from Country")."""
    found: set[str] = set()
    for sentence in sentences:
        for match in _NATION_BEFORE.finditer(sentence.text):
            code = state_code(match.group("nation"))
            if code and match.group("nation").lower() not in ("drug", "armed", "the"):
                found.add(code)
        for match in _NATION_AFTER.finditer(sentence.text):
            code = country_code(match.group("nation"))
            if code:
                found.add(code)
    return found


def smugglers_dead(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """The nationality of the armed crossers killed or wounded in a clash with the guards (see the module)."""
    values = draft.values
    if values.get("sub_event_type") != "Armed clash" or values.get("target_type") or values.get("victim_nationality"):
        return
    if not (values.get("killed") or values.get("injured")):
        return
    victims = str(values.get("victims") or "").strip()
    if victims and not ATTACKERS.search(victims) and not _NO_ONE_ELSE.match(victims):
        return  # "two people were killed": whose dead is not told
    own = draft.own_sentences(sentences, background)
    # "One of the intruders, an Afghan named …", "five Afghan citizens crossed the state border" between the lead and
    # the toll (extract177): the men's own nation, in the sentences the incident spans
    spanned = draft.spanned_sentences(sentences, background)
    nations = _nations(own) | intruders_nations(spanned)
    if len(nations) != 1:
        return
    nation = nations.pop()
    if nation == values.get("country"):
        return  # nationals hit at home carry no nationality
    trade_told = [s for s in own if _NATION_BEFORE.search(s.text) or _NATION_AFTER.search(s.text)]
    told = trade_told[0] if trade_told else next(s for s in spanned if told_of_intruders(s))
    draft.set("victim_nationality", nation, told)
    draft.notes.append("The dead are the armed crossers the report names by their nation: their nationality.")
