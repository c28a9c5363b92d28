"""The setting a report tells around its event, read by the shape of its sentence, not by a date (issue 14).

News prose closes a report with the setting: what a side habitually says ("Kabul often says that Pakistan fires
rockets into Kunar", Xinhua 1010), how relations between two states stand ("Relations between Pakistan and
Afghanistan have been tense of late, …", 1021), or another attack that struck where this one did ("The missiles fell
in the same area where the Pakistani Taliban struck an imambargah with a car bomb last Friday, killing at least 24",
1022). None of these carries a date older than the incident's, so :func:`.roles.background_start`'s dates miss them,
and their rockets, bombs and tolls were read as the event's. Counted over all dev texts before this reading was
written: a habit of saying or accusing ("often says", "regularly accuse", "often complains") in 10 sentences of 8
reports, none of them telling the event; a sentence opening on two states' relations or tension ("Relations between",
"Ties between", "Tension between") in 11 reports, seven of them told as a state ("have been tense", "were strained"),
all the setting, and four as a change ("rose after", "have sunk … after"), whose cause may be the event (30's is);
"the same area where" once (1022). And violence told as the place's habit ("Clashes are frequent on the border",
extract151), in 9 reports.

API: :func:`setting_start` gives where such a setting begins in a sentence (0: all of it), or ``None``; the
background reading (:func:`.roles.background_start`) takes it as one more marker, so every field (toll, weapons,
type, place, attribution) leaves it out, and a paragraph that opens on it stays background to its end.
"""

from __future__ import annotations

import re

from .vocab import VIOLENCE

#: A side's habit of saying or accusing, told in the present: "Kabul often says that …", "the two countries regularly
#: accuse Pakistan of …", "Tehran often complains to Islamabad about …". What follows is a claim the side keeps
#: making, never this event. Not two sides accusing each other ("the two countries often accuse each other of firing
#: across the border", Al Jazeera 154): that tells two sides firing, which types a fight told only so as a clash (and
#: 154 is coded one), and its weapons are the fight's kind.
_HABIT_OF_SAYING = re.compile(
    r"\b(?:often|regularly|frequently|routinely|repeatedly|usually|always)\s+"
    r"(?:says?|claims?|complains?|alleges?|blames?|charges?|accuses?(?!\s+(?:each\s+other|one\s+another)))\b",
    re.IGNORECASE,
)

#: Two states' relations told as a state they are in: "Relations between Islamabad and Kabul have been rocky", "Ties
#: between … were strained": the setting, its events others'. Not relations that moved ("have sunk to their lowest
#: point ever after at least 23 Pakistani soldiers were martyred", The News 30; "Tension … rose after …"): the event
#: that moved them may be this one.
_RELATIONS = re.compile(
    r"^\W*(?:relations|ties|tensions?)\s+between\s+[^,;.]{1,60}?\s+(?:(?:have|has|had)\s+(?:long\s+)?been|were|are|is)\s",
    re.IGNORECASE,
)

#: Another event placed where this one happened: "fell in the same area where the Pakistani Taliban struck …": the
#: clause from "where" is that event's.
_SAME_PLACE_WHERE = re.compile(
    r"\bthe\s+same\s+(?:area|place|district|town|village|spot|market|region)\s+(?P<where>where|in\s+which)\b",
    re.IGNORECASE,
)


#: Violence told as a habit of the place, in the present: "Clashes are frequent on the Kyrgyz-Tajik border" (Qazaq
#: Times 1039), "Such clashes are not uncommon in Sistan and Baluchestan" (135), "Shootouts are common on the border"
#: (427), "Such attacks are frequent: in the second week of May a soldier was wounded …" (1079). Counted over all dev
#: texts before it was written (extract151): 9 sentences in 9 reports, all the setting; what follows in them is
#: other events (the spring's conflict, May's wounded soldier), never this one. Only the present ("are", "have
#: been"): "the clash was frequent" is no habit.
_HABIT_OF_VIOLENCE = re.compile(
    r"\b(?:clashes|attacks|shootings|shoot-?outs|skirmishes|firefights|ambushes|killings|kidnappings|quarrels|"
    r"incidents)\b[^,;:.]{0,80}?\b(?:are|have\s+been)\s+(?:(?:very|quite|fairly|relatively|still|also)\s+)?"
    r"(?:frequent|common|commonplace|not\s+uncommon|not\s+rare|a\s+regular\s+occurrence|routine)\b",
    re.IGNORECASE,
)

#: Another event told in a "where" clause of the scene, by a time that says it is earlier: "in Mohmand district,
#: where a double suicide bombing killed 43 people last week" (Business Recorder 1095), "where attacks by rebels
#: earlier this month killed five people" (407). The clause from "where" is that event's. Over all dev texts
#: (extract151) 3 such clauses, all another event (04's "where Iranian missiles had struck on Tuesday night" is told
#: by a weekday, which a report's own event can be, and is left).
_EARLIER_WHERE = re.compile(
    r",\s+(?P<where>where)\s+[^.;]{0,120}?\b(?:last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)|"
    r"(?:\d+|two|three|four|five|six|several|a\s+few)\s+(?:days|weeks|months|years)\s+ago|a\s+(?:week|month|year)\s+ago)\b",
    re.IGNORECASE,
)


def setting_start(text: str) -> int | None:
    """Where the setting begins in ``text`` (0: the whole sentence), or ``None`` when it tells none (see the module)."""
    positions = []
    if _RELATIONS.match(text):
        positions.append(0)
    if (habit := _HABIT_OF_SAYING.search(text)) is not None:
        breaks = [m.end() for m in re.finditer(r"[,;:]\s*", text[: habit.start()])]
        positions.append(breaks[-1] if breaks else 0)  # its subject's clause: "Kabul often says …"
    if (habit := _HABIT_OF_VIOLENCE.search(text)) is not None:
        breaks = [m.end() for m in re.finditer(r"[,;:]\s*", text[: habit.start()])]
        positions.append(breaks[-1] if breaks else 0)  # "Clashes are frequent on the border": the place's habit
    if (earlier := _EARLIER_WHERE.search(text)) is not None and VIOLENCE.search(
        text, earlier.start("where"), earlier.end()
    ):
        positions.append(earlier.start("where"))  # ", where a bombing killed 43 people last week": another event
    if (same := _SAME_PLACE_WHERE.search(text)) is not None:
        positions.append(same.start("where"))
    return min(positions) if positions else None
