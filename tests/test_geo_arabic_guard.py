"""A border crossing named in Arabic script is not answered by the town it is named after.

The reader takes the crossing word ("معبر", "گذرگاه", "گزرگاہ") off before the name is looked up;
where only the town of that name is known, its point was given as ``exact``, kilometres from
the crossing (``geo/arabic_guard.py``; docs/geocoding-journal.md, "Eleventh batch"). These phrases
are written for the test; each was answered by a town's point before the guard.
"""

from __future__ import annotations

import pytest

from incident_tracker.geo.arabic_guard import crossing_doubt
from incident_tracker.geo.chain import Resolver
from incident_tracker.geo.locate import locate

REGION = frozenset({"AF", "PK", "IR"})


@pytest.mark.parametrize(
    "text",
    [
        # Persian: the Mirjaveh border crossing (the town lies some 15 km from the crossing).
        "گذرگاه مرزی میرجاوه",
        # Arabic: the Mirjaveh crossing.
        "معبر ميرجاوه",
    ],
)
def test_a_crossing_answered_only_by_a_town_is_left_unlocated(resolver: Resolver, text: str) -> None:
    town = resolver.candidates(text, named=REGION).chosen
    assert town is not None and town.kind not in ("border_crossing", "border_post")  # what the reader finds
    located = locate(text, resolver=resolver, named=REGION)
    assert located.chosen is None and located.status in ("unlocated", "ambiguous"), located.note
    assert "border crossing is named" in located.note or located.status == "ambiguous"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("معبر طورخم", "Torkham"),  # Arabic: the Torkham crossing, known to the pack
        ("گذرگاه میلک", "Milak"),  # Persian: the Milak crossing
        ("معبر إسلام قلعة", "Islam Qala"),  # Arabic: the Islam Qala crossing
        # Urdu and Persian: the Spin Boldak crossing, the town's only one in the pack (geo/arabic_guard.py).
        ("سپین بولدک گزرگاہ", "Wesh"),
        ("گذرگاه سپین بولدک", "Wesh"),
    ],
)
def test_a_crossing_the_pack_knows_is_still_answered(resolver: Resolver, text: str, name: str) -> None:
    located = locate(text, resolver=resolver, named=REGION)
    assert located.chosen is not None and located.chosen.name == name
    assert located.chosen.kind == "border_crossing"


def test_the_town_without_a_crossing_word_is_still_answered(resolver: Resolver) -> None:
    located = locate("سپین بولدک", resolver=resolver, named=REGION)
    assert located.chosen is not None and located.chosen.geo_precision == "exact"


def test_a_district_answer_for_a_crossing_is_kept(resolver: Resolver) -> None:
    """A district claims only the unit that holds the crossing: honest, so not doubted."""
    district = resolver.candidates("ضلع چمن", named=REGION).chosen
    assert district is not None and district.geo_precision == "admin2"
    assert crossing_doubt("ضلع چمن کی گزرگاہ", district) is None
    assert crossing_doubt("Chaman border crossing", district) is None  # Latin script: not this guard's
