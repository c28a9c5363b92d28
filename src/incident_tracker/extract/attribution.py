"""Who is said to be behind an incident, read from one sentence, with the codebook's statuses.

The order is the codebook's strength of statement: sides blaming each other
(``disputed``) outranks a group's own claim (``claimed``), which outranks one party
naming a perpetrator or an origin (``alleged``), which outranks an explicit "no group
has claimed" (``unattributed`` *read from the text*). A sentence that says none of
these gives nothing; the reader then marks ``unattributed`` as a default, so that a
reviewer can tell a statement from a gap.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import lru_cache

from .account_only import names_no_one as account_names_no_one
from .accounts_differ import accounts_differ
from .after_act import after_side
from .attackers_were import attackers_trade
from .attribution_acts import attackers, labelled_or_from_across, origin_of, side_that_acted
from .attribution_patterns import (
    _ACCUSED_OF,
    _AGAINST,
    _ARMED_NOUNS,
    _AT_EACH_OTHER,
    _AT_THE_DOOR,
    _BEHIND,
    _BLAME,
    _BLAMED_ON,
    _CALLED,
    _PASSIVE,
    _SAID_TO_HAVE,
    _STATE_BLAME,
    _UNNAMED_FROM,
    _WERE_MEMBERS,
    _WHO,
    _WHO_DID,
    _WHOM_CALLED,
    ALLEGE,
    COUNTER_ACCUSATIONS,
    HABITUAL,
    MUTUAL,
    ORIGIN,
    STANDING,
)
from .blame_frames import EARLIER_EVENT, framed_blame
from .claim_patterns import _SUSPECTED, _THOUGHT_BEHIND, NO_CLAIM
from .claims_read import read_claim
from .denied_account import denied_after
from .group_attack import named_attack
from .group_crossed import group_crossed
from .group_fought import group_fought
from .groups import known_group
from .negated_side import demonym_origin, without_false_sides
from .other_attack_told import not_this_attack
from .said_acted import side_said_to_act
from .state_acts_by import state_acts_by
from .statement import Attribution, clean_side, country_of, names_a_side
from .support_charges import without_support_charges
from .suspected_part import suspected_part
from .unmet_actors import acronym_named, blaming
from .vocab import DEMONYMS

#: The accuser just before a verb of blame: "The governor blamed …", "Tajik officials have blamed …".
_WHO_BEFORE = re.compile(rf"(?:^|[,;:]\s+|\b(?:and|but)\s+){_WHO}\s+(?:has\s+|have\s+|had\s+|also\s+)?$")

RANK = {"unattributed": 0, "alleged": 1, "suspected": 2, "claimed": 3, "confirmed": 4, "disputed": 5}


#: What a blame is for, cut off: the sentence ends on "for", "of" or "over" (and an article), the rest read as
#: background.
_CUT_AFTER = re.compile(r"\s+(?:for|of|over)(?:\s+(?:the|an?|this|that|its|their))?\s*$")


#: Who speaks, by the side they are of: "a Kyrgyz police official said", "the Uzbek side said" (468, 321).
_SPEAKER_SIDE = re.compile(
    r"\b(?P<side>[A-Z][a-z]+)\s+(?:[a-z]+\s+){0,2}(?:officials?|authorities|spokes(?:man|woman|person)|chief|"
    r"commander|ministry|service|government|side)\s+(?:has\s+|have\s+)?(?:said|says|told|confirmed|announced)\b|"
    r"\b(?:said|says|told|[Aa]ccording to)\s+(?:an?\s+|the\s+)?(?P<side2>[A-Z][a-z]+)\s+(?:[a-z]+\s+){0,2}"
    r"(?:officials?|authorities|spokes(?:man|woman|person)|chief|commander|ministry|service|government|side)\b"
    # "sources said Afghan government troops had fired": the troops are who acted, not who speaks
    r"(?!\s+(?:troops|forces|soldiers|army|military|police|guards|militia)\b)"
)


@lru_cache(maxsize=4096)
def read_attribution(text: str) -> Attribution | None:
    """The strongest statement about responsibility in a sentence, or None (kept per text: a quarter of the calls
    ask again of a sentence already read, and the answer is frozen; suite29a).

    A side said to have acted by its own officials ("Kyrgyz border guards shot and wounded an Uzbek man, a
    Kyrgyz police official said") has accepted the act: the codebook's ``confirmed``, not ``alleged``.
    """
    found = without_false_sides(_read(text), text)
    if found is None and (origin := demonym_origin(text)) is not None:
        return origin
    if found is not None and found.status == "alleged" and _suspected_group(text, found.perpetrator):
        return dataclasses.replace(found, status="suspected")
    if found is None or found.status != "alleged" or not found.perpetrator:
        return found
    sides = {DEMONYMS[w.lower()] for w in found.perpetrator.split() if w.lower() in DEMONYMS}
    speaker = _SPEAKER_SIDE.search(text)
    said_by = (speaker.group("side") or speaker.group("side2")).lower() if speaker else ""
    if len(sides) == 1 and DEMONYMS.get(said_by) in sides:
        # "…, Pakistani officials said, but the militaries denied …": two accounts, not an owning (.denied_account)
        status = "disputed" if speaker and denied_after(text, speaker.end()) else "confirmed"
        return Attribution(status, perpetrator=found.perpetrator)
    return found


#: A group's men told as only suspected: "suspected TTP militants attacked …" (the reporter's hedge, GTD's
#: ``guncertain``), the group's name between the hedge and the men.
_SUSPECTED_MEN = re.compile(
    r"\b[Ss]uspected\s+(?P<name>(?:[\w’'-]+\s+){1,5}?)(?:militants|fighters|insurgents|members|terrorists|rebels)\b"
)


def _suspected_group(text: str, perpetrator: str | None) -> bool:
    """Whether the sentence tells the perpetrator, a group, only as suspected."""
    from .actors import canonical_actor

    if not perpetrator:
        return False
    for match in _SUSPECTED_MEN.finditer(text):
        name = match.group("name").strip()
        canonical = canonical_actor(name)
        # any group the dictionary knows: "suspected Taliban militants" (1019, 126) are the group's men hedged, and
        # the word for its men ("militants") already says they are no state's force, the Taliban's state since 2021
        if known_group(name) and (
            name in perpetrator or (canonical is not None and canonical in (perpetrator, canonical_actor(perpetrator)))
        ):
            return True
    return False


def _read(text: str) -> Attribution | None:
    """The strongest statement about responsibility in a sentence, as the sentence words it.

    The readings are tried from the strongest statement to the faintest and the first that finds one wins:
    sides blaming each other, an exchange of fire (which blames no one), then each step below in order.
    """
    if not_this_attack(text):
        return None  # "Jaish al-Adl said it had carried out that attack": another, earlier one (.other_attack_told)
    mutual = MUTUAL.search(text) or COUNTER_ACCUSATIONS.search(text)
    if (mutual and not HABITUAL.search(text) and not STANDING.search(text)) or accounts_differ(text):
        return Attribution("disputed")  # accounts_differ: "the accounts of the two sides were far apart"
    if _AT_EACH_OTHER.search(text):
        return _attacker_before_exchange(text)
    text = without_support_charges(text)  # "accused X of backing rebels": who helps, not who acted (.support_charges)
    for reading in _READINGS:
        if (found := reading(text)) is not None:
            return found
    return None


def _attacker_before_exchange(text: str) -> Attribution | None:
    """Who attacked before the two sides fired at each other, or None: an exchange alone blames nobody.

    "Taliban and Pakistani forces fired at each other": two sides, nobody blamed; unless the sentence first names
    who attacked ("a patrol was suddenly attacked by border guards of Tajikistan, and the two sides then fired at
    each other"): the exchange followed the attack.
    """
    agent = _AGAINST.search(text.split(" each other")[0])
    if agent and agent.group("perp2") and names_a_side(agent.group("perp2")):
        return Attribution("alleged", perpetrator=clean_side(agent.group("perp2")))
    return None


def _claimed_or_laid_at_a_door(text: str) -> Attribution | None:
    """A claim, or an accuser laying the act on a side in so many words: the strongest wordings of blame."""
    claimed = read_claim(text)  # a group's claim, or a state owning the act (see .claims_read)
    if claimed is not None:
        return claimed
    door = _AT_THE_DOOR.search(text)  # "lay the attack at the door of the United States"
    if door:
        return Attribution(
            "alleged", perpetrator=clean_side(door.group("perp")), attributed_by=clean_side(door.group("who"))
        )
    if framed := framed_blame(text):  # any accuser, any verb frame: "Officials held the TTP responsible for the raid"
        return framed
    if participle := blaming(text):  # "…, the interior ministry said, blaming the Harkat Inqilab Sistan (HIS)"
        return Attribution("alleged", perpetrator=participle[0], attributed_by=participle[1])
    blamed = _BLAMED_ON.search(text)  # "laid the blame for the attack on … on the Jeish al-Adl group"
    if blamed and (names_a_side(blamed.group("perp")) or acronym_named(blamed.group("perp"))):
        before = _WHO_BEFORE.search(text[: blamed.start()])  # "The governor blamed …": the accuser, before the verb
        by = clean_side(before.group("who")) if before else None
        return Attribution("alleged", perpetrator=clean_side(blamed.group("perp")), attributed_by=by)
    return None


def _verb_of_blame(text: str) -> Attribution | None:
    """A verb of blame ("X blamed Y", "was blamed on Y", "Y was behind"): the accuser, the accused, their origin.

    A blame for another event ("for last year's attack"), or one whose event was cut off as background, is skipped.
    """
    for pattern in (_BLAME, _PASSIVE, _BEHIND):
        match = pattern.search(text)
        if match is None:
            continue
        if pattern is _BLAME and (EARLIER_EVENT.match(text, match.end()) or _CUT_AFTER.match(text, match.end())):
            # "Local officials blamed the TTP for last year's attack": another event's blame, whether the reader
            # still sees that event or has cut it off as background, leaving "… blamed the TTP for " behind
            continue
        groups = match.groupdict()
        place, country = origin_of(groups.get("where"), groups.get("demonym"))
        origin = ORIGIN.search(text)
        if origin and not place:
            place, country = origin_of(origin.group("where").strip())
        return Attribution(
            "alleged",
            perpetrator=clean_side(groups.get("perp")),
            attributed_by=clean_side(groups.get("who")),
            origin_place=place,
            origin_country=country,
        )
    return None


def _accused_or_named(text: str) -> Attribution | None:
    """A state blaming a side, a side accused, called or said to be members of a group, or an allegation.

    Weaker wordings than a verb of blame: each names the accused only when it is a side or a group.
    """
    accuser = _STATE_BLAME.search(text)
    # "Iran blamed Pakistani forces for …"; anyone blaming "the Harkat Inqilab Sistan (HIS)", a group by its initials
    if accuser and (
        (country_of(accuser.group("who")) and names_a_side(accuser.group("perp")))
        or acronym_named(accuser.group("perp"))
    ):
        return Attribution("alleged", perpetrator=clean_side(accuser.group("perp")), attributed_by=accuser.group("who"))
    accused = _ACCUSED_OF.search(text)
    if accused and (names_a_side(accused.group("perp")) or acronym_named(accused.group("perp"))):
        return Attribution("alleged", perpetrator=clean_side(accused.group("perp")))
    called = _CALLED.search(text)
    if called:
        # a name or the word they used, quoted; "described the gunmen only as armed thugs" names no one
        perp = called.group("quoted") or called.group("perp")
        who = called.group("who")
        pronoun = re.fullmatch(r"(?:It|They|He|She|We)", who.strip())
        return Attribution("alleged", perpetrator=clean_side(perp), attributed_by=None if pronoun else clean_side(who))
    members = _WERE_MEMBERS.search(text)
    if members and members.group("belong") and not known_group(members.group("perp") or "", non_state=True):
        members = None  # "the attackers belonged to Afghanistan", "to the same tribe": an origin or kin, no group
    if members:
        return Attribution("alleged", perpetrator=clean_side(members.group("quoted") or members.group("perp")))
    if trade := attackers_trade(text):  # "The attackers were smugglers, according to …" (see .attackers_were)
        return Attribution("alleged", perpetrator=trade)
    allege = ALLEGE.search(text)
    if allege:
        place, country = (None, None)
        origin = ORIGIN.search(text)
        if origin:
            place, country = origin_of(origin.group("where").strip())
        # "officials say fighting broke out after Iranian forces fired"; "officials said Afghan militia forces
        # opened fire from across the border" (see .said_acted)
        perpetrator = after_side(text) or side_said_to_act(allege.group("rest"))
        if not (perpetrator or place or country) and account_names_no_one(allege.group("rest"), allege.group("who")):
            return None  # "The police said the officers … were fired upon": an account, no one alleged (.account_only)
        return Attribution(
            "alleged",
            perpetrator=perpetrator,
            attributed_by=clean_side(allege.group("who")),
            origin_place=place,
            origin_country=country,
        )
    return None


def _origin_hedge_or_no_claim(text: str) -> Attribution | None:
    """Unnamed attackers from a country, a side only thought to be behind it, or "no group has claimed" read."""
    unnamed = _UNNAMED_FROM.search(text)
    if unnamed:
        where = unnamed.group("where") or unnamed.group("where2")
        code = country_of(where) if where else DEMONYMS.get(unnamed.group("adj").lower())
        if code:
            return Attribution("alleged", origin_country=code)
    if suspects := suspected_part(text):  # "Intelligence sources suspect that X took part" (see .suspected_part)
        return suspects
    thought = _THOUGHT_BEHIND.search(text)
    if thought and names_a_side(thought.group("perp")):
        return Attribution("suspected", perpetrator=clean_side(thought.group("perp")))
    if NO_CLAIM.search(text):
        return Attribution("unattributed")
    return None


def _suspects_and_attackers(text: str) -> Attribution | None:
    """The faintest wordings: whom they called, suspects, those said to have acted, who did it, the attackers."""
    whom = _WHOM_CALLED.search(text)
    if whom:
        return Attribution("alleged", perpetrator=clean_side(whom.group("quoted")))
    suspected = _SUSPECTED.search(text)
    if suspected:
        perp = suspected.group("perp") or suspected.group("perp2") or suspected.group("perp3")
        return Attribution("suspected", perpetrator=clean_side(re.sub(r"^members of\s+", "", perp)))
    said_to = _SAID_TO_HAVE.search(text)
    if said_to and names_a_side(said_to.group("perp")):
        status = "suspected" if said_to.group("how").lower() in ("believed", "suspected", "thought") else "alleged"
        return Attribution(status, perpetrator=clean_side(said_to.group("perp")))
    who_did = _WHO_DID.search(text)
    if who_did and (names_a_side(who_did.group("perp")) or re.search(rf"(?:{_ARMED_NOUNS})$", who_did.group("perp"))):
        return Attribution("alleged", perpetrator=clean_side(who_did.group("perp")))
    # "killed in a Taliban attack" (.group_attack); "five members of Jaish al-Adl died in the fighting" (.group_fought);
    # "Taliban fighters … crossed the Durand Line and raided police outposts" (.group_crossed)
    # "rocket attacks by Pakistani troops": a state's forces as the agent of the act told as a noun (.state_acts_by)
    return attackers(text) or named_attack(text) or group_fought(text) or group_crossed(text) or state_acts_by(text)


#: The readings after the exchange of fire, strongest wording first: the first that finds a statement wins.
_READINGS: tuple[Callable[[str], Attribution | None], ...] = (
    _claimed_or_laid_at_a_door,
    _verb_of_blame,
    _accused_or_named,
    _origin_hedge_or_no_claim,
    side_that_acted,
    labelled_or_from_across,
    _suspects_and_attackers,
)
