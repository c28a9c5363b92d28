"""An attack and the air strike it drew, told in one lead: two incidents, each with its own fields (issue 14).

"U.S. warplanes bombed a Taliban position near the border at the weekend after guerrillas attacked a government
checkpoint" (Reuters 1762), "U.S. warplanes killed five suspected militants close to the border after guerrillas
mounted an overnight attack on American and Afghan military positions" (AP 1764): the lead tells the aircraft's
strike and, after "after", the attack on the ground that drew it. The coders code two incidents of the day: the strike
(``Air/drone strike``, the aircraft's weapon, the aircraft's owner as the actor) and the attack (``Armed clash`` on a
military site, the attackers' weapons, whoever is told behind it). Read as one, the strike took the attack's rockets and
small arms, its place, its target and the fighting's dead (extract187's section, *Left out and noticed*).

Only for a drafted air strike whose own sentence tells the aircraft as the subject, then "after" the attackers
(guerrillas, insurgents, militants …) attacking, mounting an attack on, storming or firing at a place: a time told
before "after" ("two days after Iran attacked …") tells an earlier event, and fire that "followed a rocket attack"
names no attack told as its own act (Blogger News 916 is coded as one strike). The strike keeps what the text gives
it: a field read from the clause after "after" goes to the attack; a field read from another sentence stays the
strike's when that sentence tells the aircraft or the strike, else its victims and actor go to the attack and its
toll to neither (the fighting's dead told without saying by which act: the brief's "leave it empty"). The strike's
actor is the aircraft's owner, ``confirmed`` when the owner's own military tells it, else as
:func:`.drone_owner.owner_attribution` reads an owner.
"""

from __future__ import annotations

import re

from .draft import Draft
from .drone_owner import cited_in, forces_of, owner_attribution, owner_span, state_of
from .sentences import Sentence

_CRAFT = r"(?:war\s*planes?|(?:fighter\s+|attack\s+)?(?:jets?|planes|aircraft)|helicopters?(?:\s+gunships?)?|gunships?)"
_OWNER = r"(?P<owner>U\.S\.|US|NATO|Nato|ISAF|Isaf|[A-Z][a-z]+)"
_ATTACKERS = r"(?:(?:\w+\s+){0,2}?(?:guerrillas|insurgents|militants|rebels|gunmen|attackers|fighters)|Taliban)"
_ACT = (
    r"(?:attacked|stormed|raided|ambushed|(?:mounted|launched|carried\s+out|staged)\s+(?:an?\s+)?(?:\w+\s+){0,2}?"
    r"(?:attacks?|assaults?|raids?)\s+on|fired\s+[^.;]{0,60}?\s+(?:at|on))"
)
#: The aircraft as the subject, then the attack that drew them: "U.S. warplanes bombed … after guerrillas attacked".
_DREW = re.compile(
    rf"(?:\b{_OWNER}\s+|\b[Tt]he\s+){_CRAFT}\b[^.;]{{0,160}}?\b(?P<after>after)\s+{_ATTACKERS}\s+{_ACT}\s+"
    r"(?P<site>[^.;]{3,200})"
)
#: "two days after", "hours after": a time before "after" tells an earlier event, not the one that drew the strike.
_TIME_BEFORE = re.compile(r"\b(?:minutes?|hours?|days?|weeks?|months?|years?)\s+$")
_MILITARY_SITE = re.compile(r"\b(?:check\s*points?|(?:out)?posts?|bases?|positions?|camps?|garrisons?|forts?)\b")
#: The attackers' weapons told in the attack's clause.
_ATTACK_WEAPONS = (
    ("rocket", re.compile(r"\brockets?\b(?!-)")),
    ("mortar", re.compile(r"\bmortars?\b")),
    ("firearms", re.compile(r"\b(?:small\s+arms|rifles?|guns?|gunfire|machine[\s-]guns?)\b")),
)
#: A sentence that tells the aircraft or its strike: what it says stays the strike's.
_TELLS_STRIKE = re.compile(rf"\b(?:{_CRAFT}|air\s*strikes?|airstrikes?|strikes?|bomb(?:ed|ing|s)|raids?)\b", re.I)
_AIR_WEAPONS = ("airstrike", "drone", "missile")
#: The groups of fields that go together, each led by the field whose evidence decides.
_TOLL = ("killed", "killed_low", "killed_high", "killed_text", "injured", "injured_low", "injured_high", "injured_text")
_VICTIMS = ("victims", "target_type", "victim_nationality", "civilian_targeting")
_ACTOR = ("perpetrator", "attribution", "attributed_by", "origin_place", "origin_country")
_PLACE = ("place", "location", "latitude", "longitude", "geo_precision", "geocoder", "admin1")
#: A site named as the attack's target: "a government checkpoint", "a U.S. base in Khost", "three border posts".
_SITE = (
    r"(?:an?|the|two|three|four|five|six|several)\s+(?:[\w.'-]+\s+){0,3}?"
    r"(?:check\s*points?|(?:out)?posts?|bases?|camps?|garrisons?|forts?)\b(?:\s+in\s+[A-Z][\w-]+)?"
)
_SITE_PLACE = re.compile(_SITE)
#: The attackers' fire at two sites, each with its weapons: "fired rockets at a base …, and turned rockets and small
#: arms on three border posts".
_TWO_SITES = re.compile(
    rf"\bfired\s+(?P<first>[^;]{{0,60}}?)\s+(?:at|on)\s+(?P<site1>{_SITE})[^;]{{0,60}}?,?\s+and\s+"
    rf"(?:turned|fired|aimed)\s+(?P<second>[^;]{{0,60}}?)\s+(?:at|on)\s+(?P<site2>{_SITE})"
)
_COPIED = ("event_date", "event_date_end", "date_precision", "country")
_OWN_MILITARY = re.compile(r"\b[Tt]he\s+(?P<state>U\.S\.|US|[A-Z][a-z]+)\s+(?:military|army|command)\s+said\b")


def strike_and_attack(drafts: list[Draft], sentences: list[Sentence], background: set[int]) -> list[Draft]:
    """The drafts, with the attack told after an air strike's aircraft ("… after guerrillas attacked a checkpoint")
    set apart from the strike as an incident of its own, on the strike's day."""
    attacks: list[Draft] = []
    for draft in drafts:
        if draft.values.get("sub_event_type") != "Air/drone strike":
            continue
        own = draft.own_sentences(sentences, background)
        found = [
            (s, m) for s in own for m in _DREW.finditer(s.text) if not _TIME_BEFORE.search(s.text[: m.start("after")])
        ]
        if found:
            attacks.extend(_set_apart(draft, found, sentences, background))
    return [*drafts, *attacks]


def _set_apart(
    strike: Draft, found: list[tuple[Sentence, re.Match[str]]], sentences: list[Sentence], background: set[int]
) -> list[Draft]:
    """The attack's draft (two when the attackers fired at two sites, each with its weapons); the strike keeps only
    what the text gives the strike (see the module)."""
    attack = Draft(sentences=[found[0][0].index])
    for name in _COPIED:
        if name in strike.values:
            attack.values[name], attack.evidence[name] = strike.values[name], strike.evidence.get(name, "")
    clauses = {s.text: m.start("after") for s, m in found}
    for group in (_TOLL, _VICTIMS, _ACTOR, _PLACE):
        _share(strike, attack, group, clauses)
    _weapons(strike, attack, found)
    lead = found[0][0]
    if any(_MILITARY_SITE.search(m.group("site")) for _, m in found):
        attack.set("target_type", "military", lead)
    attack.set("description", lead.text, lead)
    attack.notes.append("The attack that drew the air strike: an incident of its own, on the strike's day.")
    _owner(strike, found, sentences, background)
    told = [(s, s.text[m.start("after") :]) for s, m in found]  # each clause after "after", to its sentence's end
    two = next(((s, m) for s, clause in told if (m := _TWO_SITES.search(clause))), None)
    if two is None:
        named = _SITE_PLACE.match(found[0][1].group("site"))
        _typed(attack, attack.values.get("weapons") or [], named.group(0) if named else None, lead)
        return [attack]
    sentence, both = two
    second = Draft(values=dict(attack.values), evidence=dict(attack.evidence), sentences=[sentence.index])
    second.notes = list(attack.notes)
    for draft, weapons, site in ((attack, "first", "site1"), (second, "second", "site2")):
        draft.forget("weapons", *_PLACE)
        _typed(draft, _weapons_in(both.group(weapons)), both.group(site), sentence)  # each site its own weapons
    return [attack, second]


def _typed(attack: Draft, weapons: list[str], site: str | None, sentence: Sentence) -> None:
    """An attack's type from its weapons (rockets or mortars alone fired at a site: shelling; else a clash), its
    weapons, and the site it was aimed at as its place."""
    shelled = bool(weapons) and all(w in ("rocket", "mortar") for w in weapons)
    kind = (
        ("Explosions/Remote violence", "Shelling/artillery/missile attack") if shelled else ("Battles", "Armed clash")
    )
    attack.set("event_type", kind[0], sentence)
    attack.set("sub_event_type", kind[1], sentence)
    attack.set("weapons", weapons or None, sentence)
    if site:
        attack.forget(*_PLACE)
        attack.set("place", site, sentence, path="site the attack that drew the strike was aimed at")


def _weapons_in(told: str) -> list[str]:
    """The attackers' weapons named in ``told``."""
    return [code for code, word in _ATTACK_WEAPONS if word.search(told)]


def _share(strike: Draft, attack: Draft, group: tuple[str, ...], clauses: dict[str, int]) -> None:
    """Move a group of fields from the strike to the attack when the text gives it to the attack; drop a toll
    told of neither act."""
    head = next((name for name in group if name in strike.values), None)
    if head is None:
        return
    told = strike.evidence.get(head, "")
    if told in clauses:
        value = str(strike.values.get(f"{head}_text", strike.values[head]))
        at = told.find(value)
        if at < 0 or at < clauses[told]:
            return  # told before "after": the strike's own
        goes_to: Draft | None = attack
    elif _TELLS_STRIKE.search(told):
        return
    else:
        goes_to = None if group is _TOLL else attack
    for name in group:
        if name in strike.values:
            if goes_to is not None:
                goes_to.values[name], goes_to.evidence[name] = strike.values[name], strike.evidence.get(name, "")
            strike.forget(name)
    if goes_to is not None and group is _PLACE:
        attack.place_path = strike.place_path or "attack that drew the strike"


def _weapons(strike: Draft, attack: Draft, found: list[tuple[Sentence, re.Match[str]]]) -> None:
    """The strike keeps the aircraft's weapons; the attackers' (named in the clauses after "after") are the
    attack's."""
    weapons = list(strike.values.get("weapons") or [])
    aimed = _weapons_in(" ".join(s.text[m.start("after") :] for s, m in found))  # the clauses after "after"
    air = [w for w in weapons if w in _AIR_WEAPONS]
    if air and air != weapons:
        strike.values["weapons"] = air
    if aimed:
        attack.set("weapons", aimed, found[0][0])


def _owner(strike: Draft, found: list[tuple[Sentence, re.Match[str]]], sentences: list[Sentence], bg: set[int]) -> None:
    """The aircraft's owner as the strike's actor, when no actor is left on it: ``confirmed`` when the owner's own
    military tells the strike ("the American military said"), else as a named owner is read."""
    if strike.values.get("perpetrator"):
        return
    owners = [(s, m.group("owner")) for s, m in found if m.group("owner")]
    if not owners or not (name := forces_of(owners[0][1])):
        return
    told, word = owners[0]
    span = owner_span(strike, sentences, bg)
    own_military = any(
        state_of(m.group("state")) == state_of(word) for s in span for m in _OWN_MILITARY.finditer(s.text)
    )
    strike.forget("attribution", "attributed_by")
    strike.set("perpetrator", name, told)
    strike.set("attribution", "confirmed" if own_military else owner_attribution(cited_in(span), told.text), told)
    if "attribution" in strike.defaults:
        strike.defaults.remove("attribution")
    strike.notes.append(f"The aircraft are told as {word}'s; the attack that drew them is an incident of its own.")
