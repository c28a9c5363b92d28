"""Earlier news a report tells after its undated lead, a paragraph of what was "said then" and an attack told as
the cause of another act with its toll, another event told where the scene is, a day told with its year weeks
before, and a lead that sums two incidents of one day (issue 14, extract151).

Every sentence here is written for this file, read against Monday 1 December 2025. The tests of what changed fail
on the code before this change (the raid of a few days before, told in a paragraph that closes on "the army said
then", dated the lead's attack and gave it the raid's sides; the school attack's "in which" toll became the post's;
"four wounded on Sunday, one by firing … and three by a roadside bomb" gave the firing all four and left the bomb,
told later with no day, the week; "…, where a suicide bombing killed 30 people last week" started an incident dated
by that week, a suicide bombing; a police station attacked "on the night of October 20 to 21, 2025", weeks before,
took the undated lead's place); the guards pass on both. docs/extract-journal.md, "Which incidents, and their
dates: rules (extract151)", gives the measurement behind each.
"""

from __future__ import annotations

from _extract_helpers import drafts_of, one_draft

LEAD = (
    "PESHAWAR: A soldier was wounded when militants fired on a border post in Kharkai from across the border, "
    "the army said on Sunday."
)


def test_a_paragraph_of_what_was_said_then_is_earlier_news() -> None:
    draft = one_draft(
        LEAD + "\n\nOn November 26, troops raided a hideout in Spinwam. Three militants were killed in the "
        "exchange of fire, the army said then."
    )
    assert (draft["event_date"], draft["date_precision"]) == ("2025-11-24", "week")
    assert draft.get("killed") is None


def test_the_same_paragraph_without_then_still_dates_the_lead() -> None:
    """A guard: the rule as it was, a day within the week opening a paragraph after an undated lead dates it."""
    draft = one_draft(LEAD + "\n\nOn November 26, the militants opened fire on the post. The army said so.")
    assert draft["event_date"] == "2025-11-26"


def test_said_then_of_the_report_own_day_told_again_keeps_it() -> None:
    """A guard: an incident dated by its own lead keeps its day whatever a later paragraph says was said then."""
    draft = one_draft(
        "Militants fired on a border post in Kharkai on Friday, wounding a soldier. The army said then that the "
        "attackers had come from across the border."
    )
    assert draft["event_date"] == "2025-11-28"


def test_an_attack_told_as_the_cause_of_another_act_gives_no_toll() -> None:
    draft = one_draft(
        LEAD + " The army launched its campaign in the valley in the wake of the attack on the Girls College in "
        "Mardan, in which more than 60 pupils died."
    )
    assert draft.get("killed") is None
    assert draft["injured"] == 1


def test_the_report_own_attack_told_again_as_a_cause_keeps_its_toll() -> None:
    """A guard: "after the attack on the post in Kharkai, in which …" names the lead's own place: its toll."""
    drafts = drafts_of(
        "Militants fired on a border post in Kharkai on Friday. The crossing was closed after the attack on the "
        "post in Kharkai, in which two soldiers died."
    )
    assert [d.get("killed") for d in drafts] == [2]


def test_a_lead_that_sums_two_incidents_of_one_day_is_two() -> None:
    drafts = drafts_of(
        "KHAR: Four soldiers were wounded on Sunday, one by firing from across the border in Bajaur and three by "
        "a roadside bomb in Mohmand district.\n\nThe army said militants had fired on a post in Bajaur.\n\n"
        "Separately, three soldiers were hurt when a bomb went off near their vehicle in Mohmand."
    )
    assert [(d["event_date"], d.get("injured")) for d in drafts] == [("2025-11-30", 1), ("2025-11-30", 3)]
    assert drafts[0]["weapons"] == ["firearms"]


def test_a_part_of_one_toll_is_no_second_incident() -> None:
    """A guard: "one of them by a sniper" does not add up to the toll: one incident, its toll whole."""
    drafts = drafts_of("Four soldiers were wounded on Sunday in Bajaur, one of them by a sniper, the army said.")
    assert [d.get("injured") for d in drafts] == [4]


def test_another_event_told_where_the_scene_is_by_an_earlier_time_is_background() -> None:
    draft = one_draft(
        "Militants attacked a border checkpost in Kharkai, killing two soldiers, officials said on Sunday.\n\n"
        "The army said its troops had been targeted in Bajaur district, where a suicide bombing killed 30 people "
        "last week.\n\n"
        '"Twenty militants attacked the checkpost late Saturday night," a local official said.'
    )
    assert (draft["event_date"], draft["date_precision"]) == ("2025-11-29", "day")
    assert draft["killed"] == 2
    assert draft["sub_event_type"] != "Suicide bomb"


def test_the_event_told_where_the_scene_is_by_a_weekday_stays_the_event() -> None:
    """A guard: ", where gunmen killed two soldiers on Saturday" is the report's own event."""
    draft = one_draft("Troops were sent to Bajaur district, where gunmen killed two soldiers on Saturday.")
    assert (draft["event_date"], draft["killed"]) == ("2025-11-29", 2)


def test_a_day_told_with_its_year_weeks_before_an_undated_lead_is_earlier_news() -> None:
    draft = one_draft(
        "The border guards engaged an armed group trying to cross into the country, killing one of its men, their "
        "commander said on Sunday.\n\nThe district lies in Rask County. In an attack on a police station in the "
        "county on the night of October 20 to 21, 2025, nine policemen were killed."
    )
    assert (draft["date_precision"], draft["killed"]) == ("week", 1)


def test_a_day_told_with_its_year_within_the_week_still_dates_the_lead() -> None:
    """A guard: a day of the lead's week, told with its year, is the lead's."""
    draft = one_draft(
        "The border guards engaged an armed group trying to cross into the country, their commander said.\n\n"
        "The clash took place on November 28, 2025, and one of the group's men was killed."
    )
    assert draft["event_date"] == "2025-11-28"
