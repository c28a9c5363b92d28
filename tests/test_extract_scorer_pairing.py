"""The scorer pairs a report's drafts with its coded incidents by the best pairing the dates allow (extract210): the
most incidents paired, then the most scored fields right, the in-order pairing kept when it is as good. Before, each
coded incident in turn took the draft nearest in date that told most of the same event and kept it, so a report's
score hung on the order its incidents were coded and its drafts made. House cases, written anew."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eval_extract import _match, _pair_real, evaluate_real, totals
from extract_scoring.matching import SEARCH_BOUND, _match_in_order

DAY = "2021-03-14"
#: Two clashes of one day at one post, with the same toll and the same men: only the wounded and the arms tell them
#: apart, which the in-order pairing's tie-break (place, kind, toll, actor, country) does not read.
MORNING = {
    "event_date": DAY,
    "country": "TJ",
    "place": "the Pyanj post",
    "killed": 2,
    "injured": 3,
    "sub_event_type": "Armed clash",
    "perpetrator": "Afghan smugglers",
    "weapons": ["small arms"],
}
EVENING = {**MORNING, "injured": None, "weapons": ["mortar"]}


def _right(incident: dict[str, Any], draft: dict[str, Any]) -> int:
    """The fields a draft gets right of an incident, as the real scorer counts them."""
    return sum(
        1
        for field in ("event_date", "country", "place", "killed", "injured", "sub_event_type", "weapons")
        if incident.get(field) is not None and incident.get(field) == draft.get(field)
    )


def test_drafts_made_in_the_reverse_order_of_the_coding_pair_with_the_incidents_they_tell() -> None:
    assert dict(_match_in_order([MORNING, EVENING], [EVENING, MORNING])) == {0: 0, 1: 1}  # the old crosswise pairs
    assert dict(_match([MORNING, EVENING], [EVENING, MORNING], agree=_right)) == {0: 1, 1: 0}
    assert dict(_match([MORNING, EVENING], [MORNING, EVENING], agree=_right)) == {0: 0, 1: 1}


def test_a_same_day_draft_goes_to_the_incident_it_tells_not_to_the_first_coded_that_day() -> None:
    """A report tells a clash in Dir and one in North Waziristan, both coded on the 13th; the reader dates the Dir
    clash "the week up to the 13th". The same-day draft (North Waziristan) went to the first coded incident (Dir),
    and the Dir draft, overlapping, to the second."""
    dir_clash = {"event_date": "2019-09-13", "place": "Dir district", "killed": 3, "sub_event_type": "Armed clash"}
    waziristan = {**dir_clash, "place": "North Waziristan", "perpetrator": "miscreants from the Afghan side"}
    drafts = [
        {**dir_clash, "event_date": "2019-09-07", "event_date_end": "2019-09-13"},
        {**waziristan},
    ]
    assert dict(_match_in_order([dir_clash, waziristan], drafts)) == {0: 1, 1: 0}
    assert _pair_real([dir_clash, waziristan], drafts, set()) == {0: 0, 1: 1}


def test_where_no_pairing_gets_more_right_the_in_order_pairing_is_kept() -> None:  # ties
    day = {"event_date": DAY}
    assert dict(_match([day, day], [dict(day), dict(day)], agree=_right)) == {0: 0, 1: 1}
    # two incidents coded alike (neither the wounded nor the arms told): either draft is as right of either
    alike = {**MORNING, "injured": None, "weapons": None}
    assert _right(alike, MORNING) == _right(alike, EVENING)
    assert dict(_match([alike, dict(alike)], [EVENING, MORNING], agree=_right)) == {0: 0, 1: 1}


def test_of_two_best_pairings_the_one_with_the_nearer_dates_is_taken() -> None:  # ties
    """A clash at Lakon and one at Pulgon, both coded on the 10th; drafts of Pulgon on the 10th and of Lakon on the
    12th and the 11th. In order, Lakon took the only same-day draft (Pulgon's). Best: Pulgon's draft to Pulgon, and
    of the two Lakon drafts, equally right, the nearer in date."""
    lakon = {"event_date": "2020-05-10", "place": "Lakon"}
    pulgon = {"event_date": "2020-05-10", "place": "Pulgon"}
    drafts = [
        dict(pulgon),
        {"event_date": "2020-05-12", "place": "Lakon"},
        {"event_date": "2020-05-11", "place": "Lakon"},
    ]
    assert dict(_match_in_order([lakon, pulgon], drafts)) == {0: 0, 1: 2}
    assert _pair_real([lakon, pulgon], drafts, set()) == {0: 2, 1: 0}


def test_a_draft_a_day_off_that_tells_the_incident_is_its_pair_before_a_same_day_draft_that_does_not() -> None:
    """More drafts than incidents: the reader drafts the killing of the 29th on the 30th, and a second draft on the
    29th, the day's other news (a meeting of border officials: no toll, no place, no doer)."""
    killing = {
        "event_date": "2024-10-29",
        "country": "IR",
        "place": "Sasuli village",
        "killed": 1,
        "sub_event_type": "Attack",
        "perpetrator": "Iranian border guards",
    }
    misdated = {**killing, "event_date": "2024-10-30"}
    other = {"event_date": "2024-10-29", "sub_event_type": "Armed clash"}
    assert _pair_real([killing], [other, misdated], set()) == {0: 1}
    # the same-day draft is kept where it tells as much: the in-order pairing is as good
    assert _pair_real([killing], [killing, misdated], set()) == {0: 0}


def test_one_draft_of_three_coded_incidents_pairs_with_the_one_it_tells() -> None:
    """Fewer drafts than incidents: two strikes and a ground fight coded on one day, one draft of the fight."""
    strike = {"event_date": "2010-09-24", "killed": 49, "sub_event_type": "Air/drone strike", "perpetrator": "Isaf"}
    later = {**strike, "event_date": "2010-09-25", "killed": 4}
    fight = {"event_date": "2010-09-24", "country": "AF", "place": "Khost", "sub_event_type": "Armed clash"}
    draft = {"event_date": "2010-09-24", "country": "AF", "place": "Khost", "sub_event_type": "Armed clash"}
    assert dict(_match_in_order([strike, later, fight], [draft])) == {0: 0}
    assert _pair_real([strike, later, fight], [draft], set()) == {2: 0}


def test_the_most_incidents_paired_comes_before_the_most_fields_right() -> None:
    """An incident of the 10th and one of the 15th; drafts of the 12th and the 8th. The 12th's draft is nearest the
    first incident and tells it best, but the 15th's can have no other: both are found, the first by the 8th's
    draft (the rule for found, a draft in an incident's window, is kept; only its order is set aside)."""
    first = {"event_date": "2020-05-10", "place": "Lakon", "killed": 2, "sub_event_type": "Armed clash"}
    second = {"event_date": "2020-05-15", "place": "Pulgon", "killed": 1}
    drafts = [{**first, "event_date": "2020-05-12"}, {"event_date": "2020-05-08"}]
    assert dict(_match_in_order([first, second], drafts)) == {0: 0}
    assert _pair_real([first, second], drafts, set()) == {0: 1, 1: 0}


def test_above_the_search_bound_the_in_order_pairing_is_kept() -> None:
    """Nine drafts of one day in the reverse order of the coding, told apart by the wounded alone."""
    coded = [{**MORNING, "injured": n} for n in range(6)]
    drafts = [{**MORNING, "injured": n} for n in reversed(range(9))]
    assert 10 ** len(coded) > SEARCH_BOUND
    assert _match(coded, drafts, agree=_right) == _match_in_order(coded, drafts)
    assert dict(_match_in_order(coded[:4], drafts)) == {n: n for n in range(4)}
    assert dict(_match(coded[:4], drafts, agree=_right)) == {n: 8 - n for n in range(4)}  # under it, searched


def _report(folder: Path, incidents: list[dict[str, Any]]) -> None:
    folder.mkdir()
    spec = {"published": "2021-03-15", "split": "dev", "incidents": incidents}
    (folder / "0001-post.json").write_text(json.dumps(spec), encoding="utf-8")
    (folder / "0001-post.txt").write_text("Two clashes at the Pyanj post.\n", encoding="utf-8")


def test_a_reports_score_does_not_hang_on_the_order_of_its_drafts_or_its_coding(tmp_path: Path) -> None:
    _report(tmp_path / "coded", [MORNING, EVENING])
    _report(tmp_path / "reversed", [EVENING, MORNING])
    scores = [
        totals(evaluate_real(None, tmp_path / folder, drafts_of=lambda path, text, published, drafts=drafts: drafts))
        for folder in ("coded", "reversed")
        for drafts in ([dict(MORNING), dict(EVENING)], [dict(EVENING), dict(MORNING)])
    ]
    assert scores[0]["correct"] == scores[0]["expected"]  # every field of both right
    assert all(score == scores[0] for score in scores)
