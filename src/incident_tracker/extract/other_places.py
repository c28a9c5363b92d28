"""The places a sentence names that are not its scene, cut out of the text read for the scene.

Where an attack came from, where someone lives, a town far from these borders, a funeral's place, the two
ends of a railway, the event this one answers, the hospital the wounded were taken to: :func:`.place.read_place`
reads the scene from what is left.
"""

from __future__ import annotations

import re

from .attribution_patterns import ORIGIN
from .draft import Draft, country_code
from .not_counts import without_answered
from .place_patterns import _FAR_PLACE, _HOME_OF_PERSON, FUNERAL_OF
from .sentences import Sentence


def _before_from(match: re.Match[str]) -> str:
    """What an origin phrase says before its "from", which may still be the scene ("fired at the gate from …")."""
    said = match.group(0)
    cut = said.rfind(" from ")
    return said[:cut] + " " if cut > 0 else " "


#: A part of a named crossing, before its name: "the main entrance gate of", "the gate of".
_PART_OF_CROSSING = re.compile(
    r"\bthe\s+(?:(?:main|entrance|front|border|outer|inner)\s+)*(?:gate|entrance|terminal)\s+of\s+"
    r"(?=the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:border\s+)?(?:crossing|border\s+post|checkpoint)\b)"
)


#: The shooters told with the country they fired from, before the fire: "militants inside Pakistan fired rockets at",
#: "insurgents across the border in Pakistan launched mortars" (their origin, never the scene the rounds hit).
_SHOOTERS_INSIDE = re.compile(
    r"\b(?P<who>(?i:militants|insurgents|attackers|fighters|gunmen|rebels|Taliban)\s+)(?:(?:across\s+the\s+border\s+)?"
    r"in|inside|within)\s+(?:neighbou?ring\s+)?[A-Z][\w'’-]+\s+(?=(?:had\s+)?(?:fired|launched|shelled|lobbed)\b)"
)


#: The wounded taken to a hospital, and where it lies, to the clause's end; told in the active too ("the team took
#: the children to the District Headquarters Hospital in Khar", Dawn 319: Khar, not the Salarzai area hit).
_TREATED_AT = re.compile(
    r"\b(?:(?:taken|rushed|shifted|moved|brought|admitted|treated|evacuated|transferred|referred)\s+|"
    r"(?:took|take|takes|taking|carried|ferried|flew|airlifted)\s+(?:[\w-]+\s+){1,3}?(?=to\s))(?:to|in|at)\s+"
    r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:hospitals?|CMH|clinic|infirmary|morgue|mortuary|(?:health|medical|trauma)\s+"
    r"(?:centre|center|facility|complex|unit))\b[^.;]*",
    re.IGNORECASE,
)
#: A home told as a clause: "lives in the village of X in Y region", "who resided in X". Never the noun: "lost their
#: lives in a Taliban attack in X district" (Sputnik 723) tells the deaths and the scene, no home (a word of owning or
#: of losing before "lives" makes it the noun).
_LIVES_IN = re.compile(
    r"\b(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)(?<!\byour\s)(?<!\bthe\s)(?<!\blost\s)"
    r"(?:lives|lived|living|resides|resided|residing)\s+in\b[^.;]*",
    re.IGNORECASE,
)


#: A railway told by its two ends, to the clause's end (cut by :func:`scene_text`).
_LINE_ENDS = re.compile(
    r"\b(?:the|a)\s+(?:important\s+|main\s+)?(?:rail(?:way)?\s+(?:link|line)|line|railway)\s+(?:that\s+)?"
    r"(?:(?:runs|run|ran)\s+(?:\w+\s+)?from|between|links?|linking|connecting|joining)\s+[^,;.]{1,120}",
    re.IGNORECASE,
)


def scene_text(draft: Draft, sentence: Sentence, text: str) -> str:
    """The sentence with every place that is no scene cut out; a country owning the hospital is still a mention."""
    # where an attack came from is not where it happened; what precedes "from" may be ("fired at the Angoor Adda
    # gate from the Afghan side")
    text = ORIGIN.sub(_before_from, text)
    # "militants inside Pakistan fired rockets at bases in eastern Afghanistan": where the shooters stood, the origin
    text = _SHOOTERS_INSIDE.sub(lambda m: m.group("who"), text)
    # "at the main entrance gate of the Torkham crossing": a part of a crossing is told by the crossing's name
    text = _PART_OF_CROSSING.sub("", text)
    # where someone lives is not where it happened: "A.U. lives in the village of Azhek in Jalal-Abad region" (Knews
    # 536: the herder was shot across the line, in Uzbekistan); the clause, to its end, names no scene
    text = _LIVES_IN.sub("", text)
    # nor is a person's home told with them: "F.M., a resident of Kurulush village in the Aksy district, was walking
    # towards the village of Mamai", "a man from the village of Chongkara …, was killed … in the Kungeioetoek area"
    text = _HOME_OF_PERSON.sub("", text)
    # nor a town far from these borders: "killed … near the Iraqi city of Samarra" (710, a funeral told after the
    # ambush) is no scene of theirs, and "Iraqi city" no name
    text = _FAR_PLACE.sub("", text)
    text = FUNERAL_OF.sub("", text)
    # nor the two ends of the railway the scene lies on: "the rail link between Termez in Uzbekistan and the Tajik city
    # of Qurgonteppa", "the line that links X with Y" (issue 14); "the track between the towns of A and B" is a stretch
    text = _LINE_ENDS.sub("the line", text)
    # nor where the event this one answers or follows happened: "came in answer to Saturday's suicide bombing in Swat"
    text = without_answered(text)
    # where the wounded were treated, to the clause's end: "taken to the district hospital in Chust, in Uzbekistan's
    # Namangan region" names the hospital's town and region, not the scene (roles.wrong_role leaves out only the
    # town); the country it names is still said, as "Iran's Zabol county" says it
    if treated := _TREATED_AT.search(text):
        for owner in re.findall(r"\b([A-Z][\w-]+)[’']s\b", treated.group(0)):
            if code := country_code(owner):
                draft.set("_country_mention", code, sentence)
        text = text[: treated.start()] + text[treated.end() :]
    return text
