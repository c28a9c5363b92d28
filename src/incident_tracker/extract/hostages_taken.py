"""People taken hostage in a crowd's attack: an abduction of its own, beside the mob violence.

"Residents of the enclave attacked the border guards and took some forty travellers hostage"; "dozens of
villagers had been seized on the night of the clash"; "carried six people off into the enclave as hostages". The
codebook types an event by what was done, and a crowd's attack on a post (``Mob violence``) and the seizing of
people that came with it (``Abduction/forced disappearance``) are two acts: the corpus codes every report of such
a day as two incidents, on the same date and at the same place, the second aimed at civilians, with the people
seized as its victims and its weapon unknown.

Only a draft typed ``Mob violence``, only a seizing of people told in a sentence that is not background, and not
a seizing denied ("no one was taken hostage"), nor one whose subject is a state's side ("the Kyrgyz side used
firearms … and took 30 citizens hostage": a detention, which the corpus codes with the clash). Who seized them is
read from the seizing's own sentences (the crowd, as one side tells it: ``alleged``); if none names them, the
attribution is the default, as for any draft.
"""

from __future__ import annotations

import re

from .casualties import victims_of
from .draft import Draft
from .sentences import Sentence

#: Who was taken, told before the seizing: "dozens of Kyrgyz citizens had been seized", "thirty travellers were
#: taken hostage".
_SEIZED = re.compile(
    r"(?P<who>(?:[\w-]+\s+){0,3}?(?:citizens|people|villagers|residents|travell?ers|passengers|drivers|nationals|"
    r"men|women))\s+(?:had\s+been|have\s+been|were|was)\s+(?:then\s+)?(?:seized|taken\s+hostage|held\s+hostage|"
    r"abducted|kidnapped)\b|"
    # "took some 40 Kyrgyz citizens hostage", "carried six people of the village off into the enclave as hostages"
    r"\b(?:took|taken|carried|taking)\s+(?P<who2>(?:[\w-]+\s+){0,4}?(?:citizens|people|villagers|residents|"
    r"travell?ers|passengers|drivers|nationals))\b[^.;]{0,60}?\b(?:hostages?)\b|"
    r"\b(?:seized|abducted|kidnapped)\s+(?P<who3>(?:dozens|scores|some|about|more\s+than|\d+|[a-z]+)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:citizens|people|villagers|residents|travell?ers|passengers|drivers|nationals))\b",
    re.IGNORECASE,
)
#: A seizing denied or only feared.
_NOT_SEIZED = re.compile(
    r"\b(?:no(?:\s+one|body)?|not|denied|den(?:y|ies)|feared|threatened\s+to|tried\s+to|attempted\s+to)\b",
    re.IGNORECASE,
)
#: Copied from the crowd's attack: when and where.
_WHEN_WHERE = ("event_date", "event_date_end", "date_precision", "country", "place")
#: The crowd that seized them, as the subject of its attack or named in "the unlawful acts of citizens of X".
_CROWD = re.compile(
    r"(?:^|[,;:]\s+|\bwhen\s+|\bthat\s+)(?i:hundreds\s+of\s+|a\s+group\s+of\s+|the\s+)?"
    r"(?P<who>(?:[A-Z][\w-]*\s+)?(?i:residents|citizens|villagers)(?:\s+of\s+[A-Z][\w-]*)?)(?:,[^,;.]{1,60},)?\s+"
    r"(?:(?:are|were|was)\s+(?:reported|said)\s+to\s+have\s+)?(?:attacked|came\s+back|set\s+upon|stormed)\b|"
    r"\bacts\s+of\s+(?P<who2>(?i:citizens|residents)\s+of\s+[A-Z][\w-]*)"
)
#: A state's side as the subject of the seizing ("the Kyrgyz side used firearms against civilians and took 30
#: citizens hostage"): its detention of people, not the crowd's abduction.
_STATE_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+)(?:the\s+)?(?:[A-Z][\w-]*\s+){1,2}(?:side|border\s+guards|guards|forces|troops|police|army|"
    r"authorities)\s+(?!(?:were|was|had\s+been)\b)[a-z]+\b"
)


def hostages_taken(drafts: list[Draft], sentences: list[Sentence], background: set[int]) -> list[Draft]:
    """The drafts, with an abduction drafted beside each crowd's attack whose report tells people seized."""
    added: list[Draft] = []
    for draft in drafts:
        if draft.values.get("sub_event_type") != "Mob violence":
            continue
        if any(
            d.values.get("sub_event_type") == "Abduction/forced disappearance"
            and d.values.get("event_date") == draft.values.get("event_date")
            for d in drafts
        ):
            continue
        told = [
            (s, m)
            for s in sentences
            if s.index not in background
            and (m := _SEIZED.search(s.text))
            and not _NOT_SEIZED.search(s.text[max(0, m.start() - 40) : m.end()])
            and not _STATE_SUBJECT.search(s.text[: m.start()])
        ]
        if told:
            added.append(_abduction(draft, told))
    return [*drafts, *added]


def _abduction(mob: Draft, told: list[tuple[Sentence, re.Match[str]]]) -> Draft:
    sentence, match = told[0]
    abduction = Draft()
    for name in _WHEN_WHERE:
        if name in mob.values:
            abduction.values[name] = mob.values[name]
            abduction.evidence[name] = mob.evidence.get(name, "")
    abduction.place_path = mob.place_path if "place" in abduction.values else ""
    victims, nationality, kind = victims_of(match.group("who") or match.group("who2") or match.group("who3"))
    values = {
        "event_type": "Violence against civilians",
        "sub_event_type": "Abduction/forced disappearance",
        "civilian_targeting": True,
        "victims": victims,
        "victim_nationality": nationality,
        "target_type": kind,
        "description": sentence.text,
    }
    for name, value in values.items():
        abduction.set(name, value, sentence)
    abduction.set("weapons", ["unknown"], sentence)
    abduction.defaults.append("weapons")
    for seized, _ in told:  # who seized them, as the seizing's own sentence tells it: the crowd, one side's account
        if crowd := _CROWD.search(seized.text):
            abduction.set("attribution", "alleged", seized)
            abduction.set("perpetrator", crowd.group("who") or crowd.group("who2"), seized)
            break
    if "attribution" not in abduction.values:
        abduction.set("attribution", "unattributed", sentence)
        abduction.defaults.append("attribution")
    abduction.sentences = [s.index for s, _ in told]
    abduction.notes.append(
        "People taken hostage in the crowd's attack: an abduction of its own, on its date and place."
    )
    return abduction
