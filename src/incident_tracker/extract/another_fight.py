"""Another fight told as having happened, with no toll of its own: its own incident.

"Guards killed two smugglers at the Ayvaj crossing." then "There was another clash at the Nizhny Panj crossing,
some 40 kilometres east." or "A second clash with a band of smugglers took place during a police operation.", or
"In the second incident, militants stormed a police post near Loe Sam.": the report says in so many words that a
second fight happened, and where or between whom. The codebook counts a fight told as having happened as an
incident even with no toll or weapon (see "How it reads an article": "tells a fight as having happened with
neither"), and a sentence that says it is another event's is never the lead's (:mod:`.another_event`). Before this
module such a sentence was set apart only with a toll of its own (:func:`.told_apart.told_apart`, :mod:`.set_apart`):
with none, it was read into the lead, its place and actors mixed with the lead's, and the second fight was lost.

What it is not: a sentence that sets itself apart and tells no fight ("Separately, the minister said talks would go
on", a reaction); "another clash" that is only feared or threatened ("to prevent another clash", "could lead to
another clash": no opening that tells it as having happened); and the lead's fight told on ("The clash lasted two
hours"). The opening must be one :func:`.another_event.opens_another` reads, and the sentence must tell a fight:
the event noun of the opening is a fight (clash, gunfight, shootout, skirmish, fight, encounter, exchange of fire),
or the sentence tells an act of force (attacked, ambushed, stormed, raided, opened fire, fired on), a shelling
among them: "Separately, a television channel reported that the forces had fired mortars and artillery at homes in
the X area" (extract207) was read into the lead, its place taking the lead's, and the second shelling was lost; a
shelling only feared ("could fire rockets at") is none.
"""

from __future__ import annotations

import re

from .another_event import opens_another
from .draft import ATTRIBUTION_FIELDS, Draft
from .sentences import Sentence

#: The note of another fight's draft whose blame, read from the lead's sentence, was dropped.
OTHER_FIGHT_BLAME = "Another fight told after the lead: the lead's blame is not carried to it (.another_fight)."

#: The opening's own word for a fight: "There was another clash", "A second clash … took place".
_FIGHT_NOUN = re.compile(
    r"^\s*(?:[\w,]+\s+){0,4}?(?:clash|gunfight|gun\s+battle|shootout|skirmish|firefight|encounter|fight)s?\b",
    re.IGNORECASE,
)
#: What a shelling fires: "fired mortars and artillery at homes in X".
_SHOTS = r"mortars?|artillery|rockets?|shells|missiles?"
#: An act of force told of the other event: "militants stormed a police post", "gunmen opened fire on a patrol", and
#: a shelling told by its act ("forces shelled a village in X", "fired mortars and artillery at homes in X").
_ACT_OF_FORCE = re.compile(
    r"\b(?:attacked|ambushed|stormed|raided|overran|opened\s+fire|fired\s+(?:on|at|upon)|exchanged\s+fire"
    rf"|shelled|fired\s+(?:{_SHOTS})(?:\s+and\s+(?:{_SHOTS}))?\s+(?:on|at|into))\b",
    re.IGNORECASE,
)


def tells_another_fight(text: str) -> bool:
    """Whether a sentence says it tells another event and tells it as a fight that happened (see the module)."""
    if not opens_another(text):
        return False
    return bool(_FIGHT_NOUN.match(text) or _ACT_OF_FORCE.search(text))


def own_blame_only(drafts: list[Draft], sentences: list[Sentence]) -> None:
    """A draft of another fight keeps only the blame its own sentences tell: one carried from the lead's sentence
    ("Guards say two traffickers were killed …", then "There was another clash at X") is the lead's fight's, and the
    other fight's actor is left empty, its attribution the ``unattributed`` default (wrong is worse than empty)."""
    for draft in drafts:
        own = {sentences[i].text for i in draft.sentences if i < len(sentences)}
        first = sentences[draft.sentences[0]].text if draft.sentences else ""
        if not tells_another_fight(first) or not draft.values.get("perpetrator"):
            continue
        if draft.evidence.get("perpetrator") in own:
            continue
        draft.forget("attribution", *ATTRIBUTION_FIELDS)
        draft.values["attribution"], draft.evidence["attribution"] = "unattributed", ""
        draft.defaults.append("attribution")
        draft.notes.append(OTHER_FIGHT_BLAME)
