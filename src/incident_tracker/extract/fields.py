"""Reading one sentence's fields into a draft: tolls (the weapons: :mod:`.weapons_read`; the place: :mod:`.place`).

Kept apart from the reading of the article (:mod:`.reader`), which decides *which*
incident a sentence feeds; these decide what the sentence says about it.
"""

from __future__ import annotations

import dataclasses
import re

from ..models import TOLL_FIELDS, Casualties, parse_casualties
from ..models import Toll as TollName
from .casualties import HEDGED, TOLL_UPDATE, Toll
from .draft import Draft
from .other_day_toll import ANOTHER_TIME, told_on_another_day
from .other_side_dead import TOLD_BY_OTHER_SIDE, other_state_dead, wounded_of_other_side
from .part_told import part_of_counted
from .restated_toll import attackers_beside_restated
from .sentences import Sentence
from .vague_attackers import figure_replaces_word, mark_vague
from .vocab import ATTACKERS, DEMONYMS, NUMBER, VAGUE_WORDS, number_value
from .wounded_sides import BOTH_ADDED, note_first_side, other_side_wounded

#: Another source's figure for the same toll: the counts become a range, not a replacement.
CONFLICT = re.compile(
    r"\b(?:other|another|local|hospital|medical|independent)\s+(?:sources?|officials?|reports?|media)\b|"
    r"\bput (?:the|its|their) (?:death toll|toll|dead|number of (?:dead|deaths|those killed))\b|"
    r"\b(?:gave|gives|give) (?:a )?(?:different|higher|lower) (?:count|figure|toll|number)\b|\bdiffer|"
    # an elected member's own count beside the administration's (Jasarat 645: "the area's member of the National
    # Assembly said at least eleven people had been killed", after the administration's 15)
    r"\bmember\s+of\s+the\s+(?:National|Provincial)\s+Assembly\b|\b(?:lawmaker|legislator|MNA|MPA)\b",
    re.IGNORECASE,
)


#: A first count, told as superseded: "Earlier in the day the military's media wing had put the toll at four",
#: "The authorities first spoke of ten dead" (Geo News 595, CNews Live 596).
_FIRST_COUNT = re.compile(
    r"\b(?:earlier|at\s+first|initially)\b[^.;]{0,60}?\bhad\s+(?:put|spoken\s+of|reported|given|said)\b|"
    r"\b(?:first|initially)\s+(?:spoke\s+of|put|reported|gave|said)\b|"
    r"\bthe\s+first\s+(?:reports?|counts?|figures?)\s+(?:spoke\s+of|put|gave|said)\b",
    re.IGNORECASE,
)
#: Not "Asked about the strikes earlier in the day, the minister put the number of dead at nine" (Xinhua 03): another
#: official's figure, in the simple past, is a second source (:data:`CONFLICT`); only the pluperfect ("had put") or
#: "first" tells the count as the one superseded.


def _first_count(draft: Draft, sentence: Sentence, what: str, best: int | None) -> bool:
    """A lower count told as the first one, after the higher one it grew into: the low bound, never the best.

    Tolls climb as the wounded die and bodies are found; the corpus codes the revised figure as the best and the
    first as the low bound (596: 40, low 10), where two sources' figures for the same toll are a range with the
    lower as the best (:data:`CONFLICT`)."""
    known = draft.values.get(what)
    if not isinstance(known, int) or best is None or best >= known or not _FIRST_COUNT.search(sentence.text):
        return False
    low = f"{what}_low"
    draft.set(low, min(best, draft.values.get(low) or best), sentence, replace=True)
    draft.notes.append(f"{best} {what} was the first count, {known} the later one: {best} is the low bound.")
    return True


def read_toll(
    draft: Draft, sentence: Sentence, toll: Toll, *, update: bool, conflict: bool, revised: bool = False
) -> None:
    """Set a count of the dead or wounded; an update ("the toll rose to") replaces the dead's count, a revision ("a
    new toll: …") the wounded's too."""
    what, casualties = toll.what, toll.casualties
    _, low, high, phrase = TOLL_FIELDS[what]
    known = draft.values.get(what)
    vague = draft.values.get(phrase) in VAGUE_WORDS or bool(draft.values.get(f"_{what}_hedged"))
    hedged = HEDGED.search(sentence.text) is not None
    if hedged and known is not None:
        return
    if part_of_counted(toll, known):
        return  # "four of the dead were foreigners", after the 13 killed: who some of them were (.part_told)
    if _first_count(draft, sentence, what, casualties.best):
        return
    if known is not None and figure_replaces_word(draft, sentence, toll, of_attackers=_of_attackers(toll)):
        return  # "several of the attackers" killed, then "Two gunmen were killed": 2 in place of 3
    if known == 0 and (casualties.best or 0) > 0:  # "nobody was killed", then "two of the attackers died"
        draft.values.pop(what, None)
        known = None
    replace = (update and (what == "killed" or revised)) or (
        vague and casualties.text not in VAGUE_WORDS and not hedged
    )
    if replace or known is None:
        draft.values.pop(f"_{what}_hedged", None)
        if hedged:
            draft.values[f"_{what}_hedged"] = True
    if (
        known is not None
        and what == "killed"
        and not replace
        and _attackers_too(draft, toll)
        and _countable(casualties)
    ):
        # "… killed one border guard." "Two of the attackers were killed as well.": both sides' dead count; "several
        # of the smugglers were killed" is 3 of them, the codebook's vague word, added as a figure is
        _add_count(draft, sentence, what, casualties)  # "At least 10 insurgents were killed": at least 15
        draft.set("_attackers_counted", True, sentence)
        mark_vague(draft, sentence, casualties)  # "several of the smugglers": 3, replaced by a figure told later
        return
    if known is not None and not replace and _countable(casualties) and other_side_wounded(draft, toll, sentence):
        # "four more wounded" … "ten militants were also killed and several wounded": both sides' wounded (7)
        _add_count(draft, sentence, what, casualties)
        draft.set(BOTH_ADDED, True, sentence)
        return
    if known is not None and not replace and _countable(casualties) and other_state_dead(draft, toll, sentence):
        # "six civilians were killed by fire from Afghan forces" … "one Afghan soldier had been killed": 7
        _add_count(draft, sentence, what, casualties)
        draft.set("_attackers_counted", True, sentence)
        draft.values[TOLD_BY_OTHER_SIDE] = sentence.text
        return
    if known is not None and not replace and wounded_of_other_side(draft, toll, sentence):
        # "… one Afghan soldier had been killed and 10 other people wounded": the wounded of that side's account
        _add_to_toll(draft, sentence, what, casualties.best or 0)
        draft.set(BOTH_ADDED, True, sentence)
        return
    if known is not None and not replace and (more := attackers_beside_restated(draft, sentence, toll)):
        # "23 soldiers embraced shahadat, and all six terrorists were engaged and killed", after the 23: 29
        _add_to_toll(draft, sentence, what, more)
        draft.set("_attackers_counted", True, sentence)
        return
    if conflict and what == "killed" and known is not None and not replace and _civilian_beside(draft, toll):
        # "four soldiers were martyred" … "Local media reported … a civilian had been killed in the crossfire"
        # (Pakistan Standard 594): another source's count of other people, not another figure of the soldiers'
        draft.set(low, draft.values.get(low) or known, sentence, replace=True)
        draft.set(what, known + (casualties.best or 0), sentence, replace=True)
        draft.notes.append(f"Another source's {casualties.best} civilian dead beside the {known}: added.")
        return
    if known is not None and not replace and _also_hit(draft, toll, sentence):
        # "four policemen were killed and 14 wounded." "Twenty-three civilians were also wounded." (TOLOnews 473): 37
        _add_to_toll(draft, sentence, what, casualties.best or 0)  # a figure: _also_hit
        draft.set(f"_{what}_also", True, sentence)
        return
    if known is not None and not replace:
        told_as_toll = re.search(r"\btoll\b", str(draft.evidence.get(what, "")), re.IGNORECASE)
        if casualties.best == known and toll.victims and told_as_toll and not draft.values.get(f"_{what}_who"):
            # "The toll … has risen to 18." "18 people lost their lives": the same figure told again says who (not
            # after "the nine killed", whose count says no less than the people it is told again of)
            draft.set(f"_{what}_who", toll.victims, sentence, replace=True)
        other = draft.evidence.get(what) != sentence.text
        if conflict and other and casualties.best is not None and casualties.best != known:
            # Two reports of one toll: keep both as the range, the lower as the best (ACLED's rule).
            lows = [v for v in (draft.values.get(low), known, casualties.low, casualties.best) if v]
            highs = [v for v in (draft.values.get(high), known, casualties.high, casualties.best) if v]
            draft.values.update(Casualties(min(lows), min(lows), max(highs)).fields(what))
            draft.values.pop(phrase, None)
            both = f"{draft.evidence[what]} {sentence.text}"
            for name in (what, low, high):
                draft.evidence[name] = both
            draft.evidence.pop(phrase, None)
            draft.notes.append(f"Conflicting {what} figures ({known} and {casualties.best}): kept as a range.")
        return
    draft.set(what, casualties.best, sentence, replace=replace)
    draft.set(f"_{what}_who", toll.victims or "", sentence, replace=True)
    note_first_side(draft, toll, sentence)
    if toll.both_sides or _both_summed(toll):
        draft.set("_attackers_counted", True, sentence, replace=True)
    for name, value in casualties.fields(what).items():
        if name == what:
            continue  # set above, with the victims
        if replace:
            draft.values.pop(name, None)
        draft.set(name, value, sentence, replace=replace)


def _add_count(draft: Draft, sentence: Sentence, what: TollName, casualties: Casualties) -> None:
    """Add another side's count to the toll: a sum that is a low bound where either count is one."""
    if _open_bound(casualties) or _open_bound(Casualties.of(draft.values, what)):
        _add_open(draft, sentence, what, casualties)
    else:
        _add_to_toll(draft, sentence, what, casualties.best or 0)


def _add_to_toll(draft: Draft, sentence: Sentence, what: TollName, more: int) -> None:
    """Add ``more`` to the toll read (its best figure and whichever bounds it has), the sentence joining its evidence:
    the three ways a later sentence adds other people's dead or hurt (the attackers', a restated side's attackers',
    those also hit) count them alike."""
    if told_on_another_day(draft, sentence):
        return  # "… were killed on Wednesday in Kunduz", after Thursday's attack: another day's dead (.other_day_toll)
    _, low, high, _ = TOLL_FIELDS[what]
    for name in (what, low, high):
        if draft.values.get(name) is not None:
            draft.values[name] += more
            draft.evidence[name] = f"{draft.evidence.get(what, '')} {sentence.text}".strip()


_UNIT = re.compile(r"\b(?:border|frontier|police|guards?|corps|regiment|brigade|battalion)\b", re.IGNORECASE)


def narrower(new: str, old: str) -> bool:
    """Whether ``new`` names the same side as ``old`` more narrowly (its unit, not just its forces)."""
    sides_new = {DEMONYMS[w.lower()] for w in new.split() if w.lower() in DEMONYMS}
    sides_old = {DEMONYMS[w.lower()] for w in old.split() if w.lower() in DEMONYMS}
    return bool(sides_new) and sides_new == sides_old and bool(_UNIT.search(new)) and not _UNIT.search(old)


#: People counted with who they were, as the side hit: "Five people, three of them Frontier Corps personnel, were
#: killed" (PTI 547), "five people, two civilians among them, had been martyred" (Dawn 545): the attackers are apart.
_PEOPLE_BY_SIDE = re.compile(
    r"\bpeople,\s+(?:\w+\s+of\s+them\s+)?[^,;.]{0,60}?\b(?:personnel|soldiers|troops|policemen|officers|guards|civilians|"
    r"security\s+men)\b(?:\s+among\s+them)?,",
    re.IGNORECASE,
)


#: A count told as "the number of <who> killed": who it counts, when the figure's own phrase named no one.
_NUMBER_OF = re.compile(
    r"\bnumber\s+of\s+(?P<who>soldiers|troops|policemen|police\s+officers|security\s+personnel|guards)\s+"
    r"(?:martyred|killed|dead)\b",
    re.IGNORECASE,
)


def _attackers_too(draft: Draft, toll: Toll) -> bool:
    """Whether a later count is of the attackers, and the draft's count so far only of those they hit, or
    (told the other way round) the draft's count so far only of the attackers, and a later one of a side they hit:
    "12 terrorists were killed … During the heavy firing, four soldiers were martyred" (16)."""
    if draft.values.get("_attackers_counted") or not toll.victims:
        return False
    before = str(draft.values.get("_killed_who") or "")
    if not before:  # "the number of soldiers martyred … has risen to nine": a count of soldiers, told by its noun
        counted = _NUMBER_OF.search(draft.evidence.get("killed", ""))
        before = counted.group("who") if counted else ""
    if not ATTACKERS.search(toll.victims):
        named_side = toll.target_type is not None and not re.search(r"\b(?:and|others?)\b", toll.victims)
        named_side = named_side or _PEOPLE_BY_SIDE.search(toll.phrase) is not None  # "five people, three of them …"
        return named_side and bool(before) and ATTACKERS.search(before) is not None
    if re.fullmatch(r"(?:people|persons|men)", before.strip(), re.IGNORECASE) and not _PEOPLE_BY_SIDE.search(
        draft.evidence.get("killed", "")
    ):
        return False  # "five people died": every side's dead are already counted
    return bool(before) and ATTACKERS.search(before) is None and not re.search(r"\band\b", toll.victims)


def _of_attackers(toll: Toll) -> bool:
    """Whether a toll's victims are the attackers ("two of the gunmen"), for :func:`.figure_replaces_word`."""
    return toll.victims is not None and ATTACKERS.search(toll.victims) is not None


def _countable(casualties: Casualties) -> bool:
    """Whether another side's count can be added: a figure, a low bound or the codebook's vague word ("several")."""
    told = casualties.text
    return casualties.best is not None and (told is None or told in VAGUE_WORDS or _open_bound(casualties))


def _open_bound(casualties: Casualties) -> bool:
    """Whether a count is a low bound with no top ("at least 10", "more than ten": the figure, by the ruling)."""
    return (casualties.text or "").startswith(("at least", "more than", "over")) and casualties.high is None


def _add_open(draft: Draft, sentence: Sentence, what: str, casualties: Casualties) -> None:
    """The attackers' dead added to the attacked's where either count is a low bound: the sum is one too ("killing
    five soldiers … At least 10 insurgents were killed": at least 15, as the coding notes add them)."""
    if told_on_another_day(draft, sentence):
        return  # another day's dead, not this event's (.other_day_toll)
    known = Casualties.of(draft.values, what)  # type: ignore[arg-type]
    total = parse_casualties(f"at least {(known.best or 0) + (casualties.best or 0)}")
    told = f"{draft.evidence.get(what, '')} {sentence.text}".strip()
    for name, value in total.fields(what).items():  # type: ignore[arg-type]
        draft.values.pop(name, None)
        if value is not None:
            draft.set(name, value, sentence)
            draft.evidence[name] = told


def _both_summed(toll: Toll) -> bool:
    """Whether one count sums the attacked and the attackers ("five soldiers and at least 15 of the attackers were
    killed", Dawn 670): both sides' dead are counted, so a later count of either is not added again."""
    parts = (toll.victims or "").split(" and ")
    return len(parts) > 1 and any(ATTACKERS.search(p) for p in parts) and any(not ATTACKERS.search(p) for p in parts)


def _civilian_beside(draft: Draft, toll: Toll) -> bool:
    """Whether another source's exact count is of civilians, where the count so far is only of a force's men (and
    the attackers): other people hit, to add, not a second figure for the same dead."""
    before = str(draft.values.get("_killed_who") or "")
    if toll.target_type != "civilians" or toll.casualties.best is None or toll.casualties.text is not None:
        return False
    return re.search(r"\b(?:soldiers|troops|personnel|policemen|guards)\b", before, re.IGNORECASE) is not None


def _also_hit(draft: Draft, toll: Toll, sentence: Sentence) -> bool:
    """Whether a later sentence's count is of another group "also" hit, to add to the count so far: a group
    named ("civilians"), an exact figure, and a group the sentence of the first count did not name."""
    told = draft.evidence.get(toll.what, "")
    if draft.values.get(f"_{toll.what}_also") or not toll.victims or not toll.target_type or told == sentence.text:
        return False
    if toll.casualties.best is None or toll.casualties.text is not None:
        return False
    if ANOTHER_TIME.search(sentence.text):
        return False  # "At the end of February, three guards were also killed" (RFE/RL 272): another event
    before = str(draft.values.get(f"_{toll.what}_who") or "")
    if re.fullmatch(r"people|persons", before.strip(), re.I) and (
        toll.casualties.best == draft.values.get(toll.what) or _PEOPLE_BY_SIDE.search(told)
    ):
        return False  # "Five people, three of them soldiers, were killed" … "two civilians and three soldiers also
        # died" (PTI 547): the same dead, told by group
    head = toll.victims.split()[-1].lower()
    return _told_also(toll, sentence.text) and head not in told.lower()


def _told_also(toll: Toll, text: str) -> bool:
    """Whether the count is told as "also" hit: "three guards were also killed", or with "as well" or "too" just
    after it ("A Pakistani official said that two border guards had been hurt as well", Reuters 934)."""
    if re.search(r"\balso\b", toll.phrase):
        return True
    at = text.find(toll.phrase)
    return at >= 0 and re.match(r"\s*(?:as\s+well|too)\b", text[at + len(toll.phrase) :]) is not None


_SUBSET = re.compile(r"\b(?:including|among them|among the dead|of them|of whom|of the dead)\b", re.IGNORECASE)

#: A count told as a part of the dead already counted: "four of the dead", "two of them".
_PARTITIVE = re.compile(r"\S+\s+of\s+(?:the\s+dead|them|whom|those\s+killed)\b", re.IGNORECASE)


def _stated(casualties: Casualties) -> int:
    """The figure as the text gave it: "more than 200" adds 200, not the 201 it is coded as."""
    found = re.search(r"\d+(?:,\d{3})*", casualties.text or "")
    return int(found.group(0).replace(",", "")) if found else casualties.best or 0


def add_up(tolls: list[Toll], text: str) -> list[Toll]:
    """Counts of different groups in one sentence add up; a part of a count ("including nine Chinese") does not.

    "at least 23 soldiers were martyred and more than 200 fighters were killed" → 223, a
    lower bound when either part is one; the wounded too: "six of their security personnel were wounded …,
    and two Afghan passengers were hurt as well" → 8.
    """
    tolls = [_running(toll, text) for toll in tolls]
    for what in ("killed", "injured"):
        tolls = _add_up(tolls, text, what)
    return tolls


#: A count of more, with the running figure it makes: "killed five more terrorists, taking the number killed there
#: to nine" (Daily Times 591, The News 592) is nine of them, not five ("the toll" is :data:`.casualties.TOLL_UPDATE`'s).
_RUNNING = re.compile(
    rf"[^.;,]{{0,40}},\s+(?:taking|bringing)\s+the\s+(?:number|total|count)\s+(?:[a-z]+\s+){{0,3}}?to\s+"
    rf"(?P<to>{NUMBER})\b",
    re.IGNORECASE,
)


def _running(toll: Toll, text: str) -> Toll:
    """A count of "more" told with the running figure it makes is that figure."""
    at = text.find(toll.phrase)
    if at < 0 or toll.casualties.best is None or not re.search(r"\bmore\b", toll.phrase, re.IGNORECASE):
        return toll
    running = _RUNNING.match(text, at + len(toll.phrase))
    value = number_value(running.group("to")) if running else None
    if value is None or value <= toll.casualties.best:
        return toll
    return dataclasses.replace(toll, casualties=Casualties(value))


def _add_up(tolls: list[Toll], text: str, what: str) -> list[Toll]:
    """The counts of one kind (killed or injured) of a sentence, added up when they are of different groups."""
    counted = [t for t in tolls if t.what == what]
    if TOLL_UPDATE.search(text) or any(re.search(r"\b(?:toll|number|deaths?)\b", t.phrase, re.I) for t in counted):
        return tolls  # "bringing the toll to 20", "more than double the toll of 49": one figure restated
    if len(counted) < 2 or len({t.victims for t in counted}) < len(counted):
        return tolls
    if any(
        _SUBSET.search(text[: text.find(t.phrase)][-40:]) or _PARTITIVE.match(t.phrase)
        for t in counted[1:]
        if t.phrase in text
    ):
        return tolls  # "Eight militants died …; four of the dead came from the Middle East" (NYT 785): eight
    first = counted[0]
    values = [t.casualties for t in counted]
    if any(v.best is None for v in values):
        return tolls
    total = sum(_stated(v) for v in values)
    bounded = any(v.low is not None and v.high is None for v in values)
    casualties = parse_casualties(f"at least {total}") if bounded else Casualties(total)
    sides = [ATTACKERS.search(t.victims or "") is not None for t in counted if t.victims]
    merged = Toll(
        first.what,
        casualties,
        first.phrase,
        first.victims,
        first.nationality,
        first.target_type,
        True in sides and False in sides,
    )
    kept = [t for t in tolls if t.what != what]
    return [merged, *kept] if what == "killed" else [*kept, merged]
