"""Another attack told in a passing clause of the lead: an incident of its own, on its own day.

"Two blasts … ripped through one of the busiest quarters of Parachinar … on Friday, hours after a deadly suicide car
bombing in Quetta, killing at least 34 people" (The Express Tribune 601); "Aircraft of unknown origin struck Taliban
fighters …, killing eight militants, Afghan officials said, a day after a shooting in which at least two Tajiks were
killed" (RFE/RL 486). The lead tells its own violence, then, after a comma, how long before it another attack came:
the corpus codes that attack as an incident of its own, dated by the lead's day. Of the three dev leads that tell an
attack so, two are coded this way; the third ("Pakistani officials have opened the Torkham crossing again, a day after
a grenade attack there wounded more than a dozen people", 499) tells no violence of its own before the clause, and its
attack is the report's one incident, read from its own sentence.

Only in a report read as one incident dated to the day, only in the first sentence of the body, and only where the
words before the clause tell violence and no aftermath (mourning, a funeral, a protest, arrests: the day of those,
and the attack after them the report's own); the clause alone is read for the other attack's place, toll and kind;
its day is the incident's ("hours after", "minutes after") or the day before ("a day after"). Whatever the clause
does not say stays empty: the other attack takes nothing from the lead's incident but the day it is counted from.
"""

from __future__ import annotations

import datetime as dt
import re

from .draft import Draft
from .reader import Reader
from .sentences import Sentence
from .vocab import VIOLENCE

__all__ = ["attack_in_passing"]

#: ", hours after a deadly suicide car bombing in Quetta", ", a day after a shooting in which two Tajiks were killed":
#: the time since another attack, then the attack, to the next comma or the sentence's end.
_IN_PASSING = re.compile(
    r",\s+(?P<gap>hours|minutes|a\s+day|one\s+day)\s+after\s+"
    r"(?P<attack>(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:bombing|attack|blast|explosion|clash|ambush|shooting)\b[^,.;]*)",
    re.IGNORECASE,
)

#: Words before the clause that tell the aftermath, not an attack of the lead's own: "Thousands mourned the 12 dead on
#: Sunday, a day after a bombing …" is the bombing's report, dated by its day of mourning.
_AFTERMATH = re.compile(
    r"\b(?:mourn\w*|funerals?|buri(?:ed|al)|condolences?|condemn\w*|protest\w*|vigils?|arrest\w*|reopen\w*)\b",
    re.IGNORECASE,
)


def attack_in_passing(reader: Reader, body: list[tuple[Sentence, str]], background: set[int]) -> Draft | None:
    """The other attack a one-incident report's lead tells in passing (see the module), read from its clause alone,
    or None."""
    if len(reader.drafts) != 1 or not body or body[0][0].index in background:
        return None
    incident = reader.drafts[0]
    if incident.values.get("date_precision") != "day" or not incident.values.get("event_date"):
        return None
    sentence, text = body[0]
    clause = _IN_PASSING.search(text)
    if clause is None or not VIOLENCE.search(text[: clause.start()]) or _AFTERMATH.search(text[: clause.start()]):
        return None  # "opened the crossing again, a day after a grenade attack": the attack is the report's own
    day = dt.date.fromisoformat(str(incident.values["event_date"]))
    if not clause.group("gap").lower().startswith(("hours", "minutes")):
        day -= dt.timedelta(days=1)
    other = Draft()
    reader.read(other, sentence, clause.group("attack"))
    other.values.pop("description", None)
    other.evidence.pop("description", None)
    other.set("description", clause.group("attack"), sentence)
    other.set("event_date", day.isoformat(), sentence)
    other.set("date_precision", "day", sentence)
    other.notes.append(
        f"Another attack told in passing in the lead ({clause.group('gap')} after it): an incident of its own, "
        f"dated {day.isoformat()} from the lead's day."
    )
    return other
