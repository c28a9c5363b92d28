"""What one sentence of an incident gives its draft: tolls, victims, weapons, the flags that type the event, its
place and the names it tells, and who is said to be behind it.

:class:`~.reader.Reader` decides which incident a sentence feeds and inherits these readings, which use only the
drafts and the paragraphs the sentences came from; kept apart so that the sorting of sentences fits on a screen.
"""

from __future__ import annotations

import re

from .accusations import accusations, quoted_side, weigh
from .act_cause import own_part
from .answer_weapons import without_the_answer
from .attribution import RANK, read_attribution
from .attribution_patterns import ORIGIN
from .bombers import BOMBER_ACT
from .casualties import TOLL_REVISED, TOLL_UPDATE, find_tolls, victims_of
from .dead_record import before_the_record
from .draft import ATTRIBUTION_FIELDS, Draft, state_code
from .fields import CONFLICT, add_up, narrower, read_toll
from .force_men import force_men
from .other_claim import claims_elsewhere
from .place import read_place
from .place_patterns import NOT_PLACES
from .reader_patterns import (
    _ABDUCT,
    _ALL_SCOPE,
    _ATTACKED,
    _FOILED,
    _HOMES_HIT,
    _MOB,
    _NAMES,
    _NOBODY,
    _SUICIDE,
    _TWO_SIDES,
    TAKEN,
    _names_them,
    _opposite_sides,
    _service_of,
    blows_aimed_at,
    clash_told,
)
from .roles import speaker_unit_place, without_speaking_capitals
from .scene import scene_told
from .sentences import Sentence
from .taken_away import taking_alone
from .told_nationality import apposed_nationality
from .vocab import VIOLENCE
from .weapons_read import read_weapons

#: "… and Balouchestan": a capitalised word joined by "and" to the name before it (see ``read``).
_JOINED = re.compile(r"\s+and\s+([A-Z][\w’'-]+)")


def _one_side_suffered(text: str, nobody: re.Match[str]) -> bool:
    """Whether "suffered no casualties" is told of one nation's force: "the Afghan border police suffered no
    casualties" says nothing of the other side's dead, so it is no toll of none for the incident."""
    if not nobody.group(0).lower().startswith("suffered"):
        return False
    clause = re.split(r"[,;]", text[: nobody.start()])[-1]
    return any(state_code(word) for word in re.findall(r"\b[A-Z][a-z]+\b", clause))


def _other_sides_losses(draft: Draft, sentence: Sentence, nationality: str | None) -> bool:
    """Whether a later toll counts the acting side's own people: "three Afghan fighters were also wounded" after
    Pakistani soldiers were killed by Afghan forces. The incident's victims were told in an earlier sentence and
    these are the perpetrator's people, so their nationality is not the victims'."""
    told = draft.evidence.get("target_type")
    if nationality is None or told is None or told == sentence.text:
        return False
    sides = {state_code(word.strip(",.")) for word in str(draft.values.get("perpetrator") or "").split()}
    return nationality in sides


class SentenceFields:
    """The field readings of :class:`~.reader.Reader`, which inherits them and holds the state they read."""

    drafts: list[Draft]
    paragraph_of: dict[int, int]
    clash_words: dict[int, bool]
    quoted: dict[int, str]

    def read(self, draft: Draft, sentence: Sentence, text: str) -> None:
        draft.sentences.append(sentence.index)
        self.paragraph_of[sentence.index] = sentence.paragraph
        revised = TOLL_REVISED.search(text) is not None  # "a new toll: 27 killed and 13 wounded": both counts
        update = revised or TOLL_UPDATE.search(text) is not None
        for toll in add_up(find_tolls(text), text):
            conflict = CONFLICT.search(text) is not None
            read_toll(draft, sentence, toll, update=update, conflict=conflict, revised=revised)
            # Who was hit: the first mention that says it, even if the count came earlier.
            draft.set("victims", toll.victims if toll.nationality or toll.target_type else None, sentence)
            apposed = toll.target_type and "target_type" not in draft.values  # the first toll's victims only
            nationality = toll.nationality or (apposed_nationality(text, toll.victims) if apposed else None)
            if not _other_sides_losses(draft, sentence, nationality):
                draft.set("victim_nationality", nationality, sentence)
            draft.set("target_type", _service_of(toll.target_type, toll.victims, text), sentence)
        nobody = _NOBODY.search(text)
        if nobody and not nobody.group("what") and draft.values.get("killed"):
            nobody = None  # "caused no casualties" beside a death toll already told: another episode's word
        if nobody and _one_side_suffered(text, nobody):
            nobody = None  # "the Afghan border police suffered no casualties": one nation's side, not the incident's
        if nobody and not re.search(r"\bside\b", text[max(0, nobody.start() - 40) : nobody.start()]):
            # "nobody was hurt": a toll of zero, stated; a count told later replaces it
            what = (nobody.group("what") or "casualties").lower()
            if what != "killed" or nobody.group("also"):  # "killed or hurt": both
                draft.set("injured", 0, sentence)
            draft.set("killed", 0, sentence)
        target = _ATTACKED.search(before_the_record(text))  # not "involved in attacks on …", the dead's record
        if target and "target_type" not in draft.values:
            victims, nationality, kind = victims_of(target.group("noun") or target.group("taken"))
            nationality = nationality or (apposed_nationality(text, victims) if kind else None)  # "…, all Afghans,"
            if target.group("blows"):
                kind = blows_aimed_at(kind, victims, text)  # "threw stones at the servicemen": whose men they were
            if kind:  # "fired on a group of 300 Afghan migrants": who was hit, even without a count
                draft.set("victims", victims, sentence)
                draft.set("victim_nationality", nationality, sentence)
                draft.set("target_type", _service_of(kind, victims, text), sentence)  # officers of a border unit
        if "target_type" not in draft.values and (men := force_men(text)):  # "three of their men were killed"
            draft.set("victims", men[0], sentence)
            draft.set("target_type", men[1], sentence)
        own = own_part(text)  # not the attack it answers: "in retaliation for", "followed recent bombings"
        read_weapons(draft, sentence, without_the_answer(own, draft))  # not the artillery that answered the rockets
        if clash_told(text):
            self.clash_words[id(draft)] = True
        if _FOILED.search(text):
            draft.set("_foiled", True, sentence)
        if _TWO_SIDES.search(text):
            draft.set("_two_sided", True, sentence)
        if _ABDUCT.search(text):
            draft.set("_abduction", True, sentence)
        if TAKEN.search(text) or taking_alone(text, VIOLENCE):  # "took the shepherd away" (.taken_away)
            draft.set("_taken", True, sentence)
        if _MOB.search(text):
            draft.set("_mob", True, sentence)
        if _SUICIDE.search(own) or BOMBER_ACT.search(own):  # "he blew himself up": a suicide bombing
            draft.set("_suicide", True, sentence)
        if _HOMES_HIT.search(text):
            draft.set("_homes_hit", True, sentence)
        read_place(draft, sentence, own)
        scene_told(draft, sentence, own)  # "the shooting took place in the Puli Oftobru area": the scene, on purpose
        names = draft.values.setdefault("_names", [])
        scanned = without_speaking_capitals(ORIGIN.sub(" ", text))
        for found in _NAMES.finditer(scanned):
            if speaker_unit_place(text[: found.start()]):
                continue  # "the spokesman of the Frontier Corps in Pakistan's Balochistan province" (709)
            parts = re.split(r"[’']s\b\s*", found.group(0))  # "Khyber Pakhtunkhwa's Kurram": two names
            if joined := _JOINED.match(scanned, found.end()):
                # "Sistan and Balouchestan": one province's name in two words joined by "and", tried whole before its
                # second word alone (which a gazetteer may find as another country's province)
                parts.append(f"{parts[-1].split()[-1]} and {joined.group(1)}")
            for name in parts:
                name = name.strip()
                if name and name.split()[0].lower() not in NOT_PLACES and name not in names and len(names) < 12:
                    names.append(name)
        self.read_attribution(draft, sentence, text)
        draft.set("description", sentence.text, sentence)

    def read_attribution(self, draft: Draft | None, sentence: Sentence, text: str) -> None:
        targets = self.drafts if _ALL_SCOPE.search(text) or draft is None else [draft]
        if not targets:
            return
        self.read_statement(targets, sentence, text)
        if side := quoted_side(text):
            self.quoted[sentence.index] = side
        told = accusations(text, self.quoted.get(sentence.index - 1))
        for target in targets:  # each side's account blaming the other, told apart (see .accusations)
            weigh(target, sentence, told)

    def read_statement(self, targets: list[Draft], sentence: Sentence, text: str) -> None:
        found = read_attribution(text)
        if found is None:
            return
        for target in targets:
            current = target.values.get("attribution")
            if current is not None and RANK[current] > RANK[found.status]:
                continue
            if found.status == "claimed" and claims_elsewhere(text, target.values.get("place")):
                continue  # "the TTP had claimed the attacks in Shal Talu": another attack's claim (.other_claim)
            if current == found.status == "alleged" and _opposite_sides(target.values.get("perpetrator"), found):
                # one side's account names the other, and the other's names the first: sides blaming each other
                target.forget(*ATTRIBUTION_FIELDS)
                target.set("attribution", "disputed", sentence, replace=True)
                continue
            if current != found.status:  # a stronger statement: its own actor and source, not the weaker one's
                target.forget(*ATTRIBUTION_FIELDS)
                target.set("attribution", found.status, sentence, replace=True)
            for name, value in found.fields().items():  # the same status again may name who it was
                target.set(name, value, sentence)
            before = target.values.get("perpetrator")
            if current == found.status and before and found.perpetrator and _names_them(str(before), found.perpetrator):
                # "the militants tried to cross", then "members of Fitna al-Khwarij": the name, not the label
                target.set("perpetrator", found.perpetrator, sentence, replace=True)
                continue
            if current == found.status and before and found.perpetrator and narrower(found.perpetrator, before):
                # "Iranian forces fired shells", then "the Iranian border guards fired them": the narrower name
                target.set("perpetrator", found.perpetrator, sentence, replace=True)
