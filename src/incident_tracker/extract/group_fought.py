"""The named group a state's forces fought, told by its men: they attacked, or they fell in the clash (issue 14).

Two shapes of news prose name the group a clash was fought with, where the reader found no one (975, 976):

- *its men as the subject, the group described*: "Fighters of the Sunni Baluch group Jaish al-Adl, which is linked
  to al-Qaeda, attacked Iranian forces": the description before the name ("the Sunni Baluch group") and the relative
  clause after it ("which is linked to …") are taken out, and the men of the group acting are read as
  :func:`.unmet_actors.men_of_group_acted` reads "Fighters of Jaish al-Adl attacked";
- *its men told dead at the forces' hands or in the fight*: "Security forces have killed five members of the
  terrorist group that calls itself Jaish ul-Adl", "five members of Jaish al-Adl had died in the fighting": the
  state's account of whom it fought, an allegation (``alleged``), as the state's label for the men it killed is
  (:func:`.parties.foe_named_by_the_state`).

Only a group the actor dictionary or the shape of its name knows as a non-state armed group (:func:`.groups.
known_group`); "another armed group" is another event's, and a sentence about the group itself ("was set up in
2012") ties it to nothing.
"""

from __future__ import annotations

import re

from .groups import known_group
from .statement import Attribution
from .unmet_actors import _NAME, men_of_group_acted

#: "the Sunni Baluch group Jaish al-Adl": up to three describing words and "group" before a capitalised name.
_DESCRIBED = re.compile(
    r"\b(?P<of>of|from|belonging\s+to)\s+the\s+(?:[A-Za-z’'-]+\s+){0,3}?(?:group|organi[sz]ation|outfit|movement)\s+"
    r"(?=[A-Z])"
)
#: ", which is linked to al-Qaeda,": a relative clause between commas, told of what precedes it.
_RELATIVE = re.compile(r",\s+(?:which|who)\s+[^,;.]{1,80},")

_MEN = r"(?:members|fighters|militants|gunmen|men|terrorists|insurgents)"
#: The forces killing the group's men: "Security forces have killed five members of the … group …".
_FORCES_KILLED = re.compile(
    r"\b(?i:security\s+forces|forces|troops|soldiers|border\s+guards|police|army|guards|IRGC)\s+"
    r"(?:(?:have|has|had|then|also)\s+)?(?:killed|shot\s+dead|eliminated|neutrali[sz]ed)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_MEN}\s+of\s+(?P<group>[^,;.]{{3,90}})"
)
#: The group's men told dead: "five members of Jaish al-Adl had died in the fighting".
_MEN_DIED = re.compile(
    rf"\b{_MEN}\s+of\s+(?P<group>[^,;.]{{3,60}}?)\s+(?:had\s+|have\s+)?(?:died|(?:were|had\s+been|have\s+been)\s+killed)"
    r"\s+(?:in|during)\s+the\s+(?:fighting|clash(?:es)?|gunfight|exchange\s+of\s+fire|encounter|battle)\b"
)
#: A group the text names as one: "the terrorist group that calls itself Ansar al-Furqan", "a group known as X".
_CALLED = re.compile(
    rf"\b(?:group|organi[sz]ation|outfit)\s+(?:that\s+calls\s+itself|calling\s+itself|called|known\s+as|named)\s+"
    rf"(?P<name>{_NAME})"
)
_NOT_THIS_ONE = re.compile(
    r"\b(?:another|other|former|earlier)\s+(?:armed\s+)?(?:group|organi[sz]ation)\b|"
    r"\b(?:set\s+up|founded|formed|designated|emerged)\b"
)


def group_fought(text: str) -> Attribution | None:
    """The named group whose men attacked or fell in the clash (see the module), ``alleged``; else None."""
    plain = _RELATIVE.sub("", _DESCRIBED.sub(lambda m: m.group("of") + " ", text))
    if plain != text and (acted := men_of_group_acted(plain)):
        return Attribution("alleged", perpetrator=acted)
    if _NOT_THIS_ONE.search(text):
        return None
    for pattern in (_FORCES_KILLED, _MEN_DIED):
        found = pattern.search(text)
        if found is None:
            continue
        called = _CALLED.search(found.group("group"))
        if name := known_group(found.group("group"), non_state=True) or (called and called.group("name")):
            return Attribution("alleged", perpetrator=name)
    return None
