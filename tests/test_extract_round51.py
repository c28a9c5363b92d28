"""The fifty-first round's held-back batch of real reports (docs/extract-journal.md, *The fifty-first round: held back
(round 51)*).

The round changed no rule: it collected a new batch nobody had tuned on, whose first score measures what the rules
do out of sample, as the rounds 34 to 50 did. It holds eleven reports of three events of the kinds the corpus holds
least of: the roadside bomb that struck the Afghan border police in Achin, Nangarhar (August 2018), the Taliban's
attacks on two border outposts in Kohsan and Ghorian, Herat, on the Iranian border (April 2021), and the suicide
attack on the NATO fuel trucks by the Torkham crossing (June 2014). The first two slugs hashed to dev, the third to
test. These tests check that the batch is there (its split by the eighth round's rule, each page once and each
border's day on one side are checked for the whole corpus in ``tests/test_extract_corpus.py``), that its events carry
the slugs written down before they were hashed and are new to the corpus, that its dates follow the house's rules as
first coded, how its tolls and attributions were coded (each report's toll as it tells it; an officer's or sources'
blame is `alleged`, a group's own word `claimed`), and that it is scored on its own with ``--round 51``.
"""

from __future__ import annotations

from _extract_helpers import (
    assert_round_holds,
    assert_scored_on_its_own,
    assert_slugs_named_in_docs,
    coded_by_report,
    coded_fields,
)

#: The slugs, committed before they were hashed (6787264, a3ccff3), with their sides.
EVENTS = {
    "achin-ied-2018-08": "dev",
    "herat-posts-2021-04": "dev",
    "torkham-trucks-2014-06": "test",
}


def test_the_fifty_first_rounds_reports_are_there() -> None:
    specs = assert_round_holds(51, EVENTS, range(717, 728))
    assert {s["border"] for s in specs} == {"AF-PK", "AF-IR"}
    assert sum(len(s["incidents"]) for s in specs) == 14
    assert [s["split"] for s in specs].count("dev") == 7
    assert [s["split"] for s in specs].count("test") == 4


def test_the_dates_follow_the_house_rules_as_first_coded() -> None:
    """'On Thursday' in Friday's reports is the day before (717, 718: 30 August 2018; 720, 721: 8 April 2021), as
    is Salam Watandar's 'last night' (722); the van's 'Wednesday' is 29 August; the militia leader's killing, told
    only in the Islamic State's statement of 31 August, and Sputnik's Herat attack, given no day, are the week up to
    the statement or the report (719, 723); Torkham's 'Thursday' in reports of that Thursday is the day."""
    dates = coded_fields(51, "date_precision", "event_date", "event_date_end")
    achin, van = ("day", "2018-08-30", None), ("day", "2018-08-29", None)
    herat, torkham = ("day", "2021-04-08", None), ("day", "2014-06-19", None)
    assert dates == {
        "717": [achin, van],
        "718": [achin, van],
        "719": [achin, ("week", "2018-08-25", "2018-08-31")],
        "720": [herat],
        "721": [herat],
        "722": [herat],
        "723": [("week", "2021-04-03", "2021-04-09")],
        "724": [torkham],
        "725": [torkham],
        "726": [torkham],
        "727": [torkham],
    }


def test_the_tolls_as_first_coded() -> None:
    """Each report as it tells it: Achin's four wounded in AP and three in RFE/RL; Herat's nine dead, Salam
    Watandar's three (its nine missing are not dead); at Torkham the attackers are the dead, three or four, and RT
    tells no toll."""
    tolls = coded_fields(51, "killed", "killed_low", "killed_high", "injured")
    van = (3, 3, 3, 16)
    nine = [(9, 9, 9, None)]
    assert tolls == {
        "717": [(5, 5, 5, 4), van],
        "718": [(5, 5, 5, 4), van],
        "719": [(5, 5, 5, 3), (1, 1, 1, None)],
        "720": nine,
        "721": nine,
        "722": [(3, 3, 3, None)],
        "723": nine,
        "724": [(4, 4, 4, 1)],
        "725": [(3, 3, 3, None)],
        "726": [(3, 3, 3, None)],
        "727": [(None, None, None, None)],
    }


def test_the_kinds_and_attributions_as_first_coded() -> None:
    """The roadside bombs are remote explosives; the attacks on the Herat outposts armed clashes; Torkham a suicide
    bomb. A police officer's blame (717, 718) and the sources' naming of the Taliban (720-723) are `alleged`; the
    Islamic State's statement (719) and the Taliban spokesman's word (724-726) `claimed`; RT's own naming with no claim
    `alleged` with nobody named as its source (727); the van in Kunar, blamed on nobody, `unattributed`."""
    rows = coded_fields(51, "sub_event_type", "attribution", "attributed_by")
    ied, van = "Remote explosive/landmine/IED", ("Remote explosive/landmine/IED", "unattributed", None)
    officer = "police officer Qais Saifi"
    clash = "Armed clash"
    taliban = ("Suicide bomb", "claimed", "Taliban")
    assert rows == {
        "717": [(ied, "alleged", officer), van],
        "718": [(ied, "alleged", officer), van],
        "719": [(ied, "claimed", "Islamic State"), (clash, "claimed", "Islamic State")],
        "720": [(clash, "alleged", "sources in the province")],
        "721": [(clash, "alleged", "sources quoted by TOLOnews")],
        "722": [(clash, "alleged", "local sources in Herat")],
        "723": [(clash, "alleged", "security sources in Herat")],
        "724": [taliban],
        "725": [taliban],
        "726": [taliban],
        "727": [("Suicide bomb", "alleged", None)],
    }
    targets = coded_by_report(51, lambda i: i["target_type"])
    assert targets == {
        "717": ["border_guards", "civilians"],
        "718": ["border_guards", "civilians"],
        "719": ["border_guards", "military"],
        **{rid: ["border_guards"] for rid in ("720", "721", "722", "723")},
        **{rid: ["military"] for rid in ("724", "725", "726", "727")},
    }


def test_the_slugs_are_the_ones_written_down_first() -> None:
    """docs/extract-journal.md names the round's slugs, as they were committed before hashing."""
    assert_slugs_named_in_docs("The fifty-first round: held back (round 51)", EVENTS)


def test_the_fifty_first_round_is_scored_on_its_own() -> None:
    # 14 incidents as first coded; the blind adjudication (docs/extract-journal.md, *Two coders*) kept three more a
    # second coder had drafted (other attacks of the same day told with their own tolls, in Balkhab, Mazar-e-Sharif and
    # Kandahar).
    assert_scored_on_its_own(51, texts=11, incidents=17, test=4, dev=7)
