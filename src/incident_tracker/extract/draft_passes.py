"""The readings every draft gets once the article is read, in the order :func:`.drafts.extract_drafts` runs them.

Three rounds: before the split of sites (the striker, the accused, the bomber …), after it (a side owning
the act, the town, the tolls revised …) and after :func:`.finish.finish` (which needs the draft's country and
type). Each reading looks at the draft's own sentences less the article's background; the order is part of the
reading (a later one sees what an earlier one set), so a new one goes where its inputs are ready.
"""

from __future__ import annotations

import datetime as dt

from .actor_origin import origin_in_the_actor
from .actor_state import forces_clashed_across, forces_fired_across, people_of_a_neighbour
from .air_called import air_called
from .air_told import called_from_the_air
from .airspace import airspace_only
from .at_work import victims_at_work
from .bombers import bomber_and_victims, bomber_counted, bomber_went_for, car_bomb_driven, vest_told
from .border_line import border_line
from .border_police import border_police
from .border_services import other_service_hit
from .border_troops import border_troops
from .came_across import other_side
from .captives_killed import captives_killed
from .crossed_from import men_crossed_from
from .crossed_in import crossed_in
from .crossers_fought import clash_arms, crossers_fought, home_is_no_scene, resistance_is_a_clash
from .crossers_hit import crossers_are_civilians
from .crossers_told import crossers_told
from .downed import downed_drone
from .draft import Draft
from .drone_aircraft import drone_is_the_aircraft
from .drone_owner import drone_owner
from .finish import accused_force, post_attacked, struck_by
from .fire_not_bomber import fire_not_bomber
from .fired_by import fired_by
from .first_blame import bomber_not_blame, first_blame, talk_of_a_group
from .fled_back import fled_back
from .force_admits import force_admits
from .from_across import attackers_from_across
from .generic_blast import generic_blast
from .ground_held import forces_held_the_ground
from .group_did import group_did
from .group_own_word import group_own_word
from .group_spokesman import group_spokesman
from .guards_answer import civilians_at_their_trade, state_answers
from .guards_told import guards_told
from .gunfire_and_blasts import gunfire_and_blasts
from .gunships_fight import gunships_fight
from .handlers import handlers_abroad
from .heavy_fire import heavy_fire_only
from .infrastructure import structure_hit
from .inland import label_without_border
from .into_country import crossed_into_country, guards_at_home
from .killing_of import killing_of_nationals
from .lawful_fire import lawful_fire
from .lead_owner import lead_owner
from .left_unfought import left_unfought
from .market_blast import people_at_the_market
from .men_from import men_from
from .mission_attacked import demonstration, mission_target
from .mixed_weapons import mixed_weapons
from .named_before import side_named_before
from .named_unit import moscow_unit
from .no_time_given import no_time_given
from .not_the_attack import arsenal_named, fire_on_the_bomber
from .one_died import one_died
from .one_more_hit import one_more_hit
from .own_losses import own_operation_no_target
from .own_operation import own_operation
from .own_side import force_justified
from .own_strike import own_strike
from .owned_craft import owned_craft
from .owned_strike import owned_strike
from .owner_subject import owner_subject
from .parties import claim_of_the_group_named, crossed_into, foe_named_by_the_state, target_of_the_act
from .property_hit import property_hit_told
from .protested_fire import protested_fire
from .ranked_officer import ranked_officer
from .refuge import sheltered_fighters
from .retaken import district_retaken
from .retaken_target import retaking_no_target
from .revised_toll import revised_injured
from .security_men import security_men_unnamed
from .sentences import Sentence
from .shots_across import shots_across
from .shots_unhurt import shots_unhurt
from .site_aimed import civilians_at_a_site
from .small_hours import small_hours
from .smugglers_dead import smugglers_dead
from .smugglers_fired import smugglers_fired
from .states_fought import other_state_fought
from .stopped_fired import stopped_fired
from .stopped_fired_clash import stopped_fired_clash
from .stretch_before import stretch_told_before
from .struck_fighters import struck_fighters
from .struck_object import struck_thing_placed
from .territory import territory_taken
from .title_place import title_place
from .town import town_beside_the_unit, town_of_the_market
from .unowned_attack import unowned_attack
from .unowned_fire import unowned_fire
from .where_hit import where_hit
from .who_took import ground_retaken
from .wide_region import wide_region
from .wounded_died import some_of_the_wounded_died, wounded_died


def read_each_draft(drafts: list[Draft], sentences: list[Sentence], background: set[int], others: set[int]) -> None:
    """The readings of each draft before the lead's blame and the split of sites: the striker, the accused, the
    post attacked, the sides named, the bomber. ``others``: the ids of drafts set apart from an undated lead."""
    for draft in drafts:
        struck_by(draft, sentences, background)
        accused_force(draft, sentences)  # an allegation naming nobody: the one state's force the incident names
        post_attacked(draft, sentences)  # a post attacked, with no toll telling who was hit: its holders
        air_called(draft, sentences, background)  # "they called for close air support": the strike backs the fight
        side_named_before(draft, sentences, background)  # "the border guards then opened fire": the side named before
        claim_of_the_group_named(
            draft, sentences, background, own_only=id(draft) in others
        )  # "The group also claimed the attack": its name
        foe_named_by_the_state(draft, sentences, background)  # "troops killed six khwarij trying to cross": alleged
        target_of_the_act(draft, sentences, background)  # "opened fire on a police station": whom the act was aimed at
        crossed_into(draft, sentences, background)  # shot by the state they were entering: their nationality is kept
        car_bomb_driven(draft, sentences, background)  # "drove a vehicle full of explosives into the post"
        vest_told(draft, sentences, background)  # "one of the attackers set off an explosive vest": a suicide bombing
        bomber_counted(draft, sentences, background)  # "he blew himself up": the bomber among the dead
        bomber_and_victims(draft, sentences, background)  # "blew up himself and two police officers": 3 dead
        bomber_went_for(draft, sentences, background)  # "a suicide attack on security forces": their type
        fire_on_the_bomber(draft, sentences, background)  # "officers opened fire on the driver": not the attack's
        arsenal_named(draft, sentences)  # "Tehran's ballistic missiles": what a state holds, not a missile fired
        fire_not_bomber(draft, sentences)  # "a trainer of suicide bombers" killed by shelling: not a bombing


def read_each_site(
    drafts: list[Draft], sentences: list[Sentence], background: set[int], others: set[int], named: set[str]
) -> None:
    """The readings of each draft once its sites are split: a side owning the act, ground taken, the town, tolls
    revised, the target, an early blame. ``named``: the countries the article names."""
    for draft in drafts:
        force_justified(draft, sentences, background)  # "ignored the order to stop; the guards fired": confirmed
        own_strike(draft, sentences, background)  # "hideouts have been effectively targeted," the ISPR said: confirmed
        force_admits(draft, sentences, background)  # "NATO-led forces acknowledged that civilians were among the dead"
        downed_drone(draft, sentences, background)  # a drone shot down: a disrupted weapons use, not a strike
        own = background - set(draft.sentences) if id(draft) in others else background  # (a set-apart capture's)
        district_retaken(draft, sentences, own, first=draft is drafts[0])  # "forces have driven the Taliban out of …"
        territory_taken(draft, sentences, own)  # "the Taliban overran the district": ground taken
        left_unfought(draft, sentences, own, alone=len(drafts) == 1)  # "left their bases without any further clashes"
        airspace_only(draft)  # "helicopters had violated Afghan airspace": no actor of the shelling
        ground_retaken(draft, sentences, own)  # "forces have driven the Taliban out of": the forces' act (.who_took)
        protested_fire(draft, sentences, background)  # "a protest over fire from Afghanistan": alleged, the origin
        handlers_abroad(draft, sentences, background)  # "the terrorists and their handlers in Afghanistan": alleged
        town_of_the_market(draft, sentences, background)  # "the Turi Bazaar area of Parachinar": the town
        town_beside_the_unit(draft, sentences, background)  # "of Parachinar, in Kurram Agency": the town
        struck_thing_placed(draft, sentences, background)  # "The compound lay in the village of Boya": the narrower
        wounded_died(draft, sentences, background)  # "five more died of their wounds": no longer wounded
        some_of_the_wounded_died(draft, sentences, background)  # "two were wounded, and one of them died": 1 and 1
        revised_injured(draft, sentences, background)  # "first said one was hurt … later two": the later figure
        one_more_hit(draft, sentences, background)  # one wounded, then "a second guard had been wounded": 2
        people_at_the_market(draft, sentences, background)  # "a bomb went off in a crowded market": civilians
        structure_hit(draft, sentences, background)  # "the blast damaged a railway bridge": infrastructure
        bomber_not_blame(draft)  # "investigators said a suicide bomber may have slipped in": no one blamed
        first_blame(draft, sentences, background)  # "Iranian media at first blamed Ansar Furqan": alleged
        talk_of_a_group(draft, sentences, background)  # "talk that the Islamic State group was behind it"
        label_without_border(draft, sentences, named, background)  # the state's "terrorists", no side across


def read_each_finished(draft: Draft, sentences: list[Sentence], background: set[int], published: dt.date) -> None:
    """The readings of one draft after :func:`.finish.finish`, which need its country, type and defaults: the
    neighbour named, a state owning the fire, civilians, a drone's owner, where it hit, the time of day."""
    other_side(draft, sentences, background)  # "came under attack from the other side": the one neighbour named
    attackers_from_across(draft, sentences, background)  # "attackers from across the border": alleged, the origin
    own_operation(draft, sentences, background)  # "killed in an intelligence-based operation", the ISPR: confirmed
    state_answers(draft, sentences, background)  # "the guards have been detained": their state owns the fire
    civilians_at_their_trade(draft, sentences, background)  # "shot at a group of fishermen": civilians
    drone_owner(draft, sentences, background)  # "a U.S. drone fired": the owner blamed
    owned_strike(draft, sentences, background)  # "a US drone strike … killed": the owner, a source's alleged kept
    owned_craft(draft, sentences, background)  # "American aircraft fired" read as the subject: the state's forces
    lead_owner(draft, sentences, background)  # "A US drone killed four", "condemned a US drone strike": the owner
    owner_subject(draft, sentences, background)  # "Three US drones fired", "The US killed … in a drone strike"
    crossed_in(draft, sentences, background)  # "began after Iranian border guards came into": alleged
    fired_by(draft, sentences, background)  # "the missile was launched by the U.S. forces": alleged
    shots_across(draft, sentences, background)  # "unknown people fired shots from Tajikistan": alleged, the origin
    sheltered_fighters(draft, sentences, background)  # "a house believed to shelter Taliban fighters": no civilians
    struck_fighters(draft)  # "Thirteen fighters died when a US missile strike flattened a compound": no military
    called_from_the_air(draft, sentences, background)  # "it was the second strike from the air": an air strike
    resistance_is_a_clash(draft, sentences, background)  # "smugglers put up armed resistance": a clash
    stopped_fired_clash(draft, sentences, background)  # "the guards moved to stop them, the smugglers opened fire"
    crossers_fought(draft, sentences, background)  # "armed smugglers crossed … fought back": alleged
    smugglers_fired(draft, sentences, background)  # "the smugglers opened fire on the guards": alleged, them
    stopped_fired(draft, sentences, background)  # "ordered to stop, the men opened fire": alleged, "ten men"
    other_service_hit(draft, sentences, background)  # Tajik guards blamed in a clash with Kyrgyz guards: their target
    clash_arms(draft, sentences, background)  # "fought back with their weapons", Kalashnikovs found: firearms
    home_is_no_scene(draft)  # "named them as residents of X village": their home, not the scene
    where_hit(draft, sentences, background)  # "killed after they had crossed onto Iranian soil": IR
    killing_of_nationals(draft, sentences, background)  # "the killing of a number of Afghan nationals by": AF
    crossers_are_civilians(draft, sentences, background)  # "ten Afghans who were trying to get into Iran"
    crossers_told(draft, sentences, background)  # "fired on a group of Afghans who were trying to force their way"
    one_died(draft, sentences, background)  # "and the border violator died", no count told: one killed
    smugglers_dead(draft, sentences, background)  # "armed Afghan drug traffickers …, killing three of them": AF
    victims_at_work(draft, sentences, background)  # "a landmine has killed two Tajiks who were collecting firewood"
    civilians_at_a_site(draft)  # "civilians were killed when militants fired rockets at NATO bases": military
    border_troops(draft, sentences, background)  # "attacked a Tajik border post, killing two soldiers": border guards
    security_men_unnamed(draft, sentences, background)  # Iran's "security forces", no force named: no target
    border_police(draft, sentences, background)  # "One policeman was killed", the border police named: border guards
    ranked_officer(draft, sentences, background)  # "Lieutenant A, a young officer", the ISPR says: the military
    shots_unhurt(draft, sentences, background)  # "fired seven or eight shots from the Tajik side", no one hit: a clash
    heavy_fire_only(draft, sentences, background)  # "traded fire", then "fired artillery and mortar rounds": no guns
    gunfire_and_blasts(draft)  # "after gunfire and explosions shook the town", an airbase attacked: a clash
    no_time_given(draft, sentences, background, published)  # "did not say when the shooting happened"
    small_hours(draft, sentences, background)  # "at around 3:00am", no day told: the report's day
    unowned_fire(draft, sentences)  # shells or a strike from the air, no side named: no default (.unowned_fire)
    gunships_fight(draft, sentences, background)  # "gunships struck their hideouts", troops fired back: a clash
    fled_back(draft, sentences, background)  # "the rest fled back to Afghanistan", blame alleged: the origin
    forces_held_the_ground(draft, sentences, background)  # ground taken, "the security forces pulled back": military
    retaking_no_target(draft)  # ground taken back: "four members of the security forces were wounded" no target
    origin_in_the_actor(draft)  # "terrorists inside Afghanistan", no origin read: AF
    men_crossed_from(draft, sentences, background)  # "militants who crossed from Afghanistan", actor read: AF
    forces_fired_across(draft)  # "Iranian border guards fired mortar shells" into Pakistan: IR
    forces_clashed_across(draft)  # Pakistani forces fighting Afghan forces on Afghan ground: PK
    people_of_a_neighbour(draft)  # "armed Afghan drug traffickers" in Tajikistan: AF
    men_from(draft, sentences, background)  # "a gang of armed men from Kyrgyzstan killed", alleged: the men's phrase
    group_did(draft, sentences, background)  # "the Taliban captured the port", no one blamed yet: alleged
    group_own_word(draft, sentences, background)  # "The Taliban said they had overrun four check-posts": claimed
    group_spokesman(draft, sentences, background)  # "a Taliban official … said 20 soldiers had been killed": claimed
    lawful_fire(draft, sentences, background)  # "weapons had been used lawfully", its own service says: confirmed
    captives_killed(draft, sentences, background)  # "abducted two … and then shot them": an attack
    property_hit_told(draft, sentences, background)  # shells "hit a shop", "livestock had died": civilians
    mission_target(draft, sentences, background)  # "stormed the Iranian consulate": diplomatic, IR
    demonstration(draft, sentences, background)  # "demonstrators … smashed the consulate's windows": a demonstration
    title_place(draft, sentences, background)  # "the police spokesman of the southern Afghan province of Nimroze"
    border_line(draft, sentences, background)  # "a fierce fight on the border with Afghanistan", no narrower place
    stretch_told_before(draft, sentences, background)  # "checking the Panj stretch of the border", then the fire
    moscow_unit(draft)  # "one of the posts of the Moscow border detachment": Tajikistan's border, not Russia
    wide_region(draft)  # "clashes in the Fergana Valley", "in Khyber Pakhtunkhwa" alone: no scene the coding takes
    drone_is_the_aircraft(draft)  # a drone's two missiles, "air strikes" in the tally beside: no airstrike
    mixed_weapons(draft)  # rockets and missiles, a drone and firearms: never right out of sample, left empty
    generic_blast(draft)  # "the explosion" beside "a roadside bomb": the particular weapon alone
    crossed_into_country(draft, sentences, background)  # "tried to cross from Afghanistan into Tajikistan": TJ
    guards_at_home(draft, sentences, background)  # "Tajik border guards … a courier from Afghanistan": TJ
    guards_told(draft, sentences, background)  # a witness "told RFE/RL that border guards beat him": alleged
    other_state_fought(draft)  # FC men hit by fire "from Afghanistan's Khost province", Afghan forces blamed: no target
    own_operation_no_target(draft)  # "two soldiers were martyred" in the forces' own operation, confirmed: no target
    unowned_attack(draft, sentences)  # an attack, no doer read: no default, last of all (.unowned_attack)
