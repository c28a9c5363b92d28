"""The armed crossers' nation told of the men, not of their trade (issue 14, extract177: victims out of sample).

:mod:`.smugglers_dead` gives the dead of a guards' clash with armed crossers the nation the report gives the group,
told with their trade ("armed Afghan drug traffickers", "drug smugglers from Afghanistan"). Border services' reports
tell it of the men instead: the dead named in apposition to the crossers' word ("One of the intruders, an Afghan
named …, was killed in the skirmish", Asia-Plus 215), or the crossers counted by their nation as they crossed ("five
Afghan citizens crossed the state border illegally …; three of the intruders were neutralized", 24.kg 794). Both are
coded with the nationality and no target type, as the trade-worded ones are (the coders' eighth-round case).

Only these two shapes, each a sentence's own words: the apposition right after a crossers' word, and a count of
nationals whose verb is the illegal crossing itself. "A Kyrgyz citizen who had crossed the border was wounded"
(1202) tells a civilian crosser, not an armed group: :mod:`.smugglers_dead` reads only armed clashes whose toll names
no one but the crossers, and never a nation that is the clash's country.
"""

from __future__ import annotations

import re

from .draft import state_code
from .sentences import Sentence

#: The crossers' own word: "intruders", "border violators", "trespassers", "smugglers", "traffickers".
_CROSSERS = r"(?:intruders?|(?:border\s+)?violators?|trespassers?|infiltrators?|smugglers?|traffickers?)"
#: The dead named in apposition: "One of the intruders, an Afghan named …", "the trespassers, both Afghans".
_APPOSED = re.compile(rf"\b{_CROSSERS},\s+(?:an?|both|all)\s+(?P<nation>[A-Z][a-z]+)\b")
#: The crossers counted by their nation as they crossed: "five Afghan citizens crossed the state border illegally".
_COUNTED = re.compile(
    r"\b(?i:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?P<nation>[A-Z][a-z]+)\s+(?:citizens|nationals)\s+"
    r"(?:illegally\s+)?(?:crossed|violated)\s+(?:the\s+)?(?:state\s+)?(?:border|frontier)\b"
)


def intruders_nations(sentences: list[Sentence]) -> set[str]:
    """The nations the sentences give armed crossers by the men's own words (see the module)."""
    found: set[str] = set()
    for sentence in sentences:
        for pattern in (_APPOSED, _COUNTED):
            for match in pattern.finditer(sentence.text):
                nation = match.group("nation")
                code = state_code(nation) or (state_code(nation[:-1]) if nation.endswith("s") else None)
                if code:
                    found.add(code)
    return found


def told_of_intruders(sentence: Sentence) -> bool:
    """Whether ``sentence`` gives the crossers a nation in one of the two shapes."""
    return bool(_APPOSED.search(sentence.text) or _COUNTED.search(sentence.text))
