"""The state's word "terrorists" for attackers of a report that names no border: no allegation.

The corpus codes a military statement that "terrorists attacked the post" as ``alleged`` against "terrorists"
when the report is about the border: the label then says who crossed or fired from the other side ("terrorists
inside Afghanistan fired across the border", Business Recorder 276; The News 100). A report that names no border,
no crossing and no country but its own tells an attack inside the country (the Zhob Garrison's, 593, 595, 605):
there the state's "terrorists" is only its word for whoever attacked, names no one and no origin, and the coding
leaves the attack ``unattributed`` with no perpetrator. Only the bare label is dropped ("terrorists", "a group of
terrorists"); a group's name, an origin or handlers abroad stay.

A report that names the border but no side across it is the same case (the codebook's ruling of 2026-12-04: a
generic label with no origin and no named group is "only a generic one"): "a group of terrorists attacked a check
post on the Iran border", with nothing in the report saying where they came from or which group they were (Pakistan
Today 762, Public News 763), and so are the label's other words: "a terrorist cell", "terrorist groups", "bandits",
"militants", "rebels" (518, 520, 311, 84 as recoded). Any origin told of the attackers ("from across the border",
"from Afghanistan", "Afghan soil", "based in Pakistan"), a group the actor dictionary knows, or the label paired with
another ("terrorists and drug traffickers") keeps the allegation; an origin told only of another, earlier event
(the background: "In April four soldiers were martyred when terrorists operating from Iranian territory attacked a
patrol", 834, 837, 265) is not this attack's, and "from a neighbouring country" is an origin it does not name (298).
Flight after the attack is no origin ("fled toward Pakistan", "pushed back into Pakistan": 519, 520, 708, 709 as the
coders read them), and a crossing told of somebody else ("the Baloch minority, which also lives across the border") is
not the attackers'.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .draft import ATTRIBUTION_FIELDS, Draft, country_code
from .generic_labels import group_of_label, names_no_one
from .groups import known_groups
from .sentences import Sentence
from .vocab import DEMONYMS

#: The bare label, as the reader keeps it ("terrorists", "a group of terrorists", "a terrorist cell",
#: "terrorist groups", "bandits"): a name for whoever struck, no group's, no sponsor's, no origin's.
_LABEL = re.compile(
    r"^[\"“]?(?:(?:a\s+)?group\s+of\s+|the\s+|an?\s+)?(?:armed\s+)?(?:terrorists|terrorist\s+(?:cells?|groups?|teams?|elements)|bandits|militants|insurgents|gunmen|rebels|counter-?revolutionary\s+elements)[\"”]?$",
    re.IGNORECASE,
)
#: What makes a report the border's: the line, a crossing, fire from the other side.
#: Where the attackers came from or went: across the border, another side, a country by name or adjective.
_ORIGIN = re.compile(
    # "had come into Sistan and Baluchestan province from a neighbouring country": an origin it does not name (298)
    r"\bfrom\s+(?:across\b|the\s+other\s+side\b|(?:a|the)\s+neighbou?ring\s+(?:country|state)\b|"
    r"(?:the\s+)?(?:neighbou?ring\s+)?(?P<c1>[A-Z][a-z]+))|"
    r"\bacross\s+the\s+(?:[\w-]+\s+){0,2}(?:border|frontier)\b|\b(?P<c2>[A-Z][a-z]+)\s+(?:soil|territory|side)\b|"
    r"\b(?:inside|based\s+in|hideouts\s+in|sanctuaries\s+in|handlers\s+in)\s+(?:the\s+)?(?P<c3>[A-Z][a-z]+)"
)
#: The label paired with another kind of attacker: "clashes with terrorists and drug traffickers".
_PAIRED = re.compile(r"\bterrorists\s+and\s+(?:drug\s+|armed\s+)?[a-z]+ers\b", re.IGNORECASE)
#: A sentence that tells the attackers or their act, where their origin can be told.
_ATTACKERS = re.compile(
    r"\b(?:terrorist|militant|bandit|insurgent|rebel|attack|assailant|gunm[ae]n|raider|infiltrat|fir(?:e|ed|ing)\b|"
    r"shell|they\b|them\b|their\b|elements\b|cells?\b|men\b|miscreants|came|come|crossed)",
    re.IGNORECASE,
)
_BORDER = re.compile(r"\b(?:borders?|cross-border|across|Durand|infiltrat\w*|frontier(?!\s+Corps))\b", re.IGNORECASE)
#: How far a place lies from a border: "a remote town some ten kilometres from the Afghan border" (dpa 1018) says where
#: the town is, not where the attackers came from, so its "from the Afghan" is no origin.
_DISTANCE = re.compile(
    r"\b(?:kilomet(?:er|re)s?|km|miles)\s+(?:\([^)]{1,20}\)\s+)?(?:away\s+)?from\s+(?=(?:the\s+)?[A-Z][\w-]*\s+(?:border|frontier)\b)",
    re.IGNORECASE,
)


def label_without_border(
    draft: Draft, sentences: list[Sentence], named: set[str], background: Collection[int] = ()
) -> None:
    """Drop a bare "terrorists" allegation from a report naming no border and at most one country (see module)."""
    values = draft.values
    if values.get("origin_country") or values.get("origin_place") or values.get("attribution") != "alleged":
        return
    if group := group_of_label(values.get("perpetrator"), draft.evidence.get("perpetrator", "")):
        values["perpetrator"] = group  # "gunmen of the Baluch opposition group Jaish al-Adl": the group's men
        return
    if names_no_one(str(values.get("perpetrator") or ""), draft.evidence.get("perpetrator", "")):
        # "a clash with gunmen", "fighting with armed bandits": words the coding never takes for an actor, border or
        # not, group named elsewhere or not (see .generic_labels)
        draft.forget("attribution", *ATTRIBUTION_FIELDS)
        draft.notes.append("The attackers are told only as gunmen, bandits or unknown men: left unattributed.")
        return
    if not _LABEL.match(str(values.get("perpetrator") or "")):
        return
    if len(named) > 1 or any(_BORDER.search(sentence.text) for sentence in sentences):
        if not _no_side_across(draft, [s for s in sentences if s.index not in background]):
            return
        note = 'The state\'s "terrorists" names no one, and the report tells no origin or group: left unattributed.'
    else:
        note = 'The state\'s "terrorists" names no one, and the report names no border: left unattributed.'
    draft.forget("attribution", *ATTRIBUTION_FIELDS)
    draft.notes.append(note)


def _no_side_across(draft: Draft, sentences: list[Sentence]) -> bool:
    """Whether a border report says nothing of the attackers but the label: no origin, no group, no second label."""
    if _PAIRED.search(draft.evidence.get("perpetrator", "")):
        return False
    for sentence in sentences:
        if known_groups(sentence.text, non_state=True):
            return False
        if not _ATTACKERS.search(sentence.text):
            continue  # "the Baloch minority, which also lives across the border": no one's origin
        for origin in _ORIGIN.finditer(_DISTANCE.sub("kilometres off ", sentence.text)):
            country = origin.group("c1") or origin.group("c2") or origin.group("c3")
            if country is None or country_code(country) or country.lower() in DEMONYMS:
                return False
    return True
