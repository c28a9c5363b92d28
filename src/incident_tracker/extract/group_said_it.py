"""A group telling its own act: "The BLA said it had killed 14 soldiers", "Jaish al-Adl said its men attacked the
post" is the group's claim (the codebook's ``claimed``), not another party naming it (``alleged``).

:data:`.claim_patterns._SAID_IT_DID` reads a group saying it "carried out" or "was behind" the attack, and its
fighters doing the act; a group saying *it* killed, attacked or ambushed was read only as the act's subject, so the
status fell to ``alleged`` with the right actor (issue 14, *Actor and attribution out of sample*: 615 on dev), and "X
said it was responsible, according to …" with nothing after "responsible" was not read at all (941). A state
says so too ("Tehran said it had attacked militant camps", "officials said they had killed a trafficker"): that is a
state owning its act, which :mod:`.claims_read` reads by its own patterns, so only a group the actor dictionary or the
shapes of :mod:`.group_shapes` know as non-state counts here; "the group said it had killed …" names the group
elsewhere, and the claim goes to the one group the report names (:mod:`.parties`).

Two more ways a group owns its act (extract182, dev's claims read as another side's ``alleged`` or not at all):
the act told as its own after the fact ("Some time later the Taliban confirmed that the attack had been theirs",
Sputnik Tajikistan 1497, the Taliban a group here as in :mod:`.group_own_word`); a call made to claim it ("X,
spokesperson of the TTP Mohmand chapter, phoned local reporters to claim responsibility for the attacks", The
Express Tribune 1096: the group the spokesperson speaks for, not the spokesperson).
"""

from __future__ import annotations

import re

from .claim_patterns import _NAME, NOT_OWN
from .group_own_word import claiming_group
from .groups import known_group, known_groups
from .statement import Attribution, clean_side

#: The group, what it said, and its own act: "it (had) killed", "its men attacked", "they ambushed".
_SAID_IT_ACTED = re.compile(
    rf"(?P<who>{_NAME}|[Tt]he\s+(?:militant\s+|armed\s+|banned\s+)?group)(?:,[^,.;]{{1,80}},)?"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|later\s+)?(?:said|says|say|announced|stated)\b[^.;]{0,50}?\s+(?:that\s+)?"
    r"(?:it|they|(?:its|their)\s+(?:men|fighters|militants|members|mujahideen|cadres|operatives))\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:also\s+)?"
    r"(?P<act>killed|attacked|targeted|ambushed|struck|stormed|shot\s+down|abducted|kidnapped|beheaded|executed|"
    # "Jundulla … said it was responsible, according to al-Arabiya" (941): owning the act with nothing after it
    r"(?:was|were)\s+(?:responsible|behind\s+it)(?!\s+for\b))\b"
)

#: The act owned after the fact: "the Taliban confirmed that the attack had been theirs".
_OWNED_AS_THEIRS = re.compile(
    rf"(?P<who>{_NAME})\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|later\s+)?"
    r"(?:said|says|confirmed|admitted|acknowledged|announced)\s+(?:that\s+)?the\s+"
    r"(?:attacks?|assaults?|raids?|ambush|bombing|blast|killing)\s+(?:had\s+been|has\s+been|was|were)\s+"
    r"(?:theirs|its\s+own|their\s+own|its\s+work|their\s+work|their\s+doing|its\s+doing)\b"
)
#: A call made to claim the act, by the group or its spokesperson: "X, spokesperson of the TTP, phoned local
#: reporters to claim responsibility".
_CALLED_TO_CLAIM = re.compile(
    rf"(?:spokes(?:man|person|woman)\s+(?:of|for)\s+(?:the\s+)?(?P<for>{_NAME}(?:\s+[\w’'-]+){{0,3}}?),\s+|"
    rf"(?P<who>{_NAME})\s+)"
    r"(?:also\s+)?(?:phoned|called|telephoned|rang|contacted|e-?mailed)\s+[^.;]{1,40}?\s+to\s+claim\s+"
    r"(?:responsibility|the\s+(?:attacks?|assault|raid|ambush|bombing))\b"
)


def group_said_it_acted(text: str) -> Attribution | None:
    """A group's own telling of its act as its claim, or None (see the module's docstring)."""
    for pattern in (_OWNED_AS_THEIRS, _CALLED_TO_CLAIM):
        for owned in pattern.finditer(text):
            told = owned.groupdict().get("for") or owned.group("who")
            if not NOT_OWN.search(owned.group(0)) and (group := claiming_group(told)):
                return Attribution("claimed", perpetrator=group)
    for match in _SAID_IT_ACTED.finditer(text):
        if NOT_OWN.search(text[match.start() : match.end()]):
            continue
        who = match.group("who")
        if re.fullmatch(r"[Tt]he\s+(?:militant\s+|armed\s+|banned\s+)?group", who):
            return Attribution("claimed")
        name = clean_side(re.sub(r"\s+\([^)]*\)$", "", who)) or ""
        # a group the dictionary lacks is known by its shape in the sentence: "the Sunni rebel group Jundulla"
        shaped = known_groups(text[: match.end("who")], non_state=True)
        found = known_group(name, non_state=True) or (shaped[-1] if shaped and name.endswith(shaped[-1]) else None)
        if found and (name.startswith(found) or name.endswith(found)):  # "In Quetta the BLA said": the BLA
            return Attribution("claimed", perpetrator=found)
    return None
