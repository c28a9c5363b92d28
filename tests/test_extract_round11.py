"""The eleventh round's readings of place and actor (docs/extract-journal.md, *The eleventh round*), each in
sentences of our own.

Each test writes one phrasing of the kind the round's dev reports showed and checks the reading the
round added; the last ones check that the round's batch of real reports is there, split by event
with the eighth round's rule, and scored on its own with ``--round 11``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from _extract_helpers import REAL
from _extract_helpers import one_draft as _one
from incident_tracker.extract.actors import labelled_actor
from incident_tracker.extract.attribution import read_attribution

ROOT = Path(__file__).resolve().parent.parent


# --- where ---------------------------------------------------------------------------------------


def test_the_post_attacked_is_the_scene_and_outranks_the_area_it_is_in() -> None:
    values = _one(
        "Three soldiers were martyred when terrorists attacked the Beza check-post in the Hasan Khel area "
        "on Monday, officials said."
    )
    assert values["place"] == "Beza check-post"
    raided = _one("A soldier was martyred on Sunday after terrorists raided the Makkigarh Post in the Shawal Valley.")
    assert raided["place"] == "Makkigarh Post"
    # an attacked side is not a place: only a named area, village or post is the scene
    forces = _one("Three soldiers were martyred on Monday when militants attacked Pakistani forces in Kurram district.")
    assert forces["place"] == "Kurram district"


def test_a_place_whose_kind_is_told_after_it_is_that_kind() -> None:
    values = _one(
        "Five soldiers were martyred on Saturday when terrorists attacked a post in Kurram district.\n\n"
        "The attackers targeted Angoor Tangi, a check-post next to the border, sources said."
    )
    assert values["place"] == "Angoor Tangi"


def test_a_word_of_description_before_the_name_does_not_hide_the_place() -> None:
    assert _one("Three soldiers were killed in the remote Dir district on Friday.")["place"] == "Dir district"
    assert _one("Two soldiers were killed in the troubled Bajaur district on Friday.")["place"] == "Bajaur district"


def test_a_place_in_an_officials_title_is_the_speakers_even_with_its_province() -> None:
    values = _one(
        '"Nine Afghans were killed on Friday," said the district governor of Lash-e-Joveyn in Farah province.'
    )
    assert values.get("place") is None


def test_an_origin_told_with_where_it_lies_is_not_the_place() -> None:
    values = _one(
        "A small armed group that crossed the border from the Ghormach area of Afghanistan's Faryab Province "
        "killed three soldiers on Saturday."
    )
    assert values.get("place") is None


# --- who did it ----------------------------------------------------------------------------------


def test_the_attackers_label_with_their_origin_names_them() -> None:
    assert labelled_actor(
        "On Wednesday, terrorists inside Afghanistan fired across the border on a military post."
    ) == ("terrorists")
    assert labelled_actor("Terrorists on Afghan territory attacked a border post and killed three men.") == "Terrorists"
    assert labelled_actor("Officials said some 70 militants from across the border attacked a post.") == "militants"
    found = read_attribution("On Wednesday, terrorists inside Afghanistan fired across the border on a military post.")
    assert found is not None
    assert (found.status, found.perpetrator) == ("alleged", "terrorists")


def test_the_label_alone_or_a_description_names_nobody() -> None:
    # a generic label with no origin is the codebook's unattributed, as the coders code it
    assert labelled_actor("Local officials said armed militants attacked a checkpost in the Noorkhel area.") is None
    # "gunmen" only describes
    assert labelled_actor("Gunmen from across the border attacked a post on Sunday.") is None
    # the label as the one attacked is not the attacker
    assert labelled_actor("Troops from across the river attacked terrorists hiding in the hills.") is None


def test_a_sides_force_named_by_its_country_is_written_as_the_coders_write_it() -> None:
    assert (
        labelled_actor("Border guards of Uzbekistan have shot dead a citizen of Kyrgyzstan.") == "Uzbek border guards"
    )
    found = read_attribution("BISHKEK -- Border guards of Uzbekistan have shot dead a citizen of Kyrgyzstan.")
    assert found is not None
    assert (found.status, found.perpetrator) == ("alleged", "Uzbek border guards")


def test_firing_across_the_border_is_violence() -> None:
    values = _one(
        "On Wednesday, terrorists inside Afghanistan fired across the international border on a military post."
    )
    assert values["attribution"] == "alleged"
    assert values["perpetrator"] == "terrorists"


# --- the round's batch ------------------------------------------------------------------------------


def _specs() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(REAL.glob("*.json"))]


def test_the_eleventh_rounds_reports_are_there() -> None:
    """The split by slug and each page once are checked for every round in tests/test_extract_corpus.py."""
    specs = [s for s in _specs() if s.get("round") == 11]
    assert len(specs) >= 19


def test_the_eleventh_round_is_scored_on_its_own() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from docgen import real_round

    result = real_round(11)
    assert result["texts"] == len([s for s in _specs() if s.get("round") == 11])
