"""The general mechanisms of issue 14's second round, each in sentences of our own.

Every test writes one phenomenon of real reports anew (not a report's sentence) and checks
the reading that replaced a phrase list: the structure of a reporting verb, the side named
as the striker, the actor dictionary, the count of both sides' dead, a stated zero.
"""

from __future__ import annotations

from _extract_helpers import MONDAY
from _extract_helpers import drafts_of as _drafts
from _extract_helpers import one_draft as _one
from incident_tracker.extract import extract_drafts
from incident_tracker.extract.attribution import read_attribution
from incident_tracker.extract.casualties import find_tolls
from incident_tracker.extract.groups import known_group

# --- attribution from the structure of what is said ---------------------------------------------


def test_governments_summoning_each_others_envoys_is_mutual_blame():
    found = read_attribution(
        "Dushanbe summoned the Kyrgyz ambassador on Sunday, hours after Bishkek had called in the Tajik envoy."
    )
    assert found is not None and found.status == "disputed"


def test_an_official_naming_the_attackers_is_an_allegation_with_its_source():
    found = read_attribution("The army called the attackers “khawarij”, its word for such fighters.")
    assert found is not None
    assert (found.status, found.perpetrator, found.attributed_by) == ("alleged", "khawarij", "army")


def test_a_description_that_names_no_one_is_no_allegation():
    assert read_attribution("The command described the gunmen only as armed thugs.") is None


def test_fighting_an_armed_group_names_it():
    found = read_attribution("Two guards died on Friday while fighting drug smugglers near the post.")
    assert found is not None and (found.status, found.perpetrator) == ("alleged", "drug smugglers")


def test_a_side_that_fired_shells_is_named_and_a_possessive_country_becomes_its_adjective():
    found = read_attribution("Iran's border force fired four mortar shells at the village, an official said.")
    assert found is not None and (found.status, found.perpetrator) == ("alleged", "Iranian border force")


def test_armed_men_from_a_country_are_a_side():
    found = read_attribution("The army said militants from Afghanistan attacked a border post overnight.")
    assert found is not None and (found.status, found.perpetrator) == ("alleged", "militants from Afghanistan")


def test_the_actor_dictionary_knows_group_spellings():
    assert known_group("TTP militants") == "TTP"
    assert known_group("the Jaish ul-Adl fighters") == "Jaish ul-Adl"
    assert known_group("unknown gunmen") is None


def test_a_group_known_to_the_dictionary_names_a_side():
    found = read_attribution("TTP militants attacked the checkpoint before dawn, police said.")
    assert found is not None and (found.status, found.perpetrator) == ("alleged", "TTP militants")


def test_a_claim_told_in_the_lead_without_a_violence_word_reaches_the_incident():
    text = (
        "Nine police officers died when gunmen stormed a station in the south of the province, officials said.\n\n"
        "State radio said the Sunni group Jaish al-Adl had claimed it."
    )
    values = _one(text)
    assert (values["attribution"], values["perpetrator"]) == ("claimed", "Jaish al-Adl")


# --- a state's strike ----------------------------------------------------------------------------


def test_a_strike_the_striking_state_speaks_of_is_confirmed():
    text = (
        "Pakistani air strikes killed eight people in a border district of Afghanistan on Sunday, "
        "the Taliban said.\n\nPakistani security officials said the strikes hit militant hideouts."
    )
    values = _one(text)
    assert (values["attribution"], values["perpetrator"]) == ("confirmed", "Military Forces of Pakistan")


def test_a_strike_only_its_target_speaks_of_is_alleged():
    text = (
        "Air strikes carried out by Pakistan killed eight people in a border district of Afghanistan on Sunday, "
        "the Taliban said. Pakistani officials have not commented."
    )
    values = _one(text)
    assert (values["attribution"], values["perpetrator"]) == ("alleged", "Military Forces of Pakistan")


# --- incidents and their sentences --------------------------------------------------------------


def test_two_separate_attacks_on_one_day_are_two_incidents():
    text = (
        "Seven soldiers were killed on Sunday in two separate attacks, the military said.\n\n"
        "The first attack, near Miranshah, came when militants fired on a patrol; five soldiers died.\n\n"
        "In the other attack, militants opened fire on troops near Turbat. Two soldiers were killed."
    )
    drafts = _drafts(text)
    assert len(drafts) == 2
    assert [d["event_date"] for d in drafts] == ["2025-11-30", "2025-11-30"]
    assert [d.get("killed") for d in drafts] == [5, 2]


def test_a_reaction_gives_no_place():
    text = (
        "Two guards were killed on Sunday in an attack near Saravan, officials said.\n\n"
        "The governor offered condolences to the families of the guards killed in Zahedan and Saravan."
    )
    assert _one(text)["place"] == "near Saravan"


def test_a_day_inside_the_incidents_span_is_the_incident():
    text = (
        "A soldier wounded at the crossing died on Sunday, the army said.\n\n"
        "The shooting between the two forces started on Thursday evening.\n\n"
        "Kabul summoned Pakistan's envoy on Saturday, a day after Islamabad had called in the Afghan charge "
        "d'affaires over the shooting."
    )
    values = _one(text)
    assert (values["event_date"], values["event_date_end"]) == ("2025-11-27", "2025-11-30")
    assert values["attribution"] == "disputed"


# --- tolls -----------------------------------------------------------------------------------------


def test_the_attackers_dead_told_later_add_to_the_toll():
    text = (
        "Smugglers who crossed the river killed one border guard on Saturday, the border service said.\n\n"
        "The officer was killed, as were three of the intruders."
    )
    assert _one(text)["killed"] == 4


def test_no_fewer_than_is_a_lower_bound():
    (toll,) = find_tolls("No fewer than two guards have died in the clash.")
    assert (toll.casualties.best, toll.casualties.text) == (2, "at least 2")


def test_an_age_is_not_a_count():
    assert 22 not in [t.casualties.best for t in find_tolls("A woman aged 22 was badly wounded.")]


def test_nobody_hurt_is_a_stated_zero():
    values = _one("Mortar shells fired from across the border fell on a village on Sunday. Nobody was hurt.")
    assert (values["killed"], values["injured"]) == (0, 0)


def test_a_stated_zero_gives_way_to_a_count():
    text = "No guard was killed in the shootout on Sunday, the service said. Nobody was killed at first; " + (
        "later two of the attackers were killed."
    )
    assert _one(text)["killed"] == 2


def test_embraced_shahadat_is_a_death():
    (toll,) = find_tolls('It said six soldiers had "embraced shahadat" in the attack.')
    assert (toll.what, toll.casualties.best) == ("killed", 6)


# --- places and weapons ----------------------------------------------------------------------------


def test_a_named_area_inside_a_district_is_the_scene():
    text = (
        "A convoy was attacked on Sunday in Khyber Pakhtunkhwa's Kurram district, police said. "
        "Gunmen opened fire on the lorries in the Bagan area, killing four drivers."
    )
    assert _one(text)["place"] == "Bagan area"


def test_where_the_attackers_are_based_is_not_the_scene():
    text = (
        "Two soldiers were killed on Sunday when militants based in Afghanistan's eastern Kunar province "
        "attacked check-posts in Mamond tehsil, officials said."
    )
    assert _one(text).get("place") != "Kunar province"


def test_heavy_weapons_alone_name_no_kind_and_a_mine_is_explosives():
    clash = _one("Guards fired at each other with light and heavy weapons on Sunday, killing one.")
    assert clash["weapons"] == ["firearms"]
    blast = _one("A landmine exploded under a patrol on Sunday, killing two soldiers.")
    assert "ied" not in blast["weapons"] and "explosives" in blast["weapons"]


def test_the_narrower_name_of_the_same_side_wins():
    text = (
        "Iranian forces fired mortar shells at a village on Sunday, officials said. "
        "The Iranian border guards fired the shells without warning, the officials said, and two farmers were hurt."
    )
    (draft,) = extract_drafts(text, MONDAY)  # written as the actor dictionary's name; the note keeps the words
    assert draft.values["perpetrator"] == "Military Forces of Iran"
    assert any("'Iranian border guards'" in note for note in draft.notes), draft.notes


def test_a_known_group_tied_to_the_act_is_alleged():
    found = read_attribution("Ten guards were kidnapped by the Jaish al-Adl group on Tuesday evening.")
    assert found is not None and (found.status, found.perpetrator) == ("alleged", "Jaish al-Adl")
    behind = read_attribution("The governor was quoted as saying that the Jaysh al-Adl terrorist group was behind it.")
    assert behind is not None and behind.perpetrator == "Jaysh al-Adl"


def test_a_group_named_only_as_background_or_as_victims_is_no_perpetrator():
    assert read_attribution("Jaish al-Adl was formed in 2012 and attacked border posts for years.") is None
    assert read_attribution("He tied it to recent attacks in the south by Jaish al-Adl.") is None
    found = read_attribution("Iranian border guards were kidnapped on Tuesday, officials said.")
    assert found is None or found.perpetrator != "Iranian border guards"


def test_a_speakers_label_for_who_struck_is_an_allegation_but_a_description_is_not():
    found = read_attribution("Two men died when terrorists from across the border fired on a patrol, the army said.")
    assert found is not None
    assert (found.status, found.perpetrator) == ("alleged", "terrorists from across the border")
    assert read_attribution("Two soldiers died when gunmen fired on a patrol, the army said.") is None


def test_civilians_shot_at_after_a_blast_were_attacked():
    text = "A mine went off and guards then opened fire on migrants at the border on Sunday, killing two civilians."
    assert _one(text)["sub_event_type"] == "Attack"


def test_the_gazetteer_locator_takes_the_articles_countries_as_its_region(tmp_path):
    from incident_tracker.extract import gazetteer_locator

    locate = gazetteer_locator(tmp_path / "none.db")
    fields, _ = locate("Kurram district", None, named=frozenset({"PK", "AF"}))
    assert fields.get("country") == "PK"


def test_the_gazetteer_locator_keeps_a_place_in_its_own_country_when_the_article_points_elsewhere(tmp_path):
    """A report read as Afghan that names North Waziristan: the district, in Pakistan, not left empty."""
    from incident_tracker.extract import gazetteer_locator

    locate = gazetteer_locator(tmp_path / "none.db")
    fields, note = locate("North Waziristan", "AF")
    assert (fields.get("location"), fields.get("country"), note) == ("North Waziristan District", "PK", None)
    # A crossing answers for the side the article points to, as it does for `tracker add`.
    crossing, _ = locate("Torkham", "AF")
    assert crossing.get("country") == "AF"
