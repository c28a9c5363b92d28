"""Places: which readings are trusted (issue 14, extract114). Every place a draft proposes carries the name of
the reading that proposed it (``Draft.place_path``), and the readings that named something other than the scene
on dev abstain in those roles: a body's name ("sits in the National Assembly"), the venue of a reaction the event
set off ("sparked protests in X"), and a border post whose stretch only describes the district the same sentence
tells as the scene. Every sentence here is written for this file; docs/extract-journal.md, "Places: which readings are
trusted", has the table per reading.
"""

from __future__ import annotations

from _extract_helpers import MONDAY, one_draft
from incident_tracker.extract import extract_drafts
from incident_tracker.extract.draft import Draft
from incident_tracker.extract.sentences import Sentence


def _path(text: str) -> tuple[str | None, str]:
    drafts = extract_drafts(text, MONDAY)
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0].values.get("place"), drafts[0].place_path


def test_each_reading_names_itself() -> None:
    assert _path("Gunmen killed two guards in the Tolgan area on Saturday.") == ("Tolgan area", "in X")
    assert _path("Gunmen killed two guards near the town of Darband on Saturday.") == (
        "near the town of Darband",
        "near the kind of",
    )
    assert _path("Gunmen killed two guards 12 km north of Darband on Saturday.") == (
        "12 km north of Darband",
        "distance from",
    )
    assert _path("Gunmen killed two guards in the remote village of Kushan on Saturday.")[1] == "the village of"


def test_the_path_goes_with_the_place() -> None:
    sentence = Sentence(index=0, paragraph=0, text="x")
    draft = Draft()
    draft.set("place", "Tolgan", sentence, path="in X")
    draft.set("place", "Kushan", sentence, path="near X")  # the first mention wins: so does its reading
    assert draft.place_path == "in X"
    draft.forget("place")
    assert draft.place_path == ""
    draft.set("place", "Kushan", sentence)
    assert draft.place_path == "unnamed"


def test_a_body_is_no_place() -> None:
    """Main read "National Assembly" as the place of the blast."""
    values = one_draft(
        "A bomb killed six people at a bus stop on Saturday. Karim Dost, who sits in the National Assembly for "
        "the valley, said about twenty more had been wounded in the blast."
    )
    assert values.get("place") is None


def test_ties_through_a_body_are_no_place() -> None:
    values = one_draft(
        "Guards shot dead a herder on Saturday. The two states work together through the Regional Security "
        "Organization, a lawyer noted."
    )
    assert values.get("place") is None


def test_the_venue_of_a_reaction_is_not_the_scene() -> None:
    """Main read "Gardez" (where the protests were) as the place of the shooting."""
    values = one_draft("Border guards shot dead four migrants on Saturday. The killings sparked protests in Gardez.")
    assert values.get("place") is None
    values = one_draft(
        "Border guards shot dead four migrants on Saturday. The shooting set off angry demonstrations in Gardez."
    )
    assert values.get("place") is None


def test_a_protest_that_is_the_event_keeps_its_place() -> None:
    """Guard: protesters fired on in a town are the event, told in that town."""
    values = one_draft("Police fired on protests in Gardez on Saturday, killing three people.")
    assert values.get("place") == "Gardez"


def test_the_district_told_before_the_post_is_the_scene() -> None:
    """Main read the post that guards the stretch ("Kalai frontier post") over the district told as the scene."""
    values = one_draft(
        "Guards clashed with smugglers on Saturday in the Vose district, some 90 km south of the capital, in the "
        "sector guarded by the Kalai frontier post of the Panj border unit, killing two."
    )
    assert values.get("place") == "Vose district"


def test_a_post_alone_stays_the_place() -> None:
    """Guard: with no district told before it, the post's stretch is all the report says of the scene."""
    values = one_draft(
        "Guards clashed with smugglers on Saturday in the area patrolled by the Kalai frontier post, killing two."
    )
    assert values.get("place") == "Kalai frontier post"
