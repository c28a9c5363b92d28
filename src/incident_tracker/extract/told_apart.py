"""Another attack of the same roundup, told in a paragraph of its own with no day of its own.

A report of a day's attacks in several places often names them in its lead ("three terrorist incidents took
place in the province: a shooting by a school, gunfire at a regiment's vehicles, and gunfire at officers") and
then gives each its own paragraph and toll: "In another incident, vehicles of the regiment were attacked, and
two border guards were killed", "In the shooting at officers on the X road, two were wounded". Each is its own
record (the coding notes: a roundup's places with their own facts are one record each); read into the first
attack, its place and its wounded would replace or add to that attack's. So is a paragraph that opens on another
place ("In South Waziristan, a bomb killed a sepoy", :func:`elsewhere`).

Only a paragraph that opens by setting itself apart is another attack: "In another incident" anywhere, and "In
the shooting (attack, ambush) at/on …" in a report whose lead announced several incidents, when the attack read
so far already has its toll and the paragraph tells one of its own. "In the attack on the checkpost, three
soldiers were killed", in a report of one attack, goes on about that attack.
"""

from __future__ import annotations

import datetime as dt
import re

from ..models import country_code
from .another_event import opens_another
from .another_fight import tells_another_fight
from .casualties import find_tolls
from .dates import MONTHS, FoundDate
from .draft import Draft
from .reader_patterns import OPENS_ON_PLACE, SAME_AREA
from .sentences import Sentence
from .vocab import VIOLENCE

#: "In the shooting at officers on the X road, …": one of the attacks the lead announced, by what it was.
_ONE_OF_THEM = re.compile(
    r"\s*In\s+the\s+(?:shooting|attack|gunfire|ambush|assault)\s+(?:at|on|against|in\s+front\s+of)\s", re.IGNORECASE
)

#: Its own harm, when the count is told in a way the toll reader does not read ("killing the two police officers").
_HARMED = re.compile(r"\b(?:killing|killed|martyred|wounding|wounded|injuring|injured)\b", re.IGNORECASE)


def told_apart(text: str, *, tolled: bool, several: bool) -> bool:
    """Whether an undated sentence that opens a paragraph opens another attack of the roundup (see the module's
    docstring): ``tolled``, the attack read so far has a toll; ``several``, the lead announced several incidents.
    A sentence that says it is another event ("Separately, a girl was killed …") needs no toll read before it: the
    lead's may be told in words the toll reader does not take ("the clashes ended with the martyrdom of …"), and
    read into the lead, the other event's toll, place and kind would all be the lead's (Elmanshar 977)."""
    if tells_another_fight(text):  # "There was another clash at X": a fight told, with no toll (.another_fight)
        return True
    if not (tolled or opens_another(text)) or not (find_tolls(text) or _HARMED.search(text)):
        return False
    return bool(opens_another(text) or (several and _ONE_OF_THEM.match(text)))


def elsewhere(text: str, current: dict[str, object], *, tolled: bool) -> bool:
    """Whether an undated violent sentence that opens a paragraph opens it on another place, while the current
    incident (``current``, its values) already has its toll and a place that shares no word with the new one."""
    opening = OPENS_ON_PLACE.match(text)
    place = str(current.get("place") or "")
    if SAME_AREA.match(text) and VIOLENCE.search(text) and tolled:
        return True  # "In the same district, a roadside bomb struck a vehicle": another attack there
    if opening is None or not place or not tolled:
        return False
    violence = VIOLENCE.search(text, opening.end())
    before = text[opening.end() : violence.start() if violence else len(text)]
    if re.search(r"\b(?:said|says|told|reported|added|spokes(?:man|woman|person)|officials?)\b", before):
        return False  # "In Peshawar, security officials said …": where it was said, not another scene
    return not set(opening.group("place").lower().split()) & set(place.lower().split())


#: An earlier account opening a sentence: "Earlier, state media had reported that …".
_EARLIER_REPORT = re.compile(
    r"Earlier,?\s+(?:[\w’'-]+\s+){1,4}?(?:had\s+)?(?:reported|said|stated|announced)\s+(?:that\s+)?", re.IGNORECASE
)


def told_before(current: Draft | None, text: str) -> bool:
    """Whether a sentence is an earlier report of the incident being read: "Earlier, X had reported …", with
    a toll equal to the incident's."""
    if current is None or not _EARLIER_REPORT.match(text):
        return False
    return any(current.values.get(t.what) == t.casualties.best for t in find_tolls(text) if t.casualties.best)


#: A paragraph that opens by setting itself apart from the attack told so far: "Separately, …", "Elsewhere, …",
#: "The same day, Thursday, …" (or on a place, :data:`OPENS_ON_PLACE`).
_SET_APART = re.compile(r"\s*(?:Separately|Elsewhere|Meanwhile|(?:On\s+)?[Tt]he\s+same\s+day)\b", re.IGNORECASE)
#: The places a sentence names: "in Kandahar", "of Sar-e Pol province", "the city of Balkh province".
_NAMED = re.compile(r"\b(?:in|of|at)\s+(?:the\s+)?(?P<name>[A-Z][\w’'-]*(?:[\s-][A-Z][\w’'-]*)*)")


def far_apart(
    sentence: Sentence,
    text: str,
    current: Draft | None,
    summary: list[tuple[Sentence, str]],
    paragraph_of: dict[int, int],
    *,
    dated: bool,
) -> bool:
    """Whether a paragraph told after the attack (its toll and place read) tells another attack in a place the
    attack's sentences never named: "In Mazar-e-Sharif, the city of Balkh province, six children were wounded
    when a magnetic bomb went off", "Separately, officials of Sar-e Pol province said nine soldiers lost their lives
    in Balkhab district", after a report of the Herat border posts. Its harm, weapon and place are that attack's,
    not this one's; read into this one they would be wrong (721, 723). A paragraph set apart by a day of its own
    (:data:`reader_patterns._SEPARATE`) is drafted as its own incident before this is asked, and an undated one
    opening on a place is left to :func:`elsewhere`. ``summary``: the undated report's sentences read so far,
    when no dated incident is being read (``current`` None)."""
    if current is not None:
        told = [str(v) for k, v in current.evidence.items() if k in _TOLD_FIELDS]
        told.append(str(current.values.get("place") or ""))
        last = paragraph_of.get(current.sentences[-1]) if current.sentences else None
        tolled = any(k in current.values for k in ("killed", "injured"))
    else:
        told = [t for _, t in summary]
        last = summary[-1][0].paragraph if summary else None
        tolled = any(find_tolls(t) for t in told)
    # "In a separate attack, gunmen killed three soldiers in X", after an undated lead: another event's, wherever
    # it is told and whatever it names (see .another_event)
    another = current is None and opens_another(text)
    if last is None or (sentence.paragraph == last and not another) or not tolled:
        return False
    if not (find_tolls(text) or _HARMED.search(text) or (another and tells_another_fight(text))):
        return False
    if another:
        return True
    opening = OPENS_ON_PLACE.match(text)
    if not (_SET_APART.match(text) or (opening and (dated or current is None))):
        return False
    names = {m.group("name") for m in _NAMED.finditer(text)} | ({opening.group("place")} if opening else set())
    places = [n for n in names if not _no_place(n)]
    known = set(re.findall(r"[\w’'-]+", " ".join(told).lower()))
    return bool(places) and all(not set(n.lower().split()) & known for n in places)


#: The fields whose sentences tell where the attack was and what it did.
_TOLD_FIELDS = ("place", "_admin_any", "killed", "injured", "event_date")
#: A weekday after "in" or "on" ("on Thursday"): a day, no other place.
_WEEKDAY = re.compile(r"\w+day")


def _no_place(name: str) -> bool:
    """Whether a name after "in" or "of" is no other place: a country (the record's own list), a month, a day."""
    return country_code(name) is not None or name.lower() in MONTHS or bool(_WEEKDAY.fullmatch(name))


#: A year told with the day: "the night of December 14 to 15, 2023" (ILNA 382), a day the writer places in the past.
_WITH_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: How far back a day may lie and still be the undated lead's: the week up to the statement (as it is dated).
_LEAD_WEEK = 7


def lead_kept_apart(
    summary: list[tuple[Sentence, str]],
    sentence: Sentence,
    text: str,
    day: FoundDate,
    anchor: dt.date,
    *,
    then: bool = False,
) -> str | None:
    """Whether the first dated sentence, told after an undated lead of violence, tells another event than the lead:
    ``"separate"`` for a sentence that opens by setting itself apart ("Separately, …", "In a separate attack on
    June 9, …", :mod:`.another_event`), which is its own incident, the lead drafted beside it, unless its day is more
    than a week before the report: then ``"older"``, earlier news told in passing; ``"older"`` too for a paragraph
    that opens on a day more than a week before the report ("On December 3, …" in a report of 30 January), which is
    earlier news the lead is not, as an undated lead is dated by the week up to the statement; None when the lead
    may be this sentence's incident, told before its day. Both need the lead to have told violence of its own, the
    paragraph's day in an earlier paragraph. ``then``: the sentence's paragraph says what was "said then"
    (:mod:`.told_then`), so a day opening it, before the report's, is earlier news however recent."""
    if not summary or not any(VIOLENCE.search(told) for _, told in summary):
        return None
    if opens_another(text):  # "In a separate attack on June 9, …": another event's group, in any paragraph
        return "older" if (anchor - day.start).days > _LEAD_WEEK else "separate"
    if summary[-1][0].paragraph >= sentence.paragraph:
        return None
    if day.position <= 3 and day.precision == "day" and (anchor - day.start).days > (0 if then else _LEAD_WEEK):
        return "older"
    if day.precision in ("day", "days") and _WITH_YEAR.search(day.text) and (anchor - day.start).days > _LEAD_WEEK:
        return "older"  # "on the night of December 14 to 15, 2023", weeks before: a day told with its year is past
    return None
