"""Speakers tied to their side in ways the plain "<side> … said" of :mod:`.accusations` does not read.

Wire reports name the second side's speaker in more ways than the first: "A Taliban spokesman said …",
"Afghanistan's defence ministry spokesman, <name>, said …", "<name>, a spokesman for Pakistan's army, said …",
"officials of the Tajik border service said …". Without these, the other side's account went unheard and an
incident whose two sides blame each other stayed the first side's ``alleged`` (issue 14, "Each side's account").

The Taliban are a side only by date: they govern Afghanistan since 15 August 2021, so a Taliban speaker tells the
Afghan side's account of an event after that day, and an armed group's before it. :data:`TALIBAN` stands for such a
speaker until the incident's date is known (:func:`side_on`); the Pakistani Taliban (TTP) are never the Afghan side.
"""

from __future__ import annotations

import re

#: The pseudo-side of a Taliban speaker, settled by the incident's date (:func:`side_on`).
TALIBAN = "Taliban"
#: The day the Taliban took Kabul: from then on they speak for the Afghan state.
TALIBAN_RULE = "2021-08-15"

_SAID = (
    r"(?:has\s+|have\s+|had\s+)?"
    r"(?:said|says|told|tells|accused|accuses|blamed|blames|alleged|alleges|insisted|claimed)\b"
)
#: A person's name set off by commas: ", Zabihullah Mujahid," / ", Maj. Gen. Ahmed Sharif," (titles, initials).
_NAME = r",\s+(?:[A-Z][\w’'-]*\.?\s+){0,4}[A-Z][\w’'-]+,\s+"
#: A person's name before an appositive: "Zabihullah Mujahid", "Maj. Gen. Ahmed Sharif".
_NAMED = r"(?:[A-Z][\w’'-]*\.?\s+){0,3}[A-Z][\w’'-]+"
_ROLE = (
    r"(?:spokes(?:man|woman|person)|officials?|ministry|minister|army|military|government|authorities|"
    r"border\s+(?:service|troops|guards|police|forces)|forces|command|administration)"
)


#: The Afghan Taliban by name, never the Pakistani Taliban ("Pakistani Taliban", "Tehreek-e-Taliban Pakistan", "TTP").
_TALIBAN = (
    r"(?<!Pakistani\s)(?<!Tehreek-e-)(?<!Tehrik-i-)\b(?P<taliban>Taliban(?!\s+Pakistan)(?:[’']s)?|Islamic\s+Emirate)"
)


def speaker_patterns(side: str) -> re.Pattern[str]:
    """The speaker frames beyond "<side> … said", given the side alternation (group ``side``) of the caller.

    Each frame is anchored on a role word, so a side named in passing ("analysts in Kabul said") is no speaker.
    """
    sides = side.replace("(?P<side>", "(?P<of>")
    own = side.replace("(?P<side>", "(?P<named>")
    return re.compile(
        # "<side>'s defence ministry spokesman, <name>, said", "An Afghan official, <name>, said"
        rf"\b{own}\s+(?:[\w’'-]+\s+){{0,4}}?{_ROLE}(?:\s+in\s+[A-Z][a-z]+)?{_NAME}{_SAID}|"
        # "a spokesman for the Afghan defence ministry said", "officials of the Tajik border service told"
        rf"\b{_ROLE}\s+(?:of|for)\s+(?:the\s+)?{sides}(?:\s+[\w’'-]+){{0,4}}?(?:{_NAME}|,?\s+){_SAID}|"
        # "<name>, a spokesman for Pakistan's army, said", "<name>, spokesman for the Afghan government, said"
        rf"\b{_NAMED},\s+(?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?{_ROLE}\s+(?:of|for)\s+(?:the\s+)?"
        + rf"(?:{side.replace('(?P<side>', '(?P<for>')}|{_TALIBAN.replace('(?P<taliban>', '(?P<taliban_for>')})"
        + rf"(?:\s+[\w’'-]+){{0,4}}?,\s+{_SAID}|"
        # the side through the appositive: "<name>, the Taliban government's spokesman, said", "<name>, the Tajik
        # border service's spokesman, said"
        rf"\b{_NAMED},\s+(?:(?:a|an|the)\s+)?"
        + rf"(?:{side.replace('(?P<side>', '(?P<apposed>')}|{_TALIBAN.replace('(?P<taliban>', '(?P<taliban_apposed>')})"
        + rf"(?:\s+[a-z][\w’'-]*){{0,3}}?(?:[’']s)?\s+(?:[a-z]+\s+)?{_ROLE},\s+{_SAID}|"
        # "A Taliban spokesman said", "The Taliban said", "the Taliban's spokesman in Kabul, <name>, said"; never
        # the Pakistani Taliban ("Pakistani Taliban", "Tehreek-e-Taliban Pakistan", "TTP")
        r"(?<!Pakistani\s)(?<!Tehreek-e-)(?<!Tehrik-i-)\b(?P<taliban>Taliban)(?!\s+Pakistan)(?:[’']s)?"
        rf"(?:\s+(?!(?:in|of|for)\b)[a-z][\w’'-]*){{0,4}}?(?:\s+in\s+[A-Z][a-z]+)?(?:{_NAME}|\s+){_SAID}"
    )


def speaker_side(match: re.Match[str]) -> str | None:
    """The side a :func:`speaker_patterns` match speaks for: a code's word, or :data:`TALIBAN`."""
    if match.group("taliban") or match.group("taliban_for") or match.group("taliban_apposed"):
        return TALIBAN
    return match.group("named") or match.group("of") or match.group("for") or match.group("apposed")


def side_on(code: str, event_date: object) -> str | None:
    """A speaker's side on the incident's date: a Taliban speaker is the Afghan side only after they took Kabul.

    With no date, or before that day, a Taliban speaker is no state's side and its account is not weighed.
    """
    if code != TALIBAN:
        return code
    return "AF" if isinstance(event_date, str) and event_date >= TALIBAN_RULE else None
