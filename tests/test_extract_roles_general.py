"""Who did it and to whom, read by mechanism rather than by phrasing (the thirty-fifth round).

Each mechanism is tested with short sentences written for this file, and with a near sentence it
must leave alone. The figures the mechanisms moved on the dev split are in docs/extract.md.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

from incident_tracker.extract import extract_drafts
from incident_tracker.extract.actors import canonical_actor
from incident_tracker.extract.attribution import read_attribution
from incident_tracker.extract.groups import known_group
from incident_tracker.extract.vocab import target_type

PUBLISHED = dt.date(2025, 3, 10)


def _draft(text: str) -> dict[str, object]:
    drafts = extract_drafts(text, PUBLISHED)
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0].values


def _scorer():  # type: ignore[no-untyped-def]
    path = Path(__file__).resolve().parent.parent / "scripts" / "eval_extract.py"
    spec = importlib.util.spec_from_file_location("eval_extract_general", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_extract_general", module)
    spec.loader.exec_module(module)
    return module


# --- The actor dictionary: the region's forces and groups by their spellings and acronyms ----------------------------


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Fitna al-Khwarij", "Tehrik-i-Taliban Pakistan"),
        ("khwarij", "Tehrik-i-Taliban Pakistan"),
        ("Tehreek-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan"),
        ("Levies", "Balochistan Levies"),
        ("Balochistan Levies Force", "Balochistan Levies"),
        ("ABP", "Police Forces of Afghanistan (2004-2021)"),
        ("Afghan Border Police", "Police Forces of Afghanistan (2004-2021)"),
        ("Kazakh border guards", "Military Forces of Kazakhstan"),
        ("PLA", "Military Forces of China"),
        ("Chinese forces", "Military Forces of China"),
        ("Jundullah", "Jundallah"),
        ("JeM", "Jaish-e-Mohammed"),
        ("Lashkar-i-Jhangvi", "Lashkar-e-Jhangvi"),
        ("BRAS", "Baloch Raaji Aajoi Sangar"),
        ("Baloch Raji Aajoi Sangar", "Baloch Raaji Aajoi Sangar"),
        ("IJU", "Islamic Jihad Union"),
        ("Uzbek frontier guards", "Military Forces of Uzbekistan"),
        ("NAJA Border Guard", "Military Forces of Iran"),
    ],
)
def test_the_dictionary_knows_the_regions_actors_by_their_spellings(written: str, canonical: str) -> None:
    assert canonical_actor(written) == canonical


@pytest.mark.parametrize("written", ["Afghan troops", "Afghan border guards", "ANP", "Baloch fighters", "Soldiers"])
def test_what_the_dictionary_still_does_not_list(written: str) -> None:
    # "Afghan border guards" may be the republic's or the Taliban's; "ANP" is also a Pakistani party
    assert canonical_actor(written) is None


def test_a_group_named_by_its_acronym_is_a_side() -> None:
    assert known_group("BRAS fighters attacked a convoy", non_state=True) == "BRAS"
    assert known_group("an IJU cell", non_state=True) == "IJU"
    assert known_group("the bras and the belts", non_state=True) is None


def test_the_scorer_reads_a_coders_spelling_through_the_dictionary() -> None:
    scorer = _scorer()
    assert scorer._same_actor("Fitna al-Khwarij", "Tehrik-i-Taliban Pakistan")
    assert scorer._same_actor("khwarij", "Tehrik-i-Taliban Pakistan")
    assert not scorer._same_actor("terrorists", "Tehrik-i-Taliban Pakistan")


# --- The subject of an attack verb -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Pakistani helicopters bombarded two villages in Khost, an official said.", "Pakistani helicopters"),
        ("Iran's border guards have once again violated the border, firing three shells.", "Iranian border guards"),
        ("A farmer said the Taliban fired the first shot.", "Taliban"),
        ("An official said the Turkmen border guards fired the first shots.", "Turkmen border guards"),
    ],
)
def test_the_subject_of_an_attack_verb_is_the_side_alleged(sentence: str, side: str) -> None:
    found = read_attribution(sentence)
    assert found is not None and found.status == "alleged" and found.perpetrator == side


@pytest.mark.parametrize(
    "sentence",
    [
        "Pakistani helicopters flew over two villages in Khost, an official said.",
        "The guards said a shot had been fired at them once again.",
        "A farmer said the first shot came from the hills.",
    ],
)
def test_no_subject_acting_names_no_side(sentence: str) -> None:
    found = read_attribution(sentence)
    assert found is None or not found.perpetrator


# --- The state's name for the party it fought ------------------------------------------------------------------------


def test_a_states_forces_killing_labelled_men_who_were_crossing_name_them_as_alleged() -> None:
    values = _draft(
        "Security forces killed four terrorists in Zhob district on Sunday as they tried to cross the border "
        "from Afghanistan, the ISPR said."
    )
    assert values["attribution"] == "alleged"
    assert values["perpetrator"] == "terrorists"


def test_the_states_own_name_for_the_group_names_it() -> None:
    values = _draft("Troops killed four khwarij trying to cross the border in Sambaza on Sunday, the ISPR said.")
    assert values["attribution"] == "alleged"
    assert values["perpetrator"] == "Tehrik-i-Taliban Pakistan"  # "khwarij", by the dictionary's name
    replaced = _draft(
        "Security forces killed four terrorists who tried to cross the border from Afghanistan in Zhob on Sunday, "
        "the ISPR said. Four khwarij were killed in the exchange of fire, the statement said."
    )
    assert replaced["perpetrator"] == "Tehrik-i-Taliban Pakistan"


def test_a_label_alone_names_no_one() -> None:
    # the label alone, with nothing of where they came from: a generic label, not an allegation
    values = _draft("Troops killed three militants in an exchange of fire in the Datta Khel area on Sunday.")
    assert values.get("perpetrator") is None
    assert values["attribution"] == "unattributed"


# --- Whom the act was aimed at ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Tajik shepherds fired two shots in the direction of the Kyrgyz border guards near Ak-Tash on Sunday, "
            "the border service said.",
            "border_guards",
        ),
        (
            "Armed bandits killed four members of the Revolutionary Guard in the Saravan area on Sunday, the "
            "agency said.",
            "military",
        ),
        ("Gunmen from Pakistan opened fire on a police station in Sarbaz on Sunday, officials said.", "police"),
    ],
)
def test_the_object_of_the_attackers_act_is_the_target(text: str, target: str) -> None:
    assert _draft(text).get("target_type") == target


def test_fire_answered_is_no_target() -> None:
    values = _draft(
        "Militants from Afghanistan attacked a convoy on Sunday and the soldiers fired back at the border guards' "
        "attackers, the ISPR said."
    )
    assert values.get("target_type") != "border_guards"


def test_the_side_fired_on_stays_the_target_when_the_two_then_exchange_fire() -> None:
    values = _draft(
        "Tajik border guards opened fire on Kyrgyz border guards near Ak-Tash on Sunday, and the two sides exchanged "
        "fire for an hour, the Kyrgyz border service said."
    )
    assert values["target_type"] == "border_guards"


def test_a_clash_told_with_no_side_fired_on_has_no_target() -> None:
    values = _draft(
        "Afghan and Iranian border guards exchanged fire near Kang on Sunday and two guards were wounded, officials "
        "said."
    )
    assert values.get("target_type") is None


@pytest.mark.parametrize(
    ("noun", "target"),
    [("Revolutionary Guard", "military"), ("IRGC members", "military"), ("border guards", "border_guards")],
)
def test_the_victims_kind_from_their_noun(noun: str, target: str) -> None:
    assert target_type(noun) == target


# --- Nationals hit by the state they crossed into --------------------------------------------------------------------


def test_nationals_shot_while_crossing_into_another_state_keep_their_nationality() -> None:
    values = _draft(
        "QUETTA: Two Pakistani nationals were killed on Sunday when Iranian border guards opened fire on them as "
        "they tried to cross the border into Iran, officials in Balochistan, Pakistan said."
    )
    assert values["victim_nationality"] == "PK"


def test_nationals_shot_on_their_own_soil_carry_no_nationality() -> None:
    values = _draft(
        "QUETTA: Iranian border guards crossed two kilometres into Pakistani territory on Sunday and shot dead two "
        "Pakistani nationals in Balochistan, Pakistan, officials said."
    )
    assert values.get("victim_nationality") is None


# --- A claim whose group is named apart from it ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jaish al-Adl fighters attacked a border post near Mirjaveh on Sunday and seized six guards, officials said. "
        "The group also claimed the attack on its Telegram channel.",
        "A militant group has said it carried out the abduction of six guards near Mirjaveh. According to IRNA, the "
        "group Jaish al-Adl posted photos of the guards abducted on Sunday.",
        "Militants attacked a border post near Mirjaveh on Sunday and seized six guards. A spokesman for Jaish "
        "al-Adl, Abu Bakr, said the group had captured the six men in the attack.",
    ],
)
def test_a_claim_without_its_name_is_the_named_groups(text: str) -> None:
    values = _draft(text)
    assert (values["attribution"], values["perpetrator"]) == ("claimed", "Jaish al-Adl")


@pytest.mark.parametrize(
    "text",
    [
        # two groups named: the claim names neither
        "Jaish al-Adl fighters and BLA fighters attacked a border post near Mirjaveh on Sunday, officials said. "
        "The group also claimed the attack.",
        # a denial is no claim
        "Jaish al-Adl fighters attacked a border post near Mirjaveh on Sunday, officials said. The group denied "
        "that it had claimed the attack.",
    ],
)
def test_a_claim_with_two_groups_or_a_denial_claims_nothing(text: str) -> None:
    assert _draft(text)["attribution"] != "claimed"
