"""The state's operation told after a bombing: its own incident, its dead not the bombing's.

"The security forces then began a sanitisation operation in the area, and 14 terrorists were killed in the exchange
of fire that followed" (Daily Times 634); "14 militants were killed in an operation afterwards", "the army struck back
with an operation in which 14 militants were killed" (Devdiscourse 636). The corpus codes the operation as an incident
of its own (as 624 codes the Darazinda operation told after the Daraban bombing): an armed clash on the bombing's
date and at its place, ``confirmed`` with the force that ran it as the actor, its dead the militants it killed; and
the bombing's toll is its own victims, never the sum of both (13, not 27), and the operation's fire ("the exchange of
fire that followed") is not the bombing's weapon.

Only a report read as one incident that is a bombing, only an operation told as coming after it ("then",
"afterwards", "struck back", "that followed"), and only with its count of militants or terrorists killed; the force is
the one the sentences name ("the security forces", "the army"), as told.
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence
from .vocab import NUMBER, number_value

_FOES = r"(?:more\s+)?(?:militants|terrorists|khwarij|khawarij|kharjis|insurgents|attackers)"
#: "14 militants were killed in an operation afterwards"; "then began an operation …, and 14 terrorists were killed".
_OPERATION_AFTER = re.compile(
    rf"\b(?P<n>{NUMBER})\s+{_FOES}\s+(?:were|had\s+been|have\s+been)\s+killed\s+in\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,3}?operation\s+(?:afterwards|later|that\s+followed|after\s+the\s+(?:attack|bombing|blast))|"
    r"\b(?:then|afterwards|later|struck\s+back|hit\s+back|retaliated)\b[^.;]{0,60}?\boperation\b[^.;]{0,80}?"
    rf"\b(?P<n2>{NUMBER})\s+{_FOES}\s+(?:were|had\s+been|have\s+been)\s+killed",
    re.IGNORECASE,
)
#: The force that ran it.
_FORCE = re.compile(r"\bthe\s+(?P<force>security\s+forces|army|military|troops)\b", re.IGNORECASE)
#: Fire told in the operation: its guns.
_FIRE = re.compile(r"\b(?:exchange\s+of\s+fire|exchanged\s+fire|gunfight|firefight|shoot-?out)\b", re.IGNORECASE)
#: Copied from the bombing: when and where (not its coordinates: the operation's ground is the area's, not a spot).
_WHEN_WHERE = ("event_date", "event_date_end", "date_precision", "country", "place")


def operation_after(drafts: list[Draft], sentences: list[Sentence], background: set[int]) -> list[Draft]:
    """The drafts, with the operation told after a lone bombing drafted apart and its dead taken off the bombing."""
    if len(drafts) != 1:
        return drafts
    bombing = drafts[0]
    if bombing.values.get("event_type") != "Explosions/Remote violence" or not bombing.values.get("killed"):
        return drafts
    told = [(s, m) for s in sentences if s.index not in background and (m := _OPERATION_AFTER.search(s.text))]
    if not told:
        return drafts
    sentence, match = told[0]
    dead = number_value(match.group("n") or match.group("n2"))
    killed = int(bombing.values["killed"])
    force = next((f.group("force").lower() for s, _ in told if (f := _FORCE.search(s.text))), None)
    if not dead or not force or killed <= dead:
        return drafts
    if any(s.text in bombing.evidence.get("killed", "") for s, _ in told):
        for name in ("killed", "killed_low", "killed_high"):  # the sum of both: the bombing's own dead
            if bombing.values.get(name) == killed:
                bombing.values[name] = killed - dead
        bombing.notes.append(f"The {dead} killed in the operation told after it are that incident's.")
    operation = Draft()
    near = bombing.values.get("geo_precision") == "near"  # a country from a sound-alike match is carried no further
    for name in _WHEN_WHERE:
        if name in bombing.values and not (near and name == "country"):
            operation.values[name] = bombing.values[name]
            operation.evidence[name] = bombing.evidence.get(name, "")
    operation.place_path = bombing.place_path if "place" in operation.values else ""
    told_values = {
        "killed": dead,
        "killed_low": dead,
        "victims": "militants",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "civilian_targeting": False,
        "attribution": "confirmed",
        "perpetrator": force,
        "description": sentence.text,
    }
    if any(_FIRE.search(s.text) for s, _ in told):
        told_values["weapons"] = ["firearms"]
        _guns_not_the_bombs(bombing, sentences, {s.index for s, _ in told})
    for name, value in told_values.items():
        operation.set(name, value, sentence)
    operation.sentences = [s.index for s, _ in told]
    operation.notes.append(
        "An operation told after the bombing: an incident of its own, on the bombing's date and place."
    )
    return [bombing, operation]


def _guns_not_the_bombs(bombing: Draft, sentences: list[Sentence], operation: set[int]) -> None:
    """Drop the bombing's firearms when every one of its sentences naming them tells the operation's fire."""
    from .not_the_attack import _weapons_of

    weapons = list(bombing.values.get("weapons") or [])
    if "firearms" not in weapons or len(weapons) < 2:
        return
    own = [sentences[i] for i in dict.fromkeys(bombing.sentences) if i < len(sentences)]
    naming = {s.index for s in own if "firearms" in _weapons_of(s)}
    if naming and naming <= operation:
        bombing.values["weapons"] = [w for w in weapons if w != "firearms"]
        bombing.notes.append("firearms left out: the operation's fire, told after the bombing.")
