"""The side behind "the border guards" or "the shepherds" of an act, named in an earlier sentence.

Reports from the Central Asian border services name a side once and then tell its act by the bare noun:
"three Tajik servicemen walked up to him … The border guards then opened fire on the KAMAZ" (Kloop 460),
"an Uzbek border patrol had come across two men … and the border guards opened fire" (The Times of Central
Asia 468), "an Uzbek border patrol had come upon two unknown men … the guards fired" (24.kg 321), "An Uzbek
border patrol found two people … The soldiers then used their firearms" (Fergana 322); "citizens of
Tajikistan — shepherds … One of the shepherds fired several shots" (24.kg through Tajik Herald 172,
Economist.kg 464, and "shepherds from Tajikistan", News.Az 122). :mod:`.attribution` reads one sentence,
where "the border guards" names no side; here, when an incident has no statement about who acted, the
bare noun takes the side the report named before it — only when one state (for a force) or one country
(for civilians) was named, never when two were. The sentence is then read again with the side's name
in it, so it is read by the same patterns, and its speaker makes it ``confirmed`` as before ("the Uzbek
side said").
"""

from __future__ import annotations

import re

from .actors import forces_named
from .attribution import read_attribution
from .draft import ATTRIBUTION_FIELDS, Draft, country_code
from .sentences import Sentence
from .vocab import DEMONYMS

_FORCES = r"border\s+guards|guards|servicemen|soldiers|troops|border\s+patrol|patrol|border\s+forces"
_CIVILIANS = r"shepherds|herders|villagers|smugglers"
#: The bare noun: "The border guards then opened fire", "One of the shepherds fired", "the guards fired".
_BARE = re.compile(rf"\b(?P<the>[Tt]he)\s+(?P<noun>{_FORCES}|{_CIVILIANS})\b")
#: Two sides' forces named together: "Uzbek and Kyrgyz servicemen" names the Uzbek side too.
_PAIRED = re.compile(rf"\b([A-Z][a-z]+)\s+(?:and|or)\s+(?:the\s+)?[A-Z][a-z]+\s+(?:{_FORCES}|forces)\b")
#: Fire answered is not who acted: "the soldiers returned fire", "fired back", "in response".
_ANSWER = re.compile(r"\b(?:returned fire|fired back|in response|retaliat\w*|responded)\b", re.IGNORECASE)


def _demonym(code: str) -> str | None:
    return min((w for w, c in DEMONYMS.items() if c == code), key=len, default=None)


def _civilians_of(noun: str, before: str) -> set[str]:
    """The countries the report gave these civilians: "Tajik shepherds", "shepherds from Tajikistan",
    "citizens of Tajikistan — shepherds"."""
    codes = set()
    for match in re.finditer(rf"\b(?P<dem>[A-Z][a-z]+)\s+{noun}\b", before):
        if match.group("dem").lower() in DEMONYMS:
            codes.add(DEMONYMS[match.group("dem").lower()])
    for match in re.finditer(
        rf"\b(?:{noun}\s+(?:from|of)\s+|(?:citizens|nationals|residents)\s+of\s+)(?P<where>[A-Z][a-z]+)"
        rf"(?P<rest>\s*(?:--|—|–|,)\s*{noun}\b)?",
        before,
    ):
        told = match.group(0).startswith(noun.split()[0]) or match.group("rest")
        if told and (code := country_code(match.group("where"))):
            codes.add(code)
    return codes


def _side_of(noun: str, before: str) -> str | None:
    """The one side the words before name for this noun, in the words to read it by, or None."""
    if re.fullmatch(_CIVILIANS, noun):
        codes = _civilians_of(noun, before)
        demonym = _demonym(next(iter(codes))) if len(codes) == 1 else None
        return f"{demonym.capitalize()} {noun}" if demonym else None
    named = forces_named(before)
    states = {DEMONYMS[w.lower()] for words in named.values() for w in words.split() if w.lower() in DEMONYMS}
    states |= {DEMONYMS[m.group(1).lower()] for m in _PAIRED.finditer(before) if m.group(1).lower() in DEMONYMS}
    if len(states) != 1:
        return None
    return re.sub(r"^[Tt]he\s+", "", next(iter(named.values())))


def side_named_before(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Read who acted from a bare "the border guards" or "the shepherds" (see the module)."""
    status, before = draft.values.get("attribution"), str(draft.values.get("perpetrator") or "")
    # "The Tajik citizens ignored the guards' demand … and began throwing stones" then "One of the shepherds fired":
    # the same people, by what they were (News.Az 122, Tajik Herald 172)
    citizens = status == "alleged" and re.fullmatch(r"[A-Z][a-z]+\s+(?:citizens|nationals|residents)", before)
    if status not in (None, "unattributed") and not citizens:
        return
    for index in dict.fromkeys(draft.sentences):
        if index >= len(sentences) or index in background:
            continue
        text = sentences[index].text
        if _ANSWER.search(text):
            continue
        earlier = " ".join(s.text for s in sentences[:index] if s.index not in background)
        for bare in _BARE.finditer(text):
            noun = " ".join(bare.group("noun").split())
            side = _side_of(noun, f"{earlier} {text[: bare.start()]}")
            if side is None:
                continue
            demonym = side.split()[0]
            found = read_attribution(f"{text[: bare.start()]}{bare.group('the')} {demonym} {noun}{text[bare.end() :]}")
            if found is None or found.status not in ("alleged", "confirmed") or not found.perpetrator:
                continue
            if demonym.lower() not in found.perpetrator.lower():
                continue  # the sentence named someone else as acting
            if citizens:
                if before.split()[0] == demonym and re.fullmatch(_CIVILIANS, noun):
                    draft.set("perpetrator", side, sentences[index], replace=True)
                return
            draft.forget(*ATTRIBUTION_FIELDS)
            draft.set("attribution", found.status, sentences[index], replace=True)
            draft.set("perpetrator", side, sentences[index])
            if found.attributed_by:
                draft.set("attributed_by", found.attributed_by, sentences[index])
            return
