"""The border line itself as the scene, when the incident's sentences name no narrower place.

Issue 14 (extract197, the place field's misses). Of dev's 98 matched incidents drafted with no place, the largest kind
of one phenomenon (29) is coded with the line, a river, a side or a stretch of it: "the border with Afghanistan" (1676),
"near the border with Pakistan" (901), "Afghanistan's border with Turkmenistan" (341), "the Kalagan-Saravan border with
Iran" (44), "the Balochistan border" (524), "a desert road close to Iran's unsettled border with Pakistan and
Afghanistan" (576). The reading of places (:mod:`.place`) reads no border line but the Durand Line: a line is the widest
place there is (:func:`.place._specificity` 0), and any narrower place the incident's sentences name wins. So this runs
after every other reading, on a draft still unplaced, and takes the first line its own sentences (not the background)
tell with a preposition of the scene ("on", "along", "at", "across", "over", "near", "close to"): the phrase as the text
words it, its "near" or "close to" kept (the codebook's "near the Esteqlol border crossing"), the others left.

Only a line the phrase names by the state it is shared with ("the border with Pakistan", "the border between Tajikistan
and Kyrgyzstan"), by its owner ("Afghanistan's border with …") or by a place ("the Balochistan border", "the
Kalagan-Saravan border"). Left alone, each tried on dev and wrong more often than right: a line named by its peoples
("the Tajik-Afghan border", "near the Pakistani border", "the Afghan border with Pakistan": 1 coded so, 13 coded another
place or none); a side ("on the Afghan side of the border": 1 right, 2 wrong); a river (1 wrong); a line told as the
setting of a place named just before it ("a Tajik outpost on the border with Uzbekistan", "a remote town on the
Pakistani-Afghan border"); "near the border" alone, which names nothing (and whose words the scorer all sets aside); a
force, post or unit named after the word ("the Afghan border police", "the border crossing": other readings' business);
the line the fire came from ("from across the border with Afghanistan"); a line where someone spoke or sits
(:func:`.roles.wrong_role`). The text only: the draft is finished, so the place is not located and its country stays as
read. Run with the finished readings (:func:`.draft_passes.read_each_finished`), before
:func:`.wide_region.wide_region`.
"""

from __future__ import annotations

import re

from .draft import Draft, state_code
from .roles import wrong_role
from .sentences import Sentence

#: A capitalized name, hyphened or dashed ("Tajik-Afghan", "Kalagan-Saravan", "Pak-Afghan").
_NAME = r"[A-Z][\w]+(?:[-–][A-Z][\w]+)*"
#: A word that describes a line, between its owner and "border": "Iran's unsettled border with Pakistan".
_DESCRIBED = (
    r"(?:(?:unsettled|porous|disputed|volatile|long|mountainous|rugged|restive|southern|northern|eastern|western)\s+)?"
)
#: What follows "border" when the word names a force, a post or a unit, never the line: "the Afghan border police".
_NOT_THE_LINE = (
    r"(?!\s+(?:guards?|police|forces?|troops|posts?|outposts?|crossings?|checkpoints?|points?|areas?|towns?|"
    r"villages?|regions?|regiments?|detachments?|service|patrols?|control|security|districts?|strips?|zones?|"
    r"units?|officials?|authorities|management|commanders?|battalions?|brigades?|corps|fence|fencing|trade|"
    r"markets?|terminal|gates?|stretch|section|sector)\b)"
)
_BORDER = re.compile(
    r"\b(?P<prep>near|close\s+to|on|along|at|across|over)\s+(?P<phrase>"
    # "the border with Afghanistan", "Afghanistan's border with Turkmenistan", "the Kalagan-Saravan border with Iran"
    rf"(?:the\s+|(?P<owner>{_NAME})['’]s\s+{_DESCRIBED})(?:(?P<name>{_NAME})\s+)?(?:border|frontier)"
    rf"(?P<with>\s+with\s+{_NAME}(?:\s+and\s+{_NAME})?|\s+between\s+{_NAME}\s+and\s+{_NAME})?{_NOT_THE_LINE}"
    r")"
)
#: A place the line is told as the setting of, just before it: "a Tajik outpost on the border with Uzbekistan", "a
#: remote town on the Pakistani-Afghan border", "the Irkeshtam checkpoint on the Kyrgyz-Chinese border".
_SETTING_OF = re.compile(
    r"\b(?:outposts?|posts?|checkpoints?|check-posts?|towns?|villages?|district|city|camps?|bases?|crossings?|areas?|"
    r"province|region|agency|valley|settlement)\s*,?\s*$",
    re.IGNORECASE,
)


def border_line(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Place an unplaced draft on the border line its own sentences name (see the module)."""
    if draft.values.get("place"):
        return
    for sentence in sorted(draft.own_sentences(sentences, background), key=lambda told: told.index):
        found = _named_line(sentence.text)
        if found is not None:
            draft.set("place", found, sentence, path="the border line")
            draft.notes.append(f"Place {found!r}: the border line itself, no narrower place told (.border_line).")
            return


def _named_line(text: str) -> str | None:
    """The first line the sentence tells as a scene, named: the phrase, its "near" or "close to" kept."""
    for match in _BORDER.finditer(text):
        name = match.group("name")
        if name and all(state_code(part) for part in re.split(r"[-–]", name)):
            continue  # "the Tajik-Afghan border", "the Afghan border": the peoples' line, no scene the coding takes
        if not (name or match.group("owner") or match.group("with")):
            continue  # "near the border" alone: no line named
        if re.search(r"\bfrom\s*$", text[: match.start()]):
            continue  # "shells fired from across the border with Afghanistan": where the fire came from
        if _SETTING_OF.search(text[: match.start()]):
            continue  # "a remote town on the Pakistani-Afghan border": the setting of a place told before it
        if wrong_role(text[: match.start()], text[match.end() :]):
            continue  # "told reporters on the Afghan border", a speaker's seat
        phrase = " ".join(match.group("phrase").split())
        prep = " ".join(match.group("prep").split())
        return f"{prep} {phrase}" if prep in ("near", "close to") else phrase
    return None
