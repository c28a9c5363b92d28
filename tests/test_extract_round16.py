"""The sixteenth round's readings of dates and attribution (docs/extract-journal.md, *The sixteenth round*), each in
sentences of our own.

Each test writes one phrasing of the kind the round's dev reports showed and checks the reading the round
added, and a near phrasing it must leave alone; the last ones check that the round's batch of real reports
is there, split by event with the eighth round's rule, and scored on its own with ``--round 16``.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from _extract_helpers import REAL
from _extract_helpers import one_draft as _one
from incident_tracker.extract.attribution import read_attribution
from incident_tracker.extract.dates import find_dates

ROOT = Path(__file__).resolve().parent.parent
FRIDAY = dt.date(2025, 11, 28)


def _dates(sentence: str, published: dt.date = FRIDAY) -> list[tuple[str, str | None, str, bool]]:
    return [
        (d.start.isoformat(), d.end.isoformat() if d.end else None, d.precision, d.reporting)
        for d in find_dates(sentence, published)
    ]


# --- a span counted back from the day it was said ---------------------------------------------------------


def test_over_the_past_days_ends_on_the_day_it_was_said_and_that_day_is_the_saying() -> None:
    # "alleged on Thursday that rockets had landed over the past two days": Wednesday and Thursday
    assert _dates(
        "Officials alleged on Thursday that 60 rockets had landed in the district over the past two days."
    ) == [
        ("2025-11-27", None, "day", True),
        ("2025-11-26", "2025-11-27", "days", False),
    ]
    # "over the past 24 hours" from a Monday statement: Sunday and Monday
    assert _dates(
        "Officials accused the army on Monday of firing 30 shells into the valley over the past 24 hours."
    ) == [
        ("2025-11-24", None, "day", True),
        ("2025-11-23", "2025-11-24", "days", False),
    ]


def test_a_past_span_with_no_day_said_is_no_date() -> None:
    # "nothing had happened in the past three days": no event, and a span from publication would be a guess
    assert _dates("The commander said the border was quiet and nothing had happened in the past three days.") == []


def test_the_span_dates_the_draft() -> None:
    draft = _one(
        "KABUL: Local officials alleged on Thursday that 45 rockets fired from Pakistan had landed in a border "
        "district of Kunar over the past two days, wounding two civilians.",
        FRIDAY,
    )
    assert (draft["event_date"], draft["event_date_end"], draft["date_precision"]) == (
        "2025-11-26",
        "2025-11-27",
        "days",
    )


# --- whole days counted back -------------------------------------------------------------------------------


def test_the_day_before_yesterday_and_days_ago_count_back_whole_days() -> None:
    assert _dates("On the afternoon of the day before yesterday, fighters tried to cross the border.") == [
        ("2025-11-26", None, "day", False)
    ]
    # counted from the day it was said, when the sentence gives one
    assert _dates("Three days ago guards fired on a car, officials said on Thursday.") == [
        ("2025-11-24", None, "day", False),
        ("2025-11-27", None, "day", True),
    ]
    # "the day before" alone is still one day back
    assert _dates("They crossed the day before.") == [("2025-11-27", None, "day", False)]


# --- the speaker's label as the subject of what was said --------------------------------------------------


def test_a_label_after_said_is_the_one_the_speaker_blames() -> None:
    said = read_attribution("Army officials said terrorists had attacked two posts on the border overnight.")
    assert said is not None and (said.status, said.perpetrator) == ("alleged", "terrorists")
    hedged = read_attribution("A district official said militants may have fired the rockets from the Afghan side.")
    assert hedged is not None and (hedged.status, hedged.perpetrator) == ("alleged", "militants")
    alleged = read_attribution(
        "Officials said a guard was killed on Thursday when militants allegedly tried to slip across the border."
    )
    assert alleged is not None and (alleged.status, alleged.perpetrator) == ("alleged", "militants")


def test_the_side_said_to_have_started_the_firing_is_alleged_and_two_such_accounts_are_disputed() -> None:
    started = read_attribution("Border officials said the Taliban forces started the shelling on Thursday.")
    assert started is not None and (started.status, started.perpetrator) == ("alleged", "Taliban forces")
    unprovoked = read_attribution('A district governor said Pakistani forces began "unprovoked" attacks on Friday.')
    assert unprovoked is not None and (unprovoked.status, unprovoked.perpetrator) == ("alleged", "Pakistani forces")
    # the firing's start with no side named attributes nothing
    assert read_attribution("Residents said the firing started at about 10pm.") is None
    draft = _one(
        "Four civilians were killed in an exchange of fire at the border crossing late on Thursday. "
        'An Afghan district governor said Pakistani forces began "unprovoked" attacks. '
        "Pakistan accused Afghan forces of firing first."
    )
    assert draft["attribution"] == "disputed" and draft.get("perpetrator") is None


def test_an_accuser_told_by_a_pronoun_or_an_apposition() -> None:
    apposition = read_attribution(
        "Ali Rezaei, the deputy governor of the province, in turn accused Pakistani forces of firing at the crowd."
    )
    assert apposition is not None and (apposition.status, apposition.perpetrator) == ("alleged", "Pakistani forces")
    pronoun = read_attribution("It accused Afghan forces of firing at several places along the border.")
    assert pronoun is not None and (pronoun.status, pronoun.perpetrator) == ("alleged", "Afghan forces")
    # an accused who names no side, and sides accusing each other, are not this reading
    assert read_attribution("It accused the gunmen of killing two guards.") is None
    mutual = read_attribution("They accused each other of firing first.")
    assert mutual is not None and mutual.status == "disputed"


def test_a_sides_own_officials_telling_what_its_guards_did_confirm_it() -> None:
    own = read_attribution("Border officials in Tajikistan say their guards have shot dead a smuggler near the river.")
    assert own is not None and (own.status, own.perpetrator) == ("confirmed", "Tajik guards")
    according = read_attribution(
        "According to Kyrgyz officials, a unit of the Kyrgyz border guards shot five of the men near the pass."
    )
    assert according is not None and (according.status, according.perpetrator) == ("confirmed", "Kyrgyz border guards")
    # the other side's officials telling it: an allegation, as before
    other = read_attribution("According to Kyrgyz officials, Uzbek border guards shot two of the men.")
    assert other is not None and (other.status, other.perpetrator) == ("alleged", "Uzbek border guards")


def test_militants_after_said_with_no_hedge_or_origin_only_describe() -> None:
    # the reporter's word for armed men, not a speaker's blame: nothing is attributed
    assert read_attribution("Local officials said armed militants attacked a checkpost late on Sunday night.") is None
    # and "tried to enter" with no hedge is not read as an act the speaker blames on anyone new
    assert read_attribution("The ISPR said the terrorists had tried to enter the country through the pass.") is None


# --- the round's batch ------------------------------------------------------------------------------------


def _specs() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(REAL.glob("*.json"))]


def test_the_sixteenth_rounds_reports_are_there() -> None:
    """The split by slug and each page once are checked for every round in tests/test_extract_corpus.py."""
    specs = [s for s in _specs() if s.get("round") == 16]
    assert len(specs) == 19
    earlier = {s["event"] for s in _specs() if s.get("round") not in (16,)}
    assert not {s["event"] for s in specs} & earlier, "an event already in the corpus was added again"


def test_the_sixteenth_round_is_scored_on_its_own() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from docgen import real_round

    result = real_round(16)
    assert result["texts"] == 19
