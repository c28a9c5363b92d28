"""The twenty-third round's rules (issue 14): tolls of none, people as victims, other events' dead, and the actor,
weapons, type and place of fresh reports.

Each case is written anew in the house's words after a phenomenon seen in dev reports of at least two
outlets, or after a codebook rule (see docs/extract-journal.md, "The twenty-third round").
"""

from __future__ import annotations

from _extract_helpers import one_draft
from incident_tracker.extract.actors import canonical_actor
from incident_tracker.extract.casualties import find_tolls


def test_no_casualties_reported_on_either_side_is_a_toll_of_none() -> None:
    # codebook: "none reported is 0"; dev 405 NewsX, 406 Devdiscourse, 388 Daily Pakistan
    draft = one_draft(
        "Afghan and Pakistani troops traded fire late on Sunday at the Ghulam Khan crossing, officials said.\n\n"
        "No casualties were reported on either side."
    )
    assert (draft["killed"], draft["injured"]) == (0, 0)


def test_no_deaths_reported_is_none_killed_and_leaves_the_wounded_to_their_count() -> None:
    # dev 317 Dawn, 274 The Independent, 358 Pakistan Observer ("not received any report of loss of life")
    draft = one_draft(
        "Iranian guards fired mortar shells into the Mand area of Kech district on Thursday, officials said. "
        "An official said no deaths had been reported so far, but one Levies man was wounded."
    )
    assert (draft["killed"], draft["injured"]) == (0, 1)
    draft = one_draft(
        "Iranian forces fired three mortar shells into the Taftan area on Friday, an official said. "
        '"We have not received any report of loss of life," he said.'
    )
    assert draft["killed"] == 0 and draft.get("injured") is None


def test_none_said_of_one_side_or_not_yet_known_stays_empty() -> None:
    # dev 222 Asia-Plus ("no casualties among the border guards"), 66 ("the Iranian side had suffered no casualties")
    draft = one_draft(
        "Tajik border guards clashed with armed men on the Panj river on Monday, the border service said. "
        "No casualties were reported among the border guards, it said."
    )
    assert draft.get("killed") is None and draft.get("injured") is None
    draft = one_draft(
        "Rockets fired from across the border struck the Dangam district on Monday; there were no immediate "
        "reports of casualties."
    )
    assert draft.get("killed") is None


def test_no_one_hurt_is_not_one_hurt() -> None:
    # dev 387 The Nation, 389 Dawn: "no one was hurt" counted one wounded
    assert find_tolls("The shells came down in an open field and no one was hurt.") == []
    draft = one_draft("QUETTA - Iranian guards on Monday fired two rockets into the Mashkel area; no one was hurt.")
    assert (draft["killed"], draft["injured"]) == (0, 0)


def test_people_told_only_as_men_are_civilians() -> None:
    # dev 308/136 24.kg, 354 Asia-Plus, 355 RFE/RL, 228/277 AP, 237 Devdiscourse, 280 The Nation
    draft = one_draft(
        "Uzbek border guards used their weapons against two men near the Sokh enclave on Friday, the Kyrgyz "
        "border service said. The two men were hit and taken to hospital, where they died."
    )
    assert draft["killed"] == 2
    assert draft["target_type"] == "civilians"
    draft = one_draft("A Tajik man died on Sunday when a landmine went off near the border in Isfara district.")
    assert draft["target_type"] == "civilians"
    assert draft["sub_event_type"] == "Remote explosive/landmine/IED"


def test_men_in_a_clash_get_no_target_and_couriers_shot_are_civilians() -> None:
    # dev 330 RFE/RL ("two men believed to be Afghan drug couriers"), coded with no target when this test was
    # written, recoded `civilians` by the third rulings of 2026-12-07 (*A smuggler shot with no clash told*), which
    # extract183's .smuggler_shot reads; a clash's dead are either side's and keep no target
    draft = one_draft(
        "Uzbek border guards have shot dead two men believed to be Afghan drug couriers near Termez on Monday, "
        "officials said."
    )
    assert draft.get("target_type") == "civilians"
    draft = one_draft(
        "Two men were killed on Tuesday in a clash between Tajik border guards and armed men on the Panj, the "
        "border service said."
    )
    assert draft.get("target_type") is None


def test_other_events_dead_are_no_toll() -> None:
    # dev 403 Qalampir ("were killed in those attacks"), 355 RFE/RL ("Since 1999 … have wounded three"), 128 Pajhwok
    assert find_tolls("Four Chinese workers were killed in those attacks and three others were wounded.") == []
    assert find_tolls("Since 2001 mines have killed 12 residents of the district and wounded 30.") == []
    draft = one_draft(
        "Three armed men who crossed from Afghanistan were killed on the Tajik border on Sunday, the border troops "
        "said.\n\nIn October, Tajik territory was twice fired on from the Afghan side. Two Tajik guards were killed "
        "in those attacks and four others were wounded."
    )
    assert draft["killed"] == 3 and draft.get("injured") is None


def test_armed_resistance_is_a_firefight() -> None:
    # dev 380 The Times of Central Asia, 403 Qalampir
    draft = one_draft(
        "Tajik border troops killed two smugglers who crossed from Afghanistan on Sunday, officials said. "
        "The smugglers refused to surrender and put up armed resistance, the statement said."
    )
    assert "firearms" in draft["weapons"]


def test_the_label_and_where_they_came_from_then_the_act_is_alleged() -> None:
    # dev 401 Pakistan Today, 350 IRNA
    draft = one_draft(
        "Five militants were killed on Tuesday when they clashed with security forces in Kurram. According to "
        "officials, the militants had come from Afghanistan and attacked a security checkpost near the border."
    )
    assert draft["attribution"] == "alleged"
    assert draft["perpetrator"] == "militants"


def test_central_asian_forces_told_as_the_subject_are_the_alleged_actor() -> None:
    # dev 341 Lenta ("Turkmen servicemen pushed them into the water"), 410 Sputnik ("Uzbek forces confronted them")
    draft = one_draft(
        "An Afghan herder drowned on Thursday on the border river, officials in Jowzjan said. The herders were "
        "crossing to the far bank when Turkmen servicemen pushed them into the water."
    )
    assert draft["attribution"] == "alleged"
    assert draft["perpetrator"] == canonical_actor("Turkmen servicemen") == "Military Forces of Turkmenistan"


def test_a_word_of_description_before_the_crossing() -> None:
    # dev 406 Devdiscourse ("the closed Torkham border crossing"), 344 Soch Times ("the busy Chaman-Spin Boldak
    # crossing")
    draft = one_draft("Afghan and Pakistani forces traded fire on Sunday at the closed Ghulam Khan border crossing.")
    assert draft["place"] == "Ghulam Khan border crossing"


def test_gunfire_exchanged_is_a_clash() -> None:
    # dev 406 Devdiscourse, 400 LatestLY, 222 Asia-Plus
    draft = one_draft("Afghan and Pakistani forces exchanged gunfire on Sunday night near the Angoor Adda crossing.")
    assert (draft["event_type"], draft["sub_event_type"]) == ("Battles", "Armed clash")


def test_wounding_another_and_reported_wounded_count() -> None:
    # dev 409 The Express Tribune, 325 Dawn; 80 Trend, 17 1TV
    tolls = find_tolls("Iranian guards shot dead a Pakistani citizen, wounding another, on Friday.")
    assert [(t.what, t.casualties.best) for t in tolls] == [("killed", 1), ("injured", 1)]
    tolls = find_tolls("Three more border guards were reported wounded in the fighting.")
    assert [(t.what, t.casualties.best) for t in tolls] == [("injured", 3)]


def test_troops_that_engaged_the_group_fought_with_firearms() -> None:
    # dev 180 and 183 Daily Times, 134 Business Recorder, 241 Mehr, 267 Excelsior, 301 The News: every dev report
    # that says so is coded firearms
    draft = one_draft(
        "Security forces killed four terrorists in Kurram district on Sunday as they tried to cross from "
        "Afghanistan, the ISPR said. The troops spotted the group near the border, engaged it and foiled the crossing."
    )
    assert draft["weapons"] == ["firearms"]
