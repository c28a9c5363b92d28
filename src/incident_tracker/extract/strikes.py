"""Who struck from the air: a state named as the striker, and whether that state owns the strike.

Air and drone strikes across these borders are a state's, and reports name the state
in a few grammatical shapes rather than with a reporting verb: "Pakistani air strikes
killed 46", "air strikes carried out by Pakistan", "strikes that Pakistan carried out",
"Pakistan had carried out … precision military strikes". The state so named is the
actor. Whether the status is ``confirmed`` or only ``alleged`` depends on whether that
state itself speaks of the strikes as its own: its officials, military or ministry
saying what the strikes hit, or acknowledging the operation. A denial or "has not
commented" acknowledges nothing.
"""

from __future__ import annotations

import re

from .sentences import Sentence
from .statement import Attribution
from .vocab import DEMONYMS

_NAME = r"[A-Z][a-z]+"
_STRIKE = r"(?i:air|drone|missile|aerial|military|precision|retaliatory)\s+strikes?"
#: A state owning a strike in the report's words: "Uzbekistan admits Tajik air strike" (BBC 1264). One admits one's
#: own act, so the admitting state is the striker and the people's word after the verb is where the bombs fell.
_ADMITS = re.compile(
    rf"\b(?P<name>{_NAME})\s+(?:admits|admitted|acknowledges|acknowledged|owns up to)\s+(?:(?:an?|the)\s+)?"
    rf"(?:{_NAME}\s+)?{_STRIKE}\b"
)
_STRIKER = (
    _ADMITS,
    # "Pakistani air strikes", "Iranian drone strikes"
    re.compile(rf"\b(?P<demonym>{_NAME})\s+{_STRIKE}\b"),
    # "air strikes carried out by Pakistan", "strikes launched by the Pakistani military"
    re.compile(
        rf"\b{_STRIKE}\s+(?:were\s+|had been\s+)?(?:carried out|conducted|launched)\s+by\s+(?:the\s+)?"
        rf"(?P<name>{_NAME})\b"
    ),
    # "strikes that Pakistan carried out"
    re.compile(
        rf"\bstrikes?\s+(?:that|which)\s+(?P<name>{_NAME})\s+(?:had\s+|has\s+)?(?:carried out|conducted|launched)"
    ),
    # "Pakistan had carried out a series of … military strikes"
    re.compile(
        rf"\b(?P<name>{_NAME})(?:[’']s\s+(?:military|army|air force))?\s+(?:had\s+|has\s+)?"
        rf"(?:carried out|conducted|launched)\b[^.;]{{0,90}}?\bstrikes?\b"
    ),
)
_OWN_VOICE = r"(?:officials|military|army|armed forces|air force|forces|ministry|government|spokesm[ae]n)"
_SPEAKS = re.compile(r"\b(?:said|says|acknowledged|confirmed|admitted|reported|quoting|statement)\b", re.IGNORECASE)
_ABOUT_IT = re.compile(r"\b(?:strikes?|operation|raids?)\b", re.IGNORECASE)
_NOT = re.compile(r"\b(?:not|no|denied|denies|deny|neither)\b", re.IGNORECASE)
_ACKNOWLEDGED = re.compile(r"\backnowledged\s+(?:the|its|this|that)\s+(?:operation|strikes?|raids?)\b", re.IGNORECASE)


def _state(match: re.Match[str]) -> tuple[str, str] | None:
    """The striking state's code and demonym, or None when the word is not a state's."""
    from .draft import country_code

    groups = match.groupdict()
    if groups.get("demonym"):
        word = groups["demonym"].lower()
        return (DEMONYMS[word], word) if word in DEMONYMS else None
    code = country_code(groups["name"])
    if code is None:
        return None
    demonym = next((word for word, c in DEMONYMS.items() if c == code), None)
    return (code, demonym) if demonym else None


def striking_state(
    event_sentences: list[Sentence], article_sentences: list[Sentence]
) -> tuple[Attribution, Sentence] | None:
    """The state named as the striker in the event's sentences (or owning the strike anywhere in the report, see
    :data:`_ADMITS`), confirmed if it speaks of them as its own."""
    found: tuple[str, str] | None = None
    evidence: Sentence | None = None
    admitted = False
    # an admission is the striker's own word wherever the report gives it (the headline, above the event's sentences)
    owning = [s for s in article_sentences if _ADMITS.search(s.text) and s not in event_sentences]
    for sentence in [*event_sentences, *owning]:
        text = sentence.text
        for pattern in _STRIKER:
            for match in pattern.finditer(text):
                state = _state(match)
                if state is not None and not _NOT.search(text[max(0, match.start() - 30) : match.start()]):
                    found, evidence, admitted = state, sentence, pattern is _ADMITS
                    break
            if found:
                break
        if found:
            break
    if found is None or evidence is None:
        return None
    code, demonym = found
    acknowledged = admitted or any(
        (_own_voice(text, code, demonym) and _SPEAKS.search(text) and _ABOUT_IT.search(text) and not _NOT.search(text))
        or _ACKNOWLEDGED.search(text)
        for text in (sentence.text for sentence in article_sentences)
    )
    status = "confirmed" if acknowledged else "alleged"
    return Attribution(status, perpetrator=f"{demonym.capitalize()} forces"), evidence


_VOICE = re.compile(rf"\b(?P<who>{_NAME})(?:[’']s)?\s+(?:[a-z]+\s+){{0,2}}{_OWN_VOICE}\b")


def _own_voice(text: str, code: str, demonym: str) -> bool:
    """Whether the striking state's own officials, military or ministry speak in a sentence."""
    from .draft import country_code

    return any(m.group("who").lower() == demonym or country_code(m.group("who")) == code for m in _VOICE.finditer(text))
