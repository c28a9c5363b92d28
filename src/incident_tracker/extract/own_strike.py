"""A state's military telling that its own strike hit: the codebook's ``confirmed``, its forces as the actor.

"The Pakistan Army kept up its artillery fire on militant camps along the border" … "'Terrorists' hideouts on the
border have been effectively targeted,' the Inter-Services Public Relations said" (Dawn 660). The report tells the
fire as one state's, and that state's own military media wing says the targets were hit: the side accepts the act.
Read only for an incident fired from afar (artillery, rockets, mortars, an air strike or a drone) that no sentence
has attributed yet, or that one alleges against that same state's forces ("the Pakistan Army shelled …, local
sources said"), where the speaker is the military of the very state whose forces the incident's sentences name
firing, and the statement tells targets hit in the passive ("have been targeted", "were effectively targeted") with
no denial. The actor is those forces as the report names them ("the Pakistan Army"); with none named, nothing is filled.
"""

from __future__ import annotations

import re

from .draft import Draft, state_code
from .sentences import Sentence

_FROM_AFAR = frozenset({"artillery", "rocket", "mortar", "missile", "airstrike", "drone", "_shelling"})
#: A state's military speaking: its media wing by name, or "the Pakistani military said".
_WING = re.compile(r"\b(?:Inter[- ]Services\s+Public\s+Relations|ISPR)\b")
_MILITARY_SAID = re.compile(
    r"\b(?:the\s+)?(?P<side>[A-Z][a-z]+)(?:['’]s)?\s+(?:army|military|armed\s+forces)\s+(?:said|says|stated)\b"
)
#: Targets told hit, in the passive: the strike's own account of what it did.
_HIT = re.compile(
    r"\b(?:have|has|had)\s+been\s+(?:effectively\s+|successfully\s+)?(?:targeted|destroyed|hit|struck)\b|"
    r"\bwere\s+(?:effectively\s+|successfully\s+)(?:targeted|destroyed|hit|struck)\b"
)
_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied)|rejected|refuted|not|never|false)\b", re.IGNORECASE)
#: The state's forces named in the incident's own sentences: "the Pakistan Army", "Pakistan's military".
_FORCE = re.compile(r"\b(?P<side>[A-Z][a-z]+)(?:['’]s)?\s+(?:Army|army|military|armed\s+forces|forces|troops)\b")


def own_strike(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """``confirmed``, with the forces as actor, for a strike its own state's military says hit (see the module)."""
    values = draft.values
    status, perpetrator = values.get("attribution"), str(values.get("perpetrator") or "")
    if status not in (None, "alleged") or not _FROM_AFAR & set(values.get("weapons", [])):
        return
    forces = [
        (code, match.group(0))
        for index in dict.fromkeys(draft.sentences)
        if index < len(sentences) and index not in background
        for match in _FORCE.finditer(sentences[index].text)
        if (code := state_code(match.group("side")))
    ]
    if len({code for code, _ in forces}) != 1:
        return
    side, force = forces[0]
    if (status or perpetrator) and {state_code(w) for w in re.findall(r"[A-Z][a-z]+", perpetrator)} - {None} != {side}:
        return  # alleged against that very side ("the Pakistan Army shelled …, local sources said") is raised
    for sentence in sentences:
        text = sentence.text
        if sentence.index in background or _DENIAL.search(text) or not _HIT.search(text):
            continue
        said = _MILITARY_SAID.search(text)
        speaker = "PK" if _WING.search(text) else (state_code(said.group("side")) if said else None)
        if speaker != side:
            continue
        draft.set("attribution", "confirmed", sentence, replace=True)
        if not perpetrator:
            draft.set("perpetrator", force, sentence)
        draft.notes.append("The state's own military says its strike hit: confirmed, its forces as the actor.")
        return
