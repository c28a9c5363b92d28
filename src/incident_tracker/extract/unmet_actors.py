"""Actors the dictionary has not met, read from their form and their role in the sentence (issue 14).

The reader named a group when the actor dictionary or :func:`.groups.known_group` knew it; a group it had never met
was lost even where the sentence's syntax says it is the one who acted or the one blamed. Three forms are read here:

- a name told with its initials, "<Capitalised words> (<ACRONYM>)" ("the Harkat Inqilab Sistan (HIS)"), in a clause
  of blame ("blamed the attack … on", "accused … of"): a named organisation, taken as the side blamed
  (:func:`acronym_named`); a news agency, a ministry, a state's force or a party is no such side;
- the men of a named group as the subject of the act: "Fighters of the Zainabiyoun Brigade attacked a checkpoint"
  (:func:`men_of_group_acted`);
- a speaker's blame told as a participle: "…, the interior ministry said, blaming the Harkat Inqilab Sistan (HIS)"
  (:func:`blaming`), the speaker the one who attributes.

Wrong is worse than empty: the forms need a capitalised name, and the words of agencies, ministries and forces keep
the reporter's source, the accuser and the victim's unit out.
"""

from __future__ import annotations

import re

#: One word of a group's name: capitalised ("Harkat", "al-Hind", "Lashkar-e-Khorasan") or a particle inside it.
_WORD = r"(?:[A-Z][\w’'-]*|al|ul|e|i|of|the|al-[A-Z][\w’'-]*)"
_NAME = rf"(?:[A-Z][\w’'-]*(?:\s+{_WORD}){{0,5}})"
_ACRONYM = r"\((?P<acronym>[A-Z][A-Za-z-]{1,7})\)"
_NAMED = re.compile(rf"^(?:[Tt]he\s+)?(?P<name>{_NAME})\s+{_ACRONYM}$")
#: Words that make a name a source, an accuser or a state's own body, never a perpetrator.
_NOT_A_GROUP = re.compile(
    r"\b(?:News|Agency|Press|Television|TV|Radio|Times|Post|Service|Ministry|Department|Office|Directorate|"
    r"Police|Army|Corps|Force|Forces|Guards?|Navy|Command|Public\s+Relations|Intelligence|Council|Assembly|"
    r"Parliament|Government|Commission|Committee|Court|Party|Organi[sz]ation\s+for|United\s+Nations|Red\s+Cross|"
    r"Hospital|University|Authority|Administration|Bureau)\b"
)


def acronym_named(phrase: str) -> bool:
    """Whether ``phrase`` is a group told by its name and initials, "the Harkat Inqilab Sistan (HIS)", not an agency,
    a ministry or a state's force ("the Islamic Republic News Agency (IRNA)", "the Frontier Corps (FC)")."""
    match = _NAMED.match(" ".join(phrase.split()))
    return match is not None and not _NOT_A_GROUP.search(match.group("name"))


#: The men of a named group as the subject of the act: "Fighters of the Zainabiyoun Brigade attacked a checkpoint",
#: "Militants of the Harkat Inqilab Sistan (HIS) ambushed a patrol". Only at the start of a clause, so "the bodies
#: of fighters of X" or "soldiers of the Y" are no subject.
_MEN_OF = re.compile(
    rf"(?:^|[,;:]\s+|\b(?:said|that|when|after|as)\s+)(?:[Aa]rmed\s+)?(?:[Ff]ighters|[Mm]ilitants|[Mm]embers|"
    rf"[Gg]unmen|[Ii]nsurgents|[Rr]ebels)\s+(?:belonging\s+to|of|from)\s+(?:the\s+)?"
    rf"(?P<group>{_NAME}(?:\s+{_ACRONYM})?)"
    r"(?:\s+(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day)?"
    r"\s+(?:had\s+|have\s+|has\s+)?(?:then\s+)?(?:attacked|ambushed|stormed|assaulted|raided|killed|shot|"
    r"opened\s+fire|fired\s+(?:on|at)|abducted|kidnapped|seized|bombed|struck|targeted|carried\s+out)\b"
)


def men_of_group_acted(text: str) -> str | None:
    """The named group whose men are the subject of the act, or None (see :data:`_MEN_OF`)."""
    match = _MEN_OF.search(text)
    if match is None:
        return None
    group = match.group("group")
    name = re.sub(rf"\s+{_ACRONYM}$", "", group)
    if _NOT_A_GROUP.search(name) or _is_place(name):
        return None
    return group


def _is_place(name: str) -> bool:
    """A country or a demonym is where the men came from, not their group ("Militants from Afghanistan")."""
    from .draft import country_code
    from .vocab import DEMONYMS

    return bool(country_code(name)) or name.lower() in DEMONYMS


#: "…, the interior ministry said, blaming the Harkat Inqilab Sistan (HIS)": the speaker, then the one blamed.
_BLAMING = re.compile(
    r"(?P<who>(?:[Tt]he\s+)?(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s+(?:said|says|announced|stated),\s+"
    r"(?:and\s+)?(?:blaming|accusing)\s+(?P<perp>(?:the\s+)?[^,.;]{2,80}?)"
    r"(?=\s+(?:for|of)\b|\s*[,.;]|\s*$)"
)


def blaming(text: str) -> tuple[str, str] | None:
    """(the one blamed, the speaker) of a blame told as a participle after the speaker's verb, or None.

    The one blamed must be a side the reader can name: a group told by its name and initials, or one
    :func:`.statement.names_a_side` takes."""
    from .statement import clean_side, names_a_side

    match = _BLAMING.search(text)
    if match is None:
        return None
    perp = match.group("perp")
    if not (acronym_named(perp) or names_a_side(perp)):
        return None
    who = clean_side(match.group("who"))
    perp_side = clean_side(perp)
    if who is None or perp_side is None:
        return None
    return perp_side, who
