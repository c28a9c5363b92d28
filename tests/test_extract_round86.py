"""The eighty-sixth round's held-back batch of real reports (docs/extract-journal.md, *The eighty-sixth round: held
back (round 86)*).

The round's slugs were committed before they were hashed, lot by lot, each first checked against every coding's whole
date span, its places, every report's address and the claims file shared by the rounds; the search went on until four
events were on test. It holds six reports of six events on the northern lines, five of them rewritten in English from
Russian, Tajik and Chinese: Tajik border guards fighting armed smugglers from Afghanistan at Hamadoni's Kyzyl-Su post,
on the Farkhor stretch and on the Panj unit's stretch (2011-2023), two Afghan fishermen shot on the Amu in Takhar's
Dashti Qala (2014), and Kyrgyz and Uzbek border troops exchanging fire in Ala-Buka over a road (2012).
"""

from __future__ import annotations

from _extract_helpers import ATTACK, CLASH, FIRST_FIELDS, HeldBackRound, coded_fields


class TestTheBatch(HeldBackRound):
    ROUND = 86
    REPORTS = range(1130, 1136)
    #: The slugs of the batch's events, committed before they were hashed in two lots, with their sides committed
    #: before any report was written.
    EVENTS = {
        "alabuka-clash-2012-07": "dev",
        "kyzylsu-smugglers-2011-06": "test",
        "farkhor-smugglers-2023-02": "test",
        "panj-smugglers-2016-10": "test",
        "panj-traffickers-2016-06": "dev",
        "dashtiqala-fishermen-2014-03": "test",
    }
    BORDERS = {
        "alabuka-clash-2012-07": "KG-UZ",
        "kyzylsu-smugglers-2011-06": "AF-TJ",
        "farkhor-smugglers-2023-02": "AF-TJ",
        "panj-smugglers-2016-10": "AF-TJ",
        "panj-traffickers-2016-06": "AF-TJ",
        "dashtiqala-fishermen-2014-03": "AF-TJ",
    }
    INCIDENTS = 6
    SIDES = {"test": 4, "dev": 2}


def test_border_guards_and_smugglers_as_coded() -> None:
    """Smugglers the border service says crossed from Afghanistan, or fired on its men, are `alleged` with the origin
    Afghanistan (1130-1132, 1135); 'in the night to 17 June' is the night of 16 to 17 June (1130); no one hurt is no
    toll, not 0 (1132); only the wounded told leaves killed empty (1135). A border service saying the other side's
    soldier fired first is `alleged` with no origin, and a toll with 'at least' or an uncounted other side keeps no
    high bound (1134)."""
    rows = coded_fields(86, *FIRST_FIELDS, "event_date_end", "origin_country", "killed_high", "injured_high")
    ids = ("1130", "1131", "1132", "1134", "1135")
    assert {rid: rows[rid] for rid in ids} == {
        "1130": [("2011-06-16", "days", "TJ", 1, 1, CLASH, "alleged", "2011-06-17", "AF", 1, 1)],
        "1131": [("2023-02-21", "day", "TJ", 2, None, CLASH, "alleged", None, "AF", 2, None)],
        "1132": [("2016-10-22", "day", "TJ", None, None, CLASH, "alleged", None, "AF", None, None)],
        "1134": [("2012-07-17", "day", "KG", 1, 2, CLASH, "alleged", None, None, None, None)],
        "1135": [("2016-06-19", "day", "TJ", None, 2, CLASH, "alleged", None, "AF", None, 2)],
    }


def test_fishermen_shot_from_across_the_river_as_coded() -> None:
    """Afghan officials naming the Tajik border guards who shot two fishermen on the Amu are `alleged`; the fishermen
    were in an Afghan district, so the country is Afghanistan and the victims, Afghans at home, carry no nationality
    (1133, as the Kang woman of round 82)."""
    rows = coded_fields(86, *FIRST_FIELDS, "target_type", "victim_nationality", "perpetrator")
    assert rows["1133"] == [
        ("2014-03-12", "day", "AF", 2, None, ATTACK, "alleged", "civilians", None, "Tajik border guards")
    ]
