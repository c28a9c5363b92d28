"""The wounded who all died of their wounds: dead, no longer wounded.

"Four soldiers martyred and five critically wounded", then "the toll has risen to nine after five more died of
their wounds" (Geo News 595), or "five soldiers who had been critically wounded earlier … died of their injuries,
which brought the number of martyrs to nine" (Business Recorder 605): the five are among the nine dead, and the
corpus leaves the wounded empty, since no one is left wounded by the report's last word. Only when the count said
to have died of their wounds is the very count of the wounded read; "two of the wounded later died" leaves the
others wounded and the count alone.
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence
from .vocab import NUMBER, number_value

_DIED_OF_WOUNDS = re.compile(
    # the count is of people ("five more", "five soldiers"), never of distance or time ("one kilometre", RFE 161)
    rf"\b(?P<n>{NUMBER})\s+(?:more\b|(?:[a-z]+\s+){{0,2}}?(?:soldiers|troops|personnel|policemen|officers|guards|"
    r"people|civilians|men|women|children)\b)(?:(?!of\s+(?:them|the)\b)[^.;]){0,80}?"
    r"\b(?:had\s+|have\s+|later\s+)?(?:died|succumbed)\s+(?:of|to)\s+(?:their|his|her)\s+(?:wounds|injuries)\b",
    re.IGNORECASE,
)

#: The same count told hurt and, with no new subject, dead: "the three were hurt late on Sunday night … and died
#: afterwards in hospital" (AP 738). "and died" with nothing between names the same men; "and two died" would not.
_HURT_THEN_DIED = re.compile(
    rf"\b(?P<n>{NUMBER})(?:\s+[a-z]+){{0,2}}?\s+(?:were|had\s+been)\s+(?:\w+\s+)?(?:hurt|wounded|injured)\b"
    r"[^.;]{0,100}?\band\s+(?:later\s+|afterwards\s+|then\s+|subsequently\s+)?died\b",
    re.IGNORECASE,
)


def wounded_died(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Empty the wounded when the report says that very count died of their wounds (see the module)."""
    injured = draft.values.get("injured")
    if not isinstance(injured, int) or injured <= 0:
        return
    for index in sorted(set(draft.sentences)):
        if index >= len(sentences) or index in background:
            continue
        text = sentences[index].text
        for found in [*_DIED_OF_WOUNDS.finditer(text), *_HURT_THEN_DIED.finditer(text)]:
            if number_value(found.group("n")) == injured:
                draft.forget("injured", "injured_low", "injured_high", "injured_text", "_injured_who")
                draft.notes.append(f"The {injured} wounded died of their wounds: counted among the dead, not hurt.")
                return


#: "Two people were wounded, and one of them … died in hospital" (Asia-Plus 754): of the wounded count, some died.
_SOME_OF_THEM_DIED = re.compile(
    rf"\b(?P<n>{NUMBER})\s+(?:[a-z]+\s+){{0,2}}?(?:were|had\s+been)\s+(?:\w+\s+)?(?:hurt|wounded|injured)\b,?\s+"
    rf"and\s+(?P<m>{NUMBER})\s+of\s+them\b[^.;]{{0,80}}?\b(?:later\s+|sadly\s+|then\s+)?(?:died|succumbed)\b",
    re.IGNORECASE,
)


def some_of_the_wounded_died(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """ "Two people were wounded, and one of them died": 1 killed and 1 injured, the told count the high bound.

    Only where the draft read no toll but this sentence's: a count read elsewhere is the reader's, and "one of
    them" is a part of the wounded, never added to it. The statement is the incident's own when it lies between
    the draft's first and last sentences (even when the later day of the death, "died in hospital on January 17",
    set it apart as background), or after them and not background.
    """
    values = draft.values
    if not draft.sentences:
        return
    last = max(draft.sentences)
    for sentence in sentences[min(draft.sentences) :]:
        if sentence.index in background and sentence.index > last:
            continue
        found = _SOME_OF_THEM_DIED.search(sentence.text)
        wounded, died = (number_value(found.group("n")), number_value(found.group("m"))) if found else (None, None)
        if wounded is None or died is None or not 0 < died < wounded:
            continue
        # the reader may have read this very sentence as "two wounded" and "one died": the wounded then overlap
        told = {"killed": died, "injured": wounded}
        if any(
            values.get(name) is not None and (values[name] != told[name] or draft.evidence.get(name) != sentence.text)
            for name in told
        ):
            return  # a toll read from another sentence is the reader's
        for name, value in (("killed", died), ("killed_low", died), ("injured", wounded - died)):
            draft.set(name, value, sentence, replace=True)
        draft.set("injured_low", wounded - died, sentence, replace=True)
        draft.set("injured_high", wounded, sentence, replace=True)
        draft.notes.append(f"{died} of the {wounded} wounded died: {died} killed, {wounded - died} injured.")
        return
