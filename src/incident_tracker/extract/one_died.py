"""A death told of one person named by a role, with no count: "and the border violator died" (issue 14).

"The man took no notice when the guards called on him to surrender, so the servicemen opened fire to kill, and the
border violator died" (Pravda.ru 942): one person, told before ("the man"), whose death is told with the definite
article and a singular noun of who he was, never with a number. The toll readings count numbers and "a"/"an" ("a
border guard was killed"); this one is read only when the incident has no death count at all, so a count read
anywhere in its sentences stands ("The soldier died in a heavy exchange of fire" after "a soldier was martyred", 762,
is the same one). One person: the noun is singular, and the verb is told of him alone ("died", "was killed", "was shot
dead", "lost his life"), or he is fired on and then "killed him" (see ``_KILLED_HIM``). Only the incident's own
sentences, not background.
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence

#: Who one person was, by a role or a trade: the nouns reports use for a single victim or a single attacker.
_ONE = (
    r"violator|trespasser|intruder|infiltrator|smuggler|trafficker|attacker|gunman|assailant|man|woman|boy|girl|"
    r"guard|soldier|serviceman|conscript|officer|policeman|driver|shepherd|herder|farmer|teenager|migrant|civilian|"
    r"villager|fisherman|worker|teacher"
)
_DIED = re.compile(
    rf"\bthe\s+(?:[a-z-]+\s+){{0,2}}?(?P<noun>{_ONE})\s+(?:later\s+|then\s+|subsequently\s+|also\s+)?"
    r"(?:died|was\s+killed|was\s+shot\s+dead|has\s+died|had\s+died|lost\s+his\s+life|lost\s+her\s+life)\b",
    re.IGNORECASE,
)

#: One person fired on and then killed, told by a pronoun: "the terrorists also fired on a citizen who was travelling,
#: and sadly killed him" (Al Shorouk 970, coded 1 killed). "Killed him" counts no one by itself ("fired two shots that
#: hit him … and killed him", 981, whose commander is already counted); with "a"/"an" and a singular noun of who he
#: was before it in the same sentence, it is that one man.
_KILLED_HIM = re.compile(
    rf"\b(?:fired\s+(?:on|at|upon)|opened\s+fire\s+(?:on|at)|shot\s+at|attacked)\s+(?:a|an)\s+(?:[a-z-]+\s+){{0,2}}?"
    rf"(?P<noun>{_ONE}|citizen|resident|passer-by|traveller|passenger)\b[^.;]{{0,60}}?\band\s+(?:\w+ly\s+)?"
    r"(?:killed|shot\s+dead|murdered)\s+(?:him|her)\b",
    re.IGNORECASE,
)


#: One man named, then who he was, then his death: "Esmail Baluchzehi, a Baluch fuel carrier, was killed by direct fire
#: from border forces" (Kolbar News 1042, coded 1 killed): his trade is no noun the toll readings know, but a name and
#: its apposition are one person. Over dev, six sentences open so (1011, 1042, 171, 215, 333, 908); the others' tolls
#: are read already (a border guard, a citizen, an officer), and this is read only when no death is counted.
_NAMED_ONE = re.compile(
    r"(?:^|[.:]\s+)(?:(?-i:[A-Z][\w'’.-]+)\s+){1,3}?(?-i:[A-Z][\w'’-]+),\s+(?P<noun>an?\s+[^,;.]{3,60}),\s+"
    r"(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:killed|shot\s+dead)\b",
    re.IGNORECASE,
)


def one_died(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """One dead, when the incident counts no death and its own sentences tell one person's death (see the module)."""
    if draft.values.get("killed") is not None:
        return
    for sentence in draft.own_sentences(sentences, background):
        found = _DIED.search(sentence.text) or _KILLED_HIM.search(sentence.text) or _NAMED_ONE.search(sentence.text)
        if found is not None:
            draft.set("killed", 1, sentence)
            told = "the " if found.re is _DIED else ("a " if found.re is _KILLED_HIM else "")
            draft.notes.append(f"One killed: the death of one person told as '{told}{found.group('noun').lower()}'.")
            return
