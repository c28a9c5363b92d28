"""The nineteenth round's readings of place and country (docs/extract-journal.md, *The nineteenth round*), each in
sentences of our own.

Each test writes one phrasing of the kind the round's dev reports showed and checks the reading the round
added, and a near phrasing it must leave alone; the last ones check that the round's batch of real reports
is there, split by event with the eighth round's rule, and scored on its own with ``--round 19``.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from _extract_helpers import REAL
from _extract_helpers import one_draft as _one
from incident_tracker.extract import gazetteer_locator
from incident_tracker.extract.dates import find_dates
from incident_tracker.extract.finish_place import _admin_country

ROOT = Path(__file__).resolve().parent.parent
LOCATE = gazetteer_locator(ROOT / "no-such-file.db")


# --- a province named beside the scene tells its country ----------------------------------------------------


def test_a_province_beside_the_scene_tells_the_country_the_article_never_names() -> None:
    # "Taliban", "Pakistani", never "Afghanistan": the province places the crossing, not the namesake across it
    draft = _one(
        "Taliban fighters and Pakistani border forces exchanged fire on Sunday at the Kharlachi crossing in "
        "Dand-e-Patan district of Paktia province, killing one fighter.",
        locate=LOCATE,
    )
    assert (draft["place"], draft["country"]) == ("Kharlachi crossing", "AF")
    assert _admin_country("Paktia province", LOCATE, {"PK"}) == "AF"


def test_a_district_still_needs_its_country_named() -> None:
    # a district's name is less distinctive than a province's: only a country the article names
    assert _admin_country("Kurram district", LOCATE, {"AF"}) is None
    assert _admin_country("Kurram district", LOCATE, {"AF", "PK"}) == "PK"


# --- a place not known in the report's country is not a namesake's across the border ---------------------------


def test_a_sound_alike_across_the_border_is_no_location() -> None:
    # the Kaga area of a Bajaur village is not Kazhah in Nangarhar; Bulak-Bashy in Batken is not Buloqboshi
    located, note = LOCATE("Kaga area", "PK", named=frozenset({"AF"}))
    assert located == {} and note is not None and "only resembles" in note
    located, note = LOCATE("Bulak-Bashy area", "KG", named=frozenset({"KG", "TJ"}))
    assert located == {} and note is not None


def test_a_place_found_by_its_own_name_across_the_border_is_still_taken() -> None:
    # "North Waziristan" in a report read as Afghan: the reporter's country, not the place's
    located, note = LOCATE("North Waziristan", "AF", named=frozenset({"AF", "PK"}))
    assert (located.get("country"), note) == ("PK", None)


def test_the_near_miss_leaves_the_country_to_the_report() -> None:
    # the dateline's country stands: the area is where the shell fell, not a village in Nangarhar
    draft = _one(
        "BAJAUR: A woman was hurt on Tuesday when a mortar round fired from Afghanistan's Kunar province fell on "
        "a village of Mamond tehsil along the border.\n\nResidents said the shell destroyed a house in the Kaga area.",
        locate=LOCATE,
    )
    assert (draft["place"], draft["country"]) == ("Kaga area", "PK") and "latitude" not in draft


# --- a day before the saying verb, with the event's own day after it ----------------------------------------------


def _said(sentence: str, published: dt.date = dt.date(2025, 12, 1)) -> list[tuple[str, bool]]:
    return [(d.text, d.reporting) for d in find_dates(sentence, published)]


def test_a_day_before_a_long_speakers_title_is_the_saying_when_the_speech_has_its_own_day() -> None:
    assert _said(
        "On November 25, Karim Nazarov, a spokesman for the border directorate of the security committee, said "
        "guards had shot a smuggler near the Panj crossing on November 23."
    ) == [("November 25", True), ("November 23", False)]
    assert _said(
        "At a meeting on November 20, the border representatives said that on November 14 a patrol had found two men."
    )[0] == ("November 20", True)


def test_a_day_before_the_saying_verb_with_no_other_day_stays_the_events() -> None:
    assert _said("On November 25, gunmen attacked a border post in the district, officials said.") == [
        ("November 25", False)
    ]


def test_the_speech_day_dates_the_draft() -> None:
    draft = _one(
        "DUSHANBE, November 28 -- Tension is high on the Uzbek border.\n\nOn November 25, Karim Nazarov, a "
        "spokesman for the border directorate of the security committee, said Tajik guards had killed an Uzbek "
        "border guard near the Hashtiyak frontier post on November 23.",
        dt.date(2025, 11, 28),
    )
    assert draft["event_date"] == "2025-11-23"


# --- the round's batch ------------------------------------------------------------------------------------


def _specs() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(REAL.glob("*.json"))]


def test_the_nineteenth_rounds_reports_are_there() -> None:
    """The split by slug and each page once are checked for every round in tests/test_extract_corpus.py."""
    specs = [s for s in _specs() if s.get("round") == 19]
    assert len(specs) == 10  # 381 and 386 were the eighteenth round's 360 and 371 again, removed at the merge
    # The eighteenth round, collected at the same time, brought another report of the Parom rockets (371).
    earlier = {s["event"] for s in _specs() if s.get("round") not in (18, 19)}
    assert not {s["event"] for s in specs} & earlier, "an event already in the corpus was added again"


def test_the_nineteenth_round_is_scored_on_its_own() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from docgen import real_round

    result = real_round(19)
    assert result["texts"] == 10  # 381 and 386 removed at the merge (docs/extract.md, the merge of the two rounds)
