"""The hundred-and-eighth round's held-back batch of real reports (docs/extract-journal.md, *The hundred-and-eighth
round: held back (round 108)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written. It holds eight reports of seven US drone strikes on the Pakistani side of the
Afghan-Pakistani line in months the corpus held nothing or little of: Dosali and elsewhere in North Waziristan (17
December 2009), a vehicle in Machikhel (23 May 2011), a vehicle in Datta Khel (22 September 2012), two houses in Babar,
South Waziristan (8 February 2013), a compound in Manzar Khel (14 April 2013), a compound in Mangroti or a house in
Miranshah, as two copies tell it (7 June 2013), and a compound in Heso Khel (31 August 2013).
"""

from __future__ import annotations

from _extract_helpers import FIRST_FIELDS, HeldBackRound, coded_fields

STRIKE = "Air/drone strike"
BOTH = ["drone", "missile"]


class TestTheBatch(HeldBackRound):
    ROUND = 108
    REPORTS = range(1790, 1798)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "dosali-drone-2009-12": "dev",
        "machikhel-drone-2011-05": "dev",
        "dattakhel-vehicle-2012-09": "dev",
        "babar-drone-2013-02": "dev",
        "manzarkhel-drone-2013-04": "test",
        "mangroti-drone-2013-06": "dev",
        "hesokhel-drone-2013-08": "dev",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 8
    SIDES = {"test": 1, "dev": 7}


def test_the_eight_reports_as_coded() -> None:
    """Every strike is a drone's, with the missiles each report names, given to the US on the word of whoever names it:
    officials or sources of the side struck (1790, 1791, 1792, 1794, 1797), the outlet it cites (1796's Geo News), or
    the outlet's own voice where no one else names the owner (1793's The News, 1795's The Express Tribune, whose
    "American remotely-piloted aircraft" is its only name for the doer). Two strikes sharing one toll are one record
    in the smallest place holding both (1790: "at least twelve", "as high as seventeen" its high bound). "At least"
    in a lead keeps no high bound beside a plain count of the same dead (1794, 1795, 1796); a plain count keeps its
    own (1791, 1793). The two copies of 7 June 2013 keep each its own place and figures (1795, 1796)."""
    rows = coded_fields(108, *FIRST_FIELDS, "killed_high", "injured_high", "weapons", "perpetrator", "attributed_by")
    assert rows == {
        "1790": [
            (
                "2009-12-17",
                "day",
                "PK",
                12,
                None,
                STRIKE,
                "alleged",
                17,
                None,
                BOTH,
                "US",
                "Pakistani intelligence officials",
            )
        ],
        "1791": [("2011-05-23", "day", "PK", 7, None, STRIKE, "alleged", 7, None, BOTH, "US", "sources")],
        "1792": [
            (
                "2012-09-22",
                "day",
                "PK",
                3,
                None,
                STRIKE,
                "alleged",
                None,
                None,
                BOTH,
                "US",
                "Pakistani security officials",
            )
        ],
        "1793": [("2013-02-08", "day", "PK", 7, 6, STRIKE, "alleged", 7, 6, BOTH, "US", "The News")],
        "1794": [
            ("2013-04-14", "day", "PK", 4, None, STRIKE, "alleged", None, None, BOTH, "US", "a security official")
        ],
        "1795": [
            ("2013-06-07", "day", "PK", 7, 3, STRIKE, "alleged", None, 3, BOTH, "American", "The Express Tribune")
        ],
        "1796": [("2013-06-07", "day", "PK", 7, None, STRIKE, "alleged", None, None, BOTH, "US", "Geo News")],
        "1797": [
            ("2013-08-31", "day", "PK", 4, None, STRIKE, "alleged", None, None, BOTH, "US", "local security officials")
        ],
    }
