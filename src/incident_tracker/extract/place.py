"""Reading the place a sentence tells into a draft: the scene, not where an attack came from.

Kept apart from :mod:`.fields` (tolls and weapons): a sentence names many places in many
roles (where fire came from, where the wounded were taken, where a victim lived, the event
this one answers), and only the scene is the incident's place. The phrases themselves are
in :mod:`.place_patterns`; which phrase wins when several sentences name one is
:func:`_set_place`'s rule (the narrowest, told first); which names a reading skips as no scene (a name in
another role, a country named, one of two places left open) is :mod:`.place_roles`'.
"""

from __future__ import annotations

import re

from .apposed_place import name_before_its_comma
from .border_points import border_point
from .context import country_phrase
from .draft import Draft, country_code
from .near_place import DISTANCE_FROM, LIES_BEFORE, NEAR_BEFORE
from .other_places import scene_text
from .parts_of import parts_of, unit_of
from .place_patterns import (
    _ADMIN,
    _APPOSED_KIND,
    _APPOSED_PROVINCE,
    _COMPASS_PART_OF,
    _KIND_END,
    _LANDMARK_AFTER,
    _LIES_IN,
    _OF_PLACE,
    _PATROLLED,
    _PLACE,
    _PROVINCE_OF,
    _ROAD,
    _STRUCK_IN_COUNTRY,
    _STRUCK_VERBS,
    _TOWN_AFTER_LANDMARK,
    CAP,
    NAME_RUN,
    NOT_PLACES,
    RESIDENTS_SAID,
)
from .place_roles import country_named, in_another_state, kind_of_no_scene, named_no_scene, refuge_or_setting
from .possessed import possessed_country
from .province_beside import province_beside
from .roles import speaker_unit_place, wrong_role
from .sentences import Sentence
from .spot_on import fire_on_unit, spot_on
from .taken_place import taken_place
from .town_told import town_inside
from .village_told import village_narrower
from .vocab import DEMONYMS
from .wide_region import is_wide_region

#: A part of a country told by the compass: "in the southeast of Iran", "in the far north of Afghanistan".
_COMPASS_OF = re.compile(
    r"\bin\s+the\s+(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?P<country>[A-Z][a-z]+)\b"
)


def read_place(draft: Draft, sentence: Sentence, text: str, *, sides: bool = True) -> None:
    """The scene a sentence names, and the country it points to; ``sides=False`` leaves out a side named
    in passing ("on the Afghan side"), for a sentence read only for the scene.

    The places that are no scene are cut out first (:func:`.other_places.scene_text`); then the readings are tried
    from the most telling wording to the loosest, and the first that places the draft ends the sentence's reading.
    """
    text = scene_text(draft, sentence, text)
    placed = draft.values.get("place")
    _read_scene(draft, sentence, text)
    if draft.values.get("place") != placed:
        name_before_its_comma(draft, sentence, text)  # "at Miskini Darra, in the Kharki area": the name, to its comma
    if sides:
        # "attacked a Tajik border post at the village of Lakon": the country phrase, whichever reading placed it
        draft.set("_country_mention", country_phrase(text), sentence)


def _read_scene(draft: Draft, sentence: Sentence, text: str) -> None:
    """The place a sentence names, by the first reading that places the draft (see :func:`read_place`)."""
    admin = _provinces_and_compass(draft, sentence, text)
    if _read_road(draft, sentence, text) or _read_distance(draft, sentence, text):
        return
    if (on_the_line := border_point(text)) and not wrong_role(text[: on_the_line[1]], ""):
        # "clashed on the Batken stretch of the frontier": a line's stretch, so a place named after it is narrower
        _set_place(draft, on_the_line[0], sentence, None, path="on the border: stretch or tripoint")
    if (taken := taken_place(text)) and not wrong_role(text[: taken[1]], ""):
        # "overran the Ghormach district", "the fighting for Darqad, a district": the place taken is the scene
        _set_place(draft, taken[0], sentence, None, path="taken X")
        return
    if _compass_part(draft, sentence, text) or _kind_of_place(draft, sentence, text, admin):
        return
    if _patrolled(draft, sentence, text) or _struck_in_country(draft, sentence, text):
        return
    if (spot := spot_on(text)) and not wrong_role(text[: spot.start()], text[spot.end() :]):
        # "the firing … fell on the Bin Shahi area of Dir": the area or post hit, narrower than the district
        _set_place(draft, f"{spot['name']} {' '.join(spot['kind'].split())}", sentence, None, path="on the X post")
        return
    if (fell := fire_on_unit(text)) and not wrong_role(text[: fell.start()], text[fell.end() :]):
        # "The rockets fell on Dangam district", "rocket attacks … on Kunar province": where the fire came down
        _set_place(draft, f"{fell['name']} {fell['kind']}", sentence, None, path="fire on X unit")
    if (parts := parts_of(text)) and not wrong_role(text[: parts.start()], text[parts.end() :]):
        _set_place(draft, unit_of(parts), sentence, None, path="parts of X")  # "in parts of Marawara district"
        return
    placed = _after_a_preposition(draft, sentence, text, admin)
    if not placed and "place" not in draft.values:
        _residents_place(draft, sentence, text)


def _provinces_and_compass(draft: Draft, sentence: Sentence, text: str) -> re.Match[str] | None:
    """The province the sentence names (returned, a hint for the place told before it), and the country a compass
    names: both marks for :func:`.finish.finish`, whichever place is read."""
    # a province in a speaker's title is the speaker's: "the spokesman of the Frontier Corps in Pakistan's Balochistan
    # province" (709) tells neither the scene nor its country
    # nor does one the scene borders or lies near: "lies close to Afghanistan's Nuristan province" (.province_beside)
    admin = next(
        (
            a
            for a in _ADMIN.finditer(text)
            if not speaker_unit_place(text[: a.start()]) and not province_beside(text[: a.start()])
        ),
        None,
    )
    province_of = next((p for p in _PROVINCE_OF.finditer(text) if not province_beside(text[: p.start()])), None)
    if admin and "_admin_hint" not in draft.values:
        draft.set("_admin_any", admin.group("admin"), sentence)  # a province named anywhere in its sentences
    elif province_of and "_admin_hint" not in draft.values:
        draft.set("_admin_any", f"{province_of.group('name')} province", sentence)  # "the southeastern province of X"
    # "killed … in Sistan, in the southeast of Iran, in western Balochistan" (713): the country the compass names
    if (compass := _COMPASS_OF.search(text)) and (code := country_code(compass.group("country"))):
        draft.set("_country_mention", code, sentence)
    return admin


def _compass_part(draft: Draft, sentence: Sentence, text: str) -> bool:
    """ "The western areas of Nimroz province": the unit named is the place."""
    part = _COMPASS_PART_OF.search(text)
    if part and not wrong_role(text[: part.start()], text[part.end() :]):
        _set_place(draft, f"{part.group('name')} {part.group('kind')}", sentence, None, path="compass part of")
        return True
    return False


def _kind_of_place(draft: Draft, sentence: Sentence, text: str, admin: re.Match[str] | None) -> bool:
    """ "The Kyrgyz city of Batken", "Iran's border area of Saravan": the place the name, the country the adjective's
    or the owner's; the first such phrase in a role of the scene places the draft."""
    for match in _OF_PLACE.finditer(text):
        code = DEMONYMS.get((match.group("demonym") or "").lower()) or country_code(match.group("owner") or "")
        if match.group("owner") and code is None:
            continue
        kind = match.group("kind").lower()
        if kind_of_no_scene(match, kind, text):
            continue
        if kind in ("province", "region", "oblast") and province_beside(text[: match.start()]):
            continue  # "Bajaur district, which borders the Afghan province of Kunar": the neighbour (.province_beside)
        # "the Kyrgyz city of Batken": the country is the adjective's, the place the name.
        name = match.group("name")
        if possessed_country(name):  # "the border region of Afghanistan's eastern Kunar province": the unit told next
            continue
        suffix = f" {kind}" if kind in ("district", "province", "county", "region", "oblast") else ""
        if unit_after := re.match(r"\s+(province|district|tehsil|county)\b", text[match.end() :]):
            suffix = f" {unit_after.group(1)}"  # "a contested border area of Nangarhar province": the unit, as told
        named = match.group("demonym")
        # "the Balochistan town of Turbat" (News Now India 616): before a town, a name is the province it lies in
        named_unit = named and kind not in _SETTLEMENTS
        if named_unit and code is None and not country_code(named) and named.lower() not in NOT_PLACES:
            # "the Damadola area of War Mamund tehsil", "the Kurram district of Khyber Pakhtunkhwa": a name before
            # the kind is the place, and what follows "of" is where it lies
            draft.set("_within", name, sentence)
            _set_place(draft, f"{named} {kind}", sentence, None, path="name kind of")
            return True
        draft.set("_country_mention", code, sentence)
        hint = admin.group("admin") if admin and admin.start() > match.start() else None
        lies_in = _LIES_IN.match(text[match.end() :])
        if lies_in:
            draft.set("_within", lies_in.group("within"), sentence)
        near = NEAR_BEFORE.search(text[: match.start()])
        current = draft.values.get("place")
        # "in Saravan", then "shot at him near the village of Haqabad": the village where it happened (.village_told)
        at_village = current and village_narrower(
            kind, match.group(0), text[: match.start()], draft.place_path, _specificity(current)
        )
        rank = 3 if at_village else None
        if near and not match.group("owner") and kind in ("town", "city", "village", "settlement", "locality"):
            # "near the town of Saravan": the town's point stands in for the scene (precision near), as written
            phrase = f"{near.group('near')} {' '.join(match.group(0).split())}"
            _set_place(draft, phrase, sentence, hint, path="near the kind of", rank=rank)
            return True
        _set_place(draft, name + suffix, sentence, hint, path=f"the {kind} of", rank=rank)
        return True
    return False


def _patrolled(draft: Draft, sentence: Sentence, text: str) -> bool:
    """ "In the sector guarded by the Bahorak frontier post": the post's stretch, unless a district was told first.

    "in Shamsiddin-Shohin district, …, in the sector guarded by the Bahorak frontier post": the district is the
    scene told, the post whose stretch it is only describes it further (dev 176: the coders keep the district).
    """
    patrolled = _PATROLLED.search(text)
    told_first = patrolled and _DISTRICT_TOLD.search(text[: patrolled.start()])
    if patrolled and not told_first and not wrong_role(text[: patrolled.start()], "", said_after=False):
        name, kind = patrolled.group("name") or patrolled.group("names"), patrolled.group("kind") or patrolled["kinds"]
        _set_place(draft, f"{name} {kind}", sentence, None, path="patrolled by")
        return True
    return False


def _struck_in_country(draft: Draft, sentence: Sentence, text: str) -> bool:
    """ "Struck X in Pakistan": X the place, the country named after it."""
    struck = _STRUCK_IN_COUNTRY.search(text)
    if struck and country_code(struck.group("country")) and not country_code(struck.group("name")):
        first = struck.group("name").split()[0].lower()
        if first not in NOT_PLACES and first not in DEMONYMS:
            draft.set("_country_mention", country_code(struck.group("country")), sentence)
            _set_place(draft, struck.group("name"), sentence, None, path="struck X in country")
            return True
    return False


def _after_a_preposition(draft: Draft, sentence: Sentence, text: str, admin: re.Match[str] | None) -> bool:
    """ "In X", "near the X", "struck X": the sentence's first place in the scene's role, then a narrower one told
    after it ("in Zhob district …, in the Sambaza area"); a country so named is a mention, not a place.

    Returns whether a place was set.
    """
    placed, current = False, draft.values.get("place")
    for match in _PLACE.finditer(text):
        name, rank = match.group("name").strip(), None
        if named_no_scene(match, name, text) or country_named(draft, sentence, match, name, text):
            continue
        owner = re.sub(r"[’']s\s+.*$", "", match.group("owner") or "", flags=re.DOTALL)
        beside = match.group("prep").lower() in _BESIDE
        if owner and country_code(owner) and not beside:
            draft.set("_country_mention", country_code(owner), sentence)  # "Iran's Zabol county"
        elif match.group("owner"):
            name = f"{match.group('owner')}{name}"  # "Kabul's Shahr-e Naw district"
        possessive = re.match(rf"({CAP})[’']s\s+(.+)", name)
        if possessive and country_code(possessive.group(1)):
            if not beside:
                draft.set("_country_mention", country_code(possessive.group(1)), sentence)
            name = possessive.group(2)
        prep = match.group("prep").lower()
        after = text[match.end() :]  # what follows the name
        apposed = _APPOSED_KIND.match(after)  # "targeted Angoor Tangi, a check-post next to …"
        if apposed and not _KIND_END.search(name) and town_inside(apposed["kind"], after[apposed.end() :], current):
            rank = _specificity(f"{name} {apposed.group('kind')}")
        alone = bool(_ALONE.match(after)) and not match.group("the")
        if prep in _STRUCK_VERBS and not _KIND_END.search(name) and not apposed and not alone:
            # "struck Waziristan refugees", "hit TTP hideouts": only a named area, village or post is hit, or a
            # bare name that stands alone as what was hit ("The strike hit North Waziristan, on the Afghan border";
            # not "hit the Gora Pari Top, Gora Pari Top 1 and … posts", a list of posts)
            continue
        # the name alone ("forces entered Kang district": that district); "near X" keeps its word
        bare = prep in ("in", "at", "inside", "into", "through", "by way of", "entered", *_STRUCK_VERBS)
        place = name if bare else f"{prep} {match.group('the') or ''}{name}"
        hint = admin.group("admin") if admin and admin.start() > match.end() else None
        if _APPOSED_PROVINCE.match(after) and not re.search(r"\b(?:province|region)$", place):
            place += " province"  # "in Sistan-Baluchistan, the troubled province in …": a province, said after
        if not placed and _LANDMARK_AFTER.match(after) and _TOWN_AFTER_LANDMARK.match(after):
            continue  # "near the Thall bus stand in Parachinar": a landmark's name, and the town told after it
        if placed and (rank or _specificity(place)) < 3 and not _CAPITAL_APPOSED.match(after):
            # after the sentence's first place, only a named area, village or post inside it, or the town told as
            # the province's capital ("in Kunar province …, in Asadabad, the provincial capital")
            continue
        _set_place(draft, " ".join(place.split()), sentence, hint, rank=rank, path=_prep_path(prep, placed))
        if placed:
            break
        placed = True  # "in Zhob district …, in the Sambaza area": the area, told later in the sentence
    return placed


def _residents_place(draft: Draft, sentence: Sentence, text: str) -> None:
    found = RESIDENTS_SAID.match(text.strip())
    if found is None:
        return
    name = found.group("name")
    first = name.split()[0].lower()
    if country_code(name) or first in NOT_PLACES or first in DEMONYMS:
        return
    _set_place(draft, name, sentence, None, path="residents of X said")


#: A settlement's kinds: "the Balochistan town of Turbat" names the town after "of", the province before its kind; an
#: area's or a district's name before its kind is the place ("the Damadola area of War Mamund tehsil").
_SETTLEMENTS = ("town", "city", "village", "port", "port city", "port town", "settlement")

#: Beside a place, not in it: "lies close to Afghanistan's Nuristan province" (Dawn 1108, of a pasture in Chitral),
#: "on the border near Afghanistan's Nimroz province" (AFP 334): the owner named is the neighbour, as a country named
#: alone after these words already is (:func:`.place_roles.country_named`), so it is no country of the scene.
_BESIDE = ("near", "close to", "in the vicinity of")

#: A district told as the scene before the post whose stretch it is: "in (the) Shamsiddin-Shohin district, …".
_DISTRICT_TOLD = re.compile(rf"\bin\s+(?:the\s+)?{NAME_RUN}\s+district\b")

#: A town told as its province's capital: "in Asadabad, the provincial capital", ", the capital of the province".
_CAPITAL_APPOSED = re.compile(
    r",\s+the\s+(?:provincial\s+capital|capital\s+of\s+the\s+province|province[’']s\s+capital)\b"
)

#: A name that ends its clause: "The strike hit North Waziristan, on the Afghan border" (no noun after it).
_ALONE = re.compile(r"\s*(?:[,;:.]|$)")

#: A named place right before a road ("near Noshki on the …"), and an area, village or post right after it.
_NAMED_BEFORE = re.compile(rf"\b(?:near|at|in|outside)\s+(?:the\s+)?{CAP}(?:\s+{CAP})*\s*$")
_AREA_AFTER = re.compile(rf"\s+in\s+the\s+{NAME_RUN}\s+(?:area|village|town|post|outpost|checkpoint)\b")


_LINE_OR_POST = re.compile(r"\b(?:Post|Outpost|Checkpost|Check-[Pp]ost|Checkpoint|Border|Line|Crossing|Gate)$")


def _read_distance(draft: Draft, sentence: Sentence, text: str) -> bool:
    """Whether the sentence put the scene at a distance from a named place ("15 kilometres north of Saravan"),
    before any other place in it (see :mod:`.near_place`); the phrase is kept whole for the geocoder, which
    reads a short distance as near the place and a long one as no location at all."""
    distance = DISTANCE_FROM.search(text)
    if distance is None:
        return False
    before, name = text[: distance.start()], distance.group("name")
    if _PLACE.search(before) or _OF_PLACE.search(before) or wrong_role(before, text[distance.end() :]):
        return False  # "in the Jakigour area 20 km from Saravan": the area is the scene, measured from the town
    if LIES_BEFORE.search(before):
        return False  # "Lash wa Juwayn lies 90 kilometres from Farah city": where a place lies, not the scene
    first = name.split()[0].lower()
    if country_code(name) or first in NOT_PLACES or first in DEMONYMS or _LINE_OR_POST.search(name):
        # "10 km from Afghanistan", "5 kilometres from the Khar Kamar Post": a country is no point to stand in, and a
        # post measured from is not the post attacked
        return False
    _set_place(draft, " ".join(distance.group("phrase").split()), sentence, None, path="distance from")
    return True


def _read_road(draft: Draft, sentence: Sentence, text: str) -> bool:
    """Whether the sentence placed the event on a road (see :data:`.place_patterns._ROAD`): a road ranks as an
    area (narrower than its district, "on a highway in the Noshki district", then "on the Noshki-Dalbandin
    National Highway"), a spot on it as a post, so "at Buzi Top on the Coastal Highway" is narrower than "the
    Ormara area" it lies in."""
    road = _ROAD.search(text)
    if road is None or wrong_role(text[: road.start()], text[road.end() :]) or refuge_or_setting(text[: road.start()]):
        return False  # nor the road a town "sits on" (ISWNews 1205): the town's setting
    if not road.group("spot") and (_NAMED_BEFORE.search(text[: road.start()]) or _AREA_AFTER.match(text[road.end() :])):
        # "near Noshki on the Quetta-Taftan highway", "along the Batken-Isfana highway in the Eki-Tash area": the
        # town or area told with the road is the place the coders keep (Dawn 545, Today.az 429)
        return False
    if road.group("spot"):
        spot_road = re.sub(r"^(?:the\s+)?", "the ", road.group("spot_road"))
        _set_place(draft, f"{road.group('spot')} on {spot_road}", sentence, None, rank=4, path="spot on a road")
    else:
        phrase = road.group("road") or road.group("between") or road.group("stretch")
        _set_place(draft, " ".join(re.sub(r"^the\s+", "", phrase).split()), sentence, None, rank=3, path="road")
    return True


def _specificity(place: str) -> int:
    """How narrowly a place phrase places the event: a border line or a wide region 0, a province 1, a named area,
    village, gate, crossing or road 3, a post or a pass's top in it 4, anything else (a district, a bare name) 2."""
    if re.search(r"\b(?:Line|[Bb]order|[Ff]rontier|[Bb]oundary)$|\bof the line$", place) or is_wide_region(place):
        return 0  # a line, or a region wider than any unit ("the Fergana Valley", then "in Batken province")
    if re.search(r"\b(?:[Pp]rovince|[Rr]egion|[Oo]blast)$", place):
        return 1
    if re.search(r"\b(?i:post|outpost|checkpoint|check-post|checkpost|check post)$", place):
        return 4  # "the Beza check-post in the Hasan Khel area": the post attacked, inside the area
    if re.search(r"\bTop$", place):
        return 4  # "at Buzi Top" after "the Ormara area": a pass's summit is a spot inside the area
    if re.search(r"\b(?:area|village|town|crossing|gate|bazaar|sector|jamoat|[Rr]oad|[Hh]ighway)$", place):
        return 3  # "the Bagan area" after "Kurram district": the scene inside the district
    return 2


def _prep_path(prep: str, after_first: bool) -> str:
    """The reading's name for a place told after a preposition or a verb of hitting: "in X", "near X", "hit X"."""
    word = "in" if prep in ("in", "at", "inside", "into", "through", "by way of", "entered") else prep
    word = "hit" if word in _STRUCK_VERBS else "near" if word != "in" else word
    return f"{word} X" + (", narrower after" if after_first else "")


def coarse(place: str) -> bool:
    """Whether a place phrase is a border line, a province or a district, which a later sentence naming
    the area, village or post inside it makes narrower."""
    return _specificity(place) <= 2


def _set_place(
    draft: Draft, place: str, sentence: Sentence, admin: str | None, *, path: str, rank: int | None = None
) -> None:
    """The first place phrase, unless it only named a border line or a province and this one is narrower
    ("near the Durand Line", then "in Zazai Maidan district"); ``rank`` is the place's narrowness when a
    phrase beside it tells its kind ("Angoor Tangi, a check-post")."""
    current = draft.values.get("place")
    narrowness = rank if rank is not None else _specificity(place)
    if current is not None and (_specificity(current) >= 1 and narrowness <= _specificity(current)):
        return
    if current is not None and _specificity(current) == 0 and _specificity(place) == 0:
        return
    if current is not None and in_another_state(str(current), draft.evidence.get("place", ""), place, sentence.text):
        return  # "in Batken province (Kyrgyzstan)", then "in Chorkuh (Tajikistan)": not inside it
    if current is not None and _specificity(current) >= 1:
        # "North Waziristan", then "the Ghulam Khan Kallay area": the area lies inside what was named first
        draft.set("_within", current, sentence, replace=True)
    draft.set("place", place, sentence, replace=True, path=path)
    draft.values.pop("_admin_hint", None)
    draft.evidence.pop("_admin_hint", None)
    draft.set("_admin_hint", admin, sentence)


def spot_on_road(text: str, *, spot: bool = True) -> bool:
    """Whether a sentence names a spot on a road ("at Buzi Top on the Coastal Highway"), which places the event
    more narrowly than an area already read, so a sentence that is no act's is still read for it; with
    ``spot=False``, any road the event was on ("on the road between the cities of Zahedan and Khash")."""
    road = _ROAD.search(text)
    return bool(road and (road.group("spot") or not spot))
