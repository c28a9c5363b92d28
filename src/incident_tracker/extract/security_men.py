"""Iran's "security forces" with no force named: no target type (issue 14, extract142).

Iran's men under arms belong to several forces: the police (FARAJA, its border guards among them), the Revolutionary
Guards and their Basij, and the army. "Security forces", "security men" and "security personnel" name none of them:
"Two more Iranian security men have been martyred by the gunfire of terrorists near Zahedan" (Tasnim 973), "Two
members of the Iranian security forces were killed yesterday" (News Front 974), both coded with no target type, as
the codebook leaves a victim kind the text does not support empty. Where the incident names the force ("attacks on
headquarters of the Islamic Revolutionary Guard Corps", Siasat 70; "aimed at members of Iran's Revolutionary Guard",
BBC 945) the coders write ``military``, and the draft keeps it. Pakistan's "security forces" are its army and the
Frontier Corps (coded ``military`` in 31 dev incidents) and Afghanistan's are coded ``military`` too: only Iran's
are left empty. On dev the drafts typed ``military`` in Iran from such a noun are five: 70 and 945 name the
Revolutionary Guards, 969's "internal security forces" are the police (:data:`~.vocab.TARGETS`), and 973 and 974
name no force.
"""

from __future__ import annotations

import re

from .draft import Draft
from .sentences import Sentence

#: The victims told only as Iran's security forces, by the toll's noun.
_SECURITY_MEN = re.compile(r"\bsecurity\s+(?:forces|force|men|personnel)\b", re.IGNORECASE)
#: One of Iran's forces named: the Revolutionary Guards and their Basij, the army, the police and its border guards.
_FORCE_NAMED = re.compile(
    r"\b(?:revolutionary\s+guards?|(?-i:Guard)|guards?\s+corps|irgc|basij|quds\s+force|army|artesh|police|policem[ae]n|"
    r"border\s+guards?|frontier\s+guards?|border\s+regiment|faraja|naja)\b",
    re.IGNORECASE,
)


def security_men_unnamed(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Leave the target of Iran's "security forces" empty when the incident names none of its forces (see the
    module)."""
    values = draft.values
    if values.get("target_type") != "military" or values.get("country") != "IR":
        return
    if not _SECURITY_MEN.search(str(values.get("victims") or "")):
        return
    if any(_FORCE_NAMED.search(sentence.text) for sentence in draft.own_sentences(sentences, background)):
        return
    del values["target_type"]
    draft.evidence.pop("target_type", None)
    draft.notes.append("No target type: Iran's security forces, with no force of theirs named.")
