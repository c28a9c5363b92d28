"""Finishing a draft once the article is read: type, defaults, country and location.

What no single sentence decides: the event type from the weapons and targets, the
defaults shown as defaults, the country from the place, the dateline or the names
the event's sentences give, and the air strike's author (see :mod:`.strikes`).
"""

from __future__ import annotations

import re

from .abduction_arms import gunmen_carry_no_named_weapon
from .actors import canonical_actor, forces_named
from .air_fire import aircraft_fire
from .air_support import support_only
from .armed_words import armed_without_fire
from .callings_hit import callings_hit
from .draft import ATTRIBUTION_FIELDS, Draft, Locator
from .finish_place import country_told, locate_draft
from .force_hit import force_among_the_dead, force_among_the_hit, taken_off_and_shot
from .forces_hit import forces_hit
from .group_of import group_whole
from .gunfire import fire_answered, gunfire_exchanged
from .hand_rockets import rocket_in_hand
from .people_hit import from_the_air, people_as_civilians
from .post_aimed import post_aimed
from .raid_dead import force_dead
from .sentences import Sentence
from .smuggler_shot import smuggler_shot
from .strikes import striking_state
from .vocab import ATTACKERS, CIVILIAN_TARGETS, DEMONYMS

#: Who is no state's force: their fight with troops or guards still has a target, the side they attacked.
IRREGULAR = re.compile(
    r"\b(?:terrorists?|militants?|khwarij|khawarij|insurgents?|smugglers?|traffickers?|gunmen|bandits?|"
    r"outlaws?|infiltrators?|intruders?|trespassers?|miscreants|Jaish|TTP|Taliban Pakistan)\b",
    re.IGNORECASE,
)


def _event_type(draft: Draft, clash: bool, exchanged: bool = False) -> tuple[str, str]:
    weapons = set(draft.values.get("weapons", []))
    target = draft.values.get("target_type")
    civilian = target in CIVILIAN_TARGETS
    heavy = {"drone", "airstrike", "artillery", "mortar", "rocket", "missile"}
    taken = draft.values.get("_taken") and not draft.values.get("_mob") and not draft.values.get("killed")
    abducted = draft.values.get("_abduction") and not force_dead(draft.values)  # a raid's captives (.raid_dead)
    if (abducted or taken) and not weapons & (heavy | {"ied", "explosives"}):
        # a blast or a shelling that killed is the event; hostages named beside it ("the search party for the
        # captors of the family kidnapped in 2012") are its setting, not an abduction
        return "Violence against civilians", "Abduction/forced disappearance"
    if draft.values.get("_mob") and not draft.values.get("_two_sided") and not weapons & heavy and not exchanged:
        # residents throwing stones at guards or cars: a mob, as ACLED codes it (Riots); stones thrown
        # before two forces fight each other are the start of a clash
        return "Riots", "Mob violence"
    if weapons & {"drone", "airstrike"} and ("drone" in weapons or not support_only(draft)):
        return "Explosions/Remote violence", "Air/drone strike"  # not gunships backing troops (.air_support)
    if draft.values.get("_suicide") and "explosives" in weapons:
        return "Explosions/Remote violence", "Suicide bomb"
    if draft.values.get("_executed") and not draft.values.get("_two_sided") and not exchanged:
        return "Violence against civilians", "Attack"  # captives taken off a bus and shot: no fight (.force_hit)
    if clash and not civilian:
        return "Battles", "Armed clash"
    if (
        clash
        and draft.values.get("_two_sided")
        and not draft.values.get("_aimed_at_civilians")
        and not IRREGULAR.search(str(draft.values.get("perpetrator") or ""))
    ):
        # two states' forces firing at each other fought a battle, whoever died and whatever they fired (the
        # codebook: "an exchange of fire between border guards is Battles → Armed clash"); civilians killed in
        # it are its toll, not its target — unless the report says the fire was aimed at them
        return "Battles", "Armed clash"
    if weapons & {"artillery", "mortar", "rocket", "missile"} and not rocket_in_hand(draft):  # (an RPG: .hand_rockets)
        return "Explosions/Remote violence", "Shelling/artillery/missile attack"
    if weapons & {"ied", "explosives"} and not (civilian and "firearms" in weapons):
        # a blast with no one shooting is remote violence; civilians also shot at were attacked face to face
        return "Explosions/Remote violence", "Remote explosive/landmine/IED"
    if weapons == {"grenade"}:
        return "Explosions/Remote violence", "Grenade"
    hit = f"{draft.values.get('_killed_who') or ''} {draft.values.get('_injured_who') or ''}"
    if target is None and ATTACKERS.search(hit):
        # "33 khwarij were killed": the dead are the armed men who crossed, so troops fought them
        return "Battles", "Armed clash"
    if target is None and draft.values.get("_forces_hit"):
        return "Battles", "Armed clash"  # a post whose holders are not told: still a state's forces (.forces_hit)
    if target is None and draft.values.get("_answered"):
        return "Battles", "Armed clash"  # fire answered, or fire on military aircraft: two sides (.gunfire)
    if civilian or target is None:
        return "Violence against civilians", "Attack"
    return "Battles", "Armed clash"


def struck_by(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """An air or drone strike's state, from how the report names the striker (see :mod:`.strikes`)."""
    if not {"airstrike", "drone"} & set(draft.values.get("weapons", [])):
        return
    status = draft.values.get("attribution")
    if status in ("claimed", "confirmed", "disputed"):
        return
    own = draft.own_sentences(sentences)
    article = [s for s in sentences if s.index not in background]
    found = striking_state(own, article)
    if found is None or (found[0].status == "alleged" and status and draft.values.get("perpetrator")):
        return  # an allegation naming someone already read stands; the striker's own word outranks it
    statement, sentence = found
    draft.forget(*ATTRIBUTION_FIELDS)
    draft.set("attribution", statement.status, sentence, replace=True)
    for name, value in statement.fields().items():
        draft.set(name, value, sentence)


def accused_force(draft: Draft, sentences: list[Sentence]) -> None:
    """Who an allegation that names nobody is against, when civilians were hit and the incident's own
    sentences name one state's forces and no other: "survivors accused Iranian forces of beating them"
    or "the commander said the guards had crossed" alleges, and the only armed side the report of the
    incident names ("Iranian border guards forced them into a river") is the accused. Civilians are
    not a side that fights, so that force is not the other party of a clash; two states' forces named,
    or the victims' own state's, and it stays empty."""
    values = draft.values
    if values.get("attribution") not in ("alleged", "suspected") or values.get("perpetrator"):
        return
    if values.get("target_type") not in CIVILIAN_TARGETS:
        return
    named: dict[str, tuple[str, Sentence]] = {}
    for index in dict.fromkeys(draft.sentences):
        if index < len(sentences):
            for canonical, words in forces_named(sentences[index].text).items():
                named.setdefault(canonical, (words, sentences[index]))
    if len(named) != 1:
        return
    words, sentence = next(iter(named.values()))
    if values.get("victim_nationality") and values["victim_nationality"] in {
        DEMONYMS.get(w.lower()) for w in words.split()
    }:
        return
    draft.set("perpetrator", words, sentence)


#: Fire told as aimed at civilians: "fire of heavy weapons at civilians", "artillery into civilian areas",
#: "mortar onto the civilian population". A shelling of civilians that the other side answered is still a
#: shelling, as the coders code it; shells that "fell on the villages" or "mortars on villages" say where they
#: landed, not whom they were fired at (the coders code those clashes Armed clash).
_AIMED_AT_CIVILIANS = re.compile(
    r"\b(?:fire|fired|firing|shells?|shelling|mortars?|rockets?|artillery|weapons)\s+(?:[\w/-]+\s+){0,3}?"
    r"(?:at|on|onto|into|targeting)\s+(?:the\s+)?(?!least\b|both\b)(?:[\w-]+\s+){0,3}?"
    r"(?:civilians|civilian\s+(?:areas?|population|homes)|residential\s+areas?|populated\s+areas?)\b",
    re.IGNORECASE,
)


def aimed_at_civilians(draft: Draft, sentences: list[Sentence]) -> None:
    """Whether the incident's own sentences say the fire was aimed at civilians (see :func:`_event_type`)."""
    draft.mark_if_told("_aimed_at_civilians", _AIMED_AT_CIVILIANS, sentences)


def post_attacked(draft: Draft, sentences: list[Sentence]) -> None:
    """The target of an attack on a post, convoy, patrol or station of a state's forces, when no toll told who was
    hit: its holders, by the facility's qualifier or the incident's words (see :mod:`.forces_hit`)."""
    taken_off_and_shot(draft, sentences)
    aimed_at_civilians(draft, sentences)  # (called here, where every draft's sentences are at hand)
    gunfire_exchanged(draft, sentences)
    fire_answered(draft, sentences)
    force_among_the_dead(draft, sentences)  # "The dead were A.K., the IRGC commander …": that force's men
    own = draft.own_sentences(sentences)
    if not draft.values.get("target_type"):
        forces_hit(draft, own)  # a post, convoy or station of a state's forces
    post_aimed(draft, own)  # "terrorists attacked a security forces' post": aimed at its men, though they fought


#: Victims told as civilians only by their noun: "civilians", "women", "children", "villagers".
_CIVILIAN_NOUN = re.compile(r"\b(?:civilians?|women|woman|children|child|villagers?|residents?)\b", re.IGNORECASE)
#: A force's casualty told in the same sentence: "a Pakistani officer wounded", "one Taliban member was killed".
_FORCE_HIT = re.compile(
    r"\b(?:soldiers?|officers?|troops|guards?|policem[ae]n|personnel|servicem[ae]n|members?|fighters?|militants?)\b",
    re.IGNORECASE,
)


def finish(
    draft: Draft,
    clash: bool,
    summary: Draft | None,
    locate: Locator | None,
    named: set[str] | None = None,
    bureau: str | None = None,
) -> None:
    """The draft's last fields, read from the others: weapons, target, country and location.

    ``bureau`` is the country of a wire dateline the article does not name ("QUETTA (Reuters) -"): no country of
    the event by itself (a bureau covers its neighbours), but a place the gazetteer finds in it agrees with it, two
    facts of the text that point the same way, so that place is not refused as in a country the article never names.
    Each step reads the marks the readings left (``_crossed_into``, ``_exchanged`` …) and drops them: none is stored.
    """
    values = draft.values
    crossed = bool(values.pop("_crossed_into", None))  # hit by the state they crossed into (see .parties)
    draft.evidence.pop("_crossed_into", None)
    aimed = bool(values.pop("_aimed", None))  # the target told as what the attackers' act was aimed at (.parties)
    draft.evidence.pop("_aimed", None)
    _settle_weapon_marks(draft)
    exchanged = bool(values.pop("_exchanged", None))  # "exchanged gunfire": two sides firing (see .gunfire)
    clash = clash or exchanged
    draft.evidence.pop("_exchanged", None)
    _type_and_defaults(draft, clash, exchanged)
    aircraft_fire(draft)  # "the coalition opened fire", in an air strike: the aircraft's fire (.air_fire)
    armed_without_fire(draft)  # "gunmen", "an armed clash": armed men, no fire told (.armed_words)
    smuggler_shot(draft)  # "shot dead a drug smuggler", no clash told: civilians, as the coding rules it
    _no_single_target(draft, aimed)
    mention, mention_evidence = country_told(draft, summary, locate, named)
    names = values.pop("_names", [])
    for private in _PRIVATE_MARKS:
        values.pop(private, None)
        draft.evidence.pop(private, None)
    locate_draft(draft, (mention, mention_evidence), names, locate, named, bureau)
    own_country = values.get("victim_nationality") and values.get("victim_nationality") == values.get("country")
    if own_country and not crossed:
        # Nationals hit in their own country: the nationality tells nothing the country does not (kept aside for
        # .where_hit, which may find the report putting them on the other side when hit)
        values["_own_nationality"] = values.pop("victim_nationality")
        draft.evidence["_own_nationality"] = draft.evidence.pop("victim_nationality", "")
    _geo_precision(draft)
    group_whole(draft)  # "a group of khwarij": the whole phrase, before the dictionary names it (.group_of)
    _canonical_perpetrator(draft)
    draft.values = {k: v for k, v in values.items() if v is not None}


#: The readings' marks that only this module reads: none is a codebook field, so none is stored.
_PRIVATE_MARKS = (
    "_abduction",
    "_taken",
    "_mob",
    "_suicide",
    "_two_sided",
    "_aimed_at_civilians",
    "_executed",
    "_foiled",
    "_killed_hedged",
    "_injured_hedged",
    "_killed_who",
    "_injured_who",
    "_attackers_counted",
    "_attackers_vague",
    "_injured_side",  # .wounded_sides
    "_injured_both_sides",
    "_other_side_told",  # .other_side_dead
    "_accusations",
    "_forces_hit",
    "_air_support",
    "_air_struck",
    "_air_called",
    "_answered",
)


def _settle_weapon_marks(draft: Draft) -> None:
    """Turn the readings' provisional weapons into codebook ones, and shells that hit homes into a civilian target.

    A blast heard is a bomb's only when no other weapon explains it; "the shelling" is the rockets' or mortars'
    named beside it, else artillery.
    """
    values = draft.values
    if "_blast" in values.get("weapons", []):
        # "blasts were heard": a blast is a bomb's only when no other weapon explains it
        others = [w for w in values["weapons"] if w not in ("_blast", "firearms")]
        values["weapons"] = [
            "explosives" if w == "_blast" else w for w in values["weapons"] if w != "_blast" or not others
        ]
        values["weapons"] = list(dict.fromkeys(values["weapons"]))
    if "_shelling" in values.get("weapons", []):
        # "rockets … the shelling went on": the rockets' shelling; with nothing named, artillery
        indirect = {"mortar", "rocket", "missile", "artillery"} & set(values["weapons"])
        values["weapons"] = list(
            dict.fromkeys(
                "artillery" if w == "_shelling" else w for w in values["weapons"] if w != "_shelling" or not indirect
            )
        )
    indirect_fire = {"mortar", "rocket", "missile", "artillery", "_shelling"} & set(values.get("weapons", []))
    if values.pop("_homes_hit", None) and indirect_fire and not values.get("target_type") and not from_the_air(values):
        # shells or rockets that hit houses, a village or a vehicle hit civilians, as the coders code it; a drone's
        # missile on a house was aimed at whoever was in it, which the coders leave empty
        values["target_type"] = "civilians"
        draft.evidence["target_type"] = draft.evidence.get("_homes_hit", "")
    draft.evidence.pop("_homes_hit", None)


def _type_and_defaults(draft: Draft, clash: bool, exchanged: bool) -> None:
    """The event type and sub-type, and the defaults a silent text leaves, each shown as a default.

    Weapons no sentence named are ``unknown``, an attribution no sentence stated is ``unattributed``: both listed
    in ``draft.defaults`` so that a reviewer never takes them for something read.
    """
    values = draft.values
    if not clash:
        force_among_the_hit(draft)  # "20 people were killed … on a bus of the Revolutionary Guards": the force
    people_as_civilians(draft, clash)  # "the three men were hit … where they died": civilians, unless told armed
    callings_hit(draft, clash)  # "killing two foresters", "a shepherd was wounded": civilians by their calling
    event_type, sub_type = _event_type(draft, clash, exchanged)
    gunmen_carry_no_named_weapon(draft, values.get("sub_event_type", sub_type))  # a kidnapping's "gunmen"
    values.setdefault("event_type", event_type)
    values.setdefault("sub_event_type", sub_type)
    weapons = values.setdefault("weapons", ["unknown"])
    draft.evidence.setdefault("event_type", draft.evidence.get("weapons") or draft.evidence.get("description", ""))
    draft.evidence.setdefault("sub_event_type", draft.evidence["event_type"])
    if weapons == ["unknown"]:
        draft.evidence.setdefault("weapons", "")
        draft.defaults.append("weapons")
        draft.notes.append("No weapon named: weapons coded as unknown.")
    if "attribution" not in values:
        values["attribution"] = "unattributed"
        draft.evidence["attribution"] = ""
        draft.defaults.append("attribution")


def _no_single_target(draft: Draft, aimed: bool) -> None:
    """Empty the target of a battle between two armed sides (as ACLED, which codes none), then mark civilian targeting.

    ``aimed``: the readings told the target as what the attackers' act was aimed at, so it stays.
    """
    values = draft.values
    irregular = IRREGULAR.search(str(values.get("perpetrator") or ""))
    two_sided = draft.values.get("_two_sided") and not irregular
    # sides blaming each other for a clash fought each other: as much a two-sided fight as "fired at each other"
    disputed = values.get("attribution") == "disputed"
    one_sided = aimed and not disputed  # "opened fire on the tower where Kyrgyz border guards were posted"
    # civilians told as the dead or wounded of a fight between two forces were its target, as the coders code them
    # ("at least three civilians were killed" as the two forces fought, "Four civilians were killed … in an exchange
    # of fire"): civilians are no armed side. Not when the sentence also tells a force's casualty ("an Afghan citizen
    # was killed and a Pakistani officer wounded"), nor when the civilians are told by their side's nationality (one
    # side's count of a two-sided fight), nor "citizens", "nationals", "people": the words a side's count uses too.
    civilians_hit = (
        values.get("target_type") == "civilians"
        and not values.get("victim_nationality")
        and not values.get("_foiled")
        and bool(_CIVILIAN_NOUN.search(str(values.get("victims") or "")))
        and not _FORCE_HIT.search(draft.evidence.get("target_type", ""))
    )
    unaimed = not one_sided and not civilians_hit
    if values.get("event_type") == "Battles" and unaimed and (two_sided or disputed or values.get("_foiled")):
        # (militants who attack troops have a target, even when the troops fire back)
        # Two armed sides hitting each other: nobody is "the target" (as ACLED, which codes none).
        for name in ("target_type", "victims", "victim_nationality"):
            if values.pop(name, None) is not None:
                draft.notes.append(f"{name} left empty: a clash between two armed sides has no single target.")
            draft.evidence.pop(name, None)
    if values.get("target_type"):
        values["civilian_targeting"] = values["target_type"] in CIVILIAN_TARGETS
        draft.evidence["civilian_targeting"] = draft.evidence["target_type"]


def _geo_precision(draft: Draft) -> None:
    """How precisely the draft is located when the gazetteer did not say: near a place, a place unknown, a country."""
    values = draft.values
    if not values.get("geo_precision"):
        if values.get("place") and values.get("country"):
            near = re.match(r"(?:near|close to|outside|on the outskirts|in the vicinity)", values["place"])
            values["geo_precision"] = "near" if near else "unknown"
        elif values.get("country"):
            values["geo_precision"] = "country"
    if values.get("geo_precision"):
        draft.evidence.setdefault("geo_precision", draft.evidence.get("place") or draft.evidence.get("country", ""))


def _canonical_perpetrator(draft: Draft) -> None:
    """The perpetrator as the actor dictionary names it, so that the record links to its entry (side 1,
    ``tracker actors``) and one side written two ways ("Iranian border forces", "Iranian border guards")
    is one actor; the report's own words stay in the evidence and a note."""
    written = draft.values.get("perpetrator")
    canonical = canonical_actor(str(written)) if written else None
    if canonical and canonical != written:
        draft.values["perpetrator"] = canonical
        draft.notes.append(f"Perpetrator {written!r} written as the actor dictionary's {canonical!r}.")
