"""A toll of none, told as a report: "No casualties were reported on either side", "no deaths had been reported".

The codebook keeps "unknown" and "none" apart: *unknown is NULL, none reported is 0*. The reader takes a
toll of none when someone is its subject ("nobody was hurt", "no one was killed"); reports just as often say
it of the casualties themselves, and often in a sentence with no violence word, which no draft reads: "No
casualties were reported on either side." after the lead (NewsX, Devdiscourse, Daily Pakistan), "there had
so far been no casualties" (Pakistan Today), "No deaths or damage were reported" (The Independent), "We have
not received any report of loss of life" (Pakistan Observer), "without injuring anyone" (The Express
Tribune). A count read anywhere in the incident's sentences stands; a toll of none said of one side only
("no casualties among the border guards", "the Iranian side had suffered no casualties") is no toll of the
incident; "no immediate reports of casualties" says the toll is not yet known, and is left empty. "The guards
escaped unhurt" is a toll of none too, when a plural of the people there is its subject.
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence

_WHAT = r"casualties|deaths|fatalities|injuries|loss of life"
_NONE = re.compile(
    # "No casualties were reported", "no deaths or damage were reported", "no deaths had been reported so far"
    rf"\bno\s+(?P<what>{_WHAT})(?:\s+or\s+(?:damage|injuries|deaths|casualties))?\s+"
    r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:so\s+far\s+|initially\s+)?reported\b|"
    # "there had so far been no casualties", "there have been no injuries"
    rf"\bthere\s+(?:had|have|has)\s+(?:so\s+far\s+)?been\s+no\s+(?P<what2>{_WHAT})\b|"
    # "We have not received any report of loss of life"
    rf"\bnot\s+received\s+any\s+reports?\s+of\s+(?P<what3>{_WHAT})\b|"
    # "caused no loss of life or property"
    r"\bcaus(?:ed|ing)\s+no\s+(?P<what4>loss\s+of\s+life|deaths|fatalities)\b|"
    # "fired five more mortar shells … without injuring anyone"
    r"\bwithout\s+(?P<hurting>injuring|hurting|wounding|harming)\s+anyone\b|"
    # "the drones were neutralised without causing damage or casualties", "landed without any casualties"; not
    # "without suffering casualties", which is one side's toll
    r"\bwithout\s+(?:causing\s+|inflicting\s+)?(?:any\s+)?(?:(?:material\s+)?damage\s+or\s+)?"
    rf"(?P<what5>{_WHAT})\b|"
    # "The guards escaped unhurt", "all the passengers were unharmed": the people there, all of them, unhurt (issue
    # 14); one man unhurt ("the driver escaped unhurt") says nothing of the others
    r"\b(?:the|all\s+(?:the\s+)?|both)\s+(?:[\w-]+\s+){0,2}?(?:guards|soldiers|policemen|officers|troops|personnel|"
    r"passengers|occupants|men|people|staff|crew)\s+(?:all\s+)?(?:escaped|were|remained|came\s+out)\s+"
    r"(?:\w+ly\s+)?(?P<unhurt>unhurt|unharmed|unscathed)\b",
    re.IGNORECASE,
)
#: The toll of one side only: "no casualties among the border guards", "on the Afghan side" (not "either side").
_ONE_SIDE_AFTER = re.compile(r"^\s*(?:so far\s+)?(?:among|on\s+(?!either\b|both\b)(?:the\s+)?\w+\s+side|to\s+the)\b")
_ONE_SIDE_BEFORE = re.compile(r"\bside\b|\bamong\b", re.IGNORECASE)
#: None reported "at first" or "initially": what was known then, as "no immediate reports", says the toll was not
#: yet known, so it is left empty ("No casualties were reported at first", "no deaths were initially reported").
_AT_FIRST_AFTER = re.compile(r"^\s*(?:at\s+first|initially|early\s+on)\b", re.IGNORECASE)


def _tolls(what: str) -> tuple[str, ...]:
    what = re.sub(r"\s+", " ", what.lower())
    if what == "casualties":
        return ("killed", "injured")
    if what == "injuries":
        return ("injured",)
    return ("killed",)


def none_reported(draft: Draft, sentences: list[Sentence], background: set[int], others: set[int]) -> None:
    """Killed or injured 0 where the incident's sentences say none were reported and no count was read.

    The sentences looked at are the draft's own, those between its first and last, and the one right after
    each of its own in the same paragraph ("… traded fire overnight." "No casualties were reported."); never
    a background sentence or one another draft read."""
    own = sorted(set(draft.sentences))
    if not own:
        return
    near = set(own) | set(range(own[0], own[-1] + 1))
    near |= {i + 1 for i in own if i + 1 < len(sentences) and sentences[i + 1].paragraph == sentences[i].paragraph}
    for index in sorted(near - background - (others - set(own))):
        if index >= len(sentences):
            continue
        sentence = sentences[index]
        for match in _NONE.finditer(sentence.text):
            after = sentence.text[match.end() : match.end() + 40]
            before = sentence.text[max(0, match.start() - 40) : match.start()]
            if _ONE_SIDE_AFTER.search(after) or _ONE_SIDE_BEFORE.search(before):
                continue
            if _AT_FIRST_AFTER.search(after) or "initially" in match.group(0).lower():
                continue
            told = next((g for g in ("what", "what2", "what3", "what4", "what5") if match.group(g)), None)
            if match.group("unhurt"):
                names: tuple[str, ...] = ("killed", "injured")
            else:
                names = _tolls(match.group(told)) if told else ("injured",)
            for name in names:
                if name not in draft.values:
                    draft.set(name, 0, sentence)
