"""Where an alliance's forces struck from: NATO's, ISAF's or the US-led coalition's, in Pakistan, came from Afghanistan.

From 2001 until August 2021 the alliance's forces at this border were the ones in Afghanistan (ISAF, then Resolute
Support, and the US-led coalition beside them); in Pakistan they never stood. So when a report tells such a force
striking, shelling or raiding in Pakistan ("two NATO helicopters attacked a security post in Kurram", "ISAF said its
troops had answered with artillery fire on the launch site", "forces of the US-led coalition in Afghanistan hit a
checkpost"), the attack came from Afghanistan: the codebook's ``origin_country``, "the country an attack is said to have
come from", as :func:`.actor_state.forces_fired_across` gives a state's forces firing across the line their own state.

On dev (extract167) the shape is 11 drafts of 11 outlets (Frontier Post, RFE/RL, Dawn, CBS, AP, AFP, ISAF's own
statement, Rantburg, BBC …): 9 coded `AF`, 2 coded with no origin (843, 847). Only an actor named by the alliance
(:data:`_ALLIANCE`), never a state's initials alone ("US troops", a CIA drone, whose base a report seldom tells); only
in Pakistan; only before the alliance left Afghanistan.
"""

from __future__ import annotations

import datetime as dt
import re

from .draft import Draft

#: The alliance by name: NATO, ISAF, "NATO-led", "US-led", "U.S.-led" (the coalition in Afghanistan).
_ALLIANCE = re.compile(r"\b(?:NATO|Nato|ISAF|Isaf|(?:U\.S\.|US|NATO|Nato)-led)\b")
#: The last day the alliance's forces were in Afghanistan (the withdrawal of 30 August 2021).
_LEFT = dt.date(2021, 8, 30)


def coalition_across(draft: Draft) -> None:
    """An alliance's forces acting in Pakistan, no origin read: they came from Afghanistan."""
    values = draft.values
    actor = str(values.get("perpetrator") or "")
    if not _ALLIANCE.search(actor) or values.get("country") != "PK":
        return
    if values.get("origin_country") or values.get("origin_place"):
        return
    day = values.get("event_date")
    if not day or dt.date.fromisoformat(str(day)) > _LEFT:
        return
    values["origin_country"] = "AF"
    draft.evidence["origin_country"] = draft.evidence.get("perpetrator", "")
    draft.notes.append(f"{actor}, the alliance's forces in Afghanistan, acted in Pakistan: the origin is AF.")
