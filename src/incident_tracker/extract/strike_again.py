"""A second strike told after the first, with no day of its own: its own incident, on the first one's day.

"Some hours later two helicopters came back and fired at least seven rockets near another post"; "The second strike
was in the Mata Sangar area": the report tells another strike, at another place and time, after the one it led with.
The coders code it as its own incident (round 64: Dawn 846, The Express Tribune 848), as they code an attack told
"in a separate incident"; it carries no date, so it is dated as the strike before it (the report's "hours later" or
"the second" keeps it on that day). Only a sentence that opens so, after a strike from afar has been drafted (its
weapons a missile, rocket, air strike, drone, shell or mortar), and only when it tells fire again ("again",
"another", "fired", "struck") or calls itself the second strike: "Hours later the army said three soldiers had died"
is the first strike's toll.
"""

from __future__ import annotations

import re

from .draft import Draft

#: "Some hours later … again … fired", "A few hours later, helicopters struck another post", "The second strike
#: was …", "The second attack hit …".
_AGAIN = re.compile(
    r"^\s*(?:(?:(?:Some|A\s+few|Several|Two|Three|\d+)\s+)?hours\s+later\b,?"
    r"(?=[^.;]*\b(?:again|another|fresh)\b)(?=[^.;]*\b(?:fired|struck|attacked|bombed|shelled|hit)\b)|"
    r"(?P<second>The\s+second)\s+(?:strike|air\s*strike|attack|raid)\s+(?:was|came|hit|struck|took\s+place)\b)",
    re.IGNORECASE,
)
_FROM_AFAR = {"airstrike", "drone", "missile", "rocket", "artillery", "mortar"}
_DAY_FIELDS = ("event_date", "event_date_end", "date_precision")


def strike_again(current: Draft | None, text: str) -> Draft | None:
    """A new draft on ``current``'s day when ``text`` tells another strike after it (see the module), else None."""
    if current is None or "event_date" not in current.values:
        return None
    found = _AGAIN.match(text)
    if not _FROM_AFAR & set(current.values.get("weapons") or []) or found is None:
        return None
    draft = Draft()
    for name in _DAY_FIELDS:
        if current.values.get(name) is not None:
            draft.values[name] = current.values[name]
            draft.evidence[name] = current.evidence.get(name, "")
    if found.group("second") and {"airstrike", "drone"} & set(current.values.get("weapons") or []):
        # "The second strike was in the X area", after helicopters' missiles: a strike of the same kind, from the air
        draft.values["weapons"] = [w for w in current.values["weapons"] if w in ("airstrike", "drone")]
        draft.evidence["weapons"] = text
    draft.notes.append("Another strike told after the first, with no day of its own: dated as the first.")
    return draft
