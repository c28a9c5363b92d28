"""People taken hostage in their own country carry no nationality (issue 14, extract158).

Every sentence here is written for this file; none is a report's. The first test fails on main's code before this
work (the abduction drafted beside a crowd's attack kept the hostages' nationality even when it was the country's own);
the guard passes on main's code too.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from incident_tracker.extract import extract_drafts, gazetteer_locator

PUBLISHED = dt.date(2024, 1, 8)  # a Monday


def _abduction(text: str) -> dict[str, object]:
    drafts = extract_drafts(text, PUBLISHED, locate=gazetteer_locator(Path("no-such-file.db")))
    return next(d.values for d in drafts if d.values.get("sub_event_type") == "Abduction/forced disappearance")


def test_citizens_taken_hostage_at_home_carry_no_nationality() -> None:
    text = (
        "Residents of an Uzbek enclave in southern Kyrgyzstan attacked Kyrgyz border guards on Saturday and took "
        "some 20 Kyrgyz citizens hostage, Kyrgyzstan's border service said. The crowd threw stones at the border "
        "post and set fire to two cars."
    )
    abduction = _abduction(text)
    assert abduction["country"] == "KG"
    assert "victim_nationality" not in abduction


def test_guard_citizens_taken_hostage_abroad_keep_their_nationality() -> None:
    text = (
        "Residents of an enclave in Uzbekistan attacked Kyrgyz border guards on Saturday and took some 20 Kyrgyz "
        "citizens hostage, Uzbekistan's border service said. The crowd threw stones at the border post and set fire "
        "to two cars."
    )
    abduction = _abduction(text)
    assert abduction.get("country") != "KG"
    assert abduction["victim_nationality"] == "KG"
