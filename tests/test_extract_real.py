"""Extraction on the phenomena of real reports (issue 14), each in sentences of our own.

Real wire and regional copy has datelines, background paragraphs, other events, reactions,
casualty lists and attributions that our first fixtures did not. Each test below writes one
such phenomenon in its own words and checks the reading; the last ones score the dev split
of tests/fixtures/extract-real against a floor and add one article twice through the CLI.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from incident_tracker.extract import extract_drafts, gazetteer_locator
from incident_tracker.extract.attribution import read_attribution
from incident_tracker.extract.casualties import find_tolls
from incident_tracker.extract.roles import find_dateline

ROOT = Path(__file__).resolve().parent.parent
FRIDAY = dt.date(2025, 11, 28)


def _one(text: str, published: dt.date = FRIDAY, **kwargs: Any) -> dict[str, Any]:
    drafts = extract_drafts(text, published, **kwargs)
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0].values


@pytest.fixture(scope="module")
def locate() -> Any:
    return gazetteer_locator(ROOT / "no-such-file.db")


# --- datelines and dates ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "city", "day", "agency"),
    [
        ("Beijing, Nov 27 (PTI) – Two guards were killed.", "Beijing", "2025-11-27", "PTI"),
        ("KABUL (Reuters) - Two guards were killed.", "Kabul", None, "Reuters"),
        ("ISLAMABAD, Nov 26: Two guards were killed.", "Islamabad", "2025-11-26", None),
        ("QUETTA — Two guards were killed.", "Quetta", None, None),
    ],
)
def test_datelines_are_found(text, city, day, agency):
    found = find_dateline(text, FRIDAY)
    assert found is not None
    assert (found.city, found.day.isoformat() if found.day else None, found.agency) == (city, day, agency)


def test_an_ordinary_sentence_is_no_dateline():
    assert find_dateline("Officials said: two guards were killed.", FRIDAY) is None


def test_a_dateline_day_anchors_weekdays_but_is_never_the_event_date():
    text = "Beijing, Nov 26 (PTI) – Gunmen killed two guards at a border post on Monday, officials said."
    values = _one(text)
    assert values["event_date"] == "2025-11-24"  # the Monday before the dateline's Wednesday, not Nov 26


def test_a_weekday_with_its_calendar_day_is_one_date():
    text = "A blast killed three workers late on Wednesday, November 26, police said."
    assert _one(text)["event_date"] == "2025-11-26"


def test_a_date_in_a_sentence_without_a_violence_word_dates_the_event():
    text = (
        "Two border guards have been killed in an attack on a frontier post, officials said.\n\n"
        "The incident took place on Tuesday night."
    )
    values = _one(text)
    assert (values["event_date"], values["killed"]) == ("2025-11-25", 2)


def test_the_previous_day_counts_back_from_the_statement():
    text = "Officials said on Wednesday that gunmen had killed two guards at the post the previous day."
    assert _one(text)["event_date"] == "2025-11-25"


def test_an_undated_report_is_dated_by_when_it_was_said():
    values = _one("Gunmen shot dead four drivers near the border, police said on Thursday.")
    # the statement's day ends the span: the week up to it, not a guessed day before it
    assert (values["event_date"], values["event_date_end"], values["date_precision"]) == (
        "2025-11-21",
        "2025-11-27",
        "week",
    )


# --- background, history and other events ------------------------------------------------


def test_history_is_not_a_toll():
    text = (
        "Two soldiers were killed in a clash on Wednesday, officials said.\n\n"
        "In 2021, at least 55 people died in clashes along the same border."
    )
    assert _one(text)["killed"] == 2


def test_a_similar_incident_and_last_weeks_death_start_no_draft_and_take_nothing():
    text = (
        "Gunmen killed two police officers in an attack in Chaman on Wednesday, officials said. "
        "Nobody has claimed the attack.\n\n"
        "A similar incident took place on November 3 near Khorog, blamed on smugglers. "
        "Last week a commander was martyred in the same district."
    )
    values = _one(text)
    assert (values["event_date"], values["killed"], values["place"]) == ("2025-11-26", 2, "Chaman")
    assert values["attribution"] == "unattributed"


def test_a_sentence_whose_violence_is_all_background_proposes_nothing():
    text = (
        "Its leader Salahuddin Farooqui founded the group in 2012, and it has since claimed many bombings and attacks."
    )
    assert extract_drafts(text, FRIDAY) == []


def test_a_separate_attack_on_another_day_is_its_own_draft():
    text = (
        "Two soldiers were killed in a clash on Wednesday, officials said. "
        "In a separate attack on Monday, gunmen killed a police officer."
    )
    assert [d.values["event_date"] for d in extract_drafts(text, FRIDAY)] == ["2025-11-26", "2025-11-24"]


# --- casualties -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "what", "best", "low"),
    [
        ("Two border guards have reportedly been martyred.", "killed", 2, None),
        ("Three civilians, including a woman and two children, were killed.", "killed", 3, None),
        ("Two guards were killed as well as at least one Taliban fighter.", "killed", 3, 3),
        ("The shelling caused injuries to at least 16 people.", "injured", 16, 16),
        ("Unknown gunmen shot dead nine foreigners.", "killed", 9, None),
    ],
)
def test_casualty_phrasings_of_real_reports(text, what, best, low):
    toll = next(t for t in find_tolls(text) if t.what == what)
    assert (toll.casualties.best, toll.casualties.low) == (best, low)


def test_one_killed_and_another_wounded():
    tolls = {t.what: t.casualties.best for t in find_tolls("One was killed and another wounded.")}
    assert tolls == {"killed": 1, "injured": 1}


def test_at_least_stays_a_low_bound_on_the_draft():
    values = _one("At least seven soldiers were killed in a clash on Wednesday.")
    assert (values["killed"], values["killed_low"], values.get("killed_high")) == (7, 7, None)


def test_more_than_n_on_a_draft_is_n_as_the_low_bound():
    values = _one("More than 30 people were wounded when a bomb went off in a market on Wednesday.")
    assert (values["injured"], values["injured_low"], values.get("injured_high")) == (30, 30, None)


def test_counts_of_two_sides_in_one_sentence_add_up():
    text = "At least 4 soldiers were martyred and more than 20 militants were killed in fighting on Wednesday."
    values = _one(text)
    assert (values["killed"], values["killed_low"]) == (24, 24)


def test_conflicting_tolls_become_a_range():
    text = (
        "Five villagers were killed in shelling on Wednesday, officials said. "
        "Local sources put the death toll at eight."
    )
    draft = extract_drafts(text, FRIDAY)[0]
    values = draft.values
    assert (values["killed_low"], values["killed"], values["killed_high"]) == (5, 5, 8)
    assert "put the death toll at eight" in draft.evidence["killed_high"]  # every value keeps its evidence


def test_the_weapons_of_the_event_it_retaliated_for_are_not_its_own():
    text = (
        "Troops clashed on the border on Wednesday, killing two soldiers, in what Kabul called "
        "retaliation for Pakistani air strikes on its territory. Pakistan has not confirmed those air strikes."
    )
    values = _one(text)
    assert "airstrike" not in values["weapons"]
    assert values["sub_event_type"] == "Armed clash"


# --- attribution ------------------------------------------------------------------------


def test_sides_accusing_each_other_is_disputed():
    found = read_attribution("The two armies clashed, each side accusing the other of sparking the clash.")
    assert found is not None and found.status == "disputed"


def test_a_ministry_blaming_groups_abroad_is_alleged_with_who_and_where():
    found = read_attribution("The foreign ministry blamed criminal groups in neighbouring Afghanistan for the attack.")
    assert found is not None
    assert (found.status, found.perpetrator, found.attributed_by, found.origin_country) == (
        "alleged",
        "criminal groups",
        "foreign ministry",
        "AF",
    )


@pytest.mark.parametrize(
    ("text", "status", "perpetrator"),
    [
        ("Jaish al-Adl (Army of Justice) said on Telegram that it had carried out the attack.", "claimed", None),
        ("The Pakistani military said it had struck hideouts across the border.", "confirmed", "Pakistani military"),
        ("No group has claimed responsibility.", "unattributed", None),
        (
            "According to Reuters, the banned Tehreek-i-Taliban Pakistan, or Pakistani Taliban, "
            "claimed Saturday's ambush.",
            "claimed",
            "Tehreek-i-Taliban Pakistan",
        ),
        (
            "Baluchi militants thought to belong to the Jaish al-Adl group carried out the attack.",
            "suspected",
            "Jaish al-Adl",
        ),
    ],
)
def test_claims_confirmations_and_no_claims(text, status, perpetrator):
    found = read_attribution(text)
    assert found is not None and found.status == status
    if perpetrator:
        assert found.perpetrator == perpetrator


def test_unattributed_by_default_is_marked_as_a_default():
    silent = extract_drafts("Two soldiers were killed in a clash on Wednesday.", FRIDAY)[0]
    said = extract_drafts("Two soldiers were killed in a clash on Wednesday. No group claimed it.", FRIDAY)[0]
    assert silent.values["attribution"] == said.values["attribution"] == "unattributed"
    assert "attribution" in silent.defaults and "attribution" not in said.defaults
    assert said.evidence["attribution"] == "No group claimed it."


def test_a_default_is_shown_apart_in_the_terminal_and_json(run):
    text = "Two soldiers were killed in a clash near Chaman on Wednesday."
    shown = run("extract", "-", "--published", "2025-11-28", input=text).stdout
    assert "by default (the text does not say): weapons=unknown; attribution=unattributed" in shown
    drafts = json.loads(run("extract", "-", "--published", "2025-11-28", "--json", input=text).stdout)
    assert drafts[0]["defaults"] == ["weapons", "attribution"]


# --- country and place from context ----------------------------------------------------


def test_a_demonym_before_the_town_gives_the_country(locate):
    values = _one("Troops clashed in the Kyrgyz city of Batken on Wednesday, wounding six.", locate=locate)
    assert (values["place"], values["country"]) == ("Batken", "KG")


def test_a_possessive_country_gives_the_country(locate):
    values = _one("Gunmen killed two police officers in Iran's Zabol county on Wednesday.", locate=locate)
    assert (values["place"], values["country"]) == ("Zabol county", "IR")


@pytest.mark.parametrize(
    "text",
    [
        "Two guards were killed on Wednesday, a news service based in Washington reported.",
        "Two guards were killed on Wednesday, a spokesman told reporters in Islamabad.",
        "Two guards were killed on Wednesday, the ministry in Kabul said.",
    ],
)
def test_a_place_in_the_wrong_role_is_not_the_events(text, locate):
    values = _one(text, locate=locate)
    assert "place" not in values and "latitude" not in values


def test_a_gazetteer_hit_in_a_country_the_article_never_names_is_refused(locate):
    drafts = extract_drafts("Gunmen killed two Iranian police officers in Rask on Wednesday.", FRIDAY, locate=locate)
    values = drafts[0].values
    assert values["place"] == "Rask"
    assert values.get("country") in (None, "IR")  # never a town of the same name elsewhere


# --- the corpus and the CLI -----------------------------------------------------------


def test_the_dev_split_of_real_reports_keeps_its_figures():
    """F1 over every scored field of the dev split, and the incidents found, must not slip
    (see docs/extract.md). One evaluation of the whole split (about 10 s of CPU, shared with
    the docs test: ``docgen.real_evaluation``) serves every figure: round 10 found 200 of 208
    dev incidents with 2 spurious drafts (was 193, 7)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from docgen import real_evaluation
    from eval_extract import f1, totals

    result = real_evaluation("dev")
    assert result["texts"] >= 20
    assert f1(totals(result)) >= DEV_F1_FLOOR, result["misses"]
    incidents = result["incidents"]
    assert incidents["correct"] >= DEV_INCIDENTS_FOUND_FLOOR, result["misses"]
    assert incidents["spurious"] <= DEV_SPURIOUS_CEILING, result["misses"]


def test_a_round_scored_from_the_sessions_drafts_is_the_round_extracted_again():
    """The rounds' tests score their batch through ``docgen.real_round``, which reads the drafts
    the session made of each report already (``docgen.offline_drafts``): the same figures,
    differences and count as extracting the batch again with a new offline locator."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from docgen import real_round
    from eval_extract import evaluate_real

    assert real_round(19) == evaluate_real(None, locate=gazetteer_locator(ROOT / "no-such-file.db"), round_=19)
    assert real_round(19)["texts"] == 10


def test_two_incidents_of_one_day_are_paired_by_what_they_tell_not_crosswise() -> None:
    """The scorer pairs a coded incident with the draft of the same day; when a report has two that day (a strike on
    Spera and one on Shinwar), the draft that names the same place and kind is its pair, whatever the drafts' order
    (the adjudicators found pairs crossed four times)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from eval_extract import _match

    day = {"event_date": "2025-11-25"}
    spera = {**day, "place": "Spera district", "sub_event_type": "Air/drone strike", "killed": 9}
    shinwar = {**day, "place": "Shinwar district", "sub_event_type": "Air/drone strike", "killed": 1}
    assert dict(_match([spera, shinwar], [shinwar, spera])) == {0: 1, 1: 0}
    assert dict(_match([spera, shinwar], [spera, shinwar])) == {0: 0, 1: 1}
    # nothing to tell them apart: the drafts' order, as before
    assert dict(_match([day, day], [dict(day), dict(day)])) == {0: 0, 1: 1}


#: Just under what the rules reach on the dev split (docs/extract.md has the figures); 0.83 since rounds 23
#: and 24 took the split to 0.843 and the twenty-fifth round's held-back batch (12 dev reports scoring 0.70
#: with no rule changed) brought it to 0.838.
DEV_F1_FLOOR = 0.83
DEV_INCIDENTS_FOUND_FLOOR = 199
#: 5 since the eighteenth and nineteenth rounds' batches: 382 (ILNA) gives a background attack a month back the
#: only day in the text, and 368 (The Nation) tells a release as the day of an incident; each makes one spurious
#: draft with the old code and the new alike. 6 since the thirtieth round's held-back batch: 469 (Fergana News)
#: drafts the day two shot men were identified, 31 August, and misses the shooting of 15 August (no rule changed).
#: 7 since the thirty-second round's: 482 (Mehr) drafts 18 March for an abduction of 6 February (no rule changed).
#: 5 again after the thirty-first round (merged after the thirty-second's batch): it dates 469 and 321 (24.kg) by
#: the shooting's own day; 482's is one of the 5. 6 since the blind adjudication of round 52 (docs/extract-journal.md,
#: *Two coders*) dropped the abduction a report of the hostages' release retells, which the reader still drafts.
#: 7 since the fifty-ninth round's held-back batch: 795 (Gazeta.ru) drafts the background clash of 23 December and not
#: the undated one of its news (no rule changed).
#: 8 since the sixty-first round's held-back batch: 814 (Radio Farda) drafts its own week's day, 9 December 2025, and
#: not the shooting of 'Tuesday night last week, 11 Azar' (no rule changed).
#: 8 again with the sixty-fifth round's held-back batch (856, newyork.ru, drafts its exchange of detainees); 7 since
#: its rules (docs/extract-journal.md, *Round 65's dev misses*): a detention, handover or exchange told as what happened
#: drafts nothing.
#: 10 with the sixty-sixth round's held-back batch: 860 (RFE/RL) and 863 (CACI Analyst) draft a day of their own
#: week and not the rail blast they tell, and 867 (Asia-Plus) the day of the talks and not the clash of 27 April (no
#: rule changed); 9 since the leftovers of rounds 64 and 65 (844's election Saturday no longer drafted); 7 since
#: round 66's rules (docs/extract-journal.md, *Round 66's dev misses*: 860 and 863's rail blast drafted on its own
#: days); 6 since the leftovers of rounds 64–66 (867's talks of 4 May no longer drafted).
#: 7 with the sixty-eighth round's held-back batch: 879 (The Express Tribune) drafts a day of 18 August and not the
#: fifth day of the Batwar clashes it tells (no rule changed); 6 since round 68's rules (docs/extract-journal.md, *Round
#: 68's dev misses: rules*: the day families fled no longer dates 879's draft, which now pairs with the fifth day).
#: 7 with the seventy-third round's held-back batch: 924 (Sputnik Tajikistan) drafts its own date of publication, 4 July
#: 2018, and not the clash of 30 June it tells (no rule changed).
#: 9 with the seventy-eighth round's held-back batch: 965 (Kyrgyzstan Review) drafts a day of its own, 17 May 2003,
#: and not the night to 14 May it tells, and 967 (The News, through a blog) the background clash of 25 May 2014 and not
#: the attack of 4 June it tells (no rule changed).
#: 11 with the ninety-second round's held-back batch: 1314 (IWPR) drafts a day of its own week, 11 June 2006, and
#: neither the end-of-April injury nor the assault of 2 May it tells, and 1318 (Dawn) the night of the crossing, 29
#: August 2023, and not the killing of 5 September it tells (no rule changed).
DEV_SPURIOUS_CEILING = 11


def test_adding_one_article_twice_adds_nothing_the_second_time(run, run_json):
    text = "QUETTA — Two soldiers were killed in an attack near Chaman on Monday, officials said."
    args = ["extract", "-", "--published", "2025-12-02", "--source", "https://example.org/chaman", "--add", "--yes"]
    first = run(*args, input=text)
    assert first.stdout.split() == ["1"]
    second = run(*args, input=text)
    assert second.stdout == ""
    assert "1 already recorded from this article (#1), not added again" in second.stderr
    assert run_json("list", "--json") and len(run_json("list", "--json")) == 1
    # Another outlet's report of the same event becomes a source of #1, not a second incident.
    other = ["extract", "-", "--published", "2025-12-02", "--source", "https://example.org/other", "--add", "--yes"]
    third = run(*other, input=text)
    assert "attached the article to #1" in third.stderr
    assert [s["url"] for s in run_json("show", "1", "--json")["sources"]] == [
        "https://example.org/chaman",
        "https://example.org/other",
    ]
    assert len(run_json("list", "--json")) == 1


def test_the_origin_country_is_scored_beside_the_f1_not_in_it(tmp_path: Path) -> None:
    """``origin_country`` is coded for about four incidents in ten but was never one of the F1's fields: the scorer
    counts it apart (``"side"``), with its differences listed, so work on it shows and the F1 every earlier figure is
    compared by stays what it was."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from eval_extract import evaluate_real, side_lines, totals

    coded = {"event_date": "2024-03-02", "country": "TJ", "origin_country": "AF", "killed": 1}
    (tmp_path / "01-raid.json").write_text(
        json.dumps({"published": "2024-03-03", "split": "dev", "incidents": [coded]}), encoding="utf-8"
    )
    (tmp_path / "01-raid.txt").write_text("Gunmen from across the river raided a post.", encoding="utf-8")
    drafts = [
        {"event_date": "2024-03-02", "country": "TJ", "origin_country": "AF", "killed": 1},
        {"event_date": "2024-05-09", "country": "TJ", "origin_country": "IR"},
    ]
    result = evaluate_real("dev", tmp_path, drafts_of=lambda *_: drafts)
    assert result["side"] == {"origin": {"correct": 1, "proposed": 2, "expected": 1}}
    assert "origin" not in result["fields"]
    assert totals(result) == {"correct": 3, "proposed": 5, "expected": 3}  # date, country, killed; the spurious draft
    assert "P 0.50, R 1.00, F1 0.67" in side_lines(result)
    drafts[0]["origin_country"] = "PK"
    assert (
        "01-raid: origin expected 'AF', got 'PK'"
        in evaluate_real("dev", tmp_path, drafts_of=lambda *_: drafts)["misses"]
    )
